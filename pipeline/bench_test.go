package pipeline_test

import (
	"context"
	"os"
	"path/filepath"
	"testing"

	"github.com/petrel-events/petrel/doc"
	"github.com/petrel-events/petrel/ingest"
	"github.com/petrel-events/petrel/internal/sharedtest"
	"github.com/petrel-events/petrel/nlp/clean"
	"github.com/petrel-events/petrel/nlp/tokenize"
	"github.com/petrel-events/petrel/pipeline"
)

// BenchmarkReadCleanTokenize measures the front of the pipeline on the
// PolNeAR training articles: read (ingest), clean, segment and tokenize, on
// one goroutine. Run with -cpu 1 for the per-core figure.
func BenchmarkReadCleanTokenize(b *testing.B) {
	dir := sharedtest.Path(b, "eval", "quotes-polnear", "data", "train", "text")
	files, _ := filepath.Glob(filepath.Join(dir, "*.txt"))
	var size int64
	for _, f := range files {
		st, err := os.Stat(f)
		if err != nil {
			b.Fatal(err)
		}
		size += st.Size()
	}
	tok := tokenize.New()
	p := pipeline.New(
		pipeline.Func("clean", func(_ context.Context, d *doc.Doc) error { d.Text = clean.Clean(d.Text); return nil }),
		pipeline.Func("tokenize", func(_ context.Context, d *doc.Doc) error { tok.Process(d); return nil }),
	)
	r := &ingest.Reader{Options: ingest.Options{Format: ingest.FormatText}}
	ctx := context.Background()
	b.SetBytes(size)
	b.ReportAllocs()
	b.ResetTimer()
	cpu0 := sharedtest.CPUTime()
	sentences := 0
	for range b.N {
		err := r.Read(ctx, files, func(d *doc.Doc) error {
			if err := p.Process(ctx, d); err != nil {
				return err
			}
			sentences += len(d.Sentences)
			return nil
		})
		if err != nil {
			b.Fatal(err)
		}
	}
	b.ReportMetric(float64(sentences)/b.Elapsed().Seconds(), "sentences/s")
	// On a loaded machine wall time understates the speed of one core; CPU
	// time does not.
	if cpu := (sharedtest.CPUTime() - cpu0).Seconds(); cpu > 0 {
		b.ReportMetric(float64(size)*float64(b.N)/1e6/cpu, "MB/cpu-s")
	}
}
