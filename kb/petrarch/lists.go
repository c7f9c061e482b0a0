package petrarch

import (
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"time"

	"github.com/petrel-events/petrel/kb"
)

// Discard is a discard-list phrase: a sentence (or, with Story, a whole
// story) containing it is not coded.
type Discard struct {
	Phrase string
	Story  bool // "+PHRASE": discard the whole story
	// Exact is set for phrases ending in "_": the match must end at a word
	// boundary; otherwise the phrase is a stem.
	Exact bool
	Line  int
}

// Discards is a read discard list.
type Discards struct {
	File     string
	Discards []Discard
	Diags    []Diag
}

// ReadDiscards reads a discard list.
func ReadDiscards(r io.Reader, name string) (*Discards, error) {
	ls, err := lines(r, false)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", name, err)
	}
	d := &Discards{File: name}
	for _, l := range ls {
		s := l.text
		if s == "" {
			continue
		}
		x := Discard{Line: l.n}
		if strings.HasPrefix(s, "+") {
			x.Story, s = true, s[1:]
		}
		if strings.ContainsAny(s, "[]") {
			d.Diags = append(d.Diags, Diag{name, l.n, fmt.Sprintf("discard %q holds a code; read as a phrase", s)})
		}
		x.Exact = strings.HasSuffix(s, "_")
		x.Phrase = phrase(s)
		if x.Phrase == "" {
			d.Diags = append(d.Diags, Diag{name, l.n, "empty discard phrase"})
			continue
		}
		d.Discards = append(d.Discards, x)
	}
	return d, nil
}

// Issue is an issue-list phrase and its code.
type Issue struct {
	Category string // the enclosing <ISSUE CATEGORY="..."> section
	Phrase   string // as written, with n: v: + expansions
	Code     string
	// Ignore is 1 for "~" (ignore in the sentence) and 2 for "~~" (in the
	// story) phrases, which carry no code.
	Ignore int
	Line   int
}

// Issues is a read issue list.
type Issues struct {
	File   string
	Issues []Issue
	Diags  []Diag
}

// ReadIssues reads an issue list.
func ReadIssues(r io.Reader, name string) (*Issues, error) {
	ls, err := lines(r, false)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", name, err)
	}
	is := &Issues{File: name}
	cat := ""
	for _, l := range ls {
		s := l.text
		if s == "" {
			continue
		}
		if strings.HasPrefix(s, "<ISSUE") {
			if i := strings.Index(s, `CATEGORY="`); i >= 0 {
				rest := s[i+10:]
				cat, _, _ = strings.Cut(rest, `"`)
			}
			continue
		}
		if strings.HasPrefix(s, "</ISSUE") {
			cat = ""
			continue
		}
		if strings.HasPrefix(s, "~") {
			n := 1
			if strings.HasPrefix(s, "~~") {
				n = 2
			}
			is.Issues = append(is.Issues, Issue{Category: cat, Phrase: strings.TrimSpace(s[n:]), Ignore: n, Line: l.n})
			continue
		}
		head, groups, ok := brackets(s)
		if !ok || len(groups) != 1 || head == "" {
			is.Diags = append(is.Diags, Diag{name, l.n, fmt.Sprintf("want \"PHRASE [CODE]\", got %q; skipped", s)})
			continue
		}
		is.Issues = append(is.Issues, Issue{Category: cat, Phrase: head, Code: groups[0], Line: l.n})
	}
	return is, nil
}

// ReadWords reads a one-word-per-line list (prepositions).
func ReadWords(r io.Reader, name string) ([]string, []Diag, error) {
	ls, err := lines(r, false)
	if err != nil {
		return nil, nil, fmt.Errorf("%s: %w", name, err)
	}
	var out []string
	var diags []Diag
	for _, l := range ls {
		if l.text == "" {
			continue
		}
		if f := strings.Fields(l.text); len(f) != 1 {
			diags = append(diags, Diag{name, l.n, fmt.Sprintf("want one word, got %q; read as %q", l.text, f[0])})
			out = append(out, f[0])
			continue
		}
		out = append(out, l.text)
	}
	return out, diags, nil
}

// Config holds the dictionary file names of a PETR_config.ini.
type Config struct {
	Verbs    string
	Actors   []string
	Agents   string
	Discards string
	Issues   string
	Options  map[string]string // every other key, "section.key"
}

// ReadConfig reads a PETR_config.ini.
func ReadConfig(r io.Reader, name string) (*Config, []Diag, error) {
	ls, err := lines(r, true)
	if err != nil {
		return nil, nil, fmt.Errorf("%s: %w", name, err)
	}
	c := &Config{Options: map[string]string{}}
	var diags []Diag
	section := ""
	for _, l := range ls {
		s := l.text
		if s == "" {
			continue
		}
		if strings.HasPrefix(s, "[") && strings.HasSuffix(s, "]") {
			section = s[1 : len(s)-1]
			continue
		}
		k, v, ok := strings.Cut(s, "=")
		if !ok {
			diags = append(diags, Diag{name, l.n, fmt.Sprintf("want key = value, got %q", s)})
			continue
		}
		k, v = strings.TrimSpace(k), strings.TrimSpace(v)
		switch k {
		case "verbfile_name":
			c.Verbs = v
		case "actorfile_list":
			for _, f := range strings.Split(v, ",") {
				if f = strings.TrimSpace(f); f != "" {
					c.Actors = append(c.Actors, f)
				}
			}
		case "agentfile_name":
			c.Agents = v
		case "discardfile_name":
			c.Discards = v
		case "issuefile_name":
			c.Issues = v
		default:
			c.Options[section+"."+k] = v
		}
	}
	return c, diags, nil
}

