package actors

import (
	"bufio"
	_ "embed"
	"fmt"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/petrel-events/petrel/actorcode"
	"github.com/petrel-events/petrel/doc"
	"github.com/petrel-events/petrel/kb"
)

//go:embed data/org-heads.txt
var orgHeadsText string

//go:embed data/party-words.txt
var partyWordsText string

//go:embed data/gender-words.txt
var genderWordsText string

//go:embed data/thing-words.txt
var thingWordsText string

//go:embed data/description-modifiers.txt
var descriptionModifiersText string

// parseDescriptionModifiers reads data/description-modifiers.txt:
// lower-case modifier → the set of its countries (three-letter codes).
func parseDescriptionModifiers(text string) (map[string]map[string]bool, error) {
	out := map[string]map[string]bool{}
	err := eachPair("description-modifiers.txt", "MODIFIER COUNTRY", text, func(n int, w, c string) error {
		if strings.ToLower(w) != w {
			return fmt.Errorf("description-modifiers.txt:%d: %q: write the modifier in lower case", n, w)
		}
		if len(c) != 3 || strings.ToUpper(c) != c {
			return fmt.Errorf("description-modifiers.txt:%d: %q: want a three-letter country code", n, c)
		}
		if out[w][c] {
			return fmt.Errorf("description-modifiers.txt:%d: %s %s listed twice", n, w, c)
		}
		if out[w] == nil {
			out[w] = map[string]bool{}
		}
		out[w][c] = true
		return nil
	})
	if err != nil {
		return nil, err
	}
	return out, nil
}

// mustDescriptionModifiers parses the embedded list; TestDescriptionModifiers checks it.
func mustDescriptionModifiers() map[string]map[string]bool {
	m, err := parseDescriptionModifiers(descriptionModifiersText)
	if err != nil {
		panic(err)
	}
	return m
}

// parseThingWords reads data/thing-words.txt: lower-case word → kind
// ("judgement" or "quantity").
func parseThingWords(text string) (map[string]string, error) {
	out := map[string]string{}
	err := eachPair("thing-words.txt", "WORD judgement|quantity", text, func(n int, w, kind string) error {
		if kind != "judgement" && kind != "quantity" {
			return fmt.Errorf("thing-words.txt:%d: want WORD judgement|quantity, got %q", n, w+" "+kind)
		}
		if strings.ToLower(w) != w {
			return fmt.Errorf("thing-words.txt:%d: %q: words are lower-case", n, w)
		}
		if _, dup := out[w]; dup {
			return fmt.Errorf("thing-words.txt:%d: %q listed twice", n, w)
		}
		out[w] = kind
		return nil
	})
	if err != nil {
		return nil, err
	}
	return out, nil
}

// mustThingWords parses the embedded list; TestThingWords checks it.
func mustThingWords() map[string]string {
	w, err := parseThingWords(thingWordsText)
	if err != nil {
		panic(err)
	}
	return w
}

// parseGenderWords reads data/gender-words.txt: lower-case words and
// capitalised given names → "m" or "f".
func parseGenderWords(text string) (words, names map[string]string, err error) {
	words, names = map[string]string{}, map[string]string{}
	err = eachPair("gender-words.txt", "WORD m|f", text, func(n int, w, v string) error {
		if v != "m" && v != "f" {
			return fmt.Errorf("gender-words.txt:%d: want WORD m|f, got %q", n, w+" "+v)
		}
		into := words
		if first, _ := utf8.DecodeRuneInString(w); unicode.IsUpper(first) {
			into = names
		} else if strings.ToLower(w) != w {
			return fmt.Errorf("gender-words.txt:%d: %q: a word is lower-case, a given name starts with a capital", n, w)
		}
		if _, dup := into[w]; dup {
			return fmt.Errorf("gender-words.txt:%d: %q listed twice", n, w)
		}
		into[w] = v
		return nil
	})
	if err != nil {
		return nil, nil, err
	}
	return words, names, nil
}

// mustGenderWords parses the embedded list; TestGenderWords checks it.
func mustGenderWords() (words, names map[string]string) {
	w, n, err := parseGenderWords(genderWordsText)
	if err != nil {
		panic(err)
	}
	return w, n
}

// parsePartyWords reads data/party-words.txt: word → party code.
func parsePartyWords(text string) (map[string]string, error) {
	out := map[string]string{}
	err := eachPair("party-words.txt", "WORD CODE", text, func(n int, w, code string) error {
		c, err := actorcode.Parse(code)
		if err != nil || c.Country == "" {
			return fmt.Errorf("party-words.txt:%d: bad code %q: want a country and a sector", n, code)
		}
		if _, dup := out[w]; dup {
			return fmt.Errorf("party-words.txt:%d: %q listed twice", n, w)
		}
		out[w] = code
		return nil
	})
	if err != nil {
		return nil, err
	}
	return out, nil
}

// eachPair calls fn with the line number and the two fields of every line
// of text (a list file called name) that is neither blank nor a "#"
// comment; a line of another shape is an error saying what it should be
// (want).
func eachPair(name, want, text string, fn func(n int, key, value string) error) error {
	sc := bufio.NewScanner(strings.NewReader(text))
	for n := 1; sc.Scan(); n++ {
		line := strings.TrimSpace(sc.Text())
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		f := strings.Fields(line)
		if len(f) != 2 {
			return fmt.Errorf("%s:%d: want %s, got %q", name, n, want, line)
		}
		if err := fn(n, f[0], f[1]); err != nil {
			return err
		}
	}
	return sc.Err()
}

