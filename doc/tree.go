package doc

// Tree is a dependency-tree view of one parsed sentence, as spaCy's
// Token.head and Token.children give: token i of the sentence is Tokens[i],
// its head is Heads[i] (0-based within the sentence, -1 for the root) and
// its children are Kids[i], in sentence order.
type Tree struct {
	Tokens []Token
	Base   int // index of Tokens[0] in Doc.Tokens
	Heads  []int
	Kids   [][]int
}

// Tree returns the dependency tree of sentence s. Unparsed tokens (Head -1
// or 0) are roots.
func (d *Doc) Tree(s int) *Tree {
	sent := d.Sentences[s]
	toks := d.Tokens[sent.TokenStart:sent.TokenEnd]
	// One array holds the heads and then the children lists: count each
	// head's children, cut every list from the second half (capacity
	// capped, so an append by a caller copies instead of writing over the
	// next list), then fill them.
	n := len(toks)
	ints := make([]int, 2*n)
	t := &Tree{Tokens: toks, Base: sent.TokenStart, Heads: ints[:n:n], Kids: make([][]int, n)}
	all := ints[n:]
	for i, tok := range toks {
		h := tok.Head - 1
		if tok.Head <= 0 || h >= n || h == i {
			h = -1
		}
		t.Heads[i] = h
		if h >= 0 {
			all[h]++
		}
	}
	off := 0
	for h, c := range all {
		if c > 0 {
			t.Kids[h] = all[off : off : off+c]
			off += c
		}
	}
	for i, h := range t.Heads {
		if h >= 0 {
			t.Kids[h] = append(t.Kids[h], i)
		}
	}
	return t
}

// RelIs reports whether token i's relation is one of rels. A relation
// without subtype ("nsubj") also matches its subtypes ("nsubj:pass"); a
// subtype matches only itself.
func (t *Tree) RelIs(i int, rels ...string) bool {
	r := t.Tokens[i].DepRel
	c := 0
	for c < len(r) && r[c] != ':' {
		c++
	}
	if c == len(r) {
		// No subtype: r is its own base.
		for _, want := range rels {
			if r == want {
				return true
			}
		}
		return false
	}
	// base holds no colon, so base == want implies that want has no
	// subtype: the rule above without looking for one in want.
	base := r[:c]
	for _, want := range rels {
		if r == want || base == want {
			return true
		}
	}
	return false
}

// Children returns the children of i with one of the relations.
func (t *Tree) Children(i int, rels ...string) []int {
	var out []int
	for _, k := range t.Kids[i] {
		if t.RelIs(k, rels...) {
			out = append(out, k)
		}
	}
	return out
}

// Child returns the first child of i with one of the relations, or -1.
func (t *Tree) Child(i int, rels ...string) int {
	for _, k := range t.Kids[i] {
		if t.RelIs(k, rels...) {
			return k
		}
	}
	return -1
}

// Extent returns the first and last token index of the subtree of i.
func (t *Tree) Extent(i int) (lo, hi int) {
	lo, hi = i, i
	t.Walk(i, func(k int) bool {
		lo, hi = min(lo, k), max(hi, k)
		return true
	})
	return lo, hi
}

// Span returns the byte span of the subtree of i.
func (t *Tree) Span(i int) Span {
	lo, hi := t.Extent(i)
	return Span{Start: t.Tokens[lo].Start, End: t.Tokens[hi].End}
}

// Ancestors calls fn on each ancestor of i, nearest first, with the child
// through which it was reached; fn returns false to stop.
func (t *Tree) Ancestors(i int, fn func(a, via int) bool) {
	for via, a := i, t.Heads[i]; a >= 0; via, a = a, t.Heads[a] {
		if !fn(a, via) {
			return
		}
	}
}

// Walk calls fn on i and its descendants, depth first; when fn returns
// false the node's children are skipped.
func (t *Tree) Walk(i int, fn func(k int) bool) {
	if !fn(i) {
		return
	}
	for _, k := range t.Kids[i] {
		t.Walk(k, fn)
	}
}
