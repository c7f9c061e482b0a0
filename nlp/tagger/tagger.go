// Package tagger is a part-of-speech tagger: a greedy left-to-right averaged
// perceptron that predicts the Universal POS tag and the Penn Treebank tag
// of each word jointly, as one label.
package tagger

import (
	"bufio"
	"errors"
	"fmt"
	"github.com/petrel-events/petrel/doc"
	"io"
	"math"
	"strings"

	"github.com/petrel-events/petrel/internal/lower"
	"github.com/petrel-events/petrel/nlp/internal/bin"
	"github.com/petrel-events/petrel/nlp/internal/flat"
	"github.com/petrel-events/petrel/nlp/internal/lex"
	"github.com/petrel-events/petrel/nlp/perceptron"
)

// Tagger assigns joint UPOS and XPOS tags. It is read-only after training
// or loading, and safe for concurrent use with one Scratch per goroutine.
type Tagger struct {
	upos, xpos []string
	model      *perceptron.Model
	// second, when set, retags each sentence with the first pass's tags
	// of the following words as features.
	second *perceptron.Model
	// retag is the first-pass margin at or above which the second pass
	// keeps the first tag (0: retag all).
	retag int32
	// finite marks the tags of finite verbs and modals.
	finite []bool
	// vbd, vbz, vbp and vb are the joint tags of a past-tense verb, the
	// two present-tense verbs and the base form (VERB+VBD, VERB+VBZ,
	// VERB+VBP, VERB+VB), or -1.
	vbd, vbz, vbp, vb int
	nns               int    // the joint tag of a plural noun
	sconj             int    // SCONJ IN: a subordinator ("after" opening a clause)
	nn                int    // NOUN NN
	propnOnly         uint64 // the ambiguity class of words seen only as NNP
	pastOnly          uint64 // the ambiguity class of words seen only as VBD or VBN
	// nounOnly are the ambiguity classes of words seen only as common
	// nouns: NN, NNS, NN+NNS.
	nounOnly [3]uint64
	// requireFinite applies needFinite after tagging (see
	// RequireFiniteVerb).
	requireFinite bool
	// dict maps the hash of a frequent, unambiguous form to its tag + 1.
	dict map[uint64]uint64
	// amb maps the hash of a lower-case form to its ambiguity class: a
	// hash of the set of tags seen with it.
	amb map[uint64]uint64
	// dictTab and ambTab are dict and amb as flat tables for tagging
	// (see tables), built once the maps are complete.
	dictTab, ambTab flat.Map
}

// tables builds dictTab and ambTab from dict and amb.
func (t *Tagger) tables() {
	t.dictTab, t.ambTab = flat.New(t.dict), flat.New(t.amb)
}

// Tags returns the number of joint tags.
func (t *Tagger) Tags() int { return len(t.upos) }

// UPOS returns the universal tag of joint tag id.
func (t *Tagger) UPOS(id int) string { return t.upos[id] }

// XPOS returns the Penn tag of joint tag id.
func (t *Tagger) XPOS(id int) string { return t.xpos[id] }

// TagID returns the joint tag id of (upos, xpos), or -1.
func (t *Tagger) TagID(upos, xpos string) int {
	for i := range t.upos {
		if t.upos[i] == upos && t.xpos[i] == xpos {
			return i
		}
	}
	return -1
}

// Scratch is per-goroutine working memory for Tag.
type Scratch struct {
	words   []lex.Word
	ambs    []uint64
	feats   []uint64
	scores  []int32
	first   []int
	margin  []int32
	verb    []uint8
	buf     lex.Buffer
	cased   []string // the words of a sentence in capitals, as they would be written
	unknown []bool   // which cased words the training text never had
	// fix, when positive, is the tag the passes give the first word
	// (see initialNoun); 0 or -1 otherwise.
	fix int
}

// Words returns the analysed words of the last call to Tag.
func (s *Scratch) Words() []lex.Word { return s.words }

// analyze fills the scratch with the lexical analysis of words.
func (t *Tagger) analyze(s *Scratch, words []string) {
	n := len(words)
	if cap(s.words) < n {
		s.words = make([]lex.Word, n)
		s.ambs = make([]uint64, n)
	}
	s.words, s.ambs = s.words[:n], s.ambs[:n]
	for i, w := range words {
		lex.Analyze(w, &s.buf, &s.words[i])
		s.ambs[i], _ = t.ambTab.Get(s.words[i].Lower)
	}
	if len(s.scores) != len(t.upos) {
		s.scores = make([]int32, len(t.upos), max(len(t.upos), 256))
	}
}

