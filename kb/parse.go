package kb

import (
	"bufio"
	"bytes"
	"fmt"
	"strings"
	"time"
	"unicode"
)

// keySpec says which kinds accept a key and whether it may repeat.
type keySpec struct {
	repeat bool
	kinds  []Kind // nil: every kind
}

var keys = map[string]keySpec{
	"name":    {},
	"alias":   {repeat: true},
	"code":    {kinds: []Kind{KindCountry, KindRegion, KindOrg, KindGroup, KindAgent, KindNonActor, KindSeat}},
	"country": {},
	"sector":  {kinds: []Kind{KindOrg, KindGroup, KindAgent, KindSeat}},
	"demonym": {repeat: true, kinds: []Kind{KindCountry, KindRegion}},
	"capital": {repeat: true, kinds: []Kind{KindCountry}},
	"role":    {repeat: true, kinds: []Kind{KindPerson, KindGroup, KindOrg}},
	"noun":    {repeat: true, kinds: []Kind{KindAgent, KindNonActor}},
	"title":   {repeat: true, kinds: []Kind{KindAgent}},
	"office":  {repeat: true, kinds: []Kind{KindAgent}},
	"person":  {repeat: true, kinds: []Kind{KindAgent}},
	"head":    {repeat: true, kinds: []Kind{KindNonActor}},
	"parent":  {kinds: []Kind{KindOrg, KindGroup}},
	"sex":     {kinds: []Kind{KindPerson}},
	"note":    {repeat: true},
}

func validKind(k Kind) bool {
	for _, x := range Kinds {
		if x == k {
			return true
		}
	}
	return false
}

// stripComment removes a "#" comment that starts the line or follows white
// space.
func stripComment(line string) string {
	for i := 0; i < len(line); i++ {
		if line[i] == '#' && (i == 0 || line[i-1] == ' ' || line[i-1] == '\t') {
			return line[:i]
		}
	}
	return line
}

// splitBar splits a "|"-separated value, trimming and dropping empty items.
func splitBar(s string) []string {
	var out []string
	for _, x := range strings.Split(s, "|") {
		if x = strings.TrimSpace(x); x != "" {
			out = append(out, x)
		}
	}
	return out
}

// Parse parses one *.kb file. It returns the entries it could read and the
// syntax problems found (bad lines, unknown kinds and keys, bad dates,
// repeated keys); cross-entry checks are done by Lint and Load.
func Parse(file string, b []byte) ([]*Entity, Diagnostics) {
	var ents []*Entity
	var diags Diagnostics
	var cur *Entity
	skip := false // inside an entry whose header was bad
	seen := map[string]bool{}
	bad := func(line int, format string, args ...any) {
		diags = append(diags, Diagnostic{Pos{file, line}, fmt.Sprintf(format, args...)})
	}
	finish := func() {
		if cur != nil && cur.Name == "" {
			bad(cur.Pos.Line, "entry %s has no name", cur.ID)
		}
		cur = nil
	}
	sc := bufio.NewScanner(bytes.NewReader(b))
	sc.Buffer(make([]byte, 0, 64*1024), 1<<20)
	n := 0
	for sc.Scan() {
		n++
		line := strings.TrimSpace(stripComment(sc.Text()))
		if line == "" {
			finish()
			skip = false
			continue
		}
		if strings.HasPrefix(line, "@") {
			finish()
			skip = true
			f := strings.Fields(line[1:])
			if len(f) != 2 {
				bad(n, "want \"@kind id\", got %q", line)
				continue
			}
			kind, id := Kind(f[0]), f[1]
			if !validKind(kind) {
				bad(n, "unknown kind %q", f[0])
				continue
			}
			if strings.IndexFunc(id, func(r rune) bool { return unicode.IsSpace(r) || r == '|' || r == ':' }) >= 0 {
				bad(n, "bad id %q", id)
				continue
			}
			skip = false
			cur = &Entity{ID: id, Kind: kind, Pos: Pos{file, n}}
			ents = append(ents, cur)
			clear(seen)
			continue
		}
		if skip {
			continue
		}
		key, val, ok := strings.Cut(line, ":")
		if !ok {
			bad(n, "want \"key: value\", got %q", line)
			continue
		}
		key, val = strings.TrimSpace(key), strings.TrimSpace(val)
		if cur == nil {
			bad(n, "key %q outside an entry (start entries with \"@kind id\")", key)
			continue
		}
		spec, ok := keys[key]
		if !ok {
			bad(n, "unknown key %q", key)
			continue
		}
		if spec.kinds != nil && !kindIn(cur.Kind, spec.kinds) {
			bad(n, "key %q not allowed for kind %s", key, cur.Kind)
			continue
		}
		if !spec.repeat && seen[key] {
			bad(n, "key %q repeated", key)
			continue
		}
		seen[key] = true
		if val == "" && key != "note" {
			bad(n, "empty value for key %q", key)
			continue
		}
		switch key {
		case "name":
			cur.Name = val
		case "alias":
			cur.Aliases = append(cur.Aliases, splitBar(val)...)
		case "code":
			cur.Code = val
		case "country":
			cur.Country = val
		case "sector":
			cur.Sector = val
		case "demonym":
			cur.Demonyms = append(cur.Demonyms, splitBar(val)...)
		case "capital":
			cur.Capitals = append(cur.Capitals, splitBar(val)...)
		case "noun":
			cur.Nouns = append(cur.Nouns, splitBar(val)...)
		case "title":
			cur.Titles = append(cur.Titles, splitBar(val)...)
		case "office":
			cur.Offices = append(cur.Offices, splitBar(val)...)
		case "person":
			cur.Persons = append(cur.Persons, splitBar(val)...)
		case "head":
			cur.Heads = append(cur.Heads, splitBar(val)...)
		case "parent":
			cur.Parent = val
		case "sex":
			if val != "m" && val != "f" {
				bad(n, "bad sex %q: want m or f", val)
				continue
			}
			cur.Sex = val
		case "note":
			cur.Notes = append(cur.Notes, val)
		case "role":
			r, err := parseRole(val)
			if err != nil {
				bad(n, "%v", err)
				continue
			}
			r.Pos = Pos{file, n}
			cur.Roles = append(cur.Roles, r)
		}
	}
	finish()
	if err := sc.Err(); err != nil {
		bad(n, "%v", err)
	}
	return ents, diags
}

