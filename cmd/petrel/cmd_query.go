package main

import (
	"bufio"
	"context"
	"encoding/csv"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"strconv"
	"strings"
	"text/tabwriter"
	"time"
	"unicode/utf8"

	"github.com/spf13/cobra"

	"github.com/petrel-events/petrel/doc"
	"github.com/petrel-events/petrel/export"
	"github.com/petrel-events/petrel/store"
)

// queryFlags are the filters and outputs of petrel query.
type queryFlags struct {
	from, to, actor, recipient, cameo, plover, country, place, near, text, modality string
	quad                                                                            int
	oneADay                                                                         bool
	limit                                                                           int
	format, agg, grain, role, output                                                string
	// mentions is the GDELT mentions table's file (--format gdelt).
	mentions string
}

func (q *queryFlags) register(cmd *cobra.Command) {
	fl := cmd.Flags()
	fl.StringVar(&q.from, "from", "", "first event day (YYYY-MM-DD)")
	fl.StringVar(&q.to, "to", "", "last event day (YYYY-MM-DD)")
	fl.StringVar(&q.actor, "actor", "", "source actor code; a prefix when it ends in * (USA*)")
	fl.StringVar(&q.recipient, "recipient", "", "target actor code; a prefix when it ends in *")
	fl.StringVar(&q.cameo, "cameo", "", "CAMEO code or root (a prefix of the code: 19, 190, 1831)")
	fl.StringVar(&q.plover, "plover", "", "PLOVER event type (PROTEST, ASSAULT...)")
	fl.IntVar(&q.quad, "quad", 0, "QuadClass 1-4 (verbal/material cooperation, verbal/material conflict)")
	fl.StringVar(&q.country, "country", "", "ISO 3166 alpha-3 country of the location, the source or the target")
	fl.StringVar(&q.place, "place", "", "location name")
	fl.StringVar(&q.near, "near", "", "LAT,LON,KM: events located within KM kilometres of a point")
	fl.StringVar(&q.text, "text", "", "text in the evidence (case-insensitive)")
	fl.StringVar(&q.modality, "modality", "", "asserted, negated, hypothetical, future or reported")
	fl.BoolVar(&q.oneADay, "one-a-day", false, "Phoenix filter: one event per day, source, target and CAMEO code")
	fl.IntVar(&q.limit, "limit", store.DefaultLimit, "most events or rows to print (-1: all)")
	fl.StringVarP(&q.format, "format", "f", "table", "output: table, jsonl or csv; for events also plover (PLOVER JSON lines) or gdelt (GDELT 2.0 event TSV); both leave out negated events unless --modality negated")
	fl.StringVar(&q.mentions, "mentions", "", "with --format gdelt: also write the GDELT mentions table (every stored mention) to this file")
	fl.StringVar(&q.agg, "agg", "", "aggregate instead of events: dyad (time series), top-actors or cci (conflict-cooperation index per country pair)")
	fl.StringVar(&q.grain, "grain", "day", "period of --agg dyad: day, week or month")
	fl.StringVar(&q.role, "role", "", "actors of --agg top-actors: source, target or both (default)")
	fl.StringVarP(&q.output, "output", "o", "-", "output file (- for standard output)")
}

func parseDay(name, s string) (time.Time, error) {
	if s == "" {
		return time.Time{}, nil
	}
	t, err := time.Parse(time.DateOnly, s)
	if err != nil {
		return t, fmt.Errorf("--%s: want YYYY-MM-DD: %w", name, err)
	}
	return t, nil
}

// filter turns the flags into a store filter.
func (q *queryFlags) filter() (store.Filter, error) {
	f := store.Filter{Actor: q.actor, Recipient: q.recipient, CAMEO: q.cameo, PLOVER: q.plover, QuadClass: q.quad,
		Country: q.country, Place: q.place, Text: q.text, Modality: q.modality}
	var err error
	if f.From, err = parseDay("from", q.from); err != nil {
		return f, err
	}
	if f.To, err = parseDay("to", q.to); err != nil {
		return f, err
	}
	if q.quad < 0 || q.quad > 4 {
		return f, fmt.Errorf("--quad %d: want 1 to 4", q.quad)
	}
	if q.near != "" {
		parts := strings.Split(q.near, ",")
		var v [3]float64
		if len(parts) != 3 {
			return f, fmt.Errorf("--near %q: want LAT,LON,KM", q.near)
		}
		for i, p := range parts {
			if v[i], err = strconv.ParseFloat(strings.TrimSpace(p), 64); err != nil {
				return f, fmt.Errorf("--near %q: want LAT,LON,KM: %w", q.near, err)
			}
		}
		f.Near = &store.Circle{Lat: v[0], Lon: v[1], RadiusKm: v[2]}
	}
	return f, nil
}

