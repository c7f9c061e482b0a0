package main

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"net/http"
	"os"
	"strings"
	"sync"
	"time"

	"github.com/spf13/cobra"

	"github.com/petrel-events/petrel/coder"
	"github.com/petrel-events/petrel/doc"
	"github.com/petrel-events/petrel/ingest"
	"github.com/petrel-events/petrel/pipeline"
	"github.com/petrel-events/petrel/store"
)

// watcher polls feeds and stores the events of their new articles.
type watcher struct {
	st         *store.SQLite
	p          *pipeline.Pipeline
	client     *http.Client
	every      time.Duration
	log        *slog.Logger
	opts       ingest.Options
	workers    int
	fetchPages bool
	maxBytes   int64

	mu    sync.Mutex // one batch is coded and stored at a time
	total store.PutStats
}

// watchSource is one feed URL or file and its polling state.
type watchSource struct {
	name               string
	url                bool
	etag, lastModified string
	modTime            time.Time
	size               int64
	failures           int
}

func newWatchCmd() *cobra.Command {
	var (
		in         inputFlags
		sf         storeFlags
		every      time.Duration
		once       bool
		noPages    bool
		httpTimout time.Duration
	)
	in.noOutput = true
	cmd := &cobra.Command{
		Use: "watch [flags] SOURCE...",
		Example: `  petrel watch --every 15m https://example.org/world/rss.xml
  petrel watch --once --db news.db feeds/world.xml`,
		Short: "Poll feeds (URLs or files) and ingest their new articles",
		Long: `Watch polls each source (an RSS/Atom feed URL, or a file in any input format)
every --every, with ETag/Last-Modified so that an unchanged feed costs one
small request. New items (not yet stored by ID or URL) have their linked
article page fetched and extracted (the feed's own text is used when that
fails), are coded and stored as petrel ingest stores them. An error on one
source is logged and retried with exponential backoff without stopping the
others. Progress and statistics go to the log. With --once every source is
polled once and the command exits (non-zero if a source failed).`,
		Args: cobra.MinimumNArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			ctx := cmd.Context()
			if ctx == nil {
				ctx = context.Background()
			}
			if every <= 0 {
				return fmt.Errorf("--every must be positive")
			}
			log, err := newLogger(cmd)
			if err != nil {
				return err
			}
			st, err := sf.open(ctx, log, false)
			if err != nil {
				return err
			}
			defer st.Close()
			p, _, err := newPipeline(pipelineConfig{coder: coder.Config{DropNegated: true}})
			if err != nil {
				return err
			}
			opts := ingest.Options{Format: in.format, MaxDocBytes: in.maxBytes}
			if in.published != "" {
				if opts.Published, err = doc.ParseTime(in.published); err != nil {
					return fmt.Errorf("--published: %w", err)
				}
			}
			maxBytes := in.maxBytes
			if maxBytes <= 0 {
				maxBytes = ingest.DefaultMaxDocBytes
			}
			w := &watcher{st: st, p: p, client: &http.Client{Timeout: httpTimout}, every: every, log: log,
				opts: opts, workers: in.workers, fetchPages: !noPages, maxBytes: maxBytes}
			return w.run(ctx, args, once)
		},
	}
	in.register(cmd)
	sf.register(cmd, true)
	cmd.Flags().DurationVar(&every, "every", 15*time.Minute, "polling interval")
	cmd.Flags().BoolVar(&once, "once", false, "poll every source once and exit")
	cmd.Flags().BoolVar(&noPages, "no-pages", false, "use the feed items' own text; do not fetch the linked pages")
	cmd.Flags().DurationVar(&httpTimout, "http-timeout", 30*time.Second, "timeout of each HTTP request")
	return cmd
}

func isURL(s string) bool { return strings.HasPrefix(s, "http://") || strings.HasPrefix(s, "https://") }

