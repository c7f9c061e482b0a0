package evaluate

import (
	"encoding/json"
	"fmt"
	"io"
	"os"
	"sort"
	"strings"
	"text/tabwriter"

	"github.com/petrel-events/petrel/doc"
)

// PLOVERRecord is one record of the PLOVER gold-standard file
// (PLOVER_GSR_CAMEO.txt): a sentence with its gold event type, source and
// target actors.
type PLOVERRecord struct {
	ID        string       `json:"id"`
	Date      string       `json:"date"`
	Event     string       `json:"event"` // PLOVER type as coded (0.5b1 names)
	Mode      string       `json:"mode"`
	Context   string       `json:"context"`
	EventText string       `json:"eventText"`
	Text      string       `json:"text"`
	Source    PLOVERActors `json:"source"`
	Target    PLOVERActors `json:"target"`
	Comment   string       `json:"comment"`
}

// PLOVERActor is a gold actor: its text and CAMEO-style code ("USA", "IGO").
type PLOVERActor struct {
	Text   string `json:"actorText"`
	Code   string `json:"code"`
	Sector string `json:"sector"`
}

// PLOVERActors is a list of gold actors. The gold file writes a missing
// list as "" or leaves it out; both decode to an empty list.
type PLOVERActors []PLOVERActor

// UnmarshalJSON accepts a list of actors, a single actor, "" or null.
func (as *PLOVERActors) UnmarshalJSON(b []byte) error {
	s := strings.TrimSpace(string(b))
	switch {
	case s == "null" || s == `""`:
		*as = nil
		return nil
	case strings.HasPrefix(s, "{"):
		var a PLOVERActor
		if err := json.Unmarshal(b, &a); err != nil {
			return err
		}
		*as = PLOVERActors{a}
		return nil
	case strings.HasPrefix(s, `"`):
		var txt string
		if err := json.Unmarshal(b, &txt); err != nil {
			return err
		}
		*as = PLOVERActors{{Text: txt}}
		return nil
	}
	var list []PLOVERActor
	if err := json.Unmarshal(b, &list); err != nil {
		return err
	}
	*as = list
	return nil
}

// ReadPLOVER decodes the PLOVER gold records of r (a JSON array), leaving
// out the documentation records (event "DOCUMENT") and records without
// text.
func ReadPLOVER(r io.Reader) ([]PLOVERRecord, error) {
	var all []PLOVERRecord
	if err := json.NewDecoder(r).Decode(&all); err != nil {
		return nil, fmt.Errorf("plover gold: %w", err)
	}
	out := all[:0]
	for _, rec := range all {
		if rec.Event == "DOCUMENT" || strings.TrimSpace(rec.Text) == "" {
			continue
		}
		out = append(out, rec)
	}
	return out, nil
}

// LoadPLOVER reads the PLOVER gold records of the file at path.
func LoadPLOVER(path string) ([]PLOVERRecord, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, fmt.Errorf("plover gold: %w", err)
	}
	defer f.Close()
	return ReadPLOVER(f)
}

// ploverRenames maps the event names of PLOVER 0.5b1, used by the gold
// records, to the current names (the ontology's).
var ploverRenames = map[string]string{
	"DEMAND":      "REQUEST",
	"DISAPPROVE":  "ACCUSE",
	"FIGHT":       "ASSAULT",
	"INVESTIGATE": "ACCUSE",
}

// CurrentPLOVERType returns the current PLOVER name of a gold event type
// written with PLOVER 0.5b1 names: DEMAND is REQUEST, DISAPPROVE and
// INVESTIGATE are ACCUSE, FIGHT is ASSAULT; the others are unchanged.
func CurrentPLOVERType(event string) string {
	e := strings.ToUpper(strings.TrimSpace(event))
	if n, ok := ploverRenames[e]; ok {
		return n
	}
	return e
}

// GoldType is the record's event type under current PLOVER names.
func (r PLOVERRecord) GoldType() string { return CurrentPLOVERType(r.Event) }

