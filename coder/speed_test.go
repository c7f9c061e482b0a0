package coder

import (
	"maps"
	"slices"
	"strings"
	"testing"
)

// TestMemo checks that a frozen tree's cached answers (prepositions,
// passives, objects, lower-cased words) and the indexed word sets give
// what the uncached code gives, on every sentence of the grammar fixtures.
func TestMemo(t *testing.T) {
	c := newTestCoder(t)
	docs := readDep(t, "testdata/grammar.dep")
	names := slices.Sorted(maps.Keys(docs))
	setNames := slices.Sorted(maps.Keys(c.dict.Sets))
	for _, name := range names {
		d := docs[name]
		for s := range d.Sentences {
			tr := c.repairedTree(d, s)
			b := &binding{t: tr, c: c}
			n := len(tr.Tokens)
			preps, passives, objects, lowers := make([]string, n), make([]bool, n), make([]int, n), make([]string, n)
			for i := range n {
				preps[i], passives[i], objects[i], lowers[i] = tr.prep(i), tr.isPassive(i), b.object(i), tr.lower(i)
			}
			tr.freeze()
			for i := range n {
				for range 2 { // the second time from the cache
					if got := tr.prep(i); got != preps[i] {
						t.Errorf("%s/%d: prep(%d) = %q, want %q", name, s, i, got, preps[i])
					}
					if got := tr.isPassive(i); got != passives[i] {
						t.Errorf("%s/%d: isPassive(%d) = %v, want %v", name, s, i, got, passives[i])
					}
					if got := b.object(i); got != objects[i] {
						t.Errorf("%s/%d: object(%d) = %d, want %d", name, s, i, got, objects[i])
					}
					if got := tr.lower(i); got != lowers[i] {
						t.Errorf("%s/%d: lower(%d) = %q, want %q", name, s, i, got, lowers[i])
					}
				}
				l, txt, hy := tr.lemma(i), strings.ToLower(tr.Tokens[i].Text), tr.hyphenated(i)
				for _, set := range setNames {
					want := false
					for _, m := range c.dict.Sets[set] {
						if m == l || m == txt || hy != "" && m == hy || strings.Contains(m, " ") && (b.multiword(i, m) || b.sequence(i, m)) {
							want = true
							break
						}
					}
					if got := b.inSet(c.sets[set], i, l, txt, hy); got != want {
						t.Errorf("%s/%d: token %d in %s = %v, want %v", name, s, i, set, got, want)
					}
				}
			}
		}
	}
}
