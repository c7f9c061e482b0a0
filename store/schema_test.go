package store

import (
	"context"
	"database/sql"
	"math"
	"reflect"
	"strings"
	"testing"

	"github.com/petrel-events/petrel/doc"
)

// downgrade removes the objects of the migrations after version to and
// sets user_version, as a petrel of that version left the database.
func downgrade(t *testing.T, db *sql.DB, to int) {
	t.Helper()
	var stmts []string
	if to < 5 {
		// Schema 4 kept the record JSON in the events row.
		undo5(t, db, "TEXT")
	}
	if to == 3 {
		// Schema 3 kept the text index, rollup_day and rollup_place by
		// insert triggers too.
		for _, st := range splitSQL(migrations[2]) {
			if strings.HasPrefix(st, "CREATE TRIGGER") && strings.Contains(st, "_ai AFTER INSERT") {
				stmts = append(stmts, st)
			}
		}
		if len(stmts) != 3 {
			t.Fatalf("schema 3 has %d insert triggers, want 3", len(stmts))
		}
	}
	if to < 3 {
		rows, err := db.Query(`SELECT name FROM sqlite_master WHERE type = 'trigger' ORDER BY name`)
		if err != nil {
			t.Fatal(err)
		}
		for rows.Next() {
			var n string
			if err := rows.Scan(&n); err != nil {
				t.Fatal(err)
			}
			stmts = append(stmts, "DROP TRIGGER "+n)
		}
		rows.Close()
		stmts = append(stmts, "DROP TABLE events_fts", "DROP TABLE rollup_day", "DROP TABLE rollup_place", "DROP TABLE event_deletions")
	}
	if to < 2 {
		stmts = append(stmts, "DROP INDEX rollup_pair_top")
	}
	if to < 6 {
		stmts = append(stmts, "DROP TABLE rollups_pending")
	}
	if to < 7 {
		stmts = append(stmts, "DROP TABLE ingest_log")
	}
	stmts = append(stmts, "PRAGMA user_version = "+string(rune('0'+to)))
	for _, st := range stmts {
		if _, err := db.Exec(st); err != nil {
			t.Fatalf("%s: %v", st, err)
		}
	}
}

// undo5 puts the records back into the events row (decoded), as schema 4
// kept them, and drops event_records; column is the record column's type
// (PostgreSQL's needs its collation).
func undo5(t *testing.T, db *sql.DB, column string) {
	t.Helper()
	recs := map[int64][]byte{}
	rows, err := db.Query(`SELECT event_id, record FROM event_records`)
	if err != nil {
		t.Fatal(err)
	}
	for rows.Next() {
		var id int64
		var b []byte
		if err := rows.Scan(&id, &b); err != nil {
			t.Fatal(err)
		}
		if recs[id], err = DecodeRecord(b); err != nil {
			t.Fatal(err)
		}
	}
	rows.Close()
	if _, err := db.Exec(`ALTER TABLE events ADD COLUMN record ` + column + ` NOT NULL DEFAULT ''`); err != nil {
		t.Fatal(err)
	}
	for id, js := range recs {
		if _, err := db.Exec(`UPDATE events SET record = ? WHERE event_id = ?`, string(js), id); err != nil {
			t.Fatal(err)
		}
	}
	if _, err := db.Exec(`DROP TABLE event_records`); err != nil {
		t.Fatal(err)
	}
}

// checkDerived fails unless the text index and the trigger-kept rollups
// agree with the events table.
// checkEventsKept fails t unless s still holds the events it held before a
// migration (and there were some): no event or record changes.
func checkEventsKept(t *testing.T, ctx context.Context, s Store, before []Event) {
	t.Helper()
	after, err := s.Events(ctx, Query{Limit: -1})
	if err != nil {
		t.Fatal(err)
	}
	if len(before) == 0 || !reflect.DeepEqual(before, after) {
		t.Errorf("events after migration differ from before (%d and %d events)", len(after), len(before))
	}
}

