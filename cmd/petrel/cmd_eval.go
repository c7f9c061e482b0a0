package main

import "github.com/spf13/cobra"

// newEvalCmd is the parent of the evaluation subcommands.
func newEvalCmd() *cobra.Command {
	cmd := &cobra.Command{
		Use:   "eval",
		Short: "Evaluate petrel's components against gold data",
	}
	cmd.AddCommand(newEvalUDCmd())
	return cmd
}
