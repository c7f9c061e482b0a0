package quotes

import (
	"github.com/petrel-events/petrel/doc"
	"github.com/petrel-events/petrel/nlp/perceptron"
)

// Feature templates of the cue extension model.
const (
	fEBias uint64 = iota + 100
	fEWord
	fEUPOS
	fERel
	fEHead
	fEVerb
	fEVerbWord
	fEVerbUPOS
	fEStep
	fEContent
	fEContentWord
	fETime
	fENext
	fENextUPOS
	fELast
	fEKind
	fEVerbContent
	fERelUPOS
	fEWordNext
)

// maxExtend is the most tokens the extension model adds to a cue.
const maxExtend = 8

// extendStep returns the features of growing cue [cs, e] of quote q by
// token j = e+1 (left: j = cs-1), or ok false when j cannot join the
// cue: outside its sentence, inside a quotation, punctuation, inside the
// speaker, or a token of the content that would leave it empty (right)
// or any token of the content (left).
func (st *state) extendStep(buf []uint64, q *doc.Quote, cs, e, step int, left bool) ([]uint64, bool) {
	d := st.d
	j := e + 1
	if left {
		j = cs - 1
	}
	s := d.Tokens[e].Sentence
	sb, se := d.Sentences[s].TokenStart, d.Sentences[s].TokenEnd
	if j < sb || j >= se || d.Tokens[j].Head < 0 || st.quote[j] >= 0 || isPunct(st.low[j]) {
		return buf, false
	}
	tj := d.Tokens[j]
	if q.Speaker != nil && tj.Start < q.Speaker.End && q.Speaker.Start < tj.End {
		return buf, false
	}
	if left {
		if tj.Start < q.Content.End && q.Content.Start < tj.End {
			return buf, false
		}
		return st.leftFeatures(buf, q, cs, e, j, step), true
	}
	content := "after"
	switch {
	case q.Content.End <= d.Tokens[cs].Start:
		content = "before"
	case q.Content.Start == tj.Start:
		content = "at"
		if q.Content.End <= tj.End || j+1 < se && q.Content.End <= d.Tokens[j+1].Start {
			return buf, false // the content would vanish
		}
	case q.Content.Start < tj.Start && q.Content.End > tj.Start:
		content = "in"
		if q.Content.End <= tj.End {
			return buf, false
		}
	}
	// The cue's verb: its last verb, else its last token.
	v := e
	for k := e; k >= cs; k-- {
		if d.Tokens[k].UPOS == "VERB" {
			v = k
			break
		}
	}
	nb := -1
	if j+1 < se {
		nb = j + 1
	}
	return st.growFeatures(buf, q, 0, cs, e, j, v, e, nb, strKey(content), step, "right"), true
}

// leftFeatures returns the features of growing cue [cs, e] of quote q
// by token j = cs-1 on its left: the same templates as on the right,
// hashed apart.
func (st *state) leftFeatures(buf []uint64, q *doc.Quote, cs, e, j, step int) []uint64 {
	d := st.d
	tj := d.Tokens[j]
	sb := d.Sentences[tj.Sentence].TokenStart
	v := cs
	for k := cs; k <= e; k++ {
		if d.Tokens[k].UPOS == "VERB" {
			v = k
			break
		}
	}
	where := "none"
	switch {
	case q.Speaker != nil && q.Speaker.End <= tj.Start:
		where = "after-speaker"
	case q.Speaker != nil:
		where = "before-speaker"
	}
	if q.Content.End <= tj.Start {
		where += ":after-content"
	}
	nb := -1
	if j-1 >= sb {
		nb = j - 1
	}
	return st.growFeatures(buf, q, 7, cs, e, j, v, cs, nb, strKey(where), step, "left")
}

