package export

import (
	"bufio"
	"bytes"
	"encoding/csv"
	"encoding/json"
	"io"
	"os"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	"github.com/petrel-events/petrel/actorcode"
	"github.com/petrel-events/petrel/doc"
)

// loadDocs reads the annotated documents of testdata/docs.jsonl and checks
// that every offset of the fixture points at its text.
func loadDocs(t testing.TB) []*doc.Doc {
	t.Helper()
	f, err := os.Open("testdata/docs.jsonl")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	var docs []*doc.Doc
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		d := new(doc.Doc)
		if err := json.Unmarshal(sc.Bytes(), d); err != nil {
			t.Fatal(err)
		}
		for _, e := range d.Events {
			for _, a := range slices.Concat(e.Actors, e.Recipients) {
				if d.Text[a.Start:a.End] != a.Text {
					t.Fatalf("fixture %s: actor %q at %d:%d", e.ID, a.Text, a.Start, a.End)
				}
			}
			if tr := e.Evidence.Trigger; d.Text[tr.Start:tr.End] != tr.Text {
				t.Fatalf("fixture %s: trigger %q", e.ID, tr.Text)
			}
		}
		docs = append(docs, d)
	}
	if err := sc.Err(); err != nil {
		t.Fatal(err)
	}
	return docs
}

func records(docs []*doc.Doc) []Record {
	var rs []Record
	for _, d := range docs {
		rs = append(rs, Records(d)...)
	}
	return rs
}

func write(t *testing.T, w Writer, rs []Record) {
	t.Helper()
	for _, r := range rs {
		if err := w.Write(r); err != nil {
			t.Fatal(err)
		}
	}
	if err := w.Flush(); err != nil {
		t.Fatal(err)
	}
}

// GDELT event-table columns the tests compare.
const (
	colID, colSQLDate, colFraction                    = 0, 1, 4
	colA1Code, colA1Name, colA1Country, colA1Group    = 5, 6, 7, 8
	colA1Ethnic, colA1Rel1, colA1Rel2, colA1Type1     = 9, 10, 11, 12
	colA1Type2, colA2Code, colA2Country, colA2Ethnic  = 13, 15, 17, 19
	colRoot, colCode, colBase, colRootCode, colQuad   = 25, 26, 27, 28, 29
	colGoldstein, colNumMentions, colNumSources       = 30, 31, 32
	colNumArticles, colTone, colActionType            = 33, 34, 51
	colActionName, colActionCountry, colLat, colLon   = 52, 53, 56, 57
	colFeature, colDateAdded, colSourceURL            = 58, 59, 60
	mcolID, mcolType, mcolSource, mcolIdent, mcolSent = 0, 3, 4, 5, 6
	mcolA1, mcolAction, mcolConfidence, mcolExtras    = 7, 9, 11, 15
)

