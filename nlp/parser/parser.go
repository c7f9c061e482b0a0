// Package parser is a transition-based dependency parser: the arc-hybrid
// system with labelled transitions, scored by an averaged perceptron on
// Zhang and Nivre (2011) style features. Greedy parsers are trained with
// a dynamic oracle (Goldberg and Nivre 2012, 2013); beam parsers
// (Options.Beam) globally, with max-violation updates (Huang, Fayong and
// Guo 2012; see beam.go). It produces Universal Dependencies basic trees
// with full relation labels.
package parser

import (
	"bufio"
	"errors"
	"fmt"
	"io"

	"github.com/petrel-events/petrel/nlp/internal/bin"
	"github.com/petrel-events/petrel/nlp/internal/flat"
	"github.com/petrel-events/petrel/nlp/internal/lex"
	"github.com/petrel-events/petrel/nlp/perceptron"
)

// Parser is a trained parser. It is read-only and safe for concurrent use
// with one Scratch per goroutine.
//
// Two averaged perceptrons share the work: moves scores the three
// arc-hybrid moves (shift, left arc, right arc) from the whole
// configuration, and labeler names each arc when it is made, from the
// head, the now complete dependent and its children.
type Parser struct {
	labels  []string
	root    int // index of the "root" label
	moves   *perceptron.Model
	labeler *perceptron.Model
	// known holds the lower-case form hashes seen at least twice in
	// training; other words share one unknown-word value.
	known map[uint64]uint64
	// coarse maps a tag id to a coarse tag id (UPOS), and punct tells
	// which coarse tags are punctuation.
	coarse []int
	punct  []bool
	// beam is the decoding beam width (1: greedy).
	beam int
	// feats are the optional feature sets (featClusters, featContext),
	// 0 in older model files.
	feats uint64
	// clusters maps lower-case form hashes of the training words to
	// their word clusters (coarse | fine<<16) when feats has
	// featClusters (see cluster.go).
	clusters map[uint64]uint64
	// knownTab and clusterTab are known and clusters as flat tables for
	// parsing (see tables), built once the maps are complete.
	knownTab, clusterTab flat.Map
}

// tables builds knownTab and clusterTab from known and clusters.
func (p *Parser) tables() {
	p.knownTab, p.clusterTab = flat.New(p.known), flat.New(p.clusters)
}

// Optional feature sets, flagged in the model file.
const (
	featClusters = 1 << iota // word clusters of s0, s1, b0, b1
	featContext              // commas, brackets and quotes between s0 and b0
	knownFeats   = featClusters | featContext
)

// Beam returns the decoding beam width (1 for greedy decoding).
func (p *Parser) Beam() int { return max(p.beam, 1) }

// WithBeam returns a copy of p that decodes with beam width k (1:
// greedy), sharing its weights.
func (p *Parser) WithBeam(k int) *Parser {
	q := *p
	q.beam = max(k, 1)
	return &q
}

// extra holds per-sentence values the features need beyond words and
// tags: coarse tags, suffix hashes, and punctuation counts.
type extra struct {
	coarse []int
	suffix []uint64
	punct  []int // punct[i] = punctuation words before word i
	// cc and cf are the coarse and fine clusters of the words, empty
	// when the model has no cluster features.
	cc, cf []uint64
	// With context features: comma[i] = commas before word i; group[i]
	// = 1 + the position of the innermost bracket open at word i (0
	// outside brackets); quote[i] = parity of the quotation marks
	// before word i.
	comma, group, quote []int
}

// unknownWord stands for words not in Parser.known.
const unknownWord = 0x27d4eb2f165667c5

// Labels returns the dependency relation labels.
func (p *Parser) Labels() []string { return p.labels }

// Label returns relation label id.
func (p *Parser) Label(id int) string { return p.labels[id] }

// Scratch is per-goroutine working memory for Parse.
type Scratch struct {
	x       extra
	st      state
	words   []uint64
	feats   []uint64
	lfeats  []uint64
	mscores [3]int32
	lscores []int32
	jscores []int32
	beam    beamScratch
}

