package quotes

import (
	"bytes"
	"testing"

	"github.com/petrel-events/petrel/nlp/perceptron"
)

// toyExamples are separable examples over a few feature keys: feature 1
// marks a cue, feature 2 a non-cue, feature 3 is noise.
func toyExamples() []CueExample {
	var ex []CueExample
	for i := range 40 {
		cue := i%3 == 0
		f := []uint64{perceptron.Hash(fBias, 0, 0, 0), perceptron.Hash(fLemma, 3, uint64(i%2), 0)}
		if cue {
			f = append(f, perceptron.Hash(fLemma, 1, 0, 0))
		} else {
			f = append(f, perceptron.Hash(fLemma, 2, 0, 0))
		}
		ex = append(ex, CueExample{Feats: f, Cue: cue})
	}
	return ex
}

func TestTrainCuesDeterministic(t *testing.T) {
	var out [2][]byte
	for i := range out {
		m := &CueModel{Model: TrainCues(toyExamples(), 3, 1), Listed: -5, Other: 7}
		var buf bytes.Buffer
		if err := WriteCueModel(&buf, m); err != nil {
			t.Fatal(err)
		}
		out[i] = buf.Bytes()
	}
	if !bytes.Equal(out[0], out[1]) {
		t.Fatal("two trainings on the same examples differ")
	}
}

func TestCueModelRoundTrip(t *testing.T) {
	ex := toyExamples()
	m := &CueModel{Model: TrainCues(ex, 3, 1), Listed: -5, Other: 7, Prep: TrainCues(ex[:20], 2, 3)}
	var buf bytes.Buffer
	if err := WriteCueModel(&buf, m); err != nil {
		t.Fatal(err)
	}
	got, err := ReadCueModel(&buf)
	if err != nil {
		t.Fatal(err)
	}
	if got.Listed != -5 || got.Other != 7 {
		t.Errorf("thresholds = %d, %d, want -5, 7", got.Listed, got.Other)
	}
	if got.Prep == nil || got.Prep.Features() != m.Prep.Features() {
		t.Errorf("preposition model not read back")
	}
	if got.Ext != nil {
		t.Errorf("extension model read back from a file without one")
	}
	m.Ext = TrainCues(ex[20:], 2, 4)
	buf.Reset()
	if err := WriteCueModel(&buf, m); err != nil {
		t.Fatal(err)
	}
	if got, err = ReadCueModel(&buf); err != nil {
		t.Fatal(err)
	}
	if got.Ext == nil || got.Ext.Features() != m.Ext.Features() || got.Prep == nil {
		t.Errorf("extension model not read back")
	}
	m.Spk = TrainCues(ex[10:], 2, 5)
	buf.Reset()
	if err := WriteCueModel(&buf, m); err != nil {
		t.Fatal(err)
	}
	if got, err = ReadCueModel(&buf); err != nil {
		t.Fatal(err)
	}
	if got.Spk == nil || got.Spk.Features() != m.Spk.Features() || got.Ext == nil {
		t.Errorf("speaker edge model not read back")
	}
	m.Nouns, m.Noun, m.NounTh = map[string]bool{"criticism": true, "view": true}, TrainCues(ex[5:], 2, 7), -3
	buf.Reset()
	if err := WriteCueModel(&buf, m); err != nil {
		t.Fatal(err)
	}
	if got, err = ReadCueModel(&buf); err != nil {
		t.Fatal(err)
	}
	if got.Noun == nil || got.Noun.Features() != m.Noun.Features() || got.NounTh != -3 || len(got.Nouns) != 2 || !got.Nouns["view"] || got.Spk == nil {
		t.Errorf("noun model not read back: %d nouns, threshold %d", len(got.Nouns), got.NounTh)
	}
	m.Nest, m.NestTh = TrainCues(ex[3:], 2, 11), 9
	buf.Reset()
	if err := WriteCueModel(&buf, m); err != nil {
		t.Fatal(err)
	}
	if got, err = ReadCueModel(&buf); err != nil {
		t.Fatal(err)
	}
	if got.Nest == nil || got.Nest.Features() != m.Nest.Features() || got.NestTh != 9 || got.Noun == nil || len(got.Nouns) != 2 {
		t.Errorf("nested cue model not read back (threshold %d)", got.NestTh)
	}
	noun := m.Noun
	m.Noun, m.Nouns = nil, nil // a nested section without a noun section
	buf.Reset()
	if err := WriteCueModel(&buf, m); err != nil {
		t.Fatal(err)
	}
	if got, err = ReadCueModel(&buf); err != nil {
		t.Fatal(err)
	}
	if got.Nest == nil || got.Noun != nil {
		t.Errorf("nested cue model alone not read back")
	}
	if err := WriteCueModel(&bytes.Buffer{}, &CueModel{Model: m.Model, Prep: m.Prep, Ext: m.Ext, Nest: m.Nest}); err == nil {
		t.Error("WriteCueModel wrote a nested cue model without a speaker edge model")
	}
	if err := WriteCueModel(&bytes.Buffer{}, &CueModel{Model: m.Model, Prep: m.Prep, Ext: m.Ext, Noun: noun}); err == nil {
		t.Error("WriteCueModel wrote a noun model without a speaker edge model")
	}
	if err := WriteCueModel(&bytes.Buffer{}, &CueModel{Model: m.Model, Prep: m.Prep, Spk: m.Spk}); err == nil {
		t.Error("WriteCueModel wrote a speaker edge model without an extension model")
	}
	if err := WriteCueModel(&bytes.Buffer{}, &CueModel{Model: m.Model, Ext: m.Ext}); err == nil {
		t.Error("WriteCueModel wrote an extension model without a preposition model")
	}
	for i, e := range ex {
		if a, b := m.Margin(e.Feats), got.Margin(e.Feats); a != b {
			t.Fatalf("example %d: margin %d after reading, %d before", i, b, a)
		}
		if (got.Margin(e.Feats) > 0) != e.Cue {
			t.Errorf("example %d: margin %d, cue %t", i, got.Margin(e.Feats), e.Cue)
		}
	}
	if _, err := ReadCueModel(bytes.NewReader([]byte("not a model"))); err == nil {
		t.Error("ReadCueModel accepted garbage")
	}
}

