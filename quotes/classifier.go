package quotes

import (
	"bufio"
	"bytes"
	_ "embed"
	"encoding/binary"
	"fmt"
	"io"
	"slices"
	"sort"
	"strings"

	"github.com/klauspost/compress/zstd"

	"github.com/petrel-events/petrel/doc"

	"github.com/petrel-events/petrel/nlp/perceptron"
)

// cueModelFile is the embedded cue classifier, written by WriteCueModel
// (petrel quotes train).
//
//go:embed model/cue.model.zst
var cueModelData []byte

// CueModel is the trained cue classifier: an averaged perceptron that
// decides, for each candidate token of a parsed sentence (a verb, an
// adjective or a listed cue word), whether it is an attribution cue. A
// token is a cue when the score of class 1 leads that of class 0 by more
// than its threshold: Listed for the words the cue list makes cues, Other
// for the rest. It is read-only and safe for concurrent use.
type CueModel struct {
	Model         *perceptron.Model
	Listed, Other int32
	// Prep, when set, decides whether a cue ends with the preposition
	// after its verb: "talked about" or "talked" | "about the deal".
	Prep *perceptron.Model
	// Ext, when set (only with Prep), grows a built cue to the right a
	// token at a time: "said" → "said in part", "issued" → "issued a
	// statement calling on".
	Ext *perceptron.Model
	// Spk, when set (only with Ext), moves the edges of a built speaker
	// a token at a time: "her lawyers in a court filing" → "her lawyers".
	Spk *perceptron.Model
	// Nouns, when set (only with Spk), are the lemmas of nouns that are
	// candidates too ("criticism", "view", "call"), learnt from the
	// training data, and Noun the perceptron that decides them (a cue
	// when the cue class leads by more than NounTh). A noun cue takes its
	// possessor as source and its "that"/"to" clause or prepositional
	// object as content.
	Nouns  map[string]bool
	Noun   *perceptron.Model
	NounTh int32
	// Nest, when set (only with Spk), decides the cues inside the
	// indirect content of an earlier quote of the sentence (nested
	// attributions: "X said that Y had told him …"), a cue when the cue
	// class leads by more than NestTh.
	Nest   *perceptron.Model
	NestTh int32
}

const nestMagic = "PQNEST "

const nounMagic = "PQNOUN "

const cueMagic = "PQCUE1\n"

// WriteCueModel writes m zstd-compressed: a magic line, the threshold and
// the perceptron.
func WriteCueModel(w io.Writer, m *CueModel) error {
	zw, err := zstd.NewWriter(w, zstd.WithEncoderLevel(zstd.SpeedBestCompression), zstd.WithEncoderConcurrency(1))
	if err != nil {
		return err
	}
	var hdr [8]byte
	binary.LittleEndian.PutUint32(hdr[:], uint32(m.Listed))
	binary.LittleEndian.PutUint32(hdr[4:], uint32(m.Other))
	if _, err := io.WriteString(zw, cueMagic); err != nil {
		return err
	}
	if _, err := zw.Write(hdr[:]); err != nil {
		return err
	}
	if _, err := m.Model.WriteTo(zw); err != nil {
		return err
	}
	if m.Prep != nil {
		if _, err := m.Prep.WriteTo(zw); err != nil {
			return err
		}
	}
	if m.Ext != nil {
		if m.Prep == nil {
			return fmt.Errorf("cue model: an extension model needs a preposition model")
		}
		if _, err := m.Ext.WriteTo(zw); err != nil {
			return err
		}
	}
	if m.Spk != nil {
		if m.Ext == nil {
			return fmt.Errorf("cue model: a speaker edge model needs an extension model")
		}
		if _, err := m.Spk.WriteTo(zw); err != nil {
			return err
		}
	}
	if m.Noun != nil {
		if m.Spk == nil {
			return fmt.Errorf("cue model: a noun model needs a speaker edge model")
		}
		ws := make([]string, 0, len(m.Nouns))
		for w := range m.Nouns {
			ws = append(ws, w)
		}
		sort.Strings(ws)
		if _, err := fmt.Fprintf(zw, "%s%d %d\n", nounMagic, m.NounTh, len(ws)); err != nil {
			return err
		}
		if _, err := io.WriteString(zw, strings.Join(ws, "\n")+"\n"); err != nil {
			return err
		}
		if _, err := m.Noun.WriteTo(zw); err != nil {
			return err
		}
	}
	if m.Nest != nil {
		if m.Spk == nil {
			return fmt.Errorf("cue model: a nested cue model needs a speaker edge model")
		}
		if _, err := fmt.Fprintf(zw, "%s%d\n", nestMagic, m.NestTh); err != nil {
			return err
		}
		if _, err := m.Nest.WriteTo(zw); err != nil {
			return err
		}
	}
	return zw.Close()
}

