package lemma

import (
	"bufio"
	"bytes"
	"testing"
)

func TestLemma(t *testing.T) {
	train := []Example{
		{"walked", "VERB", "VBD", "walk"}, {"talked", "VERB", "VBD", "talk"}, {"jumped", "VERB", "VBD", "jump"},
		{"cities", "NOUN", "NNS", "city"}, {"parties", "NOUN", "NNS", "party"}, {"cats", "NOUN", "NNS", "cat"},
		{"dogs", "NOUN", "NNS", "dog"}, {"The", "DET", "DT", "the"}, {"Paris", "PROPN", "NNP", "Paris"},
		{"running", "VERB", "VBG", "run"}, {"talking", "VERB", "VBG", "talk"}, {"walking", "VERB", "VBG", "walk"},
		// base forms seen only as VB or VBP, for knownBase
		{"blame", "VERB", "VB", "blame"}, {"shell", "VERB", "VBP", "shell"}, {"hope", "VERB", "VB", "hope"},
		{"ship", "VERB", "VB", "ship"}, {"carry", "VERB", "VB", "carry"}, {"aide", "NOUN", "NN", "aide"},
		{"aid", "VERB", "VB", "aid"}, {"dealt", "VERB", "VBD", "deal"}, {"halt", "VERB", "VB", "halt"},
	}
	l, err := Train(train)
	if err != nil {
		t.Fatal(err)
	}
	var buf bytes.Buffer
	if _, err := l.WriteTo(&buf); err != nil {
		t.Fatal(err)
	}
	l2, err := Read(bufio.NewReader(&buf))
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct{ form, upos, xpos, want string }{
		{"walked", "VERB", "VBD", "walk"},       // seen
		{"shot", "VERB", "VB", "shoot"},         // a past form tagged as a base form
		{"found", "VERB", "VBP", "found"},       // a past form that is also a base ("they found parties")
		{"Walked", "VERB", "VBD", "walk"},       // seen, other case
		{"parked", "VERB", "VBD", "park"},       // suffix rule
		{"ladies", "NOUN", "NNS", "lady"},       // suffix rule
		{"blamed", "VERB", "VBD", "blame"},      // a base seen as a verb: strip "d"
		{"shelled", "VERB", "VBN", "shell"},     // strip "ed"
		{"shipped", "VERB", "VBD", "ship"},      // undouble
		{"carried", "VERB", "VBD", "carry"},     // "ied" to "y"
		{"aided", "VERB", "VBD", "aid"},         // "aide" is a noun, not a verb
		{"hoping", "VERB", "VBG", "hope"},       // a single consonant after a vowel: "e"
		{"blames", "VERB", "VBZ", "blame"},      // strip "s"
		{"went", "VERB", "VBD", "go"},           // irregular list
		{"withdrew", "VERB", "VBD", "withdraw"}, // irregular list
		{"withdrew", "VERB", "VBN", "withdraw"}, // a past tense tagged as the participle
		{"unfroze", "ADJ", "JJ", "unfroze"},     // no suffix rule rewrites more than its suffix
		{"overran", "VERB", "VBD", "overrun"},   // a prefix before an irregular past
		{"outgrew", "VERB", "VBD", "outgrow"},
		{"halt", "VERB", "VBD", "halt"},      // a base form tagged past keeps its form, not "-lt" → "-l"
		{"knelt", "VERB", "VBD", "kneel"},    // the suffix rule still reaches unknown past forms
		{"children", "NOUN", "NNS", "child"}, // irregular list
		{"Moscow", "PROPN", "NNP", "Moscow"}, // proper nouns keep their case
		{"kyiv", "PROPN", "NNP", "Kyiv"},     // and get a capital
		{"42", "NUM", "CD", "42"},
		{"1,993,045", "NUM", "CD", "1993045"}, // grouped digits lose their commas
		{"3.5", "NUM", "CD", "3.5"},
		{"GINSBURG", "PROPN", "NNP", "Ginsburg"}, // a name in capitals
		{"NATO", "PROPN", "NNP", "NATO"},         // an acronym
		{",", "PUNCT", ",", ","},
		{"The", "DET", "DT", "the"},
	}
	for _, lm := range []*Lemmatizer{l, l2} {
		for _, tc := range tests {
			if got := lm.Lemma(tc.form, tc.upos, tc.xpos); got != tc.want {
				t.Errorf("Lemma(%q, %s, %s) = %q, want %q", tc.form, tc.upos, tc.xpos, got, tc.want)
			}
		}
	}
}

func TestScript(t *testing.T) {
	tests := []struct{ form, lemma string }{
		{"walked", "walk"}, {"The", "the"}, {"Paris", "Paris"}, {"went", "go"}, {"n't", "not"}, {"42s", "42"},
	}
	for _, tc := range tests {
		s := makeScript(tc.form, tc.lemma)
		if got := s.apply(tc.form); got != tc.lemma {
			t.Errorf("script %v on %q gave %q, want %q", s, tc.form, got, tc.lemma)
		}
		p, err := parseScript(s.String())
		if err != nil || p != s {
			t.Errorf("parseScript(%q) = %v, %v; want %v", s.String(), p, err, s)
		}
	}
}
