package store

import (
	"encoding/json"
	"math"
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
	p := prepareDoc(d)
	if p.ev[0].err != nil || p.ev[1].err == nil {
		t.Errorf("NaN Goldstein: errors %v, %v", p.ev[0].err, p.ev[1].err)
	}
}