// GoldCountries returns the country (or IGO/NGO) codes of the gold source
// actors: the first three letters of each code.
func (r PLOVERRecord) GoldCountries() []string {
	var out []string
	for _, a := range r.Source {
		c := strings.ToUpper(strings.TrimSpace(a.Code))
		if len(c) >= 3 {
			c = c[:3]
		}
		if c != "" && !containsStr(out, c) {
			out = append(out, c)
		}
	}
	return out
}

// ploverModeRenames maps the modes of PLOVER 0.5b1, used by the gold
// records, to the current modes (docs/ontology.md); "" drops the mode
// ("other" names none).
var ploverModeRenames = map[string]string{
	"assassinate": "targeted",
	"ban":         "restrict",
	"confiscate":  "seize",
	"demo-org":    "demo",
	"demo-spon":   "demo",
	"detain":      "arrest",
	"host":        "visit",
	"other":       "",
	"political":   "restrict",
	"riot-spon":   "riot",
	"strike-gen":  "strike",
	"strike-hun":  "hunger",
}

// ploverContextRenames maps the contexts of PLOVER 0.5b1 to current ones;
// "" drops the context.
var ploverContextRenames = map[string]string{
	"government": "executive",
	"political":  "political_institutions",
	"politics":   "political_institutions",
	"refugee":    "migration",
	"refugees":   "migration",
	"religion":   "religion_ethnicity",
	"resource":   "natural_resource",
	"resources":  "natural_resource",
	"rights":     "human_rights",
	"unknown":    "",
}

// GoldMode is the record's mode under current PLOVER names, "" if none.
func (r PLOVERRecord) GoldMode() string {
	m := strings.ToLower(strings.TrimSpace(r.Mode))
	if n, ok := ploverModeRenames[m]; ok {
		return n
	}
	return m
}

// GoldContexts are the record's contexts under current PLOVER names.
func (r PLOVERRecord) GoldContexts() []string {
	var out []string
	for _, c := range strings.Split(r.Context, ",") {
		c = strings.ToLower(strings.TrimSpace(c))
		if n, ok := ploverContextRenames[c]; ok {
			c = n
		}
		if c != "" && !containsStr(out, c) {
			out = append(out, c)
		}
	}
	return out
}

// PLOVERCase is the outcome of one gold record.
type PLOVERCase struct {
	ID        string
	Gold      string   // gold type, current names
	Predicted []string // PLOVER types of the events produced, in order ("" for none)
	First     string   // type of the first event with a PLOVER type, "" if none
	TypeOK    bool     // one of the events has the gold type
	FirstOK   bool     // the first event has the gold type
	HasActor  bool     // the record has a gold source with a code
	ActorOK   bool     // the chosen event has an actor of the gold source's country
	Actors    []string // actor codes of the chosen event
	// GoldCountries are the gold source's countries (or IGO codes).
	GoldCountries []string
	// GoldMode is the gold mode (current names), ModeOK whether an
	// event of the gold type has it.
	GoldMode string
	ModeOK   bool
	// GoldContexts are the gold contexts (current names), ContextsFound
	// those among the contexts of the record's events.
	GoldContexts  []string
	ContextsFound []string
	// Contexts are the distinct contexts of the record's events, in order.
	Contexts []string
	// PredMode is the mode of the first event of the gold type ("" if none).
	PredMode string
	Err      error
}

// TypeScore is the precision and recall of one PLOVER type.
type TypeScore struct {
	Type      string
	Gold      int // records with this gold type
	Predicted int // records where some event has this type
	Correct   int // records with this gold type and some event of it
}

// Precision is Correct/Predicted (0 when nothing was predicted).
func (s TypeScore) Precision() float64 { return ratio(s.Correct, s.Predicted) }

// Recall is Correct/Gold (0 when there is no gold record).
func (s TypeScore) Recall() float64 { return ratio(s.Correct, s.Gold) }

