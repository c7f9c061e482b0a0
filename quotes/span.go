package quotes

import (
	"bufio"
	"bytes"
	_ "embed"
	"fmt"
	"io"
	"math/rand/v2"
	"sort"

	"github.com/klauspost/compress/zstd"

	"github.com/petrel-events/petrel/doc"
	"github.com/petrel-events/petrel/nlp/perceptron"
)

// spanModelData is the embedded cue span model, written by WriteSpanModel
// (petrel quotes train-span); empty means none.
//
//go:embed model/span.model.zst
var spanModelData []byte

const spanMagic = "PQSPAN1\n"

// spanReach is how far a cue edge may move beyond the built cue.
const spanReach = 6

// spanIndep: candidates and features relative to the anchor alone.
var spanIndep = false

// SetSpanIndep is an experiment switch.
func SetSpanIndep(b bool) { spanIndep = b }

// Feature templates of the span model.
const (
	fSpDelta uint64 = iota + 400
	fSpDeltaVerb
	fSpStart
	fSpStartUPOS
	fSpPrev
	fSpStartRel
	fSpEnd
	fSpEndUPOS
	fSpNext
	fSpEndRel
	fSpNextContent
	fSpVerbEnd
	fSpVerbNext
	fSpVerbStart
	fSpAdd
	fSpAddUPOS
	fSpAddVerb
	fSpAddTime
	fSpCut
	fSpCutUPOS
	fSpCutVerb
	fSpLen
	fSpKindDelta
)

// spanCand is one candidate extent of a cue: tokens s to e.
type spanCand struct{ s, e int }

// SpanExample is one built cue for the span model: the features of each
// candidate extent (the built one first) and the index of the gold one.
type SpanExample struct {
	Cands [][]uint64
	Gold  int
}

// spanAnchor returns the token every candidate extent of cue [cs, ce]
// holds: its last verb, else its last noun, adjective or proper noun,
// else its last token.
func (st *state) spanAnchor(cs, ce int) int {
	toks := st.d.Tokens
	for k := ce; k >= cs; k-- {
		if toks[k].UPOS == "VERB" {
			return k
		}
	}
	for k := ce; k >= cs; k-- {
		switch toks[k].UPOS {
		case "NOUN", "ADJ", "PROPN":
			return k
		}
	}
	return ce
}

// spanJoin reports whether token j outside cue q may join it on the given
// side: in the cue's sentence (parsed), outside quotations, no final
// punctuation, outside the speaker, and outside the content but at its
// start on the right (the content then starts after the cue).
func (st *state) spanJoin(q *doc.Quote, j, sb, se int, left bool) bool {
	d := st.d
	if j < sb || j >= se || d.Tokens[j].Head < 0 || st.quote[j] >= 0 {
		return false
	}
	switch st.low[j] {
	case ".", "?", "!", "\"", "“", "”", "(", ")", "''", "``":
		return false
	}
	tj := d.Tokens[j]
	if q.Speaker != nil && tj.Start < q.Speaker.End && q.Speaker.Start < tj.End {
		return false
	}
	if tj.Start < q.Content.End && q.Content.Start < tj.End {
		if left || q.Content.End <= tj.End {
			return false
		}
		return true
	}
	return true
}

