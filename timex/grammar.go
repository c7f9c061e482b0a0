package timex

import (
	"fmt"
	"strconv"
	"strings"
	"time"

	"github.com/petrel-events/petrel/doc"
	"github.com/petrel-events/petrel/internal/lower"
)

// scan is the state of one call: the text, its tokens and the anchor.
type scan struct {
	r       *Recognizer
	text    string
	toks    []token
	a       anchor
	lastEnd int // token index just after the previous expression, or -1
	// prev is the previous expression; prevFuture tells whether a future
	// cue was found near it.
	prev       hit
	prevStart  int // first token of prev
	prevFuture bool
	prevGuess  bool // prev is a clock time whose day was guessed
	// prevDate is the latest calendar date (not a duration, set or
	// reference), the antecedent of "that month", "the next day", "a year
	// later" across a duration between them ("draws on decades of
	// interviews. Later that month ...").
	prevDate hit
	// lastDay is the day of the latest expression with one (a date at
	// day precision or a time), ending before token lastDayEnd.
	lastDay    string
	lastDayEnd int
	// untagged says that the tokens carry no tagger's tags (Find): a
	// present verb is then guessed (guessedPresent).
	untagged bool
	// cueVerb says that the last future cue found by cueWith was a
	// present-tense schedule verb ([future-verb]: "the session runs from
	// April to July"), after which a bare month takes the nearer one.
	cueVerb bool
	// cuePoss says that the date whose cue cueWith looks for is a
	// possessive ("Thursday's debate").
	cuePoss bool
	// embedded says that a month is read inside a longer expression that
	// starts at token embedStart ("the first week of October"), whose
	// tense cues are looked for before that start.
	embedded   bool
	embedStart int
}

// hit is a recognised expression ending before token end.
type hit struct {
	end              int
	value, prec, typ string
	dayGuess         bool // a clock time whose day the text does not give next to it
}

func (r *Recognizer) newScan(text string, a anchor) *scan {
	return &scan{r: r, text: text, toks: r.tokenize(text, make([]token, 0, len(text)/4+8)), a: a, lastEnd: -1}
}

// markPresent flags the tokens that the tagger tagged as present-tense
// verbs (XPOS VBZ or VBP) in toks, whose spans index the same text.
func (s *scan) markPresent(toks []doc.Token) {
	k := 0
	for _, t := range toks {
		if t.XPOS != "VBZ" && t.XPOS != "VBP" {
			continue
		}
		for k < len(s.toks) && int(s.toks[k].start) < t.Start {
			k++
		}
		if k < len(s.toks) && int(s.toks[k].start) == t.Start && int(s.toks[k].end) == t.End && s.toks[k].kind == kWord {
			s.toks[k].present = true
		}
	}
}

// guessedPresent reports, without a tagger's tags (Find), whether token k
// is the present-tense verb of a sentence that opens with "The" and one
// to three lower-case words: the first lower-case word ending in "s" after
// them (not "-ss", "-us", "-is", nor after a plural, nor a past or
// [present-block] word), when a determiner or possessive follows it or it
// ends in a sibilant's "-es" ("The statistics office publishes inflation
// figures on Friday", "The central bank announces its decision on
// Thursday"). markPresent does this from the tags. It looks only around
// token k, as the cue search asks, so that texts pay nothing for it.
func (s *scan) guessedPresent(k int) bool {
	if k >= 1 && s.pronounSubject(k-1) {
		return s.presentForm(k)
	}
	for i := k - 2; i >= 0 && i >= k-4; i-- {
		if t := &s.toks[i]; t.kind == kWord && t.end-t.start == 3 && s.text[t.start:t.end] == "The" && s.sentenceStart(i) {
			return s.guessVerb(i) == k
		}
	}
	return false
}

// guessVerb returns the token guessedPresent takes for the verb of the
// sentence that opens with "The" at token i, or -1.
func (s *scan) guessVerb(i int) int {
	for k := i + 2; k < len(s.toks) && k <= i+4; k++ {
		if s.toks[k].kind != kWord || s.wcase(k) != caseLower || s.toks[k-1].kind != kWord || s.wcase(k-1) != caseLower {
			return -1
		}
		w := s.word(k)
		if len(w) < 4 || w[len(w)-1] != 's' || strings.HasSuffix(w, "ss") || strings.HasSuffix(w, "us") || strings.HasSuffix(w, "is") ||
			strings.HasSuffix(s.word(k-1), "s") || s.cueFlags(k)&(cuePast|cueIrregular) != 0 || s.inSet("present-block", k) {
			continue
		}
		if s.presentForm(k) {
			return k
		}
		return -1
	}
	return -1
}

// presentForm reports whether the lower-case word at k reads as a verb in
// the present third person: an "-s" word (not "-ss", "-us", "-is", nor a
// past or [present-block] word) ending in a sibilant's "-es" or before a
// determiner or possessive.
func (s *scan) presentForm(k int) bool {
	if s.toks[k].kind != kWord || s.wcase(k) != caseLower {
		return false
	}
	w := s.word(k)
	if len(w) < 4 || w[len(w)-1] != 's' || strings.HasSuffix(w, "ss") || strings.HasSuffix(w, "us") || strings.HasSuffix(w, "is") ||
		s.cueFlags(k)&(cuePast|cueIrregular) != 0 || s.inSet("present-block", k) {
		return false
	}
	sib := strings.HasSuffix(w, "shes") || strings.HasSuffix(w, "ches") || strings.HasSuffix(w, "ces") || strings.HasSuffix(w, "ses")
	return sib || k+1 < len(s.toks) && s.wcase(k+1) == caseLower && determinerWords[s.word(k+1)]
}

// pronounSubject reports whether token i is "It", "He" or "She" opening a
// sentence: the subject of a schedule in the present ("It publishes its
// report on Thursday").
func (s *scan) pronounSubject(i int) bool {
	t := &s.toks[i]
	if t.kind != kWord || t.end-t.start > 3 {
		return false
	}
	switch s.text[t.start:t.end] {
	case "It", "He", "She":
		return s.sentenceStart(i)
	}
	return false
}

// determinerWords open the object of a verb guessed present by
// guessPresent.
var determinerWords = map[string]bool{"the": true, "a": true, "an": true, "its": true, "his": true, "her": true,
	"their": true, "our": true, "new": true}

// run scans the tokens left to right and keeps the longest expression that
// starts at each token.
func (s *scan) run() []doc.Timex {
	var out []doc.Timex
	for i := 0; i < len(s.toks); {
		t := &s.toks[i]
		if t.lex == 0 && t.kind == kWord {
			i++
			continue
		}
		h, ok := s.at(i, false)
		if !ok {
			i++
			continue
		}
		first := i
		switch {
		case h.typ == typeDuration || h.typ == typeDate && s.relative(h.end-1) || h.typ == typeTime && t.kind == kNum:
			first = s.approxStart(i)
		case h.value == "PRESENT_REF" && s.is(i, "now") && s.is(i-1, "right") && i-1 >= max(s.lastEnd, 0):
			first = i - 1 // "right now"
		}
		// "8 p.m. on Thursday", "noon on Christmas Eve": the time is on
		// the day the date after "on" resolves to
		if n := len(out); n > 0 && s.lastEnd == i-1 && s.is(i-1, "on") && h.typ == typeDate && h.prec == precDay &&
			len(h.value) == 10 && out[n-1].Type == typeTime && len(out[n-1].Value) > 10 && out[n-1].Value[10] == 'T' {
			out[n-1].Value = h.value + out[n-1].Value[10:]
		}
		start, end := int(s.toks[first].start), int(s.toks[h.end-1].end)
		// "between 9 a.m. and 5 p.m. on Friday": the time opening the
		// range is on the day of the one closing it
		if n := len(out); n > 0 && s.prevGuess && h.typ == typeTime && !h.dayGuess && len(h.value) > 10 && s.lastEnd == i-1 &&
			len(out[n-1].Value) > 10 && out[n-1].Type == typeTime && (s.is(i-1, "and") || s.is(i-1, "to") || s.is(i-1, "until") || s.isDash(i-1)) {
			out[n-1].Value = h.value[:10] + out[n-1].Value[10:]
		}
		// "from May 3 to May 21, 2026": the day opening the range is in
		// the year of the one closing it
		if n := len(out); n > 0 && s.lastEnd == i-1 && (s.is(i-1, "to") || s.is(i-1, "through") || s.is(i-1, "until") || s.is(i-1, "and") && s.is(s.prevStart-1, "between")) &&
			(s.is(s.prevStart-1, "from") || s.is(s.prevStart-1, "between")) && h.typ == typeDate && h.prec == precDay && s.prev.typ == typeDate && s.prev.prec == precDay &&
			len(h.value) == 10 && len(out[n-1].Value) == 10 && isDigit(out[n-1].Value[0]) && s.hasYear(i, h.end) && !s.hasYear(s.prevStart, s.lastEnd) {
			y, _ := strconv.Atoi(h.value[:4])
			if out[n-1].Value[5:] > h.value[5:] {
				y-- // "from Dec. 28 to Jan. 3, 2027"
			}
			out[n-1].Value = fmtYear(y) + out[n-1].Value[4:]
		}
		out = append(out, doc.Timex{
			Span:      doc.Span{Start: start, End: end},
			Text:      s.text[start:end],
			Value:     h.value,
			Precision: h.prec,
			Type:      h.typ,
		})
		s.prevFuture = s.cue(i, h.end) == onOrAfter
		s.prev, s.lastEnd, s.prevStart, s.prevGuess = h, h.end, first, h.dayGuess
		if h.typ == typeDate && h.value != "" && isDigit(h.value[0]) {
			s.prevDate = h
		}
		if len(h.value) >= 10 && h.value[4] == '-' && h.value[7] == '-' && (len(h.value) == 10 || h.value[10] == 'T') && h.typ != typeSet {
			s.lastDay, s.lastDayEnd = h.value[:10], h.end
		}
		i = h.end
	}
	return out
}

// hasYear reports whether a token of [i, j) is a written year.
func (s *scan) hasYear(i, j int) bool {
	for k := i; k < j; k++ {
		if _, ok := s.yearTok(k); ok {
			return true
		}
	}
	return false
}

// relative reports whether token k ends an expression counted from the
// anchor or the previous date: "ago", "earlier", "later", "from now".
func (s *scan) relative(k int) bool {
	return s.is(k, "ago") || s.is(k, "earlier") || s.is(k, "later") || s.is(k, "now") && s.is(k-1, "from")
}

// approxStart returns the first token of the approximator ("about",
// "more than", "at least") right before the quantity at token i, which
// TIMEX3 keeps inside the span, or i when there is none or it belongs to
// the previous expression.
func (s *scan) approxStart(i int) int {
	if s.toks[i].kind != kNum && s.lexOf(i, cNum) == nil && s.lexOf(i, cVague) == nil && !s.is(i, "half") {
		return i
	}
	lo := max(s.lastEnd, 0)
	k := i - 1
	switch {
	case k < lo || s.toks[k].kind != kWord:
		return i
	case s.inSet("approx", k):
		return k
	case s.is(k, "than") && k-1 >= lo && s.inSet("approx-than", k-1):
		if k-2 >= lo && s.is(k-2, "no") {
			return k - 2
		}
		return k - 1
	case k-1 >= lo && s.toks[k-1].kind == kWord && s.r.sets["approx-pair"][s.lower(k-1)+"+"+s.lower(k)]:
		return k - 1
	}
	return i
}

// at returns the longest expression starting at token i. cued says that a
// preceding word already licenses a bare year or month ("early 2023").
func (s *scan) at(i int, cued bool) (hit, bool) {
	t := &s.toks[i]
	switch t.kind {
	case kNum:
		return s.number(i, cued)
	case kPunct:
		if s.isApos(i) && s.adjacentNext(i) {
			return s.decade(i)
		}
		return hit{}, false
	}
	var best hit
	found := false
	keep := func(h hit, ok bool) {
		if ok && (!found || h.end > best.end) {
			best, found = h, true
		}
	}
	for e := s.r.heads[t.lex]; e != nil; e = e.alt {
		switch e.cls {
		case cMonth, cMonthAbbr:
			keep(s.month(i, e, cued))
		case cWeekday:
			keep(s.weekday(i, e))
		case cNum, cVague:
			keep(s.quantityExpr(i))
		case cOrd:
			keep(s.ordinalExpr(i))
		case cRelDay:
			keep(s.relDay(i, e))
		case cTonight:
			keep(hit{end: i + 1, value: s.a.dayValue(0) + "TNI", prec: precHour, typ: typeTime}, true)
		case cSeason:
			keep(s.seasonYear(i, e))
		case cSetAdv:
			keep(s.setAdverb(i, e))
		case cRef:
			keep(s.ref(i, e))
		case cMod:
			keep(s.modified(i, e))
		case cRel:
			keep(s.rel(i, e, false))
			if e.word == "current" {
				keep(s.adjRef(i, "PRESENT_REF"))
			}
		case cUnit:
			keep(s.bareUnit(i, e))
			if e.arg == "Q" && !e.plural {
				keep(s.clockWords(i)) // "quarter past nine"
			}
		case cWord:
			keep(s.functionWord(i, e))
		}
	}
	return best, found
}

// ---- token helpers ----

func (s *scan) word(i int) string {
	if i < 0 || i >= len(s.toks) || s.toks[i].kind != kWord {
		return ""
	}
	return s.text[s.toks[i].start:s.toks[i].end]
}

func (s *scan) surface(i int) string {
	if i < 0 || i >= len(s.toks) {
		return ""
	}
	return s.text[s.toks[i].start:s.toks[i].end]
}

// is reports whether token i is the word w (lower case), in any case.
func (s *scan) is(i int, w string) bool {
	x := s.word(i)
	return len(x) == len(w) && strings.EqualFold(x, w)
}

func (s *scan) lower(i int) string { return strings.ToLower(s.word(i)) }

func (s *scan) inSet(set string, i int) bool {
	var buf [24]byte
	k, ok := lowerWord(s.word(i), &buf)
	return ok && s.r.sets[set][string(k)]
}

// lowerWord writes strings.ToLower(w) into buf (lower.Append), for a map
// look-up that allocates nothing; it reports false for an empty word or
// one longer than buf.
func lowerWord(w string, buf *[24]byte) ([]byte, bool) {
	if w == "" || len(w) > len(buf) {
		return nil, false
	}
	return lower.Append(buf[:0], w), true
}

// entryWord returns the lower-case lexicon word of token i, or "".
func (s *scan) entryWord(i int) string {
	if i < 0 || i >= len(s.toks) || s.toks[i].lex == 0 {
		return ""
	}
	return s.r.heads[s.toks[i].lex].word
}

func (s *scan) punct(i int, p string) bool {
	return i >= 0 && i < len(s.toks) && s.toks[i].kind == kPunct && s.surface(i) == p
}

func (s *scan) isApos(i int) bool {
	if i < 0 || i >= len(s.toks) || s.toks[i].kind != kPunct {
		return false
	}
	p := s.surface(i)
	return p == "'" || p == "’" || p == "‘"
}

func (s *scan) isDash(i int) bool {
	if i < 0 || i >= len(s.toks) || s.toks[i].kind != kPunct {
		return false
	}
	p := s.surface(i)
	return p == "-" || p == "–" || p == "—"
}

// adjacentNext reports whether token i+1 follows token i with no space.
func (s *scan) adjacentNext(i int) bool {
	return i+1 < len(s.toks) && s.toks[i+1].start == s.toks[i].end
}

// lexOf returns the entry of class c of token i, or nil.
func (s *scan) lexOf(i int, c class) *entry {
	if i < 0 || i >= len(s.toks) {
		return nil
	}
	for e := s.r.heads[s.toks[i].lex]; e != nil; e = e.alt {
		if e.cls == c {
			return e
		}
	}
	return nil
}

func (s *scan) wcase(i int) uint8 { return s.toks[i].wcase }

// boundary reports whether token i ends a sentence or clause for the
// purpose of cue search.
func (s *scan) boundary(i int) bool {
	t := &s.toks[i]
	if t.kind != kPunct {
		return false
	}
	switch s.surface(i) {
	case ".":
		// Not a dot of an abbreviation ("p.m.", "U.S."): one written
		// right after a single letter.
		if i > 0 && s.toks[i-1].end == t.start && s.toks[i-1].end-s.toks[i-1].start == 1 && s.toks[i-1].kind == kWord {
			return false
		}
		return true
	case "!", "?", ";", ":":
		return true
	}
	return false
}

// sentenceStart reports whether token i begins a sentence or line.
func (s *scan) sentenceStart(i int) bool {
	if i == 0 || s.toks[i].nlBefore {
		return true
	}
	j := i - 1
	for j >= 0 && s.toks[j].kind == kPunct && !s.boundary(j) {
		j-- // opening quotes
	}
	return j < 0 || s.boundary(j)
}

// ---- numbers ----

// intTok parses token i as an unsigned integer of digits only.
func (s *scan) intTok(i int) (n, digits int, ok bool) {
	if i < 0 || i >= len(s.toks) || s.toks[i].kind != kNum {
		return 0, 0, false
	}
	x := s.surface(i)
	if len(x) > 9 {
		return 0, 0, false
	}
	for k := 0; k < len(x); k++ {
		if !isDigit(x[k]) {
			return 0, 0, false
		}
		n = n*10 + int(x[k]-'0')
	}
	return n, len(x), true
}

// splitNum splits a number token into its digits and letter suffix.
func splitNum(x string) (digits, suffix string) {
	k := len(x)
	for k > 0 && isLetter(x[k-1]) {
		k--
	}
	return x[:k], strings.ToLower(x[k:])
}

// yearTok parses token i as a year 1000-2099.
func (s *scan) yearTok(i int) (int, bool) {
	n, d, ok := s.intTok(i)
	if !ok || d != 4 || n < 1000 || n > 2099 {
		return 0, false
	}
	return n, true
}

// dayTok parses token i as a day of the month: "5", "05", "5th".
func (s *scan) dayTok(i int) (int, bool) {
	if i < 0 || i >= len(s.toks) || s.toks[i].kind != kNum {
		return 0, false
	}
	digits, suf := splitNum(s.surface(i))
	if a, b, ok := strings.Cut(digits, "-"); ok && len(b) <= 2 && suf == "" { // "20-21": the first day
		digits = a
	}
	if len(digits) == 0 || len(digits) > 2 {
		return 0, false
	}
	switch suf {
	case "", "st", "nd", "rd", "th":
	default:
		return 0, false
	}
	n, _ := strconv.Atoi(digits)
	if n < 1 || n > 31 {
		return 0, false
	}
	// not "5:30", "5.5", "5%", "5 days"
	if j := i + 1; j < len(s.toks) {
		if s.toks[j].kind == kPunct && s.adjacentNext(i) && (s.punct(j, "%") || s.punct(j, ":") && suf == "") { // "4th:" is a day
			return 0, false
		}
		if s.lexOf(j, cUnit) != nil {
			return 0, false
		}
	}
	return n, true
}

// quantity parses a count at token i: digits ("48", "3.5", "1,000"),
// number words ("two", "twenty-five", "a", "a few", "a couple of") or a
// vague word ("several" -> X). It returns the count and the next token.
func (s *scan) quantity(i int) (qty string, next int, ok bool) {
	if i >= len(s.toks) {
		return "", 0, false
	}
	t := &s.toks[i]
	if t.kind == kNum {
		x := s.surface(i)
		if _, _, ok := s.intTok(i); ok {
			return x, i + 1, true
		}
		var b strings.Builder
		dot := false
		for k := 0; k < len(x); k++ {
			c := x[k]
			switch {
			case isDigit(c):
				b.WriteByte(c)
			case c == ',' && !dot:
			case c == '.' && !dot:
				dot = true
				b.WriteByte(c)
			default:
				return "", 0, false
			}
		}
		return b.String(), i + 1, true
	}
	if t.kind != kWord || t.wcase == caseUpper && len(s.word(i)) > 1 {
		return "", 0, false
	}
	if e := s.lexOf(i, cVague); e != nil {
		if s.is(i, "couple") {
			if s.is(i+1, "of") {
				return "2", i + 2, true
			}
			return "", 0, false
		}
		return "X", i + 1, true
	}
	e := s.lexOf(i, cNum)
	if e == nil {
		return "", 0, false
	}
	if s.is(i, "a") || s.is(i, "an") {
		switch {
		case s.is(i+1, "few"):
			return "X", i + 2, true
		case s.is(i+1, "couple"):
			if s.is(i+2, "of") {
				return "2", i + 3, true
			}
			return "2", i + 2, true
		case s.is(i+1, "dozen"):
			return "12", i + 2, true
		case s.is(i+1, "hundred"):
			return "100", i + 2, true
		}
		return "1", i + 1, true
	}
	n := e.n
	next = i + 1
	if n >= 20 && n%10 == 0 && n < 100 && s.isDash(next) && s.adjacentNext(i) && s.adjacentNext(next) {
		if u := s.lexOf(next+1, cNum); u != nil && u.n < 10 && u.n > 0 {
			n += u.n
			next += 2
		}
	}
	if s.is(next, "hundred") {
		n *= 100
		next++
	}
	if s.andAHalf(next) { // "two and a half years"
		return strconv.Itoa(n) + ".5", next + 3, true
	}
	return strconv.Itoa(n), next, true
}

