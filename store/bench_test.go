package store

import (
	"context"
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/petrel-events/petrel/doc"
	"github.com/petrel-events/petrel/internal/sharedtest"
)

// BenchmarkPut measures storing coded documents (coding excluded): events/s
// is stored event records per second of wall time, events/CPU-s per second
// of the process's CPU time (fairer on a shared machine).
//
//	go test ./store -run '^$' -bench Put -benchtime 200000x
func BenchmarkPut(b *testing.B) { benchPut(b, 2000, Options{}) }

// BenchmarkPutBulk is BenchmarkPut with the batches and page cache of
// petrel db synth (10,000 documents, 1 GiB).
func BenchmarkPutBulk(b *testing.B) { benchPut(b, 10000, Options{CacheMB: 1024}) }

// BenchmarkPutBulkMode is BenchmarkPutBulk in bulk mode (Options.Bulk),
// Finish included in the time.
func BenchmarkPutBulkMode(b *testing.B) { benchPut(b, 10000, Options{CacheMB: 1024, Bulk: true}) }

// BenchmarkPutBulkDeferred is BenchmarkPutBulk with the rollups and the
// text index deferred (Options.RollupEvery) for up to a million events,
// their application (Finish) included in the time.
func BenchmarkPutBulkDeferred(b *testing.B) {
	benchPut(b, 10000, Options{CacheMB: 1024, RollupEvery: 1_000_000})
}

// BenchmarkPutAppend is BenchmarkPutBulk through the ingest log
// (Options.Append): append-events/CPU-s is the rate of the appends alone,
// events/CPU-s includes the compaction (Finish).
func BenchmarkPutAppend(b *testing.B) { benchPut(b, 10000, Options{CacheMB: 1024, Append: true}) }

// BenchmarkPutAppendDecoded is BenchmarkPutAppend with every logged
// document decoded by the compaction (none kept in memory, as beyond
// memLogMax), its rows in the binary form and in the JSON of earlier
// petrels.
func BenchmarkPutAppendDecoded(b *testing.B) {
	defer func(n int) { memLogMax = n }(memLogMax)
	memLogMax = 0
	for _, c := range []struct {
		name string
		enc  func(*doc.Doc) ([]byte, error)
	}{{"binary", encodeLogDoc}, {"json", encodeLogJSON}} {
		b.Run(c.name, func(b *testing.B) {
			defer func(f func(*doc.Doc) ([]byte, error)) { encodeLog = f }(encodeLog)
			encodeLog = c.enc
			benchPut(b, 10000, Options{CacheMB: 1024, Append: true})
		})
	}
}

func benchPut(b *testing.B, batch int, opts Options) {
	ctx := context.Background()
	s := openTest(b, opts)
	g := NewSynth(1)
	docs := make([]*doc.Doc, 0, batch)
	events := 0
	var cpu time.Duration
	put := func() {
		c0 := sharedtest.CPUTime()
		if _, err := s.PutDocuments(ctx, docs); err != nil {
			b.Fatal(err)
		}
		cpu += sharedtest.CPUTime() - c0
		docs = docs[:0]
	}
	b.ResetTimer()
	for i := 0; i < b.N; i += g.EventsPerDoc {
		b.StopTimer()
		d := g.Doc()
		b.StartTimer()
		docs = append(docs, d)
		events += len(d.Events)
		if len(docs) == batch {
			put()
		}
	}
	put()
	putCPU := cpu
	c0 := sharedtest.CPUTime()
	if err := s.Finish(ctx); err != nil {
		b.Fatal(err)
	}
	cpu += sharedtest.CPUTime() - c0
	b.StopTimer()
	b.ReportMetric(float64(events)/b.Elapsed().Seconds(), "events/s")
	b.ReportMetric(float64(events)/cpu.Seconds(), "events/CPU-s")
	if opts.Append {
		b.ReportMetric(float64(events)/putCPU.Seconds(), "append-events/CPU-s")
	}
	s.Close()
	size := int64(0)
	for _, suf := range []string{"", "-wal"} {
		if fi, err := os.Stat(s.Path() + suf); err == nil {
			size += fi.Size()
		}
	}
	if events > 0 {
		b.ReportMetric(float64(size)/float64(events)*1e6/(1<<20), "MB/Mevents")
	}
}

// BenchmarkAggregates measures the dashboard's aggregate queries on a
// database named by PETREL_BENCH_DB (built with petrel db synth); it is
// skipped without one.
func BenchmarkAggregates(b *testing.B) {
	path := os.Getenv("PETREL_BENCH_DB")
	if path == "" {
		b.Skip("set PETREL_BENCH_DB to a database made with `petrel db synth`")
	}
	path, _ = filepath.Abs(path)
	ctx := context.Background()
	s, err := Open(ctx, path, Options{ReadOnly: true})
	if err != nil {
		b.Fatal(err)
	}
	defer s.Close()
	st, err := s.Stats(ctx)
	if err != nil {
		b.Fatal(err)
	}
	for _, q := range DashboardQueries(st.LastDay) {
		b.Run(q.Name, func(b *testing.B) {
			for range b.N {
				if err := q.Run(ctx, s); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}
