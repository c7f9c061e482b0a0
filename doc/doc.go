// Package doc defines petrel's central document type.
//
// A Doc carries one news document through every stage of the pipeline
// (ingest → nlp → recognise → code → dedup → store → serve), in the manner of
// spaCy's Doc: the text is immutable once cleaned, and every annotation layer
// (sentences, tokens, actor mentions, places, times, quotes, events) refers to
// it by byte offsets. For every span, Text[Start:End] is its surface string.
//
// The JSON encoding of a Doc is the "petrel.doc/1" schema printed by
// `petrel annotate` and documented in docs/schema.md.
package doc

import (
	"fmt"
	"strings"
	"time"
)

// SchemaDoc is the schema identifier of an annotated document.
const SchemaDoc = "petrel.doc/1"

// Span is a half-open byte range [Start, End) into a Doc's Text.
type Span struct {
	Start int `json:"start"`
	End   int `json:"end"`
}

// Len returns the length of the span in bytes.
func (s Span) Len() int { return s.End - s.Start }

// Contains reports whether o lies wholly inside s.
func (s Span) Contains(o Span) bool { return o.Start >= s.Start && o.End <= s.End }

// Overlaps reports whether s and o share at least one byte.
func (s Span) Overlaps(o Span) bool { return s.Start < o.End && o.Start < s.End }

// Doc is one news document and all its annotation layers.
type Doc struct {
	ID     string `json:"id"`
	URL    string `json:"url,omitempty"`
	Source string `json:"source,omitempty"` // outlet, e.g. "reuters.com"
	Title  string `json:"title,omitempty"`
	Byline string `json:"byline,omitempty"`
	Lang   string `json:"lang,omitempty"`
	// Published is the document's publication time. It is the anchor for
	// every relative date in the text. The zero Time means unknown.
	Published Time `json:"published"`
	// Text is the cleaned document text; all offsets refer to it.
	Text string `json:"text"`
	// Meta keeps input fields petrel does not interpret (JSON lines).
	Meta map[string]any `json:"meta,omitempty"`
	// Origin names where the document came from: "file", "file:line",
	// "archive.warc.gz#record-id" or "-" for standard input.
	Origin string `json:"origin,omitempty"`

	Sentences []Sentence `json:"sentences"`
	Tokens    []Token    `json:"tokens"`
	Actors    []Mention  `json:"actors"`
	Quotes    []Quote    `json:"quotes"`
	Times     []Timex    `json:"times"`
	Places    []Place    `json:"places"`
	Events    []Event    `json:"events"`
	Tone      *Tone      `json:"tone"`
}

// Sentence is a sentence span; its tokens are Tokens[TokenStart:TokenEnd].
type Sentence struct {
	Span
	TokenStart int `json:"-"`
	TokenEnd   int `json:"-"`
}

// Token is one word in the Universal Dependencies sense. Head is the 1-based
// index of the head within the sentence, 0 for the root, as in CoNLL-U; it is
// -1 before parsing.
type Token struct {
	Span
	Text     string `json:"text"`
	Lemma    string `json:"lemma,omitempty"`
	UPOS     string `json:"upos,omitempty"`
	XPOS     string `json:"xpos,omitempty"`
	Feats    string `json:"feats,omitempty"`
	Head     int    `json:"head"`
	DepRel   string `json:"deprel,omitempty"`
	Sentence int    `json:"sentence"`
	// SpaceAfter is false when the next token follows with no white space
	// (CoNLL-U SpaceAfter=No).
	SpaceAfter bool `json:"-"`
	// Lower is strings.ToLower(Text), set by the tokenizer so that the
	// layers do not lower-case the same text again; "" when it was not
	// set (read it with LowerText).
	Lower string `json:"-"`
}

// LowerText returns the token's text lower-cased: Lower when it is set,
// else strings.ToLower(Text) (a non-empty text never lower-cases to "").
func (t *Token) LowerText() string {
	if t.Lower != "" || t.Text == "" {
		return t.Lower
	}
	return strings.ToLower(t.Text)
}

