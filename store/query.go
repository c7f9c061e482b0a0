package store

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"log/slog"
	"math"
	"slices"
	"sort"
	"strings"
	"time"

	"github.com/petrel-events/petrel/doc"
)

// eventCols are the columns scanned by scanEvent (r is event_records).
const eventCols = `e.event_id, r.record, e.day, e.evidence, e.num_mentions, e.num_sources, e.num_articles, e.added, d.id, e.lat, e.lon`

// where builds the SQL condition of a filter on the events table "e".
func (f *Filter) where() (string, []any, error) {
	var conds []string
	var args []any
	add := func(c string, a ...any) {
		conds = append(conds, c)
		args = append(args, a...)
	}
	if !f.From.IsZero() {
		add("e.day >= ?", DayNumber(f.From))
	}
	if !f.To.IsZero() {
		add("e.day <= ?", DayNumber(f.To))
	}
	code := func(col, v string) {
		if p, ok := strings.CutSuffix(v, "*"); ok {
			if p != "" {
				add(col+" >= ? AND "+col+" < ?", p, p+"\U0010FFFF")
			}
			return
		}
		add(col+" = ?", v)
	}
	if f.Actor != "" {
		code("e.src_code", f.Actor)
	}
	if f.Recipient != "" {
		code("e.tgt_code", f.Recipient)
	}
	if f.CAMEO != "" {
		if len(f.CAMEO) == 2 {
			add("e.cameo_root = ?", f.CAMEO)
		} else {
			add("e.cameo_code >= ? AND e.cameo_code < ?", f.CAMEO, f.CAMEO+"\U0010FFFF")
		}
	}
	if f.PLOVER != "" {
		add("e.plover_type = ?", strings.ToUpper(f.PLOVER))
	}
	if f.QuadClass != 0 {
		add("e.quad_class = ?", f.QuadClass)
	}
	if f.Country != "" {
		c := strings.ToUpper(f.Country)
		add("(e.loc_country = ? OR e.src_country = ? OR e.tgt_country = ?)", c, c, c)
	}
	if f.Place != "" {
		add("lower(e.loc_name) = lower(?)", f.Place)
	}
	if f.Near != nil {
		dlat := f.Near.RadiusKm / 111.2
		coslat := math.Cos(f.Near.Lat * math.Pi / 180)
		dlon := 180.0
		if coslat > 0.01 {
			dlon = math.Min(180, f.Near.RadiusKm/(111.2*coslat))
		}
		add("e.lat BETWEEN ? AND ? AND e.lon BETWEEN ? AND ?", f.Near.Lat-dlat, f.Near.Lat+dlat, f.Near.Lon-dlon, f.Near.Lon+dlon)
	}
	if f.Text != "" {
		add("instr(lower(e.evidence), ?) > 0", strings.ToLower(f.Text))
	}
	switch strings.ToLower(f.Modality) {
	case "":
	case "asserted":
		add("e.negated = 0 AND e.hypothetical = 0 AND e.future = 0")
	case "negated", "hypothetical", "future", "reported":
		add("e." + strings.ToLower(f.Modality) + " = 1")
	default:
		return "", nil, fmt.Errorf("unknown modality %q: want asserted, negated, hypothetical, future or reported", f.Modality)
	}
	if len(conds) == 0 {
		return "1=1", nil, nil
	}
	return strings.Join(conds, " AND "), args, nil
}