// wordValues maps analysed words to the parser's word values.
func (p *Parser) wordValues(s *Scratch, words []lex.Word) []uint64 {
	s.words = s.words[:0]
	s.x.coarse = p.coarse
	s.x.suffix = s.x.suffix[:0]
	s.x.punct = append(s.x.punct[:0], 0)
	for i := range words {
		s.x.suffix = append(s.x.suffix, words[i].Suffix[2])
	}
	s.x.cc, s.x.cf = s.x.cc[:0], s.x.cf[:0]
	if p.feats&featContext != 0 {
		s.x.context(words)
	} else {
		s.x.comma = s.x.comma[:0]
	}
	if p.feats&featClusters != 0 {
		for i := range words {
			c, ok := p.clusterTab.Get(words[i].Lower)
			if !ok {
				s.x.cc = append(s.x.cc, noCluster)
				s.x.cf = append(s.x.cf, noCluster)
				continue
			}
			s.x.cc = append(s.x.cc, c&0xffff)
			s.x.cf = append(s.x.cf, c>>16)
		}
	}
	for i := range words {
		v := words[i].Lower
		if _, ok := p.knownTab.Get(v); !ok {
			v = unknownWord
		}
		s.words = append(s.words, v)
	}
	return s.words
}

// Parse parses one sentence. words are the analysed words, tags their tag
// ids (as the parser was trained with). heads receives the 1-based head of
// each word (0 for the root) and labels the relation label ids.
func (p *Parser) Parse(s *Scratch, words []lex.Word, tags []int, heads, labels []int) {
	n := len(words)
	if n == 0 {
		return
	}
	wv := p.wordValues(s, words)
	s.x.countPunct(p, tags)
	st := &s.st
	st.reset(n)
	if len(s.lscores) != len(p.labels) {
		s.lscores = make([]int32, len(p.labels), max(len(p.labels), 256))
	}
	if p.labeler == nil {
		if p.beam > 1 {
			p.parseBeam(s, wv, tags)
		} else {
			p.parseJoint(s, st, wv, tags)
		}
	}
	for !st.done() {
		s.feats = extract(s.feats[:0], st, wv, tags, &s.x)
		s.mscores = [3]int32{}
		p.moves.Score(s.feats, s.mscores[:])
		mv := bestMove(st, s.mscores[:])
		if mv == shift {
			st.shift()
			continue
		}
		h, d, ctx := arcOf(st, mv)
		s.lfeats = labelFeatures(s.lfeats[:0], st, wv, tags, &s.x, h, d, ctx, mv == leftArc)
		clear(s.lscores)
		p.labeler.Score(s.lfeats, s.lscores)
		lab := bestLabel(p, st, h, s.lscores)
		if mv == leftArc {
			st.left(lab)
		} else {
			st.right(lab)
		}
	}
	for i := 0; i < n; i++ {
		h := st.heads[i]
		if h == n {
			heads[i] = 0
		} else {
			heads[i] = h + 1
		}
		labels[i] = st.label[i]
	}
}

// parseJoint parses with the joint model: one class per move and label
// (0 shift, 1..L left arcs, L+1..2L right arcs).
func (p *Parser) parseJoint(s *Scratch, st *state, wv []uint64, tags []int) {
	if len(s.jscores) != p.moves.Classes() {
		s.jscores = make([]int32, p.moves.Classes(), max(p.moves.Classes(), 256))
	}
	for !st.done() {
		// Forced moves need no scoring: shift onto an empty stack, and
		// attach the last word on the stack to the root.
		if len(st.stack) == 0 {
			st.shift()
			continue
		}
		if st.b == st.n && len(st.stack) == 1 {
			st.left(p.root)
			continue
		}
		s.feats = extract(s.feats[:0], st, wv, tags, &s.x)
		clear(s.jscores)
		p.moves.Score(s.feats, s.jscores)
		p.applyJoint(st, bestJoint(p, st, s.jscores))
	}
}

// bestJoint returns the best legal joint class; ties go to the lower.
// The classes are visited in order (shift, left arcs, right arcs), the
// root label skipped except for the final left arc.
func bestJoint[T int32 | float32](p *Parser, st *state, scores []T) int {
	best := -1
	var top T
	L, root := len(p.labels), p.root
	if st.canShift() {
		best, top = 0, scores[0]
	}
	if st.canLeft() {
		if st.b == st.n {
			if c := 1 + root; best < 0 || scores[c] > top {
				best, top = c, scores[c]
			}
		} else {
			best, top = argmax(scores, 1, 1+root, best, top)
			best, top = argmax(scores, 2+root, L+1, best, top)
		}
	}
	if st.canRight() {
		best, top = argmax(scores, L+1, L+1+root, best, top)
		best, _ = argmax(scores, L+2+root, 2*L+1, best, top)
	}
	return best
}

// argmax returns the best of the class best (score top; none when best
// < 0) and the classes lo to hi-1 after it, ties to the earlier, with its
// score.
func argmax[T int32 | float32](scores []T, lo, hi, best int, top T) (int, T) {
	if lo >= hi {
		return best, top
	}
	s := scores[lo:hi]
	if best < 0 {
		best, top = lo, s[0]
	}
	for i, v := range s {
		if v > top {
			best, top = lo+i, v
		}
	}
	return best, top
}

