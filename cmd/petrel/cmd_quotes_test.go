package main

import (
	"errors"
	"strings"
	"testing"
)

func TestQuotesLint(t *testing.T) {
	out, err := run(t, "quotes", "lint")
	if err != nil || out != "" {
		t.Fatalf("lint of the embedded cue list: %v\n%s", err, out)
	}
	out, err = run(t, "quotes", "lint", "testdata/quotes-broken")
	var ee exitError
	if !errors.As(err, &ee) || ee.code != 1 {
		t.Fatalf("lint of a broken list: err %v", err)
	}
	for _, want := range []string{
		"data/cues.txt:3: \"Say\" is not lower case",
		"data/cues.txt:4: unknown section",
	} {
		if !strings.Contains(out, want) {
			t.Errorf("lint output lacks %q:\n%s", want, out)
		}
	}
}