// spanCands returns the candidate extents of the cue [cs, ce] of q, the
// built one first: each holds the anchor, ends no further than spanReach
// tokens beyond the built cue, and starts and ends with no punctuation
// (but a final colon).
func (st *state) spanCands(q *doc.Quote, cs, ce, a int) []spanCand {
	d := st.d
	s := d.Tokens[ce].Sentence
	sb, se := d.Sentences[s].TokenStart, d.Sentences[s].TokenEnd
	lo := cs
	for lo > cs-spanReach && st.spanJoin(q, lo-1, sb, se, true) {
		lo--
	}
	if spanIndep {
		lo = a
		for lo > a-spanReach-2 && (lo-1 >= cs || st.spanJoin(q, lo-1, sb, se, true)) {
			lo--
		}
	}
	hi := ce
	if spanIndep {
		hi = a
		for hi < ce && hi < a+spanReach+2 {
			hi++
		}
	}
	contentAt := -1
	for hi < a+spanReach+2 && (spanIndep || hi < ce+spanReach) && st.spanJoin(q, hi+1, sb, se, false) {
		hi++
		if contentAt < 0 && d.Tokens[hi].Start >= q.Content.Start && d.Tokens[hi].Start < q.Content.End {
			contentAt = hi
		}
	}
	out := []spanCand{{cs, ce}}
	for i := lo; i <= a; i++ {
		if isPunct(st.low[i]) {
			continue
		}
		for j := a; j <= hi; j++ {
			if i == cs && j == ce {
				continue
			}
			if isPunct(st.low[j]) && st.low[j] != ":" {
				continue
			}
			if contentAt >= 0 && j >= contentAt {
				// eating into the content: it must not vanish
				if j+1 >= len(d.Tokens) || d.Tokens[j+1].Start >= q.Content.End {
					continue
				}
			}
			out = append(out, spanCand{i, j})
		}
	}
	return out
}

func clipDelta(n int) uint64 { return uint64(max(-3, min(3, n)) + 3) }

// spanFeatures appends the features of extent c of the cue [cs, ce] of q
// with anchor a.
func (st *state) spanFeatures(buf []uint64, q *doc.Quote, cs, ce, a int, c spanCand) []uint64 {
	d := st.d
	toks := d.Tokens
	sent := toks[a].Sentence
	sb, se := d.Sentences[sent].TokenStart, d.Sentences[sent].TokenEnd
	vk := strKey(lemmaOf(toks[a]))
	add := func(tpl, x, y uint64) { buf = append(buf, perceptron.Hash(tpl, x, y, 0)) }
	dl, dr := clipDelta(cs-c.s), clipDelta(c.e-ce)
	if spanIndep {
		cs, ce = a, a
		dl, dr = uint64(min(a-c.s, 6)), uint64(min(c.e-a, 6))
	}
	add(fSpDelta, dl, dr)
	add(fSpDeltaVerb, dl*8+dr, vk)
	add(fSpKindDelta, strKey(q.Kind), dl*8+dr)
	add(fSpLen, uint64(min(c.e-c.s+1, 8)), 0)
	// Start edge.
	prev, prevU := uint64(1), uint64(1)
	if c.s-1 >= sb {
		prev, prevU = strKey(st.low[c.s-1]), strKey(toks[c.s-1].UPOS)
		if q.Speaker != nil && toks[c.s-1].End <= q.Speaker.End && toks[c.s-1].Start >= q.Speaker.Start {
			prevU = 2
		}
	}
	add(fSpStart, strKey(st.low[c.s]), 0)
	add(fSpStartUPOS, strKey(toks[c.s].UPOS), prevU)
	add(fSpPrev, prev, 0)
	add(fSpStartRel, strKey(toks[c.s].DepRel), st.headSide(c.s, a, sb))
	add(fSpVerbStart, vk, strKey(st.low[c.s]))
	// End edge.
	next, nextU := uint64(1), uint64(1)
	nc := uint64(0)
	if c.e+1 < se {
		nb := toks[c.e+1]
		next, nextU = strKey(st.low[c.e+1]), strKey(nb.UPOS)
		switch {
		case st.quote[c.e+1] >= 0:
			nc = 1
		case nb.Start == q.Content.Start:
			nc = 2
		case nb.Start > q.Content.Start && nb.Start < q.Content.End:
			nc = 3
		case q.Content.End <= toks[cs].Start:
			nc = 4
		}
	}
	add(fSpEnd, strKey(st.low[c.e]), 0)
	add(fSpEndUPOS, strKey(toks[c.e].UPOS), nextU)
	add(fSpNext, next, 0)
	add(fSpEndRel, strKey(toks[c.e].DepRel), st.headSide(c.e, a, sb))
	add(fSpNextContent, nc, strKey(toks[c.e].UPOS))
	add(fSpNextContent, nc, next)
	add(fSpVerbEnd, vk, strKey(st.low[c.e]))
	add(fSpVerbNext, vk, next)
	// Tokens added to or cut from the built cue.
	tok := func(j int, side uint64, tw, tu, tv uint64) {
		add(tw, side, strKey(st.low[j]))
		add(tu, side, strKey(toks[j].UPOS)^strKey(toks[j].DepRel)*31^st.headSide(j, a, sb)*7)
		add(tv, vk, strKey(st.low[j])^side)
		if tw == fSpAdd && st.timeTok[j] {
			add(fSpAddTime, side, 0)
		}
	}
	for j := c.s; j < cs; j++ {
		tok(j, 1, fSpAdd, fSpAddUPOS, fSpAddVerb)
	}
	for j := ce + 1; j <= c.e; j++ {
		tok(j, 2, fSpAdd, fSpAddUPOS, fSpAddVerb)
	}
	for j := cs; j < c.s; j++ {
		tok(j, 1, fSpCut, fSpCutUPOS, fSpCutVerb)
	}
	for j := c.e + 1; j <= ce; j++ {
		tok(j, 2, fSpCut, fSpCutUPOS, fSpCutVerb)
	}
	return buf
}

