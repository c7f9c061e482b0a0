package server

import (
	"container/list"
	"context"
	"net/http"
	"sync"
	"time"
)

// Versioned is a Store that can tell cheaply whether its contents changed:
// Version returns a value that differs after every write.
type Versioned interface {
	Version(ctx context.Context) (string, error)
}

// cache keeps the JSON answers of the aggregate endpoints (actors, series,
// network, map) of a Versioned store, keyed by the request's query and the
// store's version, so that a dashboard reloading the same views does not
// recompute aggregates over millions of events. It is a small LRU.
type cache struct {
	mu    sync.Mutex
	max   int
	ll    *list.List
	items map[string]*list.Element
}

type cacheEntry struct {
	key  string
	body []byte
}

func newCache(max int) *cache {
	return &cache{max: max, ll: list.New(), items: map[string]*list.Element{}}
}

func (c *cache) get(key string) ([]byte, bool) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if e, ok := c.items[key]; ok {
		c.ll.MoveToFront(e)
		return e.Value.(*cacheEntry).body, true
	}
	return nil, false
}

func (c *cache) put(key string, body []byte) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if e, ok := c.items[key]; ok {
		e.Value.(*cacheEntry).body = body
		c.ll.MoveToFront(e)
		return
	}
	c.items[key] = c.ll.PushFront(&cacheEntry{key, body})
	for c.ll.Len() > c.max {
		old := c.ll.Back()
		c.ll.Remove(old)
		delete(c.items, old.Value.(*cacheEntry).key)
	}
}

// warmPaths are the aggregate requests the dashboard's pages make when they
// open.
var warmPaths = []string{
	"/api/v1/network?limit=40",
	"/api/v1/map",
	"/api/v1/actors?limit=200",
	"/api/v1/actors?limit=24",
	"/api/v1/series?interval=month",
}

type warmKey struct{}

// discard is a ResponseWriter that keeps nothing.
type discard struct{ h http.Header }

func (d *discard) Header() http.Header {
	if d.h == nil {
		d.h = http.Header{}
	}
	return d.h
}
func (d *discard) Write(b []byte) (int, error) { return len(b), nil }
func (d *discard) WriteHeader(int)             {}

// warmOnce makes the dashboard's opening requests once, filling the
// aggregate cache and the in-memory network rollup.
func (s *Server) warmOnce(ctx context.Context) error {
	for _, p := range warmPaths {
		req, err := http.NewRequestWithContext(context.WithValue(ctx, warmKey{}, true), "GET", p, nil)
		if err != nil {
			return err
		}
		s.mux.ServeHTTP(&discard{}, req)
	}
	return ctx.Err()
}

// warm fills the aggregate cache with the dashboard's opening requests
// whenever the store's version changes, checking every interval until ctx
// ends, so that the first visitor after a start or an ingest does not wait
// for aggregates over millions of events. The requests run one at a time
// without the per-query time limit. GET /api/v1/health reports "warm" once
// the first pass is done: a load balancer can wait for it.
func (s *Server) warm(ctx context.Context, interval time.Duration) {
	vs, ok := s.cfg.Store.(Versioned)
	if !ok {
		s.warmed.Store(true) // nothing is cached
		return
	}
	last := ""
	for {
		if v, err := vs.Version(ctx); err == nil && v != last {
			start := time.Now()
			if err := s.warmOnce(ctx); err != nil {
				return
			}
			last = v
			s.warmed.Store(true)
			s.log.Debug("aggregate cache warmed", "version", v, "took", time.Since(start).Round(time.Millisecond))
		}
		select {
		case <-ctx.Done():
			return
		case <-time.After(interval):
		}
	}
}