// run polls every source until ctx is done (or once).
func (w *watcher) run(ctx context.Context, args []string, once bool) error {
	var wg sync.WaitGroup
	var failedMu sync.Mutex
	var failed []string
	for _, a := range args {
		src := &watchSource{name: a, url: isURL(a)}
		wg.Add(1)
		go func() {
			defer wg.Done()
			for {
				err := w.poll(ctx, src)
				delay := w.every
				if err != nil {
					if ctx.Err() != nil {
						return
					}
					src.failures++
					delay = w.backoff(src.failures)
					w.log.Error("watch: source failed", "source", src.name, "failures", src.failures, "retry_in", delay, "err", err)
					if once {
						failedMu.Lock()
						failed = append(failed, src.name)
						failedMu.Unlock()
					}
				} else {
					src.failures = 0
				}
				if once {
					return
				}
				t := time.NewTimer(delay)
				select {
				case <-ctx.Done():
					t.Stop()
					return
				case <-t.C:
				}
			}
		}()
	}
	wg.Wait()
	w.mu.Lock()
	s := w.total
	w.mu.Unlock()
	w.log.Info("watch stopped", "documents", s.Documents, "near_duplicates", s.NearDuplicates, "new_events", s.Events, "merged_records", s.Merged)
	if len(failed) > 0 {
		return fmt.Errorf("%d source(s) failed: %s", len(failed), strings.Join(failed, ", "))
	}
	if err := ctx.Err(); err != nil && !once && !errors.Is(err, context.Canceled) && !errors.Is(err, context.DeadlineExceeded) {
		return err
	}
	return nil
}

// backoff is the wait after n consecutive failures: an eighth of the
// interval, doubling with each failure, at most four intervals.
func (w *watcher) backoff(n int) time.Duration {
	d := w.every / 8
	for i := 1; i < n && d < 4*w.every; i++ {
		d *= 2
	}
	return min(d, 4*w.every)
}

// poll reads one source once and ingests its new documents.
func (w *watcher) poll(ctx context.Context, src *watchSource) error {
	start := time.Now()
	var items []*doc.Doc
	problems := 0
	r := &ingest.Reader{Options: w.opts, OnError: func(err error) {
		problems++
		w.log.Warn("watch: bad item", "source", src.name, "err", err)
	}}
	collect := func(d *doc.Doc) error {
		items = append(items, d)
		return nil
	}
	if src.url {
		body, changed, err := w.fetchFeed(ctx, src)
		if err != nil {
			return err
		}
		if !changed {
			w.log.Debug("watch: not modified", "source", src.name)
			return nil
		}
		if r.Format == "" {
			r.Format = ingest.FormatFeed
		}
		if err := r.ReadStream(ctx, src.name, bytes.NewReader(body), collect); err != nil {
			return err
		}
	} else {
		fi, err := os.Stat(src.name)
		if err != nil {
			return err
		}
		if fi.ModTime().Equal(src.modTime) && fi.Size() == src.size {
			return nil
		}
		if err := r.Read(ctx, []string{src.name}, collect); err != nil {
			return err
		}
		src.modTime, src.size = fi.ModTime(), fi.Size()
	}
	if len(items) == 0 && problems > 0 {
		return fmt.Errorf("no readable item (%d problem(s) logged)", problems)
	}
	var fresh []*doc.Doc
	for _, d := range items {
		has, err := w.st.Has(ctx, d.ID, d.URL)
		if err != nil {
			return err
		}
		if has {
			continue
		}
		if w.fetchPages && isURL(d.URL) {
			d = w.page(ctx, d)
		}
		fresh = append(fresh, d)
	}
	ps, err := w.ingest(ctx, fresh)
	if err != nil {
		return err
	}
	w.log.Info("watch: polled", "source", src.name, "items", len(items), "new", len(fresh), "documents", ps.Documents,
		"near_duplicates", ps.NearDuplicates, "new_events", ps.Events, "merged_records", ps.Merged, "elapsed", time.Since(start).Round(time.Millisecond))
	return nil
}

