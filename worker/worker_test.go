package worker

import (
	"context"
	"fmt"
	"io"
	"log/slog"
	"net"
	"net/http/httptest"
	"path/filepath"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/petrel-events/petrel/bus"
	"github.com/petrel-events/petrel/doc"
	"github.com/petrel-events/petrel/internal/pgtest"
	"github.com/petrel-events/petrel/store"
)

// fakeCode is a deterministic stand-in for the pipeline: two events per
// document from its ID, so tests run in seconds and know what to expect.
func fakeCode(_ context.Context, d *doc.Doc) error {
	var n int
	fmt.Sscanf(strings.TrimPrefix(d.ID, "doc-"), "%d", &n)
	for k := range 2 {
		code := fmt.Sprintf("%03d", 10+(n*7+k)%180)
		d.Events = append(d.Events, doc.Event{
			ID:         fmt.Sprintf("%s-e%d", d.ID, k),
			Date:       "2025-06-01",
			Actors:     []doc.ActorRef{{Code: fmt.Sprintf("A%05d", n), Country: "USA"}},
			Recipients: []doc.ActorRef{{Code: fmt.Sprintf("B%d", k), Country: "CHN"}},
			CAMEO:      doc.CAMEO{Code: code, Root: code[:2], QuadClass: 1 + n%4, Goldstein: 1},
			Evidence:   doc.Evidence{Sentence: 0, Start: 0, End: 5},
		})
	}
	return nil
}

// testDocs returns n documents with distinct texts (no near-duplicates).
func testDocs(n int) []*doc.Doc {
	out := make([]*doc.Doc, n)
	for i := range n {
		var sb strings.Builder
		x := uint64(i)*2654435761 + 12345
		for range 60 {
			x ^= x << 13
			x ^= x >> 7
			x ^= x << 17
			fmt.Fprintf(&sb, "w%x ", x%100000)
		}
		pub, _ := doc.ParseTime("2025-06-01")
		out[i] = &doc.Doc{ID: fmt.Sprintf("doc-%d", i), URL: fmt.Sprintf("https://news%d.example/a/%d", i%5, i),
			Source: fmt.Sprintf("news%d.example", i%5), Text: sb.String(), Published: pub}
	}
	return out
}

func freePort(t testing.TB) int {
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	defer l.Close()
	return l.Addr().(*net.TCPAddr).Port
}

// cluster starts n embedded NATS servers on loopback as one JetStream
// cluster.
func cluster(t testing.TB, n int) ([]*bus.Server, []string) {
	t.Helper()
	dir := t.TempDir()
	var routes, clients, listens []string
	for range n {
		routes = append(routes, fmt.Sprintf("nats://127.0.0.1:%d", freePort(t)))
		listens = append(listens, fmt.Sprintf("127.0.0.1:%d", freePort(t)))
	}
	srvs := make([]*bus.Server, n)
	var wg sync.WaitGroup
	errs := make([]error, n)
	for i := range n {
		wg.Add(1)
		go func() {
			defer wg.Done()
			srvs[i], errs[i] = bus.StartServer(bus.ServerConfig{
				Dir: filepath.Join(dir, fmt.Sprint(i)), Listen: listens[i], Name: fmt.Sprintf("n%d", i),
				Cluster: "petrel-test", ClusterListen: strings.TrimPrefix(routes[i], "nats://"), Routes: routes,
			})
		}()
	}
	wg.Wait()
	for i, err := range errs {
		if err != nil {
			t.Fatalf("server %d: %v", i, err)
		}
		clients = append(clients, srvs[i].ClientURL())
	}
	t.Cleanup(func() {
		for _, s := range srvs {
			if s != nil {
				s.Shutdown()
			}
		}
	})
	return srvs, clients
}

