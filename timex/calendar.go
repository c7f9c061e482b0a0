package timex

import (
	"fmt"
	"slices"
	"strconv"
	"time"
)

// Precisions and types of a doc.Timex.
const (
	precSecond  = "second"
	precMinute  = "minute"
	precHour    = "hour"
	precDay     = "day"
	precWeek    = "week"
	precMonth   = "month"
	precQuarter = "quarter"
	precYear    = "year"
	precDecade  = "decade"
	precCentury = "century"

	typeDate     = "date"
	typeTime     = "time"
	typeDuration = "duration"
	typeSet      = "set"
)

// direction tells how a date without a year (or a bare weekday) is placed
// relative to the anchor.
type direction int

const (
	onOrBefore direction = iota // news past preference
	onOrAfter                   // future cue in the sentence
	before                      // "last Tuesday"
	after                       // "next Monday"
	sameWeek                    // "this Friday"
	nearest                     // "originally planned for Monday": the nearer either way
)

// anchor is the reference day of a document.
type anchor struct {
	day   time.Time // the calendar day at 12:00 UTC
	full  time.Time // the full publication time, when clock is set
	known bool
	clock bool // full has a time of day
}

func newAnchor(t time.Time, dateOnly bool) anchor {
	if t.IsZero() {
		return anchor{}
	}
	y, m, d := t.Date()
	return anchor{
		day:   time.Date(y, m, d, 12, 0, 0, 0, time.UTC),
		full:  t,
		known: true,
		clock: !dateOnly,
	}
}

func isoWeekday(t time.Time) int {
	wd := int(t.Weekday())
	if wd == 0 {
		return 7
	}
	return wd
}

func fmtDay(t time.Time) string { return t.Format("2006-01-02") }

func fmtWeek(t time.Time) string {
	y, w := t.ISOWeek()
	return fmt.Sprintf("%04d-W%02d", y, w)
}

func fmtMonth(y, m int) string { return fmt.Sprintf("%04d-%02d", y, m) }

func fmtYear(y int) string { return fmt.Sprintf("%04d", y) }

// addMonths returns year and month m months after y-m.
func addMonths(y, m, n int) (int, int) {
	k := y*12 + (m - 1) + n
	return k / 12, k%12 + 1
}

// weekday resolves ISO weekday wd in direction dir.
func (a anchor) weekday(wd int, dir direction) string {
	if !a.known {
		return fmt.Sprintf("XXXX-WXX-%d", wd)
	}
	return fmtDay(a.weekdayTime(wd, dir))
}

func (a anchor) weekdayTime(wd int, dir direction) time.Time {
	aw := isoWeekday(a.day)
	var delta int
	switch dir {
	case onOrBefore, before:
		delta = -((aw - wd + 7) % 7)
		if delta == 0 && dir == before {
			delta = -7
		}
	case onOrAfter, after:
		delta = (wd - aw + 7) % 7
		if delta == 0 && dir == after {
			delta = 7
		}
	case sameWeek:
		delta = wd - aw
	case nearest:
		// a tie goes back: what was planned for it has most often been
		// put off by the time it is reported
		delta = -((aw - wd + 7) % 7)
		if fwd := (wd - aw + 7) % 7; fwd < -delta {
			delta = fwd
		}
	}
	return a.day.AddDate(0, 0, delta)
}

// monthDay resolves month m, day d without a year.
func (a anchor) monthDay(m, d int, dir direction) (string, bool) {
	if !validDay(2000, m, d) { // 2000 is a leap year: February 29 passes
		return "", false
	}
	if !a.known {
		return fmt.Sprintf("XXXX-%02d-%02d", m, d), true
	}
	y := a.day.Year()
	cand := time.Date(y, time.Month(m), d, 12, 0, 0, 0, time.UTC)
	if dir == nearest {
		past, _ := a.monthDay(m, d, onOrBefore)
		next, ok := a.monthDay(m, d, onOrAfter)
		if ok && past != "" && a.nearerDay(next, past) {
			return next, true
		}
		return a.monthDay(m, d, onOrBefore)
	}
	switch dir {
	case onOrAfter, after:
		if cand.Before(a.day) || (dir == after && cand.Equal(a.day)) {
			y++
		}
	default:
		if cand.After(a.day) || (dir == before && cand.Equal(a.day)) {
			y--
		}
	}
	if !validDay(y, m, d) {
		return "", false
	}
	return fmt.Sprintf("%04d-%02d-%02d", y, m, d), true
}

