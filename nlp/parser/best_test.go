package parser

import (
	"math/rand/v2"
	"testing"
)

// bestJointLoop is bestJoint written as one test per class, the form it
// had before the skip over the root label: the reference.
func bestJointLoop(p *Parser, st *state, scores []int32) int {
	best := -1
	L := len(p.labels)
	if st.canShift() {
		best = 0
	}
	if st.canLeft() {
		if st.b == st.n {
			if c := 1 + p.root; best < 0 || scores[c] > scores[best] {
				best = c
			}
		} else {
			for c := 1; c <= L; c++ {
				if c-1 != p.root && (best < 0 || scores[c] > scores[best]) {
					best = c
				}
			}
		}
	}
	if st.canRight() {
		for c := L + 1; c <= 2*L; c++ {
			if c-1-L != p.root && (best < 0 || scores[c] > scores[best]) {
				best = c
			}
		}
	}
	return best
}

// TestBestJoint checks bestJoint against the reference on random scores
// with many ties, for every combination of legal moves and for the root
// label first, in the middle and last.
func TestBestJoint(t *testing.T) {
	states := []struct {
		name  string
		n, b  int
		stack []int
	}{
		{"shift only", 4, 0, nil},
		{"all moves", 5, 3, []int{0, 1, 2}},
		{"left and shift", 5, 2, []int{1}},
		{"buffer at the root, one on the stack", 3, 3, []int{2}},
		{"buffer at the root, two on the stack", 3, 3, []int{0, 2}},
	}
	r := rand.New(rand.NewPCG(3, 4))
	for _, L := range []int{1, 2, 7} {
		for root := range L {
			p := &Parser{labels: make([]string, L), root: root}
			for _, tc := range states {
				st := &state{n: tc.n, b: tc.b, stack: tc.stack}
				for trial := range 300 {
					scores := make([]int32, 2*L+1)
					for c := range scores {
						scores[c] = int32(r.IntN(4)) - 2
					}
					if got, want := bestJoint(p, st, scores), bestJointLoop(p, st, scores); got != want {
						t.Fatalf("L=%d root=%d %s trial %d: scores %v: got %d, want %d", L, root, tc.name, trial, scores, got, want)
					}
				}
			}
		}
	}
}