// growFeatures appends the features of growing cue [cs, e] by token j,
// the same templates on both sides: v is the cue's verb, edge the cue
// token at the growing side, nb the token beyond j (-1 at the sentence
// edge), ck the side's context key, and side the name of a head beyond j;
// salt keeps the two sides' hashes apart.
func (st *state) growFeatures(buf []uint64, q *doc.Quote, salt uint64, cs, e, j, v, edge, nb int, ck uint64, step int, side string) []uint64 {
	d := st.d
	tj := d.Tokens[j]
	sb := d.Sentences[tj.Sentence].TokenStart
	vk := strKey(st.lemma[v])
	wk := strKey(st.low[j])
	uk := strKey(tj.UPOS)
	sk := uint64(min(step, 4))
	add := func(tpl uint64, a, b uint64) { buf = append(buf, perceptron.Hash(tpl, a, b, salt)) }
	add(fEBias, 0, 0)
	add(fEWord, wk, 0)
	add(fEUPOS, uk, sk)
	add(fERel, strKey(tj.DepRel), 0)
	add(fERelUPOS, strKey(tj.DepRel), uk)
	head := "out"
	if tj.Head > 0 {
		h := sb + tj.Head - 1
		switch {
		case h == v:
			head = "verb"
		case h >= cs && h <= e:
			head = "cue"
		case side == "right" && h > j, side == "left" && h < j:
			head = side
		}
	}
	add(fEHead, strKey(head), strKey(tj.DepRel))
	add(fEHead, strKey(head), uk)
	add(fEVerb, vk, 0)
	add(fEVerbWord, vk, wk)
	add(fEVerbUPOS, vk, uk)
	add(fEStep, sk, 0)
	add(fEContent, ck, uk)
	add(fEContentWord, ck, wk)
	add(fEVerbContent, vk, ck)
	t := uint64(0)
	if st.timeTok[j] {
		t = 1
	}
	add(fETime, t, wk)
	next, nextU := uint64(1), uint64(1)
	if nb >= 0 {
		next, nextU = strKey(st.low[nb]), strKey(d.Tokens[nb].UPOS)
		if st.quote[nb] >= 0 {
			nextU = 2
		}
	}
	add(fENext, next, 0)
	add(fENextUPOS, nextU, uk)
	add(fEWordNext, wk, next)
	add(fELast, strKey(st.low[edge]), wk)
	add(fEKind, strKey(q.Kind), ck)
	return buf
}

// extendCues lets the extension model grow each cue to the right, a token
// at a time while the model says so, then to the left, the same way for
// every quote sharing the cue; a content after the cue then starts after
// it.
func (st *state) extendCues() {
	m := st.r.cues.Ext
	var scores [2]int32
	st.moveCues(func(n int, old doc.Span) doc.Span {
		q := &st.out[n]
		nc := old
		cs, e := st.tokIdx(old.Start), st.tokIdx(old.End-1)
		for _, left := range []bool{false, true} {
			for step := 1; step <= maxExtend; step++ {
				f, ok := st.extendStep(st.feats[:0], q, cs, e, step, left)
				st.feats = f
				if !ok {
					break
				}
				scores[0], scores[1] = 0, 0
				m.Score(f, scores[:])
				if scores[1] <= scores[0] {
					break
				}
				if left {
					cs--
					nc.Start = st.d.Tokens[cs].Start
				} else {
					e++
					nc.End = st.d.Tokens[e].End
				}
			}
		}
		return nc
	}, func(q *doc.Quote, old doc.Span) {
		if q.Content.Start >= old.Start && q.Cue.End > old.End {
			st.contentAfter(q, q.Cue.End)
		}
	})
}

// moveCues gives each built cue the span move returns for it, computed
// once per distinct span so that quotes sharing a cue move together, and
// calls moved with the old span on every quote whose cue changed.
func (st *state) moveCues(move func(n int, old doc.Span) doc.Span, moved func(q *doc.Quote, old doc.Span)) {
	done := map[doc.Span]doc.Span{}
	for n := range st.out {
		q := &st.out[n]
		if q.Cue == nil {
			continue
		}
		old := q.Cue.Span
		nc, seen := done[old]
		if !seen {
			nc = move(n, old)
			done[old] = nc
		}
		if nc == old {
			continue
		}
		c := st.d.NewTextSpan(nc)
		q.Cue = &c
		moved(q, old)
	}
}

// ExtendExamples returns the extension model's examples of d: for each
// cue r builds whose gold cue starts with it and ends at or after it,
// one example per token the gold cue adds (true) and one for the token
// where it stops (false).
func (r *Recognizer) ExtendExamples(d *doc.Doc, gold []Attribution) []CueExample {
	if len(d.Tokens) == 0 {
		return nil
	}
	golds := goldCues(d, gold)
	qs := r.Find(d)
	st := newState(r, d)
	var out []CueExample
	seen := map[doc.Span]bool{}
	for n := range qs {
		q := &qs[n]
		if q.Cue == nil || seen[q.Cue.Span] {
			continue
		}
		seen[q.Cue.Span] = true
		cue := trimSpace(d.Text, q.Cue.Span)
		var g doc.Span
		found := false
		for _, x := range golds {
			if x.Start <= cue.Start && x.End >= cue.End {
				g, found = x, true
				break
			}
		}
		if !found {
			continue
		}
		cs, e := st.tokIdx(cue.Start), st.tokIdx(cue.End-1)
		for _, left := range []bool{false, true} {
			for step := 1; step <= maxExtend; step++ {
				f, ok := st.extendStep(nil, q, cs, e, step, left)
				if !ok {
					break
				}
				j := e + 1
				if left {
					j = cs - 1
				}
				yes := d.Tokens[j].Start >= g.Start && d.Tokens[j].End <= g.End
				out = append(out, CueExample{Feats: f, Cue: yes})
				if !yes {
					break
				}
				if left {
					cs--
				} else {
					e++
				}
			}
		}
	}
	return out
}
