package ingest

import (
	"bufio"
	"compress/flate"
	"compress/gzip"
	"errors"
	"fmt"
	"io"
	"mime"
	"net/http/httputil"
	"strings"

	"github.com/nlnwa/gowarc/v3"

	"github.com/petrel-events/petrel/doc"
)

// readWARC reads a WARC archive (already decompressed): every response
// record with HTTP status 200 and an HTML content type becomes a document.
// Other records are skipped without a report.
func (rs *readState) readWARC(name string, br *bufio.Reader) error {
	wr, err := gowarc.NewWarcFileReaderFromStream(br, 0,
		gowarc.WithSyntaxErrorPolicy(gowarc.ErrWarn),
		gowarc.WithSpecViolationPolicy(gowarc.ErrWarn),
		gowarc.WithUnknownRecordTypePolicy(gowarc.ErrWarn),
	)
	if err != nil {
		rs.fail(name, fmt.Errorf("WARC: %w", err))
		return nil
	}
	defer wr.Close()
	for n := 0; ; n++ {
		if err := rs.ctx.Err(); err != nil {
			return &stopError{err}
		}
		rec, err := nextRecord(wr)
		if err == io.EOF {
			if n == 0 {
				rs.fail(name, fmt.Errorf("WARC: %w: no records", ErrEmpty))
			}
			return nil
		}
		if err != nil {
			// The position in the stream is lost: give up on the file.
			rs.fail(name, fmt.Errorf("WARC record %d at offset %d: %w (rest of file skipped)", n+1, rec.Offset, warcErr(err)))
			return nil
		}
		if cut := truncation(rec.Validation); cut != nil {
			// The file ended inside this record: its page is incomplete.
			rs.fail(name, fmt.Errorf("WARC record %d at offset %d: truncated WARC: %w (record skipped)", n+1, rec.Offset, cut))
			rec.Close()
			continue
		}
		err = rs.warcRecord(name, rec.WarcRecord)
		rec.Close()
		if err != nil {
			return err
		}
	}
}

// nextRecord reads the next record, turning a panic into an error.
func nextRecord(wr *gowarc.WarcFileReader) (rec gowarc.Record, err error) {
	defer func() {
		if p := recover(); p != nil {
			err = fmt.Errorf("internal error in WARC reader: %v", p)
		}
	}()
	rec, err = wr.Next()
	if err == nil && rec.WarcRecord == nil {
		err = errors.New("no record")
	}
	return rec, err
}

// truncation returns the finding of a record's lenient validation that shows
// the file ended inside the record: a block shorter than its Content-Length,
// or a header cut before its Content-Length field. Other findings (spec
// violations common in real crawls) are ignored.
func truncation(findings []error) error {
	for _, f := range findings {
		var cl *gowarc.ContentLengthError
		if errors.As(f, &cl) && cl.Actual < cl.Expected {
			return f
		}
	}
	for _, f := range findings {
		if strings.Contains(f.Error(), "missing required field: Content-Length") {
			return fmt.Errorf("record header cut short: %w", f)
		}
	}
	return nil
}

// warcErr names a truncated archive as such.
func warcErr(err error) error {
	if errors.Is(err, io.ErrUnexpectedEOF) || errors.Is(err, io.EOF) {
		return fmt.Errorf("truncated WARC: %w", err)
	}
	return err
}

// warcRecord turns one WARC record into a document if it is an HTML page.
func (rs *readState) warcRecord(name string, rec gowarc.WarcRecord) error {
	if rec.Type() != gowarc.Response {
		return nil
	}
	id := strings.Trim(rec.RecordId(), "<>")
	block, ok := rec.Block().(gowarc.HttpResponseBlock)
	if !ok || block.HttpStatusCode() != 200 {
		return nil
	}
	hdr := block.HttpHeader()
	if hdr == nil {
		return nil
	}
	contentType := hdr.Get("Content-Type")
	mt, _, _ := mime.ParseMediaType(contentType)
	if mt != "text/html" && mt != "application/xhtml+xml" {
		return nil
	}
	target := strings.Trim(rec.WarcHeader().Get(gowarc.WarcTargetURI), "<> ")
	fail := func(err error) error { return rs.recordErr(name, 0, id, err) }
	payload, err := block.PayloadBytes()
	if err != nil {
		return fail(fmt.Errorf("payload: %w", err))
	}
	body, err := decodeHTTPBody(payload, hdr.Get("Transfer-Encoding"), hdr.Get("Content-Encoding"))
	if err != nil {
		return fail(err)
	}
	b, err := readAllMax(body, rs.r.maxDoc())
	if err != nil {
		return fail(fmt.Errorf("payload: %w", err))
	}
	d, err := extractHTML(b, contentType, target)
	if err != nil {
		return fail(err)
	}
	if d.URL != "" && d.URL != target {
		d.Meta = map[string]any{"canonical_url": d.URL}
	}
	d.URL = target
	d.Source = Host(target)
	d.Origin = name + "#" + id
	if !d.Published.Known() {
		if t, err := rec.Date(); err == nil && !t.IsZero() {
			d.Published = doc.Time{Time: t}
		}
	}
	return fail(rs.send(d))
}

// decodeHTTPBody undoes chunked transfer coding and gzip or deflate content
// coding, which some crawlers keep in the archived payload.
func decodeHTTPBody(r io.Reader, transfer, content string) (io.Reader, error) {
	if strings.EqualFold(strings.TrimSpace(transfer), "chunked") {
		r = httputil.NewChunkedReader(r)
	}
	switch strings.ToLower(strings.TrimSpace(content)) {
	case "gzip", "x-gzip":
		z, err := gzip.NewReader(r)
		if err != nil {
			return nil, fmt.Errorf("payload gzip: %w", err)
		}
		return z, nil
	case "deflate":
		return flate.NewReader(r), nil
	}
	return r, nil
}
