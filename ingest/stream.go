package ingest

import (
	"context"
	"errors"
	"io"

	"github.com/petrel-events/petrel/doc"
)

// ReadStream reads the documents of one input that is not a file (an HTTP
// response body, say), named name in errors and document origins, as Read
// reads a file: the format is r.Format or detected from name and content;
// problems are reported to OnError. It returns an error only when ctx is
// cancelled or emit returns an error.
func (r *Reader) ReadStream(ctx context.Context, name string, in io.Reader, emit func(*doc.Doc) error) error {
	switch r.Format {
	case "", FormatText, FormatJSONL, FormatHTML, FormatFeed, FormatWARC:
	default:
		return ErrFormat
	}
	rs := &readState{r: r, ctx: ctx, emit: emit}
	err := rs.readStream(name, in)
	var stop *stopError
	if errors.As(err, &stop) {
		return stop.err
	}
	return err
}

// ExtractPage returns the article of an HTML page fetched from pageURL
// (contentType is the HTTP Content-Type, if known), completed as Read
// completes documents: published is the publication time when the page
// gives none. It fails with ErrNoArticle when the page has no article.
func ExtractPage(b []byte, contentType, pageURL string, published doc.Time) (*doc.Doc, error) {
	d, err := extractHTML(b, contentType, pageURL)
	if err != nil {
		return nil, err
	}
	if d.URL == "" {
		d.URL = pageURL
	}
	d.Origin = pageURL
	if err := finish(d, published); err != nil {
		return nil, err
	}
	return d, nil
}
