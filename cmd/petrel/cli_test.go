package main

import (
	"bytes"
	"encoding/csv"
	"encoding/json"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/petrel-events/petrel/doc"
	"github.com/petrel-events/petrel/export"
)

// runCLI executes the petrel command line in-process.
func runCLI(t *testing.T, stdin string, args ...string) (stdout, stderr string, err error) {
	t.Helper()
	cmd := newRootCmd()
	var out, errb bytes.Buffer
	cmd.SetOut(&out)
	cmd.SetErr(&errb)
	cmd.SetIn(strings.NewReader(stdin))
	cmd.SetArgs(args)
	err = cmd.Execute()
	return out.String(), errb.String(), err
}

func TestAnnotate(t *testing.T) {
	tests := []struct {
		name      string
		stdin     string
		args      []string
		wantDocs  []string // ids, in order
		wantErr   bool
		wantInLog string
	}{
		{name: "jsonl with a bad line fails at the end", args: []string{"annotate", "testdata/mixed.jsonl"},
			wantDocs: []string{"a1", "a3"}, wantErr: true, wantInLog: "testdata/mixed.jsonl:2:"},
		{name: "keep going", args: []string{"annotate", "--keep-going", "testdata/mixed.jsonl"},
			wantDocs: []string{"a1", "a3"}, wantInLog: "testdata/mixed.jsonl:2:"},
		{name: "stdin text", stdin: "A short report. It has two sentences.\n", args: []string{"annotate", "--published", "2025-09-06", "-"},
			wantDocs: []string{"*"}},
		{name: "order kept with many workers", args: []string{"annotate", "-j", "4", "--keep-going", "testdata/mixed.jsonl", "testdata/short.txt", "testdata/mixed.jsonl"},
			wantDocs: []string{"a1", "a3", "*", "a1", "a3"}},
		{name: "bad published", args: []string{"annotate", "--published", "yesterday", "testdata/short.txt"}, wantErr: true},
		{name: "missing file", args: []string{"annotate", "testdata/nope.txt"}, wantErr: true, wantInLog: "testdata/nope.txt"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			out, log, err := runCLI(t, tc.stdin, tc.args...)
			if (err != nil) != tc.wantErr {
				t.Fatalf("err = %v, want error %v; log:\n%s", err, tc.wantErr, log)
			}
			if !strings.Contains(log, tc.wantInLog) {
				t.Errorf("log does not mention %q:\n%s", tc.wantInLog, log)
			}
			var ids []string
			for _, line := range strings.Split(strings.TrimSpace(out), "\n") {
				if line == "" {
					continue
				}
				var d struct {
					Schema    string `json:"schema"`
					ID        string `json:"id"`
					Text      string `json:"text"`
					Sentences []struct{ Start, End int }
					Tokens    []struct {
						Start, End int
						Text       string
					}
				}
				if err := json.Unmarshal([]byte(line), &d); err != nil {
					t.Fatalf("bad JSON output: %v\n%s", err, line)
				}
				if d.Schema != "petrel.doc/1" {
					t.Errorf("schema %q", d.Schema)
				}
				if len(d.Sentences) == 0 || len(d.Tokens) == 0 {
					t.Errorf("doc %s has %d sentences, %d tokens", d.ID, len(d.Sentences), len(d.Tokens))
				}
				for _, tok := range d.Tokens {
					if d.Text[tok.Start:tok.End] != tok.Text {
						t.Errorf("token %q at %d:%d reads %q", tok.Text, tok.Start, tok.End, d.Text[tok.Start:tok.End])
					}
				}
				id := d.ID
				if len(id) == 16 { // a hashed ID (ingest.HashID), not the fixture's own
					id = "*"
				}
				ids = append(ids, id)
			}
			if strings.Join(ids, ",") != strings.Join(tc.wantDocs, ",") {
				t.Errorf("docs %v, want %v", ids, tc.wantDocs)
			}
		})
	}
}

