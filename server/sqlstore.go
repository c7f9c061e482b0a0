package server

import (
	"cmp"
	"context"
	"database/sql"
	"encoding/base64"
	"errors"
	"fmt"
	"slices"
	"strconv"
	"strings"
	"sync"
	"time"

	"github.com/petrel-events/petrel/doc"
	"github.com/petrel-events/petrel/store"
)

// SQLStore adapts the SQLite event store of package store to the server's
// Store. The series, the mentions and the documents use the store's own
// API; the event list, an event by id, the network, the map and the
// per-actor counts read the store's tables (events, rollup_dyad,
// rollup_actor, actors) directly, since package store has no method for
// them yet (or, for the event list, none fast enough with a code prefix).
type SQLStore struct {
	st *store.SQLite
	db *sql.DB

	verMu   sync.Mutex
	verConn *sql.Conn

	dyads dyadIndex
}

// NewSQLStore returns the adapter of st.
func NewSQLStore(st *store.SQLite) *SQLStore { return &SQLStore{st: st, db: st.DB()} }

// Version implements Versioned. On SQLite it is data_version, read on a
// connection of its own: it changes whenever another connection (an ingest
// in this process or another one) commits. PostgreSQL has no such counter,
// so there it is the newest event key and the newest document key: a new
// document, a near-duplicate's mentions and a changed document's new
// events each raise one of them.
func (s *SQLStore) Version(ctx context.Context) (string, error) {
	if s.st.Postgres() {
		var maxEvent, maxDoc int64
		err := s.db.QueryRowContext(ctx, `SELECT (SELECT COALESCE(MAX(event_id), 0) FROM events), (SELECT COALESCE(MAX(doc_key), 0) FROM documents)`).Scan(&maxEvent, &maxDoc)
		if err != nil {
			return "", fmt.Errorf("store version: %w", err)
		}
		return strconv.FormatInt(maxEvent, 10) + "." + strconv.FormatInt(maxDoc, 10), nil
	}
	s.verMu.Lock()
	defer s.verMu.Unlock()
	if s.verConn == nil {
		c, err := s.db.Conn(ctx)
		if err != nil {
			return "", fmt.Errorf("store version: %w", err)
		}
		s.verConn = c
	}
	var v int64
	if err := s.verConn.QueryRowContext(ctx, `PRAGMA data_version`).Scan(&v); err != nil {
		s.verConn.Close()
		s.verConn = nil
		return "", fmt.Errorf("store version: %w", err)
	}
	return strconv.FormatInt(v, 10), nil
}

// Close releases the adapter's own connection; it does not close the
// store.
func (s *SQLStore) Close() error {
	s.verMu.Lock()
	defer s.verMu.Unlock()
	if s.verConn == nil {
		return nil
	}
	err := s.verConn.Close()
	s.verConn = nil
	return err
}

// AddDoc implements Writer.
func (s *SQLStore) AddDoc(ctx context.Context, d *doc.Doc) error {
	_, err := s.st.PutDocuments(ctx, []*doc.Doc{d})
	return err
}

func day(s string) time.Time {
	t, _ := time.Parse(time.DateOnly, s) // validated by parseFilter
	return t
}

func prefix(code string) string {
	if code == "" {
		return ""
	}
	return code + "*"
}

func (f Filter) toStore() store.Filter {
	sf := store.Filter{
		Actor: prefix(f.Actor), Recipient: prefix(f.Recipient), CAMEO: f.CAMEO, PLOVER: f.Type,
		QuadClass: f.QuadClass, Country: f.Country, Place: f.Place, Text: f.Text,
	}
	if f.From != "" {
		sf.From = day(f.From)
	}
	if f.To != "" {
		sf.To = day(f.To)
	}
	return sf
}

