// Package quotes finds attributed statements — who said what — and fills
// doc.Doc.Quotes.
//
// It recognises direct quotations (“…,” X said / X said: “…” / “…,” said
// X, quotations over several sentences and paragraphs), indirect speech
// (X said (that) …, X told reporters …), mixed quotations (indirect speech
// with a quoted fragment), "according to X" and colon-introduced
// statements ("X said: …", "X: …" headlines). The cue verbs come from an
// embedded, human-editable word list (data/cues.txt). When the sentence is
// parsed (UD v2 heads and relations), the speaker is the subject phrase of
// the cue and the content its clausal complement, and a dependency
// fallback covers what the other rules leave (objects and prepositional
// contents, subjects up a chain of heads, verbs of appearance, "in a
// poll"); otherwise shallow rules over the tokens find both. Spans follow the PolNeAR conventions: the
// content keeps its quotation marks, the cue keeps its auxiliaries and
// adverbs ("has also said") and the speaker is the whole noun phrase.
// See docs/quotes.md.
package quotes

import (
	"context"
	"errors"
	"fmt"
	"io/fs"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/petrel-events/petrel/doc"
)

// Quote kinds.
const (
	KindDirect   = "direct"
	KindIndirect = "indirect"
	KindMixed    = "mixed"
	KindColon    = "colon"
)

// Recognizer finds quotes. It is immutable after construction and safe for
// concurrent use.
type Recognizer struct {
	lx *lexicon
	// cues is the cue classifier, or nil for the word list alone.
	cues *CueModel
	// voters are the other members of a voted ensemble of cue models
	// (WithCueModels): Find builds the quotes with each and votes.
	voters []*CueModel
	// nouns are the noun candidates of training (WithCueNouns), used
	// when cues has none.
	nouns map[string]bool
}

// WithCueNouns returns a copy of r whose noun candidates are nouns when
// its cue model has none (training: the nouns come before the model).
func (r *Recognizer) WithCueNouns(nouns map[string]bool) *Recognizer {
	c := *r
	c.nouns = nouns
	return &c
}

// New returns a Recognizer on the embedded word lists and cue classifier.
func New() (*Recognizer, error) {
	r, err := NewFromFS(dataFS)
	if err != nil {
		return nil, err
	}
	ms, err := embeddedCueModels()
	if err != nil {
		return nil, fmt.Errorf("quotes: %w", err)
	}
	return r.WithCueModels(ms), nil
}

// WithCueModel returns a copy of r that decides cues with m (nil: the
// word list alone).
func (r *Recognizer) WithCueModel(m *CueModel) *Recognizer {
	c := *r
	c.cues = m
	c.voters = nil
	return &c
}

// CueModel returns the cue classifier of r, or nil.
func (r *Recognizer) CueModel() *CueModel { return r.cues }

// NewFromFS returns a Recognizer on the word lists in fsys, laid out like
// Data. The error joins every malformed line, each as "file:line: message".
func NewFromFS(fsys fs.FS) (*Recognizer, error) {
	lx, errs := loadLexicon(fsys)
	if len(errs) > 0 {
		return nil, fmt.Errorf("quotes: malformed word lists: %w", errors.Join(errs...))
	}
	return &Recognizer{lx: lx}, nil
}

// Name returns the component name, "quotes".
func (r *Recognizer) Name() string { return "quotes" }

// Process fills d.Quotes from the tokens (and, where present, the parse and
// the actor mentions) of d, replacing any previous quotes.
func (r *Recognizer) Process(ctx context.Context, d *doc.Doc) error {
	if err := ctx.Err(); err != nil {
		return err
	}
	d.Quotes = r.Find(d)
	return nil
}

// Find returns the quotes of d in text order of their cues.
func (r *Recognizer) Find(d *doc.Doc) []doc.Quote {
	if len(d.Tokens) == 0 {
		return nil
	}
	if len(r.voters) == 0 {
		return r.find(d, nil)
	}
	// The members share the sentence trees, the token tables of the
	// document and the classifier features of the candidates, which
	// depend on the document and the word lists alone.
	sh := &shared{feats: map[featKey][]uint64{}, trees: map[int]*tree{}, base: newDocBase(r, d)}
	runs := [][]doc.Quote{r.WithCueModel(r.cues).find(d, sh)}
	for k, m := range r.voters {
		if settled(runs, len(r.voters)+1-(k+1)) {
			break
		}
		runs = append(runs, r.WithCueModel(m).find(d, sh))
	}
	return vote(runs, len(r.voters)+1)
}

