package main

import (
	"bytes"
	"errors"
	"strings"
	"testing"
)

func run(t *testing.T, args ...string) (string, error) {
	t.Helper()
	cmd := newRootCmd()
	var out, errOut bytes.Buffer
	cmd.SetOut(&out)
	cmd.SetErr(&errOut)
	cmd.SetArgs(args)
	err := cmd.Execute()
	return out.String(), err
}

func TestKBLint(t *testing.T) {
	out, err := run(t, "kb", "lint")
	if err != nil || out != "" {
		t.Fatalf("lint of the embedded KB: %v\n%s", err, out)
	}
	out, err = run(t, "kb", "lint", "../../kb/testdata/broken")
	var ee exitError
	if !errors.As(err, &ee) || ee.code != 1 {
		t.Fatalf("lint of broken fixtures: err %v", err)
	}
	for _, want := range []string{
		"../../kb/testdata/broken/bad_date.kb:3: bad date",
		"../../kb/testdata/broken/unknown_parent.kb:1: unknown parent \"nowhere\"",
		"../../kb/testdata/broken/bad_sex.kb:3: bad sex \"female\": want m or f",
	} {
		if !strings.Contains(out, want) {
			t.Errorf("lint output lacks %q:\n%s", want, out)
		}
	}
	if n := strings.Count(out, "\n"); n != 17 {
		t.Errorf("%d problems, want 17", n)
	}
}

func TestKBWho(t *testing.T) {
	tests := []struct {
		on, want string
	}{
		{"2010-06-01", "*              Vladimir Putin  RUSGOV  RUS      GOV     prime minister"},
		{"2025-09-05", "*              Vladimir Putin  RUSGOV  RUS      GOV     president       2012-05-07"},
	}
	for _, tt := range tests {
		out, err := run(t, "kb", "who", "Putin", "--on", tt.on, "--kb", "../../kb/testdata/good")
		if err != nil {
			t.Fatal(err)
		}
		lines := strings.Split(out, "\n")
		if len(lines) < 2 || !strings.HasPrefix(strings.Join(strings.Fields(lines[1]), " "), strings.Join(strings.Fields(tt.want), " ")) {
			t.Errorf("who Putin --on %s:\n%s\nwant second line starting %q", tt.on, out, tt.want)
		}
	}
	out, err := run(t, "kb", "who", "Putin", "--on", "2025-09-05", "--kb", "../../kb/testdata/good", "--json")
	if err != nil || !strings.Contains(out, `"code": "RUSGOV"`) || !strings.Contains(out, `"active": true`) {
		t.Errorf("who --json: %v\n%s", err, out)
	}
}

func TestKBStats(t *testing.T) {
	out, err := run(t, "kb", "stats")
	if err != nil || !strings.Contains(out, "country") || !strings.Contains(out, "aliases") {
		t.Errorf("stats: %v\n%s", err, out)
	}
}
