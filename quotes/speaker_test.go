package quotes

import (
	"strings"
	"testing"

	"github.com/petrel-events/petrel/doc"
)

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
			markWeekdays(f.d)
			f.d.Quotes = r.Find(f.d)
			checkQuotes(t, f, false)
		})
	}
}

// markWeekdays adds a time expression for each weekday name of d, with
// the "on" before it, as the times layer would.
func markWeekdays(d *doc.Doc) {
	days := set("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
	for k, tok := range d.Tokens {
		if !days[strings.ToLower(tok.Text)] {
			continue
		}
		sp := tok.Span
		if k > 0 && strings.ToLower(d.Tokens[k-1].Text) == "on" {
			sp.Start = d.Tokens[k-1].Start
		}
		d.Times = append(d.Times, doc.Timex{Span: sp, Text: d.Text[sp.Start:sp.End]})
	}
}
