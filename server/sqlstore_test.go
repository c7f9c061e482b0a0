package server

import (
	"context"
	"encoding/json"
	"io"
	"log/slog"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/petrel-events/petrel/doc"
	"github.com/petrel-events/petrel/internal/pgtest"
	"github.com/petrel-events/petrel/store"
)

// sqlFixture opens a SQLite store, or with pg the PostgreSQL test database
// (skipping when there is none), and stores the first test document.
func sqlFixture(t *testing.T, pg bool) (*SQLStore, []*doc.Doc) {
	t.Helper()
	b, err := os.ReadFile("testdata/docs.json")
	if err != nil {
		t.Fatal(err)
	}
	var docs []*doc.Doc
	if err := json.Unmarshal(b, &docs); err != nil {
		t.Fatal(err)
	}
	ctx := context.Background()
	target := filepath.Join(t.TempDir(), "t.db")
	if pg {
		target = pgtest.DSN(t)
	}
	st, err := store.OpenTarget(ctx, target, store.Options{Logger: slog.New(slog.NewTextHandler(io.Discard, nil))})
	if err != nil {
		t.Fatal(err)
	}
	sq := NewSQLStore(st)
	t.Cleanup(func() { sq.Close(); st.Close() })
	if _, err := st.PutDocuments(ctx, docs[:1]); err != nil {
		t.Fatal(err)
	}
	return sq, docs
}

func TestSQLStore(t *testing.T) {
	for _, backend := range []struct {
		name string
		pg   bool
	}{{"sqlite", false}, {"postgres", true}} {
		t.Run(backend.name, func(t *testing.T) { testSQLStore(t, backend.pg) })
	}
}

