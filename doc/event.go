package doc

// SchemaEvent is the schema identifier of an event record.
const SchemaEvent = "petrel.event/1"

// Event is one coded event: who did what to whom, when and where, with the
// evidence that produced it. Its JSON encoding is the "petrel.event/1" schema
// printed by `petrel code` (see docs/schema.md).
type Event struct {
	Schema   string `json:"schema"`
	ID       string `json:"id"`
	DocID    string `json:"doc_id"`
	Sentence int    `json:"sentence"`
	// Date is ISO 8601 at DatePrecision ("2025-09-05", "2025-09").
	Date          string     `json:"date"`
	DatePrecision string     `json:"date_precision"`
	Actors        []ActorRef `json:"actors"`
	Recipients    []ActorRef `json:"recipients"`
	CAMEO         CAMEO      `json:"cameo"`
	PLOVER        PLOVER     `json:"plover"`
	Modality      Modality   `json:"modality"`
	Evidence      Evidence   `json:"evidence"`
	// Mentions lists further evidence when the same event is restated in
	// other sentences of the document.
	Mentions []Evidence `json:"mentions,omitempty"`
	Location *Location  `json:"location"`
	Quote    *TextSpan  `json:"quote"`
}

// ActorRef is an actor or recipient of an event.
type ActorRef struct {
	Text    string `json:"text"`
	Start   int    `json:"start"`
	End     int    `json:"end"`
	Code    string `json:"code"`
	Country string `json:"country"`
	Sector  string `json:"sector"`
	Name    string `json:"name"`
}

// CAMEO is the CAMEO coding of an event.
type CAMEO struct {
	Code      string  `json:"code"`       // e.g. "138"
	Root      string  `json:"root"`       // e.g. "13"
	QuadClass int     `json:"quad_class"` // 1..4
	Goldstein float64 `json:"goldstein"`  // -10..+10
}

// PLOVER is the PLOVER coding of an event.
type PLOVER struct {
	Type    string   `json:"type"`    // e.g. "THREATEN"
	Mode    string   `json:"mode"`    // e.g. "military"
	Context []string `json:"context"` // e.g. ["military"]
}

// Modality qualifies whether and how the event happened.
type Modality struct {
	Negated      bool `json:"negated"`
	Hypothetical bool `json:"hypothetical"`
	Future       bool `json:"future"`
	Reported     bool `json:"reported"`
}

// Evidence points at the text that produced an event.
type Evidence struct {
	Start    int      `json:"start"`
	End      int      `json:"end"`
	Sentence int      `json:"sentence"`
	Trigger  TextSpan `json:"trigger"`
	// Pattern names the pattern that fired, e.g. "threaten.verbs:38".
	Pattern string `json:"pattern"`
	// Entries are the dictionary entries used for the actors.
	Entries []string `json:"entries,omitempty"`
}

// Location is where an event happened.
type Location struct {
	Text    string  `json:"text"`
	Name    string  `json:"name"`
	Country string  `json:"country"`
	Lat     float64 `json:"lat"`
	Lon     float64 `json:"lon"`
}