// settled reports whether the runs so far decide the vote whatever the
// left more runs build: every cue span has a majority already or cannot
// reach one, and a span only the others build could not either. The
// quotes then come from the runs so far, as vote takes them from the
// first run that builds each span.
func settled(runs [][]doc.Quote, left int) bool {
	need := (len(runs)+left)/2 + 1
	if left >= need {
		return false
	}
	votes := cueVotes(runs)
	for _, v := range votes {
		if v < need && v+left >= need {
			return false
		}
	}
	return true
}

// find returns the quotes of d that r's cue model (without the vote)
// builds, with what the members of a vote share when sh is not nil.
func (r *Recognizer) find(d *doc.Doc, sh *shared) []doc.Quote {
	var st *state
	if sh != nil {
		st = newStateFrom(r, d, sh.base)
	} else {
		st = newState(r, d)
	}
	st.sh = sh
	for s := range d.Sentences {
		st.sentence(s)
	}
	if st.r.cues != nil && st.r.cues.Prep != nil {
		st.adjustPreps()
	}
	if st.r.lx != nil {
		st.adjustSpans()
	}
	if st.r.cues != nil && st.r.cues.Ext != nil {
		st.extendCues()
	}
	if st.r.cues != nil && st.r.cues.Spk != nil {
		st.adjustSpeakers()
	}
	st.adjustContentEnds()
	sort.SliceStable(st.out, func(i, j int) bool { return st.out[i].Cue.Start < st.out[j].Cue.Start })
	return st.out
}

// shared is what the runs of the members of a vote share for one
// document: the sentence trees and the cue classifier's features of the
// candidates (by token and word-list decision), read-only once made.
type shared struct {
	feats map[featKey][]uint64
	trees map[int]*tree
	base  *docBase
}

// sentenceTree returns the parse tree of sentence s (nil when unparsed),
// from the shared ones when there are.
func (st *state) sentenceTree(s int) *tree {
	if st.sh == nil {
		return newTree(st.d, s)
	}
	t, ok := st.sh.trees[s]
	if !ok {
		t = newTree(st.d, s)
		st.sh.trees[s] = t
	}
	return t
}

// state is the working data of one Find call.
type state struct {
	r     *Recognizer
	d     *doc.Doc
	low   []string   // lower-case token texts
	spans []doc.Span // quotations, from scanQuotes
	quote []int      // index in spans of the quotation holding each token, or -1
	used  []bool     // tokens that belong to a quote found so far
	// keepSpk holds the speakers a rule of adjustSpans rebuilt, which
	// the speaker edge model leaves as they are.
	keepSpk map[doc.Span]bool
	// spk marks the used tokens that are only a speaker so far: another
	// cue may share them as its speaker.
	spk []bool
	// timeTok marks the tokens inside a time expression.
	timeTok []bool
	// cueTok marks the tokens of every quote's cue while the speaker
	// edge model runs (nil otherwise): no speaker joins one.
	cueTok []bool
	out    []doc.Quote
	tree   *tree // the parse of the current sentence, or nil
	// mention is the index in d.Actors of the mention covering each
	// token, or -1 (set when a cue classifier is used).
	mention []int
	feats   []uint64 // the classifier's feature buffer
	// sh holds what the members of a vote share (nil: none).
	sh    *shared
	nouns map[string]bool // noun lemmas that are cue candidates
	// dateline is the country of the story's dateline city when the
	// places layer ran before, or "".
	dateline string
	// cueLemma and cueKnown cache cueVerb on parsed sentences (see
	// docBase).
	cueLemma []string
	cueKnown []uint8
	listed   []uint8
	lemma    []string // lower-case lemmas
	// dec caches the cue classifier's decision on a token of a parsed
	// sentence: 0 not yet asked, 1 no cue, 2 a cue.
	dec []uint8
}

// docBase holds the read-only token tables of one document that every
// run of a vote's members shares: they depend on the document and the
// word lists alone.
type docBase struct {
	low      []string
	spans    []doc.Span
	quote    []int
	timeTok  []bool
	mention  []int // nil without a cue classifier
	dateline string
	// cueLemma and cueKnown cache cueVerb's answer for a token of a
	// parsed sentence: cueKnown 0 not yet asked, 1 no cue, 2 a cue
	// with the lemma cueLemma.
	cueLemma []string
	cueKnown []uint8
	// listed caches listedLemma: 0 not yet asked, 1 no, 2 yes.
	listed []uint8
	// lemma holds the lower-case lemmas of the tokens.
	lemma []string
}

