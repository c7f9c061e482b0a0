package main

import (
	"fmt"
	"os"

	"github.com/spf13/cobra"

	"github.com/petrel-events/petrel/coder"
	"github.com/petrel-events/petrel/ontology"
)

func newPatternsCmd() *cobra.Command {
	cmd := &cobra.Command{
		Use:   "patterns",
		Short: "Work with event pattern dictionaries",
	}
	cmd.AddCommand(&cobra.Command{
		Use: "lint [DIR]",
		Example: `  petrel patterns lint
  petrel patterns lint my-patterns/`,
		Short: "Check the embedded pattern files, or the *.pat files of DIR",
		Long: `Lint parses every pattern file and reports each problem as file:line:
syntax errors, unknown word sets, trigger groups without patterns, and
CAMEO codes the ontology does not know.`,
		Args: cobra.MaximumNArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			var (
				dict *coder.Dictionary
				err  error
			)
			if len(args) == 1 {
				dict, err = coder.LoadDictionary(os.DirFS(args[0]))
			} else {
				dict, err = coder.DefaultDictionary()
			}
			if err != nil {
				return err
			}
			onto, err := ontology.Load()
			if err != nil {
				return err
			}
			if _, err := coder.New(dict, onto, coder.Config{}); err != nil {
				return err
			}
			groups, patterns := 0, 0
			for _, c := range dict.Classes {
				groups += len(c.Groups)
				for _, g := range c.Groups {
					patterns += len(g.Patterns)
				}
			}
			_, err = fmt.Fprintf(cmd.OutOrStdout(), "ok: %d classes, %d trigger groups, %d patterns, %d word sets\n", len(dict.Classes), groups, patterns, len(dict.Sets))
			return err
		},
	})
	return cmd
}
