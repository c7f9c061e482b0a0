package quotes

import "testing"

// TestSiblingClause checks, with the embedded cue model, that a content
// built up to the sentence end stops before a verb joined to the cue verb
// that is a cue of its own, and that this verb gets its own quote.
func TestSiblingClause(t *testing.T) {
	r, err := New()
	if err != nil {
		t.Fatal(err)
	}
	if r.CueModel() == nil {
		t.Skip("no embedded cue model")
	}
	for _, f := range readParsedFile(t, "testdata/sibling.dep") {
		t.Run(f.name, func(t *testing.T) {
			f.d.Quotes = r.Find(f.d)
			checkQuotes(t, f, false)
		})
	}
}
