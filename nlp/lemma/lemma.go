// Package lemma assigns lemmas to tagged words: a lookup learnt from a
// treebank, a list of irregular forms, and suffix-rewrite rules learnt per
// Penn tag for unseen words.
package lemma

import (
	"bufio"
	_ "embed"
	"errors"
	"fmt"
	"io"
	"sort"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/petrel-events/petrel/nlp/internal/bin"
)

//go:embed irregular.txt
var irregularText string

// script rewrites a form into its lemma: drop Strip bytes from the end,
// append Add; Lower says whether the form is lower-cased first.
type script struct {
	Lower bool
	Strip int
	Add   string
}

func (s script) apply(form string) string {
	if s.Lower {
		form = strings.ToLower(form)
	}
	if s.Strip > len(form) {
		return ""
	}
	return form[:len(form)-s.Strip] + s.Add
}

func (s script) String() string {
	c := "k"
	if s.Lower {
		c = "l"
	}
	return fmt.Sprintf("%s%d:%s", c, s.Strip, s.Add)
}

func parseScript(v string) (script, error) {
	num, add, ok := strings.Cut(v, ":")
	if !ok || len(num) < 2 || (num[0] != 'k' && num[0] != 'l') {
		return script{}, fmt.Errorf("bad script %q", v)
	}
	n, err := strconv.Atoi(num[1:])
	if err != nil || n < 0 {
		return script{}, fmt.Errorf("bad script %q", v)
	}
	return script{Lower: num[0] == 'l', Strip: n, Add: add}, nil
}

// makeScript returns the script turning form into lemma.
func makeScript(form, lemma string) script {
	best := script{Strip: len(form) + 1}
	// Prefer lower-casing when the lemma is lower case, so that the script
	// also fits capitalised occurrences.
	order := []bool{false, true}
	if lemma == strings.ToLower(lemma) {
		order = []bool{true, false}
	}
	for _, lower := range order {
		f := form
		if lower {
			f = strings.ToLower(form)
		}
		p := 0
		for p < len(f) && p < len(lemma) && f[p] == lemma[p] {
			p++
		}
		// Do not split a UTF-8 sequence.
		for p > 0 && p < len(f) && !utf8.RuneStart(f[p]) {
			p--
		}
		s := script{Lower: lower, Strip: len(f) - p, Add: lemma[p:]}
		if s.Strip < best.Strip || (s.Strip == best.Strip && len(s.Add) < len(best.Add)) {
			best = s
		}
	}
	return best
}

// Lemmatizer maps (form, Penn tag) to a lemma. It is read-only and safe
// for concurrent use.
type Lemmatizer struct {
	exact     map[string]string // form \x00 xpos → lemma
	lower     map[string]script // lower form \x00 xpos → script
	irregular map[string]string // lower form \x00 xpos → lemma
	suffix    map[string]script // xpos \x00 suffix → script
	maxSuffix int
}

const maxSuffix = 5

func key(a, b string) string { return a + "\x00" + b }

// get returns m[key(a, b)], building the key in a buffer on the stack.
func get[V any](m map[string]V, a, b string) (V, bool) {
	var buf [64]byte
	k := append(append(append(buf[:0], a...), 0), b...)
	v, ok := m[string(k)]
	return v, ok
}

// verbPrefixes form verbs from irregular ones: "overran" → "overrun".
var verbPrefixes = []string{"over", "under", "out", "with", "up", "fore", "mis", "re"}

