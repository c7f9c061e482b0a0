package store

import (
	"cmp"
	"context"
	"fmt"
	"slices"
	"strings"
)

// Pruned top-N of the conflict–cooperation index over all country pairs.
//
// Summing every pair's rollup rows over a range costs a GROUP BY over tens
// of thousands of pairs per period. Most pairs are rare, so the top N are
// found from few of them, in the manner of Fagin's threshold algorithm:
//
//  1. The range is covered outward by whole years and months (the lists);
//     a pair's events in the range are at most the sum of its events in
//     the lists.
//  2. The k busiest pairs of each list are read in the order of the
//     rollup_pair_top index (grain, period, n); their union are the
//     candidates, whose exact sums over the range are read by key.
//  3. A pair that is no candidate has at most τ events in the range, τ
//     being the sum over the lists of the k-th busiest pair's count. When
//     the N-th best candidate has more than τ events, the candidates'
//     top N is the answer; otherwise k grows fourfold, up to a cap after
//     which the caller falls back to the full GROUP BY.

// topPairsMaxK caps the candidates read per list before falling back.
const topPairsMaxK = 4096

// topPairs returns the limit pairs with most events in [lo, hi] and true,
// or false when pruning could not prove the answer.
func (s *SQLite) topPairs(ctx context.Context, lo, hi int64, limit int) ([]PairIndex, bool, error) {
	// Open and long ranges: only the days that have rollups count.
	var first, last *int64
	// Two sub-queries: SQLite answers a lone min() or max() from the index
	// but scans every day row for both in one (0.5 s at 10M events).
	if err := s.db.QueryRowContext(ctx, `SELECT (SELECT min(period) FROM rollup_pair WHERE grain = ?), (SELECT max(period) FROM rollup_pair WHERE grain = ?)`,
		grainDay, grainDay).Scan(&first, &last); err != nil {
		return nil, false, classify(err)
	}
	if first == nil {
		return nil, true, nil
	}
	lo, hi = max(lo, *first), min(hi, *last)
	if lo > hi {
		return nil, true, nil
	}
	lists := outwardLists(lo, hi)
	if len(lists) == 0 || len(lists) > 64 {
		return nil, false, nil
	}
	periods := coverPeriods(lo, hi)
	if len(periods) == 0 || len(periods) > 256 {
		return nil, false, nil
	}
	type pair struct{ src, tgt string }
	exact := map[pair]*PairIndex{}
	var gold = map[pair]float64{}
	for k := 4 * limit; k <= topPairsMaxK; k *= 4 {
		var tau int64
		var fresh []pair
		for _, l := range lists {
			rows, err := s.db.QueryContext(ctx, `SELECT src_country, tgt_country, n FROM rollup_pair INDEXED BY rollup_pair_top
				WHERE grain = ? AND period = ? ORDER BY n DESC LIMIT ?`, l.grain, l.lo, k)
			if err != nil {
				return nil, false, classify(err)
			}
			got, last := 0, int64(0)
			for rows.Next() {
				var p pair
				if err := rows.Scan(&p.src, &p.tgt, &last); err != nil {
					rows.Close()
					return nil, false, classify(err)
				}
				got++
				if _, ok := exact[p]; !ok {
					exact[p] = nil
					fresh = append(fresh, p)
				}
			}
			rows.Close()
			if err := rows.Err(); err != nil {
				return nil, false, classify(err)
			}
			if got == k {
				tau += last
			}
		}
		// Exact sums of the new candidates, by key, period by period.
		// SQLite allows 32,766 parameters a statement: each period's
		// branch takes 2 plus 2 per pair.
		per := max(1, (30000/len(periods)-2)/2)
		for chunk := range slices.Chunk(fresh, min(per, 500)) {
			vals := strings.Repeat("(?,?),", len(chunk))
			vals = vals[:len(vals)-1]
			var args []any
			for _, p := range chunk {
				args = append(args, p.src, p.tgt)
			}
			parts := make([]string, 0, len(periods))
			var all []any
			for _, pr := range periods {
				// The candidates drive a primary-key seek each; written
				// as "(src, tgt) IN (VALUES …)", SQLite scans every pair
				// of the period instead (5.7x slower on a busy month).
				parts = append(parts, `SELECT r.src_country, r.tgt_country, r.n, r.coop, r.conflict, r.goldstein
					FROM (VALUES `+vals+`) AS c CROSS JOIN rollup_pair AS r
					WHERE r.grain = ? AND r.period = ? AND r.src_country = c.column1 AND r.tgt_country = c.column2`)
				all = append(append(all, args...), pr.grain, pr.lo)
			}
			rows, err := s.db.QueryContext(ctx, strings.Join(parts, " UNION ALL "), all...)
			if err != nil {
				return nil, false, fmt.Errorf("store: conflict index: %w", classify(err))
			}
			for rows.Next() {
				var p pair
				var n, coop, conflict int64
				var g float64
				if err := rows.Scan(&p.src, &p.tgt, &n, &coop, &conflict, &g); err != nil {
					rows.Close()
					return nil, false, classify(err)
				}
				v := exact[p]
				if v == nil {
					v = &PairIndex{Source: p.src, Target: p.tgt}
					exact[p] = v
				}
				v.Events += n
				v.Cooperation += coop
				v.Conflict += conflict
				gold[p] += g
			}
			rows.Close()
			if err := rows.Err(); err != nil {
				return nil, false, classify(err)
			}
		}
		var out []PairIndex
		for p, v := range exact {
			if v != nil && v.Events > 0 {
				w := *v
				w.Index = float64(w.Cooperation-w.Conflict) / float64(w.Events)
				w.Goldstein = gold[p] / float64(w.Events)
				out = append(out, w)
			}
		}
		slices.SortFunc(out, func(a, b PairIndex) int {
			return cmp.Or(cmp.Compare(b.Events, a.Events), cmp.Compare(a.Source, b.Source), cmp.Compare(a.Target, b.Target))
		})
		if tau == 0 || len(out) >= limit && out[limit-1].Events > tau {
			// tau == 0: every list was read to its end, so every pair
			// with events is a candidate.
			return out[:min(limit, len(out))], true, nil
		}
	}
	return nil, false, nil
}

// outwardLists covers [lo, hi] by whole years inside it and the months
// that hold the rest, one periodRange (lo = hi) per period.
func outwardLists(lo, hi int64) []periodRange {
	var out []periodRange
	for _, r := range cover(lo, hi, grainYear, grainMonth) {
		g, a, b := r.grain, r.lo, r.hi
		if g == grainDay {
			g, a, b = grainMonth, periodOf(grainMonth, a), periodOf(grainMonth, b)
		}
		for p := a; p <= b; p++ {
			if n := len(out); n > 0 && out[n-1].grain == g && out[n-1].lo == p {
				continue
			}
			out = append(out, periodRange{g, p, p})
		}
	}
	return out
}

// coverPeriods lists the periods of cover(lo, hi, allGrains...) one by one.
func coverPeriods(lo, hi int64) []periodRange {
	var out []periodRange
	for _, r := range cover(lo, hi, allGrains...) {
		for p := r.lo; p <= r.hi && len(out) <= 256; p++ {
			out = append(out, periodRange{r.grain, p, p})
		}
	}
	return out
}
