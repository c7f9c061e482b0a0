package export

import (
	"bufio"
	_ "embed"
	"fmt"
	"io"
	"strconv"
	"strings"
	"sync"
	"time"

	"github.com/petrel-events/petrel/actorcode"
	"github.com/petrel-events/petrel/doc"
	"github.com/petrel-events/petrel/internal/tsv"
)

// GDELT table widths (GDELT Event Codebook V2.0).
const (
	GDELTEventColumns   = 61
	GDELTMentionColumns = 16
)

//go:embed data/fips.tsv
var fipsTSV []byte

//go:embed data/gdelt_roles.tsv
var rolesTSV []byte

// gdeltTables are the embedded lookups of the GDELT writer.
type gdeltTables struct {
	fips  map[string]string // ISO alpha-3 → FIPS 10-4
	roles map[string]string // sector block → "religion" | "ethnic"
}

// tables loads the embedded lookups once; they are never modified.
var tables = sync.OnceValues(loadGDELTTables)

// gdeltRoles returns the religion and ethnic sector blocks.
func gdeltRoles() (map[string]string, error) {
	t, err := tables()
	if err != nil {
		return nil, err
	}
	return t.roles, nil
}

func loadGDELTTables() (*gdeltTables, error) {
	t := &gdeltTables{fips: map[string]string{}, roles: map[string]string{}}
	err := tsv.Rows("export/data/fips.tsv", fipsTSV, func(_ int, f []string) error {
		if len(f) != 2 || len(f[0]) != 3 || len(f[1]) != 2 {
			return fmt.Errorf("want iso3<TAB>fips, got %q", f)
		}
		t.fips[f[0]] = f[1]
		return nil
	})
	if err != nil {
		return nil, err
	}
	err = tsv.Rows("export/data/gdelt_roles.tsv", rolesTSV, func(_ int, f []string) error {
		if len(f) != 2 || (f[1] != "religion" && f[1] != "ethnic") {
			return fmt.Errorf("want code<TAB>religion|ethnic, got %q", f)
		}
		if !actorcode.IsSector(f[0]) {
			return fmt.Errorf("%s is not a sector block of actorcode", f[0])
		}
		t.roles[f[0]] = f[1]
		return nil
	})
	return t, err
}

// GDELTWriter writes the GDELT 2.0 event table (61 tab-separated columns,
// no header) and, when Options.Mentions is set, the mentions table (16
// columns). Each actor–recipient dyad of an event is one row; the rows are
// numbered from NextID (GLOBALEVENTID), and the mentions rows refer to
// those numbers.
type GDELTWriter struct {
	w, mentions io.Writer
	opt         Options
	tab         *gdeltTables
	err         error
	// NextID is the GLOBALEVENTID of the next row (1 at first). A store
	// exporting in several runs sets it to continue a numbering.
	NextID int64
	row    []string
	buf    []byte
}

// NewGDELTWriter returns a GDELTWriter on w.
func NewGDELTWriter(w io.Writer, opt Options) *GDELTWriter {
	tab, err := tables()
	return &GDELTWriter{w: w, mentions: opt.Mentions, opt: opt, tab: tab, err: err, NextID: 1,
		row: make([]string, GDELTEventColumns)}
}

// Write writes the rows of r's dyads, and their mentions. Negated events
// are skipped unless Options.KeepNegated.
func (g *GDELTWriter) Write(r Record) error {
	if g.err != nil {
		return g.err
	}
	if r.Event.Modality.Negated && !g.opt.KeepNegated {
		return nil
	}
	ms := r.mentions()
	var mrows [][]string // the mention rows, the same for every dyad but the id
	if g.mentions != nil {
		mrows = make([][]string, len(ms))
		for i := range ms {
			mrows[i] = g.mentionRow(&r, &ms[i])
		}
	}
	for _, d := range dyads(&r.Event) {
		id := strconv.FormatInt(g.NextID, 10)
		g.NextID++
		g.eventRow(id, &r, ms, d)
		if err := g.emit(g.w, g.row); err != nil {
			return err
		}
		for _, row := range mrows {
			row[0] = id
			if err := g.emit(g.mentions, row); err != nil {
				return err
			}
		}
	}
	return nil
}

// Flush does nothing: rows are written as they come.
func (g *GDELTWriter) Flush() error { return g.err }

