package main

import (
	"context"
	"fmt"
	"path/filepath"

	"github.com/spf13/cobra"

	"github.com/petrel-events/petrel/coder"
	"github.com/petrel-events/petrel/doc"
	"github.com/petrel-events/petrel/evaluate"
	"github.com/petrel-events/petrel/internal/sharedtest"
)

func newEvalPLOVERCmd() *cobra.Command {
	var (
		records   string
		confusion bool
		contexts  bool
		misses    bool
		half      string
	)
	cmd := &cobra.Command{
		Use:     "plover-gsr [--records FILE]",
		Example: `  petrel eval plover-gsr`,
		Short:   "Score PLOVER event types and actor countries on the PLOVER gold-standard records",
		Long: `Plover-gsr codes every sentence of the PLOVER gold-standard records (by
default ../shared/eval/plover-gsr/PLOVER_GSR_CAMEO.txt) with petrel's own
dictionaries and reports event type accuracy (a record is right when one of
its events has the gold type; PLOVER 0.5 names are mapped to current ones),
first-event accuracy, actor country accuracy, mode accuracy, context recall
and precision (distinct contexts of a record's events that are gold, over
the records with gold contexts) and per-type precision and recall. --half odd|even scores one half of the records (by the number their
ID ends in), to choose rules on one half and confirm them on the other.`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			if records == "" {
				dir, ok := sharedtest.Find()
				if !ok {
					return fmt.Errorf("no ../shared folder beside the module: give --records FILE")
				}
				records = filepath.Join(dir, "eval", "plover-gsr", "PLOVER_GSR_CAMEO.txt")
			}
			recs, err := evaluate.LoadPLOVER(records)
			if err != nil {
				return err
			}
			if recs, err = evaluate.PLOVERHalf(recs, half); err != nil {
				return err
			}
			p, _, err := newPipeline(pipelineConfig{coder: coder.Config{DropNegated: true}})
			if err != nil {
				return err
			}
			ctx := cmd.Context()
			res := evaluate.ScorePLOVER(recs, func(text, date string) (*doc.Doc, error) {
				return codeText(ctx, p.Process, text, date)
			})
			w := cmd.OutOrStdout()
			if err := res.WriteSummary(w); err != nil {
				return err
			}
			if confusion {
				if err := res.WriteConfusion(w); err != nil {
					return err
				}
			}
			if contexts {
				if err := res.WriteContexts(w); err != nil {
					return err
				}
			}
			if misses {
				return res.WriteMisses(w)
			}
			return nil
		},
	}
	cmd.Flags().StringVar(&records, "records", "", "PLOVER gold records (JSON)")
	cmd.Flags().BoolVar(&confusion, "confusion", false, "print the confusion table")
	cmd.Flags().BoolVar(&contexts, "contexts", false, "print the precision and recall of each context")
	cmd.Flags().BoolVar(&misses, "misses", false, "list the records coded wrongly")
	cmd.Flags().StringVar(&half, "half", "", "score only the records whose ID ends in an odd or even number (odd|even): choose rules on one half, confirm on the other")
	return cmd
}

// codeText runs process on a one-document text with an optional date.
func codeText(ctx context.Context, process func(context.Context, *doc.Doc) error, text, date string) (*doc.Doc, error) {
	d := &doc.Doc{ID: "record", Text: text}
	if date != "" {
		t, err := doc.ParseTime(date)
		if err != nil {
			return nil, err
		}
		d.Published = t
	}
	return d, process(ctx, d)
}
