package model

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"math/rand/v2"
	"path/filepath"
	"sort"
	"strings"
	"sync"
	"time"

	"github.com/petrel-events/petrel/nlp/conllu"
	"github.com/petrel-events/petrel/nlp/lemma"
	"github.com/petrel-events/petrel/nlp/morph"
	"github.com/petrel-events/petrel/nlp/parser"
	"github.com/petrel-events/petrel/nlp/tagger"
)

// TrainOptions controls Train. The zero value trains the shipped model.
type TrainOptions struct {
	TaggerEpochs int    // default 6
	ParserEpochs int    // default 15
	Folds        int    // jack-knife folds for the parser's training tags (default 5; 1 = gold tags)
	Workers      int    // goroutines for the jack-knife folds (default 2)
	Seed         uint64 // seed of all shuffles
	// Split trains the parser as a move model plus a labeler instead of
	// one joint move-and-label model: about twice as fast, 0.7 UAS and
	// 0.8 LAS lower on EWT (see docs/nlp.md).
	Split bool
	// Beam is the parser's beam width (joint parser only): above 1 the
	// parser is trained globally and decodes with a beam of that width
	// (see docs/nlp.md); 0 or 1 is the greedy parser.
	Beam int
	// RightToLeft trains the parser on reversed sentences (the last word
	// first), for a right-to-left ensemble member (see Member).
	RightToLeft bool
	// Prune drops the parser's features whose largest weight is below
	// this fraction of the model's largest (default 0.02; larger values
	// make smaller ensemble members).
	Prune float64
	// PruneEntries drops, from the parser features Prune keeps, the
	// single class weights below this fraction of the largest (default:
	// a quarter of Prune). The beam parser uses it to fit the size bound.
	PruneEntries float64
	// Context adds the parser's features on the commas, brackets and
	// quotation marks between s0 and b0 (+0.24 UAS, +0.13 LAS on EWT
	// dev; not shipped, see docs/nlp.md).
	Context bool
	// Clusters adds word-cluster features to the parser (see
	// docs/nlp.md: not better on EWT dev).
	Clusters bool
	// Extra are automatically parsed sentences (e.g. news parsed by the
	// ensemble, kept where its parsers agree: see docs/nlp.md,
	// uptraining) added to the parser's training sentences only, with
	// the tags they carry; the tagger, lemmatizer and features learn from
	// train alone. Sentences whose words repeat an earlier extra or
	// training sentence are skipped.
	Extra []*conllu.Sentence
	// ExtraMax caps the extra sentences used (0: all): that many are
	// drawn, in a shuffle seeded by Seed.
	ExtraMax int
	Log      *slog.Logger
}

// Speed settings measured on EWT dev (see docs/nlp.md): the tagger's
// second pass retags only words whose first-pass margin is below 0.3 of
// the largest weight, and the parser drops features whose largest weight
// is below 2% of the largest (two thirds of them, for 0.1 UAS).
const (
	retag       = 0.3
	pruneMoves  = 0.02
	pruneLabels = 0.02
)

// FindTreebank returns the train and dev CoNLL-U files of a UD treebank
// folder (files named *-ud-train.conllu and *-ud-dev.conllu).
func FindTreebank(dir string) (train, dev string, err error) {
	pick := func(suffix string) (string, error) {
		m, err := filepath.Glob(filepath.Join(dir, "*-ud-"+suffix+".conllu"))
		if err != nil {
			return "", err
		}
		if len(m) != 1 {
			return "", fmt.Errorf("model: want one *-ud-%s.conllu in %s, found %d", suffix, dir, len(m))
		}
		return m[0], nil
	}
	if train, err = pick("train"); err != nil {
		return "", "", err
	}
	if dev, err = pick("dev"); err != nil {
		return "", "", err
	}
	return train, dev, nil
}

