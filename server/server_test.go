package server

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"io"
	"log/slog"
	"net"
	"net/http"
	"net/http/httptest"
	"os"
	"strings"
	"testing"
	"time"

	"github.com/petrel-events/petrel/doc"
)

// fakeAnnotator makes the whole text one sentence; it panics on "PANIC"
// and fails on "FAIL".
type fakeAnnotator struct{}

func (fakeAnnotator) Process(_ context.Context, d *doc.Doc) error {
	if strings.Contains(d.Text, "PANIC") {
		panic("boom")
	}
	if strings.Contains(d.Text, "FAIL") {
		return errors.New("secret internal detail")
	}
	d.Sentences = []doc.Sentence{{Span: doc.Span{Start: 0, End: len(d.Text)}}}
	return nil
}

func loadFixture(t *testing.T) *MemStore {
	t.Helper()
	b, err := os.ReadFile("testdata/docs.json")
	if err != nil {
		t.Fatal(err)
	}
	var docs []*doc.Doc
	if err := json.Unmarshal(b, &docs); err != nil {
		t.Fatal(err)
	}
	st := NewMemStore()
	for _, d := range docs {
		if err := st.AddDoc(context.Background(), d); err != nil {
			t.Fatal(err)
		}
	}
	return st
}

func newTestServer(t *testing.T, token string) (*httptest.Server, *bytes.Buffer) {
	t.Helper()
	var logs bytes.Buffer
	s, err := New(Config{
		Store: loadFixture(t), Annotator: fakeAnnotator{}, IngestToken: token,
		Log: slog.New(slog.NewTextHandler(&logs, nil)), MaxBodyBytes: 1000,
		CodeNames: map[string]string{"IGOWSTNAT": "NATO"},
	})
	if err != nil {
		t.Fatal(err)
	}
	ts := httptest.NewServer(s.Handler())
	t.Cleanup(ts.Close)
	return ts, &logs
}

func do(t *testing.T, method, url, ctype, body string, hdr ...string) (int, string, http.Header) {
	t.Helper()
	req, err := http.NewRequest(method, url, strings.NewReader(body))
	if err != nil {
		t.Fatal(err)
	}
	if ctype != "" {
		req.Header.Set("Content-Type", ctype)
	}
	for i := 0; i+1 < len(hdr); i += 2 {
		req.Header.Set(hdr[i], hdr[i+1])
	}
	res, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	defer res.Body.Close()
	b, _ := io.ReadAll(res.Body)
	return res.StatusCode, string(b), res.Header
}

