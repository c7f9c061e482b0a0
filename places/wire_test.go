package places

import (
	"fmt"
	"math"
	"os"
	"strconv"
	"strings"
	"testing"

	"github.com/petrel-events/petrel/doc"
)

// wireGold is one gold toponym of testdata/wire.txt.
type wireGold struct {
	start, end int
	text       string
	iso        string  // a country code, or "" for a point or "@"
	any        bool    // "@": any reading is right
	lat, lon   float64 // the point, when iso is "" and any is false
}

// readWire parses testdata/wire.txt into documents and their gold
// toponyms: stories separated by blank lines, toponyms marked
// [[TEXT|GOLD]].
func readWire(t *testing.T, path string) ([]string, [][]wireGold) {
	t.Helper()
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	var texts []string
	var golds [][]wireGold
	for _, block := range strings.Split(string(b), "\n\n") {
		var lines []string
		for _, l := range strings.Split(block, "\n") {
			if l != "" && !strings.HasPrefix(l, "#") {
				lines = append(lines, l)
			}
		}
		if len(lines) == 0 {
			continue
		}
		src := strings.Join(lines, " ")
		var sb strings.Builder
		var gs []wireGold
		for {
			i := strings.Index(src, "[[")
			if i < 0 {
				sb.WriteString(src)
				break
			}
			sb.WriteString(src[:i])
			j := strings.Index(src[i:], "]]")
			if j < 0 {
				t.Fatalf("unclosed [[ in %q", src[i:])
			}
			text, gold, ok := strings.Cut(src[i+2:i+j], "|")
			if !ok {
				t.Fatalf("no gold in %q", src[i:i+j+2])
			}
			g := wireGold{start: sb.Len(), text: text}
			sb.WriteString(text)
			g.end = sb.Len()
			switch {
			case gold == "@":
				g.any = true
			case len(gold) == 3 && strings.ToUpper(gold) == gold:
				g.iso = gold
			default:
				la, lo, _ := strings.Cut(gold, ",")
				var e1, e2 error
				g.lat, e1 = strconv.ParseFloat(la, 64)
				g.lon, e2 = strconv.ParseFloat(lo, 64)
				if e1 != nil || e2 != nil {
					t.Fatalf("bad gold %q", gold)
				}
			}
			gs = append(gs, g)
			src = src[i+j+2:]
		}
		texts = append(texts, sb.String())
		golds = append(golds, gs)
	}
	return texts, golds
}

// wireScore counts gold toponyms found, predictions, matches and right
// readings, and lists the errors.
type wireScore struct {
	gold, pred, found, right, matched int
	errs                              []string
}

func (s *wireScore) add(d *doc.Doc, gs []wireGold) {
	s.gold += len(gs)
	s.pred += len(d.Places)
	used := make([]bool, len(d.Places))
	for _, g := range gs {
		hit := -1
		for i, p := range d.Places {
			if p.Start < g.end && g.start < p.End {
				hit = i
				break
			}
		}
		if hit < 0 {
			s.errs = append(s.errs, "miss  "+g.text)
			continue
		}
		used[hit] = true
		s.found++
		p := d.Places[hit]
		ok := g.any
		switch {
		case g.iso != "":
			ok = p.Country == g.iso
		case !g.any:
			ok = km(p.Lat, p.Lon, g.lat, g.lon) <= 161
		}
		if ok {
			s.right++
		} else {
			s.errs = append(s.errs, fmt.Sprintf("far   %s read %s/%s/%s (%.2f,%.2f)", g.text, p.Name, p.Country, p.Kind, p.Lat, p.Lon))
		}
	}
	for i, p := range d.Places {
		if used[i] {
			s.matched++
		} else {
			s.errs = append(s.errs, fmt.Sprintf("false %s (%s/%s)", p.Text, p.Country, p.Kind))
		}
	}
}

