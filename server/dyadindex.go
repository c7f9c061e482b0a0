package server

import (
	"cmp"
	"context"
	"fmt"
	"slices"
	"strings"
	"sync"
)

// dyadIndex holds the monthly dyad rollup of a store in memory, so that the
// network of any span of whole months (all time included) is summed in Go
// instead of reading hundreds of thousands of rollup rows per request. It
// is rebuilt when the store's version changes; about 40 bytes per dyad and
// month (some 20 MB for a million synthetic events).
type dyadIndex struct {
	mu      sync.Mutex
	version string
	codes   []string            // actor codes by id
	months  []int64             // sorted month numbers
	rows    map[int64][]dyadRow // month → dyads of that month
	total   []dyadRow           // all time, heaviest first
}

type dyadRow struct {
	src, tgt uint32
	n        int32
	q        [4]int32
	gold     float64
}

// load reads the monthly rollup when version differs from the loaded one.
func (x *dyadIndex) load(ctx context.Context, s *SQLStore, version string) error {
	x.mu.Lock()
	defer x.mu.Unlock()
	if x.version == version && x.rows != nil {
		return nil
	}
	rows, err := s.db.QueryContext(ctx, `SELECT period, src_code, tgt_code, n, goldstein, q1, q2, q3, q4 FROM rollup_dyad
		WHERE grain = 1 AND n > 0 AND src_code <> '' AND tgt_code <> '' AND src_code <> tgt_code`)
	if err != nil {
		return fmt.Errorf("dyad index: %w", err)
	}
	defer rows.Close()
	ids := map[string]uint32{}
	var codes []string
	id := func(c string) uint32 {
		if v, ok := ids[c]; ok {
			return v
		}
		ids[c] = uint32(len(codes))
		codes = append(codes, c)
		return ids[c]
	}
	m := map[int64][]dyadRow{}
	totals := map[uint64]int{}
	var total []dyadRow
	for rows.Next() {
		var p int64
		var src, tgt string
		var r dyadRow
		if err := rows.Scan(&p, &src, &tgt, &r.n, &r.gold, &r.q[0], &r.q[1], &r.q[2], &r.q[3]); err != nil {
			return fmt.Errorf("dyad index: %w", err)
		}
		r.src, r.tgt = id(src), id(tgt)
		m[p] = append(m[p], r)
		k := uint64(r.src)<<32 | uint64(r.tgt)
		i, ok := totals[k]
		if !ok {
			i = len(total)
			totals[k] = i
			total = append(total, dyadRow{src: r.src, tgt: r.tgt})
		}
		t := &total[i]
		t.n += r.n
		t.gold += r.gold
		for j := range t.q {
			t.q[j] += r.q[j]
		}
	}
	if err := rows.Err(); err != nil {
		return fmt.Errorf("dyad index: %w", err)
	}
	slices.SortFunc(total, func(a, b dyadRow) int {
		return cmp.Or(cmp.Compare(b.n, a.n), cmp.Compare(codes[a.src], codes[b.src]), cmp.Compare(codes[a.tgt], codes[b.tgt]))
	})
	x.months = x.months[:0]
	for p := range m {
		x.months = append(x.months, p)
	}
	slices.Sort(x.months)
	x.rows, x.total, x.codes, x.version = m, total, codes, version
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
	var sums []dyadRow
	allTime := len(x.months) == 0 || lo <= x.months[0] && hi >= x.months[len(x.months)-1]
	switch {
	case allTime && quad == 0:
		// The totals are summed and sorted already: the first matches are
		// the heaviest.
		for i := range x.total {
			if n, g := keep(&x.total[i]); n > 0 {
				sums = append(sums, dyadRow{src: x.total[i].src, tgt: x.total[i].tgt, n: n, gold: g})
				if len(sums) == limit {
					break
				}
			}
		}
	case allTime:
		for i := range x.total {
			if n, g := keep(&x.total[i]); n > 0 {
				sums = append(sums, dyadRow{src: x.total[i].src, tgt: x.total[i].tgt, n: n, gold: g})
			}
		}
	default:
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
	}
	// Sort by count with integer ties first (cheap), then order the kept
	// edges' ties by code.
	slices.SortFunc(sums, func(a, b dyadRow) int {
		return cmp.Or(cmp.Compare(b.n, a.n), cmp.Compare(a.src, b.src), cmp.Compare(a.tgt, b.tgt))
	})
	if len(sums) > limit {
		sums = sums[:limit]
	}
	slices.SortStableFunc(sums, func(a, b dyadRow) int {
		return cmp.Or(cmp.Compare(b.n, a.n), cmp.Compare(x.codes[a.src], x.codes[b.src]), cmp.Compare(x.codes[a.tgt], x.codes[b.tgt]))
	})
	if len(sums) > limit {
		sums = sums[:limit]
	}
	edges := make([]Edge, len(sums))
	for i, r := range sums {
		edges[i] = Edge{Source: x.codes[r.src], Target: x.codes[r.tgt], Count: int(r.n), Goldstein: r.gold}
	}
	return edges
}
