package main

import (
	"context"
	"path/filepath"
	"strings"
	"testing"

	"github.com/petrel-events/petrel/doc"
	"github.com/petrel-events/petrel/store"
)

// TestDBSynth builds a synthetic database and compares it with the same
// documents stored by PutDocuments.
func TestDBSynth(t *testing.T) {
	dir := t.TempDir()
	db := filepath.Join(dir, "synth.db")
	out, log, err := runCLI(t, "", "db", "synth", "--events", "2000", "--batch", "70", "--cache-mb", "16", "--db", db)
	if err != nil {
		t.Fatalf("%v\n%s", err, log)
	}
	if !strings.Contains(out, "stored 2000 events") {
		t.Errorf("output %q", out)
	}
	ctx := context.Background()
	ref, err := store.Open(ctx, filepath.Join(dir, "ref.db"), store.Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer ref.Close()
	g := store.NewSynth(1)
	for n := 0; n < 2000; {
		var docs []*doc.Doc
		for len(docs) < 70 && n < 2000 {
			docs = append(docs, g.Doc())
			n += g.EventsPerDoc
		}
		if _, err := ref.PutDocuments(ctx, docs); err != nil {
			t.Fatal(err)
		}
	}
	st, err := store.Open(ctx, db, store.Options{ReadOnly: true})
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	a, err := st.Stats(ctx)
	if err != nil {
		t.Fatal(err)
	}
	b, err := ref.Stats(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if a.Mentions != 2000 || a.Events != b.Events || a.Documents != b.Documents || a.Mentions != b.Mentions {
		t.Errorf("synth %+v, stored one batch after the other %+v", a, b)
	}
}

// TestDBSynthAppend builds the same synthetic database through the ingest
// log (--append, compacted at the end, and every 600 events): the same
// counts as storing directly, nothing left in the log; petrel db compact
// then has nothing to do, and petrel query warns about logged documents.
func TestDBSynthAppend(t *testing.T) {
	dir := t.TempDir()
	ctx := context.Background()
	stats := func(db string) store.Stats {
		t.Helper()
		st, err := store.Open(ctx, db, store.Options{ReadOnly: true})
		if err != nil {
			t.Fatal(err)
		}
		defer st.Close()
		s, err := st.Stats(ctx)
		if err != nil {
			t.Fatal(err)
		}
		s.SchemaVersion = 0
		return s
	}
	ref := filepath.Join(dir, "ref.db")
	if _, log, err := runCLI(t, "", "db", "synth", "--events", "2000", "--batch", "70", "--cache-mb", "16", "--db", ref); err != nil {
		t.Fatalf("%v\n%s", err, log)
	}
	for _, flags := range [][]string{{"--append"}, {"--append", "--compact-every", "600"}} {
		db := filepath.Join(dir, strings.Join(flags, "")+".db")
		out, log, err := runCLI(t, "", append([]string{"db", "synth", "--events", "2000", "--batch", "70", "--cache-mb", "16", "--db", db}, flags...)...)
		if err != nil {
			t.Fatalf("%v\n%s", err, log)
		}
		if !strings.Contains(out, "stored 2000 events") || (len(flags) == 1 && !strings.Contains(out, "appended 2000 events")) {
			t.Errorf("%v: output %q", flags, out)
		}
		if a, b := stats(db), stats(ref); a != b || a.Pending != 0 {
			t.Errorf("%v: %+v, stored directly %+v", flags, a, b)
		}
		out, log, err = runCLI(t, "", "db", "compact", "--db", db)
		if err != nil || !strings.Contains(out, "compacted: 0 documents stored") {
			t.Errorf("%v: db compact: %v %q\n%s", flags, err, out, log)
		}
	}
	// Documents logged and not compacted: query warns, compact stores them.
	st, err := store.Open(ctx, filepath.Join(dir, "log.db"), store.Options{Append: true})
	if err != nil {
		t.Fatal(err)
	}
	g := store.NewSynth(1)
	if _, err := st.PutDocuments(ctx, []*doc.Doc{g.Doc(), g.Doc()}); err != nil {
		t.Fatal(err)
	}
	st.DB().Close() // as killed: no compaction at Close
	_, log, err := runCLI(t, "", "query", "--db", filepath.Join(dir, "log.db"))
	if err != nil || !strings.Contains(log, "petrel db compact") {
		t.Errorf("query on a database with logged documents: %v, log %q", err, log)
	}
	out, log, err := runCLI(t, "", "db", "compact", "--db", filepath.Join(dir, "log.db"))
	if err != nil || !strings.Contains(out, "compacted: 2 documents stored") {
		t.Errorf("db compact: %v %q\n%s", err, out, log)
	}
}
