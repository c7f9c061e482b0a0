package coder

import (
	"bufio"
	"fmt"
	"io"
	"io/fs"
	"path"
	"sort"
	"strings"
)

// Dictionary is a set of event classes read from pattern files (*.pat, see
// docs/patterns.md). It is immutable once loaded and safe for concurrent use.
type Dictionary struct {
	Classes []*Class
	Sets    map[string][]string // named word sets, "&WEAPON" → lemmas
	// Lenient keeps event codes as written: codes that are not CAMEO codes
	// (imported dictionaries use local codes such as "174K") are not
	// rejected by New and are emitted without a PLOVER type.
	Lenient bool
	// AnyPrepTarget lets a nominal after any preposition (but "by") be the
	// target when the object names no actor: PETRARCH takes the first
	// actor after the verb ("renewed his licence in X" targets X).
	AnyPrepTarget bool
	// byVerb and byNoun index the triggers by lemma.
	byVerb map[string][]*trigger
	byNoun map[string][]*trigger
}

// Class is a block of a pattern file: groups of trigger words with their
// patterns, under a name and a CAMEO code that documents the class.
type Class struct {
	Name   string // "THREATEN"
	Code   string // the class's CAMEO code, "130"
	Groups []*Group
	// Speaker makes the speaker of a reported clause the source of the event
	// (threats, demands, promises made in reported speech).
	Speaker bool
	// Pattern options applying to every pattern of the class.
	Options Options
	Pos     string // "file:line"
}

// Group is a set of trigger words (verbs and nouns) and the patterns that
// apply to them. A trigger yields an event only when one of its group's
// patterns matches; "* => CODE" is the group's default.
type Group struct {
	Class    *Class
	Verbs    []string
	Nouns    []string
	Patterns []*Pattern
}

// Options are the key=value settings of a pattern or class.
type Options struct {
	PLOVER  string   // PLOVER type override
	Mode    string   // PLOVER mode override
	Context []string // PLOVER contexts added
	// Swap exchanges source and target (the "receive" side of a code, or
	// verbs like "suffer" whose subject is the victim).
	Swap bool
	// Speaker makes this pattern's event the speaker's own in reported
	// speech, like a class with `speaker: yes`.
	Speaker bool
	// Reverse is the code of a second event from the target to the source
	// (reverse=CODE); Pattern.Reverse holds it after loading.
	Reverse string
	// Mutual makes coordinated subjects act on one another ("Pakistan and
	// India exchanged fire": PAK→IND and IND→PAK), as PETRARCH's "%".
	Mutual bool
	// Dyad drops the pattern's event when it has no target after the
	// mutual expansion and its source is no group (a plural noun or
	// "they"): "the senator discussed the race" is no consultation;
	// "X and Y discussed trade", "discussed it with Y" and "officials
	// discussed plans" are.
	Dyad bool
	// Negated is the code the pattern yields when its trigger is negated
	// (negated=CODE), the negation then consumed: "has not ruled out a
	// strike" keeps the strike an option, a threat (138).
	Negated string
}

// Pattern is one pattern line: constraints on the trigger's dependents and
// the code it yields.
type Pattern struct {
	Group *Group
	Elems []Elem
	// Code is the event code; "---" makes a null pattern: it matches (and
	// so blocks the group's less specific patterns) but yields no event.
	Code string
	// Reverse, when set, is the code of a second event in the opposite
	// direction (target to source): "arrived in X" is a visit by the
	// subject and a visit received by X.
	Reverse string
	Options Options
	// SubjectTarget marks a PETRARCH pattern with "+" before "*": the
	// clause's subject, active or passive, is the target (with
	// Options.Swap). The source is then a "$" after the verb
	// (NamedSource), else the subject of the clause governing a
	// complement ("- NOTED + *": "X noted that Y regretted ..." is X's
	// act on Y), else the first actor after the verb.
	SubjectTarget bool
	NamedSource   bool
	Pos           string // "file:line", the pattern's evidence name
	Text          string // the pattern as written
}

