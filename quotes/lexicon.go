package quotes

import (
	"bufio"
	"embed"
	"errors"
	"fmt"
	"io/fs"
	"sort"
	"strings"
)

//go:embed data/*.txt
var dataFS embed.FS

// cuesFile is the name of the cue list inside the data folder.
const cuesFile = "data/cues.txt"

// Data returns the embedded word lists, laid out as NewFromFS expects.
func Data() fs.FS { return dataFS }

// lexicon holds the cue words of the embedded lists.
type lexicon struct {
	// forms maps every inflected form of a cue verb to its lemma.
	forms map[string]string
	// lemmas holds the cue verb lemmas.
	lemmas map[string]bool
	// addressee holds the lemmas that take an addressee object.
	addressee map[string]bool
	// frame holds the lemmas whose subject belongs to the content and
	// that name no source ("Clinton seemed irritated").
	frame map[string]bool
	// experiencer maps the lemmas of experiencer verbs, whose source is
	// their object (active) or subject (passive) — "X angered Y", "Y was
	// unsettled by X": Y — to the preposition that may introduce that
	// object ("resonate with"), or "".
	experiencer map[string]string
	// in holds the noun lemmas that, as the object of "in", are the
	// source of their clause ("In a Fox poll, Cruz had 38 percent").
	in map[string]bool
	// before holds the words that join a cue on its left.
	before map[string]bool
	// chain holds the verb lemmas that join the "to"-clause after them
	// to a cue ending with them ("declined to comment").
	chain map[string]bool
	// speakerLead holds the words a speaker never starts with ("and",
	// "even"), speakerAside those that start a comma-delimited aside it
	// ends before ("meanwhile", "who").
	speakerLead, speakerAside map[string]bool
	// respondent holds the words that mark the respondents of a poll in
	// the words before a cue verb the parse leaves without a subject
	// ("those surveyed said", "42% say").
	respondent map[string]bool
	// phrase maps a verb lemma to the word sequences that join a cue
	// ending with it on its right ("make" → "clear", "the case").
	phrase map[string][][]string
	// skip holds the phrases of the after list that stand between a cue
	// and its content without joining the cue ("said Tuesday that"), as
	// the words joined by spaces.
	skip map[string]bool
	// after holds the phrases that join a cue on its right (and the skip
	// phrases), as word lists,
	// longest first.
	after [][]string
	// verbClass maps a verb lemma to the WordNet classes of its senses,
	// most frequent sense first (data/verbclass.txt).
	verbClass map[string][]string
}

// verbClassFile is the name of the verb class list inside the data folder.
const verbClassFile = "data/verbclass.txt"

// verbClasses are the classes a line of the verb class list may name:
// WordNet's verb lexicographer files.
var verbClasses = set("body", "change", "cognition", "communication", "competition", "consumption", "contact",
	"creation", "emotion", "motion", "perception", "possession", "social", "stative", "weather")

// loadVerbClasses reads the verb class list of fsys into lx; a folder
// without one gives none.
func loadVerbClasses(fsys fs.FS, lx *lexicon) []error {
	f, err := fsys.Open(verbClassFile)
	if errors.Is(err, fs.ErrNotExist) {
		return nil
	}
	if err != nil {
		return []error{fmt.Errorf("%s: %w", verbClassFile, err)}
	}
	defer f.Close()
	var errs []error
	lx.verbClass = map[string][]string{}
	sc := bufio.NewScanner(f)
	for n := 1; sc.Scan(); n++ {
		line := sc.Text()
		if i := strings.Index(line, "#"); i >= 0 {
			line = line[:i]
		}
		fields := strings.Fields(line)
		if len(fields) == 0 {
			continue
		}
		bad := func(format string, args ...any) {
			errs = append(errs, fmt.Errorf("%s:%d: %s", verbClassFile, n, fmt.Sprintf(format, args...)))
		}
		lemma := fields[0]
		switch {
		case len(fields) < 2:
			bad("verb %q has no class", lemma)
			continue
		case lemma != strings.ToLower(lemma):
			bad("%q is not lower case", lemma)
			continue
		case lx.verbClass[lemma] != nil:
			bad("duplicate verb %q", lemma)
			continue
		}
		seen := map[string]bool{}
		for _, c := range fields[1:] {
			switch {
			case !verbClasses[c]:
				bad("unknown class %q (want a WordNet verb class: communication, cognition, …)", c)
			case seen[c]:
				bad("class %q twice", c)
			}
			seen[c] = true
		}
		lx.verbClass[lemma] = fields[1:]
	}
	if err := sc.Err(); err != nil {
		errs = append(errs, fmt.Errorf("%s: %w", verbClassFile, err))
	}
	return errs
}

