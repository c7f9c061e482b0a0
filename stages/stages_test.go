package stages_test

import (
	"context"
	"slices"
	"testing"

	"github.com/petrel-events/petrel/coder"
	"github.com/petrel-events/petrel/doc"
	"github.com/petrel-events/petrel/stages"
)

func TestPipeline(t *testing.T) {
	if testing.Short() {
		t.Skip("loads the parser model")
	}
	tests := []struct {
		name string
		cfg  stages.Config
		text string
		root string // the CAMEO root of the first event; "" for none
	}{
		{"default", stages.Config{}, "Kestrian troops shelled the border town of Vell on Tuesday.", "19"},
		{"negated kept", stages.Config{}, "The minister did not meet the envoy.", "04"},
		{"negated dropped", stages.Config{Coder: coder.Config{DropNegated: true}}, "The minister did not meet the envoy.", ""},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			s, err := stages.Load(tc.cfg)
			if err != nil {
				t.Fatal(err)
			}
			p := s.Pipeline()
			want := []string{"clean", "tokenize"}
			if got := p.Names(); len(got) != 10 || !slices.Equal(got[:2], want) {
				t.Fatalf("stages %v: want 10 starting with %v", got, want)
			}
			d := &doc.Doc{ID: "t", Text: tc.text}
			d.Published, _ = doc.ParseTime("2026-03-03")
			if err := p.Process(context.Background(), d); err != nil {
				t.Fatal(err)
			}
			if len(d.Tokens) == 0 {
				t.Fatal("no tokens")
			}
			got := ""
			if len(d.Events) > 0 {
				got = d.Events[0].CAMEO.Root
			}
			if got != tc.root {
				t.Errorf("first event root %q, want %q (%d events)", got, tc.root, len(d.Events))
			}
		})
	}
}
