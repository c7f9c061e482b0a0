package quotes

import "testing"

// TestCueTail checks, with the embedded cue model, that an indirect
// content stops before a participle or adverbial clause after a comma
// that the parse hangs on the cue verb, and keeps one that hangs inside
// the content (testdata/tail.dep).
func TestCueTail(t *testing.T) {
	r, err := New()
	if err != nil {
		t.Fatal(err)
	}
	if r.CueModel() == nil {
		t.Skip("no embedded cue model")
	}
	for _, f := range readParsedFile(t, "testdata/tail.dep") {
		t.Run(f.name, func(t *testing.T) {
			f.d.Quotes = r.Find(f.d)
			checkQuotes(t, f, false)
		})
	}
}