// ElemKind is the kind of a pattern element.
type ElemKind int

// The element kinds.
const (
	// ElemTarget binds the direct object (the passive subject in a passive
	// clause) as the target: TGT.
	ElemTarget ElemKind = iota
	// ElemSource binds an argument as the source: SRC (after a
	// preposition: "by SRC").
	ElemSource
	// ElemWord requires a dependent with one of the lemmas: "sanctions",
	// "force|troops", "&WEAPON".
	ElemWord
	// ElemPrep requires an oblique or nominal modifier introduced by a
	// preposition, whose head is the nested element: "against TGT",
	// "on &CEASEFIRE", "with _".
	ElemPrep
	// ElemVerb requires an open clausal complement (xcomp) or a nominal
	// infinitive: "to withdraw", whose dependents match the nested
	// elements.
	ElemVerb
	// ElemNot requires the trigger to be negated and consumes the negation
	// ("would not go unanswered").
	ElemNot
	// ElemAny matches any head: "_" after a preposition.
	ElemAny
	// ElemThat requires a finite clausal complement ("insisted that ...");
	// with Words, the complement must carry one of those modals ("that
	// must|should": a demand).
	ElemThat
	// ElemAfter requires a word of the trigger's phrase after the trigger
	// (anywhere in its subtree but in parataxis), at a position after the
	// word matched by the previous ElemAfter: the words of a PETRARCH
	// pattern after "*". Sub lists words that must modify it.
	ElemAfter
	// ElemBefore requires a word before the trigger in its clause: an
	// adverb, auxiliary or a word of the subject phrase (PETRARCH words
	// before "*"). Sub lists words that must modify it.
	ElemBefore
	// ElemCompound requires coordinated subjects and makes the event
	// reciprocal among them when it has no target ("X and Y agreed"):
	// PETRARCH's "%".
	ElemCompound
)

// Elem is one element of a pattern.
type Elem struct {
	Kind ElemKind
	// Actor makes an ElemTarget match only an object that names an actor:
	// ACTOR ("released the minister", not "released a report"); an
	// ElemAfter with Actor and no words binds the next actor of the
	// phrase as the target (PETRARCH's "+" after words).
	Actor bool
	// Coord makes an Actor element bind only coordinated actors
	// (PETRARCH's "%" after words: "* WITH %", "with X and Y").
	Coord bool
	Words []string // lemmas for ElemWord, ElemVerb, ElemAfter, ElemBefore
	Prep  string   // preposition(s) for ElemPrep, "on|against"
	// Skip makes an ElemAfter without words pass over the next noun
	// phrase of the trigger's phrase (PETRARCH's "^" after words).
	Skip bool
	// Next makes an ElemAfter (ElemBefore) match only the word right
	// after the one the previous ElemAfter (ElemBefore) matched:
	// PETRARCH's "A_B".
	Next bool
	// Touch makes an ElemBefore match only words that end right before
	// the trigger: PETRARCH's "RECENTLY_*".
	Touch bool
	// Sub holds nested elements: ElemPrep, exactly one (its head);
	// ElemVerb, any; ElemWord, ElemAfter and ElemBefore, the modifiers the
	// matched word must have (ElemWord elements).
	Sub []Elem
	// Predicative makes an ElemWord whose words are all &…PRED sets match
	// only what the trigger calls its object ("called the vote a sham").
	Predicative bool
}

// trigger is one entry of the trigger index.
type trigger struct {
	group    *Group
	particle string // "down" for "crack down"; "" if none
}

// NullCode is the code of a pattern that yields no event.
const NullCode = "---"