func (g *GDELTWriter) emit(w io.Writer, row []string) error {
	g.buf = g.buf[:0]
	for i, f := range row {
		if i > 0 {
			g.buf = append(g.buf, '\t')
		}
		g.buf = appendField(g.buf, f)
	}
	g.buf = append(g.buf, '\n')
	if _, err := w.Write(g.buf); err != nil {
		return fmt.Errorf("gdelt: %w", err)
	}
	return nil
}

// appendField appends f with tabs and line breaks turned into spaces.
func appendField(b []byte, f string) []byte {
	if !strings.ContainsAny(f, "\t\n\r") {
		return append(b, f...)
	}
	for _, c := range []byte(f) {
		if c == '\t' || c == '\n' || c == '\r' {
			c = ' '
		}
		b = append(b, c)
	}
	return b
}

const gdeltStamp = "20060102150405"

// batch returns t in UTC truncated to GDELT's 15-minute batches, as
// YYYYMMDDHHMMSS, or "" for the zero time.
func batch(t time.Time) string {
	if t.IsZero() {
		return ""
	}
	return t.UTC().Truncate(15 * time.Minute).Format(gdeltStamp)
}

func (g *GDELTWriter) eventRow(id string, r *Record, ms []Mention, d dyad) {
	row := g.row
	for i := range row {
		row[i] = ""
	}
	e := &r.Event
	row[0] = id
	if day, err := time.Parse(time.DateOnly, fullDate(e, r.Doc)); err == nil {
		row[1] = day.Format("20060102")
		row[2] = day.Format("200601")
		row[3] = day.Format("2006")
		// GDELT's FractionDate: YEAR + (MONTH*30 + DAY)/365.
		frac := float64(day.Year()) + float64(int(day.Month())*30+day.Day())/365
		row[4] = strconv.FormatFloat(frac, 'f', 4, 64)
	}
	g.actorColumns(row[5:15], d.actor)
	g.actorColumns(row[15:25], d.recipient)
	row[25] = boolCol(e.Evidence.Sentence == 0)
	code := e.CAMEO.Code
	row[26] = code
	if len(code) > 3 {
		row[27] = code[:3]
	} else {
		row[27] = code
	}
	row[28] = e.CAMEO.Root
	if row[28] == "" && len(code) >= 2 {
		row[28] = code[:2]
	}
	if e.CAMEO.QuadClass > 0 {
		row[29] = strconv.Itoa(e.CAMEO.QuadClass)
	}
	if code != "" {
		row[30] = strconv.FormatFloat(e.CAMEO.Goldstein, 'f', -1, 64)
	}
	nm, ns, na, tone := counts(ms)
	row[31], row[32], row[33] = strconv.Itoa(nm), strconv.Itoa(ns), strconv.Itoa(na)
	row[34] = tone
	// Actor1Geo (35–42) and Actor2Geo (43–50): petrel does not place actors.
	row[35], row[43] = "0", "0"
	g.geoColumns(row[51:59], e.Location, r.Place)
	row[59] = batch(r.added())
	row[60] = r.Doc.identifier()
}

// actorColumns fills Code, Name, CountryCode, KnownGroupCode, EthnicCode,
// Religion1Code, Religion2Code, Type1Code, Type2Code, Type3Code.
func (g *GDELTWriter) actorColumns(col []string, a doc.ActorRef) {
	col[0] = a.Code
	name := a.Name
	if name == "" {
		name = a.Text
	}
	col[1] = strings.ToUpper(name)
	c, err := actorcode.ParseLenient(a.Code)
	if a.Code == "" || err != nil {
		col[2] = a.Country
		return
	}
	col[2] = c.Country
	if col[2] == "" {
		col[2] = c.Region
	}
	if col[2] == "" {
		col[2] = a.Country
	}
	col[3] = c.Org
	var types []string
	if c.Prefix != "" {
		types = append(types, c.Prefix)
	}
	rel := 0
	for _, s := range c.Sectors {
		switch g.tab.roles[s] {
		case "religion":
			if rel < 2 {
				col[5+rel] = s
				rel++
			}
		case "ethnic":
			if col[4] == "" {
				col[4] = s
			}
		default:
			types = append(types, s)
		}
	}
	for i := 0; i < 3 && i < len(types); i++ {
		col[7+i] = types[i]
	}
}