// ReadCueModel reads a model written by WriteCueModel.
func ReadCueModel(r io.Reader) (*CueModel, error) {
	zr, err := zstd.NewReader(r, zstd.WithDecoderConcurrency(1))
	if err != nil {
		return nil, err
	}
	defer zr.Close()
	br := bufio.NewReader(zr)
	head := make([]byte, len(cueMagic)+8)
	if _, err := io.ReadFull(br, head); err != nil {
		return nil, fmt.Errorf("cue model: %w", err)
	}
	if string(head[:len(cueMagic)]) != cueMagic {
		return nil, fmt.Errorf("cue model: bad magic")
	}
	m, err := perceptron.ReadModel(br)
	if err != nil {
		return nil, fmt.Errorf("cue model: %w", err)
	}
	h := head[len(cueMagic):]
	cm := &CueModel{Model: m, Listed: int32(binary.LittleEndian.Uint32(h)), Other: int32(binary.LittleEndian.Uint32(h[4:]))}
	if _, err := br.Peek(1); err == nil {
		if cm.Prep, err = perceptron.ReadModel(br); err != nil {
			return nil, fmt.Errorf("cue model, prepositions: %w", err)
		}
		if _, err := br.Peek(1); err == nil {
			if cm.Ext, err = perceptron.ReadModel(br); err != nil {
				return nil, fmt.Errorf("cue model, extension: %w", err)
			}
			if _, err := br.Peek(1); err == nil {
				if cm.Spk, err = perceptron.ReadModel(br); err != nil {
					return nil, fmt.Errorf("cue model, speaker edges: %w", err)
				}
				for {
					if _, err := br.Peek(1); err != nil {
						break
					}
					if err := readSection(br, cm); err != nil {
						return nil, fmt.Errorf("cue model: %w", err)
					}
				}
			}
		}
	}
	return cm, nil
}

// readSection reads a noun or nested-cue section of a cue model into cm.
func readSection(br *bufio.Reader, cm *CueModel) error {
	line, err := br.ReadString('\n')
	if err != nil {
		return err
	}
	if rest, ok := strings.CutPrefix(line, nestMagic); ok {
		if _, err := fmt.Sscanf(rest, "%d", &cm.NestTh); err != nil {
			return fmt.Errorf("nested cues: %w", err)
		}
		cm.Nest, err = perceptron.ReadModel(br)
		return err
	}
	rest, ok := strings.CutPrefix(line, nounMagic)
	if !ok {
		return fmt.Errorf("bad section magic")
	}
	var n int
	if _, err := fmt.Sscanf(rest, "%d %d", &cm.NounTh, &n); err != nil {
		return err
	}
	cm.Nouns = make(map[string]bool, n)
	for range n {
		w, err := br.ReadString('\n')
		if err != nil {
			return err
		}
		cm.Nouns[strings.TrimSuffix(w, "\n")] = true
	}
	cm.Noun, err = perceptron.ReadModel(br)
	return err
}

// embeddedCueModels returns the embedded classifiers (one, or the
// members of a vote), or nil when the embedded file is empty (a build
// without a trained model).
func embeddedCueModels() ([]*CueModel, error) {
	if len(cueModelData) == 0 {
		return nil, nil
	}
	return ReadCueModels(bytes.NewReader(cueModelData))
}

