// Package kb is petrel's knowledge base: countries, regions, organisations,
// armed groups, people with dated roles, agent nouns and titles, and nouns
// that are never actors. It is read from human-editable *.kb text files (the
// format is documented in docs/kb.md), embedded from kb/data and optionally
// extended by the user's own directories.
//
// The event coder uses a loaded KB through a small API:
//
//	k, err := kb.Load(kb.Data(), kb.Dir(userDir))
//	m := k.Matcher()                        // token sequences → names
//	ref := k.Ref(v)                          // a match value → entity and field
//	code, country, sector, ok := k.Resolve(id, day)
//	e, ok := k.Demonym("Ukrainian")          // demonym, capital → country
//	a, ok := k.Agent("troops")               // agent noun, title → sector
//	k.IsNonActor("analysts")
//	code, ok := k.Compose("Ukrainian", "officials") // "UKRGOV"
//
// A KB is immutable after Load and safe for concurrent use.
package kb

import (
	"embed"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path"
	"sort"
	"strings"
	"sync"
	"time"

	"github.com/petrel-events/petrel/actorcode"
	"github.com/petrel-events/petrel/internal/lower"
	"github.com/petrel-events/petrel/match"
)

//go:embed data/*.kb
var dataFS embed.FS

// Data returns the embedded KB files (kb/data/*.kb) as an fs.FS rooted at
// the data directory; diagnostics name them kb/data/FILE.
func Data() fs.FS {
	sub, err := fs.Sub(dataFS, "data")
	if err != nil {
		panic(err) // the embedded tree always has data/
	}
	return namedFS{sub, "kb/data"}
}

// Dir returns the directory dir as an fs.FS whose diagnostics name files
// dir/FILE.
func Dir(dir string) fs.FS { return namedFS{os.DirFS(dir), dir} }

// namedFS is an fs.FS that knows the directory name to print.
type namedFS struct {
	fs.FS
	dir string
}

func (n namedFS) Dir() string { return n.dir }

// Kind is the kind of a KB entry.
type Kind string

// The kinds of entries.
const (
	KindCountry  Kind = "country"
	KindRegion   Kind = "region"
	KindOrg      Kind = "org"
	KindGroup    Kind = "group"
	KindPerson   Kind = "person"
	KindAgent    Kind = "agent"
	KindNonActor Kind = "nonactor"
	// KindSeat is a seat of power used by metonymy ("the Kremlin",
	// "Downing Street"): its code is the government it stands for.
	KindSeat Kind = "seat"
)

// Kinds lists every kind in the order used by Stats.
var Kinds = []Kind{KindCountry, KindRegion, KindOrg, KindGroup, KindPerson, KindSeat, KindAgent, KindNonActor}

// Pos is a position in a KB file.
type Pos struct {
	File string
	Line int
}

func (p Pos) String() string { return fmt.Sprintf("%s:%d", p.File, p.Line) }

// Role is a dated position of a person: the code applies between Start and
// End inclusive. Start is the first day of the period written ("2019" →
// 2019-01-01), End its last day ("2019-05" → 2019-05-31); a zero Start or
// End is open.
type Role struct {
	Code                         string
	Title                        string
	Start, End                   time.Time
	StartUncertain, EndUncertain bool
	// StartText and EndText are the dates as written ("~2019-05").
	StartText, EndText string
	Pos                Pos
}

// ActiveOn reports whether the role holds on day d.
func (r Role) ActiveOn(d time.Time) bool {
	return (r.Start.IsZero() || !d.Before(r.Start)) && (r.End.IsZero() || !d.After(r.End))
}

// Entity is one KB entry.
type Entity struct {
	ID       string
	Kind     Kind
	Name     string
	Aliases  []string
	Code     string // CAMEO actor code; for imported people, the default code
	Country  string // ISO alpha-3
	Sector   string
	Roles    []Role
	Demonyms []string
	Capitals []string
	Nouns    []string // lower-case agent or non-actor nouns
	Titles   []string // titles preceding names
	Offices  []string // titles of offices one person holds at a time ("Pope")
	Persons  []string // singular nouns among Nouns that name one person ("journalist")
	Heads    []string // capitalised last words of names that are no actors ("Act")
	Parent   string   // id of the parent organisation
	Sex      string   // a person's sex where known as fact: "m", "f" or ""
	Notes    []string
	// Fold makes names and aliases match regardless of case (imported
	// upper-case dictionaries).
	Fold bool
	// Prefix marks an imported agent whose code goes before its owner's
	// ("MSF [NGO~]": "MSF Arnor" is NGOARN).
	Prefix bool
	Pos    Pos
}

