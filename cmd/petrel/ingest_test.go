package main

import (
	"context"
	"encoding/json"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/petrel-events/petrel/internal/sharedtest"
	"github.com/petrel-events/petrel/store"
)

// TestMain lets the crash test run this test binary as the petrel command.
func TestMain(m *testing.M) {
	if os.Getenv("PETREL_TEST_AS_MAIN") == "1" {
		main()
		os.Exit(0)
	}
	os.Exit(m.Run())
}

// TestIngestSeedSyndicated is the store's acceptance test: the seed article
// ingested twice, then a syndicated copy (new headline, last paragraph cut)
// once: the number of events is unchanged and the mentions show 2 sources.
func TestIngestSeedSyndicated(t *testing.T) {
	seed := sharedtest.Path(t, "eval", "seed", "article.txt")
	dir := t.TempDir()
	db := filepath.Join(dir, "petrel.db")
	for i := range 2 {
		if _, log, err := runCLI(t, "", "ingest", "--db", db, "--published", "2025-09-06", seed); err != nil {
			t.Fatalf("ingest %d: %v\n%s", i+1, err, log)
		}
	}
	ctx := context.Background()
	st, err := store.Open(ctx, db, store.Options{ReadOnly: true})
	if err != nil {
		t.Fatal(err)
	}
	before, _ := st.Stats(ctx)
	st.Close()
	if before.Documents != 1 || before.Events == 0 {
		t.Fatalf("after the seed twice: %+v", before)
	}

	// The syndicated copy: a new headline, the last real paragraph cut.
	b, err := os.ReadFile(seed)
	if err != nil {
		t.Fatal(err)
	}
	paras := strings.Split(strings.TrimSpace(string(b)), "\n")
	for len(paras) > 1 {
		last := paras[len(paras)-1]
		paras = paras[:len(paras)-1]
		if len(strings.Fields(last)) >= 20 {
			break
		}
	}
	copyText := "Kremlin warns Western peacekeepers would be targets\n" + strings.Join(paras, "\n")
	rec, _ := json.Marshal(map[string]string{
		"id": "wire-0001", "url": "https://wire.example/world/kremlin-warns", "source": "wire.example",
		"title": "Kremlin warns Western peacekeepers would be targets", "published": "2025-09-06", "text": copyText,
	})
	copyPath := filepath.Join(dir, "copy.jsonl")
	if err := os.WriteFile(copyPath, append(rec, '\n'), 0o644); err != nil {
		t.Fatal(err)
	}
	if _, log, err := runCLI(t, "", "ingest", "--db", db, copyPath); err != nil {
		t.Fatalf("ingest copy: %v\n%s", err, log)
	}

	st, err = store.Open(ctx, db, store.Options{ReadOnly: true})
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	after, _ := st.Stats(ctx)
	if after.Events != before.Events {
		t.Errorf("events %d after the copy, %d before", after.Events, before.Events)
	}
	if after.Documents != 2 || after.NearDuplicates != 1 {
		t.Errorf("documents after the copy: %+v", after)
	}
	d, err := st.Document(ctx, "wire-0001")
	if err != nil || d.DuplicateOf == "" {
		t.Errorf("copy not recorded as a near-duplicate: %+v %v", d, err)
	}
	evs, err := st.Events(ctx, store.Query{Limit: -1})
	if err != nil {
		t.Fatal(err)
	}
	twoSources := 0
	for _, e := range evs {
		ms, err := st.Mentions(ctx, e.ID)
		if err != nil {
			t.Fatal(err)
		}
		outlets := map[string]bool{}
		for _, m := range ms {
			outlets[m.Outlet] = true
		}
		if len(outlets) != e.NumSources {
			t.Errorf("event %d: NumSources %d, mentions from %d outlets", e.ID, e.NumSources, len(outlets))
		}
		if e.NumSources == 2 {
			twoSources++
		}
	}
	if twoSources == 0 {
		t.Errorf("no event has mentions from 2 sources: %+v", evs)
	}
	t.Logf("%d events, %d with 2 sources; copy Jaccard %.2f", len(evs), twoSources, d.Jaccard)
}

