package morph

import (
	"strings"
	"testing"
)

func TestSetGet(t *testing.T) {
	tests := []struct{ feats, name, value, want string }{
		{"", "Number", "Sing", "Number=Sing"},
		{"VerbForm=Fin|Mood=Ind", "Number", "Plur", "Mood=Ind|Number=Plur|VerbForm=Fin"},
		{"Tense=Past|VerbForm=Part|Voice=Pass", "Voice", "", "Tense=Past|VerbForm=Part"},
	}
	for _, tc := range tests {
		got := Set(tc.feats, tc.name, tc.value)
		if got != tc.want {
			t.Errorf("Set(%q, %s, %s) = %q, want %q", tc.feats, tc.name, tc.value, got, tc.want)
		}
		if tc.value != "" && Get(got, tc.name) != tc.value {
			t.Errorf("Get(%q, %s) = %q", got, tc.name, Get(got, tc.name))
		}
	}
}

func TestAgree(t *testing.T) {
	fin := "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"
	// "We were warned": subject we (1st plural), passive participle.
	ws := []Word{
		{Lemma: "we", UPOS: "PRON", XPOS: "PRP", Feats: "Case=Nom|Number=Plur|Person=1|PronType=Prs", Head: 3, DepRel: "nsubj:pass"},
		{Lemma: "be", UPOS: "AUX", XPOS: "VBD", Feats: fin, Head: 3, DepRel: "aux:pass"},
		{Lemma: "warn", UPOS: "VERB", XPOS: "VBN", Feats: "Tense=Past|VerbForm=Part", Head: 0, DepRel: "root"},
	}
	Agree(ws)
	if got, want := ws[1].Feats, "Mood=Ind|Number=Plur|Person=1|Tense=Past|VerbForm=Fin"; got != want {
		t.Errorf("auxiliary: got %q, want %q", got, want)
	}
	if got, want := ws[2].Feats, "Tense=Past|VerbForm=Part|Voice=Pass"; got != want {
		t.Errorf("participle: got %q, want %q", got, want)
	}
	// "Farmers and workers marched": coordinated subject → plural.
	ws = []Word{
		{Lemma: "farmer", UPOS: "NOUN", XPOS: "NNS", Feats: "Number=Plur", Head: 4, DepRel: "nsubj"},
		{Lemma: "and", UPOS: "CCONJ", XPOS: "CC", Head: 3, DepRel: "cc"},
		{Lemma: "worker", UPOS: "NOUN", XPOS: "NNS", Feats: "Number=Plur", Head: 1, DepRel: "conj"},
		{Lemma: "march", UPOS: "VERB", XPOS: "VBD", Feats: fin, Head: 0, DepRel: "root"},
	}
	Agree(ws)
	if got := Get(ws[3].Feats, "Number"); got != "Plur" {
		t.Errorf("coordinated subject: Number=%s, want Plur", got)
	}
}

func TestAnalyzer(t *testing.T) {
	a := Train([]Example{
		{"walked", "VERB", "VBD", "Mood=Ind|Tense=Past|VerbForm=Fin"},
		{"talked", "VERB", "VBD", "Mood=Ind|Tense=Past|VerbForm=Fin|Typo=Yes"},
		{"cats", "NOUN", "NNS", "Number=Plur"},
	})
	tests := []struct{ form, upos, xpos, want string }{
		{"talked", "VERB", "VBD", "Mood=Ind|Tense=Past|VerbForm=Fin"},
		{"parked", "VERB", "VBD", "Mood=Ind|Tense=Past|VerbForm=Fin"},
		{"dogs", "NOUN", "NNS", "Number=Plur"},
		{"the", "DET", "DT", ""},
	}
	for _, tc := range tests {
		if got := a.Feats(tc.form, tc.upos, tc.xpos); got != tc.want {
			t.Errorf("Feats(%q) = %q, want %q", tc.form, got, tc.want)
		}
	}
}

// TestLessLower checks lessLower against comparing strings.ToLower of
// both sides, on ASCII, mixed case, prefixes and non-ASCII strings.
func TestLessLower(t *testing.T) {
	words := []string{"", "a", "A", "ab", "aB", "Ab", "abc", "b", "B", "Number=Sing", "number=Plur", "NumType=Card",
		"Person=3", "person=3", "[x]", "_", "Z", "z", "É", "é", "éa", "Éb", "aÉ", "ae", "a\xff", "a\xffb", "İ", "i"}
	for _, a := range words {
		for _, b := range words {
			if got, want := lessLower(a, b), strings.ToLower(a) < strings.ToLower(b); got != want {
				t.Errorf("lessLower(%q, %q) = %v, want %v", a, b, got, want)
			}
		}
	}
}
