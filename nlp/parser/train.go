package parser

import (
	"errors"
	"fmt"
	"log/slog"
	"math/rand/v2"
	"sort"

	"github.com/petrel-events/petrel/nlp/internal/lex"
	"github.com/petrel-events/petrel/nlp/perceptron"
)

// Sentence is a training or evaluation sentence: forms, tag ids, gold
// heads (1-based, 0 for the root) and relation labels.
type Sentence struct {
	Words  []string
	Tags   []int
	Heads  []int
	Labels []string
}

// Options controls training.
type Options struct {
	Epochs int    // passes over the training data (default 15)
	Seed   uint64 // seed of shuffles and exploration
	// Explore is the probability of following the model's own move rather
	// than the oracle's from the second epoch on (default 0.9).
	Explore float64
	// Coarse maps each tag id to a coarse tag (its UPOS); PunctTag is
	// the coarse tag of punctuation. Without Coarse, tags are their own
	// coarse tags and there is no punctuation.
	Coarse   []int
	PunctTag int
	// Joint scores moves and labels together (one class per move and
	// label) instead of a move model and a labeler.
	Joint bool
	// Beam is the beam width of the joint model: above 1, training is
	// global (structured perceptron with max-violation updates) and the
	// parser decodes with a beam of that width. 0 or 1 is greedy.
	Beam int
	// Clusters adds word-cluster features, the clusters learnt from the
	// training words (see cluster.go).
	Clusters bool
	// Context adds features on the commas, brackets and quotation
	// marks between s0 and b0.
	Context bool
	Log     *slog.Logger
}

