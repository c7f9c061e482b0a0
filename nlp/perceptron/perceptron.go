// Package perceptron implements a multi-class averaged perceptron over hashed
// sparse features, the learner behind petrel's tagger and parser.
//
// Training uses a Trainer, whose weights are exact integers so that training
// is deterministic. Average freezes a Trainer into a Model: a compact,
// read-only, open-addressed table that is safe for concurrent use.
package perceptron

import (
	"sort"
)

// Hash mixes a feature template number and up to three values into a
// 64-bit feature key. It is a fixed function: keys are stable across runs.
func Hash(template uint64, a, b, c uint64) uint64 {
	h := template*0x9E3779B97F4A7C15 ^ 0xD6E8FEB86659FD93
	h = mix(h ^ a)
	h = mix(h ^ b)
	h = mix(h ^ c)
	return h
}

func mix(h uint64) uint64 {
	h ^= h >> 33
	h *= 0xFF51AFD7ED558CCD
	h ^= h >> 33
	h *= 0xC4CEB9FE1A85EC53
	h ^= h >> 33
	return h
}

// entry is one class weight of a feature during training.
type entry struct {
	class int32
	w     int32 // current weight
	ts    int32 // update count at which total was last brought up to date
	total int64 // sum of w over all updates up to ts
}

// Trainer holds the weights being learnt.
type Trainer struct {
	classes int
	weights map[uint64][]entry
	// updates counts calls to Update: the time of the averaging.
	updates int32
}

// NewTrainer returns a trainer for the given number of classes.
func NewTrainer(classes int) *Trainer {
	return &Trainer{classes: classes, weights: make(map[uint64][]entry)}
}

// Classes returns the number of classes.
func (t *Trainer) Classes() int { return t.classes }

// Score adds the current weights of feats to scores (len = classes).
func (t *Trainer) Score(feats []uint64, scores []float32) {
	for _, f := range feats {
		for _, e := range t.weights[f] {
			scores[e.class] += float32(e.w)
		}
	}
}

// Tick advances the averaging clock by one example. Call it once per
// training example, whether or not it led to an update.
func (t *Trainer) Tick() { t.updates++ }

// Update rewards class truth and penalises class guess on feats.
func (t *Trainer) Update(truth, guess int, feats []uint64) {
	if truth == guess {
		return
	}
	for _, f := range feats {
		es := t.weights[f]
		es = t.bump(es, int32(truth), 1)
		es = t.bump(es, int32(guess), -1)
		t.weights[f] = es
	}
}

// Add adds d to the weight of class on each of feats (structured
// updates, where one example's gold and predicted moves have different
// features).
func (t *Trainer) Add(class int, feats []uint64, d int32) {
	for _, f := range feats {
		t.weights[f] = t.bump(t.weights[f], int32(class), d)
	}
}

func (t *Trainer) bump(es []entry, class int32, d int32) []entry {
	for i := range es {
		if es[i].class == class {
			e := &es[i]
			e.total += int64(t.updates-e.ts) * int64(e.w)
			e.ts = t.updates
			e.w += d
			return es
		}
	}
	return append(es, entry{class: class, w: d, ts: t.updates})
}

// Average returns the averaged weights as a frozen Model. Weights whose
// absolute averaged value is below prune are dropped.
func (t *Trainer) Average(prune float32) *Model {
	keys := make([]uint64, 0, len(t.weights))
	for k := range t.weights {
		keys = append(keys, k)
	}
	sort.Slice(keys, func(i, j int) bool { return keys[i] < keys[j] })
	b := newBuilder(t.classes, len(keys))
	now := t.updates
	if now == 0 {
		now = 1
	}
	var cls []uint16
	var ws []float32
	for _, k := range keys {
		cls, ws = cls[:0], ws[:0]
		es := append([]entry(nil), t.weights[k]...)
		sort.Slice(es, func(i, j int) bool { return es[i].class < es[j].class })
		for _, e := range es {
			total := e.total + int64(now-e.ts)*int64(e.w)
			avg := float32(float64(total) / float64(now))
			if avg > prune || avg < -prune {
				cls = append(cls, uint16(e.class))
				ws = append(ws, avg)
			}
		}
		if len(cls) > 0 {
			b.add(k, cls, ws)
		}
	}
	return b.build()
}

// Features returns the number of distinct features seen in training.
func (t *Trainer) Features() int { return len(t.weights) }