// Train learns a model from treebank sentences: train for fitting, dev
// (may be empty) for choosing the epochs. Training is deterministic: the
// same data and options give the same model bytes.
func Train(ctx context.Context, train, dev []*conllu.Sentence, opt TrainOptions) (*Model, error) {
	if len(train) == 0 {
		return nil, errors.New("model: no training sentences")
	}
	if opt.TaggerEpochs <= 0 {
		opt.TaggerEpochs = 6
	}
	if opt.ParserEpochs <= 0 {
		opt.ParserEpochs = 15
	}
	if opt.Folds <= 0 {
		opt.Folds = 5
	}
	if opt.Workers <= 0 {
		opt.Workers = 2
	}
	log := opt.Log
	if log == nil {
		log = slog.New(slog.DiscardHandler)
	}
	start := time.Now()
	tagTrain, tagDev := tagSentences(train), tagSentences(dev)
	topt := tagger.Options{Epochs: opt.TaggerEpochs, Seed: opt.Seed, TwoPass: true, Log: log}
	tg, err := tagger.Train(tagTrain, tagDev, topt)
	if err != nil {
		return nil, err
	}
	tg.SetRetag(retag)
	log.Info("tagger trained", "elapsed", time.Since(start).Round(time.Second))
	if err := ctx.Err(); err != nil {
		return nil, err
	}

	// Jack-knifed tags: each fold tagged by a tagger trained on the others.
	trainTags := make([][]int, len(train))
	if opt.Folds == 1 {
		for i, s := range train {
			trainTags[i] = goldTags(tg, s)
		}
	} else {
		if err := jackknife(ctx, tg, train, tagTrain, trainTags, opt, log); err != nil {
			return nil, err
		}
	}
	log.Info("jack-knife done", "elapsed", time.Since(start).Round(time.Second))

	var lex []lemma.Example
	var mex []morph.Example
	for _, s := range train {
		for _, w := range s.Words {
			lex = append(lex, lemma.Example{Form: w.Form, UPOS: w.UPOS, XPOS: w.XPOS, Lemma: w.Lemma})
			mex = append(mex, morph.Example{Form: w.Form, UPOS: w.UPOS, XPOS: w.XPOS, Feats: w.Feats})
		}
	}
	lm, err := lemma.Train(lex)
	if err != nil {
		return nil, err
	}
	ma := morph.Train(mex)

	ptrain := make([]parser.Sentence, len(train))
	for i, s := range train {
		ptrain[i] = parseSentence(s, trainTags[i])
	}
	var extraWords int
	if len(opt.Extra) > 0 {
		extra, err := extraSentences(tg, train, opt.Extra, opt.ExtraMax, opt.Seed)
		if err != nil {
			return nil, err
		}
		for _, s := range extra {
			extraWords += len(s.Words)
		}
		log.Info("extra parser sentences", "sentences", len(extra), "words", extraWords)
		ptrain = append(ptrain, extra...)
	}
	pdev := make([]parser.Sentence, len(dev))
	var sc tagger.Scratch
	for i, s := range dev {
		tags := make([]int, len(s.Words))
		tg.Tag(&sc, tagDev[i].Words, tags)
		pdev[i] = parseSentence(s, tags)
	}
	// Coarse tags for the parser: the UPOS of each joint tag.
	coarse := make([]int, tg.Tags())
	uposID := map[string]int{}
	for i := range coarse {
		u := tg.UPOS(i)
		if _, ok := uposID[u]; !ok {
			uposID[u] = len(uposID)
		}
		coarse[i] = uposID[u]
	}
	punct, ok := uposID["PUNCT"]
	if !ok {
		punct = -1
	}
	if opt.RightToLeft {
		for i := range ptrain {
			ptrain[i] = reverseSentence(ptrain[i])
		}
		for i := range pdev {
			pdev[i] = reverseSentence(pdev[i])
		}
	}
	p, err := parser.Train(ptrain, pdev, parser.Options{Epochs: opt.ParserEpochs, Seed: opt.Seed,
		Coarse: coarse, PunctTag: punct, Joint: !opt.Split, Beam: opt.Beam,
		Context: opt.Context, Clusters: opt.Clusters, Log: log})
	if err != nil {
		return nil, err
	}
	prune, pruneL := pruneMoves, pruneLabels
	if opt.Prune > 0 {
		prune, pruneL = opt.Prune, opt.Prune
	}
	if opt.PruneEntries > 0 {
		p = p.PruneEntries(prune, opt.PruneEntries, pruneL)
	} else {
		p = p.Prune(prune, pruneL)
	}
	log.Info("parser trained", "elapsed", time.Since(start).Round(time.Second), "parser", p.String())
	split := fmt.Sprint(opt.Split)
	if p.Beam() > 1 {
		split += fmt.Sprintf(", beam %d", p.Beam())
	}
	if opt.RightToLeft {
		split += ", right to left"
	}
	if opt.Context {
		split += ", context features"
	}
	if opt.Clusters {
		split += ", word clusters"
	}
	m := &Model{tagger: tg, lemma: lm, morph: ma, parser: p, reverse: opt.RightToLeft,
		Info: fmt.Sprintf("trained on %d sentences; tagger epochs %d (two-pass), parser epochs %d (split %s), %d-fold jack-knifed tags, seed %d",
			len(train), opt.TaggerEpochs, opt.ParserEpochs, split, opt.Folds, opt.Seed)}
	if prune != pruneMoves {
		m.Info += pruneInfo(prune)
	}
	if opt.PruneEntries > 0 {
		m.Info += entriesInfo(opt.PruneEntries)
	}
	if n := len(ptrain) - len(train); n > 0 {
		m.Info += fmt.Sprintf("; parser also trained on %d automatically parsed sentences (%d words)", n, extraWords)
	}
	m.init()
	return m, nil
}

