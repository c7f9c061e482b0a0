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
