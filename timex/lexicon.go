package timex

import (
	"bufio"
	"embed"
	"fmt"
	"strconv"
	"strings"
)

//go:embed data/*.txt
var dataFS embed.FS

// class is the grammatical class of a trigger word.
type class uint8

const (
	cNone class = iota
	cMonth
	cMonthAbbr
	cWeekday
	cUnit
	cNum
	cVague
	cOrd
	cRelDay
	cTonight
	cPOD
	cSeason
	cSetAdv
	cRef
	cMod
	cRel
	cDecadeWord
	cWord
)

var classNames = map[string]class{
	"month": cMonth, "monthabbr": cMonthAbbr, "weekday": cWeekday, "unit": cUnit,
	"num": cNum, "vague": cVague, "ord": cOrd, "relday": cRelDay, "tonight": cTonight,
	"pod": cPOD, "season": cSeason, "setadv": cSetAdv, "ref": cRef, "mod": cMod,
	"rel": cRel, "decadeword": cDecadeWord, "word": cWord,
}

// entry is one word of the lexicon. A word may belong to several classes
// ("second" is a unit and an ordinal), so entries chain through alt.
type entry struct {
	cls    class
	word   string // the word, lower case
	n      int    // numeric argument
	arg    string // string argument
	plural bool
	alt    *entry
}

// holiday is a fixed-date holiday name.
type holiday struct {
	words []string // lower-case words
	month int
	day   int
}

// maxWordLen bounds the words looked up in the lexicon.
const maxWordLen = 16

// loadLexicon reads data/lexicon.txt.
func loadLexicon() (map[string]*entry, error) {
	lex := make(map[string]*entry)
	err := eachLine("data/lexicon.txt", func(line string, no int) error {
		f := strings.Fields(line)
		if len(f) < 2 {
			return fmt.Errorf("want WORD CLASS [ARG], got %q", line)
		}
		c, ok := classNames[f[1]]
		if !ok {
			return fmt.Errorf("unknown class %q", f[1])
		}
		e := &entry{cls: c}
		if len(f) > 2 {
			e.arg = f[2]
			if n, err := strconv.Atoi(f[2]); err == nil {
				e.n = n
			}
		}
		e.plural = len(f) > 3 && f[3] == "pl"
		w := strings.ToLower(f[0])
		if len(w) > maxWordLen {
			return fmt.Errorf("word %q longer than %d bytes", w, maxWordLen)
		}
		e.word = w
		if old := lex[w]; old != nil {
			e.alt = old
		}
		lex[w] = e
		return nil
	})
	return lex, err
}

// loadCues reads data/cues.txt into named word sets.
func loadCues() (map[string]map[string]bool, error) {
	sets := make(map[string]map[string]bool)
	var cur map[string]bool
	err := eachLine("data/cues.txt", func(line string, no int) error {
		if strings.HasPrefix(line, "[") && strings.HasSuffix(line, "]") {
			cur = make(map[string]bool)
			sets[line[1:len(line)-1]] = cur
			return nil
		}
		if cur == nil {
			return fmt.Errorf("words before the first [section]")
		}
		for _, w := range strings.Fields(line) {
			cur[w] = true
		}
		return nil
	})
	if err != nil {
		return nil, err
	}
	for _, name := range []string{"year-cue", "month-cue", "year-determiner", "count-noun", "future", "past", "weekday-block", "holiday-block"} {
		if sets[name] == nil {
			return nil, fmt.Errorf("data/cues.txt: missing section [%s]", name)
		}
	}
	return sets, nil
}

// loadHolidays reads data/holidays.txt.
func loadHolidays() ([]holiday, error) {
	var hs []holiday
	err := eachLine("data/holidays.txt", func(line string, no int) error {
		name, date, ok := strings.Cut(line, "\t")
		if !ok {
			return fmt.Errorf("want NAME<TAB>MM-DD, got %q", line)
		}
		var m, d int
		if _, err := fmt.Sscanf(date, "%d-%d", &m, &d); err != nil || m < 1 || m > 12 || d < 1 || d > 31 {
			return fmt.Errorf("bad date %q", date)
		}
		var words []string
		for _, w := range strings.Fields(strings.ToLower(name)) {
			if base, ok := strings.CutSuffix(w, "'s"); ok {
				words = append(words, base, "'", "s")
				continue
			}
			words = append(words, w)
		}
		hs = append(hs, holiday{words: words, month: m, day: d})
		return nil
	})
	return hs, err
}

// eachLine calls fn on every non-blank, non-comment line of an embedded file.
func eachLine(name string, fn func(line string, no int) error) error {
	f, err := dataFS.Open(name)
	if err != nil {
		return fmt.Errorf("timex: %w", err)
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	no := 0
	for sc.Scan() {
		no++
		line := strings.TrimSpace(sc.Text())
		if line == "" || line[0] == '#' {
			continue
		}
		if err := fn(line, no); err != nil {
			return fmt.Errorf("timex: %s:%d: %w", name, no, err)
		}
	}
	if err := sc.Err(); err != nil {
		return fmt.Errorf("timex: %s: %w", name, err)
	}
	return nil
}
