// Command cameo regenerates ontology/data/cameo.tsv and
// ontology/data/cameo_plover.tsv from the reference tables in ../shared:
//
//	go run ./internal/gen/cameo -shared ../shared -out ontology/data
//
// cameo.tsv tabulates every CAMEO event code with its standard short label and
// its Goldstein score as GDELT publishes them (ref/cameo/CAMEO.eventcodes.txt,
// ref/cameo/CAMEO.goldsteinscale.txt); root, base and QuadClass are derived
// from the code. cameo_plover.tsv tabulates the CAMEO→PLOVER conversion of
// ref/plover/CAMEO2PLOVER-2021.txt, normalised to the modes and contexts of
// the PLOVER manual, plus petrel's own decisions for the codes the table
// leaves out (statements, appeals). Every normalisation is listed in
// modeFix, contextFix and decisions below and documented in docs/ontology.md.
package main

import (
	"bufio"
	"flag"
	"fmt"
	"log"
	"os"
	"path/filepath"
	"sort"
	"strings"
)

func main() {
	shared := flag.String("shared", "../shared", "the shared reference folder")
	out := flag.String("out", "ontology/data", "output folder")
	flag.Parse()
	if err := run(*shared, *out); err != nil {
		log.Fatal(err)
	}
}

// labelFix corrects spelling slips in the reference labels.
var labelFix = map[string]string{
	"matyerial":           "material",
	"radiologicalweapons": "radiological weapons",
	"not spec below":      "not specified below",
	"cooperation,  not":   "cooperation, not",
	"for  change":         "for change",
	"Adminstrative":       "Administrative",
	"adminstrative":       "administrative",
	"Ostruct":             "Obstruct",
	"Apolgize":            "Apologize",
}

func cleanLabel(s string) string {
	s = strings.TrimSpace(s)
	for from, to := range labelFix {
		s = strings.ReplaceAll(s, from, to)
	}
	s = strings.Join(strings.Fields(s), " ")
	if s == strings.ToUpper(s) { // root labels are upper case
		s = strings.ToUpper(s[:1]) + strings.ToLower(s[1:])
	}
	return s
}

func readTSV(path string) ([][2]string, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	var rows [][2]string
	sc := bufio.NewScanner(f)
	first := true
	for sc.Scan() {
		if first {
			first = false
			continue
		}
		line := strings.TrimRight(sc.Text(), "\r")
		if line == "" {
			continue
		}
		k, v, ok := strings.Cut(line, "\t")
		if !ok {
			return nil, fmt.Errorf("%s: no tab in %q", path, line)
		}
		rows = append(rows, [2]string{strings.TrimSpace(k), v})
	}
	return rows, sc.Err()
}

// quadClass is petrel's (GDELT's) QuadClass of a root.
func quadClass(root string) int {
	switch {
	case root <= "05":
		return 1
	case root <= "08":
		return 2
	case root <= "13":
		return 3
	default:
		return 4
	}
}

func base(code string) string {
	if len(code) > 3 {
		return code[:3]
	}
	return code
}

// modeFix maps modes used in CAMEO2PLOVER-2021 that the PLOVER manual does
// not define to the manual's modes, per type.
var modeFix = map[string]string{
	"THREATEN/ban":          "restrict",
	"THREATEN/political":    "restrict",
	"COERCE/ban":            "restrict",
	"RETREAT/return":        "release",
	"RETREAT/ease":          "",
	"ASSAULT/assassinate":   "targeted",
	"ASSAULT/massacre":      "targeted",
	"ASSAULT/cleansing":     "",
	"ASSAULT/seize":         "destroy",
	"ASSAULT/pro_autocracy": "",
}

// contextFix maps contexts the manual does not define.
var contextFix = map[string]string{"democracy": "pro_democracy"}

