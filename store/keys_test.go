package store

import (
	"strings"
	"testing"
	"time"

	"github.com/petrel-events/petrel/doc"
)

func TestEventDay(t *testing.T) {
	pub, _ := doc.ParseTime("2025-09-06")
	day := func(s string) int64 { t, _ := time.Parse(time.DateOnly, s); return DayNumber(t) }
	tests := []struct {
		date      string
		published doc.Time
		want      int64
	}{
		{"2025-09-05", pub, day("2025-09-05")},
		{"2025-09", pub, day("2025-09-06")}, // the publication date falls in the month
		{"2025-08", pub, day("2025-08-01")}, // it does not: the month's first day
		{"2025", pub, day("2025-09-06")},    // year
		{"", pub, day("2025-09-06")},        // no date
		{"", doc.Time{}, 0},                 // nothing known
		{"garbage", doc.Time{}, 0},          // unparseable
		{"2024-02-29", doc.Time{}, day("2024-02-29")},
	}
	for _, tc := range tests {
		if got := EventDay(&doc.Event{Date: tc.date}, tc.published); got != tc.want {
			t.Errorf("EventDay(%q) = %s, want %s", tc.date, DayTime(got).Format(time.DateOnly), DayTime(tc.want).Format(time.DateOnly))
		}
	}
}

func TestKeys(t *testing.T) {
	base := testEvent("x", "2025-09-05", "RUSMIL", "UKR", "190", 4, -10, "Odesa")
	dyad, merge := Keys(&base)
	tests := []struct {
		name             string
		change           func(e *doc.Event)
		sameDyad, sameMk bool
	}{
		{"other code of the same root", func(e *doc.Event) { e.CAMEO.Code = "195" }, true, true},
		{"other place", func(e *doc.Event) { e.Location = &doc.Location{Name: "Kherson", Country: "UKR"} }, true, false},
		{"place name case", func(e *doc.Event) { e.Location = &doc.Location{Name: "ODESA", Country: "RUS"} }, true, true},
		{"other root", func(e *doc.Event) { e.CAMEO.Root = "18" }, false, false},
		{"another actor", func(e *doc.Event) {
			e.Actors = append(e.Actors, doc.ActorRef{Code: "BLRMIL"})
		}, false, false},
		{"roles swapped", func(e *doc.Event) { e.Actors, e.Recipients = e.Recipients, e.Actors }, false, false},
		{"uncoded actor by name", func(e *doc.Event) { e.Actors = []doc.ActorRef{{Text: "Gunmen"}} }, false, false},
	}
	for _, tc := range tests {
		e := base
		tc.change(&e)
		d, m := Keys(&e)
		if (d == dyad) != tc.sameDyad || (m == merge) != tc.sameMk {
			t.Errorf("%s: same dyad key %v, same merge key %v; want %v, %v", tc.name, d == dyad, m == merge, tc.sameDyad, tc.sameMk)
		}
	}
	a, b := base, base
	a.Actors = []doc.ActorRef{{Code: "RUSMIL"}, {Code: "BLRMIL"}}
	b.Actors = []doc.ActorRef{{Code: "BLRMIL"}, {Code: "RUSMIL"}}
	if _, ma := Keys(&a); func() bool { _, mb := Keys(&b); return ma != mb }() {
		t.Error("actor order changes the merge key")
	}
}

func TestShinglesJaccard(t *testing.T) {
	text := "The quick brown fox jumps over the lazy dog near the river bank on a sunny day in June."
	if j := Jaccard(Shingles(text), Shingles(strings.ToUpper(text)+"  ")); j != 1 {
		t.Errorf("case and spacing change the shingles: J = %v", j)
	}
	cut := "The quick brown fox jumps over the lazy dog near the river bank"
	j := Jaccard(Shingles(text), Shingles(cut))
	if j < 0.4 || j > 0.7 {
		t.Errorf("J(text, cut) = %v", j)
	}
	if j := Jaccard(Shingles(text), Shingles("Completely different words about markets and interest rates rising again today.")); j != 0 {
		t.Errorf("unrelated J = %v", j)
	}
	if sh := Shingles("two words"); len(sh) != 1 {
		t.Errorf("short text: %d shingles", len(sh))
	}
	// MinHash estimates J: identical sets share every band.
	a, b := BandHashes(Signature(Shingles(text))), BandHashes(Signature(Shingles(strings.ToLower(text))))
	if a != b {
		t.Error("same shingles, different bands")
	}
}