// PLOVERResult is the score of a coder on the PLOVER gold records.
type PLOVERResult struct {
	Records      int // records scored
	Errors       int // records the coder failed on
	NoEvent      int // records with no event of any PLOVER type
	TypeCorrect  int // some event has the gold type
	FirstCorrect int // the first event has the gold type
	ActorGold    int // records with a coded gold source
	ActorCorrect int
	ModeGold     int // records with a gold mode
	ModeCorrect  int // ... and an event of the gold type with that mode
	ContextGold  int // gold contexts over all records
	ContextFound int // ... found among the contexts of the record's events
	// ContextPredicted counts the distinct contexts of the events of the
	// records that have gold contexts; ContextRight those among them that
	// are gold.
	ContextPredicted int
	ContextRight     int
	// Contexts scores each context: gold, predicted and correct records.
	Contexts []TypeScore
	Types    []TypeScore // per gold or predicted type, sorted by name
	// Confusion counts gold type → type of the first event ("none" when
	// no event has a PLOVER type).
	Confusion map[string]map[string]int
	Cases     []PLOVERCase
}

// TypeAccuracy is the share of records where one of the events produced
// has the gold type.
func (r PLOVERResult) TypeAccuracy() float64 { return ratio(r.TypeCorrect, r.Records) }

// FirstAccuracy is the share of records whose first event has the gold
// type.
func (r PLOVERResult) FirstAccuracy() float64 { return ratio(r.FirstCorrect, r.Records) }

// ActorAccuracy is the share of records with a gold source whose country
// (or IGO code) is that of an actor of the chosen event: the first event
// of the gold type, else the first event.
func (r PLOVERResult) ActorAccuracy() float64 { return ratio(r.ActorCorrect, r.ActorGold) }

// ModeAccuracy is the share of records with a gold mode where an event of
// the gold type has that mode.
func (r PLOVERResult) ModeAccuracy() float64 { return ratio(r.ModeCorrect, r.ModeGold) }

// ContextRecall is the share of the gold contexts found among the
// contexts of their record's events.
func (r PLOVERResult) ContextRecall() float64 { return ratio(r.ContextFound, r.ContextGold) }

// ContextPrecision is the share of the distinct contexts produced on the
// records with gold contexts that are among them: recall alone would
// reward spraying contexts.
func (r PLOVERResult) ContextPrecision() float64 {
	return ratio(r.ContextRight, r.ContextPredicted)
}

// ContextPrecisionKnown is ContextPrecision over the contexts that are
// gold on some scored record: the gold records use PLOVER 0.5b1, which
// lacks contexts such as humanitarian or territory, so the contexts it
// never names cannot be judged. Right and predicted counts are returned.
func (r PLOVERResult) ContextPrecisionKnown() (p float64, right, predicted int) {
	for _, s := range r.Contexts {
		if s.Gold > 0 {
			right += s.Correct
			predicted += s.Predicted
		}
	}
	return ratio(right, predicted), right, predicted
}

