package places

import (
	"strings"
	"testing"
)

// TestLists lints the hand-edited word lists: one entry a line, no blank
// padding, no duplicates.
func TestLists(t *testing.T) {
	for _, file := range []string{"data/stop.txt", "data/titles.txt", "data/institutions.txt", "data/forenames.txt", "data/streets.txt", "data/openers.txt", "data/features-after.txt", "data/features-before.txt", "data/dateline-labels.txt"} {
		b, err := dataFS.ReadFile(file)
		if err != nil {
			t.Fatal(err)
		}
		seen := map[string]int{}
		for n, l := range strings.Split(string(b), "\n") {
			if l == "" || strings.HasPrefix(l, "#") {
				continue
			}
			if strings.TrimSpace(l) != l || strings.Contains(l, "\t") {
				t.Errorf("%s:%d: %q has padding or a tab", file, n+1, l)
			}
			if p, ok := seen[l]; ok {
				t.Errorf("%s:%d: %q repeats line %d", file, n+1, l, p)
			}
			seen[l] = n + 1
		}
	}
}
