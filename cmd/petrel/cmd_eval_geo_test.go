package main

import (
	"bytes"
	"strings"
	"testing"

	"github.com/petrel-events/petrel/internal/sharedtest"
)

// TestEvalGeo runs `petrel eval geo` on LGL; the command is registered
// here because the lead attaches it under `petrel eval`.
func TestEvalGeo(t *testing.T) {
	sharedtest.Path(t, "eval", "geo-dev", "lgl.xml")
	if testing.Short() {
		t.Skip("slow: runs the places layer on LGL")
	}
	cmd := newEvalGeoCmd()
	var out bytes.Buffer
	cmd.SetOut(&out)
	cmd.SetArgs([]string{"--set", "lgl"})
	if err := cmd.Execute(); err != nil {
		t.Fatal(err)
	}
	t.Log(out.String())
	if !strings.Contains(out.String(), "petrel") {
		t.Fatal("no petrel row")
	}
}