// Lemma returns the lemma of form tagged upos and xpos.
func (l *Lemmatizer) Lemma(form, upos, xpos string) string {
	if v, ok := get(l.exact, form, xpos); ok {
		return v
	}
	lf := strings.ToLower(form)
	if v, ok := get(l.irregular, lf, xpos); ok {
		return v
	}
	if upos == "VERB" && (xpos == "VB" || xpos == "VBP" || xpos == "VBD" || xpos == "VBN") {
		// A past form the tagger took for a base form ("it shot down
		// drones" tagged VB), or for the other past ("troops withdrew"
		// tagged VBN): its base. Past forms that are also base forms of
		// other verbs ("found", "wound") are listed in irregular.txt
		// with VB and keep their form.
		for _, past := range []string{"VBD", "VBN"} {
			if past == xpos {
				continue
			}
			if v, ok := get(l.irregular, lf, past); ok && l.exact[key(form, xpos)] == "" {
				if _, known := get(l.lower, lf, xpos); !known {
					return v
				}
			}
		}
	}
	if s, ok := get(l.lower, lf, xpos); ok {
		if v := s.apply(form); v != "" {
			return v
		}
	}
	if upos == "VERB" {
		// An irregular verb after a prefix the list does not have
		// ("overran", "outgrew", "withheld", "undertook"): the
		// prefix and the verb's lemma.
		for _, p := range verbPrefixes {
			if rest, ok := strings.CutPrefix(lf, p); ok && len(rest) >= 3 {
				if v, ok := get(l.irregular, rest, xpos); ok {
					return p + v
				}
			}
		}
	}
	switch upos {
	case "PUNCT", "SYM", "NUM", "X":
		if upos == "NUM" && isGroupedNumber(form) {
			// The treebank writes "420,588" as the lemma 420588.
			return strings.ReplaceAll(form, ",", "")
		}
		if upos != "X" || !hasLetter(form) {
			return form
		}
	}
	if v, ok := l.knownBase(lf, xpos); ok {
		return v
	}
	// The longest known suffix rule that applies.
	runes := []rune(lf)
	for k := min(len(runes), l.maxSuffix); k >= 0; k-- {
		suf := string(runes[len(runes)-k:])
		if s, ok := get(l.suffix, xpos, suf); ok && s.Strip <= len(suf) {
			// A rule that would rewrite more than its suffix was
			// learnt from one odd pair ("unfroze" became "Chinese").
			if v := s.apply(form); v != "" {
				if l.baseAsPast(lf, v, upos, xpos) {
					return lf
				}
				return v
			}
		}
	}
	if upos == "PROPN" {
		// Proper nouns keep their case; one written all in lower case
		// gets a capital, as the treebank writes its lemma.
		if form == lf {
			r, sz := utf8.DecodeRuneInString(form)
			return string(unicode.ToUpper(r)) + form[sz:]
		}
		if isShoutedName(form) {
			// A long name written in capitals ("GINSBURG") has its
			// ordinary spelling as lemma; short ones are acronyms.
			r, sz := utf8.DecodeRuneInString(lf)
			return string(unicode.ToUpper(r)) + lf[sz:]
		}
		return form
	}
	return lf
}

// baseAsPast reports whether lf, tagged a past verb form without "ed",
// is rather a base form the tagger took for a past one ("demanded that X
// halt" tagged VBD): the suffix rules' lemma v, learnt from irregular
// pasts ("dealt" → "deal"), is no verb the treebank had ("hal"). Unseen
// "-ed" forms keep the rules' lemma.
func (l *Lemmatizer) baseAsPast(lf, v, upos, xpos string) bool {
	return upos == "VERB" && (xpos == "VBD" || xpos == "VBN") && v != lf && !strings.HasSuffix(lf, "ed") && !l.isVerb(v)
}

