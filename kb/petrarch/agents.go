package petrarch

import (
	"fmt"
	"io"
	"strings"

	"github.com/petrel-events/petrel/actorcode"
	"github.com/petrel-events/petrel/kb"
)

// Agent is one agent phrase.
type Agent struct {
	Phrase string // words separated by spaces
	Plural string // "" when the phrase has no plural ({})
	// Code is the agent code without "~" ("GOV", "GOVMED"); Prefix is true
	// for codes written "CODE~", which go before the actor code (NGO~).
	Code   string
	Prefix bool
	Line   int
}

// Agents is a read agent dictionary.
type Agents struct {
	File   string
	Agents []Agent
	Diags  []Diag
}

// plural forms the regular plural of an upper-case agent phrase.
func plural(p string) string {
	switch {
	case strings.HasSuffix(p, "Y") && !strings.HasSuffix(p, "AY") && !strings.HasSuffix(p, "EY") && !strings.HasSuffix(p, "OY"):
		return p[:len(p)-1] + "IES"
	case strings.HasSuffix(p, "S"):
		return p + "ES"
	default:
		return p + "S"
	}
}

// ReadAgents reads a PETRARCH agent dictionary.
func ReadAgents(r io.Reader, name string) (*Agents, error) {
	ls, err := lines(r, false)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", name, err)
	}
	a := &Agents{File: name}
	subst := map[string][]string{}
	bad := func(n int, format string, args ...any) {
		a.Diags = append(a.Diags, Diag{name, n, fmt.Sprintf(format, args...)})
	}
	for _, l := range ls {
		s := l.text
		if s == "" {
			continue
		}
		if strings.HasPrefix(s, "!") && strings.Contains(s, "=") {
			lhs, rhs, _ := strings.Cut(s, "=")
			m := strings.TrimSpace(lhs)
			if len(m) < 3 || !strings.HasSuffix(m, "!") {
				bad(l.n, "bad substitution marker %q; line skipped", lhs)
				continue
			}
			var items []string
			for _, x := range strings.Split(rhs, ",") {
				if x = strings.TrimSpace(x); x != "" {
					items = append(items, x)
				}
			}
			subst[m] = items
			continue
		}
		head, groups, ok := brackets(s)
		// a common slip: "[~LEG}" closes with a brace
		if !ok && strings.Count(s, "[") == 1 && strings.HasSuffix(s, "}") {
			head, groups, ok = brackets(strings.TrimSuffix(s, "}") + "]")
			bad(l.n, "code closed with '}' instead of ']'; read as %q", groups)
		}
		if !ok || len(groups) != 1 {
			bad(l.n, "want \"PHRASE {PLURAL} [~CODE]\", got %q; line skipped", s)
			continue
		}
		code := strings.ReplaceAll(groups[0], " ", "")
		prefix := false
		switch {
		case strings.HasPrefix(code, "~"):
			code = code[1:]
		case strings.HasSuffix(code, "~"):
			code, prefix = code[:len(code)-1], true
		default:
			bad(l.n, "agent code %q lacks '~'; read as a suffix", code)
		}
		if _, err := actorcode.ParseLenient(code); err != nil {
			bad(l.n, "%v; line skipped", err)
			continue
		}
		pl, hasPlural := "", false
		if i := strings.IndexByte(head, '{'); i >= 0 {
			j := strings.IndexByte(head, '}')
			if j < i {
				bad(l.n, "missing '}' in %q; line skipped", s)
				continue
			}
			pl, hasPlural = phrase(head[i+1:j]), true
			head = head[:i] + head[j+1:]
		}
		ph := phrase(head)
		if ph == "" {
			bad(l.n, "no phrase in %q; line skipped", s)
			continue
		}
		forms := []string{ph}
		if strings.Contains(ph, "!") {
			i := strings.IndexByte(ph, '!')
			j := strings.IndexByte(ph[i+1:], '!')
			if j < 0 {
				bad(l.n, "bad substitution marker in %q; line skipped", ph)
				continue
			}
			m := ph[i : i+j+2]
			items, ok := subst[m]
			if !ok {
				bad(l.n, "undefined substitution marker %s; line skipped", m)
				continue
			}
			forms = forms[:0]
			for _, it := range items {
				forms = append(forms, strings.Replace(ph, m, it, 1))
			}
			hasPlural, pl = true, "" // substitutions list every form
		}
		for _, f := range forms {
			ag := Agent{Phrase: f, Code: code, Prefix: prefix, Line: l.n}
			switch {
			case hasPlural:
				ag.Plural = pl
			default:
				ag.Plural = plural(f)
			}
			a.Agents = append(a.Agents, ag)
		}
	}
	return a, nil
}

// Entities converts the agents into kb agent entities (one per phrase),
// with the first sector of the code as Sector and the whole code as Code.
func (a *Agents) Entities() []*kb.Entity {
	out := make([]*kb.Entity, 0, len(a.Agents))
	for i, ag := range a.Agents {
		c, _ := actorcode.ParseLenient(ag.Code)
		e := &kb.Entity{
			ID:     fmt.Sprintf("%s:%d:%d", a.File, ag.Line, i),
			Kind:   kb.KindAgent,
			Name:   ag.Phrase,
			Code:   ag.Code,
			Sector: c.Sector(),
			Nouns:  []string{strings.ToLower(ag.Phrase)},
			Fold:   true,
			Prefix: ag.Prefix,
			Pos:    kb.Pos{File: a.File, Line: ag.Line},
		}
		if e.Sector == "" {
			e.Sector = ag.Code
		}
		if ag.Plural != "" {
			e.Nouns = append(e.Nouns, strings.ToLower(ag.Plural))
		}
		out = append(out, e)
	}
	return out
}
