package actors

import (
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/petrel-events/petrel/doc"
	"github.com/petrel-events/petrel/kb"
)

// mediaInitials maps the initials of the names of the KB's news
// organisations ("Associated Press" AP, "United Press International" UPI)
// to them, leaving out initials two of them share. Wire agencies sign
// datelines with them ("DALLAS (AP) —"), where bare "AP" and "UPI", which
// are other things elsewhere, name the agency.
func mediaInitials(k *kb.KB) map[string]*kb.Entity {
	out := map[string]*kb.Entity{}
	shared := map[string]bool{}
	for _, e := range k.Entities() {
		if e.Kind != kb.KindOrg || e.Sector != "MED" {
			continue
		}
		var b strings.Builder
		for w := range strings.FieldsFuncSeq(e.Name, func(r rune) bool { return r == ' ' || r == '-' }) {
			if r, _ := utf8.DecodeRuneInString(w); unicode.IsUpper(r) {
				b.WriteRune(r)
			}
		}
		in := b.String()
		if utf8.RuneCountInString(in) < 2 {
			continue
		}
		if _, dup := out[in]; dup {
			shared[in] = true
		}
		out[in] = e
	}
	for in := range shared {
		delete(out, in)
	}
	return out
}

// datelines reads the dateline that opens a sentence: a few capitalised
// place words, commas, abbreviations and a date, then a news agency in
// brackets ("KESTRIA CITY, May 3 (AP) —", "Porto Novo (AFP) –"). The
// agency is that news organisation (an initialism the KB does not list
// by itself is read by mediaInitials); the place words name where the
// story was filed, not an actor, and their mentions ("WASHINGTON" as the
// seat of the US government) are dropped. The agency's mention is marked
// "dateline": it signs the story and is no antecedent of "it". Run before coreference, which
// numbers mentions.
func (r *Recognizer) datelines(d *doc.Doc) {
	var drop []bool
	added := false
	for s, sent := range d.Sentences {
		open := -1
		for k := sent.TokenStart; k < sent.TokenEnd && k < sent.TokenStart+10; k++ {
			t := d.Tokens[k].Text
			if t == "(" {
				open = k
				break
			}
			if !datelineWord(t) {
				break
			}
		}
		if open <= sent.TokenStart || !upperStart(d.Tokens[sent.TokenStart].Text) {
			continue
		}
		end := open + 1
		for end < sent.TokenEnd && end < open+4 && d.Tokens[end].Text != ")" {
			end++
		}
		if end >= sent.TokenEnd || end == open+1 || d.Tokens[end].Text != ")" {
			continue
		}
		agency := doc.Span{Start: d.Tokens[open+1].Start, End: d.Tokens[end-1].End}
		prefix := doc.Span{Start: d.Tokens[sent.TokenStart].Start, End: d.Tokens[open].Start}
		found := false
		for k := range d.Actors {
			m := &d.Actors[k]
			if m.Sentence != s || m.Span != agency {
				continue
			}
			if m.Sector == "MED" {
				m.Via, found = "dateline", true
			} else if e := r.media[m.Text]; e != nil && m.Code == "" {
				m.Code, m.Country, m.Sector = e.Code, e.Country, e.Sector
				m.Name, m.KBID, m.Kind, m.Via = e.Name, e.ID, "org", "dateline"
				found = true
			}
		}
		if e := r.media[d.Text[agency.Start:agency.End]]; !found && e != nil && !covered(d.Actors, agency) {
			m := doc.Mention{Span: agency, Text: d.Text[agency.Start:agency.End], Sentence: s, Antecedent: -1}
			m.Code, m.Country, m.Sector, m.Name, m.KBID, m.Kind, m.Via = e.Code, e.Country, e.Sector, e.Name, e.ID, "org", "dateline"
			if drop != nil {
				drop = append(drop, false)
			}
			d.Actors = append(d.Actors, m)
			found, added = true, true
		}
		if !found {
			continue
		}
		for k, m := range d.Actors {
			if m.Sentence == s && prefix.Contains(m.Span) {
				if drop == nil {
					drop = make([]bool, len(d.Actors))
				}
				drop[k] = true
			}
		}
	}
	if added {
		// Mentions are in text order; none refers to another yet.
		order := make([]int, len(d.Actors))
		for k := range order {
			order[k] = k
		}
		sort.SliceStable(order, func(i, j int) bool { return d.Actors[order[i]].Start < d.Actors[order[j]].Start })
		ms := make([]doc.Mention, len(d.Actors))
		var dr []bool
		if drop != nil {
			dr = make([]bool, len(d.Actors))
		}
		for i, k := range order {
			ms[i] = d.Actors[k]
			if drop != nil {
				dr[i] = drop[k]
			}
		}
		d.Actors, drop = ms, dr
	}
	dropActors(d, drop)
}

// datelineWord reports whether a token may stand in a dateline before its
// agency: a capitalised word or abbreviation ("Mass.", "N.H."), a comma,
// a slash or a day's number.
func datelineWord(t string) bool {
	switch {
	case t == "," || t == "/":
		return true
	case t[0] >= '0' && t[0] <= '9':
		return len(t) <= 2
	}
	return upperStart(t)
}

// upperStart reports whether t starts with an upper-case letter.
func upperStart(t string) bool {
	r, _ := utf8.DecodeRuneInString(t)
	return unicode.IsUpper(r)
}