func TestGDELTRoundTrip(t *testing.T) {
	docs := loadDocs(t)
	wire, local := docs[0], docs[1]
	toneA, toneB := 2.0, -4.0
	// A store's merged event: one event reported by two outlets.
	merged := Record{Event: wire.Events[0], Doc: Meta(wire), Mentions: []Mention{
		{Doc: DocMeta{ID: "a", URL: "https://a.example/1", Source: "a.example", Tone: &toneA}, Evidence: wire.Events[0].Evidence, Actor: 15, Recipient: -1},
		{Doc: DocMeta{ID: "a", URL: "https://a.example/1", Source: "a.example", Tone: &toneA}, Evidence: wire.Events[0].Mentions[0], Actor: -1, Recipient: -1},
		{Doc: DocMeta{ID: "b", URL: "https://b.example/x", Source: "b.example", Tone: &toneB}, Evidence: wire.Events[0].Evidence, Actor: 15, Recipient: -1},
	}}
	merged.Event.Actors = merged.Event.Actors[:1]
	merged.Event.Recipients = merged.Event.Recipients[:1]

	// want lists, per row: Actor1Code, Actor2Code, EventCode, SQLDATE,
	// NumMentions/NumSources/NumArticles, and the petrel id in the mentions.
	tests := []struct {
		name     string
		recs     []Record
		opt      Options
		want     []string
		mentions int
	}{
		{
			name: "default drops negated",
			recs: records(docs),
			want: []string{
				"RUSGOV UKR 138 20250905 2/1/1 wire-1-e1",
				"RUSGOV IGOWSTNAT 138 20250905 2/1/1 wire-1-e1",
				"BLRGOV UKR 138 20250905 2/1/1 wire-1-e1",
				"BLRGOV IGOWSTNAT 138 20250905 2/1/1 wire-1-e1",
				"IRQREBMOSSHI - 190 20250801 1/1/1 wire-1-e3",
				"IGOUNOREFHCR - 070 - 1/1/1 local-2-e1",
				"KUR TUR 112 - 1/1/1 local-2-e2",
			},
			mentions: 4*2 + 3,
		},
		{
			name: "keep negated",
			recs: records([]*doc.Doc{wire}),
			opt:  Options{KeepNegated: true},
			want: []string{
				"RUSGOV UKR 138 20250905 2/1/1 wire-1-e1",
				"RUSGOV IGOWSTNAT 138 20250905 2/1/1 wire-1-e1",
				"BLRGOV UKR 138 20250905 2/1/1 wire-1-e1",
				"BLRGOV IGOWSTNAT 138 20250905 2/1/1 wire-1-e1",
				"UKRGOV IRNGOV 036 20250906 1/1/1 wire-1-e2",
				"IRQREBMOSSHI - 190 20250801 1/1/1 wire-1-e3",
			},
			mentions: 4*2 + 2,
		},
		{
			name:     "merged across outlets",
			recs:     []Record{merged},
			want:     []string{"RUSGOV UKR 138 20250905 3/2/2 wire-1-e1"},
			mentions: 3,
		},
		{
			name: "no document metadata",
			recs: records([]*doc.Doc{local}),
			want: []string{
				"IGOUNOREFHCR - 070 - 1/1/1 local-2-e1",
				"KUR TUR 112 - 1/1/1 local-2-e2",
			},
			mentions: 2,
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			var ev, mb bytes.Buffer
			tc.opt.Mentions = &mb
			write(t, NewGDELTWriter(&ev, tc.opt), tc.recs)
			for i, l := range strings.Split(strings.TrimSuffix(ev.String(), "\n"), "\n") {
				if n := strings.Count(l, "\t") + 1; n != GDELTEventColumns {
					t.Fatalf("event row %d has %d columns", i+1, n)
				}
			}
			rows, err := ReadGDELT(&ev, GDELTEventColumns)
			if err != nil {
				t.Fatal(err)
			}
			ms, err := ReadGDELT(&mb, GDELTMentionColumns)
			if err != nil {
				t.Fatal(err)
			}
			if len(ms) != tc.mentions {
				t.Errorf("%d mention rows, want %d", len(ms), tc.mentions)
			}
			petrelID := map[string]string{}
			perRow := map[string]int{}
			for _, m := range ms {
				id := strings.TrimSuffix(strings.TrimPrefix(m[mcolExtras], "<PETREL_ID>"), "</PETREL_ID>")
				if prev, ok := petrelID[m[mcolID]]; ok && prev != id {
					t.Errorf("row %s: mentions of %s and %s", m[mcolID], prev, id)
				}
				petrelID[m[mcolID]] = id
				perRow[m[mcolID]]++
			}
			var got []string
			for i, r := range rows {
				if r[colID] != strconv.Itoa(i+1) {
					t.Errorf("row %d: GLOBALEVENTID %s", i+1, r[colID])
				}
				if perRow[r[colID]] != atoi(t, r[colNumMentions]) {
					t.Errorf("row %d: NumMentions %s but %d mention rows", i+1, r[colNumMentions], perRow[r[colID]])
				}
				got = append(got, strings.Join([]string{dash(r[colA1Code]), dash(r[colA2Code]), r[colCode], dash(r[colSQLDate]),
					r[colNumMentions] + "/" + r[colNumSources] + "/" + r[colNumArticles], petrelID[r[colID]]}, " "))
			}
			if !slices.Equal(got, tc.want) {
				t.Errorf("rows:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(tc.want, "\n"))
			}
		})
	}
}

