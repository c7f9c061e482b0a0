package coder

import "strings"

// This file holds caches that spare the pattern matcher repeated work on a
// sentence: every pattern of every trigger asks again for the same
// prepositions, objects, passives and lower-cased words. The answers depend
// on the tree alone, so they are kept once the tree's repairs are done
// (tree.freeze) and never change after; before that, nothing is cached. The
// word sets are indexed once, when the coder is made.

// memo holds a frozen tree's cached answers, one slot per token, in one
// allocation.
type memo []slot

type slot struct {
	prep    string
	lower   string
	object  int32 // object+2; 0 not asked yet
	passive int8  // 0 not asked yet, 1 active, 2 passive
	prepOK  bool
	lowerOK bool
}

// freeze marks the end of the tree's repairs: from now on its answers are
// cached.
func (t *tree) freeze() { t.memo = make(memo, len(t.Tokens)) }

// prep returns the preposition (case child) of a nominal, lower-cased, or "".
// Multiword prepositions ("along with", "according to") are joined.
func (t *tree) prep(i int) string {
	if t.memo == nil {
		return t.prepOf(i)
	}
	m := &t.memo[i]
	if !m.prepOK {
		m.prep, m.prepOK = t.prepOf(i), true
	}
	return m.prep
}

// isPassive reports whether verb i is in the passive voice (see passiveOf).
func (t *tree) isPassive(i int) bool {
	if t.memo == nil {
		return t.passiveOf(i)
	}
	if t.memo[i].passive == 0 {
		v := int8(1)
		if t.passiveOf(i) {
			v = 2
		}
		t.memo[i].passive = v
	}
	return t.memo[i].passive == 2
}

// lower returns the text of token i lower-cased.
func (t *tree) lower(i int) string {
	if t.memo == nil {
		return t.Tokens[i].LowerText()
	}
	m := &t.memo[i]
	if !m.lowerOK {
		m.lower, m.lowerOK = t.Tokens[i].LowerText(), true
	}
	return m.lower
}

// object returns the direct object of scope, or its passive subject (see
// objectOf).
func (b *binding) object(scope int) int {
	if b.t.memo == nil {
		return b.objectOf(scope)
	}
	if b.t.memo[scope].object == 0 {
		o := b.objectOf(scope)
		b.t.memo[scope].object = int32(o + 2)
	}
	return int(b.t.memo[scope].object) - 2
}

// wordSet is a dictionary set indexed for binding.words: all its members,
// and apart the multiword ones, which also match as phrases.
type wordSet struct {
	all   map[string]bool
	multi []string
}

// indexSets indexes the dictionary's word sets by name.
func indexSets(sets map[string][]string) map[string]*wordSet {
	out := make(map[string]*wordSet, len(sets))
	for name, members := range sets {
		ws := &wordSet{all: make(map[string]bool, len(members))}
		for _, m := range members {
			ws.all[m] = true
			if strings.Contains(m, " ") {
				ws.multi = append(ws.multi, m)
			}
		}
		out[name] = ws
	}
	return out
}

// inSet reports whether token i (lemma l, lower-cased text txt, hyphenated
// word hy or "") is a member of ws, as binding.words matches a set.
func (b *binding) inSet(ws *wordSet, i int, l, txt, hy string) bool {
	if ws.all[l] || ws.all[txt] || hy != "" && ws.all[hy] {
		return true
	}
	for _, m := range ws.multi {
		if b.multiword(i, m) || b.sequence(i, m) {
			return true
		}
	}
	return false
}
