package quotes

import (
	"bytes"
	"testing"

	"github.com/petrel-events/petrel/doc"
)

// voteQuote returns a quote with cue [a, b) and content [c, e).
func voteQuote(a, b, c, e int) doc.Quote {
	return doc.Quote{Cue: &doc.TextSpan{Span: doc.Span{Start: a, End: b}}, Content: doc.TextSpan{Span: doc.Span{Start: c, End: e}}}
}

func TestVote(t *testing.T) {
	said := voteQuote(10, 14, 15, 40)       // "said"
	saidFriday := voteQuote(10, 21, 22, 40) // "said Friday": another extent
	said2 := voteQuote(10, 14, 15, 30)      // "said", another content
	second := voteQuote(0, 9, 15, 40)       // the same cue's first fragment
	warned := voteQuote(50, 56, 57, 80)
	tests := []struct {
		name string
		runs [][]doc.Quote
		want []doc.Span // cues of the result, in order
		from []int      // content ends, to tell which run each came from
	}{
		{"all agree", [][]doc.Quote{{said}, {said}, {said}}, []doc.Span{{Start: 10, End: 14}}, []int{40}},
		{"majority keeps, first run's quote", [][]doc.Quote{{saidFriday}, {said2}, {said}}, []doc.Span{{Start: 10, End: 14}}, []int{30}},
		{"extents disagree: dropped", [][]doc.Quote{{said}, {saidFriday}, {warned}}, nil, nil},
		{"minority dropped", [][]doc.Quote{{said, warned}, {said}, {said}}, []doc.Span{{Start: 10, End: 14}}, []int{40}},
		{"text order", [][]doc.Quote{{warned, said}, {said, warned}, {}}, []doc.Span{{Start: 10, End: 14}, {Start: 50, End: 56}}, []int{40, 80}},
		{"a cue with two contents keeps both", [][]doc.Quote{{said, said2}, {said}, {}}, []doc.Span{{Start: 10, End: 14}, {Start: 10, End: 14}}, []int{40, 30}},
		{"different cues at their place", [][]doc.Quote{{second, said}, {second, said}, {}}, []doc.Span{{Start: 0, End: 9}, {Start: 10, End: 14}}, []int{40, 40}},
		{"two of four is no majority", [][]doc.Quote{{said}, {said}, {}, {}}, nil, nil},
	}
	for _, tc := range tests {
		got := vote(tc.runs, len(tc.runs))
		if len(got) != len(tc.want) {
			t.Errorf("%s: %d quotes, want %d", tc.name, len(got), len(tc.want))
			continue
		}
		for i, q := range got {
			if q.Cue.Span != tc.want[i] || q.Content.End != tc.from[i] {
				t.Errorf("%s: quote %d cue %v content end %d, want %v, %d", tc.name, i, q.Cue.Span, q.Content.End, tc.want[i], tc.from[i])
			}
		}
	}
}

func TestCueModelsRoundTrip(t *testing.T) {
	ex := toyExamples()
	ms := []*CueModel{
		{Model: TrainCues(ex, 3, 1), Listed: -5, Other: 7},
		{Model: TrainCues(ex, 3, 2), Listed: -6, Other: 8, Prep: TrainCues(ex[:20], 2, 3)},
		{Model: TrainCues(ex, 3, 3), Listed: -7, Other: 9},
	}
	for _, n := range []int{1, 3} {
		var buf bytes.Buffer
		if err := WriteCueModels(&buf, ms[:n]); err != nil {
			t.Fatal(err)
		}
		got, err := ReadCueModels(&buf)
		if err != nil {
			t.Fatalf("%d members: %v", n, err)
		}
		if len(got) != n {
			t.Fatalf("%d members read back as %d", n, len(got))
		}
		for i, m := range got {
			if m.Listed != ms[i].Listed || m.Other != ms[i].Other || (m.Prep == nil) != (ms[i].Prep == nil) {
				t.Errorf("%d members: member %d read back as %d/%d", n, i, m.Listed, m.Other)
			}
		}
	}
	if err := WriteCueModels(&bytes.Buffer{}, nil); err == nil {
		t.Error("WriteCueModels wrote no member")
	}
	for _, bad := range []string{"PQVOTE 0\n", "PQVOTE 2\n\x05abc", "PQVOTE x\n"} {
		if _, err := ReadCueModels(bytes.NewReader([]byte(bad))); err == nil {
			t.Errorf("ReadCueModels accepted %q", bad)
		}
	}
	r, err := New()
	if err != nil {
		t.Fatal(err)
	}
	c := r.WithCueModels(ms)
	if got := c.CueModels(); len(got) != 3 || got[0] != ms[0] || c.CueModel() != ms[0] {
		t.Errorf("WithCueModels: members %d", len(got))
	}
	if got := c.WithCueModel(ms[1]).CueModels(); len(got) != 1 || got[0] != ms[1] {
		t.Errorf("WithCueModel kept the vote: %d members", len(got))
	}
	if c.WithCueModels(nil).CueModels() != nil {
		t.Error("WithCueModels(nil) kept a model")
	}
}

// TestVoteShared checks, with the embedded vote, that the members'
// shared trees and features change no quote: Find gives the vote of the
// members run one by one.
func TestVoteShared(t *testing.T) {
	r, err := New()
	if err != nil {
		t.Fatal(err)
	}
	ms := r.CueModels()
	if len(ms) < 2 {
		t.Skip("the embedded cue model is no vote")
	}
	for _, file := range []string{"testdata/parsed.dep", "testdata/sibling.dep", "testdata/experiencer.dep"} {
		for _, f := range readParsedFile(t, file) {
			var runs [][]doc.Quote
			for _, m := range ms {
				runs = append(runs, r.WithCueModel(m).Find(f.d))
			}
			want, got := vote(runs, len(runs)), r.Find(f.d)
			if len(got) != len(want) {
				t.Errorf("%s %s: %d quotes, want %d", file, f.name, len(got), len(want))
				continue
			}
			for i := range got {
				if got[i].Cue.Span != want[i].Cue.Span || got[i].Content.Span != want[i].Content.Span {
					t.Errorf("%s %s: quote %d differs", file, f.name, i)
				}
			}
		}
	}
}

// TestSettled checks when the runs so far decide a vote of three.
func TestSettled(t *testing.T) {
	said := voteQuote(10, 14, 15, 40)
	warned := voteQuote(50, 56, 57, 80)
	tests := []struct {
		name string
		runs [][]doc.Quote
		left int
		want bool
	}{
		{"two agree, one left", [][]doc.Quote{{said}, {said}}, 1, true},
		{"two disagree, one left", [][]doc.Quote{{said}, {said, warned}}, 1, false},
		{"one run, two left", [][]doc.Quote{{said}}, 2, false},
		{"both empty, one left", [][]doc.Quote{{}, {}}, 1, true},
	}
	for _, tc := range tests {
		if got := settled(tc.runs, tc.left); got != tc.want {
			t.Errorf("%s: settled %v, want %v", tc.name, got, tc.want)
		}
	}
}