// headSide says where the head of token j lies against anchor a: 1 the
// anchor, 2 left of j, 3 right of j, 0 the root.
func (st *state) headSide(j, a, sb int) uint64 {
	h := st.d.Tokens[j].Head
	switch {
	case h <= 0:
		return 0
	case sb+h-1 == a:
		return 1
	case sb+h-1 < j:
		return 2
	}
	return 3
}

// spanCue returns the cue token range of q, its anchor and whether the
// span model may move it (a parsed cue in one sentence).
func (st *state) spanCue(q *doc.Quote) (cs, ce, a int, ok bool) {
	if q.Cue == nil {
		return 0, 0, 0, false
	}
	sp := trimSpace(st.d.Text, q.Cue.Span)
	if sp.End <= sp.Start {
		return 0, 0, 0, false
	}
	cs, ce = st.tokIdx(sp.Start), st.tokIdx(sp.End-1)
	toks := st.d.Tokens
	if cs >= len(toks) || ce >= len(toks) || toks[cs].Sentence != toks[ce].Sentence || toks[cs].Head < 0 || toks[cs].Start != sp.Start || toks[ce].End != sp.End {
		return 0, 0, 0, false
	}
	return cs, ce, st.spanAnchor(cs, ce), true
}

// SpanExamples returns the span model's examples of d: each cue r builds
// that overlaps a gold cue whose extent is one of its candidates.
func (r *Recognizer) SpanExamples(d *doc.Doc, gold []Attribution) []SpanExample {
	if len(d.Tokens) == 0 {
		return nil
	}
	golds := goldCues(d, gold)
	qs := r.Find(d)
	st := newState(r, d)
	var out []SpanExample
	seen := map[doc.Span]bool{}
	for n := range qs {
		q := &qs[n]
		if q.Cue == nil || seen[q.Cue.Span] {
			continue
		}
		seen[q.Cue.Span] = true
		cs, ce, a, ok := st.spanCue(q)
		if !ok {
			continue
		}
		cue := doc.Span{Start: d.Tokens[cs].Start, End: d.Tokens[ce].End}
		best, bo := doc.Span{}, 0
		for _, g := range golds {
			o := min(g.End, cue.End) - max(g.Start, cue.Start)
			if o > bo {
				best, bo = g, o
			}
		}
		if bo == 0 {
			continue
		}
		cands := st.spanCands(q, cs, ce, a)
		gi := -1
		for i, c := range cands {
			if d.Tokens[c.s].Start == best.Start && d.Tokens[c.e].End == best.End {
				gi = i
				break
			}
		}
		if gi < 0 {
			continue
		}
		ex := SpanExample{Gold: gi}
		for _, c := range cands {
			ex.Cands = append(ex.Cands, st.spanFeatures(nil, q, cs, ce, a, c))
		}
		out = append(out, ex)
	}
	return out
}

