// Package bus carries documents from readers to workers and coded events to
// their readers over NATS JetStream.
//
// Two streams make the bus: PETREL_DOCS, a work queue of documents to code
// (each message is taken by one worker and removed when acknowledged; its
// Msg-Id is the document's hash, so the server drops a document published
// twice within the duplicate window), and PETREL_EVENTS, the coded events,
// kept for a week for monitors that follow them.
//
// Bus has two implementations: OpenEmbedded runs a nats-server in this
// process with its JetStream file store under a data directory (the
// single-machine default: nothing to install or start), and Connect joins
// an external NATS cluster. See docs/deploy.md.
package bus

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"time"

	"github.com/petrel-events/petrel/doc"
)

// Stream and subject names.
const (
	DocStream     = "PETREL_DOCS"
	DocSubject    = "petrel.docs"
	EventStream   = "PETREL_EVENTS"
	EventSubject  = "petrel.events"
	WorkerGroup   = "petrel-workers"
	eventsMaxAge  = 7 * 24 * time.Hour
	duplicateSpan = 24 * time.Hour
)

// Bus is a document work queue and an event stream.
type Bus interface {
	// PublishDocument queues a document for coding. Publishing the same
	// document again (same DocHash) within a day is a no-op on the server.
	// Publishes are asynchronous; Flush waits for their acknowledgements.
	PublishDocument(ctx context.Context, d *doc.Doc) error
	// Flush waits until every published document is acknowledged by the
	// server and returns the first publish error since the last Flush.
	Flush(ctx context.Context) error
	// PublishEvents appends the coded events of a stored document to the
	// event stream.
	PublishEvents(ctx context.Context, d *doc.Doc) error
	// Fetch takes up to max documents from the work queue, waiting at most
	// wait for the first. The caller must Ack or Nak every Delivery.
	Fetch(ctx context.Context, max int, wait time.Duration) ([]*Delivery, error)
	// Depth returns the documents waiting in the queue and those handed out
	// but not acknowledged yet.
	Depth(ctx context.Context) (pending, inFlight uint64, err error)
	// Close drains the connection (in-flight acknowledgements are sent) and
	// stops an embedded server.
	Close() error
}

// Delivery is a document taken from the work queue.
type Delivery struct {
	Doc *doc.Doc
	// Err is set when the message could not be decoded; such a delivery
	// should be terminated with Term.
	Err error
	// Delivered counts the deliveries of this message (1 the first time).
	Delivered uint64
	msg       message
}

// message is what a Delivery needs of a JetStream message.
type message interface {
	Ack() error
	DoubleAck(ctx context.Context) error
	NakWithDelay(time.Duration) error
	Term() error
	InProgress() error
}

// Ack acknowledges the document: it is removed from the queue. AckSync
// waits for the server to confirm.
func (d *Delivery) Ack() error { return d.msg.Ack() }

// AckSync acknowledges the document and waits for the server's
// confirmation.
func (d *Delivery) AckSync(ctx context.Context) error { return d.msg.DoubleAck(ctx) }

// Nak hands the document back for redelivery after delay.
func (d *Delivery) Nak(delay time.Duration) error { return d.msg.NakWithDelay(delay) }

// Term removes a document that can never be processed.
func (d *Delivery) Term() error { return d.msg.Term() }

// InProgress resets the acknowledgement timer of a long-running document.
func (d *Delivery) InProgress() error { return d.msg.InProgress() }

// DocHash is a document's message id on the bus: the first 128 bits of the
// SHA-256 of its identity (id, URL, outlet) and text, in hex. The same text
// from another outlet is a different message: the store counts it as a
// mention from another source.
func DocHash(d *doc.Doc) string {
	h := sha256.New()
	for _, s := range []string{d.ID, d.URL, d.Source, d.Text} {
		fmt.Fprintf(h, "%d:", len(s))
		h.Write([]byte(s))
	}
	return hex.EncodeToString(h.Sum(nil)[:16])
}

// wireDoc is a queued document: the input fields of doc.Doc, without the
// annotations a worker adds.
type wireDoc struct {
	ID        string         `json:"id"`
	URL       string         `json:"url,omitempty"`
	Source    string         `json:"source,omitempty"`
	Title     string         `json:"title,omitempty"`
	Byline    string         `json:"byline,omitempty"`
	Lang      string         `json:"lang,omitempty"`
	Published doc.Time       `json:"published"`
	Text      string         `json:"text"`
	Meta      map[string]any `json:"meta,omitempty"`
	Origin    string         `json:"origin,omitempty"`
}

// EncodeDoc is the message body of a queued document.
func EncodeDoc(d *doc.Doc) ([]byte, error) {
	return json.Marshal(wireDoc{d.ID, d.URL, d.Source, d.Title, d.Byline, d.Lang, d.Published, d.Text, d.Meta, d.Origin})
}

// DecodeDoc is the inverse of EncodeDoc.
func DecodeDoc(b []byte) (*doc.Doc, error) {
	var w wireDoc
	if err := json.Unmarshal(b, &w); err != nil {
		return nil, fmt.Errorf("bus: decoding a document: %w", err)
	}
	if w.Text == "" && w.ID == "" {
		return nil, errors.New("bus: a queued document with neither id nor text")
	}
	return &doc.Doc{ID: w.ID, URL: w.URL, Source: w.Source, Title: w.Title, Byline: w.Byline, Lang: w.Lang,
		Published: w.Published, Text: w.Text, Meta: w.Meta, Origin: w.Origin}, nil
}

// EventMessage is a message of the event stream: the events of one stored
// document.
type EventMessage struct {
	DocID  string      `json:"doc_id"`
	URL    string      `json:"url,omitempty"`
	Source string      `json:"source,omitempty"`
	Events []doc.Event `json:"events"`
}
