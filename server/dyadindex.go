package server

import (
	"cmp"
	"context"
	"database/sql"
	"fmt"
	"slices"
	"strings"
	"sync"

	"github.com/petrel-events/petrel/store"
)

// dyadIndex holds the monthly dyad rollup of a store in memory, so that the
// network of any span of whole months (all time included) is summed in Go
// instead of reading hundreds of thousands of rollup rows per request. It
// is loaded once from rollup_dyad (about 40 bytes per dyad and month, some
// 20 MB for a million synthetic events) and then, on SQLite, kept up to
// date from the events added since: when the store's version changes, only
// the events with a larger key than the last one read are added, unless
// events were deleted (schema 3's event_deletions counter moved), which
// reloads the rollup. On PostgreSQL every change reloads it.
type dyadIndex struct {
	mu      sync.Mutex
	version string
	codes   []string            // actor codes by id
	ids     map[string]uint32   // id of each code
	rank    []uint32            // place of each code id in code order
	months  []int64             // sorted month numbers
	rows    map[int64][]dyadRow // month → dyads of that month
	at      map[int64]map[uint64]int
	total   []dyadRow // all time
	totalAt map[uint64]int
	// lastEvent is the largest event key read, deletions the counter of
	// deleted events then (SQLite).
	lastEvent, deletions int64
	// reloads and updates count full loads and incremental ones (tests).
	reloads, updates int
}

type dyadRow struct {
	src, tgt uint32
	n        int32
	q        [4]int32
	gold     float64
}

func (x *dyadIndex) id(c string) uint32 {
	if v, ok := x.ids[c]; ok {
		return v
	}
	x.ids[c] = uint32(len(x.codes))
	x.codes = append(x.codes, c)
	return x.ids[c]
}

// add adds r (counts and Goldstein sum of a dyad) to month p.
func (x *dyadIndex) add(p int64, r dyadRow) {
	k := uint64(r.src)<<32 | uint64(r.tgt)
	at := x.at[p]
	if at == nil {
		at = map[uint64]int{}
		x.at[p] = at
		x.months = append(x.months, p)
	}
	i, ok := at[k]
	if !ok {
		i = len(x.rows[p])
		at[k] = i
		x.rows[p] = append(x.rows[p], dyadRow{src: r.src, tgt: r.tgt})
	}
	plus(&x.rows[p][i], &r)
	j, ok := x.totalAt[k]
	if !ok {
		j = len(x.total)
		x.totalAt[k] = j
		x.total = append(x.total, dyadRow{src: r.src, tgt: r.tgt})
	}
	plus(&x.total[j], &r)
}

func plus(t, r *dyadRow) {
	t.n += r.n
	t.gold += r.gold
	for j := range t.q {
		t.q[j] += r.q[j]
	}
}

// finish sorts the months and ranks the codes.
func (x *dyadIndex) finish() {
	slices.Sort(x.months)
	order := make([]uint32, len(x.codes))
	for i := range order {
		order[i] = uint32(i)
	}
	slices.SortFunc(order, func(a, b uint32) int { return cmp.Compare(x.codes[a], x.codes[b]) })
	x.rank = make([]uint32, len(x.codes))
	for r, id := range order {
		x.rank[id] = uint32(r)
	}
}

// querier is what load reads through: a connection in a read transaction
// (SQLite, one snapshot) or the pool (PostgreSQL).
type querier interface {
	QueryContext(ctx context.Context, query string, args ...any) (*sql.Rows, error)
	QueryRowContext(ctx context.Context, query string, args ...any) *sql.Row
}

// load brings the index up to the store's version.
func (x *dyadIndex) load(ctx context.Context, s *SQLStore, version string) error {
	x.mu.Lock()
	defer x.mu.Unlock()
	if x.version == version && x.rows != nil {
		return nil
	}
	var q querier = s.db
	pg := s.st.Postgres()
	if !pg {
		// One read transaction, so that the rollup, the counter and the
		// events keys are of the same snapshot. (The store's DSN makes
		// BeginTx take the write lock: BEGIN is sent as a statement.)
		c, err := s.db.Conn(ctx)
		if err != nil {
			return fmt.Errorf("dyad index: %w", err)
		}
		defer c.Close()
		if _, err := c.ExecContext(ctx, "BEGIN"); err != nil {
			return fmt.Errorf("dyad index: %w", err)
		}
		defer c.ExecContext(context.WithoutCancel(ctx), "COMMIT")
		q = c
	}
	var deletions int64
	if !pg {
		if err := q.QueryRowContext(ctx, `SELECT n FROM event_deletions`).Scan(&deletions); err != nil {
			return fmt.Errorf("dyad index: %w", err)
		}
	}
	if pg || x.rows == nil || deletions != x.deletions {
		if err := x.reload(ctx, q, pg); err != nil {
			return err
		}
	} else if err := x.update(ctx, q); err != nil {
		return err
	}
	x.deletions, x.version = deletions, version
	return nil
}

