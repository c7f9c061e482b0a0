package quotes

import (
	"strconv"
	"strings"
	"testing"

	"github.com/petrel-events/petrel/doc"
)

// TestSpeakerEnds checks where a speaker ends after the edge moves: after
// its cue, inside a relative clause; before it, at an aside's closing dash;
// on an abbreviation, with its period
// (testdata/relspeaker.dep: "> FIRST LAST | speaker" with 1-based tokens,
// the cue being "said").
func TestSpeakerEnds(t *testing.T) {
	r, err := New()
	if err != nil {
		t.Fatal(err)
	}
	for _, f := range readParsedFile(t, "testdata/relspeaker.dep") {
		t.Run(f.name, func(t *testing.T) {
			if len(f.want) != 1 {
				t.Fatalf("want one expectation, have %d", len(f.want))
			}
			rng, want, _ := strings.Cut(f.want[0], " | ")
			a, b, _ := strings.Cut(rng, " ")
			s, err1 := strconv.Atoi(a)
			e, err2 := strconv.Atoi(b)
			if err1 != nil || err2 != nil {
				t.Fatalf("bad range %q", rng)
			}
			s, e = s-1, e-1
			d := f.d
			st := newState(r, d)
			st.cueTok = make([]bool, len(d.Tokens))
			cue := -1
			for k, tok := range d.Tokens {
				if tok.Text == "said" {
					cue = k
					st.cueTok[k] = true
				}
			}
			if cue < 0 {
				t.Fatal("no cue")
			}
			c := d.NewTextSpan(d.Tokens[cue].Span)
			sp := d.NewTextSpan(st.tokSpan(s, e+1))
			q := doc.Quote{Cue: &c, Speaker: &sp}
			got := st.abbrevSpeakerEnd(st.dashSpeakerEnd(&q, s, st.relativeSpeakerEnd(&q, s, e)))
			if text := d.Text[d.Tokens[s].Start:d.Tokens[got].End]; text != want {
				t.Errorf("speaker %q, want %q", text, want)
			}
		})
	}
}
