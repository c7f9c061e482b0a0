package kb

import (
	"sort"
	"strings"
	"time"

	"github.com/petrel-events/petrel/actorcode"
)

// Candidate is one answer of Who: an entity, and for people one of its
// roles.
type Candidate struct {
	Entity  *Entity
	Via     Field  // how the name matched
	Role    *Role  // nil for entities without roles
	Code    string // the role's code, or the entity's
	Country string
	Sector  string
	// Active is true when the role holds on the date asked (always true
	// for entities without roles).
	Active bool
}

// Who returns the entities known by name s, each person once per role,
// with the roles valid on day on first (the most recently started first),
// then the others (most recent first), then entities without roles. Names
// are matched as written first; when nothing matches, regardless of case.
func (k *KB) Who(s string, on time.Time) []Candidate {
	refs := k.Lookup(s)
	if len(refs) == 0 {
		low := strings.ToLower(s)
		for key, rs := range k.exact {
			if strings.ToLower(key) == low {
				refs = append(refs, rs...)
			}
		}
	}
	var out []Candidate
	seen := map[*Entity]bool{}
	for _, r := range refs {
		e := r.Entity
		if seen[e] {
			continue
		}
		seen[e] = true
		if len(e.Roles) == 0 {
			c := Candidate{Entity: e, Via: r.Field, Code: e.Code, Country: e.Country, Sector: e.Sector, Active: true}
			if c.Code == "" && c.Sector == "" && e.Kind == KindPerson {
				c.Code = e.Country
			}
			if cc, sec := codeInfo(c.Code); c.Code != "" {
				if c.Country == "" {
					c.Country = cc
				}
				if c.Sector == "" {
					c.Sector = sec
				}
			}
			out = append(out, c)
			continue
		}
		anyActive := false
		for i := range e.Roles {
			role := &e.Roles[i]
			cc, sec := codeInfo(role.Code)
			if cc == "" {
				cc = e.Country
			}
			active := role.ActiveOn(on)
			anyActive = anyActive || active
			out = append(out, Candidate{Entity: e, Via: r.Field, Role: role, Code: role.Code, Country: cc, Sector: sec, Active: active})
		}
		if e.Code != "" {
			// the default code holds when no dated role does
			cc, sec := codeInfo(e.Code)
			if cc == "" {
				cc = e.Country
			}
			if sec == "" {
				sec = e.Sector
			}
			out = append(out, Candidate{Entity: e, Via: r.Field, Code: e.Code, Country: cc, Sector: sec, Active: !anyActive})
		}
	}
	sort.SliceStable(out, func(i, j int) bool {
		a, b := out[i], out[j]
		if a.Active != b.Active {
			return a.Active
		}
		if (a.Role == nil) != (b.Role == nil) {
			return a.Role != nil
		}
		if a.Role != nil && !a.Role.Start.Equal(b.Role.Start) {
			return a.Role.Start.After(b.Role.Start)
		}
		return false
	})
	return out
}

// RoleOn returns the role of e valid on day on; on a hand-over day the role
// that starts wins.
func (e *Entity) RoleOn(on time.Time) (*Role, bool) {
	var best *Role
	for i := range e.Roles {
		r := &e.Roles[i]
		if r.ActiveOn(on) && (best == nil || r.Start.After(best.Start)) {
			best = r
		}
	}
	return best, best != nil
}

// Resolve returns the actor code, country and sector of entity id on day
// on. For a person it is the role valid that day, else the entity's default
// code, else its bare country; ok is false when nothing applies or the id
// is unknown.
func (k *KB) Resolve(id string, on time.Time) (code, country, sector string, ok bool) {
	e, found := k.byID[id]
	if !found {
		return "", "", "", false
	}
	code = e.Code
	if r, has := e.RoleOn(on); has {
		code = r.Code
	} else if code == "" && e.Kind == KindPerson {
		code = e.Country
	}
	country, sector = codeInfo(code)
	if country == "" {
		country = e.Country
	}
	if sector == "" {
		sector = e.Sector
	}
	if code == "" && sector != "" {
		code = sector
	}
	return code, country, sector, code != ""
}

// first returns the first reference of s with one of the fields and
// kinds (any kind when kinds is empty).
func (k *KB) first(refs []NameRef, fields []Field, kinds ...Kind) (*Entity, bool) {
	for _, r := range refs {
		if !fieldIn(r.Field, fields) {
			continue
		}
		if len(kinds) == 0 || kindIn(r.Entity.Kind, kinds) {
			return r.Entity, true
		}
	}
	return nil, false
}

func fieldIn(f Field, fs []Field) bool {
	for _, x := range fs {
		if x == f {
			return true
		}
	}
	return false
}

// Demonym returns the country or region whose demonym is s ("Ukrainian",
// "Russians", "Western").
func (k *KB) Demonym(s string) (*Entity, bool) {
	return k.first(k.exact[s], []Field{FieldDemonym})
}

// Capital returns the country whose capital is s ("Moscow"), or the seat
// of power named s ("the Kremlin", whose Code is the government).
func (k *KB) Capital(s string) (*Entity, bool) {
	if e, ok := k.first(k.exact[s], []Field{FieldCapital}); ok {
		return e, true
	}
	return k.first(k.exact[s], []Field{FieldName, FieldAlias}, KindSeat)
}