// ScorePLOVER codes every record's sentence with code (text, date) and
// scores the events against the gold types and source countries.
func ScorePLOVER(records []PLOVERRecord, code func(text, date string) (*doc.Doc, error)) PLOVERResult {
	res := PLOVERResult{Confusion: map[string]map[string]int{}}
	types := map[string]*TypeScore{}
	ts := func(t string) *TypeScore {
		if types[t] == nil {
			types[t] = &TypeScore{Type: t}
		}
		return types[t]
	}
	contexts := map[string]*TypeScore{}
	cs := func(t string) *TypeScore {
		if contexts[t] == nil {
			contexts[t] = &TypeScore{Type: t}
		}
		return contexts[t]
	}
	for _, rec := range records {
		res.Records++
		c := PLOVERCase{ID: rec.ID, Gold: rec.GoldType()}
		ts(c.Gold).Gold++
		d, err := code(rec.Text, rec.Date)
		if err != nil {
			c.Err = err
			res.Errors++
		}
		var events []doc.Event
		if d != nil {
			for _, e := range d.Events {
				if e.PLOVER.Type != "" {
					events = append(events, e)
				}
			}
		}
		seen := map[string]bool{}
		chosen := -1
		for i, e := range events {
			c.Predicted = append(c.Predicted, e.PLOVER.Type)
			if !seen[e.PLOVER.Type] {
				seen[e.PLOVER.Type] = true
				ts(e.PLOVER.Type).Predicted++
			}
			if e.PLOVER.Type == c.Gold && chosen < 0 {
				chosen = i
			}
		}
		if len(events) > 0 {
			c.First = events[0].PLOVER.Type
		} else {
			res.NoEvent++
		}
		c.TypeOK = seen[c.Gold]
		if c.GoldMode = rec.GoldMode(); c.GoldMode != "" {
			res.ModeGold++
			for _, e := range events {
				if e.PLOVER.Type == c.Gold && e.PLOVER.Mode == c.GoldMode {
					c.ModeOK = true
				}
				if e.PLOVER.Type == c.Gold && c.PredMode == "" {
					c.PredMode = e.PLOVER.Mode
				}
			}
			if c.ModeOK {
				res.ModeCorrect++
			}
		}
		c.GoldContexts = rec.GoldContexts()
		res.ContextGold += len(c.GoldContexts)
		for _, g := range c.GoldContexts {
			for _, e := range events {
				if containsStr(e.PLOVER.Context, g) {
					c.ContextsFound = append(c.ContextsFound, g)
					break
				}
			}
		}
		res.ContextFound += len(c.ContextsFound)
		for _, e := range events {
			for _, x := range e.PLOVER.Context {
				if !containsStr(c.Contexts, x) {
					c.Contexts = append(c.Contexts, x)
				}
			}
		}
		for _, g := range c.GoldContexts {
			cs(g).Gold++
		}
		if len(c.GoldContexts) > 0 {
			for _, x := range c.Contexts {
				res.ContextPredicted++
				cs(x).Predicted++
				if containsStr(c.GoldContexts, x) {
					res.ContextRight++
					cs(x).Correct++
				}
			}
		}
		c.FirstOK = c.First == c.Gold
		if c.TypeOK {
			res.TypeCorrect++
			ts(c.Gold).Correct++
		}
		if c.FirstOK {
			res.FirstCorrect++
		}
		first := c.First
		if first == "" {
			first = "none"
		}
		if res.Confusion[c.Gold] == nil {
			res.Confusion[c.Gold] = map[string]int{}
		}
		res.Confusion[c.Gold][first]++

		if countries := rec.GoldCountries(); len(countries) > 0 {
			c.HasActor = true
			c.GoldCountries = countries
			res.ActorGold++
			if chosen < 0 && len(events) > 0 {
				chosen = 0
			}
			if chosen >= 0 {
				for _, a := range events[chosen].Actors {
					c.Actors = append(c.Actors, a.Code)
				}
				c.ActorOK = actorCountryMatches(events[chosen].Actors, countries)
			}
			if c.ActorOK {
				res.ActorCorrect++
			}
		}
		res.Cases = append(res.Cases, c)
	}
	for _, s := range types {
		res.Types = append(res.Types, *s)
	}
	sort.Slice(res.Types, func(i, j int) bool { return res.Types[i].Type < res.Types[j].Type })
	for _, s := range contexts {
		res.Contexts = append(res.Contexts, *s)
	}
	sort.Slice(res.Contexts, func(i, j int) bool { return res.Contexts[i].Type < res.Contexts[j].Type })
	return res
}

// actorCountryMatches reports whether one of the actors has one of the
// gold countries as its country or as the prefix of its code.
func actorCountryMatches(as []doc.ActorRef, countries []string) bool {
	for _, a := range as {
		for _, g := range countries {
			if strings.EqualFold(a.Country, g) || strings.HasPrefix(strings.ToUpper(a.Code), g) {
				return true
			}
		}
	}
	return false
}