func dash(s string) string {
	if s == "" {
		return "-"
	}
	return s
}

func atoi(t *testing.T, s string) int {
	t.Helper()
	n, err := strconv.Atoi(s)
	if err != nil {
		t.Fatalf("not a number: %q", s)
	}
	return n
}

// TestGDELTColumns checks the columns of single rows against the codebook.
func TestGDELTColumns(t *testing.T) {
	docs := loadDocs(t)
	wire := docs[0]
	byID := map[string]Record{}
	for _, r := range records(docs) {
		byID[r.Event.ID] = r
	}
	row := func(t *testing.T, id string) ([]string, [][]string) {
		var ev, mb bytes.Buffer
		write(t, NewGDELTWriter(&ev, Options{Mentions: &mb, KeepNegated: true}), []Record{byID[id]})
		rows, err := ReadGDELT(&ev, GDELTEventColumns)
		if err != nil {
			t.Fatal(err)
		}
		ms, err := ReadGDELT(&mb, GDELTMentionColumns)
		if err != nil {
			t.Fatal(err)
		}
		return rows[0], ms
	}
	// Character offsets: the text has a three-byte apostrophe before the
	// trigger.
	trig := wire.Events[0].Evidence.Trigger.Start
	tests := []struct {
		id      string
		cols    map[int]string
		mention map[int]string
	}{
		{"wire-1-e1", map[int]string{
			colFraction: "2025.7534", colA1Name: "VLADIMIR PUTIN", colA1Country: "RUS", colA1Type1: "GOV",
			colA2Country: "UKR", colRoot: "1", colBase: "138", colRootCode: "13", colQuad: "3", colGoldstein: "-7",
			colTone: "-4.25", colActionType: "1", colActionName: "Ukraine", colActionCountry: "UP", colLat: "49", colLon: "32", colFeature: "iso:UKR",
			colDateAdded: "20250906101500", colSourceURL: "https://www.example.org/world/2025/09/06/warning",
		}, map[int]string{
			mcolType: "1", mcolSource: "example.org", mcolIdent: "https://www.example.org/world/2025/09/06/warning",
			mcolSent: "1", mcolA1: "15", mcolAction: strconv.Itoa(utf8.RuneCountInString(wire.Text[:trig])), mcolConfidence: "70",
		}},
		{"wire-1-e2", map[int]string{colRoot: "0", colActionType: "4", colActionName: "Kyiv", colActionCountry: "UP", colFeature: "gn:703448"},
			map[int]string{mcolConfidence: "50", mcolSent: "2"}},
		{"wire-1-e3", map[int]string{
			colA1Country: "IRQ", colA1Type1: "REB", colA1Rel1: "MOS", colA1Rel2: "SHI", colA2Code: "", colA2Country: "",
			colQuad: "4", colActionCountry: "IZ", colActionType: "4", colFeature: "",
		}, nil},
		{"local-2-e1", map[int]string{
			colSQLDate: "", colA1Country: "", colA1Group: "UNO", colA1Type1: "IGO", colA1Type2: "REF", colA1Name: "UNHCR",
			colBase: "070", colTone: "", colActionType: "0", colDateAdded: "", colSourceURL: "local-2",
		}, map[int]string{mcolType: "2", mcolSource: "", mcolIdent: "local-2", mcolConfidence: "100"}},
		{"local-2-e2", map[int]string{colA1Ethnic: "KUR", colA1Type1: "", colA2Country: "TUR", colA1Code: "KUR"},
			map[int]string{mcolConfidence: "80"}},
	}
	for _, tc := range tests {
		t.Run(tc.id, func(t *testing.T) {
			r, ms := row(t, tc.id)
			for c, want := range tc.cols {
				if r[c] != want {
					t.Errorf("column %d = %q, want %q", c, r[c], want)
				}
			}
			for c, want := range tc.mention {
				if ms[0][c] != want {
					t.Errorf("mentions column %d = %q, want %q", c, ms[0][c], want)
				}
			}
		})
	}
}