// jointMove splits a joint class into move and label.
func (p *Parser) jointMove(c int) (mv, label int) {
	L := len(p.labels)
	switch {
	case c == 0:
		return shift, -1
	case c <= L:
		return leftArc, c - 1
	default:
		return rightArc, c - 1 - L
	}
}

func (p *Parser) applyJoint(st *state, c int) {
	mv, l := p.jointMove(c)
	switch mv {
	case shift:
		st.shift()
	case leftArc:
		st.left(l)
	default:
		st.right(l)
	}
}

// arcOf returns the head, dependent and context word of the arc move mv.
func arcOf(st *state, mv int) (h, d, ctx int) {
	d = st.top(0)
	if mv == leftArc {
		return st.b, d, st.top(1)
	}
	return st.top(1), d, st.buf(0)
}

// bestMove returns the best legal move; ties go to the lower move.
func bestMove[T int32 | float32](st *state, scores []T) int {
	best := -1
	for mv, ok := range [3]bool{st.canShift(), st.canLeft(), st.canRight()} {
		if ok && (best < 0 || scores[mv] > scores[best]) {
			best = mv
		}
	}
	return best
}

// bestLabel returns the best label for an arc from h: "root" exactly for
// arcs from the root.
func bestLabel[T int32 | float32](p *Parser, st *state, h int, scores []T) int {
	if h == st.n {
		return p.root
	}
	best := -1
	for l, v := range scores {
		if l != p.root && (best < 0 || v > scores[best]) {
			best = l
		}
	}
	return best
}

// countPunct fills x.punct from the tags.
func (x *extra) countPunct(p *Parser, tags []int) {
	x.punct = append(x.punct[:0], 0)
	c := 0
	for _, t := range tags {
		if p.punct[p.coarse[t]] {
			c++
		}
		x.punct = append(x.punct, c)
	}
	x.punct = append(x.punct, c)
}

// magic names the file format. Version 5 added the decoder settings, a
// list of (key, value) pairs so that later settings can be added without
// a new version; version 4 files (no settings) still load, greedy, and a
// greedy parser is still written as version 4.
const (
	magic   = "petrel-parser/5"
	magicV4 = "petrel-parser/4"
)

// Keys of the decoder settings in the file.
const (
	settingBeam  = 1 // beam width
	settingFeats = 2 // optional feature sets (featClusters …); with featClusters the cluster map follows the settings
)

// WriteTo writes the parser in binary form.
func (p *Parser) WriteTo(w io.Writer) (int64, error) {
	bw := bin.NewWriter(w)
	var settings [][2]uint64
	if p.Beam() > 1 {
		settings = append(settings, [2]uint64{settingBeam, uint64(p.Beam())})
	}
	if p.feats != 0 {
		settings = append(settings, [2]uint64{settingFeats, p.feats})
	}
	if settings == nil {
		bw.String(magicV4)
	} else {
		bw.String(magic)
	}
	bw.Strings(p.labels)
	bw.Map64(p.known)
	joint := uint64(0)
	if p.labeler == nil {
		joint = 1
	}
	bw.Uvarint(joint)
	bw.Uvarint(uint64(len(p.coarse)))
	for _, c := range p.coarse {
		bw.Uvarint(uint64(c))
	}
	bw.Uvarint(uint64(len(p.punct)))
	for _, b := range p.punct {
		v := uint64(0)
		if b {
			v = 1
		}
		bw.Uvarint(v)
	}
	if settings != nil {
		bw.Uvarint(uint64(len(settings)))
		for _, kv := range settings {
			bw.Uvarint(kv[0])
			bw.Uvarint(kv[1])
		}
	}
	if p.feats&featClusters != 0 {
		bw.Map64(p.clusters)
	}
	if err := bw.Flush(); err != nil {
		return 0, err
	}
	n, err := p.moves.WriteTo(w)
	if err != nil || p.labeler == nil {
		return n, err
	}
	n2, err := p.labeler.WriteTo(w)
	return n + n2, err
}