func TestAPI(t *testing.T) {
	ts, logs := newTestServer(t, "s3cret")
	tests := []struct {
		name, method, path, ctype, body string
		hdr                             []string
		status                          int
		has, hasNot                     []string
	}{
		{name: "all events, negated dropped", method: "GET", path: "/api/v1/events", status: 200,
			has: []string{`"d1-e1"`, `"d1-e2"`, `"d2-e2"`, `"num_sources":2`}, hasNot: []string{`"d2-e3"`, `"d2-e1"`}},
		{name: "negated kept", method: "GET", path: "/api/v1/events?negated=true", status: 200, has: []string{`"d2-e3"`}},
		{name: "actor prefix", method: "GET", path: "/api/v1/events?actor=rus", status: 200,
			has: []string{`"d1-e1"`}, hasNot: []string{`"d1-e2"`, `"d2-e2"`}},
		{name: "recipient and type", method: "GET", path: "/api/v1/events?recipient=UKR&type=consult", status: 200,
			has: []string{`"d2-e2"`}, hasNot: []string{`"d1-e1"`}},
		{name: "quad and country", method: "GET", path: "/api/v1/events?quad=3&country=UKR", status: 200,
			has: []string{`"d1-e2"`}, hasNot: []string{`"d1-e1"`}},
		{name: "dates", method: "GET", path: "/api/v1/events?from=2022-10-01&to=2022-10-05", status: 200,
			has: []string{`"d2-e2"`}, hasNot: []string{`"d1-e1"`}},
		{name: "text", method: "GET", path: "/api/v1/events?q=condemned+russia", status: 200,
			has: []string{`"d1-e2"`}, hasNot: []string{`"d1-e1"`}},
		{name: "cameo root", method: "GET", path: "/api/v1/events?cameo=11", status: 200,
			has: []string{`"d1-e2"`}, hasNot: []string{`"d1-e1"`}},
		{name: "bad date", method: "GET", path: "/api/v1/events?from=yesterday", status: 400, has: []string{"from"}},
		{name: "bad quad", method: "GET", path: "/api/v1/events?quad=7", status: 400},
		{name: "bad actor", method: "GET", path: "/api/v1/events?actor=%3Cscript%3E", status: 400},
		{name: "bad cursor", method: "GET", path: "/api/v1/events?cursor=%21%21", status: 400},
		{name: "detail", method: "GET", path: "/api/v1/events/d1-e1", status: 200,
			has: []string{`"sentence":"Russian forces attacked Kyiv on Monday."`, `"role":"trigger"`, `"text":"attacked"`,
				`"outlet":"wire-b.example"`, `"url":"https://wire-a.example/1"`}},
		{name: "no event", method: "GET", path: "/api/v1/events/nope", status: 404},
		{name: "actors", method: "GET", path: "/api/v1/actors", status: 200, has: []string{`"code":"RUSMIL"`, `"name":"Russia: military"`}},
		{name: "actor timeline", method: "GET", path: "/api/v1/actors/RUSMIL?interval=week", status: 200,
			has: []string{`"period":"2022-10-10"`, `"as_source":1`}},
		{name: "unknown actor", method: "GET", path: "/api/v1/actors/FRA", status: 404},
		{name: "dyad series", method: "GET", path: "/api/v1/series?actor=RUS&recipient=UKR&interval=month", status: 200,
			has: []string{`"period":"2022-10-01"`, `"quad":[0,0,0,1]`, `"goldstein_sum":-10`}},
		{name: "bad interval", method: "GET", path: "/api/v1/series?interval=year", status: 400},
		{name: "network", method: "GET", path: "/api/v1/network", status: 200,
			has: []string{`"source":"RUSMIL","target":"UKRGOV","count":1`, `"label":"Türkiye"`}},
		{name: "map", method: "GET", path: "/api/v1/map", status: 200, has: []string{`"country":"UKR","count":2`, `"name":"Kyiv"`}},
		{name: "ontology", method: "GET", path: "/api/v1/ontology", status: 200, has: []string{`"190":`, `"THREATEN"`, `"UKR":"Ukraine"`}},
		{name: "openapi", method: "GET", path: "/api/v1/openapi.json", status: 200, has: []string{`"openapi": "3.`}},
		{name: "unknown endpoint", method: "GET", path: "/api/v2/x", status: 404},
		{name: "annotate json", method: "POST", path: "/api/v1/annotate", ctype: "application/json",
			body: `{"text":"Hello there.","published":"2025-09-06"}`, status: 200,
			has: []string{`"schema":"petrel.doc/1"`, `"published":"2025-09-06"`, `"sentences":[{"start":0,"end":12}]`}},
		{name: "annotate text", method: "POST", path: "/api/v1/annotate?published=2025-09-06", ctype: "text/plain", body: "Hi.", status: 200,
			has: []string{`"text":"Hi."`}},
		{name: "annotate empty", method: "POST", path: "/api/v1/annotate", ctype: "text/plain", body: "  ", status: 400},
		{name: "annotate unknown field", method: "POST", path: "/api/v1/annotate", ctype: "application/json", body: `{"txt":"a"}`, status: 400},
		{name: "annotate too large", method: "POST", path: "/api/v1/annotate", ctype: "text/plain", body: strings.Repeat("a", 2000), status: 413},
		{name: "annotate bad type", method: "POST", path: "/api/v1/annotate", ctype: "application/xml", body: "<a/>", status: 415},
		{name: "annotate panic", method: "POST", path: "/api/v1/annotate", ctype: "text/plain", body: "PANIC", status: 500,
			hasNot: []string{"boom", "goroutine"}},
		{name: "annotate error", method: "POST", path: "/api/v1/annotate", ctype: "text/plain", body: "FAIL", status: 500,
			hasNot: []string{"secret"}},
		{name: "ingest without token", method: "POST", path: "/api/v1/documents", ctype: "text/plain", body: "Hi.", status: 401},
		{name: "ingest wrong token", method: "POST", path: "/api/v1/documents", ctype: "text/plain", body: "Hi.",
			hdr: []string{"Authorization", "Bearer nope"}, status: 401},
		{name: "ingest", method: "POST", path: "/api/v1/documents", ctype: "application/json", body: `{"id":"d9","text":"Hi."}`,
			hdr: []string{"Authorization", "Bearer s3cret"}, status: 201, has: []string{`"id":"d9"`}},
		{name: "explorer page", method: "GET", path: "/", status: 200, has: []string{`<table id="events"`, `aria-current="page"`}},
		{name: "try page", method: "GET", path: "/try", status: 200, has: []string{`id="text"`}},
		{name: "no page", method: "GET", path: "/nope", status: 404},
		{name: "asset", method: "GET", path: "/static/vendor/uplot/uPlot.iife.min.js", status: 200},
		{name: "world map", method: "GET", path: "/static/vendor/world-atlas/countries-110m.json", status: 200, has: []string{`"id":"UKR"`}},
		{name: "no listing", method: "GET", path: "/static/vendor/", status: 404},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			status, body, hdr := do(t, tc.method, ts.URL+tc.path, tc.ctype, tc.body, tc.hdr...)
			if status != tc.status {
				t.Errorf("status %d, want %d; body %s", status, tc.status, body)
			}
			for _, h := range tc.has {
				if !strings.Contains(body, h) {
					t.Errorf("body lacks %s:\n%.2000s", h, body)
				}
			}
			for _, h := range tc.hasNot {
				if strings.Contains(body, h) {
					t.Errorf("body has %s:\n%.2000s", h, body)
				}
			}
			if csp := hdr.Get("Content-Security-Policy"); !strings.Contains(csp, "script-src 'self'") {
				t.Errorf("CSP %q", csp)
			}
			if status >= 400 && strings.HasPrefix(tc.path, "/api/") && !strings.Contains(body, `"error"`) {
				t.Errorf("error body is not JSON: %s", body)
			}
		})
	}
	if !strings.Contains(logs.String(), "boom") || !strings.Contains(logs.String(), "secret internal detail") {
		t.Errorf("internal errors are not logged:\n%s", logs.String())
	}
	if !strings.Contains(logs.String(), "msg=http method=GET path=/api/v1/events status=200") {
		t.Errorf("no access log line:\n%.1000s", logs.String())
	}
}