// Events implements Store.
func (s *SQLite) Events(ctx context.Context, q Query) ([]Event, error) {
	where, args, err := q.where()
	if err != nil {
		return nil, err
	}
	limit := q.Limit
	if limit == 0 {
		limit = DefaultLimit
	}
	from := "events e"
	if q.OneADay {
		from = `(SELECT * FROM (SELECT e.*, row_number() OVER (PARTITION BY e.day, e.src_code, e.tgt_code, e.cameo_code ORDER BY e.num_mentions DESC, e.event_id) AS rn FROM events e WHERE ` + where + `) x WHERE rn = 1) e`
		where = "1=1"
	}
	query := `SELECT ` + eventCols + ` FROM ` + from + ` JOIN event_records r ON r.event_id = e.event_id JOIN documents d ON d.doc_key = e.first_doc WHERE ` + where + ` ORDER BY e.day DESC, e.event_id DESC`
	// With a radius the bounding box is refined here, so paging is too.
	if q.Near == nil && limit > 0 {
		query += fmt.Sprintf(" LIMIT %d OFFSET %d", limit, max(q.Offset, 0))
	}
	rows, err := s.db.QueryContext(ctx, query, args...)
	if err != nil {
		return nil, fmt.Errorf("store: events: %w", classify(err))
	}
	defer rows.Close()
	var out []Event
	skip := q.Offset
	for rows.Next() {
		e, lat, lon, err := scanEvent(rows)
		if err != nil {
			return nil, err
		}
		if q.Near != nil {
			if !lat.Valid || Haversine(q.Near.Lat, q.Near.Lon, lat.Float64, lon.Float64) > q.Near.RadiusKm {
				continue
			}
			if skip > 0 {
				skip--
				continue
			}
			if limit > 0 && len(out) == limit {
				break
			}
		}
		out = append(out, e)
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("store: events: %w", classify(err))
	}
	return out, nil
}

func scanEvent(rows *sql.Rows) (Event, sql.NullFloat64, sql.NullFloat64, error) {
	var e Event
	var rec []byte
	var day, added int64
	var lat, lon sql.NullFloat64
	if err := rows.Scan(&e.ID, &rec, &day, &e.EvidenceText, &e.NumMentions, &e.NumSources, &e.NumArticles, &added, &e.FirstDocID, &lat, &lon); err != nil {
		return e, lat, lon, fmt.Errorf("store: events: %w", classify(err))
	}
	if err := DecodeRecordEvent(rec, &e.Record); err != nil {
		return e, lat, lon, fmt.Errorf("store: event %d: %w", e.ID, err)
	}
	e.Day = DayTime(day)
	e.Added = time.Unix(added, 0).UTC()
	return e, lat, lon, nil
}

// Haversine returns the great-circle distance in km between two points.
func Haversine(lat1, lon1, lat2, lon2 float64) float64 {
	const r = 6371.0
	rad := math.Pi / 180
	dlat := (lat2 - lat1) * rad
	dlon := (lon2 - lon1) * rad
	a := math.Sin(dlat/2)*math.Sin(dlat/2) + math.Cos(lat1*rad)*math.Cos(lat2*rad)*math.Sin(dlon/2)*math.Sin(dlon/2)
	return 2 * r * math.Asin(math.Min(1, math.Sqrt(a)))
}

// Mentions implements Store.
func (s *SQLite) Mentions(ctx context.Context, eventID int64) ([]Mention, error) {
	rows, err := s.db.QueryContext(ctx, `SELECT m.event_id, d.id, d.url, m.outlet, d.published, m.record_id, m.sentence, m.start, m."end", m.near_dup
		FROM event_mentions m JOIN documents d ON d.doc_key = m.doc_key WHERE m.event_id = ? ORDER BY m.doc_key, m.sentence, m.start`, eventID)
	if err != nil {
		return nil, fmt.Errorf("store: mentions: %w", classify(err))
	}
	defer rows.Close()
	var out []Mention
	for rows.Next() {
		var m Mention
		var pub string
		if err := rows.Scan(&m.EventID, &m.DocID, &m.URL, &m.Outlet, &pub, &m.RecordID, &m.Sentence, &m.Start, &m.End, &m.NearDuplicate); err != nil {
			return nil, fmt.Errorf("store: mentions: %w", classify(err))
		}
		m.Published = parseStoredTime(pub)
		out = append(out, m)
	}
	return out, rows.Err()
}