// knownBase returns the base form of an inflected verb the treebank did
// not have in that form ("blamed", "raided", "shelled", "resuming") when
// exactly the spelling rules of English lead to a base form it had as a
// verb: strip "d", "ed", a doubled consonant, "ied" to "y", "ing" with or
// without "e". The suffix rules alone make "blam", "raide", "shel".
func (l *Lemmatizer) knownBase(lf, xpos string) (string, bool) {
	var cands []string
	switch xpos {
	case "VBD", "VBN":
		if !strings.HasSuffix(lf, "ed") || len(lf) < 5 {
			return "", false
		}
		stem := lf[:len(lf)-2]
		cands = []string{lf[:len(lf)-1], stem}
		if strings.HasSuffix(lf, "ied") {
			cands = append(cands, lf[:len(lf)-3]+"y")
		}
		if n := len(stem); n >= 3 && stem[n-1] == stem[n-2] {
			cands = append(cands, stem[:n-1])
		}
	case "VBG":
		if !strings.HasSuffix(lf, "ing") || len(lf) < 6 {
			return "", false
		}
		stem := lf[:len(lf)-3]
		if cvc(stem) {
			// "hoping": a single final consonant after a single vowel
			// would have been doubled for "hop".
			cands = []string{stem + "e", stem}
		} else {
			cands = []string{stem, stem + "e"}
		}
		if n := len(stem); n >= 3 && stem[n-1] == stem[n-2] {
			cands = append(cands, stem[:n-1])
		}
	case "VBZ":
		if !strings.HasSuffix(lf, "s") || len(lf) < 4 {
			return "", false
		}
		cands = []string{lf[:len(lf)-1]}
		if strings.HasSuffix(lf, "ies") {
			cands = append(cands, lf[:len(lf)-3]+"y")
		}
		if strings.HasSuffix(lf, "es") {
			cands = append(cands, lf[:len(lf)-2])
		}
	default:
		return "", false
	}
	for _, c := range cands {
		if l.isVerb(c) {
			return c, true
		}
	}
	return "", false
}

// isVerb reports whether the treebank had the lower-case form b as a verb's
// base form.
func (l *Lemmatizer) isVerb(b string) bool {
	for _, x := range []string{"VB", "VBP"} {
		if _, ok := l.lower[key(b, x)]; ok {
			return true
		}
	}
	return false
}

// cvc reports whether s ends in consonant, vowel, consonant, the last not
// w, x or y ("hop", "stop"; not "rain", "fix").
func cvc(s string) bool {
	n := len(s)
	if n < 3 {
		return false
	}
	vowel := func(c byte) bool { return strings.IndexByte("aeiou", c) >= 0 }
	a, b, c := s[n-3], s[n-2], s[n-1]
	return !vowel(a) && vowel(b) && !vowel(c) && strings.IndexByte("wxy", c) < 0
}

// isGroupedNumber reports whether s is digits grouped with commas
// ("1,993,045", "3,5.2" is not).
func isGroupedNumber(s string) bool {
	if !strings.Contains(s, ",") {
		return false
	}
	for i, r := range s {
		switch {
		case r >= '0' && r <= '9', r == '.':
		case r == ',':
			if i == 0 || i == len(s)-1 {
				return false
			}
		default:
			return false
		}
	}
	return true
}

// isShoutedName reports whether s is an all-capital word of six letters or
// more: a name written in capitals rather than an acronym.
func isShoutedName(s string) bool {
	n := 0
	for _, r := range s {
		if !unicode.IsUpper(r) {
			return false
		}
		n++
	}
	return n >= 6
}

func hasLetter(s string) bool {
	for _, r := range s {
		if unicode.IsLetter(r) {
			return true
		}
	}
	return false
}

// Example is one training word.
type Example struct {
	Form, UPOS, XPOS, Lemma string
}

// Train learns a lemmatizer from words.
func Train(words []Example) (*Lemmatizer, error) {
	irr, err := parseIrregular(irregularText)
	if err != nil {
		return nil, err
	}
	l := &Lemmatizer{exact: map[string]string{}, lower: map[string]script{},
		irregular: irr, suffix: map[string]script{}, maxSuffix: maxSuffix}
	exact := map[string]map[string]int{}
	lower := map[string]map[script]int{}
	types := map[Example]bool{}
	for _, w := range words {
		if w.Lemma == "" || w.Lemma == "_" && w.Form != "_" {
			continue
		}
		count(exact, key(w.Form, w.XPOS), w.Lemma)
		count(lower, key(strings.ToLower(w.Form), w.XPOS), makeScript(w.Form, w.Lemma))
		types[w] = true
	}
	for k, c := range exact {
		l.exact[k] = top(c)
	}
	for k, c := range lower {
		l.lower[k] = top(c)
	}
	// Suffix rules from word types, so that frequent words do not
	// dominate the rules for unseen ones.
	suffix := map[string]map[script]int{}
	for w := range types {
		s := makeScript(w.Form, w.Lemma)
		runes := []rune(strings.ToLower(w.Form))
		for k := 0; k <= min(len(runes), maxSuffix); k++ {
			count(suffix, key(w.XPOS, string(runes[len(runes)-k:])), s)
		}
	}
	for k, c := range suffix {
		total := 0
		for _, n := range c {
			total += n
		}
		if total >= 2 {
			l.suffix[k] = top(c)
		}
	}
	return l, nil
}

