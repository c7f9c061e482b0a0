package quotes

import (
	"math/rand/v2"
	"strings"

	"github.com/petrel-events/petrel/doc"
	"github.com/petrel-events/petrel/nlp/perceptron"
)

// CueExample is one candidate token for the cue classifier: its
// features, whether the cue list makes it a cue (Listed) and whether it
// lies inside a gold cue.
type CueExample struct {
	Feats  []uint64
	Listed bool
	Cue    bool
}

// CueExamples returns the classifier's examples of the parsed sentences
// of d, labelled from the gold attributions: a candidate token is a cue
// when it lies inside a fragment of a gold cue.
func (r *Recognizer) CueExamples(d *doc.Doc, gold []Attribution) []CueExample {
	return r.cueExamples(d, gold, false)
}

// NounExamples returns the noun model's examples of d: the noun
// candidates (the nouns of WithCueNouns), labelled like CueExamples.
func (r *Recognizer) NounExamples(d *doc.Doc, gold []Attribution) []CueExample {
	return r.cueExamples(d, gold, true)
}

func (r *Recognizer) cueExamples(d *doc.Doc, gold []Attribution, nouns bool) []CueExample {
	if len(d.Tokens) == 0 {
		return nil
	}
	var cues []doc.Span
	for _, a := range gold {
		cues = append(cues, a["cue"]...)
	}
	inCue := func(t doc.Token) bool {
		for _, c := range cues {
			if t.Start >= c.Start && t.End <= c.End {
				return true
			}
		}
		return false
	}
	st := newState(r, d)
	st.mention = mentionIndex(d)
	var out []CueExample
	for s := range d.Sentences {
		st.tree = newTree(d, s)
		if st.tree == nil {
			continue
		}
		a, b := st.bounds(s)
		for k := a; k < b; k++ {
			if st.quote[k] >= 0 {
				continue // the rules never look for cues inside quotations
			}
			_, listed := st.cueVerb(k)
			i := k - a
			if nouns != st.nounCandidate(k) || !nouns && !st.cueCandidate(i, listed) {
				continue
			}
			f := st.cueFeatures(nil, i, listed)
			out = append(out, CueExample{Feats: f, Listed: listed, Cue: inCue(d.Tokens[k])})
		}
	}
	return out
}

// TrainCues trains the cue classifier's perceptron on examples for the
// given number of epochs, visiting them in an order shuffled by seed.
// Training is deterministic.
func TrainCues(examples []CueExample, epochs int, seed uint64) *perceptron.Model {
	tr := perceptron.NewTrainer(2)
	order := make([]int, len(examples))
	for i := range order {
		order[i] = i
	}
	rng := rand.New(rand.NewPCG(seed, seed^0x9E3779B97F4A7C15))
	scores := make([]float32, 2)
	for range epochs {
		rng.Shuffle(len(order), func(i, j int) { order[i], order[j] = order[j], order[i] })
		for _, i := range order {
			ex := examples[i]
			scores[0], scores[1] = 0, 0
			tr.Score(ex.Feats, scores)
			guess := 0
			if scores[1] > scores[0] {
				guess = 1
			}
			truth := 0
			if ex.Cue {
				truth = 1
			}
			tr.Update(truth, guess, ex.Feats)
			tr.Tick()
		}
	}
	return tr.Average(0)
}

// Margin returns the lead of class 1 (cue) over class 0 for feats.
func (m *CueModel) Margin(feats []uint64) int32 {
	var scores [2]int32
	m.Model.Score(feats, scores[:])
	return scores[1] - scores[0]
}

// goldCues returns the cue spans of gold in d, each the hull of its
// pieces without the white space at its edges.
func goldCues(d *doc.Doc, gold []Attribution) []doc.Span {
	var golds []doc.Span
	for _, a := range gold {
		if c := a["cue"]; len(c) > 0 {
			golds = append(golds, trimSpace(d.Text, hull(c)))
		}
	}
	return golds
}

// PrepExamples returns the preposition model's examples of d: one per
// cue r builds that ends with a preposition or is followed by one,
// labelled true when the gold cue it overlaps ends on the other side of
// it, false when it ends where r's does; other cues give none.
func (r *Recognizer) PrepExamples(d *doc.Doc, gold []Attribution) []CueExample {
	if len(d.Tokens) == 0 {
		return nil
	}
	golds := goldCues(d, gold)
	st := newState(r, d)
	for s := range d.Sentences {
		st.sentence(s)
	}
	var out []CueExample
	seen := map[doc.Span]bool{}
	for n, q := range st.out {
		if q.Cue == nil || seen[q.Cue.Span] {
			continue
		}
		seen[q.Cue.Span] = true
		p, mode, f, ok := st.prepChoice(nil, n)
		if !ok {
			continue
		}
		flip := d.Tokens[p].End
		if mode == 1 {
			flip = d.Tokens[p-1].End
		}
		cue := trimSpace(d.Text, q.Cue.Span)
		for _, g := range golds {
			if g.Start != cue.Start {
				continue
			}
			switch g.End {
			case cue.End:
				out = append(out, CueExample{Feats: f})
			case flip:
				out = append(out, CueExample{Feats: f, Cue: true})
			}
		}
	}
	return out
}

// CueNouns returns the lemmas of the nouns that lie inside a gold cue of
// docs at least minCount times, and in at least minRatio of their
// occurrences: the noun candidates of the cue classifier.
func CueNouns(docs []*doc.Doc, golds [][]Attribution, minCount int, minRatio float64) map[string]bool {
	in, all := map[string]int{}, map[string]int{}
	for n, d := range docs {
		var cues []doc.Span
		for _, a := range golds[n] {
			cues = append(cues, a["cue"]...)
		}
		for _, t := range d.Tokens {
			if t.UPOS != "NOUN" {
				continue
			}
			l := strings.ToLower(t.Lemma)
			all[l]++
			for _, c := range cues {
				if t.Start >= c.Start && t.End <= c.End {
					in[l]++
					break
				}
			}
		}
	}
	out := map[string]bool{}
	for l, c := range in {
		if c >= minCount && float64(c) >= minRatio*float64(all[l]) && strings.TrimSpace(l) != "" && !strings.ContainsAny(l, " \n\t") {
			out[l] = true
		}
	}
	return out
}

// NestExamples returns the nested-cue model's examples of d: the
// candidates inside the indirect content of the quotes r builds (r's
// cue model without a nested model), labelled like CueExamples.
func (r *Recognizer) NestExamples(d *doc.Doc, gold []Attribution) []CueExample {
	if len(d.Tokens) == 0 {
		return nil
	}
	var cues []doc.Span
	for _, a := range gold {
		cues = append(cues, a["cue"]...)
	}
	st := newState(r, d)
	var out []CueExample
	for s := range d.Sentences {
		found := len(st.out)
		st.sentence(s)
		if st.tree == nil {
			continue
		}
		a, b := st.bounds(s)
		st.nested(a, b, found, func(k int, f []uint64) bool {
			t := d.Tokens[k]
			cue := false
			for _, c := range cues {
				if t.Start >= c.Start && t.End <= c.End {
					cue = true
					break
				}
			}
			out = append(out, CueExample{Feats: append([]uint64(nil), f...), Cue: cue})
			return false
		})
	}
	return out
}