// Tag writes the joint tag id of each word to tags (len(tags) ≥ len(words)).
func (t *Tagger) Tag(s *Scratch, words []string, tags []int) {
	if t.requireFinite && doc.TitleCased(words) {
		// "Israel Strikes Hezbollah Targets in Lebanon": when the
		// words as written give no finite verb, words the training
		// text had other than as proper nouns are read in lower case
		// (names and unknown words keep their capital), and that
		// reading is kept if it has one. Lists of names stay as they
		// were.
		t.tag(s, words, tags)
		if t.hasFinite(tags[:len(words)]) {
			return
		}
		again := make([]int, len(tags))
		t.tag(s, t.untitle(s, words), again)
		if t.hasFinite(again[:len(words)]) {
			copy(tags, again)
		}
		return
	}
	if t.requireFinite && doc.Shouted(words) {
		// Unknown words are first written in lower case; those then
		// tagged as nouns are names ("Kestria"), the others not
		// ("expels").
		words = t.truecase(s, words)
		t.tag(s, words, tags)
		again := false
		for i, w := range words {
			if s.unknown[i] && t.upos[tags[i]] == "NOUN" {
				words[i] = strings.ToUpper(w[:1]) + w[1:]
				again = true
			}
		}
		if !again {
			return
		}
	}
	t.tag(s, words, tags)
	if u := t.upos[tags[0]]; t.requireFinite && u != "NOUN" && u != "ADJ" && t.initialNoun(s, words[0]) {
		// "Inmates began a hunger strike", "Gunmen armed with rifles
		// attacked …": the word is tagged NNS or NN, whichever the
		// model scores higher, and the sentence again after it, in
		// lower case as running text writes it.
		sc := t.wordScores(s, tags, 0)
		s.fix = t.nn
		if lw := strings.ToLower(words[0]); sc[t.nns] > sc[t.nn] || sEnding(lw) || strings.HasSuffix(lw, "men") {
			s.fix = t.nns
		}
		s.cased = append(s.cased[:0], words...)
		s.cased[0] = strings.ToLower(words[0])
		t.tag(s, s.cased, tags)
		s.fix = -1
	}
}

// initialNoun reports whether w, a sentence's first word, is a
// capitalised common noun rather than a name: written with one capital
// and lower-case letters after it, and an agent noun (data/agents.txt:
// "Gunmen", "Inmates", words EWT has once or never) or a word the training
// text had, in lower case, only as a common noun. The model, seeing a
// capitalised word it does not know at the start, takes it for a name.
func (t *Tagger) initialNoun(s *Scratch, w string) bool {
	if len(w) < 4 || w[0] < 'A' || w[0] > 'Z' {
		return false
	}
	for i := 1; i < len(w); i++ {
		if c := w[i]; c < 'a' || c > 'z' {
			return false
		}
	}
	if isAgent(w) {
		return true
	}
	var lw lex.Word
	lex.Analyze(strings.ToLower(w), &s.buf, &lw)
	amb, seen := t.ambTab.Get(lw.Lower)
	return seen && (amb == t.nounOnly[0] || amb == t.nounOnly[1] || amb == t.nounOnly[2])
}

// tag tags words (see Tag).
func (t *Tagger) tag(s *Scratch, words []string, tags []int) {
	t.analyze(s, words)
	if t.requireFinite {
		t.borrowClasses(s, words)
	}
	if cap(s.margin) < len(words) {
		s.margin = make([]int32, len(words))
	}
	s.margin = s.margin[:len(words)]
	t.pass(s, t.model, tags, nil)
	if t.second != nil {
		s.first = append(s.first[:0], tags[:len(words)]...)
		s.verb = t.verbDistances(s.verb, s.first)
		t.pass(s, t.second, tags, s.first)
	}
	if t.requireFinite {
		t.agentVerb(s, words, tags[:len(words)])
		t.pluralAfterModifier(s, words, tags[:len(words)])
		t.needFinite(s, words, tags[:len(words)])
		t.needPresent(s, words, tags[:len(words)])
		t.toInfinitive(s, words, tags[:len(words)])
		t.subordinateFinite(words, tags[:len(words)])
		t.nounAfterVerb(s, words, tags[:len(words)])
		t.lowerNameAfterDeterminer(s, words, tags[:len(words)])
	}
}

// lowerNameAfterDeterminer reads as a common noun a word written in lower
// case and tagged a proper noun right after a determiner or a possessive
// ("staged a march", "the march began"): news writes names with a
// capital, and the training text knows some words only as names in
// another case ("March" the month). NNS or NN, whichever the model
// scores higher. A word before a capitalised one is a name's particle and
// stays.
func (t *Tagger) lowerNameAfterDeterminer(s *Scratch, words []string, tags []int) {
	if t.nn < 0 || t.nns < 0 {
		return
	}
	for i := 1; i < len(tags); i++ {
		if x := t.xpos[tags[i]]; x != "NNP" && x != "NNPS" || !isLowerWord(words[i]) {
			continue
		}
		if x := t.xpos[tags[i-1]]; x != "DT" && x != "PRP$" {
			continue
		}
		if i+1 < len(words) && words[i+1] != "" && words[i+1][0] >= 'A' && words[i+1][0] <= 'Z' {
			continue // a name's particle: "the al Qaeda-linked cleric", "the de Gaulle era"
		}
		sc := t.wordScores(s, tags, i)
		tags[i] = t.nn
		if sc[t.nns] > sc[t.nn] {
			tags[i] = t.nns
		}
	}
}

// isLowerWord reports whether w is written in lower-case ASCII letters
// only.
func isLowerWord(w string) bool {
	for i := 0; i < len(w); i++ {
		if w[i] < 'a' || w[i] > 'z' {
			return false
		}
	}
	return w != ""
}