// decisions are petrel's own PLOVER codings, applied after the table:
// statements and appeals (absent from PLOVER), and a few corrections that
// follow the manual's text. An empty type means "no PLOVER event".
var decisions = map[string][3]string{
	// 01 MAKE PUBLIC STATEMENT: no PLOVER type unless the statement
	// carries cooperation or rejection.
	"01": {"", "", ""}, "010": {"", "", ""}, "011": {"", "", ""},
	"012": {"", "", ""}, "013": {"", "", ""}, "014": {"", "", ""},
	"015": {"", "", ""}, "017": {"", "", ""},
	"016": {"REJECT", "", ""},
	"018": {"SUPPORT", "", "diplomatic"},
	"019": {"SUPPORT", "", "diplomatic"},
	// 02 APPEAL: REQUEST, with the mode and context of the matching 10 code.
	"02": {"REQUEST", "", ""}, "020": {"REQUEST", "", ""},
	"021": {"REQUEST", "assist", ""}, "0211": {"REQUEST", "assist", "economic"},
	"0212": {"REQUEST", "assist", "military"}, "0213": {"REQUEST", "assist", "legal"},
	"0214": {"REQUEST", "assist", "intelligence"}, "022": {"REQUEST", "assist", "diplomatic"},
	"023": {"REQUEST", "assist", ""}, "0231": {"REQUEST", "assist", "economic"},
	"0232": {"REQUEST", "assist", "military"}, "0233": {"REQUEST", "assist", "humanitarian"},
	"0234": {"REQUEST", "assist", "peacekeeping"},
	"024":  {"REQUEST", "change", "political_institutions"}, "0241": {"REQUEST", "change", "executive"},
	"0242": {"REQUEST", "change", "executive"}, "0243": {"REQUEST", "change", "rights_freedoms"},
	"0244": {"REQUEST", "change", "political_institutions"},
	"025":  {"REQUEST", "yield", ""}, "0251": {"REQUEST", "yield", "legal"},
	"0252": {"REQUEST", "yield", "legal"}, "0253": {"REQUEST", "yield", "legal"},
	"0254": {"REQUEST", "yield", "economic"}, "0255": {"REQUEST", "yield", "diplomatic"},
	"0256": {"REQUEST", "yield", "military"},
	"026":  {"REQUEST", "meet", "diplomatic"}, "027": {"REQUEST", "meet", "diplomatic"},
	"028": {"REQUEST", "meet", "diplomatic"},
	// The table files 105 under "change"; its subcodes and the manual use
	// "yield".
	"105": {"REQUEST", "yield", "legal"},
	// The manual codes international sanctions as SANCTION "discontinue".
	"163": {"SANCTION", "discontinue", "economic"},
	// The manual has a distinct "aerial" mode.
	"195": {"ASSAULT", "aerial", "military"},
	// 183 is any non-military bombing ("suicide, car, or other"); the
	// table's suicide-attack belongs to 1831 only.
	"183": {"ASSAULT", "explosives", ""},
	// Violent repression: the table slips pro_autocracy into the mode column.
	"175": {"ASSAULT", "", "repression; pro_autocracy"},
	// Roots and codes the table leaves without a line.
	"08": {"CONCEDE", "", ""}, "176": {"COERCE", "cyber", "cyber"},
	"1823": {"ASSAULT", "targeted", ""}, "1712": {"ASSAULT", "destroy", "human_security"},
	"16": {"SANCTION", "", ""}, "17": {"COERCE", "", ""},
	"18": {"ASSAULT", "", ""}, "19": {"ASSAULT", "", "military"}, "20": {"ASSAULT", "", ""},
	"191": {"COERCE", "restrict", "military"}, "192": {"COERCE", "seize", "military"},
	"201":  {"COERCE", "deport", "religion_ethnicity"},
	"203":  {"ASSAULT", "targeted", "religion_ethnicity"},
	"2041": {"ASSAULT", "unconventional", "cbrn"},
}

