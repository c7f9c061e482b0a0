package store

import (
	"context"
	"errors"
	"maps"
	"path/filepath"
	"slices"
	"testing"
	"time"

	"github.com/petrel-events/petrel/doc"
)

// tableRows reads a query's rows as strings, in its order.
func tableRows(t *testing.T, s *SQLite, q string) []string {
	t.Helper()
	rows, err := s.DB().Query(q)
	if err != nil {
		t.Fatal(err)
	}
	defer rows.Close()
	var out []string
	for rows.Next() {
		var v string
		if err := rows.Scan(&v); err != nil {
			t.Fatal(err)
		}
		out = append(out, v)
	}
	return out
}

// contentQueries dump the stored documents, events with their records,
// mentions, rollup_day, rollup_place, LSH rows and the schema, in key order.
var contentQueries = []string{
	"SELECT id || '|' || url || '|' || outlet || '|' || content_hash || '|' || coalesce(duplicate_of, '') || '|' || coalesce(jaccard, '') FROM documents ORDER BY doc_key",
	"SELECT event_id || '|' || merge_key || '|' || day || '|' || src_code || '|' || tgt_code || '|' || num_mentions || '|' || num_sources || '|' || num_articles || '|' || first_doc || '|' || hex(record) FROM events JOIN event_records USING (event_id) ORDER BY event_id",
	"SELECT event_id || '|' || doc_key || '|' || sentence || '|' || start || '|' || \"end\" || '|' || outlet || '|' || near_dup FROM event_mentions ORDER BY 1",
	"SELECT day || '|' || quad_class || '|' || plover_type || '|' || cameo_root || '|' || n || '|' || round(goldstein, 6) FROM rollup_day WHERE n <> 0 ORDER BY day, quad_class, plover_type, cameo_root",
	"SELECT month || '|' || loc_country || '|' || loc_name || '|' || located || '|' || lat || '|' || lon || '|' || n || '|' || round(goldstein, 6) FROM rollup_place WHERE n <> 0 ORDER BY 1",
	"SELECT band_hash || '|' || doc_key FROM doc_lsh ORDER BY 1",
	"SELECT type || '|' || name || '|' || coalesce(sql, '') FROM sqlite_master WHERE name NOT LIKE 'sqlite_%' ORDER BY name",
}

// compareContent checks that a and b hold the same rows of contentQueries
// and the same text index answers.
func compareContent(t *testing.T, label string, a, b *SQLite) {
	t.Helper()
	for _, q := range contentQueries {
		ra, rb := tableRows(t, a, q), tableRows(t, b, q)
		if len(ra) == 0 {
			t.Errorf("%s: no rows: %s", label, q)
		}
		if len(ra) != len(rb) {
			t.Errorf("%s: %d rows, against %d: %s", label, len(ra), len(rb), q)
			continue
		}
		for i := range ra {
			if ra[i] != rb[i] {
				t.Errorf("%s: row %d differs: %q, against %q (%s)", label, i, ra[i], rb[i], q)
				break
			}
		}
	}
	// The same indexes, in the same order on each table (a compaction or
	// a bulk load drops some and builds them again; the query planner
	// breaks ties by this order).
	q := "SELECT tbl_name || ' ' || name || ' ' || sql FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL ORDER BY tbl_name, rowid"
	if ia, ib := tableRows(t, a, q), tableRows(t, b, q); !slices.Equal(ia, ib) {
		t.Errorf("%s: indexes differ:\n%q\nagainst\n%q", label, ia, ib)
	}
	for _, w := range []string{"harbour", "talks"} {
		q := "SELECT count(*) FROM events_fts WHERE events_fts MATCH '" + w + "'"
		if ra, rb := tableRows(t, a, q), tableRows(t, b, q); ra[0] != rb[0] {
			t.Errorf("%s: %q matches %s events, against %s", label, w, ra[0], rb[0])
		}
	}
}

// TestBulkMatchesIncremental stores the same steps (new documents, merged
// copies, near-duplicates, re-ingests, changed documents) in a bulk load
// and incrementally: after Finish the two databases hold the same
// documents, events, mentions and rollups, row for row, and the text
// index passes its integrity check; writes after Finish keep them equal.
func TestBulkMatchesIncremental(t *testing.T) {
	if testPostgres {
		t.Skip("bulk mode is SQLite only")
	}
	ctx := context.Background()
	defer func(n int) { bulkChunkEvents = n }(bulkChunkEvents)
	bulkChunkEvents = 997 // several chunks, sharing rollup keys
	docs := synthDocs(11, 500)
	changed := make([]*doc.Doc, 40)
	for i, c := range synthDocs(12, 40) {
		cc := *c
		cc.ID = docs[i*7].ID
		changed[i] = &cc
	}
	steps := [][]*doc.Doc{docs[:250], rewrite(docs[:120], "m", false), rewrite(docs[120:220], "n", true), docs[200:], docs[:100], changed}
	fixedNow := func() time.Time { return time.Unix(1_700_000_000, 0) }
	dir := t.TempDir()
	open := func(name string, bulk bool) *SQLite {
		s, err := Open(ctx, filepath.Join(dir, name), Options{Bulk: bulk, Now: fixedNow})
		if err != nil {
			t.Fatal(err)
		}
		return s
	}
	inc, bulk := open("inc.db", false), open("bulk.db", true)
	defer inc.Close()
	defer bulk.Close()
	for _, st := range steps {
		for i := 0; i < len(st); i += 50 {
			for _, s := range []*SQLite{inc, bulk} {
				if _, err := s.PutDocuments(ctx, st[i:min(i+50, len(st))]); err != nil {
					t.Fatal(err)
				}
			}
		}
	}
	var n int64
	if err := bulk.DB().QueryRow("SELECT count(*) FROM rollup_dyad").Scan(&n); err != nil || n != 0 {
		t.Errorf("rollup_dyad before Finish: %d rows (%v), want 0", n, err)
	}
	if _, err := Open(ctx, filepath.Join(dir, "bulk.db"), Options{}); !errors.Is(err, ErrBulkUnfinished) {
		t.Errorf("open during a bulk load: %v, want ErrBulkUnfinished", err)
	}
	if err := bulk.Finish(ctx); err != nil {
		t.Fatal(err)
	}
	compare := func(label string) {
		t.Helper()
		checkRollups(t, label+", bulk", bulk.DB())
		checkRollups(t, label+", incremental", inc.DB())
		if a, b := rollupRows(t, bulk.DB()), rollupRows(t, inc.DB()); !maps.Equal(a, b) {
			t.Errorf("%s: rollups of the bulk load (%d rows) and the incremental one (%d) differ", label, len(a), len(b))
		}
		compareContent(t, label, bulk, inc)
	}
	compare("after Finish")
	st, _ := inc.Stats(ctx)
	if st.NearDuplicates == 0 {
		t.Error("no near-duplicates: the test does not exercise them")
	}
	for _, s := range []*SQLite{inc, bulk} {
		if _, err := s.PutDocuments(ctx, append(synthDocs(13, 60), rewrite(docs[300:360], "x", false)...)); err != nil {
			t.Fatal(err)
		}
	}
	compare("after more documents")

	if err := bulk.Close(); err != nil {
		t.Fatal(err)
	}
	if _, err := Open(ctx, filepath.Join(dir, "bulk.db"), Options{Bulk: true}); !errors.Is(err, ErrBulkNotEmpty) {
		t.Errorf("bulk open of a database with events: %v, want ErrBulkNotEmpty", err)
	}
}
