package evaluate

import (
	"bufio"
	"encoding/json"
	"fmt"
	"io"
	"sort"
	"strings"
	"time"

	"github.com/petrel-events/petrel/actorcode"
	"github.com/petrel-events/petrel/doc"
)

// Triple is a coded event as PETRARCH writes it: source actor code, target
// actor code and event code. A missing actor is "---".
type Triple struct {
	Source, Target, Code string
}

func (t Triple) String() string { return t.Source + ">" + t.Target + ":" + t.Code }

// PetrarchRecord is one record of a PETRARCH validation suite in JSON lines
// form (../shared/eval/petrarch/*.jsonl).
type PetrarchRecord struct {
	ID       string
	Date     string // YYYYMMDD, the document date
	Category string // the construction tested: DEMO, COMPOUND, SYNSET, ...
	Text     string
	Expected []Triple
	// ExpectNone is set when the record must yield no event.
	ExpectNone bool
}

// Published returns the record's date as a document date.
func (r PetrarchRecord) Published() (doc.Time, error) {
	t, err := time.Parse("20060102", r.Date)
	if err != nil {
		return doc.Time{}, fmt.Errorf("record %s: date %q: %w", r.ID, r.Date, err)
	}
	return doc.Time{Time: t}, nil
}

type petrarchJSON struct {
	ID             string `json:"id"`
	Date           string `json:"date"`
	Category       string `json:"category"`
	Text           string `json:"text"`
	ExpectNoEvents bool   `json:"expect_no_events"`
	Expected       []struct {
		Source *string `json:"sourcecode"`
		Target *string `json:"targetcode"`
		Code   *string `json:"eventcode"`
	} `json:"expected_events"`
}

// ReadPetrarchRecords reads PETRARCH records, one JSON object a line. An
// expected event without any field (error records) counts as "no event";
// empty actor codes read as "---".
func ReadPetrarchRecords(r io.Reader) ([]PetrarchRecord, error) {
	var out []PetrarchRecord
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 0, 1<<16), 1<<24)
	n := 0
	for sc.Scan() {
		n++
		line := strings.TrimSpace(sc.Text())
		if line == "" {
			continue
		}
		var j petrarchJSON
		if err := json.Unmarshal([]byte(line), &j); err != nil {
			return nil, fmt.Errorf("line %d: %w", n, err)
		}
		rec := PetrarchRecord{ID: j.ID, Date: j.Date, Category: strings.TrimSpace(j.Category), Text: j.Text, ExpectNone: j.ExpectNoEvents}
		if f := strings.Fields(rec.Category); len(f) > 0 {
			rec.Category = f[len(f)-1] // "950101  AGENTS"
		}
		for _, e := range j.Expected {
			if e.Source == nil && e.Target == nil && e.Code == nil {
				continue
			}
			rec.Expected = append(rec.Expected, Triple{Source: actorOrNull(e.Source), Target: actorOrNull(e.Target), Code: deref(e.Code)})
		}
		if len(rec.Expected) == 0 {
			rec.ExpectNone = true
		}
		out = append(out, rec)
	}
	return out, sc.Err()
}

func deref(s *string) string {
	if s == nil {
		return ""
	}
	return strings.TrimSpace(*s)
}

func actorOrNull(s *string) string {
	if v := deref(s); v != "" {
		return v
	}
	return "---"
}

// EventTriples expands events into PETRARCH triples: every actor × every
// recipient (a missing side is "---", an agent without a country
// "---GOV"). A pair whose source and target
// codes are equal is not an event (PETRARCH drops such self-events).
func EventTriples(evs []doc.Event) []Triple {
	var out []Triple
	code := func(c string) string {
		if c == "" {
			return "---"
		}
		// An agent of no known country ("officials") is written with
		// the null country, as PETRARCH does: "---GOV".
		if ac, err := actorcode.ParseLenient(c); err == nil && ac.Country == "" && ac.Region == "" && ac.Prefix == "" && actorcode.IsSector(c[:3]) {
			return "---" + c
		}
		return c
	}
	for _, e := range evs {
		srcs, tgts := e.Actors, e.Recipients
		if len(srcs) == 0 {
			srcs = []doc.ActorRef{{}}
		}
		if len(tgts) == 0 {
			tgts = []doc.ActorRef{{}}
		}
		for _, s := range srcs {
			for _, t := range tgts {
				tr := Triple{Source: code(s.Code), Target: code(t.Code), Code: e.CAMEO.Code}
				if tr.Source == tr.Target && tr.Source != "---" {
					continue
				}
				out = append(out, tr)
			}
		}
	}
	return out
}

