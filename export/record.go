package export

import (
	"fmt"
	"io"
	"net/url"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/petrel-events/petrel/doc"
)

// Record is one coded event with the metadata of the document it was coded
// from. Every writer of this package takes Records, so that `petrel code`
// (one document at a time) and the event store (events merged across
// documents) share them.
type Record struct {
	Event doc.Event
	// Doc is the document the event was first coded from.
	Doc DocMeta
	// Mentions are the reports of the event, the first one included. When
	// nil, they are derived from Event.Evidence and Event.Mentions in Doc;
	// a store that merges events across documents fills them.
	Mentions []Mention
	// Added is when the event entered the data set (GDELT DATEADDED). The
	// zero time means Doc.Published, never the wall clock.
	Added time.Time
	// Place is the resolved place of Event.Location when known (Records
	// finds it among the document's places): its kind and gazetteer id
	// give GDELT's geographic type and feature id. May be nil.
	Place *doc.Place
}

// DocMeta is what the writers need of a document.
type DocMeta struct {
	ID        string
	URL       string
	Source    string // outlet, e.g. "reuters.com"
	Title     string
	Lang      string
	Published doc.Time
	// Tone is the document tone (GDELT-style percentage), nil when unknown.
	Tone *float64
	// Text is the document text, used only to turn byte offsets into the
	// character offsets GDELT's mentions table wants. When empty, offsets
	// are written as bytes.
	Text string
	// Len is the document length in characters; 0 means utf8 length of Text.
	Len int
}

// Mention is one report of an event: a sentence of a document.
type Mention struct {
	Doc      DocMeta
	Evidence doc.Evidence
	// Actor and Recipient are byte offsets of the first actor and recipient
	// mention in Doc's text, -1 when there is none.
	Actor, Recipient int
	// Added is when the mention entered the data set; zero means
	// Doc.Published.
	Added time.Time
}

// Meta returns the metadata of d that the writers use.
func Meta(d *doc.Doc) DocMeta {
	m := DocMeta{ID: d.ID, URL: d.URL, Source: d.Source, Title: d.Title, Lang: d.Lang, Published: d.Published, Text: d.Text}
	if d.Tone != nil {
		t := d.Tone.Tone
		m.Tone = &t
	}
	return m
}

// Records returns one Record per event of d, in order.
func Records(d *doc.Doc) []Record {
	if len(d.Events) == 0 {
		return nil
	}
	m := Meta(d)
	out := make([]Record, len(d.Events))
	for i, e := range d.Events {
		out[i] = Record{Event: e, Doc: m, Place: placeOf(d, e.Location)}
	}
	return out
}

// placeOf returns the place of d that l was made from, or nil.
func placeOf(d *doc.Doc, l *doc.Location) *doc.Place {
	if l == nil {
		return nil
	}
	for i := range d.Places {
		p := &d.Places[i]
		if p.Text == l.Text && p.Name == l.Name && p.Country == l.Country && p.Lat == l.Lat && p.Lon == l.Lon {
			return p
		}
	}
	return nil
}

// source returns the outlet name: Source, else the URL's host.
func (m DocMeta) source() string {
	if m.Source != "" {
		return m.Source
	}
	if u, err := url.Parse(m.URL); err == nil && u.Host != "" {
		return strings.TrimPrefix(u.Host, "www.")
	}
	return ""
}

// identifier returns the URL of the document, else its id.
func (m DocMeta) identifier() string {
	if m.URL != "" {
		return m.URL
	}
	return m.ID
}

// chars turns a byte offset into a character offset when the text is known.
func (m DocMeta) chars(off int) int {
	if off < 0 || m.Text == "" || off > len(m.Text) {
		return off
	}
	return utf8.RuneCountInString(m.Text[:off])
}

func (m DocMeta) length() int {
	if m.Len > 0 || m.Text == "" {
		return m.Len
	}
	return utf8.RuneCountInString(m.Text)
}

// mentions returns the reports of r: r.Mentions, or those of the event in
// its own document.
func (r *Record) mentions() []Mention {
	if r.Mentions != nil {
		return r.Mentions
	}
	first := func(a []doc.ActorRef) int {
		if len(a) == 0 {
			return -1
		}
		return a[0].Start
	}
	act, rec := first(r.Event.Actors), first(r.Event.Recipients)
	out := make([]Mention, 0, 1+len(r.Event.Mentions))
	out = append(out, Mention{Doc: r.Doc, Evidence: r.Event.Evidence, Actor: act, Recipient: rec, Added: r.Added})
	for _, ev := range r.Event.Mentions {
		// The actors of a restatement are not recorded apart.
		out = append(out, Mention{Doc: r.Doc, Evidence: ev, Actor: -1, Recipient: -1, Added: r.Added})
	}
	return out
}