// Events implements Store, with keyset pagination: the cursor is the day
// and id of the last event of the page. The ids of a page are selected
// first, from the indexes alone when the filter allows, and only the page's
// rows are read; the store's own Events sorts every matching row with its
// document before the limit, which takes a second on a million events.
func (s *SQLStore) Events(ctx context.Context, q EventQuery) (EventPage, error) {
	if q.Type != "" && !s.st.Postgres() {
		// A PLOVER type's days, from the daily rollup: a type with no
		// event in range answers at once, a rare one reads only its days.
		f, ok, err := s.typeDays(ctx, q.Filter)
		if err != nil {
			return EventPage{}, err
		}
		if !ok {
			return EventPage{Events: []EventRow{}}, nil
		}
		q.Filter = f
	}
	index, err := s.textIndex(ctx, q.Text)
	if err != nil {
		return EventPage{}, err
	}
	var args []any
	where := s.eventWhere(q.Filter, &args, index)
	if q.Cursor != "" {
		b, err := base64.RawURLEncoding.DecodeString(q.Cursor)
		dayS, idS, ok := strings.Cut(strings.TrimPrefix(string(b), "k"), ".")
		d, err2 := strconv.ParseInt(dayS, 10, 64)
		id, err3 := strconv.ParseInt(idS, 10, 64)
		if err != nil || err2 != nil || err3 != nil || !ok || !strings.HasPrefix(string(b), "k") {
			return EventPage{}, fmt.Errorf("bad cursor: %w", ErrBadRequest)
		}
		where += " AND (e.day < ? OR (e.day = ? AND e.event_id < ?))"
		args = append(args, d, d, id)
	}
	inner := `SELECT e.event_id FROM events e WHERE ` + where + ` ORDER BY e.day DESC, e.event_id DESC LIMIT ?`
	args = append(args, q.Limit+1)
	if q.Actor != "" {
		// An actor prefix covers a few codes (RUS, RUSGOV, RUSMIL …): read
		// each code's newest events along its (src_code, day) index and
		// merge them, instead of sorting every event of the prefix.
		codes, err := s.codesWithPrefix(ctx, q.Actor, 64)
		if err != nil {
			return EventPage{}, err
		}
		if len(codes) > 0 && len(codes) < 64 {
			inner, args = s.perCodeInner(q, codes, index)
		}
	}
	rows, err := s.db.QueryContext(ctx, `SELECT e.event_id, r.record, e.day, e.evidence, e.num_mentions, e.num_sources
		FROM (`+inner+`) x
		JOIN events e ON e.event_id = x.event_id JOIN event_records r ON r.event_id = x.event_id ORDER BY e.day DESC, e.event_id DESC`, args...)
	if err != nil {
		return EventPage{}, fmt.Errorf("events: %w", err)
	}
	defer rows.Close()
	page := EventPage{Events: []EventRow{}}
	var lastDay, lastID int64
	for rows.Next() {
		var e store.Event
		var rec []byte
		var d int64
		if err := rows.Scan(&e.ID, &rec, &d, &e.EvidenceText, &e.NumMentions, &e.NumSources); err != nil {
			return EventPage{}, fmt.Errorf("events: %w", err)
		}
		if len(page.Events) == q.Limit {
			page.Next = base64.RawURLEncoding.EncodeToString(fmt.Appendf(nil, "k%d.%d", lastDay, lastID))
			break
		}
		if err := unmarshalRecord(rec, &e.Record); err != nil {
			return EventPage{}, fmt.Errorf("event %d: %w", e.ID, err)
		}
		page.Events = append(page.Events, storeRow(e))
		lastDay, lastID = d, e.ID
	}
	return page, rows.Err()
}

// textIndex tells whether the event list should look the words of text up
// in the store's text index: on SQLite unless they are so common (in more
// than 2% of the events, and more than 20,000) that reading the newest
// events finds a page sooner; on PostgreSQL always (its planner weighs the
// GIN index itself).
func (s *SQLStore) textIndex(ctx context.Context, text string) (bool, error) {
	if strings.TrimSpace(text) == "" || s.st.Postgres() {
		return true, nil
	}
	var total int64
	if err := s.db.QueryRowContext(ctx, `SELECT coalesce(max(event_id), 0) FROM events`).Scan(&total); err != nil {
		return false, fmt.Errorf("events: %w", err)
	}
	limit := max(20000, total/50)
	n, err := s.st.WordEvents(ctx, text, limit+1)
	if err != nil {
		return false, err
	}
	return n <= limit, nil
}

