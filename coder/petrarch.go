package coder

import (
	"fmt"
	"slices"
	"strings"

	"github.com/petrel-events/petrel/kb/petrarch"
)

// FromPETRARCH converts a PETRARCH (or TABARI-era) verb dictionary into a
// Dictionary, so that the coder can run with the Phoenix dictionaries or
// the PETRARCH test dictionaries. base supplies the word sets the grammar
// rules need (&SPEECH, &NEGATOR, ...; usually DefaultDictionary()); its
// classes are not used. The result keeps the dictionary's codes as
// written (Lenient).
//
// PETRARCH matches patterns against the words of the phrase-structure
// tree in order; petrel matches dependents. Each pattern "- PRE * POST
// [CODE]" is translated to its nearest dependency meaning:
//
//   - words after "*" are words of the verb's phrase after the verb, in
//     order (ElemAfter), words joined by "_" next to one another; a
//     "{...}" noun phrase is its last word with the others as its
//     modifiers;
//   - "(PREP X ...)" is an oblique or nominal modifier with that
//     preposition whose head is X (the last word before a nested
//     preposition; the other words modify it), "+" or "$" binding the
//     target or the source, "(PREP)" any such modifier;
//   - "+" right after "*" is the object as target; elsewhere after "*"
//     the first actor of the verb's phrase after the words matched before
//     it ("* EID AT ^ WITH +");
//   - words before "*" are words of the clause before the verb
//     (ElemBefore), "NOT" its negation; "+" before "*" makes the subject
//     the target (and the object the source); "%" asks for coordinated
//     subjects that act on one another;
//   - "&SYNSET" is the word set of that name; "^" skips and adds nothing;
//   - "[CODE:CODE]" yields the event and the reverse event; "[---]" a null
//     pattern that yields nothing.
//
// A block's verbs share its patterns; a verb with its own code gets the
// patterns with that default. Multi-word verbs ("+BREAK_DOWN",
// "RE_+ARREST") require their other words around the verb. Patterns that
// cannot be translated are reported in notes and skipped.
func FromPETRARCH(v *petrarch.Verbs, base *Dictionary) (d *Dictionary, notes []string, err error) {
	d = &Dictionary{Sets: map[string][]string{}, Lenient: true, AnyPrepTarget: true}
	if base != nil {
		for k, ws := range base.Sets {
			d.Sets[k] = ws
		}
	}
	for name := range v.Synsets {
		d.Sets[name] = synsetWords(v, name, 0)
	}
	for _, blk := range v.Blocks {
		cl := &Class{Name: blk.Name, Code: blk.Code, Pos: fmt.Sprintf("%s:%d", v.File, blk.Line)}
		var pats []*Pattern
		for _, p := range blk.Patterns {
			cp, err := convertPattern(p)
			if err != nil {
				notes = append(notes, fmt.Sprintf("%s:%d: %v; pattern skipped", v.File, p.Line, err))
				continue
			}
			cp.Pos = fmt.Sprintf("%s:%d", v.File, p.Line)
			if missing := unknownSets(d, cp); missing != "" {
				notes = append(notes, fmt.Sprintf("%s: unknown synset %s; pattern skipped", cp.Pos, missing))
				continue
			}
			consumeNegation(cp, d.Sets)
			pats = append(pats, cp)
		}
		groups := map[string]*Group{}
		for _, vb := range blk.Verbs {
			lemma, pre, post := splitVerb(vb.Word)
			if lemma == "" {
				notes = append(notes, fmt.Sprintf("%s:%d: no verb in %q; skipped", v.File, vb.Line, vb.Word))
				continue
			}
			code := vb.Code
			if code == "" {
				code = blk.Code
				if blk.Reverse != "" {
					code += ":" + blk.Reverse
				}
			}
			key := code + "|" + strings.Join(pre, " ") + "|" + strings.Join(post, " ")
			g := groups[key]
			if g == nil {
				g = &Group{Class: cl}
				extra := wordElems(ElemBefore, pre)
				extra = append(extra, wordElems(ElemAfter, post)...)
				for _, p := range pats {
					q := *p
					q.Group = g
					q.Elems = append(slices.Clone(extra), p.Elems...)
					g.Patterns = append(g.Patterns, &q)
				}
				main, rev, _ := strings.Cut(code, ":")
				if main == "" {
					main = NullCode
				}
				if main != NullCode || (rev != "" && rev != NullCode) {
					g.Patterns = append(g.Patterns, &Pattern{Group: g, Elems: slices.Clone(extra), Code: main, Reverse: rev,
						Pos: fmt.Sprintf("%s:%d", v.File, vb.Line), Text: "*"})
				}
				if len(g.Patterns) == 0 {
					continue
				}
				groups[key] = g
				cl.Groups = append(cl.Groups, g)
			}
			g.Verbs = appendNew(g.Verbs, lemma)
			if len(vb.Forms) == 0 {
				// PETRARCH forms the regular forms of a verb given without
				// irregular ones; they find the verb when the lemmatiser
				// does not ("welcomed" → "welcom").
				for _, f := range regularForms(lemma) {
					g.Verbs = appendNew(g.Verbs, f)
				}
			}
			for _, f := range vb.Forms {
				if fl, _, _ := splitVerb(f); fl != "" {
					g.Verbs = appendNew(g.Verbs, fl)
				}
			}
		}
		if len(cl.Groups) > 0 {
			d.Classes = append(d.Classes, cl)
		}
	}
	if errs := d.index(); len(errs) > 0 {
		return d, notes, joinErrors(errs)
	}
	return d, notes, nil
}

