package main

import (
	"github.com/spf13/cobra"
)

// version is set at build time with -ldflags "-X main.version=...".
var version = "dev"

func newRootCmd() *cobra.Command {
	root := &cobra.Command{
		Use:           "petrel",
		Short:         "petrel turns news into political event data (CAMEO and PLOVER)",
		SilenceUsage:  true,
		SilenceErrors: true,
	}
	// Each subcommand lives in its own cmd_<name>.go file.
	root.AddCommand(
		newVersionCmd(),
		newKBCmd(),
	)
	return root
}
