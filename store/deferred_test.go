package store

import (
	"context"
	"maps"
	"path/filepath"
	"testing"

	"github.com/petrel-events/petrel/doc"
)

// TestDeferredRollups stores new documents, merged copies, near-duplicates,
// re-ingests and changed documents (which delete events) in batches of 7
// with the rollups deferred (Options.RollupEvery) and without: after
// Finish the rollups, rollup_day, rollup_place and the text index equal
// their recomputation from the events and the rollups of the store that
// did not defer. A store dropped with increments pending (as by kill -9)
// and a second writer taking the pending increments over lose and
// duplicate nothing.
func TestDeferredRollups(t *testing.T) {
	if testPostgres {
		t.Skip("deferred rollups are SQLite only")
	}
	ctx := context.Background()
	steps := rollupSteps(300, 80, 50, 30)
	docs, merged, near, changed := steps[0].docs, steps[1].docs, steps[2].docs, steps[4].docs
	put := func(s *SQLite, docs []*doc.Doc) {
		t.Helper()
		for i := 0; i < len(docs); i += 7 {
			if _, err := s.PutDocuments(ctx, docs[i:min(i+7, len(docs))]); err != nil {
				t.Fatal(err)
			}
		}
	}
	pending := func(s *SQLite) bool {
		t.Helper()
		left, err := s.pendingLeft(ctx)
		if err != nil {
			t.Fatal(err)
		}
		return left
	}
	ref := openTest(t, Options{})
	def := openTest(t, Options{RollupEvery: 300})
	for _, st := range steps {
		put(ref, st.docs)
		put(def, st.docs)
		if st.name == "new" && !pending(def) {
			t.Error("nothing pending after the new documents: the test does not exercise deferring")
		}
		if err := def.Finish(ctx); err != nil {
			t.Fatal(err)
		}
		if pending(def) {
			t.Errorf("after %s: increments pending after Finish", st.name)
		}
		checkRollups(t, "deferred, after "+st.name, def.DB())
		if a, b := rollupRows(t, ref.DB()), rollupRows(t, def.DB()); !maps.Equal(a, b) {
			t.Errorf("after %s: the rollups of the deferring store (%d rows) and of the other (%d rows) differ", st.name, len(b), len(a))
		}
	}

	// A writer dropped with increments pending; the next Open applies them.
	path := filepath.Join(t.TempDir(), "k.db")
	a, err := Open(ctx, path, Options{RollupEvery: 1 << 30})
	if err != nil {
		t.Fatal(err)
	}
	put(a, docs[:100])
	if !pending(a) {
		t.Fatal("nothing pending")
	}
	a.db.Close() // no Finish, no Close: as killed
	b, err := Open(ctx, path, Options{})
	if err != nil {
		t.Fatal(err)
	}
	if pending(b) {
		t.Error("Open left the increments pending")
	}
	checkRollups(t, "after a dropped writer", b.DB())
	b.Close()

	// Two deferring writers take turns: each finds the other's token and
	// reads the pending events back instead of trusting its memory.
	a, err = Open(ctx, path, Options{RollupEvery: 1 << 30})
	if err != nil {
		t.Fatal(err)
	}
	b, err = Open(ctx, path, Options{RollupEvery: 1 << 30})
	if err != nil {
		t.Fatal(err)
	}
	put(a, docs[100:150])
	put(b, docs[150:200])
	put(a, docs[200:250])
	put(b, merged[:30])
	if err := a.Close(); err != nil {
		t.Fatal(err)
	}
	if pending(b) { // a applied b's too: b's memory is stale now
		t.Error("increments pending after a's Close")
	}
	// A writer that does not defer applies the pending increments first.
	c, err := Open(ctx, path, Options{})
	if err != nil {
		t.Fatal(err)
	}
	if pending(c) {
		t.Error("Open left the increments pending")
	}
	put(b, docs[250:300])
	put(c, near[:30])
	put(b, changed[:15])
	for _, s := range []*SQLite{b, c} {
		if err := s.Close(); err != nil {
			t.Fatal(err)
		}
	}
	c, err = Open(ctx, path, Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer c.Close()
	if pending(c) {
		t.Error("increments pending after every writer closed")
	}
	checkRollups(t, "after two deferring writers and one that does not", c.DB())
}