// Names returns the name and the aliases.
func (e *Entity) Names() []string { return append([]string{e.Name}, e.Aliases...) }

// Field tells which field of an entity a name came from.
type Field uint8

// The fields that carry names.
const (
	FieldName Field = iota
	FieldAlias
	FieldDemonym
	FieldCapital
	FieldNoun
	FieldTitle
)

func (f Field) String() string {
	return [...]string{"name", "alias", "demonym", "capital", "noun", "title"}[f]
}

// NameRef is what a Matcher value refers to.
type NameRef struct {
	Entity *Entity
	Field  Field
	Text   string
}

// KB is a loaded knowledge base.
type KB struct {
	entities []*Entity
	byID     map[string]*Entity
	exact    map[string][]NameRef // name, alias, demonym, capital (and folded for Fold entities)
	folded   map[string][]NameRef // lower-cased: nouns, Fold entities
	titles   map[string][]NameRef // lower-cased titles, for Agent
	heads    map[string]*Entity   // non-actor name heads, as written
	offices  map[string][]*Entity // lower-cased role titles → people who held them
	sole     map[string]bool      // lower-cased titles of offices one person holds at a time
	persons  map[string]bool      // lower-cased agent nouns that name one person

	once sync.Once
	trie *match.Trie
	refs []NameRef
}

// Diagnostic is a problem found in a KB file.
type Diagnostic struct {
	Pos
	Msg string
}

func (d Diagnostic) Error() string { return d.Pos.String() + ": " + d.Msg }

// Diagnostics is a list of problems; it implements error.
type Diagnostics []Diagnostic

func (ds Diagnostics) Error() string {
	var b strings.Builder
	for i, d := range ds {
		if i == 10 {
			fmt.Fprintf(&b, "\n... and %d more", len(ds)-10)
			break
		}
		if i > 0 {
			b.WriteByte('\n')
		}
		b.WriteString(d.Error())
	}
	return b.String()
}

// ErrInvalid is wrapped by the error Load returns when files have problems.
var ErrInvalid = errors.New("invalid knowledge base")

// Load reads every *.kb file at the top of each fsys (in name order), checks
// them as Lint does and builds the KB. It fails when any check fails; the
// error wraps ErrInvalid and a Diagnostics.
func Load(fsys ...fs.FS) (*KB, error) {
	ents, diags, err := readAll(fsys)
	if err != nil {
		return nil, err
	}
	diags = append(diags, check(ents)...)
	if len(diags) > 0 {
		return nil, fmt.Errorf("%w: %w", ErrInvalid, diags)
	}
	return New(ents), nil
}

// Lint checks every *.kb file of each fsys and returns the problems found,
// sorted by file and line. err reports I/O failures only.
func Lint(fsys ...fs.FS) (Diagnostics, error) {
	ents, diags, err := readAll(fsys)
	if err != nil {
		return nil, err
	}
	diags = append(diags, check(ents)...)
	sort.SliceStable(diags, func(i, j int) bool {
		if diags[i].File != diags[j].File {
			return diags[i].File < diags[j].File
		}
		return diags[i].Line < diags[j].Line
	})
	return diags, nil
}

func readAll(fsys []fs.FS) ([]*Entity, Diagnostics, error) {
	var ents []*Entity
	var diags Diagnostics
	for _, f := range fsys {
		names, err := fs.Glob(f, "*.kb")
		if err != nil {
			return nil, nil, fmt.Errorf("kb: %w", err)
		}
		sort.Strings(names)
		for _, n := range names {
			b, err := fs.ReadFile(f, n)
			if err != nil {
				return nil, nil, fmt.Errorf("kb: %w", err)
			}
			file := n
			if df, ok := f.(interface{ Dir() string }); ok {
				file = path.Join(df.Dir(), n)
			}
			e, d := Parse(file, b)
			ents = append(ents, e...)
			diags = append(diags, d...)
		}
	}
	return ents, diags, nil
}

// New builds a KB from entities that were already checked (for example by
// an importer). Entities are not copied.
func New(ents []*Entity) *KB {
	k := &KB{
		entities: ents,
		byID:     make(map[string]*Entity, len(ents)),
		exact:    map[string][]NameRef{},
		folded:   map[string][]NameRef{},
		titles:   map[string][]NameRef{},
		heads:    map[string]*Entity{},
		offices:  map[string][]*Entity{},
		sole:     map[string]bool{},
		persons:  map[string]bool{},
	}
	for _, e := range ents {
		if _, dup := k.byID[e.ID]; !dup {
			k.byID[e.ID] = e
		}
		k.index(e)
	}
	return k
}

