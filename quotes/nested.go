package quotes

import (
	"strings"

	"github.com/petrel-events/petrel/doc"
	"github.com/petrel-events/petrel/nlp/perceptron"
)

// Feature templates of the nested-cue model, on top of the cue
// classifier's.
const (
	fNOuter uint64 = iota + 100
	fNOuterLemma
	fNRoot
	fNDepth
	fNSubj
)

// nestFeatures appends to buf the features of tree token i as a cue
// inside the content of quote q: the outer cue's last word (alone and
// with the token's lemma), whether the token heads the content, how deep
// it lies under the content's head, whether it has a subject of its own.
func (st *state) nestFeatures(buf []uint64, i int, q doc.Quote) []uint64 {
	t := st.tree
	lemma := strKey(st.lemma[t.Base+i])
	outer := uint64(0)
	if q.Cue != nil {
		w := strings.Fields(strings.ToLower(st.d.Text[q.Cue.Start:q.Cue.End]))
		if len(w) > 0 {
			outer = strKey(w[len(w)-1])
		}
	}
	add := func(tpl uint64, a, b uint64) { buf = append(buf, perceptron.Hash(tpl, a, b, 0)) }
	add(fNOuter, outer, 0)
	add(fNOuterLemma, outer, lemma)
	// Depth: steps up to the first head outside the content.
	depth := 0
	for h := t.Heads[i]; h >= 0 && depth < 4; h = t.Heads[h] {
		tok := st.d.Tokens[t.Base+h]
		if tok.Start < q.Content.Start || tok.End > q.Content.End {
			break
		}
		depth++
	}
	add(fNRoot, uint64(depth), strKey(t.Tokens[i].DepRel))
	add(fNDepth, uint64(depth), lemma)
	subj := uint64(0)
	if t.Child(i, "nsubj") >= 0 {
		subj = 1
	}
	add(fNSubj, subj, lemma)
	return buf
}

// nested looks for cues inside the indirect content of the quotes
// st.out[found:] of the sentence [a, b) (nested attributions: "X said
// that Y had told him …"). Each candidate of the cue classifier there
// (not inside a quotation, a cue or a speaker) is passed to decide with
// its features; an accepted one is built by the rules as if the content
// around it were free, so that its speaker and content may lie inside
// it.
func (st *state) nested(a, b, found int, decide func(k int, feats []uint64) bool) {
	if len(st.out) == found {
		return
	}
	t := st.tree
	inContent := make([]int, b-a) // 1 + index in st.out of the content holding the token
	for n := found; n < len(st.out); n++ {
		q := st.out[n]
		if q.Kind == KindDirect {
			continue
		}
		for k := a; k < b; k++ {
			tok := st.d.Tokens[k]
			if tok.Start >= q.Content.Start && tok.End <= q.Content.End && inContent[k-a] == 0 {
				inContent[k-a] = n + 1
			}
		}
	}
	st.dropCueAndSpeaker(inContent, a, found)
	for k := a; k < b; k++ {
		if inContent[k-a] == 0 || st.quote[k] >= 0 {
			continue
		}
		lemma, listed := st.cueVerb(k)
		i := k - t.Base
		if !st.cueCandidate(i, listed) {
			continue
		}
		st.candidateFeatures(i, listed)
		st.feats = st.nestFeatures(st.feats, i, st.out[inContent[k-a]-1])
		if !decide(k, st.feats) {
			continue
		}
		if !listed {
			lemma = st.lemmaOf(k)
		}
		// Free the content around the cue while the rules build it.
		outer := inContent[k-a]
		var freed []int
		for j := a; j < b; j++ {
			if inContent[j-a] == outer && st.used[j] {
				st.used[j] = false
				freed = append(freed, j)
			}
		}
		n := len(st.out)
		st.verbCue(a, b, k, lemma)
		if len(st.out) == n {
			st.treeCue(a, b, k, lemma)
		}
		for _, j := range freed {
			st.used[j] = true
		}
		// Tokens of the new quote leave the candidates.
		st.dropCueAndSpeaker(inContent, a, n)
	}
}

// dropCueAndSpeaker takes the tokens of the cues and speakers of the
// quotes st.out[from:] out of the nested candidates inContent (indexed
// from token a).
func (st *state) dropCueAndSpeaker(inContent []int, a, from int) {
	for _, q := range st.out[from:] {
		for j := range inContent {
			tok := st.d.Tokens[a+j]
			if q.Cue != nil && tok.Start >= q.Cue.Start && tok.End <= q.Cue.End ||
				q.Speaker != nil && tok.Start >= q.Speaker.Start && tok.End <= q.Speaker.End {
				inContent[j] = 0
			}
		}
	}
}