func TestPLOVERRequiredFields(t *testing.T) {
	docs := loadDocs(t)
	day := regexp.MustCompile(`^\d{4}-\d{2}-\d{2}$`)
	tests := []struct {
		name string
		opt  Options
		want []string // per record: id, actor codes, recipient codes, event
	}{
		{"default", Options{}, []string{
			"wire-1-e1 RUS,BLR UKR,IGO THREATEN",
			"wire-1-e3 IRQ - ASSAULT",
			"local-2-e1 UNO - AID",
			"local-2-e2 - TUR ACCUSE",
		}},
		{"keep negated", Options{KeepNegated: true, Coder: "petrel test"}, []string{
			"wire-1-e1 RUS,BLR UKR,IGO THREATEN",
			"wire-1-e2 UKR IRN CONSULT",
			"wire-1-e3 IRQ - ASSAULT",
			"local-2-e1 UNO - AID",
			"local-2-e2 - TUR ACCUSE",
		}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			var b bytes.Buffer
			write(t, NewPLOVERWriter(&b, tc.opt), records(docs))
			var got []string
			sc := bufio.NewScanner(&b)
			for sc.Scan() {
				var rec map[string]any
				if err := json.Unmarshal(sc.Bytes(), &rec); err != nil {
					t.Fatal(err)
				}
				for _, f := range PLOVERRequired {
					if v, ok := rec[f]; !ok || v == nil {
						t.Errorf("%v: required field %s missing", rec["id"], f)
					}
				}
				if d, _ := rec["date"].(string); !day.MatchString(d) && !strings.HasPrefix(rec["id"].(string), "local-2") {
					t.Errorf("%v: date %q is not YYYY-MM-DD", rec["id"], d)
				}
				if tc.opt.Coder != "" && rec["coder"] != tc.opt.Coder {
					t.Errorf("coder = %v", rec["coder"])
				}
				var p PLOVEREvent
				if err := json.Unmarshal(sc.Bytes(), &p); err != nil {
					t.Fatal(err)
				}
				got = append(got, strings.Join([]string{p.ID, codes(p.Actor), codes(p.Recipient), strings.Join(p.Event, ",")}, " "))
			}
			if !slices.Equal(got, tc.want) {
				t.Errorf("records:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(tc.want, "\n"))
			}
		})
	}
}

func codes(es []PLOVEREntity) string {
	var s []string
	for _, e := range es {
		s = append(s, dash(e.Code))
	}
	if len(s) == 0 {
		return "-"
	}
	return strings.Join(s, ",")
}

func TestPLOVEREntity(t *testing.T) {
	tests := []struct {
		in   doc.ActorRef
		want PLOVEREntity
	}{
		{doc.ActorRef{Text: "Putin", Code: "RUSGOV", Name: "Vladimir Putin"},
			PLOVEREntity{Code: "RUS", Sector: "GOV", EntityText: "Putin", IdentifierText: "Vladimir Putin", ActorCode: "RUSGOV"}},
		{doc.ActorRef{Text: "the UN", Code: "IGOUNO"}, PLOVEREntity{Code: "UNO", EntityText: "the UN", ActorCode: "IGOUNO"}},
		{doc.ActorRef{Text: "Amnesty", Code: "NGOHRIAMN"}, PLOVEREntity{Code: "NGO", Sector: "HRI", EntityText: "Amnesty", ActorCode: "NGOHRIAMN"}},
		{doc.ActorRef{Text: "Sunni clerics", Code: "IRQMOSSUNREL"}, PLOVEREntity{Code: "IRQ", Religion: "MOS", EntityText: "Sunni clerics", ActorCode: "IRQMOSSUNREL"}},
		{doc.ActorRef{Text: "Western troops", Code: "WSTMIL"}, PLOVEREntity{Code: "WST", Sector: "MIL", EntityText: "Western troops", ActorCode: "WSTMIL"}},
		{doc.ActorRef{Text: "gunmen", Country: "NGA", Sector: "UAF"}, PLOVEREntity{Code: "NGA", Sector: "UAF", EntityText: "gunmen"}},
	}
	for _, tc := range tests {
		if got := entity(tc.in); got != tc.want {
			t.Errorf("entity(%s) = %+v, want %+v", tc.in.Code, got, tc.want)
		}
	}
}

