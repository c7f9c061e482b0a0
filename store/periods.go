package store

import "time"

// Rollup grains as stored in the rollup tables' grain column.
const (
	grainDay   = 0
	grainMonth = 1
	grainYear  = 2
	grainWeek  = 3 // ISO weeks, Monday to Sunday
)

// rollupGrains are the grains every rollup table keeps.
var rollupGrains = [...]int{grainDay, grainWeek, grainMonth, grainYear}

// Open date ranges are clamped to these days (years 1 and 9999).
var (
	firstDay = DayNumber(time.Date(1, 1, 1, 0, 0, 0, 0, time.UTC))
	lastDay  = DayNumber(time.Date(9999, 12, 31, 0, 0, 0, 0, time.UTC))
)

// MonthNumber is year*12 + month-1 of t.
func MonthNumber(t time.Time) int64 { return int64(t.Year())*12 + int64(t.Month()) - 1 }

// MonthTime is the inverse of MonthNumber.
func MonthTime(m int64) time.Time {
	return time.Date(int(m/12), time.Month(m%12+1), 1, 0, 0, 0, 0, time.UTC)
}

func floorDiv(a, b int64) int64 {
	q := a / b
	if a%b != 0 && (a < 0) != (b < 0) {
		q--
	}
	return q
}

// periodOf returns the period of grain g that holds a day.
func periodOf(g int, day int64) int64 {
	switch g {
	case grainWeek:
		return floorDiv(day+3, 7) // 1970-01-01 was a Thursday
	case grainMonth:
		return MonthNumber(DayTime(day))
	case grainYear:
		return int64(DayTime(day).Year())
	}
	return day
}

// periodStart returns the first day of a period of grain g.
func periodStart(g int, p int64) int64 {
	switch g {
	case grainWeek:
		return p*7 - 3
	case grainMonth:
		return DayNumber(MonthTime(p))
	case grainYear:
		return DayNumber(time.Date(int(p), 1, 1, 0, 0, 0, 0, time.UTC))
	}
	return p
}

// periodEnd returns the last day of a period of grain g.
func periodEnd(g int, p int64) int64 { return periodStart(g, p+1) - 1 }

// periodRange is a range of periods of one grain.
type periodRange struct {
	grain  int
	lo, hi int64
}

// cover splits the day range [lo, hi] into disjoint ranges of whole
// periods of the given grains, coarsest first, and days: a three-year
// query reads a few yearly rows per key, not a thousand daily ones.
func cover(lo, hi int64, grains ...int) []periodRange {
	var out []periodRange
	var rec func(lo, hi int64, grains []int)
	rec = func(lo, hi int64, grains []int) {
		if lo > hi {
			return
		}
		if len(grains) == 0 {
			out = append(out, periodRange{grainDay, lo, hi})
			return
		}
		g := grains[0]
		first, last := periodOf(g, lo), periodOf(g, hi)
		if periodStart(g, first) < lo {
			first++
		}
		if periodEnd(g, last) > hi {
			last--
		}
		if first > last {
			rec(lo, hi, grains[1:])
			return
		}
		rec(lo, periodStart(g, first)-1, grains[1:])
		out = append(out, periodRange{g, first, last})
		rec(periodEnd(g, last)+1, hi, grains[1:])
	}
	rec(lo, hi, grains)
	return out
}
