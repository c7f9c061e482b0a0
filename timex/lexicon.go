package timex

import (
	"bufio"
	"embed"
	"fmt"
	"slices"
	"strconv"
	"strings"
	"time"
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
	cWeekdayAbbr
)

var classNames = map[string]class{
	"month": cMonth, "monthabbr": cMonthAbbr, "weekday": cWeekday, "unit": cUnit,
	"num": cNum, "vague": cVague, "ord": cOrd, "relday": cRelDay, "tonight": cTonight,
	"pod": cPOD, "season": cSeason, "setadv": cSetAdv, "ref": cRef, "mod": cMod,
	"rel": cRel, "decadeword": cDecadeWord, "word": cWord, "weekdayabbr": cWeekdayAbbr,
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

// holiday is a holiday name with its rule: a fixed date (month, day), the
// nth weekday of a month (nth < 0 counts from the end; offset days added:
// the US Election Day is the day after the first Monday of November), or
// Easter (Gregorian or, orthodox, Julian) plus offset days, or the dates of
// a table (data/holiday-dates.txt) plus offset days.
type holiday struct {
	words    []string // lower-case words
	month    int
	day      int
	nth      int // 1..5 or -1 (last); 0 for a fixed date
	wd       int // ISO weekday of an nth rule
	offset   int
	easter   bool
	orthodox bool        // with easter: the Julian computus
	table    []time.Time // the dates of a table rule, in order (offset added)
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
	for _, name := range []string{"year-cue", "month-cue", "year-determiner", "count-noun", "future", "past", "weekday-block", "holiday-block", "year-to", "month-noun", "season-cue", "season-follow", "approx", "approx-than", "approx-pair", "age-follow", "current-block", "unit-block", "day-cue", "pod-cue", "future-pair", "future-modal", "future-verb", "modal", "unit-adj", "of-block", "period-prep", "unit-prep", "future-after", "future-copula", "passive-aux", "month-data", "reschedule", "split-year-noun", "split-year-adj", "subordinator", "imperative", "future-to", "relative", "promise", "directive", "past-irregular", "present-block", "holiday-noun", "original-plan", "noun-verb"} {
		if sets[name] == nil {
			return nil, fmt.Errorf("data/cues.txt: missing section [%s]", name)
		}
	}
	return sets, nil
}

// loadHolidayDates reads data/holiday-dates.txt: KEY <TAB> YYYY-MM-DD, in
// date order within a key.
func loadHolidayDates() (map[string][]time.Time, error) {
	dates := make(map[string][]time.Time)
	err := eachLine("data/holiday-dates.txt", func(line string, no int) error {
		key, day, ok := strings.Cut(line, "\t")
		if !ok {
			return fmt.Errorf("want KEY<TAB>YYYY-MM-DD, got %q", line)
		}
		t, err := time.Parse(time.DateOnly, strings.TrimSpace(day))
		if err != nil {
			return fmt.Errorf("bad date %q", day)
		}
		key = strings.TrimSpace(key)
		t = t.Add(12 * time.Hour) // noon, as holiday.date
		if ds := dates[key]; len(ds) > 0 && !ds[len(ds)-1].Before(t) {
			return fmt.Errorf("%s %s: dates out of order", key, day)
		}
		dates[key] = append(dates[key], t)
		return nil
	})
	return dates, err
}

// loadHolidays reads data/holidays.txt, and data/holiday-dates.txt for the
// table rules.
func loadHolidays() ([]holiday, error) {
	tables, err := loadHolidayDates()
	if err != nil {
		return nil, err
	}
	var hs []holiday
	err = eachLine("data/holidays.txt", func(line string, no int) error {
		name, rule, ok := strings.Cut(line, "\t")
		if !ok {
			return fmt.Errorf("want NAME<TAB>RULE, got %q", line)
		}
		h, err := parseHolidayRule(strings.TrimSpace(rule), tables)
		if err != nil {
			return err
		}
		for _, w := range strings.Fields(strings.ToLower(name)) {
			if strings.Contains(w, "-") { // "al-fitr"
				for k, part := range strings.Split(w, "-") {
					if k > 0 {
						h.words = append(h.words, "-")
					}
					if part != "" {
						h.words = append(h.words, part)
					}
				}
				continue
			}
			if base, ok := strings.CutSuffix(w, "'s"); ok {
				h.words = append(h.words, base, "'", "s")
				continue
			}
			if base, ok := strings.CutSuffix(w, "'"); ok { // "presidents' day"
				h.words = append(h.words, base, "'")
				continue
			}
			if base, ok := strings.CutSuffix(w, "."); ok { // "st. patrick's day"
				h.words = append(h.words, base, ".")
				continue
			}
			h.words = append(h.words, w)
		}
		hs = append(hs, h)
		return nil
	})
	return hs, err
}

var weekdayAbbr = map[string]int{"mon": 1, "tue": 2, "wed": 3, "thu": 4, "fri": 5, "sat": 6, "sun": 7}

// parseHolidayRule reads MM-DD, MM-N-DAY[+K] (N is 1-5 or "last"),
// easter[+K|-K], orthodox-easter[+K|-K] or table:KEY[,KEY...][+K|-K] (the
// dates of the keys in tables, merged).
func parseHolidayRule(rule string, tables map[string][]time.Time) (holiday, error) {
	var h holiday
	bad := fmt.Errorf("bad rule %q", rule)
	if rest, ok := strings.CutPrefix(rule, "table:"); ok {
		keys, off := rest, ""
		if k := strings.LastIndexAny(rest, "+-"); k > 0 && k+1 < len(rest) && strings.Trim(rest[k+1:], "0123456789") == "" {
			keys, off = rest[:k], rest[k:]
		}
		if off != "" {
			k, err := strconv.Atoi(off)
			if err != nil {
				return h, bad
			}
			h.offset = k
		}
		for _, key := range strings.Split(keys, ",") {
			ds := tables[strings.TrimSpace(key)]
			if len(ds) == 0 {
				return h, fmt.Errorf("rule %q: no dates for %q in data/holiday-dates.txt", rule, key)
			}
			for _, d := range ds {
				h.table = append(h.table, d.AddDate(0, 0, h.offset))
			}
		}
		slices.SortFunc(h.table, func(a, b time.Time) int { return a.Compare(b) })
		return h, nil
	}
	if rest, ok := strings.CutPrefix(rule, "orthodox-"); ok {
		if !strings.HasPrefix(rest, "easter") {
			return h, bad
		}
		h.orthodox = true
		rule = rest
	}
	if rest, ok := strings.CutPrefix(rule, "easter"); ok {
		h.easter = true
		if rest != "" {
			k, err := strconv.Atoi(rest)
			if err != nil {
				return h, bad
			}
			h.offset = k
		}
		return h, nil
	}
	parts := strings.Split(rule, "-")
	m, err := strconv.Atoi(parts[0])
	if err != nil || m < 1 || m > 12 {
		return h, bad
	}
	h.month = m
	switch len(parts) {
	case 2:
		d, err := strconv.Atoi(parts[1])
		if err != nil || d < 1 || d > 31 {
			return h, bad
		}
		h.day = d
	case 3:
		if parts[1] == "last" {
			h.nth = -1
		} else if h.nth, err = strconv.Atoi(parts[1]); err != nil || h.nth < 1 || h.nth > 5 {
			return h, bad
		}
		day, off, _ := strings.Cut(parts[2], "+")
		if h.wd = weekdayAbbr[strings.ToLower(day)]; h.wd == 0 {
			return h, bad
		}
		if off != "" {
			if h.offset, err = strconv.Atoi(off); err != nil {
				return h, bad
			}
		}
	default:
		return h, bad
	}
	return h, nil
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
