// Package evaluate scores petrel's output against gold sets: structural
// event gold (the seed article format), the PETRARCH unit tests and the
// PLOVER gold-standard records.
package evaluate

import (
	"encoding/json"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"

	"github.com/petrel-events/petrel/doc"
)

// StructGold is a gold file that matches events by structure rather than
// exact strings (see ../shared/eval/seed/README.md): which sentence, which
// actor text and code prefix, which PLOVER type or CAMEO root.
type StructGold struct {
	Doc struct {
		ID        string `json:"id"`
		File      string `json:"file"`
		Published string `json:"published"`
	} `json:"doc"`
	Cleanup struct {
		MustNotContain []string `json:"must_not_contain"`
	} `json:"cleanup"`
	Events  []GoldEvent `json:"events"`
	Allowed []GoldEvent `json:"allowed_extra"`
	MustNot []struct {
		SentenceHas    string   `json:"sentence_has"`
		ActorTextHas   []string `json:"actor_text_has"`
		PLOVER         []string `json:"plover"`
		UnlessModality string   `json:"unless_modality"`
		Why            string   `json:"why"`
	} `json:"must_not"`
	Quotes []struct {
		SpeakerHas string   `json:"speaker_has"`
		Cue        string   `json:"cue"`
		ContentHas string   `json:"content_has"`
		Kind       []string `json:"kind"`
	} `json:"quotes"`
	Times []struct {
		Text, Value, Precision string
	} `json:"times"`
	Places []struct {
		Text, Country, Region string
	} `json:"places"`

	dir string
}

// GoldEvent is one gold (or allowed) event.
type GoldEvent struct {
	ID          string     `json:"id"`
	Tier        string     `json:"tier"`
	SentenceHas string     `json:"sentence_has"`
	Actor       *GoldActor `json:"actor"`
	Recipient   *GoldActor `json:"recipient"`
	PLOVER      []string   `json:"plover"`
	CAMEORoot   []string   `json:"cameo_root"`
	Date        string     `json:"date"`
	ModalityAny []string   `json:"require_modality_any"`
}

// GoldActor constrains an actor list.
type GoldActor struct {
	CodePrefix []string    `json:"code_prefix"`
	Sector     string      `json:"sector"`
	TextHas    string      `json:"text_has"`
	AnyOf      []GoldActor `json:"any_of"`
}

// LoadStructGold reads a gold file.
func LoadStructGold(path string) (*StructGold, error) {
	b, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	var g StructGold
	if err := json.Unmarshal(b, &g); err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	g.dir = filepath.Dir(path)
	return &g, nil
}

// DocPath is the path of the gold's document.
func (g *StructGold) DocPath() string { return filepath.Join(g.dir, g.Doc.File) }

// StructResult is the outcome of scoring one document.
type StructResult struct {
	Found       map[string]bool // gold event id → matched
	FalsePos    []doc.Event
	Violations  []string // must-not rules broken
	DateErrors  []string
	TextProblem []string // cleanup failures
	Events      int
}

// sentenceOf returns the text of the sentence of an event.
func sentenceOf(d *doc.Doc, e doc.Event) string {
	if e.Sentence < 0 || e.Sentence >= len(d.Sentences) {
		return ""
	}
	return d.Surface(d.Sentences[e.Sentence].Span)
}

func actorMatches(as []doc.ActorRef, g *GoldActor) bool {
	if g == nil {
		return true
	}
	if len(g.AnyOf) > 0 {
		for i := range g.AnyOf {
			if actorMatches(as, &g.AnyOf[i]) {
				return true
			}
		}
		return false
	}
	for _, a := range as {
		if g.TextHas != "" && !strings.Contains(a.Text, g.TextHas) {
			continue
		}
		if g.Sector != "" && a.Sector != g.Sector && !strings.Contains(a.Code, g.Sector) {
			continue
		}
		if len(g.CodePrefix) > 0 {
			ok := false
			for _, p := range g.CodePrefix {
				if strings.HasPrefix(a.Code, p) {
					ok = true
				}
			}
			if !ok {
				continue
			}
		}
		return true
	}
	return false
}

func typeMatches(e doc.Event, g GoldEvent) bool {
	if len(g.PLOVER) == 0 && len(g.CAMEORoot) == 0 {
		return true
	}
	for _, p := range g.PLOVER {
		if e.PLOVER.Type == p {
			return true
		}
	}
	for _, r := range g.CAMEORoot {
		if e.CAMEO.Root == r {
			return true
		}
	}
	return false
}