// typeDays narrows the date range of f to the first and last day with an
// event of f's PLOVER type (and QuadClass), from rollup_day; ok is false
// when there is none.
func (s *SQLStore) typeDays(ctx context.Context, f Filter) (Filter, bool, error) {
	args := []any{f.Type}
	where := "plover_type = ? AND n > 0"
	if f.From != "" {
		where += " AND day >= ?"
		args = append(args, store.DayNumber(day(f.From)))
	}
	if f.To != "" {
		where += " AND day <= ?"
		args = append(args, store.DayNumber(day(f.To)))
	}
	if f.QuadClass != 0 {
		where += " AND quad_class = ?"
		args = append(args, f.QuadClass)
	}
	var lo, hi sql.NullInt64
	if err := s.db.QueryRowContext(ctx, `SELECT min(day), max(day) FROM rollup_day WHERE `+where, args...).Scan(&lo, &hi); err != nil {
		return f, false, fmt.Errorf("events: %w", err)
	}
	if !lo.Valid {
		return f, false, nil
	}
	f.From, f.To = store.DayTime(lo.Int64).Format(time.DateOnly), store.DayTime(hi.Int64).Format(time.DateOnly)
	return f, true, nil
}

// codesWithPrefix returns up to max stored actor codes that start with p.
func (s *SQLStore) codesWithPrefix(ctx context.Context, p string, max int) ([]string, error) {
	var args []any
	rows, err := s.db.QueryContext(ctx, `SELECT code FROM actors WHERE `+prefixCond("code", p, &args)+` ORDER BY code LIMIT `+strconv.Itoa(max), args...)
	if err != nil {
		return nil, fmt.Errorf("actor codes: %w", err)
	}
	defer rows.Close()
	var codes []string
	for rows.Next() {
		var c string
		if err := rows.Scan(&c); err != nil {
			return nil, err
		}
		codes = append(codes, c)
	}
	return codes, rows.Err()
}

// perCodeInner is the id query of Events as a merge of one query per
// actor code, each ordered by its index.
func (s *SQLStore) perCodeInner(q EventQuery, codes []string, index bool) (string, []any) {
	f := q.Filter
	f.Actor = ""
	var parts []string
	var args []any
	for _, c := range codes {
		var a []any
		where := s.eventWhere(f, &a, index)
		// Keep SQLite on the (src_code, day) index.
		where = strings.ReplaceAll(where, "e.tgt_code", "+e.tgt_code")
		where = strings.ReplaceAll(where, "++e.tgt_code", "+e.tgt_code")
		where += " AND e.src_code = ?"
		a = append(a, c)
		if cur := q.Cursor; cur != "" {
			b, _ := base64.RawURLEncoding.DecodeString(cur) // checked by Events
			dayS, idS, _ := strings.Cut(strings.TrimPrefix(string(b), "k"), ".")
			d, _ := strconv.ParseInt(dayS, 10, 64)
			id, _ := strconv.ParseInt(idS, 10, 64)
			where += " AND (e.day < ? OR (e.day = ? AND e.event_id < ?))"
			a = append(a, d, d, id)
		}
		a = append(a, q.Limit+1)
		parts = append(parts, `SELECT * FROM (SELECT e.event_id, e.day FROM events e WHERE `+where+` ORDER BY e.day DESC, e.event_id DESC LIMIT ?) p`+strconv.Itoa(len(parts)))
		args = append(args, a...)
	}
	args = append(args, q.Limit+1)
	return `SELECT event_id FROM (` + strings.Join(parts, " UNION ALL ") + `) u ORDER BY day DESC, event_id DESC LIMIT ?`, args
}