// geoColumns fills Type, FullName, CountryCode, ADM1Code, ADM2Code, Lat,
// Long, FeatureID from an event location and, when known, its place.
func (g *GDELTWriter) geoColumns(col []string, l *doc.Location, p *doc.Place) {
	if l == nil {
		col[0] = "0"
		return
	}
	name := l.Name
	if name == "" {
		name = l.Text
	}
	fips := g.tab.fips[l.Country]
	us := l.Country == "USA"
	kind := ""
	if p != nil {
		kind = p.Kind
		col[7] = p.GeoID
	} else if cn, ok := actorcode.CountryName(l.Country); ok && strings.EqualFold(cn, name) || name == l.Country {
		kind = "country"
	}
	switch {
	case kind == "region" || l.Country == "" && kind == "":
		// GDELT has no type for regions ("Europe"): no geography.
		col[0], col[7] = "0", ""
		return
	case kind == "country":
		col[0] = "1"
		col[3] = fips // GDELT's ADM1Code of a country is its country code
	case kind == "admin1" && us:
		col[0] = "2"
	case kind == "admin1" || kind == "admin2":
		col[0] = "5"
	case us:
		col[0] = "3"
	default:
		col[0] = "4"
	}
	col[1] = name
	col[2] = fips
	if l.Lat != 0 || l.Lon != 0 {
		col[5] = strconv.FormatFloat(l.Lat, 'f', -1, 64)
		col[6] = strconv.FormatFloat(l.Lon, 'f', -1, 64)
	}
}

// counts returns NumMentions, NumSources, NumArticles and AvgTone of a set
// of mentions.
func counts(ms []Mention) (mentions, sources, articles int, tone string) {
	srcs := map[string]bool{}
	arts := map[string]bool{}
	var sum float64
	var n int
	for _, m := range ms {
		srcs[m.Doc.source()] = true
		key := m.Doc.identifier()
		if !arts[key] && m.Doc.Tone != nil {
			sum += *m.Doc.Tone
			n++
		}
		arts[key] = true
	}
	if n > 0 {
		tone = strconv.FormatFloat(sum/float64(n), 'f', -1, 64)
	}
	return len(ms), len(srcs), len(arts), tone
}

// mentionRow returns the mentions-table row of m, GLOBALEVENTID left empty.
func (g *GDELTWriter) mentionRow(r *Record, m *Mention) []string {
	row := make([]string, GDELTMentionColumns)
	row[1] = batch(r.added())
	added := m.Added
	if added.IsZero() {
		added = m.Doc.Published.Time
	}
	row[2] = batch(added)
	row[3] = "2" // CITATIONONLY: a document without a web address
	if strings.HasPrefix(m.Doc.URL, "http://") || strings.HasPrefix(m.Doc.URL, "https://") {
		row[3] = "1" // WEB
	}
	row[4] = m.Doc.source()
	row[5] = m.Doc.identifier()
	row[6] = strconv.Itoa(m.Evidence.Sentence + 1)
	row[7] = strconv.Itoa(m.Doc.chars(m.Actor))
	row[8] = strconv.Itoa(m.Doc.chars(m.Recipient))
	row[9] = strconv.Itoa(m.Doc.chars(m.Evidence.Trigger.Start))
	row[10] = "1"
	row[11] = strconv.Itoa(confidence(r.Event.Modality))
	row[12] = strconv.Itoa(m.Doc.length())
	if m.Doc.Tone != nil {
		row[13] = strconv.FormatFloat(*m.Doc.Tone, 'f', -1, 64)
	}
	row[15] = "<PETREL_ID>" + r.Event.ID + "</PETREL_ID>"
	return row
}

// confidence maps an event's modality onto GDELT's 10–100 confidence:
// 100 for a plain factual event, less for hypothetical (−30), reported
// (−20), future (−10) and negated (−50, when kept) events.
func confidence(m doc.Modality) int {
	c := 100
	if m.Hypothetical {
		c -= 30
	}
	if m.Reported {
		c -= 20
	}
	if m.Future {
		c -= 10
	}
	if m.Negated {
		c -= 50
	}
	return max(c, 10)
}

func boolCol(b bool) string {
	if b {
		return "1"
	}
	return "0"
}

// ReadGDELT reads a GDELT table (events or mentions): tab-separated rows
// without a header, each of exactly cols columns. A row of another width is
// an error naming its line.
func ReadGDELT(r io.Reader, cols int) ([][]string, error) {
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 0, 64<<10), 16<<20)
	var rows [][]string
	for line := 1; sc.Scan(); line++ {
		f := strings.Split(sc.Text(), "\t")
		if len(f) != cols {
			return rows, fmt.Errorf("gdelt: line %d: %d columns, want %d", line, len(f), cols)
		}
		rows = append(rows, f)
	}
	if err := sc.Err(); err != nil {
		return rows, fmt.Errorf("gdelt: %w", err)
	}
	return rows, nil
}
