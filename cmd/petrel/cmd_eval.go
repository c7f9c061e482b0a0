package main

import "github.com/spf13/cobra"

func newEvalCmd() *cobra.Command {
	cmd := &cobra.Command{
		Use:   "eval",
		Short: "Evaluate petrel against gold sets (seed, ud, petrarch, plover-gsr, geo, quotes)",
	}
	cmd.AddCommand(newEvalSeedCmd(), newEvalPLOVERCmd(), newEvalPetrarchCmd(), newEvalGeoCmd(), newEvalUDCmd(), newEvalQuotesCmd())
	return cmd
}