// preps are the words that start an ElemPrep element.
var preps = map[string]bool{
	"against": true, "on": true, "with": true, "for": true, "in": true, "into": true,
	"from": true, "over": true, "about": true, "at": true, "by": true, "of": true,
	"toward": true, "towards": true, "upon": true, "across": true, "through": true,
	"between": true, "among": true, "under": true, "onto": true, "after": true,
	"within": true, "near": true, "off": true, "out": true, "as": true, "to": true,
	"outside": true, "inside": true, "along": true, "past": true, "behind": true, "around": true,
	"beside": true, "alongside": true, "throughout": true, "amid": true, "beyond": true, "via": true,
	"regarding": true, "concerning": true,
}

// LoadDictionary reads every *.pat file of fsys (sorted by path). All errors
// are reported, each as "file:line: reason".
func LoadDictionary(fsys fs.FS) (*Dictionary, error) {
	d := &Dictionary{Sets: map[string][]string{}}
	var files []string
	err := fs.WalkDir(fsys, ".", func(p string, e fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if !e.IsDir() && path.Ext(p) == ".pat" {
			files = append(files, p)
		}
		return nil
	})
	if err != nil {
		return nil, err
	}
	sort.Strings(files)
	var errs []error
	for _, name := range files {
		f, err := fsys.Open(name)
		if err != nil {
			errs = append(errs, err)
			continue
		}
		errs = append(errs, d.parse(name, f)...)
		f.Close()
	}
	errs = append(errs, d.index()...)
	if len(errs) > 0 {
		return d, joinErrors(errs)
	}
	return d, nil
}

// ParseError is a problem in a pattern file.
type ParseError struct {
	Pos string // "file:line"
	Msg string
}

func (e *ParseError) Error() string { return e.Pos + ": " + e.Msg }

// Errors is a list of errors reported together.
type Errors []error

func (es Errors) Error() string {
	var b strings.Builder
	for i, e := range es {
		if i > 0 {
			b.WriteByte('\n')
		}
		b.WriteString(e.Error())
	}
	return b.String()
}

func joinErrors(errs []error) error {
	var out Errors
	for _, e := range errs {
		if e != nil {
			out = append(out, e)
		}
	}
	if len(out) == 0 {
		return nil
	}
	return out
}

// parse reads one pattern file.
func (d *Dictionary) parse(name string, r io.Reader) []error {
	var (
		errs []error
		cur  *Class
		grp  *Group
		set  string
	)
	sc := bufio.NewScanner(r)
	line := 0
	for sc.Scan() {
		line++
		pos := fmt.Sprintf("%s:%d", name, line)
		text := stripComment(sc.Text())
		if strings.TrimSpace(text) == "" {
			continue
		}
		fail := func(format string, args ...any) {
			errs = append(errs, &ParseError{Pos: pos, Msg: fmt.Sprintf(format, args...)})
		}
		fields := strings.Fields(text)
		switch {
		case fields[0] == "set":
			// set &NAME: a | b | c
			if len(fields) < 2 || !strings.HasPrefix(fields[1], "&") {
				fail("want `set &NAME: word | word ...`")
				continue
			}
			nm, rest, _ := strings.Cut(strings.TrimSpace(strings.TrimPrefix(strings.TrimSpace(text), "set")), ":")
			nm = strings.TrimSpace(nm)
			if _, dup := d.Sets[nm]; dup {
				fail("set %s defined twice", nm)
				continue
			}
			d.Sets[nm] = splitList(rest)
			set, cur = nm, nil
		case fields[0] == "class":
			// class NAME CODE
			if len(fields) != 3 || !isCode(fields[2]) {
				fail("want `class NAME CAMEOCODE`, got %q", strings.TrimSpace(text))
				cur = nil
				continue
			}
			cur = &Class{Name: fields[1], Code: fields[2], Pos: pos}
			grp = nil
			d.Classes = append(d.Classes, cur)
			set = ""
		case set != "" && strings.HasPrefix(strings.TrimSpace(text), "|"):
			d.Sets[set] = append(d.Sets[set], splitList(strings.TrimSpace(text)[1:])...)
		case cur == nil:
			fail("%q outside a class (start one with `class NAME CODE`)", strings.TrimSpace(text))
		case strings.Contains(text, "=>"):
			p, err := parsePattern(strings.TrimSpace(text))
			if err != nil {
				fail("%v", err)
				continue
			}
			if grp == nil {
				fail("pattern before any `verb:` or `noun:` line")
				continue
			}
			p.Group, p.Pos = grp, pos
			grp.Patterns = append(grp.Patterns, p)
		default:
			key, val, ok := strings.Cut(text, ":")
			if !ok {
				fail("want `key: value` or a pattern `... => CODE`, got %q", strings.TrimSpace(text))
				continue
			}
			key = strings.TrimSpace(key)
			if (key == "verb" || key == "noun") && (grp == nil || len(grp.Patterns) > 0) {
				grp = &Group{Class: cur}
				cur.Groups = append(cur.Groups, grp)
			}
			switch key {
			case "verb":
				grp.Verbs = append(grp.Verbs, splitList(val)...)
			case "noun":
				grp.Nouns = append(grp.Nouns, splitList(val)...)
			case "speaker":
				cur.Speaker = strings.TrimSpace(val) == "yes"
			case "options":
				o, err := parseOptions(strings.Fields(val))
				if err != nil {
					fail("%v", err)
				}
				cur.Options = o
			default:
				fail("unknown key %q (want verb, noun, speaker, options)", key)
			}
		}
	}
	if err := sc.Err(); err != nil {
		errs = append(errs, fmt.Errorf("%s: %w", name, err))
	}
	return errs
}

