//go:build linux

package main

import (
	"context"
	"runtime"
	"syscall"
	"testing"
	"time"

	"github.com/petrel-events/petrel/doc"
	"github.com/petrel-events/petrel/internal/sharedtest"
	"github.com/petrel-events/petrel/pipeline"
	"github.com/petrel-events/petrel/quotes"
)

// threadCPU returns the CPU time (user + system) of the calling thread.
func threadCPU(b *testing.B) time.Duration {
	var ru syscall.Rusage
	if err := syscall.Getrusage(1 /* RUSAGE_THREAD */, &ru); err != nil {
		b.Fatal(err)
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}

// BenchmarkLayersPolNeAR measures what the three recognition layers of
// issue 6 (quotes, times, places) cost against the parse (tagger and
// parser), on the PolNeAR dev articles, by CPU time of the benchmark's
// thread (the machine is shared, so wall clock is unreliable). It reports
// layers/parse, the share that must stay under 1/3. Tokenizing and the
// actor layer (which quotes need) run but are counted in neither.
func BenchmarkLayersPolNeAR(b *testing.B) {
	dir := sharedtest.Path(b, "eval", "quotes-polnear")
	runtime.LockOSThread()
	defer runtime.UnlockOSThread()
	s, err := loadStages(pipelineConfig{})
	if err != nil {
		b.Fatal(err)
	}
	ctx := context.Background()
	var texts []quotes.PolNeARDoc
	err = quotes.ReadPolNeAR(ctx, dir, "dev", func(pd quotes.PolNeARDoc) error {
		texts = append(texts, pd)
		return nil
	})
	if err != nil {
		b.Fatal(err)
	}
	run := func(c pipeline.Component, d *doc.Doc, acc *time.Duration) {
		t0 := threadCPU(b)
		if err := c.Process(ctx, d); err != nil {
			b.Fatal(err)
		}
		*acc += threadCPU(b) - t0
	}
	var parse, tm, qt, pl, other time.Duration
	b.ResetTimer()
	for range b.N {
		for _, pd := range texts {
			d := &doc.Doc{ID: pd.Name, Text: pd.Text}
			run(s.Tokenize, d, &other)
			run(s.Parse, d, &parse)
			run(s.Times, d, &tm)
			run(s.Actors, d, &other)
			run(s.Quotes, d, &qt)
			run(s.Places, d, &pl)
		}
	}
	layers := tm + qt + pl
	b.ReportMetric(float64(layers)/float64(parse), "layers/parse")
	b.ReportMetric(float64(qt)/float64(parse), "quotes/parse")
	b.ReportMetric(float64(tm)/float64(parse), "times/parse")
	b.ReportMetric(float64(pl)/float64(parse), "places/parse")
	b.ReportMetric(parse.Seconds()/float64(b.N), "parse-cpu-s/op")
}