// Agent returns the agent entry of a title (as written, else regardless of
// case) or a noun (regardless of case) ("troops", "Foreign Minister", "Gen."): its Sector (and Code, for
// agents that carry one) is what the noun implies.
func (k *KB) Agent(s string) (*Entity, bool) {
	if e, ok := k.first(k.exact[s], []Field{FieldTitle}, KindAgent); ok {
		return e, true
	}
	if e, ok := k.first(k.folded[strings.ToLower(s)], []Field{FieldNoun}, KindAgent); ok {
		return e, true
	}
	return k.first(k.titles[strings.ToLower(s)], []Field{FieldTitle}, KindAgent)
}

// IsPersonNoun reports whether s, regardless of case, is an agent noun that
// names one person ("journalist", "mayor"), whom "he" or "she" may mean.
func (k *KB) IsPersonNoun(s string) bool {
	return k.persons[strings.ToLower(s)]
}

// IsTitle reports whether s, regardless of case, is a title written
// before names ("crown prince", "President").
func (k *KB) IsTitle(s string) bool {
	_, ok := k.first(k.titles[strings.ToLower(s)], []Field{FieldTitle}, KindAgent)
	return ok
}

// OfficeHolder returns the person who holds the office of that title (any
// case: "Pope", "pope") on day on: a title an agent lists as an `office`,
// which one person holds at a time worldwide, and a person's role of that
// title. It reports false for other titles ("president", which every
// republic has, or "prosecutor") and when no one or more than one person
// holds the role on that day.
func (k *KB) OfficeHolder(title string, on time.Time) (*Entity, bool) {
	title = strings.ToLower(title)
	if on.IsZero() || !k.sole[title] {
		return nil, false
	}
	var holder *Entity
	for _, e := range k.offices[title] {
		for _, r := range e.Roles {
			if strings.ToLower(r.Title) == title && r.ActiveOn(on) {
				if holder != nil && holder != e {
					return nil, false
				}
				holder = e
			}
		}
	}
	return holder, holder != nil
}

// IsNonActor reports whether s is a noun that never denotes a political
// actor ("analysts", "witnesses", "the international community").
func (k *KB) IsNonActor(s string) bool {
	_, ok := k.first(k.folded[strings.ToLower(s)], []Field{FieldNoun}, KindNonActor)
	return ok
}

// IsNonActorHead reports whether word, written as given, ends the names
// of things that are no actors: laws, treaties, plans ("Act" in "the
// Freedom of Information Act").
func (k *KB) IsNonActorHead(word string) bool {
	_, ok := k.heads[word]
	return ok
}

// Head returns the entity a modifier names when it qualifies an agent
// noun: a demonym ("Ukrainian"), a country, region, organisation or group
// name ("NATO"), a capital or a seat of power.
func (k *KB) Head(s string) (*Entity, bool) {
	if e, ok := k.Demonym(s); ok {
		return e, true
	}
	refs := k.exact[s]
	if e, ok := k.first(refs, []Field{FieldName, FieldAlias}, KindCountry, KindRegion, KindOrg, KindGroup); ok {
		return e, true
	}
	if e, ok := k.Capital(s); ok {
		return e, true
	}
	return k.first(k.folded[strings.ToLower(s)], []Field{FieldName, FieldAlias}, KindCountry, KindRegion, KindOrg, KindGroup)
}

// Compose composes a modifier (demonym, country, region or organisation)
// and an agent noun into an actor code: "Ukrainian" + "officials" →
// UKRGOV, "Russian" + "forces" → RUSMIL, "Western" + "troops" → WSTMIL,
// "NATO" + "troops" → IGOWSTNATMIL. ok is false when either part is unknown
// or the noun is a non-actor.
func (k *KB) Compose(modifier, noun string) (string, bool) {
	h, ok := k.Head(modifier)
	if !ok {
		return "", false
	}
	a, ok := k.Agent(noun)
	if !ok {
		return "", false
	}
	head := h.Code
	if head == "" {
		head = h.Country
	}
	if h.Kind == KindSeat {
		// "Kremlin officials": the seat's country, then the noun's sector
		head = h.Country
	}
	if head == "" {
		return "", false
	}
	code, err := actorcode.Compose(head, a.Sector)
	if err != nil {
		return "", false
	}
	return code, true
}

// Stats counts the KB's contents.
type Stats struct {
	Entities int
	ByKind   map[Kind]int
	Roles    int
	Aliases  int // alias strings (names not counted)
	Demonyms int
	Capitals int
	Nouns    int
	Titles   int
	// Names is the number of distinct strings the matcher knows.
	Names int
}

// Stats returns the counts of the KB's entries and names.
func (k *KB) Stats() Stats {
	s := Stats{ByKind: map[Kind]int{}}
	for _, e := range k.entities {
		s.Entities++
		s.ByKind[e.Kind]++
		s.Roles += len(e.Roles)
		s.Aliases += len(e.Aliases)
		s.Demonyms += len(e.Demonyms)
		s.Capitals += len(e.Capitals)
		s.Nouns += len(e.Nouns)
		s.Titles += len(e.Titles)
	}
	s.Names = len(k.exact) + len(k.folded)
	return s
}
