package actors

import (
	"cmp"
	"strings"
	"unicode"

	"github.com/petrel-events/petrel/doc"
	"github.com/petrel-events/petrel/kb"
)

// bareSurnames gives a one-word name still unknown, that no fuller name
// of the document ends in, the KB person whose surname it is, chosen
// among the people of that surname by the countries the document
// mentions ("Obama met Castro in Havana": a Cuban Castro, not Julián
// Castro of the United States nor a town of that name in Brazil). Only
// people who hold a role on the document's date, and whose country a
// mention other than a person's names in the name's sentence or the one
// before, are candidates; the best is the one whose country its own
// sentence names, then whose country the document names most often; a
// tie, or no candidate, leaves the name unknown, as does a name where a
// person's cannot stand (personSlot).
func (r *Recognizer) bareSurnames(d *doc.Doc) {
	var named map[string]int       // country -> mentions in the document
	var inSentence map[[2]any]bool // (sentence, country) named there
	for k := range d.Actors {
		m := &d.Actors[k]
		if m.Via != "unknown" || m.Code != "" || strings.Contains(m.Text, " ") || len(m.Text) < 3 {
			continue
		}
		cands := r.surnames[m.Text]
		if len(cands) == 0 || !unicode.IsUpper([]rune(m.Text)[0]) || fullerName(d, k) || !personSlot(d, m.Span) {
			continue
		}
		if named == nil {
			named, inSentence = map[string]int{}, map[[2]any]bool{}
			for _, a := range d.Actors {
				if a.Country == "" || a.Kind == "person" || a.Via == "unknown" || a.Via == "nonactor" || a.Via == "modifier" {
					continue
				}
				named[a.Country]++
				inSentence[[2]any{a.Sentence, a.Country}] = true
			}
		}
		on := d.Published.Time
		type score struct {
			e          *kb.Entity
			here, role bool
			count      int
		}
		better := func(a, b score) int {
			if c := cmpBool(a.here, b.here); c != 0 {
				return c
			}
			return cmp.Compare(a.count, b.count)
		}
		var best, second *score
		for _, e := range cands {
			if e.Country == "" || named[e.Country] == 0 {
				continue
			}
			_, role := e.RoleOn(on)
			here := inSentence[[2]any{m.Sentence, e.Country}] || inSentence[[2]any{m.Sentence - 1, e.Country}]
			if !role || !here {
				continue
			}
			sc := score{e: e, here: inSentence[[2]any{m.Sentence, e.Country}], count: named[e.Country]}
			switch {
			case best == nil || better(sc, *best) > 0:
				second, best = best, &sc
			case second == nil || better(sc, *second) > 0:
				second = &sc
			}
		}
		if best == nil || second != nil && better(*best, *second) == 0 {
			continue
		}
		e := best.e
		m.Code, m.Country, m.Sector, _ = r.kb.Resolve(e.ID, on)
		if m.Code == "" {
			m.Code = e.Country
		}
		if m.Country == "" {
			m.Country = e.Country
		}
		m.Name, m.KBID, m.Kind, m.Via = e.Name, e.ID, "person", "kb"
	}
}

// fullerName reports whether another mention of the document is a longer
// name that ends in mention k's ("Jim Castro" ... "Castro"): the name is
// that one's, known to the KB or not.
func fullerName(d *doc.Doc, k int) bool {
	m := d.Actors[k]
	for j, a := range d.Actors {
		if j != k && len(a.Text) > len(m.Text)+1 && strings.HasSuffix(a.Text, " "+m.Text) {
			return true
		}
	}
	return false
}

// cmpBool orders false before true.
func cmpBool(a, b bool) int {
	switch {
	case a == b:
		return 0
	case a:
		return 1
	}
	return -1
}

// personSlot reports whether the one-word name at span stands where a
// person's name may: not after a preposition or determiner ("in Warren",
// "at Austin", "from Bloomberg", "the Castro government"), nor before a
// capitalised word, a number or a possessive that make it part of
// another name ("Fox 35", "Warner Music", "Walker's Point").
func personSlot(d *doc.Doc, span doc.Span) bool {
	for i, t := range d.Tokens {
		if t.Start != span.Start {
			continue
		}
		if i > 0 && d.Tokens[i-1].Sentence == t.Sentence {
			switch d.Tokens[i-1].UPOS {
			case "ADP", "DET":
				return false
			}
		}
		if i+1 < len(d.Tokens) && d.Tokens[i+1].Sentence == t.Sentence {
			next := d.Tokens[i+1]
			r := []rune(next.Text)
			if len(r) > 0 && (unicode.IsUpper(r[0]) || unicode.IsDigit(r[0])) || next.Text == "'s" || next.Text == "’s" || next.UPOS == "NOUN" {
				return false
			}
		}
		return true
	}
	return false
}