// DatelinePlace returns the place of the document's dateline: a city that
// opens, in upper case, a short sentence among the first three ("MANILA,
// March 5 (AP) —", "KYIV (Reuters) -"), or nil. It needs the Places
// layer.
func (d *Doc) DatelinePlace() *Place {
	for s := 0; s < len(d.Sentences) && s < 3; s++ {
		sent := d.Sentences[s]
		if sent.TokenEnd-sent.TokenStart > 12 || sent.TokenEnd <= sent.TokenStart || sent.TokenEnd > len(d.Tokens) {
			continue
		}
		first := d.Tokens[sent.TokenStart]
		for i := range d.Places {
			p := &d.Places[i]
			if p.Start == first.Start && len(p.Text) >= 3 && p.Text == strings.ToUpper(p.Text) && p.Kind == "city" {
				return p
			}
		}
	}
	return nil
}

// SentenceTokens returns the tokens of sentence i.
func (d *Doc) SentenceTokens(i int) []Token {
	s := d.Sentences[i]
	return d.Tokens[s.TokenStart:s.TokenEnd]
}

// Surface returns Text[s.Start:s.End], or "" when s lies outside the text.
func (d *Doc) Surface(s Span) string {
	if s.Start < 0 || s.End > len(d.Text) || s.Start > s.End {
		return ""
	}
	return d.Text[s.Start:s.End]
}

// TextSpan is a span with its surface text, as printed in JSON.
type TextSpan struct {
	Span
	Text string `json:"text"`
}

// NewTextSpan returns the span s of d with its surface text.
func (d *Doc) NewTextSpan(s Span) TextSpan { return TextSpan{Span: s, Text: d.Surface(s)} }

// Mention is an actor mention: a KB match, a title and name, a demonym and
// agent noun, a metonym, or an unknown proper noun (empty Code).
type Mention struct {
	Span
	Text    string `json:"text"`
	Code    string `json:"code"`              // CAMEO actor code, e.g. "RUSGOV"
	Country string `json:"country,omitempty"` // ISO 3166 alpha-3
	Sector  string `json:"sector,omitempty"`  // e.g. "GOV", "MIL"
	Name    string `json:"name,omitempty"`    // canonical KB name
	KBID    string `json:"kb_id,omitempty"`
	// Kind is what the mention denotes: "person", "org", "group",
	// "country", "region", "agent" (a group of people named by an agent
	// noun), or "" when unknown.
	Kind string `json:"kind,omitempty"`
	// Via tells how the mention was recognised: "kb", "title", "demonym",
	// "metonym", "coref" (a pronoun or description), "surname" (a name
	// repeating the last words of an earlier person), "place" (a region
	// of a country the places layer read, coded with its country),
	// "orgname" (an organisation's name beginning with a country's),
	// "unknown".
	Via      string `json:"via,omitempty"`
	Sentence int    `json:"sentence"`
	// Antecedent is the index in Doc.Actors of the mention a pronoun or
	// definite description refers to, or -1.
	Antecedent int `json:"antecedent"`
}

// Quote is an attributed statement.
type Quote struct {
	Cue     *TextSpan `json:"cue"`
	Speaker *TextSpan `json:"speaker"`
	Content TextSpan  `json:"content"`
	// Kind is "direct", "indirect", "mixed" or "colon". "According to X"
	// attributions are indirect, with "according to" as their cue.
	Kind string `json:"kind"`
	// SpeakerCode is the resolved actor code of the speaker, if any.
	SpeakerCode string `json:"speaker_code,omitempty"`
}

// Timex is a normalised time expression, TIMEX3-like.
type Timex struct {
	Span
	Text string `json:"text"`
	// Value is ISO 8601: "2025-09-05", "2025-09", "P2W", "XXXX-WXX" ...
	Value string `json:"value"`
	// Precision is "second", "minute", "hour", "day", "week", "month",
	// "quarter", "year", "decade" or "century".
	Precision string `json:"precision"`
	// Type is "date", "time", "duration" or "set".
	Type string `json:"type"`
}

