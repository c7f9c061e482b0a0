package quotes

import (
	"context"
	"testing"

	"github.com/petrel-events/petrel/actors"
	"github.com/petrel-events/petrel/doc"
	"github.com/petrel-events/petrel/internal/sharedtest"
	"github.com/petrel-events/petrel/kb"
	"github.com/petrel-events/petrel/nlp/tokenize"
)

// benchDocs returns the PolNeAR dev articles tokenized and with their actor
// mentions, and their total size in bytes.
func benchDocs(b *testing.B) ([]*doc.Doc, int64) {
	dir := sharedtest.Path(b, "eval", "quotes-polnear")
	k, err := kb.Load(kb.Data())
	if err != nil {
		b.Fatal(err)
	}
	act := actors.New(k)
	tok := tokenize.New()
	var docs []*doc.Doc
	var size int64
	ctx := context.Background()
	err = ReadPolNeAR(ctx, dir, "dev", func(pd PolNeARDoc) error {
		d := &doc.Doc{ID: pd.Name, Text: pd.Text}
		tok.Process(d)
		docs = append(docs, d)
		size += int64(len(pd.Text))
		return act.Process(ctx, d)
	})
	if err != nil {
		b.Fatal(err)
	}
	return docs, size
}

// BenchmarkQuotes measures the quotes layer alone over PolNeAR dev.
func BenchmarkQuotes(b *testing.B) {
	docs, size := benchDocs(b)
	r, err := New()
	if err != nil {
		b.Fatal(err)
	}
	b.SetBytes(size)
	b.ResetTimer()
	for range b.N {
		for _, d := range docs {
			r.Find(d)
		}
	}
}

// BenchmarkTokenize measures the tokenizer over the same texts, as a
// yardstick for the quotes layer.
func BenchmarkTokenize(b *testing.B) {
	docs, size := benchDocs(b)
	tok := tokenize.New()
	b.SetBytes(size)
	b.ResetTimer()
	for range b.N {
		for _, d := range docs {
			tok.Tokenize(d.Text)
		}
	}
}