// newDocBase computes the token tables of d.
func newDocBase(r *Recognizer, d *doc.Doc) *docBase {
	b := &docBase{
		low:      make([]string, len(d.Tokens)),
		spans:    scanQuotes(d.Text),
		quote:    make([]int, len(d.Tokens)),
		timeTok:  make([]bool, len(d.Tokens)),
		cueLemma: make([]string, len(d.Tokens)),
		cueKnown: make([]uint8, len(d.Tokens)),
		listed:   make([]uint8, len(d.Tokens)),
		lemma:    make([]string, len(d.Tokens)),
	}
	if dl := d.DatelinePlace(); dl != nil {
		b.dateline = dl.Country
	}
	for _, tx := range d.Times {
		k := sort.Search(len(d.Tokens), func(k int) bool { return d.Tokens[k].Start >= tx.Start })
		for ; k < len(d.Tokens) && d.Tokens[k].End <= tx.End; k++ {
			b.timeTok[k] = true
		}
	}
	if r.cues != nil {
		b.mention = mentionIndex(d)
	}
	q := 0
	for k, t := range d.Tokens {
		b.low[k] = t.LowerText()
		if t.Lemma == t.Text {
			b.lemma[k] = b.low[k]
		} else {
			b.lemma[k] = strings.ToLower(t.Lemma)
		}
		for q < len(b.spans) && b.spans[q].End <= t.Start {
			q++
		}
		b.quote[k] = -1
		if q < len(b.spans) && b.spans[q].Start <= t.Start {
			b.quote[k] = q
		}
	}
	return b
}

func newState(r *Recognizer, d *doc.Doc) *state {
	return newStateFrom(r, d, newDocBase(r, d))
}

// newStateFrom returns the state of a Find call on d over the token
// tables b (newDocBase of r and d, or of a member of r's vote).
func newStateFrom(r *Recognizer, d *doc.Doc, b *docBase) *state {
	st := &state{
		r:        r,
		d:        d,
		low:      b.low,
		spans:    b.spans,
		quote:    b.quote,
		used:     make([]bool, len(d.Tokens)),
		spk:      make([]bool, len(d.Tokens)),
		timeTok:  b.timeTok,
		dateline: b.dateline,
		cueLemma: b.cueLemma,
		cueKnown: b.cueKnown,
		listed:   b.listed,
		lemma:    b.lemma,
	}
	if r.cues != nil {
		st.dec = make([]uint8, len(d.Tokens))
	}
	if r.cues != nil {
		st.mention = b.mention
		if st.mention == nil {
			st.mention = mentionIndex(d)
		}
	}
	st.nouns = r.nouns
	if r.cues != nil && r.cues.Nouns != nil {
		st.nouns = r.cues.Nouns
	}
	return st
}

// mentionIndex returns the index in d.Actors of the mention covering
// each token, or -1.
func mentionIndex(d *doc.Doc) []int {
	mention := make([]int, len(d.Tokens))
	for k := range mention {
		mention[k] = -1
	}
	for m, a := range d.Actors {
		k := sort.Search(len(d.Tokens), func(k int) bool { return d.Tokens[k].End > a.Start })
		for ; k < len(d.Tokens) && d.Tokens[k].Start < a.End; k++ {
			mention[k] = m
		}
	}
	return mention
}

// bounds returns the token range [a, b) of sentence s.
func (st *state) bounds(s int) (a, b int) {
	sent := st.d.Sentences[s]
	return sent.TokenStart, sent.TokenEnd
}