// added returns when the record entered the data set: Added, else the
// publication time, else the zero time.
func (r *Record) added() time.Time {
	if !r.Added.IsZero() {
		return r.Added
	}
	return r.Doc.Published.Time
}

// Options are the choices of the writers New returns.
type Options struct {
	// KeepNegated keeps events marked negated. Every writer of New drops
	// them by default, as `petrel code` does: neither GDELT nor PLOVER can
	// mark an event as one that did not happen.
	KeepNegated bool
	// Mentions receives the GDELT mentions table (gdelt only; may be nil).
	Mentions io.Writer
	// PerEvent writes one CSV row per event, compound actors joined with
	// ";", instead of one row per actor–recipient dyad (csv only).
	PerEvent bool
	// Scale gives the PLOVER event_scale of a coding (plover only; may be
	// nil, and then event_scale is omitted).
	Scale func(doc.PLOVER) (float64, bool)
	// Coder names the coder in PLOVER records ("petrel v1.2"); empty
	// omits it.
	Coder string
}

// Writer writes Records in one format. Flush must be called after the last
// Write (and may be called between them); it writes any buffered rows.
type Writer interface {
	Write(r Record) error
	Flush() error
}

// New returns a Writer of the format named as in `petrel code --format`:
// jsonl, plover, gdelt or csv.
func New(format string, w io.Writer, opt Options) (Writer, error) {
	switch format {
	case "jsonl":
		return jsonlWriter{NewEventWriter(w), opt.KeepNegated}, nil
	case "plover":
		return NewPLOVERWriter(w, opt), nil
	case "gdelt":
		return NewGDELTWriter(w, opt), nil
	case "csv":
		return NewCSVWriter(w, opt), nil
	}
	return nil, fmt.Errorf("export: unknown format %q: want one of %s", format, strings.Join(Formats, ", "))
}

// WriteDoc writes every event of d with w and flushes it.
func WriteDoc(w Writer, d *doc.Doc) error {
	for _, r := range Records(d) {
		if err := w.Write(r); err != nil {
			return err
		}
	}
	return w.Flush()
}

// jsonlWriter writes "petrel.event/1" lines, negated events only when
// keepNegated.
type jsonlWriter struct {
	*EventWriter
	keepNegated bool
}

func (w jsonlWriter) Write(r Record) error {
	if r.Event.Modality.Negated && !w.keepNegated {
		return nil
	}
	return w.EventWriter.Write(r.Event)
}

func (w jsonlWriter) Flush() error { return nil }

// dyad is one actor–recipient pair of an event; either may be the zero
// ActorRef when the event has none.
type dyad struct{ actor, recipient doc.ActorRef }

// dyads expands compound actors the way PETRARCH does: every actor paired
// with every recipient. An event without recipients (or actors) gives one
// dyad per actor (or recipient); a pair of the same mention and repeated
// pairs are dropped.
func dyads(e *doc.Event) []dyad {
	as, rs := e.Actors, e.Recipients
	if len(as) == 0 {
		as = []doc.ActorRef{{}}
	}
	if len(rs) == 0 {
		rs = []doc.ActorRef{{}}
	}
	out := make([]dyad, 0, len(as)*len(rs))
	seen := make(map[[2]string]bool, len(as)*len(rs))
	for _, a := range as {
		for _, r := range rs {
			if a.Text != "" && a.Start == r.Start && a.End == r.End && a.Text == r.Text {
				continue
			}
			k := [2]string{actorKey(a), actorKey(r)}
			if seen[k] {
				continue
			}
			seen[k] = true
			out = append(out, dyad{a, r})
		}
	}
	if len(out) == 0 { // only self-pairs: keep the event with its actor
		out = append(out, dyad{actor: as[0]})
	}
	return out
}

// actorKey identifies an actor for dyad deduplication: its code and name,
// or its text when it has neither.
func actorKey(a doc.ActorRef) string {
	if a.Code == "" && a.Name == "" {
		return "\x00" + a.Text
	}
	return a.Code + "\x00" + a.Name
}

// fullDate returns an event date as YYYY-MM-DD: month and year precision
// dates take the first day; an empty date falls back to the publication
// date, and is "" when that is unknown too.
func fullDate(e *doc.Event, m DocMeta) string {
	d := e.Date
	switch len(d) {
	case 4:
		return d + "-01-01"
	case 7:
		return d + "-01"
	case 0:
		if m.Published.Known() {
			return m.Published.Format(time.DateOnly)
		}
		return ""
	}
	if len(d) > 10 {
		return d[:10]
	}
	return d
}
