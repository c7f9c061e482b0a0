package main

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"sync"
	"testing"
	"time"

	"github.com/petrel-events/petrel/bus"
	"github.com/petrel-events/petrel/coder"
	"github.com/petrel-events/petrel/doc"
	"github.com/petrel-events/petrel/ingest"
	"github.com/petrel-events/petrel/internal/pgtest"
	"github.com/petrel-events/petrel/internal/sharedtest"
	"github.com/petrel-events/petrel/store"
	"github.com/petrel-events/petrel/worker"
)

// TestIngestBusWorker: petrel ingest --bus embedded publishes, petrel
// worker codes and stores; the database equals the one plain petrel ingest
// makes from the same inputs.
func TestIngestBusWorker(t *testing.T) {
	dir := t.TempDir()
	inputs := []string{"../../examples/ukraine-2022-02-24.txt", "testdata/short.txt"}
	plain := filepath.Join(dir, "plain.db")
	if _, _, err := runCLI(t, "", append([]string{"ingest", "--db", plain, "--published", "2022-02-24"}, inputs...)...); err != nil {
		t.Fatal(err)
	}
	listen := fmt.Sprintf("127.0.0.1:%d", freePortT(t))
	busArgs := []string{"--bus", "embedded", "--bus-dir", filepath.Join(dir, "bus"), "--bus-listen", listen}
	if _, stderr, err := runCLI(t, "", append(append([]string{"ingest", "--published", "2022-02-24"}, busArgs...), inputs...)...); err != nil {
		t.Fatalf("%v\n%s", err, stderr)
	}
	viaBus := filepath.Join(dir, "bus.db")
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan error, 1)
	go func() {
		cmd := newRootCmd()
		cmd.SetArgs(append([]string{"worker", "--db", viaBus, "--log-level", "warn"}, busArgs...))
		cmd.SetOut(os.Stderr)
		cmd.SetErr(os.Stderr)
		done <- cmd.ExecuteContext(ctx)
	}()
	want := dbStats(t, plain)
	deadline := time.Now().Add(60 * time.Second)
	for {
		if got, err := tryStats(viaBus); err == nil && got.Documents == want.Documents {
			break
		}
		if time.Now().After(deadline) {
			t.Fatal("the worker did not store the documents in 60 s")
		}
		time.Sleep(100 * time.Millisecond)
	}
	cancel() // SIGTERM: drain
	if err := <-done; err != nil {
		t.Fatal(err)
	}
	got := dbStats(t, viaBus)
	got.SchemaVersion, want.SchemaVersion = 0, 0
	if got != want {
		t.Errorf("via the bus %+v, plain ingest %+v", got, want)
	}
}

func dbStats(t *testing.T, path string) store.Stats {
	t.Helper()
	st, err := tryStats(path)
	if err != nil {
		t.Fatal(err)
	}
	return st
}

func tryStats(path string) (store.Stats, error) {
	if _, err := os.Stat(path); err != nil {
		return store.Stats{}, err
	}
	s, err := store.Open(context.Background(), path, store.Options{ReadOnly: true})
	if err != nil {
		return store.Stats{}, err
	}
	defer s.Close()
	return s.Stats(context.Background())
}

func freePortT(t testing.TB) int {
	srv, err := bus.StartServer(bus.ServerConfig{Dir: t.TempDir()})
	if err != nil {
		t.Fatal(err)
	}
	var port int
	fmt.Sscanf(srv.ClientURL()[len("nats://127.0.0.1:"):], "%d", &port)
	srv.Shutdown()
	return port
}

// BenchmarkWorkers codes the PolNeAR training articles through the bus with
// 1 and 2 workers (one coding goroutine each) into PostgreSQL when
// PETREL_TEST_POSTGRES is set, else SQLite, and reports documents/s,
// events/s and documents per CPU-second.
//
//	go test ./cmd/petrel -run '^$' -bench Workers -benchtime 1x
func BenchmarkWorkers(b *testing.B) {
	dir := sharedtest.Path(b, "eval", "quotes-polnear", "data", "train", "text")
	files, _ := filepath.Glob(filepath.Join(dir, "*.txt"))
	if len(files) > 200 {
		files = files[:200]
	}
	var docs []*doc.Doc
	r := &ingest.Reader{Options: ingest.Options{Format: ingest.FormatText}}
	if err := r.Read(context.Background(), files, func(d *doc.Doc) error { docs = append(docs, d); return nil }); err != nil {
		b.Fatal(err)
	}
	p, _, err := newPipeline(pipelineConfig{coder: coder.Config{DropNegated: true}})
	if err != nil {
		b.Fatal(err)
	}
	for _, nw := range []int{1, 2} {
		b.Run(fmt.Sprintf("workers=%d", nw), func(b *testing.B) {
			for range b.N {
				ctx := context.Background()
				target := filepath.Join(b.TempDir(), "events.db")
				if pgtest.Available() {
					target = pgtest.DSN(b)
				}
				bs, err := bus.OpenEmbedded(ctx, b.TempDir(), "", bus.Options{})
				if err != nil {
					b.Fatal(err)
				}
				for _, d := range docs {
					if err := bs.PublishDocument(ctx, &doc.Doc{ID: d.ID, Text: d.Text, Published: d.Published}); err != nil {
						b.Fatal(err)
					}
				}
				if err := bs.Flush(ctx); err != nil {
					b.Fatal(err)
				}
				var ws []*worker.Worker
				for range nw {
					st, err := store.OpenTarget(ctx, target, store.Options{BusyTimeout: time.Minute})
					if err != nil {
						b.Fatal(err)
					}
					defer st.Close()
					ws = append(ws, worker.New(worker.Config{Bus: bs, Store: st, Batch: 16, Jobs: 1,
						Code: func(ctx context.Context, d *doc.Doc) error { return p.Process(ctx, d) }}))
				}
				cpu0 := sharedtest.CPUTime()
				start := time.Now()
				var wg sync.WaitGroup
				for _, w := range ws {
					wg.Add(1)
					go func() { defer wg.Done(); w.Run(ctx) }()
				}
				for {
					pending, inFlight, err := bs.Depth(ctx)
					if err == nil && pending == 0 && inFlight == 0 {
						break
					}
					time.Sleep(20 * time.Millisecond)
				}
				wall := time.Since(start).Seconds()
				cpu := (sharedtest.CPUTime() - cpu0).Seconds()
				for _, w := range ws {
					w.Drain()
				}
				wg.Wait()
				var nd, ne int64
				for _, w := range ws {
					nd += w.M.Documents()
					ne += w.M.Events()
				}
				bs.Close()
				b.ReportMetric(float64(nd)/wall, "docs/s")
				b.ReportMetric(float64(ne)/wall, "events/s")
				b.ReportMetric(float64(nd)/cpu, "docs/cpu-s")
				b.ReportMetric(0, "ns/op")
			}
		})
	}
}