// andAHalf reports whether tokens k.. are "and a half".
func (s *scan) andAHalf(k int) bool {
	return s.is(k, "and") && s.is(k+1, "a") && s.is(k+2, "half")
}

// halfDuration is the duration of QTY.5 UNIT ("a year and a half", "two
// and a half hours") in the next smaller unit where it is a whole number,
// as "half a year" = P6M: P18M, PT90M, PT36H, P15Y; else a decimal count.
func halfDuration(qty, unit string) (value, prec string) {
	f, err := strconv.ParseFloat(qty, 64)
	if err != nil {
		return duration(qty, unit)
	}
	switch unit {
	case "Y":
		return duration(fmtNum(f*12), "M")
	case "H":
		return duration(fmtNum(f*60), "MIN")
	case "D":
		return duration(fmtNum(f*24), "H")
	case "DE":
		return duration(fmtNum(f*10), "Y")
	case "CE":
		return duration(fmtNum(f*100), "Y")
	}
	return duration(qty, unit)
}

// unitAt returns the duration unit of token i.
func (s *scan) unitAt(i int) *entry {
	e := s.lexOf(i, cUnit)
	if e == nil || s.wcase(i) == caseTitle && !s.sentenceStart(i) {
		return nil
	}
	return e
}

// quantityExpr matches QUANTITY UNIT [ago|from now], N-UNIT adjectives and
// "N times a UNIT".
func (s *scan) quantityExpr(i int) (hit, bool) {
	if s.is(i, "a") && s.is(i+1, "long") && s.is(i+2, "time") && s.is(i+3, "ago") {
		return hit{end: i + 4, value: "PAST_REF", typ: typeDate}, true
	}
	// "a quarter-century", "a half-century [ago]"
	if s.is(i, "a") && (s.is(i+1, "quarter") || s.is(i+1, "half")) && s.isDash(i+2) && s.adjacentNext(i+1) && s.is(i+3, "century") {
		qty := "50"
		if s.is(i+1, "quarter") {
			qty = "25"
		}
		if s.is(i+4, "ago") {
			if v, p, ok := s.a.shift(qty, "Y", -1); ok {
				return hit{end: i + 5, value: v, prec: p, typ: typeDate}, true
			}
		}
		v, p := duration(qty, "Y")
		return hit{end: i + 4, value: v, prec: p, typ: typeDuration}, true
	}
	qty, j, ok := s.quantity(i)
	if !ok {
		return hit{}, false
	}
	// "twice a week", "three times a year"
	if s.is(j, "times") {
		if h, ok := s.perUnit(j + 1); ok {
			return h, true
		}
		return hit{}, false
	}
	// "five consecutive days", "two more weeks", "three full years"
	adj := false
	if s.inSet("unit-adj", j) && s.wcase(j) == caseLower && s.unitAt(j+1) != nil {
		j++
		adj = true
	}
	hyphen := false
	if s.isDash(j) && s.adjacentNext(j-1) && s.adjacentNext(j) {
		hyphen = true
		j++
	}
	u := s.unitAt(j)
	if u == nil {
		return hit{}, false
	}
	word := s.is(i, "a") || s.is(i, "an")
	if word && !hyphen && s.longAfter(j) {
		return hit{}, false // "a decade-long dispute": the span is "decade-long"
	}
	if word && !hyphen && s.lastEnd == i && s.prev.typ == typeDuration && u.arg != "WE" && !u.plural && !s.is(j+1, "ago") {
		// "40 hours a week", "seven days a week": a frequency after a duration
		v, p := duration("1", u.arg)
		return hit{end: j + 1, value: v, prec: p, typ: typeSet}, true
	}
	if word && s.afterAmount(i) && !s.is(j+1, "ago") && !s.is(j+1, "earlier") && !s.is(j+1, "later") {
		return hit{}, false // a rate: "150 km an hour", "$1 billion a year"
	}
	switch {
	case u.arg == "S" && word, // "a second round"
		u.arg == "Q" && !(adj && u.plural), // "12 consecutive quarters", not "three quarters of voters"
		u.arg == "WE",
		qty == "1" && u.plural && !hyphen,
		qty != "1" && qty != "X" && !u.plural && !hyphen:
		return hit{}, false
	}
	if qty == "X" && !u.plural && !hyphen {
		return hit{}, false
	}
	end := j + 1
	half := strings.HasSuffix(qty, ".5") && s.andAHalf(j-3)
	if !hyphen && !u.plural && s.andAHalf(end) { // "a year and a half"
		if f, err := strconv.ParseFloat(qty, 64); err == nil && f == float64(int(f)) {
			qty, end, half = strconv.Itoa(int(f))+".5", end+3, true
		}
	}
	if hyphen {
		// "a 10-year-old": an age, not a time
		if s.isDash(end) && (s.is(end+1, "old") || s.is(end+1, "olds")) {
			return hit{}, false
		}
		v, p := duration(qty, u.arg)
		return hit{end: end, value: v, prec: p, typ: typeDuration}, true
	}
	if s.inSet("unit-block", end) && !u.plural {
		return hit{}, false // "a day care", "a day job"
	}
	if s.inSet("age-follow", end) || s.is(i-1, "aged") && !s.relative(end) {
		return hit{}, false // an age: "45 years old", "aged 60 years"
	}
	switch {
	case s.is(end, "ago"):
		if n, err := strconv.Atoi(qty); err == nil && s.a.known && (u.arg == "Y" || u.arg == "M" || u.arg == "W") &&
			(s.is(end+1, "today") || s.is(end+1, "this") && (s.is(end+2, "month") || s.is(end+2, "week"))) {
			// "75 years ago this month", "a year ago today": the anchor's
			// day, week or month that many units back
			t := s.a.day
			switch u.arg {
			case "Y":
				t = t.AddDate(-n, 0, 0)
			case "M":
				t = t.AddDate(0, -n, 0)
			case "W":
				t = t.AddDate(0, 0, -7*n)
			}
			switch {
			case s.is(end+1, "today"):
				return hit{end: end + 2, value: fmtDay(t), prec: precDay, typ: typeDate}, true
			case s.is(end+2, "week"):
				return hit{end: end + 3, value: fmtWeek(t), prec: precWeek, typ: typeDate}, true
			case u.arg != "W":
				return hit{end: end + 3, value: t.Format("2006-01"), prec: precMonth, typ: typeDate}, true
			}
		}
		if v, p, ok := s.a.shift(qty, u.arg, -1); ok {
			return hit{end: end + 1, value: v, prec: p, typ: typeDate}, true
		}
	case s.is(end, "later") || s.is(end, "earlier"):
		sign := 1
		if s.is(end, "earlier") {
			sign = -1
		}
		if v, ok := s.shiftClock(qty, u.arg, sign); ok { // "landed two hours later"
			return hit{end: end + 1, value: v, prec: precMinute, typ: typeTime}, true
		}
		if v, p, ok := shiftValue(s.antecedent(u.arg), qty, u.arg, sign); ok {
			return hit{end: end + 1, value: v, prec: p, typ: typeDate}, true
		}
		// no previous date fine enough: counted from the anchor, a date
		// all the same ("A week earlier, the army had withdrawn")
		if v, p, ok := s.a.shift(qty, u.arg, sign); ok {
			return hit{end: end + 1, value: v, prec: p, typ: typeDate}, true
		}
	case (s.is(end, "on") || s.is(end, "from")) && (u.arg == "D" || u.arg == "W") && s.a.known && !s.isApos(end+2) && !s.is(end+1, "now"):
		// "a week on Monday", "two weeks from Friday", "a week from today"
		var base time.Time
		if wd := s.lexOf(end+1, cWeekday); wd != nil && !wd.plural && s.wcase(end+1) == caseTitle {
			base = s.a.weekdayTime(wd.n, onOrAfter)
		} else if s.is(end+1, "today") || s.is(end+1, "tomorrow") {
			base = s.a.day
			if s.is(end+1, "tomorrow") {
				base = base.AddDate(0, 0, 1)
			}
		} else {
			break
		}
		n, err := strconv.Atoi(qty)
		if err != nil {
			break
		}
		if u.arg == "W" {
			n *= 7
		}
		return hit{end: end + 2, value: fmtDay(base.AddDate(0, 0, n)), prec: precDay, typ: typeDate}, true
	case s.is(end, "from") && s.is(end+1, "now"):
		if v, p, ok := s.a.shift(qty, u.arg, 1); ok {
			return hit{end: end + 2, value: v, prec: p, typ: typeDate}, true
		}
	}
	v, p := duration(qty, u.arg)
	if half {
		v, p = halfDuration(qty, u.arg)
	}
	return hit{end: end, value: v, prec: p, typ: typeDuration}, true
}

// perUnit matches "a|an|per|every|each UNIT" after "once/twice/N times".
func (s *scan) perUnit(j int) (hit, bool) {
	if !(s.is(j, "a") || s.is(j, "an") || s.is(j, "per") || s.is(j, "every") || s.is(j, "each")) {
		return hit{}, false
	}
	u := s.unitAt(j + 1)
	if u == nil || u.plural || u.arg == "WE" {
		return hit{}, false
	}
	v, p := duration("1", u.arg)
	return hit{end: j + 2, value: v, prec: p, typ: typeSet}, true
}

// number matches expressions that start with a number token.
func (s *scan) number(i int, cued bool) (hit, bool) {
	x := s.surface(i)
	digits, suf := splitNum(x)
	if y, ok := splitYearOf(digits); ok && suf == "" {
		return s.splitYear(i, y, cued)
	}
	switch {
	case strings.IndexByte(digits, '-') >= 0:
		return s.isoDate(i, digits, suf)
	case strings.IndexByte(digits, '/') >= 0:
		return s.slashDate(i, digits, suf)
	case strings.IndexByte(digits, ':') >= 0:
		return s.clock(i, digits, suf)
	case strings.Count(digits, ".") == 2:
		return s.dotDate(i, digits, suf)
	}
	switch suf {
	case "s":
		return s.decade(i)
	case "":
		if h, ok := s.decade(i); ok { // "1990's"
			return h, true
		}
	}
	switch suf {
	case "am", "pm":
		return s.clock(i, digits, suf)
	case "st", "nd", "rd", "th":
		return s.ordinalExpr(i)
	case "":
	default:
		return hit{}, false
	}
	var best hit
	found := false
	keep := func(h hit, ok bool) {
		if ok && (!found || h.end > best.end) {
			best, found = h, true
		}
	}
	// 5 September 2025
	if d, ok := s.dayTok(i); ok {
		keep(s.dayMonth(i, d, i+1))
		// "12 to 15 August": the first day takes the month of the second
		if !found && s.rangeWord(i+1) {
			if d2, ok := s.dayTok(i + 2); ok && d2 > d {
				if h, ok := s.dayMonth(i+2, d2, i+3); ok && len(h.value) == 10 {
					keep(hit{end: i + 1, value: fmt.Sprintf("%s%02d", h.value[:8], d), prec: precDay, typ: typeDate}, true)
				}
			}
		}
		// "September 20 and 21"
		if !found && s.lastEnd == i-1 && s.rangeWord(i-1) && s.prev.prec == precDay && len(s.prev.value) == 10 && s.prev.value[0] != 'X' {
			if pd, err := strconv.Atoi(s.prev.value[8:]); err == nil && d > pd {
				keep(hit{end: i + 1, value: fmt.Sprintf("%s%02d", s.prev.value[:8], d), prec: precDay, typ: typeDate}, true)
			}
		}
	}
	// 10 a.m., 3 o'clock
	if _, _, ok := s.ampm(i + 1); ok || s.oclock(i+1) > 0 || len(digits) == 4 && (s.isZone(i+1) || s.is(i+1, "hrs")) || len(digits) <= 2 && s.is(i+1, "in") && s.is(i+2, "the") {
		keep(s.clock(i, digits, "")) // also "0800 GMT", "at 3 in the afternoon"
	}
	keep(s.quantityExpr(i))
	if y, ok := s.yearTok(i); ok && (cued || s.yearCued(i, y)) {
		keep(hit{end: i + 1, value: fmtYear(y), prec: precYear, typ: typeDate}, true)
	}
	return best, found
}

// splitYearOf reads a split year, two consecutive years written
// "2025/26", "2025-26", "2025/2026" or "2025-2026", and returns the second
// (the year a fiscal, academic or sports year ends in, as "FY2026").
func splitYearOf(digits string) (int, bool) {
	if len(digits) != 7 && len(digits) != 9 || digits[4] != '/' && digits[4] != '-' {
		return 0, false
	}
	y1, err1 := strconv.Atoi(digits[:4])
	y2, err2 := strconv.Atoi(digits[5:])
	if err1 != nil || err2 != nil || y1 < 1800 || y1 > 2099 {
		return 0, false
	}
	if len(digits) == 7 && y2 != (y1+1)%100 || len(digits) == 9 && y2 != y1+1 {
		return 0, false
	}
	return y1 + 1, true
}

// splitYearNoun returns the token after the noun that follows a split year
// at token i ("season", "financial year"), or 0.
func (s *scan) splitYearNoun(i int) int {
	switch {
	case s.wcase(i+1) != caseLower:
		return 0
	case s.inSet("split-year-adj", i+1) && s.is(i+2, "year"):
		return i + 3
	case s.inSet("split-year-noun", i+1):
		return i + 2
	}
	return 0
}

// splitYear matches a split year at token i (value y, its second year)
// with its noun ("2025/26 season"), after a year cue ("in 2025-26") or
// when cued ("fiscal 2025-26").
func (s *scan) splitYear(i, y int, cued bool) (hit, bool) {
	if k := s.splitYearNoun(i); k > 0 {
		return hit{end: k, value: fmtYear(y), prec: precYear, typ: typeDate}, true
	}
	if cued || len(s.surface(i)) == 7 && (s.inSet("year-cue", i-1) || s.is(i-1, "for")) {
		return hit{end: i + 1, value: fmtYear(y), prec: precYear, typ: typeDate}, true
	}
	return hit{}, false
}

// yearCued reports whether a bare 4-digit number at token i is a year.
func (s *scan) yearCued(i, y int) bool {
	if s.inSet("count-noun", i+1) {
		return false
	}
	p := i - 1
	if p < 0 {
		return false
	}
	switch {
	case s.inSet("year-cue", p):
		return true
	case s.isDash(p) && s.lastEnd == p, s.lastEnd == p && s.is(p, "to"):
		return true // "2014-2016"... "from 2010 to 2015"
	case s.isDash(p) && s.adjacentNext(p) && s.adjacentNext(p-1) && (s.is(p-1, "post") || s.is(p-1, "pre")):
		return s.plausibleYear(y) // "post-1994"
	case (s.is(p, "and") || s.is(p, "or") || s.is(p, "through")) && s.lastEnd == p:
		return true
	case s.isApos(i+1) && s.is(i+2, "s"): // "2016's"
		return true
	case s.is(p, "to") && s.inSet("year-to", p-1), s.unitTo(p): // "prior to 2008", "the decade to 2020"
		return true
	case s.is(p, "for") && s.plausibleYear(y) && (s.inSet("original-plan", p-1) && s.wcase(p-1) == caseLower || s.originalPlan(p)):
		return true // "was initially planned for 2025", "is scheduled for 2027"
	case s.rescheduledTo(p) && s.plausibleYear(y):
		return true // "postponed to 2027", "delayed until 2028"
	case s.is(i+1, "to") && y >= 1800:
		if y2, ok := s.yearTok(i + 2); ok && y2 > y && y2-y < 200 && !s.inSet("count-noun", i+3) {
			return true // "The war years, 1939 to 1945"
		}
	}
	if s.plausibleYear(y) && (s.is(p, "than") || s.punct(p, "(") && s.punct(i+1, ")")) {
		return true // "higher than 2012", "(2008)"
	}
	if y < 1800 || s.word(i+1) == "" {
		return false
	}
	if s.inSet("year-determiner", p) {
		return true
	}
	// possessive: "Trump's 2016 campaign"
	return s.is(p, "s") && s.isApos(p-1)
}

// plausibleYear reports whether y is a year a news text would name without
// a cue word: from 1900 to ten years after the anchor (2099 unknown).
func (s *scan) plausibleYear(y int) bool {
	limit := 2099
	if s.a.known {
		limit = s.a.day.Year() + 10
	}
	return y >= 1900 && y <= limit
}

// isoDate matches 2025-09-05.
func (s *scan) isoDate(i int, digits, suf string) (hit, bool) {
	if suf != "" || len(digits) != 10 || digits[4] != '-' || digits[7] != '-' {
		return hit{}, false
	}
	y, e1 := strconv.Atoi(digits[:4])
	m, e2 := strconv.Atoi(digits[5:7])
	d, e3 := strconv.Atoi(digits[8:])
	if e1 != nil || e2 != nil || e3 != nil || y < 1000 || !validDay(y, m, d) {
		return hit{}, false
	}
	return hit{end: i + 1, value: digits, prec: precDay, typ: typeDate}, true
}

// slashDate matches 9/5/2025 and 9/5/25 (month first, day first when the
// first number exceeds 12).
// dotDate matches a European day.month.year date: "09.03.2018".
func (s *scan) dotDate(i int, digits, suf string) (hit, bool) {
	parts := strings.Split(digits, ".")
	if suf != "" || len(parts[0]) > 2 || len(parts[1]) > 2 || len(parts[2]) != 4 {
		return hit{}, false
	}
	d, _ := strconv.Atoi(parts[0])
	m, _ := strconv.Atoi(parts[1])
	y, _ := strconv.Atoi(parts[2])
	if !s.plausibleYear(y) || !validDay(y, m, d) {
		return hit{}, false
	}
	return hit{end: i + 1, value: fmt.Sprintf("%04d-%02d-%02d", y, m, d), prec: precDay, typ: typeDate}, true
}

func (s *scan) slashDate(i int, digits, suf string) (hit, bool) {
	parts := strings.Split(digits, "/")
	if suf != "" || len(parts) != 3 || len(parts[0]) > 2 || len(parts[1]) > 2 || (len(parts[2]) != 4 && len(parts[2]) != 2) {
		return hit{}, false
	}
	a, _ := strconv.Atoi(parts[0])
	b, _ := strconv.Atoi(parts[1])
	y, _ := strconv.Atoi(parts[2])
	if len(parts[2]) == 2 {
		y += 2000
		if y > s.yearLimit() {
			y -= 100
		}
	}
	m, d := a, b
	if a > 12 {
		m, d = b, a
	}
	if !validDay(y, m, d) {
		return hit{}, false
	}
	return hit{end: i + 1, value: fmt.Sprintf("%04d-%02d-%02d", y, m, d), prec: precDay, typ: typeDate}, true
}

// yearLimit is the latest year a two-digit year may stand for.
func (s *scan) yearLimit() int {
	if s.a.known {
		return s.a.day.Year() + 10
	}
	return 2050
}

// ampm matches "a.m.", "p.m.", "am", "pm" at token j.
func (s *scan) ampm(j int) (end int, pm bool, ok bool) {
	w := s.lower(j)
	switch w {
	case "am", "pm":
		return j + 1, w == "pm", true
	case "a", "p":
		if s.punct(j+1, ".") && s.adjacentNext(j) && s.is(j+2, "m") && s.adjacentNext(j+1) {
			end = j + 3
			if s.punct(end, ".") && s.adjacentNext(j+2) {
				end++
			}
			return end, w == "p", true
		}
	}
	return 0, false, false
}

// oclock matches "o'clock" at token j and returns the next token, or 0.
func (s *scan) oclock(j int) int {
	if s.is(j, "o") && s.isApos(j+1) && s.is(j+2, "clock") {
		return j + 3
	}
	return 0
}

