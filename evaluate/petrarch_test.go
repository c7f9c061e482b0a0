package evaluate

import (
	"os"
	"strings"
	"testing"

	"github.com/petrel-events/petrel/doc"
)

func readFixture(t *testing.T) []PetrarchRecord {
	t.Helper()
	f, err := os.Open("testdata/petrarch.jsonl")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	recs, err := ReadPetrarchRecords(f)
	if err != nil {
		t.Fatal(err)
	}
	return recs
}

func TestReadPetrarchRecords(t *testing.T) {
	recs := readFixture(t)
	tests := []struct {
		id, category string
		expected     string
		none         bool
	}{
		{"T-1", "BASIC", "VAL>KES:051", false},
		{"T-2", "COMPOUND", "VAL>ORLGOV:043 KES>ORLGOV:043", false},
		{"T-3", "BASIC", "-", true},
		{"T-4", "ERROR", "-", true},
		{"T-5", "BASIC", "--->VAL:130", false},
	}
	if len(recs) != len(tests) {
		t.Fatalf("read %d records, want %d", len(recs), len(tests))
	}
	for i, tc := range tests {
		r := recs[i]
		if r.ID != tc.id || r.Category != tc.category || tripleList(r.Expected) != tc.expected || r.ExpectNone != tc.none {
			t.Errorf("record %d = %s %s %s none=%v, want %s %s %s none=%v", i, r.ID, r.Category, tripleList(r.Expected), r.ExpectNone, tc.id, tc.category, tc.expected, tc.none)
		}
	}
	if p, err := recs[0].Published(); err != nil || p.Format("2006-01-02") != "2024-03-01" {
		t.Errorf("Published = %v, %v", p, err)
	}
}

func TestEventTriples(t *testing.T) {
	ev := func(code string, src, tgt []string) doc.Event {
		e := doc.Event{CAMEO: doc.CAMEO{Code: code}}
		for _, s := range src {
			e.Actors = append(e.Actors, doc.ActorRef{Code: s})
		}
		for _, s := range tgt {
			e.Recipients = append(e.Recipients, doc.ActorRef{Code: s})
		}
		return e
	}
	tests := []struct {
		name string
		evs  []doc.Event
		want string
	}{
		{"dyad", []doc.Event{ev("051", []string{"VAL"}, []string{"KES"})}, "VAL>KES:051"},
		{"actors × recipients", []doc.Event{ev("043", []string{"VAL", "KES"}, []string{"ORLGOV", "ORL"})}, "VAL>ORLGOV:043 VAL>ORL:043 KES>ORLGOV:043 KES>ORL:043"},
		{"no target", []doc.Event{ev("010", []string{"VAL"}, nil)}, "VAL>---:010"},
		{"agent without country", []doc.Event{ev("130", []string{"GOV"}, []string{"VAL"})}, "---GOV>VAL:130"},
		{"self pair dropped", []doc.Event{ev("040", []string{"VAL", "KES"}, []string{"KES"})}, "VAL>KES:040"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got := tripleList(EventTriples(tc.evs)); got != tc.want {
				t.Errorf("got %s, want %s", got, tc.want)
			}
		})
	}
}

func TestScorePetrarch(t *testing.T) {
	recs := readFixture(t)
	produced := [][]Triple{
		{{"VAL", "KES", "051"}},                              // exact
		{{"VAL", "ORLGOV", "043"}, {"KES", "ORLGOV", "040"}}, // one right, one wrong code
		{{"VAL", "KES", "010"}},                              // spurious
		nil,                                                  // nothing, nothing expected
		{{"---", "KES", "130"}},                              // wrong target
	}
	res := ScorePetrarch(recs, produced)
	if res.Overall != (PRF{TP: 2, FP: 3, FN: 2}) {
		t.Errorf("overall = %+v", res.Overall)
	}
	if got := *res.ByCategory["BASIC"]; got != (PRF{TP: 1, FP: 2, FN: 1}) {
		t.Errorf("BASIC = %+v", got)
	}
	if res.RecordsCorrect != 2 {
		t.Errorf("records correct = %d, want 2", res.RecordsCorrect)
	}
	cf := res.Confusion
	if cf.WrongCode != 1 || cf.WrongTarget != 1 || cf.Spurious != 1 || cf.Missed != 0 || cf.Codes["043→040"] != 1 {
		t.Errorf("confusion = %+v", cf)
	}
	if p, r := res.Overall.Precision(), res.Overall.Recall(); p != 0.4 || r != 0.5 {
		t.Errorf("P, R = %v, %v", p, r)
	}
	var b strings.Builder
	if err := res.WriteReport(&b, true); err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{"FAIL T-2", "ok   T-1", "overall", "043→040×1"} {
		if !strings.Contains(b.String(), want) {
			t.Errorf("report lacks %q:\n%s", want, b.String())
		}
	}
}