// regularForms returns the regular -s, -ed and -ing forms of a verb.
func regularForms(v string) []string {
	if len(v) < 2 {
		return nil
	}
	last, prev := v[len(v)-1], v[len(v)-2]
	vowel := func(c byte) bool { return strings.IndexByte("aeiou", c) >= 0 }
	var s, ed, ing string
	switch {
	case strings.HasSuffix(v, "s") || strings.HasSuffix(v, "x") || strings.HasSuffix(v, "z") || strings.HasSuffix(v, "ch") || strings.HasSuffix(v, "sh"):
		s = v + "es"
	case last == 'y' && !vowel(prev):
		s = v[:len(v)-1] + "ies"
	default:
		s = v + "s"
	}
	switch {
	case last == 'e':
		ed = v + "d"
	case last == 'y' && !vowel(prev):
		ed = v[:len(v)-1] + "ied"
	default:
		ed = v + "ed"
	}
	if last == 'e' && prev != 'e' {
		ing = v[:len(v)-1] + "ing"
	} else {
		ing = v + "ing"
	}
	return []string{s, ed, ing}
}

func appendNew(xs []string, x string) []string {
	if slices.Contains(xs, x) {
		return xs
	}
	return append(xs, x)
}

// splitVerb splits a dictionary verb ("+BREAK_DOWN", "RE_+ARREST",
// "CORDON_OFF") into its verb word and the words before and after it, in
// lower case.
func splitVerb(w string) (verb string, pre, post []string) {
	parts := strings.Split(strings.ToLower(strings.Trim(w, "_")), "_")
	at := 0
	for i, p := range parts {
		if strings.HasPrefix(p, "+") {
			at = i
		}
	}
	for i, p := range parts {
		p = strings.TrimPrefix(p, "+")
		switch {
		case p == "":
		case i < at:
			pre = append(pre, p)
		case i == at:
			verb = p
		default:
			post = append(post, p)
		}
	}
	return verb, pre, post
}

func wordElems(k ElemKind, ws []string) []Elem {
	var out []Elem
	for _, w := range ws {
		out = append(out, Elem{Kind: k, Words: []string{w}})
	}
	return out
}

// synsetWords returns the lower-case members of a synset, with nested
// synsets expanded; members that are phrases of a pattern ("(TO THE
// END)") cannot be matched as words and are left out.
func synsetWords(v *petrarch.Verbs, name string, depth int) []string {
	s := v.Synsets[name]
	if s == nil || depth > 5 {
		return nil
	}
	var out []string
	for _, p := range s.Phrases {
		switch {
		case strings.HasPrefix(p, "("):
		case strings.HasPrefix(p, "&"):
			out = append(out, synsetWords(v, strings.TrimSuffix(p, "_"), depth+1)...)
		default:
			w := strings.Join(strings.Fields(strings.ReplaceAll(strings.Trim(p, "_"), "_", " ")), " ")
			if w != "" {
				out = append(out, strings.ToLower(w))
			}
		}
	}
	return out
}

func unknownSets(d *Dictionary, p *Pattern) string {
	for _, w := range p.setRefs() {
		if _, ok := d.Sets[w]; !ok {
			return w
		}
	}
	return ""
}