// sentence finds the quotes whose cue lies in sentence s.
func (st *state) sentence(s int) {
	a, b := st.bounds(s)
	st.tree = st.sentenceTree(s)
	found := len(st.out)
	// "According to X" first: its content is the whole clause, with any
	// attribution inside it (PolNeAR gives a token one attribution).
	for k := a; k+1 < b; k++ {
		if st.low[k] == "according" && st.low[k+1] == "to" && !st.used[k] && st.quote[k] < 0 {
			st.accordingTo(a, b, k)
		}
	}
	st.toWhom(a, b)
	for k := a; k < b; k++ {
		st.dashAttribution(k, b)
	}
	st.quotedTurn(a, b)
	if st.transcriptTurn(a, b) {
		n := len(st.out)
		st.colonHeadline(a, b)
		if len(st.out) > n {
			st.extendTurn(&st.out[n], b)
		}
	}
	if st.headline(a, b) {
		// "Clinic chief: new rules threaten care": the statement of a
		// headline holds no cue of its own
		st.colonHeadline(a, b)
	}
	deferred := -1
	if k, lemma, ok := st.finalCue(a, b); ok {
		st.verbCue(a, b, k, lemma)
	}
	for k := a; k < b; k++ {
		if st.used[k] || st.quote[k] >= 0 {
			continue
		}
		if st.low[k] == "in" && st.inSource(a, b, k) {
			continue
		}
		if st.low[k] == "reportedly" && st.reportedly(k) {
			continue
		}
		if st.nounDecision(k) {
			if st.nounCue(a, k) {
				continue
			}
		}
		if lemma, ok := st.cueDecision(k); ok {
			if st.openingParticiple(a, b, k) {
				deferred = k
				continue
			}
			n := len(st.out)
			st.verbCue(a, b, k, lemma)
			if len(st.out) == n {
				st.treeCue(a, b, k, lemma)
			}
			if len(st.out) == n && !st.used[k] {
				st.respondentCue(a, b, k)
			}
		}
	}
	if k := deferred; k >= 0 && !st.used[k] {
		st.participleClause(k)
	}
	st.trimCueTails(a, b, found)
	if cm := st.r.cues; cm != nil && cm.Nest != nil && st.tree != nil {
		st.nested(a, b, found, func(k int, f []uint64) bool {
			var scores [2]int32
			cm.Nest.Score(f, scores[:])
			return scores[1]-scores[0] > cm.NestTh
		})
	}
	if len(st.out) == found {
		st.colonHeadline(a, b)
	}
}

// cueDecision reports whether token k is a cue, with its lemma: the cue
// classifier's decision on a parsed sentence, else the word list's.
func (st *state) cueDecision(k int) (string, bool) {
	if st.anonymity(k) {
		return "", false
	}
	lemma, ok := st.cueVerb(k)
	cm := st.r.cues
	if cm == nil || st.tree == nil {
		return lemma, ok
	}
	i := k - st.tree.Base
	if !st.cueCandidate(i, ok) {
		return lemma, ok
	}
	// The decision depends on the token and the model alone: kept for
	// the rules that ask again.
	switch st.dec[k] {
	case 0:
		th := cm.Other
		if ok {
			th = cm.Listed
		}
		st.dec[k] = 1
		if st.cueScore(cm, i, ok) > th {
			st.dec[k] = 2
		}
	}
	if st.dec[k] == 1 {
		return "", false
	}
	if !ok {
		lemma = st.lemmaOf(k)
	}
	return lemma, true
}

// anonymity reports whether token k is the verb of the wire's clause
// of anonymity, which reports no statement ("who asked not to be
// named", "she said, asking not to be named", "declined to be
// identified", "spoke on condition of anonymity").
func (st *state) anonymity(k int) bool {
	if !anonymityVerbs[st.low[k]] {
		return false
	}
	var ws []string
	for j := k + 1; j < len(st.low) && j <= k+6 && st.d.Tokens[j].Sentence == st.d.Tokens[k].Sentence; j++ {
		ws = append(ws, st.low[j])
	}
	rest := strings.Join(ws, " ")
	for _, p := range anonymityTails {
		if strings.HasPrefix(rest, p) {
			return true
		}
	}
	return false
}

// The clause of anonymity: its verbs and what follows them.
var (
	anonymityVerbs = set("asked", "asking", "requested", "requesting", "declined", "declining", "spoke", "speaking", "talked", "talking", "agreed", "agreeing")
	anonymityTails = []string{
		"not to be named", "not to be identified", "not to be quoted", "to be named", "to be identified",
		"to remain anonymous", "anonymity", "on condition of anonymity", "on the condition of anonymity",
		"on condition that", "on the condition that", "anonymously",
	}
)

// nounDecision reports whether token k is a noun cue by the noun model.
func (st *state) nounDecision(k int) bool {
	cm := st.r.cues
	if cm == nil || cm.Noun == nil || st.tree == nil || !st.nounCandidate(k) {
		return false
	}
	st.candidateFeatures(k-st.tree.Base, false)
	var scores [2]int32
	cm.Noun.Score(st.feats, scores[:])
	return scores[1]-scores[0] > cm.NounTh
}

// lemmaOf returns the lemma of an unlisted cue at token k: the
// list's lemma of its form, else the tagger's.
func (st *state) lemmaOf(k int) string {
	if l := st.r.lx.forms[st.low[k]]; l != "" {
		return l
	}
	return st.lemma[k]
}

