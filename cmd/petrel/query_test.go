package main

import (
	"context"
	"encoding/csv"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/petrel-events/petrel/doc"
	"github.com/petrel-events/petrel/export"
	"github.com/petrel-events/petrel/store"
)

// queryDB builds a small database: one article a day for ten days, each
// with a USA→CHN event (conflict on odd days) and a FRA→DEU meeting in
// Paris.
func queryDB(t *testing.T) string {
	t.Helper()
	db := filepath.Join(t.TempDir(), "q.db")
	ctx := context.Background()
	st, err := store.Open(ctx, db, store.Options{Window: -1})
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	var docs []*doc.Doc
	for i := range 10 {
		day := fmt.Sprintf("2025-03-%02d", i+1)
		pub, _ := doc.ParseTime(day)
		text := fmt.Sprintf("Day %d. Washington criticised Beijing over trade number %d. The French president met the German chancellor in Paris.", i, i*31)
		code, quad, gold := "036", 1, 4.0
		if i%2 == 1 {
			code, quad, gold = "111", 3, -2
		}
		docs = append(docs, &doc.Doc{ID: fmt.Sprint("q", i), Source: "wire.example", Text: text, Published: pub, Events: []doc.Event{
			{ID: fmt.Sprint("q", i, "-1"), Date: day, Actors: []doc.ActorRef{{Code: "USAGOV", Country: "USA"}}, Recipients: []doc.ActorRef{{Code: "CHNGOV", Country: "CHN"}},
				CAMEO: doc.CAMEO{Code: code, Root: code[:2], QuadClass: quad, Goldstein: gold}, PLOVER: doc.PLOVER{Type: "ACCUSE"},
				Evidence: doc.Evidence{Start: 7, End: 55}},
			{ID: fmt.Sprint("q", i, "-2"), Date: day, Actors: []doc.ActorRef{{Code: "FRAGOV", Country: "FRA"}}, Recipients: []doc.ActorRef{{Code: "DEUGOV", Country: "DEU"}},
				CAMEO: doc.CAMEO{Code: "040", Root: "04", QuadClass: 1, Goldstein: 1}, PLOVER: doc.PLOVER{Type: "CONSULT"},
				Modality: doc.Modality{Reported: i == 0},
				Evidence: doc.Evidence{Start: 60, End: len(text)}, Location: &doc.Location{Name: "Paris", Country: "FRA", Lat: 48.85, Lon: 2.35}},
		}})
	}
	if _, err := st.PutDocuments(ctx, docs); err != nil {
		t.Fatal(err)
	}
	return db
}

func TestQuery(t *testing.T) {
	db := queryDB(t)
	tests := []struct {
		name  string
		args  []string
		lines int    // output lines, header included
		want  string // in the output
	}{
		{"all events table", nil, 21, "USAGOV"},
		{"actor prefix and dates", []string{"--actor", "USA*", "--from", "2025-03-03", "--to", "2025-03-05"}, 4, "CHNGOV"},
		{"recipient", []string{"--recipient", "DEUGOV", "--limit", "3"}, 4, "Paris"},
		{"cameo root", []string{"--cameo", "11"}, 6, "111"},
		{"plover", []string{"--plover", "consult"}, 11, "CONSULT"},
		{"quad", []string{"--quad", "3"}, 6, "111"},
		{"country", []string{"--country", "DEU"}, 11, "DEUGOV"},
		{"place", []string{"--place", "paris"}, 11, "Paris"},
		{"near", []string{"--near", "48.9,2.3,20"}, 11, "Paris"},
		{"far", []string{"--near", "40.7,-74,100"}, 2, "nothing matches"},
		{"text", []string{"--text", "GERMAN CHANCELLOR"}, 11, "040"},
		{"modality", []string{"--modality", "reported"}, 2, "FRAGOV"},
		{"one a day", []string{"--one-a-day", "--actor", "USAGOV"}, 11, "USAGOV"},
		{"dyad series by week", []string{"--agg", "dyad", "--actor", "USAGOV", "--recipient", "CHN*", "--grain", "week"}, 4, "2025-03-03  7"},
		{"top actors", []string{"--agg", "top-actors", "--role", "source"}, 3, "USAGOV"},
		{"cci", []string{"--agg", "cci", "--country", "USA"}, 2, "0.000"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			out, log, err := runCLI(t, "", append([]string{"query", "--db", db}, tc.args...)...)
			if err != nil {
				t.Fatalf("%v\n%s", err, log)
			}
			if n := strings.Count(out, "\n"); n != tc.lines || !strings.Contains(out, tc.want) {
				t.Errorf("%d lines, want %d with %q:\n%s", n, tc.lines, tc.want, out)
			}
		})
	}
}

