package main

import (
	"fmt"
	"log/slog"
	"strings"

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
	root.PersistentFlags().String("log-level", "info", "log level: debug, info, warn or error")
	root.PersistentFlags().String("log-format", "text", "log format on standard error: text or json")
	// Each subcommand lives in its own cmd_<name>.go file.
	root.AddCommand(
		newCodeCmd(),
		newAnnotateCmd(),
		newEvalCmd(),
		newExplainCmd(),
		newPatternsCmd(),
		newQuotesCmd(),
		newVersionCmd(),
		newKBCmd(),
		newTrainCmd(),
		newParseCmd(),
		newServeCmd(),
		newIngestCmd(),
		newQueryCmd(),
		newWatchCmd(),
		newDBCmd(),
		newWorkerCmd(),
	)
	return root
}

// newLogger returns the logger of a command, writing to its standard error
// with the --log-level and --log-format of the root command.
func newLogger(cmd *cobra.Command) (*slog.Logger, error) {
	levelName, _ := cmd.Flags().GetString("log-level")
	format, _ := cmd.Flags().GetString("log-format")
	var level slog.Level
	if err := level.UnmarshalText([]byte(levelName)); err != nil {
		return nil, fmt.Errorf("--log-level: %w", err)
	}
	opts := &slog.HandlerOptions{Level: level}
	switch strings.ToLower(format) {
	case "text", "":
		return slog.New(slog.NewTextHandler(cmd.ErrOrStderr(), opts)), nil
	case "json":
		return slog.New(slog.NewJSONHandler(cmd.ErrOrStderr(), opts)), nil
	}
	return nil, fmt.Errorf("--log-format %q: want text or json", format)
}
