package timex

import (
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"time"

	"github.com/petrel-events/petrel/internal/sharedtest"
)

// polnearDoc is one PolNeAR training text with the date in its file name.
type polnearDoc struct {
	text   string
	anchor time.Time
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
		docs = append(docs, polnearDoc{text: string(b), anchor: a})
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
