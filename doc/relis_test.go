package doc

import (
	"slices"
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

// TestTreeKids checks the children lists Tree cuts from one array: in
// sentence order, nil for a leaf, and an append to one list leaves the
// heads and the other lists alone.
func TestTreeKids(t *testing.T) {
	// Heads (1-based, 0 root): 2 0 2 5 3 5, and a head out of range.
	heads := []int{2, 0, 2, 5, 3, 5, 9}
	d := &Doc{Sentences: []Sentence{{TokenStart: 0, TokenEnd: len(heads)}}}
	for _, h := range heads {
		d.Tokens = append(d.Tokens, Token{Head: h})
	}
	tr := d.Tree(0)
	want := [][]int{nil, {0, 2}, {4}, nil, {3, 5}, nil, nil}
	for i, w := range want {
		if !slices.Equal(tr.Kids[i], w) || (w == nil) != (tr.Kids[i] == nil) {
			t.Errorf("Kids[%d] = %v, want %v", i, tr.Kids[i], w)
		}
	}
	if !slices.Equal(tr.Heads, []int{1, -1, 1, 4, 2, 4, -1}) {
		t.Errorf("Heads = %v", tr.Heads)
	}
	tr.Kids[1] = append(tr.Kids[1], 6)
	tr.Heads = append(tr.Heads, 99)
	if !slices.Equal(tr.Kids[2], []int{4}) || !slices.Equal(tr.Kids[4], []int{3, 5}) || !slices.Equal(tr.Heads[:7], []int{1, -1, 1, 4, 2, 4, -1}) {
		t.Errorf("append overwrote: Kids %v, Heads %v", tr.Kids, tr.Heads)
	}
}
