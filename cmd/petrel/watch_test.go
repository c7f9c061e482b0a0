package main

import (
	"bytes"
	"context"
	"fmt"
	"net/http"
	"net/http/httptest"
	"path/filepath"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/petrel-events/petrel/store"
)

// feedServer serves an RSS feed with an ETag, its article pages, and a
// feed that fails its first requests.
type feedServer struct {
	*httptest.Server
	feedGets, notModified, flakyGets atomic.Int32
	flakyFailures                    int32
}

var watchArticles = []struct{ path, title, text string }{
	{"/world/1", "Shelling in Kharkiv", "Russian forces shelled the city of Kharkiv on Monday, Ukrainian officials said. Residents fled to shelters."},
	{"/world/2", "Damascus strike", "Iran accused Israel of carrying out an air strike near Damascus on Sunday. Syria condemned the raid."},
}

func rss(base string, items ...int) string {
	var sb strings.Builder
	sb.WriteString(`<?xml version="1.0"?><rss version="2.0"><channel><title>Example Wire</title><link>` + base + `</link>`)
	for _, i := range items {
		a := watchArticles[i]
		fmt.Fprintf(&sb, `<item><title>%s</title><link>%s%s</link><guid>%s%s</guid><pubDate>Mon, 03 Mar 2025 10:00:00 +0000</pubDate><description>%s</description></item>`,
			a.title, base, a.path, base, a.path, a.title)
	}
	sb.WriteString(`</channel></rss>`)
	return sb.String()
}

func newFeedServer(t *testing.T, flakyFailures int32) *feedServer {
	fs := &feedServer{flakyFailures: flakyFailures}
	mux := http.NewServeMux()
	mux.HandleFunc("/feed.xml", func(w http.ResponseWriter, r *http.Request) {
		fs.feedGets.Add(1)
		if r.Header.Get("If-None-Match") == `"v1"` {
			fs.notModified.Add(1)
			w.WriteHeader(http.StatusNotModified)
			return
		}
		w.Header().Set("ETag", `"v1"`)
		w.Header().Set("Content-Type", "application/rss+xml")
		fmt.Fprint(w, rss(fs.URL, 0))
	})
	mux.HandleFunc("/flaky.xml", func(w http.ResponseWriter, r *http.Request) {
		if fs.flakyGets.Add(1) <= fs.flakyFailures {
			http.Error(w, "overloaded", http.StatusServiceUnavailable)
			return
		}
		fmt.Fprint(w, rss(fs.URL, 1))
	})
	for _, a := range watchArticles {
		mux.HandleFunc(a.path, func(w http.ResponseWriter, r *http.Request) {
			w.Header().Set("Content-Type", "text/html; charset=utf-8")
			fmt.Fprintf(w, `<html><head><title>%s</title></head><body><nav>Home | World</nav><article><h1>%s</h1><p>%s</p><p>More details will follow as the story develops, the agency said in its report.</p></article><footer>Copyright</footer></body></html>`, a.title, a.title, a.text)
		})
	}
	fs.Server = httptest.NewServer(mux)
	t.Cleanup(fs.Close)
	return fs
}

func TestWatchOnce(t *testing.T) {
	fs := newFeedServer(t, 1000)
	db := filepath.Join(t.TempDir(), "w.db")
	// The broken source fails, the good one is ingested all the same.
	_, log, err := runCLI(t, "", "watch", "--once", "--db", db, fs.URL+"/feed.xml", fs.URL+"/flaky.xml")
	if err == nil || !strings.Contains(err.Error(), "flaky.xml") {
		t.Errorf("err = %v, want the flaky source named", err)
	}
	if !strings.Contains(log, "503") {
		t.Errorf("log does not report the failure:\n%s", log)
	}
	ctx := context.Background()
	st, err := store.Open(ctx, db, store.Options{ReadOnly: true})
	if err != nil {
		t.Fatal(err)
	}
	s, _ := st.Stats(ctx)
	evs, _ := st.Events(ctx, store.Query{})
	st.Close()
	if s.Documents != 1 || s.Events == 0 {
		t.Fatalf("stats %+v\n%s", s, log)
	}
	// The article page was used, not the feed's one-line description.
	if !strings.Contains(evs[0].EvidenceText, "Kharkiv") {
		t.Errorf("evidence %q", evs[0].EvidenceText)
	}
}

func TestWatchPollsAndRecovers(t *testing.T) {
	fs := newFeedServer(t, 2)
	db := filepath.Join(t.TempDir(), "w.db")
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	var logBuf syncBuffer
	done := make(chan error, 1)
	go func() {
		cmd := newRootCmd()
		cmd.SetOut(&bytes.Buffer{})
		cmd.SetErr(&logBuf)
		cmd.SetArgs([]string{"watch", "--every", "80ms", "--db", db, fs.URL + "/feed.xml", fs.URL + "/flaky.xml"})
		done <- cmd.ExecuteContext(ctx)
	}()
	deadline := time.Now().Add(60 * time.Second)
	for time.Now().Before(deadline) {
		time.Sleep(50 * time.Millisecond)
		if fs.notModified.Load() >= 2 && fs.flakyGets.Load() > 2 && countDocs(db) == 2 {
			break
		}
	}
	cancel()
	if err := <-done; err != nil {
		t.Errorf("watch: %v", err)
	}
	if n := countDocs(db); n != 2 {
		t.Errorf("%d documents stored, want 2 (the flaky feed's after its failures)\n%s", n, logBuf.String())
	}
	if fs.notModified.Load() < 2 {
		t.Errorf("%d conditional requests answered 304, want the feed polled with its ETag", fs.notModified.Load())
	}
	if !strings.Contains(logBuf.String(), "retry_in") {
		t.Errorf("no retry logged:\n%s", logBuf.String())
	}
}

// syncBuffer is a bytes.Buffer safe for concurrent use.
type syncBuffer struct {
	mu sync.Mutex
	b  bytes.Buffer
}

func (s *syncBuffer) Write(p []byte) (int, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.Write(p)
}

func (s *syncBuffer) String() string {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.String()
}