// bareComplement lists the verbs a bare infinitive may follow ("helped
// build", "let go", "made them leave", "heard it fall").
var bareComplement = map[string]bool{
	"help": true, "helps": true, "helped": true, "let": true, "lets": true, "make": true, "makes": true, "made": true,
	"see": true, "sees": true, "saw": true, "hear": true, "hears": true, "heard": true, "watch": true, "watched": true,
	"do": true, "does": true, "did": true, "go": true, "goes": true, "come": true, "comes": true, "bid": true, "dare": true,
	"have": true, "has": true, "had": true, "feel": true, "felt": true, "need": true, "needs": true,
}

// quantifiers are adjectives that stand alone as a subject ("many say").
var quantifiers = map[string]bool{
	"many": true, "few": true, "several": true, "most": true, "some": true, "more": true, "less": true,
	"all": true, "both": true, "others": true, "other": true, "such": true, "much": true, "enough": true,
}

// pluralAfterModifier reads as a plural noun an -s word tagged VBZ right
// after an adjective, a number or a demonym ("30 drones", "Ukrainian
// drones hit …"), which cannot be its subject, when the model scores NNS
// within twice its doubt margin.
func (t *Tagger) pluralAfterModifier(s *Scratch, words []string, tags []int) {
	if t.nns < 0 || t.vbz < 0 {
		return
	}
	for i := 1; i < len(tags); i++ {
		if tags[i] != t.vbz || !letters(words[i]) || !strings.HasSuffix(words[i], "s") {
			continue
		}
		prev := strings.ToLower(words[i-1])
		switch t.xpos[tags[i-1]] {
		case "JJ":
			if quantifiers[prev] {
				continue
			}
		case "CD":
		case "NNP":
			if !demonymLike(words[i-1]) || i > 1 && t.upos[tags[i-2]] != "NUM" && t.upos[tags[i-2]] != "DET" && t.upos[tags[i-2]] != "ADJ" {
				continue
			}
		default:
			continue
		}
		sc := t.wordScores(s, tags, i)
		if sc[tags[i]]-sc[t.nns] < 2*t.retag {
			tags[i] = t.nns
		}
	}
}

// demonymLike reports whether a capitalised word ends like a demonym
// ("Ukrainian", "Chinese", "British", "Israeli").
func demonymLike(w string) bool {
	if w == "" || w[0] < 'A' || w[0] > 'Z' {
		return false
	}
	for _, suf := range []string{"ian", "ean", "ese", "ish", "ani", "eli", "aqi", "ali"} {
		if strings.HasSuffix(w, suf) {
			return true
		}
	}
	return false
}

// nounAfterVerb reads as a singular noun a word tagged base-form verb
// right after a finite verb that takes no bare infinitive and before a
// noun ("Police fired tear gas at protesters", "used tear gas"), when the
// model scores NN within twice its doubt margin.
func (t *Tagger) nounAfterVerb(s *Scratch, words []string, tags []int) {
	nn := t.nn
	if nn < 0 || t.vb < 0 {
		return
	}
	for i := 1; i+1 < len(tags); i++ {
		if tags[i] != t.vb || !t.finite[tags[i-1]] || t.xpos[tags[i-1]] == "MD" || bareComplement[strings.ToLower(words[i-1])] {
			continue
		}
		if u := t.upos[tags[i+1]]; u != "NOUN" && (u != "PROPN" || !doc.TitleCased(words)) || !letters(words[i]) {
			continue // a name only in a title-cased headline: "Fire Tear Gas at"
		}
		sc := t.wordScores(s, tags, i)
		if sc[tags[i]]-sc[nn] < 2*t.retag {
			tags[i] = nn
		}
	}
}

// needPresent applies a second constraint of the whole sentence, for
// headlines above all: a sentence of four words or more with no finite
// verb at all, where a noun between a nominal and its would-be object
// ("Venezuela frees jailed opposition figures", "China sanctions US
// firms", "Protesters storm parliament in Kenya") scores as a present
// tense (VBZ for an -s word, else VBP) within the tagger's own margin of
// doubt, reads that word as the verb. Only the first such word changes.
// A clause reported by a speech verb ("Ukraine says Russian missile
// strike kills 12") is such a sentence of its own.
func (t *Tagger) needPresent(s *Scratch, words []string, tags []int) {
	n := len(tags)
	if n < 4 || t.vbz < 0 || t.vbp < 0 {
		return
	}
	start := 0
	for j, tg := range tags {
		if !t.finite[tg] {
			continue
		}
		if start == 0 && j > 0 && reportVerbs[strings.ToLower(words[j])] {
			// "UKRAINE SAYS RUSSIAN MISSILE STRIKE KILLS 12": the
			// reported clause after a speech verb needs its own.
			start = j + 1
			continue
		}
		return
	}
	// How far below the noun the verb may score: twice the margin under
	// which the tagger is unsure (t.retag), three times in a sentence
	// without a stop, a headline. The scores are those of the word alone
	// (cleared first: Score adds).
	doubt := 2 * t.retag
	if w := words[n-1]; w != "." && w != "?" && w != "!" {
		doubt = 3 * t.retag
	}
	for i := start + 1; i+1 < n; i++ {
		x := t.xpos[tags[i]]
		if x != "NNS" && x != "NN" || isAgent(words[i]) {
			continue // "Egypt police arrest activists": the verb is the next word
		}
		switch t.upos[tags[i-1]] {
		case "NOUN", "PROPN", "PRON":
		default:
			continue
		}
		switch t.upos[tags[i+1]] {
		case "DET", "NOUN", "PROPN", "ADJ", "NUM", "PRON":
		case "VERB":
			if t.xpos[tags[i+1]] != "VBN" {
				continue
			}
		default:
			continue
		}
		want := t.vbp
		if x == "NNS" {
			if !strings.HasSuffix(strings.ToLower(words[i]), "s") {
				continue
			}
			want = t.vbz
		}
		if sc := t.wordScores(s, tags, i); sc[tags[i]]-sc[want] < doubt {
			tags[i] = want
		}
		return
	}
}