// Train learns a parser, keeping the epoch with the best labelled
// attachment score on dev (the last when dev is empty).
func Train(train, dev []Sentence, opt Options) (*Parser, error) {
	if len(train) == 0 {
		return nil, errors.New("parser: no training sentences")
	}
	if opt.Epochs <= 0 {
		opt.Epochs = 15
	}
	if opt.Explore == 0 {
		opt.Explore = 0.9
	}
	log := opt.Log
	if log == nil {
		log = slog.New(slog.DiscardHandler)
	}
	p := &Parser{known: map[uint64]uint64{}}
	maxTag := 0
	for _, s := range train {
		for _, t := range s.Tags {
			maxTag = max(maxTag, t)
		}
	}
	for _, s := range dev {
		for _, t := range s.Tags {
			maxTag = max(maxTag, t)
		}
	}
	if opt.Coarse != nil {
		if len(opt.Coarse) <= maxTag {
			return nil, errors.New("parser: Coarse does not cover every tag")
		}
		p.coarse = append([]int(nil), opt.Coarse...)
	} else {
		p.coarse = make([]int, maxTag+1)
		for i := range p.coarse {
			p.coarse[i] = i
		}
	}
	nc := 0
	for _, c := range p.coarse {
		nc = max(nc, c+1)
	}
	p.punct = make([]bool, nc)
	if opt.Coarse != nil && opt.PunctTag >= 0 && opt.PunctTag < nc {
		p.punct[opt.PunctTag] = true
	}
	labelSet := map[string]int{"root": 0}
	counts := map[uint64]int{}
	var buf lex.Buffer
	for _, s := range train {
		if len(s.Words) != len(s.Tags) || len(s.Words) != len(s.Heads) || len(s.Words) != len(s.Labels) {
			return nil, errors.New("parser: sentence fields differ in length")
		}
		for i, w := range s.Words {
			labelSet[s.Labels[i]]++
			counts[lex.Lower(w, &buf)]++
		}
	}
	for l := range labelSet {
		p.labels = append(p.labels, l)
	}
	sort.Strings(p.labels)
	if len(p.labels) > 64 {
		return nil, fmt.Errorf("parser: %d labels, at most 64 supported", len(p.labels))
	}
	index := map[string]int{}
	for i, l := range p.labels {
		index[l] = i
		if l == "root" {
			p.root = i
		}
	}
	for k, c := range counts {
		if c >= 2 {
			p.known[k] = 1
		}
	}
	if opt.Clusters {
		p.feats |= featClusters
		p.clusters = trainClusters(train)
	}
	if opt.Context {
		p.feats |= featContext
	}
	p.tables()
	exs := make([]example, len(train))
	for j, s := range train {
		n := len(s.Words)
		e := example{words: make([]lex.Word, n), gold: make([]int, n), label: make([]int, n)}
		for i, w := range s.Words {
			lex.Analyze(w, &buf, &e.words[i])
			if s.Heads[i] == 0 {
				e.gold[i] = n
			} else {
				e.gold[i] = s.Heads[i] - 1
			}
			e.label[i] = index[s.Labels[i]]
		}
		exs[j] = e
	}

	if opt.Joint {
		return p.trainJoint(exs, train, dev, opt, log)
	}
	mt := perceptron.NewTrainer(3)
	lt := perceptron.NewTrainer(len(p.labels))
	rng := rand.New(rand.NewPCG(opt.Seed, 0x9a75e2))
	order := make([]int, len(train))
	for i := range order {
		order[i] = i
	}
	var sc Scratch
	var mscores [3]float32
	lscores := make([]float32, len(p.labels))
	var bestMoves, bestLabeler *perceptron.Model
	bestLAS := -1.0
	for epoch := 1; epoch <= opt.Epochs; epoch++ {
		rng.Shuffle(len(order), func(i, j int) { order[i], order[j] = order[j], order[i] })
		errs, moves, lerrs, arcs := 0, 0, 0, 0
		for _, j := range order {
			e := &exs[j]
			tags := train[j].Tags
			wv := p.wordValues(&sc, e.words)
			sc.x.countPunct(p, tags)
			st := &sc.st
			st.reset(len(e.words))
			for !st.done() {
				sc.feats = extract(sc.feats[:0], st, wv, tags, &sc.x)
				mscores = [3]float32{}
				mt.Score(sc.feats, mscores[:])
				guess := bestMove(st, mscores[:])
				cs, cl, cr := st.costs(e.gold)
				costs := [3]int{cs, cl, cr}
				legal := [3]bool{st.canShift(), st.canLeft(), st.canRight()}
				minCost := 1 << 30
				for mv := range costs {
					if legal[mv] {
						minCost = min(minCost, costs[mv])
					}
				}
				truth := -1
				for mv := range costs {
					if legal[mv] && costs[mv] == minCost && (truth < 0 || mscores[mv] > mscores[truth]) {
						truth = mv
					}
				}
				mt.Tick()
				moves++
				next := truth
				if costs[guess] > minCost {
					errs++
					mt.Update(truth, guess, sc.feats)
					if epoch > 1 && rng.Float64() < opt.Explore {
						next = guess
					}
				}
				if next == shift {
					st.shift()
					continue
				}
				h, d, ctx := arcOf(st, next)
				sc.lfeats = labelFeatures(sc.lfeats[:0], st, wv, tags, &sc.x, h, d, ctx, next == leftArc)
				clear(lscores)
				lt.Score(sc.lfeats, lscores)
				lab := bestLabel(p, st, h, lscores)
				if e.gold[d] == h && h != st.n {
					lt.Tick()
					arcs++
					if lab != e.label[d] {
						lerrs++
						lt.Update(e.label[d], lab, sc.lfeats)
					}
				}
				if next == leftArc {
					st.left(lab)
				} else {
					st.right(lab)
				}
			}
		}
		p.moves, p.labeler = mt.Average(0), lt.Average(0)
		uas, las := p.Evaluate(dev)
		log.Info("parser epoch", "epoch", epoch, "move_err", float64(errs)/float64(max(moves, 1)),
			"label_err", float64(lerrs)/float64(max(arcs, 1)), "dev_uas", uas, "dev_las", las,
			"move_features", mt.Features(), "label_features", lt.Features())
		if len(dev) == 0 || las > bestLAS {
			bestMoves, bestLabeler, bestLAS = p.moves, p.labeler, las
		}
	}
	p.moves, p.labeler = bestMoves, bestLabeler
	return p, nil
}

