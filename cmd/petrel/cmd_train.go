package main

import (
	"fmt"
	"io"
	"log/slog"
	"os"
	"time"

	"github.com/spf13/cobra"

	"github.com/petrel-events/petrel/nlp/conllu"
	"github.com/petrel-events/petrel/nlp/model"
)

func newTrainCmd() *cobra.Command {
	var (
		treebank, out, direction string
		member                   bool
		extra                    []string
		opt                      model.TrainOptions
	)
	cmd := &cobra.Command{
		Use:   "train --treebank DIR --out FILE",
		Short: "Train the tagger, lemmatizer and dependency parser on a UD treebank",
		Long: `Train learns petrel's NLP model (POS tags, lemmas, features, dependency trees)
from a Universal Dependencies treebank folder holding *-ud-train.conllu (fitting)
and *-ud-dev.conllu (choosing epochs). The defaults reproduce the shipped model
(nlp/model/en_ewt.model.zst) byte for byte from UD English EWT.

With --member, only the parser is written, as a member of the reparsing
ensemble (nlp/model/en_ewt_*.member.zst; see docs/nlp.md): --direction r2l
trains it on reversed sentences, --seed varies its training order.

--extra-conllu adds automatically parsed sentences to the parser's training
sentences (uptraining: news parsed by the ensemble where its parsers agree,
made with petrel parse --ensemble --min-agree; see docs/nlp.md). The tagger,
lemmatizer and features still learn from the treebank alone.`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			if treebank == "" || out == "" {
				return fmt.Errorf("train: --treebank and --out are required")
			}
			switch direction {
			case "l2r":
			case "r2l":
				if !member {
					return fmt.Errorf("train: a right-to-left parser is an ensemble member; add --member")
				}
				opt.RightToLeft = true
			default:
				return fmt.Errorf("train: --direction %q: want l2r or r2l", direction)
			}
			trainPath, devPath, err := model.FindTreebank(treebank)
			if err != nil {
				return err
			}
			train, err := conllu.ReadFile(trainPath)
			if err != nil {
				return err
			}
			dev, err := conllu.ReadFile(devPath)
			if err != nil {
				return err
			}
			for _, path := range extra {
				ss, err := conllu.ReadFile(path)
				if err != nil {
					return err
				}
				opt.Extra = append(opt.Extra, ss...)
			}
			opt.Log = slog.New(slog.NewTextHandler(cmd.ErrOrStderr(), nil))
			start := time.Now()
			m, err := model.Train(cmd.Context(), train, dev, opt)
			if err != nil {
				return err
			}
			f, err := os.Create(out)
			if err != nil {
				return fmt.Errorf("train: %w", err)
			}
			var part interface {
				WriteTo(io.Writer) (int64, error)
			} = m
			if member {
				part = m.Member()
			}
			n, err := part.WriteTo(f)
			if cerr := f.Close(); err == nil {
				err = cerr
			}
			if err != nil {
				return fmt.Errorf("train: writing %s: %w", out, err)
			}
			fmt.Fprintf(cmd.OutOrStdout(), "%s\nwrote %s (%.1f MB) in %s\n", m, out, float64(n)/1e6, time.Since(start).Round(time.Second))
			return nil
		},
	}
	f := cmd.Flags()
	f.StringVar(&treebank, "treebank", "", "UD treebank folder (with *-ud-train.conllu and *-ud-dev.conllu)")
	f.StringVar(&out, "out", "", "model file to write (zstd-compressed)")
	f.IntVar(&opt.TaggerEpochs, "tagger-epochs", 6, "tagger training epochs")
	f.IntVar(&opt.ParserEpochs, "parser-epochs", 15, "parser training epochs")
	f.IntVar(&opt.Folds, "folds", 5, "jack-knife folds for the parser's training tags (1 = gold tags)")
	f.IntVar(&opt.Workers, "workers", 2, "goroutines for the jack-knife folds")
	f.Uint64Var(&opt.Seed, "seed", 1, "seed of the training shuffles")
	f.IntVar(&opt.Beam, "beam", 1, "parser beam width: above 1, global training and beam-search decoding (joint parser only)")
	f.BoolVar(&opt.Split, "split", false, "train a move model plus a labeler instead of the joint parser (faster, less accurate)")
	f.StringVar(&direction, "direction", "l2r", "parsing direction: l2r, or r2l (reversed sentences; needs --member)")
	f.BoolVar(&member, "member", false, "write only the parser, as an ensemble member file")
	f.Float64Var(&opt.Prune, "prune", 0.02, "drop parser features whose largest weight is below this fraction of the largest")
	f.Float64Var(&opt.PruneEntries, "prune-entries", 0, "drop the single parser weights below this fraction of the largest from the features kept (default: a quarter of --prune)")
	f.BoolVar(&opt.Context, "context", false, "add the parser's comma, bracket and quotation features (better on EWT dev, not shipped: see docs/nlp.md)")
	f.BoolVar(&opt.Clusters, "clusters", false, "add word-cluster features to the parser (clusters learnt from the training words; not better on EWT dev)")
	f.StringArrayVar(&extra, "extra-conllu", nil, "automatically parsed CoNLL-U sentences added to the parser's training sentences (repeatable)")
	f.IntVar(&opt.ExtraMax, "extra-max", 0, "use at most this many --extra-conllu sentences, drawn in a seeded shuffle (0: all)")
	return cmd
}