// clock matches 10:30 [a.m.] [ET] [date], 3pm, 10 a.m., 3 o'clock.
func (s *scan) clock(i int, digits, suf string) (hit, bool) {
	h, m := 0, 0
	hasMin := false
	var err error
	if k := strings.IndexAny(digits, ":."); k >= 0 {
		if len(digits)-k-1 != 2 {
			return hit{}, false
		}
		if h, err = strconv.Atoi(digits[:k]); err != nil {
			return hit{}, false
		}
		if m, err = strconv.Atoi(digits[k+1:]); err != nil || m > 59 {
			return hit{}, false
		}
		hasMin = true
		if _, _, ok := s.ampm(i + 1); digits[k] == '.' && suf == "" && !ok {
			return hit{}, false // 3.30 without am/pm is a decimal ("9.30 pm" is a time)
		}
	} else if len(digits) == 4 && suf == "" && (s.isZone(i+1) || s.is(i+1, "hrs")) {
		// "0800 GMT", "2200 hrs": hours and minutes without a colon, before a zone
		if h, err = strconv.Atoi(digits[:2]); err != nil || h > 23 {
			return hit{}, false
		}
		if m, err = strconv.Atoi(digits[2:]); err != nil || m > 59 {
			return hit{}, false
		}
		hasMin = true
	} else if h, err = strconv.Atoi(digits); err != nil || len(digits) > 2 {
		return hit{}, false
	}
	j := i + 1
	marked, pm, am := false, false, false
	switch suf {
	case "am", "pm":
		marked, pm, am = true, suf == "pm", suf == "am"
	case "":
		if e, p, ok := s.ampm(j); ok {
			marked, pm, am, j = true, p, !p, e
		} else if e := s.oclock(j); e > 0 {
			marked, j = true, e
		}
	default:
		return hit{}, false
	}
	// "4:30 in the morning", "at 3 in the afternoon"
	if !marked && h >= 1 && h <= 12 && s.is(j, "in") && s.is(j+1, "the") {
		if p := s.lexOf(j+2, cPOD); p != nil && !p.plural && s.wcase(j+2) == caseLower && (s.is(i-1, "at") || s.is(i-1, "around") || s.is(i-1, "about") || s.is(i-1, "by") || s.is(i-1, "until")) {
			marked, j = true, j+3
			switch {
			case p.arg == "MO" && h == 12:
				h = 0
			case (p.arg == "AF" || p.arg == "EV") && h < 12, p.arg == "NI" && h >= 6 && h < 12:
				h += 12
			}
			if h == 24 {
				h = 12
			}
		}
	}
	if marked && !(am || pm) && h > 23 || marked && (am || pm) && (h > 12 || h == 0) || h > 24 || !marked && !hasMin {
		return hit{}, false
	}
	if pm && h < 12 {
		h += 12
	} else if am && h == 12 {
		h = 0
	}
	if s.isZone(j) || s.is(j, "hrs") && len(digits) == 4 {
		j++
	} else if (s.is(j, "Eastern") || s.is(j, "Pacific") || s.is(j, "Central")) && s.wcase(j) == caseTitle && (j+1 >= len(s.toks) || s.wcase(j+1) != caseTitle) && !s.is(j+1, "time") {
		j++ // "10 a.m. Eastern"; not "Eastern Europe"
	} else if s.is(j+1, "time") && (s.is(j, "local") || s.toks[j].kind == kWord && s.wcase(j) != caseLower && !s.sentenceStart(j)) {
		j += 2 // "local time", "UK time", "Moscow time", "Eastern time"
	}
	if !marked && !(s.isZone(j-1) || s.is(j-1, "hrs") || s.is(i-1, "at") || s.is(i-1, "by") || s.is(i-1, "until") || s.is(i-1, "around") || s.is(i-1, "from") || s.is(i-1, "since") || s.is(i-1, "before") || s.is(i-1, "after")) {
		return hit{}, false
	}
	date, end, ok := s.dateAfterTime(i, j)
	if !ok {
		date = s.dayBefore(i, date)
	}
	value := fmt.Sprintf("%sT%02d:%02d", date, h, m)
	prec := precMinute
	if !hasMin {
		prec = precHour
	}
	return hit{end: end, value: value, prec: prec, typ: typeTime, dayGuess: !ok}, true
}

var zones = map[string]bool{
	"ET": true, "EST": true, "EDT": true, "CT": true, "CST": true, "CDT": true, "MT": true, "MST": true,
	"MDT": true, "PT": true, "PST": true, "PDT": true, "GMT": true, "UTC": true, "BST": true, "CET": true,
	"CEST": true, "EET": true, "EEST": true, "MSK": true, "IST": true, "JST": true, "KST": true, "AEST": true,
}

func (s *scan) isZone(j int) bool {
	return j >= 0 && j < len(s.toks) && s.toks[j].kind == kWord && zones[s.word(j)]
}

// dayBefore returns the day of the date expression that ends right before
// the time at token i, across a comma or "at" ("Saturday, March 31, 2018
// 1:19 p.m.", "on Friday at 10 a.m."), else the latest day named earlier
// in the same sentence, else def.
func (s *scan) dayBefore(i int, def string) string {
	k := i - 1
	for n := 0; n < 2 && k >= s.lastEnd && (s.punct(k, ",") || s.is(k, "at") || s.is(k, "around") || s.is(k, "about") || s.is(k, "from") || s.is(k, "by")); n++ {
		k--
	}
	if s.lastEnd >= 0 && k+1 == s.lastEnd && s.prev.typ == typeDate && s.prev.prec == precDay && len(s.prev.value) == 10 {
		return s.prev.value
	}
	// else the latest day mentioned earlier in the same sentence ("On
	// Thursday police said the blast came at 10 p.m.")
	if s.lastDay == "" {
		return def
	}
	for k := s.lastDayEnd; k < i; k++ {
		if s.boundary(k) || s.toks[k].nlBefore {
			return def
		}
	}
	return s.lastDay
}

// dateAfterTime returns the day of the time starting at token i: a
// weekday, "today", "yesterday", "tomorrow" or a month-day at token j
// right after it, else the anchor's day. A bare weekday takes the tense
// cues of the whole expression ("will speak at 8 p.m. EDT Thursday").
func (s *scan) dateAfterTime(i, j int) (string, int, bool) {
	k := j
	if p := s.pastParen(k); p > k && s.is(p, "on") {
		k = p // "at 2 p.m. local time (1200 GMT) on Thursday"
	}
	if s.is(k, "on") { // "3 p.m. on Friday": the day, outside the span
		if e := s.lexOf(k+1, cWeekday); e != nil && !e.plural && s.wcase(k+1) != caseLower {
			if h, ok := s.weekday(k+1, e); ok && h.typ == typeDate && h.end > k+2 { // "on Thursday, March 29, 2018"
				return h.value, j, true
			}
			return s.a.weekday(e.n, s.dir(i, k+2, onOrBefore)), j, true
		}
		if e := s.lexOf(k+1, cMonth); e != nil || s.lexOf(k+1, cMonthAbbr) != nil {
			if e == nil {
				e = s.lexOf(k+1, cMonthAbbr)
			}
			if h, ok := s.month(k+1, e, false); ok && h.prec == precDay {
				return h.value, j, true
			}
		}
	}
	if e := s.lexOf(k, cWeekday); e != nil && !e.plural && s.wcase(k) != caseLower {
		return s.a.weekday(e.n, s.dir(i, k+1, onOrBefore)), k + 1, true
	}
	if e := s.lexOf(k, cRelDay); e != nil {
		return s.a.dayValue(e.n), k + 1, true
	}
	if e := s.lexOf(k, cMonth); e != nil || s.lexOf(k, cMonthAbbr) != nil {
		if e == nil {
			e = s.lexOf(k, cMonthAbbr)
		}
		if h, ok := s.month(k, e, false); ok && h.prec == precDay {
			return h.value, h.end, true
		}
	}
	return s.a.dayValue(0), j, false
}

// pastParen returns the token after a parenthesis that closes at token k
// or opens there and closes within eight tokens, else k.
func (s *scan) pastParen(k int) int {
	if s.punct(k, ")") {
		return k + 1
	}
	if s.punct(k, "(") {
		for m := k + 1; m < len(s.toks) && m <= k+8; m++ {
			if s.punct(m, ")") {
				return m + 1
			}
		}
	}
	return k
}

// decade matches 1990s, '90s and 1900s.
func (s *scan) decade(i int) (hit, bool) {
	k := i
	twoDigit := false
	if s.toks[i].kind == kPunct {
		if !s.isApos(i) || !s.adjacentNext(i) {
			return hit{}, false
		}
		k = i + 1
		twoDigit = true
	}
	if k >= len(s.toks) || s.toks[k].kind != kNum {
		return hit{}, false
	}
	digits, suf := splitNum(s.surface(k))
	end := k + 1
	switch {
	case suf == "" && !twoDigit && s.isApos(k+1) && s.adjacentNext(k) && s.adjacentNext(k+1) && s.word(k+2) == "s":
		end = k + 3 // "the 1990's"
	case suf != "s":
		return hit{}, false
	}
	h, ok := s.decadeOf(digits, twoDigit)
	h.end = end
	return h, ok
}

// decadeOf returns the decade of "1990" or, with twoDigit, "90" ('90s).
func (s *scan) decadeOf(digits string, twoDigit bool) (hit, bool) {
	if digits == "" || digits[len(digits)-1] != '0' {
		return hit{}, false
	}
	n, err := strconv.Atoi(digits)
	if err != nil {
		return hit{}, false
	}
	switch {
	case twoDigit && len(digits) == 2:
		n += 1900
		if n == 1900 {
			n = 2000
		}
	case !twoDigit && len(digits) == 4 && n >= 1000 && n <= 2090:
	default:
		return hit{}, false
	}
	return hit{value: fmt.Sprintf("%03dX", n/10), prec: precDecade, typ: typeDate}, true
}

// dayMonth matches DAY MONTH [YEAR] with the day at token i and the month
// at token j: "5 September 2025", "5th Sept.".
func (s *scan) dayMonth(i, d, j int) (hit, bool) {
	e := s.lexOf(j, cMonth)
	if e == nil {
		e = s.lexOf(j, cMonthAbbr)
	}
	if e == nil || s.wcase(j) == caseLower {
		return hit{}, false
	}
	end := j + 1
	if e.cls == cMonthAbbr && s.punct(end, ".") && s.adjacentNext(j) {
		end++
	}
	if y, ok := s.yearTok(end); ok {
		if !validDay(y, e.n, d) {
			return hit{}, false
		}
		return hit{end: end + 1, value: fmt.Sprintf("%04d-%02d-%02d", y, e.n, d), prec: precDay, typ: typeDate}, true
	}
	v, ok := s.a.monthDay(e.n, d, s.dir(i, end, onOrBefore))
	if !ok {
		return hit{}, false
	}
	return hit{end: end, value: v, prec: precDay, typ: typeDate}, true
}

// month matches MONTH DAY[, YEAR], MONTH [of] YEAR and a cued bare MONTH.
func (s *scan) month(i int, e *entry, cued bool) (hit, bool) {
	if s.wcase(i) == caseLower {
		return hit{}, false
	}
	j := i + 1
	if e.cls == cMonthAbbr && s.punct(j, ".") && s.adjacentNext(i) {
		j++
	}
	if d, ok := s.dayTok(j); ok {
		end := j + 1
		k := end
		if s.punct(k, ",") {
			k++
		}
		if y, ok := s.yearTok(k); ok {
			if !validDay(y, e.n, d) {
				return hit{}, false
			}
			return hit{end: k + 1, value: fmt.Sprintf("%04d-%02d-%02d", y, e.n, d), prec: precDay, typ: typeDate}, true
		}
		dir := s.dir(i, end, onOrBefore)
		v, ok := s.a.monthDay(e.n, d, dir)
		if !ok {
			return hit{}, false
		}
		if dir == onOrBefore && s.a.known && s.wcase(end) == caseLower && s.inSet("month-noun", end) && s.inSet("year-determiner", i-1) && s.cueWith(i, end, false) < 0 {
			// "the Feb. 14 concert": the nearer one, the coming one only
			// when less than half as far (as "the November election")
			if next, ok := s.a.monthDay(e.n, d, onOrAfter); ok && s.a.muchNearer(next, v) {
				v = next
			}
		}
		// "Thurs., Oct. 1": the year in which the day is that weekday
		p := i - 1
		if s.punct(p, ",") {
			p--
		}
		if s.punct(p, ".") && s.adjacentNext(p-1) {
			if wd := s.lexOf(p-1, cWeekdayAbbr); wd != nil && s.wcase(p-1) == caseTitle {
				h := s.fitWeekday(hit{end: end, value: v, prec: precDay, typ: typeDate}, wd.n)
				return h, true
			}
		}
		if dir == onOrAfter && s.cueVerb && (s.is(i-1, "from") || s.is(i-1, "between")) { // "the season runs from June 1 to Nov. 30": the nearer June 1
			if past, ok := s.a.monthDay(e.n, d, onOrBefore); ok && s.a.nearerDay(past, v) {
				v = past
			}
		}
		return hit{end: end, value: v, prec: precDay, typ: typeDate}, true
	}
	k := j
	if s.is(k, "of") || s.punct(k, ",") {
		k++
	}
	if y, ok := s.yearTok(k); ok {
		return hit{end: k + 1, value: fmtMonth(y, e.n), prec: precMonth, typ: typeDate}, true
	}
	if s.is(j, "of") && s.is(j+2, "year") && s.wcase(i) == caseTitle {
		// "March of that year", "June of the following year": the year
		// told from the previous date
		if h, ok := s.at(j+1, false); ok && h.end == j+3 && h.prec == precYear && h.typ == typeDate && isDigit(h.value[0]) {
			return hit{end: j + 3, value: h.value + fmt.Sprintf("-%02d", e.n), prec: precMonth, typ: typeDate}, true
		}
	}
	if e.cls == cMonthAbbr || s.wcase(i) != caseTitle {
		return hit{}, false
	}
	if s.is(i-1, "come") && s.wcase(i-1) == caseLower { // "the election come November": the coming one
		return hit{end: i + 1, value: s.a.month(e.n, onOrAfter), prec: precMonth, typ: typeDate}, true
	}
	if !cued && s.isDash(i+1) && s.adjacentNext(i) && s.adjacentNext(i+1) && s.wcase(i+2) == caseTitle {
		if m2 := s.lexOf(i+2, cMonth); m2 != nil {
			cued = true // "the April-June period"
		}
	}
	if !cued && !s.monthCued(i-1) {
		if !s.monthAttributive(i, e.n) {
			return hit{}, false
		}
		// "the November election": the nearer month, the coming one only
		// when it is less than half as far as the past one; "October
		// figures" ([month-data]) measure a month gone by
		if s.inSet("month-data", i+1) {
			return hit{end: i + 1, value: s.a.month(e.n, onOrBefore), prec: precMonth, typ: typeDate}, true
		}
		switch c := s.cueWith(i, i+1, false); {
		case c >= 0:
			return hit{end: i + 1, value: s.a.month(e.n, c), prec: precMonth, typ: typeDate}, true
		case s.dir(i, i+1, onOrBefore) == onOrBefore:
			return hit{end: i + 1, value: s.a.monthNear(e.n), prec: precMonth, typ: typeDate}, true
		}
	}
	if y, ok := s.rangeYear(i, e.n); ok {
		return hit{end: i + 1, value: fmtMonth(y, e.n), prec: precMonth, typ: typeDate}, true
	}
	if y, ok := s.yearThenMonth(i, e.n); ok {
		return hit{end: i + 1, value: fmtMonth(y, e.n), prec: precMonth, typ: typeDate}, true
	}
	if s.a.known && s.eventAfterPast(i) {
		// "signalled a cut in September": the -ed verb tells when it was
		// signalled, not when the cut comes; the nearer month
		if c := s.cueWith(i, i+1, false); c >= 0 {
			return hit{end: i + 1, value: s.a.month(e.n, c), prec: precMonth, typ: typeDate}, true
		}
		return hit{end: i + 1, value: s.a.monthNear(e.n), prec: precMonth, typ: typeDate}, true
	}
	d := s.dir(i, i+1, onOrBefore)
	p := i - 1
	if s.lexOf(p, cMod) != nil || s.isDash(p) && s.lexOf(p-1, cMod) != nil {
		p = i - 2
		if s.isDash(i - 1) {
			p--
		}
	}
	if d == onOrAfter && s.cueVerb && !s.is(p, "until") && !s.is(p, "till") && !s.is(p, "through") { // "the session runs from April to July": the nearer April; not "runs until late May"
		return hit{end: i + 1, value: s.a.monthCloser(e.n, 1), prec: precMonth, typ: typeDate}, true
	}
	return hit{end: i + 1, value: s.a.month(e.n, d), prec: precMonth, typ: typeDate}, true
}

// eventAfterPast reports whether the month at token i follows "in", a
// noun phrase opened by "a"/"an" and an -ed verb: "signalled a cut in
// September", "announced a rate cut in March".
func (s *scan) eventAfterPast(i int) bool {
	if !s.is(i-1, "in") {
		return false
	}
	for d := i - 3; d >= i-4; d-- {
		if s.is(d, "a") || s.is(d, "an") {
			for m := d + 1; m < i-1; m++ {
				if s.toks[m].kind != kWord || s.wcase(m) != caseLower {
					return false
				}
			}
			return s.pastParticiple(d - 1)
		}
	}
	return false
}

// monthAttributive reports whether a bare capitalised month m at token i
// names a month as a modifier: after a determiner and before an event noun
// ("the November election", "a March primary"), or in the possessive
// ("November's vote"; not May, a common surname).
func (s *scan) monthAttributive(i, m int) bool {
	if (m != 5 || s.inSet("year-determiner", i-1)) && s.wcase(i+1) == caseLower && s.inSet("month-noun", i+1) {
		return true // "the November election", "will report October figures"; "May" only after a determiner
	}
	return m != 5 && s.isApos(i+1) && s.adjacentNext(i) && s.is(i+2, "s") && s.wcase(i+3) == caseLower && s.inSet("month-noun", i+3)
}

// rangeWord reports whether token p joins two dates: "and", "or", "to",
// "through", "until", a dash.
func (s *scan) rangeWord(p int) bool {
	return s.is(p, "and") || s.is(p, "or") || s.is(p, "to") || s.is(p, "through") || s.is(p, "until") || s.isDash(p)
}

// rangeYear gives the year of a bare month m at token i that closes a
// range opened by the previous expression ("from April to July"): the
// first year at or after the previous month.
func (s *scan) rangeYear(i, m int) (int, bool) {
	if s.lastEnd != i-1 || !s.rangeWord(i-1) || len(s.prev.value) < 7 || s.prev.value[4] != '-' {
		return 0, false
	}
	y, err1 := strconv.Atoi(s.prev.value[:4])
	pm, err2 := strconv.Atoi(s.prev.value[5:7])
	if err1 != nil || err2 != nil {
		return 0, false
	}
	if m < pm {
		y++
	}
	return y, true
}

// yearThenMonth gives the year of a bare month m at token i, after "in"
// or "by", told from a past year written earlier in the same sentence with
// "before" between and no other expression: the month that follows that
// year ("held the valley for much of 2024 before troops retook it in
// March": 2025-03). Not after the end of a range ("from 2010 to 2013"), a
// present perfect ("has"), "since" or "after" between, nor for a month
// still to come. "and" ("extradited in 2014 and pleaded guilty in May")
// and "until" ("the years 2010 to 2013 that were not reported until they
// asked in April") do not tell: in the PolNeAR train texts both were
// months long after the year.
func (s *scan) yearThenMonth(i, m int) (int, bool) {
	if !s.a.known || s.lastEnd < 0 || i-s.lastEnd > 12 || !(s.is(i-1, "in") || s.is(i-1, "by")) {
		return 0, false
	}
	if s.prev.typ != typeDate || s.prev.prec != precYear || len(s.prev.value) != 4 || s.rangeWord(s.prevStart-1) {
		return 0, false
	}
	y, err := strconv.Atoi(s.prev.value)
	if err != nil || y >= s.a.day.Year() {
		return 0, false
	}
	before := false
	for k := s.lastEnd; k < i-1; k++ {
		switch {
		case s.boundary(k), s.is(k, "has"), s.is(k, "have"), s.is(k, "since"), s.is(k, "after"):
			return 0, false
		case s.is(k, "before"):
			before = true
		}
	}
	y++
	if !before || y == s.a.day.Year() && m > int(s.a.day.Month()) {
		return 0, false
	}
	return y, true
}

// rescheduledTo reports whether token p is a "to" after a [reschedule]
// participle, with "back", "forward" or "up" between: "postponed to May",
// "brought forward to April 20".
func (s *scan) rescheduledTo(p int) bool {
	if !s.is(p, "to") && !s.is(p, "until") && !s.is(p, "till") {
		return false // "postponed until Monday", "delayed until December" too
	}
	if s.is(p-1, "back") || s.is(p-1, "forward") || s.is(p-1, "up") {
		p--
	}
	return s.inSet("reschedule", p-1) && s.wcase(p-1) == caseLower
}

// originalPlan reports whether token p is the "for" of a plan said to be
// the first one, "originally planned for", "initially scheduled for",
// "first set for": the date was or would have been the plan's, and may lie
// either side of the publication day (b13, b34, b45 of the invented
// batches want both), so the nearer one is taken.
func (s *scan) originalPlan(p int) bool {
	k := s.planFor(p)
	return k > 0 && (s.is(k-1, "originally") || s.is(k-1, "initially") || s.is(k-1, "first") || s.is(k-1, "previously"))
}

