package server

import (
	"container/list"
	"context"
	"sync"
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