// toInfinitive reads as a base verb a word tagged adjective or noun right
// after "to" and before a determiner, number or pronoun ("agreed to free
// the hostages", "to present the plan") when the model scores VB within
// twice its doubt margin.
func (t *Tagger) toInfinitive(s *Scratch, words []string, tags []int) {
	if t.vb < 0 {
		return
	}
	for i := 1; i+1 < len(tags); i++ {
		if !strings.EqualFold(words[i-1], "to") {
			continue
		}
		if x := t.xpos[tags[i]]; x != "JJ" && x != "NN" {
			continue
		}
		switch t.upos[tags[i+1]] {
		case "DET", "NUM":
		case "PRON":
			if x := t.xpos[tags[i+1]]; x != "PRP" && x != "PRP$" {
				continue
			}
		default:
			continue
		}
		if !letters(words[i]) {
			continue
		}
		if sc := t.wordScores(s, tags, i); sc[tags[i]]-sc[t.vb] < 2*t.retag {
			tags[i] = t.vb
		}
	}
}

// subordinators open adverbial clauses, which have a finite verb.
var subordinators = map[string]bool{
	"after": true, "before": true, "because": true, "when": true, "while": true, "since": true,
	"until": true, "although": true, "though": true, "once": true, "whereas": true,
}

// clauseWords are the words subordinateFinite and subordinateClause look
// for: the subordinators, "that", "as", "and" and "but".
var clauseWords = func() map[string]string {
	m := map[string]string{"that": "that", "as": "as", "and": "and", "but": "but"}
	for w := range subordinators {
		m[w] = w
	}
	return m
}()

// clauseWord returns strings.ToLower(w) when that is one of clauseWords,
// and "" otherwise, without allocating for ASCII words (lower.Append into
// a buffer on the stack; no clause word is longer than it).
func clauseWord(w string) string {
	var buf [8]byte
	if len(w) > len(buf) {
		return ""
	}
	return clauseWords[string(lower.Append(buf[:0], w))]
}

// subordinateFinite applies needFinite's constraint to an adverbial clause
// or a complement: one opened by a subordinator ("after", "because",
// "when" ..., "that" tagged SCONJ: "denied that Russian forces targeted
// civilians", or ", and" / ", but": "..., and police used tear gas") and
// ending
// at the next punctuation or coordinator has a finite verb. When its tags
// give it none, a regular past participle right after a nominal (or a
// gerund right after the subordinator) and before its object is read as a
// past tense: "expelled the envoy after shelling killed three soldiers".
// The subordinator, if tagged a preposition, is then a subordinating
// conjunction, as it is before a noun subject and its finite verb. A participle before "by" or a preposition ("after talks
// mediated by Qatar") stays one.
func (t *Tagger) subordinateFinite(words []string, tags []int) {
	if t.vbd < 0 || t.sconj < 0 {
		return
	}
	n := len(tags)
	for i := 0; i+3 < n; i++ {
		w := clauseWord(words[i])
		coordinated := (w == "and" || w == "but") && i > 0 && words[i-1] == ","
		if !subordinators[w] && (w != "that" || t.upos[tags[i]] != "SCONJ") && !coordinated {
			continue
		}
		end := i + 1
		for end < n {
			if u := t.upos[tags[end]]; u == "PUNCT" || u == "CCONJ" {
				break
			}
			end++
		}
		finite := -1
		for j := i + 1; j < end && finite < 0; j++ {
			if t.finite[tags[j]] {
				finite = j
			}
		}
		if finite >= 0 {
			// "after border shelling killed two guards": "after"
			// opens the clause of a noun subject's finite verb.
			if u := t.upos[tags[finite-1]]; finite > i+1 && (u == "NOUN" || u == "PROPN") && t.upos[tags[i]] == "ADP" {
				tags[i] = t.sconj
			}
			i = end - 1
			continue
		}
		for j := i + 2; j+1 < end; j++ {
			if t.xpos[tags[j]] != "VBN" || !strings.HasSuffix(strings.ToLower(words[j]), "ed") {
				continue
			}
			switch prev := t.xpos[tags[j-1]]; {
			case t.upos[tags[j-1]] == "NOUN" || t.upos[tags[j-1]] == "PROPN":
			case prev == "VBG" && j-1 == i+1:
			default:
				continue
			}
			switch t.upos[tags[j+1]] {
			case "DET", "NUM", "NOUN", "PROPN", "PRON", "ADJ":
				tags[j] = t.vbd
				if t.upos[tags[i]] == "ADP" {
					tags[i] = t.sconj
				}
			}
			break
		}
		i = end - 1
	}
}

