package quotes

import (
	"math/rand/v2"
	"strings"

	"github.com/petrel-events/petrel/doc"
	"github.com/petrel-events/petrel/nlp/perceptron"
)

// Tag labels of the cue tagger.
const (
	tagO = iota
	tagB
	tagI
)

// Feature templates of the cue tagger.
const (
	fTBias uint64 = iota + 500
	fTWord
	fTLemma
	fTUPOS
	fTRel
	fTRelUPOS
	fTHead
	fTHeadUPOS
	fTPrevW
	fTNextW
	fTPrevU
	fTNextU
	fTPrev2U
	fTNext2U
	fTListed
	fTQuote
	fTKids
	fTLemmaKids
	fTCand
	fTPrevTag
	fTPrevTagW
	fTPrevTagU
	fTPrevTagRel
	fTHeadListed
	fTLemmaRel
)

// TagSentence is one parsed sentence for the cue tagger: each token's
// static features and gold label, and its document token index.
type TagSentence struct {
	Base   int
	Feats  [][]uint64
	Labels []int
}

// TagExamples returns the tagger's sentences of d, labelled from gold.
func (r *Recognizer) TagExamples(d *doc.Doc, gold []Attribution) []TagSentence {
	if len(d.Tokens) == 0 {
		return nil
	}
	golds := goldCues(d, gold)
	st := newState(r, d)
	var out []TagSentence
	for s := range d.Sentences {
		st.tree = newTree(d, s)
		if st.tree == nil {
			continue
		}
		a, b := st.bounds(s)
		ts := TagSentence{Base: a}
		for k := a; k < b; k++ {
			ts.Feats = append(ts.Feats, st.tagFeatures(k))
			lab := tagO
			t := d.Tokens[k]
			for _, g := range golds {
				if t.Start >= g.Start && t.End <= g.End {
					lab = tagI
					if k == a || d.Tokens[k-1].Start < g.Start {
						lab = tagB
					}
					break
				}
			}
			ts.Labels = append(ts.Labels, lab)
		}
		out = append(out, ts)
	}
	return out
}

// tagFeatures returns the static features of token k of the current
// sentence.
func (st *state) tagFeatures(k int) []uint64 {
	d := st.d
	t := st.tree
	i := k - t.Base
	tok := d.Tokens[k]
	var buf []uint64
	add := func(tpl uint64, a, b uint64) { buf = append(buf, perceptron.Hash(tpl, a, b, 0)) }
	w := strKey(st.low[k])
	lem := strings.ToLower(tok.Lemma)
	lk := strKey(lem)
	uk := strKey(tok.UPOS)
	add(fTBias, 0, 0)
	add(fTWord, w, 0)
	add(fTLemma, lk, uk)
	add(fTUPOS, uk, 0)
	add(fTRel, strKey(tok.DepRel), 0)
	add(fTRelUPOS, strKey(tok.DepRel), uk)
	add(fTLemmaRel, lk, strKey(tok.DepRel))
	hl, hu := uint64(0), uint64(0)
	hlisted := uint64(0)
	if tok.Head > 0 {
		h := t.Base + tok.Head - 1
		hl, hu = strKey(strings.ToLower(d.Tokens[h].Lemma)), strKey(d.Tokens[h].UPOS)
		if _, l := st.cueVerb(h); l {
			hlisted = 1
		}
	}
	add(fTHead, hl, strKey(tok.DepRel))
	add(fTHeadUPOS, hu, strKey(tok.DepRel))
	add(fTHeadListed, hlisted, strKey(tok.DepRel)^uk)
	sb, se := t.Base, t.Base+len(t.Tokens)
	word := func(j int) (uint64, uint64) {
		if j < sb || j >= se {
			return 1, 1
		}
		return strKey(st.low[j]), strKey(d.Tokens[j].UPOS)
	}
	pw, pu := word(k - 1)
	nw, nu := word(k + 1)
	_, p2u := word(k - 2)
	_, n2u := word(k + 2)
	add(fTPrevW, pw, uk)
	add(fTNextW, nw, uk)
	add(fTPrevU, pu, uk)
	add(fTNextU, nu, uk)
	add(fTPrev2U, p2u, pu)
	add(fTNext2U, n2u, nu)
	_, listed := st.cueVerb(k)
	l := uint64(0)
	if listed {
		l = 1
	}
	add(fTListed, l, uk)
	q := uint64(0)
	if st.quote[k] >= 0 {
		q = 1
	}
	add(fTQuote, q, uk)
	var kids []string
	for j, x := range t.Tokens {
		if x.Head == i+1 {
			r, _, _ := strings.Cut(t.Tokens[j].DepRel, ":")
			switch r {
			case "ccomp", "xcomp", "obj", "nsubj", "obl", "parataxis", "mark":
				kids = append(kids, r)
			}
		}
	}
	ks := strKey(strings.Join(kids, " "))
	add(fTKids, ks, uk)
	add(fTLemmaKids, ks, lk)
	if st.quote[k] < 0 && st.cueCandidate(i, listed) {
		add(fTCand, 1, 0)
		buf = st.cueFeatures(buf, i, listed)
	}
	return buf
}