// Read reads a parser written by WriteTo from br.
func Read(br *bufio.Reader) (*Parser, error) {
	r := bin.NewReader(br)
	m := r.String()
	if m != magic && m != magicV4 {
		r.Fail(fmt.Errorf("parser: bad magic %q", m))
	}
	p := &Parser{labels: r.Strings(), known: r.Map64()}
	joint := r.Uvarint() == 1
	p.coarse = make([]int, r.Len(1<<16))
	for i := range p.coarse {
		p.coarse[i] = int(r.Uvarint())
	}
	p.punct = make([]bool, r.Len(1<<16))
	for i := range p.punct {
		p.punct[i] = r.Uvarint() == 1
	}
	p.beam = 1
	if m == magic {
		for range r.Len(64) {
			key, v := r.Uvarint(), r.Uvarint()
			switch key {
			case settingBeam:
				if v < 1 || v > 256 {
					r.Fail(fmt.Errorf("parser: beam width %d out of range", v))
				}
				p.beam = int(v)
			case settingFeats:
				if v&^knownFeats != 0 {
					r.Fail(fmt.Errorf("parser: unknown feature sets %#x (model from a newer petrel)", v))
				}
				p.feats = v
			}
			// Unknown settings are ignored: newer files still load.
		}
	}
	if p.feats&featClusters != 0 {
		p.clusters = r.Map64()
	}
	p.tables()
	for _, c := range p.coarse {
		if c >= len(p.punct) {
			r.Fail(errors.New("corrupt coarse tags"))
		}
	}
	if err := r.Err(); err != nil {
		return nil, fmt.Errorf("parser: %w", err)
	}
	p.root = -1
	for i, l := range p.labels {
		if l == "root" {
			p.root = i
		}
	}
	if p.root < 0 || len(p.labels) > 64 {
		return nil, errors.New("parser: corrupt label set")
	}
	var err error
	if p.moves, err = perceptron.ReadModel(br); err != nil {
		return nil, fmt.Errorf("parser: %w", err)
	}
	if joint {
		if p.moves.Classes() != 2*len(p.labels)+1 {
			return nil, errors.New("parser: model does not match the label set")
		}
		return p, nil
	}
	if p.labeler, err = perceptron.ReadModel(br); err != nil {
		return nil, fmt.Errorf("parser: %w", err)
	}
	if p.moves.Classes() != 3 || p.labeler.Classes() != len(p.labels) {
		return nil, errors.New("parser: models do not match the label set")
	}
	return p, nil
}

// String describes the parser's size.
func (p *Parser) String() string {
	if p.labeler == nil {
		return fmt.Sprintf("parser: %d labels, joint model %d features %d weights, %d known words",
			len(p.labels), p.moves.Features(), p.moves.Entries(), len(p.known))
	}
	return fmt.Sprintf("parser: %d labels, moves %d features %d weights, labeler %d features %d weights, %d known words",
		len(p.labels), p.moves.Features(), p.moves.Entries(), p.labeler.Features(), p.labeler.Entries(), len(p.known))
}

// Prune drops the weakest features of both models (see
// perceptron.Model.Prune).
func (p *Parser) Prune(moves, labels float64) *Parser {
	return p.PruneEntries(moves, moves/4, labels)
}

// PruneEntries is Prune with the threshold of the single weights kept in
// the move (or joint) model's remaining features given: entries of the
// largest weight (Prune uses a quarter of moves).
func (p *Parser) PruneEntries(moves, entries, labels float64) *Parser {
	q := *p
	q.moves = p.moves.Prune(moves, entries)
	if p.labeler != nil {
		q.labeler = p.labeler.Prune(labels, 0)
	}
	return &q
}

// Hashes of the lower-case punctuation the context features look for.
var (
	hashComma  = lex.HashString(",")
	hashOpen   = [...]uint64{lex.HashString("("), lex.HashString("["), lex.HashString("{")}
	hashClose  = [...]uint64{lex.HashString(")"), lex.HashString("]"), lex.HashString("}")}
	hashQuotes = [...]uint64{lex.HashString("\""), lex.HashString("“"), lex.HashString("”"), lex.HashString("''"), lex.HashString("``")}
)

// context fills x.comma, x.group and x.quote (see extra).
func (x *extra) context(words []lex.Word) {
	x.comma = append(x.comma[:0], 0)
	x.group, x.quote = x.group[:0], x.quote[:0]
	var open [8]int
	depth, commas, quotes := 0, 0, 0
	for i := range words {
		v := words[i].Lower
		for _, c := range hashClose {
			if v == c && depth > 0 {
				depth--
			}
		}
		g := 0
		if depth > 0 {
			g = open[min(depth, len(open))-1]
		}
		x.group = append(x.group, g)
		x.quote = append(x.quote, quotes&1)
		for _, o := range hashOpen {
			if v == o {
				if depth < len(open) {
					open[depth] = i + 1
				}
				depth++
			}
		}
		for _, q := range hashQuotes {
			if v == q {
				quotes++
			}
		}
		if v == hashComma {
			commas++
		}
		x.comma = append(x.comma, commas)
	}
	x.comma = append(x.comma, commas)
	// The root is outside every bracket and quotation.
	x.group = append(x.group, 0)
	x.quote = append(x.quote, 0)
}
