// Package store keeps coded documents and events in a database and answers
// questions about them.
//
// Store is the interface every backend implements; SQLite (pure Go, WAL
// journal) is the embedded default, opened with Open. A PostgreSQL backend
// can follow behind the same interface (issue 9).
//
// A document is stored once: its identity is its ID, its URL or its content
// hash. Storing it again changes nothing; storing a changed version replaces
// its own events. A near-duplicate of a stored document (a syndicated copy,
// a trimmed lead, a new headline: MinHash + LSH candidates verified by exact
// Jaccard over word shingles) adds mentions to the original's events, never
// new events. Events of different documents with the same merge key (actors,
// CAMEO root, place) within a date window merge into one event whose
// NumMentions, NumSources and NumArticles count its evidence, as GDELT's do.
// See docs/store.md.
package store

import (
	"context"
	"errors"
	"time"

	"github.com/petrel-events/petrel/doc"
)

// Store is an event database. Implementations are safe for concurrent use.
type Store interface {
	// PutDocuments stores a batch of coded documents (with their Events) in
	// one transaction: all of the batch is stored, or none of it.
	PutDocuments(ctx context.Context, docs []*doc.Doc) (PutStats, error)
	// Events returns the events matching q, most recent first.
	Events(ctx context.Context, q Query) ([]Event, error)
	// Mentions returns the mentions of one event, in document order.
	Mentions(ctx context.Context, eventID int64) ([]Mention, error)
	// Document returns a stored document by its ID.
	Document(ctx context.Context, id string) (Document, error)
	// DyadSeries counts the events between actors per period.
	DyadSeries(ctx context.Context, q SeriesQuery) ([]SeriesPoint, error)
	// TopActors ranks actors by their number of events.
	TopActors(ctx context.Context, q TopQuery) ([]ActorCount, error)
	// ConflictIndex returns the conflict–cooperation index per country pair.
	ConflictIndex(ctx context.Context, q IndexQuery) ([]PairIndex, error)
	// Stats counts what the store holds.
	Stats(ctx context.Context) (Stats, error)
	// Close releases the store.
	Close() error
}

// Errors returned by stores, for errors.Is.
var (
	// ErrNewerSchema: the database was written by a newer petrel.
	ErrNewerSchema = errors.New("database schema is newer than this petrel")
	// ErrLocked: another process holds the database's write lock.
	ErrLocked = errors.New("database is locked by another process")
	// ErrCorrupt: the file is not a database or is damaged.
	ErrCorrupt = errors.New("database file is corrupt or not a petrel database")
	// ErrFull: the disk (or the database's size limit) is full.
	ErrFull = errors.New("disk full")
	// ErrNotFound: no such document or event.
	ErrNotFound = errors.New("not found")
)

// PutStats counts what one PutDocuments call did.
type PutStats struct {
	Documents      int // documents stored for the first time
	Unchanged      int // documents already stored with the same content
	Replaced       int // documents whose changed content replaced their events
	NearDuplicates int // documents stored as near-duplicates of earlier ones
	Events         int // new events
	Merged         int // event records merged into existing events
	Mentions       int // mentions stored
	Dropped        int // event records of near-duplicates with no counterpart in the original
	Logged         int // documents appended to the ingest log (Options.Append), not yet stored
}

// Add adds o to s.
func (s *PutStats) Add(o PutStats) {
	s.Documents += o.Documents
	s.Unchanged += o.Unchanged
	s.Replaced += o.Replaced
	s.NearDuplicates += o.NearDuplicates
	s.Events += o.Events
	s.Merged += o.Merged
	s.Mentions += o.Mentions
	s.Dropped += o.Dropped
	s.Logged += o.Logged
}

// Stats counts the contents of a store.
type Stats struct {
	Documents      int64 `json:"documents"`
	NearDuplicates int64 `json:"near_duplicates"`
	Events         int64 `json:"events"`
	Mentions       int64 `json:"mentions"`
	Actors         int64 `json:"actors"`
	Places         int64 `json:"places"`
	SchemaVersion  int   `json:"schema_version"`
	// Pending counts the documents of the ingest log (Options.Append) not
	// yet compacted: queries do not see them.
	Pending int64 `json:"pending_documents,omitempty"`
	// FirstDay and LastDay are the earliest and latest event days (zero
	// without events).
	FirstDay time.Time `json:"first_day"`
	LastDay  time.Time `json:"last_day"`
}

// Document is the stored metadata of a document.
type Document struct {
	Key         int64     `json:"key"` // the store's own number
	ID          string    `json:"id"`
	URL         string    `json:"url,omitempty"`
	Outlet      string    `json:"outlet,omitempty"`
	Title       string    `json:"title,omitempty"`
	Published   doc.Time  `json:"published"`
	Fetched     time.Time `json:"fetched"` // when it was stored
	ContentHash string    `json:"content_hash"`
	Lang        string    `json:"lang,omitempty"`
	Tone        *float64  `json:"tone,omitempty"`
	// DuplicateOf is the ID of the document this one near-duplicates, with
	// the Jaccard similarity of their shingle sets.
	DuplicateOf string  `json:"duplicate_of,omitempty"`
	Jaccard     float64 `json:"jaccard,omitempty"`
}

