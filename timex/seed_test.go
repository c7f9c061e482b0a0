package timex

import (
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"testing"

	"github.com/petrel-events/petrel/doc"
	"github.com/petrel-events/petrel/internal/sharedtest"
)

// TestSeed checks the seed article against the "times" of its gold file:
// every gold expression must be found with its value and precision.
func TestSeed(t *testing.T) {
	goldPath := sharedtest.Path(t, "eval", "seed", "gold.json")
	var gold struct {
		Doc struct {
			File      string `json:"file"`
			Published string `json:"published"`
		} `json:"doc"`
		Times []struct {
			Text      string `json:"text"`
			Value     string `json:"value"`
			Precision string `json:"precision"`
		} `json:"times"`
	}
	b, err := os.ReadFile(goldPath)
	if err != nil {
		t.Fatal(err)
	}
	if err := json.Unmarshal(b, &gold); err != nil {
		t.Fatal(err)
	}
	text, err := os.ReadFile(filepath.Join(filepath.Dir(goldPath), gold.Doc.File))
	if err != nil {
		t.Fatal(err)
	}
	pub, err := doc.ParseTime(gold.Doc.Published)
	if err != nil {
		t.Fatal(err)
	}
	d := &doc.Doc{Text: string(text), Published: pub}
	if err := mustNew(t).Process(context.Background(), d); err != nil {
		t.Fatal(err)
	}
	for _, g := range gold.Times {
		found := false
		for _, x := range d.Times {
			if x.Text == g.Text && x.Value == g.Value && x.Precision == g.Precision {
				found = true
			}
		}
		if !found {
			t.Errorf("seed: %q = %s (%s) not found; got:\n%s", g.Text, g.Value, g.Precision, format(d.Times))
		}
	}
	t.Logf("seed: %d gold, found:\n%s", len(gold.Times), format(d.Times))
}