func count[T comparable](m map[string]map[T]int, k string, v T) {
	c := m[k]
	if c == nil {
		c = map[T]int{}
		m[k] = c
	}
	c[v]++
}

// top returns the most frequent value, ties broken by the smallest
// string form, so that training is deterministic.
func top[T comparable](c map[T]int) T {
	var best T
	bestN := -1
	bestS := ""
	for v, n := range c {
		s := fmt.Sprint(v)
		if n > bestN || n == bestN && s < bestS {
			best, bestN, bestS = v, n, s
		}
	}
	return best
}

// parseIrregular reads lines "form xpos lemma"; '#' starts a comment. A
// form may list several Penn tags separated by commas.
func parseIrregular(text string) (map[string]string, error) {
	m := map[string]string{}
	for i, line := range strings.Split(text, "\n") {
		if j := strings.IndexByte(line, '#'); j >= 0 {
			line = line[:j]
		}
		f := strings.Fields(line)
		if len(f) == 0 {
			continue
		}
		if len(f) != 3 {
			return nil, fmt.Errorf("lemma: irregular.txt line %d: want form, tags, lemma", i+1)
		}
		for t := range strings.SplitSeq(f[1], ",") {
			m[key(strings.ToLower(f[0]), t)] = f[2]
		}
	}
	return m, nil
}

const magic = "petrel-lemma/1"

// WriteTo writes the lemmatizer in binary form (the irregular list is
// embedded in the program and not written).
func (l *Lemmatizer) WriteTo(w io.Writer) (int64, error) {
	bw := bin.NewWriter(w)
	bw.String(magic)
	bw.StringMap(l.exact)
	for _, m := range []map[string]script{l.lower, l.suffix} {
		sm := make(map[string]string, len(m))
		for k, s := range m {
			sm[k] = s.String()
		}
		bw.StringMap(sm)
	}
	bw.Uvarint(uint64(l.maxSuffix))
	return 0, bw.Flush()
}

// Read reads a lemmatizer written by WriteTo from br.
func Read(br *bufio.Reader) (*Lemmatizer, error) {
	r := bin.NewReader(br)
	if m := r.String(); m != magic {
		return nil, fmt.Errorf("lemma: bad magic %q", m)
	}
	l := &Lemmatizer{exact: r.StringMap()}
	var maps [2]map[string]script
	for i := range maps {
		sm := r.StringMap()
		maps[i] = make(map[string]script, len(sm))
		keys := make([]string, 0, len(sm))
		for k := range sm {
			keys = append(keys, k)
		}
		sort.Strings(keys)
		for _, k := range keys {
			s, err := parseScript(sm[k])
			if err != nil {
				return nil, fmt.Errorf("lemma: %w", err)
			}
			maps[i][k] = s
		}
	}
	l.lower, l.suffix = maps[0], maps[1]
	l.maxSuffix = int(r.Uvarint())
	if err := r.Err(); err != nil {
		return nil, fmt.Errorf("lemma: %w", err)
	}
	if l.maxSuffix > 10 {
		return nil, errors.New("lemma: corrupt suffix length")
	}
	irr, err := parseIrregular(irregularText)
	if err != nil {
		return nil, err
	}
	l.irregular = irr
	return l, nil
}