// TestWireBatch scores the places layer on the invented wire batches of
// testdata and fails when recognition or accuracy@161 km of a batch falls
// below what it reached when the rules for it were written (run one with
// -run 'TestWireBatch/wire2$').
func TestWireBatch(t *testing.T) {
	batches := []struct {
		file          string
		minF1, minAcc float64
	}{
		// Conflict towns, datelines, transliterations. First sight: F1
		// 0.926, acc@161 0.992.
		{"wire", 0.96, 0.97},
		// Words that look like places and are not. First sight: F1 0.958,
		// acc@161 1.000.
		{"wire2", 0.98, 0.97},
		// Villages, border crossings and surnames that name towns. First
		// sight: F1 0.924, acc@161 0.973.
		{"wire3", 0.96, 0.95},
		// Written after the third batch's rules as an estimate of them.
		// First sight: F1 0.962, acc@161 0.980.
		{"wire4", 0.97, 0.95},
		// Localities named with their country or region. First sight: F1
		// 0.971, acc@161 0.920 (localities at their country count as far).
		// Session 14: "seized Paletwa in Chin state", missed before, is
		// found at its state's point, 185 km away (F1 0.981 -> 0.990,
		// acc@161 0.922 -> 0.904); Hpakant then placed at the town of
		// its sentence in its country (0.923).
		{"wire5", 0.98, 0.92},
		// Localities after a verb of place and before their state or
		// province, towns whose only readings lie in other states or
		// countries. First sight: F1 0.972, acc@161 0.962.
		{"wire6", 0.97, 0.98},
		// Written after the wire6 rules as an estimate of them. First
		// sight: F1 0.977, acc@161 1.000 (a province the gazetteer
		// lacks; "the Pacific coast", not in the gold, found).
		{"wire7", 0.97, 0.98},
		// Local news: towns that share their names with larger places.
		// First sight: F1 0.960, acc@161 1.000 (0.980 with the gold's
		// "Clarksville" of "Clarksville Street" left out, as since);
		// 1.000 / 1.000 after the list rule ("South Portland and
		// Westbrook will vote").
		{"wire8", 0.98, 0.98},
		// Local towns told from famous namesakes by a parish, county,
		// state abbreviation, neighbour or the state named elsewhere;
		// cities abroad by province, neighbour or nationality. First
		// sight: F1 0.963, acc@161 0.808 (0.982 / 0.815 with "Licking
		// River", found, added to the gold); session 15: 1.000 / 0.893.
		{"wire9", 0.98, 0.88},
	}
	for _, b := range batches {
		t.Run(b.file, func(t *testing.T) {
			scoreWire(t, "testdata/"+b.file+".txt", b.minF1, b.minAcc)
		})
	}
}

// scoreWire scores the places layer on a wire batch and fails below
// minF1 or minAcc.
func scoreWire(t *testing.T, path string, minF1, minAcc float64) {
	texts, golds := readWire(t, path)
	var s wireScore
	for i, text := range texts {
		d := annotate(t, text)
		for _, g := range golds[i] {
			if d.Text[g.start:g.end] != g.text {
				t.Fatalf("span %d-%d is %q, want %q", g.start, g.end, d.Text[g.start:g.end], g.text)
			}
		}
		s.add(d, golds[i])
	}
	p := float64(s.matched) / float64(s.pred)
	r := float64(s.found) / float64(s.gold)
	f1 := 2 * p * r / (p + r)
	acc := float64(s.right) / float64(s.found)
	t.Logf("%d stories, %d gold, %d predicted: P %.3f R %.3f F1 %.3f acc@161 %.3f", len(texts), s.gold, s.pred, p, r, f1, acc)
	for _, e := range s.errs {
		t.Log(e)
	}
	if f1 < minF1 || acc < minAcc || math.IsNaN(f1) {
		t.Errorf("F1 %.3f, acc@161 %.3f: want at least %.2f and %.2f", f1, acc, minF1, minAcc)
	}
}
