// Command countries regenerates kb/data/countries.kb and
// actorcode/data/countries.tsv from the world-countries npm package (mledoze,
// ODbL 1.0) and the hand-edited overlay.tsv beside this file:
//
//	mkdir -p /tmp/wc && (cd /tmp/wc && npm pack world-countries && tar xzf world-countries-*.tgz)
//	go run ./internal/gen/countries -in /tmp/wc/package/countries.json
//
// The package itself is not committed.
package main

import (
	"bufio"
	"bytes"
	"encoding/json"
	"flag"
	"fmt"
	"log"
	"os"
	"path/filepath"
	"slices"
	"sort"
	"strings"
	"unicode"
)

type country struct {
	Name struct {
		Common   string `json:"common"`
		Official string `json:"official"`
	} `json:"name"`
	CCA3         string   `json:"cca3"`
	Independent  *bool    `json:"independent"`
	Status       string   `json:"status"`
	UNMember     bool     `json:"unMember"`
	Capital      []string `json:"capital"`
	AltSpellings []string `json:"altSpellings"`
	Region       string   `json:"region"`
	Subregion    string   `json:"subregion"`
	Demonyms     map[string]struct {
		F string `json:"f"`
		M string `json:"m"`
	} `json:"demonyms"`
}

func main() {
	in := flag.String("in", "/tmp/wc/package/countries.json", "world-countries countries.json")
	overlay := flag.String("overlay", "internal/gen/countries/overlay.tsv", "hand-edited overlay")
	kbOut := flag.String("kb", "kb/data/countries.kb", "KB output")
	codesOut := flag.String("codes", "actorcode/data/countries.tsv", "actor code table output")
	flag.Parse()
	if err := run(*in, *overlay, *kbOut, *codesOut); err != nil {
		log.Fatal(err)
	}
}

type edits map[string]map[string][]string // cca3 → action → values

func readOverlay(path string) (edits, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	e := edits{}
	sc := bufio.NewScanner(f)
	n := 0
	for sc.Scan() {
		n++
		line := sc.Text()
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		p := strings.Split(line, "\t")
		if len(p) != 3 {
			return nil, fmt.Errorf("%s:%d: want 3 tab-separated columns", path, n)
		}
		if e[p[0]] == nil {
			e[p[0]] = map[string][]string{}
		}
		e[p[0]][p[1]] = append(e[p[0]][p[1]], splitBar(p[2])...)
	}
	return e, sc.Err()
}

func splitBar(s string) []string {
	var out []string
	for _, x := range strings.Split(s, "|") {
		if x = strings.TrimSpace(x); x != "" {
			out = append(out, x)
		}
	}
	return out
}

// latin reports whether s is written in Latin script (with common
// punctuation), so that native names in other scripts are left out.
func latin(s string) bool {
	for _, r := range s {
		if unicode.IsLetter(r) && !unicode.Is(unicode.Latin, r) {
			return false
		}
	}
	return true
}

// plural returns the plural of a demonym noun, or "" when it has none
// ("Chinese", "British", "Swiss").
func plural(d string) string {
	for _, suf := range []string{"ese", "sh", "ch", "ss", "s", "x", "z"} {
		if strings.HasSuffix(d, suf) {
			return ""
		}
	}
	if strings.HasSuffix(d, "man") {
		return strings.TrimSuffix(d, "man") + "men"
	}
	return d + "s"
}

// slug turns a name into an entry id: "United States" → "united-states".
func slug(s string) string {
	s = strings.ToLower(s)
	var b strings.Builder
	dash := false
	for _, r := range s {
		switch {
		case r >= 'a' && r <= 'z' || r >= '0' && r <= '9':
			b.WriteRune(r)
			dash = false
		case r > 127 && unicode.IsLetter(r):
			// fold common Latin accents
			switch r {
			case 'é', 'è', 'ê', 'ë':
				r = 'e'
			case 'ç':
				r = 'c'
			case 'ô', 'ö', 'ó':
				r = 'o'
			case 'ü', 'ú':
				r = 'u'
			case 'í', 'ï':
				r = 'i'
			case 'á', 'à', 'ã', 'å':
				r = 'a'
			default:
				continue
			}
			b.WriteRune(r)
			dash = false
		default:
			if !dash && b.Len() > 0 {
				b.WriteByte('-')
				dash = true
			}
		}
	}
	return strings.TrimSuffix(b.String(), "-")
}

// takesThe reports whether an English country name is used with "the".
func takesThe(n string) bool {
	for _, w := range []string{"United ", "Republic", "Islands", "Kingdom", "Federation", "States", "Emirates", "Union"} {
		if strings.Contains(n, w) {
			return true
		}
	}
	return strings.HasSuffix(n, "lands") || strings.HasSuffix(n, "ines")
}

type list struct {
	items []string
	seen  map[string]bool
}

func (l *list) add(xs ...string) {
	if l.seen == nil {
		l.seen = map[string]bool{}
	}
	for _, x := range xs {
		if x = strings.TrimSpace(x); x != "" && !l.seen[x] {
			l.seen[x] = true
			l.items = append(l.items, x)
		}
	}
}

func (l *list) drop(xs ...string) {
	for _, x := range xs {
		if i := slices.Index(l.items, x); i >= 0 {
			l.items = slices.Delete(l.items, i, i+1)
		}
		if l.seen == nil {
			l.seen = map[string]bool{}
		}
		l.seen[x] = true // never re-added
	}
}