// Feature templates of the cue classifier.
const (
	fBias uint64 = iota + 1
	fLemma
	fForm
	fUPOS
	fXPOS
	fRel
	fLemmaRel
	fHeadLemma
	fHeadRel
	fKid
	fLemmaKid
	fKidSet
	fLemmaKidSet
	fSubj
	fLemmaSubj
	fRule
	fRuleKids
	fQuote
	fLemmaQuote
	fPrev
	fNext
	fPrev2
	fNext2
	fLemmaNext
	fLemmaPrev
	fSuffix
	fFeats
	fMark
	fUPOSKidSet
	fSubjRel
	fStart
	fInList
	fClass
	fClass1
	fClassKids
	fClassSubj
	fClassRel
	fClassQuote
	fAnc
	fLemmaAnc
	fKidCue
	fObj
	fSubjLemma
	fOthers
	fPBias
	fPPrep
	fPLemma
	fPLemmaPrep
	fPRel
	fPNext
	fPKind
	fPContent
)

// strKey returns the 64-bit FNV-1a hash of s (as hash/fnv's New64a),
// without allocating.
func strKey(s string) uint64 {
	h := uint64(14695981039346656037)
	for i := 0; i < len(s); i++ {
		h ^= uint64(s[i])
		h *= 1099511628211
	}
	return h
}

// cueCandidate reports whether tree token i of the current (parsed)
// sentence is a candidate for the classifier: a verb, an adjective, or a
// word the rules take for a cue.
func (st *state) cueCandidate(i int, rule bool) bool {
	if rule {
		return true
	}
	switch st.tree.Tokens[i].UPOS {
	case "VERB", "ADJ":
		return true
	case "NOUN", "PROPN":
		// A verb form of the list the tagger took for a noun: "the poll
		// finds", "Viguerie notes".
		return st.verbForm(st.tree.Base + i)
	}
	return false
}

// nounCandidate reports whether token k of the current (parsed)
// sentence is a candidate of the noun model: a noun whose lemma is
// among the learnt noun cues, not an -s form of the list (verbForm).
func (st *state) nounCandidate(k int) bool {
	t := st.d.Tokens[k]
	return t.UPOS == "NOUN" && st.nouns[st.lemma[k]] && !st.verbForm(k)
}

// verbForm reports whether token k, tagged a noun, is an -s form of the
// cue list not after a determiner: "the poll finds", "Viguerie notes".
func (st *state) verbForm(k int) bool {
	w := st.low[k]
	return st.r.lx.forms[w] != "" && strings.HasSuffix(w, "s") && (k == 0 || !nounMarkers[st.low[k-1]])
}

