package quotes

import (
	"context"
	"fmt"
	"os"
	"sort"
	"strings"
	"testing"

	"github.com/petrel-events/petrel/actors"
	"github.com/petrel-events/petrel/doc"
	"github.com/petrel-events/petrel/internal/sharedtest"
	"github.com/petrel-events/petrel/kb"
	"github.com/petrel-events/petrel/nlp/tokenize"
)

// analyse processes a PolNeAR split and returns the scores; with
// QUOTES_ERRORS=1 it logs the most frequent missed and spurious cues.
func analyse(t *testing.T, split string) *Scorer {
	dir := sharedtest.Path(t, "eval", "quotes-polnear")
	k, err := kb.Load(kb.Data())
	if err != nil {
		t.Fatal(err)
	}
	act := actors.New(k)
	tok := tokenize.New()
	r, err := New()
	if err != nil {
		t.Fatal(err)
	}
	verbose := os.Getenv("QUOTES_ERRORS") != ""
	missed, spurious := map[string]int{}, map[string]int{}
	var examples []string
	sc := NewScorer()
	ctx := context.Background()
	err = ReadPolNeAR(ctx, dir, split, func(pd PolNeARDoc) error {
		d := &doc.Doc{ID: pd.Name, Text: pd.Text}
		tok.Process(d)
		if err := act.Process(ctx, d); err != nil {
			return err
		}
		if err := r.Process(ctx, d); err != nil {
			return err
		}
		pred := Attributions(d.Quotes)
		sc.Add(pd.Text, pd.Gold, pred)
		if !verbose {
			return nil
		}
		gc := roleSpans(pd.Text, pd.Gold, "cue")
		pc := roleSpans(pd.Text, pred, "cue")
		for _, g := range gc {
			hit := false
			for _, p := range pc {
				hit = hit || overlaps(g, p)
			}
			if !hit {
				w := strings.ToLower(pd.Text[hull(g).Start:hull(g).End])
				missed[w]++
				if want := os.Getenv("QUOTES_MISS"); want != "" && w == want {
					h := hull(g)
					st := newState(r, d)
					ti := st.tokenAt(h.Start, 0)
					inq := "-"
					if q := st.quote[ti]; q >= 0 {
						inq = pd.Text[st.spans[q].Start:min(st.spans[q].Start+40, st.spans[q].End)]
					}
					used := false
					for _, qq := range d.Quotes {
						used = used || qq.Content.Contains(h)
					}
					w = fmt.Sprintf("%s q=%q used=%v", w, inq, used)
					examples = append(examples, strings.ReplaceAll(fmt.Sprintf("MISS %s | %s", w, pd.Text[max(0, h.Start-150):min(len(pd.Text), h.End+60)]), "\n", " ⏎ "))
				}
			}
		}
		for i, p := range pc {
			hit := false
			for _, g := range gc {
				hit = hit || overlaps(g, p)
			}
			if !hit {
				w := strings.ToLower(pd.Text[hull(p).Start:hull(p).End])
				spurious[w]++
				if want := os.Getenv("QUOTES_CUE"); want != "" && strings.Contains(w, want) {
					q := pred[i]
					c := q["content"][0]
					examples = append(examples, fmt.Sprintf("%s | %s", w, pd.Text[max(0, hull(p).Start-80):min(len(pd.Text), c.End)]))
				}
			}
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	if verbose {
		for _, m := range []struct {
			name string
			c    map[string]int
		}{{"missed", missed}, {"spurious", spurious}} {
			type kv struct {
				k string
				v int
			}
			var kvs []kv
			for k, v := range m.c {
				kvs = append(kvs, kv{k, v})
			}
			sort.Slice(kvs, func(i, j int) bool { return kvs[i].v > kvs[j].v })
			var b strings.Builder
			for i, x := range kvs {
				if i >= 60 {
					break
				}
				fmt.Fprintf(&b, "%d %q, ", x.v, x.k)
			}
			t.Logf("%s cues: %s", m.name, b.String())
		}
		for i, e := range examples {
			if i < 40 {
				t.Log(e)
			}
		}
	}
	return sc
}

func TestPolNeARTrain(t *testing.T) {
	if testing.Short() {
		t.Skip("PolNeAR train takes a few seconds")
	}
	sc := analyse(t, "train")
	var b strings.Builder
	sc.Report(&b)
	t.Log("\n" + b.String())
}
