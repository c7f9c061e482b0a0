package store

import (
	"context"
	"time"
)

// NamedQuery is one of the dashboard's typical queries, for benchmarks.
type NamedQuery struct {
	Name string
	Run  func(ctx context.Context, s Store) error
}

// DashboardQueries returns the aggregate queries a dashboard makes over a
// database whose events end at end: top actors, dyad time series and the
// conflict–cooperation index over the last 30 days, 90 days, year and all
// time, plus the latest events of a country. The actor and country codes
// are the most frequent ones of Synth's data.
func DashboardQueries(end time.Time) []NamedQuery {
	last30 := end.AddDate(0, 0, -29)
	year := end.AddDate(-1, 0, 1)
	top := func(from, to time.Time, role Role) func(context.Context, Store) error {
		return func(ctx context.Context, s Store) error {
			_, err := s.TopActors(ctx, TopQuery{From: from, To: to, Role: role, Limit: 20})
			return err
		}
	}
	series := func(q SeriesQuery) func(context.Context, Store) error {
		return func(ctx context.Context, s Store) error {
			_, err := s.DyadSeries(ctx, q)
			return err
		}
	}
	index := func(from, to time.Time, country string) func(context.Context, Store) error {
		return func(ctx context.Context, s Store) error {
			_, err := s.ConflictIndex(ctx, IndexQuery{From: from, To: to, Country: country, Limit: 50})
			return err
		}
	}
	return []NamedQuery{
		{"top-actors-30d", top(last30, end, AnyRole)},
		{"top-actors-1y-source", top(year, end, Source)},
		{"top-actors-all", top(time.Time{}, time.Time{}, AnyRole)},
		{"dyad-day-1y", series(SeriesQuery{From: year, To: end, Actor: "AAX", Recipient: "ADXGOV", Grain: Day})},
		{"dyad-week-1y", series(SeriesQuery{From: year, To: end, Actor: "AAX*", Recipient: "ADX*", Grain: Week})},
		{"dyad-week-prefix-all", series(SeriesQuery{Actor: "AAX*", Recipient: "ADX*", Grain: Week})},
		{"dyad-month-actor-all", series(SeriesQuery{Actor: "ADX*", Grain: Month})},
		{"cci-90d", index(end.AddDate(0, 0, -89), end, "")},
		{"cci-1y", index(year, end, "")},
		{"cci-country-all", index(time.Time{}, time.Time{}, "AAX")},
		{"events-country-latest", func(ctx context.Context, s Store) error {
			_, err := s.Events(ctx, Query{Filter: Filter{Country: "ADX"}, Limit: 100})
			return err
		}},
	}
}