// cueFeatures appends the features of tree token i of the current
// sentence to buf; rule is the word list's decision.
func (st *state) cueFeatures(buf []uint64, i int, rule bool) []uint64 {
	t := st.tree
	tok := t.Tokens[i]
	k := t.Base + i
	lemma := st.lemma[k]
	lk := strKey(lemma)
	add := func(tpl uint64, a, b uint64) { buf = append(buf, perceptron.Hash(tpl, a, b, 0)) }
	add(fBias, 0, 0)
	add(fLemma, lk, 0)
	add(fForm, strKey(st.low[k]), 0)
	add(fUPOS, strKey(tok.UPOS), 0)
	add(fXPOS, strKey(tok.XPOS), lk)
	add(fRel, strKey(tok.DepRel), strKey(tok.UPOS))
	add(fLemmaRel, lk, strKey(tok.DepRel))
	add(fFeats, strKey(tok.Feats), 0)
	if n := len(st.low[k]); n > 3 {
		add(fSuffix, strKey(st.low[k][n-3:]), 0)
	}
	if h := t.Heads[i]; h >= 0 {
		add(fHeadLemma, strKey(st.lemma[t.Base+h]), strKey(tok.DepRel))
		add(fHeadRel, strKey(t.Tokens[h].UPOS), strKey(tok.DepRel))
	} else {
		add(fHeadLemma, 0, strKey(tok.DepRel))
	}
	var kidSet strings.Builder
	subj := "none"
	for _, c := range t.Kids[i] {
		rel := t.Tokens[c].DepRel
		switch rel {
		case "punct", "det", "cc", "case":
			continue
		}
		side := uint64(1)
		if c < i {
			side = 2
		}
		add(fKid, strKey(rel), side)
		add(fLemmaKid, lk, strKey(rel))
		switch t.relBase(c) {
		case "ccomp", "xcomp", "parataxis", "obj", "iobj", "nsubj", "obl", "csubj", "advcl":
			kidSet.WriteString(rel)
			kidSet.WriteByte(' ')
		}
		if t.relBase(c) == "nsubj" {
			subj = st.subjectKind(c)
			add(fSubjRel, strKey(rel), strKey(subj))
		}
		if t.RelIs(c, "ccomp", "xcomp", "advcl") {
			if m := t.Child(c, "mark"); m >= 0 {
				add(fMark, strKey(st.low[t.Base+m]), strKey(rel))
			}
		}
		if t.RelIs(c, "obl") {
			if p := t.Child(c, "case"); p >= 0 {
				add(fMark, strKey(st.low[t.Base+p]), lk)
			}
		}
	}
	ks := strKey(kidSet.String())
	add(fKidSet, ks, 0)
	add(fLemmaKidSet, lk, ks)
	add(fUPOSKidSet, strKey(tok.UPOS), ks)
	add(fSubj, strKey(subj), 0)
	add(fLemmaSubj, lk, strKey(subj))
	r := uint64(0)
	if rule {
		r = 1
	}
	add(fRule, r, 0)
	add(fRuleKids, r, ks)
	if st.r.lx.lemmas[lemma] || st.r.lx.forms[st.low[k]] != "" {
		add(fInList, 1, strKey(tok.UPOS))
	}
	// The WordNet classes of a verb (data/verbclass.txt): verbs of
	// communication and cognition are cues far more often than others,
	// which carries over to verbs too rare on train to learn.
	if cs := st.r.lx.verbClass[lemma]; len(cs) > 0 && tok.UPOS == "VERB" {
		c1 := strKey(cs[0])
		add(fClass1, c1, 0)
		add(fClassKids, c1, ks)
		add(fClassSubj, c1, strKey(subj))
		add(fClassRel, c1, strKey(tok.DepRel))
		for _, c := range cs[:min(len(cs), 3)] {
			add(fClass, strKey(c), 0)
		}
	}
	// Quotations: inside one, one before or after the token in the
	// sentence, one adjacent.
	q := "none"
	switch {
	case st.quote[k] >= 0:
		q = "in"
	default:
		before, after := false, false
		for j := 0; j < len(t.Tokens); j++ {
			if st.quote[t.Base+j] >= 0 {
				if j < i {
					before = true
				} else {
					after = true
				}
			}
		}
		switch {
		case before && after:
			q = "both"
		case before:
			q = "before"
			if i >= 2 && st.quoteEnd(k-1) >= 0 || i >= 3 && st.quoteEnd(k-2) >= 0 || i >= 4 && st.quoteEnd(k-3) >= 0 {
				q = "justafter"
			}
		case after:
			q = "after"
		}
		if q == "none" && t.Base > 0 && st.quoteEnd(t.Base-1) >= 0 {
			q = "prevsent"
		}
	}
	add(fQuote, strKey(q), strKey(tok.UPOS))
	add(fLemmaQuote, lk, strKey(q))
	if cs := st.r.lx.verbClass[lemma]; len(cs) > 0 && tok.UPOS == "VERB" {
		add(fClassQuote, strKey(cs[0]), strKey(q))
	}
	// The clause around the candidate: the nearest listed verb above it
	// and the relation by which the path leaves that verb (a verb inside
	// the "that"-clause of "said" is seldom a cue: PolNeAR never nests
	// attributions), and listed verbs below it ("went on to say").
	anc := "none"
	for c, h := i, t.Heads[i]; h >= 0; c, h = h, t.Heads[h] {
		if t.Tokens[h].UPOS == "VERB" && st.listedLemma(t.Base+h) {
			anc = t.relBase(c)
			break
		}
	}
	add(fAnc, strKey(anc), strKey(tok.UPOS))
	add(fLemmaAnc, lk, strKey(anc))
	for _, c := range t.Kids[i] {
		switch t.relBase(c) {
		case "ccomp", "xcomp", "conj", "advcl", "parataxis":
			if t.Tokens[c].UPOS == "VERB" && st.listedLemma(t.Base+c) {
				add(fKidCue, strKey(t.Tokens[c].DepRel), 0)
				add(fKidCue, strKey(t.Tokens[c].DepRel), lk)
			}
		}
	}
	// The head nouns of the object and subject ("expressed concern",
	// "made the case", "the poll shows"), and the other listed verbs of
	// the sentence, before and after the candidate.
	for _, c := range t.Kids[i] {
		var tpl uint64
		switch t.relBase(c) {
		case "obj":
			tpl = fObj
		case "nsubj":
			tpl = fSubjLemma
		default:
			continue
		}
		ol := strKey(st.lemma[t.Base+c])
		add(tpl, ol, 0)
		add(tpl, ol, lk)
	}
	others := [2]int{}
	for j := range t.Tokens {
		if j != i && t.Tokens[j].UPOS == "VERB" && st.listedLemma(t.Base+j) {
			if j < i {
				others[0] = 1
			} else {
				others[1] = 1
			}
		}
	}
	add(fOthers, uint64(others[0]*2+others[1]), strKey(anc))
	word := func(j int) uint64 {
		if j < 0 || j >= len(t.Tokens) {
			return 1
		}
		return strKey(st.low[t.Base+j])
	}
	add(fPrev, word(i-1), 0)
	add(fNext, word(i+1), 0)
	add(fPrev2, word(i-2), word(i-1))
	add(fNext2, word(i+1), word(i+2))
	add(fLemmaNext, lk, word(i+1))
	add(fLemmaPrev, lk, word(i-1))
	if i == 0 {
		add(fStart, 1, 0)
	}
	return buf
}