// index builds the trigger index and checks cross-references.
func (d *Dictionary) index() []error {
	var errs []error
	d.byVerb = map[string][]*trigger{}
	d.byNoun = map[string][]*trigger{}
	add := func(m map[string][]*trigger, g *Group, w string) {
		lemma, particle, _ := strings.Cut(w, " ")
		m[lemma] = append(m[lemma], &trigger{group: g, particle: particle})
	}
	for _, c := range d.Classes {
		if len(c.Groups) == 0 {
			errs = append(errs, &ParseError{Pos: c.Pos, Msg: fmt.Sprintf("class %s has no verb or noun", c.Name)})
		}
		for _, g := range c.Groups {
			if len(g.Patterns) == 0 {
				errs = append(errs, &ParseError{Pos: c.Pos, Msg: fmt.Sprintf("class %s: a group of triggers has no pattern (add `* => CODE` for a default)", c.Name)})
			}
			for _, v := range g.Verbs {
				add(d.byVerb, g, v)
			}
			for _, n := range g.Nouns {
				add(d.byNoun, g, n)
			}
			for _, p := range g.Patterns {
				for _, w := range p.setRefs() {
					if _, ok := d.Sets[w]; !ok {
						errs = append(errs, &ParseError{Pos: p.Pos, Msg: fmt.Sprintf("unknown set %s", w)})
					}
				}
			}
			// Most specific patterns first; file order breaks ties.
			sort.SliceStable(g.Patterns, func(i, j int) bool {
				return specificity(g.Patterns[i].Elems) > specificity(g.Patterns[j].Elems)
			})
		}
	}
	return errs
}

func (p *Pattern) setRefs() []string {
	var out []string
	var walk func([]Elem)
	walk = func(es []Elem) {
		for _, e := range es {
			for _, w := range e.Words {
				if strings.HasPrefix(w, "&") {
					out = append(out, w)
				}
			}
			walk(e.Sub)
		}
	}
	walk(p.Elems)
	return out
}

func specificity(es []Elem) int {
	n := 0
	for _, e := range es {
		switch e.Kind {
		case ElemAfter:
			if len(e.Words) == 0 {
				if !e.Skip {
					n++
				}
			} else {
				n += 3
			}
		case ElemWord, ElemVerb, ElemNot, ElemBefore, ElemThat:
			n += 3
		case ElemCompound:
			n += 2
		case ElemPrep:
			n += 2
		case ElemTarget, ElemSource:
			n++
		}
		n += specificity(e.Sub)
	}
	return n
}