func TestCodeFormats(t *testing.T) {
	const article = "../../examples/ukraine-2022-02-24.txt"
	mentions := filepath.Join(t.TempDir(), "mentions.tsv")
	tests := []struct {
		name    string
		args    []string
		check   func(t *testing.T, out string)
		wantErr string
	}{
		{name: "jsonl", args: []string{"--format", "jsonl"}, check: func(t *testing.T, out string) {
			for _, l := range lines(out) {
				var e map[string]any
				if err := json.Unmarshal([]byte(l), &e); err != nil || e["schema"] != "petrel.event/1" {
					t.Fatalf("line %q: %v", l, err)
				}
			}
		}},
		{name: "plover", args: []string{"--format", "plover"}, check: func(t *testing.T, out string) {
			for _, l := range lines(out) {
				var e map[string]any
				if err := json.Unmarshal([]byte(l), &e); err != nil {
					t.Fatalf("line %q: %v", l, err)
				}
				for _, f := range export.PLOVERRequired {
					if e[f] == nil {
						t.Errorf("line %q: no %s", l, f)
					}
				}
			}
		}},
		{name: "gdelt", args: []string{"--format", "gdelt", "--mentions", mentions}, check: func(t *testing.T, out string) {
			if _, err := export.ReadGDELT(strings.NewReader(out), export.GDELTEventColumns); err != nil {
				t.Fatal(err)
			}
			b, err := os.ReadFile(mentions)
			if err != nil {
				t.Fatal(err)
			}
			if rows, err := export.ReadGDELT(bytes.NewReader(b), export.GDELTMentionColumns); err != nil || len(rows) == 0 {
				t.Fatalf("mentions: %d rows, %v", len(rows), err)
			}
		}},
		{name: "csv", args: []string{"--format", "csv"}, check: func(t *testing.T, out string) {
			rows, err := csv.NewReader(strings.NewReader(out)).ReadAll()
			if err != nil || len(rows) < 2 || !slices.Equal(rows[0], export.CSVHeader) {
				t.Fatalf("%d rows, %v", len(rows), err)
			}
		}},
		{name: "mentions without gdelt", args: []string{"--format", "plover", "--mentions", mentions}, wantErr: "--mentions needs --format gdelt"},
		{name: "xml", args: []string{"--format", "xml"}, wantErr: "unknown --format"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			args := append([]string{"code", "--published", "2022-02-24"}, tc.args...)
			out, _, err := runCLI(t, "", append(args, article)...)
			if tc.wantErr != "" {
				if err == nil || !strings.Contains(err.Error(), tc.wantErr) {
					t.Fatalf("err = %v, want %q", err, tc.wantErr)
				}
				return
			}
			if err != nil {
				t.Fatalf("err = %v", err)
			}
			if len(lines(out)) == 0 {
				t.Fatal("no output")
			}
			tc.check(t, out)
		})
	}
}

func lines(s string) []string {
	return strings.FieldsFunc(s, func(r rune) bool { return r == '\n' })
}

// TestCodeGDELTRoundTrip codes the example article as petrel JSON and as
// GDELT, reads the GDELT tables back and checks each row against the event
// it came from.
func TestCodeGDELTRoundTrip(t *testing.T) {
	const article = "../../examples/ukraine-2022-02-24.txt"
	out, _, err := runCLI(t, "", "code", "--published", "2022-02-24", article)
	if err != nil {
		t.Fatal(err)
	}
	events := map[string]doc.Event{}
	for _, l := range lines(out) {
		var e doc.Event
		if err := json.Unmarshal([]byte(l), &e); err != nil {
			t.Fatal(err)
		}
		events[e.ID] = e
	}
	mentions := filepath.Join(t.TempDir(), "mentions.tsv")
	out, _, err = runCLI(t, "", "code", "--published", "2022-02-24", "--format", "gdelt", "--mentions", mentions, article)
	if err != nil {
		t.Fatal(err)
	}
	rows, err := export.ReadGDELT(strings.NewReader(out), export.GDELTEventColumns)
	if err != nil {
		t.Fatal(err)
	}
	b, err := os.ReadFile(mentions)
	if err != nil {
		t.Fatal(err)
	}
	ms, err := export.ReadGDELT(bytes.NewReader(b), export.GDELTMentionColumns)
	if err != nil {
		t.Fatal(err)
	}
	eventOf := map[string]string{} // GLOBALEVENTID → petrel event id
	for _, m := range ms {
		eventOf[m[0]] = strings.TrimSuffix(strings.TrimPrefix(m[15], "<PETREL_ID>"), "</PETREL_ID>")
	}
	seen := map[string]bool{}
	for _, r := range rows {
		e, ok := events[eventOf[r[0]]]
		if !ok {
			t.Fatalf("row %s: no event %q", r[0], eventOf[r[0]])
		}
		seen[e.ID] = true
		if r[26] != e.CAMEO.Code || r[28] != e.CAMEO.Root || r[29] != strconv.Itoa(e.CAMEO.QuadClass) {
			t.Errorf("row %s: CAMEO %s/%s/%s, event %+v", r[0], r[26], r[28], r[29], e.CAMEO)
		}
		if r[1] != strings.ReplaceAll(e.Date, "-", "") && e.DatePrecision == "day" {
			t.Errorf("row %s: SQLDATE %s, event date %s", r[0], r[1], e.Date)
		}
		if !hasCode(e.Actors, r[5]) || !hasCode(e.Recipients, r[15]) {
			t.Errorf("row %s: dyad %s→%s not in event %s", r[0], r[5], r[15], e.ID)
		}
	}
	if len(seen) != len(events) {
		t.Errorf("%d of %d events in the GDELT export", len(seen), len(events))
	}
}

func hasCode(as []doc.ActorRef, code string) bool {
	if len(as) == 0 {
		return code == ""
	}
	for _, a := range as {
		if a.Code == code {
			return true
		}
	}
	return false
}