// listedLemma reports whether the lemma or form of token k is in the
// cue list.
func (st *state) listedLemma(k int) bool {
	switch st.listed[k] {
	case 1:
		return false
	case 2:
		return true
	}
	ok := st.r.lx.lemmas[st.lemma[k]] || st.r.lx.forms[st.low[k]] != ""
	st.listed[k] = 1
	if ok {
		st.listed[k] = 2
	}
	return ok
}

// subjectKind names the kind of subject at tree token c: a pronoun, a
// KB actor (with its kind), a proper name, or another noun.
func (st *state) subjectKind(c int) string {
	t := st.tree
	tok := t.Tokens[c]
	if tok.UPOS == "PRON" {
		return "pron:" + strings.ToLower(tok.Lemma)
	}
	if st.mention != nil {
		if m := st.mention[t.Base+c]; m >= 0 {
			a := st.d.Actors[m]
			return "actor:" + a.Kind + ":" + a.Via
		}
	}
	return "other:" + tok.UPOS
}

// candidateFeatures sets st.feats to the cue classifier's features of
// tree token i (rule: the word list's decision), taken from the
// document's feature cache when the members of a vote share one.
func (st *state) candidateFeatures(i int, rule bool) {
	if st.sh == nil {
		st.feats = st.cueFeatures(st.feats[:0], i, rule)
		return
	}
	key := featKey{st.tree.Base + i, rule}
	f, ok := st.sh.feats[key]
	if !ok {
		// Built in st.feats and copied once: grown from nil, the
		// list took about seven allocations.
		st.feats = st.cueFeatures(st.feats[:0], i, rule)
		st.sh.feats[key] = slices.Clone(st.feats)
		return
	}
	st.feats = append(st.feats[:0], f...)
}