// nearerDay reports whether day x (YYYY-MM-DD) is nearer the anchor than
// day y.
func (a anchor) nearerDay(x, y string) bool {
	tx, err1 := time.Parse(time.DateOnly, x)
	ty, err2 := time.Parse(time.DateOnly, y)
	if err1 != nil || err2 != nil || !a.known {
		return false
	}
	day := time.Date(a.day.Year(), a.day.Month(), a.day.Day(), 0, 0, 0, 0, time.UTC)
	dx, dy := day.Sub(tx), ty.Sub(day)
	if dx < 0 {
		dx = -dx
	}
	if dy < 0 {
		dy = -dy
	}
	return dx < dy
}

// month resolves month m without a year.
func (a anchor) month(m int, dir direction) string {
	if !a.known {
		return fmt.Sprintf("XXXX-%02d", m)
	}
	if dir == nearest {
		return a.monthCloser(m, 1)
	}
	y, am := a.day.Year(), int(a.day.Month())
	switch dir {
	case onOrBefore:
		if m > am {
			y--
		}
	case before:
		if m >= am {
			y--
		}
	case onOrAfter:
		if m < am {
			y++
		}
	case after:
		if m <= am {
			y++
		}
	}
	return fmtMonth(y, m)
}

// quarter resolves quarter q (1-4) without a year.
func (a anchor) quarter(q int, dir direction) string {
	if !a.known {
		return fmt.Sprintf("XXXX-Q%d", q)
	}
	y, aq := a.day.Year(), (int(a.day.Month())+2)/3
	if dir == onOrAfter && q < aq {
		y++
	} else if dir != onOrAfter && q > aq {
		y--
	}
	return fmt.Sprintf("%04d-Q%d", y, q)
}

// relUnit resolves "last/this/next UNIT" (n = -1, 0, +1).
func (a anchor) relUnit(unit string, n int) (value, prec string, ok bool) {
	switch unit {
	case "W":
		if !a.known {
			return "XXXX-WXX", precWeek, true
		}
		return fmtWeek(a.day.AddDate(0, 0, 7*n)), precWeek, true
	case "WE":
		if !a.known {
			return "XXXX-WXX-WE", precWeek, true
		}
		return fmtWeek(a.day.AddDate(0, 0, 7*n)) + "-WE", precWeek, true
	case "M":
		if !a.known {
			return "XXXX-XX", precMonth, true
		}
		y, m := addMonths(a.day.Year(), int(a.day.Month()), n)
		return fmtMonth(y, m), precMonth, true
	case "Q":
		if !a.known {
			return "XXXX-QX", precQuarter, true
		}
		k := a.day.Year()*4 + (int(a.day.Month())-1)/3 + n
		return fmt.Sprintf("%04d-Q%d", k/4, k%4+1), precQuarter, true
	case "Y":
		if !a.known {
			return "XXXX", precYear, true
		}
		return fmtYear(a.day.Year() + n), precYear, true
	case "DE":
		if !a.known {
			return "XXXX", precDecade, true
		}
		return fmt.Sprintf("%03dX", a.day.Year()/10+n), precDecade, true
	case "CE":
		if !a.known {
			return "XXXX", precCentury, true
		}
		return fmt.Sprintf("%02dXX", a.day.Year()/100+n), precCentury, true
	}
	return "", "", false
}

// shift resolves "N UNITS ago" (sign -1) or "N UNITS from now" (sign +1).
// A vague quantity gives PAST_REF or FUTURE_REF.
func (a anchor) shift(qty, unit string, sign int) (value, prec string, ok bool) {
	n, err := strconv.Atoi(qty)
	if err != nil {
		if qty != "X" {
			return "", "", false
		}
		if sign < 0 {
			return "PAST_REF", "", true
		}
		return "FUTURE_REF", "", true
	}
	n *= sign
	switch unit {
	case "D":
		if !a.known {
			return "XXXX-XX-XX", precDay, true
		}
		return fmtDay(a.day.AddDate(0, 0, n)), precDay, true
	case "W", "FN":
		if unit == "FN" {
			n *= 2
		}
		if !a.known {
			return "XXXX-WXX", precWeek, true
		}
		return fmtWeek(a.day.AddDate(0, 0, 7*n)), precWeek, true
	case "M", "Y", "DE", "CE":
		return a.relUnit(unit, n)
	case "H", "MIN", "S":
		if !a.known {
			return "XXXX-XX-XX", precDay, true
		}
		if !a.clock {
			return fmtDay(a.day), precDay, true
		}
		switch unit {
		case "H":
			return a.full.Add(time.Duration(n) * time.Hour).Format("2006-01-02T15"), precHour, true
		case "MIN":
			return a.full.Add(time.Duration(n) * time.Minute).Format("2006-01-02T15:04"), precMinute, true
		default:
			return a.full.Add(time.Duration(n) * time.Second).Format("2006-01-02T15:04:05"), precSecond, true
		}
	}
	return "", "", false
}