// truecase writes the words of a sentence in capitals as running text
// would, for the model, which learnt from such text: the first word and a
// word the training text had only as a proper noun keep their capital and
// lose the others ("Russia", "Zelenskiy urges"); other words, unknown ones
// too (see Tag), are lower-cased ("warns", "troops"). Words of up to three
// letters ("UN", "US", "EU"), and words with digits or other signs, stay
// as they are.
func (t *Tagger) truecase(s *Scratch, words []string) []string {
	s.cased = append(s.cased[:0], words...)
	s.unknown = append(s.unknown[:0], make([]bool, len(words))...)
	var w lex.Word
	for i, word := range words {
		if len(word) < 4 || !upperASCII(word) {
			continue
		}
		lex.Analyze(word, &s.buf, &w)
		amb, seen := t.ambTab.Get(w.Lower)
		s.unknown[i] = !seen && i > 0
		if i == 0 || seen && amb == t.propnOnly {
			s.cased[i] = word[:1] + strings.ToLower(word[1:])
			continue
		}
		s.cased[i] = strings.ToLower(word)
	}
	return s.cased
}

// untitle writes the capitalised words of a title-cased headline after
// the first in lower case when the training text had them other than as
// proper nouns only ("Strikes", "Targets", "Warns"); proper-noun-only and
// unknown words keep their capital ("Israel", "Hezbollah").
func (t *Tagger) untitle(s *Scratch, words []string) []string {
	s.cased = append(s.cased[:0], words...)
	var w lex.Word
	for i, word := range words {
		if i == 0 || len(word) < 2 || word[0] < 'A' || word[0] > 'Z' {
			continue
		}
		lex.Analyze(word, &s.buf, &w)
		amb, seen := t.ambTab.Get(w.Lower)
		if !seen {
			// "Seizes", "Expels": a verb form the training text
			// lacked whose stem it had ("seize", "expel").
			for _, suf := range []string{"es", "s"} {
				if stem, ok := strings.CutSuffix(strings.ToLower(word), suf); ok && len(stem) > 2 {
					var sw lex.Word
					lex.Analyze(stem, &s.buf, &sw)
					if amb, seen = t.ambTab.Get(sw.Lower); seen {
						break
					}
				}
			}
		}
		if !seen && t.prefixedPast(s, strings.ToLower(word)) {
			seen, amb = true, t.pastOnly // "Overthrew", read as "threw"
		}
		if seen && amb != t.propnOnly || !seen && strings.HasSuffix(word, "s") && !strings.HasSuffix(word, "ss") && len(word) > 4 {
			// Unknown -s words are taken for verbs or plurals
			// ("Seizes", "Expels"), names rarely ending so.
			s.cased[i] = strings.ToLower(word[:1]) + word[1:]
		}
	}
	return s.cased
}

// upperASCII reports whether w is made of upper-case ASCII letters only.
func upperASCII(w string) bool {
	for i := 0; i < len(w); i++ {
		if c := w[i]; c < 'A' || c > 'Z' {
			return false
		}
	}
	return true
}

// RequireFiniteVerb turns on the whole-sentence constraint of needFinite.
// Models switch it on when loaded; training leaves it off, so that the
// tagger's own second pass and the parser's jack-knifed tags are those the
// shipped models were trained on.
func (t *Tagger) RequireFiniteVerb(on bool) { t.requireFinite = on }

// needFinite applies one constraint of the whole sentence that the
// left-to-right passes cannot see: a sentence that ends in a full stop
// has a finite verb. When the tags give it none, the first regular past
// participle (or -ed adjective) right after a nominal is read as a past
// tense: "The minister called on Iran to ...", "Thousands of people
// demonstrated in ...", "the rebels resumed peace talks", also after one
// adverb ("Japan also expressed concern").
// An irregular past ("Protesters set fire to ...", "Rebels hit the
// base") tagged an adjective, participle or noun after a nominal and
// before its object is read as a past tense when the model scores that
// within twice its doubt margin.
// Headlines without a stop ("Man arrested in Boston") are left alone.
func (t *Tagger) needFinite(s *Scratch, words []string, tags []int) {
	n := len(tags)
	if n < 3 || words[n-1] != "." || t.vbd < 0 {
		return
	}
	if c := t.reportingComma(words, tags); c > 0 && !t.hasFinite(tags[:c]) {
		// "A bomber killed nine people, police said."
		t.pastAfterNominal(words, tags[:c])
		return
	}
	if k := t.subordinateClause(words, tags); k > 0 && !t.hasFinite(tags[:k]) {
		// "Protesters set fire to the parliament as anger boiled
		// over.": the finite verb of the "as" clause is not the main
		// clause's.
		if !t.pastAfterNominal(words[:k], tags[:k]) {
			t.irregularPast(s, words[:k], tags[:k])
		}
		return
	}
	if t.hasFinite(tags) {
		return
	}
	if !t.pastAfterNominal(words, tags) {
		t.irregularPast(s, words, tags)
	}
}