// planFor returns the token of the participle of [original-plan] whose
// "for" is token p, right before it or before an object of up to three
// words ("planned for", "had scheduled the hearing for Dec. 6"), or -1.
func (s *scan) planFor(p int) int {
	if !s.is(p, "for") {
		return -1
	}
	for k := p - 1; k >= 1 && k >= p-4; k-- {
		if s.boundary(k) || s.punct(k, ",") || s.toks[k].kind != kWord {
			return -1
		}
		if s.inSet("original-plan", k) && s.wcase(k) == caseLower {
			return k
		}
	}
	return -1
}

// planChanged gives the direction of a planned date at tokens [i, j),
// after "for" and a participle of [original-plan], that a clause of the
// same sentence says was changed: "had been planned for the spring but was
// brought forward to February" (a date to come: brought forward, moved
// up), "had been scheduled for July but was pushed back to October" (the
// nearer one, before or after, as for "originally planned for").
func (s *scan) planChanged(i, j int) (direction, bool) {
	if s.planFor(i-1) < 0 {
		return 0, false
	}
	if j < len(s.toks) && s.punct(j, ".") && s.boundary(j) {
		return s.planChangedNext(j + 1)
	}
	for k := j; k < len(s.toks) && k < j+4; k++ {
		if s.boundary(k) {
			return 0, false
		}
		if !s.is(k, "but") {
			continue
		}
		for m := k + 1; m < len(s.toks) && m <= k+4; m++ {
			if s.boundary(m) {
				return 0, false
			}
			if s.inSet("reschedule", m) && s.wcase(m) == caseLower {
				if s.is(m+1, "forward") || s.is(m+1, "up") {
					return onOrAfter, true
				}
				return nearest, true
			}
		}
		return 0, false
	}
	return 0, false
}

// planChangedNext gives the direction of a planned date that closes its
// sentence when the next one, from token k, says within eight words that
// the plan was changed to another date: "The vote was planned for May. It
// was later brought forward to April." (a date to come), "had been
// scheduled for March. It has now been postponed to June." (the nearer
// one). The participle must be followed by "to", "until" or "till"
// (through "back", "forward" or "up"): "postponed" alone may be of
// another plan.
func (s *scan) planChangedNext(k int) (direction, bool) {
	for m := k; m < len(s.toks) && m < k+8; m++ {
		if s.boundary(m) {
			return 0, false
		}
		if !s.inSet("reschedule", m) || s.wcase(m) != caseLower {
			continue
		}
		p := m + 1
		if s.is(p, "back") || s.is(p, "forward") || s.is(p, "up") {
			p++
		}
		if !s.rescheduledTo(p) {
			return 0, false
		}
		if s.is(m+1, "forward") || s.is(m+1, "up") {
			return onOrAfter, true
		}
		return nearest, true
	}
	return 0, false
}

// monthCued reports whether the word at p licenses a bare month after it.
func (s *scan) monthCued(p int) bool {
	if p < 0 {
		return false
	}
	if s.inSet("month-cue", p) || s.unitTo(p) || s.rescheduledTo(p) {
		return true
	}
	return s.lastEnd == p && (s.is(p, "and") || s.is(p, "or") || s.is(p, "to") || s.isDash(p))
}

// dir returns the direction for an underspecified expression at tokens
// [i, j): forward when a future cue is close by in the sentence, else def.
func (s *scan) dir(i, j int, def direction) direction {
	if s.embedded && s.embedStart < i {
		i = s.embedStart // "will be in recess until the first week of October"
	}
	p := i - 1
	if s.lexOf(p, cMod) != nil {
		p-- // "until late May"
	}
	if s.rescheduledTo(i - 1) {
		return onOrAfter // "was extended to May 29", "pushed back to Monday", "brought forward to April 20"
	}
	if s.originalPlan(i - 1) {
		return nearest // "originally planned for Monday": before or after, the nearer
	}
	if d, ok := s.planChanged(i, j); ok {
		return d // "had been planned for the spring but was brought forward to February"
	}
	if (s.is(p, "until") || s.is(p, "till")) && s.wcase(p) == caseLower && !s.isApos(j) {
		// "postponed until Monday", "remains open until May 31": the end
		// of what goes on from now, unless a past word says otherwise
		// ("was closed until Monday"); -ed words are no cue here. Not
		// "Until Friday, the department had declined", "until Monday's
		// announcement"
		if s.cueWith(i, j, false) == onOrBefore {
			return def
		}
		return onOrAfter
	}
	switch s.cue(i, j) {
	case onOrAfter:
		return onOrAfter
	case onOrBefore:
		return def
	}
	if !s.isApos(j) && s.imperative(i) {
		return onOrAfter // "Register online before Friday", "Make sure you vote on Thursday"
	}
	// no cue: follow the previous expression of the same sentence
	if s.prevFuture && s.lastEnd >= 0 && s.lastEnd <= i {
		for k := s.lastEnd; k < i; k++ {
			if s.boundary(k) {
				return def
			}
		}
		return onOrAfter
	}
	return def
}

// cue looks for a future or past cue word near tokens [i, j): up to seven
// words back and three words on, within the clause. It returns onOrAfter
// for a future cue, onOrBefore for a past cue and -1 for none.
func (s *scan) cue(i, j int) direction { return s.cueWith(i, j, true) }

// cueWith is cue; participles says whether a lower-case word in -ed counts
// as a past cue (not for "the November election", whose verb tells nothing
// of when the election is).
func (s *scan) cueWith(i, j int, participles bool) direction {
	s.cueVerb = false
	s.cuePoss = s.isApos(j) || s.lexOf(j, cPOD) != nil && s.isApos(j+1) // "want to review Thursday night's vote": no [future-to] cue
	skipped := false                                                    // an insertion was passed over
	for k, n := i-1, 0; k >= 0 && (n < 7 || n < 9 && s.wcase(k) == caseLower && s.cueFlags(k)&cueSub != 0); k-- {
		if s.boundary(k) {
			break
		}
		if k < s.lastEnd && k >= s.prevStart {
			continue // "the next day and left on Wednesday": "next" belongs to an expression
		}
		if s.punct(k, ",") {
			if m := s.openingComma(k); m >= 0 {
				// an insertion: its future cues count ("the next
				// round of talks, on April 19"), its past ones and its words do
				// not ("will hold its next meeting, the first since the
				// cut of late last year, on March 4"); a relative clause
				// says nothing ("The envoy, who is expected to retire
				// next year, wouldn't comment Tuesday")
				for q := k - 1; q > m && !s.inSet("relative", m+1); q-- {
					if q < s.lastEnd && q >= s.prevStart {
						continue // "The envoy, the party's candidate next year, wouldn't comment Tuesday"
					}
					if fq := s.cueFlags(q); fq&cueFuture != 0 && !s.pastAuxBefore(q) || s.futureTo(q, fq) {
						return onOrAfter
					}
				}
				k = m
				n = max(n-2, 0) // "expect the central bank, which has held rates steady, to cut them in December"
				skipped = true
				continue
			}
		}
		f := s.cueFlags(k)
		if n >= 3 && f&cueSub != 0 && s.wcase(k) == caseLower {
			n = 3 // "will be watching closely when the bank announces its decision on March 18"
		}
		if !s.abbrevPart(k) && !(k >= i-2 && (s.isDash(k) || s.lexOf(k, cMod) != nil)) {
			n++ // the letters and dots of "p.m." count as one word, "mid-" as none
		}
		if f&cueFuture != 0 && s.pastAuxBefore(k) {
			return onOrBefore // "had planned to list its shares on March 31", "was originally scheduled to begin on April 2"
		}
		if f&cueFuture != 0 && s.is(k, "ahead") && s.pastBefore(k, n) {
			return onOrBefore // "Candidates spent heavily ahead of Super Tuesday"
		}
		if f&cueFuture != 0 || s.futureTo(k, f) || f&cueModal != 0 && (s.wcase(k) == caseLower || s.sentenceStart(k) && !s.is(k, "may")) && !s.is(k+1, "have") && !s.is(k+2, "have") && !s.is(k+1, "not") {
			return onOrAfter
		}

		if f&cueOpen != 0 && s.wcase(k) == caseLower && (s.is(k+1, "at") || s.is(k+1, "on") || s.is(k+1, "for")) && s.pluralNoun(k-1) {
			return onOrAfter // "Polls close at 8 p.m. on Tuesday", "Schools close for the summer on Friday"; not "too close to predict"
		}
		if f&cueTo != 0 && s.wcase(k+1) == caseLower && s.toks[k+1].kind == kWord && !s.inSet("of-block", k+1) && s.promiseBefore(k, i) {
			return onOrAfter // "agreed to meet again on Saturday", "told to leave their homes by Saturday"
		}
		if (f&cueVerb != 0 || f&cuePair != 0) && s.pastPlanBefore(k) {
			return onOrBefore // "The election was due to take place in May but was postponed"
		}
		if (f&cueVerb != 0 || !skipped && (s.presentVerb(k) || s.nounVerb(k))) && s.wcase(k) == caseLower && !s.is(k-1, "to") && !s.inSet("year-determiner", k-1) && !s.is(k-1, "not") && !s.is(k-1, "did") || f&cuePair != 0 && s.futurePair(k) {
			// a schedule verb; with "will" before it ("will take place in
			// November") the date is simply to come
			s.cueVerb = true
			for m := k - 1; m >= 0 && m >= k-4 && !s.boundary(m); m-- {
				if s.cueFlags(m)&cueFuture != 0 {
					s.cueVerb = false
					break
				}
			}
			return onOrAfter
		}
		if f&cueCopula != 0 && s.wcase(k) == caseLower && s.copulaBefore(k, i) {
			return onOrAfter // "The deadline is midnight on Aug. 31", "set Oct. 17 as the date"
		}
		if f&cueCopula != 0 && s.wcase(k) == caseLower && !s.is(k, "set") && (s.progressive(k+1) || s.adverbProgressive(k+1)) && !s.isApos(j) &&
			(s.inSet("day-cue", i-1) || s.is(i-1, "in") || s.is(i-1, "at") || s.is(i-1, "toward") || s.is(i-1, "for")) {
			return onOrAfter // "He is meeting the president on Thursday"; not "searching for the cause of a blaze Monday morning", "over Monday's attack"
		}
		if f&cueTo != 0 && s.wcase(k+1) == caseLower && !s.inSet("of-block", k+1) && s.headline(k) {
			return onOrAfter // "Storm to hit coast on Saturday"
		}
		if f&cuePast != 0 && s.is(k, "last") && (s.is(k-1, "to") || s.inSet("modal", k-1)) {
			continue // "expected to last through the weekend": a verb, no cue
		}
		past := participles && s.pastParticiple(k) || f&cueIrregular != 0 && s.irregularPast(k)
		if past && s.conditionalBefore(k) {
			continue // "If approved on May 5", "once ministers have approved it, probably in May"; "when asked in May" is past
		}
		if f&cuePast != 0 || past {
			return onOrBefore
		}
	}
	cond := false
	k0 := j
	if s.is(k0, "means") || s.is(k0, "meant") {
		k0++ // "The strike on Friday means that trains will not run": the cues of what it means
		if s.is(k0, "that") {
			k0++
		}
	}
	for k, n := k0, 0; k < len(s.toks) && n < 3; k, n = k+1, n+1 {
		if s.punct(k, ",") && !cond && s.conditional(i) {
			cond, n = true, -1 // "If approved on May 5, the plan would take effect": the main clause
			continue
		}
		if s.boundary(k) || s.punct(k, ",") || s.is(k, "that") || s.is(k, "and") || s.is(k, "but") {
			break
		}
		f := s.cueFlags(k)
		if cond && s.is(k+1, "have") && (s.is(k, "would") || f&cueModal != 0) {
			return onOrBefore // "If the bill passed on Thursday, the president would have signed it"
		}
		if f&(cueFuture|cueAfter) != 0 {
			return onOrAfter
		}
		if f&cuePast != 0 || n == 0 && f&cueIrregular != 0 && s.irregularPast(k) {
			return onOrBefore // "Eid al-Fitr fell on a Wednesday this year"; not "the Feb. 14 concert sold out"
		}
	}
	return -1
}

// presentVerb reports whether token k is a present-tense verb by the
// tagger's tags that may schedule a date ("Wisconsin holds its primary on
// Tuesday", "which votes June 7", "if he wins in November"): not a
// [present-block] verb ("says"), nor one in a headline, whose present
// tells of the past ("Central bank cuts rate on Tuesday"), nor after
// "who" ("senators who oppose him"); and not what the tagger often takes
// for a verb: a past form ("drew"), a word in -ies ("robberies"), a word
// after a possessive ("Clinton's wins").
func (s *scan) presentVerb(k int) bool {
	if !s.toks[k].present && !(s.untagged && s.guessedPresent(k)) || s.wcase(k) == caseLower && s.cueFlags(k)&(cuePast|cueIrregular) != 0 {
		return false
	}
	w := s.word(k)
	return s.wcase(k) == caseLower && !strings.HasSuffix(w, "ies") && !s.is(k-1, "who") &&
		!s.isApos(k-1) && !(s.is(k-1, "s") && s.isApos(k-2)) &&
		!s.inSet("present-block", k) && !s.headline(k)
}

// nounVerb reports whether token k is a [noun-verb], a present-tense verb
// of a schedule that is also a plural noun and that the tagger takes for
// one, right after a subject of "The" and one lower-case singular noun
// that opens the sentence: "The ferry docks in Calais at noon", "The
// court rules on the appeal on Thursday", "The committee votes on the
// bill on Friday" (not "the party votes in Iowa", "Republican votes").
func (s *scan) nounVerb(k int) bool {
	if k < 2 || !s.is(k-2, "the") || s.wcase(k) != caseLower || s.wcase(k-1) != caseLower || s.toks[k-1].kind != kWord ||
		!s.sentenceStart(k-2) || !s.inSet("noun-verb", k) {
		return false
	}
	w := s.word(k - 1)
	return len(w) > 2 && !strings.HasSuffix(w, "s") && s.cueFlags(k-1) == 0 && s.toks[k].start == s.toks[k-1].end+1
}

// pastPlanBefore reports whether the schedule verb at token k (or the
// pair ending there) follows "to" after a plan in the past: "was due to
// take place", "had planned to begin".
func (s *scan) pastPlanBefore(k int) bool {
	m := k - 1
	if s.is(m, "to") || s.is(m-1, "to") && s.cueFlags(k)&cuePair != 0 {
		if !s.is(m, "to") {
			m--
		}
		return s.cueFlags(m-1)&cueFuture != 0 && s.pastAuxBefore(m-1)
	}
	return false
}

// promiseBefore reports whether a [promise] verb comes right before the
// "to" at token k ("promised to visit the region on Thursday"), or a
// [directive] verb up to three words before it when the date at token i
// is a deadline after "by", "before" or "until" ("ordered the company to
// pay the fine by Dec. 1"; not "was asked to resign on Friday").
func (s *scan) promiseBefore(k, i int) bool {
	if k > 0 && s.cueFlags(k-1)&cuePromise != 0 {
		return true
	}
	if !s.is(i-1, "by") && !s.is(i-1, "before") && !s.is(i-1, "until") {
		return false
	}
	for m := k - 1; m >= 0 && m >= k-4; m-- {
		if s.boundary(m) || s.punct(m, ",") {
			return false
		}
		if s.inSet("directive", m) && s.wcase(m) == caseLower {
			return true
		}
	}
	return false
}

// pluralNoun reports whether token k looks like a plural noun: a word of
// four letters or more in -s that is no tense cue ("polls", "Schools").
func (s *scan) pluralNoun(k int) bool {
	w := s.word(k)
	return len(w) >= 4 && (w[len(w)-1] == 's') && !strings.HasSuffix(w, "ss") && s.cueFlags(k) == 0 && s.toks[k].kind == kWord
}

// pastBefore reports whether a past cue comes within the rest of the
// seven-word window before the weak future cue at token k ("spent
// heavily ahead of Super Tuesday").
func (s *scan) pastBefore(k, n int) bool {
	for m := k - 1; m >= 0 && n < 7; m, n = m-1, n+1 {
		if s.boundary(m) || s.punct(m, ",") {
			return false
		}
		if s.cueFlags(m)&cueFuture != 0 || s.cueFlags(m)&cueModal != 0 && s.wcase(m) == caseLower {
			return false
		}
		if s.cueFlags(m)&cuePast != 0 || s.pastParticiple(m) || s.irregularPast(m) {
			return true
		}
	}
	return false
}

// conditionalBefore reports whether an "if", "unless" or "once" ([subordinator]
// but "when", "whenever") stands at most four words before token k in its
// clause: a participle there is no past ("If approved", "once ministers
// have approved it").
func (s *scan) conditionalBefore(k int) bool {
	for m := k - 1; m >= 0 && m >= k-4; m-- {
		if s.boundary(m) || s.punct(m, ",") {
			return false
		}
		if s.inSet("subordinator", m) && !s.is(m, "when") && !s.is(m, "whenever") {
			return true
		}
	}
	return false
}

// irregularPast reports whether token k is a lower-case irregular past
// form of [past-irregular] ("spent", "met", "held") that is not a passive
// after [passive-aux] ("will be held on Friday").
func (s *scan) irregularPast(k int) bool {
	return s.wcase(k) == caseLower && s.cueFlags(k)&cueIrregular != 0 && !s.isApos(k+1) && // not "won't"
		(k < 1 || s.cueFlags(k-1)&cuePassive == 0 && !s.is(k-1, "has") && !s.is(k-1, "have")) // "has won support in Super Tuesday states"
}

// openingComma returns the comma that opens the insertion closed by the
// comma at token k ("will hold its next meeting, the first since the rate
// cut of late last year, on March 4"; "are expected, according to two
// officials, to sign"), or -1: at most 16 tokens back, within the
// sentence, with a word before it.
func (s *scan) openingComma(k int) int {
	for m := k - 1; m >= 1 && m >= k-16; m-- {
		if s.boundary(m) {
			return -1
		}
		if s.punct(m, ",") {
			if m+1 == k || s.toks[m-1].kind != kWord {
				return -1
			}
			return m
		}
	}
	return -1
}

// futureTo reports whether token k is a [future-to] verb before "to"
// ("plans to stand for mayor on March 1"; not "his plans for a Monday visit").
func (s *scan) futureTo(k int, f uint16) bool {
	if f&cueFutureTo == 0 || s.wcase(k) != caseLower {
		return false
	}
	if (s.is(k+1, "a") || s.is(k+1, "an")) && (s.is(k, "plan") || s.is(k, "plans")) && !s.inSet("of-block", k-1) {
		return true // "Demonstrators plan a march on Saturday"; not "the plan"
	}
	return s.is(k+1, "to") && !(s.cuePoss && (s.is(k, "want") || s.is(k, "wants")))
}

// conditional reports whether the clause of token i opens its sentence
// with a [subordinator] ("If", "Unless", "Once"), with no comma between:
// the tense of the date is then that of the main clause after the comma.
func (s *scan) conditional(i int) bool {
	k := s.sentenceFirst(i, 16, true)
	return k >= 0 && k < i && s.inSet("subordinator", k)
}

// sentenceFirst returns the first word of the sentence or line of token
// i, after any opening quote, looking at most max tokens back; -1 when
// there is none that near, or, with comma set, when a comma comes first.
func (s *scan) sentenceFirst(i, max int, comma bool) int {
	k := i - 1
	for ; k >= 0; k-- {
		if k < i-max || comma && s.punct(k, ",") {
			return -1
		}
		if s.boundary(k) {
			break
		}
		if s.toks[k].nlBefore {
			k--
			break
		}
	}
	for k++; k < i && s.toks[k].kind == kPunct; k++ {
	}
	return k
}

// imperative reports whether the sentence of token i opens with an
// [imperative] verb followed by a lower-case word ("Register online
// before Friday", "Please submit comments by March 15") or with "Don't" /
// "Do not": what it asks is to come. Not for a possessive date ("Read our
// review of Thursday's concert"): the caller tests that.
func (s *scan) imperative(i int) bool {
	k := s.sentenceFirst(i, 40, false)
	if k < 0 || k >= i || s.toks[k].kind != kWord || s.wcase(k) == caseLower {
		return false
	}
	if s.is(k, "don") && s.isApos(k+1) && s.is(k+2, "t") || s.is(k, "do") && s.is(k+1, "not") {
		return true
	}
	return k+1 < i && s.toks[k+1].kind == kWord && s.wcase(k+1) == caseLower && s.inSet("imperative", k)
}

