package model

import (
	"bytes"
	"embed"
	"errors"
	"fmt"
	"io"
	"strings"

	"github.com/petrel-events/petrel/nlp/internal/bin"
	"github.com/petrel-events/petrel/nlp/internal/lex"
	"github.com/petrel-events/petrel/nlp/parser"
)

// Member is an extra dependency parser for the reparsing ensemble: a
// parser trained like the base model's but differently (right to left,
// or another seed, greedy or with a beam), stored in its own file with
// the names of the tags it was trained on, so that it keeps working with
// any base model whose tagger predicts the same tag set. A beam-search
// member decodes with its beam in the ensemble too.
//
// An ensemble model (see (*Model).WithMembers) tags once, parses with
// the base parser and every member, and combines the trees: each parser
// votes for its arcs, the highest-scoring projective tree with one root
// is decoded (Eisner's algorithm), and each chosen arc takes the label
// most of its voters gave it.
type Member struct {
	// Info describes how the member was trained.
	Info    string
	parser  *parser.Parser
	reverse bool
	// upos and xpos name the member parser's tag ids.
	upos, xpos []string
	// name is the embedded file the member comes from ("" for others).
	name string
}

const memberMagic = "petrel-nlp-member/1"

// Member returns the parser of m as an ensemble member (for models
// trained with TrainOptions.RightToLeft, or another seed).
func (m *Model) Member() *Member {
	return &Member{Info: m.Info, parser: m.parser, reverse: m.reverse, upos: m.upos, xpos: m.xpos}
}

// Prune returns the member with its parser's features whose largest
// weight is below frac of the largest dropped: for frac at least the
// trained one, the same member as trained with TrainOptions.Prune = frac.
func (e *Member) Prune(frac float64) *Member {
	q := *e
	q.parser = e.parser.Prune(frac, frac)
	q.Info += pruneInfo(frac)
	return &q
}

// PruneEntries is Prune that also drops, from the features kept, the
// single weights below entries of the largest: for fractions at least
// the trained ones, the same member as trained with TrainOptions.Prune
// = frac and PruneEntries = entries.
func (e *Member) PruneEntries(frac, entries float64) *Member {
	q := *e
	q.parser = e.parser.PruneEntries(frac, entries, frac)
	if frac != pruneMoves {
		q.Info += pruneInfo(frac)
	}
	q.Info += entriesInfo(entries)
	return &q
}

// RightToLeft tells whether the member parses sentences from the last
// word to the first.
func (e *Member) RightToLeft() bool { return e.reverse }

// WriteTo writes the member, zstd-compressed.
func (e *Member) WriteTo(w io.Writer) (int64, error) {
	return writeStream(w, func(hw *bin.Writer) {
		hw.String(memberMagic)
		hw.String(e.Info)
		rev := uint64(0)
		if e.reverse {
			rev = 1
		}
		hw.Uvarint(rev)
		hw.Strings(e.upos)
		hw.Strings(e.xpos)
	}, e.parser)
}

// ReadMember reads a member written by (*Member).WriteTo.
func ReadMember(r io.Reader) (*Member, error) {
	zr, br, hr, err := openStream(r, memberMagic, "member magic")
	if err != nil {
		return nil, err
	}
	defer zr.Close()
	e := &Member{Info: hr.String(), reverse: hr.Uvarint() == 1, upos: hr.Strings(), xpos: hr.Strings()}
	if err := hr.Err(); err != nil {
		return nil, fmt.Errorf("model: member: %w", err)
	}
	if len(e.upos) != len(e.xpos) || len(e.upos) == 0 {
		return nil, errors.New("model: member: corrupt tag set")
	}
	if e.parser, err = parser.Read(br); err != nil {
		return nil, fmt.Errorf("model: member: %w", err)
	}
	return e, nil
}

// The embedded ensemble: ensemble.txt lists the member files in voting
// order (ties go to the earlier parser; the base parser is first). It
// may also name the embedded model (en_ewt.model.zst: its greedy
// parser) and the embedded beam-search parser (en_ewt_beam.parser.zst),
// which vote as members unless they are the model's own parser.
//
//go:embed ensemble.txt en_ewt_*.member.zst
var memberFS embed.FS