func TestCSV(t *testing.T) {
	docs := loadDocs(t)
	tests := []struct {
		name string
		opt  Options
		want []string // event_id, actor_code, recipient_code
	}{
		{"per dyad", Options{}, []string{
			"wire-1-e1 RUSGOV UKR", "wire-1-e1 RUSGOV IGOWSTNAT", "wire-1-e1 BLRGOV UKR", "wire-1-e1 BLRGOV IGOWSTNAT",
			"wire-1-e3 IRQREBMOSSHI -", "local-2-e1 IGOUNOREFHCR -", "local-2-e2 KUR TUR",
		}},
		{"per event", Options{PerEvent: true}, []string{
			"wire-1-e1 RUSGOV;BLRGOV UKR;IGOWSTNAT", "wire-1-e3 IRQREBMOSSHI -", "local-2-e1 IGOUNOREFHCR -", "local-2-e2 KUR TUR",
		}},
		{"per event, keep negated", Options{PerEvent: true, KeepNegated: true}, []string{
			"wire-1-e1 RUSGOV;BLRGOV UKR;IGOWSTNAT", "wire-1-e2 UKRGOV IRNGOV", "wire-1-e3 IRQREBMOSSHI -",
			"local-2-e1 IGOUNOREFHCR -", "local-2-e2 KUR TUR",
		}},
	}
	quotes := map[string]string{}
	for _, r := range records(docs) {
		if r.Event.Quote != nil {
			quotes[r.Event.ID] = r.Event.Quote.Text
		}
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			var b bytes.Buffer
			write(t, NewCSVWriter(&b, tc.opt), records(docs))
			rd := csv.NewReader(&b) // FieldsPerRecord 0: every row as wide as the header
			rows, err := rd.ReadAll()
			if err != nil {
				t.Fatal(err)
			}
			if !slices.Equal(rows[0], CSVHeader) {
				t.Fatalf("header %q", rows[0])
			}
			col := func(name string) int { return slices.Index(CSVHeader, name) }
			var got []string
			for _, r := range rows[1:] {
				id := r[col("event_id")]
				got = append(got, id+" "+dash(r[col("actor_code")])+" "+dash(r[col("recipient_code")]))
				if q := r[col("quote")]; q != quotes[id] {
					t.Errorf("%s: quote %q, want %q", id, q, quotes[id])
				}
			}
			if !slices.Equal(got, tc.want) {
				t.Errorf("rows:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(tc.want, "\n"))
			}
		})
	}
}

func TestCSVEmpty(t *testing.T) {
	var b bytes.Buffer
	write(t, NewCSVWriter(&b, Options{}), nil)
	if got, want := b.String(), strings.Join(CSVHeader, ",")+"\n"; got != want {
		t.Errorf("empty export = %q, want the header", got)
	}
}

func TestDyads(t *testing.T) {
	a := func(text string, start int, code string) doc.ActorRef {
		return doc.ActorRef{Text: text, Start: start, End: start + len(text), Code: code}
	}
	tests := []struct {
		name       string
		actors     []doc.ActorRef
		recipients []doc.ActorRef
		want       []string
	}{
		{"two by two", []doc.ActorRef{a("A", 0, "USA"), a("B", 5, "FRA")}, []doc.ActorRef{a("C", 9, "RUS"), a("D", 12, "CHN")},
			[]string{"USA>RUS", "USA>CHN", "FRA>RUS", "FRA>CHN"}},
		{"no recipient", []doc.ActorRef{a("A", 0, "USA"), a("B", 5, "FRA")}, nil, []string{"USA>", "FRA>"}},
		{"no actor", nil, []doc.ActorRef{a("C", 9, "RUS")}, []string{">RUS"}},
		{"nothing", nil, nil, []string{">"}},
		{"same mention on both sides", []doc.ActorRef{a("A", 0, "USA"), a("B", 5, "FRA")}, []doc.ActorRef{a("B", 5, "FRA")}, []string{"USA>FRA"}},
		{"repeated pair", []doc.ActorRef{a("A", 0, "USA"), a("A", 20, "USA")}, []doc.ActorRef{a("C", 9, "RUS")}, []string{"USA>RUS"}},
		{"only a self pair", []doc.ActorRef{a("A", 0, "USA")}, []doc.ActorRef{a("A", 0, "USA")}, []string{"USA>"}},
	}
	for _, tc := range tests {
		e := doc.Event{Actors: tc.actors, Recipients: tc.recipients}
		var got []string
		for _, d := range dyads(&e) {
			got = append(got, d.actor.Code+">"+d.recipient.Code)
		}
		if !slices.Equal(got, tc.want) {
			t.Errorf("%s: %v, want %v", tc.name, got, tc.want)
		}
	}
}