// progressive reports whether token k is a lower-case word in -ing of
// five letters or more (after "is", "are", "am": a present progressive).
func (s *scan) progressive(k int) bool {
	w := s.word(k)
	return len(w) >= 5 && strings.HasSuffix(w, "ing") && s.wcase(k) == caseLower
}

// adverbProgressive reports whether token k is "already", "still" or a
// word in -ly before an -ing word ("are already stocking up for Diwali").
func (s *scan) adverbProgressive(k int) bool {
	if s.wcase(k) != caseLower || !s.progressive(k+1) {
		return false
	}
	return s.is(k, "already") || s.is(k, "still") || strings.HasSuffix(s.word(k), "ly")
}

// pastAuxBefore reports whether the future cue at token k is a participle
// ("planned", "scheduled", "expected") after "had", "was" or "were", with
// at most one word between: a plan as it stood in the past.
func (s *scan) pastAuxBefore(k int) bool {
	w := s.word(k)
	if s.is(k, "due") {
		return s.is(k-1, "was") || s.is(k-1, "were") // "Ministers were due to meet on Monday but ..."
	}
	if len(w) < 5 || !strings.HasSuffix(w, "ed") {
		return false
	}
	for m := k - 1; m >= k-2 && m >= 0; m-- {
		if s.is(m, "had") || s.is(m, "was") || s.is(m, "were") {
			return true
		}
	}
	return false
}

// copulaBefore reports whether only "on", "at" and the previous
// expression stand between token k and the expression at token i: "is"
// or "set" then names the date ("The vote is Friday", "The deadline is
// midnight on Aug. 31", "set Oct. 17 as the date"), which is to come.
func (s *scan) copulaBefore(k, i int) bool {
	first := k + 1
	if w := s.word(first); !s.is(k, "set") && first < i && len(w) >= 5 && strings.HasSuffix(w, "ed") && s.wcase(first) == caseLower {
		first++ // "Markets are closed on Monday"
	}
	participle := first > k+1
	for m := first; m < i; m++ {
		if !(m >= s.prevStart && m < s.lastEnd) && !s.is(m, "on") && !s.is(m, "at") &&
			!(participle && (s.is(m, "in") || s.is(m, "by") || s.is(m, "from"))) { // "until a successor is chosen in September"
			return false
		}
	}
	return true
}

// headline reports whether token k is on a short line (at most 20
// tokens) that ends in a word or number, without a full stop or any other
// mark: a headline, where "to" before a verb is the future ("Bank to hold
// rates until autumn").
func (s *scan) headline(k int) bool {
	first := k
	for first > 0 && !s.toks[first].nlBefore && k-first <= 20 {
		first--
	}
	m := k + 1
	for m < len(s.toks) && !s.toks[m].nlBefore && m-first <= 20 {
		m++
	}
	return m-first <= 20 && s.toks[m-1].kind != kPunct
}

// Tense cue flags of a word, from the [future], [future-verb],
// [future-pair] (second words), [future-modal] and [past] sets of cues.txt
// (one map look-up per word).
const (
	cueFuture uint16 = 1 << iota
	cueVerb
	cuePair
	cuePast
	cueModal
	cueAfter
	cueCopula // [future-copula]: "is", "are", "set" right before the date
	cueTo     // "to", a future cue in a headline
	cuePassive
	cueFutureTo  // [future-to]: "plans", "intends" before "to"
	cueSub       // [subordinator]: "when", "if", "once"
	cueIrregular // [past-irregular]: "spent", "met"
	cuePromise   // [promise]: "agreed", "promised" before "to"
	cueOpen      // "open", "close" after a plural noun ("Polls close at 8 p.m.")
)

// futurePair reports whether token k and the word before it are a pair of
// [future-pair] ("take effect", "has until").
func (s *scan) futurePair(k int) bool {
	if k < 1 || s.toks[k-1].kind != kWord {
		return false
	}
	for _, first := range s.r.pairs[strings.ToLower(s.word(k))] {
		if s.is(k-1, first) {
			return true
		}
	}
	return false
}

// cueFlags returns the tense cue flags of token k.
func (s *scan) cueFlags(k int) uint16 {
	var buf [24]byte
	w, ok := lowerWord(s.word(k), &buf)
	if !ok {
		return 0
	}
	return s.r.cues[string(w)]
}

// abbrevPart reports whether token k is a dot or a single letter of a
// dotted abbreviation ("p.m.", "U.S."), written against its neighbours.
func (s *scan) abbrevPart(k int) bool {
	t := s.toks[k]
	if t.end-t.start != 1 {
		return false
	}
	glued := k > 0 && s.toks[k-1].end == t.start || k+1 < len(s.toks) && s.toks[k+1].start == t.end
	return glued && (s.surface(k) == "." || s.toks[k].kind == kWord)
}

// pastParticiple reports whether token k is a lower-case word in -ed
// ("reported", "announced") that is not a passive after "be"/"been" ("will
// be released on Friday").
func (s *scan) pastParticiple(k int) bool {
	w := s.word(k)
	if len(w) < 5 || !strings.HasSuffix(w, "ed") || s.wcase(k) != caseLower {
		return false
	}
	// [passive-aux]: "will be released", "will stay closed"; after a
	// determiner an adjective: "visit the flooded region on Thursday"
	return k < 1 || s.cueFlags(k-1)&cuePassive == 0 && !s.inSet("year-determiner", k-1)
}

// weekday matches WEEKDAY [, MONTH DAY[, YEAR]] [PART-OF-DAY].
func (s *scan) weekday(i int, e *entry) (hit, bool) {
	if e.plural { // "on Sundays"
		if s.wcase(i) == caseLower {
			return hit{}, false
		}
		return hit{end: i + 1, value: fmt.Sprintf("XXXX-WXX-%d", e.n), prec: precDay, typ: typeSet}, true
	}
	if w := s.word(i + 1); w != "" && s.r.sets["weekday-block"][w] {
		return hit{}, false
	}
	if (s.is(i-1, "a") || s.is(i-1, "an")) && (i+1 >= len(s.toks) || s.toks[i+1].kind == kPunct || s.wcase(i+1) == caseLower && s.inSet("season-follow", i+1) || s.is(i+1, "this")) {
		return hit{}, false // "Christmas falls on a Friday this year": any Friday, no date; not "a Friday interview"
	}
	j := i + 1
	k := j
	if s.punct(k, ",") {
		k++
	}
	if m := s.lexOf(k, cMonth); m != nil || s.lexOf(k, cMonthAbbr) != nil {
		if m == nil {
			m = s.lexOf(k, cMonthAbbr)
		}
		if h, ok := s.month(k, m, false); ok && h.prec == precDay {
			return s.fitWeekday(h, e.n), true
		}
	}
	if d, ok := s.dayTok(k); ok {
		if h, ok := s.dayMonth(k, d, k+1); ok {
			return s.fitWeekday(h, e.n), true
		}
	}
	day := s.a.weekday(e.n, s.dir(i, j, onOrBefore))
	// "from Tuesday to Thursday": the first such day after the day that
	// opens the range
	if s.lastEnd == i-1 && s.rangeWord(i-1) && !s.is(i-1, "and") && !s.is(i-1, "or") && s.prev.typ == typeDate && s.prev.prec == precDay && len(s.prev.value) == 10 &&
		s.lexOf(s.prevStart, cWeekday) != nil && s.prev.end == s.prevStart+1 { // opened by a bare weekday, not "from May 13 through Sunday"
		if d, err := time.Parse(time.DateOnly, s.prev.value); err == nil {
			for k := 1; k <= 7; k++ {
				if x := d.AddDate(0, 0, k); isoWeekday(x) == e.n {
					day = fmtDay(x)
					break
				}
			}
		}
	}
	day = s.afterPrevDay(i, e.n, day)
	day = s.beforePrevDay(i, e.n, day)
	// "until Thursday next week", "on Monday last week": that week's day
	if r := s.lexOf(j, cRel); r != nil && s.is(j+1, "week") && s.wcase(j) == caseLower && s.a.known && (s.is(j, "next") || s.is(j, "last") || s.is(j, "this")) {
		day = fmtDay(s.a.weekdayTime(e.n, sameWeek).AddDate(0, 0, 7*r.n))
	}
	if p := s.lexOf(j, cPOD); p != nil && s.wcase(j) == caseLower {
		return hit{end: j + 1, value: day + "T" + p.arg, prec: precHour, typ: typeTime}, true
	}
	return hit{end: j, value: day, prec: precDay, typ: typeDate}, true
}

// unitOfPrev returns the previous expression's value when it is a month
// (unit "M") or a year ("Y") of the same sentence or of the sentence
// before, before token i: "the month" and "the year" after it name that
// month or year ("seized the town in May; by the end of the month ...",
// "The drought began in 2019. By the end of the year, ..."). The bool
// cross reports whether a sentence boundary or line break lies between.
func (s *scan) unitOfPrev(i int, unit string) (v string, cross, ok bool) {
	v = s.prev.value
	if s.lastEnd < 0 || s.lastEnd > i || s.prev.typ != typeDate || len(v) < 4 || !isDigit(v[0]) {
		return "", false, false
	}
	switch {
	case unit == "M" && len(v) == 7 && v[4] == '-' && isDigit(v[5]):
	case unit == "M" && len(v) == 10 && v[4] == '-' && v[7] == '-' && isDigit(v[5]) && isDigit(v[8]):
		v = v[:7] // "started on March 3 ... by the middle of the month"
	case unit == "Y" && len(v) == 4 && isDigit(v[3]):
	default:
		return "", false, false
	}
	ends := 0
	for k := s.lastEnd; k < i; k++ {
		stop := s.toks[k].kind == kPunct && s.surface(k) == "." && s.boundary(k)
		if stop || s.toks[k].nlBefore && !(k > s.lastEnd && s.toks[k-1].kind == kPunct && s.surface(k-1) == "." && s.boundary(k-1)) {
			ends++ // a full stop, or a line break not right after one
		}
	}
	return v, ends > 0, ends <= 1
}

// afterPrevDay gives the weekday wd at token i, resolved to day, the first
// such day after the previous expression of the sentence when that is a
// coming day joined to it by "and" or "then" and day falls before it: "flies
// to Tokyo on Sunday and returns on Wednesday" (the Wednesday after that
// Sunday, not the publication day).
func (s *scan) afterPrevDay(i, wd int, day string) string {
	if !s.prevFuture || s.lastEnd < 0 || s.lastEnd > i || s.prev.typ != typeDate || s.prev.prec != precDay || len(s.prev.value) != 10 {
		return day
	}
	joined := false
	for k := s.lastEnd; k < i; k++ {
		if s.boundary(k) || s.toks[k].nlBefore {
			return day
		}
		joined = joined || s.is(k, "and") || s.is(k, "then")
	}
	pt, err1 := time.Parse(time.DateOnly, s.prev.value)
	dt, err2 := time.Parse(time.DateOnly, day)
	if !joined || err1 != nil || err2 != nil || !dt.Before(pt) {
		return day
	}
	for k := 1; k <= 7; k++ {
		if x := pt.AddDate(0, 0, k); isoWeekday(x) == wd {
			return fmtDay(x)
		}
	}
	return day
}

// beforePrevDay moves a weekday read after the previous day of the same
// sentence, which is past, to the same weekday before it when "after"
// comes between and "on" before it, within ten words: "Fighting resumed
// on Sunday after a truce agreed on Wednesday" (published on a Wednesday)
// is the Wednesday before that Sunday, not the publication day. A weekday
// still to come ("and will appear in court on Wednesday") is left, and so
// is one after "before" ("rose on July 14 following the convention before
// slipping back in Monday's poll": the publication's Monday).
func (s *scan) beforePrevDay(i, wd int, day string) string {
	if s.prevFuture || !s.a.known || s.lastEnd < 0 || s.lastEnd > i || i-s.lastEnd > 10 || !s.is(i-1, "on") ||
		s.prev.typ != typeDate || s.prev.prec != precDay || len(s.prev.value) != 10 {
		return day
	}
	after := false
	for k := s.lastEnd; k < i; k++ {
		if s.boundary(k) || s.toks[k].nlBefore || s.is(k, "will") || s.is(k, "and") || s.is(k, "before") {
			return day
		}
		after = after || s.is(k, "after")
	}
	pt, err1 := time.Parse(time.DateOnly, s.prev.value)
	dt, err2 := time.Parse(time.DateOnly, day)
	if !after || err1 != nil || err2 != nil || !dt.After(pt) || dt.After(s.a.day) || !pt.Before(s.a.day) {
		return day
	}
	for k := 1; k <= 7; k++ {
		if x := pt.AddDate(0, 0, -k); isoWeekday(x) == wd {
			return fmtDay(x)
		}
	}
	return day
}

// relDay matches yesterday / today / tomorrow [PART-OF-DAY].
func (s *scan) relDay(i int, e *entry) (hit, bool) {
	// "USA Today", "Russia Today": a capitalised Today after a name
	if s.wcase(i) != caseLower && i > 0 && s.toks[i-1].kind == kWord && s.wcase(i-1) != caseLower && !s.sentenceStart(i) {
		return hit{}, false
	}
	day := s.a.dayValue(e.n)
	if p := s.lexOf(i+1, cPOD); p != nil && s.wcase(i+1) == caseLower {
		return hit{end: i + 2, value: day + "T" + p.arg, prec: precHour, typ: typeTime}, true
	}
	return hit{end: i + 1, value: day, prec: precDay, typ: typeDate}, true
}

// rel matches last / this / next / past ... followed by a unit, weekday,
// month, season or part of day. the says that "the" precedes it, which
// makes "the past year" a duration rather than a date.
func (s *scan) rel(i int, e *entry, the bool) (hit, bool) {
	if s.wcase(i) == caseUpper && len(s.word(i)) > 1 || !the && s.is(i-1, "the") {
		return hit{}, false
	}
	// "CBS This Morning": a capitalised This after a name is a title
	if s.wcase(i) == caseTitle && !s.sentenceStart(i) && i > 0 && s.toks[i-1].kind == kWord && s.wcase(i-1) != caseLower {
		return hit{}, false
	}
	// "last" as a verb: "would last several weeks", "to last two years"
	if !the && s.is(i, "last") && s.inSet("modal", i-1) {
		return hit{}, false
	}
	if !the && s.is(i, "last") && (s.is(i-1, "to") || s.is(i-1, "not")) {
		if _, _, ok := s.quantity(i + 1); ok && !s.is(i+1, "a") && !s.is(i+1, "an") {
			return hit{}, false
		}
	}
	n := e.n
	j := i + 1
	// "this past weekend", "this coming Monday"
	if s.is(i, "this") {
		if r := s.lexOf(j, cRel); r != nil && r.n != 0 {
			n = r.n
			j++
		}
	}
	// "this fiscal year", "the current fiscal year"
	if s.is(j, "fiscal") && s.is(j+1, "year") {
		j++
	}
	// "the past half-century", "the next quarter-century"
	if (s.is(j, "half") || s.is(j, "quarter")) && s.isDash(j+1) && s.adjacentNext(j) && s.is(j+2, "century") && n != 0 {
		v, p := duration(map[bool]string{true: "50", false: "25"}[s.is(j, "half")], "Y")
		return hit{end: j + 3, value: v, prec: p, typ: typeDuration}, true
	}
	// "the past three years", "the next few days", "last two weeks"
	if qty, k, ok := s.quantity(j); ok && !s.is(j, "a") && !s.is(j, "an") {
		if u := s.unitAt(k); u != nil && (u.plural || qty == "1") && u.arg != "WE" && (u.arg != "Q" || s.is(i, "past") || s.is(i, "last") || s.is(i, "next") || s.is(i, "previous") || s.is(i, "coming")) {
			v, p := duration(qty, u.arg)
			return hit{end: k + 1, value: v, prec: p, typ: typeDuration}, true
		}
		return hit{}, false
	}
	if u := s.unitAt(j); u != nil {
		if the && !u.plural && (n == 0 || s.is(i, "current")) {
			the = false // "the current year" is a date
		}
		if the || u.plural {
			switch {
			case u.arg == "WE" || u.arg == "Q" && !the:
				return hit{}, false
			case !u.plural && (s.is(i, "previous") || s.is(j+1, "of")):
				return hit{}, false // "the previous year", "the last week of August" are anaphoric
			case u.arg == "D" && !u.plural && !s.is(i, "past"):
				return hit{}, false // "the next day", "the last day"
			}
			qty := "1"
			if u.plural {
				qty = "X"
			}
			v, p := duration(qty, u.arg)
			return hit{end: j + 1, value: v, prec: p, typ: typeDuration}, true
		}
		if s.is(i, "past") || s.is(i, "previous") || s.is(i, "coming") {
			return hit{}, false
		}
		v, p, ok := s.a.relUnit(u.arg, n)
		if !ok {
			return hit{}, false
		}
		return hit{end: j + 1, value: v, prec: p, typ: typeDate}, true
	}
	if the {
		return hit{}, false
	}
	if w := s.lexOf(j, cWeekday); w != nil && !w.plural && s.wcase(j) != caseLower {
		dir := map[int]direction{-1: before, 0: sameWeek, 1: after}[n]
		day := s.a.weekday(w.n, dir)
		if p := s.lexOf(j+1, cPOD); p != nil && s.wcase(j+1) == caseLower {
			return hit{end: j + 2, value: day + "T" + p.arg, prec: precHour, typ: typeTime}, true
		}
		return hit{end: j + 1, value: day, prec: precDay, typ: typeDate}, true
	}
	if m := s.lexOf(j, cMonth); m != nil && s.wcase(j) == caseTitle {
		dir := map[int]direction{-1: before, 0: onOrBefore, 1: after}[n]
		if n == 0 {
			if !s.a.known {
				return hit{end: j + 1, value: fmt.Sprintf("XXXX-%02d", m.n), prec: precMonth, typ: typeDate}, true
			}
			return hit{end: j + 1, value: fmtMonth(s.a.day.Year(), m.n), prec: precMonth, typ: typeDate}, true
		}
		return hit{end: j + 1, value: s.a.month(m.n, dir), prec: precMonth, typ: typeDate}, true
	}
	if se := s.lexOf(j, cSeason); se != nil {
		return hit{end: j + 1, value: s.a.season(se.arg, n), prec: precQuarter, typ: typeDate}, true
	}
	// "last Christmas", "next Thanksgiving", "this Easter"
	if (s.is(i, "last") || s.is(i, "next") || s.is(i, "this")) && s.wcase(j) != caseLower && len(s.r.holFirst[s.entryWord(j)]) > 0 {
		if h, ok := s.holiday(j); ok && len(h.value) == 10 && s.a.known {
			if d, err := time.Parse(time.DateOnly, h.value); err == nil {
				switch y := d.Year(); {
				case n < 0 && !d.Before(s.a.day):
					h.value = s.shiftHolidayYear(j, y-1)
				case n > 0 && !d.After(s.a.day):
					h.value = s.shiftHolidayYear(j, y+1)
				case n == 0:
					h.value = s.shiftHolidayYear(j, s.a.day.Year())
				}
				if len(h.value) == 4 {
					h.prec = precYear
				}
			}
			return h, true
		}
	}
	if p := s.lexOf(j, cPOD); p != nil {
		switch {
		case n == -1 && p.arg == "NI" && s.is(i, "last"):
			return hit{end: j + 1, value: s.a.dayValue(-1) + "TNI", prec: precHour, typ: typeTime}, true
		case n == 0 && s.is(i, "this"):
			return hit{end: j + 1, value: s.a.dayValue(0) + "T" + p.arg, prec: precHour, typ: typeTime}, true
		}
	}
	return hit{}, false
}

