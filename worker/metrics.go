package worker

import (
	"context"
	"fmt"
	"net/http"
	"sync"
	"sync/atomic"
	"time"

	"github.com/petrel-events/petrel/store"
)

// Metrics are a worker's counters, served in the Prometheus text format.
type Metrics struct {
	documents, events, newEvents, unchanged atomic.Int64
	redeliveries, errors, batches           atomic.Int64
	storeNanos                              atomic.Int64
	up                                      atomic.Bool

	mu        sync.Mutex
	lastFetch time.Time
	lastErr   error
	started   time.Time
	// samples of (time, documents, events) for the per-second rates.
	samples []sample
}

type sample struct {
	t            time.Time
	docs, events int64
}

func newMetrics() *Metrics { return &Metrics{started: time.Now()} }

func (m *Metrics) setUp(v bool) { m.up.Store(v) }

func (m *Metrics) fetchOK() {
	m.mu.Lock()
	m.lastFetch, m.lastErr = time.Now(), nil
	m.mu.Unlock()
}

func (m *Metrics) fetchFailed(err error) {
	m.errors.Add(1)
	m.mu.Lock()
	m.lastErr = err
	m.mu.Unlock()
}

func (m *Metrics) batchDone(docs, events int, ps store.PutStats, storeTime time.Duration) {
	m.documents.Add(int64(docs))
	m.events.Add(int64(events))
	m.newEvents.Add(int64(ps.Events))
	m.unchanged.Add(int64(ps.Unchanged))
	m.batches.Add(1)
	m.storeNanos.Add(int64(storeTime))
}

// Documents is the number of documents stored so far.
func (m *Metrics) Documents() int64 { return m.documents.Load() }

// Events is the number of event records stored so far.
func (m *Metrics) Events() int64 { return m.events.Load() }

// Redeliveries is the number of documents received more than once.
func (m *Metrics) Redeliveries() int64 { return m.redeliveries.Load() }

// Errors counts failed fetches, batches and dropped documents.
func (m *Metrics) Errors() int64 { return m.errors.Load() }

// rates returns documents/s and events/s over the last rateWindow.
func (m *Metrics) rates(now time.Time) (docs, events float64) {
	const rateWindow = 30 * time.Second
	m.mu.Lock()
	defer m.mu.Unlock()
	cur := sample{now, m.documents.Load(), m.events.Load()}
	m.samples = append(m.samples, cur)
	for len(m.samples) > 2 && now.Sub(m.samples[1].t) >= rateWindow {
		m.samples = m.samples[1:]
	}
	first := m.samples[0]
	if len(m.samples) == 1 {
		first = sample{m.started, 0, 0}
	}
	dt := now.Sub(first.t).Seconds()
	if dt <= 0 {
		return 0, 0
	}
	return float64(cur.docs-first.docs) / dt, float64(cur.events-first.events) / dt
}

// Handler serves /healthz and /metrics of w. Queue depth is asked of the
// bus at each scrape.
func (w *Worker) Handler() http.Handler {
	mux := http.NewServeMux()
	mux.HandleFunc("GET /healthz", func(rw http.ResponseWriter, r *http.Request) {
		m := w.M
		m.mu.Lock()
		last, lastErr := m.lastFetch, m.lastErr
		m.mu.Unlock()
		switch {
		case !m.up.Load():
			http.Error(rw, "not running", http.StatusServiceUnavailable)
		case lastErr != nil && time.Since(last) > 30*time.Second:
			http.Error(rw, "bus unreachable: "+lastErr.Error(), http.StatusServiceUnavailable)
		case last.IsZero():
			http.Error(rw, ErrNotReady.Error(), http.StatusServiceUnavailable)
		default:
			fmt.Fprintln(rw, "ok")
		}
	})
	mux.HandleFunc("GET /metrics", func(rw http.ResponseWriter, r *http.Request) {
		rw.Header().Set("Content-Type", "text/plain; version=0.0.4; charset=utf-8")
		m := w.M
		dps, eps := m.rates(time.Now())
		ctx, cancel := context.WithTimeout(r.Context(), 2*time.Second)
		pending, inFlight, derr := w.cfg.Bus.Depth(ctx)
		cancel()
		up := 0
		if m.up.Load() {
			up = 1
		}
		metric := func(name, typ, help string, v any) {
			fmt.Fprintf(rw, "# HELP %s %s\n# TYPE %s %s\n%s %v\n", name, help, name, typ, name, v)
		}
		metric("petrel_worker_up", "gauge", "1 while the worker consumes documents.", up)
		metric("petrel_worker_documents_total", "counter", "Documents coded and stored.", m.documents.Load())
		metric("petrel_worker_events_total", "counter", "Event records coded and stored.", m.events.Load())
		metric("petrel_worker_new_events_total", "counter", "Events new to the store (not merged).", m.newEvents.Load())
		metric("petrel_worker_unchanged_total", "counter", "Documents found already stored (redeliveries, re-ingests).", m.unchanged.Load())
		metric("petrel_worker_batches_total", "counter", "Batches stored.", m.batches.Load())
		metric("petrel_worker_redeliveries_total", "counter", "Documents received more than once.", m.redeliveries.Load())
		metric("petrel_worker_errors_total", "counter", "Failed fetches and batches, dropped documents.", m.errors.Load())
		metric("petrel_worker_store_seconds_total", "counter", "Time spent in store transactions.", fmt.Sprintf("%.3f", float64(m.storeNanos.Load())/1e9))
		metric("petrel_worker_documents_per_second", "gauge", "Documents stored per second over the last 30 s.", fmt.Sprintf("%.2f", dps))
		metric("petrel_worker_events_per_second", "gauge", "Event records stored per second over the last 30 s.", fmt.Sprintf("%.2f", eps))
		if derr == nil {
			metric("petrel_queue_pending", "gauge", "Documents waiting in the work queue.", pending)
			metric("petrel_queue_in_flight", "gauge", "Documents handed to workers, not yet acknowledged.", inFlight)
		}
	})
	return mux
}
