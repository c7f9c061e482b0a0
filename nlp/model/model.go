// Package model is petrel's English NLP model: part-of-speech tags (UPOS
// and Penn XPOS), lemmas, morphological features and Universal
// Dependencies basic trees, learnt from UD English EWT and embedded in
// the program.
//
// Load decodes the embedded model; the caller keeps the *Model (there is
// no package-level cache). A Model is read-only and safe for concurrent
// use by many goroutines.
package model

import (
	"bufio"
	"bytes"
	"context"
	_ "embed"
	"errors"
	"fmt"
	"io"
	"sync"

	"github.com/klauspost/compress/zstd"

	"github.com/petrel-events/petrel/doc"
	"github.com/petrel-events/petrel/nlp/conllu"
	"github.com/petrel-events/petrel/nlp/internal/bin"
	"github.com/petrel-events/petrel/nlp/lemma"
	"github.com/petrel-events/petrel/nlp/morph"
	"github.com/petrel-events/petrel/nlp/parser"
	"github.com/petrel-events/petrel/nlp/tagger"
)

//go:embed en_ewt.model.zst
var embedded []byte

// Model tags, lemmatises, analyses and parses sentences.
type Model struct {
	tagger *tagger.Tagger
	lemma  *lemma.Lemmatizer
	morph  *morph.Analyzer
	parser *parser.Parser
	// reverse: the parser reads sentences right to left (a model trained
	// for an ensemble member).
	reverse bool
	// members are the ensemble's other parsers (see WithMembers), and
	// ensemble the members as given, the model's own parser included.
	members  []*member
	ensemble []*Member
	// parserName names the embedded file the parser comes from
	// (embeddedName, beamName; "" for other files).
	parserName string
	// Info describes how the model was trained.
	Info  string
	pool  sync.Pool
	upos  []string // per joint tag
	xpos  []string
	label []string
	rels  relIDs // label ids written by the parse repairs
}

// embeddedName is the file name of the embedded model.
const embeddedName = "en_ewt.model.zst"

// Load decodes the model embedded in the program.
func Load() (*Model, error) {
	m, err := Read(bytes.NewReader(embedded))
	if err != nil {
		return nil, err
	}
	m.parserName = embeddedName
	return m, nil
}

// WithBeam returns a model sharing m's parts whose parser decodes with
// beam width k (1: greedy; the trained width is the default), and so do
// its beam-search ensemble members (greedy members stay greedy; call
// WithBeam after WithMembers and WithParser). A width other than the
// trained one trades accuracy for speed.
func (m *Model) WithBeam(k int) *Model {
	q := &Model{tagger: m.tagger, lemma: m.lemma, morph: m.morph, parser: m.parser.WithBeam(k), reverse: m.reverse, Info: m.Info,
		ensemble: m.ensemble, parserName: m.parserName}
	for _, b := range m.members {
		if b.parser.Beam() > 1 {
			e := *b.Member
			e.parser = e.parser.WithBeam(k)
			c := *b
			c.Member = &e
			b = &c
		}
		q.members = append(q.members, b)
	}
	q.init()
	return q
}

// Beam returns the parser's beam width (1: greedy).
func (m *Model) Beam() int { return m.parser.Beam() }

// EmbeddedSize returns the compressed size in bytes of the embedded model.
func EmbeddedSize() int { return len(embedded) }

const magic = "petrel-nlp-model/1"

// openStream opens the zstd stream r of a model or member file and checks
// that it starts with the magic string want (what names the file kind in
// the error). The caller closes the decoder.
func openStream(r io.Reader, want, what string) (*zstd.Decoder, *bufio.Reader, *bin.Reader, error) {
	zr, err := zstd.NewReader(r, zstd.WithDecoderConcurrency(1), zstd.WithDecoderLowmem(false))
	if err != nil {
		return nil, nil, nil, fmt.Errorf("model: %w", err)
	}
	br := bufio.NewReaderSize(zr, 1<<20)
	hr := bin.NewReader(br)
	if s := hr.String(); s != want {
		zr.Close()
		return nil, nil, nil, fmt.Errorf("model: bad %s %q", what, s)
	}
	return zr, br, hr, nil
}

