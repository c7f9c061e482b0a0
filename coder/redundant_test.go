package coder

import (
	"fmt"
	"strings"
	"testing"

	"github.com/petrel-events/petrel/doc"
)

func TestDropSubsumed(t *testing.T) {
	// ev builds an event from "SRC>TGT:ROOT" ("RUSMIL>UKR:19"; TGT may be
	// empty, "!" after ROOT marks it negated; "USA=Name" gives the
	// source a KB name).
	ev := func(s string) doc.Event {
		dyad, code, _ := strings.Cut(s, ":")
		src, tgt, _ := strings.Cut(dyad, ">")
		src, name, _ := strings.Cut(src, "=")
		var e doc.Event
		e.Actors = []doc.ActorRef{{Code: src, Name: name}}
		if tgt != "" {
			e.Recipients = []doc.ActorRef{{Code: tgt}}
		}
		e.CAMEO.Root, e.Modality.Negated = strings.CutSuffix(code, "!")
		e.CAMEO.Code = e.CAMEO.Root + "0"
		return e
	}
	str := func(evs []doc.Event) string {
		var parts []string
		for _, e := range evs {
			tgt := ""
			if len(e.Recipients) > 0 {
				tgt = e.Recipients[0].Code
			}
			parts = append(parts, fmt.Sprintf("%s>%s:%s", e.Actors[0].Code, tgt, e.CAMEO.Root))
		}
		return strings.Join(parts, " ")
	}
	for _, c := range []struct{ in, want string }{
		// "Russian forces invaded Ukraine, attacking from the north"
		{"RUSMIL>UKR:19 RUSMIL>:19", "RUSMIL>UKR:19"},
		{"RUSMIL>:19 RUSMIL>UKR:19", "RUSMIL>UKR:19"},
		// another root, another source, another modality: kept
		{"RUSMIL>UKR:19 RUSMIL>:17", "RUSMIL>UKR:19 RUSMIL>:17"},
		{"RUSMIL>UKR:19 UKRMIL>:19", "RUSMIL>UKR:19 UKRMIL>:19"},
		{"RUSMIL>UKR:19 RUSMIL>:19!", "RUSMIL>UKR:19 RUSMIL>:19"},
		// two people with one code: kept
		{"USA=Ardent>RUS:11 USA=Bolder>:11", "USA>RUS:11 USA>:11"},
		{"USA=Ardent>RUS:11 USA=Ardent>:11", "USA>RUS:11"},
		// two targetless events stay
		{"USA>:11 USA>:11", "USA>:11 USA>:11"},
	} {
		var evs []doc.Event
		for _, f := range strings.Fields(c.in) {
			evs = append(evs, ev(f))
		}
		if got := str(dropSubsumed(evs)); got != c.want {
			t.Errorf("%s: got %s, want %s", c.in, got, c.want)
		}
	}
}

func TestMergeRestated(t *testing.T) {
	// ref builds an actor from "CODE" or "CODE=KB name" or "CODE/Text".
	ref := func(s string) doc.ActorRef {
		if code, name, ok := strings.Cut(s, "="); ok {
			return doc.ActorRef{Code: code, Name: name, Text: name}
		}
		code, text, _ := strings.Cut(s, "/")
		return doc.ActorRef{Code: code, Text: text}
	}
	for _, c := range []struct {
		name  string
		srcs  []string // one source per event, all CAMEO 111, no target
		which int      // events left
	}{
		{"one person restated", []string{"USA=Ardent", "USA=Ardent"}, 1},
		{"two people with one code", []string{"USA=Ardent", "USA=Bolder"}, 2},
		{"a full name and its surname", []string{"LEG/Joan Ardent", "LEG/Ardent"}, 1},
		{"two titled people", []string{"LEG/Sen. Joan Ardent", "LEG/Sen. Tom Bolder"}, 2},
		{"agents merge by code", []string{"GOV/officials", "GOV/the officials"}, 1},
		{"an uncoded actor never merges", []string{"/Ardent", "/Ardent"}, 2},
	} {
		d := &doc.Doc{}
		for _, s := range c.srcs {
			var e doc.Event
			e.CAMEO.Code = "111"
			e.Actors = []doc.ActorRef{ref(s)}
			d.Events = append(d.Events, e)
		}
		mergeRestated(d)
		if len(d.Events) != c.which {
			t.Errorf("%s: %d events, want %d", c.name, len(d.Events), c.which)
		}
	}
}

// TestRetold checks which targetless codes a same-root event with a target
// tells again: the generic code and less specific ones, not another act.
func TestRetold(t *testing.T) {
	for _, c := range []struct {
		e, f string
		want bool
	}{
		{"190", "192", true},   // "invaded Ukraine, attacking from the north"
		{"141", "1412", true},  // the demonstration, then what it was against
		{"142", "1412", false}, // "began a hunger strike to protest against the decision"
		{"181", "190", false},  // "attacked the town, kidnapping 20": another act
	} {
		if got := retold(c.e, c.f); got != c.want {
			t.Errorf("retold(%s, %s) = %v, want %v", c.e, c.f, got, c.want)
		}
	}
}
