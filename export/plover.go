package export

import (
	"encoding/json"
	"fmt"
	"io"
	"strconv"
	"strings"

	"github.com/petrel-events/petrel/actorcode"
	"github.com/petrel-events/petrel/doc"
)

// PLOVERRequired lists the fields the PLOVER data specification requires of
// every event record (PLOVER manual, "Data Fields", table "PLOVER JSON").
var PLOVERRequired = []string{"id", "date", "actor", "event"}

// PLOVEREvent is one event record with the PLOVER data specification's field
// names. Fields after Context are optional ones of the specification;
// Cameo, DatePrecision and Modality are petrel's additions, which the
// specification allows ("Providers should feel free to include named fields
// beyond those provided here").
type PLOVEREvent struct {
	ID        string         `json:"id"`
	Date      string         `json:"date"`
	Actor     []PLOVEREntity `json:"actor"`
	Recipient []PLOVEREntity `json:"recipient"`
	Event     []string       `json:"event"`
	Mode      []string       `json:"mode"`    // null when unknown, as the specification asks
	Context   []string       `json:"context"` // null when unknown
	EventLoc  *PLOVERLoc     `json:"event_loc,omitempty"`
	EventText []string       `json:"event_text,omitempty"`
	QuadCode  int            `json:"quad_code,omitempty"`
	Scale     *float64       `json:"event_scale,omitempty"`
	TextInfo  *PLOVERText    `json:"text_info,omitempty"`
	CiteInfo  *PLOVERCite    `json:"cite_info,omitempty"`
	Coder     string         `json:"coder,omitempty"`

	DatePrecision string        `json:"date_precision,omitempty"`
	Cameo         *doc.CAMEO    `json:"cameo,omitempty"`
	Modality      *doc.Modality `json:"modality,omitempty"`
}

// PLOVEREntity is an actor or recipient ("Information object for
// entities"). Code is the three-letter top-level entity: the country, or
// for international actors UNO, EUR, IGO, NGO, MNC, IMG (and regions such
// as WST as in CAMEO). ActorCode (petrel's addition) is the full CAMEO actor
// code.
type PLOVEREntity struct {
	Code           string `json:"code"`
	Sector         string `json:"sector,omitempty"`
	EntityText     string `json:"entity_text,omitempty"`
	IdentifierText string `json:"identifier_text,omitempty"`
	Religion       string `json:"religion,omitempty"`
	Ethnicity      string `json:"ethnicity,omitempty"`
	ActorCode      string `json:"actor_code,omitempty"`
}

// PLOVERLoc is the location object (Mordecai field names).
type PLOVERLoc struct {
	ExtractedPlace string   `json:"extracted_place,omitempty"`
	ResolvedPlace  string   `json:"resolved_place,omitempty"`
	Lat            *float64 `json:"lat,omitempty"`
	Lon            *float64 `json:"lon,omitempty"`
	Country        string   `json:"country,omitempty"`
	CountryCode    string   `json:"country_code,omitempty"`
	// GeonameID is the GeoNames id of the resolved place, when the
	// gazetteer took it from GeoNames (a place id "gn:N").
	GeonameID int64 `json:"geonameid,omitempty"`
	// Resolution is the level the event was located at: 1 country,
	// 2 province (first-level division), 3 district (second-level),
	// 4 city; absent for a region or an unknown level.
	Resolution int `json:"resolution,omitempty"`
}

// PLOVERText is the text information object: the sentence's index and
// byte offsets in the document.
type PLOVERText struct {
	Sequence int `json:"sequence"`
	Start    int `json:"start"`
	End      int `json:"end"`
}

// PLOVERCite is the citation information object.
type PLOVERCite struct {
	Citation    string `json:"citation,omitempty"`
	URL         string `json:"url,omitempty"`
	Title       string `json:"title,omitempty"`
	Language    string `json:"language,omitempty"`
	Publication string `json:"publication,omitempty"`
	Published   string `json:"published,omitempty"`
}

// PLOVERWriter writes PLOVER JSON lines, one record per event; compound
// actors and recipients stay lists in one record, as the specification
// has them.
type PLOVERWriter struct {
	enc *json.Encoder
	opt Options
}

// NewPLOVERWriter returns a PLOVERWriter on w.
func NewPLOVERWriter(w io.Writer, opt Options) *PLOVERWriter {
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	return &PLOVERWriter{enc: enc, opt: opt}
}

// Write writes r as one PLOVER record. Negated events are skipped unless
// Options.KeepNegated.
func (p *PLOVERWriter) Write(r Record) error {
	if r.Event.Modality.Negated && !p.opt.KeepNegated {
		return nil
	}
	if err := p.enc.Encode(PLOVERRecord(r, p.opt)); err != nil {
		return fmt.Errorf("plover: %w", err)
	}
	return nil
}

