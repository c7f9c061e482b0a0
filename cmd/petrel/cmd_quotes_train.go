package main

import (
	"bufio"
	"bytes"
	"context"
	"encoding/gob"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"log/slog"
	"math"
	"os"
	"path/filepath"
	"slices"

	"github.com/spf13/cobra"

	"github.com/petrel-events/petrel/doc"
	"github.com/petrel-events/petrel/internal/sharedtest"
	"github.com/petrel-events/petrel/nlp/perceptron"
	"github.com/petrel-events/petrel/quotes"
)

// polnearSplit is one PolNeAR split after the layers before quotes.
type polnearSplit struct {
	Docs []*doc.Doc
	Gold [][]quotes.Attribution
}

// loadPolNeAR runs tokenize, parse, times and actors on the articles of a
// split. With a cache path, a split parsed before is read from cacheDir
// and a new one written there.
func loadPolNeAR(ctx context.Context, dir, split, cacheDir string) (*polnearSplit, error) {
	var cache string
	if cacheDir != "" {
		cache = filepath.Join(cacheDir, "polnear-"+split+".gob")
		if f, err := os.Open(cache); err == nil {
			defer f.Close()
			var ps polnearSplit
			if err := gob.NewDecoder(bufio.NewReader(f)).Decode(&ps); err != nil {
				return nil, fmt.Errorf("cache %s: %w", cache, err)
			}
			return &ps, nil
		} else if !errors.Is(err, fs.ErrNotExist) {
			return nil, err
		}
	}
	s, err := loadStages(pipelineConfig{})
	if err != nil {
		return nil, err
	}
	var ps polnearSplit
	err = quotes.ReadPolNeAR(ctx, dir, split, func(pd quotes.PolNeARDoc) error {
		d := &doc.Doc{ID: pd.Name, Text: pd.Text}
		for _, c := range []interface {
			Process(context.Context, *doc.Doc) error
		}{s.Tokenize, s.Parse, s.Times, s.Actors} {
			if err := c.Process(ctx, d); err != nil {
				return fmt.Errorf("%s: %w", pd.Name, err)
			}
		}
		ps.Docs = append(ps.Docs, d)
		ps.Gold = append(ps.Gold, pd.Gold)
		return nil
	})
	if err != nil {
		return nil, err
	}
	if cache != "" {
		f, err := os.Create(cache)
		if err != nil {
			return nil, err
		}
		w := bufio.NewWriter(f)
		if err := gob.NewEncoder(w).Encode(&ps); err != nil {
			f.Close()
			return nil, err
		}
		if err := w.Flush(); err != nil {
			f.Close()
			return nil, err
		}
		if err := f.Close(); err != nil {
			return nil, err
		}
		slog.Info("cached parsed split", "split", split, "file", cache)
	}
	return &ps, nil
}

// scoreSplit runs r over the parsed articles of ps and scores them.
func scoreSplit(r *quotes.Recognizer, ps *polnearSplit) *quotes.Scorer {
	sc := quotes.NewScorer()
	for i, d := range ps.Docs {
		sc.Add(d.Text, ps.Gold[i], quotes.Attributions(r.Find(d)))
	}
	return sc
}

// objective is what threshold selection maximises: the sum of the three
// target figures (cue and source exact F1, content overlap F1).
func objective(sc *quotes.Scorer) float64 {
	return sc.Roles["cue"].Exact.F() + sc.Roles["source"].Exact.F() + sc.Roles["content"].Overlap.F()
}

