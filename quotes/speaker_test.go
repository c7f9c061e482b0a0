package quotes

import "testing"

// TestSpeakerForms checks, with the embedded cue model, speaker phrases
// the rules rebuild from a parse that slipped (testdata/speaker.dep).
func TestSpeakerForms(t *testing.T) {
	r, err := New()
	if err != nil {
		t.Fatal(err)
	}
	if r.CueModel() == nil {
		t.Skip("no embedded cue model")
	}
	for _, f := range readParsedFile(t, "testdata/speaker.dep") {
		t.Run(f.name, func(t *testing.T) {
			f.d.Quotes = r.Find(f.d)
			checkQuotes(t, f, false)
		})
	}
}