// EmbeddedMembers decodes the ensemble members embedded in the program, in
// the order of ensemble.txt, for base model m: an entry naming the
// embedded model is m's own parser when m is that model (its members
// leave it out, see WithMembers, but WithParser brings it back as a
// voter), decoded again only otherwise.
func (m *Model) EmbeddedMembers() ([]*Member, error) {
	list, err := memberFS.ReadFile("ensemble.txt")
	if err != nil {
		return nil, fmt.Errorf("model: %w", err)
	}
	var out []*Member
	for _, name := range memberNames(string(list)) {
		var e *Member
		switch name {
		case embeddedName:
			if m.parserName == embeddedName {
				// m's own parser: no need to decode the model again.
				e = m.Member()
				break
			}
			base, err := Load()
			if err != nil {
				return nil, err
			}
			e = base.Member()
		case beamName:
			if e, err = LoadBeamParser(); err != nil {
				return nil, err
			}
		default:
			b, err := memberFS.ReadFile(name)
			if err != nil {
				return nil, fmt.Errorf("model: ensemble.txt: %w", err)
			}
			if e, err = ReadMember(bytes.NewReader(b)); err != nil {
				return nil, fmt.Errorf("model: %s: %w", name, err)
			}
		}
		e.name = name
		out = append(out, e)
	}
	return out, nil
}

// memberNames returns the file names of an ensemble list: one a line,
// '#' starts a comment.
func memberNames(list string) []string {
	var names []string
	for line := range strings.SplitSeq(list, "\n") {
		if i := strings.IndexByte(line, '#'); i >= 0 {
			line = line[:i]
		}
		if f := strings.Fields(line); len(f) > 0 {
			names = append(names, f[0])
		}
	}
	return names
}

// EmbeddedMembersSize returns the compressed size in bytes of the
// embedded ensemble member files (the embedded model and beam parser,
// which ensemble.txt may name, are not counted).
func EmbeddedMembersSize() int {
	n := 0
	list, _ := memberFS.ReadFile("ensemble.txt")
	for _, name := range memberNames(string(list)) {
		b, _ := memberFS.ReadFile(name)
		n += len(b)
	}
	return n
}

// LoadEnsemble decodes the embedded model and its embedded ensemble
// members: m.WithMembers(m.EmbeddedMembers()...) for m := Load().
func LoadEnsemble() (*Model, error) {
	m, err := Load()
	if err != nil {
		return nil, err
	}
	ms, err := m.EmbeddedMembers()
	if err != nil {
		return nil, err
	}
	return m.WithMembers(ms...)
}

// maxParsers bounds the ensemble's size (base included), so that more
// votes always outweigh fewer (see weight).
const maxParsers = 8

// member is a Member bound to a base model: its tag and label ids
// mapped from and to the base's.
type member struct {
	*Member
	tagMap   []int // base tag id -> member tag id
	labelMap []int // member label id -> base label id (-1: unknown)
}

// WithMembers returns a model sharing m's parts that parses every
// sentence with m's parser and the members and combines their trees
// (see Member). With no members it parses as m. The members' tags are
// matched to m's tagger by name: a tag the member does not know is
// replaced by one with the same UPOS, else by its first tag. A member
// loaded from the same embedded file as m's parser (see EmbeddedMembers) is
// left out: m's parser votes first already.
func (m *Model) WithMembers(ms ...*Member) (*Model, error) {
	var use []*Member
	for _, e := range ms {
		if e.name == "" || e.name != m.parserName {
			use = append(use, e)
		}
	}
	if 1+len(use) > maxParsers {
		return nil, fmt.Errorf("model: at most %d parsers in an ensemble", maxParsers)
	}
	q := &Model{tagger: m.tagger, lemma: m.lemma, morph: m.morph, parser: m.parser, reverse: m.reverse, Info: m.Info,
		parserName: m.parserName}
	if len(ms) > 0 {
		q.ensemble = ms
	}
	q.init()
	labelID := map[string]int{}
	for i, l := range q.label {
		labelID[l] = i
	}
	for _, e := range use {
		b := &member{Member: e, tagMap: make([]int, len(q.upos))}
		byName, byUPOS := map[[2]string]int{}, map[string]int{}
		for i := range e.upos {
			byName[[2]string{e.upos[i], e.xpos[i]}] = i
			if _, ok := byUPOS[e.upos[i]]; !ok {
				byUPOS[e.upos[i]] = i
			}
		}
		for t := range q.upos {
			id, ok := byName[[2]string{q.upos[t], q.xpos[t]}]
			if !ok {
				id = byUPOS[q.upos[t]] // 0 when unknown
			}
			b.tagMap[t] = id
		}
		for _, l := range e.parser.Labels() {
			id, ok := labelID[l]
			if !ok {
				id = -1
			}
			b.labelMap = append(b.labelMap, id)
		}
		q.members = append(q.members, b)
	}
	return q, nil
}