// unmarshalRecord decodes a stored event record (event_records.record).
func unmarshalRecord(rec []byte, e *doc.Event) error {
	return store.DecodeRecordEvent(rec, e)
}

func storeRow(e store.Event) EventRow {
	ev := e.Record
	ev.Schema = doc.SchemaEvent
	ev.ID = strconv.FormatInt(e.ID, 10)
	return EventRow{Event: ev, Sources: e.NumSources, NumMentions: e.NumMentions}
}

// Event implements Store.
func (s *SQLStore) Event(ctx context.Context, id string) (EventDetail, error) {
	n, err := strconv.ParseInt(id, 10, 64)
	if err != nil {
		return EventDetail{}, fmt.Errorf("event %q: %w", id, ErrNotFound)
	}
	var e store.Event
	var rec []byte
	err = s.db.QueryRowContext(ctx, `SELECT e.event_id, r.record, e.evidence, e.num_mentions, e.num_sources, e.num_articles, d.id
		FROM events e JOIN event_records r ON r.event_id = e.event_id JOIN documents d ON d.doc_key = e.first_doc WHERE e.event_id = ?`, n).
		Scan(&e.ID, &rec, &e.EvidenceText, &e.NumMentions, &e.NumSources, &e.NumArticles, &e.FirstDocID)
	if errors.Is(err, sql.ErrNoRows) {
		return EventDetail{}, fmt.Errorf("event %q: %w", id, ErrNotFound)
	}
	if err != nil {
		return EventDetail{}, fmt.Errorf("event %d: %w", n, err)
	}
	if err := unmarshalRecord(rec, &e.Record); err != nil {
		return EventDetail{}, fmt.Errorf("event %d: %w", n, err)
	}
	det := EventDetail{EventRow: storeRow(e), Sentence: e.EvidenceText}
	det.Highlights = Highlights(e.Record, e.EvidenceText)
	ms, err := s.st.Mentions(ctx, n)
	if err != nil {
		return EventDetail{}, err
	}
	titles := map[string]string{}
	for _, m := range ms {
		title, ok := titles[m.DocID]
		if !ok {
			if d, err := s.st.Document(ctx, m.DocID); err == nil {
				title = d.Title
			}
			titles[m.DocID] = title
		}
		mo := MentionOf{DocID: m.DocID, Title: title, Outlet: m.Outlet, URL: m.URL, Published: m.Published.String()}
		// The store keeps the text of the first evidence only.
		if m.DocID == e.FirstDocID && m.Start == e.Record.Evidence.Start && m.End == e.Record.Evidence.End {
			mo.Sentence, mo.Pattern = e.EvidenceText, e.Record.Evidence.Pattern
		}
		det.Mentions = append(det.Mentions, mo)
	}
	if len(det.Mentions) > 0 {
		det.DocTitle, det.Outlet = det.Mentions[0].Title, det.Mentions[0].Outlet
	}
	det.Mentions = nonNil(det.Mentions)
	return det, nil
}

// names returns the stored names of actor codes.
func (s *SQLStore) names(ctx context.Context, codes []string) (map[string][2]string, error) {
	out := map[string][2]string{}
	for chunk := range slices.Chunk(codes, 500) {
		q := `SELECT code, name, country FROM actors WHERE code IN (?` + strings.Repeat(",?", len(chunk)-1) + `)`
		args := make([]any, len(chunk))
		for i, c := range chunk {
			args[i] = c
		}
		rows, err := s.db.QueryContext(ctx, q, args...)
		if err != nil {
			return nil, err
		}
		for rows.Next() {
			var c, n, ctry string
			if err := rows.Scan(&c, &n, &ctry); err != nil {
				rows.Close()
				return nil, err
			}
			out[c] = [2]string{n, ctry}
		}
		rows.Close()
		if err := rows.Err(); err != nil {
			return nil, err
		}
	}
	return out, nil
}

