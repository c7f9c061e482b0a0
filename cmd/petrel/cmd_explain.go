package main

import (
	"fmt"
	"strings"

	"github.com/spf13/cobra"

	"github.com/petrel-events/petrel/doc"
)

func newExplainCmd() *cobra.Command {
	var (
		published string
		pf        petrarchFlags
	)
	cmd := &cobra.Command{
		Use: "explain [--published DATE] TEXT...",
		Example: `  petrel explain "Russian troops shelled Kharkiv on Monday."
  petrel explain --published 2025-09-06 "The president said on Friday that talks would resume."`,
		Short: "Show how petrel codes a sentence: parse, actors, patterns tried, events and why",
		Long: `Explain runs the pipeline on the text given as arguments and prints, for
every sentence, the dependency parse, the actor mentions, each trigger word
with the pattern that matched (or that none did), and why each candidate
became an event or not (no source actor, negated, consumed by another
pattern). The --petrarch-* flags explain the coding with PETRARCH
dictionaries, as "petrel code" does.`,
		Args: cobra.MinimumNArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			d := &doc.Doc{ID: "explain", Text: strings.Join(args, " ")}
			if published != "" {
				t, err := doc.ParseTime(published)
				if err != nil {
					return fmt.Errorf("--published: %w", err)
				}
				d.Published = t
			}
			var cfg pipelineConfig
			if pf.set() {
				log, err := newLogger(cmd)
				if err != nil {
					return err
				}
				if cfg.petrarch, err = pf.load(log); err != nil {
					return err
				}
				cfg.coder.RequireDyad = true
				cfg.coder.KnownActorsOnly = true
			}
			p, cd, err := newPipeline(cfg)
			if err != nil {
				return err
			}
			if err := p.Process(cmd.Context(), d); err != nil {
				return err
			}
			w := cmd.OutOrStdout()
			for s := range d.Sentences {
				cd.Explain(w, d, s)
				fmt.Fprintln(w)
			}
			return nil
		},
	}
	cmd.Flags().StringVar(&published, "published", "", "document date, the anchor for relative dates and dated roles")
	pf.register(cmd)
	return cmd
}