// subordinateClause returns the index of the first subordinator after the
// third word that opens a clause with a finite verb of its own before any
// comma ("… as anger boiled over"), or -1. An "as" after a participle or
// adjective ("identified as", "such as") opens none.
func (t *Tagger) subordinateClause(words []string, tags []int) int {
	for k := 3; k+2 < len(words); k++ {
		w := clauseWord(words[k])
		if !subordinators[w] && w != "as" {
			continue
		}
		if w == "as" {
			if x := t.xpos[tags[k-1]]; x == "VBN" || x == "JJ" || x == "JJR" || x == "RB" || strings.EqualFold(words[k-1], "such") {
				continue
			}
		}
		for j := k + 1; j < len(words) && words[j] != ","; j++ {
			if t.finite[tags[j]] {
				return k
			}
		}
	}
	return -1
}

// hasFinite reports whether any of tags is a finite verb.
func (t *Tagger) hasFinite(tags []int) bool {
	for _, tg := range tags {
		if t.finite[tg] {
			return true
		}
	}
	return false
}

// pastAfterNominal reads the first regular past participle or -ed
// adjective of tags as a past tense if a nominal stands right before it
// (or before one adverb before it). It reports whether it found such a
// word, whatever stood before it.
func (t *Tagger) pastAfterNominal(words []string, tags []int) bool {
	for i := 1; i < len(tags); i++ {
		if x := t.xpos[tags[i]]; x != "VBN" && x != "JJ" || !strings.HasSuffix(strings.ToLower(words[i]), "ed") {
			continue
		}
		prev := i - 1
		if t.upos[tags[prev]] == "ADV" && prev > 0 {
			// "Japan and Australia also expressed concern."
			prev--
		}
		switch t.upos[tags[prev]] {
		case "NOUN", "PROPN", "PRON":
			tags[i] = t.vbd
		}
		return true
	}
	return false
}

// reportVerbs are the speech verbs of a reporting clause after the
// content ("..., police said").
var reportVerbs = map[string]bool{
	"said": true, "says": true, "told": true, "added": true, "reported": true, "stated": true,
	"announced": true, "claimed": true, "warned": true, "confirmed": true,
}

// reportingComma returns the index of the last comma followed by a short
// reporting clause ("..., police said.", ", the ministry said on Friday,
// blaming ..."), which leaves the words before it a clause of their own;
// or -1.
func (t *Tagger) reportingComma(words []string, tags []int) int {
	for c := len(tags) - 3; c > 2; c-- {
		if words[c] != "," {
			continue
		}
		for j := c + 1; j < len(tags) && j <= c+7; j++ {
			if reportVerbs[strings.ToLower(words[j])] {
				if j > c+1 {
					return c
				}
				break
			}
			switch t.upos[tags[j]] {
			case "DET", "ADJ", "NOUN", "PROPN", "PRON", "NUM":
				continue
			}
			break
		}
	}
	return -1
}

// irregularPast reads as a past tense the first word tagged JJ, VBN, NN or
// VB between a nominal and a determiner, noun, pronoun or number (not a
// noun after NN: "party chairman John") when the model scores VBD
// within twice its doubt margin (see needFinite); a word tagged VB becomes
// the likelier of VBD and VBP.
func (t *Tagger) irregularPast(s *Scratch, words []string, tags []int) {
	n := len(tags)
	for i := 1; i+1 < n; i++ {
		switch t.xpos[tags[i]] {
		case "JJ", "VBN", "NN", "VB":
		case "IN":
			// A word the training text never had, taken for a
			// preposition: "Rebels overran the base".
			if s.ambs[i] != 0 || len(words[i]) < 5 {
				continue
			}
		default:
			continue
		}
		switch t.upos[tags[i-1]] {
		case "NOUN", "PROPN", "PRON":
			if t.upos[tags[i-1]] == "PRON" && !subjectPronoun[strings.ToLower(words[i-1])] {
				continue // "your chosen medium", "let me say"
			}
		default:
			continue
		}
		switch t.upos[tags[i+1]] {
		case "DET", "NUM", "PRON":
		case "NOUN", "PROPN":
			if t.xpos[tags[i]] == "NN" {
				continue // "party chairman John Doe"
			}
		default:
			continue
		}
		if !letters(words[i]) {
			continue // "January 31st"
		}
		sc := t.wordScores(s, tags, i)
		want := t.vbd
		if t.xpos[tags[i]] == "VB" && t.vbp >= 0 && sc[t.vbp] > sc[t.vbd] {
			// "Singapore promote trading": a present, not a past.
			want = t.vbp
		}
		if sc[tags[i]]-sc[want] < 2*t.retag {
			tags[i] = want
		}
		return
	}
}

// wordScores returns the scores of every tag for word i given the tags
// around it, by the last pass's model (s.scores, cleared first: Score
// adds).
func (t *Tagger) wordScores(s *Scratch, tags []int, i int) []int32 {
	m, right := t.model, []int(nil)
	if t.second != nil {
		m, right = t.second, s.first
	}
	if cap(s.scores) < len(t.upos) {
		s.scores = make([]int32, len(t.upos))
	}
	sc := s.scores[:len(t.upos)]
	s.feats = features(s.feats[:0], s.words, s.ambs, tags, right, s.verb, i)
	clear(sc)
	m.Score(s.feats, sc)
	return sc
}