// periodCond selects rollup rows of the date range of f: the monthly
// rollup when the range is open or whole months, else the daily one.
func periodCond(f Filter, args *[]any) string {
	if f.From == "" && f.To == "" {
		return "grain = 1"
	}
	from, to := day(cmp.Or(f.From, "0001-01-01")), day(cmp.Or(f.To, "9999-12-31"))
	if from.Day() == 1 && to.AddDate(0, 0, 1).Day() == 1 {
		*args = append(*args, store.MonthNumber(from), store.MonthNumber(to))
		return "grain = 1 AND period BETWEEN ? AND ?"
	}
	*args = append(*args, store.DayNumber(from), store.DayNumber(to))
	return "grain = 0 AND period BETWEEN ? AND ?"
}

func prefixCond(col, p string, args *[]any) string {
	*args = append(*args, p, p+"\U0010FFFF")
	return col + " >= ? AND " + col + " < ?"
}

// Actors implements Store, from the actor rollups.
func (s *SQLStore) Actors(ctx context.Context, f Filter, limit int) ([]ActorStat, error) {
	var args []any
	where := periodCond(f, &args)
	if f.Actor != "" {
		where += " AND " + prefixCond("code", f.Actor, &args)
	}
	args = append(args, limit)
	rows, err := s.db.QueryContext(ctx, `SELECT code, sum(CASE WHEN role = 0 THEN n ELSE 0 END), sum(CASE WHEN role = 1 THEN n ELSE 0 END)
		FROM rollup_actor WHERE `+where+` AND code <> '' GROUP BY code HAVING sum(n) > 0 ORDER BY sum(n) DESC, code LIMIT ?`, args...)
	if err != nil {
		return nil, fmt.Errorf("actors: %w", err)
	}
	defer rows.Close()
	var out []ActorStat
	var codes []string
	for rows.Next() {
		var a ActorStat
		if err := rows.Scan(&a.Code, &a.AsSource, &a.AsRecipient); err != nil {
			return nil, err
		}
		out = append(out, a)
		codes = append(codes, a.Code)
	}
	if err := rows.Err(); err != nil {
		return nil, err
	}
	names, err := s.names(ctx, codes)
	if err != nil {
		return nil, err
	}
	for i := range out {
		out[i].Name, out[i].Country = names[out[i].Code][0], names[out[i].Code][1]
	}
	return out, nil
}

// Series implements Store with the store's dyad series; it honours the
// date range, the actor and the recipient of f.
func (s *SQLStore) Series(ctx context.Context, f Filter, iv Interval) ([]SeriesPoint, error) {
	sf := f.toStore()
	pts, err := s.st.DyadSeries(ctx, store.SeriesQuery{From: sf.From, To: sf.To, Actor: sf.Actor, Recipient: sf.Recipient, Grain: store.Grain(iv)})
	if err != nil {
		return nil, err
	}
	out := make([]SeriesPoint, 0, len(pts))
	for _, p := range pts {
		if p.Events == 0 {
			continue
		}
		out = append(out, SeriesPoint{
			Period: p.Period.Format(time.DateOnly), Count: int(p.Events), Goldstein: p.Goldstein,
			Quad: [4]int{int(p.Quad[1]), int(p.Quad[2]), int(p.Quad[3]), int(p.Quad[4])},
		})
	}
	return out, nil
}

// monthRange returns the month numbers of f's date range when it is open
// or made of whole months.
func monthRange(f Filter) (lo, hi int64, ok bool) {
	lo, hi = -1<<40, 1<<40
	if f.From != "" {
		t := day(f.From)
		if t.Day() != 1 {
			return 0, 0, false
		}
		lo = store.MonthNumber(t)
	}
	if f.To != "" {
		t := day(f.To)
		if t.AddDate(0, 0, 1).Day() != 1 {
			return 0, 0, false
		}
		hi = store.MonthNumber(t)
	}
	return lo, hi, true
}