func testSQLStore(t *testing.T, pg bool) {
	sq, docs := sqlFixture(t, pg)
	s, err := New(Config{Store: sq, Annotator: fakeAnnotator{}, Log: slog.New(slog.NewTextHandler(io.Discard, nil))})
	if err != nil {
		t.Fatal(err)
	}
	h := s.Handler()
	get := func(path string) (int, string, string) {
		w := httptest.NewRecorder()
		h.ServeHTTP(w, httptest.NewRequest("GET", path, nil))
		return w.Code, w.Body.String(), w.Header().Get("X-Cache")
	}
	for _, tc := range []struct {
		path   string
		status int
		has    []string
	}{
		{"/api/v1/events", 200, []string{`"id":"1"`, `"id":"2"`, `"num_sources":1`}},
		{"/api/v1/events?actor=RUS", 200, []string{`"id":"1"`}},
		{"/api/v1/events?limit=1", 200, []string{`"next":"`}},
		{"/api/v1/events/1", 200, []string{`"sentence":"Russian forces attacked Kyiv on Monday."`, `"role":"actor","start":0,"end":14`, `"title":"Attack on Kyiv"`, `"url":"https://wire-a.example/1"`}},
		{"/api/v1/events/99", 404, nil},
		{"/api/v1/events/x", 404, nil},
		{"/api/v1/actors", 200, []string{`"code":"RUSMIL","name":"Russia: military"`, `"as_source":1`}},
		{"/api/v1/actors/RUSMIL?interval=month", 200, []string{`"period":"2022-10-01"`}},
		{"/api/v1/series?actor=RUS&interval=week", 200, []string{`"period":"2022-10-10","count":1,"quad":[0,0,0,1],"goldstein_sum":-10`}},
		{"/api/v1/network", 200, []string{`"source":"RUSMIL","target":"UKRGOV","count":1`}},
		{"/api/v1/network?from=2022-10-10&to=2022-10-10&quad=3", 200, []string{`"source":"UKR","target":"RUS"`}},
		{"/api/v1/map", 200, []string{`"country":"UKR","count":2`, `"name":"Kyiv"`}},
		{"/api/v1/map?from=2022-10-01&to=2022-10-31", 200, []string{`"country":"UKR","count":2`, `"name":"Kyiv"`}},
		{"/api/v1/map?from=2022-09-15&to=2022-11-30", 200, []string{`"country":"UKR","count":2`, `"name":"Kyiv"`}},
		{"/api/v1/map?from=2022-10-11&to=2022-12-31", 200, []string{`"countries":[]`, `"places":[]`}},
		{"/api/v1/map?actor=RUSMIL", 200, []string{`"country":"UKR","count":1`}},
		{"/api/v1/events?q=kyiv", 200, []string{`"id":"1"`}},
		{"/api/v1/events?q=Attack+kyiv", 200, []string{`"id":"1"`}},
		{"/api/v1/events?q=harbour", 200, []string{`"events":[]`}},
		{"/api/v1/events?q=.", 200, []string{`"events":[`}},
		{"/api/v1/events?type=ASSAULT", 200, []string{`"id":"1"`}},
		{"/api/v1/events?type=ASSAULT&from=2022-11-01", 200, []string{`"events":[]`}},
		{"/api/v1/events?type=AID", 200, []string{`"events":[]`}},
		{"/api/v1/series?interval=month", 200, []string{`"period":"2022-10-01","count":2`}},
	} {
		status, body, _ := get(tc.path)
		if status != tc.status {
			t.Errorf("%s: status %d, want %d: %s", tc.path, status, tc.status, body)
		}
		for _, h := range tc.has {
			if !strings.Contains(body, h) {
				t.Errorf("%s: body lacks %s:\n%s", tc.path, h, body)
			}
		}
	}
	// Pages follow each other.
	_, body, _ := get("/api/v1/events?limit=1")
	var p EventPage
	if err := json.Unmarshal([]byte(body), &p); err != nil {
		t.Fatal(err)
	}
	_, body2, _ := get("/api/v1/events?limit=1&cursor=" + p.Next)
	if !strings.Contains(body2, `"id":"1"`) || strings.Contains(body2, `"next"`) {
		t.Errorf("second page: %s", body2)
	}
	// The aggregate cache answers again until the store changes.
	if _, _, c := get("/api/v1/network"); c != "hit" {
		t.Errorf("second network request: X-Cache %q, want hit", c)
	}
	if err := sq.AddDoc(context.Background(), docs[1]); err != nil {
		t.Fatal(err)
	}
	_, body, c := get("/api/v1/network")
	if c == "hit" || !strings.Contains(body, `"target":"UKR"`) {
		t.Errorf("after a write the network is stale (X-Cache %q): %s", c, body)
	}
	_, body, _ = get("/api/v1/events/1")
	if !strings.Contains(body, `"num_sources":2`) || !strings.Contains(body, `"outlet":"wire-b.example"`) {
		t.Errorf("the second outlet's mention is missing: %s", body)
	}
}

// TestHealthWarm checks that /api/v1/health reports "warm" only after the
// warm-up has made the dashboard's opening requests.
func TestHealthWarm(t *testing.T) {
	sq, _ := sqlFixture(t, false)
	s, err := New(Config{Store: sq, Log: slog.New(slog.NewTextHandler(io.Discard, nil))})
	if err != nil {
		t.Fatal(err)
	}
	h := s.Handler()
	warm := func() bool {
		rec := httptest.NewRecorder()
		h.ServeHTTP(rec, httptest.NewRequest("GET", "/api/v1/health", nil))
		var v struct{ Warm bool }
		if err := json.Unmarshal(rec.Body.Bytes(), &v); err != nil {
			t.Fatalf("health: %v: %s", err, rec.Body)
		}
		return v.Warm
	}
	if warm() {
		t.Fatal("warm before the warm-up")
	}
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan struct{})
	go func() { defer close(done); s.warm(ctx, time.Hour) }()
	deadline := time.Now().Add(10 * time.Second)
	for !warm() {
		if time.Now().After(deadline) {
			t.Fatal("not warm after 10 s")
		}
		time.Sleep(10 * time.Millisecond)
	}
	cancel()
	<-done
}
