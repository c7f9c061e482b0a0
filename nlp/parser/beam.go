package parser

import (
	"github.com/petrel-events/petrel/nlp/perceptron"
)

// Beam search for the joint model (Zhang and Clark 2008; Zhang and Nivre
// 2011). Every arc-hybrid derivation of an n-word sentence has exactly 2n
// moves, so the items of the beam advance in step. Forced moves (shift
// onto an empty stack, the final arc to the root) are applied unscored,
// as in greedy decoding, and carry no features in training.

// beamItem is one configuration in the beam with its score.
type beamItem struct {
	st    state
	score float64
	// training only: excess is the oracle cost of the derivation beyond
	// the cheapest moves (0: the item can still reach the best tree);
	// node is its last move in the history arena.
	excess int
	node   int32
}

// cand is a possible expansion: item from, class, resulting score.
type cand struct {
	from   int32
	class  int32
	excess int32
	total  float64
}

// beamScratch is the beam's working memory, kept in Scratch.
type beamScratch struct {
	cur, next []beamItem
	top       []cand
	jscores   []int32
}

// copyFrom makes s a copy of o, reusing s's memory.
func (s *state) copyFrom(o *state) {
	s.n = o.n
	s.b = o.b
	s.stack = append(s.stack[:0], o.stack...)
	s.heads = append(s.heads[:0], o.heads...)
	s.label = append(s.label[:0], o.label...)
	s.lc1 = append(s.lc1[:0], o.lc1...)
	s.lc2 = append(s.lc2[:0], o.lc2...)
	s.rc1 = append(s.rc1[:0], o.rc1...)
	s.rc2 = append(s.rc2[:0], o.rc2...)
	s.nl = append(s.nl[:0], o.nl...)
	s.nr = append(s.nr[:0], o.nr...)
	s.lset = append(s.lset[:0], o.lset...)
	s.rset = append(s.rset[:0], o.rset...)
}

// forced returns the class of the forced move of st, or -1.
func (p *Parser) forced(st *state) int {
	if len(st.stack) == 0 {
		return 0
	}
	if st.b == st.n && len(st.stack) == 1 {
		return 1 + p.root
	}
	return -1
}

// legalClasses calls f for every legal joint class of st (the same set
// bestJoint chooses from).
func (p *Parser) legalClasses(st *state, f func(c int)) {
	L := len(p.labels)
	if st.canShift() {
		f(0)
	}
	if st.canLeft() {
		if st.b == st.n {
			f(1 + p.root)
		} else {
			for c := 1; c <= L; c++ {
				if c-1 != p.root {
					f(c)
				}
			}
		}
	}
	if st.canRight() {
		for c := L + 1; c <= 2*L; c++ {
			if c-1-L != p.root {
				f(c)
			}
		}
	}
}

// offer inserts c into top (sorted by decreasing total, at most k long);
// among equal totals the earlier offer stays ahead.
func offer(top []cand, k int, c cand) []cand {
	if len(top) == k && c.total <= top[k-1].total {
		return top
	}
	i := len(top)
	for i > 0 && top[i-1].total < c.total {
		i--
	}
	if len(top) < k {
		top = append(top, cand{})
	}
	copy(top[i+1:], top[i:len(top)-1])
	top[i] = c
	return top
}

// parseBeam decodes with a beam of width p.beam and leaves the best
// derivation's configuration in s.st.
func (p *Parser) parseBeam(s *Scratch, wv []uint64, tags []int) {
	k := p.beam
	b := &s.beam
	classes := p.moves.Classes()
	if len(b.jscores) != classes {
		b.jscores = make([]int32, classes, max(classes, 256))
	}
	for len(b.cur) < k {
		b.cur = append(b.cur, beamItem{})
		b.next = append(b.next, beamItem{})
	}
	cur, next := b.cur[:1], b.next
	cur[0].st.copyFrom(&s.st)
	cur[0].score = 0
	for !cur[0].st.done() {
		top := b.top[:0]
		for i := range cur {
			it := &cur[i]
			if c := p.forced(&it.st); c >= 0 {
				top = offer(top, k, cand{from: int32(i), class: int32(c), total: it.score})
				continue
			}
			s.feats = extract(s.feats[:0], &it.st, wv, tags, &s.x)
			clear(b.jscores)
			p.moves.Score(s.feats, b.jscores)
			p.legalClasses(&it.st, func(c int) {
				top = offer(top, k, cand{from: int32(i), class: int32(c), total: it.score + float64(b.jscores[c])})
			})
		}
		for j, c := range top {
			it := &next[j]
			it.st.copyFrom(&cur[c.from].st)
			p.applyJoint(&it.st, int(c.class))
			it.score = c.total
		}
		b.top = top
		cur, next = next[:len(top)], cur[:cap(cur)]
	}
	s.st.copyFrom(&cur[0].st)
	b.cur, b.next = cur[:cap(cur)], next[:cap(next)]
}