// TrainSpans trains the span model, a structured perceptron that scores
// each candidate extent, on examples for the given number of epochs in
// an order shuffled by seed. Training is deterministic.
func TrainSpans(examples []SpanExample, epochs int, seed uint64) *perceptron.Model {
	tr := perceptron.NewTrainer(1)
	order := make([]int, len(examples))
	for i := range order {
		order[i] = i
	}
	rng := rand.New(rand.NewPCG(seed, seed^0x9E3779B97F4A7C15))
	var sc [1]float32
	for range epochs {
		rng.Shuffle(len(order), func(i, j int) { order[i], order[j] = order[j], order[i] })
		for _, i := range order {
			ex := examples[i]
			best, bs := 0, float32(0)
			for c, f := range ex.Cands {
				sc[0] = 0
				tr.Score(f, sc[:])
				if c == 0 || sc[0] > bs {
					best, bs = c, sc[0]
				}
			}
			if best != ex.Gold {
				tr.Add(0, ex.Cands[ex.Gold], 1)
				tr.Add(0, ex.Cands[best], -1)
			}
			tr.Tick()
		}
	}
	return tr.Average(0)
}

// WithSpanModel returns a copy of r that moves its cue edges with m (nil:
// none).
func (r *Recognizer) WithSpanModel(m *perceptron.Model) *Recognizer {
	c := *r
	c.span = m
	return &c
}

// applySpans gives each cue of qs the best-scored extent of the span
// model; a content that a grown cue reaches then starts after it.
func (r *Recognizer) applySpans(d *doc.Doc, qs []doc.Quote) []doc.Quote {
	st := newState(r, d)
	st.out = qs
	var sc [1]int32
	st.moveCues(func(n int, old doc.Span) doc.Span {
		q := &st.out[n]
		cs, ce, a, ok := st.spanCue(q)
		if !ok {
			return old
		}
		cands := st.spanCands(q, cs, ce, a)
		best, bs := 0, int32(0)
		for c, cd := range cands {
			st.feats = st.spanFeatures(st.feats[:0], q, cs, ce, a, cd)
			sc[0] = 0
			r.span.Score(st.feats, sc[:])
			if c == 0 || sc[0] > bs {
				best, bs = c, sc[0]
			}
		}
		if best == 0 {
			return old
		}
		c := cands[best]
		return doc.Span{Start: d.Tokens[c.s].Start, End: d.Tokens[c.e].End}
	}, func(q *doc.Quote, old doc.Span) {
		if q.Content.Start >= old.Start && q.Cue.End > old.End {
			st.contentAfter(q, q.Cue.End)
		}
	})
	sort.SliceStable(st.out, func(i, j int) bool { return st.out[i].Cue.Start < st.out[j].Cue.Start })
	return st.out
}

// WriteSpanModel writes m zstd-compressed: a magic line and the
// perceptron.
func WriteSpanModel(w io.Writer, m *perceptron.Model) error {
	zw, err := zstd.NewWriter(w, zstd.WithEncoderLevel(zstd.SpeedBestCompression))
	if err != nil {
		return err
	}
	if _, err := io.WriteString(zw, spanMagic); err != nil {
		return err
	}
	if _, err := m.WriteTo(zw); err != nil {
		return err
	}
	return zw.Close()
}

// ReadSpanModel reads a model written by WriteSpanModel.
func ReadSpanModel(r io.Reader) (*perceptron.Model, error) {
	zr, err := zstd.NewReader(r)
	if err != nil {
		return nil, err
	}
	defer zr.Close()
	br := bufio.NewReader(zr)
	magic := make([]byte, len(spanMagic))
	if _, err := io.ReadFull(br, magic); err != nil || string(magic) != spanMagic {
		return nil, fmt.Errorf("span model: bad header")
	}
	return perceptron.ReadModel(br)
}

// embeddedSpanModel returns the embedded span model, or nil when the
// embedded file is empty.
func embeddedSpanModel() (*perceptron.Model, error) {
	if len(spanModelData) == 0 {
		return nil, nil
	}
	return ReadSpanModel(bytes.NewReader(spanModelData))
}

// SpanBest returns the index of the candidate of ex that m scores best.
func SpanBest(m *perceptron.Model, ex SpanExample) int {
	var sc [1]int32
	best, bs := 0, int32(0)
	for c, f := range ex.Cands {
		sc[0] = 0
		m.Score(f, sc[:])
		if c == 0 || sc[0] > bs {
			best, bs = c, sc[0]
		}
	}
	return best
}
