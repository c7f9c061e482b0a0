package petrarch

import (
	"errors"
	"fmt"
	"io"
	"regexp"
	"strings"
)

// Verbs is a read verb dictionary (CAMEO.2.0 / PETRARCH format; TABARI-era
// PETRARCH 1 files with flat patterns read too).
type Verbs struct {
	File       string
	Synsets    map[string]*Synset // by name, "&CURRENCY"
	Blocks     []*VerbBlock
	Transforms []Transform
	Diags      []Diag
}

// Synset is a named set of words or phrases ("&CURRENCY").
type Synset struct {
	Name string
	// NoPlural is set for labels ending in "_": no plurals are formed.
	NoPlural bool
	Phrases  []string // words separated by spaces; a final "_" means no plural
	Line     int
}

// VerbBlock is a "--- NAME [CODE] ---" block: synonymous verbs and the
// patterns they share.
type VerbBlock struct {
	Name     string
	Code     string // the block's default code, "---" for none
	Reverse  string // the code for the reversed dyad, if written "[CODE:CODE]"
	Verbs    []Verb
	Patterns []Pattern
	Line     int
}

// Verb is one verb of a block.
type Verb struct {
	// Word is the verb as written: "SAY", "+BEEF_UP", "RE_+ARREST"; the
	// "+" marks the verb word of a multi-word verb.
	Word  string
	Forms []string // irregular forms given in {...}; empty: regular
	Code  string   // the verb's own code, "" to use the block's
	Line  int
}

// Pattern is a "- PRE * POST [CODE]" pattern.
type Pattern struct {
	Pre, Post []Elem // words before and after the verb ("*")
	// Code is the event code; Reverse the code for the reversed dyad when
	// written "[CODE:CODE]" or "[:CODE]". Either may be "---" (no event).
	Code, Reverse string
	Raw           string
	Line          int
}

// ElemKind is the kind of a pattern element.
type ElemKind uint8

// The kinds of pattern elements.
const (
	Word       ElemKind = iota // a word; Text may join consecutive words with "_"
	SynsetRef                  // "&NAME"
	Source                     // "$": the source actor
	Target                     // "+": the target actor
	Compound                   // "%": a compound actor
	Skip                       // "^": skip a noun phrase
	PrepPhrase                 // "( ... )": Children, the first is the preposition
	NounPhrase                 // "{ ... }": Children, the last is the head
)

// Elem is a pattern element.
type Elem struct {
	Kind     ElemKind
	Text     string
	Children []Elem
	// Joined marks a word joined by "_" to the synset before it
	// ("&TIETYPES_MEMOS"): it must follow that synset's word directly.
	Joined bool
}

// Transform is a "~" transformation rule, kept as its two sides.
type Transform struct {
	Left, Right string
	Line        int
}

var (
	codeRE  = regexp.MustCompile(`^(---|\d{2,4})?(:(---|\d{2,4}))?$`)
	tokenRE = regexp.MustCompile(`^[^\s:\[\]]*(:[^\s:\[\]]*)?$`)
)

// errOddCode marks a code that is kept but is not a CAMEO code.
type errOddCode struct{ code string }

func (e errOddCode) Error() string {
	return fmt.Sprintf("non-CAMEO event code [%s] kept as written", e.code)
}

// parseCode checks an event code field "CODE", "CODE:CODE" or ":CODE".
// Codes that are not CAMEO codes ("[abc]" in test dictionaries) are
// returned with an errOddCode; fields that are not codes at all fail.
func parseCode(s string) (code, rev string, err error) {
	s = strings.TrimSpace(s)
	if s == "" || s == ":" || !tokenRE.MatchString(s) {
		return "", "", fmt.Errorf("bad event code [%s]", s)
	}
	code, rev, _ = strings.Cut(s, ":")
	if !codeRE.MatchString(s) {
		return code, rev, errOddCode{s}
	}
	return code, rev, nil
}

