package ingest

import (
	"bytes"
	"context"
	"os"
	"path/filepath"
	"testing"

	"github.com/petrel-events/petrel/doc"
)

// benchRead reads the input b from standard input b.N times.
func benchRead(b *testing.B, format string, input []byte, wantDocs int) {
	b.Helper()
	b.SetBytes(int64(len(input)))
	b.ReportAllocs()
	for b.Loop() {
		n := 0
		r := &Reader{Options: Options{Format: format}, Stdin: bytes.NewReader(input), OnError: func(error) {}}
		if err := r.Read(context.Background(), []string{"-"}, func(*doc.Doc) error { n++; return nil }); err != nil {
			b.Fatal(err)
		}
		if n != wantDocs {
			b.Fatalf("read %d docs, want %d", n, wantDocs)
		}
	}
}

// BenchmarkReadText reads the text fixtures, concatenated to about 1 MB,
// as one document.
func BenchmarkReadText(b *testing.B) {
	var one []byte
	for _, p := range []string{"testdata/text/crlf.txt", "testdata/text/report.md", "testdata/corpus/a.txt", "testdata/corpus/sub/b.txt", "testdata/corpus/sub/c.md"} {
		t, err := os.ReadFile(p)
		if err != nil {
			b.Fatal(err)
		}
		one = append(one, t...)
	}
	input := bytes.Repeat(one, (1<<20)/len(one))
	benchRead(b, FormatText, input, 1)
}

// BenchmarkReadJSONL reads the JSON lines fixture, repeated to about 4 MB.
func BenchmarkReadJSONL(b *testing.B) {
	one, err := os.ReadFile("testdata/jsonl/articles.jsonl")
	if err != nil {
		b.Fatal(err)
	}
	copies := (4 << 20) / len(one)
	benchRead(b, FormatJSONL, bytes.Repeat(one, copies), 4*copies)
}

// BenchmarkReadHTML extracts the article fixture.
func BenchmarkReadHTML(b *testing.B) {
	page, err := os.ReadFile(filepath.Join("testdata", "html", "article.html"))
	if err != nil {
		b.Fatal(err)
	}
	benchRead(b, FormatHTML, page, 1)
}

// BenchmarkReadWARC reads the generated crawl, gzip-compressed per record.
func BenchmarkReadWARC(b *testing.B) {
	benchRead(b, "", buildWARC(b, fixtureRecords(b), true), 3)
}
