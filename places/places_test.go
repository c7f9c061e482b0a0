package places

import (
	"context"
	"fmt"
	"github.com/petrel-events/petrel/internal/sharedtest"
	"github.com/petrel-events/petrel/nlp/clean"
	"os"
	"strconv"
	"strings"
	"sync"
	"testing"

	"github.com/petrel-events/petrel/doc"
	"github.com/petrel-events/petrel/nlp/tokenize"
)

var (
	recOnce sync.Once
	rec     *Recognizer
	recErr  error
)

func recognizer(t testing.TB) *Recognizer {
	t.Helper()
	recOnce.Do(func() { rec, recErr = New() })
	if recErr != nil {
		t.Fatal(recErr)
	}
	return rec
}

// annotate tokenizes text and runs the places layer.
func annotate(t testing.TB, text string) *doc.Doc {
	t.Helper()
	d := &doc.Doc{Text: text}
	tokenize.New().Process(d)
	if err := recognizer(t).Process(context.Background(), d); err != nil {
		t.Fatal(err)
	}
	return d
}

func placesString(d *doc.Doc) string {
	var parts []string
	for _, p := range d.Places {
		parts = append(parts, fmt.Sprintf("%s=%s/%s/%s", p.Text, p.Name, p.Country, p.Kind))
	}
	return strings.Join(parts, " ")
}

func TestRecognise(t *testing.T) {
	b, err := os.ReadFile("testdata/recognise.tsv")
	if err != nil {
		t.Fatal(err)
	}
	for n, line := range strings.Split(string(b), "\n") {
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		text, want, _ := strings.Cut(line, "\t")
		t.Run(fmt.Sprintf("line%d", n+1), func(t *testing.T) {
			d := annotate(t, text)
			var got []string
			for _, p := range d.Places {
				got = append(got, fmt.Sprintf("%s=%s/%s", p.Text, p.Country, p.Kind))
				if d.Text[p.Start:p.End] != p.Text {
					t.Errorf("span %v is %q, text %q", p.Span, d.Text[p.Start:p.End], p.Text)
				}
			}
			if g := strings.Join(got, " | "); g != want {
				t.Errorf("%s\n got: %s\nwant: %s", text, g, want)
			}
		})
	}
}

// TestSeedPlaces checks the seed article's places (../shared/eval/seed):
// Ukraine, Moscow and Kyiv with their countries, "European capitals" as a
// region.
func TestSeedPlaces(t *testing.T) {
	path := sharedtest.Path(t, "eval", "seed", "article.txt")
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	d := annotate(t, clean.Clean(string(b)))
	want := []struct{ text, country, kind string }{
		{"Ukraine", "UKR", "country"}, {"Moscow", "RUS", "city"}, {"Kyiv", "UKR", "city"}, {"European capitals", "", "region"},
	}
	for _, w := range want {
		found := false
		for _, p := range d.Places {
			found = found || p.Text == w.text && p.Country == w.country && p.Kind == w.kind
		}
		if !found {
			t.Errorf("no place %s (%s, %s) in %s", w.text, w.country, w.kind, placesString(d))
		}
	}
}

func TestConcurrent(t *testing.T) {
	r := recognizer(t)
	text := "Talks in Moscow and Kyiv continued while storms hit Atlanta, Georgia."
	want := placesString(annotate(t, text))
	var wg sync.WaitGroup
	for range 4 {
		wg.Go(func() {
			for range 20 {
				d := &doc.Doc{Text: text}
				tokenize.New().Process(d)
				if err := r.Process(context.Background(), d); err != nil {
					t.Error(err)
					return
				}
				if got := placesString(d); got != want {
					t.Errorf("got %s, want %s", got, want)
					return
				}
			}
		})
	}
	wg.Wait()
}

// TestInsideNamedActor checks that a place name inside the name of a KB
// person, organisation or group is no place, while countries and metonyms
// recognised as actors stay places.
func TestInsideNamedActor(t *testing.T) {
	tests := []struct {
		text   string
		actors []doc.Mention // spans are found from their text
		want   string
	}{
		{"Wagner fighters entered Bakhmut on Saturday.",
			[]doc.Mention{{Text: "Wagner fighters", Code: "RUSMILINS", Kind: "agent", Via: "demonym", KBID: "wagner-group"}},
			"Bakhmut=UKR"},
		{"Ukraine said its troops entered Bakhmut.",
			[]doc.Mention{{Text: "Ukraine", Code: "UKR", Kind: "country", Via: "kb", KBID: "ukraine"}},
			"Ukraine=UKR Bakhmut=UKR"},
		{"Talks in Kyiv ended on Friday.",
			[]doc.Mention{{Text: "Kyiv", Code: "UKR", Kind: "country", Via: "metonym", KBID: "ukraine"}},
			"Kyiv=UKR"},
	}
	for _, tc := range tests {
		t.Run(tc.text, func(t *testing.T) {
			d := &doc.Doc{Text: tc.text}
			tokenize.New().Process(d)
			for _, a := range tc.actors {
				a.Start = strings.Index(tc.text, a.Text)
				a.End = a.Start + len(a.Text)
				d.Actors = append(d.Actors, a)
			}
			if err := recognizer(t).Process(context.Background(), d); err != nil {
				t.Fatal(err)
			}
			var got []string
			for _, p := range d.Places {
				got = append(got, p.Text+"="+p.Country)
			}
			if g := strings.Join(got, " "); g != tc.want {
				t.Errorf("places %q, want %q", g, tc.want)
			}
		})
	}
}