// pass tags the words left to right with model m. The second pass (right
// != nil) retags only the words the first was unsure of: those whose best
// tag led the next by less than t.retag.
func (t *Tagger) pass(s *Scratch, m *perceptron.Model, tags, right []int) {
	for i := range s.words {
		if i == 0 && s.fix > 0 {
			tags[0] = s.fix
			s.margin[0] = math.MaxInt32
			continue
		}
		if d, ok := t.dictTab.Get(s.words[i].Form); ok {
			tags[i] = int(d - 1)
			s.margin[i] = math.MaxInt32
			continue
		}
		if right != nil && t.retag > 0 && s.margin[i] >= t.retag {
			continue
		}
		s.feats = features(s.feats[:0], s.words, s.ambs, tags, right, s.verb, i)
		tags[i], s.margin[i] = m.PredictMargin(s.feats, s.scores)
	}
}

// verbDistances returns, for each word, a bucket of the distance to the
// next finite verb or modal after it by the first-pass tags (0: none).
func (t *Tagger) verbDistances(out []uint8, tags []int) []uint8 {
	out = out[:0]
	for range tags {
		out = append(out, 0)
	}
	next := -1
	for i := len(tags) - 1; i >= 0; i-- {
		if next >= 0 {
			d := next - i
			switch {
			case d <= 3:
				out[i] = uint8(d)
			case d <= 5:
				out[i] = 4
			case d <= 8:
				out[i] = 5
			default:
				out[i] = 6
			}
		}
		if t.finite[tags[i]] {
			next = i
		}
	}
	return out
}

// SetRetag sets the first-pass margin, as a fraction of the first model's
// largest weight, above which the second pass keeps the first pass's tag
// (0: retag every word).
func (t *Tagger) SetRetag(frac float64) {
	t.retag = int32(frac * float64(t.model.MaxWeight()))
}

const (
	startTag = 1<<16 + 1
	noWord   = 0x5bd1e995
)

// features appends the features of word i given the tags before it.
func features(f []uint64, ws []lex.Word, ambs []uint64, tags, right []int, verb []uint8, i int) []uint64 {
	h := perceptron.Hash
	w := &ws[i]
	p1, p2 := uint64(startTag), uint64(startTag)
	if i > 0 {
		p1 = uint64(tags[i-1])
	}
	if i > 1 {
		p2 = uint64(tags[i-2])
	}
	word := func(j int) (uint64, uint64, uint64, uint64) {
		if j < 0 || j >= len(ws) {
			return noWord + uint64(j-i), noWord, noWord, noWord
		}
		return ws[j].Lower, ws[j].Suffix[2], ambs[j], ws[j].Shape
	}
	l1, s1, a1, _ := word(i - 1)
	l2, _, _, _ := word(i - 2)
	r1, rs1, ra1, rsh1 := word(i + 1)
	r2, rs2, ra2, _ := word(i + 2)
	first := uint64(0)
	if i == 0 {
		first = 1
	}
	a0 := ambs[i]
	f = append(f,
		h(1, 0, 0, 0),
		h(2, w.Form, 0, 0),
		h(3, w.Lower, 0, 0),
		h(4, w.Suffix[0], 0, 0),
		h(5, w.Suffix[1], 0, 0),
		h(6, w.Suffix[2], 0, 0),
		h(7, w.Suffix[3], 0, 0),
		h(8, w.Prefix[0], 0, 0),
		h(9, w.Prefix[1], 0, 0),
		h(10, w.Prefix[2], 0, 0),
		h(11, w.Shape, 0, 0),
		h(12, uint64(w.Flags), first, 0),
		h(13, p1, 0, 0),
		h(14, p2, 0, 0),
		h(15, p1, p2, 0),
		h(16, p1, w.Lower, 0),
		h(17, l1, 0, 0),
		h(18, l2, 0, 0),
		h(19, r1, 0, 0),
		h(20, r2, 0, 0),
		h(21, s1, 0, 0),
		h(22, rs1, 0, 0),
		h(23, l1, w.Lower, 0),
		h(24, w.Lower, r1, 0),
		h(25, p1, r1, 0),
		h(26, a0, 0, 0),
		h(27, ra1, 0, 0),
		h(28, ra2, 0, 0),
		h(29, p1, a0, 0),
		h(30, a0, ra1, 0),
		h(31, a1, a0, p1),
		h(32, p1, w.Suffix[2], 0),
		h(33, w.Suffix[2], r1, 0),
		h(34, w.Shape, p1, 0),
		h(35, rsh1, 0, 0),
		h(36, l1, r1, 0),
		h(37, p2, w.Lower, 0),
		h(38, rs2, 0, 0),
		h(39, a1, 0, 0),
		h(40, p1, ra1, 0),
		h(41, w.Suffix[1], ra1, 0),
		h(42, p1, w.Suffix[1], 0),
		h(43, p2, p1, w.Suffix[1]),
		h(44, p1, w.Shape, r1),
	)
	if right != nil {
		n1, n2 := uint64(startTag+1), uint64(startTag+1)
		if i+1 < len(right) {
			n1 = uint64(right[i+1])
		}
		if i+2 < len(right) {
			n2 = uint64(right[i+2])
		}
		f = append(f,
			h(50, n1, 0, 0),
			h(51, n2, 0, 0),
			h(52, n1, n2, 0),
			h(53, p1, n1, 0),
			h(54, n1, w.Lower, 0),
			h(55, n1, w.Suffix[2], 0),
			// Is a finite verb coming, and how far? It tells a
			// subordinator ("as", "that", "before") from a preposition.
			h(56, w.Lower, uint64(verb[i]), 0),
			h(57, p1, uint64(verb[i]), 0),
		)
	}
	return f
}

