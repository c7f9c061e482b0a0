package coder

import (
	"fmt"
	"strings"
	"testing"

	"github.com/petrel-events/petrel/doc"
)

func TestDropSubsumed(t *testing.T) {
	// ev builds an event from "SRC>TGT:ROOT" ("RUSMIL>UKR:19"; TGT may be
	// empty, "!" after ROOT marks it negated).
	ev := func(s string) doc.Event {
		dyad, code, _ := strings.Cut(s, ":")
		src, tgt, _ := strings.Cut(dyad, ">")
		var e doc.Event
		e.Actors = []doc.ActorRef{{Code: src}}
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