// TestDemonymPlace checks that a demonym written as an adjective is its
// country, flagged so that it never locates an event.
func TestDemonymPlace(t *testing.T) {
	d := annotate(t, "Nigerian soldiers and Nigerian police guarded Kano. They withdrew on Friday.")
	if len(d.Places) != 3 {
		t.Fatalf("places %s, want Nigerian twice and Kano", placesString(d))
	}
	if p := d.Places[0]; p.Text != "Nigerian" || p.Country != "NGA" || p.Kind != "country" || !p.Adjective {
		t.Errorf("first place %+v, want the adjective Nigerian for Nigeria", p)
	}
	if p := d.Places[2]; p.Text != "Kano" || p.Adjective {
		t.Errorf("third place %+v, want Kano, not an adjective", p)
	}
	// an event of the second sentence, which names no place, happens at
	// the salient place: Kano, though Nigeria is named twice
	second := strings.Index(d.Text, "They")
	ev := doc.Event{Evidence: doc.Evidence{Sentence: -1, Start: second, End: len(d.Text)}}
	Locate(d, &ev)
	if ev.Location == nil || ev.Location.Text != "Kano" {
		t.Errorf("location %+v, want Kano", ev.Location)
	}
}

// TestNameDemonymAfterPreposition checks that a country whose demonym is
// its own name ("Myanmar") is the place, not an adjective, after a
// preposition.
func TestNameDemonymAfterPreposition(t *testing.T) {
	d := annotate(t, "Rebels in Myanmar shot down a helicopter.")
	if len(d.Places) != 1 || d.Places[0].Text != "Myanmar" || d.Places[0].Adjective {
		t.Fatalf("places %s (%+v), want Myanmar as a place, not an adjective", placesString(d), d.Places)
	}
}

// TestResolvedPoint checks where resolution puts a place in context:
//   - readings settled by the first pass vote in the next: "Georgia"
//     next to "Alabama" is the state, which then places "Columbus" in
//     Georgia rather than in Ohio;
//   - a town name shared by towns of like size reads as the one near the
//     document's other towns (Columbus across the river from Phenix City);
//   - a large division whose cities crowd one edge takes its label point
//     (Ontario lies north of Lake Superior's latitude, not at Toronto's).
func TestResolvedPoint(t *testing.T) {
	tests := []struct {
		name, text, place string
		minLat, maxLat    float64
		want              string
	}{
		{"second pass", "Voters lined up on both sides of the river, in Georgia and Alabama, and Columbus reported short waits.", "Columbus", 0, 34, "Columbus, Georgia (32.5,-85.0)"},
		{"near towns", "Voters in Columbus waited in the dark. Across the river, lines in Phenix City were short.", "Columbus", 0, 35, "Columbus, Georgia (32.5,-85.0)"},
		{"label point", "Wildfires spread across northern Ontario, Canada, on Sunday.", "Ontario", 48, 90, "its label point near 50.5,-84.8"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			d := annotate(t, tc.text)
			for _, p := range d.Places {
				if p.Text == tc.place {
					if p.Lat < tc.minLat || p.Lat > tc.maxLat {
						t.Errorf("%s at %.2f,%.2f, want %s", tc.place, p.Lat, p.Lon, tc.want)
					}
					return
				}
			}
			t.Errorf("no %s in %s", tc.place, placesString(d))
		})
	}
}

// TestResolveFixtures checks where the places of the documents in
// testdata/resolve.tsv resolve.
func TestResolveFixtures(t *testing.T) {
	b, err := os.ReadFile("testdata/resolve.tsv")
	if err != nil {
		t.Fatal(err)
	}
	for n, line := range strings.Split(string(b), "\n") {
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		f := strings.Split(line, "\t")
		if len(f) != 7 {
			t.Fatalf("line %d: %d fields, want 7", n+1, len(f))
		}
		var box [4]float64
		for i := range box {
			if box[i], err = strconv.ParseFloat(f[2+i], 64); err != nil {
				t.Fatalf("line %d: %v", n+1, err)
			}
		}
		t.Run(fmt.Sprintf("line%d", n+1), func(t *testing.T) {
			d := annotate(t, f[0])
			for _, p := range d.Places {
				if p.Text != f[1] {
					continue
				}
				if p.Lat < box[0] || p.Lat > box[1] || p.Lon < box[2] || p.Lon > box[3] {
					t.Errorf("%s at %.2f,%.2f, want %s", p.Text, p.Lat, p.Lon, f[6])
				}
				return
			}
			t.Errorf("no %s in %s", f[1], placesString(d))
		})
	}
}

// TestCountyTie checks that a county name shared by several states, with
// nothing else to go by, reads as the county of the most populous state.
func TestCountyTie(t *testing.T) {
	d := annotate(t, "The fire warning for Walker County ended on Monday.")
	if len(d.Places) != 1 || d.Places[0].Kind != "admin2" {
		t.Fatalf("places %s, want Walker County", placesString(d))
	}
	if p := d.Places[0]; p.Lon > -94 {
		t.Errorf("Walker County at %.2f,%.2f, want the Texas county (30.7,-95.6)", p.Lat, p.Lon)
	}
}
