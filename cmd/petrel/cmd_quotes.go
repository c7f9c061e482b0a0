package main

import (
	"fmt"
	"io/fs"
	"os"

	"github.com/spf13/cobra"

	"github.com/petrel-events/petrel/quotes"
)

func newQuotesCmd() *cobra.Command {
	cmd := &cobra.Command{
		Use:   "quotes",
		Short: "Work with the quote cue list",
	}
	cmd.AddCommand(&cobra.Command{
		Use: "lint [DIR]",
		Example: `  petrel quotes lint
  petrel quotes lint quotes/`,
		Short: "Check the embedded cue list, or DIR/data/cues.txt",
		Long: `Lint reads the quote cue list (the embedded one, or DIR/data/cues.txt) and
reports each problem as file:line: unknown sections, upper-case or
duplicate entries, forms claimed by two lemmas, addressee and frame verbs
missing from the say section, phrases both in the after and skip sections.
It also checks the verb class list (data/verbclass.txt, when present):
a lower-case verb once, with known WordNet classes. See docs/quotes.md.`,
		Args: cobra.MaximumNArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			fsys := quotes.Data()
			if len(args) == 1 {
				fsys = os.DirFS(args[0])
			}
			return lintQuotes(cmd, fsys)
		},
	})
	cmd.AddCommand(newQuotesTrainCmd())
	return cmd
}

// lintQuotes prints the problems of the cue list in fsys, one a line, and
// exits with status 1 when there is any.
func lintQuotes(cmd *cobra.Command, fsys fs.FS) error {
	errs := quotes.Lint(fsys)
	for _, err := range errs {
		fmt.Fprintln(cmd.OutOrStdout(), err)
	}
	if len(errs) > 0 {
		fmt.Fprintf(cmd.ErrOrStderr(), "petrel quotes lint: %d problem(s)\n", len(errs))
		return exitError{1}
	}
	fmt.Fprintln(cmd.ErrOrStderr(), "petrel quotes lint: no problems")
	return nil
}
