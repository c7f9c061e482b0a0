package store

import (
	"context"
	"reflect"
	"testing"
	"time"

	"github.com/petrel-events/petrel/doc"
)

// TestTopPairsMatchesGroupBy checks the pruned conflict–cooperation index
// against the full GROUP BY over many ranges and limits.
func TestTopPairsMatchesGroupBy(t *testing.T) {
	ctx := context.Background()
	s := openTest(t, Options{})
	g := NewSynth(3)
	g.Days, g.DocsPerDay = 400, 6
	var docs []*doc.Doc
	for range g.Days * g.DocsPerDay {
		docs = append(docs, g.Doc())
		if len(docs) == 500 {
			if _, err := s.PutDocuments(ctx, docs); err != nil {
				t.Fatal(err)
			}
			docs = docs[:0]
		}
	}
	if _, err := s.PutDocuments(ctx, docs); err != nil {
		t.Fatal(err)
	}
	day := func(n int) time.Time { return g.Start.AddDate(0, 0, n) }
	tests := []struct {
		name     string
		from, to time.Time
		limit    int
	}{
		{"one day", day(10), day(10), 5},
		{"week", day(40), day(46), 10},
		{"30 days", day(300), day(329), 20},
		{"90 days", day(250), day(339), 50},
		{"year", day(20), day(384), 50},
		{"year top 3", day(20), day(384), 3},
		{"all dates", day(0), day(399), 50},
		{"more than all pairs", day(100), day(110), 5000},
		{"past the data", day(500), day(600), 10},
		{"open", time.Time{}, time.Time{}, 20},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			q := IndexQuery{From: tt.from, To: tt.to, Limit: tt.limit}
			lo, hi := dayBounds(tt.from, tt.to)
			if _, ok, err := s.topPairs(ctx, lo, hi, tt.limit); err != nil || !ok && tt.name != "more than all pairs" {
				t.Errorf("pruning failed: ok %v, err %v", ok, err)
			}
			s.noPrune = false
			got, err := s.ConflictIndex(ctx, q)
			if err != nil {
				t.Fatal(err)
			}
			s.noPrune = true
			want, err := s.ConflictIndex(ctx, q)
			if err != nil {
				t.Fatal(err)
			}
			if len(got) != len(want) {
				t.Fatalf("got %d pairs, want %d", len(got), len(want))
			}
			for i := range got {
				// Goldstein sums may differ in the last bits (order of addition).
				if d := got[i].Goldstein - want[i].Goldstein; d > 1e-9 || d < -1e-9 {
					t.Errorf("pair %d goldstein %v, want %v", i, got[i].Goldstein, want[i].Goldstein)
				}
				got[i].Goldstein = want[i].Goldstein
			}
			if !reflect.DeepEqual(got, want) {
				t.Errorf("pruned:\n%v\nfull:\n%v", got, want)
			}
		})
	}
}
