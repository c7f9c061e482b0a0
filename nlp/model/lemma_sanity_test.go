package model

import "testing"

// TestPastLemmaSanity checks the embedded lemmatizer on regular verbs
// whose base ends like an irregular past ("halt" like "dealt", "melt"
// like "felt"): the past forms give the base, and the base mistagged as a
// past (the tagger's slip in "demanded that X halt") keeps its form.
func TestPastLemmaSanity(t *testing.T) {
	m := load(t)
	for _, base := range []string{"halt", "melt", "assault", "consult", "insult", "default", "revolt", "tilt", "attack", "arrest", "protest", "visit"} {
		for _, tc := range []struct{ form, xpos string }{{base + "ed", "VBD"}, {base + "ed", "VBN"}, {base, "VB"}, {base, "VBD"}, {base, "VBN"}} {
			if got := m.lemma.Lemma(tc.form, "VERB", tc.xpos); got != base {
				t.Errorf("Lemma(%q, VERB, %s) = %q, want %q", tc.form, tc.xpos, got, base)
			}
		}
	}
}
