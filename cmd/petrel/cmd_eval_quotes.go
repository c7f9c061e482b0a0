package main

import (
	"bufio"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"sort"

	"github.com/spf13/cobra"

	"github.com/petrel-events/petrel/doc"
	"github.com/petrel-events/petrel/internal/sharedtest"
	"github.com/petrel-events/petrel/pipeline"
	"github.com/petrel-events/petrel/quotes"
)

func newEvalQuotesCmd() *cobra.Command {
	var dir, split, cacheDir, errFile, modelFile string
	var wordList, agreement, byAnnotator bool
	cmd := &cobra.Command{
		Use: "quotes [--split dev|train] [--dir DIR]",
		Example: `  petrel eval quotes --split dev
  petrel eval quotes --dir quotes/testdata/wire --split batch1`,
		Short: "Score quote attribution (cue, source, content spans) on PolNeAR",
		Long: `Quotes runs the recognition layers (tokenize, times, actors, quotes) on
the articles of a PolNeAR split and prints precision, recall and F1 of the
cue, source and content spans: exact (same extent), overlap (one-to-one
span overlap) and token (shared non-space bytes). The dev split is for
reporting; tune on train. --by-annotator scores each annotator's articles
apart; --agreement scores the articles that several annotators annotated,
annotator against annotator and petrel against each. See docs/quotes.md.`,
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
			ag := newAgreement()
			var addErr error
			add := func(name, text string, gold []quotes.Attribution, qs []doc.Quote) {
				pred := quotes.Attributions(qs)
				sc.Add(text, gold, pred)
				if errs != nil {
					quotes.WriteErrors(errs, name, text, gold, pred)
				}
				if (agreement || byAnnotator) && addErr == nil {
					anns, err := quotes.ReadPolNeARAnnotations(dir, split, name, text)
					if err != nil {
						addErr = err
						return
					}
					ag.add(text, anns, pred)
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
				q, ok := r.Quotes.(*quotes.Recognizer)
				if !ok {
					return fmt.Errorf("quotes layer is %T", r.Quotes)
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
			if addErr != nil {
				return addErr
			}
			w := cmd.OutOrStdout()
			fmt.Fprintf(w, "PolNeAR %s (%s)\n", split, dir)
			sc.Report(w)
			if byAnnotator {
				ag.reportAnnotators(w)
			}
			if agreement {
				ag.reportAgreement(w)
			}
			return nil
		},
	}
	cmd.Flags().StringVar(&dir, "dir", "", "PolNeAR folder holding data/ (default ../shared/eval/quotes-polnear)")
	cmd.Flags().StringVar(&split, "split", "dev", "split to score: dev or train")
	cmd.Flags().StringVar(&cacheDir, "cache", "", "keep the parsed split as a gob file in this folder (as quotes train does)")
	cmd.Flags().StringVar(&errFile, "errors", "", "write the differences from gold to this file, one a line (kind, document, gold, predicted, context)")
	cmd.Flags().StringVar(&modelFile, "model", "", "with --cache: use this cue model file (one model or a vote) instead of the embedded one")
	cmd.Flags().BoolVar(&wordList, "wordlist", false, "decide cues by the word list alone, without the trained cue classifier")
	cmd.Flags().BoolVar(&byAnnotator, "by-annotator", false, "also score the articles of each annotator (of the gold file) apart")
	cmd.Flags().BoolVar(&agreement, "agreement", false, "also score the articles annotated several times: annotators against each other, petrel against each")
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
	if r, ok := s.Quotes.(*quotes.Recognizer); ok && wordList {
		s.Quotes = r.WithCueModel(nil)
	}
	return pipeline.New(s.Tokenize, s.Parse, s.Times, s.Actors, s.Quotes), nil
}

// agreement gathers the scores of --by-annotator and --agreement.
type agreement struct {
	byAnn map[string]*quotes.Scorer // petrel against the gold file, by its annotator
	// On the articles with several annotation files: every annotator
	// against every other (ordered pairs), the others against the first
	// file (the gold), petrel against the first and against every one.
	human, others, first, every *quotes.Scorer
	multi, files                int
	// votes counts the distinct cue spans of those articles by how many
	// of the n files mark them ({k, n}), and found those petrel builds.
	votes, found map[[2]int]int
}

func newAgreement() *agreement {
	return &agreement{byAnn: map[string]*quotes.Scorer{}, human: quotes.NewScorer(),
		others: quotes.NewScorer(), first: quotes.NewScorer(), every: quotes.NewScorer(),
		votes: map[[2]int]int{}, found: map[[2]int]int{}}
}

// add scores pred and the annotations anns of one article (the first is
// the gold).
func (a *agreement) add(text string, anns []quotes.Annotation, pred []quotes.Attribution) {
	id := anns[0].Annotator
	if a.byAnn[id] == nil {
		a.byAnn[id] = quotes.NewScorer()
	}
	a.byAnn[id].Add(text, anns[0].Gold, pred)
	if len(anns) < 2 {
		return
	}
	a.multi++
	a.files += len(anns)
	a.first.Add(text, anns[0].Gold, pred)
	marks := map[doc.Span]int{}
	for _, x := range anns {
		for _, h := range quotes.RoleHulls(text, x.Gold, "cue") {
			marks[h]++
		}
	}
	built := map[doc.Span]bool{}
	for _, h := range quotes.RoleHulls(text, pred, "cue") {
		built[h] = true
	}
	for h, k := range marks {
		key := [2]int{k, len(anns)}
		a.votes[key]++
		if built[h] {
			a.found[key]++
		}
	}
	for i, x := range anns {
		a.every.Add(text, x.Gold, pred)
		if i > 0 {
			a.others.Add(text, anns[0].Gold, x.Gold)
		}
		for j, y := range anns {
			if i != j {
				a.human.Add(text, x.Gold, y.Gold)
			}
		}
	}
}

// targetRow writes one row of the figures from sc.
func targetRow(w io.Writer, name string, sc *quotes.Scorer) {
	c := sc.Roles["cue"].Exact
	fmt.Fprintf(w, "%-34s %5d %6.3f %6.3f %6.3f %8.3f %8.3f\n", name, sc.Docs, c.P(), c.R(), c.F(),
		sc.Roles["source"].Exact.F(), sc.Roles["content"].Overlap.F())
}

const targetHeader = "%-34s %5s %6s %6s %6s %8s %8s\n"

func (a *agreement) reportAnnotators(w io.Writer) {
	ids := make([]string, 0, len(a.byAnn))
	for id := range a.byAnn {
		ids = append(ids, id)
	}
	sort.Strings(ids)
	fmt.Fprintf(w, "\npetrel by annotator of the gold file (cue exact P R F1, source exact F1, content overlap F1)\n")
	fmt.Fprintf(w, targetHeader, "annotator", "docs", "cue P", "cue R", "cue F1", "source", "content")
	for _, id := range ids {
		targetRow(w, id, a.byAnn[id])
	}
}

func (a *agreement) reportAgreement(w io.Writer) {
	fmt.Fprintf(w, "\narticles annotated several times: %d (%d annotation files); pairs scored as gold / predicted\n", a.multi, a.files)
	if a.multi == 0 {
		return
	}
	fmt.Fprintf(w, targetHeader, "gold / predicted", "pairs", "cue P", "cue R", "cue F1", "source", "content")
	targetRow(w, "annotator / another annotator", a.human)
	targetRow(w, "first file (gold) / another", a.others)
	targetRow(w, "first file (gold) / petrel", a.first)
	targetRow(w, "every annotator / petrel", a.every)
	keys := make([][2]int, 0, len(a.votes))
	for k := range a.votes {
		keys = append(keys, k)
	}
	sort.Slice(keys, func(i, j int) bool {
		if keys[i][1] != keys[j][1] {
			return keys[i][1] > keys[j][1]
		}
		return keys[i][0] < keys[j][0]
	})
	fmt.Fprintf(w, "\ncue spans by how many annotation files of their article mark them exactly\n")
	fmt.Fprintf(w, "%-10s %6s %8s\n", "marked by", "spans", "petrel")
	for _, k := range keys {
		fmt.Fprintf(w, "%-10s %6d %8d\n", fmt.Sprintf("%d of %d", k[0], k[1]), a.votes[k], a.found[k])
	}
}