// Parsers returns the number of parsers the model combines (1: the base
// parser alone).
func (m *Model) Parsers() int { return 1 + len(m.members) }

// weight is the vote of parser k (0: the base): 4096 plus a tie-break
// of 128>>k, so that more votes always outweigh fewer, and between equal
// numbers of votes the set holding the earliest parser wins (the
// tie-breaks of different sets never sum to the same value).
func weight(k int) int32 { return 4096 + 128>>k }

// ensembleScratch is the working memory of an ensemble parse.
type ensembleScratch struct {
	ps     parser.Scratch
	words  []lex.Word
	tags   []int
	heads  [maxParsers][]int
	labels [maxParsers][]int
	votes  []int32 // (n+1) x (n+1): votes[h*(n+1)+d], h = 0 the root
	eis    eisner
	lvotes []int32
	// wts, when set, holds each parser's vote per word (wts[j][d]);
	// else parser j votes weight(j).
	wts [maxParsers][]int32
}

// vote returns the vote of parser j for word d.
func (es *ensembleScratch) vote(j, d int) int32 {
	if es.wts[j] != nil {
		return es.wts[j][d]
	}
	return weight(j)
}

// parseWith parses with p, right to left when reverse is set; tags are
// p's tag ids.
func parseWith(p *parser.Parser, reverse bool, sc *parser.Scratch, es *ensembleScratch, words []lex.Word, tags, heads, labels []int) {
	if !reverse {
		p.Parse(sc, words, tags, heads, labels)
		return
	}
	n := len(words)
	es.words = grow(es.words, n)
	rt := grow(es.tags, 2*n)
	es.tags = rt
	rtags, rheads := rt[:n], rt[n:]
	for i := range n {
		es.words[n-1-i] = words[i]
		rtags[n-1-i] = tags[i]
	}
	rlabels := labels // filled in reverse order, then permuted in place
	p.Parse(sc, es.words, rtags, rheads, rlabels)
	for i := range n {
		h := rheads[n-1-i]
		if h > 0 {
			h = n + 1 - h
		}
		heads[i] = h
	}
	for i, j := 0, n-1; i < j; i, j = i+1, j-1 {
		labels[i], labels[j] = labels[j], labels[i]
	}
}

// parseEnsemble parses with every parser of m and combines the trees
// into sc.heads and sc.labels (base label ids). tags are m's tag ids.
func (m *Model) parseEnsemble(sc *scratch, words []lex.Word) {
	n := len(words)
	es := &sc.es
	k := m.Parsers()
	for j := range k {
		es.heads[j] = grow(es.heads[j], n)
		es.labels[j] = grow(es.labels[j], n)
	}
	parseWith(m.parser, m.reverse, &sc.ps, es, words, sc.tags, es.heads[0], es.labels[0])
	for j, b := range m.members {
		sc.mtags = grow(sc.mtags, n)
		for i, t := range sc.tags {
			sc.mtags[i] = b.tagMap[t]
		}
		parseWith(b.parser, b.reverse, &sc.ps, es, words, sc.mtags, es.heads[j+1], es.labels[j+1])
		for i, l := range es.labels[j+1] {
			es.labels[j+1][i] = b.labelMap[l]
		}
	}
	combine(es, k, n, m.parserRoot(), len(m.label), sc.heads, sc.labels)
}

