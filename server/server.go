// Package server serves petrel's JSON API and its web dashboard.
//
// The API lives under /api/v1 and is described by the OpenAPI 3 document at
// /api/v1/openapi.json (see docs/api.md). The dashboard (Explorer, Timeline,
// Network, Map and Try it) is rendered with html/template from embedded
// templates and assets, and works offline: every script, style sheet and the
// world map are served by the binary itself.
package server

import (
	"context"
	"crypto/subtle"
	"errors"
	"fmt"
	"log/slog"
	"net"
	"net/http"
	"sync/atomic"
	"time"

	"github.com/petrel-events/petrel/doc"
)

// Annotator codes a document in place: every layer, events included. A
// *pipeline.Pipeline is one.
type Annotator interface {
	Process(ctx context.Context, d *doc.Doc) error
}

// Config configures a Server.
type Config struct {
	// Store is read by the event, actor, series, network and map
	// endpoints. Nil serves only the annotator and the UI.
	Store Store
	// Annotator codes texts for POST /api/v1/annotate and /documents.
	Annotator Annotator
	// IngestToken, when set and Store is a Writer, enables POST
	// /api/v1/documents for requests carrying "Authorization: Bearer
	// <token>".
	IngestToken string
	// Log receives the access log and errors (slog.Default when nil).
	Log *slog.Logger
	// MaxBodyBytes limits request bodies (default 2 MiB).
	MaxBodyBytes int64
	// QueryTimeout bounds each store query (default 5 s).
	QueryTimeout time.Duration
	// AnnotateTimeout bounds the coding of one posted text (default 30 s).
	AnnotateTimeout time.Duration
	// Demo marks the demo corpus in the page header.
	Demo bool
	// CodeNames names the actor codes that stand for one organisation or
	// group ("IGOWSTNAT" → "North Atlantic Treaty Organization"); other
	// codes are named from their parts (CodeLabel).
	CodeNames map[string]string
	// Example is the article Try it offers as an example, published on
	// ExamplePublished (an ISO date).
	Example, ExamplePublished string
}

// Server is petrel's HTTP server.
type Server struct {
	cfg Config
	log *slog.Logger
	mux *http.ServeMux
	ui  *ui
	// vocab is the JSON of GET /api/v1/ontology.
	vocab []byte
	// cache keeps aggregate answers of a Versioned store.
	cache *cache
	// annotateSem bounds concurrent codings: the pipeline is CPU-bound.
	annotateSem chan struct{}
	// warmed is set once the aggregate cache holds the dashboard's
	// opening requests for the store's first version (see warm).
	warmed atomic.Bool
}

// New returns a Server for cfg.
func New(cfg Config) (*Server, error) {
	if cfg.Log == nil {
		cfg.Log = slog.Default()
	}
	if cfg.MaxBodyBytes <= 0 {
		cfg.MaxBodyBytes = 2 << 20
	}
	if cfg.QueryTimeout <= 0 {
		cfg.QueryTimeout = 5 * time.Second
	}
	if cfg.AnnotateTimeout <= 0 {
		cfg.AnnotateTimeout = 30 * time.Second
	}
	u, err := newUI(cfg.Demo)
	if err != nil {
		return nil, err
	}
	u.example, u.examplePublished = cfg.Example, cfg.ExamplePublished
	vocab, err := loadVocabulary()
	if err != nil {
		return nil, err
	}
	s := &Server{cfg: cfg, log: cfg.Log, mux: http.NewServeMux(), ui: u, vocab: vocab, cache: newCache(256), annotateSem: make(chan struct{}, 2)}
	s.routes()
	return s, nil
}

func (s *Server) routes() {
	api := func(pattern string, h func(http.ResponseWriter, *http.Request) error) {
		s.mux.Handle(pattern, apiHandler{s, h})
	}
	api("GET /api/v1/events", s.handleEvents)
	api("GET /api/v1/events/{id}", s.handleEvent)
	api("GET /api/v1/actors", s.handleActors)
	api("GET /api/v1/actors/{code}", s.handleActor)
	api("GET /api/v1/series", s.handleSeries)
	api("GET /api/v1/network", s.handleNetwork)
	api("GET /api/v1/map", s.handleMap)
	api("POST /api/v1/annotate", s.handleAnnotate)
	api("POST /api/v1/documents", s.handleDocuments)
	api("GET /api/v1/openapi.json", s.handleOpenAPI)
	api("GET /api/v1/ontology", s.handleOntology)
	api("GET /api/v1/health", func(w http.ResponseWriter, _ *http.Request) error {
		return writeJSON(w, http.StatusOK, map[string]any{"ok": true, "store": s.cfg.Store != nil, "warm": s.warmed.Load()})
	})
	api("/api/", func(http.ResponseWriter, *http.Request) error {
		return errorf(http.StatusNotFound, "no such endpoint; see /api/v1/openapi.json")
	})
	s.ui.register(s.mux)
}

// Handler returns the server's handler with its middleware: security
// headers, panic recovery, body limits and the access log.
func (s *Server) Handler() http.Handler {
	return s.accessLog(s.recover(s.secure(s.mux)))
}

// ListenAndServe serves on addr until ctx is cancelled, then shuts down
// gracefully, letting requests in flight finish for up to 10 seconds.
// ready, when non-nil, is called with the bound address.
func (s *Server) ListenAndServe(ctx context.Context, addr string, ready func(net.Addr)) error {
	ln, err := net.Listen("tcp", addr)
	if err != nil {
		return fmt.Errorf("listen: %w", err)
	}
	return s.Serve(ctx, ln, ready)
}

// Serve is ListenAndServe on a listener.
func (s *Server) Serve(ctx context.Context, ln net.Listener, ready func(net.Addr)) error {
	hs := &http.Server{
		Handler:           s.Handler(),
		ReadHeaderTimeout: 5 * time.Second,
		ReadTimeout:       30 * time.Second,
		WriteTimeout:      s.cfg.AnnotateTimeout + 15*time.Second,
		IdleTimeout:       120 * time.Second,
		MaxHeaderBytes:    64 << 10,
		ErrorLog:          slog.NewLogLogger(s.log.Handler(), slog.LevelWarn),
		BaseContext:       func(net.Listener) context.Context { return context.WithoutCancel(ctx) },
	}
	if ready != nil {
		ready(ln.Addr())
	}
	wctx, stopWarm := context.WithCancel(ctx)
	warmed := make(chan struct{})
	go func() { defer close(warmed); s.warm(wctx, 30*time.Second) }()
	defer func() { stopWarm(); <-warmed }()
	errc := make(chan error, 1)
	go func() { errc <- hs.Serve(ln) }()
	select {
	case err := <-errc:
		return err
	case <-ctx.Done():
	}
	s.log.Info("shutting down")
	sctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	if err := hs.Shutdown(sctx); err != nil {
		return fmt.Errorf("shutdown: %w", err)
	}
	if err := <-errc; !errors.Is(err, http.ErrServerClosed) {
		return err
	}
	return nil
}

// label names an actor code in aggregates.
func (s *Server) label(code, name string) string {
	if n, ok := s.cfg.CodeNames[code]; ok {
		return n
	}
	return CodeLabel(code, name)
}

// authorized reports whether r carries the ingest token.
func (s *Server) authorized(r *http.Request) bool {
	if s.cfg.IngestToken == "" {
		return false
	}
	const p = "Bearer "
	h := r.Header.Get("Authorization")
	if len(h) <= len(p) || h[:len(p)] != p {
		return false
	}
	return subtle.ConstantTimeCompare([]byte(h[len(p):]), []byte(s.cfg.IngestToken)) == 1
}
