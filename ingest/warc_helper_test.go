package ingest

import (
	"bytes"
	"compress/gzip"
	"fmt"
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/nlnwa/gowarc/v3"
)

// warcRecord describes one record of a generated test archive.
type testRecord struct {
	typ         gowarc.RecordType
	uri         string
	date        string
	status      string // HTTP status line, e.g. "200 OK"
	contentType string
	body        []byte
}

// buildWARC marshals records into WARC bytes; with gz, each record is a
// separate gzip member as in Common Crawl archives.
func buildWARC(t testing.TB, records []testRecord, gz bool) []byte {
	t.Helper()
	var out bytes.Buffer
	m := gowarc.NewMarshaler()
	for i, rec := range records {
		b := gowarc.NewRecordBuilder(rec.typ, gowarc.WithAddMissingDigest(true), gowarc.WithAddMissingContentLength(true), gowarc.WithFixContentLength(true))
		switch rec.typ {
		case gowarc.Response:
			fmt.Fprintf(b, "HTTP/1.1 %s\r\nContent-Type: %s\r\nContent-Length: %d\r\n\r\n", rec.status, rec.contentType, len(rec.body))
			b.Write(rec.body)
			b.AddWarcHeader(gowarc.ContentType, "application/http;msgtype=response")
		case gowarc.Request:
			fmt.Fprintf(b, "GET / HTTP/1.1\r\nHost: example\r\n\r\n")
			b.AddWarcHeader(gowarc.ContentType, "application/http;msgtype=request")
		default:
			b.Write(rec.body)
			b.AddWarcHeader(gowarc.ContentType, "application/warc-fields")
		}
		b.AddWarcHeader(gowarc.WarcRecordID, fmt.Sprintf("<urn:uuid:00000000-0000-4000-8000-%012d>", i+1))
		date := rec.date
		if date == "" {
			date = "2025-05-15T03:00:00Z"
		}
		b.AddWarcHeader(gowarc.WarcDate, date)
		if rec.uri != "" {
			b.AddWarcHeader(gowarc.WarcTargetURI, rec.uri)
		}
		wr, _, err := b.Build()
		if err != nil {
			t.Fatalf("build record %d: %v", i, err)
		}
		var rb bytes.Buffer
		if _, _, err := m.Marshal(&rb, wr, 0); err != nil {
			t.Fatalf("marshal record %d: %v", i, err)
		}
		wr.Close()
		if gz {
			z := gzip.NewWriter(&out)
			z.Write(rb.Bytes())
			z.Close()
		} else {
			out.Write(rb.Bytes())
		}
	}
	return out.Bytes()
}

// fixtureRecords is a small crawl: info and request records, two articles,
// a 404 page, an image, a PDF sent as HTML and a page with no article.
func fixtureRecords(t testing.TB) []testRecord {
	t.Helper()
	read := func(name string) []byte {
		b, err := os.ReadFile(filepath.Join("testdata", "html", name))
		if err != nil {
			t.Fatal(err)
		}
		return b
	}
	_ = time.UTC
	return []testRecord{
		{typ: gowarc.Warcinfo, body: []byte("software: petrel test\r\nformat: WARC File Format 1.1\r\n")},
		{typ: gowarc.Request, uri: "https://www.harbourgazette.example/world/2025/05/14/grain-corridor-deal"},
		{typ: gowarc.Response, uri: "https://www.harbourgazette.example/world/2025/05/14/grain-corridor-deal?utm_source=feed", status: "200 OK", contentType: "text/html; charset=utf-8", body: read("article.html")},
		{typ: gowarc.Response, uri: "https://www.harbourgazette.example/missing", status: "404 Not Found", contentType: "text/html", body: read("noarticle.html")},
		{typ: gowarc.Response, uri: "https://www.harbourgazette.example/logo.png", status: "200 OK", contentType: "image/png", body: []byte("\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")},
		{typ: gowarc.Response, uri: "https://minesnews.example/2025/council-mine", date: "2025-03-19T08:00:00Z", status: "200 OK", contentType: "text/html", body: read("timeonly.html")},
		{typ: gowarc.Response, uri: "https://www.harbourgazette.example/contact", status: "200 OK", contentType: "text/html", body: read("noarticle.html")},
		{typ: gowarc.Response, uri: "https://elcorreo-ria.example/huelga", date: "2025-04-01T10:00:00Z", status: "200 OK", contentType: "text/html; charset=windows-1252", body: read("latin1-meta.html")},
	}
}
