package morph

import (
	"sort"
	"strings"
	"testing"
)

// setSlow is Set without the setKeeps shortcut.
func setSlow(feats, name, value string) string {
	var fs []string
	for f := range strings.SplitSeq(feats, "|") {
		if f == "" || f == "_" {
			continue
		}
		if k, _, _ := strings.Cut(f, "="); k == name {
			continue
		}
		fs = append(fs, f)
	}
	if value != "" {
		fs = append(fs, name+"="+value)
	}
	sort.Slice(fs, func(i, j int) bool { return lessLower(fs[i], fs[j]) })
	return strings.Join(fs, "|")
}

// TestSetKeeps checks that Set's shortcut returns what the full rebuild
// returns, on feature lists sorted or not, with repeats, empty and "_"
// features, names without values and odd case.
func TestSetKeeps(t *testing.T) {
	feats := []string{
		"", "_", "|", "Number=Sing", "Number=Sing|Person=3", "Person=3|Number=Sing",
		"Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin", "Number=Sing|Number=Sing",
		"Number=Plur|Number=Sing", "Number=Sing||Person=3", "Number=Sing|_", "Voice",
		"Tense=Past|VerbForm=Part|Voice=Pass", "Tense=Past|VerbForm=Part", "number=Sing|Number=Sing",
		"Abbr=Yes|abbr=Yes", "Case=Nom|Number=Sing|Person=1|PronType=Prs", "Voice=Pass|Tense=Past",
		"Number=Sing|Person=3|", "Person=", "Person=|Number=Sing",
	}
	names := []string{"Number", "Person", "Voice", "Tense", "Abbr"}
	values := []string{"", "Sing", "Plur", "3", "Pass", "Yes"}
	for _, f := range feats {
		for _, n := range names {
			for _, v := range values {
				if got, want := Set(f, n, v), setSlow(f, n, v); got != want {
					t.Errorf("Set(%q, %q, %q) = %q, want %q", f, n, v, got, want)
				}
			}
		}
	}
}
