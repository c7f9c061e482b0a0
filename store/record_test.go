package store

import (
	"strings"
	"testing"
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
