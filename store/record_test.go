package store

import (
	"encoding/json"
	"math"
	"reflect"
	"strings"
	"testing"

	"github.com/petrel-events/petrel/doc"
)

func TestRecordEncoding(t *testing.T) {
	long := `{"schema":"petrel.event/1","id":"d-e1","evidence":{"text":"` + strings.Repeat("The minister met the envoy in Ruritania. ", 400) + `"}}`
	for _, js := range []string{
		`{}`,
		`{"schema":"petrel.event/1","id":"wire-7-e2","doc_id":"wire-7","sentence":3,"date":"2025-09-05","date_precision":"day","actors":[{"text":"Freedonian police","start":10,"end":27,"code":"FRDCOP","country":"FRD","sector":"COP","name":""}],"recipients":[],"cameo":{"code":"173","root":"17","quad_class":4,"goldstein":-5},"plover":{"type":"ARREST","mode":"","context":[]},"modality":{"negated":false,"hypothetical":false,"future":false,"reported":true},"evidence":{"start":0,"end":80,"sentence":3,"trigger":{"start":28,"end":36,"text":"arrested"},"pattern":"17-coerce.pat:12","entries":["frd-police"]},"location":null,"quote":null}`,
		long,
		`{"text":"ünïcødé — “quoted” 東京"}`,
	} {
		enc := encodeRecord([]byte(js))
		if enc[0] != recordS2D1 {
			t.Errorf("%.40s: encoded with %#x", js, enc[0])
		}
		if len(js) > 100 && len(enc) >= len(js) {
			t.Errorf("%.40s: %d bytes encoded from %d", js, len(enc), len(js))
		}
		got, err := DecodeRecord(enc)
		if err != nil || string(got) != js {
			t.Errorf("%.40s: decoded %.40q, %v", js, got, err)
		}
		// Records moved by the migration from schema 4 are the JSON itself.
		if got, err := DecodeRecord([]byte(js)); err != nil || string(got) != js {
			t.Errorf("plain %.40s: %.40q, %v", js, got, err)
		}
	}
	for _, bad := range [][]byte{nil, {}, {7, 1, 2}, {recordS2D1, 0xff, 0xff, 0xff}} {
		if _, err := DecodeRecord(bad); err == nil {
			t.Errorf("DecodeRecord(%v): no error", bad)
		}
	}
}

// TestRecordBinary checks that a record stored in the binary form decodes to
// the JSON json.Marshal gives, with every field set, nil and empty slices,
// and synthetic events; a cut record is an error, and a record JSON refuses
// (a NaN) still fails in prepareDoc.
func TestRecordBinary(t *testing.T) {
	events := filledEvents(t)
	events = append(events, doc.Event{}, doc.Event{Actors: []doc.ActorRef{}, Mentions: []doc.Evidence{}})
	for _, d := range synthDocs(11, 20) {
		events = append(events, d.Events...)
	}
	for i := range events {
		e := &events[i]
		want, err := json.Marshal(*e)
		if err != nil {
			t.Fatal(err)
		}
		enc := encodeRecordEvent(e)
		if enc[0] != recordBin1 {
			t.Fatalf("event %d: encoded with %#x", i, enc[0])
		}
		got, err := DecodeRecord(enc)
		if err != nil || string(got) != string(want) {
			t.Errorf("event %d: decoded\n%s, %v\nwant\n%s", i, got, err, want)
		}
		for cut := 1; cut < len(enc); cut++ {
			if _, err := DecodeRecord(enc[:cut]); err == nil {
				t.Fatalf("event %d: a record cut to %d of %d bytes decodes", i, cut, len(enc))
			}
		}
		if _, err := DecodeRecord(append(enc[:len(enc):len(enc)], 0)); err == nil {
			t.Errorf("event %d: trailing byte decodes", i)
		}
	}
	d := synthDocs(12, 1)[0]
	d.Events[1].CAMEO.Goldstein = math.NaN()
	p := prepareDoc(d, nil)
	if p.ev[0].err != nil || p.ev[1].err == nil {
		t.Errorf("NaN Goldstein: errors %v, %v", p.ev[0].err, p.ev[1].err)
	}
}

// TestLogRecords: the records cut from an ingest log row
// (decodeLogRecords) are byte for byte those prepareDoc encodes, for events
// with every field set, nil and empty slices, a schema or none, a long
// schema, synthetic events and a NaN; events it cannot cut are left to
// prepareDoc.
func TestLogRecords(t *testing.T) {
	events := filledEvents(t)
	events = append(events, doc.Event{}, doc.Event{Actors: []doc.ActorRef{}, Recipients: []doc.ActorRef{}, PLOVER: doc.PLOVER{Context: []string{}}})
	events[0].Schema = doc.SchemaEvent
	events[2].Schema = strings.Repeat("s", 300) // a two-byte length
	for _, d := range synthDocs(13, 4) {
		events = append(events, d.Events...)
	}
	nan := synthDocs(14, 1)[0].Events[0]
	nan.CAMEO.Goldstein = math.NaN()
	events = append(events, nan)
	d := &doc.Doc{ID: "r", Text: "Someone met someone.", Events: events}
	b, err := encodeLogDoc(d)
	if err != nil {
		t.Fatal(err)
	}
	got, recs, err := decodeLogRecords(b[1:], true)
	if err != nil {
		t.Fatal(err)
	}
	want, p := prepareDoc(d, nil), prepareDoc(got, recs)
	cut := 0
	for i := range events {
		if recs[i] != nil {
			cut++
		}
		if string(p.ev[i].rec) != string(want.ev[i].rec) || (p.ev[i].err == nil) != (want.ev[i].err == nil) {
			t.Errorf("event %d: record %q, want %q (cut %v)", i, p.ev[i].rec, want.ev[i].rec, recs[i] != nil)
		}
	}
	// filledEvents' second event has nil mentions but empty context; the
	// zero event and the NaN are not cut.
	if n := len(events) - 2; cut != n || recs[3] != nil || recs[len(recs)-1] != nil {
		t.Errorf("%d records cut from the row, want %d", cut, n)
	}
}