// WriteSummary writes the headline figures and the per-type precision and
// recall.
func (r PLOVERResult) WriteSummary(w io.Writer) error {
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', tabwriter.AlignRight)
	fmt.Fprintf(tw, "records\t%d\t\n", r.Records)
	fmt.Fprintf(tw, "coder errors\t%d\t\n", r.Errors)
	fmt.Fprintf(tw, "no event\t%d\t\n", r.NoEvent)
	fmt.Fprintf(tw, "type accuracy (any event)\t%.3f\t(%d/%d)\n", r.TypeAccuracy(), r.TypeCorrect, r.Records)
	fmt.Fprintf(tw, "type accuracy (first event)\t%.3f\t(%d/%d)\n", r.FirstAccuracy(), r.FirstCorrect, r.Records)
	fmt.Fprintf(tw, "actor country accuracy\t%.3f\t(%d/%d)\n", r.ActorAccuracy(), r.ActorCorrect, r.ActorGold)
	fmt.Fprintf(tw, "mode accuracy\t%.3f\t(%d/%d)\n", r.ModeAccuracy(), r.ModeCorrect, r.ModeGold)
	fmt.Fprintf(tw, "context recall\t%.3f\t(%d/%d)\n", r.ContextRecall(), r.ContextFound, r.ContextGold)
	fmt.Fprintf(tw, "context precision\t%.3f\t(%d/%d)\n", r.ContextPrecision(), r.ContextRight, r.ContextPredicted)
	kp, kr, kn := r.ContextPrecisionKnown()
	fmt.Fprintf(tw, "context precision (gold contexts)\t%.3f\t(%d/%d)\n", kp, kr, kn)
	fmt.Fprintln(tw, "\t\t")
	fmt.Fprintln(tw, "type\tgold\tpredicted\tcorrect\tprecision\trecall\t")
	for _, s := range r.Types {
		fmt.Fprintf(tw, "%s\t%d\t%d\t%d\t%.2f\t%.2f\t\n", s.Type, s.Gold, s.Predicted, s.Correct, s.Precision(), s.Recall())
	}
	return tw.Flush()
}

// WriteContexts writes the precision and recall of each context over the
// records with gold contexts.
func (r PLOVERResult) WriteContexts(w io.Writer) error {
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', tabwriter.AlignRight)
	fmt.Fprintln(tw, "context\tgold\tpredicted\tcorrect\tprecision\trecall\t")
	for _, s := range r.Contexts {
		fmt.Fprintf(tw, "%s\t%d\t%d\t%d\t%.2f\t%.2f\t\n", s.Type, s.Gold, s.Predicted, s.Correct, s.Precision(), s.Recall())
	}
	return tw.Flush()
}

// WriteConfusion writes the confusion table: one row per gold type, one
// column per type of the first event ("none" when there was none).
func (r PLOVERResult) WriteConfusion(w io.Writer) error {
	var golds []string
	cols := map[string]bool{}
	for g, row := range r.Confusion {
		golds = append(golds, g)
		for p := range row {
			cols[p] = true
		}
	}
	sort.Strings(golds)
	var preds []string
	for p := range cols {
		if p != "none" {
			preds = append(preds, p)
		}
	}
	sort.Strings(preds)
	if cols["none"] {
		preds = append(preds, "none")
	}
	tw := tabwriter.NewWriter(w, 0, 0, 1, ' ', tabwriter.AlignRight)
	fmt.Fprint(tw, "gold\\first\t")
	for _, p := range preds {
		fmt.Fprintf(tw, "%s\t", abbrev(p))
	}
	fmt.Fprintln(tw)
	for _, g := range golds {
		fmt.Fprintf(tw, "%s\t", g)
		for _, p := range preds {
			if n := r.Confusion[g][p]; n > 0 {
				fmt.Fprintf(tw, "%d\t", n)
			} else {
				fmt.Fprint(tw, ".\t")
			}
		}
		fmt.Fprintln(tw)
	}
	return tw.Flush()
}

