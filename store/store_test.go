package store

import (
	"context"
	"fmt"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/petrel-events/petrel/doc"
)

func openTest(t testing.TB, opts Options) *SQLite {
	t.Helper()
	if testPostgres {
		return openPostgresTest(t, opts)
	}
	s, err := Open(context.Background(), filepath.Join(t.TempDir(), "t.db"), opts)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { s.Close() })
	return s
}

// testEvent returns an event record between two actors.
func testEvent(id, date, src, tgt, code string, quad int, gold float64, place string) doc.Event {
	e := doc.Event{
		ID: id, Date: date, DatePrecision: "day",
		Actors:     []doc.ActorRef{{Code: src, Country: src[:3], Text: src}},
		Recipients: []doc.ActorRef{{Code: tgt, Country: tgt[:3], Text: tgt}},
		CAMEO:      doc.CAMEO{Code: code, Root: code[:2], QuadClass: quad, Goldstein: gold},
		PLOVER:     doc.PLOVER{Type: "ACCUSE"},
		Evidence:   doc.Evidence{Start: 0, End: 10, Sentence: 0, Trigger: doc.TextSpan{Text: "x"}},
	}
	if place != "" {
		e.Location = &doc.Location{Name: place, Country: src[:3], Lat: 50.45, Lon: 30.52}
	}
	return e
}

func testDoc(id, url, source, text, published string, events ...doc.Event) *doc.Doc {
	p, _ := doc.ParseTime(published)
	return &doc.Doc{ID: id, URL: url, Source: source, Text: text, Published: p, Events: events}
}

const article = `Russian forces shelled the port of Odesa on Friday, officials said.
Ukraine's foreign minister accused Moscow of deliberately targeting grain silos.
The United Nations called for restraint and said it would send observers next week.
Talks between the two governments are due to resume in Istanbul, a spokesman said.
Analysts said the attack could derail the fragile export corridor agreed last year.`

func TestIdempotentAndNearDuplicate(t *testing.T) {
	ctx := context.Background()
	s := openTest(t, Options{})
	ev := []doc.Event{
		testEvent("a-1", "2025-09-05", "RUSMIL", "UKR", "190", 4, -10, "Odesa"),
		testEvent("a-2", "2025-09-05", "UKRGOV", "RUS", "112", 3, -2, ""),
	}
	orig := testDoc("a", "https://one.example/a", "one.example", article, "2025-09-06", ev...)
	for range 2 {
		if _, err := s.PutDocuments(ctx, []*doc.Doc{orig}); err != nil {
			t.Fatal(err)
		}
	}
	st, _ := s.Stats(ctx)
	if st.Documents != 1 || st.Events != 2 {
		t.Fatalf("after two puts: %+v", st)
	}
	// A syndicated copy: new headline, last paragraph cut.
	lines := strings.Split(article, "\n")
	copyText := "Odesa port hit as grain talks loom\n" + strings.Join(lines[:len(lines)-1], "\n")
	cp := testDoc("b", "https://two.example/b", "two.example", copyText, "2025-09-06",
		testEvent("b-1", "2025-09-05", "RUSMIL", "UKR", "190", 4, -10, "Odesa"),
		testEvent("b-9", "2025-09-05", "UNO", "RUS", "020", 1, 3, ""))
	ps, err := s.PutDocuments(ctx, []*doc.Doc{cp})
	if err != nil {
		t.Fatal(err)
	}
	if ps.NearDuplicates != 1 || ps.Events != 0 || ps.Dropped != 1 {
		t.Errorf("copy: %+v", ps)
	}
	st, _ = s.Stats(ctx)
	if st.Events != 2 || st.NearDuplicates != 1 {
		t.Fatalf("after copy: %+v", st)
	}
	evs, err := s.Events(ctx, Query{Filter: Filter{CAMEO: "19"}})
	if err != nil || len(evs) != 1 {
		t.Fatalf("events %v %v", evs, err)
	}
	if e := evs[0]; e.NumSources != 2 || e.NumArticles != 2 || e.NumMentions != 2 {
		t.Errorf("counts: %+v", e)
	}
	d, err := s.Document(ctx, "b")
	if err != nil || d.DuplicateOf != "a" || d.Jaccard < 0.5 {
		t.Errorf("document b: %+v %v", d, err)
	}
}

