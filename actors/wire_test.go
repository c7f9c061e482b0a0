package actors_test

import (
	"bufio"
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/petrel-events/petrel/doc"
	"github.com/petrel-events/petrel/pipeline"
	"github.com/petrel-events/petrel/stages"
)

// wireStory is a line of testdata/wire-2025.txt and its expectations.
type wireStory struct {
	line      int
	published string
	text      string
	want      map[string]string // mention text -> code ("" for none)
	absent    []string          // texts no mention has
}

// readWire reads a batch file of testdata (wire-2025.txt, batch-N.txt).
func readWire(t *testing.T, path string) []*wireStory {
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	var out []*wireStory
	published := ""
	sc := bufio.NewScanner(f)
	for n := 1; sc.Scan(); n++ {
		line := sc.Text()
		switch {
		case strings.TrimSpace(line) == "" || strings.HasPrefix(line, "#"):
		case strings.HasPrefix(line, "@published "):
			published = strings.TrimSpace(strings.TrimPrefix(line, "@published "))
		case strings.HasPrefix(line, "\t-"):
			if len(out) == 0 {
				t.Fatalf("%s:%d: want -TEXT under a story", path, n)
			}
			out[len(out)-1].absent = append(out[len(out)-1].absent, strings.TrimPrefix(line, "\t-"))
		case strings.HasPrefix(line, "\t"):
			text, code, ok := strings.Cut(strings.TrimSpace(line), "=")
			if !ok || len(out) == 0 {
				t.Fatalf("%s:%d: want TEXT=CODE under a story", path, n)
			}
			out[len(out)-1].want[text] = code
		default:
			if published == "" {
				t.Fatalf("%s:%d: story before any @published line", path, n)
			}
			out = append(out, &wireStory{line: n, published: published, text: line, want: map[string]string{}})
		}
	}
	if err := sc.Err(); err != nil {
		t.Fatal(err)
	}
	return out
}

// TestWireBatch runs the recognition layers and the coder on the invented
// batches of testdata (wire-2025.txt: 2025-style stories with ministers,
// armed groups, IGOs; batch-N.txt: the batches of session 14) and checks
// the codes of the actor mentions each story expects.
func TestWireBatch(t *testing.T) {
	if testing.Short() {
		t.Skip("loads the parser model")
	}
	paths, err := filepath.Glob("testdata/batch-*.txt")
	if err != nil {
		t.Fatal(err)
	}
	paths = append([]string{"testdata/wire-2025.txt"}, paths...)
	p, _, err := stages.New(stages.Config{})
	if err != nil {
		t.Fatal(err)
	}
	for _, path := range paths {
		t.Run(filepath.Base(path), func(t *testing.T) {
			wireFile(t, path, p)
		})
	}
}

// wireFile checks the stories of one batch file and logs how many of its
// expectations were met.
func wireFile(t *testing.T, path string, p *pipeline.Pipeline) {
	ctx := context.Background()
	met, all := 0, 0
	for _, st := range readWire(t, path) {
		d := &doc.Doc{ID: "wire", Text: st.text}
		d.Published, _ = doc.ParseTime(st.published)
		if err := p.Process(ctx, d); err != nil {
			t.Fatal(err)
		}
		got := map[string][]string{}
		for _, a := range d.Actors {
			got[a.Text] = append(got[a.Text], a.Code)
		}
		all += len(st.absent) + len(st.want)
		for _, text := range st.absent {
			if _, ok := got[text]; ok {
				t.Errorf("%s:%d: mention %q, want none", path, st.line, text)
				continue
			}
			met++
		}
		for text, code := range st.want {
			codes, ok := got[text]
			if !ok {
				t.Errorf("%s:%d: no mention %q (mentions %v)", path, st.line, text, got)
				continue
			}
			if codes[0] != code {
				t.Errorf("%s:%d: %q coded %q, want %q", path, st.line, text, codes[0], code)
				continue
			}
			met++
		}
	}
	t.Logf("%s: %d of %d expectations met", path, met, all)
}
