package coder

import (
	"strings"

	"github.com/petrel-events/petrel/doc"
)

// mentionIndex maps the tokens of one sentence to the actor mentions that
// cover them.
type mentionIndex struct {
	t  *tree
	at []*doc.Mention // token → innermost covering mention, or nil
}

func newMentionIndex(d *doc.Doc, t *tree, s int, knownOnly bool) *mentionIndex {
	mi := &mentionIndex{t: t, at: make([]*doc.Mention, len(t.toks))}
	for k := range d.Actors {
		m := &d.Actors[k]
		if m.Sentence != s || m.Via == "nonactor" || knownOnly && m.Code == "" {
			continue
		}
		for i, tok := range t.toks {
			if m.Span.Contains(tok.Span) {
				if cur := mi.at[i]; cur == nil || cur.Len() > m.Len() {
					mi.at[i] = m
				}
			}
		}
	}
	return mi
}

// partnerPreps join a second actor to a first: "X, along with Y".
var partnerPreps = map[string]bool{"along with": true, "together with": true, "as well as": true, "alongside": true}

// actors returns the actors of the argument phrases headed by args,
// following coordination ("X and Y", "X, along with Y") and, when the head
// itself is no actor, its possessor or of-modifier ("Russia's framing", "the
// presence of foreign soldiers").
func (mi *mentionIndex) actors(args []int) []*doc.Mention {
	var out []*doc.Mention
	seen := map[*doc.Mention]bool{}
	add := func(m *doc.Mention) {
		if m != nil && !seen[m] {
			seen[m] = true
			out = append(out, m)
		}
	}
	for _, a := range args {
		mi.collect(a, 0, add)
	}
	return out
}

func (mi *mentionIndex) collect(i, depth int, add func(*doc.Mention)) {
	t := mi.t
	if depth > 3 {
		return
	}
	if m := mi.at[i]; m != nil {
		add(mi.refine(i, m))
	} else {
		// The head is no actor: look inside the phrase.
		found := false
		for _, rel := range []string{"nmod:poss", "nmod", "compound", "appos", "amod"} {
			for _, k := range t.children(i, rel) {
				if rel == "nmod" && t.prep(k) != "of" {
					continue
				}
				if m := mi.at[k]; m != nil {
					add(m)
					found = true
				}
			}
			if found {
				break
			}
		}
		if !found {
			for _, k := range t.children(i, "nmod") {
				if t.prep(k) == "of" {
					mi.collect(k, depth+1, add)
				}
			}
		}
	}
	for _, k := range t.children(i, "conj") {
		mi.collect(k, depth+1, add)
	}
	for _, k := range t.children(i, "obl", "nmod") {
		if partnerPreps[t.prep(k)] {
			mi.collect(k, depth+1, add)
		}
	}
}

// refine returns the mention of a compound modifier of i that codes the
// same actor more precisely than m ("Bree Prime Minister Romendacil":
// BREGOV rather than BRE), else m.
func (mi *mentionIndex) refine(i int, m *doc.Mention) *doc.Mention {
	t := mi.t
	for _, k := range t.children(i, "compound", "flat") {
		m2 := mi.at[k]
		if m2 != nil && m2 != m && m.Code != "" && len(m2.Code) > len(m.Code) && strings.HasPrefix(m2.Code, m.Code) {
			return m2
		}
	}
	return m
}
