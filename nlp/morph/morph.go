// Package morph assigns Universal Dependencies morphological features
// (VerbForm, Tense, Mood, Voice, Number, Person, Polarity and the rest the
// treebank uses) from the word and its tags, then makes finite verbs agree
// with their subjects and marks passives once the sentence is parsed.
package morph

import (
	"bufio"
	"fmt"
	"io"
	"slices"
	"strings"
	"unicode/utf8"

	"github.com/petrel-events/petrel/internal/lower"
	"github.com/petrel-events/petrel/nlp/internal/bin"
)

// Analyzer maps a tagged word to its features. It is read-only and safe
// for concurrent use.
type Analyzer struct {
	byWord map[string]string // lower form \x00 upos \x00 xpos → feats
	byTag  map[string]string // upos \x00 xpos → feats
}

// Example is one training word.
type Example struct {
	Form, UPOS, XPOS, Feats string
}

func wordKey(form, upos, xpos string) string {
	return strings.ToLower(form) + "\x00" + upos + "\x00" + xpos
}

// Train learns an analyzer: the most frequent features of each (word,
// tags) and of each tag pair.
func Train(words []Example) *Analyzer {
	byWord := map[string]map[string]int{}
	byTag := map[string]map[string]int{}
	for _, w := range words {
		f := Normalize(w.Feats)
		inc(byWord, wordKey(w.Form, w.UPOS, w.XPOS), f)
		inc(byTag, w.UPOS+"\x00"+w.XPOS, f)
	}
	return &Analyzer{byWord: best(byWord), byTag: best(byTag)}
}

// Normalize drops features the analyzer does not predict (Typo, Style,
// Abbr, ExtPos) and returns the canonical "_"-free string ("" for none).
func Normalize(feats string) string {
	if feats == "_" || feats == "" {
		return ""
	}
	var keep []string
	for f := range strings.SplitSeq(feats, "|") {
		name, _, _ := strings.Cut(f, "=")
		switch name {
		case "Typo", "Style", "Abbr", "ExtPos", "Foreign":
			continue
		}
		keep = append(keep, f)
	}
	return strings.Join(keep, "|")
}

func inc(m map[string]map[string]int, k, v string) {
	c := m[k]
	if c == nil {
		c = map[string]int{}
		m[k] = c
	}
	c[v]++
}

func best(m map[string]map[string]int) map[string]string {
	out := make(map[string]string, len(m))
	for k, c := range m {
		top, n := "", -1
		for v, x := range c {
			if x > n || x == n && v < top {
				top, n = v, x
			}
		}
		out[k] = top
	}
	return out
}

// Feats returns the features of form tagged upos and xpos ("" for none).
func (a *Analyzer) Feats(form, upos, xpos string) string {
	// wordKey(form, upos, xpos), built in a buffer on the stack.
	var buf [64]byte
	k := lower.Append(buf[:0], form)
	k = append(append(append(append(k, 0), upos...), 0), xpos...)
	if f, ok := a.byWord[string(k)]; ok {
		return f
	}
	return a.byTag[upos+"\x00"+xpos]
}

// Word is a parsed word as Agree sees it. Head is 1-based, 0 for the root.
type Word struct {
	Lemma, UPOS, XPOS string
	Feats             string
	Head              int
	DepRel            string
}

// Agree adjusts the features of a parsed sentence in place: finite verbs
// and auxiliaries take Number and Person from their subject, and past
// participles are marked Voice=Pass exactly when they head a passive.
func Agree(ws []Word) {
	n := len(ws)
	// subj is the subject of each head (-1 for none); the three lists
	// sit on the stack for sentences of up to 64 words.
	var subjBuf [64]int
	var flagBuf [2][64]bool
	subj, passive, perfect := subjBuf[:0], flagBuf[0][:0], flagBuf[1][:0]
	if n > len(subjBuf) {
		subj, passive, perfect = make([]int, 0, n), make([]bool, 0, n), make([]bool, 0, n)
	}
	subj, passive, perfect = subj[:n], passive[:n], perfect[:n]
	for i := range subj {
		subj[i] = -1
	}
	for i, w := range ws {
		h := w.Head - 1
		if h < 0 || h >= n {
			continue
		}
		switch w.DepRel {
		case "nsubj", "nsubj:pass", "nsubj:outer", "csubj", "csubj:pass", "expl":
			if subj[h] < 0 || w.DepRel != "expl" {
				subj[h] = i
			}
		}
		switch w.DepRel {
		case "aux:pass", "nsubj:pass", "csubj:pass":
			passive[h] = true
		case "aux":
			if ws[i].Lemma == "have" {
				perfect[h] = true
			}
		}
	}
	for i := range ws {
		w := &ws[i]
		if w.XPOS == "VBN" {
			switch {
			case passive[i]:
				w.Feats = Set(w.Feats, "Voice", "Pass")
			case perfect[i]:
				w.Feats = Set(w.Feats, "Voice", "")
			}
		}
		if !strings.Contains(w.Feats, "VerbForm=Fin") || !strings.Contains(w.Feats, "Person=") {
			continue
		}
		// The clause head: the word itself, or the head of an auxiliary
		// or copula; then the first conjunct for shared subjects.
		c := i
		if (w.DepRel == "aux" || w.DepRel == "aux:pass" || w.DepRel == "cop") && w.Head > 0 {
			c = w.Head - 1
		}
		for steps := 0; subj[c] < 0 && ws[c].DepRel == "conj" && ws[c].Head > 0 && steps < n; steps++ {
			c = ws[c].Head - 1
		}
		s := subj[c]
		if s < 0 {
			continue
		}
		num, per := "Sing", "3"
		sf := ws[s].Feats
		if v := Get(sf, "Number"); v != "" {
			num = v
		}
		if ws[s].UPOS == "PRON" {
			if v := Get(sf, "Person"); v != "" {
				per = v
			}
		}
		for j := range ws {
			if ws[j].Head-1 == s && ws[j].DepRel == "conj" {
				num = "Plur"
				break
			}
		}
		w.Feats = Set(Set(w.Feats, "Number", num), "Person", per)
	}
}