func kindIn(k Kind, ks []Kind) bool {
	for _, x := range ks {
		if x == k {
			return true
		}
	}
	return false
}

// parseRole parses "CODE | title | start | end"; title and dates may be
// empty or left out.
func parseRole(v string) (Role, error) {
	f := strings.Split(v, "|")
	for i := range f {
		f[i] = strings.TrimSpace(f[i])
	}
	if len(f) > 4 {
		return Role{}, fmt.Errorf("role %q: want \"CODE | title | start | end\"", v)
	}
	for len(f) < 4 {
		f = append(f, "")
	}
	r := Role{Code: f[0], Title: f[1], StartText: f[2], EndText: f[3]}
	if r.Code == "" {
		return Role{}, fmt.Errorf("role %q has no code", v)
	}
	var err error
	if r.Start, r.StartUncertain, err = ParseDate(f[2], false); err != nil {
		return Role{}, err
	}
	if r.End, r.EndUncertain, err = ParseDate(f[3], true); err != nil {
		return Role{}, err
	}
	if !r.Start.IsZero() && !r.End.IsZero() && r.End.Before(r.Start) {
		return Role{}, fmt.Errorf("role %s ends (%s) before it starts (%s)", r.Code, f[3], f[2])
	}
	return r, nil
}

// ParseDate parses a KB date: YYYY-MM-DD, YYYY-MM or YYYY, with an optional
// leading "~" for uncertain dates. With end, a month or year is read as its
// last day. The empty string is the zero time (open).
func ParseDate(s string, end bool) (t time.Time, uncertain bool, err error) {
	if s == "" {
		return time.Time{}, false, nil
	}
	raw := s
	if strings.HasPrefix(s, "~") {
		uncertain = true
		s = strings.TrimSpace(s[1:])
	}
	for _, l := range []struct {
		layout string
		n      int // 0 day, 1 month, 2 year
	}{{"2006-01-02", 0}, {"2006-01", 1}, {"2006", 2}} {
		if len(s) != len(l.layout) {
			continue
		}
		d, e := time.Parse(l.layout, s)
		if e != nil {
			break
		}
		if end {
			switch l.n {
			case 1:
				d = d.AddDate(0, 1, -1)
			case 2:
				d = d.AddDate(1, 0, -1)
			}
		}
		return d, uncertain, nil
	}
	return time.Time{}, false, fmt.Errorf("bad date %q: want YYYY-MM-DD, YYYY-MM or YYYY, optionally with a leading ~", raw)
}