// agreement compares the trees of the parsers of the last tagParse
// (n words) with the combined tree in sc.heads and sc.labels.
func (m *Model) agreement(sc *scratch, n int) Agreement {
	k := m.Parsers()
	if m.members == nil {
		return Agreement{Parsers: 1, Min: 1, Base: true}
	}
	es := &sc.es
	ag := Agreement{Parsers: k, Min: k, Base: true}
	for d := range n {
		votes := 0
		for j := range k {
			if es.heads[j][d] == sc.heads[d] && es.labels[j][d] == sc.labels[d] {
				votes++
			} else if j == 0 {
				ag.Base = false
			}
		}
		ag.Min = min(ag.Min, votes)
	}
	return ag
}

// parserRoot returns the base label id of "root".
func (m *Model) parserRoot() int {
	for i, l := range m.label {
		if l == "root" {
			return i
		}
	}
	return 0
}

// combine decodes the tree of the k parsers' votes in es.heads and
// es.labels (n words) into heads and labels: the best projective tree
// with one root, then for each arc the label with the largest vote among
// the parsers that chose it (the earliest parser's label for an arc no
// parser chose). Labels of -1 do not vote.
func combine(es *ensembleScratch, k, n, root, nlabels int, heads, labels []int) {
	if n == 0 {
		return
	}
	w := n + 1
	es.votes = grow(es.votes, w*w)
	clear(es.votes)
	for j := range k {
		for d, h := range es.heads[j][:n] {
			es.votes[h*w+d+1] += es.vote(j, d)
		}
	}
	if !bestHeads(es.votes, n, heads) {
		es.eis.decode(es.votes, n, heads)
	}
	es.lvotes = grow(es.lvotes, nlabels)
	for d := range n {
		h := heads[d]
		if h == 0 {
			labels[d] = root
			continue
		}
		clear(es.lvotes)
		best, fallback := -1, -1
		for j := range k {
			l := es.labels[j][d]
			if l < 0 {
				continue
			}
			if fallback < 0 {
				fallback = l
			}
			if es.heads[j][d] != h {
				continue
			}
			es.lvotes[l] += es.vote(j, d)
			if best < 0 || es.lvotes[l] > es.lvotes[best] {
				best = l
			}
		}
		switch {
		case best >= 0:
			labels[d] = best
		case fallback >= 0:
			labels[d] = fallback
		default:
			labels[d] = es.labels[0][d]
		}
		if labels[d] == root {
			// "root" only for the root's dependent: take the earliest
			// other label given to this word, else any non-root label.
			labels[d] = nonRoot(es, k, d, root)
		}
	}
}

// bestHeads sets each word's head to its best-voted one and tells
// whether that makes a projective tree with one root: then it is the
// tree Eisner's algorithm would find (each parser votes once per word
// and the weights make every tie impossible), at a fraction of the cost.
func bestHeads(votes []int32, n int, heads []int) bool {
	w := n + 1
	roots := 0
	for d := 1; d <= n; d++ {
		best := 0
		for h := 1; h <= n; h++ {
			if votes[h*w+d] > votes[best*w+d] {
				best = h
			}
		}
		heads[d-1] = best
		if best == 0 {
			roots++
		}
	}
	if roots != 1 {
		return false
	}
	// Projective and acyclic: the words strictly inside an arc's span
	// have their heads inside it, its ends included; and the root's
	// dependent is reached from every word.
	for d := 1; d <= n; d++ {
		h := heads[d-1]
		if h == d {
			return false
		}
		if h == 0 {
			continue
		}
		lo, hi := min(d, h), max(d, h)
		for x := lo + 1; x < hi; x++ {
			if hx := heads[x-1]; hx < lo || hx > hi {
				return false
			}
		}
	}
	for d := 1; d <= n; d++ {
		x := d
		for steps := 0; heads[x-1] != 0; steps++ {
			if steps > n {
				return false
			}
			x = heads[x-1]
		}
	}
	return true
}

// nonRoot returns the first label other than root that a parser gave
// word d, else the first label id that is not root.
func nonRoot(es *ensembleScratch, k, d, root int) int {
	for j := range k {
		if l := es.labels[j][d]; l >= 0 && l != root {
			return l
		}
	}
	if root == 0 {
		return 1
	}
	return 0
}

