package parser

import (
	"math"
	"sort"

	"github.com/petrel-events/petrel/nlp/internal/lex"
)

// Word clusters: classes of words that occur in similar contexts, learnt
// from the training sentences alone by the exchange algorithm (Kneser and
// Ney 1993; Martin, Liermann and Ney 1998), which maximises the
// likelihood of a class bigram model as Brown clustering does. They give
// the parser a way to generalise over words it saw too rarely to learn
// weights for. Two independent clusterings are made, a coarse and a fine
// one, playing the part of the short and long bit-string prefixes of
// Brown clusters (Koo, Carreras and Collins 2008).

// Cluster counts and exchange passes of the shipped feature set.
const (
	coarseClusters = 32
	fineClusters   = 256
	clusterPasses  = 8
)

// clusterWords returns, for every word of sents (lower-case hashes),
// its class among k: the exchange algorithm over class bigrams, with a
// sentence boundary as an extra word. Deterministic: words are visited
// in order of decreasing frequency, ties by hash.
func clusterWords(sents [][]uint64, k, passes int) map[uint64]int {
	const boundary = 0
	id := map[uint64]int{}
	var vocab []uint64
	count := []int{0}
	vocab = append(vocab, 0) // the boundary
	for _, s := range sents {
		count[boundary]++
		for _, w := range s {
			i, ok := id[w]
			if !ok {
				i = len(vocab)
				id[w] = i
				vocab = append(vocab, w)
				count = append(count, 0)
			}
			count[i]++
		}
	}
	// Renumber by decreasing frequency (the boundary first).
	order := make([]int, len(vocab))
	for i := range order {
		order[i] = i
	}
	sort.Slice(order[1:], func(a, b int) bool {
		x, y := order[1+a], order[1+b]
		if count[x] != count[y] {
			return count[x] > count[y]
		}
		return vocab[x] < vocab[y]
	})
	rank := make([]int, len(vocab))
	for r, i := range order {
		rank[i] = r
	}
	V := len(vocab)
	// Bigram lists per word: right neighbours and left neighbours.
	type nb struct{ w, n int }
	right := make([]map[int]int, V)
	left := make([]map[int]int, V)
	for i := range right {
		right[i], left[i] = map[int]int{}, map[int]int{}
	}
	total := 0
	add := func(a, b int) {
		if a == b {
			return // self bigrams are left out (see exchange)
		}
		right[a][b]++
		left[b][a]++
		total++
	}
	for _, s := range sents {
		prev := 0
		for _, w := range s {
			cur := rank[id[w]]
			add(prev, cur)
			prev = cur
		}
		add(prev, 0)
	}
	// Sorted neighbour lists (map order must not matter).
	toList := func(m map[int]int) []nb {
		l := make([]nb, 0, len(m))
		for w, n := range m {
			l = append(l, nb{w, n})
		}
		sort.Slice(l, func(a, b int) bool { return l[a].w < l[b].w })
		return l
	}
	R := make([][]nb, V)
	L := make([][]nb, V)
	nr := make([]int, V)     // bigrams with the word on the left
	nl := make([]int, V)     // bigrams with the word on the right
	for w := 0; w < V; w++ { // right and left are indexed and keyed by rank
		R[w], L[w] = toList(right[w]), toList(left[w])
	}
	for w := 0; w < V; w++ {
		for _, e := range R[w] {
			nr[w] += e.n
		}
		for _, e := range L[w] {
			nl[w] += e.n
		}
	}
	f := make([]float64, total+1)
	for i := 1; i <= total; i++ {
		f[i] = float64(i) * math.Log(float64(i))
	}
	fx := func(n int) float64 { return f[n] }

	class := make([]int, V)
	for w := range class {
		class[w] = w % k
	}
	N := make([]int, k*k) // N[c*k+d]: bigrams of class c then d
	NL := make([]int, k)  // class as left element
	NR := make([]int, k)  // class as right element
	for w := 0; w < V; w++ {
		for _, e := range R[w] {
			N[class[w]*k+class[e.w]] += e.n
		}
		NL[class[w]] += nr[w]
		NR[class[w]] += nl[w]
	}
	rc := make([]int, k) // counts of w's right neighbours by class
	lc := make([]int, k)
	var rcs, lcs []int // classes present
	for pass := 0; pass < passes; pass++ {
		moved := 0
		for w := 1; w < V; w++ {
			a := class[w]
			rcs, lcs = rcs[:0], lcs[:0]
			for _, e := range R[w] {
				c := class[e.w]
				if rc[c] == 0 {
					rcs = append(rcs, c)
				}
				rc[c] += e.n
			}
			for _, e := range L[w] {
				c := class[e.w]
				if lc[c] == 0 {
					lcs = append(lcs, c)
				}
				lc[c] += e.n
			}
			// Take w out of a.
			for _, c := range rcs {
				N[a*k+c] -= rc[c]
			}
			for _, c := range lcs {
				N[c*k+a] -= lc[c]
			}
			NL[a] -= nr[w]
			NR[a] -= nl[w]
			// Gain of putting w into each class b.
			best, bestGain := a, math.Inf(-1)
			for b := 0; b < k; b++ {
				g := 0.0
				for _, c := range rcs {
					if c != b {
						x := N[b*k+c]
						g += fx(x+rc[c]) - fx(x)
					}
				}
				for _, c := range lcs {
					if c != b {
						x := N[c*k+b]
						g += fx(x+lc[c]) - fx(x)
					}
				}
				x := N[b*k+b]
				g += fx(x+rc[b]+lc[b]) - fx(x)
				g -= fx(NL[b]+nr[w]) - fx(NL[b])
				g -= fx(NR[b]+nl[w]) - fx(NR[b])
				if g > bestGain+1e-9 || (b == a && g >= bestGain-1e-9) {
					best, bestGain = b, g
				}
			}
			if best != a {
				moved++
			}
			class[w] = best
			for _, c := range rcs {
				N[best*k+c] += rc[c]
				rc[c] = 0
			}
			for _, c := range lcs {
				N[c*k+best] += lc[c]
				lc[c] = 0
			}
			NL[best] += nr[w]
			NR[best] += nl[w]
		}
		if moved == 0 {
			break
		}
	}
	out := make(map[uint64]int, V-1)
	for i := 1; i < len(vocab); i++ {
		out[vocab[i]] = class[rank[i]]
	}
	return out
}

// trainClusters clusters the lower-case words of the training sentences
// and returns the parser's cluster map (coarse | fine<<16).
func trainClusters(train []Sentence) map[uint64]uint64 {
	var buf lex.Buffer
	sents := make([][]uint64, len(train))
	for i, s := range train {
		sents[i] = make([]uint64, len(s.Words))
		for j, w := range s.Words {
			sents[i][j] = lex.Lower(w, &buf)
		}
	}
	coarse := clusterWords(sents, coarseClusters, clusterPasses)
	fine := clusterWords(sents, fineClusters, clusterPasses)
	m := make(map[uint64]uint64, len(fine))
	for w, c := range coarse {
		m[w] = uint64(c) | uint64(fine[w])<<16
	}
	return m
}
