package main

import (
	"bytes"
	"strings"
	"testing"

	"github.com/petrel-events/petrel/doc"
	"github.com/petrel-events/petrel/quotes"
)

// TestAgreementScores checks the --agreement and --by-annotator sums on an
// invented article annotated twice: the annotators agree on one cue and
// differ on the other's extent; petrel finds one cue.
func TestAgreementScores(t *testing.T) {
	text := "The mayor said the bridge would open. Critics warned on Friday it was unsafe."
	at := func(s string) doc.Span {
		i := strings.Index(text, s)
		return doc.Span{Start: i, End: i + len(s)}
	}
	mayor := quotes.Attribution{"cue": {at("said")}, "source": {at("The mayor")}, "content": {at("the bridge would open")}}
	critics := func(cue string) quotes.Attribution {
		return quotes.Attribution{"cue": {at(cue)}, "source": {at("Critics")}, "content": {at("it was unsafe")}}
	}
	anns := []quotes.Annotation{
		{Annotator: "a1", Gold: []quotes.Attribution{mayor, critics("warned")}},
		{Annotator: "b2", Gold: []quotes.Attribution{mayor, critics("warned on Friday")}},
	}
	ag := newAgreement()
	ag.add(text, anns, []quotes.Attribution{mayor})
	ag.add(text, anns[:1], nil) // an article annotated once: by annotator only
	for _, c := range []struct {
		name string
		sc   *quotes.Scorer
		f    float64
	}{
		{"annotator pairs", ag.human, 0.5},
		{"others against the first", ag.others, 0.5},
		{"petrel against the first", ag.first, 2.0 / 3},
		{"petrel against every annotator", ag.every, 2.0 / 3},
		{"petrel on a1's articles", ag.byAnn["a1"], 0.4},
	} {
		if got := c.sc.Roles["cue"].Exact.F(); got < c.f-1e-9 || got > c.f+1e-9 {
			t.Errorf("%s: cue exact F1 %.3f, want %.3f", c.name, got, c.f)
		}
	}
	if v, f := ag.votes[[2]int{2, 2}], ag.found[[2]int{2, 2}]; v != 1 || f != 1 {
		t.Errorf("cues both files mark: %d, petrel %d, want 1, 1", v, f)
	}
	if v, f := ag.votes[[2]int{1, 2}], ag.found[[2]int{1, 2}]; v != 2 || f != 0 {
		t.Errorf("cues one file marks: %d, petrel %d, want 2, 0", v, f)
	}
	if ag.multi != 1 || ag.files != 2 {
		t.Errorf("multi, files = %d, %d, want 1, 2", ag.multi, ag.files)
	}
	var b bytes.Buffer
	ag.reportAnnotators(&b)
	ag.reportAgreement(&b)
	for _, want := range []string{"a1 ", "annotator / another annotator", "every annotator / petrel", "2 of 2"} {
		if !strings.Contains(b.String(), want) {
			t.Errorf("report lacks %q:\n%s", want, b.String())
		}
	}
}