// convertPattern translates one PETRARCH pattern.
func convertPattern(p petrarch.Pattern) (*Pattern, error) {
	var out Pattern
	out.Text = "- " + p.Raw
	out.Code, out.Reverse = p.Code, p.Reverse
	if out.Code == "" {
		out.Code = NullCode
	}
	swap := false
	for pi, e := range p.Pre {
		switch e.Kind {
		case petrarch.Word:
			ws := words(e.Text)
			// "RECENTLY_*": the last word joined to the verb comes
			// right before it.
			touch := pi == len(p.Pre)-1 && strings.HasSuffix(e.Text, "_")
			for j, w := range ws {
				if w == "not" || w == "n't" {
					out.Elems = append(out.Elems, Elem{Kind: ElemNot})
					continue
				}
				out.Elems = append(out.Elems, Elem{Kind: ElemBefore, Words: []string{w}, Next: j > 0 || e.Joined, Touch: touch && j == len(ws)-1})
			}
		case petrarch.SynsetRef:
			out.Elems = append(out.Elems, Elem{Kind: ElemBefore, Words: []string{e.Text}})
		case petrarch.Target:
			swap = true
		case petrarch.Compound:
			out.Elems = append(out.Elems, Elem{Kind: ElemCompound})
		case petrarch.PrepPhrase:
			pe, err := convertPrep(e)
			if err != nil {
				return nil, err
			}
			out.Elems = append(out.Elems, pe)
		case petrarch.NounPhrase:
			np, ok := nounPhrase(ElemBefore, e.Children)
			if ok {
				out.Elems = append(out.Elems, np)
			}
		}
	}
	for i, e := range p.Post {
		switch e.Kind {
		case petrarch.Word:
			// Words joined by "_" follow one another ("NEW_&TIETYPES_RELATIONS"
			// does not match "new global economic relations").
			for j, w := range words(e.Text) {
				// "*_UPON": a word joined to the verb comes right after it.
				next := j > 0 || e.Joined || i == 0 && strings.HasPrefix(e.Text, "_")
				out.Elems = append(out.Elems, Elem{Kind: ElemAfter, Words: []string{w}, Next: next})
			}
		case petrarch.SynsetRef:
			out.Elems = append(out.Elems, Elem{Kind: ElemAfter, Words: []string{e.Text}})
		case petrarch.Skip:
			if i > 0 {
				// "* IFTAR IN ^ +": a noun phrase between the words
				// and the target.
				out.Elems = append(out.Elems, Elem{Kind: ElemAfter, Skip: true})
			}
		case petrarch.Target:
			if i == 0 {
				out.Elems = append(out.Elems, Elem{Kind: ElemTarget})
			} else {
				// "* EID AT ^ WITH +": the actor after the words
				// matched so far.
				out.Elems = append(out.Elems, Elem{Kind: ElemAfter, Actor: true})
			}
		case petrarch.Source:
			if i > 0 && swap {
				// "+ HOSTING * MAY_DAY $": the actor after the words
				// is the source; bound as the target, which the swap
				// makes the source.
				out.Elems = append(out.Elems, Elem{Kind: ElemAfter, Actor: true})
			}
		case petrarch.Compound:
			if i > 0 {
				// "* WITH %": coordinated actors after the words,
				// the targets.
				out.Elems = append(out.Elems, Elem{Kind: ElemAfter, Actor: true, Coord: true})
			} else {
				out.Elems = append(out.Elems, Elem{Kind: ElemCompound})
			}
		case petrarch.PrepPhrase:
			pe, err := convertPrep(e)
			if err != nil {
				return nil, err
			}
			out.Elems = append(out.Elems, pe)
		case petrarch.NounPhrase:
			if np, ok := nounPhrase(ElemAfter, e.Children); ok {
				out.Elems = append(out.Elems, np)
			}
		}
	}
	out.Options.Swap = swap
	out.SubjectTarget = swap
	out.NamedSource = hasSource(p.Pre) || hasSource(p.Post)
	return &out, nil
}

// hasSource reports whether a pattern's elements name the source ("$").
func hasSource(es []petrarch.Elem) bool {
	for _, e := range es {
		if e.Kind == petrarch.Source || hasSource(e.Children) {
			return true
		}
	}
	return false
}

// negatorWords are the words that make a pattern about a negated verb.
var negatorWords = map[string]bool{"not": true, "n't": true, "never": true, "no": true}

// consumeNegation adds a "not" element to a pattern whose words (or word
// sets) negate the verb ("&NEGATVAUXVRB * OVER EFFORTS" with "DID N'T"):
// the negation is the pattern's business, and the event is not dropped as
// negated.
func consumeNegation(p *Pattern, sets map[string][]string) {
	neg := false
	var walk func(es []Elem)
	walk = func(es []Elem) {
		for _, e := range es {
			if e.Kind == ElemNot {
				return
			}
			for _, w := range e.Words {
				ws := []string{w}
				if strings.HasPrefix(w, "&") {
					ws = sets[w]
				}
				for _, x := range ws {
					for _, f := range strings.Fields(x) {
						neg = neg || negatorWords[f]
					}
				}
			}
			walk(e.Sub)
		}
	}
	walk(p.Elems)
	if neg {
		p.Elems = append(p.Elems, Elem{Kind: ElemNot})
	}
}

