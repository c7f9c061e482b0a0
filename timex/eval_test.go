package timex

import (
	"bufio"
	"context"
	"encoding/json"
	"os"
	"strings"
	"testing"
	"time"

	"github.com/petrel-events/petrel/doc"
)

// devCase is one sentence of testdata/dev.jsonl: a text, the publication
// day it is anchored on ("" = unknown) and its expected expressions. The
// span of an expected expression is the first occurrence of its text after
// the previous one.
type devCase struct {
	Anchor string      `json:"anchor"`
	Text   string      `json:"text"`
	Times  []doc.Timex `json:"times"`
}

func loadDev(t *testing.T) []devCase {
	t.Helper()
	f, err := os.Open("testdata/dev.jsonl")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	var cases []devCase
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		var c devCase
		if err := json.Unmarshal(sc.Bytes(), &c); err != nil {
			t.Fatalf("dev.jsonl line %d: %v", len(cases)+1, err)
		}
		pos := 0
		for i := range c.Times {
			k := strings.Index(c.Text[pos:], c.Times[i].Text)
			if k < 0 {
				t.Fatalf("dev.jsonl line %d: %q not in text", len(cases)+1, c.Times[i].Text)
			}
			c.Times[i].Start, c.Times[i].End = pos+k, pos+k+len(c.Times[i].Text)
			pos = c.Times[i].End
		}
		cases = append(cases, c)
	}
	if err := sc.Err(); err != nil {
		t.Fatal(err)
	}
	return cases
}

// counts accumulates matches for an F1 score.
type counts struct{ tp, gold, sys int }

func (c counts) f1() (p, r, f float64) {
	if c.sys > 0 {
		p = float64(c.tp) / float64(c.sys)
	}
	if c.gold > 0 {
		r = float64(c.tp) / float64(c.gold)
	}
	if p+r > 0 {
		f = 2 * p * r / (p + r)
	}
	return
}

// match counts one-to-one matches between gold and system expressions
// under the predicate same.
func match(gold, sys []doc.Timex, same func(g, s doc.Timex) bool) counts {
	used := make([]bool, len(sys))
	c := counts{gold: len(gold), sys: len(sys)}
	for _, g := range gold {
		for j, s := range sys {
			if !used[j] && same(g, s) {
				used[j] = true
				c.tp++
				break
			}
		}
	}
	return c
}

func add(a, b counts) counts { return counts{a.tp + b.tp, a.gold + b.gold, a.sys + b.sys} }

// TestDevSet scores the recogniser on testdata/dev.jsonl: value F1 (a
// match overlaps a gold expression and has its value), strict span F1
// (same start and end) and relaxed span F1 (overlap). Run with -v to see
// the scores and every miss.
func TestDevSet(t *testing.T) {
	r := mustNew(t)
	scoreDev(t, r.Find)
}

// TestDevSetTagged scores the dev set as the pipeline runs it, on Docs
// tagged by petrel's model (see TestInventedTagged).
func TestDevSetTagged(t *testing.T) {
	if testing.Short() {
		t.Skip("skipping: loads the tagger")
	}
	r, tag := mustNew(t), newTagger(t)
	scoreDev(t, func(text string, anchor time.Time) []doc.Timex {
		d := tag(text, anchor)
		if err := r.Process(context.Background(), d); err != nil {
			t.Fatal(err)
		}
		return d.Times
	})
}

// scoreDev scores find on testdata/dev.jsonl.
func scoreDev(t *testing.T, find func(string, time.Time) []doc.Timex) {
	var value, strict, relaxed, typed counts
	for _, c := range loadDev(t) {
		got := find(c.Text, day(c.Anchor))
		v := match(c.Times, got, func(g, s doc.Timex) bool { return g.Overlaps(s.Span) && g.Value == s.Value })
		value = add(value, v)
		strict = add(strict, match(c.Times, got, func(g, s doc.Timex) bool { return g.Span == s.Span }))
		relaxed = add(relaxed, match(c.Times, got, func(g, s doc.Timex) bool { return g.Overlaps(s.Span) }))
		typed = add(typed, match(c.Times, got, func(g, s doc.Timex) bool { return g.Overlaps(s.Span) && g.Type == s.Type }))
		if v.tp != v.gold || v.tp != v.sys {
			t.Logf("%s | %s\n   gold:\n%s   got:\n%s", c.Anchor, c.Text, format(c.Times), format(got))
		}
	}
	vp, vr, vf := value.f1()
	_, _, sf := strict.f1()
	_, _, rf := relaxed.f1()
	_, _, tf := typed.f1()
	t.Logf("dev set: %d gold, %d found; value P %.3f R %.3f F1 %.3f; strict span F1 %.3f; relaxed span F1 %.3f; type F1 %.3f",
		value.gold, value.sys, vp, vr, vf, sf, rf, tf)
	const minValueF1, minStrictF1 = 0.90, 0.92
	if vf < minValueF1 || sf < minStrictF1 {
		t.Errorf("value F1 %.3f (floor %.2f), strict span F1 %.3f (floor %.2f)", vf, minValueF1, sf, minStrictF1)
	}
}
