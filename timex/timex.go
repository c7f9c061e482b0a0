// Package timex recognises and normalises time expressions in news text,
// in the manner of TIMEX3: dates ("September 5", "last Tuesday", "in
// 2019"), times ("Friday morning", "10:30 a.m."), durations ("two weeks")
// and sets ("every week", "daily").
//
// Recognition is a hand-written scanner: one pass splits the raw text into
// words, numbers and punctuation and looks every short word up in an
// embedded lexicon (data/lexicon.txt); a small grammar then starts only at
// trigger words and numbers. Relative expressions are resolved against the
// document's publication time, never against the wall clock. The value
// conventions and anchoring rules are documented in docs/timex.md.
package timex

import (
	"context"
	"fmt"
	"strings"
	"time"

	"github.com/petrel-events/petrel/doc"
)

// Recognizer finds time expressions. It is safe for concurrent use: its
// tables are read-only after New and every call keeps its scratch space.
type Recognizer struct {
	lex      map[string]*entry
	index    map[string]int16 // word -> index in heads
	heads    []*entry         // heads[0] is nil
	filter   *[filterSize]bool
	sets     map[string]map[string]bool
	holidays []holiday
	holFirst map[string][]int    // first word -> indices in holidays
	cues     map[string]uint16   // word -> tense cue flags (cueFuture ...)
	pairs    map[string][]string // second word of a [future-pair] -> first words
}

// New loads the embedded word lists.
func New() (*Recognizer, error) {
	lex, err := loadLexicon()
	if err != nil {
		return nil, err
	}
	sets, err := loadCues()
	if err != nil {
		return nil, err
	}
	hs, err := loadHolidays()
	if err != nil {
		return nil, err
	}
	r := &Recognizer{lex: lex, sets: sets, holidays: hs, holFirst: make(map[string][]int)}
	for n, h := range hs {
		w := h.words[0]
		r.holFirst[w] = append(r.holFirst[w], n)
		hasWord := false
		for e := r.lex[w]; e != nil; e = e.alt {
			hasWord = hasWord || e.cls == cWord
		}
		if !hasWord {
			r.lex[w] = &entry{cls: cWord, word: w, alt: r.lex[w]}
		}
	}
	r.cues = make(map[string]uint16)
	for set, f := range map[string]uint16{"future": cueFuture, "future-verb": cueVerb, "future-modal": cueModal, "past": cuePast, "future-after": cueAfter, "future-copula": cueCopula, "passive-aux": cuePassive, "future-to": cueFutureTo,
		"subordinator": cueSub, "past-irregular": cueIrregular, "promise": cuePromise} {
		for w := range sets[set] {
			r.cues[w] |= f
		}
	}
	r.cues["to"] |= cueTo
	r.cues["open"] |= cueOpen
	r.cues["close"] |= cueOpen
	r.pairs = make(map[string][]string)
	for pair := range sets["future-pair"] {
		if first, second, ok := strings.Cut(pair, "+"); ok {
			r.cues[second] |= cuePair
			r.pairs[second] = append(r.pairs[second], first)
		}
	}
	r.heads = []*entry{nil}
	r.index = make(map[string]int16, len(r.lex))
	r.filter = new([filterSize]bool)
	for w, e := range r.lex {
		r.index[w] = int16(len(r.heads))
		r.heads = append(r.heads, e)
		r.filter[filterIndex(w[0], w[len(w)-1], len(w))] = true
	}
	return r, nil
}

// Name returns the pipeline component name, "times".
func (r *Recognizer) Name() string { return "times" }

// Process appends the time expressions of d.Text to d.Times, anchored on
// d.Published. When d.Tokens carry the tagger's tags (the pipeline runs
// times after parse), present-tense verbs before a date are schedule cues
// ("the ferry docks on Saturday"). When the publication time is unknown, relative expressions
// keep an underspecified value ("XXXX-09-05", "XXXX-WXX-5").
func (r *Recognizer) Process(ctx context.Context, d *doc.Doc) error {
	if err := ctx.Err(); err != nil {
		return fmt.Errorf("timex: %w", err)
	}
	s := r.newScan(d.Text, newAnchor(d.Published.Time, d.Published.DateOnly))
	s.markPresent(d.Tokens)
	d.Times = append(d.Times, s.run()...)
	return nil
}

// Find returns the time expressions of text, relative expressions anchored
// on the day of anchor (the zero Time means unknown). A time of day in
// anchor other than midnight is used for "two hours ago".
func (r *Recognizer) Find(text string, anchor time.Time) []doc.Timex {
	h, m, sec := anchor.Clock()
	dateOnly := h == 0 && m == 0 && sec == 0 && anchor.Nanosecond() == 0
	sc := r.newScan(text, newAnchor(anchor, dateOnly))
	sc.untagged = true
	return sc.run()
}