// TestDecodeRecordEvent: decoding a record straight into a doc.Event gives
// what json.Unmarshal of DecodeRecord's JSON gives, for events with every
// field set, nil and empty slices, synthetic events, and each string of a
// filled event made invalid UTF-8 in turn (which the JSON replaces); and
// for records in the other encodings.
func TestDecodeRecordEvent(t *testing.T) {
	events := filledEvents(t)
	events = append(events, doc.Event{}, doc.Event{Actors: []doc.ActorRef{}, Recipients: []doc.ActorRef{}, Mentions: []doc.Evidence{},
		Evidence: doc.Evidence{Entries: []string{}}, PLOVER: doc.PLOVER{Context: []string{}}})
	events[0].Mentions[0].Entries = []string{}
	events[1].CAMEO.Goldstein = math.Copysign(0, -1)
	for _, d := range synthDocs(15, 5) {
		events = append(events, d.Events...)
	}
	// Each string field of a filled event, one at a time, not valid UTF-8.
	var bad []doc.Event
	var walk func(v reflect.Value, set func())
	walk = func(v reflect.Value, set func()) {
		switch v.Kind() {
		case reflect.String:
			old := v.String()
			v.SetString("bad \xff\xfe" + old)
			set()
			v.SetString(old)
		case reflect.Struct:
			for i := range v.NumField() {
				walk(v.Field(i), set)
			}
		case reflect.Slice:
			for i := range v.Len() {
				walk(v.Index(i), set)
			}
		case reflect.Pointer:
			if !v.IsNil() {
				walk(v.Elem(), set)
			}
		}
	}
	filled := filledEvents(t)[0]
	n := 0
	walk(reflect.ValueOf(&filled).Elem(), func() {
		b := encodeRecordEvent(&filled)
		var e doc.Event
		if err := DecodeRecordEvent(b, &e); err != nil {
			t.Fatal(err)
		}
		bad = append(bad, e) // decoded now: filled changes on
		n++
		var want doc.Event
		js, _ := DecodeRecord(b)
		if err := json.Unmarshal(js, &want); err != nil {
			t.Fatal(err)
		}
		if !reflect.DeepEqual(e, want) {
			t.Errorf("string %d not valid UTF-8: decoded %+v\nwant %+v", n, e, want)
		}
	})
	if n < 20 {
		t.Fatalf("only %d strings in a filled event", n)
	}
	for i := range events {
		for _, b := range [][]byte{encodeRecordEvent(&events[i]), nil} {
			if b == nil { // the same record as compressed JSON
				js, err := json.Marshal(events[i])
				if err != nil {
					t.Fatal(err)
				}
				b = encodeRecord(js)
			}
			var got, want doc.Event
			got.ID = "stale" // overwritten
			if err := DecodeRecordEvent(b, &got); err != nil {
				t.Fatal(err)
			}
			js, err := DecodeRecord(b)
			if err == nil {
				err = json.Unmarshal(js, &want)
			}
			if err != nil {
				t.Fatal(err)
			}
			if !reflect.DeepEqual(got, want) || math.Signbit(got.CAMEO.Goldstein) != math.Signbit(want.CAMEO.Goldstein) {
				t.Errorf("event %d (first byte %d): decoded %+v\nwant %+v", i, b[0], got, want)
			}
		}
	}
	enc := encodeRecordEvent(&events[0])
	var e doc.Event
	if err := DecodeRecordEvent(enc[:len(enc)-1], &e); err == nil {
		t.Error("a cut record decodes")
	}
	if err := DecodeRecordEvent(append(enc[:len(enc):len(enc)], 0), &e); err == nil {
		t.Error("a record with a trailing byte decodes")
	}
}

// BenchmarkDecodeRecordEvent: a synthetic record in the binary form decoded
// straight into a doc.Event, and through its JSON (as before).
//
//	go test ./store -run '^$' -bench DecodeRecordEvent -benchmem
func BenchmarkDecodeRecordEvent(b *testing.B) {
	e := synthDocs(16, 1)[0].Events[0]
	e.Schema = doc.SchemaEvent
	rec := encodeRecordEvent(&e)
	b.Run("direct", func(b *testing.B) {
		for b.Loop() {
			var got doc.Event
			if err := DecodeRecordEvent(rec, &got); err != nil {
				b.Fatal(err)
			}
		}
	})
	b.Run("json", func(b *testing.B) {
		for b.Loop() {
			var got doc.Event
			js, err := DecodeRecord(rec)
			if err == nil {
				err = json.Unmarshal(js, &got)
			}
			if err != nil {
				b.Fatal(err)
			}
		}
	})
}