// crashCorpus writes a JSON lines corpus of n short reports.
func crashCorpus(t *testing.T, path string, n int) {
	t.Helper()
	templates := []string{
		"Russian forces shelled the city of %s on Monday, officials said.",
		"Protesters clashed with police in %s on Wednesday.",
		"Iran accused Israel of carrying out an air strike near %s.",
		"China warned the United States against arms sales to Taiwan, a spokesman in %s said.",
		"French President Emmanuel Macron met the Polish prime minister in %s on Tuesday.",
	}
	cities := []string{"Kharkiv", "Nairobi", "Damascus", "Beijing", "Warsaw", "Odesa", "Cairo", "Lagos", "Kabul", "Caracas", "Manila"}
	var sb strings.Builder
	for i := range n {
		a := fmt.Sprintf(templates[i%len(templates)], cities[i%len(cities)])
		b := fmt.Sprintf(templates[(i/3)%len(templates)], cities[(i/7)%len(cities)])
		pub := time.Date(2025, 3, 1, 0, 0, 0, 0, time.UTC).AddDate(0, 0, i%40).Format(time.DateOnly)
		rec, _ := json.Marshal(map[string]string{
			"id": fmt.Sprintf("doc-%04d", i), "source": fmt.Sprintf("outlet%d.example", i%4), "published": pub,
			"text": fmt.Sprintf("Report %d. %s %s", i, a, b),
		})
		sb.Write(rec)
		sb.WriteByte('\n')
	}
	if err := os.WriteFile(path, []byte(sb.String()), 0o644); err != nil {
		t.Fatal(err)
	}
}

// dump is a canonical description of a database's contents.
func dump(t *testing.T, db string) (store.Stats, []string) {
	t.Helper()
	ctx := context.Background()
	st, err := store.Open(ctx, db, store.Options{ReadOnly: true})
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	stats, err := st.Stats(ctx)
	if err != nil {
		t.Fatal(err)
	}
	evs, err := st.Events(ctx, store.Query{Limit: -1})
	if err != nil {
		t.Fatal(err)
	}
	var out []string
	for _, e := range evs {
		r := e.Record
		src, tgt := "", ""
		if len(r.Actors) > 0 {
			src = r.Actors[0].Code
		}
		if len(r.Recipients) > 0 {
			tgt = r.Recipients[0].Code
		}
		out = append(out, fmt.Sprintf("%s %s>%s %s m%d s%d a%d first=%s", e.Day.Format(time.DateOnly), src, tgt, r.CAMEO.Code, e.NumMentions, e.NumSources, e.NumArticles, e.FirstDocID))
	}
	slices.Sort(out)
	return stats, out
}

// TestIngestKill9 runs petrel ingest as a subprocess, kills it with
// SIGKILL in the middle of the run, runs it again, and checks that the
// database holds exactly what an uninterrupted run stores: the events and
// counts, and the rollups and text index (also with the rollups deferred
// for the whole run, --rollup-every, so that the kill leaves increments
// pending, and through the ingest log, --append, so that it leaves
// documents logged and not stored, or kills a compaction).
func TestIngestKill9(t *testing.T) {
	if testing.Short() {
		t.Skip("subprocess test")
	}
	for _, tc := range []struct {
		name  string
		flags []string
	}{{"rollups every batch", nil}, {"rollups deferred", []string{"--rollup-every", "100000"}},
		{"ingest log", []string{"--append", "--compact-every", "60"}}} {
		t.Run(tc.name, func(t *testing.T) { testIngestKill9(t, tc.flags) })
	}
}

