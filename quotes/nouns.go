package quotes

import (
	"strings"

	"github.com/petrel-events/petrel/doc"
)

// nounCuePreps open the prepositional content of a noun cue, which joins
// the cue: "criticism of X", "support for X", "attacks on X".
var nounCuePreps = set("of", "for", "on", "about", "to", "against", "over")

// nounSourcePreps open the source of a noun cue: "criticism from X".
var nounSourcePreps = set("from", "by")

// nounCue builds the quote of the noun cue at token k of a parsed
// sentence (a is the sentence start): the source is the noun's possessor
// ("Pence's call") or its "from"/"by" modifier, the content its "that"
// or "to" clause ("his decision to run", "the claim that …") or its
// prepositional object, whose preposition joins the cue ("criticism of
// X"). It reports whether it emitted.
func (st *state) nounCue(a, k int) bool {
	t := st.tree
	i := k - t.Base
	cs, ce := i, i+1
	var spk *doc.Span
	content := -1
	for _, c := range t.Kids[i] {
		switch {
		case t.RelIs(c, "nmod:poss") && c < i && spk == nil:
			if sp, ok := st.phraseTo(c, i-1); ok {
				spk = &sp
			}
		case t.RelIs(c, "nmod") && c > i:
			p := t.Child(c, "case")
			if p < 0 {
				continue
			}
			w := st.low[t.Base+p]
			switch {
			case nounSourcePreps[w] && spk == nil:
				if sp, ok := st.phraseTo(c, len(t.Tokens)-1); ok {
					spk = &sp
				}
			case nounCuePreps[w] && p == i+1 && content < 0:
				content, ce = c, p+1
			}
		case t.RelIs(c, "acl", "ccomp") && c > i && content < 0:
			if m := t.Child(c, "mark"); m >= 0 && (st.low[t.Base+m] == "that" || st.low[t.Base+m] == "to") {
				content = c
			}
		}
	}
	if content < 0 {
		return st.copularNounCue(a, i, spk)
	}
	if spk == nil && ce == i+1 && i > 0 && !nounMarkers[st.low[k-1]] {
		// A verb the tagger took for a noun, its subject for a modifier:
		// "The Tax Foundation estimates that …", "some note that …".
		if lo, _ := t.Extent(i); lo < i {
			for lo < i && isPunct(st.low[t.Base+lo]) {
				lo++
			}
			if lo < i && !st.used[t.Base+lo] && st.quote[t.Base+lo] < 0 {
				sp := st.tokSpan(t.Base+lo, k)
				spk = &sp
			}
		}
	}
	// Adjectives before the noun join it: "withering criticism".
	for cs > 0 && t.Heads[cs-1] == i && t.RelIs(cs-1, "amod") && st.quote[t.Base+cs-1] < 0 && !st.used[t.Base+cs-1] {
		cs--
	}
	if h := t.Heads[i]; h >= 0 && h < cs && t.RelIs(i, "obj") && t.Tokens[h].UPOS == "VERB" && !st.used[t.Base+h] {
		// The object of a verb: the verb joins the cue and its subject is
		// the source ("left little doubt that", "expressed support for").
		between := true
		for j := h + 1; j < cs; j++ {
			between = between && t.Heads[j] == i && st.quote[t.Base+j] < 0
		}
		if between {
			cs = h
			for cs > 0 && t.Heads[cs-1] == h && t.RelIs(cs-1, "aux", "advmod") && st.quote[t.Base+cs-1] < 0 && !st.used[t.Base+cs-1] {
				cs--
			}
			if sp, ok := st.subject(h); ok && spk == nil {
				spk = &sp
			}
		}
	}
	lo, hi, ok := st.clauseSpan(content, cs, ce)
	if !ok {
		return false
	}
	sp := doc.Span{Start: t.Tokens[lo].Start, End: t.Tokens[hi].End}
	if spk != nil && sp.Overlaps(*spk) {
		spk = nil
	}
	if spk != nil && strings.TrimSpace(st.d.Text[spk.Start:spk.End]) == "" {
		spk = nil
	}
	cue := st.tokSpan(t.Base+cs, t.Base+ce)
	st.emit(cue, spk, sp, st.quoteKind(sp, KindIndirect), a)
	return true
}

// copularNounCue builds the quote of a noun cue at tree token i that is
// the subject of a copula before a "that", "to" or "whether" clause
// ("The idea is that …", "his response was that …", "the strategy is to
// …"; the parser makes the noun nsubj:outer of the clause): the cue runs
// from the noun's determiners, numbers, adjectives and compounds to the
// copula ("One view is", "campaign slogan is", "The hope has been"),
// the content is the clause, the source the noun's possessor (spk). It
// reports whether it emitted.
func (st *state) copularNounCue(a, i int, spk *doc.Span) bool {
	t := st.tree
	h := t.Heads[i]
	if h <= i || !t.RelIs(i, "nsubj") {
		return false
	}
	cop := t.Child(h, "cop")
	m := t.Child(h, "mark")
	if cop <= i || m != cop+1 || !(st.low[t.Base+m] == "that" || st.low[t.Base+m] == "to" || st.low[t.Base+m] == "whether") {
		return false
	}
	for j := i + 1; j < cop; j++ {
		if t.Heads[j] != h || !t.RelIs(j, "aux") {
			return false // "The idea | of a wall | is …"
		}
	}
	cs := i
	for cs > 0 && t.Heads[cs-1] == i && t.RelIs(cs-1, "det", "amod", "compound", "nummod") && st.quote[t.Base+cs-1] < 0 && !st.used[t.Base+cs-1] {
		cs--
	}
	_, hi := t.Extent(h)
	for hi > m && st.quote[t.Base+hi] < 0 && isPunct(st.low[t.Base+hi]) {
		hi--
	}
	for k := m; k <= hi; k++ {
		if st.used[t.Base+k] {
			return false
		}
	}
	lo := m // the content keeps its "that" or "to" (PolNeAR's convention)
	if hi-lo < 1 {
		return false
	}
	sp := doc.Span{Start: t.Tokens[lo].Start, End: t.Tokens[hi].End}
	st.emit(st.tokSpan(t.Base+cs, t.Base+cop+1), spk, sp, st.quoteKind(sp, KindIndirect), a)
	return true
}