// mustPartyWords parses the embedded list; TestPartyWords checks it.
func mustPartyWords() map[string]string {
	w, err := parsePartyWords(partyWordsText)
	if err != nil {
		panic(err)
	}
	return w
}

// partyAgent codes a bare agent phrase m of sentence s (a sector only)
// that a party word starts before a lower-case agent noun ("Republican
// senators": USAPTYLEG; "Democratic leaders" speak for the party,
// USAPTY), the word inside the phrase or, tagged a proper noun, right
// before it. A capitalised noun after the word makes another name
// ("Republican Guard").
func (r *Recognizer) partyAgent(d *doc.Doc, s int, m *doc.Mention) {
	k := tokenAt(d, s, m.Start)
	if k < 0 {
		return
	}
	sent := d.Sentences[s]
	w := -1
	switch {
	case r.party[d.Tokens[k].Text] != "" && k+1 < sent.TokenEnd && d.Tokens[k+1].Start < m.End && commonWord(d.Tokens[k+1].Text):
		w = k
	case k > sent.TokenStart && r.party[d.Tokens[k-1].Text] != "" && d.Tokens[k-1].End+1 == m.Start && commonWord(d.Tokens[k].Text):
		w = k - 1
	default:
		return
	}
	code := r.party[d.Tokens[w].Text]
	if m.Sector != "GOV" && m.Sector != "PTY" {
		if c, err := actorcode.Compose(code, m.Sector); err == nil {
			code = c
		}
	}
	m.Code, m.Country, m.Via = code, countryOf(code), "demonym"
	m.Span.Start = d.Tokens[w].Start
	m.Text = d.Text[m.Start:m.End]
}

// orgHeads are the last words of organisations' names with their sectors
// ("" for the country alone), and the country names that begin other
// places' names (data/org-heads.txt).
type orgHeads struct {
	sector map[string]string
	skip   map[string]bool
}

// parseOrgHeads reads data/org-heads.txt.
func parseOrgHeads(text string) (orgHeads, error) {
	h := orgHeads{sector: map[string]string{}, skip: map[string]bool{}}
	sc := bufio.NewScanner(strings.NewReader(text))
	for n := 1; sc.Scan(); n++ {
		line := strings.TrimSpace(sc.Text())
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		if name, ok := strings.CutPrefix(line, "skip:"); ok {
			h.skip[strings.TrimSpace(name)] = true
			continue
		}
		f := strings.Fields(line)
		if len(f) != 2 {
			return h, fmt.Errorf("org-heads.txt:%d: want WORD SECTOR, got %q", n, line)
		}
		sector := f[1]
		if sector == "-" {
			sector = ""
		} else if !actorcode.IsSector(sector) {
			return h, fmt.Errorf("org-heads.txt:%d: unknown sector %q", n, sector)
		}
		if _, dup := h.sector[f[0]]; dup {
			return h, fmt.Errorf("org-heads.txt:%d: %q listed twice", n, f[0])
		}
		h.sector[f[0]] = sector
	}
	return h, sc.Err()
}

// mustOrgHeads parses the embedded list; TestOrgHeads checks it.
func mustOrgHeads() orgHeads {
	h, err := parseOrgHeads(orgHeadsText)
	if err != nil {
		panic(err)
	}
	return h
}

// maxCountryWords is the longest country name looked for at the start of
// an organisation's name ("Central African Republic").
const maxCountryWords = 3

// countryBody codes an unknown proper name, tokens [k, j) of sentence s,
// that begins with a country's name and ends with an organisation's head
// word ("Kestria Revenue Authority" KESGOV, "Kestria Cricket Board"
// KES): that country's body. It returns "" when the name is no such
// body: a name of one country word and the head, or a country word
// followed by a word that makes a place ("Niger Delta").
func (r *Recognizer) countryBody(d *doc.Doc, k, j int) (code, country, sector string) {
	if j-k < 3 {
		return "", "", ""
	}
	sector, ok := r.heads.sector[d.Tokens[j-1].Text]
	if !ok {
		return "", "", ""
	}
	for n := min(maxCountryWords, j-k-2); n >= 1; n-- {
		name := d.Text[d.Tokens[k].Start:d.Tokens[k+n-1].End]
		if r.heads.skip[name] || placeWords[d.Tokens[k+n].Text] {
			continue
		}
		p := piece{refs: r.kb.Lookup(name)}
		e := firstEntity(p, kb.KindCountry)
		if e == nil {
			continue
		}
		country := countryOf(codeOf(e))
		if country == "" {
			continue
		}
		code := country
		if sector != "" {
			if c, err := actorcode.Compose(country, sector); err == nil {
				code = c
			}
		}
		return code, country, sector
	}
	return "", "", ""
}

// placeWords follow a country's name in names of places, not bodies.
var placeWords = map[string]bool{
	"Delta": true, "River": true, "Valley": true, "Basin": true, "Coast": true, "Sea": true, "Gulf": true,
	"Lake": true, "Mountains": true, "Desert": true, "State": true, "City": true,
}

// commonWord reports whether w is written as a common noun is: in lower
// case, or an abbreviation in capitals with a plural s ("MPs", "MEPs"),
// not capitalised as a name's word ("Guard").
func commonWord(w string) bool {
	if isLower(w) {
		return true
	}
	base := strings.TrimSuffix(w, "s")
	return len(base) >= 2 && base != w && strings.ToUpper(base) == base
}
