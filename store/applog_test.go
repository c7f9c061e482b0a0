package store

import (
	"context"
	"fmt"
	"maps"
	"path/filepath"
	"reflect"
	"slices"
	"testing"
	"time"

	"github.com/petrel-events/petrel/doc"
)

// TestAppendLog stores new documents, merged copies, near-duplicates,
// re-ingests and changed documents (which delete events) in batches of 7
// through the ingest log (Options.Append, compacting every 250 event
// records and at the end of each step) and directly: after each step the
// two databases hold the same documents, events, records, mentions, LSH
// rows and rollups, row for row, and the rollups equal their
// recomputation. Appended documents are invisible until compacted; a
// writer dropped with documents logged (as by kill -9), a compaction
// interrupted between chunks, and a writer that does not append lose,
// reorder and duplicate nothing.
func TestAppendLog(t *testing.T) {
	if testPostgres {
		t.Skip("the ingest log is SQLite only")
	}
	ctx := context.Background()
	defer func(n int) { logChunk = n }(logChunk)
	logChunk = 23 // several chunks per compaction
	defer func(n int) { memLogMax = n }(memLogMax)
	memLogMax = 120 // some appended documents in memory, the others decoded
	fixedNow := func() time.Time { return time.Unix(1_700_000_000, 0) }
	dir := t.TempDir()
	open := func(name string, opts Options) *SQLite {
		t.Helper()
		if opts.Now == nil {
			opts.Now = fixedNow
		}
		s, err := Open(ctx, filepath.Join(dir, name), opts)
		if err != nil {
			t.Fatal(err)
		}
		return s
	}
	put := func(s *SQLite, docs []*doc.Doc) {
		t.Helper()
		for i := 0; i < len(docs); i += 7 {
			if _, err := s.PutDocuments(ctx, docs[i:min(i+7, len(docs))]); err != nil {
				t.Fatal(err)
			}
		}
	}
	pending := func(s *SQLite) int64 {
		t.Helper()
		n, _, err := s.LogPending(ctx)
		if err != nil {
			t.Fatal(err)
		}
		return n
	}
	ref := open("ref.db", Options{})
	defer ref.Close()
	app := open("app.db", Options{Append: true, CompactEvery: 250})
	defer app.Close()
	steps := rollupSteps(200, 60, 40, 25)
	for _, st := range steps {
		put(ref, st.docs)
		put(app, st.docs)
		if st.name == "new" && pending(app) == 0 {
			t.Error("nothing logged after the new documents: the test does not exercise the log")
		}
		if _, err := app.Compact(ctx); err != nil {
			t.Fatal(err)
		}
		if n := pending(app); n != 0 {
			t.Errorf("after %s: %d documents logged after Compact", st.name, n)
		}
		if left, _ := app.pendingLeft(ctx); left {
			t.Errorf("after %s: rollup increments pending after Compact", st.name)
		}
		checkRollups(t, "ingest log, after "+st.name, app.DB())
		if a, b := rollupRows(t, ref.DB()), rollupRows(t, app.DB()); !maps.Equal(a, b) {
			t.Errorf("after %s: the rollups through the log (%d rows) and directly (%d rows) differ", st.name, len(b), len(a))
		}
		compareContent(t, "after "+st.name, app, ref)
	}
	if st, _ := ref.Stats(ctx); st.NearDuplicates == 0 || st.Documents == 0 {
		t.Errorf("reference %+v: the test does not exercise near-duplicates", st)
	}

	// Logged documents are invisible to queries until compacted.
	docs := synthDocs(21, 400)
	a := open("k.db", Options{Append: true})
	put(a, docs[:60])
	st, err := a.Stats(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if st.Documents != 0 || st.Pending != 60 {
		t.Errorf("after appending 60 documents: %+v, want 0 documents and 60 pending", st)
	}
	// A writer dropped with documents logged (no Compact, no Close: as
	// killed); a writer that does not append stores them first, in order.
	a.db.Close()
	b := open("k.db", Options{})
	if n := pending(b); n != 60 {
		t.Fatalf("%d documents logged after the writer was dropped, want 60", n)
	}
	put(b, docs[60:100])
	if n := pending(b); n != 0 {
		t.Errorf("%d documents logged after a direct batch, want 0", n)
	}
	b.Close()
	// A compaction interrupted after its first chunk keeps the rest logged.
	cctx, cancel := context.WithCancel(ctx)
	calls := 0
	a = open("k.db", Options{Append: true, Now: func() time.Time {
		if calls++; calls == 2 {
			cancel()
		}
		return fixedNow()
	}})
	put(a, docs[100:150])
	if large, _, _ := a.largeBacklog(ctx); large {
		t.Error("50 documents logged over 100 stored count as a large backlog")
	}
	if _, err := a.Compact(cctx); err == nil {
		t.Fatal("an interrupted compaction returned no error")
	}
	if n := pending(a); n != 50-int64(logChunk) {
		t.Errorf("%d documents logged after an interrupted compaction, want %d", n, 50-logChunk)
	}
	if err := a.Close(); err != nil { // Close compacts the rest
		t.Fatal(err)
	}
	// A compaction of a large backlog (more logged than stored) drops
	// indexes and builds them at its end; a writer that dies in the middle
	// leaves them to the next writer that opens the database.
	a = open("k.db", Options{Append: true})
	put(a, docs[150:])
	chunks := 0
	compactStop = func() bool { chunks++; return chunks == 1 }
	_, err = a.Compact(ctx)
	compactStop = nil
	if err == nil {
		t.Fatal("a compaction stopped after a chunk returned no error")
	}
	if n := tableRows(t, a, "SELECT count(*) FROM compact_indexes"); n[0] != fmt.Sprint(len(compactDropped)) {
		t.Errorf("%s indexes noted as dropped by a compaction of a large backlog, want %d", n[0], len(compactDropped))
	}
	a.db.Close() // as killed
	a = open("k.db", Options{Append: true})
	if n := tableRows(t, a, "SELECT count(*) FROM sqlite_master WHERE name = 'compact_indexes'"); n[0] != "0" {
		t.Error("the dropped indexes were not built again by the next writer")
	}
	if err := a.Close(); err != nil { // Close compacts the rest
		t.Fatal(err)
	}
	direct := open("direct.db", Options{})
	defer direct.Close()
	put(direct, docs)
	c := open("k.db", Options{})
	defer c.Close()
	if n := pending(c); n != 0 {
		t.Errorf("%d documents logged after Close", n)
	}
	checkRollups(t, "after a dropped writer and an interrupted compaction", c.DB())
	compareContent(t, "after a dropped writer and an interrupted compaction", c, direct)
	ids := tableRows(t, c, "SELECT id FROM documents ORDER BY doc_key")
	want := make([]string, len(docs))
	for i, d := range docs {
		want[i] = d.ID
	}
	if !slices.Equal(ids, want) {
		t.Error("the documents were not stored in the order they were handed to the stores")
	}
}

// TestLogJSONRows: rows an earlier petrel logged as JSON, with binary
// rows after them, are compacted into the same database as storing the
// documents directly.
func TestLogJSONRows(t *testing.T) {
	if testPostgres {
		t.Skip("the ingest log is SQLite only")
	}
	ctx := context.Background()
	dir := t.TempDir()
	fixedNow := func() time.Time { return time.Unix(1_700_000_000, 0) }
	docs := synthDocs(33, 40)
	direct, err := Open(ctx, filepath.Join(dir, "direct.db"), Options{Now: fixedNow})
	if err != nil {
		t.Fatal(err)
	}
	defer direct.Close()
	if _, err := direct.PutDocuments(ctx, docs); err != nil {
		t.Fatal(err)
	}
	app, err := Open(ctx, filepath.Join(dir, "app.db"), Options{Now: fixedNow, Append: true})
	if err != nil {
		t.Fatal(err)
	}
	defer app.Close()
	for _, d := range docs[:25] {
		b, err := encodeLogJSON(d)
		if err != nil {
			t.Fatal(err)
		}
		if _, err := app.DB().ExecContext(ctx, "INSERT INTO ingest_log (events, doc) VALUES (?, ?)", len(d.Events), b); err != nil {
			t.Fatal(err)
		}
	}
	if _, err := app.PutDocuments(ctx, docs[25:]); err != nil {
		t.Fatal(err)
	}
	app.memLog = nil // decode the binary rows too
	if _, err := app.Compact(ctx); err != nil {
		t.Fatal(err)
	}
	checkRollups(t, "JSON and binary log rows", app.DB())
	compareContent(t, "JSON and binary log rows", app, direct)
}

// TestLogDocRoundTrip: what the log keeps of a document is what
// PutDocuments reads, unchanged.
// Both encodings are read: the binary one (encodeLogDoc) and the JSON of
// earlier petrels (encodeLogJSON).
func TestLogDocRoundTrip(t *testing.T) {
	for _, enc := range []func(*doc.Doc) ([]byte, error){encodeLogDoc, encodeLogJSON} {
		testLogDocRoundTrip(t, enc)
	}
}

func testLogDocRoundTrip(t *testing.T, enc func(*doc.Doc) ([]byte, error)) {
	for _, d := range append(synthDocs(5, 3), &doc.Doc{ID: "x", Text: "Nothing happened.", Tone: &doc.Tone{Tone: -1.25}}) {
		b, err := enc(d)
		if err != nil {
			t.Fatal(err)
		}
		got, err := decodeLogDoc(b)
		if err != nil {
			t.Fatal(err)
		}
		if v := logView(d); v.ID != got.ID || v.Text != got.Text || len(v.Events) != len(got.Events) || (v.Tone == nil) != (got.Tone == nil) {
			t.Fatalf("%s: logView keeps other fields than the log", d.ID)
		}
		p, q := prepareDoc(d, nil), prepareDoc(got, nil)
		if got.ID != d.ID || got.URL != d.URL || got.Source != d.Source || got.Title != d.Title || got.Lang != d.Lang ||
			got.Published.String() != d.Published.String() || got.Text != d.Text || (d.Tone == nil) != (got.Tone == nil) ||
			(d.Tone != nil && got.Tone.Tone != d.Tone.Tone) || p.hash != q.hash || len(p.ev) != len(q.ev) {
			t.Fatalf("%s: round trip changed the document", d.ID)
		}
		for i := range p.ev {
			if string(p.ev[i].rec) != string(q.ev[i].rec) || p.ev[i].day != q.ev[i].day || p.ev[i].merge != q.ev[i].merge {
				t.Errorf("%s: event %d: round trip changed its record", d.ID, i)
			}
		}
	}
}

// filledEvents returns three events with every field set by reflection
// (distinct values, strings with invalid UTF-8), the second with nil and
// empty slices and pointers. It fails when doc.Event gains a field of a
// kind it does not know.
func filledEvents(t *testing.T) []doc.Event {
	t.Helper()
	n := 0
	var fill func(v reflect.Value)
	fill = func(v reflect.Value) {
		n++
		switch v.Kind() {
		case reflect.String:
			v.SetString(fmt.Sprintf("s%d\xff", n)) // invalid UTF-8 kept as is
		case reflect.Int, reflect.Int64:
			v.SetInt(int64(n) * -7)
		case reflect.Float64:
			v.SetFloat(float64(n) + 0.125)
		case reflect.Bool:
			v.SetBool(n%2 == 0)
		case reflect.Struct:
			for i := range v.NumField() {
				fill(v.Field(i))
			}
		case reflect.Slice:
			v.Set(reflect.MakeSlice(v.Type(), 2, 2))
			for i := range 2 {
				fill(v.Index(i))
			}
		case reflect.Pointer:
			v.Set(reflect.New(v.Type().Elem()))
			fill(v.Elem())
		default:
			t.Fatalf("doc.Event has a field of kind %s: teach logcodec.go and this test", v.Kind())
		}
	}
	var events []doc.Event
	for range 3 {
		var e doc.Event
		fill(reflect.ValueOf(&e).Elem())
		events = append(events, e)
	}
	events[1].Mentions, events[1].Location, events[1].Quote, events[1].PLOVER.Context = nil, nil, nil, []string{}
	return events
}

// TestLogCodecFields fills every field of a document's events (and the
// document fields the log keeps) with distinct values: the binary log form
// gives them all back. It fails when doc.Event gains a field that
// logcodec.go does not carry.
func TestLogCodecFields(t *testing.T) {
	events := filledEvents(t)
	d := &doc.Doc{ID: "a", URL: "u", Source: "o", Title: "t", Lang: "en", Text: "text \xfe", Tone: &doc.Tone{Tone: -2.5},
		Published: doc.Time{Time: time.Date(2024, 2, 29, 13, 4, 5, 0, time.UTC)}, Events: events}
	for _, d := range []*doc.Doc{d, {ID: "b"}, {ID: "c", Events: []doc.Event{}, Published: doc.Time{Time: time.Date(2024, 3, 1, 0, 0, 0, 0, time.UTC), DateOnly: true}}} {
		b, err := encodeLogDoc(d)
		if err != nil {
			t.Fatal(err)
		}
		got, err := decodeLogDoc(b)
		if err != nil {
			t.Fatal(err)
		}
		want := logView(d)
		if got.Published.String() != want.Published.String() {
			t.Errorf("%s: published %q, want %q", d.ID, got.Published, want.Published)
		}
		got.Published, want.Published = doc.Time{}, doc.Time{}
		if !reflect.DeepEqual(got, want) {
			t.Errorf("%s: round trip\n got %+v\nwant %+v", d.ID, got, want)
		}
		for cut := range len(b) - 1 {
			if _, err := decodeLogDoc(b[:cut+1]); err == nil && cut+1 < len(b) {
				t.Fatalf("%s: a row cut to %d of %d bytes decodes", d.ID, cut+1, len(b))
			}
		}
	}
}

// BenchmarkLogCodec times encoding and decoding a synthetic document of
// five events in the ingest log's binary form and, for comparison, in the
// JSON of earlier petrels.
func BenchmarkLogCodec(b *testing.B) {
	d := synthDocs(7, 1)[0]
	for _, c := range []struct {
		name string
		enc  func(*doc.Doc) ([]byte, error)
	}{{"binary", encodeLogDoc}, {"json", encodeLogJSON}} {
		row, err := c.enc(d)
		if err != nil {
			b.Fatal(err)
		}
		b.Run(c.name+"/encode", func(b *testing.B) {
			for b.Loop() {
				c.enc(d)
			}
			b.ReportMetric(float64(len(row)), "bytes/doc")
		})
		b.Run(c.name+"/decode", func(b *testing.B) {
			for b.Loop() {
				if _, err := decodeLogDoc(row); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}