// dayValue is the anchor's day, or XXXX-XX-XX, shifted by n days.
func (a anchor) dayValue(n int) string {
	if !a.known {
		return "XXXX-XX-XX"
	}
	return fmtDay(a.day.AddDate(0, 0, n))
}

// season resolves "last/this/next SEASON".
// season resolves "last/this/next SEASON" (n = -1, 0, +1): last is the
// latest one over before the anchor's month ("last spring" in November is
// this year's), this is the anchor's year's (from January to May "this
// winter" is the one that began in December), next the first one that
// starts after the anchor's month.
func (a anchor) season(s string, n int) string {
	if !a.known {
		return "XXXX-" + s
	}
	start := map[string]int{"SP": 3, "SU": 6, "FA": 9, "WI": 12}[s] - 1 // 0-based month
	am := a.day.Year()*12 + int(a.day.Month()) - 1
	var y int
	switch {
	case n < 0: // the latest Y with Y*12+start+3 <= am
		y = floorDiv(am-3-start, 12)
	case n > 0: // the earliest Y with Y*12+start > am
		y = floorDiv(am-start, 12) + 1
	default:
		y = a.day.Year()
		if s == "WI" && a.day.Month() <= 5 { // the winter that began last December
			y--
		}
	}
	return fmt.Sprintf("%04d-%s", y, s)
}

func floorDiv(a, b int) int {
	q := a / b
	if a%b != 0 && (a < 0) != (b < 0) {
		q--
	}
	return q
}

func validDay(y, m, d int) bool {
	if m < 1 || m > 12 || d < 1 {
		return false
	}
	t := time.Date(y, time.Month(m), d, 12, 0, 0, 0, time.UTC)
	return t.Day() == d
}

// duration formats a TIMEX3 duration of qty (a number or "X") units.
func duration(qty, unit string) (value, prec string) {
	if qty != "X" {
		if n, err := strconv.ParseFloat(qty, 64); err == nil {
			switch unit {
			case "FN":
				return "P" + fmtNum(n*2) + "W", precWeek
			case "Q":
				return "P" + fmtNum(n*3) + "M", precQuarter
			}
		}
	}
	switch unit {
	case "S":
		return "PT" + qty + "S", precSecond
	case "MIN":
		return "PT" + qty + "M", precMinute
	case "H":
		return "PT" + qty + "H", precHour
	case "D":
		return "P" + qty + "D", precDay
	case "W", "FN":
		return "P" + qty + "W", precWeek
	case "M":
		return "P" + qty + "M", precMonth
	case "Q":
		return "P" + qty + "Q", precQuarter
	case "Y":
		return "P" + qty + "Y", precYear
	case "DE":
		return "P" + qty + "DE", precDecade
	case "CE":
		return "P" + qty + "CE", precCentury
	case "WE":
		return "P" + qty + "WE", precWeek
	}
	return "", ""
}

func fmtNum(f float64) string { return strconv.FormatFloat(f, 'f', -1, 64) }

// date returns the day of holiday h in year y; false for a table holiday
// with no date in y (the first of the year when it has two).
func (h holiday) date(y int) (time.Time, bool) {
	switch {
	case h.table != nil:
		k, _ := slices.BinarySearchFunc(h.table, y, func(t time.Time, y int) int { return t.Year() - y })
		if k < len(h.table) && h.table[k].Year() == y {
			return h.table[k], true
		}
		return time.Time{}, false
	case h.easter && h.orthodox:
		return orthodoxEaster(y).AddDate(0, 0, h.offset), true
	case h.easter:
		return easter(y).AddDate(0, 0, h.offset), true
	case h.nth > 0:
		first := time.Date(y, time.Month(h.month), 1, 12, 0, 0, 0, time.UTC)
		d := (h.wd - isoWeekday(first) + 7) % 7
		return first.AddDate(0, 0, d+7*(h.nth-1)+h.offset), true
	case h.nth < 0:
		last := time.Date(y, time.Month(h.month)+1, 0, 12, 0, 0, 0, time.UTC)
		d := (isoWeekday(last) - h.wd + 7) % 7
		return last.AddDate(0, 0, -d+h.offset), true
	}
	return time.Date(y, time.Month(h.month), h.day, 12, 0, 0, 0, time.UTC), true
}

