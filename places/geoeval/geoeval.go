// Package geoeval scores geoparsing against the LGL and GeoWebNews gold
// sets: toponym recognition (precision, recall and F1 on overlapping spans)
// and resolution (accuracy@161 km: the share of correctly recognised
// toponyms whose coordinates lie within 161 km of the gold). It also scores
// other geoparsers' outputs in the CamCoder text format for comparison.
package geoeval

import (
	"bufio"
	"context"
	"encoding/xml"
	"fmt"
	"io"
	"math"
	"os"
	"sort"
	"strconv"
	"strings"

	"github.com/petrel-events/petrel/doc"
)

// Toponym is a gold or predicted toponym: a byte span of the article text
// and, when known, coordinates.
type Toponym struct {
	doc.Span
	Text     string
	Lat, Lon float64
	HasCoord bool
	// Type is GeoWebNews' toponym type ("Literal", "Demonym", ...).
	Type string
}

// Article is one gold document.
type Article struct {
	ID       string
	Title    string
	Text     string
	Toponyms []Toponym
}

// ReadLGL reads lgl.xml (Lieberman's Local-Global Lexicon). Offsets in the
// file count characters; they are converted to byte offsets. Only the
// toponyms with coordinates are kept as gold, as in the literature.
func ReadLGL(r io.Reader) ([]Article, error) {
	var x struct {
		Articles []struct {
			ID       string `xml:"docid,attr"`
			Title    string `xml:"title"`
			Text     string `xml:"text"`
			Toponyms []struct {
				Start  int    `xml:"start"`
				End    int    `xml:"end"`
				Phrase string `xml:"phrase"`
				Gaz    *struct {
					Lat float64 `xml:"lat"`
					Lon float64 `xml:"lon"`
				} `xml:"gaztag"`
			} `xml:"toponyms>toponym"`
		} `xml:"article"`
	}
	if err := xml.NewDecoder(r).Decode(&x); err != nil {
		return nil, fmt.Errorf("lgl: %w", err)
	}
	out := make([]Article, 0, len(x.Articles))
	for _, a := range x.Articles {
		art := Article{ID: a.ID, Title: a.Title, Text: a.Text}
		off := runeOffsets(a.Text)
		for _, t := range a.Toponyms {
			if t.Gaz == nil || t.End >= len(off) || t.Start < 0 || t.Start > t.End {
				continue
			}
			art.Toponyms = append(art.Toponyms, Toponym{Span: doc.Span{Start: off[t.Start], End: off[t.End]},
				Text: t.Phrase, Lat: t.Gaz.Lat, Lon: t.Gaz.Lon, HasCoord: true})
		}
		out = append(out, art)
	}
	return out, nil
}

// ReadGWN reads GWN.xml (GeoWebNews). Gold toponyms are those with
// coordinates (the set of gwn_full.txt); their Type is kept.
func ReadGWN(r io.Reader) ([]Article, error) {
	var x struct {
		Articles []struct {
			File     string `xml:"file,attr"`
			Title    string `xml:"title"`
			Text     string `xml:"text"`
			Toponyms []struct {
				Name  string `xml:"extractedName"`
				Type  string `xml:"type"`
				Start int    `xml:"start"`
				End   int    `xml:"end"`
				Lat   string `xml:"latitude"`
				Lon   string `xml:"longitude"`
			} `xml:"toponyms>toponym"`
		} `xml:"article"`
	}
	if err := xml.NewDecoder(r).Decode(&x); err != nil {
		return nil, fmt.Errorf("gwn: %w", err)
	}
	out := make([]Article, 0, len(x.Articles))
	for _, a := range x.Articles {
		art := Article{ID: a.File, Title: a.Title, Text: a.Text}
		off := runeOffsets(a.Text)
		for _, t := range a.Toponyms {
			lat, err1 := strconv.ParseFloat(strings.TrimSpace(t.Lat), 64)
			lon, err2 := strconv.ParseFloat(strings.TrimSpace(t.Lon), 64)
			if err1 != nil || err2 != nil || t.End >= len(off) || t.Start < 0 || t.Start > t.End {
				continue
			}
			art.Toponyms = append(art.Toponyms, Toponym{Span: doc.Span{Start: off[t.Start], End: off[t.End]},
				Text: t.Name, Lat: lat, Lon: lon, HasCoord: true, Type: t.Type})
		}
		sort.Slice(art.Toponyms, func(i, j int) bool { return art.Toponyms[i].Start < art.Toponyms[j].Start })
		out = append(out, art)
	}
	return out, nil
}

// runeOffsets maps character offsets to byte offsets (one past the end
// included).
func runeOffsets(s string) []int {
	off := make([]int, 0, len(s)+1)
	for i := range s {
		off = append(off, i)
	}
	return append(off, len(s))
}