// openStore opens the test store: PostgreSQL when PETREL_TEST_POSTGRES is
// set, else a SQLite file. Each call is a new handle on the same database,
// as separate worker processes would have.
func openStore(t testing.TB) func() store.Store {
	t.Helper()
	target := filepath.Join(t.TempDir(), "events.db")
	if pgtest.Available() {
		target = pgtest.DSN(t)
	}
	return func() store.Store {
		s, err := store.OpenTarget(context.Background(), target, store.Options{BusyTimeout: time.Minute})
		if err != nil {
			t.Fatal(err)
		}
		t.Cleanup(func() { s.Close() })
		return s
	}
}

// crashingStore commits a batch and then "kills" its worker before the
// acknowledgements go out: the worst moment to die.
type crashingStore struct {
	store.Store
	after int
	calls atomic.Int64
	kill  func()
}

func (c *crashingStore) PutDocuments(ctx context.Context, docs []*doc.Doc) (store.PutStats, error) {
	ps, err := c.Store.PutDocuments(ctx, docs)
	if c.calls.Add(1) == int64(c.after) {
		c.kill()
		return ps, context.Canceled
	}
	return ps, err
}

func quietLog() *slog.Logger { return slog.New(slog.NewTextHandler(io.Discard, nil)) }

// TestFaultTolerance runs N documents through a 3-node NATS cluster
// (streams replicated 3 times) and two workers; during the run one NATS
// node is killed and one worker dies between a commit and its acks. Every
// document must end up in the store exactly once, with its events once.
func TestFaultTolerance(t *testing.T) {
	const n = 600
	srvs, urls := cluster(t, 3)
	// Generous: under -race on a loaded 2-core CI machine a run takes far
	// longer than the 10 s it takes alone.
	ctx, cancel := context.WithTimeout(context.Background(), 240*time.Second)
	defer cancel()
	opts := bus.Options{Replicas: 3, AckWait: 2 * time.Second, MaxAckPending: 256, Logger: quietLog()}
	pub, err := bus.Connect(ctx, strings.Join(urls, ","), opts)
	if err != nil {
		t.Fatal(err)
	}
	defer pub.Close()
	docs := testDocs(n)
	for _, d := range docs {
		if err := pub.PublishDocument(ctx, d); err != nil {
			t.Fatal(err)
		}
	}
	// Published twice: the server drops the copies (same Msg-Id).
	for _, d := range docs[:50] {
		if err := pub.PublishDocument(ctx, d); err != nil {
			t.Fatal(err)
		}
	}
	if err := pub.Flush(ctx); err != nil {
		t.Fatal(err)
	}
	if p, _, err := pub.Depth(ctx); err != nil || p != n {
		t.Fatalf("queue depth %d (%v), want %d: duplicates were not dropped", p, err, n)
	}

	newStore := openStore(t)
	// Worker A connects to node 0 first, worker B to node 2.
	connect := func(first int) bus.Bus {
		order := append([]string{urls[first]}, urls[:first]...)
		order = append(order, urls[first+1:]...)
		b, err := bus.Connect(ctx, strings.Join(order, ","), opts)
		if err != nil {
			t.Fatal(err)
		}
		return b
	}
	busA, busB := connect(0), connect(2)
	defer busA.Close()
	wa := New(Config{Bus: busA, Store: newStore(), Code: fakeCode, Batch: 32, Jobs: 2, Logger: quietLog()})
	ctxB, killB := context.WithCancel(ctx)
	cs := &crashingStore{Store: newStore(), after: 4, kill: killB}
	wb := New(Config{Bus: busB, Store: cs, Code: fakeCode, Batch: 32, Jobs: 2, Logger: quietLog()})
	var wg sync.WaitGroup
	wg.Add(2)
	go func() { defer wg.Done(); wa.Run(ctx) }()
	go func() { defer wg.Done(); wb.Run(ctxB) }()

	// Kill a NATS node once a third of the documents are stored.
	check := newStore()
	stored := func() int64 {
		// Not ctx: the count must still be readable for the timeout report.
		qctx, qcancel := context.WithTimeout(context.Background(), 10*time.Second)
		defer qcancel()
		st, err := check.Stats(qctx)
		if err != nil {
			return -1
		}
		return st.Documents
	}
	for stored() < n/3 {
		if ctx.Err() != nil {
			t.Fatal("timed out before the fault")
		}
		time.Sleep(20 * time.Millisecond)
	}
	// The node that leads the document stream dies.
	victim := 1
	for i, s := range srvs {
		if s.IsLeader(bus.DocStream) {
			victim = i
		}
	}
	killed := time.Now()
	before := wa.M.Documents()
	srvs[victim].Shutdown()
	var recovered time.Duration
	for stored() < n {
		if ctx.Err() != nil {
			pending, inFlight, derr := busA.Depth(context.Background())
			t.Fatalf("timed out: %d of %d documents stored; worker A stored %d (errors %d), queue pending %d in flight %d (%v)",
				stored(), n, wa.M.Documents(), wa.M.Errors(), pending, inFlight, derr)
		}
		if recovered == 0 && wa.M.Documents() > before {
			recovered = time.Since(killed)
		}
		time.Sleep(20 * time.Millisecond)
	}
	if recovered == 0 {
		recovered = time.Since(killed)
	}
	total := time.Since(killed)
	// Every document is stored, but the killed worker's batch may still be
	// on its way back (after AckWait) to be found unchanged and acked: wait
	// for the queue to empty before draining.
	for {
		pending, inFlight, err := busA.Depth(ctx)
		if err == nil && pending == 0 && inFlight == 0 {
			break
		}
		if ctx.Err() != nil {
			break // reported below
		}
		time.Sleep(50 * time.Millisecond)
	}
	wa.Drain()
	wg.Wait()

	st, err := check.Stats(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if st.Documents != n || st.Events != 2*n || st.Mentions != 2*n {
		t.Errorf("store has %d documents, %d events, %d mentions; want %d, %d, %d", st.Documents, st.Events, st.Mentions, n, 2*n, 2*n)
	}
	for _, i := range []int{0, n / 2, n - 1} {
		if _, err := check.Document(ctx, fmt.Sprintf("doc-%d", i)); err != nil {
			t.Errorf("doc-%d: %v", i, err)
		}
	}
	pending, inFlight, err := busA.Depth(ctx)
	if err != nil || pending != 0 || inFlight != 0 {
		t.Errorf("queue after the run: %d pending, %d in flight (%v)", pending, inFlight, err)
	}
	red := wa.M.Redeliveries() + wb.M.Redeliveries()
	if red == 0 {
		t.Errorf("no redeliveries: the killed worker's batch was not redelivered")
	}
	t.Logf("backend postgres=%v: %d documents; stream leader n%d killed; worker A %d, worker B %d (killed after batch %d); redeliveries %d, unchanged on redelivery %d; first batch after the node kill %v, rest of the run %v",
		pgtest.Available(), n, victim, wa.M.Documents(), wb.M.Documents(), cs.after, red, wa.M.unchanged.Load(), recovered.Round(time.Millisecond), total.Round(time.Millisecond))

	// The worker's HTTP endpoints.
	srv := httptest.NewServer(wa.Handler())
	defer srv.Close()
	resp, err := srv.Client().Get(srv.URL + "/metrics")
	if err != nil {
		t.Fatal(err)
	}
	body, _ := io.ReadAll(resp.Body)
	resp.Body.Close()
	for _, want := range []string{"petrel_worker_documents_total", "petrel_worker_events_per_second", "petrel_queue_pending 0", "petrel_worker_redeliveries_total"} {
		if !strings.Contains(string(body), want) {
			t.Errorf("/metrics lacks %q:\n%s", want, body)
		}
	}
	resp, err = srv.Client().Get(srv.URL + "/healthz")
	if err != nil {
		t.Fatal(err)
	}
	resp.Body.Close()
	if resp.StatusCode != 503 { // drained: not running any more
		t.Errorf("/healthz of a drained worker: %d", resp.StatusCode)
	}
}