func TestReadOnlyByDefault(t *testing.T) {
	ts, _ := newTestServer(t, "")
	status, body, _ := do(t, "POST", ts.URL+"/api/v1/documents", "text/plain", "Hi.", "Authorization", "Bearer ")
	if status != http.StatusForbidden {
		t.Errorf("status %d, want 403: %s", status, body)
	}
}

func TestPagination(t *testing.T) {
	ts, _ := newTestServer(t, "")
	var ids []string
	cursor := ""
	for range 10 {
		_, body, _ := do(t, "GET", ts.URL+"/api/v1/events?negated=true&limit=1&cursor="+cursor, "", "")
		var p EventPage
		if err := json.Unmarshal([]byte(body), &p); err != nil {
			t.Fatal(err)
		}
		for _, e := range p.Events {
			ids = append(ids, e.ID)
		}
		if p.Next == "" {
			break
		}
		cursor = p.Next
	}
	want := "d2-e3 d1-e2 d1-e1 d2-e2"
	if got := strings.Join(ids, " "); got != want {
		t.Errorf("pages: %s, want %s", got, want)
	}
}

func TestPeriod(t *testing.T) {
	for _, tc := range []struct {
		date string
		iv   Interval
		want string
	}{
		{"2022-10-12", Day, "2022-10-12"},
		{"2022-10-12", Week, "2022-10-10"},
		{"2022-10-16", Week, "2022-10-10"},
		{"2022-10-10", Week, "2022-10-10"},
		{"2022-10-12", Month, "2022-10-01"},
		{"2022-10", Month, "2022-10-01"},
		{"2022-10", Day, ""},
	} {
		if got, _ := Period(tc.date, tc.iv); got != tc.want {
			t.Errorf("Period(%s, %s) = %q, want %q", tc.date, tc.iv, got, tc.want)
		}
	}
}