// tagDynamic appends the features of the previous label.
func tagDynamic(buf []uint64, ts *TagSentence, k, prev int) []uint64 {
	p := uint64(prev + 1)
	buf = append(buf, perceptron.Hash(fTPrevTag, p, 0, 0))
	_ = ts
	return buf
}

// TrainTagger trains the greedy cue tagger.
func TrainTagger(sents []TagSentence, epochs int, seed uint64) *perceptron.Model {
	tr := perceptron.NewTrainer(3)
	order := make([]int, len(sents))
	for i := range order {
		order[i] = i
	}
	rng := rand.New(rand.NewPCG(seed, seed^0x9E3779B97F4A7C15))
	var sc [3]float32
	var buf []uint64
	for range epochs {
		rng.Shuffle(len(order), func(i, j int) { order[i], order[j] = order[j], order[i] })
		for _, si := range order {
			ts := &sents[si]
			prev := tagO
			for k, f := range ts.Feats {
				buf = append(append(buf[:0], f...), tagDyn(prev, f[1])...)
				sc = [3]float32{}
				tr.Score(buf, sc[:])
				g := argmax3(sc[0], sc[1], sc[2], prev)
				tr.Update(ts.Labels[k], g, buf)
				tr.Tick()
				prev = g
			}
		}
	}
	return tr.Average(0)
}

func tagDyn(prev int, word uint64) []uint64 {
	p := uint64(prev + 1)
	return []uint64{perceptron.Hash(fTPrevTag, p, 0, 0), perceptron.Hash(fTPrevTagW, p, word, 0)}
}

func argmax3[T int32 | float32](a, b, c T, prev int) int {
	// I cannot follow O.
	if prev == tagO {
		if a >= b {
			return tagO
		}
		return tagB
	}
	best, bv := tagO, a
	if b > bv {
		best, bv = tagB, b
	}
	if c > bv {
		best = tagI
	}
	return best
}

// TagSpans decodes sentence ts with m and returns the document token
// ranges of its cue spans.
func TagSpans(m *perceptron.Model, ts *TagSentence) [][2]int {
	var out [][2]int
	prev := tagO
	var sc [3]int32
	var buf []uint64
	start := -1
	for k, f := range ts.Feats {
		buf = append(append(buf[:0], f...), tagDyn(prev, f[1])...)
		sc = [3]int32{}
		m.Score(buf, sc[:])
		g := argmax3(sc[0], sc[1], sc[2], prev)
		if g != tagI && start >= 0 {
			out = append(out, [2]int{ts.Base + start, ts.Base + k - 1})
			start = -1
		}
		if g == tagB {
			start = k
		}
		prev = g
	}
	if start >= 0 {
		out = append(out, [2]int{ts.Base + start, ts.Base + len(ts.Feats) - 1})
	}
	return out
}
