// Package actorcode parses, checks and composes actor codes in the CAMEO
// convention: a sequence of three-letter upper-case blocks whose first block
// is a country (ISO 3166 alpha-3), a region (WST, EUR, AFR, ...), an
// international prefix (IGO, NGO, MNC, ...) or, for bare agent codes, a
// sector; later blocks are regions, organisations and sectors.
//
//	RUSGOV     country RUS, sector GOV
//	UKRMIL     country UKR, sector MIL
//	IGOWSTNAT  prefix IGO, region WST, organisation NAT (NATO)
//	NGOHRIAMN  prefix NGO, sector HRI, organisation AMN (Amnesty)
//	WSTMIL     region WST, sector MIL
//
// The grammar is documented in docs/kb.md; the tables are the embedded text
// files data/countries.tsv (generated from world-countries) and
// data/codes.tsv (hand-edited).
package actorcode

import (
	_ "embed"
	"errors"
	"fmt"
	"github.com/petrel-events/petrel/internal/tsv"
	"strings"
)

// Kind classifies a three-letter block.
type Kind int

// The kinds of blocks.
const (
	Unknown Kind = iota
	Country
	Region
	Prefix
	Sector
)

func (k Kind) String() string {
	return [...]string{"unknown", "country", "region", "prefix", "sector"}[k]
}

//go:embed data/countries.tsv
var countriesTSV []byte

//go:embed data/codes.tsv
var codesTSV []byte

type entry struct {
	kind Kind
	name string
}

// table maps blocks to their kind and name. It is built once from the
// embedded files and never modified (an immutable table).
var table = mustTable()

// countryBlocks holds the country codes, which may share letters with a
// sector code (MUS is Mauritius as a head, Muslim as a sector).
var countryBlocks = map[string]string{}

func mustTable() map[string]entry {
	t := map[string]entry{}
	read := func(name string, b []byte, kindCol bool) {
		err := tsv.Rows(name, b, func(_ int, f []string) error {
			k := Country
			if kindCol {
				switch f[0] {
				case "region":
					k = Region
				case "prefix":
					k = Prefix
				case "sector":
					k = Sector
				case "country":
					k = Country
				default:
					return fmt.Errorf("bad kind %q", f[0])
				}
				f = f[1:]
			}
			if len(f) != 2 || len(f[0]) != 3 {
				return fmt.Errorf("want a three-letter block and a name")
			}
			if k == Country {
				countryBlocks[f[0]] = f[1]
				if _, ok := t[f[0]]; ok {
					return nil
				}
			}
			t[f[0]] = entry{k, f[1]}
			return nil
		})
		if err != nil {
			panic("actorcode: " + err.Error()) // the embedded tables are tested
		}
	}
	read("data/countries.tsv", countriesTSV, false)
	read("data/codes.tsv", codesTSV, true)
	return t
}

// Lookup returns the kind and name of a block as it would be read in
// non-initial position (sector before country).
func Lookup(block string) (Kind, string) {
	e, ok := table[block]
	if !ok {
		return Unknown, ""
	}
	return e.kind, e.name
}

// IsCountry reports whether block is a known country code.
func IsCountry(block string) bool { _, ok := countryBlocks[block]; return ok }

// CountryName returns the name of a country code.
func CountryName(block string) (string, bool) { n, ok := countryBlocks[block]; return n, ok }

// IsRegion reports whether block is a region code.
func IsRegion(block string) bool { return kindOf(block) == Region }

// IsSector reports whether block is a sector (role, religion, ethnic) code.
func IsSector(block string) bool { return kindOf(block) == Sector }

// IsPrefix reports whether block is an international prefix (IGO, NGO, ...).
func IsPrefix(block string) bool { return kindOf(block) == Prefix }

// Multinational reports whether code is a multinational corporation's
// (the MNC prefix: MNCUSA, MNCRUS).
func Multinational(code string) bool { return strings.HasPrefix(code, "MNC") }

// domestic are the sectors whose bare agents in a story filed from a city
// belong to that city's country unless their sentence says otherwise
// (see Domestic).
var domestic = map[string]bool{"COP": true, "OPP": true, "LEG": true, "JUD": true, "CVL": true, "LAB": true, "EDU": true, "HLH": true, "BUS": true, "MED": true}

// Domestic reports whether a bare agent of sector belongs, in a story
// filed from a city, to that city's country: police, protesters,
// lawmakers, courts, civilians, workers, students, doctors, businesses
// and the press ("LIMA (Reuters) - Police fired tear gas at
// demonstrators": PERCOP, PEROPP). Governments, officials and armed
// forces are often foreign, and are not.
func Domestic(sector string) bool { return domestic[sector] }

func kindOf(b string) Kind { return table[b].kind }

// Blocks lists every known block of kind k (countries included for
// Country), unsorted.
func Blocks(k Kind) []string {
	var out []string
	if k == Country {
		for c := range countryBlocks {
			out = append(out, c)
		}
		return out
	}
	for c, e := range table {
		if e.kind == k {
			out = append(out, c)
		}
	}
	return out
}

// Code is a parsed actor code.
type Code struct {
	Country string   // ISO alpha-3 head ("RUS"), if any
	Prefix  string   // international prefix ("IGO"), if any
	Region  string   // region ("WST"), as head or after a prefix
	Org     string   // first organisation block ("NAT", "UNO")
	SubOrgs []string // further organisation blocks (organs: IGOUNOREFHCR → HCR)
	Sectors []string // sector blocks in order ("GOV", "MIL")
	blocks  []string
}