// Network implements Store, from the dyad rollups: spans of whole months
// (all time included) from the in-memory copy of the monthly rollup, other
// spans and dyad filters with SQL.
func (s *SQLStore) Network(ctx context.Context, f Filter, limit int) (Network, error) {
	if lo, hi, ok := monthRange(f); ok && f.Recipient == "" {
		ver, err := s.Version(ctx)
		if err != nil {
			return Network{}, err
		}
		if err := s.dyads.load(ctx, s, ver); err != nil {
			return Network{}, err
		}
		return s.nodesFor(ctx, s.dyads.network(lo, hi, f.Actor, f.QuadClass, limit))
	}
	var args []any
	where := periodCond(f, &args) + " AND src_code <> '' AND tgt_code <> '' AND src_code <> tgt_code"
	if f.Actor != "" {
		var a2 []any
		c1 := prefixCond("src_code", f.Actor, &a2)
		c2 := prefixCond("tgt_code", f.Actor, &a2)
		where += " AND ((" + c1 + ") OR (" + c2 + "))"
		args = append(args, a2...)
	}
	if f.Recipient != "" {
		where += " AND " + prefixCond("tgt_code", f.Recipient, &args)
	}
	count := "n"
	if f.QuadClass >= 1 && f.QuadClass <= 4 {
		count = fmt.Sprintf("q%d", f.QuadClass)
	}
	args = append(args, limit)
	rows, err := s.db.QueryContext(ctx, `SELECT src_code, tgt_code, sum(`+count+`), sum(goldstein * `+count+` / (CASE WHEN n > 1 THEN n ELSE 1 END))
		FROM rollup_dyad WHERE `+where+` GROUP BY src_code, tgt_code HAVING sum(`+count+`) > 0
		ORDER BY sum(`+count+`) DESC, src_code, tgt_code LIMIT ?`, args...)
	if err != nil {
		return Network{}, fmt.Errorf("network: %w", err)
	}
	defer rows.Close()
	var edges []Edge
	for rows.Next() {
		var e Edge
		if err := rows.Scan(&e.Source, &e.Target, &e.Count, &e.Goldstein); err != nil {
			return Network{}, err
		}
		edges = append(edges, e)
	}
	if err := rows.Err(); err != nil {
		return Network{}, err
	}
	return s.nodesFor(ctx, edges)
}

// nodesFor returns the network of edges, with their actors as nodes.
func (s *SQLStore) nodesFor(ctx context.Context, edges []Edge) (Network, error) {
	net := Network{Edges: nonNil(edges), Nodes: []Node{}}
	counts := map[string]int{}
	for _, e := range edges {
		counts[e.Source] += e.Count
		counts[e.Target] += e.Count
	}
	codes := make([]string, 0, len(counts))
	for c := range counts {
		codes = append(codes, c)
	}
	slices.Sort(codes)
	names, err := s.names(ctx, codes)
	if err != nil {
		return Network{}, err
	}
	for _, c := range codes {
		net.Nodes = append(net.Nodes, Node{ID: c, Label: cmp.Or(names[c][0], c), Country: names[c][1], Count: counts[c]})
	}
	return net, nil
}

