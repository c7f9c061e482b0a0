package quotes

import (
	"strings"

	"github.com/petrel-events/petrel/doc"
)

// tree is a view of one parsed sentence: heads as 0-based indexes (-1 for
// the root) and the children of every token.
type tree struct {
	toks  []doc.Token
	base  int // index of toks[0] in Doc.Tokens
	heads []int
	kids  [][]int
}

// newTree returns the parse of sentence s, or nil when it is unparsed.
func newTree(d *doc.Doc, s int) *tree {
	sent := d.Sentences[s]
	toks := d.Tokens[sent.TokenStart:sent.TokenEnd]
	if len(toks) == 0 || toks[0].Head < 0 {
		return nil
	}
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

// relBase returns the relation of token i without its subtype.
func (t *tree) relBase(i int) string {
	r, _, _ := strings.Cut(t.toks[i].DepRel, ":")
	return r
}

// child returns the first child of i whose relation (without subtype) is
// rel, or -1.
func (t *tree) child(i int, rel string) int {
	for _, k := range t.kids[i] {
		if t.relBase(k) == rel {
			return k
		}
	}
	return -1
}

// extent returns the first and last token index of the subtree of i.
func (t *tree) extent(i int) (lo, hi int) {
	lo, hi = i, i
	var walk func(int)
	walk = func(n int) {
		lo, hi = min(lo, n), max(hi, n)
		for _, k := range t.kids[n] {
			walk(k)
		}
	}
	walk(i)
	return lo, hi
}

// span returns the byte span of the subtree of i.
func (t *tree) span(i int) doc.Span {
	lo, hi := t.extent(i)
	return doc.Span{Start: t.toks[lo].Start, End: t.toks[hi].End}
}

// treeSpeaker returns the subject phrase of the cue verb at token k from
// the parse. adjacent is false when the subject is borrowed from the verb
// the cue depends on ("…, saying …", "arrived and said").
func (st *state) treeSpeaker(k int) (sp doc.Span, adjacent, ok bool) {
	t := st.tree
	if t == nil {
		return doc.Span{}, false, false
	}
	i := k - t.base
	if s := t.child(i, "nsubj"); s >= 0 && !strings.HasSuffix(t.toks[s].DepRel, ":pass") {
		return t.span(s), true, true
	}
	switch t.relBase(i) {
	case "conj", "advcl", "xcomp":
		if h := t.heads[i]; h >= 0 {
			if s := t.child(h, "nsubj"); s >= 0 {
				return t.span(s), false, true
			}
		}
	}
	return doc.Span{}, false, false
}

// treeContent returns the clausal complement of the cue verb at token k
// when it follows the cue: "said (that) …".
func (st *state) treeContent(k int) (doc.Span, bool) {
	t := st.tree
	if t == nil {
		return doc.Span{}, false
	}
	i := k - t.base
	c := t.child(i, "ccomp")
	if c < 0 {
		return doc.Span{}, false
	}
	lo, hi := t.extent(c)
	if lo <= i {
		return doc.Span{}, false
	}
	for hi > lo && (t.toks[hi].Text == "," || t.toks[hi].Text == ".") && st.quote[t.base+hi] < 0 {
		hi--
	}
	return doc.Span{Start: t.toks[lo].Start, End: t.toks[hi].End}, true
}