// Read reads a zstd-compressed model written by WriteTo.
func Read(r io.Reader) (*Model, error) {
	zr, br, hr, err := openStream(r, magic, "magic")
	if err != nil {
		return nil, err
	}
	defer zr.Close()
	info := hr.String()
	if err := hr.Err(); err != nil {
		return nil, fmt.Errorf("model: %w", err)
	}
	m := &Model{Info: info}
	if m.tagger, err = tagger.Read(br); err != nil {
		return nil, fmt.Errorf("model: %w", err)
	}
	if m.lemma, err = lemma.Read(br); err != nil {
		return nil, fmt.Errorf("model: %w", err)
	}
	if m.morph, err = morph.Read(br); err != nil {
		return nil, fmt.Errorf("model: %w", err)
	}
	if m.parser, err = parser.Read(br); err != nil {
		return nil, fmt.Errorf("model: %w", err)
	}
	m.init()
	return m, nil
}

func (m *Model) init() {
	m.upos = make([]string, m.tagger.Tags())
	m.xpos = make([]string, m.tagger.Tags())
	for i := range m.upos {
		m.upos[i], m.xpos[i] = m.tagger.UPOS(i), m.tagger.XPOS(i)
	}
	m.label = m.parser.Labels()
	m.rels = findRels(m.label)
	m.pool.New = func() any { return new(scratch) }
	// The whole-sentence constraint of the tagger applies when the model
	// is used, not while it is trained (see tagger.RequireFiniteVerb).
	m.tagger.RequireFiniteVerb(true)
}

// WriteTo writes the model, zstd-compressed.
func (m *Model) WriteTo(w io.Writer) (int64, error) {
	return writeStream(w, func(hw *bin.Writer) {
		hw.String(magic)
		hw.String(m.Info)
	}, m.tagger, m.lemma, m.morph, m.parser)
}

// writeStream writes a model or member file: a zstd stream of the header
// that header writes, then the parts (see openStream).
func writeStream(w io.Writer, header func(*bin.Writer), parts ...io.WriterTo) (int64, error) {
	cw := &counter{w: w}
	zw, err := zstd.NewWriter(cw, zstd.WithEncoderLevel(zstd.SpeedBestCompression), zstd.WithEncoderConcurrency(1))
	if err != nil {
		return 0, err
	}
	hw := bin.NewWriter(zw)
	header(hw)
	if err := hw.Flush(); err != nil {
		return cw.n, err
	}
	for _, part := range parts {
		if _, err := part.WriteTo(zw); err != nil {
			return cw.n, fmt.Errorf("model: %w", err)
		}
	}
	if err := zw.Close(); err != nil {
		return cw.n, err
	}
	return cw.n, nil
}

type counter struct {
	w io.Writer
	n int64
}

func (c *counter) Write(p []byte) (int, error) {
	n, err := c.w.Write(p)
	c.n += int64(n)
	return n, err
}

// String summarises the model's parts.
func (m *Model) String() string {
	return fmt.Sprintf("%s\n%s\n%s", m.Info, m.tagger, m.parser)
}

// Analysis is the annotation of one word.
type Analysis struct {
	Lemma, UPOS, XPOS, Feats string
	Head                     int // 1-based within the sentence, 0 for the root
	DepRel                   string
}

// scratch is per-call working memory, pooled.
type scratch struct {
	ts     tagger.Scratch
	ps     parser.Scratch
	tags   []int
	heads  []int
	labels []int
	forms  []string
	mw     []morph.Word
	mtags  []int
	es     ensembleScratch
	// words caches the lemma and features of word forms by tag (see
	// wordInfo).
	words map[string]wordInfo
}

func grow[T any](s []T, n int) []T {
	if cap(s) < n {
		return make([]T, n)
	}
	return s[:n]
}

// Annotate analyses one sentence given its word forms.
func (m *Model) Annotate(forms []string) []Analysis {
	out := make([]Analysis, len(forms))
	m.annotate(forms, out, nil)
	return out
}

// Agreement tells how far the parsers of an ensemble agreed on the tree
// of a sentence (see AnnotateAgree).
type Agreement struct {
	Parsers int // parsers that voted (1: the base parser alone)
	// Min is the fewest parsers that gave any word the head and the
	// label it has in the combined tree (Parsers: every parser gave
	// every word its head and label; 0 for an empty sentence).
	Min int
	// Base: the base parser's tree, labels included, is the combined tree.
	Base bool
}

// AnnotateAgree is Annotate that also returns how far the ensemble's
// parsers agreed on the tree, for choosing automatically parsed
// sentences to train on (see docs/nlp.md, uptraining).
func (m *Model) AnnotateAgree(forms []string) ([]Analysis, Agreement) {
	out := make([]Analysis, len(forms))
	var ag Agreement
	m.annotate(forms, out, &ag)
	return out, ag
}