// ordinalExpr matches "5th of September", "21st century", "first quarter
// of 2024" starting at an ordinal (number with suffix or word).
func (s *scan) ordinalExpr(i int) (hit, bool) {
	n := 0
	if s.toks[i].kind == kNum {
		digits, suf := splitNum(s.surface(i))
		switch suf {
		case "st", "nd", "rd", "th":
		default:
			return hit{}, false
		}
		n, _ = strconv.Atoi(digits)
	} else if e := s.lexOf(i, cOrd); e != nil {
		n = e.n
	} else {
		return hit{}, false
	}
	j := i + 1
	// twenty-first
	if s.toks[i].kind == kWord && s.lexOf(i, cNum) != nil {
		return hit{}, false
	}
	// "second-quarter earnings", "first-half profit": the latest such
	// quarter begun by the anchor, whatever the verb ("will report
	// fourth-quarter results" in January is last year's)
	attributive := false
	if s.isDash(j) && s.adjacentNext(i) && s.adjacentNext(j) && (s.is(j+1, "quarter") || s.is(j+1, "half")) {
		j++
		attributive = true
	}
	switch {
	case s.is(j, "century") || s.isDash(j) && s.is(j+1, "century") && s.adjacentNext(j):
		if s.isDash(j) {
			j++
		}
		if n < 1 || n > 30 {
			return hit{}, false
		}
		return hit{end: j + 1, value: fmt.Sprintf("%02dXX", n-1), prec: precCentury, typ: typeDate}, true
	case s.is(j, "quarter") || s.is(j, "half"):
		limit := 4
		if s.is(j, "half") {
			limit = 2
		}
		if n < 1 || n > limit {
			return hit{}, false
		}
		end := j + 1
		year := ""
		if s.is(end, "of") {
			if y, ok := s.yearTok(end + 1); ok {
				year, end = fmtYear(y), end+2
			} else if r := s.lexOf(end+1, cRel); r != nil && s.is(end+2, "year") {
				year, _, _ = s.a.relUnit("Y", r.n)
				end += 3
			} else if s.is(end+1, "the") && s.is(end+2, "year") {
				year, _, _ = s.a.relUnit("Y", 0)
				end += 3
			}
		}
		if s.is(j, "half") {
			if year == "" {
				year, _, _ = s.a.relUnit("Y", 0)
			}
			return hit{end: end, value: fmt.Sprintf("%s-H%d", year, n), prec: precQuarter, typ: typeDate}, true
		}
		if year == "" {
			d := onOrBefore
			if !attributive {
				d = s.dir(i, end, onOrBefore)
			}
			return hit{end: end, value: s.a.quarter(n, d), prec: precQuarter, typ: typeDate}, true
		}
		return hit{end: end, value: fmt.Sprintf("%s-Q%d", year, n), prec: precQuarter, typ: typeDate}, true
	case s.is(j, "of"):
		if n >= 1 && n <= 31 {
			return s.dayMonth(i, n, j+1)
		}
	}
	if s.toks[i].kind == kNum {
		if n >= 1 && n <= 31 {
			return s.dayMonth(i, n, j)
		}
	}
	return hit{}, false
}

// seasonYear matches "summer 2019", "summer of 2019".
// apostropheYear reads "'98" at token k (a quote mark glued to two
// digits) as a year, the latest not after the year limit.
func (s *scan) apostropheYear(k int) (int, bool) {
	if !s.isApos(k) || !s.adjacentNext(k) {
		return 0, false
	}
	n, d, ok := s.intTok(k + 1)
	if !ok || d != 2 {
		return 0, false
	}
	y := 2000 + n
	if y > s.yearLimit() {
		y -= 100
	}
	return y, true
}

func (s *scan) seasonYear(i int, e *entry) (hit, bool) {
	if s.wcase(i) == caseLower && i > 0 && s.wcase(i-1) == caseLower && s.inSet("season-cue", i-1) && !s.inSet("month-noun", i+1) &&
		(i+1 >= len(s.toks) || s.toks[i+1].kind != kNum) {
		// "until autumn", "in spring": as "the autumn"
		if h, ok := s.theSeason(i, i, e); ok {
			return h, true
		}
	}
	k := i + 1
	if s.is(k, "of") {
		k++
	}
	if y, ok := s.yearTok(k); ok {
		return hit{end: k + 1, value: fmt.Sprintf("%04d-%s", y, e.arg), prec: precQuarter, typ: typeDate}, true
	}
	if y, ok := s.apostropheYear(k); ok && k == i+2 { // "the summer of '98"
		return hit{end: k + 2, value: fmt.Sprintf("%04d-%s", y, e.arg), prec: precQuarter, typ: typeDate}, true
	}
	// "the summer of that year": the year of the previous date
	if k == i+2 && s.is(k, "that") && s.wcase(k) == caseLower && s.is(k+1, "year") {
		if h, ok := s.sameAs(k + 1); ok {
			return hit{end: k + 2, value: h.value + "-" + e.arg, prec: precQuarter, typ: typeDate}, true
		}
	}
	// "the summer of last year"
	if r := s.lexOf(k, cRel); r != nil && k == i+2 && s.is(k+1, "year") && (s.is(k, "last") || s.is(k, "this") || s.is(k, "next")) {
		if v, _, ok := s.a.relUnit("Y", r.n); ok {
			return hit{end: k + 2, value: v + "-" + e.arg, prec: precQuarter, typ: typeDate}, true
		}
	}
	return hit{}, false
}

// setAdverb matches daily, weekly ... (lower case: "the Daily Mail" is a name).
func (s *scan) setAdverb(i int, e *entry) (hit, bool) {
	if s.wcase(i) != caseLower {
		return hit{}, false
	}
	u := e.arg
	qty := "1"
	if len(u) > 1 && isDigit(u[0]) {
		qty, u = u[:1], u[1:]
	}
	v, p := duration(qty, u)
	return hit{end: i + 1, value: v, prec: p, typ: typeSet}, true
}

// ref matches now, currently, recently.
func (s *scan) ref(i int, e *entry) (hit, bool) {
	if s.wcase(i) == caseUpper || s.wcase(i) == caseTitle && !s.sentenceStart(i) {
		return hit{}, false
	}
	if s.isDash(i+1) && s.adjacentNext(i) { // "now-defunct"
		return hit{}, false
	}
	return hit{end: i + 1, value: e.arg, typ: typeDate}, true
}

// adjRef matches the adjectives "current" (PRESENT_REF) and "recent"
// (PAST_REF), which TimeBank marks as references: "the current
// government", "recent attacks". Not "the current account", "current-
// account", "Current" inside a title.
func (s *scan) adjRef(i int, value string) (hit, bool) {
	if s.wcase(i) != caseLower && !(s.wcase(i) == caseTitle && s.sentenceStart(i)) {
		return hit{}, false
	}
	if s.isDash(i+1) && s.adjacentNext(i) || s.inSet("current-block", i+1) || s.is(i-1, "electric") {
		return hit{}, false
	}
	return hit{end: i + 1, value: value, typ: typeDate}, true
}

// modified matches early / late / mid / earlier / later before a date:
// "early 2023", "mid-2024", "late last year", "earlier this month". The
// value is that of the date (TIMEX3 would add a mod attribute).
func (s *scan) modified(i int, e *entry) (hit, bool) {
	if s.wcase(i) == caseUpper && len(s.word(i)) > 1 {
		return hit{}, false
	}
	j := i + 1
	if s.isDash(j) && s.adjacentNext(i) && s.adjacentNext(j) {
		j++
	}
	if j >= len(s.toks) {
		return hit{}, false
	}
	if (e.arg == "EARLIER" || e.arg == "LATER") && s.is(j, "in") && s.is(j+1, "the") {
		// "earlier in the day", "later in the week": the day of the
		// sentence (or the anchor's), the anchor's week, month or year
		if p := s.lexOf(j+2, cPOD); p != nil && !p.plural && s.wcase(j+2) == caseLower { // "earlier in the evening"
			return hit{end: j + 3, value: s.dayBefore(i, s.a.dayValue(0)) + "T" + p.arg, prec: precHour, typ: typeTime}, true
		}
		if u := s.unitAt(j + 2); u != nil && !u.plural {
			switch u.arg {
			case "D":
				return hit{end: j + 3, value: s.dayBefore(i, s.a.dayValue(0)), prec: precDay, typ: typeDate}, true
			case "W", "M", "Y":
				if u.arg != "W" {
					// "The firm listed in 2019. Later in the year, ...":
					// the year (month) of the previous date, as "by the
					// end of the year"; with a future cue only one to
					// come, of the same sentence
					if v, cross, ok := s.unitOfPrev(i, u.arg); ok {
						cur := ""
						if s.a.known {
							cur = fmtMonth(s.a.day.Year(), int(s.a.day.Month()))[:len(v)]
						}
						if s.cue(i, j+3) != onOrAfter || !cross && cur != "" && v >= cur {
							p := precYear
							if u.arg == "M" {
								p = precMonth
							}
							return hit{end: j + 3, value: v, prec: p, typ: typeDate}, true
						}
					}
				}
				if v, p, ok := s.a.relUnit(u.arg, 0); ok {
					return hit{end: j + 3, value: v, prec: p, typ: typeDate}, true
				}
			}
		}
		return hit{}, false
	}
	if (e.arg == "EARLIER" || e.arg == "LATER") && s.is(j, "that") && s.wcase(j) == caseLower {
		// "later that month", "earlier that week": the unit of the
		// previous date, as "that month"
		return s.sameAs(j + 1)
	}
	if e.arg == "EARLIER" || e.arg == "LATER" {
		// only before this/next/last, today, tonight or a weekday
		if s.lexOf(j, cRel) == nil && s.lexOf(j, cRelDay) == nil && s.lexOf(j, cTonight) == nil && s.lexOf(j, cWeekday) == nil {
			return hit{}, false
		}
	}
	h, ok := s.at(j, true)
	if !ok || h.typ == typeDuration || h.typ == typeSet || strings.HasSuffix(h.value, "_REF") {
		return hit{}, false
	}
	return h, true
}

// functionWord matches expressions that start with the, every, each,
// once, twice, half, fiscal, noon, midnight or a holiday name.
func (s *scan) functionWord(i int, e *entry) (hit, bool) {
	w := e.word
	var best hit
	found := false
	keep := func(h hit, ok bool) {
		if ok && (!found || h.end > best.end) {
			best, found = h, true
		}
	}
	switch w {
	case "the":
		keep(s.the(i))
	case "every", "each":
		keep(s.every(i))
	case "once", "twice":
		keep(s.perUnit(i + 1))
		if e := s.lexOf(i+1, cSetAdv); e != nil { // "twice weekly"
			if h, ok := s.setAdverb(i+1, e); ok {
				keep(h, true)
			}
		}
	case "half":
		keep(s.clockWords(i))
		if (s.is(i+1, "a") || s.is(i+1, "an")) && s.unitAt(i+2) != nil && !s.unitAt(i+2).plural {
			u := s.unitAt(i + 2).arg
			v, p := duration("0.5", u)
			switch u {
			case "H":
				v = "PT30M"
			case "Y":
				v = "P6M"
			case "D":
				v = "PT12H"
			case "DE":
				v = "P5Y"
			case "CE":
				v = "P50Y" // "half a century", as "a half-century"
			}
			keep(hit{end: i + 3, value: v, prec: p, typ: typeDuration}, true)
		}
	case "recent":
		if u := s.unitAt(i + 1); u != nil && u.plural && u.arg != "WE" && u.arg != "Q" {
			v, p := duration("X", u.arg)
			keep(hit{end: i + 2, value: v, prec: p, typ: typeDuration}, true)
		}
		keep(s.adjRef(i, "PAST_REF"))
	case "fiscal":
		k := i + 1
		if s.is(k, "year") {
			k++
		}
		if y, ok := s.yearTok(k); ok {
			keep(hit{end: k + 1, value: fmtYear(y), prec: precYear, typ: typeDate}, true)
		} else if k < len(s.toks) && s.toks[k].kind == kNum {
			if y, ok := splitYearOf(s.surface(k)); ok { // "fiscal 2025-26"
				keep(hit{end: k + 1, value: fmtYear(y), prec: precYear, typ: typeDate}, true)
			}
		}
	case "q", "h", "fy": // "Q3 2024", "H1", "FY2026", "FY 2026"
		keep(s.fiscalLabel(i, w))
	case "end": // "end-2026", "end-March": as "the end of 2026"
		if s.wcase(i) == caseLower && s.isDash(i+1) && s.adjacentNext(i) && s.adjacentNext(i+1) && i+2 < len(s.toks) {
			if h, ok := s.at(i+2, true); ok && h.typ == typeDate && (h.prec == precYear || h.prec == precMonth) {
				keep(h, true)
			}
		}
	case "these": // "these days"
		if s.is(i+1, "days") {
			keep(hit{end: i + 2, value: "PRESENT_REF", typ: typeDate}, true)
		}
	case "that": // "that year", anaphoric
		if s.wcase(i) == caseLower || s.wcase(i) == caseTitle && s.sentenceStart(i) {
			keep(s.sameAs(i + 1))
		}
	case "long": // "long ago", "not long ago"
		if s.is(i+1, "ago") {
			keep(hit{end: i + 2, value: "PAST_REF", typ: typeDate}, true)
		}
	case "noon", "midday", "midnight":
		if s.wcase(i) != caseLower && !s.sentenceStart(i) || s.wcase(i) != caseLower && i > 0 && s.quoteMark(i-1) {
			break // "Midday with Charlie Sykes", the "Midnight Crew": titles
		}
		hh := 12
		if w == "midnight" {
			hh = 24
		}
		date, end, ok := s.dateAfterTime(i, i+1)
		if !ok {
			date = s.dayBefore(i, date)
		}
		keep(hit{end: end, value: fmt.Sprintf("%sT%02d:00", date, hh), prec: precMinute, typ: typeTime}, true)
	}
	if len(s.r.holFirst[w]) > 0 {
		keep(s.holiday(i))
	}
	return best, found
}

// every matches "every week", "each year", "every two weeks", "every
// other day", "every Monday".
func (s *scan) every(i int) (hit, bool) {
	j := i + 1
	mult := 1
	if s.is(j, "other") {
		mult = 2
		j++
	}
	if qty, k, ok := s.quantity(j); ok && mult == 1 {
		if u := s.unitAt(k); u != nil && u.arg != "WE" && (qty != "X" || u.plural) { // "every two weeks", "every few years"
			v, p := duration(qty, u.arg)
			return hit{end: k + 1, value: v, prec: p, typ: typeSet}, true
		}
	}
	if u := s.unitAt(j); u != nil && !u.plural {
		if u.arg == "WE" {
			return hit{end: j + 1, value: "XXXX-WXX-WE", prec: precWeek, typ: typeSet}, true
		}
		v, p := duration(strconv.Itoa(mult), u.arg)
		return hit{end: j + 1, value: v, prec: p, typ: typeSet}, true
	}
	if w := s.lexOf(j, cWeekday); w != nil && mult == 1 {
		return hit{end: j + 1, value: fmt.Sprintf("XXXX-WXX-%d", w.n), prec: precDay, typ: typeSet}, true
	}
	if m := s.lexOf(j, cMonth); m != nil && mult == 1 && s.wcase(j) == caseTitle {
		return hit{end: j + 1, value: fmt.Sprintf("XXXX-%02d", m.n), prec: precMonth, typ: typeSet}, true
	}
	if p := s.lexOf(j, cPOD); p != nil && mult == 1 {
		return hit{end: j + 1, value: "XXXX-XX-XXT" + p.arg, prec: precHour, typ: typeSet}, true
	}
	if se := s.lexOf(j, cSeason); se != nil && mult == 1 {
		return hit{end: j + 1, value: "XXXX-" + se.arg, prec: precQuarter, typ: typeSet}, true
	}
	return hit{}, false
}

// refFollowers may follow "the past" / "the future" used as a reference.
var refFollowers = map[string]bool{
	"and": true, "or": true, "but": true, "when": true, "as": true, "is": true, "was": true, "will": true,
	"has": true, "had": true, "have": true, "are": true, "were": true, "to": true, "that": true,
	"because": true, "if": true, "unless": true, "with": true, "than": true,
}

