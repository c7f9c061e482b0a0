package main

import (
	"context"
	"fmt"
	"os"
	"path/filepath"

	"github.com/spf13/cobra"

	"github.com/petrel-events/petrel/coder"
	"github.com/petrel-events/petrel/doc"
	"github.com/petrel-events/petrel/evaluate"
	"github.com/petrel-events/petrel/ingest"
	"github.com/petrel-events/petrel/internal/sharedtest"
)

func newEvalSeedCmd() *cobra.Command {
	var (
		gold   string
		maxFP  int
		strict bool
		beam   bool
	)
	cmd := &cobra.Command{
		Use: "seed [--gold FILE]",
		Example: `  petrel eval seed
  petrel eval seed --gold my-gold.json --strict`,
		Short: "Score the events of a document against structural gold (the seed article by default)",
		Long: `Seed codes the document a structural gold file names (by default
../shared/eval/seed/gold.json, the seed article) with its published date,
and reports the gold events found, the false positives, the must-not events
produced and date errors. See ../shared/eval/seed/README.md for the rules.`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			if gold == "" {
				dir, ok := sharedtest.Find()
				if !ok {
					return fmt.Errorf("no ../shared folder beside the module: give --gold FILE")
				}
				gold = filepath.Join(dir, "eval", "seed", "gold.json")
			}
			g, err := evaluate.LoadStructGold(gold)
			if err != nil {
				return err
			}
			d, err := codeGoldDocWith(cmd.Context(), g, pipelineConfig{coder: coder.Config{DropNegated: true}, beam: beam})
			if err != nil {
				return err
			}
			r := g.Score(d)
			w := cmd.OutOrStdout()
			fmt.Fprintf(w, "gold: %s\n", gold)
			ok := g.Report(w, r, maxFP)
			fmt.Fprintf(w, "acceptance: %v\n", ok)
			if strict && !ok {
				return exitError{code: 1}
			}
			return nil
		},
	}
	cmd.Flags().StringVar(&gold, "gold", "", "structural gold file (default ../shared/eval/seed/gold.json)")
	cmd.Flags().IntVar(&maxFP, "max-fp", 2, "false positives allowed")
	cmd.Flags().BoolVar(&strict, "strict", false, "exit 1 when the acceptance fails")
	cmd.Flags().BoolVar(&beam, "beam", false, "parse with the beam-search parser (docs/nlp.md)")
	return cmd
}

// codeGoldDoc reads and codes the document of a structural gold file with
// the default pipeline and output filters.
func codeGoldDoc(ctx context.Context, g *evaluate.StructGold) (*doc.Doc, error) {
	return codeGoldDocWith(ctx, g, pipelineConfig{coder: coder.Config{DropNegated: true}})
}

// codeGoldDocWith is codeGoldDoc with the pipeline of cfg.
func codeGoldDocWith(ctx context.Context, g *evaluate.StructGold, cfg pipelineConfig) (*doc.Doc, error) {
	pub, err := doc.ParseTime(g.Doc.Published)
	if err != nil {
		return nil, fmt.Errorf("gold published date: %w", err)
	}
	p, _, err := newPipeline(cfg)
	if err != nil {
		return nil, err
	}
	var out *doc.Doc
	r := &ingest.Reader{Options: ingest.Options{Published: pub}, Stdin: os.Stdin}
	err = r.Read(ctx, []string{g.DocPath()}, func(d *doc.Doc) error {
		if g.Doc.ID != "" {
			d.ID = g.Doc.ID
		}
		if err := p.Process(ctx, d); err != nil {
			return err
		}
		out = d
		return nil
	})
	if err == nil && out == nil {
		err = fmt.Errorf("%s: no document read", g.DocPath())
	}
	return out, err
}