// trainCueModel trains the cue classifier on train and picks its two
// thresholds on dev.
func trainCueModel(w io.Writer, train, dev *polnearSplit, epochs, extEpochs, spkEpochs, nestEpochs int, prune float64, nounMin int, nounRatio float64, seed uint64) (*quotes.CueModel, error) {
	// seed shifts the shuffling seed of every model (0: the shipped
	// model's), to tell a change from the noise of training.
	seed *= 100
	// The word list alone: training never reads the embedded model.
	base, err := quotes.NewFromFS(quotes.Data())
	if err != nil {
		return nil, err
	}
	var nouns map[string]bool
	if nounMin > 0 {
		nouns = quotes.CueNouns(train.Docs, train.Gold, nounMin, nounRatio)
		fmt.Fprintf(w, "noun candidates: %d lemmas\n", len(nouns))
		base = base.WithCueNouns(nouns)
	}
	ex, pos := trainExamples(train, base.CueExamples)
	fmt.Fprintf(w, "train: %d candidate tokens, %d cues\n", len(ex), pos)
	pm := quotes.TrainCues(ex, epochs, 1+seed)
	if prune > 0 {
		pm = pm.Prune(prune, prune)
	}
	fmt.Fprintf(w, "model: %d features, %d weights\n", pm.Features(), pm.Entries())
	// The margin scale: the median absolute margin on dev candidates.
	var margins []int32
	cm := &quotes.CueModel{Model: pm}
	var tp, fp, fn, ltp, lfp, lfn int
	for i, d := range dev.Docs {
		for _, e := range base.CueExamples(d, dev.Gold[i]) {
			m := cm.Margin(e.Feats)
			switch {
			case m > 0 && e.Cue:
				tp++
			case m > 0:
				fp++
			case e.Cue:
				fn++
			}
			switch {
			case e.Listed && e.Cue:
				ltp++
			case e.Listed:
				lfp++
			case e.Cue:
				lfn++
			}
			if m < 0 {
				m = -m
			}
			margins = append(margins, m)
		}
	}
	fmt.Fprintf(w, "dev candidate tokens: classifier tp %d fp %d fn %d; word list tp %d fp %d fn %d\n", tp, fp, fn, ltp, lfp, lfn)
	slices.Sort(margins)
	step := max(1, margins[len(margins)/2]/8)
	before := scoreSplit(base, dev)
	fmt.Fprintf(w, "dev, word list alone: %s\n", devFigures(before))
	best, bestObj := &quotes.CueModel{Model: pm}, -1.0
	for _, l := range []int32{math.MinInt32, -16, -12, -8, -6, -4, -2, 0, 2} {
		for o := int32(-6); o <= 10; o++ {
			c := &quotes.CueModel{Model: pm, Listed: l, Other: o * step}
			if l != math.MinInt32 {
				c.Listed = l * step
			}
			sc := scoreSplit(base.WithCueModel(c), dev)
			if obj := objective(sc); obj > bestObj {
				best, bestObj = c, obj
				fmt.Fprintf(w, "dev, listed %d other %d: %s\n", c.Listed, c.Other, devFigures(sc))
			}
		}
	}
	// The preposition, extension and speaker edge models, each trained on
	// the quotes the model so far builds and kept when it helps on dev.
	// The file format keeps each only after the one before it.
	best, bestObj, _ = trainStage(w, stageModel{
		name: "prepositions", counts: "%d cues, %d to change", seed: 2 + seed,
		examples: func(r *quotes.Recognizer) exampleFunc { return r.PrepExamples },
		set:      func(c *quotes.CueModel, m *perceptron.Model) { c.Prep = m },
	}, base, best, bestObj, train, dev, epochs)
	if best.Prep == nil {
		return best, nil
	}
	best, bestObj, kept := trainStage(w, stageModel{
		name: "extension", counts: "%d steps, %d joining the cue", seed: 3 + seed,
		examples: func(r *quotes.Recognizer) exampleFunc { return r.ExtendExamples },
		set:      func(c *quotes.CueModel, m *perceptron.Model) { c.Ext = m },
	}, base, best, bestObj, train, dev, extEpochs)
	if !kept {
		return best, nil
	}
	best, bestObj, _ = trainStage(w, stageModel{
		name: "speaker edges", counts: "%d moves, %d taken", seed: 5 + seed,
		examples: func(r *quotes.Recognizer) exampleFunc { return r.SpeakerExamples },
		set:      func(c *quotes.CueModel, m *perceptron.Model) { c.Spk = m },
	}, base, best, bestObj, train, dev, spkEpochs)
	if best.Spk == nil {
		return best, nil // the file format keeps noun and nested models after a speaker edge model
	}
	if len(nouns) > 0 {
		best, bestObj = trainGated(w, gatedModel{
			name: "nouns", examples: base.NounExamples, seed: 7 + seed, maxSteps: 12,
			set: func(c *quotes.CueModel, m *perceptron.Model, th int32) { c.Nouns, c.Noun, c.NounTh = nouns, m, th },
		}, base, best, bestObj, train, dev, epochs, prune)
	}
	if nestEpochs > 0 {
		// nested candidates lie inside the contents the model so far builds
		built := base.WithCueModel(best)
		best, _ = trainGated(w, gatedModel{
			name: "nested", examples: built.NestExamples, seed: 11 + seed, maxSteps: 16,
			set: func(c *quotes.CueModel, m *perceptron.Model, th int32) { c.Nest, c.NestTh = m, th },
		}, base, best, bestObj, train, dev, nestEpochs, prune)
	}
	return best, nil
}

// exampleFunc gives the training examples of one document and its gold
// attributions.
type exampleFunc = func(*doc.Doc, []quotes.Attribution) []quotes.CueExample

// stageModel is an adjustment model of the cue model: its name and how
// the training log counts its examples, the examples the recognizer built
// so far gives, its training seed, and where it goes in the cue model.
type stageModel struct {
	name, counts string
	examples     func(*quotes.Recognizer) exampleFunc
	seed         uint64
	set          func(*quotes.CueModel, *perceptron.Model)
}

