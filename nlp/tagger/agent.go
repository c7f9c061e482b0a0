package tagger

import (
	_ "embed"
	"strings"

	"github.com/petrel-events/petrel/doc"
	"github.com/petrel-events/petrel/nlp/internal/lex"
)

//go:embed data/agents.txt
var agentsFile string

// agentNouns holds the collective agent nouns of data/agents.txt.
var agentNouns = parseWordList(agentsFile)

// isAgent reports whether w in lower case is one of agentNouns, without
// allocating for ASCII words (lower-cased in a buffer on the stack).
func isAgent(w string) bool {
	var buf [16]byte
	if len(w) > len(buf) {
		return false
	}
	for i := 0; i < len(w); i++ {
		c := w[i]
		if c >= 0x80 {
			return agentNouns[strings.ToLower(w)]
		}
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		buf[i] = c
	}
	return agentNouns[string(buf[:len(w)])]
}

// parseWordList reads a list of one lower-case word a line, # comments.
func parseWordList(text string) map[string]bool {
	m := map[string]bool{}
	for _, line := range strings.Split(text, "\n") {
		if line = strings.TrimSpace(line); line != "" && !strings.HasPrefix(line, "#") {
			m[line] = true
		}
	}
	return m
}

// agentVerb reads the word after a collective agent noun as the clause's
// verb ("Kenyan police fire tear gas at protesters", "Pakistan Army Kills
// 12 Militants", "Mali Rebels Seize Town"), which the left-to-right
// passes, seeing a name or an adjective before a word EWT had mostly or
// only as a noun, tag noun + noun or verb + noun. Conditions:
//   - the agent noun opens its noun phrase: at the start, or after a name,
//     an adjective, a determiner, a number, a singular noun or a clause
//     boundary (not after a plural noun: "Fire crews police the area");
//   - the next word agrees as a present tense: an -s word after a
//     singular agent ("army kills"), a word without -s after a plural one
//     ("rebels seize", "police arrest"; not "police officers"); not an
//     -ing or -ed word; a noun, verb or adjective (a name only in a
//     title-cased headline);
//   - with the agent read as a noun, the model scores that present tense
//     within agentDoubt times its doubt margin;
//   - tagged again in that context, the word after it begins an object (a
//     determiner, number, noun, adjective or pronoun), and the clause has
//     no other finite verb ("The army attack killed ten people", "The
//     police fire was heavy", "Officials said police fire …" stay as they
//     were), nor had a past tense or modal after the word before
//     ("army bulldozers demolished homes", where retagging could make
//     the past an adjective).
func (t *Tagger) agentVerb(s *Scratch, words []string, tags []int) {
	n := len(tags)
	if t.nn < 0 || t.nns < 0 || t.vbz < 0 || t.vbp < 0 {
		return
	}
	var save [5]int
	titled := -1
	for i := 0; i+2 < n; i++ {
		if !isAgent(words[i]) {
			continue
		}
		la := strings.ToLower(words[i])
		j := i + 1
		lw := strings.ToLower(words[j])
		if !letters(lw) || isAgent(lw) || strings.HasSuffix(lw, "ing") || strings.HasSuffix(lw, "ed") {
			continue
		}
		want := t.vbp
		if sEnding(la) || la == "police" {
			if sEnding(lw) {
				continue // "police officers", "rebels attacks"
			}
		} else if want = t.vbz; !sEnding(lw) {
			continue // "military technology"
		}
		if d, ok := t.dict[s.words[j].Form]; ok && !t.finite[int(d-1)] && int(d-1) != t.vb {
			continue // a frequent word that is never a verb
		}
		switch t.upos[tags[j]] {
		case "NOUN", "VERB", "ADJ":
		case "PROPN":
			if titled < 0 {
				titled = 0
				if doc.TitleCased(words) {
					titled = 1
				}
			}
			if titled == 0 {
				continue // "Supreme Court Justice"
			}
		default:
			continue
		}
		agentVerbal := t.upos[tags[i]] == "VERB" || t.upos[tags[i]] == "AUX"
		if !agentVerbal && t.finite[tags[j]] {
			continue // already read so
		}
		if i > 0 {
			switch t.upos[tags[i-1]] {
			case "PROPN", "ADJ", "DET", "PUNCT", "CCONJ", "SCONJ", "NUM":
			case "NOUN":
				if t.xpos[tags[i-1]] != "NN" {
					continue // "Fire crews police the area"
				}
			default:
				continue
			}
		}
		if t.finiteInClause(tags, t.clauseStart(words, tags, i), i) {
			continue // "Officials said police fire ..."
		}
		if t.pastInClause(tags, j+1) {
			continue // "Lorian army bulldozers demolished homes"
		}
		end := min(n, j+4)
		copy(save[:], tags[i:end])
		if t.upos[tags[i]] != "NOUN" {
			sc := t.wordScores(s, tags, i)
			tags[i] = t.nn
			if sc[t.nns] > sc[t.nn] {
				tags[i] = t.nns
			}
		}
		sc := t.wordScores(s, tags, j)
		if want == t.vbp && sc[t.vbd] > sc[t.vbp] {
			want = t.vbd // "security forces shot dead ..."
		}
		best := tags[j]
		for k, v := range sc {
			if v > sc[best] {
				best = k
			}
		}
		ok := sc[best]-sc[want] < agentDoubt*t.retag
		if ok {
			tags[j] = want
			// The next words in the new context.
			for k := j + 1; k < end; k++ {
				if d, ok := t.dict[s.words[k].Form]; ok {
					tags[k] = int(d - 1)
					continue
				}
				sc := t.wordScores(s, tags, k)
				b := 0
				for c, v := range sc {
					if v > sc[b] {
						b = c
					}
				}
				tags[k] = b
			}
			switch t.upos[tags[j+1]] {
			case "DET", "NUM", "NOUN", "PROPN", "ADJ":
			case "PRON":
				x := t.xpos[tags[j+1]]
				ok = x == "PRP" || x == "PRP$"
			case "VERB":
				ok = t.xpos[tags[j+1]] == "VB" // "fire tear gas", read again by nounAfterVerb
			default:
				ok = false
			}
			ok = ok && !t.finiteInClause(tags, j+1, n)
		}
		if !ok {
			copy(tags[i:end], save[:end-i])
			continue
		}
		if i > 0 && t.xpos[tags[i-1]] == "NNP" && (i == 1 || t.upos[tags[i-2]] != "PROPN") && t.demonym(s, words[i-1]) {
			// "Kenyan police fire …": a demonym the training text
			// lacked, which the parser would make the root.
			if jj := t.TagID("ADJ", "JJ"); jj >= 0 {
				tags[i-1] = jj
			}
		}
		i = j
	}
}

