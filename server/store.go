package server

import (
	"context"
	"errors"

	"github.com/petrel-events/petrel/doc"
)

// ErrNotFound is returned by a Store for an unknown event or actor.
var ErrNotFound = errors.New("not found")

// Store is what the server reads: events with their evidence and the
// aggregates the dashboard draws. Implementations must be safe for
// concurrent use. MemStore is one; the SQLite store of package store is
// adapted to it by cmd/petrel.
type Store interface {
	// Events returns a page of events matching q, newest first.
	Events(ctx context.Context, q EventQuery) (EventPage, error)
	// Event returns one event with its evidence and every mention.
	Event(ctx context.Context, id string) (EventDetail, error)
	// Actors returns the most active actors matching f (as source or
	// recipient), most events first.
	Actors(ctx context.Context, f Filter, limit int) ([]ActorStat, error)
	// Series returns counts and Goldstein sums per period of the events
	// matching f (an actor, or a dyad when f.Recipient is set).
	Series(ctx context.Context, f Filter, interval Interval) ([]SeriesPoint, error)
	// Network returns the actors and the dyads between them of the events
	// matching f, keeping the limit heaviest edges.
	Network(ctx context.Context, f Filter, limit int) (Network, error)
	// Map returns event counts per country and per place.
	Map(ctx context.Context, f Filter, limit int) (MapData, error)
}

// Writer is a Store that also stores coded documents (POST
// /api/v1/documents).
type Writer interface {
	AddDoc(ctx context.Context, d *doc.Doc) error
}

// Filter selects events; empty fields match everything. It has the filters
// of `petrel query`.
type Filter struct {
	From, To  string // ISO dates, inclusive
	Actor     string // source actor code or code prefix ("RUS", "RUSGOV")
	Recipient string // recipient actor code or prefix
	CAMEO     string // CAMEO code or root prefix ("13", "138")
	Type      string // PLOVER type ("THREATEN")
	QuadClass int    // 1..4, 0 for any
	Country   string // ISO 3166 alpha-3 of the event location
	Place     string // place name of the event location
	Text      string // words in the evidence sentence (case-insensitive)
	// KeepNegated keeps events marked negated; they are dropped by default,
	// as in `petrel code`.
	KeepNegated bool
}

// EventQuery is a Filter with cursor pagination.
type EventQuery struct {
	Filter
	Cursor string // opaque, from EventPage.Next
	Limit  int
}

// EventPage is one page of events.
type EventPage struct {
	Events []EventRow `json:"events"`
	// Next is the cursor of the next page, empty on the last one.
	Next string `json:"next,omitempty"`
}

// EventRow is an event as the explorer table lists it.
type EventRow struct {
	doc.Event
	// Sources is the number of distinct outlets reporting the event;
	// Mentions the number of sentences that state it.
	Sources     int `json:"num_sources"`
	NumMentions int `json:"num_mentions"`
	// DocTitle and Outlet describe the document of the first mention.
	DocTitle string `json:"doc_title,omitempty"`
	Outlet   string `json:"outlet,omitempty"`
}

// EventDetail is an event with its evidence sentence and every mention.
type EventDetail struct {
	EventRow
	// Sentence is the evidence sentence; every offset in Highlights is
	// relative to its start.
	Sentence   string      `json:"sentence"`
	Highlights []Highlight `json:"highlights"`
	Mentions   []MentionOf `json:"mention_list"`
}

// Highlight is a span of an evidence sentence with its role: "actor",
// "recipient", "trigger" or "quote". Offsets are bytes into the sentence.
type Highlight struct {
	Role  string `json:"role"`
	Start int    `json:"start"`
	End   int    `json:"end"`
	Text  string `json:"text"`
}

// MentionOf is one sentence of one document stating an event.
type MentionOf struct {
	DocID     string `json:"doc_id"`
	Title     string `json:"title,omitempty"`
	Outlet    string `json:"outlet,omitempty"`
	URL       string `json:"url,omitempty"`
	Published string `json:"published,omitempty"`
	Sentence  string `json:"sentence"`
	Pattern   string `json:"pattern,omitempty"`
}

// ActorStat counts an actor's events.
type ActorStat struct {
	Code        string `json:"code"`
	Name        string `json:"name,omitempty"`
	Country     string `json:"country,omitempty"`
	AsSource    int    `json:"as_source"`
	AsRecipient int    `json:"as_recipient"`
	First       string `json:"first,omitempty"`
	Last        string `json:"last,omitempty"`
}

// Interval is the period of a series: "day", "week" (ISO weeks, labelled
// by their Monday) or "month".
type Interval string

// The intervals of a series.
const (
	Day   Interval = "day"
	Week  Interval = "week"
	Month Interval = "month"
)

// SeriesPoint is one period of a series.
type SeriesPoint struct {
	Period string `json:"period"` // first day of the period, ISO date
	Count  int    `json:"count"`
	// Quad counts events per QuadClass: Quad[0] is verbal cooperation
	// (1), Quad[3] material conflict (4).
	Quad      [4]int  `json:"quad"`
	Goldstein float64 `json:"goldstein_sum"`
}

// Network is the actor network.
type Network struct {
	Nodes []Node `json:"nodes"`
	Edges []Edge `json:"edges"`
}

// Node is an actor of the network.
type Node struct {
	ID      string `json:"id"` // actor code
	Label   string `json:"label"`
	Country string `json:"country,omitempty"`
	Count   int    `json:"count"`
}

// Edge is a directed dyad with its event count and Goldstein total.
type Edge struct {
	Source    string  `json:"source"`
	Target    string  `json:"target"`
	Count     int     `json:"count"`
	Goldstein float64 `json:"goldstein_sum"`
}

// MapData is event counts per country and per place.
type MapData struct {
	Countries []CountryCount `json:"countries"`
	Places    []PlaceCount   `json:"places"`
}

// CountryCount is the events located in one country.
type CountryCount struct {
	Country   string  `json:"country"`
	Count     int     `json:"count"`
	Goldstein float64 `json:"goldstein_sum"`
}

// PlaceCount is the events located at one place.
type PlaceCount struct {
	Name      string  `json:"name"`
	Country   string  `json:"country,omitempty"`
	Lat       float64 `json:"lat"`
	Lon       float64 `json:"lon"`
	Count     int     `json:"count"`
	Goldstein float64 `json:"goldstein_sum"`
}