// Document implements Store.
func (s *SQLite) Document(ctx context.Context, id string) (Document, error) {
	var d Document
	var pub string
	var fetched int64
	var tone, jac sql.NullFloat64
	var dup sql.NullString
	err := s.db.QueryRowContext(ctx, `SELECT d.doc_key, d.id, d.url, d.outlet, d.title, d.published, d.fetched, d.content_hash, d.lang, d.tone, o.id, d.jaccard
		FROM documents d LEFT JOIN documents o ON o.doc_key = d.duplicate_of WHERE d.id = ?`, id).
		Scan(&d.Key, &d.ID, &d.URL, &d.Outlet, &d.Title, &pub, &fetched, &d.ContentHash, &d.Lang, &tone, &dup, &jac)
	if errors.Is(err, sql.ErrNoRows) {
		return d, fmt.Errorf("store: document %q: %w", id, ErrNotFound)
	}
	if err != nil {
		return d, fmt.Errorf("store: document %q: %w", id, classify(err))
	}
	d.Published = parseStoredTime(pub)
	d.Fetched = time.Unix(fetched, 0).UTC()
	if tone.Valid {
		d.Tone = &tone.Float64
	}
	d.DuplicateOf, d.Jaccard = dup.String, jac.Float64
	return d, nil
}

func parseStoredTime(s string) (t doc.Time) {
	if s == "" {
		return t
	}
	t, _ = doc.ParseTime(s)
	return t
}

// Has reports whether a document with this ID or URL is stored (either may
// be empty).
func (s *SQLite) Has(ctx context.Context, id, url string) (bool, error) {
	var n int
	err := s.db.QueryRowContext(ctx, `SELECT (SELECT count(*) FROM documents WHERE id = ?1 AND ?1 <> '') + (SELECT count(*) FROM documents WHERE url = ?2 AND ?2 <> '')`, id, url).Scan(&n)
	if err != nil {
		return false, fmt.Errorf("store: %w", classify(err))
	}
	return n > 0, nil
}

// Stats implements Store.
func (s *SQLite) Stats(ctx context.Context) (Stats, error) {
	var st Stats
	var first, last sql.NullInt64
	err := s.db.QueryRowContext(ctx, `SELECT
		(SELECT count(*) FROM documents),
		(SELECT count(*) FROM documents WHERE duplicate_of IS NOT NULL),
		(SELECT count(*) FROM events),
		(SELECT count(*) FROM event_mentions),
		(SELECT count(*) FROM actors),
		(SELECT count(*) FROM places),
		(SELECT min(day) FROM events), (SELECT max(day) FROM events),
		(SELECT count(*) FROM ingest_log)`).Scan(&st.Documents, &st.NearDuplicates, &st.Events, &st.Mentions, &st.Actors, &st.Places, &first, &last, &st.Pending)
	if err != nil {
		return st, fmt.Errorf("store: stats: %w", classify(err))
	}
	if first.Valid {
		st.FirstDay, st.LastDay = DayTime(first.Int64), DayTime(last.Int64)
	}
	st.SchemaVersion, err = s.version(ctx)
	return st, err
}

func dayBounds(from, to time.Time) (int64, int64) {
	lo, hi := firstDay, lastDay
	if !from.IsZero() {
		lo = max(lo, DayNumber(from))
	}
	if !to.IsZero() {
		hi = min(hi, DayNumber(to))
	}
	return lo, hi
}

func codeCond(col, v string, args *[]any) string {
	if p, ok := strings.CutSuffix(v, "*"); ok {
		if p == "" {
			return "1=1"
		}
		*args = append(*args, p, p+"\U0010FFFF")
		return col + " >= ? AND " + col + " < ?"
	}
	*args = append(*args, v)
	return col + " = ?"
}

// actorsByCode reads the actor rollup through its code index.
const actorsByCode = "rollup_actor INDEXED BY rollup_actor_code"

// actorCodeCond returns the condition on rollup_actor's code for a series
// of one side (role 0 or 1), and the table expression to read. Without
// statistics SQLite reads a code's periods through the primary key
// (grain, role, period, code), visiting every actor of every day in the
// range: some 140,000 rows for a year of days on 1M events, where the
// actor has 110. The code index reads only the actor's rows when each code
// is an equality, so a prefix ("ADXGOV*") is first expanded to the codes
// it covers, read from the year grain. ok is false when no code matches.
func (s *SQLite) actorCodeCond(ctx context.Context, role int, code string, args *[]any) (cond, table string, ok bool, err error) {
	cond, expanded, ok, err := s.expandCode(ctx, "code", role, code, args)
	if expanded {
		return cond, actorsByCode, ok, err
	}
	return cond, "rollup_actor", ok, err
}

