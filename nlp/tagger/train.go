package tagger

import (
	"errors"
	"log/slog"
	"math/rand/v2"
	"slices"
	"sort"

	"github.com/petrel-events/petrel/nlp/internal/lex"
	"github.com/petrel-events/petrel/nlp/perceptron"
)

// Sentence is a training or evaluation sentence.
type Sentence struct {
	Words, UPOS, XPOS []string
}

// Options controls training.
type Options struct {
	Epochs int    // passes over the training data (default 10)
	Seed   uint64 // seed of the per-epoch shuffles
	// TwoPass trains a second pass that sees the first pass's tags of the
	// following words.
	TwoPass bool
	Log     *slog.Logger
}

// Train learns a tagger from train, keeping the epoch that tags dev best
// (the last epoch when dev is empty). Training is deterministic.
func Train(train, dev []Sentence, opt Options) (*Tagger, error) {
	if len(train) == 0 {
		return nil, errors.New("tagger: no training sentences")
	}
	if opt.Epochs <= 0 {
		opt.Epochs = 10
	}
	log := opt.Log
	if log == nil {
		log = slog.New(slog.DiscardHandler)
	}
	t := &Tagger{dict: map[uint64]uint64{}, amb: map[uint64]uint64{}}
	// Tag set, in a fixed order.
	index := map[[2]string]int{}
	var joint [][2]string
	for _, s := range train {
		for i := range s.Words {
			k := [2]string{s.UPOS[i], s.XPOS[i]}
			if _, ok := index[k]; !ok {
				index[k] = 0
				joint = append(joint, k)
			}
		}
	}
	sort.Slice(joint, func(i, j int) bool {
		if joint[i][0] != joint[j][0] {
			return joint[i][0] < joint[j][0]
		}
		return joint[i][1] < joint[j][1]
	})
	for i, k := range joint {
		index[k] = i
		t.upos = append(t.upos, k[0])
		t.xpos = append(t.xpos, k[1])
	}
	t.init()
	gold := make([][]int, len(train))
	for n, s := range train {
		g := make([]int, len(s.Words))
		for i := range s.Words {
			g[i] = index[[2]string{s.UPOS[i], s.XPOS[i]}]
		}
		gold[n] = g
	}
	t.buildDictionaries(train, gold)

	first, _, err := t.trainPass(train, gold, dev, nil, opt, log)
	if err != nil {
		return nil, err
	}
	t.model = first
	if opt.TwoPass {
		// The second pass learns from the first pass's tags of the
		// training sentences. (Tagging each half by a first pass trained on
		// the other half measured no better on dev, at twice the cost.)
		right := make([][]int, len(train))
		var s Scratch
		for n, sent := range train {
			right[n] = make([]int, len(sent.Words))
			t.Tag(&s, sent.Words, right[n])
		}
		second, _, err := t.trainPass(train, gold, dev, right, opt, log)
		if err != nil {
			return nil, err
		}
		t.second = second
	}
	return t, nil
}

// trainPass trains the first pass (right == nil) or the second pass, given
// the first pass's tags of the training sentences.
func (t *Tagger) trainPass(train []Sentence, gold [][]int, dev []Sentence, right [][]int, opt Options, log *slog.Logger) (*perceptron.Model, int, error) {
	tr := perceptron.NewTrainer(len(t.upos))
	rng := rand.New(rand.NewPCG(opt.Seed, 0x7a66e7))
	order := make([]int, len(train))
	for i := range order {
		order[i] = i
	}
	var s Scratch
	scores := make([]float32, len(t.upos))
	var best *perceptron.Model
	bestAcc, bestEpoch := -1.0, 0
	var tags []int
	for epoch := 1; epoch <= opt.Epochs; epoch++ {
		rng.Shuffle(len(order), func(i, j int) { order[i], order[j] = order[j], order[i] })
		correct, total := 0, 0
		for _, n := range order {
			sent := train[n]
			t.analyze(&s, sent.Words)
			tags = growInts(tags, len(sent.Words))
			if right != nil {
				s.verb = t.verbDistances(s.verb, right[n])
			}
			for i := range sent.Words {
				if d, ok := t.dictTab.Get(s.words[i].Form); ok {
					tags[i] = int(d - 1)
					continue
				}
				var r []int
				if right != nil {
					r = right[n]
				}
				s.feats = features(s.feats[:0], s.words, s.ambs, tags, r, s.verb, i)
				clear(scores)
				tr.Score(s.feats, scores)
				guess := argmax(scores)
				tr.Tick()
				tr.Update(gold[n][i], guess, s.feats)
				tags[i] = guess
				if guess == gold[n][i] {
					correct++
				}
				total++
			}
		}
		m := tr.Average(0)
		if right == nil {
			t.model = m
		} else {
			t.second = m
		}
		acc := t.Accuracy(dev)
		log.Info("tagger epoch", "epoch", epoch, "train_acc", float64(correct)/float64(max(total, 1)), "dev_acc", acc, "features", tr.Features())
		if len(dev) == 0 || acc > bestAcc {
			best, bestAcc, bestEpoch = m, acc, epoch
		}
	}
	return best, bestEpoch, nil
}