// agentDoubt is how many times the tagger's doubt margin the verb
// reading of the word after an agent noun may score below its best. It is
// large ("Egypt police arrest activists": 4.3 times): the conditions on
// the words around it, not the score, tell the verb from the compound.
const agentDoubt = 7

// sEnding reports whether a lower-case word ends in a plural or
// third-person -s ("kills", "rebels"; not "press").
func sEnding(w string) bool { return strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss") }

// clauseStart returns the index after the last clause boundary before i
// (punctuation, a coordinator, a subordinator, a wh-word or "that"), or 0.
func (t *Tagger) clauseStart(words []string, tags []int, i int) int {
	for k := i - 1; k >= 0; k-- {
		switch t.upos[tags[k]] {
		case "PUNCT", "CCONJ", "SCONJ":
			return k + 1
		}
		if x := t.xpos[tags[k]]; x == "WDT" || x == "WP" || strings.EqualFold(words[k], "that") {
			return k + 1
		}
	}
	return 0
}

// pastInClause reports whether a past tense or a modal stands among
// tags[from:] before the next clause boundary: the clause has its verb
// (an -s word tagged VBZ there may be a plural read as a verb: "The army
// fires shells at …").
func (t *Tagger) pastInClause(tags []int, from int) bool {
	for k := from; k < len(tags); k++ {
		switch t.upos[tags[k]] {
		case "PUNCT", "CCONJ", "SCONJ":
			return false
		}
		switch t.xpos[tags[k]] {
		case "WDT", "WP":
			return false
		case "VBD", "MD":
			return true
		}
	}
	return false
}

// finiteInClause reports whether a finite verb stands among tags[from:to]
// before the next clause boundary (punctuation, a coordinator, a
// subordinator or a wh-word).
func (t *Tagger) finiteInClause(tags []int, from, to int) bool {
	for k := from; k < to; k++ {
		switch t.upos[tags[k]] {
		case "PUNCT", "CCONJ", "SCONJ":
			return false
		}
		if x := t.xpos[tags[k]]; x == "WDT" || x == "WP" {
			return false
		}
		if t.finite[tags[k]] {
			return true
		}
	}
	return false
}

// verbPrefixes are the prefixes under which borrowClasses looks for a
// known word ("overthrew" → "threw", "outgunned" → "gunned").
var verbPrefixes = []string{"over", "under", "out", "with", "fore", "mis", "up", "re"}

// borrowClasses gives a word the training text never had the ambiguity
// class of the word after its verb prefix when the training text had that
// one only as a past tense or participle ("overthrew" is read as "threw"
// was, where the tagger, seeing an unknown word, had taken it for a noun
// or a name). Other classes are not borrowed: on EWT dev that cost 0.02
// UPOS and 0.04 LAS ("re-" and "up-" words are rarely verbs of the rest).
func (t *Tagger) borrowClasses(s *Scratch, words []string) {
	for i := range s.words {
		if s.ambs[i] == 0 && t.prefixedPast(s, strings.ToLower(words[i])) {
			s.ambs[i] = t.pastOnly
		}
	}
}

// prefixedPast reports whether lower-case lw, not an -ed word, is a verb
// prefix and a word the training text had only as a past tense or
// participle ("overthrew", "outran").
func (t *Tagger) prefixedPast(s *Scratch, lw string) bool {
	if strings.HasSuffix(lw, "ed") {
		return false // its suffix tells already ("reclaimed", "overlooked")
	}
	var w lex.Word
	for _, p := range verbPrefixes {
		rest, ok := strings.CutPrefix(lw, p)
		if !ok || len(rest) < 3 {
			continue
		}
		lex.Analyze(rest, &s.buf, &w)
		if a := t.amb[w.Lower]; a != 0 {
			return a == t.pastOnly
		}
	}
	return false
}

// vbn returns the joint tag of a past participle (VERB+VBN), or -1.
func (t *Tagger) vbn() int { return t.TagID("VERB", "VBN") }

// demonym reports whether a capitalised word is a demonym: it ends like
// one (demonymLike, or "-yan": "Kenyan"), or it is a word the training
// text had only as a proper noun and an "n" ("Cuban" from "Cuba").
func (t *Tagger) demonym(s *Scratch, w string) bool {
	if demonymLike(w) || strings.HasSuffix(w, "yan") && len(w) > 5 {
		return true // "Kenyan", "Libyan"
	}
	stem, ok := strings.CutSuffix(w, "n")
	if !ok || len(stem) < 3 {
		return false
	}
	var lw lex.Word
	lex.Analyze(stem, &s.buf, &lw)
	return t.amb[lw.Lower] == t.propnOnly
}