func TestFullDate(t *testing.T) {
	pub := doc.Time{Time: time.Date(2025, 9, 6, 10, 0, 0, 0, time.UTC)}
	tests := []struct {
		date string
		pub  doc.Time
		want string
	}{
		{"2025-09-05", pub, "2025-09-05"},
		{"2025-08", pub, "2025-08-01"},
		{"2025", pub, "2025-01-01"},
		{"", pub, "2025-09-06"},
		{"", doc.Time{}, ""},
	}
	for _, tc := range tests {
		if got := fullDate(&doc.Event{Date: tc.date}, DocMeta{Published: tc.pub}); got != tc.want {
			t.Errorf("fullDate(%q) = %q, want %q", tc.date, got, tc.want)
		}
	}
}

func TestTabsInFields(t *testing.T) {
	e := doc.Event{ID: "x-e1", Actors: []doc.ActorRef{{Text: "A\tB", Name: "Line\nbreak", Code: "USA"}}, CAMEO: doc.CAMEO{Code: "010", Root: "01", QuadClass: 1}}
	var b bytes.Buffer
	write(t, NewGDELTWriter(&b, Options{}), []Record{{Event: e, Doc: DocMeta{ID: "x\ty"}}})
	rows, err := ReadGDELT(&b, GDELTEventColumns)
	if err != nil || len(rows) != 1 {
		t.Fatalf("%d rows, %v", len(rows), err)
	}
	if rows[0][colA1Name] != "LINE BREAK" || rows[0][colSourceURL] != "x y" {
		t.Errorf("name %q, source %q", rows[0][colA1Name], rows[0][colSourceURL])
	}
}

func TestReadGDELTRejectsWidth(t *testing.T) {
	_, err := ReadGDELT(strings.NewReader(strings.Repeat("a\t", 60)+"a\n"+"a\tb\n"), GDELTEventColumns)
	if err == nil || !strings.Contains(err.Error(), "line 2: 2 columns") {
		t.Errorf("err = %v", err)
	}
}

// TestTables checks the embedded lookups: every FIPS row names a known
// country and a distinct code, and every role is a sector (the loader
// checks that).
func TestTables(t *testing.T) {
	tab, err := tables()
	if err != nil {
		t.Fatal(err)
	}
	seen := map[string]string{}
	for iso, fips := range tab.fips {
		if !actorcode.IsCountry(iso) {
			t.Errorf("fips.tsv: %s is not a country of actorcode", iso)
		}
		if prev, ok := seen[fips]; ok {
			t.Errorf("fips.tsv: %s used by %s and %s", fips, prev, iso)
		}
		seen[fips] = iso
	}
	if len(tab.fips) < 240 || len(tab.roles) == 0 {
		t.Errorf("%d FIPS codes, %d roles", len(tab.fips), len(tab.roles))
	}
}

func TestNew(t *testing.T) {
	for _, f := range Formats {
		if _, err := New(f, &bytes.Buffer{}, Options{}); err != nil {
			t.Errorf("New(%q): %v", f, err)
		}
	}
	if _, err := New("xml", &bytes.Buffer{}, Options{}); err == nil {
		t.Error("New(xml) succeeded")
	}
}