// trainStage trains s on the quotes that base with best builds and returns
// best with it when that raises the dev objective (kept), else best.
func trainStage(w io.Writer, s stageModel, base *quotes.Recognizer, best *quotes.CueModel, bestObj float64, train, dev *polnearSplit, epochs int) (*quotes.CueModel, float64, bool) {
	ex, pos := trainExamples(train, s.examples(base.WithCueModel(best)))
	fmt.Fprintf(w, "%s: "+s.counts+"\n", s.name, len(ex), pos)
	c := *best
	s.set(&c, quotes.TrainCues(ex, epochs, s.seed))
	sc := scoreSplit(base.WithCueModel(&c), dev)
	fmt.Fprintf(w, "dev, with %s: %s\n", s.name, devFigures(sc))
	if obj := objective(sc); obj > bestObj {
		return &c, obj, true
	}
	return best, bestObj, false
}

// trainExamples returns the examples f gives on the train split and how
// many of them are positive.
func trainExamples(train *polnearSplit, f exampleFunc) ([]quotes.CueExample, int) {
	var ex []quotes.CueExample
	pos := 0
	for i, d := range train.Docs {
		for _, e := range f(d, train.Gold[i]) {
			ex = append(ex, e)
			if e.Cue {
				pos++
			}
		}
	}
	return ex, pos
}

// bagged returns train without the documents a member of a vote trained
// with seed leaves out: with bag n > 0, every n-th document, from the
// one at 7·seed mod n (a different tenth of the documents for each of
// ten seeds with n = 10); train itself with bag 0.
func bagged(train *polnearSplit, bag int, seed uint64) *polnearSplit {
	if bag <= 0 {
		return train
	}
	out := &polnearSplit{}
	for i := range train.Docs {
		if (uint64(i)+7*seed)%uint64(bag) != 0 {
			out.Docs = append(out.Docs, train.Docs[i])
			out.Gold = append(out.Gold, train.Gold[i])
		}
	}
	return out
}

// devFigures formats the dev figures training prints for each choice.
func devFigures(sc *quotes.Scorer) string {
	return fmt.Sprintf("cue %.3f (P %.3f R %.3f) source %.3f content overlap %.3f",
		sc.Roles["cue"].Exact.F(), sc.Roles["cue"].Exact.P(), sc.Roles["cue"].Exact.R(), sc.Roles["source"].Exact.F(), sc.Roles["content"].Overlap.F())
}

// gatedModel is one of the extra cue models (nouns, nested cues) that a
// perceptron decides with a threshold chosen on dev.
type gatedModel struct {
	name     string
	examples func(d *doc.Doc, gold []quotes.Attribution) []quotes.CueExample
	seed     uint64
	maxSteps int32                                                   // thresholds tried: -4 to maxSteps steps
	set      func(c *quotes.CueModel, m *perceptron.Model, th int32) // installs the model in a copy of best
}

// trainGated adds g's model to best: trained on g's train examples, with
// its threshold chosen on dev. It returns best unchanged when no
// threshold raises the dev objective.
func trainGated(w io.Writer, g gatedModel, base *quotes.Recognizer, best *quotes.CueModel, bestObj float64, train, dev *polnearSplit, epochs int, prune float64) (*quotes.CueModel, float64) {
	ex, pos := trainExamples(train, g.examples)
	fmt.Fprintf(w, "%s: %d candidate tokens, %d cues\n", g.name, len(ex), pos)
	nm := quotes.TrainCues(ex, epochs, g.seed)
	if prune > 0 {
		nm = nm.Prune(prune, prune)
	}
	var margins []int32
	for i, d := range dev.Docs {
		for _, e := range g.examples(d, dev.Gold[i]) {
			m := (&quotes.CueModel{Model: nm}).Margin(e.Feats)
			margins = append(margins, max(m, -m))
		}
	}
	if len(margins) == 0 {
		return best, bestObj
	}
	slices.Sort(margins)
	step := max(1, margins[len(margins)/2]/4)
	out := best
	for o := int32(-4); o <= g.maxSteps; o++ {
		c := *best
		g.set(&c, nm, o*step)
		sc := scoreSplit(base.WithCueModel(&c), dev)
		obj := objective(sc)
		fmt.Fprintf(w, "dev, %s over %d: %s\n", g.name, o*step, devFigures(sc))
		if obj > bestObj {
			out, bestObj = &c, obj
		}
	}
	return out, bestObj
}