// eventWhere is the condition of f on the events table "e", with the
// semantics of package store's filters; the words of the sentence are
// looked up in the store's text index (words beginning with them) when
// index is set, and matched as substrings.
func (s *SQLStore) eventWhere(f Filter, args *[]any, index bool) string {
	conds := []string{"1 = 1"} // portable: PostgreSQL wants a boolean
	add := func(c string, a ...any) {
		conds = append(conds, c)
		*args = append(*args, a...)
	}
	if f.From != "" {
		add("e.day >= ?", store.DayNumber(day(f.From)))
	}
	if f.To != "" {
		add("e.day <= ?", store.DayNumber(day(f.To)))
	}
	// With both codes, only the longer (more selective) prefix may use its
	// index; a unary + keeps SQLite, which has no statistics here, off the
	// other one.
	src, tgt := "e.src_code", "e.tgt_code"
	if f.Actor != "" && f.Recipient != "" {
		if len(f.Recipient) > len(f.Actor) {
			src = "+" + src
		} else {
			tgt = "+" + tgt
		}
	}
	if f.Actor != "" {
		conds = append(conds, prefixCond(src, f.Actor, args))
	}
	if f.Recipient != "" {
		conds = append(conds, prefixCond(tgt, f.Recipient, args))
	}
	switch {
	case len(f.CAMEO) == 2:
		add("e.cameo_root = ?", f.CAMEO)
	case f.CAMEO != "":
		conds = append(conds, prefixCond("e.cameo_code", f.CAMEO, args))
	}
	if f.Type != "" {
		add("e.plover_type = ?", f.Type)
	}
	if f.QuadClass != 0 {
		add("e.quad_class = ?", f.QuadClass)
	}
	if f.Country != "" {
		add("(e.loc_country = ? OR e.src_country = ? OR e.tgt_country = ?)", f.Country, f.Country, f.Country)
	}
	if f.Place != "" {
		add("e.loc_name = ? COLLATE NOCASE", f.Place)
	}
	if c, a, ok := store.WordMatch("e", f.Text, s.st.Postgres()); ok && index {
		add(c, a)
	}
	for _, w := range strings.Fields(strings.ToLower(f.Text)) {
		add("instr(lower(e.evidence), ?) > 0", w)
	}
	// Negated events are not filtered here: petrel ingest stores them only
	// when told (--keep-negated), and a condition on them would keep the
	// queries off the covering indexes.
	return strings.Join(conds, " AND ")
}

// Map implements Store.
func (s *SQLStore) Map(ctx context.Context, f Filter, limit int) (MapData, error) {
	if rest := (Filter{From: f.From, To: f.To}); f == rest && !s.st.Postgres() {
		return s.placeMap(ctx, f, limit)
	}
	md := MapData{Countries: []CountryCount{}, Places: []PlaceCount{}}
	var args []any
	where := s.eventWhere(f, &args, true)
	rows, err := s.db.QueryContext(ctx, `SELECT e.loc_country, count(*), sum(e.goldstein) FROM events e
		WHERE `+where+` AND e.loc_country <> '' GROUP BY e.loc_country ORDER BY count(*) DESC, e.loc_country`, args...)
	if err != nil {
		return md, fmt.Errorf("map: %w", err)
	}
	for rows.Next() {
		var c CountryCount
		if err := rows.Scan(&c.Country, &c.Count, &c.Goldstein); err != nil {
			rows.Close()
			return md, err
		}
		md.Countries = append(md.Countries, c)
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return md, err
	}
	args = append(args, limit)
	rows, err = s.db.QueryContext(ctx, `SELECT e.loc_name, e.loc_country, e.lat, e.lon, count(*), sum(e.goldstein) FROM events e
		WHERE `+where+` AND e.lat IS NOT NULL GROUP BY e.loc_name, e.loc_country, e.lat, e.lon ORDER BY count(*) DESC, e.loc_name LIMIT ?`, args...)
	if err != nil {
		return md, fmt.Errorf("map: %w", err)
	}
	defer rows.Close()
	for rows.Next() {
		var p PlaceCount
		if err := rows.Scan(&p.Name, &p.Country, &p.Lat, &p.Lon, &p.Count, &p.Goldstein); err != nil {
			return md, err
		}
		md.Places = append(md.Places, p)
	}
	return md, rows.Err()
}