// fetchFeed GETs a feed with the validators of the last response; changed
// is false on 304 Not Modified.
func (w *watcher) fetchFeed(ctx context.Context, src *watchSource) (body []byte, changed bool, err error) {
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, src.name, nil)
	if err != nil {
		return nil, false, err
	}
	req.Header.Set("User-Agent", "petrel/"+version+" (watch)")
	if src.etag != "" {
		req.Header.Set("If-None-Match", src.etag)
	}
	if src.lastModified != "" {
		req.Header.Set("If-Modified-Since", src.lastModified)
	}
	resp, err := w.client.Do(req)
	if err != nil {
		return nil, false, err
	}
	defer resp.Body.Close()
	if resp.StatusCode == http.StatusNotModified {
		return nil, false, nil
	}
	if resp.StatusCode != http.StatusOK {
		return nil, false, fmt.Errorf("GET %s: %s", src.name, resp.Status)
	}
	body, err = io.ReadAll(io.LimitReader(resp.Body, 5*w.maxBytes+1))
	if err != nil {
		return nil, false, fmt.Errorf("GET %s: %w", src.name, err)
	}
	if int64(len(body)) > 5*w.maxBytes {
		return nil, false, fmt.Errorf("GET %s: feed larger than %d bytes", src.name, 5*w.maxBytes)
	}
	src.etag, src.lastModified = resp.Header.Get("ETag"), resp.Header.Get("Last-Modified")
	return body, true, nil
}

// page replaces a feed item by the article of its linked page, keeping the
// item's identity and metadata; on failure the item is kept as it is.
func (w *watcher) page(ctx context.Context, item *doc.Doc) *doc.Doc {
	fail := func(err error) *doc.Doc {
		w.log.Warn("watch: article page not used, keeping the feed text", "url", item.URL, "err", err)
		return item
	}
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, item.URL, nil)
	if err != nil {
		return fail(err)
	}
	req.Header.Set("User-Agent", "petrel/"+version+" (watch)")
	resp, err := w.client.Do(req)
	if err != nil {
		return fail(err)
	}
	defer resp.Body.Close()
	if resp.StatusCode != http.StatusOK {
		return fail(fmt.Errorf("GET: %s", resp.Status))
	}
	b, err := io.ReadAll(io.LimitReader(resp.Body, w.maxBytes+1))
	if err != nil {
		return fail(err)
	}
	if int64(len(b)) > w.maxBytes {
		return fail(fmt.Errorf("page larger than %d bytes", w.maxBytes))
	}
	d, err := ingest.ExtractPage(b, resp.Header.Get("Content-Type"), item.URL, item.Published)
	if err != nil {
		return fail(err)
	}
	d.ID, d.URL, d.Source = item.ID, item.URL, item.Source
	if d.Title == "" {
		d.Title = item.Title
	}
	if d.Lang == "" {
		d.Lang = item.Lang
	}
	if item.Published.Known() {
		d.Published = item.Published
	}
	d.Meta = item.Meta
	return d
}

// ingest codes docs and stores them in one batch.
func (w *watcher) ingest(ctx context.Context, docs []*doc.Doc) (store.PutStats, error) {
	if len(docs) == 0 {
		return store.PutStats{}, nil
	}
	w.mu.Lock()
	defer w.mu.Unlock()
	var coded []*doc.Doc
	src := func(ctx context.Context, emit func(*doc.Doc) error) error {
		for _, d := range docs {
			if err := emit(d); err != nil {
				return err
			}
		}
		return nil
	}
	err := w.p.Run(ctx, w.workers, src, func(d *doc.Doc, err error) error {
		if err != nil {
			w.log.Warn("watch: document not coded", "err", err)
			return nil
		}
		coded = append(coded, d)
		return nil
	})
	if err != nil {
		return store.PutStats{}, err
	}
	ps, err := w.st.PutDocuments(ctx, coded)
	if err != nil {
		return ps, err
	}
	w.total.Add(ps)
	return ps, nil
}
