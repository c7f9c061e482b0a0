package store

import (
	"context"
	"encoding/json"
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/petrel-events/petrel/doc"
	"github.com/petrel-events/petrel/internal/pgtest"
)

// testPostgres makes openTest open PostgreSQL (TestPostgres sets it while
// it runs the store's tests again; tests are not parallel).
var testPostgres bool

func openPostgresTest(t testing.TB, opts Options) *SQLite {
	t.Helper()
	s, err := OpenPostgres(context.Background(), pgtest.DSN(t), opts)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { s.Close() })
	return s
}

// TestPostgres runs the store's behaviour tests against PostgreSQL.
func TestPostgres(t *testing.T) {
	if !pgtest.Available() {
		t.Skipf("%s is not set: no PostgreSQL to test against", pgtest.Env)
	}
	testPostgres = true
	defer func() { testPostgres = false }()
	t.Run("IdempotentAndNearDuplicate", TestIdempotentAndNearDuplicate)
	t.Run("MergeAcrossOutlets", TestMergeAcrossOutlets)
	t.Run("ReplaceChangedDocument", TestReplaceChangedDocument)
	t.Run("Aggregates", TestAggregates)
	t.Run("SameAsSQLite", testSameAsSQLite)
	t.Run("Migrate", testPGMigrate)
	t.Run("RollupsMatchRecompute", TestRollupsMatchRecompute)
}