// PRF counts true positives, false positives and false negatives.
type PRF struct {
	TP, FP, FN int
}

// Precision is TP / (TP + FP), 0 when nothing was produced.
func (p PRF) Precision() float64 { return ratio(p.TP, p.TP+p.FP) }

// Recall is TP / (TP + FN), 0 when nothing was expected.
func (p PRF) Recall() float64 { return ratio(p.TP, p.TP+p.FN) }

// F1 is the harmonic mean of precision and recall.
func (p PRF) F1() float64 {
	pr, rc := p.Precision(), p.Recall()
	if pr+rc == 0 {
		return 0
	}
	return 2 * pr * rc / (pr + rc)
}

func (p *PRF) add(q PRF) { p.TP += q.TP; p.FP += q.FP; p.FN += q.FN }

func ratio(a, b int) float64 {
	if b == 0 {
		return 0
	}
	return float64(a) / float64(b)
}

// RecordResult is the outcome of one record.
type RecordResult struct {
	ID, Category string
	Expected     []Triple
	Produced     []Triple
	Missed       []Triple // expected, not produced
	Spurious     []Triple // produced, not expected
	PRF          PRF
	// Correct is set when the record yields exactly its expected events
	// (none for an expect-none record).
	Correct bool
}

// Confusion counts the kinds of errors: a missed expected triple paired
// with a spurious produced triple of the same record is a wrong code (same
// dyad), a wrong source, target or both (same code); the rest are plain
// misses and spurious events.
type Confusion struct {
	WrongCode, WrongSource, WrongTarget, WrongActors int
	Missed, Spurious                                 int
	// Codes counts "expected→produced" codes of wrong-code pairs.
	Codes map[string]int
}

// PetrarchResult is the score of a run over a suite.
type PetrarchResult struct {
	Overall    PRF
	ByCategory map[string]*PRF
	Records    []RecordResult
	Confusion  Confusion
	// RecordsCorrect counts records coded exactly.
	RecordsCorrect int
}

// ScorePetrarch scores produced[i], the triples coded for recs[i],
// against the record's expected triples: exact (source, target, code)
// matches, counted as multisets.
func ScorePetrarch(recs []PetrarchRecord, produced [][]Triple) *PetrarchResult {
	res := &PetrarchResult{ByCategory: map[string]*PRF{}, Confusion: Confusion{Codes: map[string]int{}}}
	for i, rec := range recs {
		var got []Triple
		if i < len(produced) {
			got = produced[i]
		}
		rr := scoreRecord(rec, got)
		res.Overall.add(rr.PRF)
		c := res.ByCategory[rec.Category]
		if c == nil {
			c = &PRF{}
			res.ByCategory[rec.Category] = c
		}
		c.add(rr.PRF)
		if rr.Correct {
			res.RecordsCorrect++
		}
		res.Confusion.addRecord(rr)
		res.Records = append(res.Records, rr)
	}
	return res
}

func scoreRecord(rec PetrarchRecord, got []Triple) RecordResult {
	rr := RecordResult{ID: rec.ID, Category: rec.Category, Expected: rec.Expected, Produced: got}
	left := map[Triple]int{}
	for _, g := range got {
		left[g]++
	}
	for _, e := range rec.Expected {
		if left[e] > 0 {
			left[e]--
			rr.PRF.TP++
			continue
		}
		rr.Missed = append(rr.Missed, e)
	}
	for _, g := range got {
		if left[g] > 0 {
			left[g]--
			rr.Spurious = append(rr.Spurious, g)
		}
	}
	rr.PRF.FN = len(rr.Missed)
	rr.PRF.FP = len(rr.Spurious)
	rr.Correct = len(rr.Missed) == 0 && len(rr.Spurious) == 0
	return rr
}

