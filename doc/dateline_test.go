package doc

import "testing"

// TestDatelinePlace checks which place counts as a story's dateline: an
// upper-case city opening a short sentence among the first three.
func TestDatelinePlace(t *testing.T) {
	// sentence builds a document from sentences of words; places lists
	// (sentence, word, kind) of the places, written as the word.
	build := func(sents [][]string, places [][3]any) *Doc {
		d := &Doc{}
		for _, ws := range sents {
			s := Sentence{TokenStart: len(d.Tokens)}
			s.Start = len(d.Text)
			for _, w := range ws {
				if len(d.Text) > 0 {
					d.Text += " "
				}
				d.Tokens = append(d.Tokens, Token{Span: Span{Start: len(d.Text), End: len(d.Text) + len(w)}, Text: w, Sentence: len(d.Sentences)})
				d.Text += w
			}
			s.End, s.TokenEnd = len(d.Text), len(d.Tokens)
			d.Sentences = append(d.Sentences, s)
		}
		for _, p := range places {
			tok := d.Tokens[d.Sentences[p[0].(int)].TokenStart+p[1].(int)]
			d.Places = append(d.Places, Place{Span: tok.Span, Text: tok.Text, Kind: p[2].(string), Country: "PER"})
		}
		return d
	}
	long := []string{"Police", "fired", "tear", "gas", "at", "demonstrators", "in", "the", "capital", "on", "Friday", "night", "."}
	for _, tc := range []struct {
		name   string
		sents  [][]string
		places [][3]any
		want   string
	}{
		{"dateline", [][]string{{"LIMA", "(", "Reuters", ")", "-"}, long}, [][3]any{{0, 0, "city"}}, "LIMA"},
		{"title case is prose", [][]string{{"Lima", "(", "Reuters", ")", "-"}, long}, [][3]any{{0, 0, "city"}}, ""},
		{"a country is no dateline", [][]string{{"PERU", "(", "Reuters", ")", "-"}, long}, [][3]any{{0, 0, "country"}}, ""},
		{"a long sentence is prose", [][]string{append([]string{"LIMA"}, long...)}, [][3]any{{0, 0, "city"}}, ""},
	} {
		got := ""
		if p := build(tc.sents, tc.places).DatelinePlace(); p != nil {
			got = p.Text
		}
		if got != tc.want {
			t.Errorf("%s: DatelinePlace = %q, want %q", tc.name, got, tc.want)
		}
	}
}