func hasModality(m doc.Modality, name string) bool {
	switch name {
	case "negated":
		return m.Negated
	case "hypothetical":
		return m.Hypothetical
	case "future":
		return m.Future
	case "reported":
		return m.Reported
	}
	return false
}

func (g GoldEvent) matches(d *doc.Doc, e doc.Event) bool {
	if g.SentenceHas != "" && !strings.Contains(sentenceOf(d, e), g.SentenceHas) {
		return false
	}
	if !typeMatches(e, g) || !actorMatches(e.Actors, g.Actor) || !actorMatches(e.Recipients, g.Recipient) {
		return false
	}
	if len(g.ModalityAny) > 0 {
		ok := false
		for _, m := range g.ModalityAny {
			ok = ok || hasModality(e.Modality, m)
		}
		return ok
	}
	return true
}

// Score scores the events of d against the gold.
func (g *StructGold) Score(d *doc.Doc) StructResult {
	r := StructResult{Found: map[string]bool{}, Events: len(d.Events)}
	for _, s := range g.Cleanup.MustNotContain {
		if strings.Contains(d.Text, s) {
			r.TextProblem = append(r.TextProblem, fmt.Sprintf("text still contains %q", s))
		}
	}
	for _, e := range d.Events {
		matched := false
		for _, ge := range g.Events {
			if ge.matches(d, e) {
				matched = true
				r.Found[ge.ID] = true
				if ge.Date != "" && e.Date != ge.Date {
					r.DateErrors = append(r.DateErrors, fmt.Sprintf("%s: date %s, want %s", ge.ID, e.Date, ge.Date))
				}
			}
		}
		if !matched {
			for _, ae := range g.Allowed {
				if ae.matches(d, e) {
					matched = true
				}
			}
		}
		if !matched {
			r.FalsePos = append(r.FalsePos, e)
		}
		for _, mn := range g.MustNot {
			if mn.SentenceHas != "" && !strings.Contains(sentenceOf(d, e), mn.SentenceHas) {
				continue
			}
			if len(mn.PLOVER) > 0 && !containsStr(mn.PLOVER, e.PLOVER.Type) {
				continue
			}
			if mn.UnlessModality != "" && hasModality(e.Modality, mn.UnlessModality) {
				continue
			}
			if len(mn.ActorTextHas) > 0 {
				hit := false
				for _, a := range e.Actors {
					for _, t := range mn.ActorTextHas {
						hit = hit || strings.Contains(a.Text, t)
					}
				}
				if !hit {
					continue
				}
			}
			r.Violations = append(r.Violations, fmt.Sprintf("%s %s (%s): %s", e.CAMEO.Code, e.PLOVER.Type, e.Evidence.Trigger.Text, mn.Why))
		}
	}
	return r
}

func containsStr(xs []string, x string) bool {
	for _, y := range xs {
		if y == x {
			return true
		}
	}
	return false
}

// Report writes a human-readable report and returns whether the gold's
// acceptance holds: every required event found, no must-not event, at most
// maxFP false positives, and no date or cleanup error.
func (g *StructGold) Report(w io.Writer, r StructResult, maxFP int) bool {
	ok := true
	fmt.Fprintf(w, "events produced: %d\n", r.Events)
	for _, ge := range g.Events {
		mark := "found"
		if !r.Found[ge.ID] {
			mark = "MISSING"
			if ge.Tier == "required" {
				ok = false
			}
		}
		fmt.Fprintf(w, "  %-3s %-9s %-8s %s\n", ge.ID, ge.Tier, mark, ge.SentenceHas)
	}
	fmt.Fprintf(w, "false positives: %d (at most %d)\n", len(r.FalsePos), maxFP)
	for _, e := range r.FalsePos {
		fmt.Fprintf(w, "  s%d %s %s %q %s -> %s\n", e.Sentence, e.CAMEO.Code, e.PLOVER.Type, e.Evidence.Trigger.Text, refsString(e.Actors), refsString(e.Recipients))
	}
	if len(r.FalsePos) > maxFP {
		ok = false
	}
	for _, list := range [][]string{r.Violations, r.DateErrors, r.TextProblem} {
		for _, v := range list {
			fmt.Fprintf(w, "ERROR %s\n", v)
			ok = false
		}
	}
	return ok
}

func refsString(as []doc.ActorRef) string {
	var out []string
	for _, a := range as {
		out = append(out, fmt.Sprintf("%s[%s]", a.Text, a.Code))
	}
	return strings.Join(out, "+")
}