// annotate fills out (len(out) == len(forms)) and, when ag is not nil,
// the parsers' agreement.
func (m *Model) annotate(forms []string, out []Analysis, ag *Agreement) {
	n := len(forms)
	if ag != nil {
		*ag = Agreement{Parsers: m.Parsers(), Base: true}
	}
	if n == 0 {
		return
	}
	sc := m.pool.Get().(*scratch)
	defer m.pool.Put(sc)
	m.tagParse(sc, forms)
	if ag != nil {
		*ag = m.agreement(sc, n)
	}
	sc.mw = grow(sc.mw, n)
	for i, f := range forms {
		t := sc.tags[i]
		u, x := m.upos[t], m.xpos[t]
		a := &out[i]
		a.UPOS, a.XPOS = u, x
		a.Lemma, a.Feats = m.wordInfo(sc, f, t)
		a.Head = sc.heads[i]
		a.DepRel = m.label[sc.labels[i]]
		sc.mw[i] = morph.Word{Lemma: a.Lemma, UPOS: u, XPOS: x, Feats: a.Feats, Head: a.Head, DepRel: a.DepRel}
	}
	morph.Agree(sc.mw)
	for i := range out {
		out[i].Feats = sc.mw[i].Feats
	}
}

// tagParse tags and parses forms into sc.tags, sc.heads and sc.labels.
func (m *Model) tagParse(sc *scratch, forms []string) {
	n := len(forms)
	sc.tags = grow(sc.tags, n)
	sc.heads = grow(sc.heads, n)
	sc.labels = grow(sc.labels, n)
	m.tagger.Tag(&sc.ts, forms, sc.tags)
	switch {
	case m.members != nil:
		m.parseEnsemble(sc, sc.ts.Words())
	case m.reverse:
		parseWith(m.parser, true, &sc.ps, &sc.es, sc.ts.Words(), sc.tags, sc.heads, sc.labels)
	default:
		m.parser.Parse(&sc.ps, sc.ts.Words(), sc.tags, sc.heads, sc.labels)
	}
	repairIngRelative(forms, m.xpos, sc.tags, sc.heads, sc.labels, m.rels)
}

// TagOnly tags a sentence without parsing it, for benchmarks and for
// callers that need no tree. It returns UPOS and XPOS per word.
func (m *Model) TagOnly(forms []string) (upos, xpos []string) {
	sc := m.pool.Get().(*scratch)
	defer m.pool.Put(sc)
	sc.tags = grow(sc.tags, len(forms))
	m.tagger.Tag(&sc.ts, forms, sc.tags)
	upos, xpos = make([]string, len(forms)), make([]string, len(forms))
	for i, t := range sc.tags {
		upos[i], xpos[i] = m.upos[t], m.xpos[t]
	}
	return upos, xpos
}

// Name names the pipeline component.
func (m *Model) Name() string { return "parse" }

// Process fills Lemma, UPOS, XPOS, Feats, Head and DepRel of every token
// of every sentence of d. Sentences and tokens must already be set (by
// the tokenizer).
func (m *Model) Process(ctx context.Context, d *doc.Doc) error {
	var forms []string
	var out []Analysis
	for si, s := range d.Sentences {
		if si%64 == 0 {
			if err := ctx.Err(); err != nil {
				return err
			}
		}
		if s.TokenStart < 0 || s.TokenEnd > len(d.Tokens) || s.TokenStart > s.TokenEnd {
			return errors.New("model: sentence token range out of bounds")
		}
		toks := d.Tokens[s.TokenStart:s.TokenEnd]
		forms = grow(forms, len(toks))
		for i := range toks {
			forms[i] = toks[i].Text
		}
		out = grow(out, len(toks))
		m.annotate(forms, out, nil)
		for i := range toks {
			a := out[i]
			t := &toks[i]
			t.Lemma, t.UPOS, t.XPOS, t.Feats, t.Head, t.DepRel = a.Lemma, a.UPOS, a.XPOS, a.Feats, a.Head, a.DepRel
		}
	}
	return nil
}

// AnnotateCoNLLU fills the LEMMA, UPOS, XPOS, FEATS, HEAD and DEPREL
// columns of s from its word forms, keeping its tokenization.
func (m *Model) AnnotateCoNLLU(s *conllu.Sentence) {
	forms := make([]string, len(s.Words))
	for i, w := range s.Words {
		forms[i] = w.Form
	}
	out := m.Annotate(forms)
	for i := range s.Words {
		w := &s.Words[i]
		a := out[i]
		w.Lemma, w.UPOS, w.XPOS, w.Feats, w.Head, w.DepRel = a.Lemma, a.UPOS, a.XPOS, a.Feats, a.Head, a.DepRel
		w.Deps = "_"
	}
}