// testPGMigrate upgrades a schema-2 PostgreSQL database in place: the GIN
// index of the evidence's words is created and used by a word search, and
// the records move to event_records (schema 5) unchanged.
func testPGMigrate(t *testing.T) {
	ctx := context.Background()
	dsn := pgtest.DSN(t)
	s, err := OpenPostgres(ctx, dsn, Options{})
	if err != nil {
		t.Fatal(err)
	}
	if _, err := s.PutDocuments(ctx, synthDocs(1, 50)); err != nil {
		t.Fatal(err)
	}
	before, err := s.Events(ctx, Query{Limit: -1})
	if err != nil {
		t.Fatal(err)
	}
	// Schema 4 kept the records' JSON in the events row.
	undo5(t, s.DB(), `TEXT COLLATE "C"`)
	for _, st := range []string{"DROP TABLE ingest_log", "DROP TABLE rollups_pending", "DROP INDEX events_evidence_words", "UPDATE petrel_schema SET version = 2"} {
		if _, err := s.DB().Exec(st); err != nil {
			t.Fatalf("%s: %v", st, err)
		}
	}
	s.Close()
	s2, err := OpenPostgres(ctx, dsn, Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer s2.Close()
	var v, n int
	if err := s2.DB().QueryRow("SELECT max(version) FROM petrel_schema").Scan(&v); err != nil {
		t.Fatal(err)
	}
	if err := s2.DB().QueryRow("SELECT count(*) FROM pg_indexes WHERE indexname = 'events_evidence_words' AND schemaname = current_schema()").Scan(&n); err != nil {
		t.Fatal(err)
	}
	if v != len(migrations) || n != 1 {
		t.Errorf("after migration: version %d, %d indexes; want %d, 1", v, n, len(migrations))
	}
	if err := s2.Vacuum(ctx); err != nil {
		t.Error(err)
	}
	if err := s2.DB().QueryRow("SELECT count(*) FROM event_records WHERE get_byte(record, 0) = 123").Scan(&n); err != nil || n != 0 {
		t.Errorf("after migration: %d plain records (%v), want 0", n, err)
	}
	checkEventsKept(t, ctx, s2, before)
}

// testSameAsSQLite stores the same synthetic documents in both backends
// and compares what the queries return.
func testSameAsSQLite(t *testing.T) {
	ctx := context.Background()
	pg := openPostgresTest(t, Options{})
	testPostgres = false
	lite := openTest(t, Options{})
	testPostgres = true
	var docs []*doc.Doc
	for i := range 60 {
		src := []string{"USAGOV", "CHNGOV", "RUSMIL", "UKRGOV"}[i%4]
		tgt := []string{"CHNGOV", "UKRGOV", "USAGOV"}[i%3]
		day := fmt.Sprintf("2025-05-%02d", 1+i%9)
		text := fmt.Sprintf("story %d: %s", i/2, strings.Repeat(fmt.Sprintf("word%d ", i/2), 30))
		docs = append(docs, testDoc(fmt.Sprintf("d%d", i), fmt.Sprintf("https://o%d.example/%d", i%3, i), fmt.Sprintf("o%d.example", i%3), text, day,
			testEvent(fmt.Sprintf("d%d-1", i), day, src, tgt, fmt.Sprintf("%03d", 10+i%7*10), 1+i%4, float64(i%10)-5, []string{"", "Kyiv", "Beijing"}[i%3])))
	}
	for _, s := range []Store{lite, pg} {
		for i := 0; i < len(docs); i += 16 {
			if _, err := s.PutDocuments(ctx, docs[i:min(i+16, len(docs))]); err != nil {
				t.Fatal(err)
			}
		}
		// Idempotent: the same documents again change nothing.
		ps, err := s.PutDocuments(ctx, docs)
		if err != nil || ps.Unchanged != len(docs) {
			t.Fatalf("second put: %+v %v", ps, err)
		}
	}
	same := func(name string, f func(Store) (any, error)) {
		a, err := f(lite)
		if err != nil {
			t.Fatalf("%s sqlite: %v", name, err)
		}
		b, err := f(pg)
		if err != nil {
			t.Fatalf("%s postgres: %v", name, err)
		}
		ja, _ := json.Marshal(a)
		jb, _ := json.Marshal(b)
		if string(ja) != string(jb) {
			t.Errorf("%s differs:\nsqlite   %.2000s\npostgres %.2000s", name, ja, jb)
		}
	}
	stripAdded := func(evs []Event) []Event {
		for i := range evs {
			evs[i].Added = time.Time{}
		}
		return evs
	}
	same("stats", func(s Store) (any, error) { return s.Stats(ctx) })
	same("events", func(s Store) (any, error) { e, err := s.Events(ctx, Query{Limit: -1}); return stripAdded(e), err })
	same("one-a-day", func(s Store) (any, error) {
		e, err := s.Events(ctx, Query{Limit: -1, OneADay: true})
		return stripAdded(e), err
	})
	same("filters", func(s Store) (any, error) {
		e, err := s.Events(ctx, Query{Filter: Filter{Actor: "USA*", Place: "kyiv", Text: "WORD1"}, Limit: -1})
		return stripAdded(e), err
	})
	same("mentions", func(s Store) (any, error) { return s.Mentions(ctx, 3) })
	same("dyad", func(s Store) (any, error) { return s.DyadSeries(ctx, SeriesQuery{Actor: "USA*", Grain: Week}) })
	same("top", func(s Store) (any, error) { return s.TopActors(ctx, TopQuery{}) })
	same("cci", func(s Store) (any, error) { return s.ConflictIndex(ctx, IndexQuery{}) })
}

func TestRebind(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{"SELECT a FROM t WHERE x = ? AND y = ?", "SELECT a FROM t WHERE x = $1 AND y = $2"},
		{"SELECT ?1 + ?1, ?2", "SELECT $1 + $1, $2"},
		{"SELECT '?' , ?", "SELECT '?' , $1"},
		{"INSERT OR IGNORE INTO t (a) VALUES (?),(?)", "INSERT INTO t (a) VALUES ($1),($2) ON CONFLICT DO NOTHING"},
		{"SELECT instr(lower(e), ?) > 0", "SELECT strpos(lower(e), $1) > 0"},
	} {
		if got := rebind(c.in); got != c.want {
			t.Errorf("rebind(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}

func TestPGSchema(t *testing.T) {
	got := pgSchema("CREATE TABLE x (\n\tk INTEGER PRIMARY KEY,\n\tv REAL,\n\tb BLOB,\n\ts TEXT NOT NULL\n) WITHOUT ROWID")
	want := "CREATE TABLE x (\n\tk BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,\n\tv DOUBLE PRECISION,\n\tb BYTEA,\n\ts TEXT COLLATE \"C\" NOT NULL\n)"
	if got != want {
		t.Errorf("pgSchema:\n%s\nwant\n%s", got, want)
	}
}
