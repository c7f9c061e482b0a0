package coder

import (
	"slices"
	"strings"

	"github.com/petrel-events/petrel/doc"
)

// dropSubsumed removes from one sentence's events those without a target
// that another event of the sentence already tells with one: the same
// source codes, the same CAMEO root and the same factuality ("Russian forces
// invaded Ukraine, attacking from the north": the targetless attack is the
// invasion again), and the second of two events with the same code,
// sources, targets and modality ("said it was ready to hold talks with
// Lorania": the readiness and the talks it consumed). It filters evs in
// place, keeping the order of the rest.
func dropSubsumed(evs []doc.Event) []doc.Event {
	if len(evs) < 2 {
		return evs
	}
	subsumed := func(e *doc.Event) bool {
		if len(e.Recipients) > 0 {
			for i := range evs {
				f := &evs[i]
				if f == e {
					return false
				}
				if f.CAMEO.Code == e.CAMEO.Code && f.Modality.Negated == e.Modality.Negated && f.Modality.Hypothetical == e.Modality.Hypothetical &&
					codeKey(f.Actors) == codeKey(e.Actors) && codeKey(f.Recipients) == codeKey(e.Recipients) {
					return true
				}
			}
			return false
		}
		for i := range evs {
			f := &evs[i]
			if len(f.Recipients) > 0 && f.CAMEO.Root == e.CAMEO.Root && sameFactuality(f.Modality, e.Modality) && sameCodes(f.Actors, e.Actors) && retold(e.CAMEO.Code, f.CAMEO.Code) {
				return true
			}
			if f != e && len(f.Recipients) == 0 && f.CAMEO.Root == e.CAMEO.Root && f.CAMEO.Code != e.CAMEO.Code && sameFactuality(f.Modality, e.Modality) &&
				sameCodes(f.Actors, e.Actors) && retold(e.CAMEO.Code, f.CAMEO.Code) && !generic(f.CAMEO.Code) {
				// "took to the streets to protest the bill": the
				// demonstration (141) tells the bare protest (140);
				// "marched to protest the tax": a protest for a
				// policy change (1412) tells the march (141).
				return true
			}
		}
		return false
	}
	drop := make([]bool, len(evs))
	found := false
	for i := range evs {
		drop[i] = subsumed(&evs[i])
		found = found || drop[i]
	}
	if !found {
		return evs
	}
	out := evs[:0]
	for i, e := range evs {
		if !drop[i] {
			out = append(out, e)
		}
	}
	return out
}

// sameFactuality reports whether two modalities say the same of whether
// an act happened: negated, hypothetical and future alike. Being reported
// is who tells it, not whether it happened ("killed by an Israeli
// airstrike, the agency said": the airstrike noun, outside the reported
// clause, is the killing again).
func sameFactuality(a, b doc.Modality) bool {
	return a.Negated == b.Negated && a.Hypothetical == b.Hypothetical && a.Future == b.Future
}

// codeKey returns the sorted actor codes of as, joined.
func codeKey(as []doc.ActorRef) string {
	codes := make([]string, len(as))
	for i, a := range as {
		codes[i] = a.Code
	}
	slices.Sort(codes)
	return strings.Join(codes, " ")
}

// sameCodes reports whether two actor lists carry the same actors (see
// actorIdentity).
func sameCodes(a, b []doc.ActorRef) bool {
	if len(a) != len(b) || len(a) == 0 {
		return false
	}
	key := actorIdentity
	ca, cb := make([]string, len(a)), make([]string, len(b))
	for i := range a {
		ca[i], cb[i] = key(a[i]), key(b[i])
	}
	slices.Sort(ca)
	slices.Sort(cb)
	return slices.Equal(ca, cb)
}

// actorIdentity tells actors apart beyond their codes: two people with one
// code ("Trump" and "Clinton", both USA) are two actors. It is the code
// with the knowledge base's name, else with the last word of a proper
// name ("Ted Cruz" and "Cruz" are one), else the code alone ("officials").
func actorIdentity(r doc.ActorRef) string {
	if r.Name != "" {
		return r.Code + "|" + r.Name
	}
	last := r.Text[strings.LastIndexByte(r.Text, ' ')+1:]
	if startsUpper(last) {
		return r.Code + "|" + last
	}
	return r.Code
}

// retold reports whether an event of code e may be the same act as one of
// code f of the same root: e is the root's generic code ("attacking", 190,
// beside "invaded", 192) or a less specific code of f (141 beside 1412).
// A specific act of another code is another act: "began a hunger strike
// (142) to protest against the decision (1412)".
func retold(e, f string) bool {
	return generic(e) || strings.HasPrefix(f, e)
}

// generic reports whether code is its root's generic code ("140").
func generic(code string) bool {
	return len(code) == 3 && strings.HasSuffix(code, "0")
}
