package geoeval

import (
	"math"
	"strings"
	"testing"
)

func TestReadLGLAndScore(t *testing.T) {
	arts, err := ReadFile("testdata/mini-lgl.xml", ReadLGL)
	if err != nil {
		t.Fatal(err)
	}
	if len(arts) != 1 || len(arts[0].Toponyms) != 2 {
		t.Fatalf("got %d articles, %+v", len(arts), arts)
	}
	a := arts[0]
	for _, g := range a.Toponyms {
		if got := a.Text[g.Start:g.End]; got != g.Text {
			t.Errorf("byte span %v is %q, want %q (character offsets after é)", g.Span, got, g.Text)
		}
	}
	// a baseline that finds Tulsa right and Dallas 400 km off, plus a
	// false alarm
	line := "Tulsa,,Tulsa,,36.15,,-95.99,,19,,24||Dallas,,Dallas,,29.42,,-98.49,,38,,44||Cafe,,Café,,0,,0,,0,,4||\n"
	preds, err := ReadBaseline(strings.NewReader(line), arts)
	if err != nil {
		t.Fatal(err)
	}
	s := ScoreAll(arts, preds)
	if s.Gold != 2 || s.Pred != 3 || s.Matched != 2 || s.Resolved != 2 || s.Within161 != 1 {
		t.Errorf("score %+v", s)
	}
	if math.Abs(s.F1()-0.8) > 1e-9 || s.Acc161() != 0.5 {
		t.Errorf("F1 %.3f acc %.3f", s.F1(), s.Acc161())
	}
}

func TestDistance(t *testing.T) {
	// one degree of latitude is about 111 km
	if d := Distance(0, 0, 1, 0); math.Abs(d-111.19) > 0.1 {
		t.Errorf("Distance = %.2f", d)
	}
}