// expandCode returns the condition on column col for code: an equality, or
// for a prefix ("ADXGOV*") the list of codes it covers in the role's actor
// rollup (read from the year grain), so that an index leading with col
// seeks each code's periods. expanded is false when code is the bare "*"
// or the prefix covers more than 500 codes (a range condition then); ok is
// false when no code matches.
func (s *SQLite) expandCode(ctx context.Context, col string, role int, code string, args *[]any) (cond string, expanded, ok bool, err error) {
	p, prefix := strings.CutSuffix(code, "*")
	if !prefix {
		*args = append(*args, code)
		return col + " = ?", true, true, nil
	}
	if p == "" {
		return "1=1", false, true, nil
	}
	rows, err := s.db.QueryContext(ctx, `SELECT DISTINCT code FROM `+actorsByCode+` WHERE grain = ? AND role = ? AND code >= ? AND code < ?`,
		grainYear, role, p, p+"\U0010FFFF")
	if err != nil {
		return "", false, false, classify(err)
	}
	defer rows.Close()
	var codes []string
	for rows.Next() {
		var c string
		if err := rows.Scan(&c); err != nil {
			return "", false, false, classify(err)
		}
		codes = append(codes, c)
	}
	if err := rows.Err(); err != nil {
		return "", false, false, classify(err)
	}
	if len(codes) == 0 {
		return "", false, false, nil
	}
	if len(codes) > 500 {
		return codeCond(col, code, args), false, true, nil
	}
	for _, c := range codes {
		*args = append(*args, c)
	}
	return col + " IN (?" + strings.Repeat(",?", len(codes)-1) + ")", true, true, nil
}