func run(shared, out string) error {
	codes, err := readTSV(filepath.Join(shared, "ref", "cameo", "CAMEO.eventcodes.txt"))
	if err != nil {
		return err
	}
	gold, err := readTSV(filepath.Join(shared, "ref", "cameo", "CAMEO.goldsteinscale.txt"))
	if err != nil {
		return err
	}
	gs := map[string]string{}
	for _, r := range gold {
		gs[r[0]] = strings.TrimSpace(r[1])
	}
	var b strings.Builder
	b.WriteString("# CAMEO event codes: code, root, base, QuadClass (petrel/GDELT), Goldstein, label.\n")
	b.WriteString("# Generated by internal/gen/cameo from GDELT's CAMEO lookups; do not edit.\n")
	b.WriteString("code\troot\tbase\tquad\tgoldstein\tname\n")
	known := map[string]bool{}
	var order []string
	for _, r := range codes {
		c := r[0]
		g, ok := gs[c]
		if !ok {
			return fmt.Errorf("no Goldstein score for %s", c)
		}
		known[c] = true
		order = append(order, c)
		fmt.Fprintf(&b, "%s\t%s\t%s\t%d\t%s\t%s\n", c, c[:2], base(c), quadClass(c[:2]), g, cleanLabel(r[1]))
	}
	if err := os.WriteFile(filepath.Join(out, "cameo.tsv"), []byte(b.String()), 0o644); err != nil {
		return err
	}

	plover, err := readMapping(filepath.Join(shared, "ref", "plover", "CAMEO2PLOVER-2021.txt"))
	if err != nil {
		return err
	}
	for c, d := range decisions {
		plover[c] = d
	}
	b.Reset()
	b.WriteString("# CAMEO code → PLOVER type, mode, contexts (\";\"-separated). Empty type: no PLOVER event.\n")
	b.WriteString("# Generated by internal/gen/cameo from CAMEO2PLOVER-2021 with petrel's normalisations; do not edit.\n")
	b.WriteString("code\ttype\tmode\tcontext\n")
	var missing []string
	for _, c := range order {
		p, ok := plover[c]
		if !ok {
			// fall back to the base code, then the root
			if q, ok2 := plover[base(c)]; ok2 {
				p = q
			} else if q, ok2 := plover[c[:2]]; ok2 {
				p = [3]string{q[0], "", ""}
			} else {
				missing = append(missing, c)
				continue
			}
		}
		fmt.Fprintf(&b, "%s\t%s\t%s\t%s\n", c, p[0], p[1], p[2])
	}
	var extra []string
	for c := range plover {
		if !known[c] {
			extra = append(extra, c)
		}
	}
	sort.Strings(extra)
	if len(missing) > 0 {
		return fmt.Errorf("no PLOVER coding for %v", missing)
	}
	if len(extra) > 0 {
		log.Printf("PLOVER table codes not in the CAMEO list (ignored): %v", extra)
	}
	return os.WriteFile(filepath.Join(out, "cameo_plover.tsv"), []byte(b.String()), 0o644)
}

// readMapping parses lines "CODE: TYPE, mode, context; context # comment".
func readMapping(path string) (map[string][3]string, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	m := map[string][3]string{}
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		line := sc.Text()
		if i := strings.Index(line, "#"); i >= 0 {
			line = line[:i]
		}
		code, rest, ok := strings.Cut(line, ":")
		code = strings.TrimSpace(code)
		if !ok || code == "" || strings.Trim(code, "0123456789") != "" {
			continue
		}
		parts := strings.Split(rest, ",")
		for len(parts) < 3 {
			parts = append(parts, "")
		}
		typ := strings.TrimSpace(parts[0])
		mode := strings.TrimSpace(parts[1])
		if fix, ok := modeFix[typ+"/"+mode]; ok {
			mode = fix
		}
		var ctx []string
		for _, c := range strings.Split(parts[2], ";") {
			c = strings.TrimSpace(c)
			if fix, ok := contextFix[c]; ok {
				c = fix
			}
			if c != "" {
				ctx = append(ctx, c)
			}
		}
		if len(code) == 2 {
			// root headings ("08: RETREAT") name the type only; keep the first
			if _, seen := m[code]; seen {
				continue
			}
		}
		m[code] = [3]string{typ, mode, strings.Join(ctx, "; ")}
	}
	return m, sc.Err()
}