func checkDerived(t *testing.T, db *sql.DB) {
	t.Helper()
	if _, err := db.Exec(`INSERT INTO events_fts(events_fts) VALUES ('integrity-check')`); err != nil {
		t.Errorf("events_fts: %v", err)
	}
	for _, c := range []struct{ name, want, got string }{
		{"rollup_day",
			`SELECT day, quad_class, plover_type, cameo_root, count(*), sum(goldstein) FROM events GROUP BY 1, 2, 3, 4 ORDER BY 1, 2, 3, 4`,
			`SELECT day, quad_class, plover_type, cameo_root, n, goldstein FROM rollup_day WHERE n > 0 ORDER BY 1, 2, 3, 4`},
		{"rollup_place",
			`SELECT CAST(strftime('%Y', day * 86400, 'unixepoch') AS INTEGER) * 12 + CAST(strftime('%m', day * 86400, 'unixepoch') AS INTEGER) - 1,
				loc_country || '|' || loc_name || '|' || (lat IS NOT NULL) || '|' || coalesce(lat, 0) || '|' || coalesce(lon, 0), '', '', count(*), sum(goldstein)
				FROM events WHERE loc_country <> '' OR lat IS NOT NULL GROUP BY 1, 2 ORDER BY 1, 2`,
			`SELECT month, loc_country || '|' || loc_name || '|' || located || '|' || lat || '|' || lon, '', '', n, goldstein FROM rollup_place WHERE n > 0 ORDER BY 1, 2`},
	} {
		read := func(q string) [][6]any {
			rows, err := db.Query(q)
			if err != nil {
				t.Fatalf("%s: %v", c.name, err)
			}
			defer rows.Close()
			var out [][6]any
			for rows.Next() {
				var r [6]any
				var a, e int64
				var b, cc, d string
				var g float64
				if err := rows.Scan(&a, &b, &cc, &d, &e, &g); err != nil {
					t.Fatalf("%s: %v", c.name, err)
				}
				r = [6]any{a, b, cc, d, e, math.Round(g * 1e6)}
				out = append(out, r)
			}
			return out
		}
		want, got := read(c.want), read(c.got)
		if len(want) != len(got) {
			t.Errorf("%s: %d rows, want %d", c.name, len(got), len(want))
			continue
		}
		for i := range want {
			if want[i] != got[i] {
				t.Errorf("%s row %d: %v, want %v", c.name, i, got[i], want[i])
				break
			}
		}
	}
}

func synthDocs(seed uint64, n int) []*doc.Doc {
	g := NewSynth(seed)
	g.Days, g.DocsPerDay = 60, 5
	docs := make([]*doc.Doc, n)
	for i := range docs {
		docs[i] = g.Doc()
	}
	return docs
}