func run(in, overlayPath, kbOut, codesOut string) error {
	b, err := os.ReadFile(in)
	if err != nil {
		return err
	}
	var cs []country
	if err := json.Unmarshal(b, &cs); err != nil {
		return fmt.Errorf("%s: %w", in, err)
	}
	ov, err := readOverlay(overlayPath)
	if err != nil {
		return err
	}
	sort.Slice(cs, func(i, j int) bool { return cs[i].Name.Common < cs[j].Name.Common })
	// Demonyms of independent states are not repeated for dependent
	// territories ("French" is France's, not the French Southern Lands').
	stateDemonym := map[string]bool{}
	for _, c := range cs {
		if c.Independent != nil && *c.Independent {
			if d, ok := c.Demonyms["eng"]; ok {
				stateDemonym[d.M], stateDemonym[d.F] = true, true
			}
		}
	}

	var kb, codes bytes.Buffer
	kb.WriteString(`# Countries and territories, generated by internal/gen/countries from the
# world-countries package (Mohammed Le Doze, https://github.com/mledoze/countries),
# made available under the Open Database License (ODbL) 1.0, with petrel's
# hand-edited overlay (internal/gen/countries/overlay.tsv). Do not edit: edit
# the overlay and regenerate. Seats of power are in seats.kb.
`)
	codes.WriteString("# ISO 3166 alpha-3 (CAMEO) country codes and names, generated by internal/gen/countries\n# from world-countries (ODbL 1.0). Do not edit.\ncode\tname\n")
	for _, c := range cs {
		e := ov[c.CCA3]
		code := c.CCA3
		if v := e["code"]; len(v) > 0 {
			code = v[0]
		}
		// Aliases: official name, Latin-script alternative spellings, and
		// "the" forms; two-letter ISO codes are left out.
		var alias list
		alias.seen = map[string]bool{c.Name.Common: true}
		if drop := e["drop-alias"]; len(drop) > 0 {
			alias.drop(drop...)
		}
		alias.add(c.Name.Official)
		for _, a := range c.AltSpellings {
			if len([]rune(a)) <= 2 || !latin(a) || strings.Contains(a, ",") || strings.Contains(a, "(") {
				continue
			}
			alias.add(a)
		}
		for _, n := range []string{c.Name.Common, c.Name.Official} {
			if takesThe(n) && !strings.HasPrefix(n, "The ") {
				alias.add("the " + n)
			}
		}
		alias.add(e["alias"]...)
		// drop dropped names in their "the" forms too, and names with
		// parentheses ("Republic of China (Taiwan)")
		dropped := map[string]bool{}
		for _, d := range e["drop-alias"] {
			dropped[d] = true
		}
		kept := alias.items[:0]
		for _, a := range alias.items {
			if dropped[strings.TrimPrefix(a, "the ")] || strings.ContainsAny(a, "()") {
				continue
			}
			kept = append(kept, a)
		}
		alias.items = kept
		var dem list
		dem.drop(e["drop-demonym"]...)
		if d, ok := c.Demonyms["eng"]; ok {
			for _, form := range []string{d.M, d.F} {
				for _, x := range strings.Split(form, ",") {
					x = strings.TrimSpace(x)
					if x == "" || dem.seen[x] {
						continue
					}
					if stateDemonym[x] && (c.Independent == nil || !*c.Independent) {
						continue
					}
					dem.add(x)
					if p := plural(x); p != "" {
						dem.add(p)
					}
				}
			}
		}
		dem.add(e["demonym"]...)
		var capl list
		capl.drop(e["drop-capital"]...)
		for _, cp := range c.Capital {
			if latin(cp) {
				capl.add(cp)
			}
		}
		capl.add(e["capital"]...)

		id := slug(c.Name.Common)
		if v := e["id"]; len(v) > 0 {
			id = v[0]
		}
		fmt.Fprintf(&kb, "\n@country %s\nname: %s\n", id, c.Name.Common)
		if len(alias.items) > 0 {
			fmt.Fprintf(&kb, "alias: %s\n", strings.Join(alias.items, " | "))
		}
		fmt.Fprintf(&kb, "code: %s\ncountry: %s\n", code, code)
		if len(dem.items) > 0 {
			fmt.Fprintf(&kb, "demonym: %s\n", strings.Join(dem.items, " | "))
		}
		if len(capl.items) > 0 {
			fmt.Fprintf(&kb, "capital: %s\n", strings.Join(capl.items, " | "))
		}
		status := "territory"
		if c.Independent != nil && *c.Independent {
			status = "independent state"
		}
		if c.UNMember {
			status += ", UN member"
		}
		fmt.Fprintf(&kb, "note: %s; %s", status, c.Region)
		if c.Subregion != "" {
			fmt.Fprintf(&kb, ", %s", c.Subregion)
		}
		kb.WriteString("\n")
		fmt.Fprintf(&codes, "%s\t%s\n", code, c.Name.Common)
	}
	if err := os.MkdirAll(filepath.Dir(kbOut), 0o755); err != nil {
		return err
	}
	if err := os.WriteFile(kbOut, kb.Bytes(), 0o644); err != nil {
		return err
	}
	return os.WriteFile(codesOut, codes.Bytes(), 0o644)
}
