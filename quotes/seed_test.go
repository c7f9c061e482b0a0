package quotes

import (
	"context"
	"encoding/json"
	"os"
	"slices"
	"strings"
	"testing"

	"github.com/petrel-events/petrel/actors"
	"github.com/petrel-events/petrel/doc"
	"github.com/petrel-events/petrel/internal/sharedtest"
	"github.com/petrel-events/petrel/kb"
	"github.com/petrel-events/petrel/nlp/clean"
	"github.com/petrel-events/petrel/nlp/model"
	"github.com/petrel-events/petrel/nlp/tokenize"
	"github.com/petrel-events/petrel/timex"
)

// seedQuote is a gold quote of the seed article.
type seedQuote struct {
	SpeakerHas string   `json:"speaker_has"`
	Cue        string   `json:"cue"`
	ContentHas string   `json:"content_has"`
	Kind       []string `json:"kind"`
}

// speakerTexts returns the speaker's text and, for a pronoun or
// description, the text of the mention it refers to.
func speakerTexts(d *doc.Doc, q doc.Quote) []string {
	if q.Speaker == nil {
		return nil
	}
	out := []string{q.Speaker.Text}
	for _, m := range d.Actors {
		if m.Overlaps(q.Speaker.Span) && m.Antecedent >= 0 && m.Antecedent < len(d.Actors) {
			out = append(out, d.Actors[m.Antecedent].Text)
		}
	}
	return out
}

// TestSeedQuotes runs the recognition layers on the seed article and
// reports how many gold quotes are found. It checks no figure: the seed
// article is one text among many and nothing is tuned to it.
func TestSeedQuotes(t *testing.T) {
	goldPath := sharedtest.Path(t, "eval", "seed", "gold.json")
	text, err := os.ReadFile(sharedtest.Path(t, "eval", "seed", "article.txt"))
	if err != nil {
		t.Fatal(err)
	}
	raw, err := os.ReadFile(goldPath)
	if err != nil {
		t.Fatal(err)
	}
	var gold struct {
		Quotes []seedQuote `json:"quotes"`
	}
	if err := json.Unmarshal(raw, &gold); err != nil {
		t.Fatal(err)
	}
	for _, parsed := range []bool{false, true} {
		name := "surface"
		if parsed {
			name = "parsed"
		}
		t.Run(name, func(t *testing.T) { seedQuotes(t, string(text), gold.Quotes, parsed) })
	}
}

// seedQuotes runs the layers on the seed text, with or without the
// dependency parser, and logs the gold quotes found.
func seedQuotes(t *testing.T, text string, gold []seedQuote, parsed bool) {
	pub, _ := doc.ParseTime("2025-09-06")
	d := &doc.Doc{ID: "seed", Text: clean.Clean(text), Published: pub}
	tokenize.New().Process(d)
	ctx := context.Background()
	if parsed {
		m, err := model.Load()
		if err != nil {
			t.Fatal(err)
		}
		if err := m.Process(ctx, d); err != nil {
			t.Fatal(err)
		}
	}
	tx, err := timex.New()
	if err != nil {
		t.Fatal(err)
	}
	k, err := kb.Load(kb.Data())
	if err != nil {
		t.Fatal(err)
	}
	r, err := New()
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range []interface {
		Process(context.Context, *doc.Doc) error
	}{tx, actors.New(k), r} {
		if err := c.Process(ctx, d); err != nil {
			t.Fatal(err)
		}
	}
	found := 0
	for _, g := range gold {
		hit := false
		for _, q := range d.Quotes {
			if q.Cue == nil || !strings.Contains(strings.ToLower(q.Cue.Text), strings.ToLower(g.Cue)) ||
				!strings.Contains(q.Content.Text, g.ContentHas) || !slices.Contains(g.Kind, q.Kind) {
				continue
			}
			for _, s := range speakerTexts(d, q) {
				hit = hit || strings.Contains(s, g.SpeakerHas)
			}
		}
		if hit {
			found++
		} else {
			t.Logf("not found: %+v", g)
		}
	}
	for _, q := range d.Quotes {
		t.Logf("quote: %s (code %q)", render(q, false), q.SpeakerCode)
	}
	t.Logf("seed quotes found: %d of %d", found, len(gold))
}