func TestMergeAcrossOutlets(t *testing.T) {
	ctx := context.Background()
	s := openTest(t, Options{})
	a := testDoc("a", "", "one.example", "Completely different text about shelling one.", "2025-09-06",
		testEvent("a-1", "2025-09-05", "RUSMIL", "UKR", "190", 4, -10, "Odesa"))
	b := testDoc("b", "", "two.example", "Another outlet's own words on a port attack here.", "2025-09-07",
		testEvent("b-1", "2025-09-06", "RUSMIL", "UKR", "195", 4, -10, "Odesa"))
	c := testDoc("c", "", "three.example", "A third story, days later, same dyad again there.", "2025-09-12",
		testEvent("c-1", "2025-09-11", "RUSMIL", "UKR", "190", 4, -10, "Odesa"))
	ps, err := s.PutDocuments(ctx, []*doc.Doc{a, b, c})
	if err != nil {
		t.Fatal(err)
	}
	if ps.Events != 2 || ps.Merged != 1 || ps.NearDuplicates != 0 {
		t.Errorf("stats %+v", ps)
	}
	evs, _ := s.Events(ctx, Query{})
	if len(evs) != 2 || evs[1].NumSources != 2 || evs[0].NumSources != 1 {
		t.Errorf("events %+v", evs)
	}
}

func TestReplaceChangedDocument(t *testing.T) {
	ctx := context.Background()
	s := openTest(t, Options{})
	v1 := testDoc("a", "https://x.example/a", "x.example", "First version of the story about talks.", "2025-09-06",
		testEvent("a-1", "2025-09-05", "USAGOV", "CHN", "036", 1, 4, ""))
	v2 := testDoc("", "https://x.example/a", "x.example", "Updated: talks collapsed and sanctions were threatened instead.", "2025-09-06",
		testEvent("a-1", "2025-09-05", "USAGOV", "CHN", "138", 3, -7, ""))
	if _, err := s.PutDocuments(ctx, []*doc.Doc{v1}); err != nil {
		t.Fatal(err)
	}
	ps, err := s.PutDocuments(ctx, []*doc.Doc{v2})
	if err != nil {
		t.Fatal(err)
	}
	if ps.Replaced != 1 {
		t.Errorf("stats %+v", ps)
	}
	var lsh int
	if err := s.DB().QueryRow("SELECT count(*) FROM doc_lsh").Scan(&lsh); err != nil || lsh != Bands {
		t.Errorf("%d LSH rows after the replacement, want %d (%v)", lsh, Bands, err)
	}
	evs, _ := s.Events(ctx, Query{})
	if len(evs) != 1 || evs[0].Record.CAMEO.Code != "138" {
		t.Fatalf("events %+v", evs)
	}
	ser, _ := s.DyadSeries(ctx, SeriesQuery{Actor: "USA*", Grain: Month})
	if len(ser) != 1 || ser[0].Events != 1 || ser[0].Quad[3] != 1 || ser[0].Quad[1] != 0 {
		t.Errorf("series %+v", ser)
	}
}

func TestAggregates(t *testing.T) {
	ctx := context.Background()
	// Same-day merging only: the test has one event per dyad and day.
	s := openTest(t, Options{Window: -1})
	var docs []*doc.Doc
	day := time.Date(2025, 1, 1, 0, 0, 0, 0, time.UTC)
	for i := range 90 {
		d := day.AddDate(0, 0, i).Format(time.DateOnly)
		quad, gold := 1, 3.0
		if i%3 == 0 {
			quad, gold = 4, -9
		}
		docs = append(docs, testDoc(fmt.Sprint("d", i), "", "o.example", fmt.Sprintf("story number %d with unique words %d", i, i*7), d,
			testEvent(fmt.Sprint("e", i), d, "USAGOV", "CHNGOV", "042", quad, gold, ""),
			testEvent(fmt.Sprint("f", i), d, "FRAGOV", "USAGOV", "051", 1, 3.4, "")))
	}
	if _, err := s.PutDocuments(ctx, docs); err != nil {
		t.Fatal(err)
	}
	from, to := time.Date(2025, 1, 15, 0, 0, 0, 0, time.UTC), time.Date(2025, 3, 10, 0, 0, 0, 0, time.UTC)
	want := 55 // Jan 15 .. Mar 10
	top, err := s.TopActors(ctx, TopQuery{From: from, To: to})
	if err != nil || len(top) != 3 || top[0].Code != "USAGOV" || top[0].Events != int64(2*want) {
		t.Errorf("top %+v %v", top, err)
	}
	for _, g := range []Grain{Day, Week, Month} {
		ser, err := s.DyadSeries(ctx, SeriesQuery{From: from, To: to, Actor: "USAGOV", Recipient: "CHN*", Grain: g})
		if err != nil {
			t.Fatal(err)
		}
		n := int64(0)
		for _, p := range ser {
			n += p.Events
		}
		if n != int64(want) {
			t.Errorf("%s: %d events, want %d", g, n, want)
		}
	}
	// One side or a dyad, exact codes or prefixes (expanded to code lists).
	for _, c := range []struct {
		actor, recipient string
		want             int
	}{
		{"USAGOV", "", want}, {"USA*", "", want}, {"", "USA*", want}, {"", "USAGOV", want},
		{"FRA*", "USA*", want}, {"FRAGOV", "USAGOV", want}, {"USA*", "CHNGOV", want},
		{"CHN*", "", 0}, {"XYZ*", "", 0}, {"USA*", "XYZ*", 0}, {"*", "", 2 * want}, {"", "*", 2 * want},
	} {
		for _, g := range []Grain{Day, Week, Month} {
			ser, err := s.DyadSeries(ctx, SeriesQuery{From: from, To: to, Actor: c.actor, Recipient: c.recipient, Grain: g})
			if err != nil {
				t.Fatal(err)
			}
			n := 0
			for _, p := range ser {
				n += int(p.Events)
			}
			if n != c.want {
				t.Errorf("series %q→%q by %s: %d events, want %d", c.actor, c.recipient, g, n, c.want)
			}
		}
	}
	ci, err := s.ConflictIndex(ctx, IndexQuery{From: from, To: to, Country: "usa"})
	if err != nil || len(ci) != 2 {
		t.Fatalf("index %+v %v", ci, err)
	}
	for _, p := range ci {
		if p.Source == "USA" && (p.Events != int64(want) || p.Index >= 0.5 || p.Index <= 0) {
			t.Errorf("USA→CHN %+v", p)
		}
	}
	// The rollups agree with the events table.
	evs, _ := s.Events(ctx, Query{Filter: Filter{From: from, To: to, Actor: "USAGOV"}, Limit: -1})
	if len(evs) != want {
		t.Errorf("events %d, want %d", len(evs), want)
	}
}

