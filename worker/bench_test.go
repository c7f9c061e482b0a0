package worker

import (
	"context"
	"fmt"
	"sync"
	"testing"
	"time"

	"github.com/petrel-events/petrel/bus"
	"github.com/petrel-events/petrel/internal/pgtest"
	"github.com/petrel-events/petrel/internal/sharedtest"
)

// throughput runs n documents with the fake coder through an embedded bus
// and nw workers, and returns documents/s, events/s and documents per
// CPU-second: the cost of the bus and the store without the coding.
func throughput(tb testing.TB, n, nw, batch, maxAckPending int) (dps, eps, dpcpu float64) {
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Minute)
	defer cancel()
	bs, err := bus.OpenEmbedded(ctx, tb.TempDir(), "", bus.Options{MaxAckPending: maxAckPending, Logger: quietLog()})
	if err != nil {
		tb.Fatal(err)
	}
	defer bs.Close()
	for _, d := range testDocs(n) {
		if err := bs.PublishDocument(ctx, d); err != nil {
			tb.Fatal(err)
		}
	}
	if err := bs.Flush(ctx); err != nil {
		tb.Fatal(err)
	}
	newStore := openStore(tb)
	var ws []*Worker
	for range nw {
		ws = append(ws, New(Config{Bus: bs, Store: newStore(), Code: fakeCode, Batch: batch, Jobs: 1, Logger: quietLog()}))
	}
	cpu0 := sharedtest.CPUTime()
	start := time.Now()
	var wg sync.WaitGroup
	for _, w := range ws {
		wg.Add(1)
		go func() { defer wg.Done(); w.Run(ctx) }()
	}
	var stored int64
	for stored < int64(n) {
		if ctx.Err() != nil {
			tb.Fatalf("timed out at %d of %d documents", stored, n)
		}
		time.Sleep(5 * time.Millisecond)
		stored = 0
		for _, w := range ws {
			stored += w.M.Documents()
		}
	}
	wall := time.Since(start).Seconds()
	cpu := (sharedtest.CPUTime() - cpu0).Seconds()
	for _, w := range ws {
		w.Drain()
	}
	wg.Wait()
	var events int64
	for _, w := range ws {
		events += w.M.Events()
	}
	return float64(stored) / wall, float64(events) / wall, float64(stored) / cpu
}

// TestThroughput checks that 1 and 2 workers both drain the queue and logs
// their rates with the fake coder (bus and store overhead only).
func TestThroughput(t *testing.T) {
	for _, nw := range []int{1, 2} {
		dps, eps, dpcpu := throughput(t, 400, nw, 32, 0)
		t.Logf("postgres=%v workers=%d: %.0f docs/s, %.0f events/s, %.0f docs/cpu-s", pgtest.Available(), nw, dps, eps, dpcpu)
	}
}

// BenchmarkThroughput measures the bus and store overhead per document
// with 1 and 2 workers and several MaxAckPending values:
//
//	go test ./worker -run '^$' -bench Throughput -benchtime 1x
func BenchmarkThroughput(b *testing.B) {
	for _, c := range []struct{ workers, batch, maxAck int }{
		{1, 64, 0}, {2, 64, 0}, {2, 64, 64}, {2, 64, 16},
	} {
		b.Run(fmt.Sprintf("workers=%d/batch=%d/maxackpending=%d", c.workers, c.batch, c.maxAck), func(b *testing.B) {
			for range b.N {
				dps, eps, dpcpu := throughput(b, 2000, c.workers, c.batch, c.maxAck)
				b.ReportMetric(dps, "docs/s")
				b.ReportMetric(eps, "events/s")
				b.ReportMetric(dpcpu, "docs/cpu-s")
				b.ReportMetric(0, "ns/op")
			}
		})
	}
}