// example is a training sentence prepared for the oracle.
type example struct {
	words []lex.Word
	gold  []int // gold head index, n for the root
	label []int
}

// trainJoint trains the joint model (see Options.Joint).
func (p *Parser) trainJoint(exs []example, train, dev []Sentence, opt Options, log *slog.Logger) (*Parser, error) {
	L := len(p.labels)
	classes := 2*L + 1
	tr := perceptron.NewTrainer(classes)
	rng := rand.New(rand.NewPCG(opt.Seed, 0x9a75e2))
	order := make([]int, len(train))
	for i := range order {
		order[i] = i
	}
	var sc Scratch
	var bt beamTrainer
	scores := make([]float32, classes)
	costs := make([]int, classes)
	var bestModel *perceptron.Model
	bestLAS := -1.0
	p.beam = max(opt.Beam, 1)
	for epoch := 1; epoch <= opt.Epochs; epoch++ {
		rng.Shuffle(len(order), func(i, j int) { order[i], order[j] = order[j], order[i] })
		errs, moves := 0, 0
		for _, j := range order {
			e, tags := &exs[j], train[j].Tags
			if opt.Beam > 1 {
				// Global training: one update per sentence.
				if p.trainBeam(&bt, &sc, tr, e, tags, opt.Beam) {
					errs++
				}
				tr.Tick()
				moves++
				continue
			}
			wv := p.wordValues(&sc, e.words)
			sc.x.countPunct(p, tags)
			st := &sc.st
			st.reset(len(e.words))
			for !st.done() {
				sc.feats = extract(sc.feats[:0], st, wv, tags, &sc.x)
				clear(scores)
				tr.Score(sc.feats, scores)
				guess := bestJoint(p, st, scores)
				minCost := p.jointCosts(st, e, costs)
				truth := -1
				for c := 0; c < classes; c++ {
					if costs[c] == minCost && (truth < 0 || scores[c] > scores[truth]) {
						truth = c
					}
				}
				tr.Tick()
				moves++
				next := truth
				if costs[guess] > minCost {
					errs++
					tr.Update(truth, guess, sc.feats)
					if epoch > 1 && rng.Float64() < opt.Explore {
						next = guess
					}
				}
				p.applyJoint(st, next)
			}
		}
		p.moves, p.labeler = tr.Average(0), nil
		uas, las := p.Evaluate(dev)
		log.Info("parser epoch", "epoch", epoch, "train_err", float64(errs)/float64(max(moves, 1)),
			"dev_uas", uas, "dev_las", las, "features", tr.Features())
		if len(dev) == 0 || las > bestLAS {
			bestModel, bestLAS = p.moves, las
		}
	}
	p.moves = bestModel
	return p, nil
}

// Evaluate parses ss (with their given tags) and returns the unlabelled
// and labelled attachment scores, punctuation included.
func (p *Parser) Evaluate(ss []Sentence) (uas, las float64) {
	var sc Scratch
	var buf lex.Buffer
	var words []lex.Word
	var heads, labels []int
	u, l, total := 0, 0, 0
	for _, s := range ss {
		n := len(s.Words)
		if cap(words) < n {
			words = make([]lex.Word, n)
			heads = make([]int, n)
			labels = make([]int, n)
		}
		words, heads, labels = words[:n], heads[:n], labels[:n]
		for i, w := range s.Words {
			lex.Analyze(w, &buf, &words[i])
		}
		p.Parse(&sc, words, s.Tags, heads, labels)
		for i := range s.Words {
			total++
			if heads[i] == s.Heads[i] {
				u++
				if p.labels[labels[i]] == s.Labels[i] {
					l++
				}
			}
		}
	}
	if total == 0 {
		return 0, 0
	}
	return float64(u) / float64(total), float64(l) / float64(total)
}
