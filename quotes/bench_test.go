package quotes

import (
	"context"
	"testing"

	"github.com/petrel-events/petrel/actors"
	"github.com/petrel-events/petrel/doc"
	"github.com/petrel-events/petrel/internal/sharedtest"
	"github.com/petrel-events/petrel/kb"
	"github.com/petrel-events/petrel/nlp/model"
	"github.com/petrel-events/petrel/nlp/tokenize"
)

// benchDocs returns the PolNeAR dev articles tokenized and with their actor
// mentions, and their total size in bytes.
func benchDocs(b *testing.B, parsed bool) ([]*doc.Doc, int64) {
	dir := sharedtest.Path(b, "eval", "quotes-polnear")
	k, err := kb.Load(kb.Data())
	if err != nil {
		b.Fatal(err)
	}
	act := actors.New(k)
	tok := tokenize.New()
	var m *model.Model
	if parsed {
		if m, err = model.Load(); err != nil {
			b.Fatal(err)
		}
	}
	var docs []*doc.Doc
	var size int64
	ctx := context.Background()
	err = ReadPolNeAR(ctx, dir, "dev", func(pd PolNeARDoc) error {
		d := &doc.Doc{ID: pd.Name, Text: pd.Text}
		tok.Process(d)
		if m != nil {
			if err := m.Process(ctx, d); err != nil {
				return err
			}
		}
		docs = append(docs, d)
		size += int64(len(pd.Text))
		return act.Process(ctx, d)
	})
	if err != nil {
		b.Fatal(err)
	}
	return docs, size
}

// BenchmarkQuotes measures the quotes layer alone over PolNeAR dev,
// unparsed, parsed, and parsed without the cue classifier (the word list
// alone), and reports its cost per sentence.
func BenchmarkQuotes(b *testing.B) {
	for _, name := range []string{"surface", "parsed", "parsed-wordlist"} {
		parsed := name != "surface"
		b.Run(name, func(b *testing.B) {
			docs, size := benchDocs(b, parsed)
			sents := 0
			for _, d := range docs {
				sents += len(d.Sentences)
			}
			r, err := New()
			if err != nil {
				b.Fatal(err)
			}
			if name == "parsed-wordlist" {
				r = r.WithCueModel(nil)
			}
			b.SetBytes(size)
			b.ResetTimer()
			for range b.N {
				for _, d := range docs {
					r.Find(d)
				}
			}
			b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N*sents), "ns/sentence")
		})
	}
}

// BenchmarkTokenize measures the tokenizer over the same texts, as a
// yardstick for the quotes layer.
func BenchmarkTokenize(b *testing.B) {
	docs, size := benchDocs(b, false)
	tok := tokenize.New()
	b.SetBytes(size)
	b.ResetTimer()
	for range b.N {
		for _, d := range docs {
			tok.Tokenize(d.Text)
		}
	}
}
