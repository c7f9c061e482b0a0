package evaluate

import (
	"errors"
	"strings"
	"testing"

	"github.com/petrel-events/petrel/doc"
	"github.com/petrel-events/petrel/internal/sharedtest"
)

func TestCurrentPLOVERType(t *testing.T) {
	tests := []struct{ in, want string }{
		{"DEMAND", "REQUEST"},
		{"DISAPPROVE", "ACCUSE"},
		{"INVESTIGATE", "ACCUSE"},
		{"FIGHT", "ASSAULT"},
		{"CONCEDE", "CONCEDE"},
		{"retreat", "RETREAT"},
	}
	for _, tc := range tests {
		if got := CurrentPLOVERType(tc.in); got != tc.want {
			t.Errorf("CurrentPLOVERType(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}

func TestLoadPLOVERMini(t *testing.T) {
	recs, err := LoadPLOVER("testdata/plover-mini.json")
	if err != nil {
		t.Fatal(err)
	}
	if len(recs) != 4 {
		t.Fatalf("got %d records, want 4 (the DOCUMENT record left out)", len(recs))
	}
	if n := len(recs[1].Target); n != 0 {
		t.Errorf("empty-string target decoded to %d actors", n)
	}
	if got := recs[2].GoldCountries(); len(got) != 1 || got[0] != "KST" {
		t.Errorf("GoldCountries = %v, want [KST]", got)
	}
}

// fakeCoder returns canned events keyed by a word of the sentence.
func fakeCoder(text, date string) (*doc.Doc, error) {
	d := &doc.Doc{Text: text}
	ev := func(typ, code string) doc.Event {
		return doc.Event{PLOVER: doc.PLOVER{Type: typ}, Actors: []doc.ActorRef{{Code: code, Country: code[:min(3, len(code))]}}}
	}
	switch {
	case strings.Contains(text, "shelled"):
		// Right type second, right actor on it.
		d.Events = []doc.Event{ev("MOBILIZE", "KST"), ev("ASSAULT", "BRDMIL")}
		d.Events[0].PLOVER.Context = []string{"migration"}
		d.Events[1].PLOVER.Mode = "heavy-weapons"
		d.Events[1].PLOVER.Context = []string{"economic", "migration"}
	case strings.Contains(text, "demanded"):
		d.Events = []doc.Event{ev("REQUEST", "IGOUNO")}
	case strings.Contains(text, "inquiry"):
		d.Events = []doc.Event{ev("ASSAULT", "USA")}
	default:
		return d, errors.New("no parse")
	}
	return d, nil
}

func TestScorePLOVER(t *testing.T) {
	recs, err := LoadPLOVER("testdata/plover-mini.json")
	if err != nil {
		t.Fatal(err)
	}
	r := ScorePLOVER(recs, fakeCoder)
	checks := []struct {
		name      string
		got, want int
	}{
		{"records", r.Records, 4},
		{"errors", r.Errors, 1},
		{"no event", r.NoEvent, 1},
		{"type correct", r.TypeCorrect, 2},
		{"first correct", r.FirstCorrect, 1},
		{"actor gold", r.ActorGold, 3},
		{"actor correct", r.ActorCorrect, 2},
		{"confusion ASSAULT→MOBILIZE", r.Confusion["ASSAULT"]["MOBILIZE"], 1},
		{"confusion AGREE→none", r.Confusion["AGREE"]["none"], 1},
		// heavy-weapons on the ASSAULT event; "detain" (arrest) missed;
		// "other" names no mode.
		{"mode gold", r.ModeGold, 2},
		{"mode correct", r.ModeCorrect, 1},
		// military and refugee (migration, found on the MOBILIZE event);
		// "unknown" names none.
		{"context gold", r.ContextGold, 2},
		{"context found", r.ContextFound, 1},
		// migration (twice, counted once) right, economic wrong.
		{"context predicted", r.ContextPredicted, 2},
		{"context right", r.ContextRight, 1},
	}
	for _, c := range checks {
		if c.got != c.want {
			t.Errorf("%s = %d, want %d", c.name, c.got, c.want)
		}
	}
	for _, s := range r.Types {
		if s.Type == "ASSAULT" && (s.Gold != 1 || s.Predicted != 2 || s.Correct != 1) {
			t.Errorf("ASSAULT score = %+v, want gold 1, predicted 2, correct 1", s)
		}
	}
	var b strings.Builder
	if err := r.WriteSummary(&b); err != nil {
		t.Fatal(err)
	}
	if err := r.WriteConfusion(&b); err != nil {
		t.Fatal(err)
	}
	if err := r.WriteMisses(&b); err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{"type accuracy (any event)", "0.500", "gold\\first", "MINI-INVESTIGATE-0001", "mode accuracy", "context recall"} {
		if !strings.Contains(b.String(), want) {
			t.Errorf("report lacks %q:\n%s", want, b.String())
		}
	}
}

func TestLoadPLOVERShared(t *testing.T) {
	path := sharedtest.Path(t, "eval", "plover-gsr", "PLOVER_GSR_CAMEO.txt")
	recs, err := LoadPLOVER(path)
	if err != nil {
		t.Fatal(err)
	}
	if len(recs) != 322 {
		t.Errorf("got %d records, want 322", len(recs))
	}
	known := map[string]bool{"AGREE": true, "CONSULT": true, "SUPPORT": true, "CONCEDE": true, "COOPERATE": true,
		"AID": true, "RETREAT": true, "REQUEST": true, "ACCUSE": true, "REJECT": true, "THREATEN": true,
		"PROTEST": true, "SANCTION": true, "MOBILIZE": true, "COERCE": true, "ASSAULT": true}
	for _, r := range recs {
		if !known[r.GoldType()] {
			t.Errorf("%s: gold type %q is no current PLOVER type", r.ID, r.Event)
		}
	}
}

func TestPLOVERHalf(t *testing.T) {
	recs := []PLOVERRecord{{ID: "X-AGREE-0001"}, {ID: "X-AGREE-0002"}, {ID: "X-FIGHT-0013"}, {ID: "no-number"}, {ID: "X-FIGHT-0020"}}
	tests := []struct {
		half string
		want []string
	}{
		{"", []string{"X-AGREE-0001", "X-AGREE-0002", "X-FIGHT-0013", "no-number", "X-FIGHT-0020"}},
		{"odd", []string{"X-AGREE-0001", "X-FIGHT-0013"}},
		// "no-number" is the fourth record: even by position.
		{"even", []string{"X-AGREE-0002", "no-number", "X-FIGHT-0020"}},
	}
	for _, tt := range tests {
		got, err := PLOVERHalf(recs, tt.half)
		if err != nil {
			t.Fatalf("%q: %v", tt.half, err)
		}
		var ids []string
		for _, r := range got {
			ids = append(ids, r.ID)
		}
		if strings.Join(ids, " ") != strings.Join(tt.want, " ") {
			t.Errorf("half %q = %v, want %v", tt.half, ids, tt.want)
		}
	}
	if _, err := PLOVERHalf(recs, "third"); err == nil {
		t.Error("half \"third\" accepted")
	}
}
