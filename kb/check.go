package kb

import (
	"fmt"
	"slices"
	"sort"
	"strings"
	"time"

	"github.com/petrel-events/petrel/actorcode"
)

// claim is a name claimed by an entity with a code over a period.
type claim struct {
	e          *Entity
	code       string
	start, end time.Time // zero: open
	pos        Pos
}

func (a claim) overlaps(b claim) bool {
	// Periods that only touch (one ends the day the other starts) do not
	// overlap: roles hand over on that day.
	if !a.end.IsZero() && !b.start.IsZero() && !a.end.After(b.start) {
		return false
	}
	if !b.end.IsZero() && !a.start.IsZero() && !b.end.After(a.start) {
		return false
	}
	return true
}

// check runs the cross-entry checks: ids, codes, sectors, countries,
// parents and conflicting names.
func check(ents []*Entity) Diagnostics {
	var diags Diagnostics
	bad := func(p Pos, format string, args ...any) {
		diags = append(diags, Diagnostic{p, fmt.Sprintf(format, args...)})
	}
	byID := map[string]*Entity{}
	for _, e := range ents {
		if first, dup := byID[e.ID]; dup {
			bad(e.Pos, "duplicate id %q (first defined at %s)", e.ID, first.Pos)
			continue
		}
		byID[e.ID] = e
	}
	for _, e := range ents {
		if e.Code != "" {
			if _, err := actorcode.Parse(e.Code); err != nil {
				bad(e.Pos, "bad code: %v", err)
			}
		}
		if e.Sector != "" && !actorcode.IsSector(e.Sector) {
			bad(e.Pos, "unknown sector %q", e.Sector)
		}
		if e.Country != "" && !actorcode.IsCountry(e.Country) {
			bad(e.Pos, "unknown country code %q", e.Country)
		}
		if e.Parent != "" {
			if _, ok := byID[e.Parent]; !ok {
				bad(e.Pos, "unknown parent %q", e.Parent)
			}
		}
		if e.Kind == KindAgent && e.Sector == "" && e.Code == "" {
			bad(e.Pos, "agent %s has neither sector nor code", e.ID)
		}
		if (e.Kind == KindAgent || e.Kind == KindNonActor) && len(e.Nouns) == 0 && len(e.Titles) == 0 && len(e.Heads) == 0 {
			bad(e.Pos, "%s %s has no noun, title or head", e.Kind, e.ID)
		}
		for _, o := range e.Offices {
			if !slices.Contains(e.Titles, o) {
				bad(e.Pos, "office %q of %s is not one of its titles", o, e.ID)
			}
		}
		for _, p := range e.Persons {
			if !slices.ContainsFunc(e.Nouns, func(n string) bool { return strings.EqualFold(n, p) }) {
				bad(e.Pos, "person noun %q of %s is not one of its nouns", p, e.ID)
			}
		}
		for _, r := range e.Roles {
			if _, err := actorcode.Parse(r.Code); err != nil {
				bad(r.Pos, "bad role code: %v", err)
			}
		}
	}
	diags = append(diags, conflicts(ents)...)
	return diags
}

// claims returns the code claims an entity makes on its names.
func claims(e *Entity) []claim {
	if len(e.Roles) > 0 {
		var cs []claim
		var last time.Time
		open := false
		for _, r := range e.Roles {
			cs = append(cs, claim{e, r.Code, r.Start, r.End, r.Pos})
			if r.End.IsZero() {
				open = true
			} else if r.End.After(last) {
				last = r.End
			}
		}
		// the default code of a group or organisation holds after its
		// last dated role
		if e.Code != "" && !open {
			cs = append(cs, claim{e: e, code: e.Code, start: last, pos: e.Pos})
		}
		return cs
	}
	code := e.Code
	if code == "" {
		code = e.Sector
	}
	if e.Kind == KindNonActor {
		code = "nonactor"
	}
	if code == "" {
		return nil
	}
	return []claim{{e: e, code: code, pos: e.Pos}}
}

// conflicts reports names claimed by two entries with different codes on
// overlapping dates. Proper names (names, aliases, demonyms, capitals) are
// and titles compared as written; nouns lower-cased.
func conflicts(ents []*Entity) Diagnostics {
	type owner struct {
		e  *Entity
		cs []claim
	}
	proper := map[string][]owner{}
	common := map[string][]owner{}
	var order []string
	for _, e := range ents {
		cs := claims(e)
		if len(cs) == 0 {
			continue
		}
		seen := map[string]bool{}
		add := func(m map[string][]owner, key string) {
			if seen[key] {
				return
			}
			seen[key] = true
			if _, ok := m[key]; !ok {
				order = append(order, key)
			}
			m[key] = append(m[key], owner{e, cs})
		}
		for _, s := range e.Names() {
			if e.Fold {
				add(common, "\x00"+strings.ToLower(s))
			} else {
				add(proper, s)
			}
		}
		for _, s := range e.Demonyms {
			add(proper, s)
		}
		for _, s := range e.Capitals {
			add(proper, s)
		}
		for _, s := range e.Titles {
			add(proper, s)
		}
		for _, s := range e.Nouns {
			add(common, "\x00"+strings.ToLower(s))
		}
	}
	var diags Diagnostics
	report := func(name string, os []owner) {
		for j := 1; j < len(os); j++ {
			for i := 0; i < j; i++ {
				if os[i].e == os[j].e {
					continue
				}
				if c1, c2, ok := conflict(os[i].cs, os[j].cs); ok {
					diags = append(diags, Diagnostic{os[j].e.Pos, fmt.Sprintf(
						"name %q claimed with code %s here and with code %s by %s (%s) on overlapping dates",
						strings.TrimPrefix(name, "\x00"), c2.code, c1.code, os[i].e.ID, c1.pos)})
					break
				}
			}
		}
	}
	sort.Strings(order)
	for _, name := range order {
		if os, ok := proper[name]; ok && len(os) > 1 {
			report(name, os)
		}
		if os, ok := common[name]; ok && len(os) > 1 {
			report(name, os)
		}
	}
	return diags
}

func conflict(a, b []claim) (claim, claim, bool) {
	for _, x := range a {
		for _, y := range b {
			if x.code != y.code && x.overlaps(y) {
				return x, y, true
			}
		}
	}
	return claim{}, claim{}, false
}