// featKey keys a feature cache: a token and the word list's decision.
type featKey struct {
	k    int
	rule bool
}

// cueScore returns the classifier's margin for tree token i.
func (st *state) cueScore(cm *CueModel, i int, rule bool) int32 {
	st.candidateFeatures(i, rule)
	var scores [2]int32
	cm.Model.Score(st.feats, scores[:])
	return scores[1] - scores[0]
}

// prepChoice returns, for quote n of st.out, the token of a preposition
// that could end its cue or be cut from it, the mode (1: the cue ends with
// it, 2: it follows the cue) and the features of the choice; ok is false
// when there is none.
func (st *state) prepChoice(buf []uint64, n int) (p, mode int, feats []uint64, ok bool) {
	d := st.d
	q := st.out[n]
	if q.Cue == nil {
		return 0, 0, buf, false
	}
	e := st.tokenAt(q.Cue.End-1, 0)
	cs := st.tokenAt(q.Cue.Start, 0)
	s := d.Tokens[e].Sentence
	sb, se := d.Sentences[s].TokenStart, d.Sentences[s].TokenEnd
	switch {
	case e > cs && d.Tokens[e].UPOS == "ADP" && st.quote[e] < 0:
		p, mode = e, 1
	case e+1 < se && d.Tokens[e+1].UPOS == "ADP" && st.quote[e+1] < 0:
		p, mode = e+1, 2
	default:
		return 0, 0, buf, false
	}
	// The cue's verb: the last token before p that is no preposition.
	v := p - 1
	for v > cs && d.Tokens[v].UPOS == "ADP" {
		v--
	}
	lk := strKey(st.lemma[v])
	pk := strKey(st.low[p])
	md := uint64(mode)
	add := func(tpl uint64, a, b uint64) { buf = append(buf, perceptron.Hash(tpl, a, b, md)) }
	add(fPBias, 0, 0)
	add(fPPrep, pk, 0)
	add(fPLemma, lk, 0)
	add(fPLemmaPrep, lk, pk)
	rel, headRel := "", ""
	if h := d.Tokens[p].Head; h > 0 {
		rel = d.Tokens[p].DepRel
		headRel = d.Tokens[sb+h-1].DepRel
		if sb+h-1 == v {
			headRel = "verb"
		} else if hh := d.Tokens[sb+h-1].Head; hh > 0 && sb+hh-1 == v {
			headRel += ":on-verb"
		}
	}
	add(fPRel, strKey(rel), strKey(headRel))
	add(fPRel, strKey(headRel), pk)
	next := uint64(1)
	if p+1 < se {
		next = strKey(st.low[p+1])
		add(fPNext, strKey(d.Tokens[p+1].UPOS), pk)
	}
	add(fPNext, next, 0)
	add(fPKind, strKey(q.Kind), 0)
	c := "before"
	switch {
	case q.Content.Start == d.Tokens[p].Start:
		c = "at"
	case q.Content.Start > d.Tokens[p].Start:
		c = "after"
	}
	add(fPContent, strKey(c), pk)
	return p, mode, buf, true
}

// adjustPreps lets the preposition model move the end of each cue over a
// preposition, the same way for every quote sharing the cue.
func (st *state) adjustPreps() {
	cm := st.r.cues
	var scores [2]int32
	st.moveCues(func(n int, old doc.Span) doc.Span {
		nc := old
		p, mode, f, ok := st.prepChoice(st.feats[:0], n)
		st.feats = f
		if ok {
			scores[0], scores[1] = 0, 0
			cm.Prep.Score(f, scores[:])
			if scores[1] > scores[0] {
				if mode == 1 {
					nc.End = st.d.Tokens[p-1].End
				} else {
					nc.End = st.d.Tokens[p].End
				}
			}
		}
		return nc
	}, func(q *doc.Quote, old doc.Span) {
		if q.Cue.End > old.End {
			st.contentAfter(q, q.Cue.End)
		}
	})
}
