package quotes

import (
	"slices"
	"strings"
	"testing"

	"github.com/petrel-events/petrel/doc"
)

// TestEdgeExamples checks the labels of the cue extension and speaker
// edge models' training examples on a hand-parsed sentence: "Russian
// President Vladimir Putin said Western troops would withdraw."
func TestEdgeExamples(t *testing.T) {
	d := parsedFixture(t, "subject-phrase")
	r, err := NewFromFS(Data())
	if err != nil {
		t.Fatal(err)
	}
	span := func(s string) []doc.Span {
		i := strings.Index(d.Text, s)
		if i < 0 {
			t.Fatalf("%q not in %q", s, d.Text)
		}
		return []doc.Span{{Start: i, End: i + len(s)}}
	}
	labels := func(ex []CueExample) []bool {
		var out []bool
		for _, e := range ex {
			out = append(out, e.Cue)
		}
		return out
	}
	tests := []struct {
		name        string
		cue, source string
		ext, spk    []bool
	}{
		// The cue grows by "Western" and stops before "troops"; on the
		// left the speaker bars it. The speaker keeps "Putin" on the
		// right, drops "Russian" and "President" on the left and keeps
		// "Vladimir".
		{"grow-cue-cut-speaker", "said Western", "Vladimir Putin", []bool{true, false}, []bool{false, true, true, false}},
		// Gold as built: every first move is refused.
		{"as-built", "said", "Russian President Vladimir Putin", []bool{false}, []bool{false, false}},
		// A gold cue the built one does not overlap gives no cue examples.
		{"other-cue", "withdraw", "Russian President Vladimir Putin", nil, nil},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			gold := []Attribution{{"cue": span(tc.cue), "source": span(tc.source), "content": span("Western troops would withdraw")}}
			if got := labels(r.ExtendExamples(d, gold)); !slices.Equal(got, tc.ext) {
				t.Errorf("extension labels = %v, want %v", got, tc.ext)
			}
			if got := labels(r.SpeakerExamples(d, gold)); !slices.Equal(got, tc.spk) {
				t.Errorf("speaker labels = %v, want %v", got, tc.spk)
			}
		})
	}
}

// TestExpletiveIt checks that only the "it" of an adjective cue ("It is
// clear that …") is taken for an expletive with no source.
func TestExpletiveIt(t *testing.T) {
	r, err := New()
	if err != nil {
		t.Fatal(err)
	}
	want := map[string]bool{"expletive-it": true, "referential-it": false}
	for _, f := range readParsed(t) {
		exp, ok := want[f.name]
		if !ok {
			continue
		}
		st := newState(r, f.d)
		it, cue := f.d.Tokens[0].Span, doc.Span{Start: f.d.Tokens[1].Start, End: f.d.Tokens[2].End}
		if got := st.expletiveIt(it, cue); got != exp {
			t.Errorf("%s: expletiveIt = %v, want %v", f.name, got, exp)
		}
		delete(want, f.name)
	}
	if len(want) > 0 {
		t.Errorf("fixtures missing: %v", want)
	}
}