func (c *Confusion) addRecord(rr RecordResult) {
	spur := append([]Triple(nil), rr.Spurious...)
	take := func(match func(e, p Triple) bool, e Triple) (Triple, bool) {
		for i, p := range spur {
			if match(e, p) {
				spur = append(spur[:i], spur[i+1:]...)
				return p, true
			}
		}
		return Triple{}, false
	}
	for _, e := range rr.Missed {
		if p, ok := take(func(e, p Triple) bool { return e.Source == p.Source && e.Target == p.Target }, e); ok {
			c.WrongCode++
			c.Codes[e.Code+"→"+p.Code]++
			continue
		}
		if _, ok := take(func(e, p Triple) bool { return e.Code == p.Code && e.Target == p.Target }, e); ok {
			c.WrongSource++
			continue
		}
		if _, ok := take(func(e, p Triple) bool { return e.Code == p.Code && e.Source == p.Source }, e); ok {
			c.WrongTarget++
			continue
		}
		if _, ok := take(func(e, p Triple) bool { return e.Code == p.Code }, e); ok {
			c.WrongActors++
			continue
		}
		c.Missed++
	}
	c.Spurious += len(spur)
}

// Categories returns the categories in name order.
func (r *PetrarchResult) Categories() []string {
	var out []string
	for k := range r.ByCategory {
		out = append(out, k)
	}
	sort.Strings(out)
	return out
}

// WriteReport writes the overall and per-category figures and the
// confusion summary; verbose adds every record's expected and produced
// triples.
func (r *PetrarchResult) WriteReport(w io.Writer, verbose bool) error {
	bw := bufio.NewWriter(w)
	if verbose {
		for _, rr := range r.Records {
			mark := "ok  "
			if !rr.Correct {
				mark = "FAIL"
			}
			fmt.Fprintf(bw, "%s %-20s %-9s expected %s  produced %s\n", mark, rr.ID, rr.Category, tripleList(rr.Expected), tripleList(rr.Produced))
		}
		fmt.Fprintln(bw)
	}
	fmt.Fprintf(bw, "%-10s %5s %5s %5s %7s %7s %7s\n", "category", "TP", "FP", "FN", "P", "R", "F1")
	for _, c := range r.Categories() {
		writePRF(bw, c, *r.ByCategory[c])
	}
	writePRF(bw, "overall", r.Overall)
	fmt.Fprintf(bw, "records coded exactly: %d/%d\n", r.RecordsCorrect, len(r.Records))
	cf := r.Confusion
	fmt.Fprintf(bw, "errors: wrong code %d, wrong source %d, wrong target %d, wrong source and target %d, missed %d, spurious %d\n",
		cf.WrongCode, cf.WrongSource, cf.WrongTarget, cf.WrongActors, cf.Missed, cf.Spurious)
	if len(cf.Codes) > 0 {
		type kv struct {
			k string
			n int
		}
		var kvs []kv
		for k, n := range cf.Codes {
			kvs = append(kvs, kv{k, n})
		}
		sort.Slice(kvs, func(i, j int) bool { return kvs[i].n > kvs[j].n || kvs[i].n == kvs[j].n && kvs[i].k < kvs[j].k })
		fmt.Fprint(bw, "wrong codes (expected→produced):")
		for i, x := range kvs {
			if i == 15 {
				fmt.Fprintf(bw, " …")
				break
			}
			fmt.Fprintf(bw, " %s×%d", x.k, x.n)
		}
		fmt.Fprintln(bw)
	}
	return bw.Flush()
}

func writePRF(w io.Writer, name string, p PRF) {
	fmt.Fprintf(w, "%-10s %5d %5d %5d %7.3f %7.3f %7.3f\n", name, p.TP, p.FP, p.FN, p.Precision(), p.Recall(), p.F1())
}

func tripleList(ts []Triple) string {
	if len(ts) == 0 {
		return "-"
	}
	var s []string
	for _, t := range ts {
		s = append(s, t.String())
	}
	return strings.Join(s, " ")
}
