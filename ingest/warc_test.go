package ingest

import (
	"fmt"
	"strings"
	"testing"

	"github.com/nlnwa/gowarc/v3"
)

func TestReadWARC(t *testing.T) {
	const rid = "#urn:uuid:00000000-0000-4000-8000-00000000000"
	type want struct {
		origin, url, source, title, published, canonical, first string
	}
	wantDocs := []want{
		{rid + "3", "https://www.harbourgazette.example/world/2025/05/14/grain-corridor-deal?utm_source=feed", "harbourgazette.example",
			"Ministers agree grain corridor deal", "2025-05-14T09:40:00+02:00",
			"https://www.harbourgazette.example/world/2025/05/14/grain-corridor-deal",
			"The foreign ministers of Turkey and Ukraine signed an agreement in Ankara on Wednesday"},
		{rid + "6", "https://minesnews.example/2025/council-mine", "minesnews.example",
			"Council votes to close mine", "2025-03-18", "", "Published 18 March 2025"},
		// The page has no date: WARC-Date is used.
		{rid + "8", "https://elcorreo-ria.example/huelga", "elcorreo-ria.example",
			"Huelga en el puerto", "2025-04-01T10:00:00Z", "", "Los estibadores del puerto de Bilbao"},
	}
	for _, gz := range []bool{false, true} {
		name := "crawl.warc"
		if gz {
			name += ".gz"
		}
		t.Run(name, func(t *testing.T) {
			p := writeFile(t, t.TempDir(), name, buildWARC(t, fixtureRecords(t), gz))
			res := readPaths(t, &Reader{}, p)
			if len(res.docs) != len(wantDocs) {
				t.Fatalf("docs %q errors %q", res.origins(), res.errText())
			}
			for i, w := range wantDocs {
				d := res.docs[i]
				canonical, _ := d.Meta["canonical_url"].(string)
				got := want{strings.TrimPrefix(d.Origin, p), d.URL, d.Source, d.Title, d.Published.String(), canonical, w.first}
				if got != w || !strings.HasPrefix(d.Text, w.first) {
					t.Errorf("doc %d:\n got %+v\nwant %+v\ntext %.80q", i, got, w, d.Text)
				}
				if d.ID != HashID(w.url) {
					t.Errorf("doc %d: id %q, want hash of the URL", i, d.ID)
				}
			}
			// The 404 page, the image and the request are skipped silently;
			// the 200 page without an article is reported.
			if want := p + rid + "7: no article body found"; res.errText() != want {
				t.Errorf("errors %q, want %q", res.errText(), want)
			}
		})
	}
}

func TestReadWARCOddRecords(t *testing.T) {
	page := []byte("<html><body><article><p>The senate passed the budget bill late on Friday after a long debate.</p><p>The vote was 61 to 39.</p></article></body></html>")
	tests := []struct {
		name string
		recs []testRecord
		docs int
		errs string
	}{
		{name: "only non-HTML", recs: []testRecord{
			{typ: gowarc.Response, uri: "https://a.example/data.json", status: "200 OK", contentType: "application/json", body: []byte(`{"a":1}`)},
			{typ: gowarc.Response, uri: "https://a.example/moved", status: "301 Moved Permanently", contentType: "text/html", body: page},
		}},
		{name: "xhtml", recs: []testRecord{
			{typ: gowarc.Response, uri: "https://a.example/x", status: "200 OK", contentType: "application/xhtml+xml", body: page},
		}, docs: 1},
		{name: "empty body", recs: []testRecord{
			{typ: gowarc.Response, uri: "https://a.example/empty", status: "200 OK", contentType: "text/html"},
		}, errs: "#urn:uuid:00000000-0000-4000-8000-000000000001: no article body found"},
		{name: "binary sent as HTML", recs: []testRecord{
			{typ: gowarc.Response, uri: "https://a.example/bin", status: "200 OK", contentType: "text/html", body: []byte("\x00\x01\x02\x00\x00\x00\x89PNG")},
		}, errs: "#urn:uuid:00000000-0000-4000-8000-000000000001: binary content, not a text document: NUL bytes in HTML at line 1, byte 0"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p := writeFile(t, t.TempDir(), "x.warc", buildWARC(t, tt.recs, false))
			res := readPaths(t, &Reader{}, p)
			if len(res.docs) != tt.docs || strings.ReplaceAll(res.errText(), p, "") != tt.errs {
				t.Errorf("docs %d errors %q; want %d, %q", len(res.docs), res.errText(), tt.docs, tt.errs)
			}
		})
	}
	// A .warc file with no record at all.
	p := writeFile(t, t.TempDir(), "junk.warc", []byte("this is not an archive\n"))
	res := readPaths(t, &Reader{}, p)
	if len(res.docs) != 0 || len(res.errs) != 1 || !strings.HasPrefix(res.errText(), p+": ") {
		t.Errorf("junk.warc: %q", res.errText())
	}
}

// TestReadWARCTruncated cuts a two-record archive at several places: a record
// the file ends inside is reported with its number and offset and skipped,
// never delivered as a shorter page; the record before it is kept.
func TestReadWARCTruncated(t *testing.T) {
	page := func(s string) []byte {
		return []byte("<html><body><article><p>" + s + "</p><p>The talks are due to resume next week in the capital.</p></article></body></html>")
	}
	recs := []testRecord{
		{typ: gowarc.Response, uri: "https://a.example/one", status: "200 OK", contentType: "text/html", body: page("The port workers' union called off its strike on Thursday after a new offer.")},
		{typ: gowarc.Response, uri: "https://a.example/two", status: "200 OK", contentType: "text/html", body: page("The mayor of the river town resigned on Friday after a vote of no confidence.")},
	}
	first := len(buildWARC(t, recs[:1], false))
	whole := buildWARC(t, recs, false)
	tests := []struct {
		name string
		cut  int // bytes kept
		docs int
		errs string
	}{
		{name: "whole", cut: len(whole), docs: 2},
		{name: "end-of-record marker only", cut: len(whole) - 4, docs: 2},
		{name: "inside the payload", cut: len(whole) - 40, docs: 1,
			errs: fmt.Sprintf(": WARC record 2 at offset %d: truncated WARC: content length mismatch", first)},
		{name: "inside the header", cut: first + 60, docs: 1,
			errs: fmt.Sprintf(": WARC record 2 at offset %d: truncated WARC: ", first)},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p := writeFile(t, t.TempDir(), "cut.warc", whole[:tt.cut])
			res := readPaths(t, &Reader{}, p)
			got := strings.TrimPrefix(res.errText(), p)
			if len(res.docs) != tt.docs || !strings.HasPrefix(got, tt.errs) || (tt.errs == "") != (got == "") {
				t.Errorf("docs %d errors %q; want %d, %q…", len(res.docs), got, tt.docs, tt.errs)
			}
			if len(res.docs) > 0 && res.docs[0].URL != "https://a.example/one" {
				t.Errorf("first doc %q", res.docs[0].URL)
			}
		})
	}
}