const magic = "petrel-tagger/2"

// WriteTo writes the tagger in binary form.
func (t *Tagger) WriteTo(w io.Writer) (int64, error) {
	bw := bin.NewWriter(w)
	bw.String(magic)
	bw.Strings(t.upos)
	bw.Strings(t.xpos)
	bw.Map64(t.dict)
	bw.Map64(t.amb)
	passes := uint64(1)
	if t.second != nil {
		passes = 2
	}
	bw.Uvarint(passes)
	bw.Uvarint(uint64(t.retag))
	if err := bw.Flush(); err != nil {
		return 0, err
	}
	n, err := t.model.WriteTo(w)
	if err != nil || t.second == nil {
		return n, err
	}
	n2, err := t.second.WriteTo(w)
	return n + n2, err
}

// Read reads a tagger written by WriteTo from br.
func Read(br *bufio.Reader) (*Tagger, error) {
	r := bin.NewReader(br)
	if m := r.String(); m != magic {
		r.Fail(fmt.Errorf("tagger: bad magic %q", m))
	}
	t := &Tagger{upos: r.Strings(), xpos: r.Strings(), dict: r.Map64(), amb: r.Map64()}
	passes := r.Uvarint()
	t.retag = int32(min(r.Uvarint(), math.MaxInt32))
	if err := r.Err(); err != nil {
		return nil, fmt.Errorf("tagger: %w", err)
	}
	if len(t.upos) != len(t.xpos) || len(t.upos) == 0 {
		return nil, errors.New("tagger: corrupt tag set")
	}
	if passes < 1 || passes > 2 {
		return nil, errors.New("tagger: corrupt pass count")
	}
	for k := uint64(0); k < passes; k++ {
		m, err := perceptron.ReadModel(br)
		if err != nil {
			return nil, fmt.Errorf("tagger: %w", err)
		}
		if m.Classes() != len(t.upos) {
			return nil, errors.New("tagger: model does not match tag set")
		}
		if k == 0 {
			t.model = m
		} else {
			t.second = m
		}
	}
	t.init()
	t.tables()
	return t, nil
}

// init derives the tables that are not stored.
func (t *Tagger) init() {
	t.vbd = t.TagID("VERB", "VBD")
	t.vbz = t.TagID("VERB", "VBZ")
	t.vbp = t.TagID("VERB", "VBP")
	t.vb = t.TagID("VERB", "VB")
	t.sconj = t.TagID("SCONJ", "IN")
	t.nn = t.TagID("NOUN", "NN")
	t.nns = t.TagID("NOUN", "NNS")
	t.propnOnly = 0x3c6ef372fe94f82b
	if id := t.TagID("PROPN", "NNP"); id >= 0 {
		t.propnOnly = perceptron.Hash(99, t.propnOnly, uint64(id), 0)
	}
	t.nounOnly = [3]uint64{}
	if t.nn >= 0 && t.nns >= 0 {
		h0 := uint64(0x3c6ef372fe94f82b)
		a, b := min(t.nn, t.nns), max(t.nn, t.nns)
		t.nounOnly[0] = perceptron.Hash(99, h0, uint64(t.nn), 0)
		t.nounOnly[1] = perceptron.Hash(99, h0, uint64(t.nns), 0)
		t.nounOnly[2] = perceptron.Hash(99, perceptron.Hash(99, h0, uint64(a), 0), uint64(b), 0)
	}
	t.pastOnly = 0
	if t.vbd >= 0 && t.vbn() >= 0 {
		a, b := min(t.vbd, t.vbn()), max(t.vbd, t.vbn())
		t.pastOnly = perceptron.Hash(99, perceptron.Hash(99, 0x3c6ef372fe94f82b, uint64(a), 0), uint64(b), 0)
	}
	t.finite = make([]bool, len(t.xpos))
	for i, x := range t.xpos {
		switch x {
		case "VBD", "VBZ", "VBP", "MD":
			t.finite[i] = true
		}
	}
}

// String describes the tagger's size.
func (t *Tagger) String() string {
	var b strings.Builder
	fmt.Fprintf(&b, "tagger: %d tags, %d features, %d weights, %d dictionary words",
		len(t.upos), t.model.Features(), t.model.Entries(), len(t.dict))
	return b.String()
}

// Prune drops the weakest features of the tagger's models (see
// perceptron.Model.Prune).
func (t *Tagger) Prune(frac float64) {
	t.model = t.model.Prune(frac, 0)
	if t.second != nil {
		t.second = t.second.Prune(frac, 0)
	}
}

// subjectPronoun holds the pronouns that can be a subject.
var subjectPronoun = map[string]bool{"i": true, "you": true, "he": true, "she": true, "it": true, "we": true, "they": true}

// letters reports whether w is made of ASCII letters only.
func letters(w string) bool {
	for i := 0; i < len(w); i++ {
		if c := w[i] | 0x20; c < 'a' || c > 'z' {
			return false
		}
	}
	return w != ""
}