// ReadBaseline reads a geoparser's output in the CamCoder text format: one
// line per article, toponyms separated by "||", each
// "name,,phrase,,lat,,lon,,start,,end" with character offsets.
func ReadBaseline(r io.Reader, arts []Article) ([][]Toponym, error) {
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 1<<20), 1<<24)
	var out [][]Toponym
	for line := 0; sc.Scan(); line++ {
		var ts []Toponym
		var off []int
		if line < len(arts) {
			off = runeOffsets(arts[line].Text)
		}
		for _, item := range strings.Split(sc.Text(), "||") {
			f := strings.Split(item, ",,")
			if len(f) < 6 {
				continue
			}
			lat, err1 := strconv.ParseFloat(f[2], 64)
			lon, err2 := strconv.ParseFloat(f[3], 64)
			s, err3 := strconv.Atoi(f[4])
			e, err4 := strconv.Atoi(f[5])
			if err1 != nil || err2 != nil || err3 != nil || err4 != nil {
				return nil, fmt.Errorf("baseline line %d: bad item %q", line+1, item)
			}
			if e < len(off) && s >= 0 && s <= e {
				s, e = off[s], off[e]
			}
			ts = append(ts, Toponym{Span: doc.Span{Start: s, End: e}, Text: f[1], Lat: lat, Lon: lon, HasCoord: true})
		}
		out = append(out, ts)
	}
	return out, sc.Err()
}

// Score is the result of a run.
type Score struct {
	Gold, Pred, Matched int
	// Resolved counts matched toponyms with coordinates on both sides;
	// Within161 those within 161 km.
	Resolved, Within161 int
	// SumLogErr sums ln(1+km) over Resolved (for the mean log error).
	SumLogErr float64
	// ByType counts gold toponyms and recognised ones by type (GWN).
	ByType map[string][2]int
}

// Precision returns Matched/Pred.
func (s Score) Precision() float64 { return ratio(s.Matched, s.Pred) }

// Recall returns Matched/Gold.
func (s Score) Recall() float64 { return ratio(s.Matched, s.Gold) }

// F1 returns the harmonic mean of precision and recall.
func (s Score) F1() float64 {
	p, r := s.Precision(), s.Recall()
	if p+r == 0 {
		return 0
	}
	return 2 * p * r / (p + r)
}

// Acc161 returns Within161/Resolved.
func (s Score) Acc161() float64 { return ratio(s.Within161, s.Resolved) }

func ratio(a, b int) float64 {
	if b == 0 {
		return 0
	}
	return float64(a) / float64(b)
}

// Add scores the predictions of one article: each gold toponym matches at
// most one overlapping prediction (the first unmatched one).
func (s *Score) Add(gold, pred []Toponym) {
	s.Gold += len(gold)
	s.Pred += len(pred)
	used := make([]bool, len(pred))
	for _, g := range gold {
		hit := false
		for j, p := range pred {
			if used[j] || !g.Overlaps(p.Span) {
				continue
			}
			used[j], hit = true, true
			s.Matched++
			if g.HasCoord && p.HasCoord {
				s.Resolved++
				km := Distance(g.Lat, g.Lon, p.Lat, p.Lon)
				s.SumLogErr += math.Log1p(km)
				if km < 161 {
					s.Within161++
				}
			}
			break
		}
		if g.Type != "" {
			if s.ByType == nil {
				s.ByType = map[string][2]int{}
			}
			c := s.ByType[g.Type]
			c[0]++
			if hit {
				c[1]++
			}
			s.ByType[g.Type] = c
		}
	}
}

// Distance returns the great-circle distance in km.
func Distance(lat1, lon1, lat2, lon2 float64) float64 {
	const r = 6371.0
	rad := math.Pi / 180
	dlat := (lat2 - lat1) * rad
	dlon := (lon2 - lon1) * rad
	a := math.Sin(dlat/2)*math.Sin(dlat/2) + math.Cos(lat1*rad)*math.Cos(lat2*rad)*math.Sin(dlon/2)*math.Sin(dlon/2)
	return 2 * r * math.Asin(math.Min(1, math.Sqrt(a)))
}

// Run processes every article with process (which must fill d.Places) and
// scores the places against the gold. Articles are processed as plain text
// with no cleaning, so that the gold offsets hold.
func Run(ctx context.Context, arts []Article, process func(context.Context, *doc.Doc) error) (Score, [][]Toponym, error) {
	var s Score
	preds := make([][]Toponym, len(arts))
	for i, a := range arts {
		d := &doc.Doc{ID: a.ID, Text: a.Text}
		if err := process(ctx, d); err != nil {
			return s, nil, fmt.Errorf("article %s: %w", a.ID, err)
		}
		for _, p := range d.Places {
			t := Toponym{Span: p.Span, Text: p.Text, Lat: p.Lat, Lon: p.Lon, HasCoord: p.Lat != 0 || p.Lon != 0}
			preds[i] = append(preds[i], t)
		}
		s.Add(a.Toponyms, preds[i])
	}
	return s, preds, nil
}

// ScoreAll scores prepared predictions, one list per article.
func ScoreAll(arts []Article, preds [][]Toponym) Score {
	var s Score
	for i, a := range arts {
		var p []Toponym
		if i < len(preds) {
			p = preds[i]
		}
		s.Add(a.Toponyms, p)
	}
	return s
}

// ReadFile opens path and calls read.
func ReadFile[T any](path string, read func(io.Reader) (T, error)) (T, error) {
	f, err := os.Open(path)
	if err != nil {
		var zero T
		return zero, err
	}
	defer f.Close()
	return read(f)
}
