package server

import (
	"context"
	"fmt"
	"io"
	"log/slog"
	"math/rand/v2"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/petrel-events/petrel/doc"
	"github.com/petrel-events/petrel/internal/sharedtest"
	"github.com/petrel-events/petrel/store"
)

// TestLatency measures the API's latency on a synthetic SQLite database of
// PETREL_BENCH_EVENTS events (skipped when unset), kept at PETREL_BENCH_DB
// (default: a temporary file) so that later runs reuse it:
//
//	PETREL_BENCH_EVENTS=1000000 PETREL_BENCH_DB=/tmp/petrel-1m.db go test ./server -run Latency -v -timeout 1h
func TestLatency(t *testing.T) {
	n, _ := strconv.Atoi(os.Getenv("PETREL_BENCH_EVENTS"))
	if n <= 0 {
		t.Skip("set PETREL_BENCH_EVENTS to measure the API latency on a synthetic database")
	}
	path := os.Getenv("PETREL_BENCH_DB")
	if path == "" {
		path = filepath.Join(t.TempDir(), "bench.db")
	}
	ctx := context.Background()
	_, statErr := os.Stat(path)
	st, err := store.Open(ctx, path, store.Options{Logger: slog.New(slog.NewTextHandler(io.Discard, nil))})
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	if statErr != nil {
		start := time.Now()
		if err := synthesize(ctx, st, n); err != nil {
			t.Fatal(err)
		}
		t.Logf("built %s in %v", path, time.Since(start).Round(time.Second))
	}
	if l, err := os.ReadFile("/proc/loadavg"); err == nil {
		t.Logf("load average: %s", strings.TrimSpace(string(l)))
	}
	stats, err := st.Stats(ctx)
	if err != nil {
		t.Fatal(err)
	}
	t.Logf("database: %d events, %d mentions, %d actors", stats.Events, stats.Mentions, stats.Actors)

	s, err := New(Config{Store: NewSQLStore(st), Log: slog.New(slog.NewTextHandler(io.Discard, nil)), QueryTimeout: time.Minute})
	if err != nil {
		t.Fatal(err)
	}
	// As after `petrel serve` starts: the warm-up (reported by
	// /api/v1/health as "warm") loads the network rollup and caches the
	// dashboard's opening aggregates before visitors are counted.
	start := time.Now()
	if err := s.warmOnce(context.Background()); err != nil {
		t.Fatal(err)
	}
	t.Logf("start-up warm-up: %v", time.Since(start).Round(time.Millisecond))
	h := s.Handler()
	queries := []struct{ view, path string }{
		{"explorer", "/api/v1/events"},
		{"explorer", "/api/v1/events?actor=C07"},
		{"explorer", "/api/v1/events?actor=C03GOV&recipient=C11"},
		{"explorer", "/api/v1/events?type=ASSAULT&from=2024-01-01&to=2024-03-31"},
		{"explorer", "/api/v1/events?quad=1&country=C05"},
		{"explorer", "/api/v1/events?q=harbour"},
		{"explorer", "/api/v1/events?q=did"},
		{"explorer", "/api/v1/events?type=NOSUCHTYPE"},
		{"explorer", "/api/v1/events/1"},
		{"timeline", "/api/v1/series?actor=C07&interval=month"},
		{"timeline", "/api/v1/series?actor=C07&recipient=C11&interval=week"},
		{"timeline", "/api/v1/series?actor=C07GOV&interval=day&from=2024-01-01&to=2024-12-31"},
		{"timeline", "/api/v1/actors?limit=24"},
		{"timeline", "/api/v1/series?interval=month"},
		{"network", "/api/v1/network?limit=40"},
		{"network", "/api/v1/network?limit=100&from=2024-06-01&to=2024-06-30"},
		{"network", "/api/v1/network?limit=40&actor=C07&quad=4"},
		{"map", "/api/v1/map"},
		{"map", "/api/v1/map?from=2024-06-01&to=2024-06-30"},
		{"map", "/api/v1/map?from=2024-01-15&to=2024-06-30"},
		{"map", "/api/v1/map?actor=C07"},
	}
	// PETREL_BENCH_CODES renames the actor codes of the queries for a
	// database made otherwise (petrel db synth: "C07=AAX,C11=ADX,...");
	// PETREL_BENCH_VIEWS keeps some views ("explorer,timeline").
	if codes := os.Getenv("PETREL_BENCH_CODES"); codes != "" {
		var pairs []string
		for _, kv := range strings.Split(codes, ",") {
			k, v, _ := strings.Cut(kv, "=")
			pairs = append(pairs, k, v)
		}
		r := strings.NewReplacer(pairs...)
		for i := range queries {
			queries[i].path = r.Replace(queries[i].path)
		}
	}
	if views := os.Getenv("PETREL_BENCH_VIEWS"); views != "" {
		queries = slices.DeleteFunc(queries, func(q struct{ view, path string }) bool { return !strings.Contains(views, q.view) })
	}
	// PETREL_BENCH_PATHS keeps the requests that match a regular
	// expression.
	if re := os.Getenv("PETREL_BENCH_PATHS"); re != "" {
		rx := regexp.MustCompile(re)
		queries = slices.DeleteFunc(queries, func(q struct{ view, path string }) bool { return !rx.MatchString(q.path) })
	}
	const rounds = 20
	byView := map[string][]time.Duration{}
	for _, q := range queries {
		var ds []time.Duration
		cpu0 := sharedtest.CPUTime()
		for i := range rounds {
			// A parameter the API ignores makes every request miss the
			// aggregate cache: these are cold figures.
			sep := "?"
			if strings.Contains(q.path, "?") {
				sep = "&"
			}
			req := httptest.NewRequest("GET", q.path+sep+"nocache="+strconv.Itoa(i), nil)
			w := httptest.NewRecorder()
			start := time.Now()
			h.ServeHTTP(w, req)
			ds = append(ds, time.Since(start))
			if w.Code != http.StatusOK {
				t.Fatalf("%s: %d %s", q.path, w.Code, w.Body.String())
			}
		}
		cpu := (sharedtest.CPUTime() - cpu0) / rounds
		slices.Sort(ds)
		t.Logf("%-9s p50 %7.1f ms  p95 %7.1f ms  cpu %6.1f ms/request  %s", q.view, ms(ds[len(ds)/2]), ms(ds[len(ds)*95/100]), ms(cpu), q.path)
		byView[q.view] = append(byView[q.view], ds...)
	}
	// The network of the dashboard's first page after a write: each round
	// stores a document of five events first.
	g := store.NewSynth(uint64(time.Now().UnixNano()))
	var after []time.Duration
	for i := range 5 {
		d := g.Doc()
		d.ID = fmt.Sprintf("latency-%d-%d", time.Now().UnixNano(), i)
		if _, err := st.PutDocuments(ctx, []*doc.Doc{d}); err != nil {
			t.Fatal(err)
		}
		req := httptest.NewRequest("GET", "/api/v1/network?limit=40&nocache=w"+strconv.Itoa(i), nil)
		w := httptest.NewRecorder()
		start := time.Now()
		h.ServeHTTP(w, req)
		after = append(after, time.Since(start))
		if w.Code != http.StatusOK {
			t.Fatalf("network after a write: %d %s", w.Code, w.Body.String())
		}
	}
	slices.Sort(after)
	t.Logf("network   after a write: p50 %.1f ms, max %.1f ms (5 writes)", ms(after[2]), ms(after[4]))
	for _, v := range []string{"explorer", "timeline", "network", "map"} {
		ds := byView[v]
		if len(ds) == 0 {
			continue
		}
		slices.Sort(ds)
		t.Logf("%-9s all queries: p50 %.1f ms, p95 %.1f ms (%d requests)", v, ms(ds[len(ds)/2]), ms(ds[len(ds)*95/100]), len(ds))
	}
}