// the matches expressions that start with "the": decades and centuries,
// "the past three years", "the weekend", "the end of 2024", "the first
// quarter", "the 5th of September", "the past", "the future".
func (s *scan) the(i int) (hit, bool) {
	if s.wcase(i) == caseUpper {
		return hit{}, false
	}
	j := i + 1
	if j >= len(s.toks) {
		return hit{}, false
	}
	// the [early|mid|late] 1990s / nineties / 20th century
	k := j
	if m := s.lexOf(k, cMod); m != nil && m.arg != "EARLIER" && m.arg != "LATER" {
		k++
		if s.isDash(k) && s.adjacentNext(k-1) {
			k++
		}
	}
	if k < len(s.toks) {
		if h, ok := s.decade(k); ok {
			return h, true
		}
		if d := s.lexOf(k, cDecadeWord); d != nil {
			return hit{end: k + 1, value: fmt.Sprintf("19%dX", d.n), prec: precDecade, typ: typeDate}, true
		}
		if k == j && s.lexOf(j+1, cWeekday) != nil {
			if h, ok := s.nthWeekday(j); ok {
				return h, true
			}
		}
		if h, ok := s.ordinalExpr(k); ok && (h.prec == precCentury || k == j) {
			if h.prec == precCentury && k == j && s.isDash(h.end-2) && h.end < len(s.toks) && s.toks[h.end].kind == kWord && s.wcase(h.end) == caseLower {
				return hit{}, false // "the 19th-century courthouse": "the" belongs to the noun
			}
			return h, true
		}
	}
	if k != j {
		return hit{}, false
	}
	if s.toks[j].kind == kNum || s.toks[j].lex != 0 {
		if h, ok := s.thePeriod(j); ok {
			return h, true
		}
	}
	if h, ok := s.theDayOfMonth(i, j); ok {
		return h, true
	}
	// "for the week", "during the quarter": the anchor's
	if u := s.unitAt(j); u != nil && !u.plural && s.inSet("unit-prep", i-1) && s.wcase(j) == caseLower &&
		(u.arg == "W" || u.arg == "M" || u.arg == "Q" || u.arg == "Y") &&
		(j+1 >= len(s.toks) || s.toks[j+1].kind == kPunct && !s.isApos(j+1) && !s.isDash(j+1) || s.inSet("season-follow", j+1)) {
		if v, p, ok := s.a.relUnit(u.arg, 0); ok {
			return hit{end: j + 1, value: v, prec: p, typ: typeDate}, true
		}
	}
	// "the three months to June", "the 10 days since the vote", "the
	// final 72 hours"
	jq := j
	if t := &s.toks[j]; t.end-t.start == 5 && s.is(j, "final") && j+1 < len(s.toks) && s.toks[j+1].kind == kNum {
		jq++
	}
	if qty, k, ok := s.quantity(jq); ok && !s.is(j, "a") && !s.is(j, "an") && qty != "X" {
		if u := s.unitAt(k); u != nil && u.plural && u.arg != "WE" && u.arg != "Q" && !s.isDash(k+1) && !s.inSet("age-follow", k+1) {
			v, p := duration(qty, u.arg)
			return hit{end: k + 1, value: v, prec: p, typ: typeDuration}, true
		}
	}
	if p := s.lexOf(j, cPOD); p != nil && !p.plural && s.wcase(j) == caseLower {
		// "the morning of June 1"
		if s.is(j+1, "of") && j+2 < len(s.toks) {
			if h, ok := s.at(j+2, true); ok && h.typ == typeDate && h.prec == precDay && len(h.value) == 10 {
				return hit{end: h.end, value: h.value + "T" + p.arg, prec: precHour, typ: typeTime}, true
			}
		}
		// "into the evening", "during the night": the day of the
		// sentence, else the anchor's
		if s.inSet("pod-cue", i-1) && (j+1 >= len(s.toks) || s.toks[j+1].kind == kPunct && !s.isApos(j+1) || s.inSet("season-follow", j+1)) {
			return hit{end: j + 1, value: s.dayBefore(i, s.a.dayValue(0)) + "T" + p.arg, prec: precHour, typ: typeTime}, true
		}
		// "late into the night on Wednesday": the day named after it
		if s.inSet("pod-cue", i-1) && s.is(j+1, "on") {
			if w := s.lexOf(j+2, cWeekday); w != nil && !w.plural && s.wcase(j+2) == caseTitle {
				if h, ok := s.weekday(j+2, w); ok && h.typ == typeDate && len(h.value) == 10 {
					return hit{end: j + 1, value: h.value + "T" + p.arg, prec: precHour, typ: typeTime}, true
				}
			}
		}
	}
	// "over the next year" is a period from now, not the year after the
	// previous date
	if h, ok := s.anaphoric(j); ok && !(s.inSet("period-prep", i-1) && (s.is(j, "next") || s.is(j, "following")) && !s.is(j+1, "day")) {
		return h, true
	}
	if r := s.lexOf(j, cRel); r != nil {
		if h, ok := s.rel(j, r, true); ok {
			return h, true
		}
	}
	w := s.entryWord(j)
	if w == "" {
		return hit{}, false
	}
	if w == "latest" && s.wcase(j) == caseLower {
		// "the latest quarter", "the latest month": the last one over
		k := j + 1
		if u := s.unitAt(k); u != nil && !u.plural && (u.arg == "Q" || u.arg == "M" || u.arg == "W") {
			if v, p, ok := s.a.relUnit(u.arg, -1); ok {
				return hit{end: k + 1, value: v, prec: p, typ: typeDate}, true
			}
		}
	}
	if j+2 < len(s.toks) && s.toks[j+2].end-s.toks[j+2].start == 4 && s.is(j+2, "next") && s.is(j+1, "after") && s.unitAt(j) != nil && !s.unitAt(j).plural {
		u := s.unitAt(j)
		// "the week after next", "the month after next"
		if v, p, ok := s.a.relUnit(u.arg, 2); ok {
			return hit{end: j + 3, value: v, prec: p, typ: typeDate}, true
		}
	}
	if o := s.lexOf(j, cOrd); (o != nil || s.is(j, "last")) && s.is(j+1, "week") && (s.is(j+2, "of") || s.is(j+2, "in")) {
		if h, ok := s.weekOfMonth(j, o); ok {
			return h, true
		}
	}
	switch w {
	case "day": // "the day after tomorrow", "the day before yesterday"
		switch {
		case s.is(j+1, "after") && s.is(j+2, "tomorrow"):
			return hit{end: j + 3, value: s.a.dayValue(2), prec: precDay, typ: typeDate}, true
		case s.is(j+1, "before") && s.is(j+2, "yesterday"):
			return hit{end: j + 3, value: s.a.dayValue(-2), prec: precDay, typ: typeDate}, true
		}
	case "week": // "the week beginning 11 May", "the week of March 2", "the week to Sunday"
		if (s.is(j+1, "beginning") || s.is(j+1, "starting") || s.is(j+1, "commencing") || s.is(j+1, "of") || s.is(j+1, "ended") || s.is(j+1, "ending") || s.is(j+1, "to")) && j+2 < len(s.toks) {
			if h, ok := s.at(j+2, true); ok && h.typ == typeDate && h.prec == precDay && len(h.value) == 10 && h.value[0] != 'X' {
				if t, err := time.Parse("2006-01-02", h.value); err == nil {
					return hit{end: h.end, value: fmtWeek(t), prec: precWeek, typ: typeDate}, true
				}
			}
		}
	case "weekend":
		v, p, _ := s.a.relUnit("WE", 0)
		if s.a.known && isoWeekday(s.a.day) < 6 && s.dir(i, j+1, onOrBefore) == onOrBefore {
			v, p, _ = s.a.relUnit("WE", -1)
		}
		return hit{end: j + 1, value: v, prec: p, typ: typeDate}, true
	case "end", "beginning", "start", "middle", "turn", "close":
		if !s.is(j+1, "of") {
			return hit{}, false
		}
		k := j + 2
		if s.is(k, "the") {
			if u := s.unitAt(k + 1); u != nil && !u.plural {
				n := 0
				if u.arg == "Y" && s.a.known {
					// "will be reviewed at the beginning of the year" in
					// December is next year's; "at the end of the year,
					// sales had fallen" in January last year's
					c := s.cue(i, k+2)
					switch {
					case (w == "beginning" || w == "start") && c == onOrAfter && s.a.day.Month() >= 10:
						n = 1
					case w == "end" && c == onOrBefore && s.a.day.Month() <= 2:
						n = -1
					}
				}
				if (u.arg == "DE" || u.arg == "CE") && s.prevDate.value != "" && isDigit(s.prevDate.value[0]) && s.a.known &&
					s.prevDate.value[:4] < fmtYear(s.a.day.Year()-10) && s.cue(i, k+2) == onOrBefore {
					// "the spring of 1961 ... By the end of the decade she was
					// touring": the decade of the story, not the anchor's
					if u.arg == "DE" {
						return hit{end: k + 2, value: s.prevDate.value[:3] + "X", prec: precDecade, typ: typeDate}, true
					}
					return hit{end: k + 2, value: s.prevDate.value[:2] + "XX", prec: precCentury, typ: typeDate}, true
				}
				if v, cross, ok := s.unitOfPrev(i, u.arg); ok {
					// "seized the town in May; by the end of the month":
					// May, the month of the sentence's (or the sentence
					// before's) previous date; with a future cue only a
					// month or year to come ("will debate the bill in
					// October, and a vote is expected by the end of the
					// month"), and only in the same sentence
					c := s.cue(i, k+2)
					cur := ""
					if s.a.known {
						cur = fmtMonth(s.a.day.Year(), int(s.a.day.Month()))[:len(v)]
					}
					if c != onOrAfter || !cross && cur != "" && v >= cur {
						p := precYear
						if u.arg == "M" {
							p = precMonth
						}
						return hit{end: k + 2, value: v, prec: p, typ: typeDate}, true
					}
				}
				if v, p, ok := s.a.relUnit(u.arg, n); ok {
					return hit{end: k + 2, value: v, prec: p, typ: typeDate}, true
				}
			}
		}
		if k < len(s.toks) {
			if h, ok := s.at(k, true); ok && (h.typ == typeDate || h.typ == typeTime) && !strings.HasSuffix(h.value, "_REF") {
				return h, true
			}
		}
	case "month": // "the month of July"
		if s.is(j+1, "of") && j+2 < len(s.toks) {
			if m := s.lexOf(j+2, cMonth); m != nil && s.wcase(j+2) == caseTitle {
				if h, ok := s.month(j+2, m, true); ok && h.prec == precMonth {
					return h, true
				}
			}
		}
	case "new": // "in the new year": the coming year from October on or with a future cue
		if s.is(j+1, "year") && s.wcase(j) == caseLower && s.a.known && !s.is(j+2, "'") {
			y := s.a.day.Year()
			if s.a.day.Month() >= 10 || s.dir(i, j+2, onOrBefore) == onOrAfter && s.a.day.Month() >= 7 {
				y++
			}
			return hit{end: j + 2, value: fmtYear(y), prec: precYear, typ: typeDate}, true
		}
	case "year":
		if y, ok := s.yearTok(j + 1); ok {
			return hit{end: j + 2, value: fmtYear(y), prec: precYear, typ: typeDate}, true
		}
	case "past", "future":
		if s.refEnds(j + 1) {
			return hit{end: j + 1, value: strings.ToUpper(w) + "_REF", typ: typeDate}, true
		}
		return hit{}, false
	case "near", "distant", "recent":
		if (s.is(j+1, "future") && w != "recent") || (s.is(j+1, "past") && w != "near") {
			if s.refEnds(j + 2) {
				return hit{end: j + 2, value: map[string]string{"future": "FUTURE_REF", "past": "PAST_REF"}[s.lower(j+1)], typ: typeDate}, true
			}
		}
	}
	if se := s.lexOf(j, cSeason); se != nil {
		// "the summer of 2019"; not "The spring 2026 semester", where
		// "the" belongs to the noun
		if h, ok := s.seasonYear(j, se); ok && !(!s.is(j+1, "of") && h.end < len(s.toks) && s.toks[h.end].kind == kWord && s.wcase(h.end) == caseLower && !s.inSet("season-follow", h.end)) {
			return h, true
		}
		if h, ok := s.theSeason(i, j, se); ok {
			return h, true
		}
	}
	return hit{}, false
}

// thePeriod matches, after "the" (token j), a quarter or half named by
// its last month, a half year before "to"/"ended", or a split year with
// its noun.
func (s *scan) thePeriod(j int) (hit, bool) {
	// "the June quarter", "the December half": the quarter or half that
	// ends in that month, taken as "the June election"
	if m := s.lexOf(j, cMonth); m != nil && m.n%3 == 0 && s.wcase(j) == caseTitle && (s.is(j+1, "quarter") || s.is(j+1, "half")) {
		if h, ok := s.month(j, m, false); ok && h.prec == precMonth && h.end == j+1 && h.value[0] != 'X' {
			if s.is(j+1, "quarter") {
				return hit{end: j + 2, value: fmt.Sprintf("%s-Q%d", h.value[:4], m.n/3), prec: precQuarter, typ: typeDate}, true
			}
			if m.n%6 == 0 {
				return hit{end: j + 2, value: fmt.Sprintf("%s-H%d", h.value[:4], m.n/6), prec: precQuarter, typ: typeDate}, true
			}
		}
	}
	// "the half year to June 30", "the half-year ended December 31"
	if s.entryWord(j) == "half" && (s.is(j+1, "year") || s.isDash(j+1) && s.is(j+2, "year")) {
		k := j + 1
		if s.isDash(k) {
			k++
		}
		if s.is(k+1, "to") || s.is(k+1, "ended") || s.is(k+1, "ending") || s.is(k+1, "through") {
			return hit{end: k + 1, value: "P6M", prec: precMonth, typ: typeDuration}, true
		}
	}
	// "the 2025/26 financial year", "the 1998-99 season"
	if s.toks[j].kind == kNum {
		if y, ok := splitYearOf(s.surface(j)); ok {
			if k := s.splitYearNoun(j); k > 0 {
				return hit{end: k, value: fmtYear(y), prec: precYear, typ: typeDate}, true
			}
		}
	}
	return hit{}, false
}

// monthOfYear reads token k as a capitalised month name resolved to one
// month of a known year ("March" in a story of 2024: 2024 and 3), with
// the month's hit.
func (s *scan) monthOfYear(k, start int) (h hit, year, month int, ok bool) {
	m := s.lexOf(k, cMonth)
	if m == nil || s.wcase(k) != caseTitle {
		return hit{}, 0, 0, false
	}
	s.embedded, s.embedStart = true, start // the tense cues are those before "the first week of"
	h, ok = s.month(k, m, true)
	s.embedded = false
	if !ok || h.prec != precMonth || len(h.value) != 7 || h.value[0] == 'X' {
		return hit{}, 0, 0, false
	}
	year, _ = strconv.Atoi(h.value[:4])
	return h, year, m.n, true
}

// weekOfMonth matches "first week of March", "last week of November"
// after "the" (token j is the ordinal or "last"): an ISO week, the first
// one whose Thursday is in the month, or the last such.
func (s *scan) weekOfMonth(j int, o *entry) (hit, bool) {
	h, y, m, ok := s.monthOfYear(j+3, j-1)
	if !ok {
		return hit{}, false
	}
	first := time.Date(y, time.Month(m), 1, 12, 0, 0, 0, time.UTC)
	var t time.Time
	if o == nil { // last: the Thursday on or before the month's last day
		last := first.AddDate(0, 1, -1)
		t = last.AddDate(0, 0, -((isoWeekday(last) - 4 + 7) % 7))
	} else {
		if o.n < 1 || o.n > 5 {
			return hit{}, false
		}
		t = first.AddDate(0, 0, (4-isoWeekday(first)+7)%7+7*(o.n-1)) // the month's first Thursday
		if int(t.Month()) != m {
			return hit{}, false
		}
	}
	return hit{end: h.end, value: fmtWeek(t), prec: precWeek, typ: typeDate}, true
}

// clockWords matches "half past seven", "quarter to nine", "quarter past
// 10" at token i: a time on the day named after it ("on Sunday
// evening"), in the afternoon or evening when that names one.
func (s *scan) clockWords(i int) (hit, bool) {
	if s.wcase(i) == caseUpper || !s.is(i+1, "past") && !s.is(i+1, "to") || s.isDash(i-1) || s.isDash(i+3) {
		return hit{}, false // not "one-quarter to one-third"
	}
	min := 30
	if s.is(i, "quarter") {
		min = 15
	}
	hr := 0
	if n, _, ok := s.intTok(i + 2); ok {
		hr = n
	} else if e := s.lexOf(i+2, cNum); e != nil && !s.is(i+2, "a") && !s.is(i+2, "an") {
		hr = e.n
	}
	if hr < 1 || hr > 12 || s.is(i+1, "to") && min == 30 {
		return hit{}, false
	}
	if s.is(i+1, "to") {
		min = 45
		hr--
		if hr == 0 {
			hr = 12
		}
	}
	end := i + 3
	if e, pm, ok := s.ampm(end); ok {
		if pm && hr < 12 {
			hr += 12
		}
		end = e
	}
	date, _, ok := s.dateAfterTime(i, end)
	if !ok {
		date = s.dayBefore(i, date)
	}
	if s.is(end, "on") && end+2 < len(s.toks) {
		if p := s.lexOf(end+2, cPOD); p != nil && (p.arg == "AF" || p.arg == "EV" || p.arg == "NI") && hr < 12 {
			hr += 12 // "half past seven on Sunday evening"
		}
	}
	if s.is(end, "in") && s.is(end+1, "the") {
		if p := s.lexOf(end+2, cPOD); p != nil && (p.arg == "AF" || p.arg == "EV") && hr < 12 {
			hr += 12
			end += 3
		}
	}
	return hit{end: end, value: fmt.Sprintf("%sT%02d:%02d", date, hr, min), prec: precMinute, typ: typeTime}, true
}

// nthWeekday matches "fourth Monday of November [2026]", "last Friday in
// May" after "the" (token j is the ordinal): that day of the month, which
// is resolved as a bare month with its tense cues.
func (s *scan) nthWeekday(j int) (hit, bool) {
	n := 0
	switch {
	case s.is(j, "last"):
		n = -1
	case s.toks[j].kind == kNum:
		if digits, suf := splitNum(s.surface(j)); suf == "st" || suf == "nd" || suf == "rd" || suf == "th" {
			n, _ = strconv.Atoi(digits)
		}
	default:
		if e := s.lexOf(j, cOrd); e != nil {
			n = e.n
		}
	}
	wd := s.lexOf(j+1, cWeekday)
	if n == 0 || n > 5 || wd == nil || wd.plural || s.wcase(j+1) != caseTitle || !s.is(j+2, "of") && !s.is(j+2, "in") {
		return hit{}, false
	}
	h, y, m, ok := s.monthOfYear(j+3, j-1)
	if !ok {
		return hit{}, false
	}
	t := time.Date(y, time.Month(m), 1, 0, 0, 0, 0, time.UTC)
	if n > 0 {
		t = t.AddDate(0, 0, (wd.n-isoWeekday(t)+7)%7+7*(n-1))
	} else {
		t = t.AddDate(0, 1, -1)
		t = t.AddDate(0, 0, -((isoWeekday(t) - wd.n + 7) % 7))
	}
	if int(t.Month()) != m {
		return hit{}, false
	}
	return hit{end: h.end, value: fmtDay(t), prec: precDay, typ: typeDate}, true
}

// unitTo reports whether token p is "to" after a unit that ends a period:
// "the year to March", "the three months to June", "the decade to 2020".
func (s *scan) unitTo(p int) bool {
	return s.is(p, "to") && p >= 2 && s.unitAt(p-1) != nil && (s.lastEnd == p || s.is(p-2, "the"))
}

// theDayOfMonth matches "the 15th" after "on", "by", "until", "since" ...
// and before punctuation or a clause word: that day of the anchor's month,
// or of the month before when it is later than the anchor's day (of the
// month after with a future cue). Not "the 15th floor", "on the 15th of"
// (dayMonth), "the 20th century".
func (s *scan) theDayOfMonth(i, j int) (hit, bool) {
	if s.toks[j].kind != kNum || !s.inSet("day-cue", i-1) {
		return hit{}, false
	}
	digits, suf := splitNum(s.surface(j))
	switch suf {
	case "st", "nd", "rd", "th":
	default:
		return hit{}, false
	}
	n, err := strconv.Atoi(digits)
	if err != nil || n < 1 || n > 31 {
		return hit{}, false
	}
	k := j + 1
	if k < len(s.toks) && !(s.toks[k].kind == kPunct && !s.isApos(k) || s.inSet("season-follow", k)) {
		return hit{}, false
	}
	if !s.a.known {
		return hit{end: k, value: fmt.Sprintf("XXXX-XX-%02d", n), prec: precDay, typ: typeDate}, true
	}
	y, m := s.a.day.Year(), int(s.a.day.Month())
	if s.dir(i, k, onOrBefore) == onOrAfter {
		if n < s.a.day.Day() {
			y, m = addMonths(y, m, 1)
		}
	} else if n > s.a.day.Day() {
		y, m = addMonths(y, m, -1)
	}
	if !validDay(y, m, n) {
		return hit{}, false
	}
	return hit{end: k, value: fmt.Sprintf("%04d-%02d-%02d", y, m, n), prec: precDay, typ: typeDate}, true
}

// theSeason matches "the summer" after a preposition ("in the fall",
// "over the summer", "since the spring") or before an event noun ("the
// fall campaign"): the nearest such season before
// the anchor, or after it with a future cue. Not "the fall of Rome", "the
// fall in prices", "the summer analysts".
func (s *scan) theSeason(i, j int, se *entry) (hit, bool) {
	if s.wcase(j) != caseLower {
		return hit{}, false
	}
	k := j + 1
	attributive := s.wcase(k) == caseLower && s.inSet("month-noun", k) // "the fall campaign"
	if !attributive && (!s.inSet("season-cue", i-1) || k < len(s.toks) && s.toks[k].kind == kWord && !s.inSet("season-follow", k)) {
		return hit{}, false
	}
	if !s.a.known {
		return hit{end: k, value: "XXXX-" + se.arg, prec: precQuarter, typ: typeDate}, true
	}
	start := map[string]int{"SP": 3, "SU": 6, "FA": 9, "WI": 12}[se.arg]
	y, am := s.a.day.Year(), int(s.a.day.Month())
	if se.arg == "WI" && am <= 2 {
		am += 12 // January and February belong to the winter that began in December
		y--
	}
	if attributive && s.cueWith(i, k, false) < 0 && s.dir(i, k, onOrBefore) == onOrBefore && se.arg != "WI" {
		// as "the November election": the nearer season, the coming one
		// only when less than half as far as the past one
		return hit{end: k, value: s.a.monthNear(start)[:4] + "-" + se.arg, prec: precQuarter, typ: typeDate}, true
	}
	if s.dir(i, k, onOrBefore) == onOrAfter {
		if start+2 < am {
			y++
		}
	} else if start > am {
		y--
	}
	return hit{end: k, value: fmt.Sprintf("%04d-%s", y, se.arg), prec: precQuarter, typ: typeDate}, true
}

// refEnds reports whether "the past" / "the future" ends before token k.
func (s *scan) refEnds(k int) bool {
	if k >= len(s.toks) || s.toks[k].kind == kPunct {
		return true
	}
	return refFollowers[s.lower(k)]
}

// holiday matches a holiday name, with an optional year.
func (s *scan) holiday(i int) (hit, bool) {
	if s.wcase(i) == caseLower {
		return hit{}, false
	}
	var best hit
	found := false
	for _, n := range s.r.holFirst[s.entryWord(i)] {
		h := s.r.holidays[n]
		k := i
		ok := true
		for _, w := range h.words {
			if w == "'" {
				ok = s.isApos(k)
			} else if w == "." || w == "-" {
				ok = s.punct(k, w)
			} else {
				ok = s.is(k, w)
			}
			if !ok {
				break
			}
			k++
		}
		if !ok || found && k <= best.end || s.inSet("holiday-block", k) {
			continue
		}
		if y, ok := s.yearTok(k); ok {
			v, p := h.dayIn(y)
			best, found = hit{end: k + 1, value: v, prec: p, typ: typeDate}, true
			continue
		}
		if y, ok := s.yearTok(k + 1); ok && s.is(k, "in") {
			v, p := h.dayIn(y) // "Diwali in 2028": the year's, the year an expression of its own
			best, found = hit{end: k, value: v, prec: p, typ: typeDate}, true
			continue
		}
		if y, ok := s.clauseYear(k); ok {
			v, p := h.dayIn(y) // "Hanukkah and Christmas fall on the same day this year"
			best, found = hit{end: k, value: v, prec: p, typ: typeDate}, true
			continue
		}
		// without a cue, the occurrence nearest the anchor ("as Election
		// Day nears", "after Christmas" in January); the cues of "the
		// first night of Hanukkah" are those before the whole expression;
		// a holiday before a noun ("the Lunar New Year rush") takes no
		// past cue from an -ed verb, as a month does ("the November
		// election")
		st := s.holidayPartStart(i)
		var d direction
		var nearest bool
		if s.wcase(k) == caseLower && (s.inSet("holiday-noun", k) || s.inSet("month-noun", k)) {
			c := s.cueWith(st, k, false)
			d, nearest = onOrBefore, c < 0
			if c >= 0 {
				d = c
			}
		} else {
			d = s.dir(st, k, onOrBefore)
			nearest = d == onOrBefore && s.cue(st, k) < 0
		}
		v, p := s.a.holiday(h, d, nearest)
		best, found = hit{end: k, value: v, prec: p, typ: typeDate}, true
	}
	return best, found
}

// clauseYear returns the year of "this/next/last year" within eight words
// after token k in the same clause ("Lunar New Year falls on Jan. 26 next
// year").
func (s *scan) clauseYear(k int) (int, bool) {
	if !s.a.known {
		return 0, false
	}
	for m := k; m < len(s.toks) && m < k+8; m++ {
		if s.punct(m, ".") && s.lexOf(m-1, cMonthAbbr) != nil {
			continue // "Jan. 26 next year"
		}
		if s.boundary(m) || s.punct(m, ",") || s.punct(m, ";") {
			return 0, false
		}
		if s.is(m+1, "year") && s.wcase(m) == caseLower {
			switch {
			case s.is(m, "this"):
				return s.a.day.Year(), true
			case s.is(m, "next"):
				return s.a.day.Year() + 1, true
			case s.is(m, "last"):
				return s.a.day.Year() - 1, true
			}
		}
	}
	return 0, false
}