// placeMap answers a map filtered by dates only from the monthly place
// rollup (rollup_place) for the whole months of the range and from the
// events of its first and last partial months.
func (s *SQLStore) placeMap(ctx context.Context, f Filter, limit int) (MapData, error) {
	lo, hi := store.DayNumber(day(cmp.Or(f.From, "0001-01-01"))), store.DayNumber(day(cmp.Or(f.To, "9999-12-31")))
	type key struct {
		name, country string
		located       bool
		lat, lon      float64
	}
	type val struct {
		n    int
		gold float64
	}
	sums := map[key]*val{}
	add := func(k key, n int, g float64) {
		v := sums[k]
		if v == nil {
			v = &val{}
			sums[k] = v
		}
		v.n += n
		v.gold += g
	}
	// Whole months: mLo..mHi; the days before and after them come from
	// the events.
	loT, hiT := store.DayTime(lo), store.DayTime(hi)
	mLo, mHi := store.MonthNumber(loT), store.MonthNumber(hiT)
	if loT.Day() != 1 {
		mLo++
	}
	if hiT.AddDate(0, 0, 1).Day() != 1 {
		mHi--
	}
	// sum adds the rows of a query selecting name, country, located, lat,
	// lon, events and summed Goldstein.
	sum := func(query string, args ...any) error {
		rows, err := s.db.QueryContext(ctx, query, args...)
		if err != nil {
			return fmt.Errorf("map: %w", err)
		}
		defer rows.Close()
		for rows.Next() {
			var k key
			var n int
			var g float64
			if err := rows.Scan(&k.name, &k.country, &k.located, &k.lat, &k.lon, &n, &g); err != nil {
				return fmt.Errorf("map: %w", err)
			}
			add(k, n, g)
		}
		if err := rows.Err(); err != nil {
			return fmt.Errorf("map: %w", err)
		}
		return nil
	}
	dayRanges := [][2]int64{{lo, hi}}
	if mLo <= mHi {
		dayRanges = [][2]int64{{lo, store.DayNumber(store.MonthTime(mLo)) - 1}, {store.DayNumber(store.MonthTime(mHi + 1)), hi}}
		if err := sum(`SELECT loc_name, loc_country, located, lat, lon, sum(n), sum(goldstein) FROM rollup_place
			WHERE month BETWEEN ? AND ? GROUP BY loc_name, loc_country, located, lat, lon HAVING sum(n) > 0`, mLo, mHi); err != nil {
			return MapData{}, err
		}
	}
	for _, r := range dayRanges {
		if r[0] > r[1] {
			continue
		}
		if err := sum(`SELECT loc_name, loc_country, lat IS NOT NULL, coalesce(lat, 0), coalesce(lon, 0), count(*), sum(goldstein) FROM events
			WHERE day BETWEEN ? AND ? AND (loc_country <> '' OR lat IS NOT NULL) GROUP BY 1, 2, 3, 4, 5`, r[0], r[1]); err != nil {
			return MapData{}, err
		}
	}
	md := MapData{Countries: []CountryCount{}, Places: []PlaceCount{}}
	countries := map[string]int{}
	for k, v := range sums {
		if k.country != "" {
			i, ok := countries[k.country]
			if !ok {
				i = len(md.Countries)
				countries[k.country] = i
				md.Countries = append(md.Countries, CountryCount{Country: k.country})
			}
			md.Countries[i].Count += v.n
			md.Countries[i].Goldstein += v.gold
		}
		if k.located {
			md.Places = append(md.Places, PlaceCount{Name: k.name, Country: k.country, Lat: k.lat, Lon: k.lon, Count: v.n, Goldstein: v.gold})
		}
	}
	slices.SortFunc(md.Countries, func(a, b CountryCount) int {
		return cmp.Or(cmp.Compare(b.Count, a.Count), cmp.Compare(a.Country, b.Country))
	})
	slices.SortFunc(md.Places, func(a, b PlaceCount) int {
		return cmp.Or(cmp.Compare(b.Count, a.Count), cmp.Compare(a.Name, b.Name), cmp.Compare(a.Country, b.Country), cmp.Compare(a.Lat, b.Lat), cmp.Compare(a.Lon, b.Lon))
	})
	if len(md.Places) > limit {
		md.Places = md.Places[:limit]
	}
	return md, nil
}
