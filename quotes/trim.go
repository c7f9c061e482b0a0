package quotes

import "github.com/petrel-events/petrel/doc"

// cueTailStart returns the token where an indirect content over tokens [s, e]
// that follows its cue (whose last token is k) ends when a tail after a
// comma hangs in the parse outside the content, on the cue verb or one
// of its heads, and is a participle clause (`said X, adding …`, `…,
// leaving …`), an adverbial clause or a parenthetical (`advcl`,
// `parataxis`), or a joined clause with a subject of its own or after
// "but" (`…, but Mr. Obama learned …`, `…, but also drew …`; not the
// items of a list); e+1 when nothing is cut. The returned token starts the
// tail (its comma).
func (st *state) cueTailStart(k, s, e int) int {
	toks := st.d.Tokens
	t := st.tree
	if t == nil || toks[s].Sentence != toks[k].Sentence || toks[e].Sentence != toks[k].Sentence {
		return e + 1
	}
	b := t.Base
	ls, le, lk := s-b, e-b, k-b
	for i := ls + 1; i <= le; i++ {
		h := t.Heads[i]
		if st.quote[b+i] >= 0 || h < 0 || h >= ls && h <= le {
			continue
		}
		if !dominates(t, h, lk) {
			continue
		}
		// the first token of the tail's subtree, after the content's
		// first (a hand-made parse may hold a cycle: no tree walk)
		lo := i
		for j := ls + 1; j < i; j++ {
			if dominates(t, i, j) {
				lo = j
				break
			}
		}
		for lo < i && isPunct(st.low[b+lo]) {
			lo++
		}
		if st.low[b+lo-1] != "," || st.quote[b+lo-1] >= 0 {
			continue
		}
		w := st.low[b+i]
		participle := ingForm(w) && w != "including" && w != "according" && t.Tokens[i].UPOS == "VERB"
		if rel := t.relBase(i); !participle && rel != "advcl" && rel != "parataxis" && (rel != "conj" || !st.ownClause(i)) {
			continue
		}
		end := b + lo - 1
		for end > s && st.quote[end-1] < 0 && isPunct(st.low[end-1]) {
			end--
		}
		if end <= s {
			return e + 1
		}
		return end
	}
	return e + 1
}

// trimCueTails cuts the contents of the quotes st.out[found:] of the
// sentence [a, b) before a tail that cueTailStart finds, frees the
// tail's tokens and builds the quote of a cue among them (`…, saying
// that …`), with the rules of the sentence loop.
func (st *state) trimCueTails(a, b, found int) {
	if st.tree == nil {
		return
	}
	toks := st.d.Tokens
	for n := found; n < len(st.out); n++ {
		q := st.out[n]
		if q.Cue == nil || q.Content.Start < q.Cue.End || q.Kind == KindDirect {
			continue
		}
		sp := q.Content.Span
		s, e, k := st.tokIdx(sp.Start), st.tokIdx(sp.End-1), st.tokIdx(q.Cue.End-1)
		if e >= b || e <= s || k >= len(toks) {
			continue
		}
		c := st.cueTailStart(k, s, e)
		if c > e {
			continue
		}
		st.out[n].Content = st.d.NewTextSpan(doc.Span{Start: sp.Start, End: toks[c-1].End})
		if st.out[n].Kind == KindMixed {
			st.out[n].Kind = st.quoteKind(st.out[n].Content.Span, KindMixed)
		}
		for j := c; j <= e; j++ {
			if !st.inOtherQuote(n, j) {
				st.used[j] = false
			}
		}
		for j := c; j <= e; j++ {
			if st.used[j] || st.quote[j] >= 0 {
				continue
			}
			if lemma, ok := st.cueDecision(j); ok {
				m := len(st.out)
				st.verbCue(a, b, j, lemma)
				if len(st.out) == m {
					st.treeCue(a, b, j, lemma)
				}
			}
		}
	}
}

// inOtherQuote reports whether token j lies in a span of a quote other
// than st.out[n].
func (st *state) inOtherQuote(n, j int) bool {
	tok := st.d.Tokens[j]
	in := func(sp *doc.Span) bool { return sp != nil && sp.Start <= tok.Start && sp.End >= tok.End }
	for m, o := range st.out {
		if m == n {
			continue
		}
		var cue, spk *doc.Span
		if o.Cue != nil {
			cue = &o.Cue.Span
		}
		if o.Speaker != nil {
			spk = &o.Speaker.Span
		}
		if in(&o.Content.Span) || in(cue) || in(spk) {
			return true
		}
	}
	return false
}

// dominates reports whether tree token h is j or one of its heads, in at
// most len(t.Tokens) steps.
func dominates(t *tree, h, j int) bool {
	for n := 0; j >= 0 && n <= len(t.Tokens); n++ {
		if j == h {
			return true
		}
		j = t.Heads[j]
	}
	return false
}

// ownClause reports whether the conjunct at tree token i has a subject
// of its own or is joined by "but" or "yet".
func (st *state) ownClause(i int) bool {
	t := st.tree
	for _, c := range t.Kids[i] {
		switch t.relBase(c) {
		case "nsubj":
			return true
		case "cc":
			if w := st.low[t.Base+c]; w == "but" || w == "yet" {
				return true
			}
		}
	}
	return false
}
