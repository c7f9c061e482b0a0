package store

import (
	"cmp"
	"math/bits"
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
// did), and calls f with each run of equal keys. buf is scratch space
// (sortPacked).
func sortRuns(items []rollItem, buf *[]uint64, f func(k rollItem, run []rollItem)) {
	if !sortPacked(items, buf) {
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
	}
	for i := 0; i < len(items); {
		j := i + 1
		for j < len(items) && items[j].a == items[i].a && items[j].b == items[i].b && items[j].c == items[i].c {
			j++
		}
		f(items[i], items[i:j])
		i = j
	}
}

// sortPacked sorts items by (a, b, c, seq) as single integers when the
// four fields, less their minimums, fit in 64 bits together (rollup keys
// do: code ranks, periods and sequence numbers span a few thousand to a
// few million values), and reports whether it did. Sorting plain integers
// costs a fraction of a sort with a comparison function.
func sortPacked(items []rollItem, buf *[]uint64) bool {
	if len(items) < 2 {
		return true
	}
	lo, hi := items[0], items[0]
	for _, it := range items[1:] {
		lo.a, hi.a = min(lo.a, it.a), max(hi.a, it.a)
		lo.b, hi.b = min(lo.b, it.b), max(hi.b, it.b)
		lo.c, hi.c = min(lo.c, it.c), max(hi.c, it.c)
		lo.seq, hi.seq = min(lo.seq, it.seq), max(hi.seq, it.seq)
	}
	wa, wb, wc := bits.Len64(uint64(hi.a-lo.a)), bits.Len64(uint64(hi.b-lo.b)), bits.Len64(uint64(hi.c-lo.c))
	ws := bits.Len64(uint64(int64(hi.seq) - int64(lo.seq)))
	if wa+wb+wc+ws > 64 {
		return false
	}
	sb, sc := uint(wc+ws), uint(ws)
	sa := uint(wb) + sb
	n := len(items)
	all := slices.Grow((*buf)[:0], 2*n)[:2*n]
	keys := all[:n]
	for i, it := range items {
		keys[i] = uint64(it.a-lo.a)<<sa | uint64(it.b-lo.b)<<sb | uint64(it.c-lo.c)<<sc | uint64(int64(it.seq)-int64(lo.seq))
	}
	radixSort(keys, all[n:], wa+wb+wc+ws)
	ma, mb, mc, ms := uint64(1)<<wa-1, uint64(1)<<wb-1, uint64(1)<<wc-1, uint64(1)<<ws-1
	for i, k := range keys {
		items[i] = rollItem{
			a: int64(k>>sa&ma) + lo.a, b: int64(k>>sb&mb) + lo.b, c: int64(k>>sc&mc) + lo.c,
			seq: int32(int64(k&ms) + int64(lo.seq)),
		}
	}
	*buf = all
	return true
}

// radixDigit is the width in bits of radixSort's digits.
const radixDigit = 11

// radixSort sorts keys, whose values are below 1<<width, in place, with
// tmp (as long as keys) as scratch space: a least-significant-digit radix
// sort, one pass per digit (digits all keys share are skipped), some 4×
// faster than slices.Sort on the million keys of a large deferred flush.
// Small inputs go to slices.Sort.
func radixSort(keys, tmp []uint64, width int) {
	if len(keys) < 512 {
		slices.Sort(keys)
		return
	}
	var count [1 << radixDigit]int
	src, dst := keys, tmp[:len(keys)]
	for shift := 0; shift < width; shift += radixDigit {
		clear(count[:])
		for _, k := range src {
			count[k>>shift&(1<<radixDigit-1)]++
		}
		if count[src[0]>>shift&(1<<radixDigit-1)] == len(src) {
			continue // one digit for all
		}
		sum := 0
		for i, c := range count {
			count[i] = sum
			sum += c
		}
		for _, k := range src {
			d := k >> shift & (1<<radixDigit - 1)
			dst[count[d]] = k
			count[d]++
		}
		src, dst = dst, src
	}
	if &src[0] != &keys[0] {
		copy(keys, src)
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

	// rollup_dyad: (grain, src_code, tgt_code, period).
	w, err := b.rollupWriter("rollup_dyad", "grain, src_code, tgt_code, period", quadSums)
	if err != nil {
		return err
	}
	for _, g := range grains {
		items = items[:0]
		for i, e := range b.rolls {
			items = append(items, rollItem{int64(rank[e.src]), int64(rank[e.tgt]), e.period[g], int32(i)})
		}
		sortRuns(items, &b.sortBuf, func(k rollItem, run []rollItem) {
			v := b.sum(run)
			w.add(g, str[k.a], str[k.b], k.c, v.n, v.gold, v.q[0], v.q[1], v.q[2], v.q[3])
		})
	}
	if err := w.close(); err != nil {
		return err
	}

	// rollup_actor: (grain, role, period, code), actors with a code.
	w, err = b.rollupWriter("rollup_actor", "grain, role, period, code", quadSums)
	if err != nil {
		return err
	}
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
			sortRuns(items, &b.sortBuf, func(k rollItem, run []rollItem) {
				v := b.sum(run)
				w.add(g, role, k.a, str[k.b], v.n, v.gold, v.q[0], v.q[1], v.q[2], v.q[3])
			})
		}
	}
	if err := w.close(); err != nil {
		return err
	}

	// rollup_pair: (grain, period, src_country, tgt_country), events with
	// both countries.
	w, err = b.rollupWriter("rollup_pair", "grain, period, src_country, tgt_country", []string{"n", "goldstein", "coop", "conflict"})
	if err != nil {
		return err
	}
	for _, g := range grains {
		items = items[:0]
		for i, e := range b.rolls {
			if b.codes.strs[e.srcC] != "" && b.codes.strs[e.tgtC] != "" {
				items = append(items, rollItem{e.period[g], int64(rank[e.srcC]), int64(rank[e.tgtC]), int32(i)})
			}
		}
		sortRuns(items, &b.sortBuf, func(k rollItem, run []rollItem) {
			v := b.sum(run)
			w.add(g, k.a, str[k.b], str[k.c], v.n, v.gold, v.q[0]+v.q[1], v.q[2]+v.q[3])
		})
	}
	if err := w.close(); err != nil {
		return err
	}
	b.rolls = b.rolls[:0]
	return nil
}