// holidayPartStart returns the first token of "the first night of",
// "the last day of", "the eve of" before a holiday name at token i, else i.
func (s *scan) holidayPartStart(i int) int {
	if !s.is(i-1, "of") {
		return i
	}
	switch s.lower(i - 2) {
	case "eve":
		if s.is(i-3, "the") {
			return i - 3
		}
	case "day", "days", "night", "nights", "week", "weekend", "evening", "morning", "end", "start", "beginning":
		k := i - 3
		if s.is(k, "first") || s.is(k, "last") || s.is(k, "final") || s.lexOf(k, cOrd) != nil {
			k--
		}
		if s.is(k, "the") {
			return k
		}
	}
	return i
}

// bareUnit matches a plural unit without a count: "for years" (PXY),
// "decades ago" (PAST_REF).
// quoteMark reports whether token k is a quotation mark (ASCII or curly).
func (s *scan) quoteMark(k int) bool {
	if s.toks[k].kind != kPunct {
		return false
	}
	switch s.surface(k) {
	case "\"", "“", "”", "'", "‘", "’":
		return true
	}
	return false
}

// shiftHolidayYear returns the date in year y of the holiday starting at
// token j (the longest name that matches there), or the year alone when
// the holiday's table has no date in y.
func (s *scan) shiftHolidayYear(j, y int) string {
	value, best := "", 0
	for _, n := range s.r.holFirst[s.entryWord(j)] {
		hol := s.r.holidays[n]
		k := j
		ok := true
		for _, w := range hol.words {
			switch w {
			case "'":
				ok = s.isApos(k)
			case ".", "-":
				ok = s.punct(k, w)
			default:
				ok = s.is(k, w)
			}
			if !ok {
				break
			}
			k++
		}
		if ok && k > best {
			value, _ = hol.dayIn(y)
			best = k
		}
	}
	return value
}

// fiscalLabel matches the upper-case labels "Q3 [2024]", "H1 [2025]" and
// "FY2026" / "FY 2026" / "FY26" at token i (word w, lower-cased).
func (s *scan) fiscalLabel(i int, w string) (hit, bool) {
	if s.wcase(i) != caseUpper && !(len(w) == 1 && s.wcase(i) == caseTitle) || i+1 >= len(s.toks) || s.toks[i+1].kind != kNum {
		return hit{}, false
	}
	digits, suf := splitNum(s.surface(i + 1))
	if suf != "" {
		return hit{}, false
	}
	if w == "fy" {
		y, err := strconv.Atoi(digits)
		if y2, ok := splitYearOf(digits); ok { // "FY2025-26"
			y, err = y2, nil
			digits = digits[:4]
		}
		switch {
		case err != nil:
			return hit{}, false
		case len(digits) == 2 && s.adjacentNext(i):
			y += 2000
		case len(digits) != 4 || !s.plausibleYear(y):
			return hit{}, false
		}
		return hit{end: i + 2, value: fmtYear(y), prec: precYear, typ: typeDate}, true
	}
	n, err := strconv.Atoi(digits)
	limit := map[string]int{"q": 4, "h": 2}[w]
	if err != nil || len(digits) != 1 || n < 1 || n > limit || !s.adjacentNext(i) || s.isDash(i+2) && s.adjacentNext(i+1) { // not "H1-B"
		return hit{}, false
	}
	k := i + 2
	if s.is(k, "of") {
		k++
	}
	year := ""
	if y, ok := s.yearTok(k); ok {
		year = fmtYear(y)
	} else if s.toks[min(k, len(s.toks)-1)].kind == kNum && k < len(s.toks) {
		return hit{}, false // "Q3 5"
	} else {
		k = i + 1
	}
	if w == "h" {
		if year == "" {
			if !s.a.known {
				return hit{}, false
			}
			y := s.a.day.Year()
			if n == 2 && s.a.day.Month() <= 6 && s.dir(i, k+1, onOrBefore) != onOrAfter {
				y--
			}
			year = fmtYear(y)
		}
		return hit{end: k + 1, value: fmt.Sprintf("%s-H%d", year, n), prec: precQuarter, typ: typeDate}, true
	}
	if year == "" {
		return hit{end: k + 1, value: s.a.quarter(n, onOrBefore), prec: precQuarter, typ: typeDate}, true
	}
	return hit{end: k + 1, value: fmt.Sprintf("%s-Q%d", year, n), prec: precQuarter, typ: typeDate}, true
}

// longAfter reports whether the unit at token j is followed by "-long"
// ("a decade-long dispute", "a year-long inquiry").
func (s *scan) longAfter(j int) bool {
	return s.isDash(j+1) && s.adjacentNext(j) && s.adjacentNext(j+1) && s.is(j+2, "long")
}

func (s *scan) bareUnit(i int, e *entry) (hit, bool) {
	if !e.plural && (e.arg == "Y" || e.arg == "M") && s.wcase(i) == caseLower && s.isDash(i+1) && s.adjacentNext(i) && s.adjacentNext(i+1) && s.is(i+2, "end") {
		// "at year-end", "by month-end": this year or month
		if v, p, ok := s.a.relUnit(e.arg, 0); ok {
			return hit{end: i + 3, value: v, prec: p, typ: typeDate}, true
		}
	}
	if !e.plural && s.wcase(i) == caseLower && s.longAfter(i) && e.arg != "WE" && e.arg != "Q" {
		v, p := duration("1", e.arg)
		return hit{end: i + 3, value: v, prec: p, typ: typeDuration}, true
	}
	if !e.plural || e.arg == "WE" || e.arg == "Q" || s.wcase(i) != caseLower && !(s.wcase(i) == caseTitle && s.sentenceStart(i) && s.is(i+1, "ago")) {
		return hit{}, false
	}
	if s.is(i+1, "ago") {
		return hit{end: i + 2, value: "PAST_REF", typ: typeDate}, true
	}
	if s.is(i-1, "of") && s.is(i-2, "matter") { // "in a matter of hours"
		v, p := duration("X", e.arg)
		return hit{end: i + 1, value: v, prec: p, typ: typeDuration}, true
	}
	if s.is(i-1, "for") || s.is(i-1, "over") || s.is(i-1, "within") || s.is(i-1, "in") ||
		s.is(i+1, "after") || s.is(i+1, "before") || s.is(i+1, "later") || s.is(i+1, "earlier") ||
		// "decades of conflict", "months of talks"; not "years of age", "days of the week"
		s.is(i+1, "of") && (e.arg == "W" || e.arg == "M" || e.arg == "Y" || e.arg == "DE" || e.arg == "CE") && s.lexOf(i-1, cOrd) == nil &&
			s.toks[min(i+2, len(s.toks)-1)].kind == kWord && s.wcase(i+2) == caseLower && !s.inSet("of-block", i+2) {
		v, p := duration("X", e.arg)
		return hit{end: i + 1, value: v, prec: p, typ: typeDuration}, true
	}
	return hit{}, false
}

// fitWeekday moves a month-day without a written year ("Monday, Sept. 8")
// to the year, within one of the anchor's, in which it falls on weekday wd.
func (s *scan) fitWeekday(h hit, wd int) hit {
	if _, ok := s.yearTok(h.end - 1); ok || !s.a.known || len(h.value) != 10 {
		return h
	}
	t, err := time.Parse("2006-01-02", h.value)
	if err != nil {
		return h
	}
	y := s.a.day.Year()
	for _, c := range []int{y, y - 1, y + 1} {
		cand := time.Date(c, t.Month(), t.Day(), 12, 0, 0, 0, time.UTC)
		if cand.Day() == t.Day() && isoWeekday(cand) == wd {
			h.value = fmtDay(cand)
			return h
		}
	}
	return h
}

// afterAmount reports whether token i follows an amount: a number, or a
// number and one word ("150 km", "$1 billion", "three meals").
func (s *scan) afterAmount(i int) bool {
	isNum := func(k int) bool { // not a number inside the previous expression ("The 2010s were a decade")
		return k >= 0 && k >= s.lastEnd && (s.toks[k].kind == kNum || s.lexOf(k, cNum) != nil && !s.is(k, "a") && !s.is(k, "an"))
	}
	// not "grown to 40,000 in a year", "tripled within a month"
	return isNum(i-1) || i >= 2 && s.toks[i-1].kind == kWord && isNum(i-2) && !s.is(i-1, "in") && !s.inSet("period-prep", i-1)
}

// sameAs matches "day", "month" or "year" at token j after "the same" or
// "that" ("that year", "the same month"): the previous date at that unit.
func (s *scan) sameAs(j int) (hit, bool) {
	// "that evening": a part of the latest day named
	if pod := s.lexOf(j, cPOD); pod != nil && !pod.plural && s.wcase(j) == caseLower && s.lastDay != "" && s.lastDay[0] != 'X' && j-s.lastDayEnd <= 40 {
		return hit{end: j + 1, value: s.lastDay + "T" + pod.arg, prec: precHour, typ: typeTime}, true
	}
	p := s.prevDate
	v := p.value
	if p.typ != typeDate || len(v) < 4 || v[0] == 'X' || len(v) > 10 || s.isDash(j+1) && s.adjacentNext(j) {
		return hit{}, false
	}
	for k := 0; k < 4; k++ {
		if !isDigit(v[k]) {
			return hit{}, false
		}
	}
	var h hit
	switch {
	case s.is(j, "day") && len(v) == 10 && v[4] == '-' && v[5] != 'W':
		h = hit{end: j + 1, value: v, prec: precDay, typ: typeDate}
	case s.is(j, "month") && len(v) >= 7 && v[4] == '-' && isDigit(v[5]):
		h = hit{end: j + 1, value: v[:7], prec: precMonth, typ: typeDate}
	case s.is(j, "week") && len(v) == 10 && v[4] == '-' && v[5] != 'W':
		// "earlier that week": the ISO week of the previous day
		d, err := time.Parse(time.DateOnly, v)
		if err != nil {
			return hit{}, false
		}
		h = hit{end: j + 1, value: fmtWeek(d), prec: precWeek, typ: typeDate}
	case s.is(j, "weekend") && len(v) == 10 && v[4] == '-' && v[5] != 'W':
		// "later that weekend": the weekend of the previous day's week
		d, err := time.Parse(time.DateOnly, v)
		if err != nil {
			return hit{}, false
		}
		return hit{end: j + 1, value: fmtWeek(d) + "-WE", prec: precWeek, typ: typeDate}, true
	case s.is(j, "year"):
		return hit{end: j + 1, value: v[:4], prec: precYear, typ: typeDate}, true
	case s.is(j, "decade"):
		// "later that decade": the decade of the previous date
		return hit{end: j + 1, value: v[:3] + "X", prec: precYear, typ: typeDate}, true
	default:
		return hit{}, false
	}
	// "the same month last year"
	if s.is(j+1, "last") && s.is(j+2, "year") {
		if v, prec, ok := shiftValue(h, "1", "Y", -1); ok {
			return hit{end: j + 3, value: v, prec: prec, typ: typeDate}, true
		}
	}
	return h, true
}

// anaphoric matches, after "the" at j-1, a day, month or year told from
// the previous date expression of the text: "the previous day", "the next
// day", "the following month", "the preceding year", "the same day", and
// "the day before" or "the day after" closing a clause. It fails without a
// previous calendar date fine enough for the unit (a day for "the next
// day", a month or a day for "the following month").
func (s *scan) anaphoric(j int) (hit, bool) {
	p := s.prevDate
	if s.prev.typ == typeTime && (s.is(j+1, "day") || s.lexOf(j+1, cPOD) != nil || s.is(j, "day")) {
		p = s.antecedent("D") // "the evening of June 28 ... the next day"
	}
	if p.typ != typeDate || len(p.value) < 4 || p.value[0] == 'X' || len(p.value) > 10 {
		return hit{}, false
	}
	sign, u, end := 0, "", 0
	switch {
	case s.is(j, "previous") || s.is(j, "preceding"):
		sign = -1
	case s.is(j, "next") || s.is(j, "following"):
		sign = 1
	case s.is(j, "same"):
		return s.sameAs(j + 1)
	case s.is(j, "day") && (s.is(j+1, "before") || s.is(j+1, "after")) && s.clauseEnd(j+2):
		sign, u, end = 1, "D", j+2
		if s.is(j+1, "before") {
			sign = -1
		}
	default:
		return hit{}, false
	}
	if pod := s.lexOf(j+1, cPOD); u == "" && pod != nil && !pod.plural && s.wcase(j+1) == caseLower && len(p.value) == 10 && p.value[4] == '-' && p.value[5] != 'W' {
		// "by the next morning", "the previous evening"
		v, _, ok := shiftValue(p, "1", "D", sign)
		return hit{end: j + 2, value: v + "T" + pod.arg, prec: precHour, typ: typeTime}, ok
	}
	if wd := s.lexOf(j+1, cWeekday); u == "" && sign != 0 && wd != nil && !wd.plural && s.wcase(j+1) == caseTitle && s.wcase(j) == caseLower &&
		len(p.value) == 10 && p.value[4] == '-' && p.value[5] != 'W' {
		// "charged the next Monday", "the following Tuesday": the first
		// such day after (before) the previous date
		d, err := time.Parse(time.DateOnly, p.value)
		if err != nil {
			return hit{}, false
		}
		for k := 1; k <= 7; k++ {
			if x := d.AddDate(0, 0, k*sign); isoWeekday(x) == wd.n {
				return hit{end: j + 2, value: fmtDay(x), prec: precDay, typ: typeDate}, true
			}
		}
	}
	if u == "" && sign != 0 && s.is(j+1, "weekend") && s.wcase(j) == caseLower && len(p.value) == 10 && p.value[4] == '-' && p.value[5] != 'W' {
		// "arrested the previous weekend", "the following weekend": the
		// weekend before (after) the previous date; a Saturday or
		// Sunday's own weekend is neither
		d, err := time.Parse(time.DateOnly, p.value)
		if err != nil {
			return hit{}, false
		}
		wd := isoWeekday(d)
		switch {
		case sign < 0:
			d = d.AddDate(0, 0, -7)
		case wd >= 6:
			d = d.AddDate(0, 0, 7)
		}
		return hit{end: j + 2, value: fmtWeek(d) + "-WE", prec: precWeek, typ: typeDate}, true
	}
	if u == "" && s.is(j+1, "week") && !s.is(j, "next") && !s.inSet("period-prep", j-2) && !s.is(j-2, "into") && !s.isApos(j+2) &&
		len(p.value) == 10 && p.value[4] == '-' && p.value[5] != 'W' {
		// "arrived the following week": the week after the previous
		// date's; not "the next week", "in the following week", a
		// period from now (PolNeAR: "votes in the next week", "heading
		// into the next week's primaries")
		d, err := time.Parse(time.DateOnly, p.value)
		if err != nil {
			return hit{}, false
		}
		return hit{end: j + 2, value: fmtWeek(d.AddDate(0, 0, 7*sign)), prec: precWeek, typ: typeDate}, true
	}
	if u == "" {
		switch {
		case s.is(j+1, "day"):
			u = "D"
		case s.is(j+1, "month"):
			u = "M"
		case s.is(j+1, "year"):
			u = "Y"
		default:
			return hit{}, false
		}
		end = j + 2
	}
	y, err := strconv.Atoi(p.value[:4])
	if err != nil {
		return hit{}, false
	}
	switch u {
	case "D":
		if len(p.value) != 10 {
			return hit{}, false
		}
		v, prec, ok := shiftValue(p, "1", "D", sign)
		return hit{end: end, value: v, prec: prec, typ: typeDate}, ok
	case "M":
		if len(p.value) < 7 || p.value[4] != '-' || p.value[5] == 'Q' || p.value[5] == 'W' {
			return hit{}, false
		}
		m, err := strconv.Atoi(p.value[5:7])
		if err != nil {
			return hit{}, false
		}
		yy, mm := addMonths(y, m, sign)
		return hit{end: end, value: fmtMonth(yy, mm), prec: precMonth, typ: typeDate}, true
	default:
		return hit{end: end, value: fmtYear(y + sign), prec: precYear, typ: typeDate}, true
	}
}

// clauseEnd reports whether token i ends a clause: past the end, or a
// comma, period, semicolon, colon, question or exclamation mark, closing
// bracket or dash.
func (s *scan) clauseEnd(i int) bool {
	if i >= len(s.toks) {
		return true
	}
	switch s.surface(i) {
	case ",", ".", ";", ":", "!", "?", ")", "\u2014", "\u2013", "-":
		return true
	}
	return false
}

// antecedent returns the date that "the next day", "two days later" are
// told from: the latest calendar date, or the day of a clock time or part
// of day written after it ("on the evening of June 28 ... the next day")
// when the unit is a day or a week.
func (s *scan) antecedent(unit string) hit {
	p := s.prevDate
	if (unit == "D" || unit == "W") && s.prev.typ == typeTime && !s.prevGuess && s.prev.end > p.end &&
		len(s.prev.value) > 10 && s.prev.value[10] == 'T' && isDigit(s.prev.value[0]) {
		return hit{end: s.prev.end, value: s.prev.value[:10], prec: precDay, typ: typeDate}
	}
	return p
}

// shiftClock resolves "N hours/minutes later/earlier" right after a clock
// time of the sentence ("took off at 9:15 a.m. and landed two hours
// later" = 11:15 that day).
func (s *scan) shiftClock(qty, unit string, sign int) (string, bool) {
	v := s.prev.value
	if unit != "H" && unit != "MIN" || s.prev.typ != typeTime || len(v) != 16 || v[10] != 'T' || !isDigit(v[0]) || !isDigit(v[11]) {
		return "", false
	}
	n, err := strconv.Atoi(qty)
	if err != nil {
		return "", false
	}
	t, err := time.Parse("2006-01-02T15:04", v)
	if err != nil {
		return "", false
	}
	d := time.Duration(n) * time.Minute
	if unit == "H" {
		d = time.Duration(n) * time.Hour
	}
	return t.Add(time.Duration(sign) * d).Format("2006-01-02T15:04"), true
}

// shiftValue resolves "N UNITS later/earlier" against the previous date
// expression prev, keeping its granularity: "a year earlier" after "the
// fourth quarter of 2023" is 2022-Q4. It fails when prev is not a
// calendar date or is coarser than the unit.
func shiftValue(prev hit, qty, unit string, sign int) (string, string, bool) {
	n, err := strconv.Atoi(qty)
	if err != nil || prev.typ != typeDate || len(prev.value) < 4 || prev.value[0] == 'X' {
		return "", "", false
	}
	n *= sign
	v := prev.value
	if len(v) == 4 && v[3] == 'X' { // "the 1850s ... a century later" = 195X
		if d, err := strconv.Atoi(v[:3]); err == nil && (unit == "DE" || unit == "CE") {
			if unit == "CE" {
				n *= 10
			}
			return fmt.Sprintf("%03dX", d+n), precDecade, true
		}
		if c, err := strconv.Atoi(v[:2]); err == nil && v[2] == 'X' && unit == "CE" {
			return fmt.Sprintf("%02dXX", c+n), precCentury, true
		}
		return "", "", false
	}
	y, err := strconv.Atoi(v[:4])
	if err != nil {
		return "", "", false
	}
	switch {
	case len(v) == 4: // year
		switch unit {
		case "Y":
			return fmtYear(y + n), precYear, true
		case "DE": // "closed a decade later"
			return fmtYear(y + 10*n), precYear, true
		case "CE":
			return fmtYear(y + 100*n), precYear, true
		}
	case len(v) == 7 && v[5] == 'Q':
		q := int(v[6] - '0')
		switch unit {
		case "Y":
			return fmt.Sprintf("%04d-Q%d", y+n, q), precQuarter, true
		case "Q":
			k := y*4 + q - 1 + n
			return fmt.Sprintf("%04d-Q%d", k/4, k%4+1), precQuarter, true
		}
	case len(v) == 7: // month
		m, err := strconv.Atoi(v[5:])
		if err != nil {
			return "", "", false
		}
		switch unit {
		case "Y":
			return fmtMonth(y+n, m), precMonth, true
		case "M":
			yy, mm := addMonths(y, m, n)
			return fmtMonth(yy, mm), precMonth, true
		}
	case len(v) == 10: // day
		t, err := time.Parse("2006-01-02", v)
		if err != nil {
			return "", "", false
		}
		switch unit {
		case "D":
			return fmtDay(t.AddDate(0, 0, n)), precDay, true
		case "W":
			return fmtDay(t.AddDate(0, 0, 7*n)), precDay, true
		case "M":
			return fmtDay(t.AddDate(0, n, 0)), precDay, true
		case "Y":
			return fmtDay(t.AddDate(n, 0, 0)), precDay, true
		}
	}
	return "", "", false
}
