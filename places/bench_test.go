package places

import (
	"context"
	"os"
	"path/filepath"
	"testing"

	"github.com/petrel-events/petrel/doc"
	"github.com/petrel-events/petrel/internal/sharedtest"
	"github.com/petrel-events/petrel/nlp/tokenize"
)

// BenchmarkProcess measures the places layer alone (documents tokenized
// beforehand) on the PolNeAR training articles.
func BenchmarkProcess(b *testing.B) {
	dir := sharedtest.Path(b, "eval", "quotes-polnear", "data", "train", "text")
	files, _ := filepath.Glob(filepath.Join(dir, "*.txt"))
	tok := tokenize.New()
	var docs []*doc.Doc
	var size int64
	for _, f := range files {
		t, err := os.ReadFile(f)
		if err != nil {
			b.Fatal(err)
		}
		d := &doc.Doc{Text: string(t)}
		tok.Process(d)
		docs = append(docs, d)
		size += int64(len(t))
	}
	r := recognizer(b)
	ctx := context.Background()
	b.SetBytes(size)
	b.ReportAllocs()
	b.ResetTimer()
	places := 0
	for b.Loop() {
		for _, d := range docs {
			if err := r.Process(ctx, d); err != nil {
				b.Fatal(err)
			}
			places += len(d.Places)
		}
	}
	b.ReportMetric(float64(places)/float64(b.N)/float64(len(docs)), "places/doc")
}