func newQueryCmd() *cobra.Command {
	var (
		q  queryFlags
		sf storeFlags
	)
	cmd := &cobra.Command{
		Use: "query [flags]",
		Example: `  petrel query --actor 'RUS*' --from 2025-09-01 --cameo 19
  petrel query --text ceasefire --limit 20 -f jsonl
  petrel query --agg dyad --actor 'RUS*' --recipient 'UKR*' --grain week -f csv
  petrel query --agg top-actors --from 2025-01-01
  petrel query --agg cci --country UKR
  petrel query --format gdelt --limit -1 -o events.tsv --mentions mentions.tsv`,
		Short: "Ask the event database for events or aggregates",
		Long: `Query prints the stored events that match the filters (most recent first), or
with --agg an aggregate: a dyad time series (events, Goldstein sum and
QuadClass counts per day, week or month; --actor and --recipient select the
dyad), the top actors, or the conflict-cooperation index of country pairs
((cooperative - conflictual events) / events; --country selects the pairs).
Aggregates read the rollup tables kept at ingest and honour --from and --to
only (plus the options named above).`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			ctx := cmd.Context()
			if ctx == nil {
				ctx = context.Background()
			}
			if err := checkFormat(q.format, []string{"table", "jsonl", "csv", "plover", "gdelt"}); err != nil {
				return err
			}
			if exportFormat(q.format) && q.agg != "" {
				return fmt.Errorf("--format %s writes events; aggregates (--agg) print as table, jsonl or csv", q.format)
			}
			if q.mentions != "" && q.format != "gdelt" {
				return fmt.Errorf("--mentions needs --format gdelt")
			}
			f, err := q.filter()
			if err != nil {
				return err
			}
			log, err := newLogger(cmd)
			if err != nil {
				return err
			}
			st, err := sf.open(ctx, log, true)
			if err != nil {
				return err
			}
			defer st.Close()
			if n, _, err := st.LogPending(ctx); err == nil && n > 0 {
				log.Warn("documents appended to the ingest log are not stored yet and not in these results: run petrel db compact", "pending_documents", n)
			}
			out, closeOut, err := openOutput(q.output, cmd.OutOrStdout())
			if err != nil {
				return err
			}
			bw := bufio.NewWriter(out)
			err = q.run(ctx, st, f, bw)
			if ferr := bw.Flush(); err == nil {
				err = ferr
			}
			if cerr := closeOut(); err == nil {
				err = cerr
			}
			return err
		},
	}
	q.register(cmd)
	sf.register(cmd, false)
	return cmd
}

// run answers the query on st and writes the result to w.
func (q *queryFlags) run(ctx context.Context, st store.Store, f store.Filter, w io.Writer) error {
	limit := q.limit
	var header []string
	var rows [][]string
	var records []any
	switch q.agg {
	case "":
		if exportFormat(q.format) {
			return q.export(ctx, st, f, w)
		}
		evs, err := st.Events(ctx, store.Query{Filter: f, Limit: limit, OneADay: q.oneADay})
		if err != nil {
			return err
		}
		header = []string{"id", "day", "source", "target", "cameo", "quad", "goldstein", "plover", "location", "mentions", "sources", "articles", "evidence"}
		if q.format == "csv" {
			header = eventCSVHeader
		}
		for _, e := range evs {
			records = append(records, e)
			if q.format == "csv" {
				rows = append(rows, eventCSVRow(e))
				continue
			}
			r := e.Record
			loc := ""
			if r.Location != nil {
				loc = r.Location.Name
			}
			rows = append(rows, []string{strconv.FormatInt(e.ID, 10), e.Day.Format(time.DateOnly), firstCode(r.Actors), firstCode(r.Recipients),
				r.CAMEO.Code, strconv.Itoa(r.CAMEO.QuadClass), fmtFloat(r.CAMEO.Goldstein), r.PLOVER.Type, loc,
				strconv.Itoa(e.NumMentions), strconv.Itoa(e.NumSources), strconv.Itoa(e.NumArticles), abbreviate(e.EvidenceText, 70)})
		}
	case "dyad":
		pts, err := st.DyadSeries(ctx, store.SeriesQuery{From: f.From, To: f.To, Actor: f.Actor, Recipient: f.Recipient, Grain: store.Grain(q.grain)})
		if err != nil {
			return err
		}
		header = []string{"period", "events", "goldstein", "quad1", "quad2", "quad3", "quad4"}
		for _, p := range pts {
			records = append(records, p)
			rows = append(rows, []string{p.Period.Format(time.DateOnly), strconv.FormatInt(p.Events, 10), fmtFloat(p.Goldstein),
				strconv.FormatInt(p.Quad[1], 10), strconv.FormatInt(p.Quad[2], 10), strconv.FormatInt(p.Quad[3], 10), strconv.FormatInt(p.Quad[4], 10)})
		}
	case "top-actors":
		role := store.Role(q.role)
		if q.role == "both" {
			role = store.AnyRole
		}
		if limit == store.DefaultLimit {
			limit = 10
		}
		as, err := st.TopActors(ctx, store.TopQuery{From: f.From, To: f.To, Role: role, Limit: limit})
		if err != nil {
			return err
		}
		header = []string{"code", "name", "country", "events"}
		for _, a := range as {
			records = append(records, a)
			rows = append(rows, []string{a.Code, a.Name, a.Country, strconv.FormatInt(a.Events, 10)})
		}
	case "cci":
		if limit == store.DefaultLimit {
			limit = 20
		}
		ps, err := st.ConflictIndex(ctx, store.IndexQuery{From: f.From, To: f.To, Country: f.Country, Limit: limit})
		if err != nil {
			return err
		}
		header = []string{"source", "target", "events", "cooperation", "conflict", "index", "goldstein_mean"}
		for _, p := range ps {
			records = append(records, p)
			rows = append(rows, []string{p.Source, p.Target, strconv.FormatInt(p.Events, 10), strconv.FormatInt(p.Cooperation, 10),
				strconv.FormatInt(p.Conflict, 10), fmt.Sprintf("%.3f", p.Index), fmt.Sprintf("%.2f", p.Goldstein)})
		}
	default:
		return fmt.Errorf("unknown --agg %q: want dyad, top-actors or cci", q.agg)
	}
	switch q.format {
	case "jsonl":
		enc := json.NewEncoder(w)
		enc.SetEscapeHTML(false)
		for _, r := range records {
			if err := enc.Encode(r); err != nil {
				return err
			}
		}
		return nil
	case "csv":
		cw := csv.NewWriter(w)
		cw.Write(header)
		cw.WriteAll(rows)
		return cw.Error()
	}
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', 0)
	fmt.Fprintln(tw, strings.Join(header, "\t"))
	for _, r := range rows {
		fmt.Fprintln(tw, strings.Join(r, "\t"))
	}
	if len(rows) == 0 {
		fmt.Fprintln(tw, "(nothing matches)")
	}
	return tw.Flush()
}

// eventCSVHeader are the columns of stored events in CSV.
var eventCSVHeader = []string{"global_event_id", "day", "date", "date_precision", "source_code", "source_country", "target_code", "target_country",
	"cameo_code", "cameo_root", "quad_class", "goldstein", "plover_type", "plover_mode", "negated", "hypothetical", "future", "reported",
	"location", "location_country", "lat", "lon", "num_mentions", "num_sources", "num_articles", "first_doc_id", "evidence"}

func eventCSVRow(e store.Event) []string {
	r := e.Record
	var loc, locC, lat, lon string
	if l := r.Location; l != nil {
		loc, locC = l.Name, l.Country
		if l.Lat != 0 || l.Lon != 0 {
			lat, lon = fmtFloat(l.Lat), fmtFloat(l.Lon)
		}
	}
	srcC, tgtC := "", ""
	if len(r.Actors) > 0 {
		srcC = r.Actors[0].Country
	}
	if len(r.Recipients) > 0 {
		tgtC = r.Recipients[0].Country
	}
	return []string{strconv.FormatInt(e.ID, 10), e.Day.Format(time.DateOnly), r.Date, r.DatePrecision, firstCode(r.Actors), srcC, firstCode(r.Recipients), tgtC,
		r.CAMEO.Code, r.CAMEO.Root, strconv.Itoa(r.CAMEO.QuadClass), fmtFloat(r.CAMEO.Goldstein), r.PLOVER.Type, r.PLOVER.Mode,
		strconv.FormatBool(r.Modality.Negated), strconv.FormatBool(r.Modality.Hypothetical), strconv.FormatBool(r.Modality.Future), strconv.FormatBool(r.Modality.Reported),
		loc, locC, lat, lon, strconv.Itoa(e.NumMentions), strconv.Itoa(e.NumSources), strconv.Itoa(e.NumArticles), e.FirstDocID, e.EvidenceText}
}

func firstCode(list []doc.ActorRef) string {
	if len(list) == 0 {
		return ""
	}
	return list[0].Code
}

func fmtFloat(v float64) string { return strconv.FormatFloat(v, 'f', -1, 64) }

// abbreviate shortens s to about n bytes on a rune boundary, with "…".
func abbreviate(s string, n int) string {
	s = strings.Join(strings.Fields(s), " ")
	if len(s) <= n {
		return s
	}
	for n > 0 && !utf8.RuneStart(s[n]) {
		n--
	}
	return s[:n] + "…"
}

// exportFormat reports whether format is written by package export.
func exportFormat(format string) bool { return format == "plover" || format == "gdelt" }

// export writes the events matching f with the writers of package export
// (the same as petrel code --format), each with every stored mention, so
// that GDELT's NumMentions, NumSources and NumArticles count across outlets.
func (q *queryFlags) export(ctx context.Context, st store.Store, f store.Filter, w io.Writer) (err error) {
	opt, err := exportOptions(f.Modality == "negated")
	if err != nil {
		return err
	}
	if q.mentions != "" {
		mf, cerr := os.Create(q.mentions)
		if cerr != nil {
			return fmt.Errorf("mentions: %w", cerr)
		}
		mw := bufio.NewWriter(mf)
		defer func() {
			// A mentions file that could not be written in full is an error.
			if ferr := mw.Flush(); err == nil && ferr != nil {
				err = fmt.Errorf("mentions: %w", ferr)
			}
			if cerr := mf.Close(); err == nil && cerr != nil {
				err = fmt.Errorf("mentions: %w", cerr)
			}
		}()
		opt.Mentions = mw
	}
	ew, err := export.New(q.format, w, opt)
	if err != nil {
		return err
	}
	evs, err := st.Events(ctx, store.Query{Filter: f, Limit: q.limit, OneADay: q.oneADay})
	if err != nil {
		return err
	}
	docs := map[string]export.DocMeta{}
	docMeta := func(id string) (export.DocMeta, error) {
		if m, ok := docs[id]; ok {
			return m, nil
		}
		d, err := st.Document(ctx, id)
		if err != nil {
			return export.DocMeta{}, fmt.Errorf("document %s: %w", id, err)
		}
		m := export.DocMeta{ID: d.ID, URL: d.URL, Source: d.Outlet, Title: d.Title, Lang: d.Lang, Published: d.Published, Tone: d.Tone}
		docs[id] = m
		return m, nil
	}
	for _, e := range evs {
		first, err := docMeta(e.FirstDocID)
		if err != nil {
			return err
		}
		ms, err := st.Mentions(ctx, e.ID)
		if err != nil {
			return err
		}
		rec := export.Record{Event: e.Record, Doc: first, Added: e.Added, Mentions: make([]export.Mention, 0, len(ms))}
		for _, m := range ms {
			md, err := docMeta(m.DocID)
			if err != nil {
				return err
			}
			rec.Mentions = append(rec.Mentions, export.Mention{Doc: md,
				Evidence: doc.Evidence{Start: m.Start, End: m.End, Sentence: m.Sentence},
				Actor:    -1, Recipient: -1, Added: e.Added})
		}
		if err := ew.Write(rec); err != nil {
			return err
		}
	}
	return ew.Flush()
}