// dayIn returns the day of holiday h in year y as a value: YYYY-MM-DD, or
// the year alone when a table has no date in y.
func (h holiday) dayIn(y int) (string, string) {
	if d, ok := h.date(y); ok {
		return fmtDay(d), precDay
	}
	return fmtYear(y), precYear
}

// orthodoxEaster returns the Orthodox Easter Sunday of year y: the Julian
// computus of Meeus, given in the Gregorian calendar (13 days later in
// 1900-2099).
func orthodoxEaster(y int) time.Time {
	a, b, c := y%4, y%7, y%19
	d := (19*c + 15) % 30
	e := (2*a + 4*b - d + 34) % 7
	month := (d + e + 114) / 31
	day := (d+e+114)%31 + 1
	return time.Date(y, time.Month(month), day, 12, 0, 0, 0, time.UTC).AddDate(0, 0, 13)
}

// easter returns Easter Sunday of year y in the Gregorian calendar (the
// anonymous computus of Meeus).
func easter(y int) time.Time {
	a, b, c := y%19, y/100, y%100
	d, e := b/4, b%4
	f := (b + 8) / 25
	g := (b - f + 1) / 3
	hh := (19*a + b - d - g + 15) % 30
	i, k := c/4, c%4
	l := (32 + 2*e + 2*i - hh - k) % 7
	m := (a + 11*hh + 22*l) / 451
	month := (hh + l - 7*m + 114) / 31
	day := (hh+l-7*m+114)%31 + 1
	return time.Date(y, time.Month(month), day, 12, 0, 0, 0, time.UTC)
}

// holiday resolves holiday h without a year: the latest on or before the
// anchor, the first on or after it, or (nearest) the nearer one, the coming
// one only when it is less than half as far as the past one (news reports
// what happened).
func (a anchor) holiday(h holiday, dir direction, nearest bool) (string, string) {
	if !a.known {
		if h.nth == 0 && !h.easter && h.table == nil {
			return fmt.Sprintf("XXXX-%02d-%02d", h.month, h.day), precDay
		}
		return "XXXX-XX-XX", precDay
	}
	var prev, next time.Time
	if h.table != nil {
		k, _ := slices.BinarySearchFunc(h.table, a.day, func(t, d time.Time) int { return t.Compare(d) })
		if k < len(h.table) {
			next = h.table[k]
		}
		if k < len(h.table) && h.table[k].Equal(a.day) {
			prev = next
		} else if k > 0 {
			prev = h.table[k-1]
		}
		// the table's dates run out: the anchor's year alone
		if prev.IsZero() || next.IsZero() {
			return fmtYear(a.day.Year()), precYear
		}
	} else {
		y := a.day.Year()
		prev, _ = h.date(y)
		next = prev
		if prev.After(a.day) {
			prev, _ = h.date(y - 1)
		}
		if next.Before(a.day) {
			next, _ = h.date(y + 1)
		}
	}
	switch {
	case nearest:
		if 2*next.Sub(a.day) < a.day.Sub(prev) {
			return fmtDay(next), precDay
		}
		return fmtDay(prev), precDay
	case dir == onOrAfter:
		return fmtDay(next), precDay
	}
	return fmtDay(prev), precDay
}

// monthNear resolves month m without a year or a cue to the nearer such
// month, the coming one only when it is less than half as far as the past
// one (the anchor's month counts as past).
func (a anchor) monthNear(m int) string { return a.monthCloser(m, 2) }

// monthCloser resolves month m to the past one, or to the coming one when
// it is less than 1/bias as far: bias 2 is monthNear, bias 1 the nearest
// month ("the session runs from April to July" in May: this April).
func (a anchor) monthCloser(m, bias int) string {
	if !a.known {
		return fmt.Sprintf("XXXX-%02d", m)
	}
	y, am := a.day.Year(), int(a.day.Month())
	past, next := (am-m+12)%12, (m-am+12)%12
	switch {
	case past > 0 && (bias*next < past || bias == 1 && next == past): // a tie goes forward after a schedule verb
		if m < am {
			y++
		}
	case m > am:
		y--
	}
	return fmtMonth(y, m)
}

// muchNearer reports whether day x is less than half as far from the
// anchor as day y (both YYYY-MM-DD).
func (a anchor) muchNearer(x, y string) bool {
	tx, err1 := time.Parse("2006-01-02", x)
	ty, err2 := time.Parse("2006-01-02", y)
	if err1 != nil || err2 != nil {
		return false
	}
	dx, dy := tx.Sub(a.day), ty.Sub(a.day)
	if dx < 0 {
		dx = -dx
	}
	if dy < 0 {
		dy = -dy
	}
	return 2*dx < dy
}
