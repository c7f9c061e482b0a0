package store

import (
	"encoding/json"
	"math"
	"runtime"
	"sync"
	"sync/atomic"

	"github.com/petrel-events/petrel/doc"
)

// prepared is what PutDocuments computes of a document before its
// transaction, from the document alone: its content hash, shingles and LSH
// buckets, and for each event record its keys, day and stored form
// (encodeRecordEvent).
type prepared struct {
	hash string
	sd   shingled
	ev   []prepEvent
}

// prepEvent is the part of an event record's storage that depends on the
// record alone (rec, the stored form of its JSON, is used only if the
// record makes a new event).
type prepEvent struct {
	dyad, merge, day int64
	rec              []byte
	err              error
}

// prepareChunk is how many documents a worker of prepare takes at a time.
const prepareChunk = 16

// prepare computes the prepared form of docs, in parallel (one worker per
// processor): hashing, MinHash and JSON are most of the Go side of storing a
// document, and need neither the database nor each other.
func prepare(docs []*doc.Doc) []prepared {
	out := make([]prepared, len(docs))
	var next atomic.Int64
	var wg sync.WaitGroup
	for range min(runtime.GOMAXPROCS(0), (len(docs)+prepareChunk-1)/prepareChunk) {
		wg.Go(func() {
			for {
				i := int(next.Add(prepareChunk)) - prepareChunk
				if i >= len(docs) {
					return
				}
				for j := i; j < min(i+prepareChunk, len(docs)); j++ {
					out[j] = prepareDoc(docs[j], nil)
				}
			}
		})
	}
	wg.Wait()
	return out
}

// prepareDoc returns the prepared form of d. recs, when not nil, holds the
// stored form of some of d's event records already (decodeLogRecords; nil
// for the others).
func prepareDoc(d *doc.Doc, recs [][]byte) prepared {
	sh := Shingles(d.Text)
	p := prepared{hash: ContentHash(d.Text), sd: shingled{sh, BandHashes(Signature(sh))}, ev: make([]prepEvent, len(d.Events))}
	for i := range d.Events {
		e := &d.Events[i]
		pe := &p.ev[i]
		pe.dyad, pe.merge = Keys(e)
		pe.day = EventDay(e, d.Published)
		if recs != nil && recs[i] != nil {
			pe.rec = recs[i]
			continue
		}
		rec := *e
		rec.Schema = doc.SchemaEvent
		rec.Actors = nonNil(rec.Actors)
		rec.Recipients = nonNil(rec.Recipients)
		rec.PLOVER.Context = nonNil(rec.PLOVER.Context)
		if finiteRecord(&rec) {
			pe.rec = encodeRecordEvent(&rec)
		} else {
			// json.Marshal refuses NaN and infinities: keep its error
			// (the record would not decode), as before the binary form.
			_, pe.err = json.Marshal(rec)
		}
	}
	return p
}

// finiteRecord reports whether the floats of e are finite, which the JSON
// of a record needs.
func finiteRecord(e *doc.Event) bool {
	ok := func(f float64) bool { return !math.IsNaN(f) && !math.IsInf(f, 0) }
	return ok(e.CAMEO.Goldstein) && (e.Location == nil || ok(e.Location.Lat) && ok(e.Location.Lon))
}
