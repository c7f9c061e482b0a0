package store

import (
	"cmp"
	"context"
	"database/sql"
	"fmt"
	"maps"
	"math"
	"math/rand/v2"
	"slices"
	"strings"
	"testing"

	"github.com/petrel-events/petrel/doc"
)

// rollupRows reads the kept rollups (rows with n <> 0) as "table|key" →
// values; a row with n = 0 must be all zeros and is left out.
func rollupRows(t *testing.T, db *sql.DB) map[string]string {
	t.Helper()
	out := map[string]string{}
	for _, q := range []struct{ name, sql string }{
		{"dyad", "SELECT grain || '|' || src_code || '|' || tgt_code || '|' || period, n, goldstein, q1, q2, q3, q4 FROM rollup_dyad"},
		{"actor", "SELECT grain || '|' || role || '|' || code || '|' || period, n, goldstein, q1, q2, q3, q4 FROM rollup_actor"},
		{"pair", "SELECT grain || '|' || src_country || '|' || tgt_country || '|' || period, n, goldstein, coop, conflict, 0, 0 FROM rollup_pair"},
	} {
		rows, err := db.Query(q.sql)
		if err != nil {
			t.Fatal(err)
		}
		for rows.Next() {
			var k string
			var n, a, b, c, d int64
			var g float64
			if err := rows.Scan(&k, &n, &g, &a, &b, &c, &d); err != nil {
				t.Fatal(err)
			}
			v := fmt.Sprint(n, math.Round(g*1e6), a, b, c, d)
			if n == 0 {
				if v != fmt.Sprint(0, math.Round(0), 0, 0, 0, 0) && v != fmt.Sprint(0, math.Round(-0.0), 0, 0, 0, 0) {
					t.Errorf("%s %s: empty row with values %s", q.name, k, v)
				}
				continue
			}
			out[q.name+"|"+k] = v
		}
		rows.Close()
	}
	return out
}

// recomputedRollups computes the rollups from the events table in one pass.
func recomputedRollups(t *testing.T, db *sql.DB) map[string]string {
	t.Helper()
	type val struct {
		n    int64
		gold float64
		q    [4]int64
	}
	acc := map[string]*val{}
	add := func(k string, quad int, gold float64, pair bool) {
		v := acc[k]
		if v == nil {
			v = &val{}
			acc[k] = v
		}
		v.n++
		v.gold += gold
		switch {
		case pair && (quad == 1 || quad == 2):
			v.q[0]++
		case pair && (quad == 3 || quad == 4):
			v.q[1]++
		case !pair && quad >= 1 && quad <= 4:
			v.q[quad-1]++
		}
	}
	rows, err := db.Query("SELECT day, src_code, tgt_code, src_country, tgt_country, quad_class, goldstein FROM events")
	if err != nil {
		t.Fatal(err)
	}
	for rows.Next() {
		var day int64
		var sc, tc, scn, tcn string
		var quad int
		var gold float64
		if err := rows.Scan(&day, &sc, &tc, &scn, &tcn, &quad, &gold); err != nil {
			t.Fatal(err)
		}
		for _, g := range rollupGrains {
			p := periodOf(g, day)
			add(fmt.Sprintf("dyad|%d|%s|%s|%d", g, sc, tc, p), quad, gold, false)
			for role, code := range [2]string{sc, tc} {
				if code != "" {
					add(fmt.Sprintf("actor|%d|%d|%s|%d", g, role, code, p), quad, gold, false)
				}
			}
			if scn != "" && tcn != "" {
				add(fmt.Sprintf("pair|%d|%s|%s|%d", g, scn, tcn, p), quad, gold, true)
			}
		}
	}
	rows.Close()
	out := map[string]string{}
	for k, v := range acc {
		out[k] = fmt.Sprint(v.n, math.Round(v.gold*1e6), v.q[0], v.q[1], v.q[2], v.q[3])
	}
	return out
}