// abbrev shortens a type name for a column header.
func abbrev(t string) string {
	if len(t) > 4 {
		return t[:4]
	}
	return t
}

// WriteMisses writes the records whose type was missed, one per line: id,
// gold type, the types produced; then the records whose type was right
// but whose source country was not: id, gold countries, the codes of the
// chosen event's actors; then the records of the right type whose gold mode
// no event of that type has, and those with gold contexts not found.
func (r PLOVERResult) WriteMisses(w io.Writer) error {
	for _, c := range r.Cases {
		if c.TypeOK {
			continue
		}
		if _, err := fmt.Fprintf(w, "%s\tgold=%s\tgot=%s\n", c.ID, c.Gold, strings.Join(c.Predicted, ",")); err != nil {
			return err
		}
	}
	for _, c := range r.Cases {
		if !c.TypeOK || !c.HasActor || c.ActorOK {
			continue
		}
		if _, err := fmt.Fprintf(w, "%s\tactor\tgold=%s\tgot=%s\n", c.ID, strings.Join(c.GoldCountries, ","), strings.Join(c.Actors, ",")); err != nil {
			return err
		}
	}
	for _, c := range r.Cases {
		if !c.TypeOK || c.GoldMode == "" || c.ModeOK {
			continue
		}
		if _, err := fmt.Fprintf(w, "%s\tmode\tgold=%s\tgot=%s\n", c.ID, c.GoldMode, c.PredMode); err != nil {
			return err
		}
	}
	for _, c := range r.Cases {
		if len(c.ContextsFound) == len(c.GoldContexts) && (len(c.GoldContexts) == 0 || len(c.Contexts) == len(c.ContextsFound)) {
			continue
		}
		if _, err := fmt.Fprintf(w, "%s\tcontext\tgold=%s\tfound=%s\tgot=%s\n", c.ID, strings.Join(c.GoldContexts, ","), strings.Join(c.ContextsFound, ","), strings.Join(c.Contexts, ",")); err != nil {
			return err
		}
	}
	return nil
}

// PLOVERHalf keeps the records whose ID ends in an odd ("odd") or even
// ("even") number ("PLOVER-GSR01-AGREE-0003" is odd), so that rules can be
// chosen on one half and confirmed on the other; "" keeps them all. A
// record whose ID ends in no number goes by its position (1-based).
func PLOVERHalf(recs []PLOVERRecord, half string) ([]PLOVERRecord, error) {
	return Half(recs, half, func(i int, r PLOVERRecord) int {
		if n, ok := trailingNumber(r.ID); ok {
			return n
		}
		return i + 1
	})
}

// Half keeps the items whose number is odd ("odd") or even ("even"), so
// that rules can be chosen on one half of a gold set and confirmed on the
// other; "" keeps them all. number gives item i's number; nil numbers
// items by their position, 1-based (the 1st, 3rd … are odd).
func Half[T any](items []T, half string, number func(i int, it T) int) ([]T, error) {
	var want int
	switch half {
	case "":
		return items, nil
	case "odd":
		want = 1
	case "even":
		want = 0
	default:
		return nil, fmt.Errorf("half %q is neither odd nor even", half)
	}
	var out []T
	for i, it := range items {
		n := i + 1
		if number != nil {
			n = number(i, it)
		}
		if n%2 == want {
			out = append(out, it)
		}
	}
	return out, nil
}

// trailingNumber is the number an ID ends with ("X-0012": 12).
func trailingNumber(id string) (int, bool) {
	j := len(id)
	for j > 0 && id[j-1] >= '0' && id[j-1] <= '9' {
		j--
	}
	if j == len(id) {
		return 0, false
	}
	n := 0
	for _, c := range id[j:] {
		n = n*10 + int(c-'0')
		if n > 1<<30 {
			return 0, false
		}
	}
	return n, true
}
