package tokenize

import (
	"bufio"
	"embed"
	"fmt"
	"io/fs"
	"strings"
	"unicode"
	"unicode/utf8"
)

// dataFS holds the embedded word lists (see docs/tokenize.md).
//
//go:embed data/*.txt
var dataFS embed.FS

// abbrevClass tells how an abbreviation's final period behaves.
type abbrevClass uint8

const (
	abbrevNone abbrevClass = iota
	// abbrevEnd may end a sentence when a sentence starter follows.
	abbrevEnd
	// abbrevTitle never ends a sentence (within a paragraph).
	abbrevTitle
	// abbrevNumber is an abbreviation only when a number follows.
	abbrevNumber
)

// List file names inside the data folder.
const (
	fileAbbrev   = "data/abbreviations.txt"
	fileTitles   = "data/titles.txt"
	fileNumbered = "data/numbered.txt"
	fileStarters = "data/starters.txt"
	fileMulti    = "data/multiword.txt"
	filePrefixes = "data/hyphen-prefixes.txt"
	fileClosings = "data/closings.txt"
	fileIts      = "data/its-contraction.txt"
)

// lexicon is the parsed content of the word lists. It is read-only after
// loading.
type lexicon struct {
	// abbrev maps an abbreviation without its final period, exactly as
	// written ("U.S", "Mr"), to its class.
	abbrev map[string]abbrevClass
	// abbrevFold maps lower-case entries ("etc", "a.m") to their class;
	// looked up with the lower-cased word.
	abbrevFold map[string]abbrevClass
	// starters holds the sentence starters.
	starters map[string]struct{}
	// closings holds the lower-case letter closings ("regards").
	closings map[string]struct{}
	// itsBefore holds the lower-case words after which "its" is "it's".
	itsBefore map[string]struct{}
	// multi maps a lower-case surface form to the byte lengths of its parts.
	multi map[string][]int
	// prefixes holds the lower-case hyphen prefixes.
	prefixes map[string]struct{}
	// maxMulti is the length of the longest multiword surface form.
	maxMulti int
	// multiLast marks the last bytes of multiword surface forms, a cheap
	// filter before the map lookup.
	multiLast [256]bool
}

// listLine is one content line of a list file.
type listLine struct {
	n      int
	fields []string
}

// readList returns the content lines of a list file: blank lines and lines
// starting with '#' are skipped.
func readList(fsys fs.FS, name string) ([]listLine, error) {
	data, err := fs.ReadFile(fsys, name)
	if err != nil {
		return nil, fmt.Errorf("tokenize: read word list: %w", err)
	}
	var out []listLine
	sc := bufio.NewScanner(strings.NewReader(string(data)))
	for n := 1; sc.Scan(); n++ {
		line := strings.TrimSpace(sc.Text())
		if line == "" || line[0] == '#' {
			continue
		}
		out = append(out, listLine{n: n, fields: strings.Fields(line)})
	}
	return out, sc.Err()
}

