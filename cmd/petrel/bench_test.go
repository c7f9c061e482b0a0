package main

import (
	"context"
	"path/filepath"
	"testing"

	"github.com/petrel-events/petrel/coder"
	"github.com/petrel-events/petrel/doc"
	"github.com/petrel-events/petrel/ingest"
	"github.com/petrel-events/petrel/internal/sharedtest"
)

// BenchmarkCodePolNeAR runs the whole default pipeline (raw text to events,
// parse included) over the PolNeAR training articles on one goroutine and
// reports sentences/s and documents/s, by wall clock and by CPU time (the
// machines are shared; CPU time is the fairer per-core figure). Run with
// -cpu 1 and GOMAXPROCS=1.
func BenchmarkCodePolNeAR(b *testing.B) {
	dir := sharedtest.Path(b, "eval", "quotes-polnear", "data", "train", "text")
	files, _ := filepath.Glob(filepath.Join(dir, "*.txt"))
	if testing.Short() && len(files) > 100 {
		files = files[:100]
	}
	var texts []*doc.Doc
	r := &ingest.Reader{Options: ingest.Options{Format: ingest.FormatText}}
	err := r.Read(context.Background(), files, func(d *doc.Doc) error {
		texts = append(texts, d)
		return nil
	})
	if err != nil {
		b.Fatal(err)
	}
	p, _, err := newPipeline(pipelineConfig{coder: coder.Config{DropNegated: true}})
	if err != nil {
		b.Fatal(err)
	}
	var size int64
	for _, d := range texts {
		size += int64(len(d.Text))
	}
	ctx := context.Background()
	b.SetBytes(size)
	b.ResetTimer()
	cpu0 := sharedtest.CPUTime()
	sentences, events := 0, 0
	for range b.N {
		for _, src := range texts {
			d := &doc.Doc{ID: src.ID, Text: src.Text, Published: src.Published}
			if err := p.Process(ctx, d); err != nil {
				b.Fatal(err)
			}
			sentences += len(d.Sentences)
			events += len(d.Events)
		}
	}
	wall := b.Elapsed().Seconds()
	cpu := (sharedtest.CPUTime() - cpu0).Seconds()
	b.ReportMetric(float64(sentences)/wall, "sentences/s")
	b.ReportMetric(float64(len(texts)*b.N)/wall, "docs/s")
	if cpu > 0 {
		b.ReportMetric(float64(sentences)/cpu, "sentences/cpu-s")
		b.ReportMetric(float64(len(texts)*b.N)/cpu, "docs/cpu-s")
	}
	b.ReportMetric(float64(events)/float64(b.N), "events/op")
}