// checkRollups fails unless every rollup table equals its recomputation
// from the events, and the trigger-kept ones and the text index agree too.
func checkRollups(t *testing.T, label string, db *sql.DB) {
	t.Helper()
	got, want := rollupRows(t, db), recomputedRollups(t, db)
	if len(want) == 0 {
		t.Fatalf("%s: no rollups", label)
	}
	bad := 0
	for _, k := range slices.Sorted(maps.Keys(want)) {
		if got[k] != want[k] {
			if bad++; bad <= 5 {
				t.Errorf("%s: %s = %q, recomputed %q", label, k, got[k], want[k])
			}
		}
	}
	for k := range got {
		if _, ok := want[k]; !ok {
			if bad++; bad <= 5 {
				t.Errorf("%s: %s = %q, not in the recomputation", label, k, got[k])
			}
		}
	}
	if bad > 0 {
		t.Errorf("%s: %d of %d rollup rows differ", label, bad, len(want))
	}
	if !testPostgres {
		checkDerived(t, db)
	}
}

// rewrite returns copies of docs under new IDs from another outlet, with
// their last sentence cut (near-duplicates when enough text is left) or
// with a new text (events that merge with the originals').
func rewrite(docs []*doc.Doc, prefix string, cut bool) []*doc.Doc {
	out := make([]*doc.Doc, len(docs))
	for i, d := range docs {
		c := *d
		c.ID = prefix + d.ID
		c.Source = prefix + ".example"
		c.Events = slices.Clone(d.Events)
		if cut {
			if j := strings.LastIndex(strings.TrimSuffix(c.Text, "."), "."); j > 0 {
				c.Text = c.Text[:j+1]
				for len(c.Events) > 0 && c.Events[len(c.Events)-1].Evidence.End > len(c.Text) {
					c.Events = c.Events[:len(c.Events)-1]
				}
			}
		} else {
			c.Text = "Another telling: " + c.Text
			for k := range c.Events {
				e := &c.Events[k]
				e.ID = c.ID + e.ID
				e.Evidence.Start += len("Another telling: ")
				e.Evidence.End += len("Another telling: ")
			}
		}
		out[i] = &c
	}
	return out
}

// rollupStep is one batch of documents a rollup test stores.
type rollupStep struct {
	name string
	docs []*doc.Doc
}

// rollupSteps returns the steps the rollup tests store: n new documents,
// merged copies of the first merged, near-duplicates of the next near,
// the first half again, and changed versions of every fifth.
func rollupSteps(n, merged, near, changed int) []rollupStep {
	docs := synthDocs(7, n)
	ch := make([]*doc.Doc, changed)
	for i := range ch {
		c := *synthDocs(8, changed)[i]
		c.ID = docs[i*5].ID
		ch[i] = &c
	}
	return []rollupStep{
		{"new", docs}, {"merged copies", rewrite(docs[:merged], "m", false)},
		{"near-duplicates", rewrite(docs[merged:merged+near], "n", true)},
		{"again", docs[:n/2]}, {"changed", ch},
	}
}