// parsePattern parses "* to attack TGT => 138 plover=THREATEN".
func parsePattern(s string) (*Pattern, error) {
	lhs, rhs, _ := strings.Cut(s, "=>")
	rf := strings.Fields(rhs)
	if len(rf) == 0 || !isCode(rf[0]) {
		return nil, fmt.Errorf("pattern %q: want a CAMEO code after =>", s)
	}
	opts, err := parseOptions(rf[1:])
	if err != nil {
		return nil, err
	}
	words := strings.Fields(lhs)
	if len(words) == 0 || words[0] != "*" {
		return nil, fmt.Errorf("pattern %q: must start with the trigger *", s)
	}
	elems, rest, err := parseElems(words[1:])
	if err != nil {
		return nil, fmt.Errorf("pattern %q: %w", s, err)
	}
	if len(rest) > 0 {
		return nil, fmt.Errorf("pattern %q: unexpected %q", s, strings.Join(rest, " "))
	}
	return &Pattern{Elems: elems, Code: rf[0], Reverse: opts.Reverse, Options: opts, Text: strings.TrimSpace(lhs)}, nil
}

// parseElems parses a sequence of elements. A "to VERB" element takes the
// elements after it as its own, up to a closing ")" if the sequence was
// opened with "(".
func parseElems(ws []string) ([]Elem, []string, error) {
	var out []Elem
	for len(ws) > 0 {
		w := ws[0]
		switch {
		case w == ")":
			return out, ws, nil
		case w == "*":
			return nil, nil, fmt.Errorf("only one trigger * allowed")
		case w == "TGT":
			out = append(out, Elem{Kind: ElemTarget})
			ws = ws[1:]
		case w == "ACTOR":
			out = append(out, Elem{Kind: ElemTarget, Actor: true})
			ws = ws[1:]
		case w == "SRC":
			out = append(out, Elem{Kind: ElemSource})
			ws = ws[1:]
		case w == "not":
			out = append(out, Elem{Kind: ElemNot})
			ws = ws[1:]
		case w == "that":
			e := Elem{Kind: ElemThat}
			ws = ws[1:]
			if len(ws) > 0 && ws[0] != "TGT" && ws[0] != "SRC" && ws[0] != "_" && ws[0] != ")" && !isPrep(ws[0]) && validWord(ws[0]) {
				e.Words = splitAlt(ws[0])
				ws = ws[1:]
			}
			out = append(out, e)
		case w == "to" && len(ws) > 1 && ws[1] != "TGT" && ws[1] != "SRC" && ws[1] != "_" && !strings.HasPrefix(ws[1], "&") && ws[1] != "(":
			// "to VERB ..." — an xcomp; "to TGT" is a preposition.
			e := Elem{Kind: ElemVerb, Words: splitAlt(ws[1])}
			rest := ws[2:]
			if len(rest) > 0 && rest[0] == "(" {
				sub, r, err := parseElems(rest[1:])
				if err != nil {
					return nil, nil, err
				}
				if len(r) == 0 || r[0] != ")" {
					return nil, nil, fmt.Errorf("missing )")
				}
				e.Sub, ws = sub, r[1:]
			} else {
				sub, r, err := parseElems(rest)
				if err != nil {
					return nil, nil, err
				}
				e.Sub, ws = sub, r
			}
			out = append(out, e)
		case isPrep(w) && len(ws) > 1:
			head, r, err := parseElems(ws[1:2])
			if err != nil {
				return nil, nil, err
			}
			if len(head) != 1 || head[0].Kind == ElemVerb || head[0].Kind == ElemPrep || head[0].Kind == ElemNot {
				return nil, nil, fmt.Errorf("after %q want TGT, SRC, _ or words", w)
			}
			_ = r
			out = append(out, Elem{Kind: ElemPrep, Prep: w, Sub: head})
			ws = ws[2:]
		case w == "_":
			out = append(out, Elem{Kind: ElemAny})
			ws = ws[1:]
		case w == "(":
			return nil, nil, fmt.Errorf("( only after `to VERB`")
		default:
			if !validWord(w) {
				return nil, nil, fmt.Errorf("bad word %q", w)
			}
			if len(ws) > 1 && (ws[1] == "TGT" || ws[1] == "SRC" || ws[1] == "_") && mixesPreps(w) {
				// "* on|outside TGT" with "outside" unknown would be read
				// as words, not as a preposition.
				return nil, nil, fmt.Errorf("%q mixes prepositions with words that are not known prepositions", w)
			}
			alts := splitAlt(w)
			out = append(out, Elem{Kind: ElemWord, Words: alts, Predicative: predicativeSets(alts)})
			ws = ws[1:]
		}
	}
	return out, nil, nil
}

