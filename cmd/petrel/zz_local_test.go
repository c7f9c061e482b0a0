package main

import (
	"bytes"
	"os"
	"strings"
	"testing"
)

func TestLocalGeo(t *testing.T) {
	args := os.Getenv("GEOARGS")
	if args == "" {
		t.Skip()
	}
	cmd := newEvalGeoCmd()
	var out bytes.Buffer
	cmd.SetOut(&out)
	cmd.SetArgs(strings.Fields(args))
	if err := cmd.Execute(); err != nil {
		t.Fatal(err)
	}
	os.WriteFile("/tmp/geo.out", out.Bytes(), 0o644)
}