// Place is a recognised and resolved toponym.
type Place struct {
	Span
	Text    string  `json:"text"`
	Name    string  `json:"name,omitempty"`
	Country string  `json:"country,omitempty"`
	Kind    string  `json:"kind,omitempty"` // "country", "city", "admin1", "region"
	Lat     float64 `json:"lat,omitempty"`
	Lon     float64 `json:"lon,omitempty"`
	GeoID   string  `json:"geo_id,omitempty"`
	// Adjective is true for a place written as a demonym ("Russian
	// troops"): it says whose, not where, and never locates an event.
	Adjective bool `json:"adjective,omitempty"`
}

// Tone is the document tone, GDELT-style.
type Tone struct {
	Tone     float64 `json:"tone"`
	Positive float64 `json:"positive"`
	Negative float64 `json:"negative"`
	Words    int     `json:"words"`
}

// Time is a point in time that may be unknown (the zero value). It encodes
// to JSON as RFC 3339, or null when unknown.
type Time struct {
	time.Time
	// DateOnly is true when only the calendar date is known.
	DateOnly bool
}

// Known reports whether the time is set.
func (t Time) Known() bool { return !t.IsZero() }

// String formats t as RFC 3339, a bare date when DateOnly, or "".
func (t Time) String() string {
	switch {
	case !t.Known():
		return ""
	case t.DateOnly:
		return t.Format(time.DateOnly)
	default:
		return t.Format(time.RFC3339)
	}
}

// MarshalJSON implements json.Marshaler.
func (t Time) MarshalJSON() ([]byte, error) {
	if !t.Known() {
		return []byte("null"), nil
	}
	return []byte(`"` + t.String() + `"`), nil
}

// UnmarshalJSON implements json.Unmarshaler.
func (t *Time) UnmarshalJSON(b []byte) error {
	if string(b) == "null" || string(b) == `""` {
		*t = Time{}
		return nil
	}
	if len(b) < 2 || b[0] != '"' || b[len(b)-1] != '"' {
		return fmt.Errorf("time: want a JSON string, got %s", b)
	}
	v, err := ParseTime(string(b[1 : len(b)-1]))
	if err != nil {
		return err
	}
	*t = v
	return nil
}

// timeLayouts are the formats ParseTime accepts, most specific first.
var timeLayouts = []string{
	time.RFC3339Nano,
	"2006-01-02T15:04:05Z0700",
	"2006-01-02T15:04Z07:00",
	"2006-01-02 15:04:05Z07:00",
	"2006-01-02 15:04:05 -0700",
	time.RFC1123Z,
	time.RFC1123,
	time.RFC822Z,
	time.RFC822,
	time.RFC850,
	"Mon, 2 Jan 2006 15:04:05 -0700",
	"Mon, 2 Jan 2006 15:04:05 MST",
}

// ParseTime parses a publication time: a date ("2025-09-06"), an RFC 3339
// time with zone, or an RFC 1123/822 time as feeds carry. A time without a
// zone ("2025-09-06T10:00:00") is taken as UTC.
func ParseTime(s string) (Time, error) {
	if d, err := time.Parse(time.DateOnly, s); err == nil {
		return Time{Time: d, DateOnly: true}, nil
	}
	for _, l := range timeLayouts {
		if v, err := time.Parse(l, s); err == nil {
			return Time{Time: v}, nil
		}
	}
	for _, l := range []string{"2006-01-02T15:04:05", "2006-01-02T15:04", "2006-01-02 15:04:05", "2006-01-02 15:04"} {
		if v, err := time.ParseInLocation(l, s, time.UTC); err == nil {
			return Time{Time: v}, nil
		}
	}
	return Time{}, fmt.Errorf("cannot parse time %q: want YYYY-MM-DD or RFC 3339 with zone", s)
}
