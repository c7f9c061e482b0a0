package store

import (
	"context"
	"database/sql"
	"math/rand/v2"
	"path/filepath"
	"testing"
	"time"
)

// TestBandFilterProbes: every added hash is reported, and few others.
func TestBandFilterProbes(t *testing.T) {
	r := rand.New(rand.NewPCG(1, 2))
	f := newBandFilter(50_000)
	added := make([]int64, 50_000)
	for i := range added {
		added[i] = r.Int64()
		f.add(added[i])
	}
	for _, h := range added {
		if !f.mayHave(h) {
			t.Fatalf("added hash %d not reported", h)
		}
	}
	fp := 0
	for range 100_000 {
		if f.mayHave(r.Int64()) {
			fp++
		}
	}
	if rate := float64(fp) / 100_000; rate > 0.01 {
		t.Errorf("false positive rate %.4f, want at most 0.01", rate)
	}
}

// TestBandFilterCompaction compacts a large backlog (a fresh database)
// whose later chunks hold near-duplicates of documents of earlier ones,
// with the LSH bucket filter and without it and against storing directly:
// the three databases are equal, near-duplicates found. A commit by
// another connection between two chunks drops the filter for the rest of
// the compaction; without one it stays.
func TestBandFilterCompaction(t *testing.T) {
	if testPostgres {
		t.Skip("the ingest log is SQLite only")
	}
	ctx := context.Background()
	defer func(n int) { logChunk = n }(logChunk)
	logChunk = 23
	fixedNow := func() time.Time { return time.Unix(1_700_000_000, 0) }
	dir := t.TempDir()
	docs := synthDocs(31, 120)
	docs = append(docs, rewrite(docs[:40], "n", true)...)
	store := func(name string, opts Options) *SQLite {
		t.Helper()
		opts.Now = fixedNow
		s, err := Open(ctx, filepath.Join(dir, name), opts)
		if err != nil {
			t.Fatal(err)
		}
		for i := 0; i < len(docs); i += 7 {
			if _, err := s.PutDocuments(ctx, docs[i:min(i+7, len(docs))]); err != nil {
				t.Fatal(err)
			}
		}
		return s
	}
	ref := store("ref.db", Options{})
	defer ref.Close()
	if st, _ := ref.Stats(ctx); st.NearDuplicates == 0 {
		t.Fatalf("reference %+v: no near-duplicates, the test does not exercise the filter", st)
	}
	defer func() { noBandFilter, compactStop = false, nil }()
	for _, tc := range []struct {
		name          string
		off, foreign  bool
		wantFilterEnd bool
	}{
		{"filter", false, false, true},
		{"no filter", true, false, false},
		{"another connection commits", false, true, false},
	} {
		noBandFilter = tc.off
		app := store(tc.name+".db", Options{Append: true})
		chunks, filtered := 0, 0
		compactStop = func() bool {
			chunks++
			if app.bands != nil {
				filtered++
			}
			if tc.foreign && chunks == 2 {
				db, err := sql.Open("sqlite", "file:"+filepath.Join(dir, tc.name+".db"))
				if err != nil {
					t.Fatal(err)
				}
				for _, q := range []string{"CREATE TABLE foreign_write (x)", "DROP TABLE foreign_write"} {
					if _, err := db.ExecContext(ctx, q); err != nil {
						t.Fatal(err)
					}
				}
				db.Close()
			}
			return false
		}
		if _, err := app.Compact(ctx); err != nil {
			t.Fatal(err)
		}
		compactStop = nil
		switch {
		case chunks < 4:
			t.Errorf("%s: %d chunks, want several", tc.name, chunks)
		case tc.off && filtered > 0:
			t.Errorf("%s: a filter in %d chunks", tc.name, filtered)
		case !tc.off && !tc.foreign && filtered != chunks:
			t.Errorf("%s: a filter in %d of %d chunks, want all", tc.name, filtered, chunks)
		case tc.foreign && filtered != 2:
			t.Errorf("%s: a filter in %d of %d chunks, want the two before the other connection's commit", tc.name, filtered, chunks)
		}
		if app.bands != nil || app.pin != nil {
			t.Errorf("%s: the filter or the pinned connection outlived the compaction", tc.name)
		}
		compareContent(t, tc.name, app, ref)
		app.Close()
	}
}
