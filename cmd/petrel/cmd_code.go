package main

import (
	"bufio"
	"fmt"
	"io"
	"os"

	"github.com/spf13/cobra"

	"github.com/petrel-events/petrel/coder"
	"github.com/petrel-events/petrel/doc"
	"github.com/petrel-events/petrel/export"
	"github.com/petrel-events/petrel/ontology"
)

func newCodeCmd() *cobra.Command {
	var (
		in          inputFlags
		pf          petrarchFlags
		format      string
		keepNegated bool
		keepUncoded bool
		mentions    string
		ensemble    bool
		beam        bool
	)
	cmd := &cobra.Command{
		Use: "code [flags] PATH...|-",
		Example: `  petrel code --published 2022-02-24 examples/ukraine-2022-02-24.txt
  petrel code -j 2 -o events.jsonl news/ feed.xml crawl.warc.gz
  petrel code --format gdelt -o events.tsv --mentions mentions.tsv news/
  petrel code --format csv --keep-going news/ > events.csv
  echo "Russian troops shelled Kharkiv on Monday." | petrel code --published 2025-09-06 -`,
		Short: "Code the events in news documents (one JSON event per line)",
		Long: `Code reads news documents (plain text, JSON lines, HTML, RSS/Atom feeds, WARC
archives; files, directories or - for standard input), runs the pipeline and
writes one "petrel.event/1" JSON record per event, in input order.

--format plover writes PLOVER JSON lines, --format gdelt the GDELT 2.0
event table (61 tab-separated columns, one row per actor-recipient dyad;
--mentions FILE also writes the mentions table) and --format csv one CSV
row per dyad with a header (docs/export.md).

With --petrarch-verbs, --petrarch-actors, --petrarch-agents and
--petrarch-discards the coder uses PETRARCH/TABARI dictionaries (the Phoenix
dictionaries, say) instead of its own patterns and knowledge base; events
then need a source and a target actor, as PETRARCH's require_dyad.`,
		RunE: func(cmd *cobra.Command, args []string) error {
			if err := checkFormat(format, export.Formats); err != nil {
				return err
			}
			if mentions != "" && format != "gdelt" {
				return fmt.Errorf("--mentions needs --format gdelt")
			}
			cfg := pipelineConfig{coder: coder.Config{DropNegated: !keepNegated, KeepUncoded: keepUncoded}, ensemble: ensemble, beam: beam}
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
			opt, err := exportOptions(keepNegated)
			if err != nil {
				return err
			}
			var (
				mf *os.File
				mw *bufio.Writer
			)
			if mentions != "" {
				mf, err = os.Create(mentions)
				if err != nil {
					return fmt.Errorf("--mentions: %w", err)
				}
				mw = bufio.NewWriterSize(mf, 1<<16)
				opt.Mentions = mw
			}
			var ew export.Writer
			err = in.run(cmd.Context(), cmd, args, p, func(w io.Writer, d *doc.Doc) error {
				if ew == nil {
					nw, err := export.New(format, w, opt)
					if err != nil {
						return err
					}
					ew = nw
				}
				return export.WriteDoc(ew, d)
			})
			if mw != nil {
				if ferr := mw.Flush(); err == nil && ferr != nil {
					err = fmt.Errorf("--mentions: %w", ferr)
				}
				if cerr := mf.Close(); err == nil && cerr != nil {
					err = fmt.Errorf("--mentions: %w", cerr)
				}
			}
			return err
		},
	}
	in.register(cmd)
	pf.register(cmd)
	cmd.Flags().BoolVar(&keepNegated, "keep-negated", false, "keep events marked negated (\"did not attack\"); they are dropped by default")
	cmd.Flags().BoolVar(&keepUncoded, "keep-uncoded", false, "keep events none of whose actors or recipients has a code (dropped by default)")
	cmd.Flags().StringVarP(&format, "format", "f", "jsonl", "output format: jsonl, plover, gdelt or csv")
	cmd.Flags().StringVar(&mentions, "mentions", "", "with --format gdelt, also write the GDELT mentions table to this file")
	cmd.Flags().BoolVar(&ensemble, "ensemble", false, "parse with the reparsing ensemble (more accurate trees, slower; docs/nlp.md)")
	cmd.Flags().BoolVar(&beam, "beam", false, "parse with the beam-search parser (more accurate trees, slower; docs/nlp.md)")
	return cmd
}

// exportOptions returns the options of the export writers: PLOVER scores
// from the embedded ontology and petrel's version as the coder.
func exportOptions(keepNegated bool) (export.Options, error) {
	ont, err := ontology.Load()
	if err != nil {
		return export.Options{}, err
	}
	return export.Options{
		KeepNegated: keepNegated,
		Coder:       "petrel " + version,
		Scale: func(p doc.PLOVER) (float64, bool) {
			return ont.PLOVERScore(ontology.PLOVERCode{Type: p.Type, Mode: p.Mode, Context: p.Context})
		},
	}, nil
}
