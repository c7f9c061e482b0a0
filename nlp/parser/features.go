package parser

import (
	"github.com/petrel-events/petrel/nlp/perceptron"
)

// Sentinel values for absent positions and the root.
const (
	none     = 0x9e3779b1
	rootWord = 0x85ebca77
	rootTag  = 1<<16 + 7
	noTag    = 1<<16 + 9
	noLabel  = 1<<16 + 11
	// noCluster is the cluster of words outside the cluster map,
	// rootCluster that of the root.
	noCluster   = 1<<16 + 13
	rootCluster = 1<<16 + 15
)

// extract appends the features of configuration st. words are hashed
// word forms (unknown words mapped to one value), tags tag ids.
// view reads the words, tags and labels of a configuration for the feature
// templates, with placeholders for missing positions and the root (index
// st.n).
type view struct {
	st    *state
	words []uint64
	tags  []int
	x     *extra
}

// w is the hashed word at i.
func (v *view) w(i int) uint64 {
	switch {
	case i < 0:
		return none
	case i == v.st.n:
		return rootWord
	}
	return v.words[i]
}

// p is the tag at i.
func (v *view) p(i int) uint64 {
	switch {
	case i < 0:
		return noTag
	case i == v.st.n:
		return rootTag
	}
	return uint64(v.tags[i])
}

// u is the coarse (universal) tag at i.
func (v *view) u(i int) uint64 {
	switch {
	case i < 0:
		return noTag
	case i == v.st.n:
		return rootTag
	}
	return uint64(v.x.coarse[v.tags[i]])
}

// l is the label of the arc into i.
func (v *view) l(i int) uint64 {
	if i < 0 {
		return noLabel
	}
	return uint64(v.st.label[i])
}

// suf is the suffix feature of the word at i.
func (v *view) suf(i int) uint64 {
	if i < 0 || i == v.st.n {
		return none
	}
	return v.x.suffix[i]
}

// cc and cf are the coarse and fine clusters of the word at i.
func (v *view) cc(i int) uint64 {
	switch {
	case i < 0:
		return none
	case i == v.st.n:
		return rootCluster
	}
	return v.x.cc[i]
}

func (v *view) cf(i int) uint64 {
	switch {
	case i < 0:
		return none
	case i == v.st.n:
		return rootCluster
	}
	return v.x.cf[i]
}