// cueVerb reports whether token k is a cue verb, with its lemma.
func (st *state) cueVerb(k int) (string, bool) {
	t := st.d.Tokens[k]
	if k > 0 && st.low[k-1] == "-" && st.d.Tokens[k-1].End == t.Start {
		return "", false // "self-described"
	}
	if st.tree != nil && t.UPOS != "" {
		switch st.cueKnown[k] {
		case 1:
			return "", false
		case 2:
			return st.cueLemma[k], true
		}
		lemma, ok := st.parsedCueVerb(k)
		st.cueKnown[k], st.cueLemma[k] = 1, lemma
		if ok {
			st.cueKnown[k] = 2
		}
		return lemma, ok
	}
	lemma, ok := st.r.lx.forms[st.low[k]]
	if !ok {
		return "", false
	}
	if t.UPOS != "" && t.UPOS != "VERB" {
		return "", false
	}
	return lemma, true
}

// parsedCueVerb is cueVerb on a token of a parsed sentence.
func (st *state) parsedCueVerb(k int) (string, bool) {
	t := st.d.Tokens[k]
	lemma := st.lemma[k]
	if !st.r.lx.lemmas[lemma] {
		// The lemmatizer's guess may miss ("declin"): the form decides.
		lemma = st.r.lx.forms[st.low[k]]
	}
	switch {
	case lemma == "":
		return "", false
	case t.UPOS == "VERB":
	case (lemma == "say" || lemma == "tell") && t.UPOS != "NOUN" && t.UPOS != "PROPN" && t.UPOS != "ADJ":
		// The tagger's slips on the commonest cues ("26% say/SCONJ").
	default:
		return "", false
	}
	return lemma, true
}

// quoteStart returns the quotation that token k opens, or -1.
func (st *state) quoteStart(k int) int {
	if k < 0 || k >= len(st.quote) || st.quote[k] < 0 {
		return -1
	}
	q := st.quote[k]
	if st.spans[q].Start != st.d.Tokens[k].Start {
		return -1
	}
	return q
}

// quoteEnd returns the quotation that token k closes, or -1.
func (st *state) quoteEnd(k int) int {
	if k < 0 || k >= len(st.quote) || st.quote[k] < 0 {
		return -1
	}
	q := st.quote[k]
	if st.spans[q].End != st.d.Tokens[k].End {
		return -1
	}
	return q
}

// finalPunct reports whether token k is sentence-final punctuation.
func (st *state) finalPunct(k int) bool {
	switch st.low[k] {
	case ".", "!", "?", "...", "…":
		return true
	}
	return false
}

// contentEnd returns the end (exclusive token index) of content that runs
// to the end of sentence [a, b): the final punctuation is left out unless
// it lies inside a quotation.
func (st *state) contentEnd(a, b int) int {
	e := b
	for e > a && (st.finalPunct(e-1) || st.low[e-1] == ",") && st.quote[e-1] < 0 {
		e--
	}
	return e
}

// tokSpan returns the byte span of tokens [i, j).
func (st *state) tokSpan(i, j int) doc.Span {
	return doc.Span{Start: st.d.Tokens[i].Start, End: st.d.Tokens[j-1].End}
}

// markUsed marks the tokens inside sp as taken, starting the search at
// token from.
func (st *state) markUsed(sp doc.Span, from int) {
	st.mark(sp, from, false)
}

// mark marks the tokens inside sp as taken, as a speaker's only when
// speaker is true (a token taken otherwise stays so).
func (st *state) mark(sp doc.Span, from int, speaker bool) {
	k := from
	for k > 0 && st.d.Tokens[k].Start > sp.Start {
		k--
	}
	for ; k < len(st.d.Tokens) && st.d.Tokens[k].Start < sp.End; k++ {
		if st.d.Tokens[k].End > sp.Start {
			st.spk[k] = speaker && (!st.used[k] || st.spk[k])
			st.used[k] = true
		}
	}
}

// taken reports whether token k belongs to a quote found so far, other
// than as a speaker when shared is true.
func (st *state) taken(k int, shared bool) bool {
	return st.used[k] && !(shared && st.spk[k])
}

// quoteKind returns the kind of content sp: direct when it is one
// quotation, mixed when it holds a quotation, else def.
func (st *state) quoteKind(sp doc.Span, def string) string {
	for _, q := range st.spans {
		if q == sp {
			return KindDirect
		}
		if sp.Contains(q) {
			return KindMixed
		}
	}
	return def
}

