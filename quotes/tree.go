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
		if sp, ok := st.phrase(s); ok {
			return sp, true, true
		}
	}
	switch t.relBase(i) {
	case "conj", "advcl", "xcomp":
		if h := t.Heads[i]; h >= 0 {
			if s := t.Child(h, "nsubj"); s >= 0 {
				if sp, ok := st.phrase(s); ok {
					return sp, false, true
				}
			}
		}
	}
	return doc.Span{}, false, false
}

// phrase returns the span of the subtree of tree token i as a speaker
// phrase: the stretch around i that crosses no quotation and no token of
// an earlier quote, without punctuation at its edges except the comma
// that closes an appositive ("Jana Novak, the party's leader,").
func (st *state) phrase(i int) (doc.Span, bool) {
	t := st.tree
	lo, hi := t.Extent(i)
	for k := i - 1; k >= lo; k-- {
		if st.quote[t.Base+k] >= 0 || st.used[t.Base+k] {
			lo = k + 1
			break
		}
	}
	for k := i + 1; k <= hi; k++ {
		if st.quote[t.Base+k] >= 0 || st.used[t.Base+k] {
			hi = k - 1
			break
		}
	}
	for lo < i && isPunct(st.low[t.Base+lo]) {
		lo++
	}
	for hi > i && isPunct(st.low[t.Base+hi]) && st.low[t.Base+hi] != ")" {
		if st.low[t.Base+hi] == "," && hi-1 > lo {
			inner := false
			for k := lo + 1; k < hi; k++ {
				inner = inner || st.low[t.Base+k] == ","
			}
			if inner {
				break
			}
		}
		hi--
	}
	if st.quote[t.Base+i] >= 0 || st.used[t.Base+i] || isPunct(st.low[t.Base+i]) {
		return doc.Span{}, false
	}
	return doc.Span{Start: t.Tokens[lo].Start, End: t.Tokens[hi].End}, true
}

// noContentAfter reports whether the cue verb at token k has no clause or
// object to its right that could be its content, besides the addressee of
// a verb like "tell" ("Obama told reporters.").
func (st *state) noContentAfter(k int, lemma string) bool {
	t := st.tree
	if t == nil {
		return false
	}
	i := k - t.Base
	objs := 0
	for _, c := range t.Kids[i] {
		if c < i {
			continue
		}
		switch t.relBase(c) {
		case "ccomp", "xcomp", "csubj":
			return false
		case "obj", "iobj":
			if !st.r.lx.addressee[lemma] {
				return false
			}
			if objs++; objs > 1 {
				return false
			}
		}
	}
	return true
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