func TestQueryFormats(t *testing.T) {
	db := queryDB(t)
	out, _, err := runCLI(t, "", "query", "--db", db, "-f", "jsonl", "--cameo", "036")
	if err != nil {
		t.Fatal(err)
	}
	lines := strings.Split(strings.TrimSpace(out), "\n")
	if len(lines) != 5 {
		t.Fatalf("%d JSON lines", len(lines))
	}
	var e store.Event
	if err := json.Unmarshal([]byte(lines[0]), &e); err != nil || e.Record.CAMEO.Code != "036" || e.NumArticles != 1 || e.Record.Schema != doc.SchemaEvent {
		t.Errorf("event %+v %v", e, err)
	}
	out, _, err = runCLI(t, "", "query", "--db", db, "-f", "csv", "--limit", "-1")
	if err != nil {
		t.Fatal(err)
	}
	recs, err := csv.NewReader(strings.NewReader(out)).ReadAll()
	if err != nil || len(recs) != 21 {
		t.Fatalf("%d CSV records, %v", len(recs), err)
	}
	for _, r := range recs {
		if len(r) != len(recs[0]) {
			t.Errorf("ragged CSV row %v", r)
		}
	}
	for _, bad := range [][]string{{"--format", "xml"}, {"--agg", "nope"}, {"--quad", "7"}, {"--near", "1,2"}, {"--from", "March"}, {"--modality", "maybe"}} {
		if _, _, err := runCLI(t, "", append([]string{"query", "--db", db}, bad...)...); err == nil {
			t.Errorf("%v: no error", bad)
		}
	}
	if _, _, err := runCLI(t, "", "query", "--db", filepath.Join(t.TempDir(), "missing.db")); err == nil {
		t.Error("a missing database gives no error")
	}
}

// TestQueryExport writes stored events with the export writers: GDELT rows
// of 61 columns whose NumSources counts the outlets of every mention, and
// PLOVER records with the spec's required fields.
func TestQueryExport(t *testing.T) {
	db := queryDB(t)
	// A second outlet reporting the meeting of 2025-03-01 merges into it.
	ctx := context.Background()
	st, err := store.Open(ctx, db, store.Options{Window: -1})
	if err != nil {
		t.Fatal(err)
	}
	pub, _ := doc.ParseTime("2025-03-01")
	text := "Talks in Paris. The French president met the German chancellor on Saturday."
	_, err = st.PutDocuments(ctx, []*doc.Doc{{ID: "other-1", Source: "other.example", Text: text, Published: pub, Events: []doc.Event{
		{ID: "other-1-1", Date: "2025-03-01", Actors: []doc.ActorRef{{Code: "FRAGOV", Country: "FRA"}}, Recipients: []doc.ActorRef{{Code: "DEUGOV", Country: "DEU"}},
			CAMEO: doc.CAMEO{Code: "040", Root: "04", QuadClass: 1, Goldstein: 1}, PLOVER: doc.PLOVER{Type: "CONSULT"},
			Evidence: doc.Evidence{Start: 16, End: len(text)}, Location: &doc.Location{Name: "Paris", Country: "FRA", Lat: 48.85, Lon: 2.35}},
	}}})
	st.Close()
	if err != nil {
		t.Fatal(err)
	}
	mentions := filepath.Join(t.TempDir(), "mentions.tsv")
	out, log, err := runCLI(t, "", "query", "--db", db, "-f", "gdelt", "--mentions", mentions, "--limit", "-1")
	if err != nil {
		t.Fatalf("%v\n%s", err, log)
	}
	rows, err := export.ReadGDELT(strings.NewReader(out), export.GDELTEventColumns)
	if err != nil || len(rows) != 20 {
		t.Fatalf("%d GDELT rows, %v", len(rows), err)
	}
	twoSources := 0
	for _, r := range rows {
		if r[32] == "2" && r[33] == "2" { // NumSources, NumArticles
			twoSources++
		}
	}
	if twoSources != 1 {
		t.Errorf("%d rows count 2 sources, want the merged meeting only", twoSources)
	}
	mb, err := os.ReadFile(mentions)
	if err != nil {
		t.Fatal(err)
	}
	if n := strings.Count(string(mb), "\n"); n != 21 {
		t.Errorf("%d mention rows, want 21", n)
	}
	out, _, err = runCLI(t, "", "query", "--db", db, "-f", "plover", "--plover", "CONSULT")
	if err != nil {
		t.Fatal(err)
	}
	lines := strings.Split(strings.TrimSpace(out), "\n")
	if len(lines) != 10 {
		t.Fatalf("%d PLOVER records", len(lines))
	}
	for _, l := range lines {
		var rec map[string]any
		if err := json.Unmarshal([]byte(l), &rec); err != nil {
			t.Fatal(err)
		}
		for _, k := range []string{"id", "date", "actor", "event"} {
			if rec[k] == nil {
				t.Errorf("PLOVER record without %q: %s", k, l)
			}
		}
	}
	for _, bad := range [][]string{{"-f", "gdelt", "--agg", "dyad"}, {"--mentions", mentions}} {
		if _, _, err := runCLI(t, "", append([]string{"query", "--db", db}, bad...)...); err == nil {
			t.Errorf("%v: no error", bad)
		}
	}
}
