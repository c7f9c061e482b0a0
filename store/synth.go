package store

import (
	"fmt"
	"math/rand/v2"
	"strings"
	"time"

	"github.com/petrel-events/petrel/doc"
)

// Synth generates synthetic coded documents for benchmarks and load tests:
// actors, CAMEO codes and places drawn from Zipf-like distributions over
// realistic vocabulary sizes, dates spread over Days days from Start. The
// documents are distinct (no near-duplicates) and most events are distinct
// (few merge).
type Synth struct {
	Start        time.Time
	Days         int // default 3 years
	EventsPerDoc int // default 5
	// DocsPerDay documents are dated each day, in order, as news arrive
	// (default 1826: 10M events over three years); 0 dates them at random.
	DocsPerDay int
	rng        *rand.Rand
	countries  []string
	sectors    []string
	codes      []string
	places     []doc.Location
	zc, zs, zp *rand.Zipf
	n          int
}

// NewSynth returns a generator with a fixed seed.
func NewSynth(seed uint64) *Synth {
	rng := rand.New(rand.NewPCG(seed, seed^0x5eed))
	s := &Synth{Start: time.Date(2023, 1, 1, 0, 0, 0, 0, time.UTC), Days: 3 * 365, EventsPerDoc: 5, DocsPerDay: 1826, rng: rng}
	for a := 'A'; a <= 'Z'; a++ {
		for b := 'A'; b <= 'Z'; b += 3 {
			s.countries = append(s.countries, string([]rune{a, b, 'X'}))
		}
	}
	s.sectors = []string{"", "GOV", "MIL", "REB", "OPP", "BUS", "CVL", "JUD", "LEG", "MED", "COP", "EDU", "HLH", "REF", "IGO", "NGO"}
	roots := []string{"01", "02", "03", "04", "05", "06", "07", "08", "09", "10", "11", "12", "13", "14", "15", "16", "17", "18", "19", "20"}
	for _, r := range roots {
		s.codes = append(s.codes, r+"0")
		for i := 1; i <= 5; i++ {
			s.codes = append(s.codes, fmt.Sprintf("%s%d", r, i))
		}
	}
	for i := range 2000 {
		c := s.countries[i%len(s.countries)]
		s.places = append(s.places, doc.Location{Name: fmt.Sprintf("Place%d", i), Country: c,
			Lat: float64(rng.IntN(140)) - 70 + rng.Float64(), Lon: float64(rng.IntN(360)) - 180 + rng.Float64()})
	}
	s.zc = rand.NewZipf(rng, 1.3, 2, uint64(len(s.countries)-1))
	s.zs = rand.NewZipf(rng, 1.5, 1, uint64(len(s.sectors)-1))
	s.zp = rand.NewZipf(rng, 1.2, 4, uint64(len(s.places)-1))
	return s
}

func (s *Synth) actor() doc.ActorRef {
	c := s.countries[s.zc.Uint64()]
	sec := s.sectors[s.zs.Uint64()]
	return doc.ActorRef{Code: c + sec, Country: c, Sector: sec, Text: c + " " + sec, Name: c + sec}
}

// quadOf approximates CAMEO's QuadClass and Goldstein scale from a root.
func quadOf(root string) (int, float64) {
	var r int
	fmt.Sscanf(root, "%d", &r)
	switch {
	case r <= 5:
		return 1, float64(r)
	case r <= 9:
		return 2, float64(r - 3)
	case r <= 14:
		return 3, -float64(r - 8)
	}
	return 4, -float64(r - 10)
}

// Doc returns the next synthetic document.
func (s *Synth) Doc() *doc.Doc {
	i := s.n
	s.n++
	var day time.Time
	if s.DocsPerDay > 0 {
		day = s.Start.AddDate(0, 0, (i/s.DocsPerDay)%s.Days)
	} else {
		day = s.Start.AddDate(0, 0, s.rng.IntN(s.Days))
	}
	var text strings.Builder
	fmt.Fprintf(&text, "Synthetic report %d.", i)
	d := &doc.Doc{ID: fmt.Sprintf("synth-%d", i), Source: fmt.Sprintf("outlet%d.example", s.rng.IntN(500)),
		Published: doc.Time{Time: day, DateOnly: true}}
	for j := range s.EventsPerDoc {
		code := s.codes[s.rng.IntN(len(s.codes))]
		quad, gold := quadOf(code[:2])
		start := text.Len() + 1
		src, tgt := s.actor(), s.actor()
		fmt.Fprintf(&text, " %s did %s to %s on day %d (%d/%d).", src.Text, code, tgt.Text, i, j, s.rng.Uint32())
		loc := s.places[s.zp.Uint64()]
		d.Events = append(d.Events, doc.Event{
			ID: fmt.Sprintf("synth-%d-e%d", i, j), DocID: d.ID, Sentence: j + 1,
			Date: day.AddDate(0, 0, -s.rng.IntN(2)).Format(time.DateOnly), DatePrecision: "day",
			Actors: []doc.ActorRef{src}, Recipients: []doc.ActorRef{tgt},
			CAMEO:    doc.CAMEO{Code: code, Root: code[:2], QuadClass: quad, Goldstein: gold},
			PLOVER:   doc.PLOVER{Type: "SYNTH", Mode: "", Context: []string{}},
			Evidence: doc.Evidence{Start: start, End: text.Len(), Sentence: j + 1, Trigger: doc.TextSpan{Text: code}, Pattern: "synth"},
			Location: &loc,
		})
	}
	d.Text = text.String()
	return d
}