// isPrep reports whether w is a preposition or "|"-separated alternatives
// of prepositions.
func isPrep(w string) bool {
	for _, p := range strings.Split(w, "|") {
		if !preps[p] {
			return false
		}
	}
	return true
}

// particles are verb particles that may stand beside prepositions in an
// alternation ("* aside|off TGT": "brushed aside X").
var particles = map[string]bool{"aside": true, "away": true, "back": true, "down": true, "up": true}

// mixesPreps reports whether the alternatives of w are partly
// prepositions.
func mixesPreps(w string) bool {
	n, other := 0, 0
	for _, a := range strings.Split(w, "|") {
		switch {
		case preps[a]:
			n++
		case !particles[a]:
			other++
		}
	}
	return n > 0 && other > 0
}

func validWord(w string) bool {
	for _, r := range w {
		if !(r >= 'a' && r <= 'z' || r == '|' || r == '&' || r == '-' || r == '\'' || r >= 'A' && r <= 'Z' && strings.HasPrefix(w, "&") || r == '_' || r >= '0' && r <= '9') {
			return false
		}
	}
	return true
}

func parseOptions(fields []string) (Options, error) {
	var o Options
	for _, f := range fields {
		k, v, ok := strings.Cut(f, "=")
		switch {
		case f == "swap":
			o.Swap = true
		case f == "speaker":
			o.Speaker = true
		case f == "mutual":
			o.Mutual = true
		case f == "dyad":
			o.Dyad = true
		case !ok:
			return o, fmt.Errorf("bad option %q (want key=value, swap, speaker, mutual or dyad)", f)
		case k == "plover":
			o.PLOVER = v
		case k == "mode":
			o.Mode = v
		case k == "context":
			o.Context = strings.Split(v, ",")
		case k == "reverse":
			if !isCode(v) {
				return o, fmt.Errorf("reverse=%q: want a CAMEO code", v)
			}
			o.Reverse = v
		case k == "negated":
			if !isCode(v) || v == NullCode {
				return o, fmt.Errorf("negated=%q: want a CAMEO code", v)
			}
			o.Negated = v
		default:
			return o, fmt.Errorf("unknown option %q", k)
		}
	}
	return o, nil
}

func isCode(s string) bool {
	if s == NullCode {
		return true
	}
	if len(s) < 2 || len(s) > 4 {
		return false
	}
	for _, r := range s {
		if r < '0' || r > '9' {
			return false
		}
	}
	return true
}

func splitList(s string) []string {
	var out []string
	for _, w := range strings.Split(s, "|") {
		if w = strings.Join(strings.Fields(w), " "); w != "" {
			out = append(out, strings.ToLower(w))
		}
	}
	return out
}

func splitAlt(w string) []string { return strings.Split(w, "|") }

func stripComment(s string) string {
	if i := strings.Index(s, "#"); i >= 0 {
		return s[:i]
	}
	return s
}
