package timex

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/petrel-events/petrel/doc"
	"github.com/petrel-events/petrel/internal/sharedtest"
)

// polnearDoc is one PolNeAR training text with the date in its file name.
type polnearDoc struct {
	name, text string
	anchor     time.Time
}

var polnearDate = regexp.MustCompile(`_(\d{4}-\d{2}-\d{2})_`)

func loadPolNeAR(tb testing.TB) []polnearDoc {
	tb.Helper()
	dir := sharedtest.Path(tb, "eval", "quotes-polnear", "data", "train", "text")
	files, err := filepath.Glob(filepath.Join(dir, "*.txt"))
	if err != nil || len(files) == 0 {
		tb.Skipf("skipping: no PolNeAR texts in %s", dir)
	}
	docs := make([]polnearDoc, 0, len(files))
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			tb.Fatal(err)
		}
		var a time.Time
		if m := polnearDate.FindStringSubmatch(filepath.Base(f)); m != nil {
			a, _ = time.Parse(time.DateOnly, m[1])
		}
		docs = append(docs, polnearDoc{name: filepath.Base(f), text: string(b), anchor: a})
	}
	return docs
}

// BenchmarkFindPolNeAR measures throughput on the PolNeAR training texts.
//
//	go test ./timex/ -run '^$' -bench FindPolNeAR
func BenchmarkFindPolNeAR(b *testing.B) {
	docs := loadPolNeAR(b)
	r, err := New()
	if err != nil {
		b.Fatal(err)
	}
	size := 0
	for _, d := range docs {
		size += len(d.text)
	}
	b.SetBytes(int64(size))
	b.ResetTimer()
	for range b.N {
		for _, d := range docs {
			r.Find(d.text, d.anchor)
		}
	}
}

// TestPolNeARDensity reports the expressions found per 1000 words on the
// PolNeAR training texts, and checks every span against its text.
func TestPolNeARDensity(t *testing.T) {
	docs := loadPolNeAR(t)
	r, err := New()
	if err != nil {
		t.Fatal(err)
	}
	words, found := 0, 0
	types := map[string]int{}
	for _, d := range docs {
		words += len(strings.Fields(d.text))
		for _, x := range r.Find(d.text, d.anchor) {
			if d.text[x.Start:x.End] != x.Text {
				t.Fatalf("span %v does not match text %q", x.Span, x.Text)
			}
			found++
			types[x.Type]++
		}
	}
	t.Logf("PolNeAR train: %d documents, %d words, %d time expressions = %.1f per 1000 words; by type %v",
		len(docs), words, found, 1000*float64(found)/float64(words), types)
}

// TestPolNeARList writes every expression found in the first
// TIMEX_LIST_N (default 100) PolNeAR training texts, with 40 bytes of
// context, to the file named by TIMEX_LIST, one a line, so that two
// versions of the rules can be diffed (docs/timex.md, "Invented batches").
// It is skipped when TIMEX_LIST is unset; with TIMEX_TAGGED set the texts
// are tokenized and tagged first, as in the pipeline.
//
//	TIMEX_LIST=/tmp/after.tsv go test ./timex/ -run PolNeARList
func TestPolNeARList(t *testing.T) {
	out := os.Getenv("TIMEX_LIST")
	if out == "" {
		t.Skip("skipping: TIMEX_LIST is unset")
	}
	n := 100
	if v := os.Getenv("TIMEX_LIST_N"); v != "" {
		var err error
		if n, err = strconv.Atoi(v); err != nil {
			t.Fatal(err)
		}
	}
	docs := loadPolNeAR(t)
	docs = docs[:min(n, len(docs))]
	r := mustNew(t)
	find := func(text string, anchor time.Time) []doc.Timex { return r.Find(text, anchor) }
	if os.Getenv("TIMEX_TAGGED") != "" { // as the pipeline runs it, with the tagger's tags
		tag := newTagger(t)
		find = func(text string, anchor time.Time) []doc.Timex {
			d := tag(text, anchor)
			if err := r.Process(context.Background(), d); err != nil {
				t.Fatal(err)
			}
			return d.Times
		}
	}
	var b strings.Builder
	flat := strings.NewReplacer("\n", " ", "\t", " ")
	for _, d := range docs {
		for _, x := range find(d.text, d.anchor) {
			ctx := d.text[max(0, x.Start-40):x.Start] + "[" + x.Text + "]" + d.text[x.End:min(len(d.text), x.End+40)]
			fmt.Fprintf(&b, "%s\t%d\t%s\t%s\t%s\t%s\n", d.name, x.Start, x.Value, x.Type, flat.Replace(x.Text), flat.Replace(ctx))
		}
	}
	if err := os.WriteFile(out, []byte(b.String()), 0o644); err != nil {
		t.Fatal(err)
	}
	t.Logf("%d documents listed in %s", len(docs), out)
}