// TestRollupsMatchRecompute stores the same documents in one large batch
// (the bulk path of petrel db synth) and in small batches (petrel ingest),
// then merged copies, near-duplicates, re-ingests and changed documents:
// after each step every rollup equals its recomputation from the events,
// and both databases hold the same rollups and counts.
func TestRollupsMatchRecompute(t *testing.T) {
	ctx := context.Background()
	steps := rollupSteps(600, 150, 100, 60)
	bulk, small := openTest(t, Options{}), openTest(t, Options{})
	for _, st := range steps {
		if _, err := bulk.PutDocuments(ctx, st.docs); err != nil {
			t.Fatal(err)
		}
		for i := 0; i < len(st.docs); i += 7 {
			if _, err := small.PutDocuments(ctx, st.docs[i:min(i+7, len(st.docs))]); err != nil {
				t.Fatal(err)
			}
		}
		checkRollups(t, "one batch, after "+st.name, bulk.DB())
		checkRollups(t, "batches of 7, after "+st.name, small.DB())
		a, b := rollupRows(t, bulk.DB()), rollupRows(t, small.DB())
		if !maps.Equal(a, b) {
			t.Errorf("after %s: the rollups of one batch (%d rows) and of batches of 7 (%d rows) differ", st.name, len(a), len(b))
		}
		sa, err := bulk.Stats(ctx)
		if err != nil {
			t.Fatal(err)
		}
		sb, err := small.Stats(ctx)
		if err != nil {
			t.Fatal(err)
		}
		if sa.Events != sb.Events || sa.Mentions != sb.Mentions || sa.NearDuplicates != sb.NearDuplicates {
			t.Errorf("after %s: one batch %+v, batches of 7 %+v", st.name, sa, sb)
		}
	}
	checkSeries(t, small) // the two stores' rollups are equal (above)
	st, _ := small.Stats(ctx)
	if st.NearDuplicates == 0 {
		t.Error("no near-duplicates stored: the test does not exercise them")
	}
	var merges int
	if err := small.DB().QueryRow("SELECT count(*) FROM events WHERE num_articles > 1").Scan(&merges); err != nil || merges == 0 {
		t.Errorf("no merged events (%v): the test does not exercise merging", err)
	}
}

// checkSeries compares dyad series (day, week and month; exact codes,
// prefixes, one side and none; whole and partial ranges) with their
// recomputation from the events (weeks and months are whole periods of
// the rollups plus the days at the range's ends).
func checkSeries(t *testing.T, s *SQLite) {
	t.Helper()
	ctx := context.Background()
	type ev struct {
		day       int64
		src, tgt  string
		quad      int
		goldstein float64
	}
	var evs []ev
	rows, err := s.DB().Query("SELECT day, src_code, tgt_code, quad_class, goldstein FROM events")
	if err != nil {
		t.Fatal(err)
	}
	for rows.Next() {
		var e ev
		if err := rows.Scan(&e.day, &e.src, &e.tgt, &e.quad, &e.goldstein); err != nil {
			t.Fatal(err)
		}
		evs = append(evs, e)
	}
	rows.Close()
	var src, tgt string
	var lo, hi int64
	if err := s.DB().QueryRow("SELECT src_code, tgt_code FROM events WHERE src_code <> '' AND tgt_code <> '' GROUP BY 1, 2 ORDER BY count(*) DESC, 1, 2 LIMIT 1").Scan(&src, &tgt); err != nil {
		t.Fatal(err)
	}
	if err := s.DB().QueryRow("SELECT min(day), max(day) FROM events").Scan(&lo, &hi); err != nil {
		t.Fatal(err)
	}
	match := func(code, q string) bool {
		if p, ok := strings.CutSuffix(q, "*"); ok {
			return strings.HasPrefix(code, p)
		}
		return q == "" || code == q
	}
	for _, q := range []SeriesQuery{{Actor: src, Recipient: tgt}, {Actor: src[:3] + "*", Recipient: tgt[:3] + "*"}, {Actor: src, Recipient: "*"}, {Recipient: tgt}, {}} {
		for _, g := range []Grain{Day, Week, Month} {
			for _, r := range [][2]int64{{lo, hi}, {lo + 3, hi - 4}, {lo + 9, lo + 9}} {
				q.Grain, q.From, q.To = g, DayTime(r[0]), DayTime(r[1])
				got, err := s.DyadSeries(ctx, q)
				if err != nil {
					t.Fatal(err)
				}
				gr := map[Grain]int{Day: grainDay, Week: grainWeek, Month: grainMonth}[g]
				want := map[int64]*SeriesPoint{}
				for _, e := range evs {
					if e.day < r[0] || e.day > r[1] || !match(e.src, q.Actor) || !match(e.tgt, q.Recipient) {
						continue
					}
					start := periodStart(gr, periodOf(gr, e.day))
					p := want[start]
					if p == nil {
						p = &SeriesPoint{Period: DayTime(start)}
						want[start] = p
					}
					p.Events++
					p.Goldstein += e.goldstein
					if e.quad >= 1 && e.quad <= 4 {
						p.Quad[e.quad]++
					}
				}
				bad := len(got) != len(want)
				for _, p := range got {
					w := want[DayNumber(p.Period)]
					if w == nil || w.Events != p.Events || w.Quad != p.Quad || math.Abs(w.Goldstein-p.Goldstein) > 1e-6 {
						bad = true
					}
				}
				if bad {
					t.Errorf("series %+v: %d points, recomputed %d (or their values differ)", q, len(got), len(want))
				}
			}
		}
	}
}