// ReadVerbs reads a verb dictionary.
func ReadVerbs(r io.Reader, name string) (*Verbs, error) {
	ls, err := lines(r, true)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", name, err)
	}
	v := &Verbs{File: name, Synsets: map[string]*Synset{}}
	bad := func(n int, format string, args ...any) {
		v.Diags = append(v.Diags, Diag{name, n, fmt.Sprintf(format, args...)})
	}
	var syn *Synset
	var blk *VerbBlock
	for _, l := range ls {
		s := l.text
		if s == "" {
			continue
		}
		switch {
		case strings.HasPrefix(s, "---") || strings.HasPrefix(s, "###"):
			syn = nil
			inner := strings.Trim(s, "-# ")
			head, groups, ok := brackets(inner)
			if !ok {
				bad(l.n, "bad block header %q; block kept without a code", s)
			}
			blk = &VerbBlock{Name: strings.Fields(head + " ?")[0], Code: "---", Line: l.n}
			if len(groups) >= 1 {
				c, rev, err := parseCode(groups[0])
				var odd errOddCode
				switch {
				case err != nil && !errors.As(err, &odd):
					bad(l.n, "bad block code [%s]; read as ---", groups[0])
				default:
					if err != nil {
						bad(l.n, "%v", err)
					}
					if c != "" {
						blk.Code = c
					}
					blk.Reverse = rev
				}
				if len(groups) > 1 {
					bad(l.n, "block header has %d codes; the first is used", len(groups))
				}
			}
			v.Blocks = append(v.Blocks, blk)
		case s[0] == '&':
			label := strings.Fields(s)[0]
			syn = &Synset{Name: strings.TrimSuffix(label, "_"), NoPlural: strings.HasSuffix(label, "_"), Line: l.n}
			if _, dup := v.Synsets[syn.Name]; dup {
				bad(l.n, "synset %s defined again; the new definition replaces it", syn.Name)
			}
			v.Synsets[syn.Name] = syn
			blk = nil
		case s[0] == '+' && syn != nil:
			p := strings.TrimSpace(s[1:])
			if p == "" {
				bad(l.n, "empty synset member")
				continue
			}
			syn.Phrases = append(syn.Phrases, strings.Join(strings.Fields(p), " "))
		case s[0] == '~':
			left, right, ok := strings.Cut(s[1:], "=")
			if !ok || strings.TrimSpace(left) == "" || strings.TrimSpace(right) == "" {
				bad(l.n, "bad transformation %q; skipped", s)
				continue
			}
			v.Transforms = append(v.Transforms, Transform{strings.TrimSpace(left), strings.TrimSpace(right), l.n})
		case s[0] == '-':
			if blk == nil {
				bad(l.n, "pattern outside a verb block; skipped")
				continue
			}
			p, err := parsePattern(s[1:])
			var odd errOddCode
			if errors.As(err, &odd) {
				bad(l.n, "%v", err)
			} else if err != nil {
				bad(l.n, "%v; pattern skipped", err)
				continue
			}
			p.Line = l.n
			var undefined []string
			p, undefined = v.resolveSynsets(p)
			for _, name := range undefined {
				bad(l.n, "synset %s used before it is defined (PETRARCH skips such patterns)", name)
			}
			blk.Patterns = append(blk.Patterns, p)
		default:
			if blk == nil {
				bad(l.n, "verb %q outside a verb block; skipped", s)
				continue
			}
			syn = nil
			vb, err := parseVerb(s)
			if err != nil {
				bad(l.n, "%v; verb skipped", err)
				continue
			}
			vb.Line = l.n
			blk.Verbs = append(blk.Verbs, vb)
		}
	}
	return v, nil
}

// parseVerb parses "WORD {FORMS} [CODE]" (the code may also come first).
func parseVerb(s string) (Verb, error) {
	var vb Verb
	if i := strings.IndexByte(s, '{'); i >= 0 {
		j := strings.IndexByte(s, '}')
		if j < i {
			return Verb{}, fmt.Errorf("missing '}' in %q", s)
		}
		vb.Forms = strings.Fields(s[i+1 : j])
		s = s[:i] + " " + s[j+1:]
	}
	head, groups, ok := brackets(s)
	if !ok || len(groups) > 1 {
		return Verb{}, fmt.Errorf("bad verb line %q", s)
	}
	if len(groups) == 1 {
		c, rev, err := parseCode(groups[0])
		var odd errOddCode
		if err != nil && !errors.As(err, &odd) {
			return Verb{}, err
		}
		if rev != "" {
			c = c + ":" + rev
		}
		vb.Code = c
	}
	f := strings.Fields(head)
	if len(f) == 0 {
		return Verb{}, fmt.Errorf("no verb in %q", s)
	}
	// TABARI-era lines write multi-word verbs with spaces ("SCOF AT")
	vb.Word = strings.Join(f, "_")
	return vb, nil
}

// parsePattern parses "PRE * POST [CODE]" (the leading "-" removed).
func parsePattern(s string) (Pattern, error) {
	p := Pattern{Raw: strings.TrimSpace(s)}
	i := strings.LastIndexByte(s, '[')
	j := strings.LastIndexByte(s, ']')
	if i < 0 || j < i || strings.TrimSpace(s[j+1:]) != "" {
		return p, fmt.Errorf("pattern %q has no [CODE] at its end", p.Raw)
	}
	code, rev, codeErr := parseCode(s[i+1 : j])
	var odd errOddCode
	if codeErr != nil && !errors.As(codeErr, &odd) {
		return p, codeErr
	}
	p.Code, p.Reverse = code, rev
	body := s[:i]
	var err error
	pre, post, ok := strings.Cut(body, "*")
	if !ok {
		return p, fmt.Errorf("pattern %q has no verb marker *", p.Raw)
	}
	if strings.Contains(post, "*") {
		return p, fmt.Errorf("pattern %q has more than one *", p.Raw)
	}
	if p.Pre, err = parseElems(pre); err != nil {
		return p, fmt.Errorf("pattern %q: %w", p.Raw, err)
	}
	if p.Post, err = parseElems(post); err != nil {
		return p, fmt.Errorf("pattern %q: %w", p.Raw, err)
	}
	return p, codeErr
}

