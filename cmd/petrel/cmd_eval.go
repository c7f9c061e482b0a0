package main

import (
	"github.com/spf13/cobra"
)

// newEvalCmd returns the "eval" command, the parent of the evaluations
// against gold sets.
func newEvalCmd() *cobra.Command {
	cmd := &cobra.Command{
		Use:   "eval",
		Short: "Score petrel against gold sets",
	}
	cmd.AddCommand(newEvalPetrarchCmd())
	return cmd
}