func newQuotesTrainCmd() *cobra.Command {
	var dir, cacheDir, out string
	epochs, extEpochs, spkEpochs := 4, 2, 3
	prune := 0.1
	nounMin, nounRatio := 5, 0.05
	nestEpochs := 4
	var seed uint64
	vote, bag := 3, 10
	cmd := &cobra.Command{
		Use:   "train [--dir DIR] [--cache DIR]",
		Short: "Train the cue classifier on PolNeAR train",
		Long: `Train parses PolNeAR train and dev (tokenize, tag and parse, times,
actors), trains the quotes layer's cue classifier (an averaged perceptron
over candidate tokens) on train, chooses its two thresholds on dev, prints
the dev figures and writes the model (by default
quotes/model/cue.model.zst, the embedded one; run it from the module
root). --vote N (3) trains N such models with the seeds --seed to
--seed+N-1, each without a tenth of the train documents (--bag), and
writes them into one file: the quotes layer keeps the quotes most of
them build. Training is deterministic. --cache DIR keeps the parsed splits
there as gob files (read when present, else written); keep it outside the
repository. See docs/quotes.md.`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			if dir == "" {
				shared, ok := sharedtest.Find()
				if !ok {
					return fmt.Errorf("no ../shared folder beside the module: give --dir")
				}
				dir = filepath.Join(shared, "eval", "quotes-polnear")
			}
			ctx := cmd.Context()
			dev, err := loadPolNeAR(ctx, dir, "dev", cacheDir)
			if err != nil {
				return err
			}
			train, err := loadPolNeAR(ctx, dir, "train", cacheDir)
			if err != nil {
				return err
			}
			w := cmd.OutOrStdout()
			if vote < 1 {
				return fmt.Errorf("--vote %d: at least one model", vote)
			}
			if vote == 1 {
				bag = 0 // one model learns from every document
			}
			var ms []*quotes.CueModel
			for k := range uint64(vote) {
				if vote > 1 {
					fmt.Fprintf(w, "member %d of %d (seed %d)\n", k+1, vote, seed+k)
				}
				m, err := trainCueModel(w, bagged(train, bag, seed+k), dev, epochs, extEpochs, spkEpochs, nestEpochs, prune, nounMin, nounRatio, seed+k)
				if err != nil {
					return err
				}
				ms = append(ms, m)
			}
			if vote > 1 {
				base, err := quotes.NewFromFS(quotes.Data())
				if err != nil {
					return err
				}
				fmt.Fprintf(w, "dev, vote of %d: %s\n", vote, devFigures(scoreSplit(base.WithCueModels(ms), dev)))
			}
			var buf bytes.Buffer
			if err := quotes.WriteCueModels(&buf, ms); err != nil {
				return err
			}
			if err := os.WriteFile(out, buf.Bytes(), 0o644); err != nil {
				return err
			}
			fmt.Fprintf(w, "wrote %s (%d bytes)", out, buf.Len())
			for _, m := range ms {
				fmt.Fprintf(w, "; thresholds listed %d, other %d", m.Listed, m.Other)
			}
			fmt.Fprintln(w)
			return nil
		},
	}
	cmd.Flags().StringVar(&dir, "dir", "", "PolNeAR folder holding data/ (default ../shared/eval/quotes-polnear)")
	cmd.Flags().StringVar(&out, "out", filepath.Join("quotes", "model", "cue.model.zst"), "model file to write")
	cmd.Flags().Float64Var(&prune, "prune", prune, "drop weights below this fraction of the largest")
	cmd.Flags().IntVar(&epochs, "epochs", epochs, "training passes over PolNeAR train")
	cmd.Flags().IntVar(&extEpochs, "ext-epochs", extEpochs, "training passes of the cue extension model")
	cmd.Flags().IntVar(&spkEpochs, "spk-epochs", spkEpochs, "training passes of the speaker edge model")
	cmd.Flags().IntVar(&nestEpochs, "nest-epochs", nestEpochs, "training passes of the nested-cue model (0: none)")
	cmd.Flags().IntVar(&nounMin, "noun-min", nounMin, "a noun is a cue candidate when inside a train gold cue this often (0: no nouns)")
	cmd.Flags().Float64Var(&nounRatio, "noun-ratio", nounRatio, "… and in at least this fraction of its occurrences")
	cmd.Flags().StringVar(&cacheDir, "cache", "", "folder for parsed splits (read when present, else written)")
	cmd.Flags().IntVar(&vote, "vote", vote, "train this many models (seeds --seed, --seed+1, …) and keep the quotes most of them build (1: one model)")
	cmd.Flags().IntVar(&bag, "bag", bag, "with --vote above 1: each model leaves out every N-th train document, a different one for each seed (0: none)")
	cmd.Flags().Uint64Var(&seed, "seed", 0, "shift every model's shuffling seed (0: the shipped model's); compare a change over a few seeds")
	return cmd
}