// Dicts is a set of dictionaries loaded together.
type Dicts struct {
	Actors   []*Actors
	Agents   []*Agents
	Verbs    []*Verbs
	Discards []*Discards
	Issues   []*Issues
	Config   *Config
	Words    map[string][]string // other word lists, by file name
	Diags    []Diag
}

// Entities returns the actors and agents as kb entities, ready for kb.New.
func (d *Dicts) Entities() []*kb.Entity {
	var out []*kb.Entity
	for _, a := range d.Actors {
		out = append(out, a.Entities...)
	}
	for _, a := range d.Agents {
		out = append(out, a.Entities()...)
	}
	return out
}

// Kind guesses the format of a dictionary file from its name and first
// lines: "actors", "agents", "verbs", "discards", "issues", "config" or
// "words".
func Kind(path string, head string) string {
	base := strings.ToLower(filepath.Base(path))
	switch {
	case strings.HasSuffix(base, ".ini"):
		return "config"
	case strings.Contains(base, "actor"):
		return "actors"
	case strings.Contains(base, "agent"):
		return "agents"
	case strings.Contains(base, "verb") || strings.Contains(head, "VERB PATTERN") || strings.HasPrefix(base, "cameo."):
		return "verbs"
	case strings.Contains(base, "discard"):
		return "discards"
	case strings.Contains(base, "issue"):
		return "issues"
	}
	return "words"
}

// LoadFiles reads the given dictionary files, guessing each one's format
// with Kind.
func LoadFiles(paths ...string) (*Dicts, error) {
	d := &Dicts{Words: map[string][]string{}}
	for _, p := range paths {
		b, err := os.ReadFile(p)
		if err != nil {
			return nil, fmt.Errorf("petrarch: %w", err)
		}
		head := string(b[:min(len(b), 512)])
		name := filepath.Base(p)
		r := strings.NewReader(string(b))
		switch Kind(p, head) {
		case "config":
			c, diags, err := ReadConfig(r, name)
			if err != nil {
				return nil, err
			}
			d.Config = c
			d.Diags = append(d.Diags, diags...)
		case "actors":
			a, err := ReadActors(r, name)
			if err != nil {
				return nil, err
			}
			d.Actors = append(d.Actors, a)
			d.Diags = append(d.Diags, a.Diags...)
		case "agents":
			a, err := ReadAgents(r, name)
			if err != nil {
				return nil, err
			}
			d.Agents = append(d.Agents, a)
			d.Diags = append(d.Diags, a.Diags...)
		case "verbs":
			v, err := ReadVerbs(r, name)
			if err != nil {
				return nil, err
			}
			d.Verbs = append(d.Verbs, v)
			d.Diags = append(d.Diags, v.Diags...)
		case "discards":
			x, err := ReadDiscards(r, name)
			if err != nil {
				return nil, err
			}
			d.Discards = append(d.Discards, x)
			d.Diags = append(d.Diags, x.Diags...)
		case "issues":
			x, err := ReadIssues(r, name)
			if err != nil {
				return nil, err
			}
			d.Issues = append(d.Issues, x)
			d.Diags = append(d.Diags, x.Diags...)
		default:
			ws, diags, err := ReadWords(r, name)
			if err != nil {
				return nil, err
			}
			d.Words[name] = ws
			d.Diags = append(d.Diags, diags...)
		}
	}
	return d, nil
}

// LoadDir reads every regular file of dir as a dictionary (see LoadFiles).
func LoadDir(dir string) (*Dicts, error) {
	ents, err := os.ReadDir(dir)
	if err != nil {
		return nil, fmt.Errorf("petrarch: %w", err)
	}
	var paths []string
	for _, e := range ents {
		if e.Type().IsRegular() {
			paths = append(paths, filepath.Join(dir, e.Name()))
		}
	}
	return LoadFiles(paths...)
}

// CoverageResult is the outcome of Coverage.
type CoverageResult struct {
	People  int      // people with a role active on or after the date
	Known   int      // of which the KB knows a name
	Missing []string // names of the others
}

// Percent returns Known as a percentage of People.
func (c CoverageResult) Percent() float64 {
	if c.People == 0 {
		return 0
	}
	return 100 * float64(c.Known) / float64(c.People)
}

// normName folds a person's name for comparison: lower case, periods and
// hyphens as spaces, single spaces ("A.K. Antony" = "A. K. ANTONY").
func normName(s string) string {
	s = strings.ToLower(s)
	s = strings.NewReplacer(".", " ", "-", " ", "'", "", "’", "").Replace(s)
	return strings.Join(strings.Fields(s), " ")
}

// Coverage counts the people of an actor dictionary with a dated role
// active on or after since (open-ended roles included) and how many of them
// the KB knows: one of their phrases equals the name or an alias of a KB
// person, compared with normName.
func Coverage(k *kb.KB, a *Actors, since time.Time) CoverageResult {
	known := map[string]bool{}
	for _, e := range k.Entities() {
		if e.Kind != kb.KindPerson {
			continue
		}
		for _, n := range e.Names() {
			known[normName(n)] = true
		}
	}
	var res CoverageResult
	for _, e := range a.Entities {
		if e.Kind != kb.KindPerson {
			continue
		}
		active := false
		for _, r := range e.Roles {
			if r.End.IsZero() || !r.End.Before(since) {
				active = true
				break
			}
		}
		if !active {
			continue
		}
		res.People++
		hit := false
		for _, n := range e.Names() {
			if known[normName(n)] {
				hit = true
				break
			}
		}
		if hit {
			res.Known++
		} else {
			res.Missing = append(res.Missing, e.Name)
		}
	}
	return res
}