// Flush does nothing: records are written as they come.
func (p *PLOVERWriter) Flush() error { return nil }

// PLOVERRecord converts r to a PLOVER event record; opt gives the scale and
// coder fields.
func PLOVERRecord(r Record, opt Options) PLOVEREvent {
	e := &r.Event
	out := PLOVEREvent{
		ID:            e.ID,
		Date:          fullDate(e, r.Doc),
		Actor:         entities(e.Actors),
		Recipient:     entities(e.Recipients),
		Event:         []string{},
		QuadCode:      e.CAMEO.QuadClass,
		Coder:         opt.Coder,
		DatePrecision: e.DatePrecision,
		Modality:      &e.Modality,
		TextInfo:      &PLOVERText{Sequence: e.Evidence.Sentence, Start: e.Evidence.Start, End: e.Evidence.End},
	}
	if e.PLOVER.Type != "" {
		out.Event = []string{e.PLOVER.Type}
	}
	if e.PLOVER.Mode != "" {
		out.Mode = []string{e.PLOVER.Mode}
	}
	if len(e.PLOVER.Context) > 0 {
		out.Context = append([]string(nil), e.PLOVER.Context...)
	}
	if e.Evidence.Trigger.Text != "" {
		out.EventText = []string{e.Evidence.Trigger.Text}
	}
	if e.CAMEO.Code != "" {
		c := e.CAMEO
		out.Cameo = &c
	}
	if opt.Scale != nil && e.PLOVER.Type != "" {
		if s, ok := opt.Scale(e.PLOVER); ok {
			out.Scale = &s
		}
	}
	if l := e.Location; l != nil {
		loc := &PLOVERLoc{ExtractedPlace: l.Text, ResolvedPlace: l.Name, CountryCode: l.Country}
		if n, ok := actorcode.CountryName(l.Country); ok {
			loc.Country = n
		}
		if l.Lat != 0 || l.Lon != 0 {
			lat, lon := l.Lat, l.Lon
			loc.Lat, loc.Lon = &lat, &lon
		}
		loc.GeonameID, loc.Resolution = placeLevel(r.Place)
		out.EventLoc = loc
	}
	m := r.Doc
	if m.URL != "" || m.Title != "" || m.Source != "" || m.ID != "" {
		out.CiteInfo = &PLOVERCite{Citation: m.ID, URL: m.URL, Title: m.Title, Language: m.Lang, Publication: m.Source, Published: m.Published.String()}
	}
	return out
}

// placeLevel returns the GeoNames id and the PLOVER resolution of a
// resolved place (zero values when p is nil or they are unknown).
func placeLevel(p *doc.Place) (geonameID int64, resolution int) {
	if p == nil {
		return 0, 0
	}
	if id, ok := strings.CutPrefix(p.GeoID, "gn:"); ok {
		geonameID, _ = strconv.ParseInt(id, 10, 64)
	}
	switch p.Kind {
	case "country":
		resolution = 1
	case "admin1":
		resolution = 2
	case "admin2":
		resolution = 3
	case "city":
		resolution = 4
	}
	return geonameID, resolution
}

// entities converts actors to PLOVER entity objects; never nil.
func entities(as []doc.ActorRef) []PLOVEREntity {
	out := make([]PLOVEREntity, 0, len(as))
	for _, a := range as {
		out = append(out, entity(a))
	}
	return out
}

func entity(a doc.ActorRef) PLOVEREntity {
	e := PLOVEREntity{EntityText: a.Text, IdentifierText: a.Name, ActorCode: a.Code, Code: a.Country, Sector: a.Sector}
	c, err := actorcode.ParseLenient(a.Code)
	if a.Code == "" || err != nil {
		return e
	}
	switch {
	case c.Country != "":
		e.Code = c.Country
	case c.Prefix == "IGO" && (c.Org == "UNO" || c.Org == "EUR"):
		e.Code = c.Org
	case c.Prefix == "NGM":
		e.Code = "ISM" // PLOVER's international social movement
	case c.Prefix != "" && c.Prefix != "INT" && c.Prefix != "UIS":
		e.Code = c.Prefix
	case c.Region != "":
		e.Code = c.Region
	}
	tab, _ := gdeltRoles()
	for _, s := range c.Sectors {
		switch tab[s] {
		case "religion":
			if e.Religion == "" {
				e.Religion = s
			}
		case "ethnic":
			if e.Ethnicity == "" {
				e.Ethnicity = s
			}
		default:
			if e.Sector == "" {
				e.Sector = s
			}
		}
	}
	return e
}
