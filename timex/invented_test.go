package timex

import (
	"bufio"
	"context"
	"os"
	"strings"
	"testing"
	"time"

	"github.com/petrel-events/petrel/doc"
	"github.com/petrel-events/petrel/nlp/model"
	"github.com/petrel-events/petrel/nlp/tokenize"
)

// inventedCase is one sentence of testdata/invented.txt.
type inventedCase struct {
	batch, anchor, text string
	times               []doc.Timex
}

// loadInvented reads testdata/invented.txt: batches of invented news
// sentences whose gold values were decided before the recogniser was run
// on them (docs/timex.md, "Invented batches"). The format is
//
//	@ BATCH ANCHOR           a batch and its publication day ("-" = unknown)
//	A sentence.              a line that starts with no space
//	    span = VALUE TYPE    an expected expression, in text order
//
// A sentence with no expected line expects no expression; # starts a
// comment line.
func loadInvented(t *testing.T) []inventedCase {
	t.Helper()
	f, err := os.Open("testdata/invented.txt")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	var cases []inventedCase
	var batch, anchor string
	pos, n := 0, 0
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		n++
		line := strings.TrimRight(sc.Text(), " \t")
		switch {
		case line == "" || strings.HasPrefix(strings.TrimSpace(line), "#"):
		case strings.HasPrefix(line, "@ "):
			fs := strings.Fields(line)
			if len(fs) != 3 {
				t.Fatalf("invented.txt:%d: want @ BATCH ANCHOR", n)
			}
			batch, anchor = fs[1], fs[2]
			if anchor == "-" {
				anchor = ""
			}
		case line[0] != ' ' && line[0] != '\t':
			cases = append(cases, inventedCase{batch: batch, anchor: anchor, text: line})
			pos = 0
		default:
			if len(cases) == 0 {
				t.Fatalf("invented.txt:%d: expression before any sentence", n)
			}
			c := &cases[len(cases)-1]
			span, rest, ok := strings.Cut(strings.TrimSpace(line), " = ")
			fs := strings.Fields(rest)
			if !ok || len(fs) != 2 {
				t.Fatalf("invented.txt:%d: want span = VALUE TYPE", n)
			}
			k := strings.Index(c.text[pos:], span)
			if k < 0 {
				t.Fatalf("invented.txt:%d: %q not in the sentence after byte %d", n, span, pos)
			}
			x := doc.Timex{Text: span, Value: fs[0], Type: fs[1]}
			x.Start, x.End = pos+k, pos+k+len(span)
			pos = x.End
			c.times = append(c.times, x)
		}
	}
	if err := sc.Err(); err != nil {
		t.Fatal(err)
	}
	return cases
}

// TestInvented scores the recogniser on testdata/invented.txt, batch by
// batch: value F1 (overlap and same value), strict span F1 and type F1.
// Run with -v to see the scores and every sentence with a miss.
func TestInvented(t *testing.T) {
	r := mustNew(t)
	scoreInvented(t, func(c inventedCase) []doc.Timex { return r.Find(c.text, day(c.anchor)) })
}

// TestInventedTagged scores the batches as the pipeline runs them: on a
// Doc tokenized and tagged by petrel's model, so that Process sees the
// tagger's present-tense verbs (docs/timex.md, "Session 12, second part").
func TestInventedTagged(t *testing.T) {
	if testing.Short() {
		t.Skip("skipping: loads the tagger")
	}
	r, tag := mustNew(t), newTagger(t)
	scoreInvented(t, func(c inventedCase) []doc.Timex {
		d := tag(c.text, day(c.anchor))
		if err := r.Process(context.Background(), d); err != nil {
			t.Fatal(err)
		}
		return d.Times
	})
}

// newTagger returns a function that makes a Doc of text published on
// anchor, tokenized, tagged and parsed by petrel's own model, as the
// pipeline's parse stage leaves it for times.
func newTagger(tb testing.TB) func(text string, anchor time.Time) *doc.Doc {
	tb.Helper()
	m, err := model.Load()
	if err != nil {
		tb.Fatal(err)
	}
	tok := tokenize.New()
	return func(text string, anchor time.Time) *doc.Doc {
		d := &doc.Doc{Text: text, Published: doc.Time{Time: anchor, DateOnly: true}}
		tok.Process(d)
		for i := range d.Sentences {
			ts := d.SentenceTokens(i)
			forms := make([]string, len(ts))
			for k, x := range ts {
				forms[k] = x.Text
			}
			for k, a := range m.Annotate(forms) {
				ts[k].XPOS, ts[k].Head, ts[k].DepRel = a.XPOS, a.Head, a.DepRel
			}
		}
		return d
	}
}

// scoreInvented scores find on testdata/invented.txt, batch by batch.
func scoreInvented(t *testing.T, find func(inventedCase) []doc.Timex) {
	type score struct{ value, strict, typed counts }
	per := map[string]*score{}
	var order []string
	var all score
	for _, c := range loadInvented(t) {
		s := per[c.batch]
		if s == nil {
			s = &score{}
			per[c.batch] = s
			order = append(order, c.batch)
		}
		got := find(c)
		v := match(c.times, got, func(g, s doc.Timex) bool { return g.Overlaps(s.Span) && g.Value == s.Value })
		st := match(c.times, got, func(g, s doc.Timex) bool { return g.Span == s.Span })
		ty := match(c.times, got, func(g, s doc.Timex) bool { return g.Overlaps(s.Span) && g.Type == s.Type })
		for _, sc := range []*score{s, &all} {
			sc.value, sc.strict, sc.typed = add(sc.value, v), add(sc.strict, st), add(sc.typed, ty)
		}
		if v.tp != v.gold || v.tp != v.sys || st.tp != st.gold || st.tp != st.sys {
			t.Logf("%s %s | %s\n   gold:\n%s   got:\n%s", c.batch, c.anchor, c.text, format(c.times), format(got))
		}
	}
	report := func(name string, s *score) float64 {
		vp, vr, vf := s.value.f1()
		_, _, sf := s.strict.f1()
		_, _, tf := s.typed.f1()
		t.Logf("%-8s %3d gold %3d found: value P %.3f R %.3f F1 %.3f; strict span F1 %.3f; type F1 %.3f",
			name, s.value.gold, s.value.sys, vp, vr, vf, sf, tf)
		return vf
	}
	for _, b := range order {
		report(b, per[b])
	}
	if vf := report("all", &all); vf < 0.90 {
		t.Errorf("value F1 %.3f on the invented batches (floor 0.90)", vf)
	}
}