// extraSentences turns automatically parsed sentences into parser
// training sentences tagged with the tags they carry (mapped to tg's
// ids; a pair tg does not know takes the first tag of its UPOS). It
// skips sentences whose words repeat a training or earlier extra
// sentence, and keeps limit of them (0: all) drawn in a shuffle seeded by
// seed, in their original order.
func extraSentences(tg *tagger.Tagger, train, extra []*conllu.Sentence, limit int, seed uint64) ([]parser.Sentence, error) {
	key := func(s *conllu.Sentence) string {
		var b strings.Builder
		for _, w := range s.Words {
			b.WriteString(w.Form)
			b.WriteByte(0)
		}
		return b.String()
	}
	seen := map[string]bool{}
	for _, s := range train {
		seen[key(s)] = true
	}
	byUPOS := map[string]int{}
	for i := tg.Tags() - 1; i >= 0; i-- {
		byUPOS[tg.UPOS(i)] = i
	}
	var keep []*conllu.Sentence
	for _, s := range extra {
		k := key(s)
		if len(s.Words) == 0 || seen[k] {
			continue
		}
		seen[k] = true
		keep = append(keep, s)
	}
	if limit > 0 && len(keep) > limit {
		idx := make([]int, len(keep))
		for i := range idx {
			idx[i] = i
		}
		rng := rand.New(rand.NewPCG(seed, 0xe8a3))
		rng.Shuffle(len(idx), func(i, j int) { idx[i], idx[j] = idx[j], idx[i] })
		idx = idx[:limit]
		sort.Ints(idx)
		sel := make([]*conllu.Sentence, limit)
		for i, j := range idx {
			sel[i] = keep[j]
		}
		keep = sel
	}
	out := make([]parser.Sentence, len(keep))
	for i, s := range keep {
		tags := make([]int, len(s.Words))
		for j, w := range s.Words {
			if w.Head < 0 || w.Head > len(s.Words) || w.DepRel == "" || w.DepRel == "_" {
				return nil, fmt.Errorf("model: extra sentence %q: word %d has no tree", s.Comment("sent_id"), j+1)
			}
			t := tg.TagID(w.UPOS, w.XPOS)
			if t < 0 {
				u, ok := byUPOS[w.UPOS]
				if !ok {
					return nil, fmt.Errorf("model: extra sentence %q: unknown tag %s/%s", s.Comment("sent_id"), w.UPOS, w.XPOS)
				}
				t = u
			}
			tags[j] = t
		}
		out[i] = parseSentence(s, tags)
	}
	return out, nil
}

