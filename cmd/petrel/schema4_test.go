package main

import (
	"compress/gzip"
	"context"
	"io"
	"os"
	"path/filepath"
	"testing"

	"github.com/petrel-events/petrel/store"
)

// TestSchema4Fixture migrates a database that petrel wrote at schema 4
// (testdata/schema4/schema4.db.gz: `petrel db synth --events 100`, then
// three invented texts ingested, one of them a near-duplicate) and checks
// that petrel query prints what the schema-4 petrel printed on it
// (testdata/schema4/*.out, made by that petrel before the migration).
func TestSchema4Fixture(t *testing.T) {
	dir := t.TempDir()
	db := filepath.Join(dir, "s4.db")
	gz, err := os.Open("testdata/schema4/schema4.db.gz")
	if err != nil {
		t.Fatal(err)
	}
	defer gz.Close()
	zr, err := gzip.NewReader(gz)
	if err != nil {
		t.Fatal(err)
	}
	f, err := os.Create(db)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := io.Copy(f, zr); err != nil {
		t.Fatal(err)
	}
	if err := f.Close(); err != nil {
		t.Fatal(err)
	}
	ctx := context.Background()
	if _, err := store.Open(ctx, db, store.Options{ReadOnly: true}); err == nil {
		t.Fatal("a schema-4 database opened read-only without migrating")
	}
	st, err := store.Open(ctx, db, store.Options{})
	if err != nil {
		t.Fatal(err)
	}
	stats, err := st.Stats(ctx)
	st.Close()
	if err != nil {
		t.Fatal(err)
	}
	if stats.SchemaVersion <= 4 || stats.Events != 108 {
		t.Fatalf("after migration: schema %d, %d events; want > 4 and 108", stats.SchemaVersion, stats.Events)
	}
	mentions := filepath.Join(dir, "mentions.tsv")
	for _, c := range []struct {
		golden string
		args   []string
	}{
		{"events-jsonl", []string{"-f", "jsonl", "--limit", "-1"}},
		{"events-csv", []string{"-f", "csv", "--limit", "-1"}},
		{"events-table", []string{"--limit", "-1"}},
		{"events-plover", []string{"-f", "plover", "--limit", "-1"}},
		{"events-gdelt", []string{"-f", "gdelt", "--limit", "-1", "--mentions", mentions}},
		{"events-text", []string{"--text", "diplomats", "-f", "jsonl"}},
		{"events-one-a-day", []string{"--one-a-day", "-f", "jsonl", "--limit", "-1"}},
		{"dyad-day", []string{"--agg", "dyad", "--actor", "AAX*", "--grain", "day", "-f", "jsonl"}},
		{"dyad-week", []string{"--agg", "dyad", "--actor", "AAX*", "--recipient", "ADX*", "--grain", "week", "-f", "jsonl"}},
		{"dyad-month-all", []string{"--agg", "dyad", "--grain", "month", "-f", "jsonl"}},
		{"top-actors", []string{"--agg", "top-actors", "-f", "jsonl"}},
		{"cci", []string{"--agg", "cci", "-f", "jsonl"}},
	} {
		out, log, err := runCLI(t, "", append([]string{"query", "--db", db}, c.args...)...)
		if err != nil {
			t.Fatalf("%s: %v\n%s", c.golden, err, log)
		}
		want, err := os.ReadFile(filepath.Join("testdata/schema4", c.golden+".out"))
		if err != nil {
			t.Fatal(err)
		}
		if out != string(want) {
			t.Errorf("%s: output differs from schema 4's:\n%s\nwant:\n%s", c.golden, out, want)
		}
	}
	// Vacuum gives the space the migration freed back.
	fi, err := os.Stat(db)
	if err != nil {
		t.Fatal(err)
	}
	if _, log, err := runCLI(t, "", "db", "vacuum", "--db", db); err != nil {
		t.Fatalf("vacuum: %v\n%s", err, log)
	}
	fi2, err := os.Stat(db)
	if err != nil {
		t.Fatal(err)
	}
	if fi2.Size() >= fi.Size() {
		t.Errorf("vacuum: %d bytes, %d before", fi2.Size(), fi.Size())
	}
	if out, _, err := runCLI(t, "", "query", "--db", db, "-f", "jsonl", "--limit", "-1"); err != nil || out != readFile(t, "testdata/schema4/events-jsonl.out") {
		t.Errorf("events after vacuum differ from schema 4's (%v)", err)
	}
	got, err := os.ReadFile(mentions)
	if err != nil {
		t.Fatal(err)
	}
	want, err := os.ReadFile("testdata/schema4/events-gdelt-mentions.out")
	if err != nil {
		t.Fatal(err)
	}
	if string(got) != string(want) {
		t.Errorf("GDELT mentions differ from schema 4's")
	}
}

func readFile(t *testing.T, name string) string {
	t.Helper()
	b, err := os.ReadFile(name)
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}
