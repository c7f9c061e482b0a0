package doc

import (
	"strings"
	"testing"
)

// relIsRule is RelIs's rule written plainly.
func relIsRule(r string, rels ...string) bool {
	base, _, _ := strings.Cut(r, ":")
	for _, want := range rels {
		if r == want || (!strings.Contains(want, ":") && base == want) {
			return true
		}
	}
	return false
}

func TestRelIs(t *testing.T) {
	rels := []string{"", "nsubj", "nsubj:pass", "obl", "obl:tmod", "obl:npmod", "compound:prt", "compound", ":", "acl:relcl", "x:y:z", "x"}
	wants := [][]string{
		nil, {""}, {"nsubj"}, {"nsubj:pass"}, {"obl", "nsubj"}, {"obl:tmod"}, {"compound:prt", "advmod"},
		{":"}, {"acl", "advcl"}, {"x"}, {"x:y"}, {"x:y:z"}, {"nsubj:pass", "obl"},
	}
	for _, r := range rels {
		tr := &Tree{Tokens: []Token{{DepRel: r}}}
		for _, w := range wants {
			if got, want := tr.RelIs(0, w...), relIsRule(r, w...); got != want {
				t.Errorf("RelIs(%q, %q) = %v, want %v", r, w, got, want)
			}
		}
	}
	// Spot checks of the rule itself.
	tr := &Tree{Tokens: []Token{{DepRel: "nsubj:pass"}}}
	if !tr.RelIs(0, "nsubj") || tr.RelIs(0, "nsubj:outer") || !tr.RelIs(0, "obj", "nsubj:pass") {
		t.Error("nsubj:pass")
	}
}