func TestEmbeddedCueModel(t *testing.T) {
	r, err := New()
	if err != nil {
		t.Fatal(err)
	}
	m := r.CueModel()
	if m == nil || m.Model.Features() == 0 {
		t.Fatal("no embedded cue classifier")
	}
	if r.WithCueModel(nil).CueModel() != nil || r.CueModel() != m {
		t.Error("WithCueModel changed the receiver")
	}
}

// TestClassFeatures checks that a candidate verb carries the feature of
// its WordNet class, and a verb outside the class list none.
func TestClassFeatures(t *testing.T) {
	r, err := New()
	if err != nil {
		t.Fatal(err)
	}
	d := parsedFixture(t, "subject-phrase")
	tests := []struct {
		form, class string // class "": no class feature
	}{
		{"said", "communication"},
		{"withdraw", "motion"},
	}
	for _, tt := range tests {
		st := newState(r, d)
		st.tree = newTree(d, 0)
		k := -1
		for i, tok := range d.Tokens {
			if tok.Text == tt.form {
				k = i
			}
		}
		feats := st.cueFeatures(nil, k-st.tree.Base, false)
		has := func(c string) bool {
			want := perceptron.Hash(fClass1, strKey(c), 0, 0)
			for _, f := range feats {
				if f == want {
					return true
				}
			}
			return false
		}
		if !has(tt.class) {
			t.Errorf("%s: no class feature %q", tt.form, tt.class)
		}
		if tt.class != "communication" && has("communication") {
			t.Errorf("%s: class feature of another class", tt.form)
		}
	}
}

// TestCopularNounCue builds the quote of a noun cue that is the subject
// of a copula before a "that" clause, as the noun model would have it.
func TestCopularNounCue(t *testing.T) {
	r, err := NewFromFS(Data())
	if err != nil {
		t.Fatal(err)
	}
	d := parsedFixture(t, "copular-noun-cue")
	st := newState(r, d)
	st.tree = newTree(d, 0)
	if !st.nounCue(0, 2) {
		t.Fatal("no quote built for \"view\"")
	}
	q := st.out[0]
	got := []string{d.Surface(q.Cue.Span), "", d.Surface(q.Content.Span)}
	if q.Speaker != nil {
		got[1] = d.Surface(q.Speaker.Span)
	}
	want := []string{"main view has been", "Their", "that the court erred"}
	for i := range want {
		if got[i] != want[i] {
			t.Errorf("cue/speaker/content = %q, want %q", got, want)
			break
		}
	}
}