// emit records a quote over token spans and marks its tokens used.
func (st *state) emit(cue doc.Span, speaker *doc.Span, content doc.Span, kind string, at int) {
	// No separator at the content's start: ": “…”", ", that …".
	for i := st.tokenAt(content.Start, at); i+1 < len(st.d.Tokens) && st.d.Tokens[i].Start == content.Start &&
		st.quote[i] < 0 && leadPunct[st.low[i]] && st.d.Tokens[i+1].Start < content.End; i++ {
		content.Start = st.d.Tokens[i+1].Start
	}
	q := doc.Quote{Content: st.d.NewTextSpan(content), Kind: kind}
	c := st.d.NewTextSpan(cue)
	q.Cue = &c
	st.markUsed(cue, at)
	st.markUsed(content, at)
	if speaker != nil {
		sp, cut := st.cutSpeakerRelative(*speaker, at)
		w := st.widenSpeaker(sp, cue, at)
		speaker = &w
		if cut { // the edge model would take the comma back
			if st.keepSpk == nil {
				st.keepSpk = map[doc.Span]bool{}
			}
			st.keepSpk[w] = true
		}
		ts := st.d.NewTextSpan(*speaker)
		q.Speaker = &ts
		q.SpeakerCode = st.speakerCode(*speaker, at)
		st.mark(*speaker, at, true)
	}
	st.out = append(st.out, q)
}

// cutSpeakerRelative cuts a speaker before a relative clause between
// commas whose verb is a listed cue ("said Ana Ruiz, a farmer, who said
// …", "Weaver, who added that …"): the clause is an attribution of its
// own, with "who" as its source, as PolNeAR marks it.
func (st *state) cutSpeakerRelative(sp doc.Span, at int) (doc.Span, bool) {
	s, e := st.tokenRange(sp, at)
	for k := s + 1; k+2 < e; k++ {
		if st.low[k] != "," || st.low[k+1] != "who" || st.quote[k] >= 0 {
			continue
		}
		for j := k + 2; j < e && j <= k+4; j++ {
			if lemma, ok := st.cueVerb(j); ok {
				if c := st.r.lx.verbClass[lemma]; (len(c) > 0 && c[0] == "communication" || lemma == "add") && !st.anonymity(j) {
					return doc.Span{Start: sp.Start, End: st.d.Tokens[k-1].End}, true
				}
				break
			}
			if st.d.Tokens[j].UPOS != "ADV" {
				break
			}
		}
	}
	return sp, false
}

// widenSpeaker takes into a speaker before its cue what the parse
// leaves out of it: an age between commas right before the cue ("Dumas,
// 52, said": PolNeAR keeps an appositive with its closing comma) and the
// plural possessive the tagger splits off ("Patients' groups said").
func (st *state) widenSpeaker(sp, cue doc.Span, at int) doc.Span {
	toks := st.d.Tokens
	if sp.End > cue.Start {
		return sp
	}
	s, e := st.tokenAt(sp.Start, at), st.tokenAt(sp.End-1, at)
	if toks[e].End != sp.End || toks[s].Start != sp.Start {
		return sp
	}
	if e+4 < len(toks) && toks[e+4].Start == cue.Start && st.low[e+1] == "," && st.low[e+3] == "," &&
		isAge(st.low[e+2]) && !st.used[e+1] && !st.used[e+2] && !st.used[e+3] {
		sp.End = toks[e+3].End
	}
	if s >= 2 && (st.low[s-1] == "'" || st.low[s-1] == "’") && toks[s-2].End == toks[s-1].Start &&
		toks[s-1].End < toks[s].Start && strings.HasSuffix(st.low[s-2], "s") && toks[s-2].Sentence == toks[s].Sentence &&
		st.quote[s-1] < 0 && !st.used[s-1] && !st.used[s-2] {
		k := s - 2
		if k > 0 && determiners[st.low[k-1]] && toks[k-1].Sentence == toks[k].Sentence && !st.used[k-1] {
			k--
		}
		sp.Start = toks[k].Start
	}
	return sp
}

// isAge reports whether w is a number of one to three digits, an age.
func isAge(w string) bool {
	if len(w) == 0 || len(w) > 3 {
		return false
	}
	for _, r := range w {
		if r < '0' || r > '9' {
			return false
		}
	}
	return true
}

// leadPunct are separators a content never starts with.
var leadPunct = set(",", ":", ";", "—", "–", "-")

// isCapitalized reports whether the text starts with an upper-case letter.
func isCapitalized(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsUpper(r)
}

// isPunct reports whether the token is punctuation only.
func isPunct(s string) bool {
	for _, r := range s {
		if !unicode.IsPunct(r) && !unicode.IsSymbol(r) {
			return false
		}
	}
	return s != ""
}