func testIngestKill9(t *testing.T, flags []string) {
	dir := t.TempDir()
	corpus := filepath.Join(dir, "corpus.jsonl")
	const n = 240
	crashCorpus(t, corpus, n)
	ingestCmd := func(db string, flags ...string) *exec.Cmd {
		c := exec.Command(os.Args[0], append(append([]string{"ingest", "--db", db, "--batch", "8", "-j", "1"}, flags...), corpus)...)
		c.Env = append(os.Environ(), "PETREL_TEST_AS_MAIN=1")
		return c
	}
	ref := filepath.Join(dir, "ref.db")
	if out, err := ingestCmd(ref).CombinedOutput(); err != nil {
		t.Fatalf("reference run: %v\n%s", err, out)
	}
	refStats, refDump := dump(t, ref)
	if refStats.Documents != n || refStats.Events == 0 {
		t.Fatalf("reference run stored %+v", refStats)
	}

	db := filepath.Join(dir, "crash.db")
	c := ingestCmd(db, flags...)
	if err := c.Start(); err != nil {
		t.Fatal(err)
	}
	// Kill it once some batches, but not all, are committed.
	deadline := time.Now().Add(60 * time.Second)
	var killedAt int64
	for time.Now().Before(deadline) {
		time.Sleep(20 * time.Millisecond)
		if docs := countDocs(db); docs >= 3*8 {
			killedAt = docs
			break
		}
	}
	if err := c.Process.Signal(syscall.SIGKILL); err != nil {
		t.Fatal(err)
	}
	c.Wait()
	if killedAt == 0 || killedAt >= n {
		t.Fatalf("could not kill the run in the middle (documents stored: %d)", countDocs(db))
	}
	mid := countDocs(db)
	if st, err := store.Open(context.Background(), db, store.Options{ReadOnly: true}); err == nil {
		s, _ := st.Stats(context.Background())
		st.Close()
		t.Logf("killed with %d of %d documents stored or logged (%d in the ingest log)", mid, n, s.Pending)
	}
	if mid >= n {
		t.Skip("the run finished before the kill landed")
	}
	if out, err := ingestCmd(db, flags...).CombinedOutput(); err != nil {
		t.Fatalf("re-run: %v\n%s", err, out)
	}
	if got, want := derivedDump(t, db), derivedDump(t, ref); !slices.Equal(got, want) {
		t.Errorf("rollups and text index differ from the uninterrupted run's (%d against %d rows)", len(got), len(want))
	}
	gotStats, gotDump := dump(t, db)
	refStats.SchemaVersion, gotStats.SchemaVersion = 0, 0
	if gotStats != refStats {
		t.Errorf("after kill and re-run: %+v, want %+v", gotStats, refStats)
	}
	if !slices.Equal(gotDump, refDump) {
		t.Errorf("events differ from the uninterrupted run:\ngot  %d\nwant %d", len(gotDump), len(refDump))
		for i := 0; i < min(len(gotDump), len(refDump)); i++ {
			if gotDump[i] != refDump[i] {
				t.Errorf("first difference: %q vs %q", gotDump[i], refDump[i])
				break
			}
		}
	}
}

// derivedDump lists the rows of the rollup tables (Goldstein sums rounded
// to 6 decimals) and the text index's answers to a few words.
func derivedDump(t *testing.T, db string) []string {
	t.Helper()
	ctx := context.Background()
	st, err := store.Open(ctx, db, store.Options{ReadOnly: true})
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	var out []string
	for _, q := range []string{
		"SELECT 'dyad', grain, src_code, tgt_code, period, n, round(goldstein, 6), q1, q2, q3, q4 FROM rollup_dyad WHERE n <> 0",
		"SELECT 'actor', grain, role, period, code, n, round(goldstein, 6), q1, q2, q3, q4 FROM rollup_actor WHERE n <> 0",
		"SELECT 'pair', grain, period, src_country, tgt_country, n, round(goldstein, 6), coop, conflict, 0, 0 FROM rollup_pair WHERE n <> 0",
		"SELECT 'day', day, quad_class, plover_type, cameo_root, n, round(goldstein, 6), 0, 0, 0, 0 FROM rollup_day WHERE n <> 0",
		"SELECT 'place', month, loc_country, loc_name, located, n, round(goldstein, 6), lat, lon, 0, 0 FROM rollup_place WHERE n <> 0",
		"SELECT 'fts', w, count(*), 0, 0, 0, 0, 0, 0, 0, 0 FROM (SELECT 'said' AS w UNION ALL SELECT 'the' UNION ALL SELECT 'minister') JOIN events_fts ON events_fts MATCH w GROUP BY w",
		// The indexes, in their order on each table (a compaction of a
		// large backlog drops some and builds them again).
		"SELECT 'index', tbl_name, name, sql, 0, 0, 0, 0, 0, 0, 0 FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL ORDER BY tbl_name, rowid",
	} {
		rows, err := st.DB().QueryContext(ctx, q)
		if err != nil {
			t.Fatal(err)
		}
		for rows.Next() {
			v := make([]any, 11)
			p := make([]any, len(v))
			for i := range v {
				p[i] = &v[i]
			}
			if err := rows.Scan(p...); err != nil {
				t.Fatal(err)
			}
			out = append(out, fmt.Sprint(v...))
		}
		rows.Close()
	}
	slices.Sort(out)
	return out
}

// countDocs counts the committed documents of a database being written,
// or returns 0 when it cannot be read yet.
func countDocs(db string) int64 {
	if _, err := os.Stat(db); err != nil {
		return 0
	}
	ctx := context.Background()
	st, err := store.Open(ctx, db, store.Options{ReadOnly: true, BusyTimeout: 50 * time.Millisecond})
	if err != nil {
		return 0
	}
	defer st.Close()
	s, err := st.Stats(ctx)
	if err != nil {
		return 0
	}
	return s.Documents + s.Pending // stored or in the ingest log (--append)
}
