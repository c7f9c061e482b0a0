package quotes

import (
	"strings"

	"github.com/petrel-events/petrel/doc"
)

// tree is the dependency tree of one sentence.
type tree struct{ *doc.Tree }

// newTree returns the parse of sentence s, or nil when it is unparsed.
func newTree(d *doc.Doc, s int) *tree {
	sent := d.Sentences[s]
	if sent.TokenEnd <= sent.TokenStart || d.Tokens[sent.TokenStart].Head < 0 {
		return nil
	}
	return &tree{d.Tree(s)}
}

// relBase returns the relation of token i without its subtype.
func (t *tree) relBase(i int) string {
	r, _, _ := strings.Cut(t.Tokens[i].DepRel, ":")
	return r
}

// treeSpeaker returns the subject phrase of the cue verb at token k from
// the parse. adjacent is false when the subject is borrowed from the verb
// the cue depends on ("…, saying …", "arrived and said").
func (st *state) treeSpeaker(k int) (sp doc.Span, adjacent, ok bool) {
	t := st.tree
	if t == nil {
		return doc.Span{}, false, false
	}
	i := k - t.Base
	if s := t.Child(i, "nsubj"); s >= 0 && !strings.HasSuffix(t.Tokens[s].DepRel, ":pass") {
		return t.Span(s), true, true
	}
	switch t.relBase(i) {
	case "conj", "advcl", "xcomp":
		if h := t.Heads[i]; h >= 0 {
			if s := t.Child(h, "nsubj"); s >= 0 {
				return t.Span(s), false, true
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
	i := k - t.Base
	c := t.Child(i, "ccomp")
	if c < 0 {
		return doc.Span{}, false
	}
	lo, hi := t.Extent(c)
	if lo <= i {
		return doc.Span{}, false
	}
	for hi > lo && (t.Tokens[hi].Text == "," || t.Tokens[hi].Text == ".") && st.quote[t.Base+hi] < 0 {
		hi--
	}
	return doc.Span{Start: t.Tokens[lo].Start, End: t.Tokens[hi].End}, true
}
