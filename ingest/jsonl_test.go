package ingest

import (
	"encoding/json"
	"path/filepath"
	"strings"
	"testing"
)

func TestReadJSONL(t *testing.T) {
	const file = "testdata/jsonl/articles.jsonl"
	res := readPaths(t, &Reader{}, file)
	if res.err != nil {
		t.Fatal(res.err)
	}
	type want struct {
		origin, id, title, url, source, lang, published, text string
		meta                                                  string // JSON of Meta
	}
	wantDocs := []want{
		{origin: file + ":1", id: "wire-0001", title: "Peru declares emergency in south", url: "https://www.andes-wire.example/peru/emergency",
			source: "andes-wire.example", lang: "en", published: "2025-02-10T14:30:00Z",
			text: "The government of Peru declared a state of emergency in three southern provinces on Monday after road blockades entered their second week.",
			meta: `{"section":"americas","wordcount":23}`},
		{origin: file + ":2", id: HashID("https://news.example.org/asia/japan-korea-talks"), url: "https://news.example.org/asia/japan-korea-talks",
			source: "news.example.org", published: "2025-03-02",
			text: "Japan and South Korea agreed on Sunday to resume regular talks between their defence ministries, ending a pause of four years."},
		{origin: file + ":4", id: "42", title: "Aid workers freed",
			text: "Rebels in the north of the country released two aid workers held since January, the Red Cross said in a statement.\nThe two were reported to be in good health."},
		{origin: file + ":11", id: "last", published: "2025-01-16T08:00:00+01:00",
			text: "Trade unions in France called a national strike for Thursday against the pension reform.",
			meta: `{"meta":{"desk":"europe"},"tags":["labour","france"]}`},
	}
	if len(res.docs) != len(wantDocs) {
		t.Fatalf("got docs %q", res.origins())
	}
	for i, w := range wantDocs {
		d := res.docs[i]
		meta := ""
		if d.Meta != nil {
			b, _ := json.Marshal(d.Meta)
			meta = string(b)
		}
		got := want{d.Origin, d.ID, d.Title, d.URL, d.Source, d.Lang, d.Published.String(), d.Text, meta}
		if got != w {
			t.Errorf("doc %d:\n got %+v\nwant %+v", i, got, w)
		}
	}
	wantErrs := []string{
		file + ":5: bad JSON: unexpected EOF",
		file + `:6: missing or empty "text" field`,
		file + `:7: missing or empty "text" field`,
		file + `:8: field "published": cannot parse time "last Tuesday": want YYYY-MM-DD or RFC 3339 with zone`,
		file + `:9: field "text": want a string, got ["not","a","string"]`,
		file + ":10: bad JSON: want an object, got array",
	}
	if got := res.errText(); got != strings.Join(wantErrs, "\n") {
		t.Errorf("errors:\n%s\nwant:\n%s", got, strings.Join(wantErrs, "\n"))
	}
}