// Event is a stored event: the coded record of its first mention (with the
// database's own ID) and GDELT-style counts over all its mentions.
type Event struct {
	ID int64 `json:"global_event_id"`
	// Record is the event as coded in its first document.
	Record doc.Event `json:"event"`
	// Day is the event date (Record.Date, or the document's publication
	// date when the text gave none).
	Day time.Time `json:"day"`
	// EvidenceText is the text of the evidence span.
	EvidenceText string `json:"evidence_text"`
	NumMentions  int    `json:"num_mentions"`
	NumSources   int    `json:"num_sources"`
	NumArticles  int    `json:"num_articles"`
	// FirstDocID is the document it was first coded in; Added is when it
	// was stored.
	FirstDocID string    `json:"first_doc_id"`
	Added      time.Time `json:"added"`
}

// Mention is one piece of evidence for an event in one document, like a row
// of GDELT's mentions table.
type Mention struct {
	EventID   int64    `json:"global_event_id"`
	DocID     string   `json:"doc_id"`
	URL       string   `json:"url,omitempty"`
	Outlet    string   `json:"outlet,omitempty"`
	Published doc.Time `json:"published"`
	RecordID  string   `json:"record_id"` // doc.Event.ID in that document
	Sentence  int      `json:"sentence"`
	Start     int      `json:"start"`
	End       int      `json:"end"`
	// NearDuplicate marks mentions that come from a near-duplicate document.
	NearDuplicate bool `json:"near_duplicate,omitempty"`
}

// Filter selects events. Zero fields select everything.
type Filter struct {
	From, To time.Time // event day range, inclusive; zero = open
	// Actor and Recipient match the first actor's / recipient's code: exact,
	// or a prefix when they end in "*" ("USA*" matches USAGOV).
	Actor, Recipient string
	// CAMEO is a code ("138") or a root ("13"): a prefix of the event code.
	CAMEO     string
	PLOVER    string // PLOVER type, e.g. "PROTEST"
	QuadClass int    // 1..4
	// Country matches the ISO 3166 alpha-3 country of the event location,
	// the first actor or the first recipient.
	Country string
	// Place matches the event location's name, case-insensitively.
	Place string
	// Near selects events located within RadiusKm of a point.
	Near *Circle
	// Text matches a substring of the evidence text, case-insensitively.
	Text string
	// Modality is "asserted" (none of negated, hypothetical, future),
	// "negated", "hypothetical", "future" or "reported".
	Modality string
}

// Circle is a point and a radius.
type Circle struct {
	Lat, Lon, RadiusKm float64
}

// Query is a Filter with paging and the Phoenix one-a-day filter.
type Query struct {
	Filter
	Limit  int // 0 = DefaultLimit; negative = no limit
	Offset int
	// OneADay keeps one event per day, actor, recipient and CAMEO code (the
	// Phoenix filter), the one with the most mentions.
	OneADay bool
}

// DefaultLimit is the number of events a Query returns when Limit is 0.
const DefaultLimit = 100

// Grain is the period of a time series.
type Grain string

// Grains.
const (
	Day   Grain = "day"
	Week  Grain = "week" // ISO weeks, starting on Monday
	Month Grain = "month"
)

// SeriesQuery asks for a dyad time series. Actor and Recipient are codes,
// or prefixes ending in "*"; empty means any.
type SeriesQuery struct {
	From, To         time.Time // inclusive; zero = open
	Actor, Recipient string
	Grain            Grain // default Day
}

// SeriesPoint is one period of a time series.
type SeriesPoint struct {
	Period    time.Time `json:"period"` // first day of the period
	Events    int64     `json:"events"`
	Goldstein float64   `json:"goldstein"` // sum of the events' Goldstein scores
	// Quad counts the events of each QuadClass (index 1..4; 0 unused).
	Quad [5]int64 `json:"quad"`
}

// Role selects actors as sources, targets or either.
type Role string

// Roles.
const (
	AnyRole Role = ""
	Source  Role = "source"
	Target  Role = "target"
)

// TopQuery asks for the most active actors.
type TopQuery struct {
	From, To time.Time
	Role     Role
	Limit    int // default 10
}

// ActorCount is an actor and its number of events.
type ActorCount struct {
	Code    string `json:"code"`
	Name    string `json:"name,omitempty"`
	Country string `json:"country,omitempty"`
	Events  int64  `json:"events"`
}

// IndexQuery asks for the conflict–cooperation index of country pairs.
// Country, when set, keeps the pairs it takes part in.
type IndexQuery struct {
	From, To time.Time
	Country  string
	Limit    int // default 20; pairs with most events first
}

// PairIndex is the conflict–cooperation index of a (source, target)
// country pair: (cooperative − conflictual) / all events, in −1..+1, where
// QuadClass 1–2 are cooperative and 3–4 conflictual.
type PairIndex struct {
	Source      string  `json:"source"`
	Target      string  `json:"target"`
	Events      int64   `json:"events"`
	Cooperation int64   `json:"cooperation"`
	Conflict    int64   `json:"conflict"`
	Index       float64 `json:"index"`
	Goldstein   float64 `json:"goldstein_mean"`
}
