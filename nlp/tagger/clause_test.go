package tagger

import (
	"strings"
	"testing"
)

// TestClauseWord checks clauseWord against what it replaces: the
// lower-cased word when it is a clause word, "" otherwise.
func TestClauseWord(t *testing.T) {
	words := []string{
		"after", "After", "AFTER", "aFtEr", "Although", "although", "Whereas", "THAT", "That", "As", "AS",
		"and", "And", "But", "but", "thats", "Ask", "as-", "", "a", "The", "Alliance", "AFTERWARDS",
		"ALTHOUGHS", "Becauseof", "\u212Aind", "\u0130f", "wh\u00e9n", "ONCE", "Once", "Until", "until",
		"Since", "though", "Though", "while", "WHEN", "before", "Before", "because",
	}
	for w := range clauseWords {
		words = append(words, w, strings.ToUpper(w), strings.ToUpper(w[:1])+w[1:])
	}
	for _, w := range words {
		want := ""
		if l := strings.ToLower(w); clauseWords[l] != "" {
			want = l
		}
		if got := clauseWord(w); got != want {
			t.Errorf("clauseWord(%q) = %q, want %q", w, got, want)
		}
	}
	if n := testing.AllocsPerRun(100, func() { clauseWord("Although") }); n != 0 {
		t.Errorf("clauseWord allocates %.0f times", n)
	}
}