// loadLexicon parses the word lists in fsys. It returns the lexicon and
// every problem found, each as "file:line: message".
func loadLexicon(fsys fs.FS) (*lexicon, []error) {
	lx := &lexicon{
		abbrev:     make(map[string]abbrevClass),
		abbrevFold: make(map[string]abbrevClass),
		starters:   make(map[string]struct{}),
		closings:   make(map[string]struct{}),
		itsBefore:  make(map[string]struct{}),
		multi:      make(map[string][]int),
		prefixes:   make(map[string]struct{}),
	}
	var errs []error
	bad := func(file string, n int, format string, args ...any) {
		errs = append(errs, fmt.Errorf("%s:%d: %s", file, n, fmt.Sprintf(format, args...)))
	}
	read := func(file string) []listLine {
		lines, err := readList(fsys, file)
		if err != nil {
			errs = append(errs, err)
		}
		return lines
	}
	for _, f := range []struct {
		file  string
		class abbrevClass
	}{{fileAbbrev, abbrevEnd}, {fileTitles, abbrevTitle}, {fileNumbered, abbrevNumber}} {
		for _, l := range read(f.file) {
			w := l.fields[0]
			if len(l.fields) != 1 || len(w) < 2 || !strings.HasSuffix(w, ".") || strings.HasPrefix(w, ".") {
				bad(f.file, l.n, "want one abbreviation ending with a period, got %q", strings.Join(l.fields, " "))
				continue
			}
			key := w[:len(w)-1]
			if strings.ContainsFunc(key, func(r rune) bool { return !unicode.IsLetter(r) && r != '.' }) {
				bad(f.file, l.n, "abbreviation %q may hold only letters and periods", w)
				continue
			}
			if _, dup := lx.abbrev[key]; dup {
				bad(f.file, l.n, "duplicate abbreviation %q", w)
				continue
			}
			lx.abbrev[key] = f.class
			if strings.ToLower(key) == key {
				lx.abbrevFold[key] = f.class
			}
		}
	}
	for _, l := range read(fileStarters) {
		w := l.fields[0]
		r, _ := utf8.DecodeRuneInString(w)
		if len(l.fields) != 1 || !unicode.IsUpper(r) || strings.ContainsFunc(w, func(r rune) bool { return !unicode.IsLetter(r) }) {
			bad(fileStarters, l.n, "want one capitalised word, got %q", strings.Join(l.fields, " "))
			continue
		}
		if _, dup := lx.starters[w]; dup {
			bad(fileStarters, l.n, "duplicate starter %q", w)
			continue
		}
		lx.starters[w] = struct{}{}
	}
	// lists of single lower-case words
	for _, list := range []struct {
		file  string
		words map[string]struct{}
	}{{fileClosings, lx.closings}, {fileIts, lx.itsBefore}} {
		for _, l := range read(list.file) {
			w := l.fields[0]
			if len(l.fields) != 1 || strings.ToLower(w) != w || strings.ContainsFunc(w, func(r rune) bool { return !unicode.IsLetter(r) }) {
				bad(list.file, l.n, "want one lower-case word, got %q", strings.Join(l.fields, " "))
				continue
			}
			if _, dup := list.words[w]; dup {
				bad(list.file, l.n, "duplicate word %q", w)
				continue
			}
			list.words[w] = struct{}{}
		}
	}
	for _, l := range read(fileMulti) {
		if len(l.fields) < 3 {
			bad(fileMulti, l.n, "want a surface form and at least two parts, got %q", strings.Join(l.fields, " "))
			continue
		}
		surface := l.fields[0]
		if strings.ToLower(surface) != surface || strings.Join(l.fields[1:], "") != surface {
			bad(fileMulti, l.n, "parts %q do not spell the lower-case surface form %q", l.fields[1:], surface)
			continue
		}
		if _, dup := lx.multi[surface]; dup {
			bad(fileMulti, l.n, "duplicate surface form %q", surface)
			continue
		}
		lens := make([]int, len(l.fields)-1)
		for i, p := range l.fields[1:] {
			lens[i] = len(p)
		}
		lx.multi[surface] = lens
		lx.maxMulti = max(lx.maxMulti, len(surface))
		lx.multiLast[surface[len(surface)-1]] = true
	}
	for _, l := range read(filePrefixes) {
		w := l.fields[0]
		if len(l.fields) != 1 || strings.ToLower(w) != w || strings.ContainsFunc(w, func(r rune) bool { return !unicode.IsLetter(r) }) {
			bad(filePrefixes, l.n, "want one lower-case prefix without hyphen, got %q", strings.Join(l.fields, " "))
			continue
		}
		if _, dup := lx.prefixes[w]; dup {
			bad(filePrefixes, l.n, "duplicate prefix %q", w)
			continue
		}
		lx.prefixes[w] = struct{}{}
	}
	return lx, errs
}

// Lint checks the word lists in fsys (laid out like the embedded data
// folder, with files data/*.txt) and returns one error per malformed line,
// as "file:line: message". A nil fsys checks the embedded lists.
func Lint(fsys fs.FS) []error {
	if fsys == nil {
		fsys = dataFS
	}
	_, errs := loadLexicon(fsys)
	return errs
}