// transcriptTurn reports whether sentence [a, b) opens a paragraph with
// one to three capitalized words and a colon: a speaker's turn of a
// transcript ("TAPPER: …", "JAKE TAPPER: …") or a headline ("Rubio: I
// Still Believe …"). Its colon quote comes before any cue inside it
// (train: 13 cues more found, 38 spurious fewer).
func (st *state) transcriptTurn(a, b int) bool {
	if a > 0 && !strings.Contains(st.d.Text[st.d.Tokens[a-1].End:st.d.Tokens[a].Start], "\n") {
		return false
	}
	for k := a; k < b && k <= a+3; k++ {
		if st.low[k] == ":" {
			return k > a
		}
		t := st.d.Tokens[k].Text
		if !isCapitalized(t) {
			return false
		}
	}
	return false
}

// extendTurn runs the content of transcript turn q, built on a sentence
// ending at token b, to the end of its paragraph (without a final period),
// as a turn's words are all its speaker's.
func (st *state) extendTurn(q *doc.Quote, b int) {
	e := b
	for e < len(st.d.Tokens) && !strings.Contains(st.d.Text[st.d.Tokens[e-1].End:st.d.Tokens[e].Start], "\n") {
		e++
	}
	if e == b {
		return
	}
	if st.low[e-1] == "." {
		e--
	}
	if end := st.d.Tokens[e-1].End; end > q.Content.End {
		sp := doc.Span{Start: q.Content.Start, End: end}
		q.Content = st.d.NewTextSpan(sp)
		st.markUsed(sp, b-1)
	}
}

// reportedly builds the quote of the adverb "reportedly" at token k on a
// parsed sentence, as PolNeAR marks it: cue "reportedly", no source, the
// clause it modifies as content ("The FBI is reportedly making
// arrangements …"). A cue verb it modifies ("reportedly said", "will
// reportedly be delivering") is the cue instead, with "reportedly" among
// its [before] words.
func (st *state) reportedly(k int) bool {
	t := st.tree
	if t == nil || k+1 >= len(st.d.Tokens) {
		return false
	}
	if _, ok := st.cueVerb(k + 1); ok {
		return false
	}
	i := k - t.Base
	h := t.Heads[i]
	if h < 0 || !t.RelIs(i, "advmod") {
		return false
	}
	if _, ok := st.cueDecision(t.Base + h); ok {
		return false // "will reportedly be delivering a speech"
	}
	lo, hi := t.Extent(h)
	for hi > lo && isPunct(st.low[t.Base+hi]) && st.quote[t.Base+hi] < 0 {
		hi--
	}
	for j := lo; j <= hi; j++ {
		if st.used[t.Base+j] {
			return false
		}
	}
	st.emit(st.tokSpan(k, k+1), nil, st.tokSpan(t.Base+lo, t.Base+hi+1), KindIndirect, k)
	return true
}

// finalCue finds the cue of a parsed sentence that ends with its
// attribution after a comma, a cue verb (word list or classifier) with
// no clause or object after it: "…, Carly Fiorina said Monday." Its
// content is the clause before the comma, so it is built before the
// cues inside that clause ("attacking Bill Clinton", "are worrying"),
// which PolNeAR leaves unmarked as it gives a token one attribution only.
func (st *state) finalCue(a, b int) (int, string, bool) {
	t := st.tree
	if t == nil {
		return 0, "", false
	}
	cue := -1
	for k := b - 1; k > a; k-- {
		if st.quote[k] >= 0 || st.used[k] {
			return 0, "", false
		}
		if st.low[k] == "," {
			if cue < 0 || k == cue-1 {
				return 0, "", false
			}
			lemma, ok := st.cueDecision(cue)
			return cue, lemma, ok && !strings.HasSuffix(st.low[cue], "ing") && st.noContentAfter(cue, lemma)
		}
		switch t.Tokens[k-t.Base].UPOS {
		case "VERB", "AUX":
			if cue >= 0 {
				return 0, "", false
			}
			cue = k
		case "SCONJ", "CCONJ", "PUNCT":
			if !st.finalPunct(k) || k != b-1 {
				return 0, "", false
			}
		}
	}
	return 0, "", false
}

// openingParticiple reports whether cue k is an -ing participle opening
// its sentence before a listed cue verb ("Noting that …, Tester added:
// …"): the later verb is built first, so that the participle's content
// does not take it; PolNeAR marks both.
func (st *state) openingParticiple(a, b, k int) bool {
	if k != a || !strings.HasSuffix(st.low[k], "ing") {
		return false
	}
	for j := k + 1; j < b; j++ {
		if _, ok := st.cueVerb(j); ok && st.quote[j] < 0 {
			return true
		}
	}
	return false
}

