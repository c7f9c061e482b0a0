package coder_test

import (
	"bufio"
	"os"
	"strings"
	"testing"
)

// scanBatchFile reads a file of invented sentences and their expectations,
// the layout the event, modality and PLOVER batches share: a line at the
// left margin is a sentence (or a directive such as "@batch …"), an
// indented line (tab or space) an expectation of the sentence above it;
// blank lines and lines starting with "#" are skipped. n is the line
// number, for error messages.
func scanBatchFile(t *testing.T, path string, sentence func(n int, line string), expect func(n int, line string)) {
	t.Helper()
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	for n := 1; sc.Scan(); n++ {
		line := sc.Text()
		switch {
		case strings.TrimSpace(line) == "" || strings.HasPrefix(line, "#"):
		case line[0] == '\t' || line[0] == ' ':
			expect(n, line)
		default:
			sentence(n, line)
		}
	}
	if err := sc.Err(); err != nil {
		t.Fatalf("%s: %v", path, err)
	}
}