// DyadSeries implements Store. A series of one side (actor or recipient
// only) reads the actor rollup, a dyad the dyad rollup; weeks and months
// are whole periods of their rollups plus the days at the range's ends.
func (s *SQLite) DyadSeries(ctx context.Context, q SeriesQuery) ([]SeriesPoint, error) {
	lo, hi := dayBounds(q.From, q.To)
	var g int
	switch q.Grain {
	case Day, "":
		g = grainDay
	case Week:
		g = grainWeek
	case Month:
		g = grainMonth
	default:
		return nil, fmt.Errorf("store: unknown grain %q: want day, week or month", q.Grain)
	}
	var args []any
	var table string
	conds := []string{"1=1"}
	switch {
	case q.Actor != "" && q.Recipient == "" || q.Actor == "" && q.Recipient != "":
		role, code := 0, q.Actor
		if q.Actor == "" {
			role, code = 1, q.Recipient
		}
		cond, t, ok, err := s.actorCodeCond(ctx, role, code, &args)
		if err != nil {
			return nil, fmt.Errorf("store: dyad series: %w", err)
		}
		if !ok {
			return []SeriesPoint{}, nil // no such code
		}
		table = t
		conds = append(conds, fmt.Sprintf("role = %d", role), cond)
	default:
		// the primary key (grain, src_code, tgt_code, period) seeks each
		// pair of listed codes
		table = "rollup_dyad"
		for _, side := range []struct {
			col  string
			role int
			code string
		}{{"src_code", 0, q.Actor}, {"tgt_code", 1, q.Recipient}} {
			if side.code == "" {
				continue
			}
			cond, _, ok, err := s.expandCode(ctx, side.col, side.role, side.code, &args)
			if err != nil {
				return nil, fmt.Errorf("store: dyad series: %w", err)
			}
			if !ok {
				return []SeriesPoint{}, nil // no such code
			}
			conds = append(conds, cond)
		}
	}
	var grains []int
	if g != grainDay {
		grains = []int{g}
	}
	query := `SELECT grain, period, sum(n), sum(goldstein), sum(q1), sum(q2), sum(q3), sum(q4) FROM ` + table + ` WHERE ` +
		strings.Join(conds, " AND ") + ` AND grain = ? AND period BETWEEN ? AND ? GROUP BY grain, period`
	ranges := cover(lo, hi, grains...)
	if q.Actor == "" && q.Recipient == "" && !s.pg {
		// All events: the daily rollup of schema 3 has a few rows a day,
		// rollup_dyad one per dyad.
		query = `SELECT ?, day, sum(n), sum(goldstein), sum(CASE quad_class WHEN 1 THEN n ELSE 0 END), sum(CASE quad_class WHEN 2 THEN n ELSE 0 END),
			sum(CASE quad_class WHEN 3 THEN n ELSE 0 END), sum(CASE quad_class WHEN 4 THEN n ELSE 0 END) FROM rollup_day WHERE day BETWEEN ? AND ? GROUP BY day`
		ranges = []periodRange{{grainDay, lo, hi}}
	}
	byStart := map[int64]*SeriesPoint{}
	err := s.eachRange(ctx, query, args, ranges, func(rows *sql.Rows) error {
		var p SeriesPoint
		var rg int
		var period int64
		if err := rows.Scan(&rg, &period, &p.Events, &p.Goldstein, &p.Quad[1], &p.Quad[2], &p.Quad[3], &p.Quad[4]); err != nil {
			return err
		}
		if p.Events == 0 {
			return nil
		}
		start := periodStart(g, periodOf(g, periodStart(rg, period)))
		o := byStart[start]
		if o == nil {
			p.Period = DayTime(start)
			byStart[start] = &p
			return nil
		}
		o.Events += p.Events
		o.Goldstein += p.Goldstein
		for i := range o.Quad {
			o.Quad[i] += p.Quad[i]
		}
		return nil
	})
	if err != nil {
		return nil, fmt.Errorf("store: dyad series: %w", err)
	}
	out := make([]SeriesPoint, 0, len(byStart))
	for _, p := range byStart {
		out = append(out, *p)
	}
	sort.Slice(out, func(i, j int) bool { return out[i].Period.Before(out[j].Period) })
	return out, nil
}

// allGrains are the grains a range query may read, coarsest first.
var allGrains = []int{grainYear, grainMonth, grainWeek}

// eachRange runs query once per range of periods (its last three
// parameters are grain, first and last period, after args) and calls scan
// for every row. One index range scan per range, summed by the caller,
// beats an OR of ranges with GROUP BY in SQLite.
func (s *SQLite) eachRange(ctx context.Context, query string, args []any, ranges []periodRange, scan func(*sql.Rows) error) error {
	for _, r := range ranges {
		rows, err := s.db.QueryContext(ctx, query, append(slices.Clip(args), r.grain, r.lo, r.hi)...)
		if err != nil {
			return classify(err)
		}
		for rows.Next() {
			if err := scan(rows); err != nil {
				rows.Close()
				return classify(err)
			}
		}
		rows.Close()
		if err := rows.Err(); err != nil {
			return classify(err)
		}
	}
	return nil
}

// unionRanges returns a UNION ALL of sel (a SELECT whose WHERE clause
// ends with "grain = ? AND period BETWEEN ? AND ?") over the ranges, with
// its arguments: each branch is one index range scan, and the rows are
// summed inside SQLite (crossing into Go costs far more per row).
func unionRanges(sel string, args []any, ranges []periodRange) (string, []any) {
	parts := make([]string, len(ranges))
	var all []any
	for i, r := range ranges {
		parts[i] = sel
		all = append(append(all, args...), r.grain, r.lo, r.hi)
	}
	if len(parts) == 0 {
		return sel + " AND 0", append(args, 0, 0, 0)
	}
	return strings.Join(parts, " UNION ALL "), all
}