// Get returns the value of feature name in feats, or "".
func Get(feats, name string) string {
	for f := range strings.SplitSeq(feats, "|") {
		if k, v, ok := strings.Cut(f, "="); ok && k == name {
			return v
		}
	}
	return ""
}

// Set returns feats with feature name set to value (removed when value is
// ""), features sorted by name as CoNLL-U requires.
func Set(feats, name, value string) string {
	if setKeeps(feats, name, value) {
		return feats
	}
	return rebuild(feats, name, value)
}

// rebuild is Set without the setKeeps shortcut: it always splits feats,
// drops name, adds name=value and sorts.
func rebuild(feats, name, value string) string {
	var buf [16]string
	fs := buf[:0]
	for f := range strings.SplitSeq(feats, "|") {
		if f == "" || f == "_" {
			continue
		}
		if k, _, _ := strings.Cut(f, "="); k == name {
			continue
		}
		fs = append(fs, f)
	}
	if value != "" {
		fs = append(fs, name+"="+value)
	}
	slices.SortFunc(fs, func(a, b string) int {
		switch {
		case lessLower(a, b):
			return -1
		case lessLower(b, a):
			return 1
		}
		return 0
	})
	return strings.Join(fs, "|")
}

// setKeeps reports whether Set(feats, name, value) would return feats
// unchanged, without building anything: feats holds no empty or "_"
// feature, name=value exactly once (no name when value is ""), and its
// features in strictly increasing order, so that sorting them again gives
// the same list.
func setKeeps(feats, name, value string) bool {
	if feats == "" {
		return value == ""
	}
	found := false
	prev := ""
	for i, rest := 0, feats; ; i++ {
		f, tail, more := strings.Cut(rest, "|")
		if f == "" || f == "_" {
			return false
		}
		if k, _, _ := strings.Cut(f, "="); k == name {
			if found || value == "" || len(f) != len(name)+1+len(value) || f[len(name)+1:] != value {
				return false
			}
			found = true
		}
		if i > 0 && !lessLower(prev, f) {
			return false
		}
		if !more {
			break
		}
		prev, rest = f, tail
	}
	return found == (value != "")
}

// lessLower reports whether strings.ToLower(a) < strings.ToLower(b),
// without building the lower-case strings when a and b are ASCII.
func lessLower(a, b string) bool {
	for i := 0; i < len(a) && i < len(b); i++ {
		x, y := a[i], b[i]
		if x >= utf8.RuneSelf || y >= utf8.RuneSelf {
			return strings.ToLower(a) < strings.ToLower(b)
		}
		if 'A' <= x && x <= 'Z' {
			x += 'a' - 'A'
		}
		if 'A' <= y && y <= 'Z' {
			y += 'a' - 'A'
		}
		if x != y {
			return x < y
		}
	}
	// One lower-cases to a prefix of the other (lower-casing maps the
	// ASCII bytes read one to one).
	return len(a) < len(b)
}

const magic = "petrel-morph/1"

// WriteTo writes the analyzer in binary form.
func (a *Analyzer) WriteTo(w io.Writer) (int64, error) {
	bw := bin.NewWriter(w)
	bw.String(magic)
	bw.StringMap(a.byWord)
	bw.StringMap(a.byTag)
	return 0, bw.Flush()
}

// Read reads an analyzer written by WriteTo from br.
func Read(br *bufio.Reader) (*Analyzer, error) {
	r := bin.NewReader(br)
	if m := r.String(); m != magic {
		return nil, fmt.Errorf("morph: bad magic %q", m)
	}
	a := &Analyzer{byWord: r.StringMap(), byTag: r.StringMap()}
	if err := r.Err(); err != nil {
		return nil, fmt.Errorf("morph: %w", err)
	}
	return a, nil
}
