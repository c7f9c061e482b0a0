package coder

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Discards are phrases that stop coding: a sentence holding a sentence
// phrase is not coded, nor is a document holding a story phrase (PETRARCH
// discard lists: sports, weather, ...). Matching ignores case; a phrase
// starts at a word boundary and, when Exact, ends at one (else it is a
// stem: "baseball" also matches "baseballs"). A nil *Discards discards
// nothing.
type Discards struct {
	Sentence, Story []DiscardPhrase
}

// DiscardPhrase is one discard phrase.
type DiscardPhrase struct {
	Phrase string // words separated by single spaces
	Exact  bool
}

func (d *Discards) sentence(text string) bool {
	return d != nil && anyPhrase(d.Sentence, text)
}

func (d *Discards) story(text string) bool {
	return d != nil && anyPhrase(d.Story, text)
}

func anyPhrase(ps []DiscardPhrase, text string) bool {
	if len(ps) == 0 {
		return false
	}
	norm := strings.ToLower(strings.Join(strings.Fields(text), " "))
	for _, p := range ps {
		if containsPhrase(norm, strings.ToLower(p.Phrase), p.Exact) {
			return true
		}
	}
	return false
}

// containsPhrase reports whether text holds p starting at a word boundary
// (and, if exact, ending at one).
func containsPhrase(text, p string, exact bool) bool {
	for off := 0; ; {
		i := strings.Index(text[off:], p)
		if i < 0 {
			return false
		}
		at := off + i
		end := at + len(p)
		startOK := at == 0 || !isWordRune(lastRune(text[:at]))
		endOK := !exact || end == len(text) || !isWordRune(firstRune(text[end:]))
		if startOK && endOK {
			return true
		}
		off = at + 1
	}
}

func lastRune(s string) rune  { r, _ := utf8.DecodeLastRuneInString(s); return r }
func firstRune(s string) rune { r, _ := utf8.DecodeRuneInString(s); return r }

func isWordRune(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }
