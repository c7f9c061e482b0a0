package server

import (
	"cmp"
	"context"
	"encoding/base64"
	"fmt"
	"slices"
	"strings"
	"sync"
	"time"

	"github.com/petrel-events/petrel/doc"
)

// MemStore is an in-memory Store for tests and small corpora. Events of
// different documents with the same actors, recipients, CAMEO root, date
// and country are merged into one event with several mentions, as the
// SQLite store does across outlets. Every query scans all events: fine for
// thousands, not for millions.
type MemStore struct {
	mu     sync.RWMutex
	events []*memEvent // sorted newest first
	byID   map[string]*memEvent
	byKey  map[string]*memEvent
	docs   map[string]*doc.Doc
}

type memEvent struct {
	ev       doc.Event
	mentions []memMention
}

type memMention struct {
	d  *doc.Doc
	ev doc.Evidence
}

// NewMemStore returns an empty MemStore.
func NewMemStore() *MemStore {
	return &MemStore{byID: map[string]*memEvent{}, byKey: map[string]*memEvent{}, docs: map[string]*doc.Doc{}}
}

// AddDoc stores the events of a coded document. Adding a document with an
// id already stored does nothing.
func (m *MemStore) AddDoc(_ context.Context, d *doc.Doc) error {
	m.mu.Lock()
	defer m.mu.Unlock()
	if _, ok := m.docs[d.ID]; ok {
		return nil
	}
	m.docs[d.ID] = d
	for _, e := range d.Events {
		ms := []memMention{{d, e.Evidence}}
		for _, ev := range e.Mentions {
			ms = append(ms, memMention{d, ev})
		}
		key := eventKey(e)
		if me, ok := m.byKey[key]; ok {
			me.mentions = append(me.mentions, ms...)
			continue
		}
		me := &memEvent{ev: e, mentions: ms}
		m.byKey[key] = me
		m.byID[e.ID] = me
		m.events = append(m.events, me)
	}
	slices.SortFunc(m.events, func(a, b *memEvent) int {
		if c := cmp.Compare(b.ev.Date, a.ev.Date); c != 0 {
			return c
		}
		return cmp.Compare(b.ev.ID, a.ev.ID)
	})
	return nil
}

func eventKey(e doc.Event) string {
	var b strings.Builder
	for _, as := range [][]doc.ActorRef{e.Actors, e.Recipients} {
		codes := make([]string, 0, len(as))
		for _, a := range as {
			codes = append(codes, cmp.Or(a.Code, strings.ToLower(a.Text)))
		}
		slices.Sort(codes)
		b.WriteString(strings.Join(codes, ",") + ";")
	}
	country := ""
	if e.Location != nil {
		country = e.Location.Country
	}
	fmt.Fprintf(&b, "%s;%s;%s", e.CAMEO.Root, e.Date, country)
	return b.String()
}

func (m *MemStore) match(f Filter, e *memEvent) bool {
	ev := &e.ev
	if !f.KeepNegated && ev.Modality.Negated {
		return false
	}
	if f.From != "" && ev.Date < f.From {
		return false
	}
	if f.To != "" && ev.Date > f.To && !strings.HasPrefix(ev.Date, f.To) {
		return false
	}
	if f.Actor != "" && !anyPrefix(ev.Actors, f.Actor) {
		return false
	}
	if f.Recipient != "" && !anyPrefix(ev.Recipients, f.Recipient) {
		return false
	}
	if f.CAMEO != "" && !strings.HasPrefix(ev.CAMEO.Code, f.CAMEO) {
		return false
	}
	if f.Type != "" && !strings.EqualFold(ev.PLOVER.Type, f.Type) {
		return false
	}
	if f.QuadClass != 0 && ev.CAMEO.QuadClass != f.QuadClass {
		return false
	}
	if f.Country != "" && (ev.Location == nil || !strings.EqualFold(ev.Location.Country, f.Country)) {
		return false
	}
	if f.Place != "" && (ev.Location == nil || !strings.EqualFold(ev.Location.Name, f.Place)) {
		return false
	}
	if f.Text != "" {
		s := strings.ToLower(sentenceOf(e.mentions[0]))
		for _, w := range strings.Fields(strings.ToLower(f.Text)) {
			if !strings.Contains(s, w) {
				return false
			}
		}
	}
	return true
}

func anyPrefix(as []doc.ActorRef, p string) bool {
	for _, a := range as {
		if a.Code != "" && strings.HasPrefix(a.Code, strings.ToUpper(p)) {
			return true
		}
	}
	return false
}

func sentenceOf(m memMention) string {
	return m.d.Surface(doc.Span{Start: m.ev.Start, End: m.ev.End})
}

// Events implements Store.
func (m *MemStore) Events(ctx context.Context, q EventQuery) (EventPage, error) {
	m.mu.RLock()
	defer m.mu.RUnlock()
	var after struct{ date, id string }
	if q.Cursor != "" {
		b, err := base64.RawURLEncoding.DecodeString(q.Cursor)
		if err != nil {
			return EventPage{}, fmt.Errorf("bad cursor: %w", ErrBadRequest)
		}
		date, id, ok := strings.Cut(string(b), "\x00")
		if !ok {
			return EventPage{}, fmt.Errorf("bad cursor: %w", ErrBadRequest)
		}
		after.date, after.id = date, id
	}
	page := EventPage{Events: []EventRow{}}
	for _, e := range m.events {
		if q.Cursor != "" && (e.ev.Date > after.date || e.ev.Date == after.date && e.ev.ID >= after.id) {
			continue
		}
		if !m.match(q.Filter, e) {
			continue
		}
		if len(page.Events) == q.Limit {
			last := page.Events[len(page.Events)-1]
			page.Next = base64.RawURLEncoding.EncodeToString([]byte(last.Date + "\x00" + last.ID))
			break
		}
		page.Events = append(page.Events, e.row())
	}
	return page, ctx.Err()
}

func (e *memEvent) row() EventRow {
	outlets := map[string]bool{}
	for _, m := range e.mentions {
		outlets[cmp.Or(m.d.Source, m.d.ID)] = true
	}
	d := e.mentions[0].d
	return EventRow{Event: e.ev, Sources: len(outlets), NumMentions: len(e.mentions), DocTitle: d.Title, Outlet: d.Source}
}

// Event implements Store.
func (m *MemStore) Event(_ context.Context, id string) (EventDetail, error) {
	m.mu.RLock()
	defer m.mu.RUnlock()
	e, ok := m.byID[id]
	if !ok {
		return EventDetail{}, fmt.Errorf("event %q: %w", id, ErrNotFound)
	}
	det := EventDetail{EventRow: e.row()}
	first := e.mentions[0]
	det.Sentence = sentenceOf(first)
	det.Highlights = Highlights(e.ev, det.Sentence)
	for _, mm := range e.mentions {
		det.Mentions = append(det.Mentions, MentionOf{
			DocID: mm.d.ID, Title: mm.d.Title, Outlet: mm.d.Source, URL: mm.d.URL,
			Published: mm.d.Published.String(), Sentence: sentenceOf(mm), Pattern: mm.ev.Pattern,
		})
	}
	return det, nil
}

// Highlights returns the actor, recipient, trigger and quote spans of an
// event's evidence sentence, relative to the sentence's start; sentence is
// the text of the evidence span (Evidence.Start to Evidence.End).
func Highlights(e doc.Event, sentence string) []Highlight {
	ev := e.Evidence
	var hs []Highlight
	add := func(role string, start, end int) {
		start, end = start-ev.Start, end-ev.Start
		if start < 0 || end > len(sentence) || start >= end {
			return
		}
		hs = append(hs, Highlight{Role: role, Start: start, End: end, Text: sentence[start:end]})
	}
	if e.Quote != nil {
		add("quote", e.Quote.Start, e.Quote.End)
	}
	for _, a := range e.Actors {
		add("actor", a.Start, a.End)
	}
	for _, a := range e.Recipients {
		add("recipient", a.Start, a.End)
	}
	add("trigger", ev.Trigger.Start, ev.Trigger.End)
	slices.SortStableFunc(hs, func(a, b Highlight) int { return cmp.Compare(a.Start, b.Start) })
	return hs
}

// Actors implements Store.
func (m *MemStore) Actors(ctx context.Context, f Filter, limit int) ([]ActorStat, error) {
	m.mu.RLock()
	defer m.mu.RUnlock()
	stats := map[string]*ActorStat{}
	get := func(a doc.ActorRef, date string) *ActorStat {
		s, ok := stats[a.Code]
		if !ok {
			s = &ActorStat{Code: a.Code, Name: a.Name, Country: a.Country, First: date, Last: date}
			stats[a.Code] = s
		}
		s.First, s.Last = min(s.First, date), max(s.Last, date)
		return s
	}
	af := f
	af.Actor, af.Recipient = "", ""
	for _, e := range m.events {
		if !m.match(af, e) {
			continue
		}
		for _, a := range e.ev.Actors {
			if a.Code != "" && (f.Actor == "" || strings.HasPrefix(a.Code, strings.ToUpper(f.Actor))) {
				get(a, e.ev.Date).AsSource++
			}
		}
		for _, a := range e.ev.Recipients {
			if a.Code != "" && (f.Actor == "" || strings.HasPrefix(a.Code, strings.ToUpper(f.Actor))) {
				get(a, e.ev.Date).AsRecipient++
			}
		}
	}
	out := make([]ActorStat, 0, len(stats))
	for _, s := range stats {
		out = append(out, *s)
	}
	slices.SortFunc(out, func(a, b ActorStat) int {
		if c := cmp.Compare(b.AsSource+b.AsRecipient, a.AsSource+a.AsRecipient); c != 0 {
			return c
		}
		return cmp.Compare(a.Code, b.Code)
	})
	if len(out) > limit {
		out = out[:limit]
	}
	return out, ctx.Err()
}

// Period returns the first day of the period of an ISO date ("2025-09-05",
// or coarser "2025-09").
func Period(date string, iv Interval) (string, bool) {
	t, err := time.Parse(time.DateOnly, date)
	if err != nil {
		if t, err = time.Parse("2006-01", date); err != nil {
			return "", false
		}
		if iv != Month {
			return "", false
		}
	}
	switch iv {
	case Week:
		wd := (int(t.Weekday()) + 6) % 7 // Monday = 0
		t = t.AddDate(0, 0, -wd)
	case Month:
		t = time.Date(t.Year(), t.Month(), 1, 0, 0, 0, 0, time.UTC)
	}
	return t.Format(time.DateOnly), true
}

// Series implements Store.
func (m *MemStore) Series(ctx context.Context, f Filter, iv Interval) ([]SeriesPoint, error) {
	m.mu.RLock()
	defer m.mu.RUnlock()
	pts := map[string]*SeriesPoint{}
	for _, e := range m.events {
		if !m.match(f, e) {
			continue
		}
		p, ok := Period(e.ev.Date, iv)
		if !ok {
			continue
		}
		sp, ok := pts[p]
		if !ok {
			sp = &SeriesPoint{Period: p}
			pts[p] = sp
		}
		sp.Count++
		if q := e.ev.CAMEO.QuadClass; q >= 1 && q <= 4 {
			sp.Quad[q-1]++
		}
		sp.Goldstein += e.ev.CAMEO.Goldstein
	}
	out := make([]SeriesPoint, 0, len(pts))
	for _, p := range pts {
		out = append(out, *p)
	}
	slices.SortFunc(out, func(a, b SeriesPoint) int { return cmp.Compare(a.Period, b.Period) })
	return out, ctx.Err()
}

// Network implements Store.
func (m *MemStore) Network(ctx context.Context, f Filter, limit int) (Network, error) {
	m.mu.RLock()
	defer m.mu.RUnlock()
	nodes := map[string]*Node{}
	edges := map[[2]string]*Edge{}
	for _, e := range m.events {
		if !m.match(f, e) {
			continue
		}
		for _, a := range e.ev.Actors {
			for _, r := range e.ev.Recipients {
				if a.Code == "" || r.Code == "" || a.Code == r.Code {
					continue
				}
				for _, x := range []doc.ActorRef{a, r} {
					n, ok := nodes[x.Code]
					if !ok {
						n = &Node{ID: x.Code, Label: cmp.Or(x.Name, x.Code), Country: x.Country}
						nodes[x.Code] = n
					}
					n.Count++
				}
				k := [2]string{a.Code, r.Code}
				ed, ok := edges[k]
				if !ok {
					ed = &Edge{Source: a.Code, Target: r.Code}
					edges[k] = ed
				}
				ed.Count++
				ed.Goldstein += e.ev.CAMEO.Goldstein
			}
		}
	}
	var net Network
	for _, e := range edges {
		net.Edges = append(net.Edges, *e)
	}
	slices.SortFunc(net.Edges, func(a, b Edge) int {
		if c := cmp.Compare(b.Count, a.Count); c != 0 {
			return c
		}
		return cmp.Compare(a.Source+" "+a.Target, b.Source+" "+b.Target)
	})
	if len(net.Edges) > limit {
		net.Edges = net.Edges[:limit]
	}
	keep := map[string]bool{}
	for _, e := range net.Edges {
		keep[e.Source], keep[e.Target] = true, true
	}
	for id, n := range nodes {
		if keep[id] {
			net.Nodes = append(net.Nodes, *n)
		}
	}
	slices.SortFunc(net.Nodes, func(a, b Node) int { return cmp.Compare(a.ID, b.ID) })
	net.Nodes, net.Edges = nonNil(net.Nodes), nonNil(net.Edges)
	return net, ctx.Err()
}

// Map implements Store.
func (m *MemStore) Map(ctx context.Context, f Filter, limit int) (MapData, error) {
	m.mu.RLock()
	defer m.mu.RUnlock()
	countries := map[string]*CountryCount{}
	places := map[string]*PlaceCount{}
	for _, e := range m.events {
		l := e.ev.Location
		if l == nil || !m.match(f, e) {
			continue
		}
		if l.Country != "" {
			c, ok := countries[l.Country]
			if !ok {
				c = &CountryCount{Country: l.Country}
				countries[l.Country] = c
			}
			c.Count++
			c.Goldstein += e.ev.CAMEO.Goldstein
		}
		if l.Lat != 0 || l.Lon != 0 {
			k := fmt.Sprintf("%s|%.4f|%.4f", l.Name, l.Lat, l.Lon)
			p, ok := places[k]
			if !ok {
				p = &PlaceCount{Name: cmp.Or(l.Name, l.Text), Country: l.Country, Lat: l.Lat, Lon: l.Lon}
				places[k] = p
			}
			p.Count++
			p.Goldstein += e.ev.CAMEO.Goldstein
		}
	}
	md := MapData{Countries: []CountryCount{}, Places: []PlaceCount{}}
	for _, c := range countries {
		md.Countries = append(md.Countries, *c)
	}
	for _, p := range places {
		md.Places = append(md.Places, *p)
	}
	slices.SortFunc(md.Countries, func(a, b CountryCount) int {
		return cmp.Or(cmp.Compare(b.Count, a.Count), cmp.Compare(a.Country, b.Country))
	})
	slices.SortFunc(md.Places, func(a, b PlaceCount) int {
		return cmp.Or(cmp.Compare(b.Count, a.Count), cmp.Compare(a.Name, b.Name))
	})
	if len(md.Places) > limit {
		md.Places = md.Places[:limit]
	}
	return md, ctx.Err()
}

func nonNil[T any](s []T) []T {
	if s == nil {
		return []T{}
	}
	return s
}
