package coder

import (
	"strings"

	"github.com/petrel-events/petrel/doc"
)

// tree is a view of one parsed sentence: tokens indexed from 0, heads as
// 0-based indexes (-1 for the root) and the children of every token.
type tree struct {
	toks  []doc.Token
	base  int // index of toks[0] in Doc.Tokens
	heads []int
	kids  [][]int
}

func newTree(d *doc.Doc, s int) *tree {
	sent := d.Sentences[s]
	toks := d.Tokens[sent.TokenStart:sent.TokenEnd]
	t := &tree{toks: toks, base: sent.TokenStart, heads: make([]int, len(toks)), kids: make([][]int, len(toks))}
	for i, tok := range toks {
		h := tok.Head - 1
		if tok.Head <= 0 || h >= len(toks) || h == i {
			h = -1
		}
		t.heads[i] = h
		if h >= 0 {
			t.kids[h] = append(t.kids[h], i)
		}
	}
	return t
}

// rel returns the relation of token i, "nsubj:pass" etc.
func (t *tree) rel(i int) string { return t.toks[i].DepRel }

// relIs reports whether token i's relation is one of rels; a rel without
// subtype ("nsubj") also matches its subtypes ("nsubj:pass") unless an exact
// subtype is asked for.
func (t *tree) relIs(i int, rels ...string) bool {
	r := t.toks[i].DepRel
	base, _, _ := strings.Cut(r, ":")
	for _, want := range rels {
		if r == want || (!strings.Contains(want, ":") && base == want) {
			return true
		}
	}
	return false
}

// children returns the children of i with one of the relations.
func (t *tree) children(i int, rels ...string) []int {
	var out []int
	for _, k := range t.kids[i] {
		if t.relIs(k, rels...) {
			out = append(out, k)
		}
	}
	return out
}

// child returns the first child of i with one of the relations, or -1.
func (t *tree) child(i int, rels ...string) int {
	for _, k := range t.kids[i] {
		if t.relIs(k, rels...) {
			return k
		}
	}
	return -1
}

func (t *tree) lemma(i int) string {
	l := t.toks[i].Lemma
	if l == "" {
		l = t.toks[i].Text
	}
	return strings.ToLower(l)
}

// hasChildLemma reports whether i has a child with one of the relations
// whose lemma is in words.
func (t *tree) hasChildLemma(i int, words []string, rels ...string) int {
	for _, k := range t.children(i, rels...) {
		for _, w := range words {
			if t.lemma(k) == w || strings.ToLower(t.toks[k].Text) == w {
				return k
			}
		}
	}
	return -1
}

// prep returns the preposition (case child) of a nominal, lower-cased, or "".
// Multiword prepositions ("along with", "according to") are joined.
func (t *tree) prep(i int) string {
	var parts []string
	for _, k := range t.kids[i] {
		if t.relIs(k, "case") && k < i {
			parts = append(parts, strings.ToLower(t.toks[k].Text))
			for _, f := range t.children(k, "fixed") {
				parts = append(parts, strings.ToLower(t.toks[f].Text))
			}
		}
	}
	return strings.Join(parts, " ")
}

// isPassive reports whether verb i is in the passive voice: it has a
// passive auxiliary, or a passive subject and a "by" agent (a headline:
// "Ukraine attacked by Russia"). A passive subject with neither is a past
// tense the tagger took for a participle ("rebels surrendered"), which the
// coder treats as active.
func (t *tree) isPassive(i int) bool {
	if t.child(i, "aux:pass") >= 0 {
		return true
	}
	if t.child(i, "nsubj:pass", "csubj:pass") < 0 {
		return false
	}
	for _, k := range t.children(i, "obl:agent", "obl") {
		if t.prep(k) == "by" {
			return true
		}
	}
	// A reduced relative or participial clause ("troops deployed to X")
	// keeps its passive reading.
	return t.heads[i] >= 0 && t.relIs(i, "acl", "advcl") && !t.lostMainVerb(i)
}

// lostMainVerb reports whether participle i, attached as a modifier to the
// noun at the root of the sentence, is really the sentence's main verb in
// the past tense: "Israeli tanks fired shells at X" parsed as "tanks
// [fired shells at X]", or "Albanians demonstrated on Tuesday". The
// sentence then has no verb of its own, and the participle has no
// auxiliary and no "by" agent.
func (t *tree) lostMainVerb(i int) bool {
	h := t.heads[i]
	if h < 0 || t.heads[h] >= 0 || !t.relIs(i, "acl") || t.toks[i].XPOS != "VBN" {
		return false
	}
	if up := t.toks[h].UPOS; up != "NOUN" && up != "PROPN" {
		return false
	}
	if t.child(h, "cop", "aux") >= 0 || t.child(i, "aux", "aux:pass") >= 0 {
		return false
	}
	for _, k := range t.children(i, "obl:agent", "obl") {
		if t.prep(k) == "by" {
			return false // "soldiers killed by a bomb": a passive
		}
	}
	return true
}

// span returns the byte span of the subtree of i.
func (t *tree) span(i int) doc.Span {
	lo, hi := i, i
	var walk func(int)
	walk = func(n int) {
		if n < lo {
			lo = n
		}
		if n > hi {
			hi = n
		}
		for _, k := range t.kids[n] {
			walk(k)
		}
	}
	walk(i)
	return doc.Span{Start: t.toks[lo].Start, End: t.toks[hi].End}
}

// ancestors calls fn on each ancestor of i, nearest first, with the child
// through which it was reached; fn returns false to stop.
func (t *tree) ancestors(i int, fn func(a, via int) bool) {
	for via, a := i, t.heads[i]; a >= 0; via, a = a, t.heads[a] {
		if !fn(a, via) {
			return
		}
	}
}

// walk calls fn on i and its descendants, depth first; when fn returns
// false the node's children are skipped.
func (t *tree) walk(i int, fn func(k int) bool) {
	if !fn(i) {
		return
	}
	for _, k := range t.kids[i] {
		t.walk(k, fn)
	}
}