func TestCodeLabel(t *testing.T) {
	for _, tc := range []struct{ code, name, want string }{
		{"RUS", "Vladimir Putin", "Russia"},
		{"RUSMIL", "", "Russia: military"},
		{"USAGOV", "Joe Biden", "United States: government"},
		{"IGOUNO", "United Nations", "United Nations"},
		{"MIL", "", "military (unknown country)"},
		{"", "Kherson", "Kherson"},
	} {
		if got := CodeLabel(tc.code, tc.name); got != tc.want {
			t.Errorf("CodeLabel(%s, %s) = %q, want %q", tc.code, tc.name, got, tc.want)
		}
	}
}

func TestHighlights(t *testing.T) {
	text := "Putin warned “Western troops” would be targets."
	e := doc.Event{
		Actors:     []doc.ActorRef{{Text: "Putin", Start: 0, End: 5}},
		Recipients: []doc.ActorRef{{Text: "Western troops", Start: 16, End: 30}},
		Evidence:   doc.Evidence{Start: 0, End: len(text), Trigger: doc.TextSpan{Span: doc.Span{Start: 6, End: 12}, Text: "warned"}},
		Quote:      &doc.TextSpan{Span: doc.Span{Start: 13, End: 33}},
	}
	var got []string
	for _, h := range Highlights(e, text) {
		got = append(got, h.Role+":"+h.Text)
	}
	want := "actor:Putin trigger:warned quote:“Western troops” recipient:Western troops"
	if strings.Join(got, " ") != want {
		t.Errorf("Highlights = %q, want %q", strings.Join(got, " "), want)
	}
}

func TestOpenAPICoversRoutes(t *testing.T) {
	var spec struct {
		OpenAPI string                    `json:"openapi"`
		Paths   map[string]map[string]any `json:"paths"`
	}
	if err := json.Unmarshal(openapiJSON, &spec); err != nil {
		t.Fatal(err)
	}
	routes := []string{"GET /api/v1/events", "GET /api/v1/events/{id}", "GET /api/v1/actors", "GET /api/v1/actors/{code}",
		"GET /api/v1/series", "GET /api/v1/network", "GET /api/v1/map", "POST /api/v1/annotate", "POST /api/v1/documents",
		"GET /api/v1/ontology", "GET /api/v1/health", "GET /api/v1/openapi.json"}
	for _, r := range routes {
		method, path, _ := strings.Cut(r, " ")
		if _, ok := spec.Paths[path][strings.ToLower(method)]; !ok {
			t.Errorf("openapi.json lacks %s", r)
		}
	}
	if len(spec.Paths) != len(routes) {
		t.Errorf("openapi.json has %d paths, the server %d routes", len(spec.Paths), len(routes))
	}
}

// slowAnnotator takes its time, to test the graceful shutdown.
type slowAnnotator struct{ started chan struct{} }

func (a slowAnnotator) Process(ctx context.Context, d *doc.Doc) error {
	close(a.started)
	select {
	case <-time.After(300 * time.Millisecond):
	case <-ctx.Done():
		return ctx.Err()
	}
	return nil
}

func TestGracefulShutdown(t *testing.T) {
	started := make(chan struct{})
	s, err := New(Config{Annotator: slowAnnotator{started}, Log: slog.New(slog.NewTextHandler(io.Discard, nil))})
	if err != nil {
		t.Fatal(err)
	}
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan error, 1)
	go func() { done <- s.Serve(ctx, ln, nil) }()
	type result struct {
		status int
		err    error
	}
	res := make(chan result, 1)
	go func() {
		r, err := http.Post("http://"+ln.Addr().String()+"/api/v1/annotate", "text/plain", strings.NewReader("Hello."))
		if err != nil {
			res <- result{0, err}
			return
		}
		r.Body.Close()
		res <- result{r.StatusCode, nil}
	}()
	<-started
	cancel() // as SIGINT does
	if r := <-res; r.err != nil || r.status != http.StatusOK {
		t.Errorf("request in flight during shutdown: %d %v", r.status, r.err)
	}
	if err := <-done; err != nil {
		t.Errorf("Serve: %v", err)
	}
	if _, err := http.Get("http://" + ln.Addr().String() + "/"); err == nil {
		t.Error("the server still answers after shutdown")
	}
}