// groupSpacer puts spaces around group brackets so they become tokens.
var groupSpacer = strings.NewReplacer("(", " ( ", ")", " ) ", "{", " { ", "}", " } ")

// parseElems parses a sequence of pattern elements with nested (...) and
// {...} groups.
func parseElems(s string) ([]Elem, error) {
	toks := strings.Fields(groupSpacer.Replace(s))
	elems, rest, err := elemSeq(toks, "")
	if err != nil {
		return nil, err
	}
	if len(rest) > 0 {
		return nil, fmt.Errorf("unbalanced %q", rest[0])
	}
	return elems, nil
}

func elemSeq(toks []string, closer string) ([]Elem, []string, error) {
	var out []Elem
	for len(toks) > 0 {
		t := toks[0]
		toks = toks[1:]
		switch t {
		case ")", "}":
			if t != closer {
				return nil, nil, fmt.Errorf("unexpected %q", t)
			}
			return out, toks, nil
		case "(", "{":
			want, kind := ")", PrepPhrase
			if t == "{" {
				want, kind = "}", NounPhrase
			}
			kids, rest, err := elemSeq(toks, want)
			if err != nil {
				return nil, nil, err
			}
			if len(kids) == 0 {
				return nil, nil, fmt.Errorf("empty %s%s", t, want)
			}
			out = append(out, Elem{Kind: kind, Children: kids})
			toks = rest
		case "$":
			out = append(out, Elem{Kind: Source, Text: t})
		case "+":
			out = append(out, Elem{Kind: Target, Text: t})
		case "%":
			out = append(out, Elem{Kind: Compound, Text: t})
		case "^":
			out = append(out, Elem{Kind: Skip, Text: t})
		default:
			if strings.HasPrefix(t, "&") {
				out = append(out, Elem{Kind: SynsetRef, Text: strings.TrimSuffix(t, "_")})
				continue
			}
			out = append(out, Elem{Kind: Word, Text: t})
		}
	}
	if closer != "" {
		return nil, nil, fmt.Errorf("missing %q", closer)
	}
	return out, nil, nil
}

// resolveSynsets splits synset references joined to following words by
// "_" ("&FIGHT_GAMES" is &FIGHT then GAMES, unless &FIGHT_GAMES is itself
// defined) and returns the names that are not defined.
func (v *Verbs) resolveSynsets(p Pattern) (Pattern, []string) {
	var undefined []string
	var walk func([]Elem) []Elem
	walk = func(es []Elem) []Elem {
		out := es[:0:0]
		for _, e := range es {
			e.Children = walk(e.Children)
			if e.Kind != SynsetRef {
				out = append(out, e)
				continue
			}
			if _, ok := v.Synsets[e.Text]; ok {
				out = append(out, e)
				continue
			}
			parts := strings.Split(e.Text, "_")
			found := false
			for k := len(parts) - 1; k >= 1; k-- {
				name := strings.Join(parts[:k], "_")
				if _, ok := v.Synsets[name]; ok {
					out = append(out, Elem{Kind: SynsetRef, Text: name}, Elem{Kind: Word, Text: strings.Join(parts[k:], "_"), Joined: true})
					found = true
					break
				}
			}
			if !found {
				undefined = append(undefined, e.Text)
				out = append(out, e)
			}
		}
		return out
	}
	p.Pre = walk(p.Pre)
	p.Post = walk(p.Post)
	return p, undefined
}

// Lookup returns the blocks containing verb word w (upper case, any form)
// and the verb entry.
func (v *Verbs) Lookup(w string) (*VerbBlock, Verb, bool) {
	w = strings.ToUpper(w)
	for _, b := range v.Blocks {
		for _, vb := range b.Verbs {
			base := strings.ReplaceAll(vb.Word, "+", "")
			if base == w {
				return b, vb, true
			}
			for _, f := range vb.Forms {
				if strings.ReplaceAll(f, "+", "") == w {
					return b, vb, true
				}
			}
		}
	}
	return nil, Verb{}, false
}

// Counts returns the numbers of blocks, verbs and patterns.
func (v *Verbs) Counts() (blocks, verbs, patterns int) {
	for _, b := range v.Blocks {
		verbs += len(b.Verbs)
		patterns += len(b.Patterns)
	}
	return len(v.Blocks), verbs, patterns
}
