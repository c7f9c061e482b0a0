package main

import (
	"encoding/json"
	"strings"
	"testing"
)

// TestBadInputs runs petrel annotate over invented malformed inputs of each
// kind: every problem is one plain "file:line: reason" (or "file#item",
// "file") line on standard error, the good documents (and the good records of
// a damaged file) are still written, and the command fails at the end unless
// --keep-going is given.
func TestBadInputs(t *testing.T) {
	wantErrs := []string{
		"testdata/bad/01-broken-line.jsonl:2: bad JSON: unexpected EOF",
		"testdata/bad/02-cut-feed.rss: feed: XML syntax error on line 14: unexpected EOF (after item 1; the items before it were read, the rest of the feed skipped)",
		"testdata/bad/03-no-body.html: no article body found",
		"testdata/bad/04-empty.txt: empty input",
		"testdata/bad/07-mixed-encoding.txt: unrecognised text encoding: invalid UTF-8 (byte 0xe9) at line 1, byte 20 and not Windows-1252 or UTF-16 either",
		"testdata/nope.txt: stat: no such file or directory",
	}
	wantDocs := []struct{ origin, text string }{
		{"testdata/bad/01-broken-line.jsonl:1", "The harbour workers ended their strike on Monday."},
		{"testdata/bad/01-broken-line.jsonl:4", "The council met on Tuesday."},
		{"testdata/bad/02-cut-feed.rss#1", "The ferry between the two lake towns resumed on Monday after a week of storms."},
		{"testdata/bad/05-bom-crlf.txt", "The port authority reopened the harbour on Friday.\nShips entered the harbour on Saturday."},
		{"testdata/bad/06-windows-1252.txt", "The café owners protested outside the town hall on Thursday."},
	}
	tests := []struct {
		name    string
		args    []string
		wantErr bool
	}{
		{name: "fails at the end", args: []string{"annotate", "--published", "2025-03-03", "testdata/bad", "testdata/nope.txt"}, wantErr: true},
		{name: "keep going", args: []string{"annotate", "--keep-going", "--published", "2025-03-03", "testdata/bad", "testdata/nope.txt"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			out, stderr, err := runCLI(t, "", tc.args...)
			if (err != nil) != tc.wantErr {
				t.Fatalf("err = %v, want error %v", err, tc.wantErr)
			}
			if err != nil && !strings.HasPrefix(err.Error(), "6 input problem(s) reported above (5 document(s) processed)") {
				t.Errorf("final error %q", err)
			}
			if got := strings.TrimSpace(stderr); got != strings.Join(wantErrs, "\n") {
				t.Errorf("stderr:\n%s\nwant:\n%s", got, strings.Join(wantErrs, "\n"))
			}
			lines := strings.Split(strings.TrimSpace(out), "\n")
			if len(lines) != len(wantDocs) {
				t.Fatalf("%d documents, want %d:\n%s", len(lines), len(wantDocs), out)
			}
			for i, line := range lines {
				var d struct{ Origin, Text string }
				if err := json.Unmarshal([]byte(line), &d); err != nil {
					t.Fatal(err)
				}
				if d.Origin != wantDocs[i].origin || d.Text != wantDocs[i].text {
					t.Errorf("doc %d: %q %q, want %q %q", i, d.Origin, d.Text, wantDocs[i].origin, wantDocs[i].text)
				}
			}
		})
	}
}

// TestCodeExamples codes the examples/ folder the README points newcomers
// to: every file in it (plain text, JSON lines, RSS) is read without a
// problem and gives events.
func TestCodeExamples(t *testing.T) {
	out, stderr, err := runCLI(t, "", "code", "--published", "2022-02-24", "../../examples")
	if err != nil || stderr != "" {
		t.Fatalf("err %v, stderr:\n%s", err, stderr)
	}
	perDoc := map[string]int{}
	for _, line := range strings.Split(strings.TrimSpace(out), "\n") {
		var e struct {
			DocID string `json:"doc_id"`
		}
		if err := json.Unmarshal([]byte(line), &e); err != nil {
			t.Fatal(err)
		}
		perDoc[e.DocID]++
	}
	// One document of each file, known by its ID (the text file's is the
	// hash of its text, so any one not from the other two files will do).
	var text bool
	for id := range perDoc {
		if !strings.HasPrefix(id, "wire-") && !strings.HasPrefix(id, "desk-") {
			text = true
		}
	}
	if !text || perDoc["wire-0412-b"] == 0 || perDoc["desk-5522"] == 0 {
		t.Errorf("events per document %v: want events from the text, the JSON lines and the RSS example", perDoc)
	}
}
