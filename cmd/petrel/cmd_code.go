package main

import (
	"io"

	"github.com/spf13/cobra"

	"github.com/petrel-events/petrel/coder"
	"github.com/petrel-events/petrel/doc"
	"github.com/petrel-events/petrel/export"
)

func newCodeCmd() *cobra.Command {
	var (
		in          inputFlags
		pf          petrarchFlags
		format      string
		keepNegated bool
	)
	cmd := &cobra.Command{
		Use:   "code [flags] PATH...|-",
		Short: "Code the events in news documents (one JSON event per line)",
		Long: `Code reads news documents (plain text, JSON lines, HTML, RSS/Atom feeds, WARC
archives; files, directories or - for standard input), runs the pipeline and
writes one "petrel.event/1" JSON record per event, in input order.

With --petrarch-verbs, --petrarch-actors, --petrarch-agents and
--petrarch-discards the coder uses PETRARCH/TABARI dictionaries (the Phoenix
dictionaries, say) instead of its own patterns and knowledge base; events
then need a source and a target actor, as PETRARCH's require_dyad.`,
		RunE: func(cmd *cobra.Command, args []string) error {
			if err := checkFormat(format, export.Formats); err != nil {
				return err
			}
			if format != "jsonl" {
				return export.ErrFormatPending
			}
			cfg := pipelineConfig{coder: coder.Config{DropNegated: !keepNegated}}
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
			p, _, err := newPipeline(cfg)
			if err != nil {
				return err
			}
			var ew *export.EventWriter
			return in.run(cmd.Context(), cmd, args, p, func(w io.Writer, d *doc.Doc) error {
				if ew == nil {
					ew = export.NewEventWriter(w)
				}
				return ew.WriteDoc(d)
			})
		},
	}
	in.register(cmd)
	pf.register(cmd)
	cmd.Flags().BoolVar(&keepNegated, "keep-negated", false, "keep events marked negated (\"did not attack\"); they are dropped by default")
	cmd.Flags().StringVarP(&format, "format", "f", "jsonl", "output format: jsonl (plover, gdelt and csv arrive with the export stage)")
	return cmd
}
