package store

import (
	_ "embed"
	"encoding/json"
	"errors"
	"fmt"
	"sync"
	"unicode/utf8"

	"github.com/klauspost/compress/s2"

	"github.com/petrel-events/petrel/doc"
)

// Since schema 5 an event's petrel.event/1 JSON is kept in the table
// event_records, not in the events row (it was 760 of the row's 1,000
// bytes). Its first byte tells its encoding:
//
//   - '{': the JSON itself (records moved there by the migration from
//     schema 4);
//   - 1: an S2 block (github.com/klauspost/compress/s2) compressed with the
//     dictionary data/record-dict-1.json, first repeat offset 0;
//   - 3: the record's doc.Event in the ingest log's binary form of an event
//     (logEnc.event in logcodec.go), uncompressed. Written since
//     2026-11-30: json.Marshal and S2 of every new record were half of the
//     documents' preparation in a compaction (6.7 s of CPU in 100 s at 1M
//     events), and the binary form is smaller (about 190 bytes against 250
//     for the synthetic records). DecodeRecord turns it back into the same
//     JSON json.Marshal gave (the codec keeps every field, nil and empty
//     slices apart, and floats bit for bit), so readers see no difference;
//     the JSON is built only when a record is read. (2 is not used: it is
//     the ingest log's binary row, and decodeLogDoc hands other first bytes
//     to DecodeRecord.)
//
// A dictionary, once used, is never edited: another one gets a new file and
// a new first byte. Small JSON records compress to about a third with the
// dictionary (the field names are most of their bytes), at 2–3 µs each;
// zstd took 17–20 µs per record here.
const (
	recordPlain = '{'
	recordS2D1  = 1
	recordBin1  = 3
)

//go:embed data/record-dict-1.json
var recordDict1Data []byte

var recordDict1 = sync.OnceValue(func() *s2.Dict {
	d := s2.MakeDictManual(recordDict1Data, 0)
	if d == nil {
		panic("store: data/record-dict-1.json is no S2 dictionary")
	}
	return d
})

// encodeRecord returns the stored form of an event record's JSON.
func encodeRecord(js []byte) []byte {
	buf := make([]byte, 1+s2.MaxEncodedLen(len(js)))
	buf[0] = recordS2D1
	enc := recordDict1().Encode(buf[1:], js)
	if len(enc) > 0 && &enc[0] != &buf[1] {
		return append([]byte{recordS2D1}, enc...)
	}
	return buf[:1+len(enc)]
}

// encodeRecordEvent returns the stored form (recordBin1) of an event record.
func encodeRecordEvent(e *doc.Event) []byte {
	enc := logEnc{b: make([]byte, 1, 256)}
	enc.b[0] = recordBin1
	enc.event(e)
	return enc.b
}

// DecodeRecord returns the petrel.event/1 JSON of a stored record (the
// column event_records.record).
func DecodeRecord(b []byte) ([]byte, error) {
	if len(b) == 0 {
		return nil, errors.New("empty event record")
	}
	switch b[0] {
	case recordPlain:
		return b, nil
	case recordS2D1:
		js, err := recordDict1().Decode(nil, b[1:])
		if err != nil {
			return nil, fmt.Errorf("event record: %w", err)
		}
		return js, nil
	case recordBin1:
		d := logDec{b: string(b[1:])}
		var e doc.Event
		d.event(&e)
		if d.err == nil && len(d.b) != 0 {
			d.err = errors.New("trailing bytes")
		}
		if d.err != nil {
			return nil, fmt.Errorf("event record: %w", d.err)
		}
		return json.Marshal(e)
	}
	return nil, fmt.Errorf("event record: unknown encoding %#x", b[0])
}

// DecodeRecordEvent decodes a stored record (the column
// event_records.record) into *e, which it overwrites: the event
// json.Unmarshal makes of DecodeRecord's JSON. A record in the binary form
// is decoded straight into the event, without building and parsing the
// JSON (about 4 µs a record), and made what the JSON round trip would
// make of it: empty mentions and dictionary entries (omitted from the
// JSON) become nil; a record with a string that is not valid UTF-8 (which
// the JSON replaces) goes through the JSON.
func DecodeRecordEvent(b []byte, e *doc.Event) error {
	*e = doc.Event{}
	if len(b) > 0 && b[0] == recordBin1 {
		d := logDec{b: string(b[1:])}
		d.event(e)
		if d.err == nil && len(d.b) != 0 {
			d.err = errors.New("trailing bytes")
		}
		if d.err != nil {
			*e = doc.Event{}
			return fmt.Errorf("event record: %w", d.err)
		}
		if jsonSafe(e) {
			if len(e.Mentions) == 0 {
				e.Mentions = nil
			}
			if len(e.Evidence.Entries) == 0 {
				e.Evidence.Entries = nil
			}
			for i := range e.Mentions {
				if len(e.Mentions[i].Entries) == 0 {
					e.Mentions[i].Entries = nil
				}
			}
			return nil
		}
		*e = doc.Event{}
	}
	js, err := DecodeRecord(b)
	if err != nil {
		return err
	}
	return json.Unmarshal(js, e)
}

// jsonSafe reports whether every string of e is valid UTF-8, so that the
// JSON round trip keeps it.
func jsonSafe(e *doc.Event) bool {
	ok := true
	str := func(ss ...string) {
		for _, s := range ss {
			ok = ok && utf8.ValidString(s)
		}
	}
	ev := func(v *doc.Evidence) {
		str(v.Trigger.Text, v.Pattern)
		str(v.Entries...)
	}
	str(e.Schema, e.ID, e.DocID, e.Date, e.DatePrecision, e.CAMEO.Code, e.CAMEO.Root, e.PLOVER.Type, e.PLOVER.Mode)
	str(e.PLOVER.Context...)
	for _, as := range [][]doc.ActorRef{e.Actors, e.Recipients} {
		for i := range as {
			a := &as[i]
			str(a.Text, a.Code, a.Country, a.Sector, a.Name)
		}
	}
	ev(&e.Evidence)
	for i := range e.Mentions {
		ev(&e.Mentions[i])
	}
	if l := e.Location; l != nil {
		str(l.Text, l.Name, l.Country)
	}
	if q := e.Quote; q != nil {
		str(q.Text)
	}
	return ok
}