// TopActors implements Store.
func (s *SQLite) TopActors(ctx context.Context, q TopQuery) ([]ActorCount, error) {
	lo, hi := dayBounds(q.From, q.To)
	limit := q.Limit
	if limit <= 0 {
		limit = 10
	}
	roles := "0, 1"
	switch q.Role {
	case Source:
		roles = "0"
	case Target:
		roles = "1=1"
	case AnyRole:
	default:
		return nil, fmt.Errorf("store: unknown role %q: want source or target", q.Role)
	}
	union, args := unionRanges(`SELECT code, n FROM rollup_actor WHERE role IN (`+roles+`) AND grain = ? AND period BETWEEN ? AND ?`, nil, cover(lo, hi, allGrains...))
	rows, err := s.db.QueryContext(ctx, `SELECT r.code, coalesce(a.name, ''), coalesce(a.country, ''), r.n FROM
		(SELECT code, sum(n) AS n FROM (`+union+`) u GROUP BY code HAVING sum(n) > 0 ORDER BY sum(n) DESC, code LIMIT ?) r
		LEFT JOIN actors a ON a.code = r.code ORDER BY r.n DESC, r.code`, append(args, limit)...)
	if err != nil {
		return nil, fmt.Errorf("store: top actors: %w", classify(err))
	}
	defer rows.Close()
	var out []ActorCount
	for rows.Next() {
		var a ActorCount
		if err := rows.Scan(&a.Code, &a.Name, &a.Country, &a.Events); err != nil {
			return nil, fmt.Errorf("store: top actors: %w", classify(err))
		}
		out = append(out, a)
	}
	return out, rows.Err()
}

// ConflictIndex implements Store.
func (s *SQLite) ConflictIndex(ctx context.Context, q IndexQuery) ([]PairIndex, error) {
	lo, hi := dayBounds(q.From, q.To)
	limit := q.Limit
	if limit <= 0 {
		limit = 20
	}
	const sel = `SELECT src_country, tgt_country, n, coop, conflict, goldstein FROM rollup_pair WHERE `
	ranges := cover(lo, hi, allGrains...)
	var union string
	var args []any
	if c := strings.ToUpper(q.Country); c != "" {
		// Pairs with c as source, then as target (but not as source).
		const from = `SELECT src_country, tgt_country, n, coop, conflict, goldstein FROM rollup_pair INDEXED BY `
		u1, a1 := unionRanges(from+`rollup_pair_src WHERE src_country = ? AND grain = ? AND period BETWEEN ? AND ?`, []any{c}, ranges)
		u2, a2 := unionRanges(from+`rollup_pair_tgt WHERE tgt_country = ? AND src_country <> tgt_country AND grain = ? AND period BETWEEN ? AND ?`, []any{c}, ranges)
		union, args = u1+" UNION ALL "+u2, append(a1, a2...)
	} else {
		if !s.noPrune {
			if out, ok, err := s.topPairs(ctx, lo, hi, limit); err != nil || ok {
				return out, err
			}
			slog.DebugContext(ctx, "store: conflict index: pruning failed, summing every pair", "from", lo, "to", hi, "limit", limit)
		}
		union, args = unionRanges(sel+`grain = ? AND period BETWEEN ? AND ?`, nil, ranges)
	}
	rows, err := s.db.QueryContext(ctx, `SELECT src_country, tgt_country, sum(n), sum(coop), sum(conflict), sum(goldstein) FROM (`+union+`) u
		GROUP BY src_country, tgt_country HAVING sum(n) > 0 ORDER BY sum(n) DESC, src_country, tgt_country LIMIT ?`, append(args, limit)...)
	if err != nil {
		return nil, fmt.Errorf("store: conflict index: %w", classify(err))
	}
	defer rows.Close()
	var out []PairIndex
	for rows.Next() {
		var p PairIndex
		var gold float64
		if err := rows.Scan(&p.Source, &p.Target, &p.Events, &p.Cooperation, &p.Conflict, &gold); err != nil {
			return nil, fmt.Errorf("store: conflict index: %w", classify(err))
		}
		p.Index = float64(p.Cooperation-p.Conflict) / float64(p.Events)
		p.Goldstein = gold / float64(p.Events)
		out = append(out, p)
	}
	return out, rows.Err()
}
