// Package worker takes documents from the bus, codes them and stores them.
//
// A Worker fetches a batch of documents from the work queue, codes them in
// parallel, stores the batch with one store.PutDocuments transaction,
// publishes their events to the event stream and only then acknowledges
// them. Delivery is at least once (a worker that dies before acknowledging
// leaves its documents to be redelivered after the bus's AckWait) and the
// store's writes are idempotent by document identity, so every document is
// in the store exactly once. See docs/deploy.md.
package worker

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"sync"
	"sync/atomic"
	"time"

	"github.com/petrel-events/petrel/bus"
	"github.com/petrel-events/petrel/doc"
	"github.com/petrel-events/petrel/store"
)

// CodeFunc codes one document in place (fills its annotations and Events).
type CodeFunc func(ctx context.Context, d *doc.Doc) error

// Config configures a Worker.
type Config struct {
	Bus   bus.Bus
	Store store.Store
	Code  CodeFunc
	// Batch is the number of documents fetched and stored together. 0
	// means 64.
	Batch int
	// Jobs is the number of documents coded in parallel. 0 means 1.
	Jobs int
	// FetchWait is how long a fetch waits for documents. 0 means 1 s.
	FetchWait time.Duration
	// NoEvents leaves the event stream alone.
	NoEvents bool
	// Logger; nil means slog.Default.
	Logger *slog.Logger
}

// Worker is one consumer of the document queue.
type Worker struct {
	cfg     Config
	log     *slog.Logger
	M       *Metrics
	drain   chan struct{}
	drainMu sync.Once
}

// New returns a worker.
func New(cfg Config) *Worker {
	if cfg.Batch <= 0 {
		cfg.Batch = 64
	}
	if cfg.Jobs <= 0 {
		cfg.Jobs = 1
	}
	if cfg.FetchWait <= 0 {
		cfg.FetchWait = time.Second
	}
	if cfg.Logger == nil {
		cfg.Logger = slog.Default()
	}
	return &Worker{cfg: cfg, log: cfg.Logger, M: newMetrics(), drain: make(chan struct{})}
}

// Drain asks Run to finish the batch in hand (code, store, acknowledge)
// and return. It is what SIGTERM does.
func (w *Worker) Drain() { w.drainMu.Do(func() { close(w.drain) }) }

func (w *Worker) draining() bool {
	select {
	case <-w.drain:
		return true
	default:
		return false
	}
}

// Run consumes documents until Drain is called (it then returns nil after
// the batch in hand) or ctx ends (it then returns at once: a batch in hand
// is rolled back and left unacknowledged, to be redelivered, as if the
// process had died).
func (w *Worker) Run(ctx context.Context) error {
	w.M.setUp(true)
	defer w.M.setUp(false)
	failures := 0
	for !w.draining() {
		if err := ctx.Err(); err != nil {
			return err
		}
		dls, err := w.cfg.Bus.Fetch(ctx, w.cfg.Batch, w.cfg.FetchWait)
		if err != nil {
			if ctx.Err() != nil {
				return ctx.Err()
			}
			failures++
			w.M.fetchFailed(err)
			w.log.Warn("worker: fetch failed; retrying", "err", err, "failures", failures)
			sleep(ctx, min(time.Duration(failures)*200*time.Millisecond, 2*time.Second))
			continue
		}
		failures = 0
		w.M.fetchOK()
		if len(dls) == 0 {
			continue
		}
		if err := w.process(ctx, dls); err != nil {
			if ctx.Err() != nil {
				return ctx.Err()
			}
			w.M.errors.Add(1)
			w.log.Error("worker: batch failed; it will be redelivered", "documents", len(dls), "err", err)
			for _, d := range dls {
				d.Nak(time.Second)
			}
		}
	}
	w.log.Info("worker: drained")
	return nil
}

func sleep(ctx context.Context, d time.Duration) {
	t := time.NewTimer(d)
	defer t.Stop()
	select {
	case <-ctx.Done():
	case <-t.C:
	}
}

// process codes, stores, publishes and acknowledges one batch.
func (w *Worker) process(ctx context.Context, dls []*bus.Delivery) error {
	start := time.Now()
	var good []*bus.Delivery
	for _, d := range dls {
		if d.Delivered > 1 {
			w.M.redeliveries.Add(1)
		}
		if d.Err != nil {
			w.M.errors.Add(1)
			w.log.Error("worker: undecodable document dropped", "err", d.Err)
			d.Term()
			continue
		}
		good = append(good, d)
	}
	// Code in parallel.
	errs := make([]error, len(good))
	var wg sync.WaitGroup
	var next atomic.Int64
	for range min(w.cfg.Jobs, len(good)) {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for {
				i := int(next.Add(1)) - 1
				if i >= len(good) || ctx.Err() != nil {
					return
				}
				errs[i] = w.cfg.Code(ctx, good[i].Doc)
			}
		}()
	}
	wg.Wait()
	if err := ctx.Err(); err != nil {
		return err
	}
	var docs []*doc.Doc
	var stored []*bus.Delivery
	for i, d := range good {
		if errs[i] != nil {
			// Coding is deterministic: a document that fails now fails
			// again. Drop it, loudly.
			w.M.errors.Add(1)
			w.log.Error("worker: coding failed; document dropped", "doc", d.Doc.ID, "url", d.Doc.URL, "err", errs[i])
			d.Term()
			continue
		}
		docs = append(docs, d.Doc)
		stored = append(stored, d)
	}
	if len(docs) == 0 {
		return nil
	}
	// A slow batch must not be redelivered while it is being stored.
	for _, d := range stored {
		d.InProgress()
	}
	ps, err := w.cfg.Store.PutDocuments(ctx, docs)
	if err != nil {
		return fmt.Errorf("worker: storing: %w", err)
	}
	if !w.cfg.NoEvents {
		for _, d := range docs {
			if len(d.Events) == 0 {
				continue
			}
			if err := w.cfg.Bus.PublishEvents(ctx, d); err != nil {
				return err
			}
		}
		if err := w.cfg.Bus.Flush(ctx); err != nil {
			return err
		}
	}
	var ackErr error
	for _, d := range stored {
		if err := d.Ack(); err != nil && ackErr == nil {
			// The store has it; a redelivery finds it unchanged.
			ackErr = err
		}
	}
	if ackErr != nil {
		w.log.Warn("worker: acknowledgement failed; the batch will be redelivered and found unchanged", "err", ackErr)
	}
	n := 0
	for _, d := range docs {
		n += len(d.Events)
	}
	w.M.batchDone(len(docs), n, ps, time.Since(start))
	w.log.Debug("worker: batch stored", "documents", len(docs), "events", n, "new_events", ps.Events, "unchanged", ps.Unchanged,
		"elapsed", time.Since(start).Round(time.Millisecond))
	return nil
}

// ErrNotReady is reported by /healthz before the first successful fetch.
var ErrNotReady = errors.New("not ready")
