package main

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"net"
	"os"
	"path/filepath"
	"time"

	"github.com/spf13/cobra"

	"github.com/petrel-events/petrel/demo"
	"github.com/petrel-events/petrel/doc"
	"github.com/petrel-events/petrel/kb"
	"github.com/petrel-events/petrel/server"
	"github.com/petrel-events/petrel/store"
)

// serveFlags are the flags of `petrel serve`.
type serveFlags struct {
	db, addr, token string
	demo            bool
	maxBody         int64
}

func newServeCmd() *cobra.Command {
	var f serveFlags
	cmd := &cobra.Command{
		Use: "serve [--db PATH | --demo] [--addr HOST:PORT]",
		Example: `  petrel serve --demo
  petrel serve --db petrel.db --addr 127.0.0.1:9000`,
		Short: "Serve the JSON API and the web dashboard",
		Long: `Serve starts petrel's HTTP server: the JSON API under /api/v1 (OpenAPI 3
document at /api/v1/openapi.json, see docs/api.md) and the web dashboard
(Explorer, Timeline, Network, Map and Try it), all embedded in the binary.

--demo codes the embedded demo corpus into a temporary store first, so that
one command shows a populated dashboard. The server listens on the loopback
address by default and is read-only; --ingest-token (or the environment
variable PETREL_INGEST_TOKEN) enables POST /api/v1/documents for clients
that send the token as "Authorization: Bearer TOKEN".`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			return runServe(cmd, f)
		},
	}
	fl := cmd.Flags()
	fl.StringVar(&f.db, "db", "", "event database to serve (made by petrel ingest): a SQLite file or a postgres:// URL")
	fl.StringVar(&f.addr, "addr", "127.0.0.1:8080", "address to listen on; keep it on the loopback unless behind a proxy")
	fl.BoolVar(&f.demo, "demo", false, "serve the embedded demo corpus")
	fl.StringVar(&f.token, "ingest-token", "", "enable POST /api/v1/documents for this bearer token (default $PETREL_INGEST_TOKEN)")
	fl.Int64Var(&f.maxBody, "max-body-bytes", 2<<20, "largest request body accepted")
	return cmd
}

func runServe(cmd *cobra.Command, f serveFlags) error {
	log, err := newLogger(cmd)
	if err != nil {
		return err
	}
	if f.token == "" {
		f.token = os.Getenv("PETREL_INGEST_TOKEN")
	}
	if host, _, err := net.SplitHostPort(f.addr); err == nil {
		if ip := net.ParseIP(host); host != "localhost" && (ip == nil || !ip.IsLoopback()) {
			log.Warn("listening beyond the loopback interface: the API is open to the network", "addr", f.addr)
		}
	}
	srv, closeStore, err := newServer(cmd.Context(), f, log)
	if err != nil {
		return err
	}
	defer closeStore()
	return srv.ListenAndServe(cmd.Context(), f.addr, func(a net.Addr) {
		log.Info("petrel serve", "url", "http://"+a.String()+"/", "demo", f.demo, "writes", f.token != "")
	})
}

