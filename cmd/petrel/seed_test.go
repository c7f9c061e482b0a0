package main

import (
	"bytes"
	"context"
	"testing"

	"github.com/petrel-events/petrel/evaluate"
	"github.com/petrel-events/petrel/internal/sharedtest"
)

// TestSeedAcceptance codes the seed article with the default pipeline and
// scores it against its structural gold: every required event found, no
// must-not event, at most two false positives, and the gold dates.
func TestSeedAcceptance(t *testing.T) {
	gold := sharedtest.Path(t, "eval", "seed", "gold.json")
	g, err := evaluate.LoadStructGold(gold)
	if err != nil {
		t.Fatal(err)
	}
	d, err := codeGoldDoc(context.Background(), g)
	if err != nil {
		t.Fatal(err)
	}
	var report bytes.Buffer
	if !g.Report(&report, g.Score(d), 2) {
		t.Errorf("seed acceptance fails:\n%s", report.String())
	}
}
