package export

import (
	"encoding/csv"
	"fmt"
	"io"
	"strconv"
	"strings"

	"github.com/petrel-events/petrel/doc"
)

// CSVHeader is the header row of the CSV export. With one row per dyad the
// actor_* and recipient_* columns hold one actor each; with one row per event
// (Options.PerEvent) they hold every actor, joined with ";".
var CSVHeader = []string{
	"event_id", "doc_id", "url", "source", "published",
	"date", "date_precision", "sentence",
	"actor_code", "actor_name", "actor_text", "actor_country", "actor_sector",
	"recipient_code", "recipient_name", "recipient_text", "recipient_country", "recipient_sector",
	"cameo_code", "cameo_root", "quad_class", "goldstein",
	"plover_type", "plover_mode", "plover_context",
	"negated", "hypothetical", "future", "reported",
	"trigger", "trigger_start", "trigger_end", "pattern",
	"location", "location_country", "lat", "lon",
	"quote",
}

// CSVWriter writes events as CSV (RFC 4180, as encoding/csv) with a header
// row: one row per actor–recipient dyad, or per event with
// Options.PerEvent.
type CSVWriter struct {
	w      *csv.Writer
	opt    Options
	header bool
	row    []string
}

// NewCSVWriter returns a CSVWriter on w.
func NewCSVWriter(w io.Writer, opt Options) *CSVWriter {
	return &CSVWriter{w: csv.NewWriter(w), opt: opt, row: make([]string, len(CSVHeader))}
}

// Write writes the rows of r. Negated events are skipped unless
// Options.KeepNegated.
func (c *CSVWriter) Write(r Record) error {
	if err := c.writeHeader(); err != nil {
		return err
	}
	if r.Event.Modality.Negated && !c.opt.KeepNegated {
		return nil
	}
	if c.opt.PerEvent {
		return c.put(&r, r.Event.Actors, r.Event.Recipients)
	}
	for _, d := range dyads(&r.Event) {
		var as, rs []doc.ActorRef
		if d.actor != (doc.ActorRef{}) {
			as = []doc.ActorRef{d.actor}
		}
		if d.recipient != (doc.ActorRef{}) {
			rs = []doc.ActorRef{d.recipient}
		}
		if err := c.put(&r, as, rs); err != nil {
			return err
		}
	}
	return nil
}

// Flush writes the header if no row came, and any buffered rows.
func (c *CSVWriter) Flush() error {
	if err := c.writeHeader(); err != nil {
		return err
	}
	c.w.Flush()
	if err := c.w.Error(); err != nil {
		return fmt.Errorf("csv: %w", err)
	}
	return nil
}

func (c *CSVWriter) writeHeader() error {
	if c.header {
		return nil
	}
	c.header = true
	if err := c.w.Write(CSVHeader); err != nil {
		return fmt.Errorf("csv: %w", err)
	}
	return nil
}

func (c *CSVWriter) put(r *Record, as, rs []doc.ActorRef) error {
	e := &r.Event
	f := func(v float64) string { return strconv.FormatFloat(v, 'f', -1, 64) }
	row := append(c.row[:0],
		e.ID, r.Doc.ID, r.Doc.URL, r.Doc.Source, r.Doc.Published.String(),
		e.Date, e.DatePrecision, strconv.Itoa(e.Sentence))
	row = appendActors(row, as)
	row = appendActors(row, rs)
	row = append(row, e.CAMEO.Code, e.CAMEO.Root, "", "")
	if e.CAMEO.Code != "" {
		row[len(row)-2] = strconv.Itoa(e.CAMEO.QuadClass)
		row[len(row)-1] = f(e.CAMEO.Goldstein)
	}
	row = append(row, e.PLOVER.Type, e.PLOVER.Mode, strings.Join(e.PLOVER.Context, ";"),
		strconv.FormatBool(e.Modality.Negated), strconv.FormatBool(e.Modality.Hypothetical),
		strconv.FormatBool(e.Modality.Future), strconv.FormatBool(e.Modality.Reported),
		e.Evidence.Trigger.Text, strconv.Itoa(e.Evidence.Trigger.Start), strconv.Itoa(e.Evidence.Trigger.End),
		e.Evidence.Pattern)
	if l := e.Location; l != nil {
		name := l.Name
		if name == "" {
			name = l.Text
		}
		row = append(row, name, l.Country, f(l.Lat), f(l.Lon))
	} else {
		row = append(row, "", "", "", "")
	}
	quote := ""
	if e.Quote != nil {
		quote = e.Quote.Text
	}
	row = append(row, quote)
	c.row = row
	if err := c.w.Write(row); err != nil {
		return fmt.Errorf("csv: %w", err)
	}
	return nil
}

// appendActors appends code, name, text, country and sector, each joined
// with ";" over as.
func appendActors(row []string, as []doc.ActorRef) []string {
	if len(as) == 1 {
		a := as[0]
		return append(row, a.Code, a.Name, a.Text, a.Country, a.Sector)
	}
	var code, name, text, country, sector []string
	for _, a := range as {
		code = append(code, a.Code)
		name = append(name, a.Name)
		text = append(text, a.Text)
		country = append(country, a.Country)
		sector = append(sector, a.Sector)
	}
	j := func(s []string) string { return strings.Join(s, ";") }
	return append(row, j(code), j(name), j(text), j(country), j(sector))
}