func TestCover(t *testing.T) {
	d := func(s string) int64 { t, _ := time.Parse(time.DateOnly, s); return DayNumber(t) }
	m := func(s string) int64 { t, _ := time.Parse("2006-01", s); return MonthNumber(t) }
	got := cover(d("2025-01-15"), d("2025-03-10"), grainMonth)
	want := []periodRange{{grainDay, d("2025-01-15"), d("2025-01-31")}, {grainMonth, m("2025-02"), m("2025-02")}, {grainDay, d("2025-03-01"), d("2025-03-10")}}
	if fmt.Sprint(got) != fmt.Sprint(want) {
		t.Errorf("cover = %v, want %v", got, want)
	}
	if got := cover(d("2025-01-03"), d("2025-01-09"), grainMonth); len(got) != 1 || got[0].grain != grainDay {
		t.Errorf("short cover = %+v", got)
	}
	// Every day of a range is covered exactly once, whatever the grains.
	for _, r := range [][2]string{{"2023-02-27", "2026-01-05"}, {"2024-12-30", "2025-01-01"}, {"0001-01-01", "9999-12-31"}, {"2025-03-02", "2025-03-31"}} {
		lo, hi := d(r[0]), d(r[1])
		got := cover(lo, hi, allGrains...)
		n := int64(0)
		for _, pr := range got {
			for p := pr.lo; p <= pr.hi; p++ {
				s, e := periodStart(pr.grain, p), periodEnd(pr.grain, p)
				if s < lo || e > hi {
					t.Errorf("%v: period %v outside the range", r, pr)
				}
				n += e - s + 1
			}
		}
		if n != hi-lo+1 || len(got) > 7 {
			t.Errorf("%v: %d days in %d ranges, want %d days: %v", r, n, len(got), hi-lo+1, got)
		}
	}
}

func TestOneADay(t *testing.T) {
	ctx := context.Background()
	s := openTest(t, Options{})
	// Same day, dyad and code, different places: two events, one a day.
	a := testDoc("a", "", "one.example", "First outlet text about a protest in one city.", "2025-09-06",
		testEvent("a-1", "2025-09-06", "UKRCVL", "UKRGOV", "141", 3, -6.5, "Kyiv"))
	b := testDoc("b", "", "two.example", "Second outlet text about protests somewhere else entirely.", "2025-09-06",
		testEvent("b-1", "2025-09-06", "UKRCVL", "UKRGOV", "141", 3, -6.5, "Lviv"))
	if _, err := s.PutDocuments(ctx, []*doc.Doc{a, b}); err != nil {
		t.Fatal(err)
	}
	all, _ := s.Events(ctx, Query{})
	one, err := s.Events(ctx, Query{OneADay: true})
	if err != nil || len(all) != 2 || len(one) != 1 {
		t.Errorf("all %d, one a day %d (%v)", len(all), len(one), err)
	}
}