// reload reads the monthly rollup.
func (x *dyadIndex) reload(ctx context.Context, q querier, pg bool) error {
	x.codes, x.ids, x.months = nil, map[string]uint32{}, nil
	x.rows, x.at, x.total, x.totalAt = map[int64][]dyadRow{}, map[int64]map[uint64]int{}, nil, map[uint64]int{}
	x.reloads++
	if !pg {
		if err := q.QueryRowContext(ctx, `SELECT coalesce(max(event_id), 0) FROM events`).Scan(&x.lastEvent); err != nil {
			return fmt.Errorf("dyad index: %w", err)
		}
	}
	rows, err := q.QueryContext(ctx, `SELECT period, src_code, tgt_code, n, goldstein, q1, q2, q3, q4 FROM rollup_dyad
		WHERE grain = 1 AND n > 0 AND src_code <> '' AND tgt_code <> '' AND src_code <> tgt_code`)
	if err != nil {
		x.rows = nil
		return fmt.Errorf("dyad index: %w", err)
	}
	defer rows.Close()
	for rows.Next() {
		var p int64
		var src, tgt string
		var r dyadRow
		if err := rows.Scan(&p, &src, &tgt, &r.n, &r.gold, &r.q[0], &r.q[1], &r.q[2], &r.q[3]); err != nil {
			x.rows = nil
			return fmt.Errorf("dyad index: %w", err)
		}
		r.src, r.tgt = x.id(src), x.id(tgt)
		x.add(p, r)
	}
	if err := rows.Err(); err != nil {
		x.rows = nil
		return fmt.Errorf("dyad index: %w", err)
	}
	x.finish()
	return nil
}

// update adds the events stored since the last load.
func (x *dyadIndex) update(ctx context.Context, q querier) error {
	x.updates++
	rows, err := q.QueryContext(ctx, `SELECT event_id, day, src_code, tgt_code, goldstein, quad_class FROM events WHERE event_id > ? ORDER BY event_id`, x.lastEvent)
	if err != nil {
		return fmt.Errorf("dyad index: %w", err)
	}
	defer rows.Close()
	added := 0
	for rows.Next() {
		var id, d int64
		var src, tgt string
		var gold float64
		var quad int
		if err := rows.Scan(&id, &d, &src, &tgt, &gold, &quad); err != nil {
			x.rows = nil // half an update: reload next time
			return fmt.Errorf("dyad index: %w", err)
		}
		x.lastEvent = id
		if src == "" || tgt == "" || src == tgt {
			continue
		}
		r := dyadRow{src: x.id(src), tgt: x.id(tgt), n: 1, gold: gold}
		if quad >= 1 && quad <= 4 {
			r.q[quad-1] = 1
		}
		x.add(store.MonthNumber(store.DayTime(d)), r)
		added++
	}
	if err := rows.Err(); err != nil {
		x.rows = nil
		return fmt.Errorf("dyad index: %w", err)
	}
	if added > 0 {
		x.finish()
	}
	return nil
}

// network sums the months lo..hi (inclusive month numbers) and keeps the
// limit heaviest edges whose source or target starts with actor (when
// set), counting only QuadClass quad (when set).
func (x *dyadIndex) network(lo, hi int64, actor string, quad, limit int) []Edge {
	x.mu.Lock()
	defer x.mu.Unlock()
	var match []bool
	if actor != "" {
		match = make([]bool, len(x.codes))
		for i, c := range x.codes {
			match[i] = strings.HasPrefix(c, actor)
		}
	}
	keep := func(r *dyadRow) (int32, float64) {
		if match != nil && !match[r.src] && !match[r.tgt] {
			return 0, 0
		}
		if quad >= 1 && quad <= 4 {
			n := r.q[quad-1]
			if n == 0 {
				return 0, 0
			}
			return n, r.gold * float64(n) / float64(r.n)
		}
		return r.n, r.gold
	}
	// The limit heaviest, ties in code order (by the codes' ranks), kept in
	// one pass: no sort of every dyad.
	less := func(a, b *dyadRow) bool { // a before b
		if a.n != b.n {
			return a.n > b.n
		}
		if x.rank[a.src] != x.rank[b.src] {
			return x.rank[a.src] < x.rank[b.src]
		}
		return x.rank[a.tgt] < x.rank[b.tgt]
	}
	top := make([]dyadRow, 0, limit+1)
	offer := func(r dyadRow) {
		if limit <= 0 || len(top) == limit && !less(&r, &top[limit-1]) {
			return
		}
		i, _ := slices.BinarySearchFunc(top, r, func(e, t dyadRow) int {
			if less(&e, &t) {
				return -1
			}
			return 1
		})
		top = slices.Insert(top, i, r)
		if len(top) > limit {
			top = top[:limit]
		}
	}
	allTime := len(x.months) == 0 || lo <= x.months[0] && hi >= x.months[len(x.months)-1]
	if allTime {
		for i := range x.total {
			if n, g := keep(&x.total[i]); n > 0 {
				offer(dyadRow{src: x.total[i].src, tgt: x.total[i].tgt, n: n, gold: g})
			}
		}
	} else {
		var sums []dyadRow
		idx := map[uint64]int{}
		for _, p := range x.months {
			if p < lo || p > hi {
				continue
			}
			rows := x.rows[p]
			for i := range rows {
				n, g := keep(&rows[i])
				if n == 0 {
					continue
				}
				k := uint64(rows[i].src)<<32 | uint64(rows[i].tgt)
				j, ok := idx[k]
				if !ok {
					j = len(sums)
					idx[k] = j
					sums = append(sums, dyadRow{src: rows[i].src, tgt: rows[i].tgt})
				}
				sums[j].n += n
				sums[j].gold += g
			}
		}
		for _, r := range sums {
			offer(r)
		}
	}
	sums := top
	edges := make([]Edge, len(sums))
	for i, r := range sums {
		edges[i] = Edge{Source: x.codes[r.src], Target: x.codes[r.tgt], Count: int(r.n), Goldstein: r.gold}
	}
	return edges
}