func TestReadJSONLines(t *testing.T) {
	tmp := t.TempDir()
	long := strings.Repeat("The delegation left the summit early. ", 3000) // > 64 KiB
	tests := []struct {
		name    string
		content string
		ids     string // space-separated IDs of the documents read
		errs    string // errors, path prefix removed, one per line
	}{
		{name: "CRLF lines and BOM", content: "\ufeff{\"id\":\"a\",\"text\":\"One.\"}\r\n{\"id\":\"b\",\"text\":\"Two.\"}\r\n", ids: "a b"},
		{name: "no final newline", content: "{\"id\":\"a\",\"text\":\"One.\"}\n{\"id\":\"b\",\"text\":\"Two.\"}", ids: "a b"},
		{name: "blank lines skipped", content: "\n\n{\"id\":\"a\",\"text\":\"One.\"}\n   \n", ids: "a"},
		{name: "only blank lines", content: "\n\r\n   \n", errs: ": empty input: JSON lines file with only blank lines"},
		{name: "BOM and a broken line among good ones", content: "\ufeff{\"id\":\"a\",\"text\":\"One.\"}\r\n{\"id\":\"b\",\"text\": \"Tw\r\n{\"id\":\"c\",\"text\":\"Three.\"}\r\n", ids: "a c", errs: ":2: bad JSON: invalid character '\\r' in string literal"},
		{name: "line over 64 KiB", content: "{\"id\":\"long\",\"text\":\"" + long + "\"}\n{\"id\":\"b\",\"text\":\"Two.\"}\n", ids: "long b"},
		{name: "two objects on a line", content: "{\"text\":\"a\"} {\"text\":\"b\"}\n", errs: ":1: bad JSON: more than one value on the line"},
		{name: "null line", content: "null\n", errs: ":1: bad JSON: want an object, got null"},
		{name: "id as object", content: "{\"id\":{},\"text\":\"x\"}\n", errs: `:1: field "id": want a string or a number`},
		{name: "invalid UTF-8", content: "{\"text\":\"caf\xe9\"}\n", errs: ":1: unrecognised text encoding: invalid UTF-8 in JSON"},
		{name: "null fields are absent", content: "{\"id\":\"n\",\"text\":\"x\",\"title\":null,\"published\":null}\n", ids: "n"},
		{name: "line too long for MaxDocBytes", content: "{\"id\":\"a\",\"text\":\"" + strings.Repeat("x", 3000) + "\"}\n{\"id\":\"b\",\"text\":\"short\"}\n",
			ids: "b", errs: ":1: line too large: more than 2 KiB (MaxDocBytes)"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p := writeFile(t, tmp, strings.ReplaceAll(tt.name, " ", "-")+".jsonl", []byte(tt.content))
			r := &Reader{Options: Options{MaxDocBytes: 200 << 10}}
			if strings.Contains(tt.name, "MaxDocBytes") {
				r.MaxDocBytes = 2048
			}
			res := readPaths(t, r, p)
			var ids []string
			for _, d := range res.docs {
				ids = append(ids, d.ID)
			}
			if got := strings.Join(ids, " "); got != tt.ids {
				t.Errorf("ids %q, want %q", got, tt.ids)
			}
			if got := strings.ReplaceAll(res.errText(), p, ""); got != tt.errs {
				t.Errorf("errors %q, want %q", got, tt.errs)
			}
		})
	}
}

func TestReadJSONFile(t *testing.T) {
	tmp := t.TempDir()
	tests := []struct {
		name, path, ids, errs string
	}{
		{name: "array", path: "testdata/jsonl/array.json", ids: "arr-1 arr-3", errs: `#2: missing or empty "text" field`},
		{name: "one object over several lines", path: "testdata/jsonl/object.json", ids: "single"},
		{name: "sequence of objects", path: writeFile(t, tmp, "seq.json", []byte("{\"id\":\"x\",\n\"text\":\"A.\"}\n{\"id\":\"y\",\"text\":\"B.\"}")), ids: "x y"},
		{name: "truncated array", path: writeFile(t, tmp, "cut.json", []byte("[{\"id\":\"x\",\"text\":\"A.\"},\n{\"id\":\"y\",\"te")), ids: "x", errs: "#2: bad JSON, rest of file skipped: unexpected EOF"},
		{name: "array not closed", path: writeFile(t, tmp, "open.json", []byte("[{\"id\":\"x\",\"text\":\"A.\"}")), ids: "x", errs: ": bad JSON at the end: EOF"},
		{name: "array sniffed on stdin-like name", path: writeFile(t, tmp, "dump", []byte(" [{\"id\":\"z\",\"text\":\"C.\"}]")), ids: "z"},
		{name: "gzip", path: writeFile(t, tmp, "a.jsonl.gz", gzipBytes([]byte("{\"id\":\"g\",\"text\":\"Gz.\"}\n"))), ids: "g"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			res := readPaths(t, &Reader{}, tt.path)
			checkIDsErrors(t, res, tt.path, tt.ids, tt.errs)
			for i, d := range res.docs {
				if !strings.HasPrefix(d.Origin, tt.path) {
					t.Errorf("doc %d origin %q", i, d.Origin)
				}
			}
		})
	}
	res := readPaths(t, &Reader{}, "testdata/jsonl/object.json")
	if d := res.docs[0]; d.Lang != "en" || d.Origin != filepath.FromSlash("testdata/jsonl/object.json#1") {
		t.Errorf("object.json: lang %q origin %q", d.Lang, d.Origin)
	}
}