// histNode is one move of a derivation in training: its class, the
// features of the configuration it was made in (feats[f0:f1], empty for
// forced moves) and the previous move (-1 at the start).
type histNode struct {
	parent int32
	class  int32
	f0, f1 int32
}

// beamTrainer holds the memory of global training.
type beamTrainer struct {
	cur, next []beamItem
	gold      beamItem
	top       []cand
	nodes     []histNode
	feats     []uint64
	scores    []float32
	costs     []int
}

// jointCosts fills costs with the oracle cost of every class of st (-1
// for illegal ones) and returns the minimum: the dynamic oracle's arc
// costs plus one for a wrong label on a correct arc.
func (p *Parser) jointCosts(st *state, e *example, costs []int) int {
	cs, cl, cr := st.costs(e.gold)
	canL, canR := st.canLeft(), st.canRight()
	minCost := 1 << 30
	for c := range costs {
		costs[c] = -1
		mv, l := p.jointMove(c)
		var cost int
		switch mv {
		case shift:
			if !st.canShift() {
				continue
			}
			cost = cs
		case leftArc:
			if !canL || (st.b == st.n) != (l == p.root) {
				continue
			}
			cost = cl
			if s0 := st.top(0); e.gold[s0] == st.b && e.label[s0] != l {
				cost++
			}
		default:
			if !canR || l == p.root {
				continue
			}
			cost = cr
			if s0, s1 := st.top(0), st.top(1); e.gold[s0] == s1 && e.label[s0] != l {
				cost++
			}
		}
		costs[c] = cost
		minCost = min(minCost, cost)
	}
	return minCost
}

// trainBeam runs one training sentence through the beam and makes the
// max-violation update (Huang, Fayong and Guo 2012): at the prefix where
// the best item's score most exceeds that of the best derivation that
// can still reach the gold tree, reward the latter's moves and penalise
// the former's. The gold derivation is latent: the highest-scoring item
// of the beam with no excess cost, or, once none is left, its extension
// by the cheapest moves, ties going to the model's preference.
// It reports whether the final best item was wrong.
func (p *Parser) trainBeam(bt *beamTrainer, sc *Scratch, tr *perceptron.Trainer, e *example, tags []int, k int) bool {
	classes := tr.Classes()
	if len(bt.scores) != classes {
		bt.scores = make([]float32, classes)
		bt.costs = make([]int, classes)
	}
	for len(bt.cur) < k {
		bt.cur = append(bt.cur, beamItem{})
		bt.next = append(bt.next, beamItem{})
	}
	wv := p.wordValues(sc, e.words)
	sc.x.countPunct(p, tags)
	bt.nodes = bt.nodes[:0]
	bt.feats = bt.feats[:0]
	cur, next := bt.cur[:1], bt.next
	cur[0].st.reset(len(e.words))
	cur[0].score, cur[0].excess, cur[0].node = 0, 0, -1
	gold := &bt.gold
	gold.st.copyFrom(&cur[0].st)
	gold.score, gold.node = 0, -1
	goldIn := true
	bestViol, vPred, vGold := 0.0, int32(-1), int32(-1)
	for !cur[0].st.done() {
		top := bt.top[:0]
		for i := range cur {
			it := &cur[i]
			if c := p.forced(&it.st); c >= 0 {
				top = offer(top, k, cand{from: int32(i), class: int32(c), excess: int32(it.excess), total: it.score})
				continue
			}
			f0 := int32(len(bt.feats))
			bt.feats = extract(bt.feats, &it.st, wv, tags, &sc.x)
			clear(bt.scores)
			tr.Score(bt.feats[f0:], bt.scores)
			minCost := p.jointCosts(&it.st, e, bt.costs)
			for c, cost := range bt.costs {
				if cost < 0 {
					continue
				}
				top = offer(top, k, cand{from: int32(i), class: int32(c), excess: int32(it.excess + cost - minCost),
					total: it.score + float64(bt.scores[c])})
			}
			// Remember where this item's features are for its children.
			it.node = p.pushFeat(bt, it.node, f0)
		}
		for j, c := range top {
			it := &next[j]
			parent := &cur[c.from]
			it.st.copyFrom(&parent.st)
			p.applyJoint(&it.st, int(c.class))
			it.score, it.excess = c.total, int(c.excess)
			it.node = p.pushMove(bt, parent, int(c.class))
		}
		bt.top = top
		cur, next = next[:len(top)], cur[:cap(cur)]
		// The gold derivation at this step.
		g := -1
		if goldIn {
			for j := range cur {
				if cur[j].excess == 0 {
					g = j
					break
				}
			}
		}
		if g >= 0 {
			gold.st.copyFrom(&cur[g].st)
			gold.score, gold.node = cur[g].score, cur[g].node
		} else {
			goldIn = false
			p.extendGold(bt, sc, tr, e, wv, tags)
		}
		if v := cur[0].score - gold.score; cur[0].excess > 0 && v >= bestViol {
			bestViol, vPred, vGold = v, cur[0].node, gold.node
		}
	}
	bt.cur, bt.next = cur[:cap(cur)], next[:cap(next)]
	if vPred >= 0 {
		p.update(bt, tr, vPred, vGold)
	}
	return cur[0].excess > 0
}