// TestMigrate opens databases of older schemas holding events (from 3: the
// insert triggers that schema 4 drops are back): they are
// refused read-only, migrated in place read-write, and the new text index
// and rollups cover the events stored before the migration and follow
// those stored, merged and replaced after it.
func TestMigrate(t *testing.T) {
	for _, from := range []int{1, 2, 3, 4, 5, 6} {
		t.Run(string(rune('0'+from)), func(t *testing.T) {
			ctx := context.Background()
			s := openTest(t, Options{})
			path := s.Path()
			if _, err := s.PutDocuments(ctx, synthDocs(1, 200)); err != nil {
				t.Fatal(err)
			}
			before, err := s.Events(ctx, Query{Limit: -1})
			if err != nil {
				t.Fatal(err)
			}
			downgrade(t, s.DB(), from)
			s.Close()
			if _, err := Open(ctx, path, Options{ReadOnly: true}); err == nil {
				t.Fatal("read-only open of an old schema succeeded")
			}
			s2, err := Open(ctx, path, Options{})
			if err != nil {
				t.Fatal(err)
			}
			defer s2.Close()
			var v, n int
			if err := s2.DB().QueryRow("PRAGMA user_version").Scan(&v); err != nil {
				t.Fatal(err)
			}
			if err := s2.DB().QueryRow("SELECT count(*) FROM sqlite_master WHERE name IN ('rollup_pair_top', 'events_fts', 'rollup_day', 'rollup_place', 'event_deletions')").Scan(&n); err != nil {
				t.Fatal(err)
			}
			if v != len(migrations) || n != 5 {
				t.Errorf("after migration: version %d, %d of 5 objects; want %d", v, n, len(migrations))
			}
			var triggers int
			if err := s2.DB().QueryRow("SELECT count(*) FROM sqlite_master WHERE type = 'trigger' AND name LIKE '%\\_ai' ESCAPE '\\'").Scan(&triggers); err != nil {
				t.Fatal(err)
			}
			if triggers != 0 {
				t.Errorf("after migration: %d insert triggers left on events, want 0", triggers)
			}
			checkDerived(t, s2.DB())
			// The records moved out of the events rows are compressed.
			if err := s2.DB().QueryRow("SELECT count(*) FROM event_records WHERE substr(record, 1, 1) = X'7B'").Scan(&n); err != nil || n != 0 {
				t.Errorf("after migration: %d plain records (%v), want 0", n, err)
			}
			// Every event and its record as they were.
			checkEventsKept(t, ctx, s2, before)
			// New documents, the same ones again (merged mentions) and a
			// changed document (its events deleted and replaced).
			if _, err := s2.PutDocuments(ctx, synthDocs(2, 100)); err != nil {
				t.Fatal(err)
			}
			if _, err := s2.PutDocuments(ctx, synthDocs(2, 100)); err != nil {
				t.Fatal(err)
			}
			v1 := testDoc("a", "https://x.example/a", "x.example", "First version of the story about talks.", "2025-09-06",
				testEvent("a-1", "2025-09-05", "USAGOV", "CHN", "036", 1, 4, "Paris"))
			v2 := testDoc("", "https://x.example/a", "x.example", "Updated: talks collapsed and sanctions were threatened instead.", "2025-09-06",
				testEvent("a-1", "2025-09-05", "USAGOV", "CHN", "138", 3, -7, ""))
			for _, d := range []*doc.Doc{v1, v2} {
				if _, err := s2.PutDocuments(ctx, []*doc.Doc{d}); err != nil {
					t.Fatal(err)
				}
			}
			checkDerived(t, s2.DB())
			for _, c := range []struct {
				text, like string
				limit      int64
			}{
				{"did", "% did %", 1000}, {"did", "% did %", 10}, {"Did synthetic", "% did %synthetic%", 1000}, {"zzzz", "%zzzz%", 1000}, {"...", "", 1000}, {"to", "%", 1000},
			} {
				got, err := s2.WordEvents(ctx, c.text, c.limit)
				if err != nil {
					t.Fatal(err)
				}
				var want int64
				if err := s2.DB().QueryRow(`SELECT min(count(*), ?) FROM events WHERE evidence LIKE ?`, c.limit, c.like).Scan(&want); err != nil {
					t.Fatal(err)
				}
				if got != want {
					t.Errorf("WordEvents(%q, %d) = %d, want %d", c.text, c.limit, got, want)
				}
			}
			// The series of all events (from rollup_day) agrees with the
			// monthly dyad rollup.
			ser, err := s2.DyadSeries(ctx, SeriesQuery{Grain: Month})
			if err != nil {
				t.Fatal(err)
			}
			rows, err := s2.DB().Query(`SELECT period, sum(n), sum(q1), sum(q2), sum(q3), sum(q4) FROM rollup_dyad WHERE grain = 1 GROUP BY period HAVING sum(n) > 0 ORDER BY period`)
			if err != nil {
				t.Fatal(err)
			}
			var want []SeriesPoint
			for rows.Next() {
				var p SeriesPoint
				var m int64
				if err := rows.Scan(&m, &p.Events, &p.Quad[1], &p.Quad[2], &p.Quad[3], &p.Quad[4]); err != nil {
					t.Fatal(err)
				}
				p.Period = MonthTime(m)
				want = append(want, p)
			}
			rows.Close()
			if len(ser) != len(want) || len(want) == 0 {
				t.Fatalf("series of all events: %d months, want %d", len(ser), len(want))
			}
			for i := range want {
				ser[i].Goldstein = 0
				if ser[i] != want[i] {
					t.Errorf("series month %d: %+v, want %+v", i, ser[i], want[i])
				}
			}
			if _, err := s2.ConflictIndex(ctx, IndexQuery{Limit: 5}); err != nil {
				t.Error(err)
			}
		})
	}
}