// eisner is the working memory of Eisner's projective decoder.
type eisner struct {
	// complete and incomplete span scores and split points, indexed
	// [(i*n+j)*2+dir] for words i <= j (0-based), dir 0: head j (left
	// arcs), 1: head i (right arcs).
	c, in   []int32
	cb, ib  []int32
	pending [][3]int32
}

// decode finds the highest-scoring projective tree with exactly one
// word attached to the root: scores[h*(n+1)+d] is the score of head h
// (1-based, 0 the root) for word d (1-based). heads receives the 1-based
// head of each word, 0 for the root. Ties go to the first tree found
// (shorter left parts first), so decoding is deterministic.
func (e *eisner) decode(scores []int32, n int, heads []int) {
	w := n + 1
	sc := func(h, d int) int32 { return scores[(h+1)*w+d+1] } // 0-based words
	size := n * n * 2
	e.c, e.in = grow(e.c, size), grow(e.in, size)
	e.cb, e.ib = grow(e.cb, size), grow(e.ib, size)
	clear(e.c)
	clear(e.in)
	at := func(i, j, dir int) int { return (i*n+j)*2 + dir }
	for span := 1; span < n; span++ {
		for i := 0; i+span < n; i++ {
			j := i + span
			// incomplete: an arc between i and j over a split r.
			best, br := int32(-1<<30), int32(i)
			for r := i; r < j; r++ {
				if v := e.c[at(i, r, 1)] + e.c[at(r+1, j, 0)]; v > best {
					best, br = v, int32(r)
				}
			}
			e.in[at(i, j, 0)], e.ib[at(i, j, 0)] = best+sc(j, i), br
			e.in[at(i, j, 1)], e.ib[at(i, j, 1)] = best+sc(i, j), br
			// complete, head j: c(i,r,left) + in(r,j,left).
			best, br = int32(-1<<30), int32(i)
			for r := i; r < j; r++ {
				if v := e.c[at(i, r, 0)] + e.in[at(r, j, 0)]; v > best {
					best, br = v, int32(r)
				}
			}
			e.c[at(i, j, 0)], e.cb[at(i, j, 0)] = best, br
			// complete, head i: in(i,r,right) + c(r,j,right).
			best, br = int32(-1<<30), int32(i+1)
			for r := i + 1; r <= j; r++ {
				if v := e.in[at(i, r, 1)] + e.c[at(r, j, 1)]; v > best {
					best, br = v, int32(r)
				}
			}
			e.c[at(i, j, 1)], e.cb[at(i, j, 1)] = best, br
		}
	}
	// The root's one dependent r heads everything: c(0,r,left) + c(r,n-1,right).
	best, root := int32(-1<<30), 0
	for r := range n {
		if v := e.c[at(0, r, 0)] + e.c[at(r, n-1, 1)] + scores[r+1]; v > best {
			best, root = v, r
		}
	}
	heads[root] = 0
	// Back-track without recursion: (kind, i, j) with kind 0/1 complete
	// left/right, 2/3 incomplete left/right.
	st := append(e.pending[:0], [3]int32{0, 0, int32(root)}, [3]int32{1, int32(root), int32(n - 1)})
	for len(st) > 0 {
		t := st[len(st)-1]
		st = st[:len(st)-1]
		kind, i, j := t[0], int(t[1]), int(t[2])
		if i == j {
			continue
		}
		switch kind {
		case 0:
			r := e.cb[at(i, j, 0)]
			st = append(st, [3]int32{0, int32(i), r}, [3]int32{2, r, int32(j)})
		case 1:
			r := e.cb[at(i, j, 1)]
			st = append(st, [3]int32{3, int32(i), r}, [3]int32{1, r, int32(j)})
		case 2:
			heads[i] = j + 1
			r := e.ib[at(i, j, 0)]
			st = append(st, [3]int32{1, int32(i), r}, [3]int32{0, r + 1, int32(j)})
		case 3:
			heads[j] = i + 1
			r := e.ib[at(i, j, 1)]
			st = append(st, [3]int32{1, int32(i), r}, [3]int32{0, r + 1, int32(j)})
		}
	}
	e.pending = st
}
