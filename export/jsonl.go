// Package export writes documents and events in petrel's output formats.
//
// The native formats are "petrel.event/1" JSON lines (one event per line)
// and "petrel.doc/1" annotated documents (one document per line); the
// exchange formats are PLOVER JSON lines, the GDELT 2.0 event and mentions
// tables, and CSV. All take Records: an event with its document's metadata.
// The formats are documented in docs/schema.md and docs/export.md.
package export

import (
	"encoding/json"
	"io"

	"github.com/petrel-events/petrel/doc"
)

// Formats lists the formats New knows, the --format values of `petrel code`.
var Formats = []string{"jsonl", "plover", "gdelt", "csv"}

// EventWriter writes events as "petrel.event/1" JSON lines.
type EventWriter struct {
	enc *json.Encoder
}

// NewEventWriter returns an EventWriter on w.
func NewEventWriter(w io.Writer) *EventWriter {
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	return &EventWriter{enc: enc}
}

// WriteDoc writes every event of d, in order.
func (w *EventWriter) WriteDoc(d *doc.Doc) error {
	for i := range d.Events {
		if err := w.Write(d.Events[i]); err != nil {
			return err
		}
	}
	return nil
}

// Write writes one event. Empty lists are written as [] rather than null.
func (w *EventWriter) Write(e doc.Event) error {
	e.Schema = doc.SchemaEvent
	e.Actors = nonNil(e.Actors)
	e.Recipients = nonNil(e.Recipients)
	e.PLOVER.Context = nonNil(e.PLOVER.Context)
	return w.enc.Encode(e)
}

// DocWriter writes annotated documents as "petrel.doc/1" JSON, one per line.
type DocWriter struct {
	enc *json.Encoder
}

// NewDocWriter returns a DocWriter on w. With indent, each document is
// pretty-printed over several lines.
func NewDocWriter(w io.Writer, indent bool) *DocWriter {
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	if indent {
		enc.SetIndent("", "  ")
	}
	return &DocWriter{enc: enc}
}

// docRecord puts the schema first and fixes empty layers to [].
type docRecord struct {
	Schema string `json:"schema"`
	*doc.Doc
}

// Write writes d with every annotation layer.
func (w *DocWriter) Write(d *doc.Doc) error {
	c := *d
	c.Sentences = nonNil(c.Sentences)
	c.Tokens = nonNil(c.Tokens)
	c.Actors = nonNil(c.Actors)
	c.Quotes = nonNil(c.Quotes)
	c.Times = nonNil(c.Times)
	c.Places = nonNil(c.Places)
	c.Events = nonNil(c.Events)
	for i := range c.Events {
		c.Events[i].Schema = doc.SchemaEvent
	}
	return w.enc.Encode(docRecord{Schema: doc.SchemaDoc, Doc: &c})
}

func nonNil[T any](s []T) []T {
	if s == nil {
		return []T{}
	}
	return s
}
