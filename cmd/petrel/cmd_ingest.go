package main

import (
	"context"
	"errors"
	"fmt"
	"io/fs"
	"log/slog"
	"time"

	"github.com/spf13/cobra"

	"github.com/petrel-events/petrel/coder"
	"github.com/petrel-events/petrel/doc"
	"github.com/petrel-events/petrel/pipeline"
	"github.com/petrel-events/petrel/store"
)

// storeFlags are the flags of the commands that open the event store.
type storeFlags struct {
	db      string
	window  int
	jaccard float64
	busy    time.Duration
	cacheMB int  // SQLite page cache (0: the store's default)
	bulk    bool // bulk load into an empty SQLite database (store.Options.Bulk)
	// rollupEvery defers the rollups and the text index until this many
	// events are pending (store.Options.RollupEvery; 0: every batch).
	rollupEvery int
	// appendLog and compactEvery: the ingest log (store.Options.Append,
	// CompactEvery); registered by registerAppend.
	appendLog    bool
	compactEvery int
}

// registerAppend adds the ingest log's flags (commands that store
// documents and compact at the end of the run).
func (f *storeFlags) registerAppend(cmd *cobra.Command, compactEvery int) {
	fl := cmd.Flags()
	fl.BoolVar(&f.appendLog, "append", false, "SQLite: append the documents to the ingest log (one row each, crash-safe) and store them by compaction: every --compact-every events and at the end of the run (queries see them once compacted)")
	fl.IntVar(&f.compactEvery, "compact-every", compactEvery, "with --append: compact once the log holds this many events (0: at the end only)")
}

func (f *storeFlags) register(cmd *cobra.Command, writes bool) {
	fl := cmd.Flags()
	fl.StringVar(&f.db, "db", store.DefaultPath, "event database: a SQLite file, or a PostgreSQL URL postgres://user:pass@host/db")
	fl.DurationVar(&f.busy, "busy-timeout", 5*time.Second, "how long to wait for another process holding the database lock")
	if writes {
		fl.IntVar(&f.window, "merge-window", store.DefaultWindow, "days within which events with the same actors, CAMEO root and place merge (0: same day only)")
		fl.Float64Var(&f.jaccard, "near-dup", store.DefaultJaccard, "Jaccard similarity of word shingles from which a document is a near-duplicate")
		fl.IntVar(&f.rollupEvery, "rollup-every", 0, "SQLite: apply the rollups and the text index once this many new events are pending, and at the end (aggregates and text search lag until then); 0: with every batch")
	}
}

// openFor opens the store for command cmd, with its logger and context.
func (f *storeFlags) openFor(cmd *cobra.Command, readOnly bool) (*store.SQLite, error) {
	log, err := newLogger(cmd)
	if err != nil {
		return nil, err
	}
	return f.open(cmd.Context(), log, readOnly)
}

func (f *storeFlags) open(ctx context.Context, log *slog.Logger, readOnly bool) (*store.SQLite, error) {
	w := f.window
	if w == 0 {
		w = -1 // Options: negative is same-day, 0 the default
	}
	st, err := store.OpenTarget(ctx, f.db, store.Options{Window: w, Jaccard: f.jaccard, BusyTimeout: f.busy, ReadOnly: readOnly, Logger: log, CacheMB: f.cacheMB, Bulk: f.bulk && !readOnly, RollupEvery: f.rollupEvery, Append: f.appendLog && !readOnly, CompactEvery: f.compactEvery})
	if err != nil && readOnly && errors.Is(err, fs.ErrNotExist) {
		return nil, fmt.Errorf("%w (petrel ingest creates the event database; --db names another)", err)
	}
	return st, err
}

// batcher collects coded documents and stores them a batch (one
// transaction) at a time.
type batcher struct {
	st      store.Store
	size    int
	every   time.Duration
	log     *slog.Logger
	pending []*doc.Doc
	last    time.Time
	total   store.PutStats
	events  int // event records handed to the store
	busy    time.Duration
}

func (b *batcher) add(ctx context.Context, d *doc.Doc) error {
	b.pending = append(b.pending, d)
	if b.last.IsZero() {
		b.last = time.Now()
	}
	if len(b.pending) >= b.size || time.Since(b.last) >= b.every {
		return b.flush(ctx)
	}
	return nil
}

func (b *batcher) flush(ctx context.Context) error {
	if len(b.pending) == 0 {
		return nil
	}
	start := time.Now()
	n := 0
	for _, d := range b.pending {
		n += len(d.Events)
	}
	ps, err := b.st.PutDocuments(ctx, b.pending)
	if err != nil {
		return fmt.Errorf("storing %d document(s) (from %s): %w", len(b.pending), b.pending[0].Origin, err)
	}
	b.busy += time.Since(start)
	b.events += n
	b.total.Add(ps)
	b.log.Debug("batch stored", "documents", len(b.pending), "new_events", ps.Events, "merged", ps.Merged, "near_duplicates", ps.NearDuplicates, "unchanged", ps.Unchanged)
	b.pending = b.pending[:0]
	b.last = time.Now()
	return nil
}