// TestSortRuns checks that sortRuns orders increments by key and, within
// a key, by sequence number, whether the fields pack into one integer
// (sortPacked) or not (the comparison sort).
func TestSortRuns(t *testing.T) {
	rng := rand.New(rand.NewPCG(7, 7))
	for _, tc := range []struct {
		name    string
		a, b, c int64 // spans
		off     int64
		packs   bool
	}{
		{"small", 40, 40, 30, 0, true},
		{"negative", 5, 3000, 20000, -10000, true},
		{"one field", 1, 1, 1000, 5, true},
		{"wide", 1 << 40, 1 << 30, 1 << 20, 0, false},
		{"extremes", math.MaxInt64, 2, 2, math.MinInt64 / 2, false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			var items []rollItem
			for i := range 3000 {
				items = append(items, rollItem{rng.Int64N(tc.a) + tc.off, rng.Int64N(tc.b) - tc.off, rng.Int64N(tc.c), int32(i)})
			}
			want := slices.Clone(items)
			if packs := sortPacked(slices.Clone(items), new([]uint64)); packs != tc.packs {
				t.Errorf("sortPacked %v, want %v", packs, tc.packs)
			}
			slices.SortStableFunc(want, func(x, y rollItem) int {
				return cmp.Or(cmp.Compare(x.a, y.a), cmp.Compare(x.b, y.b), cmp.Compare(x.c, y.c))
			})
			var got []rollItem
			var buf []uint64
			runs := 0
			sortRuns(items, &buf, func(k rollItem, run []rollItem) {
				runs++
				for _, it := range run {
					if it.a != k.a || it.b != k.b || it.c != k.c {
						t.Fatalf("run of %v holds %v", k, it)
					}
				}
				got = append(got, run...)
			})
			if !slices.Equal(got, want) {
				t.Errorf("sortRuns order differs from a stable sort by key")
			}
			if runs == 0 {
				t.Error("no runs")
			}
		})
	}
}

// TestRadixSort: radixSort orders keys as slices.Sort does, for widths
// from a few bits to 64, with repeated keys, digits all keys share, and
// inputs too small for the radix passes.
func TestRadixSort(t *testing.T) {
	rng := rand.New(rand.NewPCG(3, 4))
	for _, tc := range []struct {
		n, width int
	}{{100, 20}, {5000, 5}, {5000, 11}, {5000, 12}, {5000, 33}, {20000, 45}, {20000, 64}} {
		keys := make([]uint64, tc.n)
		for i := range keys {
			keys[i] = rng.Uint64() >> (64 - tc.width)
			if tc.width > 20 {
				keys[i] &^= 0xfff << 8 // a middle digit shared by all
			}
		}
		want := slices.Clone(keys)
		slices.Sort(want)
		radixSort(keys, make([]uint64, tc.n), tc.width)
		if !slices.Equal(keys, want) {
			t.Errorf("%d keys of %d bits: not sorted as slices.Sort does", tc.n, tc.width)
		}
	}
}
