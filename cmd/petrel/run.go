package main

import (
	"bufio"
	"context"
	"fmt"
	"io"
	"os"
	"slices"
	"strings"
	"sync"

	"github.com/spf13/cobra"
	"golang.org/x/term"

	"github.com/petrel-events/petrel/doc"
	"github.com/petrel-events/petrel/ingest"
	"github.com/petrel-events/petrel/pipeline"
)

// inputFlags are the flags shared by every command that reads documents.
type inputFlags struct {
	format    string
	published string
	keepGoing bool
	workers   int
	output    string
	maxBytes  int64
	// noOutput leaves out the --output flag (commands that write a store).
	noOutput bool
	// noBar hides the progress line (the output itself goes to the
	// terminal, where the line would get mixed into it).
	noBar bool
}

func (f *inputFlags) register(cmd *cobra.Command) {
	fl := cmd.Flags()
	fl.StringVar(&f.format, "input-format", "", "input format: text, jsonl, html, feed or warc (default: detect from extension and content)")
	fl.StringVar(&f.published, "published", "", "publication time for documents that carry none: a date (2025-09-06) or an RFC 3339 time with zone; the anchor for relative dates (default: none; the wall clock is never used)")
	fl.BoolVar(&f.keepGoing, "keep-going", false, "exit 0 even when some inputs or records could not be read (they are still reported)")
	fl.IntVarP(&f.workers, "jobs", "j", 0, "documents processed in parallel (default GOMAXPROCS)")
	if !f.noOutput {
		fl.StringVarP(&f.output, "output", "o", "-", "output file (- for standard output)")
	}
	// Check the flags before the models load, so that a typo fails at once.
	if cmd.PreRunE == nil {
		cmd.PreRunE = func(*cobra.Command, []string) error { return f.check() }
	}
	fl.Int64Var(&f.maxBytes, "max-doc-bytes", ingest.DefaultMaxDocBytes, "documents larger than this many bytes are refused with an error naming them (a feed or .json file may be 5 times larger)")
}

// check validates --input-format and --published.
func (f *inputFlags) check() error {
	switch f.format {
	case "", ingest.FormatText, ingest.FormatJSONL, ingest.FormatHTML, ingest.FormatFeed, ingest.FormatWARC:
	default:
		return fmt.Errorf("unknown --input-format %q: want text, jsonl, html, feed or warc", f.format)
	}
	if f.published != "" {
		if _, err := doc.ParseTime(f.published); err != nil {
			return fmt.Errorf("--published: %w", err)
		}
	}
	return nil
}

// run reads the inputs named by args, runs p on every document and hands
// each processed document to write, in input order. Problems with single
// inputs or documents are logged and counted; they make the command fail at
// the end unless --keep-going is set.
func (f *inputFlags) run(ctx context.Context, cmd *cobra.Command, args []string, p *pipeline.Pipeline, write func(io.Writer, *doc.Doc) error) error {
	out, closeOut, err := openOutput(f.output, cmd.OutOrStdout())
	if err != nil {
		return err
	}
	if isTerminal(out) {
		f.noBar = true
	}
	bw := bufio.NewWriterSize(out, 1<<16)
	err = f.each(ctx, cmd, args, p, func(d *doc.Doc) error { return write(bw, d) })
	if ferr := bw.Flush(); err == nil {
		err = ferr
	}
	if cerr := closeOut(); err == nil {
		err = cerr
	}
	return err
}

// each reads the inputs named by args, runs p on every document and hands
// each processed document to handle, in input order. Problems with single
// inputs or documents are logged and counted; they make each fail at the
// end unless --keep-going is set. An error from handle stops the run and is
// returned as is.
func (f *inputFlags) each(ctx context.Context, cmd *cobra.Command, args []string, p *pipeline.Pipeline, handle func(*doc.Doc) error) error {
	opts := ingest.Options{Format: f.format, MaxDocBytes: f.maxBytes}
	if f.published != "" {
		t, err := doc.ParseTime(f.published)
		if err != nil {
			return fmt.Errorf("--published: %w", err)
		}
		opts.Published = t
	}
	if len(args) == 0 {
		args = []string{"-"}
	}
	if slices.Contains(args, "-") {
		stdinHint(cmd)
	}
	log, err := newLogger(cmd)
	if err != nil {
		return err
	}
	// Input problems are printed as plain "file:line: reason" lines (as
	// compilers do) unless --log-format json asks for structured logs. The
	// reader reports from its own goroutine, the pipeline from this one.
	logFormat, _ := cmd.Flags().GetString("log-format")
	plain := !strings.EqualFold(logFormat, "json")
	stderr := cmd.ErrOrStderr()
	bar := newProgress(stderr)
	if f.noBar {
		bar.on = false
	}
	var mu sync.Mutex
	problems := 0
	report := func(err error) {
		mu.Lock()
		defer mu.Unlock()
		problems++
		if plain {
			bar.clear()
			fmt.Fprintln(stderr, err)
			return
		}
		log.Error(err.Error())
	}
	r := &ingest.Reader{Options: opts, Stdin: cmd.InOrStdin(), OnError: report}
	docs := 0
	src := func(ctx context.Context, emit func(*doc.Doc) error) error { return r.Read(ctx, args, emit) }
	err = p.Run(ctx, f.workers, src, func(d *doc.Doc, err error) error {
		if err != nil {
			report(err)
			return nil
		}
		mu.Lock()
		docs++
		bar.add(d)
		mu.Unlock()
		return handle(d)
	})
	bar.done()
	if err != nil {
		return err
	}
	log.Debug("run finished", "documents", docs, "problems", problems)
	if problems > 0 && !f.keepGoing {
		return fmt.Errorf("%d input problem(s) reported above (%d document(s) processed); use --keep-going to exit 0", problems, docs)
	}
	return nil
}

// stdinHint tells a user who typed a command without inputs at a terminal
// that it is waiting for text on standard input, not hung.
func stdinHint(cmd *cobra.Command) {
	if f, ok := cmd.InOrStdin().(*os.File); ok && term.IsTerminal(int(f.Fd())) {
		fmt.Fprintf(cmd.ErrOrStderr(), "petrel %s: reading standard input (end with Ctrl-D); give file or directory names to read those instead\n", cmd.Name())
	}
}

func openOutput(name string, stdout io.Writer) (io.Writer, func() error, error) {
	if name == "" || name == "-" {
		return stdout, func() error { return nil }, nil
	}
	f, err := os.Create(name)
	if err != nil {
		return nil, nil, fmt.Errorf("output: %w", err)
	}
	return f, f.Close, nil
}

// checkFormat validates a --format value against the known formats.
func checkFormat(format string, known []string) error {
	for _, k := range known {
		if format == k {
			return nil
		}
	}
	return fmt.Errorf("unknown --format %q: want one of %s", format, strings.Join(known, ", "))
}