// pushFeat records that the item whose last move is node has its
// features at bt.feats[f0:]; it returns a node index standing for the item
// with its features (a copy of node's move with the feature span kept
// alongside in featOf).
func (p *Parser) pushFeat(bt *beamTrainer, node int32, f0 int32) int32 {
	// A marker node: parent is the item's move node, class -2, the span
	// of the configuration's features.
	bt.nodes = append(bt.nodes, histNode{parent: node, class: -2, f0: f0, f1: int32(len(bt.feats))})
	return int32(len(bt.nodes) - 1)
}

// pushMove appends the move class made from parent and returns its node.
func (p *Parser) pushMove(bt *beamTrainer, parent *beamItem, class int) int32 {
	n := histNode{parent: parent.node, class: int32(class), f0: -1, f1: -1}
	bt.nodes = append(bt.nodes, n)
	return int32(len(bt.nodes) - 1)
}

// extendGold advances the gold derivation outside the beam by its
// cheapest move.
func (p *Parser) extendGold(bt *beamTrainer, sc *Scratch, tr *perceptron.Trainer, e *example, wv []uint64, tags []int) {
	gold := &bt.gold
	if c := p.forced(&gold.st); c >= 0 {
		p.applyJoint(&gold.st, c)
		gold.node = p.pushMove(bt, gold, c)
		return
	}
	f0 := int32(len(bt.feats))
	bt.feats = extract(bt.feats, &gold.st, wv, tags, &sc.x)
	clear(bt.scores)
	tr.Score(bt.feats[f0:], bt.scores)
	minCost := p.jointCosts(&gold.st, e, bt.costs)
	best := -1
	for c, cost := range bt.costs {
		if cost == minCost && (best < 0 || bt.scores[c] > bt.scores[best]) {
			best = c
		}
	}
	gold.node = p.pushFeat(bt, gold.node, f0)
	p.applyJoint(&gold.st, best)
	gold.score += float64(bt.scores[best])
	gold.node = p.pushMove(bt, gold, best)
}

// update rewards the moves of derivation gold and penalises those of
// pred back to their common prefix. A move node's parent is the marker
// node holding the features of the configuration it was made in.
func (p *Parser) update(bt *beamTrainer, tr *perceptron.Trainer, pred, gold int32) {
	for pred != gold {
		if pred > gold {
			pred = p.updateNode(bt, tr, pred, -1)
		} else {
			gold = p.updateNode(bt, tr, gold, +1)
		}
	}
}

// updateNode applies node i's move with weight d when it is a scored
// move and returns its parent.
func (p *Parser) updateNode(bt *beamTrainer, tr *perceptron.Trainer, i int32, d int32) int32 {
	n := bt.nodes[i]
	if n.class >= 0 && n.parent >= 0 {
		if m := bt.nodes[n.parent]; m.class == -2 {
			tr.Add(int(n.class), bt.feats[m.f0:m.f1], d)
		}
	}
	return n.parent
}
