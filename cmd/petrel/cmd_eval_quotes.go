package main

import (
	"bufio"
	"fmt"
	"io"
	"os"
	"path/filepath"

	"github.com/spf13/cobra"

	"github.com/petrel-events/petrel/doc"
	"github.com/petrel-events/petrel/internal/sharedtest"
	"github.com/petrel-events/petrel/pipeline"
	"github.com/petrel-events/petrel/quotes"
)

func newEvalQuotesCmd() *cobra.Command {
	var dir, split, cacheDir, errFile, modelFile string
	var wordList bool
	cmd := &cobra.Command{
		Use:   "quotes [--split dev|train] [--dir DIR]",
		Short: "Score quote attribution (cue, source, content spans) on PolNeAR",
		Long: `Quotes runs the recognition layers (tokenize, times, actors, quotes) on
the articles of a PolNeAR split and prints precision, recall and F1 of the
cue, source and content spans: exact (same extent), overlap (one-to-one
span overlap) and token (shared non-space bytes). The dev split is for
reporting; tune on train. See docs/quotes.md.`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			if dir == "" {
				shared, ok := sharedtest.Find()
				if !ok {
					return fmt.Errorf("no ../shared folder beside the module: give --dir")
				}
				dir = filepath.Join(shared, "eval", "quotes-polnear")
			}
			var errs io.Writer
			if errFile != "" {
				f, err := os.Create(errFile)
				if err != nil {
					return err
				}
				defer f.Close()
				bw := bufio.NewWriter(f)
				defer bw.Flush()
				errs = bw
			}
			sc := quotes.NewScorer()
			add := func(name, text string, gold []quotes.Attribution, qs []doc.Quote) {
				pred := quotes.Attributions(qs)
				sc.Add(text, gold, pred)
				if errs != nil {
					quotes.WriteErrors(errs, name, text, gold, pred)
				}
			}
			ctx := cmd.Context()
			if cacheDir != "" {
				ps, err := loadPolNeAR(ctx, dir, split, cacheDir)
				if err != nil {
					return err
				}
				r, err := loadStages(pipelineConfig{})
				if err != nil {
					return err
				}
				q, ok := r.quotes.(*quotes.Recognizer)
				if !ok {
					return fmt.Errorf("quotes layer is %T", r.quotes)
				}
				if wordList {
					q = q.WithCueModel(nil)
				}
				if modelFile != "" {
					f, err := os.Open(modelFile)
					if err != nil {
						return err
					}
					ms, err := quotes.ReadCueModels(f)
					f.Close()
					if err != nil {
						return fmt.Errorf("%s: %w", modelFile, err)
					}
					q = q.WithCueModels(ms)
				}
				for i, d := range ps.Docs {
					add(d.ID, d.Text, ps.Gold[i], q.Find(d))
				}
			} else {
				p, err := newQuotesPipeline(wordList)
				if err != nil {
					return err
				}
				err = quotes.ReadPolNeAR(ctx, dir, split, func(pd quotes.PolNeARDoc) error {
					d := &doc.Doc{ID: pd.Name, Text: pd.Text}
					if err := p.Process(ctx, d); err != nil {
						return fmt.Errorf("%s: %w", pd.Name, err)
					}
					add(pd.Name, pd.Text, pd.Gold, d.Quotes)
					return nil
				})
				if err != nil {
					return err
				}
			}
			w := cmd.OutOrStdout()
			fmt.Fprintf(w, "PolNeAR %s (%s)\n", split, dir)
			sc.Report(w)
			return nil
		},
	}
	cmd.Flags().StringVar(&dir, "dir", "", "PolNeAR folder holding data/ (default ../shared/eval/quotes-polnear)")
	cmd.Flags().StringVar(&split, "split", "dev", "split to score: dev or train")
	cmd.Flags().StringVar(&cacheDir, "cache", "", "keep the parsed split as a gob file in this folder (as quotes train does)")
	cmd.Flags().StringVar(&errFile, "errors", "", "write the differences from gold to this file, one a line (kind, document, gold, predicted, context)")
	cmd.Flags().StringVar(&modelFile, "model", "", "with --cache: use this cue model file (one model or a vote) instead of the embedded one")
	cmd.Flags().BoolVar(&wordList, "wordlist", false, "decide cues by the word list alone, without the trained cue classifier")
	return cmd
}

// newQuotesPipeline returns the layers the quotes layer needs: tokenize,
// parse, times, actors and quotes. The text is not cleaned, so that the gold
// offsets stay valid. With wordList, the quotes layer decides cues by its
// word list alone.
func newQuotesPipeline(wordList bool) (*pipeline.Pipeline, error) {
	s, err := loadStages(pipelineConfig{})
	if err != nil {
		return nil, err
	}
	if r, ok := s.quotes.(*quotes.Recognizer); ok && wordList {
		s.quotes = r.WithCueModel(nil)
	}
	return pipeline.New(s.tokenize, s.parse, s.times, s.actors, s.quotes), nil
}