func tagSentences(ss []*conllu.Sentence) []tagger.Sentence {
	out := make([]tagger.Sentence, len(ss))
	for i, s := range ss {
		t := tagger.Sentence{Words: make([]string, len(s.Words)), UPOS: make([]string, len(s.Words)), XPOS: make([]string, len(s.Words))}
		for j, w := range s.Words {
			t.Words[j], t.UPOS[j], t.XPOS[j] = w.Form, w.UPOS, w.XPOS
		}
		out[i] = t
	}
	return out
}

func goldTags(tg *tagger.Tagger, s *conllu.Sentence) []int {
	tags := make([]int, len(s.Words))
	for i, w := range s.Words {
		tags[i] = max(0, tg.TagID(w.UPOS, w.XPOS))
	}
	return tags
}

func parseSentence(s *conllu.Sentence, tags []int) parser.Sentence {
	p := parser.Sentence{Tags: tags}
	for _, w := range s.Words {
		p.Words = append(p.Words, w.Form)
		p.Heads = append(p.Heads, max(0, w.Head))
		p.Labels = append(p.Labels, w.DepRel)
	}
	return p
}

// pruneInfo describes a parser pruning fraction other than the default.
func pruneInfo(frac float64) string {
	return fmt.Sprintf(", parser features below %g of the largest weight dropped", frac)
}

// entriesInfo describes a parser entry pruning fraction.
func entriesInfo(frac float64) string {
	return fmt.Sprintf(", parser weights below %g of the largest dropped", frac)
}

// reverseSentence returns s with its words in reverse order and the
// heads renumbered: word i of n (1-based) becomes word n+1-i.
func reverseSentence(s parser.Sentence) parser.Sentence {
	n := len(s.Words)
	r := parser.Sentence{Words: make([]string, n), Tags: make([]int, n), Heads: make([]int, n), Labels: make([]string, n)}
	for i := range n {
		j := n - 1 - i
		r.Words[j], r.Tags[j], r.Labels[j] = s.Words[i], s.Tags[i], s.Labels[i]
		if h := s.Heads[i]; h > 0 {
			r.Heads[j] = n + 1 - h
		}
	}
	return r
}

// jackknife fills tags with each training sentence tagged by a tagger that
// did not see it, mapped to the ids of the full tagger tg.
func jackknife(ctx context.Context, tg *tagger.Tagger, train []*conllu.Sentence, tagTrain []tagger.Sentence, tags [][]int, opt TrainOptions, log *slog.Logger) error {
	k := opt.Folds
	var wg sync.WaitGroup
	errs := make([]error, k)
	sem := make(chan struct{}, opt.Workers)
	for fold := 0; fold < k; fold++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			sem <- struct{}{}
			defer func() { <-sem }()
			if err := ctx.Err(); err != nil {
				errs[fold] = err
				return
			}
			var in []tagger.Sentence
			for i, s := range tagTrain {
				if i%k != fold {
					in = append(in, s)
				}
			}
			ft, err := tagger.Train(in, nil, tagger.Options{Epochs: opt.TaggerEpochs, Seed: opt.Seed + uint64(fold) + 1, TwoPass: true})
			if err != nil {
				errs[fold] = err
				return
			}
			var sc tagger.Scratch
			for i, s := range tagTrain {
				if i%k != fold {
					continue
				}
				t := make([]int, len(s.Words))
				ft.Tag(&sc, s.Words, t)
				for j, id := range t {
					g := tg.TagID(ft.UPOS(id), ft.XPOS(id))
					if g < 0 {
						g = max(0, tg.TagID(train[i].Words[j].UPOS, train[i].Words[j].XPOS))
					}
					t[j] = g
				}
				tags[i] = t
			}
			log.Info("jack-knife fold done", "fold", fold+1, "of", k)
		}()
	}
	wg.Wait()
	return errors.Join(errs...)
}