func (b *batcher) report(start time.Time) {
	s := b.total
	rate := 0.0
	if b.busy > 0 {
		rate = float64(b.events) / b.busy.Seconds()
	}
	b.log.Info("ingest finished", "documents", s.Documents, "unchanged", s.Unchanged, "replaced", s.Replaced,
		"near_duplicates", s.NearDuplicates, "new_events", s.Events, "merged_records", s.Merged, "dropped_records", s.Dropped,
		"mentions", s.Mentions, "appended", s.Logged, "elapsed", time.Since(start).Round(time.Millisecond), "store_events_per_s", int(rate))
}

func newIngestCmd() *cobra.Command {
	var (
		in          inputFlags
		sf          storeFlags
		bf          busFlags
		batchSize   int
		keepNegated bool
		keepUncoded bool
		ensemble    bool
		beam        bool
	)
	in.noOutput = true
	cmd := &cobra.Command{
		Use: "ingest [flags] INPUT...",
		Example: `  petrel ingest --published 2025-09-06 article.txt
  petrel ingest --db news.db news/ feed.xml crawl.warc.gz
  petrel ingest --bus embedded crawl.warc.gz    # with a petrel worker running`,
		Short: "Code documents and store their events in the event database",
		Long: `Ingest reads news documents (as petrel code does), codes them and stores the
documents, events and mentions in the event database (SQLite, ./petrel.db by
default). Each batch of documents is one transaction; a run that is killed
can be restarted with the same inputs: stored documents are recognised (by
ID, URL or content hash) and skipped, so nothing is lost or counted twice.
A changed document replaces its own events. Near-duplicates of stored
documents add mentions to their events, and events reported by several
outlets merge into one (see docs/store.md).

With --bus (or --nats) ingest does not code: it publishes the documents to
the work queue for petrel worker processes (docs/deploy.md). A document
published twice within a day is dropped by the server.`,
		RunE: func(cmd *cobra.Command, args []string) error {
			ctx := cmd.Context()
			if ctx == nil {
				ctx = context.Background()
			}
			log, err := newLogger(cmd)
			if err != nil {
				return err
			}
			if batchSize < 1 {
				return fmt.Errorf("--batch must be at least 1")
			}
			if bf.enabled() {
				return publish(ctx, cmd, args, &in, &bf, log)
			}
			st, err := sf.open(ctx, log, false)
			if err != nil {
				return err
			}
			defer st.Close()
			p, _, err := newPipeline(pipelineConfig{coder: coder.Config{DropNegated: !keepNegated, KeepUncoded: keepUncoded}, ensemble: ensemble, beam: beam})
			if err != nil {
				return err
			}
			start := time.Now()
			b := &batcher{st: st, size: batchSize, every: 5 * time.Second, log: log}
			var storeErr error
			err = in.each(ctx, cmd, args, p, func(d *doc.Doc) error {
				if err := b.add(ctx, d); err != nil {
					storeErr = err
					return err
				}
				return nil
			})
			if storeErr == nil {
				// Store what was coded, even when interrupted.
				if ferr := b.flush(context.WithoutCancel(ctx)); ferr != nil {
					err = errors.Join(err, ferr)
				} else if sf.appendLog {
					// Store what the ingest log holds (Close would too).
					t0 := time.Now()
					ps, cerr := st.Compact(context.WithoutCancel(ctx))
					b.total.Add(ps)
					b.busy += time.Since(t0)
					err = errors.Join(err, cerr)
				}
			}
			b.report(start)
			return err
		},
	}
	in.register(cmd)
	sf.register(cmd, true)
	sf.registerAppend(cmd, 100_000)
	bf.register(cmd, "")
	cmd.Flags().IntVar(&batchSize, "batch", 64, "documents per transaction")
	cmd.Flags().BoolVar(&keepNegated, "keep-negated", false, "keep events marked negated (dropped by default, as petrel code does)")
	cmd.Flags().BoolVar(&keepUncoded, "keep-uncoded", false, "keep events none of whose actors or recipients has a code (dropped by default)")
	cmd.Flags().BoolVar(&ensemble, "ensemble", false, "parse with the reparsing ensemble (more accurate trees, slower; docs/nlp.md)")
	cmd.Flags().BoolVar(&beam, "beam", false, "parse with the beam-search parser (more accurate trees, slower; docs/nlp.md)")
	return cmd
}

// publish reads the inputs and publishes the documents, uncoded, to the
// work queue.
func publish(ctx context.Context, cmd *cobra.Command, args []string, in *inputFlags, bf *busFlags, log *slog.Logger) error {
	b, err := bf.open(ctx, log, "petrel-ingest")
	if err != nil {
		return err
	}
	defer b.Close()
	start := time.Now()
	n := 0
	err = in.each(ctx, cmd, args, pipeline.New(), func(d *doc.Doc) error {
		n++
		return b.PublishDocument(ctx, d)
	})
	if ferr := b.Flush(context.WithoutCancel(ctx)); ferr != nil {
		err = errors.Join(err, ferr)
	}
	pending, _, derr := b.Depth(context.WithoutCancel(ctx))
	log.Info("ingest: published", "documents", n, "queue_pending", pending, "elapsed", time.Since(start).Round(time.Millisecond))
	if derr != nil {
		log.Debug("ingest: queue depth", "err", derr)
	}
	return err
}
