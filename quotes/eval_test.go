package quotes

import (
	"context"
	"math"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/petrel-events/petrel/doc"
)

func readTiny(t *testing.T) (string, []Attribution) {
	t.Helper()
	text, err := os.ReadFile("testdata/tiny.txt")
	if err != nil {
		t.Fatal(err)
	}
	f, err := os.Open("testdata/tiny.ann")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	gold, err := ReadBrat(string(text), f)
	if err != nil {
		t.Fatal(err)
	}
	return string(text), gold
}

func TestReadBratByteOffsets(t *testing.T) {
	text, gold := readTiny(t)
	if len(gold) != 3 {
		t.Fatalf("got %d attributions, want 3", len(gold))
	}
	want := []map[string]string{
		{"source": "The mayor", "cue": "said", "content": "the square would reopen"},
		{"source": "she", "cue": "added", "content": "“Soon,”"},
		{"content": "“Ça va,”|dit"},
	}
	for i, w := range want {
		for role, s := range w {
			var parts []string
			for _, f := range gold[i][role] {
				parts = append(parts, text[f.Start:f.End])
			}
			if got := strings.Join(parts, "|"); got != s {
				t.Errorf("attribution %d %s = %q, want %q", i, role, got, s)
			}
		}
	}
}

func TestScorer(t *testing.T) {
	text, gold := readTiny(t)
	at := func(s string) doc.Span {
		i := strings.Index(text, s)
		if i < 0 {
			t.Fatalf("%q not in the fixture", s)
		}
		return doc.Span{Start: i, End: i + len(s)}
	}
	pred := []Attribution{
		{"cue": {at("said")}, "source": {at("mayor")}, "content": {at("the square would reopen")}},
		{"cue": {at("added")}, "source": {at("she")}, "content": {at("Soon")}},
		{"cue": {at("square")}, "content": {at("reopen. “Soon")}},
	}
	sc := NewScorer()
	sc.Add(text, gold, pred)
	tests := []struct {
		role, match string
		p, r        float64
	}{
		{"cue", "exact", 2.0 / 3, 2.0 / 2},
		{"cue", "overlap", 2.0 / 3, 2.0 / 2},
		{"source", "exact", 1.0 / 2, 1.0 / 2},
		{"source", "overlap", 2.0 / 2, 2.0 / 2},
		{"content", "exact", 1.0 / 3, 1.0 / 3},
		// The third prediction overlaps the first and second gold
		// contents, but both are taken: matching is one to one.
		{"content", "overlap", 2.0 / 3, 2.0 / 3},
	}
	for _, tt := range tests {
		rs := sc.Roles[tt.role]
		prf := rs.Exact
		if tt.match == "overlap" {
			prf = rs.Overlap
		}
		if math.Abs(prf.P()-tt.p) > 1e-9 || math.Abs(prf.R()-tt.r) > 1e-9 {
			t.Errorf("%s %s: P %.3f R %.3f, want P %.3f R %.3f", tt.role, tt.match, prf.P(), prf.R(), tt.p, tt.r)
		}
	}
	// Token overlap of cues: "said"+"added" hit, "square" misses.
	if c := sc.Roles["cue"].Token; c.PredHit != 9 || c.Pred != 15 || c.GoldHit != 9 || c.Gold != 9 {
		t.Errorf("cue token counts = %+v, want 9/15 and 9/9", c)
	}
	var b strings.Builder
	sc.Report(&b)
	if !strings.Contains(b.String(), "documents: 1") {
		t.Errorf("report lacks the document count:\n%s", b.String())
	}
}

func TestAttributionsMergeByCue(t *testing.T) {
	cue := doc.TextSpan{Span: doc.Span{Start: 10, End: 14}}
	qs := []doc.Quote{
		{Cue: &cue, Content: doc.TextSpan{Span: doc.Span{Start: 0, End: 8}}},
		{Cue: &cue, Content: doc.TextSpan{Span: doc.Span{Start: 16, End: 20}}},
	}
	as := Attributions(qs)
	if len(as) != 1 || len(as[0]["content"]) != 2 {
		t.Fatalf("Attributions = %v, want one attribution with two content fragments", as)
	}
}

func TestReadPolNeARLayout(t *testing.T) {
	dir := t.TempDir()
	for _, sub := range []string{"text", "attributions"} {
		if err := os.MkdirAll(filepath.Join(dir, "data", "dev", sub), 0o755); err != nil {
			t.Fatal(err)
		}
	}
	text, _ := os.ReadFile("testdata/tiny.txt")
	ann, _ := os.ReadFile("testdata/tiny.ann")
	write := func(p string, b []byte) {
		if err := os.WriteFile(filepath.Join(dir, "data", "dev", p), b, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	write("text/pub_2016-01-01_story.txt", text)
	write("attributions/pub_2016-01-01_story_a1.ann", ann)
	write("attributions/pub_2016-01-01_story_b2.ann", []byte("")) // a second annotator: skipped
	var names []string
	err := ReadPolNeAR(context.Background(), dir, "dev", func(pd PolNeARDoc) error {
		names = append(names, pd.Name)
		if len(pd.Gold) != 3 {
			t.Errorf("%s: %d attributions, want 3 (first annotator)", pd.Name, len(pd.Gold))
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	if len(names) != 1 || names[0] != "pub_2016-01-01_story" {
		t.Errorf("documents = %v, want [pub_2016-01-01_story]", names)
	}
}

func TestTrimSpace(t *testing.T) {
	tests := []struct {
		text, want string
	}{
		{"said", "said"},
		{" said \n", "said"},
		{"said\u00a0", "said"}, // a gold cue ending with a no-break space
		{"\u00a0\u2009told reporters", "told reporters"},
		{"\u00a0 \u00a0", ""},
		{"“Yes,”", "“Yes,”"}, // quotation marks are no space
	}
	for _, tt := range tests {
		sp := trimSpace(tt.text, doc.Span{Start: 0, End: len(tt.text)})
		if got := tt.text[sp.Start:sp.End]; got != tt.want {
			t.Errorf("trimSpace(%q) = %q, want %q", tt.text, got, tt.want)
		}
	}
}

func TestReadPolNeARAnnotations(t *testing.T) {
	dir := t.TempDir()
	at := filepath.Join(dir, "data", "dev", "attributions")
	if err := os.MkdirAll(at, 0o755); err != nil {
		t.Fatal(err)
	}
	text, _ := os.ReadFile("testdata/tiny.txt")
	ann, _ := os.ReadFile("testdata/tiny.ann")
	// The second annotator marks only the mayor's attribution.
	second := strings.Join(strings.Split(string(ann), "\n")[:4], "\n") + "\n"
	for name, b := range map[string]string{
		"pub_2016-01-01_story_b2.ann":   second,
		"pub_2016-01-01_story_a1.ann":   string(ann),
		"pub_2016-01-01_story_x_c3.ann": "", // another article
		"pub_2016-01-01_story_a1.txt":   "",
	} {
		if err := os.WriteFile(filepath.Join(at, name), []byte(b), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	anns, err := ReadPolNeARAnnotations(dir, "dev", "pub_2016-01-01_story", string(text))
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, a := range anns {
		got = append(got, a.Annotator+":"+strings.Repeat("E", len(a.Gold)))
	}
	if want := "a1:EEE b2:E"; strings.Join(got, " ") != want {
		t.Errorf("annotations = %q, want %q (name order, first the gold file)", strings.Join(got, " "), want)
	}
	if _, err := ReadPolNeARAnnotations(dir, "dev", "pub_2016-01-02_other", string(text)); err == nil {
		t.Error("an article without annotation files gave no error")
	}
}