func growInts(s []int, n int) []int {
	if cap(s) < n {
		return make([]int, n)
	}
	return s[:n]
}

func argmax(scores []float32) int {
	best := 0
	for c, v := range scores {
		if v > scores[best] {
			best = c
		}
	}
	return best
}

// buildDictionaries fills the tag dictionary and the ambiguity classes.
func (t *Tagger) buildDictionaries(train []Sentence, gold [][]int) {
	byForm := map[uint64]map[int]int{}
	byLower := map[uint64]map[int]int{}
	var buf lex.Buffer
	var w lex.Word
	for n, s := range train {
		for i, form := range s.Words {
			lex.Analyze(form, &buf, &w)
			for _, m := range []struct {
				m map[uint64]map[int]int
				k uint64
			}{{byForm, w.Form}, {byLower, w.Lower}} {
				c := m.m[m.k]
				if c == nil {
					c = map[int]int{}
					m.m[m.k] = c
				}
				c[gold[n][i]]++
			}
		}
	}
	for k, c := range byForm {
		total, top, topTag := 0, 0, 0
		for tag, n := range c {
			total += n
			if n > top || n == top && tag < topTag {
				top, topTag = n, tag
			}
		}
		if total >= 20 && float64(top)/float64(total) >= 0.995 {
			t.dict[k] = uint64(topTag + 1)
		}
	}
	for k, c := range byLower {
		total := 0
		for _, n := range c {
			total += n
		}
		if total < 2 {
			continue
		}
		var set []int
		pastForm := false
		for tag, n := range c {
			if float64(n)/float64(total) >= 0.02 {
				set = append(set, tag)
				if x := t.xpos[tag]; x == "VBD" || x == "VBN" {
					pastForm = true
				}
			}
		}
		// A past form seen only as VBD or only as VBN (few examples)
		// can be the other: give both classes the same ambiguity class.
		if pastForm {
			for _, x := range []string{"VBD", "VBN"} {
				if id := t.TagID("VERB", x); id >= 0 && !slices.Contains(set, id) {
					set = append(set, id)
				}
			}
		}
		sort.Ints(set)
		h := uint64(0x3c6ef372fe94f82b)
		for _, tag := range set {
			h = perceptron.Hash(99, h, uint64(tag), 0)
		}
		t.amb[k] = h
	}
	t.tables()
}

// Accuracy returns the share of words of ss whose joint tag is right.
func (t *Tagger) Accuracy(ss []Sentence) float64 {
	var s Scratch
	correct, total := 0, 0
	var tags []int
	for _, sent := range ss {
		tags = growInts(tags, len(sent.Words))
		t.Tag(&s, sent.Words, tags)
		for i := range sent.Words {
			if t.upos[tags[i]] == sent.UPOS[i] && t.xpos[tags[i]] == sent.XPOS[i] {
				correct++
			}
			total++
		}
	}
	if total == 0 {
		return 0
	}
	return float64(correct) / float64(total)
}

// Scores returns the share of words of ss whose UPOS, XPOS and joint tag
// are right.
func (t *Tagger) Scores(ss []Sentence) (upos, xpos, joint float64) {
	var s Scratch
	var u, x, j, total int
	var tags []int
	for _, sent := range ss {
		tags = growInts(tags, len(sent.Words))
		t.Tag(&s, sent.Words, tags)
		for i := range sent.Words {
			uok, xok := t.upos[tags[i]] == sent.UPOS[i], t.xpos[tags[i]] == sent.XPOS[i]
			if uok {
				u++
			}
			if xok {
				x++
			}
			if uok && xok {
				j++
			}
			total++
		}
	}
	if total == 0 {
		return 0, 0, 0
	}
	n := float64(total)
	return float64(u) / n, float64(x) / n, float64(j) / n
}
