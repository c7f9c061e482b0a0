package main

import (
	"io"

	"github.com/spf13/cobra"

	"github.com/petrel-events/petrel/coder"
	"github.com/petrel-events/petrel/doc"
	"github.com/petrel-events/petrel/export"
)

func newAnnotateCmd() *cobra.Command {
	var (
		in     inputFlags
		indent bool
	)
	cmd := &cobra.Command{
		Use: "annotate [flags] PATH...|-",
		Example: `  petrel annotate --published 2022-02-24 --indent examples/ukraine-2022-02-24.txt
  petrel annotate -o docs.jsonl news/`,
		Short: "Write every annotation layer of news documents (one JSON document per line)",
		Long: `Annotate reads news documents like "petrel code" and writes each one as a
"petrel.doc/1" JSON record with its text and every annotation layer:
sentences, tokens (with tags and dependency parse), actors, quotes, times,
places, events and tone. Offsets are byte offsets into "text".`,
		RunE: func(cmd *cobra.Command, args []string) error {
			p, _, err := newPipeline(pipelineConfig{coder: coder.Config{KeepUncoded: true}})
			if err != nil {
				return err
			}
			var dw *export.DocWriter
			return in.run(cmd.Context(), cmd, args, p, func(w io.Writer, d *doc.Doc) error {
				if dw == nil {
					dw = export.NewDocWriter(w, indent)
				}
				return dw.Write(d)
			})
		},
	}
	in.register(cmd)
	cmd.Flags().BoolVar(&indent, "indent", false, "pretty-print each document over several lines")
	return cmd
}
