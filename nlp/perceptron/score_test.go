package perceptron

import (
	"bufio"
	"bytes"
	"math"
	"math/rand/v2"
	"slices"
	"testing"
)

// TestScoreLayouts checks Score against a plain sum of the stored
// weights, for sparse rows, dense rows (at least denseMin weights) and
// extreme weights, over class counts that do and do not fill the last
// block of four, and after a write and read.
func TestScoreLayouts(t *testing.T) {
	tests := []struct {
		name    string
		classes int
		feats   int
		maxRow  int
	}{
		{"sparse only", 40, 500, min(denseMin, denseMinSIMD) - 1},
		{"dense and sparse, 103 classes", 103, 2000, 103},
		{"full blocks, 104 classes", 104, 500, 104},
		{"255 classes", 255, 300, 255},
		{"one block short", 33, 300, 33},
		{"odd blocks, 99 classes", 99, 500, 99},
		{"one block", 4, 300, 4},
		{"105 classes (too many for the AVX2 kernel)", 105, 300, 105},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			r := rand.New(rand.NewPCG(1, uint64(tc.classes)))
			keys := make([]uint64, tc.feats)
			for i := range keys {
				keys[i] = Hash(uint64(i), 7, 0, 0)
			}
			slices.Sort(keys)
			keys = slices.Compact(keys)
			b := newBuilder(tc.classes, len(keys))
			for _, k := range keys {
				n := 1 + r.IntN(tc.maxRow)
				perm := r.Perm(tc.classes)[:n]
				slices.Sort(perm)
				cls := make([]uint16, n)
				ws := make([]float32, n)
				for j, c := range perm {
					cls[j] = uint16(c)
					switch r.IntN(10) {
					case 0:
						ws[j] = 1000 // the largest: quantised to 32000
					case 1:
						ws[j] = -1000
					default:
						ws[j] = float32(r.NormFloat64() * 200)
					}
				}
				b.add(k, cls, ws)
			}
			m := b.build()
			if tc.maxRow >= denseMin && len(m.dense) == 0 {
				t.Fatal("no dense rows built")
			}
			if want := len(m.dense) > 0 && tc.classes <= simdLanes && haveAVX2(); m.simd != want {
				t.Fatalf("simd = %v, want %v", m.simd, want)
			}
			var buf bytes.Buffer
			if _, err := m.WriteTo(&buf); err != nil {
				t.Fatal(err)
			}
			m2, err := ReadModel(bufio.NewReader(&buf))
			if err != nil {
				t.Fatal(err)
			}
			// The reference: each feature's weights, by key.
			rows := map[uint64][2][]int{}
			off := uint32(0)
			for i, k := range m.keys {
				n := m.counts[i]
				var cs, ws []int
				for x := off; x < off+n; x++ {
					cs = append(cs, int(m.class[x]))
					ws = append(ws, int(m.weight[x]))
				}
				off += n
				rows[k>>keyShift] = [2][]int{cs, ws}
			}
			for trial := range 200 {
				// Up to 600 features: more than one batch of 256,
				// some absent, some repeated.
				nf := r.IntN(600)
				if trial == 0 {
					nf = 300
				}
				feats := make([]uint64, nf)
				for i := range feats {
					if r.IntN(5) == 0 {
						feats[i] = Hash(999, uint64(r.Int()), 0, 0)
					} else {
						feats[i] = m.keys[r.IntN(len(m.keys))]
					}
				}
				want := make([]int32, tc.classes)
				for _, f := range feats {
					if row, ok := rows[f>>keyShift]; ok {
						for j, c := range row[0] {
							want[c] += int32(row[1][j])
						}
					}
				}
				// The portable adding loops too, where the AVX2
				// kernel would run.
				plain := *m2
				plain.simd = false
				for _, mm := range []*Model{m, m2, &plain} {
					got := make([]int32, tc.classes)
					mm.Score(feats, got)
					wide := make([]int32, tc.classes, 256)
					mm.Score(feats, wide)
					if !slices.Equal(got, want) || !slices.Equal(wide, want) {
						t.Fatalf("trial %d: scores differ from the plain sum\n got %v\nwide %v\nwant %v", trial, got, wide, want)
					}
				}
			}
		})
	}
}

// TestBestTwo checks bestTwo against the loop PredictMargin had before
// it kept the two scores in registers, on random scores with many ties.
func TestBestTwo(t *testing.T) {
	ref := func(scores []int32) (int, int32) {
		best, second := 0, -1
		for c := 1; c < len(scores); c++ {
			switch {
			case scores[c] > scores[best]:
				best, second = c, best
			case second < 0 || scores[c] > scores[second]:
				second = c
			}
		}
		if second < 0 {
			return best, math.MaxInt32
		}
		return best, scores[best] - scores[second]
	}
	r := rand.New(rand.NewPCG(5, 6))
	for trial := range 3000 {
		scores := make([]int32, r.IntN(8))
		for c := range scores {
			scores[c] = int32(r.IntN(5)) - 2
			if r.IntN(20) == 0 {
				scores[c] = math.MinInt32 + int32(r.IntN(2))
			}
		}
		gb, gm := bestTwo(scores)
		wb, wm := ref(scores)
		if gb != wb || gm != wm {
			t.Fatalf("trial %d: %v: got %d, %d, want %d, %d", trial, scores, gb, gm, wb, wm)
		}
	}
}