// rowWriter sends rows to insertRows as they come, a few full statements
// at a time, so that a large flush never holds all its values at once.
type rowWriter struct {
	b          *batch
	head, tail string
	ncols      int
	rows       []any
	err        error
}

// rowWriterStatements is how many full statements a rowWriter gathers.
const rowWriterStatements = 16

// add appends a row; the statements run when enough rows are gathered.
func (w *rowWriter) add(vals ...any) {
	w.rows = append(w.rows, vals...)
	if len(w.rows) >= w.ncols*multiRows*rowWriterStatements && w.err == nil {
		w.err = w.b.insertRows(w.head, w.tail, w.ncols, w.rows)
		w.rows = w.rows[:0]
	}
}

// close runs the last statements and returns the first error.
func (w *rowWriter) close() error {
	if w.err == nil && len(w.rows) > 0 {
		w.err = w.b.insertRows(w.head, w.tail, w.ncols, w.rows)
	}
	return w.err
}

// quadSums are the summed columns of the dyad and actor rollups.
var quadSums = []string{"n", "goldstein", "q1", "q2", "q3", "q4"}

// rollupWriter inserts rows of table, each its key columns then its sums,
// adding the sums to those of a row already there. Into an empty table
// (SQLite: a fresh database's first flush) the rows go with a plain
// INSERT: a flush writes each key once, so none is there already, and
// the upsert's conflict look-up is saved.
func (b *batch) rollupWriter(table, keys string, sums []string) (*rowWriter, error) {
	w := &rowWriter{b: b, head: "INSERT INTO " + table + " (" + keys + ", " + strings.Join(sums, ", ") + ")",
		ncols: len(strings.Split(keys, ",")) + len(sums)}
	if !b.s.pg {
		row, err := b.queryRow("SELECT NOT EXISTS (SELECT 1 FROM " + table + ")")
		if err != nil {
			return nil, err
		}
		var empty bool
		if err := row.Scan(&empty); err != nil || empty {
			return w, err
		}
	}
	set := make([]string, len(sums))
	for i, c := range sums {
		set[i] = c + " = " + table + "." + c + " + excluded." + c
	}
	w.tail = "ON CONFLICT (" + keys + ") DO UPDATE SET " + strings.Join(set, ", ")
	return w, nil
}