// newServer loads the pipeline and the store of f and returns the server
// and a function that closes the store.
func newServer(ctx context.Context, f serveFlags, log *slog.Logger) (*server.Server, func() error, error) {
	noop := func() error { return nil }
	if f.demo && f.db != "" {
		return nil, noop, fmt.Errorf("--demo and --db exclude each other")
	}
	start := time.Now()
	p, _, err := newPipeline(pipelineConfig{})
	if err != nil {
		return nil, noop, err
	}
	names, err := codeNames()
	if err != nil {
		return nil, noop, err
	}
	cfg := server.Config{Annotator: p, IngestToken: f.token, Log: log, MaxBodyBytes: f.maxBody, Demo: f.demo, CodeNames: names}
	docs, err := demo.Docs()
	if err != nil {
		return nil, noop, fmt.Errorf("demo corpus: %w", err)
	}
	if ex := demoExample(docs); ex != nil {
		cfg.Example, cfg.ExamplePublished = ex.Text, ex.Published.Format(time.DateOnly)
	}
	closeStore := noop
	switch {
	case f.demo:
		dir, err := os.MkdirTemp("", "petrel-demo-")
		if err != nil {
			return nil, noop, err
		}
		st, err := store.Open(ctx, filepath.Join(dir, "demo.db"), store.Options{Logger: log})
		if err != nil {
			os.RemoveAll(dir)
			return nil, noop, err
		}
		sq := server.NewSQLStore(st)
		closeStore = func() error {
			err := errors.Join(sq.Close(), st.Close())
			os.RemoveAll(dir)
			return err
		}
		if err := codeInto(ctx, p, docs, st); err != nil {
			closeStore()
			return nil, noop, fmt.Errorf("demo corpus: %w", err)
		}
		cfg.Store = sq
		log.Info("demo corpus coded into a temporary store", "documents", len(docs), "took", time.Since(start).Round(time.Millisecond))
	case f.db != "":
		if !store.IsPostgres(f.db) {
			if _, err := os.Stat(f.db); err != nil {
				return nil, noop, fmt.Errorf("--db: %w (create it with petrel ingest)", err)
			}
		}
		st, err := store.OpenTarget(ctx, f.db, store.Options{Logger: log})
		if err != nil {
			return nil, noop, err
		}
		sq := server.NewSQLStore(st)
		stop := compactInBackground(st, log, 10*time.Second)
		closeStore = func() error { stop(); return errors.Join(sq.Close(), st.Close()) }
		cfg.Store = sq
	default:
		log.Warn("no --db or --demo: serving Try it and the annotate endpoint only")
	}
	srv, err := server.New(cfg)
	if err != nil {
		closeStore()
		return nil, noop, err
	}
	return srv, closeStore, nil
}

// compactInBackground stores, every interval, what petrel ingest --append
// runs left in the ingest log (a run killed before its end); stop ends it.
func compactInBackground(st *store.SQLite, log *slog.Logger, every time.Duration) (stop func()) {
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan struct{})
	go func() {
		defer close(done)
		t := time.NewTicker(every)
		defer t.Stop()
		for {
			if n, _, err := st.LogPending(ctx); err == nil && n > 0 {
				ps, err := st.Compact(ctx)
				if err != nil && ctx.Err() == nil {
					log.Warn("background compaction of the ingest log", "err", err)
				} else if err == nil {
					log.Info("ingest log compacted", "documents", n, "new_events", ps.Events)
				}
			}
			select {
			case <-ctx.Done():
				return
			case <-t.C:
			}
		}
	}()
	return func() { cancel(); <-done }
}

// codeInto codes docs with p and stores them in st, in one batch.
func codeInto(ctx context.Context, p annotator, docs []*doc.Doc, st store.Store) error {
	for _, d := range docs {
		if err := p.Process(ctx, d); err != nil {
			return err
		}
	}
	_, err := st.PutDocuments(ctx, docs)
	return err
}

type annotator interface {
	Process(ctx context.Context, d *doc.Doc) error
}

// codeNames maps the actor codes that belong to exactly one organisation
// or group of the knowledge base (not counting its organs) to its name.
func codeNames() (map[string]string, error) {
	k, err := kb.Load(kb.Data())
	if err != nil {
		return nil, fmt.Errorf("knowledge base: %w", err)
	}
	names := map[string]string{}
	count := map[string]int{}
	for _, e := range k.Entities() {
		if (e.Kind == kb.KindOrg || e.Kind == kb.KindGroup) && e.Code != "" && e.Parent == "" {
			count[e.Code]++
			names[e.Code] = e.Name
		}
	}
	for c, n := range count {
		if n > 1 {
			delete(names, c)
		}
	}
	return names, nil
}

// demoExample is the demo article Try it offers: the opening of the war in
// Ukraine.
func demoExample(docs []*doc.Doc) *doc.Doc {
	for _, d := range docs {
		if d.ID == "demo-2022-02-24-invasion" {
			return d
		}
	}
	if len(docs) > 0 {
		return docs[0]
	}
	return nil
}
