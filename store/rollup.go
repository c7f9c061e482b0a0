package store

import (
	"cmp"
	"slices"
	"strings"
)

// rolled is one event's rollup increment: its codes and countries (interned
// in the batch's codeTab), the period of its day at each grain (indexed by
// grain number), its QuadClass and Goldstein score, and its sign (+1 added,
// -1 removed).
type rolled struct {
	src, tgt, srcC, tgtC int32
	quad                 int32
	sign                 int64
	gold                 float64
	period               [len(rollupGrains)]int64
}

// roll adds (sign 1) or removes (sign -1) an event from the rollups: it
// notes the increment; flushRollups sums the increments by key.
func (b *batch) roll(r *eventRow, sign int64) {
	v := rolled{
		src: b.codes.id(r.srcCode), tgt: b.codes.id(r.tgtCode),
		srcC: b.codes.id(r.srcCountry), tgtC: b.codes.id(r.tgtCountry),
		quad: int32(r.quad), sign: sign, gold: r.goldstein,
	}
	for _, g := range rollupGrains {
		v.period[g] = periodOf(g, r.day)
	}
	b.rolls = append(b.rolls, v)
}

// rollItem is an increment (b.rolls[seq]) under its key in one rollup
// table and grain: the key's columns after the grain (and role), codes as
// their byte-order ranks.
type rollItem struct {
	a, b, c int64
	seq     int32
}

// sortRuns sorts items by key, equal keys in increment order (so that the
// Goldstein sums add up in the order of the events, as the one-by-one sums
// did), and calls f with each run of equal keys.
func sortRuns(items []rollItem, f func(k rollItem, run []rollItem)) {
	slices.SortFunc(items, func(x, y rollItem) int {
		switch {
		case x.a != y.a:
			return cmp.Compare(x.a, y.a)
		case x.b != y.b:
			return cmp.Compare(x.b, y.b)
		case x.c != y.c:
			return cmp.Compare(x.c, y.c)
		}
		return cmp.Compare(x.seq, y.seq)
	})
	for i := 0; i < len(items); {
		j := i + 1
		for j < len(items) && items[j].a == items[i].a && items[j].b == items[i].b && items[j].c == items[i].c {
			j++
		}
		f(items[i], items[i:j])
		i = j
	}
}

// rollSum is the sum of a run of increments: events, Goldstein scores and
// events per QuadClass.
type rollSum struct {
	n    int64
	gold float64
	q    [4]int64
}

func (b *batch) sum(run []rollItem) rollSum {
	var v rollSum
	for _, it := range run {
		e := &b.rolls[it.seq]
		v.n += e.sign
		v.gold += float64(e.sign) * e.gold
		if e.quad >= 1 && e.quad <= 4 {
			v.q[e.quad-1] += e.sign
		}
	}
	return v
}

// flushRollups applies the batch's rollup increments, summed by key, in
// primary key order (a sorted upsert touches each B-tree page once). The
// increments are sorted rather than summed in maps as they come: most keys
// are new in a batch, and a sort of small structs costs less than a map
// entry per key.
func (b *batch) flushRollups() error {
	if len(b.rolls) == 0 {
		return nil
	}
	rank := b.codes.ranks()
	str := make([]string, len(rank)) // by rank
	for id, r := range rank {
		str[r] = b.codes.strs[id]
	}
	grains := slices.Sorted(slices.Values(rollupGrains[:]))
	items := make([]rollItem, 0, len(b.rolls))
	var rows []any

	// rollup_dyad: (grain, src_code, tgt_code, period).
	for _, g := range grains {
		items = items[:0]
		for i, e := range b.rolls {
			items = append(items, rollItem{int64(rank[e.src]), int64(rank[e.tgt]), e.period[g], int32(i)})
		}
		sortRuns(items, func(k rollItem, run []rollItem) {
			v := b.sum(run)
			rows = append(rows, g, str[k.a], str[k.b], k.c, v.n, v.gold, v.q[0], v.q[1], v.q[2], v.q[3])
		})
	}
	if err := b.addRollupRows("rollup_dyad", "grain, src_code, tgt_code, period", quadSums, rows); err != nil {
		return err
	}

	// rollup_actor: (grain, role, period, code), actors with a code.
	rows = rows[:0]
	for _, g := range grains {
		for role := range 2 {
			items = items[:0]
			for i, e := range b.rolls {
				code := e.src
				if role == roleTarget {
					code = e.tgt
				}
				if b.codes.strs[code] != "" {
					items = append(items, rollItem{e.period[g], int64(rank[code]), 0, int32(i)})
				}
			}
			sortRuns(items, func(k rollItem, run []rollItem) {
				v := b.sum(run)
				rows = append(rows, g, role, k.a, str[k.b], v.n, v.gold, v.q[0], v.q[1], v.q[2], v.q[3])
			})
		}
	}
	if err := b.addRollupRows("rollup_actor", "grain, role, period, code", quadSums, rows); err != nil {
		return err
	}

	// rollup_pair: (grain, period, src_country, tgt_country), events with
	// both countries.
	rows = rows[:0]
	for _, g := range grains {
		items = items[:0]
		for i, e := range b.rolls {
			if b.codes.strs[e.srcC] != "" && b.codes.strs[e.tgtC] != "" {
				items = append(items, rollItem{e.period[g], int64(rank[e.srcC]), int64(rank[e.tgtC]), int32(i)})
			}
		}
		sortRuns(items, func(k rollItem, run []rollItem) {
			v := b.sum(run)
			rows = append(rows, g, k.a, str[k.b], str[k.c], v.n, v.gold, v.q[0]+v.q[1], v.q[2]+v.q[3])
		})
	}
	if err := b.addRollupRows("rollup_pair", "grain, period, src_country, tgt_country", []string{"n", "goldstein", "coop", "conflict"}, rows); err != nil {
		return err
	}
	b.rolls = b.rolls[:0]
	return nil
}

// quadSums are the summed columns of the dyad and actor rollups.
var quadSums = []string{"n", "goldstein", "q1", "q2", "q3", "q4"}

// addRollupRows inserts rows of table, each its key columns then its sums,
// adding the sums to those of a row already there.
func (b *batch) addRollupRows(table, keys string, sums []string, rows []any) error {
	set := make([]string, len(sums))
	for i, c := range sums {
		set[i] = c + " = " + table + "." + c + " + excluded." + c
	}
	ncols := len(strings.Split(keys, ",")) + len(sums)
	return b.insertRows("INSERT INTO "+table+" ("+keys+", "+strings.Join(sums, ", ")+")",
		"ON CONFLICT ("+keys+") DO UPDATE SET "+strings.Join(set, ", "), ncols, rows)
}