func extract(f []uint64, st *state, words []uint64, tags []int, x *extra) []uint64 {
	v := view{st: st, words: words, tags: tags, x: x}
	child := func(x int, c []int) int {
		if x < 0 {
			return -1
		}
		return c[x]
	}
	s0, s1, s2 := st.top(0), st.top(1), st.top(2)
	b0, b1, b2 := st.buf(0), st.buf(1), st.buf(2)

	s0w, s0p := v.w(s0), v.p(s0)
	s1w, s1p := v.w(s1), v.p(s1)
	s2p := v.p(s2)
	b0w, b0p := v.w(b0), v.p(b0)
	b1w, b1p := v.w(b1), v.p(b1)
	b2w, b2p := v.w(b2), v.p(b2)

	s0l, s0l2, s0r, s0r2 := child(s0, st.lc1), child(s0, st.lc2), child(s0, st.rc1), child(s0, st.rc2)
	s1l, s1r, s1r2 := child(s1, st.lc1), child(s1, st.rc1), child(s1, st.rc2)
	b0l, b0l2 := child(b0, st.lc1), child(b0, st.lc2)

	var d, d1 uint64 = 0, 0
	if s0 >= 0 {
		d = uint64(min(b0-s0, 6))
		if s1 >= 0 {
			d1 = uint64(min(s0-s1, 6))
		}
	}
	var s0vl, s0vr, s0sl, s0sr, b0vl, b0sl, s1vr uint64
	if s0 >= 0 {
		s0vl, s0vr, s0sl, s0sr = uint64(st.nl[s0]), uint64(st.nr[s0]), st.lset[s0], st.rset[s0]
	}
	if b0 >= 0 {
		b0vl, b0sl = uint64(st.nl[b0]), st.lset[b0]
	}
	if s1 >= 0 {
		s1vr = uint64(st.nr[s1])
	}
	s0wp := perceptron.Hash(0, s0w, s0p, 0)
	b0wp := perceptron.Hash(0, b0w, b0p, 0)
	b1wp := perceptron.Hash(0, b1w, b1p, 0)
	s1wp := perceptron.Hash(0, s1w, s1p, 0)

	var punct uint64
	if s0 >= 0 {
		punct = uint64(min(x.punct[b0]-x.punct[s0+1], 3))
	}
	s0u, s1u, b0u, b1u := v.u(s0), v.u(s1), v.u(b0), v.u(b1)
	h := perceptron.Hash
	f = append(f,
		// coarse tags, punctuation in between, suffixes
		h(110, s0u, b0u, 0), h(111, s1u, s0u, 0), h(112, s0u, b0u, b1u), h(113, s1u, s0u, b0u),
		h(114, b0u, b1u, v.u(b2)), h(115, punct, s0p, b0p), h(116, punct, d, 0), h(117, punct, s1u, s0u),
		h(118, v.suf(s0), 0, 0), h(119, v.suf(b0), 0, 0), h(120, v.suf(s0), b0u, 0), h(121, s0u, v.suf(b0), 0),
	)
	f = append(f,
		// single positions
		h(1, s0wp, 0, 0), h(2, s0w, 0, 0), h(3, s0p, 0, 0),
		h(4, b0wp, 0, 0), h(5, b0w, 0, 0), h(6, b0p, 0, 0),
		h(7, b1wp, 0, 0), h(8, b1w, 0, 0), h(9, b1p, 0, 0),
		h(10, b2w, 0, 0), h(11, b2p, 0, 0),
		h(12, s1wp, 0, 0), h(13, s1w, 0, 0), h(14, s1p, 0, 0),
		// pairs
		h(20, s0wp, b0wp, 0), h(21, s0wp, b0w, 0), h(22, s0w, b0wp, 0),
		h(23, s0wp, b0p, 0), h(24, s0p, b0wp, 0), h(25, s0w, b0w, 0),
		h(26, s0p, b0p, 0), h(27, b0p, b1p, 0),
		h(28, s1p, s0p, 0), h(29, s1w, s0w, 0), h(30, s1wp, s0p, 0), h(31, s1p, s0wp, 0),
		h(32, s1p, b0p, 0), h(33, s1w, b0w, 0),
		// triples
		h(40, b0p, b1p, b2p), h(41, s0p, b0p, b1p), h(42, s1p, s0p, b0p),
		h(43, s0p, v.p(s0l), b0p), h(44, s0p, v.p(s0r), b0p), h(45, s0p, b0p, v.p(b0l)),
		h(46, s1p, v.p(s1r), s0p), h(47, s2p, s1p, s0p), h(48, s1p, s0p, v.p(s0l)),
		h(49, s1p, s0p, v.p(s0r)),
		// distance
		h(50, s0w, d, 0), h(51, s0p, d, 0), h(52, b0w, d, 0), h(53, b0p, d, 0),
		h(54, s0w, b0w, d), h(55, s0p, b0p, d), h(56, s1p, s0p, d1), h(57, s1w, s0w, d1),
		// valency
		h(60, s0w, s0vr, 0), h(61, s0p, s0vr, 0), h(62, s0w, s0vl, 0), h(63, s0p, s0vl, 0),
		h(64, b0w, b0vl, 0), h(65, b0p, b0vl, 0), h(66, s1p, s1vr, 0),
		// children
		h(70, v.w(s0l), 0, 0), h(71, v.p(s0l), 0, 0), h(72, v.l(s0l), 0, 0),
		h(73, v.w(s0r), 0, 0), h(74, v.p(s0r), 0, 0), h(75, v.l(s0r), 0, 0),
		h(76, v.w(b0l), 0, 0), h(77, v.p(b0l), 0, 0), h(78, v.l(b0l), 0, 0),
		h(79, v.p(s0l2), 0, 0), h(80, v.l(s0l2), 0, 0), h(81, v.p(s0r2), 0, 0), h(82, v.l(s0r2), 0, 0),
		h(83, v.p(b0l2), 0, 0), h(84, v.l(b0l2), 0, 0),
		h(85, v.p(s1l), v.l(s1l), 0), h(86, v.p(s1r), v.l(s1r), 0), h(87, v.w(s1r), 0, 0),
		h(88, s0p, v.p(s0l), v.p(s0l2)), h(89, s0p, v.p(s0r), v.p(s0r2)), h(90, b0p, v.p(b0l), v.p(b0l2)),
		h(91, s1p, v.p(s1r), v.p(s1r2)),
		h(92, s0p, v.l(s0l), v.l(s0r)), h(93, b0p, v.l(b0l), s0p), h(94, s0w, v.l(s0l), 0), h(95, b0w, v.l(b0l), 0),
		// label sets
		h(100, s0w, s0sr, 0), h(101, s0p, s0sr, 0), h(102, s0w, s0sl, 0), h(103, s0p, s0sl, 0),
		h(104, b0w, b0sl, 0), h(105, b0p, b0sl, 0),
	)
	if len(x.comma) > 0 && s0 >= 0 {
		// commas between s0 and b0, whether s0 and b0 are in the same
		// brackets and on the same side of a quotation mark
		commas := uint64(min(x.comma[b0]-x.comma[s0+1], 2))
		same := uint64(0)
		if x.group[s0] == x.group[b0] {
			same = 1
		}
		if x.quote[s0] == x.quote[b0] {
			same |= 2
		}
		f = append(f,
			h(140, commas, s0p, b0p), h(141, commas, d, s0u), h(142, same, s0u, b0u),
			h(143, same, s0p, b0p), h(144, commas, s1u, s0u),
		)
	}
	if len(x.cc) > 0 {
		s0c, b0c, b1c, s1c := v.cc(s0), v.cc(b0), v.cc(b1), v.cc(s1)
		s0f, b0f, b1f, s1f := v.cf(s0), v.cf(b0), v.cf(b1), v.cf(s1)
		f = append(f,
			// word clusters (see cluster.go)
			h(130, s0f, s0p, 0), h(131, b0f, b0p, 0), h(132, b1f, 0, 0), h(133, s1f, 0, 0),
			h(134, s0c, b0c, 0), h(135, s0f, b0p, 0), h(136, s0p, b0f, 0),
			h(137, s0c, b0c, b1c), h(138, s1c, s0c, b0c), h(139, s0f, b0f, 0),
		)
	}
	return f
}