func ms(d time.Duration) float64 { return float64(d.Microseconds()) / 1000 }

// synthesize stores documents with n events in all: 60 countries (C00 …
// C59) with sectors, CAMEO codes of every root, three years of dates and
// 400 places.
func synthesize(ctx context.Context, st *store.SQLite, n int) error {
	r := rand.New(rand.NewPCG(1, 2))
	sectors := []string{"", "GOV", "MIL", "REB", "CVL", "BUS"}
	codes := []string{"010", "020", "036", "040", "042", "051", "057", "061", "071", "084", "090", "112", "120", "130", "138", "141", "163", "173", "183", "190", "193", "200"}
	types := map[string]string{"01": "SUPPORT", "02": "REQUEST", "03": "AGREE", "04": "CONSULT", "05": "SUPPORT", "06": "COOPERATE", "07": "AID", "08": "RETREAT",
		"09": "ACCUSE", "11": "ACCUSE", "12": "REJECT", "13": "THREATEN", "14": "PROTEST", "16": "SANCTION", "17": "COERCE", "18": "ASSAULT", "19": "ASSAULT", "20": "ASSAULT"}
	quad := func(root string) int {
		switch {
		case root <= "05":
			return 1
		case root <= "08":
			return 2
		case root <= "13":
			return 3
		}
		return 4
	}
	words := strings.Fields("harbour border capital talks troops ministers council river valley port convoy summit envoy treaty ceasefire aid strike protest court election")
	start := time.Date(2022, 1, 1, 0, 0, 0, 0, time.UTC)
	const perDoc = 10
	var batch []*doc.Doc
	made := 0
	for di := 0; made < n; di++ {
		d := &doc.Doc{ID: fmt.Sprintf("syn%07d", di), Source: fmt.Sprintf("outlet%02d.example", r.IntN(40)), Title: "synthetic"}
		day := start.AddDate(0, 0, r.IntN(3*365))
		d.Published = doc.Time{Time: day, DateOnly: true}
		var text strings.Builder
		for k := 0; k < perDoc && made < n; k++ {
			ac := fmt.Sprintf("C%02d", r.IntN(60))
			rc := fmt.Sprintf("C%02d", r.IntN(60))
			as, rs := ac+sectors[r.IntN(len(sectors))], rc+sectors[r.IntN(len(sectors))]
			code := codes[r.IntN(len(codes))]
			root := code[:2]
			s0 := text.Len()
			fmt.Fprintf(&text, "%s %s %s near the %s %d of %s. ", as, code, rs, words[r.IntN(len(words))], r.IntN(100000), d.ID)
			s1 := text.Len() - 1
			p := r.IntN(400)
			ev := doc.Event{
				ID: fmt.Sprintf("%s-e%d", d.ID, k), DocID: d.ID, Sentence: k,
				Date: day.AddDate(0, 0, -r.IntN(3)).Format(time.DateOnly), DatePrecision: "day",
				Actors:     []doc.ActorRef{{Text: as, Start: s0, End: s0 + len(as), Code: as, Country: ac, Sector: as[3:], Name: as}},
				Recipients: []doc.ActorRef{{Text: rs, Start: s0 + len(as) + 5, End: s0 + len(as) + 5 + len(rs), Code: rs, Country: rc, Sector: rs[3:], Name: rs}},
				CAMEO:      doc.CAMEO{Code: code, Root: root, QuadClass: quad(root), Goldstein: float64(r.IntN(21) - 10)},
				PLOVER:     doc.PLOVER{Type: types[root]},
				Evidence:   doc.Evidence{Start: s0, End: s1, Sentence: k, Trigger: doc.TextSpan{Span: doc.Span{Start: s0 + len(as) + 1, End: s0 + len(as) + 4}, Text: code}, Pattern: "synthetic"},
				Location:   &doc.Location{Text: fmt.Sprintf("P%03d", p), Name: fmt.Sprintf("P%03d", p), Country: fmt.Sprintf("C%02d", p%60), Lat: float64(p%160) - 80, Lon: float64(p*7%360) - 180},
			}
			d.Events = append(d.Events, ev)
			made++
		}
		d.Text = text.String()
		batch = append(batch, d)
		if len(batch) == 500 || made == n {
			if _, err := st.PutDocuments(ctx, batch); err != nil {
				return err
			}
			batch = batch[:0]
		}
	}
	return nil
}