func (k *KB) add(m map[string][]NameRef, key string, r NameRef) {
	for _, x := range m[key] {
		if x.Entity == r.Entity && x.Field == r.Field {
			return
		}
	}
	m[key] = append(m[key], r)
}

func (k *KB) index(e *Entity) {
	put := func(f Field, ss []string) {
		for _, s := range ss {
			r := NameRef{Entity: e, Field: f, Text: s}
			if e.Fold {
				k.add(k.folded, strings.ToLower(s), r)
			} else {
				k.add(k.exact, s, r)
			}
		}
	}
	if e.Kind != KindAgent {
		// An agent's name is a label ("environment", "health"): its
		// nouns and titles are what text is matched against.
		put(FieldName, []string{e.Name})
	}
	put(FieldAlias, e.Aliases)
	put(FieldDemonym, e.Demonyms)
	put(FieldCapital, e.Capitals)
	for _, n := range e.Nouns {
		k.add(k.folded, strings.ToLower(n), NameRef{Entity: e, Field: FieldNoun, Text: n})
	}
	for _, h := range e.Heads {
		if _, ok := k.heads[h]; !ok {
			k.heads[h] = e
		}
	}
	for _, o := range e.Offices {
		k.sole[strings.ToLower(o)] = true
	}
	for _, p := range e.Persons {
		k.persons[strings.ToLower(p)] = true
	}
	if e.Kind == KindPerson {
		for _, r := range e.Roles {
			t := strings.ToLower(r.Title)
			if held := k.offices[t]; len(held) == 0 || held[len(held)-1] != e {
				k.offices[t] = append(held, e)
			}
		}
	}
	for _, t := range e.Titles {
		r := NameRef{Entity: e, Field: FieldTitle, Text: t}
		k.add(k.exact, t, r)
		k.add(k.titles, strings.ToLower(t), r)
	}
}

// Entities returns all entities in load order (shared: do not modify).
func (k *KB) Entities() []*Entity { return k.entities }

// Entity returns the entity with the given id.
func (k *KB) Entity(id string) (*Entity, bool) {
	e, ok := k.byID[id]
	return e, ok
}

// Lookup returns the references whose text is s: case-sensitive names,
// aliases, demonyms, capitals and titles first, then case-folded nouns and
// imported names.
func (k *KB) Lookup(s string) []NameRef {
	out := append([]NameRef(nil), k.exact[s]...)
	var buf [64]byte
	return append(out, k.folded[string(lower.Append(buf[:0], s))]...) // no allocation for ASCII names of up to 64 bytes
}

// Matcher returns a trie of every name, alias, demonym, capital, title
// (case-sensitive) and noun (case-folded) in the KB, tokenized with
// match.Split. Match values index Ref. It is built on first use.
func (k *KB) Matcher() *match.Trie {
	k.once.Do(k.buildMatcher)
	return k.trie
}

// Ref returns what a Matcher value refers to.
func (k *KB) Ref(v int32) NameRef {
	k.once.Do(k.buildMatcher)
	return k.refs[v]
}

func (k *KB) buildMatcher() {
	n := 0
	for _, rs := range k.exact {
		n += len(rs)
	}
	for _, rs := range k.folded {
		n += len(rs)
	}
	t := match.NewSize(n)
	refs := make([]NameRef, 0, n)
	addAll := func(m map[string][]NameRef, fold bool) {
		keys := make([]string, 0, len(m))
		for s := range m {
			keys = append(keys, s)
		}
		sort.Strings(keys) // deterministic values
		for _, s := range keys {
			toks := match.Split(s)
			// A name written with a lower-case article ("the Security
			// Council") also matches capitalised at the start of a
			// sentence or heading ("The Security Council agreed").
			var capToks []string
			if !fold && len(toks) > 1 && toks[0] == "the" {
				if _, dup := m["The"+s[len("the"):]]; !dup {
					capToks = append([]string{"The"}, toks[1:]...)
				}
			}
			for _, r := range m[s] {
				t.Add(toks, int32(len(refs)), fold)
				if capToks != nil {
					t.Add(capToks, int32(len(refs)), fold)
				}
				refs = append(refs, r)
			}
		}
	}
	addAll(k.exact, false)
	addAll(k.folded, true)
	k.trie, k.refs = t, refs
}

// codeInfo splits a code into country and first sector.
func codeInfo(code string) (country, sector string) {
	c, err := actorcode.ParseLenient(code)
	if err != nil {
		return "", ""
	}
	return c.Country, c.Sector()
}