// words splits a pattern word ("REAL_PLEASANT", "CLOSURE_") into lower-case
// words.
func words(s string) []string {
	var out []string
	for _, w := range strings.Split(s, "_") {
		switch {
		case strings.HasPrefix(w, "&"):
			out = append(out, strings.ToUpper(w))
		case w != "":
			out = append(out, strings.ToLower(w))
		}
	}
	return out
}

// nounPhrase turns the elements of a "{...}" noun phrase into an element
// of kind k for its head (the last word) with the other words as its
// modifiers.
func nounPhrase(k ElemKind, es []petrarch.Elem) (Elem, bool) {
	var ws []string
	for _, e := range es {
		switch e.Kind {
		case petrarch.Word:
			ws = append(ws, words(e.Text)...)
		case petrarch.SynsetRef:
			ws = append(ws, e.Text)
		case petrarch.NounPhrase:
			for _, c := range e.Children {
				if c.Kind == petrarch.Word {
					ws = append(ws, words(c.Text)...)
				}
			}
		}
	}
	if len(ws) == 0 {
		return Elem{}, false
	}
	head := Elem{Kind: k, Words: []string{ws[len(ws)-1]}}
	for _, w := range ws[:len(ws)-1] {
		head.Sub = append(head.Sub, Elem{Kind: ElemWord, Words: []string{w}})
	}
	return head, true
}

// innerPreps end the head chunk of a prepositional phrase: "(TO THE END
// OF THE EARTH)" is headed by "end".
var innerPreps = map[string]bool{"of": true, "for": true, "in": true, "on": true, "to": true, "with": true, "from": true, "by": true, "about": true, "at": true}

// convertPrep translates "(PREP ...)".
func convertPrep(e petrarch.Elem) (Elem, error) {
	if len(e.Children) == 0 || e.Children[0].Kind != petrarch.Word {
		return Elem{}, fmt.Errorf("prepositional phrase without a preposition")
	}
	pw := words(e.Children[0].Text)
	if len(pw) == 0 {
		return Elem{}, fmt.Errorf("prepositional phrase without a preposition")
	}
	out := Elem{Kind: ElemPrep, Prep: strings.Join(pw, " ")}
	var ws []string
	var role *Elem
	headDone := false
	var head []string
	for _, c := range e.Children[1:] {
		switch c.Kind {
		case petrarch.Target:
			if role == nil {
				role = &Elem{Kind: ElemTarget}
			}
		case petrarch.Source:
			if role == nil {
				role = &Elem{Kind: ElemSource}
			}
		case petrarch.Word, petrarch.SynsetRef, petrarch.NounPhrase:
			var cw []string
			switch c.Kind {
			case petrarch.Word:
				cw = words(c.Text)
			case petrarch.SynsetRef:
				cw = []string{c.Text}
			default:
				for _, x := range c.Children {
					if x.Kind == petrarch.Word {
						cw = append(cw, words(x.Text)...)
					} else if x.Kind == petrarch.SynsetRef {
						cw = append(cw, x.Text)
					}
				}
			}
			for _, w := range cw {
				if w == "the" || w == "a" || w == "an" {
					continue
				}
				if !headDone && len(head) > 0 && innerPreps[w] {
					headDone = true
					continue
				}
				if headDone {
					if !innerPreps[w] {
						ws = append(ws, w)
					}
				} else {
					head = append(head, w)
				}
			}
		}
	}
	switch {
	case role != nil:
		out.Sub = []Elem{*role}
	case len(head) == 0:
		out.Sub = []Elem{{Kind: ElemAny}}
	default:
		h := Elem{Kind: ElemWord, Words: []string{head[len(head)-1]}}
		for _, w := range append(head[:len(head)-1], ws...) {
			h.Sub = append(h.Sub, Elem{Kind: ElemWord, Words: []string{w}})
		}
		out.Sub = []Elem{h}
	}
	return out, nil
}

// DiscardsFromPETRARCH converts a PETRARCH discard list.
func DiscardsFromPETRARCH(ls ...*petrarch.Discards) *Discards {
	d := &Discards{}
	for _, l := range ls {
		for _, x := range l.Discards {
			p := DiscardPhrase{Phrase: x.Phrase, Exact: x.Exact}
			if x.Story {
				d.Story = append(d.Story, p)
			} else {
				d.Sentence = append(d.Sentence, p)
			}
		}
	}
	return d
}