// Lint checks the word lists in fsys (laid out like Data) and returns one
// error per malformed line, each prefixed with file:line.
func Lint(fsys fs.FS) []error {
	_, errs := loadLexicon(fsys)
	return errs
}

// loadLexicon reads the cue list of fsys.
func loadLexicon(fsys fs.FS) (*lexicon, []error) {
	lx := &lexicon{
		forms:        map[string]string{},
		lemmas:       map[string]bool{},
		addressee:    map[string]bool{},
		frame:        map[string]bool{},
		experiencer:  map[string]string{},
		in:           map[string]bool{},
		skip:         map[string]bool{},
		before:       map[string]bool{},
		chain:        map[string]bool{},
		speakerLead:  map[string]bool{},
		speakerAside: map[string]bool{},
		respondent:   map[string]bool{},
		phrase:       map[string][][]string{},
	}
	f, err := fsys.Open(cuesFile)
	if err != nil {
		return nil, []error{fmt.Errorf("%s: %w", cuesFile, err)}
	}
	defer f.Close()
	var errs []error
	bad := func(line int, format string, args ...any) {
		errs = append(errs, fmt.Errorf("%s:%d: %s", cuesFile, line, fmt.Sprintf(format, args...)))
	}
	section := ""
	seen := map[string]int{} // section+entry → line
	afterSeen := map[string]bool{}
	sc := bufio.NewScanner(f)
	for n := 1; sc.Scan(); n++ {
		line := strings.TrimSpace(sc.Text())
		if i := strings.Index(line, "#"); i >= 0 {
			line = strings.TrimSpace(line[:i])
		}
		if line == "" {
			continue
		}
		if strings.HasPrefix(line, "[") {
			name, ok := strings.CutSuffix(line[1:], "]")
			switch {
			case !ok:
				bad(n, "section header %q lacks its closing bracket", line)
			case name == "say" || name == "addressee" || name == "frame" || name == "in" || name == "before" || name == "after" || name == "skip" ||
				name == "chain" || name == "speaker-lead" || name == "speaker-aside" || name == "phrase" ||
				name == "experiencer" || name == "respondent":
				section = name
			default:
				bad(n, "unknown section %q (want say, addressee, frame, in, before, after, skip, chain, phrase, speaker-lead, speaker-aside, experiencer or respondent)", name)
				section = ""
			}
			continue
		}
		if section == "" {
			bad(n, "entry %q outside a section", line)
			continue
		}
		if line != strings.ToLower(line) {
			bad(n, "%q is not lower case", line)
			continue
		}
		key := section + "\x00" + line
		if first, dup := seen[key]; dup {
			bad(n, "duplicate entry %q (first on line %d)", line, first)
			continue
		}
		seen[key] = n
		fields := strings.Fields(line)
		switch section {
		case "say":
			lemma := fields[0]
			if lx.lemmas[lemma] {
				bad(n, "duplicate lemma %q", lemma)
				continue
			}
			lx.lemmas[lemma] = true
			forms := append(regularForms(lemma), fields...)
			if len(fields) > 1 && fields[1] == "=" {
				// Only the listed forms.
				forms = fields[2:]
				if len(forms) == 0 {
					bad(n, "no forms after '=' for %q", lemma)
					continue
				}
			}
			for _, form := range forms {
				if form == "=" {
					bad(n, "misplaced '=' in %q", line)
					break
				}
				if prev, ok := lx.forms[form]; ok && prev != lemma {
					bad(n, "form %q of %q is already a form of %q", form, lemma, prev)
					continue
				}
				lx.forms[form] = lemma
			}
		case "addressee", "frame", "in":
			if len(fields) != 1 {
				bad(n, "want one lemma, got %q", line)
				continue
			}
			switch section {
			case "frame":
				lx.frame[fields[0]] = true
			case "in":
				lx.in[fields[0]] = true
			default:
				lx.addressee[fields[0]] = true
			}
		case "experiencer":
			if len(fields) > 2 {
				bad(n, "want a verb lemma and at most one preposition, got %q", line)
				continue
			}
			lx.experiencer[fields[0]] = ""
			if len(fields) == 2 {
				lx.experiencer[fields[0]] = fields[1]
			}
		case "before", "chain", "speaker-lead", "speaker-aside", "respondent":
			if len(fields) != 1 {
				bad(n, "want one word, got %q", line)
				continue
			}
			map[string]map[string]bool{"before": lx.before, "chain": lx.chain,
				"speaker-lead": lx.speakerLead, "speaker-aside": lx.speakerAside,
				"respondent": lx.respondent}[section][fields[0]] = true
		case "phrase":
			if len(fields) < 2 {
				bad(n, "want a verb lemma and the words after it, got %q", line)
				continue
			}
			lx.phrase[fields[0]] = append(lx.phrase[fields[0]], fields[1:])
		case "after", "skip":
			phrase := strings.Join(fields, " ")
			if afterSeen[phrase] {
				bad(n, "phrase %q is in both the after and the skip sections", phrase)
				continue
			}
			afterSeen[phrase] = true
			lx.after = append(lx.after, fields)
			if section == "skip" {
				lx.skip[phrase] = true
			}
		}
	}
	if err := sc.Err(); err != nil {
		errs = append(errs, fmt.Errorf("%s: %w", cuesFile, err))
	}
	for l := range lx.addressee {
		if !lx.lemmas[l] {
			errs = append(errs, fmt.Errorf("%s: addressee verb %q is not in the say section", cuesFile, l))
		}
	}
	for l := range lx.frame {
		if !lx.lemmas[l] {
			errs = append(errs, fmt.Errorf("%s: frame verb %q is not in the say section", cuesFile, l))
		}
	}
	for _, phs := range lx.phrase {
		sort.SliceStable(phs, func(i, j int) bool { return len(phs[i]) > len(phs[j]) })
	}
	// Longest phrases first, so "in a statement on monday" wins over
	// "in a statement".
	for i := 1; i < len(lx.after); i++ {
		for j := i; j > 0 && len(lx.after[j]) > len(lx.after[j-1]); j-- {
			lx.after[j], lx.after[j-1] = lx.after[j-1], lx.after[j]
		}
	}
	if len(lx.lemmas) == 0 && len(errs) == 0 {
		errs = append(errs, errors.New(cuesFile+": no cue verbs"))
	}
	errs = append(errs, loadVerbClasses(fsys, lx)...)
	return lx, errs
}

// regularForms returns the lemma and its regular inflections: third
// person singular, past and -ing form.
func regularForms(lemma string) []string {
	n := len(lemma)
	if n == 0 {
		return nil
	}
	last := lemma[n-1]
	consonantY := last == 'y' && n > 1 && !strings.ContainsRune("aeiou", rune(lemma[n-2]))
	var s, ed, ing string
	switch {
	case consonantY:
		s, ed = lemma[:n-1]+"ies", lemma[:n-1]+"ied"
	case strings.HasSuffix(lemma, "s") || strings.HasSuffix(lemma, "sh") || strings.HasSuffix(lemma, "ch") ||
		strings.HasSuffix(lemma, "x") || strings.HasSuffix(lemma, "z") || strings.HasSuffix(lemma, "o"):
		s, ed = lemma+"es", lemma+"ed"
	case last == 'e':
		s, ed = lemma+"s", lemma+"d"
	default:
		s, ed = lemma+"s", lemma+"ed"
	}
	switch {
	case last == 'e' && !strings.HasSuffix(lemma, "ee"):
		ing = lemma[:n-1] + "ing"
	default:
		ing = lemma + "ing"
	}
	return []string{lemma, s, ed, ing}
}