func TestGeoColumns(t *testing.T) {
	g := NewGDELTWriter(io.Discard, Options{})
	loc := func(name, country string) *doc.Location {
		return &doc.Location{Text: name, Name: name, Country: country, Lat: 1.5, Lon: 2.5}
	}
	place := func(kind, id string) *doc.Place { return &doc.Place{Kind: kind, GeoID: id} }
	tests := []struct {
		name  string
		loc   *doc.Location
		place *doc.Place
		want  string // Type|FullName|CountryCode|ADM1|ADM2|Lat|Long|FeatureID
	}{
		{"none", nil, nil, "0|||||||"},
		{"country place", loc("Ukraine", "UKR"), place("country", "iso:UKR"), "1|Ukraine|UP|UP||1.5|2.5|iso:UKR"},
		{"world city", loc("Kyiv", "UKR"), place("city", "gn:703448"), "4|Kyiv|UP|||1.5|2.5|gn:703448"},
		{"US city", loc("Dallas", "USA"), place("city", "gn:4684888"), "3|Dallas|US|||1.5|2.5|gn:4684888"},
		{"US state", loc("Texas", "USA"), place("admin1", "adm1:US.TX"), "2|Texas|US|||1.5|2.5|adm1:US.TX"},
		{"world state", loc("Bavaria", "DEU"), place("admin1", "adm1:DE.02"), "5|Bavaria|GM|||1.5|2.5|adm1:DE.02"},
		{"region", loc("Europe", ""), place("region", "region:europe"), "0|||||||"},
		{"no place, country name", loc("Iraq", "IRQ"), nil, "1|Iraq|IZ|IZ||1.5|2.5|"},
		{"no place, city", loc("Basra", "IRQ"), nil, "4|Basra|IZ|||1.5|2.5|"},
	}
	for _, tc := range tests {
		col := make([]string, 8)
		g.geoColumns(col, tc.loc, tc.place)
		if got := strings.Join(col, "|"); got != tc.want {
			t.Errorf("%s: %s, want %s", tc.name, got, tc.want)
		}
	}
}

// TestNegatedDropped checks that every format drops negated events unless
// told to keep them.
func TestNegatedDropped(t *testing.T) {
	neg := records(loadDocs(t))[1]
	if !neg.Event.Modality.Negated {
		t.Fatal("fixture: wire-1-e2 should be negated")
	}
	for _, f := range Formats {
		for _, keep := range []bool{false, true} {
			var b bytes.Buffer
			w, err := New(f, &b, Options{KeepNegated: keep})
			if err != nil {
				t.Fatal(err)
			}
			write(t, w, []Record{neg})
			if got := strings.Contains(b.String(), "UKRGOV") || strings.Contains(b.String(), "wire-1-e2"); got != keep {
				t.Errorf("%s, KeepNegated %v: event written %v", f, keep, got)
			}
		}
	}
}

// TestPLOVERPlaceLevel checks the PLOVER location's geonameid and
// resolution, taken from the resolved place.
func TestPLOVERPlaceLevel(t *testing.T) {
	tests := []struct {
		name  string
		place *doc.Place
		id    int64
		res   int
	}{
		{"none", nil, 0, 0},
		{"country", &doc.Place{Kind: "country", GeoID: "iso:UKR"}, 0, 1},
		{"province", &doc.Place{Kind: "admin1", GeoID: "adm1:DE.02"}, 0, 2},
		{"district", &doc.Place{Kind: "admin2", GeoID: "gn:2861876"}, 2861876, 3},
		{"city", &doc.Place{Kind: "city", GeoID: "gn:703448"}, 703448, 4},
		{"region", &doc.Place{Kind: "region", GeoID: "region:europe"}, 0, 0},
		{"odd id", &doc.Place{Kind: "city", GeoID: "gn:x"}, 0, 4},
	}
	for _, tc := range tests {
		r := Record{Doc: DocMeta{ID: "d"}, Event: doc.Event{Location: &doc.Location{Text: "X", Name: "X", Country: "UKR"}}, Place: tc.place}
		loc := PLOVERRecord(r, Options{}).EventLoc
		if loc == nil || loc.GeonameID != tc.id || loc.Resolution != tc.res {
			t.Errorf("%s: %+v, want geonameid %d resolution %d", tc.name, loc, tc.id, tc.res)
		}
	}
}