// labelFeatures appends the features for labelling the arc h → d, made
// while d (complete: all its dependents attached) is popped from the
// stack. ctx is the word beside the arc: s1 for a left arc, b0 for a
// right arc.
func labelFeatures(f []uint64, st *state, words []uint64, tags []int, x *extra, h, d, ctx int, left bool) []uint64 {
	n := st.n
	v := view{st: st, words: words, tags: tags, x: x}
	dir := uint64(1)
	if left {
		dir = 2
	}
	dist := uint64(min(max(h-d, d-h), 6))
	if h == n {
		dist = 7
	}
	hw, hp, dw, dp := v.w(h), v.p(h), v.w(d), v.p(d)
	dl, dl2, dr := st.lc1[d], st.lc2[d], st.rc1[d]
	hl, hr := st.lc1[h], st.rc1[h]
	dsuf := uint64(none)
	if d < n {
		dsuf = x.suffix[d]
	}
	// The first left dependent's word often names the relation: "by"
	// (obl:agent), "to" (xcomp), "that" (ccomp), possessive "'s".
	h2 := perceptron.Hash
	f = append(f,
		h2(201, dir, 0, 0),
		h2(202, hw, dir, 0), h2(203, hp, dir, 0), h2(204, dw, dir, 0), h2(205, dp, dir, 0),
		h2(206, hp, dp, dir), h2(207, hw, dp, dir), h2(208, hp, dw, dir), h2(209, hw, dw, dir),
		h2(210, hp, dp, dist), h2(211, v.u(h), v.u(d), dir),
		h2(212, dp, v.l(dl), v.w(dl)), h2(213, dp, v.w(dl), dir), h2(214, dp, v.l(dr), 0), h2(215, dp, v.l(dl2), v.l(dl)),
		h2(216, dp, st.lset[d], dir), h2(217, dp, st.rset[d], dir), h2(218, hp, st.lset[h], dir),
		h2(219, dp, v.p(dl), v.p(dr)), h2(220, dw, v.l(dl), 0), h2(221, dsuf, dp, dir),
		h2(222, hp, dp, v.p(ctx)), h2(223, dp, v.u(ctx), dir), h2(224, hp, v.l(hl), v.l(hr)),
		h2(225, uint64(st.nl[d]), uint64(st.nr[d]), dp), h2(226, hw, v.w(dl), dp), h2(227, hp, v.w(dl), dir),
		h2(228, v.u(h), dp, v.u(d+1)), h2(229, v.u(d-1), dp, dir),
	)
	return f
}