// Null is the CAMEO null code.
const Null = "---"

// Errors returned by Parse, wrapped with the offending code.
var (
	ErrMalformed     = errors.New("malformed actor code")
	ErrUnknownSector = errors.New("unknown sector")
	ErrUnknownHead   = errors.New("unknown country, region or prefix")
)

// split checks the syntax: upper-case ASCII letters (and, with digits,
// digits as in ICEWS-style codes), a multiple of three.
func split(s string, digits bool) ([]string, error) {
	if s == "" || len(s)%3 != 0 {
		return nil, fmt.Errorf("%w %q: want blocks of three letters", ErrMalformed, s)
	}
	for i := 0; i < len(s); i++ {
		if (s[i] < 'A' || s[i] > 'Z') && !(digits && s[i] >= '0' && s[i] <= '9') {
			return nil, fmt.Errorf("%w %q: want upper-case letters A-Z", ErrMalformed, s)
		}
	}
	b := make([]string, 0, len(s)/3)
	for i := 0; i < len(s); i += 3 {
		b = append(b, s[i:i+3])
	}
	return b, nil
}

// Parse parses a code strictly: the head must be a known country, region,
// prefix or sector; after a country or region head every block must be a
// known sector; after a prefix, unknown blocks are organisations. It is the
// check petrel's KB lint applies. The null code "---" parses to the zero
// Code.
func Parse(s string) (Code, error) { return parse(s, true) }

// ParseLenient parses a code as found in third-party dictionaries: unknown
// blocks after a country or region head are kept as sectors instead of
// failing, and digits are allowed in blocks (ICEWS-style "NGOCHRPRO214").
// Only syntax errors are reported.
func ParseLenient(s string) (Code, error) { return parse(s, false) }

func parse(s string, strict bool) (Code, error) {
	var c Code
	if s == Null {
		return c, nil
	}
	blocks, err := split(s, !strict)
	if err != nil {
		return c, err
	}
	c.blocks = blocks
	head := blocks[0]
	rest := blocks[1:]
	switch {
	case IsCountry(head):
		c.Country = head
	case kindOf(head) == Region:
		c.Region = head
	case kindOf(head) == Prefix:
		c.Prefix = head
	case kindOf(head) == Sector:
		c.Sectors = append(c.Sectors, head)
	default:
		if strict {
			return Code{}, fmt.Errorf("%w %q in %s", ErrUnknownHead, head, s)
		}
		c.Sectors = append(c.Sectors, head)
	}
	for _, b := range rest {
		k := kindOf(b)
		switch {
		case c.Prefix != "" && k == Region && c.Region == "" && c.Org == "" && len(c.Sectors) == 0:
			c.Region = b
		case k == Sector:
			c.Sectors = append(c.Sectors, b)
		case c.Prefix != "" && c.Org == "":
			c.Org = b
		case c.Prefix != "":
			c.SubOrgs = append(c.SubOrgs, b)
		case strict:
			return Code{}, fmt.Errorf("%w %q in %s", ErrUnknownSector, b, s)
		default:
			c.Sectors = append(c.Sectors, b)
		}
	}
	return c, nil
}

// String returns the code as written ("" for the null code).
func (c Code) String() string {
	if c.blocks != nil {
		return strings.Join(c.blocks, "")
	}
	var b strings.Builder
	b.WriteString(c.Country)
	b.WriteString(c.Prefix)
	b.WriteString(c.Region)
	b.WriteString(c.Org)
	for _, s := range c.SubOrgs {
		b.WriteString(s)
	}
	for _, s := range c.Sectors {
		b.WriteString(s)
	}
	return b.String()
}

// IsNull reports whether c is the null code.
func (c Code) IsNull() bool { return len(c.blocks) == 0 && c.String() == "" }

// Sector returns the first sector block, or "".
func (c Code) Sector() string {
	if len(c.Sectors) == 0 {
		return ""
	}
	return c.Sectors[0]
}

// armedGroup holds the sectors of non-state armed groups, which the
// fighters, militants or rebels of such a group do not extend.
var armedGroup = map[string]bool{"REB": true, "INS": true, "SEP": true, "UAF": true}

// Compose appends sector blocks to a head (country, region or an
// organisation code) and returns the code: Compose("UKR", "GOV") is
// "UKRGOV", Compose("WST", "MIL") is "WSTMIL". Empty parts are skipped and a
// sector already at the end of the code is not repeated. It fails when the
// result does not parse leniently. An armed group's code is not extended
// by another armed-group sector: Compose("PSEREB", "INS") is "PSEREB"
// ("Hamas fighters").
func Compose(head string, sectors ...string) (string, error) {
	code := head
	for _, s := range sectors {
		if s == "" || strings.HasSuffix(code, s) && len(code) >= 3 && (len(code)-len(s))%3 == 0 {
			continue
		}
		if armedGroup[s] && len(code) >= 6 && len(code)%3 == 0 && armedGroup[code[len(code)-3:]] {
			// "Hamas fighters": an armed group's fighters are the
			// group (PSEREB, not PSEREBINS).
			continue
		}
		code += s
	}
	if _, err := ParseLenient(code); err != nil {
		return "", err
	}
	return code, nil
}
