package quotes

import "testing"

// TestFrontedPhrase checks, with the embedded cue model, what a phrase
// before an attribution becomes (testdata/fronted.dep): part of the
// clause an attribution between commas interrupts, or an adjunct of the
// cue verb that leaves the content to the complement after it.
func TestFrontedPhrase(t *testing.T) {
	r, err := New()
	if err != nil {
		t.Fatal(err)
	}
	if r.CueModel() == nil {
		t.Skip("no embedded cue model")
	}
	for _, f := range readParsedFile(t, "testdata/fronted.dep") {
		t.Run(f.name, func(t *testing.T) {
			f.d.Quotes = r.Find(f.d)
			checkQuotes(t, f, false)
		})
	}
}
