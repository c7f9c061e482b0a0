package perceptron

import (
	"bufio"
	"bytes"
	"slices"
	"testing"
)

// TestLearn trains on a small separable problem and checks the frozen
// model, its serialised copy and the trainer agree.
func TestLearn(t *testing.T) {
	for _, k := range []int{3, 5} {
		learn(t, k)
	}
}

func learn(t *testing.T, k int) {
	type ex struct {
		feats []uint64
		class int
	}
	var data []ex
	for i := 0; i < 60; i++ {
		c := i % k
		data = append(data, ex{[]uint64{Hash(1, uint64(c), 0, 0), Hash(2, uint64(i%5), 0, 0), Hash(3, 0, 0, 0)}, c})
	}
	tr := NewTrainer(k)
	scores := make([]float32, k)
	for epoch := 0; epoch < 5; epoch++ {
		for _, e := range data {
			clear(scores)
			tr.Score(e.feats, scores)
			guess := 0
			for c := range scores {
				if scores[c] > scores[guess] {
					guess = c
				}
			}
			tr.Tick()
			tr.Update(e.class, guess, e.feats)
		}
	}
	m := tr.Average(0)
	var buf bytes.Buffer
	if _, err := m.WriteTo(&buf); err != nil {
		t.Fatal(err)
	}
	m2, err := ReadModel(bufio.NewReader(bytes.NewReader(buf.Bytes())))
	if err != nil {
		t.Fatal(err)
	}
	is := make([]int32, k)
	for _, mm := range []*Model{m, m2} {
		for _, e := range data {
			if got := mm.Predict(e.feats, is, nil); got != e.class {
				t.Fatalf("predicted %d, want %d", got, e.class)
			}
		}
		if got := mm.Predict(data[0].feats, is, func(c int) bool { return c != data[0].class }); got == data[0].class {
			t.Fatal("Predict ignored the class filter")
		}
	}
	// The byte-indexed fast path (capacity 256) and the copying path agree.
	wide := make([]int32, k, 256)
	for _, e := range data {
		clear(is)
		clear(wide)
		m.Score(e.feats, is)
		m.Score(e.feats, wide)
		if !slices.Equal(is, wide) {
			t.Fatalf("scores %v with capacity 256, %v without", wide, is)
		}
	}
	if m2.Features() != m.Features() || m2.Entries() != m.Entries() {
		t.Fatalf("read model differs: %d/%d features, %d/%d entries", m2.Features(), m.Features(), m2.Entries(), m.Entries())
	}
}

func TestReadModelErrors(t *testing.T) {
	for _, in := range []string{"", "PPCM1\n", "nonsense data here........................................"} {
		if _, err := ReadModel(bufio.NewReader(bytes.NewReader([]byte(in)))); err == nil {
			t.Errorf("ReadModel(%q): want an error", in)
		}
	}
}