// participleClause builds the quote of an opening participle deferred by
// openingParticiple: no source (the subject is the later cue's), the
// participle's own clause as content ("Noting | that only Sen. Kirk
// voted with Democrats").
func (st *state) participleClause(k int) {
	t := st.tree
	if t == nil {
		return
	}
	i := k - t.Base
	lo, hi := t.Extent(i)
	if lo != i || hi <= i {
		return
	}
	for hi > i && isPunct(st.low[t.Base+hi]) && st.quote[t.Base+hi] < 0 {
		hi--
	}
	for j := i + 1; j <= hi; j++ {
		if st.used[t.Base+j] {
			return
		}
	}
	if hi <= i {
		return
	}
	st.emit(st.tokSpan(k, k+1), nil, st.tokSpan(k+1, t.Base+hi+1), KindIndirect, k)
}

// dashes introduce the name after a quotation in an epigraph-style
// attribution: “…” ― Jane Doe.
var dashes = set("―", "—", "–", "-", "--")

// dashAttribution builds the quote of a dash at token k that follows a
// quotation (on its line or the line before) and precedes a name: “…” ― Jane Doe, “…”
// — President Obama, tweeting … (cue the dash, source the name up to a
// comma, parenthesis, period, quotation or line end, content the
// quotation). It reports whether it emitted.
func (st *state) dashAttribution(k, b int) bool {
	if !dashes[st.low[k]] || k == 0 || k+1 >= b || st.quote[k] >= 0 || st.used[k] {
		return false
	}
	q := st.quoteEnd(k - 1)
	if q < 0 || st.used[k-1] {
		return false
	}
	e := k + 1
	for e < b && e < k+7 {
		if st.quote[e] >= 0 || st.used[e] || strings.Contains(st.d.Text[st.d.Tokens[e-1].End:st.d.Tokens[e].Start], "\n") {
			break
		}
		w := st.d.Tokens[e].Text
		if w == "," || w == "(" || w == "." || w == ";" {
			break
		}
		if !isCapitalized(w) {
			return false
		}
		e++
	}
	if e == k+1 || e == k+7 {
		return false
	}
	spk := st.tokSpan(k+1, e)
	st.emit(st.tokSpan(k, k+1), &spk, st.spans[q], KindDirect, k)
	return true
}

// quotedTurn builds the quote of a transcript turn quoted as a whole: a
// paragraph that opens with a quotation mark and one to three words in
// capitals before a colon ("“WALLACE: If I may, sir, …"). Cue the colon,
// source the name, content the rest of the paragraph without its
// quotation marks (PolNeAR keeps the final period, which lies inside the
// quotation). It reports whether it emitted.
func (st *state) quotedTurn(a, b int) bool {
	if a > 0 && !strings.Contains(st.d.Text[st.d.Tokens[a-1].End:st.d.Tokens[a].Start], "\n") {
		return false
	}
	if !isQuoteMark(st.d.Tokens[a].Text) || st.quote[a] < 0 {
		return false
	}
	c := -1
	for k := a + 1; k < b && k <= a+4; k++ {
		if st.low[k] == ":" {
			c = k
			break
		}
		if w := st.d.Tokens[k].Text; st.used[k] || strings.ToUpper(w) != w || !isCapitalized(w) || colonNonSources[st.low[k]] {
			return false
		}
	}
	if c < a+2 {
		return false
	}
	e := b
	for e < len(st.d.Tokens) && !strings.Contains(st.d.Text[st.d.Tokens[e-1].End:st.d.Tokens[e].Start], "\n") {
		e++
	}
	if isQuoteMark(st.d.Tokens[e-1].Text) {
		e--
	}
	if e <= c+2 {
		return false
	}
	for k := c + 1; k < e; k++ {
		if st.used[k] {
			return false
		}
	}
	src := st.tokSpan(a+1, c)
	st.emit(st.tokSpan(c, c+1), &src, st.tokSpan(c+1, e), KindColon, a)
	return true
}

// headline reports whether sentence [a, b) is the document's first
// paragraph, and its only sentence, with no verb before its first colon.
func (st *state) headline(a, b int) bool {
	if b >= len(st.d.Tokens) || strings.TrimSpace(st.d.Text[:st.d.Tokens[a].Start]) != "" ||
		!strings.Contains(st.d.Text[st.d.Tokens[b-1].End:st.d.Tokens[b].Start], "\n") {
		return false
	}
	for k := a; k < b && st.low[k] != ":"; k++ {
		if u := st.d.Tokens[k].UPOS; u == "VERB" || u == "AUX" {
			return false
		}
	}
	return true
}
