package petrarch

import (
	"fmt"
	"io"
	"strconv"
	"strings"
	"time"

	"github.com/petrel-events/petrel/actorcode"
	"github.com/petrel-events/petrel/kb"
)

// Actors is a read actor dictionary.
type Actors struct {
	File string
	// Entities are the dictionary's entries: all phrases of an entry are
	// its Name and Aliases (upper case, matched regardless of case: Fold is
	// set), the undated code is Code, and every dated code is a Role.
	Entities []*kb.Entity
	Diags    []Diag
}

// ParseDate parses a PETRARCH date, YYMMDD (00–30 are 20YY, others 19YY)
// or YYYYMMDD.
func ParseDate(s string) (time.Time, error) {
	switch len(s) {
	case 6:
		yy, err := strconv.Atoi(s[:2])
		if err != nil {
			return time.Time{}, fmt.Errorf("bad date %q", s)
		}
		century := "19"
		if yy <= 30 {
			century = "20"
		}
		s = century + s
	case 8:
	default:
		return time.Time{}, fmt.Errorf("bad date %q: want YYMMDD or YYYYMMDD", s)
	}
	t, err := time.Parse("20060102", s)
	if err != nil {
		return time.Time{}, fmt.Errorf("bad date %q: want YYMMDD or YYYYMMDD", s)
	}
	return t, nil
}

// restriction parses the inside of "[CODE ...]" into a role or a default
// code.
func restriction(g string) (code string, r *kb.Role, err error) {
	f := strings.Fields(g)
	if len(f) == 0 {
		return "", nil, fmt.Errorf("empty code []")
	}
	code = f[0]
	if len(f) == 1 {
		return code, nil, nil
	}
	d := strings.Join(f[1:], "")
	role := &kb.Role{Code: code}
	switch {
	case strings.HasPrefix(d, "<"):
		t, err := ParseDate(d[1:])
		if err != nil {
			return "", nil, err
		}
		role.End, role.EndText = t, t.Format(time.DateOnly)
	case strings.HasPrefix(d, ">"):
		t, err := ParseDate(d[1:])
		if err != nil {
			return "", nil, err
		}
		role.Start, role.StartText = t, t.Format(time.DateOnly)
	case strings.Contains(d, "-"):
		a, b, _ := strings.Cut(d, "-")
		t1, err := ParseDate(a)
		if err != nil {
			return "", nil, err
		}
		t2, err := ParseDate(b)
		if err != nil {
			return "", nil, err
		}
		if t2.Before(t1) {
			return "", nil, fmt.Errorf("date range %s ends before it starts", d)
		}
		role.Start, role.StartText = t1, t1.Format(time.DateOnly)
		role.End, role.EndText = t2, t2.Format(time.DateOnly)
	default:
		return "", nil, fmt.Errorf("bad date restriction %q: want <DATE, >DATE or DATE-DATE", d)
	}
	return code, role, nil
}

// ReadActors reads a PETRARCH/TABARI actor dictionary. name is used in
// diagnostics and entity ids. Phrases without codes that precede a coded
// entry share its codes, as in PETRARCH.
func ReadActors(r io.Reader, name string) (*Actors, error) {
	ls, err := lines(r, true)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", name, err)
	}
	a := &Actors{File: name}
	var cur *kb.Entity
	hasCode := false
	comments := ""
	bad := func(n int, format string, args ...any) {
		a.Diags = append(a.Diags, Diag{name, n, fmt.Sprintf(format, args...)})
	}
	addCodes := func(n int, groups []string) {
		for _, g := range groups {
			code, role, err := restriction(g)
			if err != nil {
				bad(n, "%v; restriction skipped", err)
				continue
			}
			if code != actorcode.Null {
				if _, err := actorcode.ParseLenient(code); err != nil {
					bad(n, "%v; kept as written", err)
				}
			}
			hasCode = true
			if role == nil {
				cur.Code = code
				continue
			}
			role.Pos = kb.Pos{File: name, Line: n}
			cur.Roles = append(cur.Roles, *role)
		}
	}
	finish := func() {
		if cur == nil {
			return
		}
		cur.Kind = actorKind(cur, comments)
		if cur.Kind == kb.KindCountry {
			if c, err := actorcode.ParseLenient(cur.Code); err == nil {
				cur.Country = c.Country
			}
		}
	}
	for _, l := range ls {
		s := l.text
		if s == "" {
			continue
		}
		if strings.Contains(s, "---STOP---") {
			break
		}
		switch {
		case s[0] == '[' && cur != nil:
			_, groups, ok := brackets(s)
			if !ok {
				bad(l.n, "unbalanced [ ] in %q; line skipped", s)
				continue
			}
			addCodes(l.n, groups)
		case s[0] == '[':
			bad(l.n, "code %q before any phrase; line skipped", s)
		case s[0] == '+':
			if cur == nil {
				bad(l.n, "synonym %q before any phrase; line skipped", s)
				continue
			}
			head, groups, ok := brackets(s[1:])
			if !ok {
				bad(l.n, "unbalanced [ ] in %q; line skipped", s)
				continue
			}
			parts := strings.Split(head, "+")
			if len(parts) > 1 {
				bad(l.n, "synonym %q holds a '+': read as %d synonyms", s, len(parts))
			}
			for _, p := range parts {
				if p := phrase(p); p != "" {
					cur.Aliases = append(cur.Aliases, p)
				}
			}
			addCodes(l.n, groups)
		default:
			head, groups, tail, ok := bracketsTail(s)
			if !ok {
				bad(l.n, "unbalanced [ ] in %q; line skipped", s)
				continue
			}
			if tail != "" {
				bad(l.n, "text %q after the code ignored", tail)
			}
			p := phrase(head)
			if p == "" {
				bad(l.n, "no phrase in %q; line skipped", s)
				continue
			}
			if cur == nil || hasCode {
				finish()
				cur = &kb.Entity{ID: fmt.Sprintf("%s:%d", name, l.n), Name: p, Fold: true, Pos: kb.Pos{File: name, Line: l.n}}
				a.Entities = append(a.Entities, cur)
				hasCode, comments = false, ""
			} else {
				// PETRARCH: an uncoded phrase shares the codes that follow
				cur.Aliases = append(cur.Aliases, p)
			}
			comments += " " + l.comment
			addCodes(l.n, groups)
		}
	}
	finish()
	if cur != nil && !hasCode {
		bad(cur.Pos.Line, "entry %q has no code", cur.Name)
	}
	return a, nil
}

// actorKind guesses the kind of an imported entry: a bare country code
// makes a country; dated codes make a person; IGO/NGO/MNC codes an
// organisation; anything else a group.
func actorKind(e *kb.Entity, comments string) kb.Kind {
	codes := []string{e.Code}
	for _, r := range e.Roles {
		codes = append(codes, r.Code)
	}
	for _, c := range codes {
		if len(c) == 3 && actorcode.IsCountry(c) {
			return kb.KindCountry
		}
	}
	if len(e.Roles) > 0 || strings.Contains(comments, "CountryInfo") {
		return kb.KindPerson
	}
	if c, err := actorcode.ParseLenient(e.Code); err == nil && c.Prefix != "" {
		return kb.KindOrg
	}
	return kb.KindGroup
}
