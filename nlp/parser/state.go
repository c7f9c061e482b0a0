package parser

// state is an arc-hybrid configuration: a stack, a buffer that is always
// the suffix b..n of the sentence followed by the artificial root n, and
// the arcs built so far with the child statistics the features need.
type state struct {
	n     int
	stack []int
	b     int // front of the buffer; n is the root
	heads []int
	label []int
	// per token (root included): first and second leftmost and rightmost
	// children, numbers of left and right children, sets of their labels.
	lc1, lc2, rc1, rc2 []int
	nl, nr             []int
	lset, rset         []uint64
}

func (s *state) reset(n int) {
	s.n = n
	s.stack = s.stack[:0]
	s.b = 0
	m := n + 1
	s.heads = fill(s.heads, m, -1)
	s.label = fill(s.label, m, -1)
	s.lc1 = fill(s.lc1, m, -1)
	s.lc2 = fill(s.lc2, m, -1)
	s.rc1 = fill(s.rc1, m, -1)
	s.rc2 = fill(s.rc2, m, -1)
	s.nl = fill(s.nl, m, 0)
	s.nr = fill(s.nr, m, 0)
	if cap(s.lset) < m {
		s.lset = make([]uint64, m)
		s.rset = make([]uint64, m)
	}
	s.lset, s.rset = s.lset[:m], s.rset[:m]
	clear(s.lset)
	clear(s.rset)
}

func fill(s []int, n, v int) []int {
	if cap(s) < n {
		s = make([]int, n)
	}
	s = s[:n]
	for i := range s {
		s[i] = v
	}
	return s
}

func (s *state) done() bool { return s.b == s.n && len(s.stack) == 0 }

// top returns the i-th stack element from the top, or -1.
func (s *state) top(i int) int {
	if i < len(s.stack) {
		return s.stack[len(s.stack)-1-i]
	}
	return -1
}

// buf returns the i-th buffer element (the root is n), or -1.
func (s *state) buf(i int) int {
	if s.b+i <= s.n {
		return s.b + i
	}
	return -1
}

func (s *state) shift() {
	s.stack = append(s.stack, s.b)
	s.b++
}

// left attaches s0 to b0 and pops it.
func (s *state) left(label int) {
	d := s.stack[len(s.stack)-1]
	s.stack = s.stack[:len(s.stack)-1]
	s.arc(s.b, d, label)
}

// right attaches s0 to s1 and pops it.
func (s *state) right(label int) {
	d := s.stack[len(s.stack)-1]
	s.stack = s.stack[:len(s.stack)-1]
	s.arc(s.stack[len(s.stack)-1], d, label)
}

func (s *state) arc(h, d, label int) {
	s.heads[d] = h
	s.label[d] = label
	bit := uint64(1) << (uint(label) & 63)
	if d < h {
		s.nl[h]++
		s.lset[h] |= bit
		switch {
		case s.lc1[h] < 0 || d < s.lc1[h]:
			s.lc2[h] = s.lc1[h]
			s.lc1[h] = d
		case s.lc2[h] < 0 || d < s.lc2[h]:
			s.lc2[h] = d
		}
	} else {
		s.nr[h]++
		s.rset[h] |= bit
		switch {
		case s.rc1[h] < 0 || d > s.rc1[h]:
			s.rc2[h] = s.rc1[h]
			s.rc1[h] = d
		case s.rc2[h] < 0 || d > s.rc2[h]:
			s.rc2[h] = d
		}
	}
}

// Move kinds; a transition class is kind plus label: class 0 is shift,
// 1..L left arcs, L+1..2L right arcs.
const (
	shift = iota
	leftArc
	rightArc
)

// canShift, canLeft and canRight tell which moves are legal. A left arc
// to the root is allowed only when s0 is the last word on the stack, so
// that every tree has a single root.
func (s *state) canShift() bool { return s.b < s.n }
func (s *state) canLeft() bool {
	return len(s.stack) > 0 && (s.b < s.n || len(s.stack) == 1)
}
func (s *state) canRight() bool { return len(s.stack) > 1 }

// costs returns the dynamic-oracle costs of shift, left and right arcs
// (Goldberg and Nivre 2013): the number of gold arcs each move makes
// unreachable. gold[i] is the gold head of word i, with n for the root.
func (s *state) costs(gold []int) (cs, cl, cr int) {
	n := s.n
	b := s.b
	s0 := s.top(0)
	if s.canShift() {
		// b0 loses heads and dependents on the stack (except its head s0).
		for _, x := range s.stack {
			if gold[x] == b {
				cs++
			}
			if gold[b] == x && x != s0 {
				cs++
			}
		}
	}
	if s0 >= 0 {
		// Popping s0 loses its dependents in the buffer.
		deps := 0
		for d := b; d < n; d++ {
			if gold[d] == s0 {
				deps++
			}
		}
		cl, cr = deps, deps
		g := gold[s0]
		s1 := s.top(1)
		if s1 >= 0 && g == s1 {
			cl++
		}
		if g > b {
			cl++
		}
		if g >= b {
			cr++
		}
	}
	return cs, cl, cr
}
