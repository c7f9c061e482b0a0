package coder

import (
	"fmt"
	"maps"
	"slices"
	"strings"

	"github.com/petrel-events/petrel/doc"
	"github.com/petrel-events/petrel/ontology"
)

// loadModeWords reads the &MODE_TYPE_MODE sets of dict ("&MODE_ASSAULT_HEAVY_WEAPONS":
// type ASSAULT, mode heavy-weapons) and the &TARGETED_VERBS and
// &TARGETED_VICTIMS sets, the &NOCONTEXT phrases and the
// &SECTORCONTEXT_NAME, &CUEDCONTEXT_NAME and &SUPERSEDEDBY_NAME sets into c; every type, mode,
// context and CAMEO code must be known to onto.
func (c *Coder) loadModeWords(dict *Dictionary, onto *ontology.Ontology) error {
	c.modeWords = map[string]map[string]string{}
	for _, name := range slices.Sorted(maps.Keys(dict.Sets)) {
		rest, ok := strings.CutPrefix(name, "&MODE_")
		if !ok {
			continue
		}
		typ, mode, found := "", "", false
		for j := strings.IndexByte(rest, '_'); j > 0; j = nextUnderscore(rest, j) {
			typ = rest[:j]
			mode = strings.ReplaceAll(strings.ToLower(rest[j+1:]), "_", "-")
			if _, ok := onto.PLOVERMode(typ, mode); ok {
				found = true
				break
			}
		}
		if !found {
			return fmt.Errorf("pattern dictionary: set %s: no PLOVER type and mode of that name", name)
		}
		if c.modeWords[typ] == nil {
			c.modeWords[typ] = map[string]string{}
		}
		for _, w := range dict.Sets[name] {
			if _, dup := c.modeWords[typ][w]; !dup {
				c.modeWords[typ][w] = mode
			}
		}
	}
	for _, w := range dict.Sets["&NOCONTEXT"] {
		c.noContext = append(c.noContext, strings.Fields(w))
	}
	c.sectorContexts = map[string][]string{}
	err := contextSets(dict, onto, "&SECTORCONTEXT_", func(_, ctx string, sectors []string) error {
		for _, sec := range sectors {
			c.sectorContexts[sec] = append(c.sectorContexts[sec], ctx)
		}
		return nil
	})
	if err != nil {
		return err
	}
	c.cuedContexts = map[string][]string{}
	err = contextSets(dict, onto, "&CUEDCONTEXT_", func(name, ctx string, codes []string) error {
		for _, code := range codes {
			if _, known := onto.CAMEO(code); !known {
				return fmt.Errorf("pattern dictionary: set %s: unknown CAMEO code %q", name, code)
			}
			c.cuedContexts[code] = append(c.cuedContexts[code], ctx)
		}
		return nil
	})
	if err != nil {
		return err
	}
	c.supersededBy = map[string][]string{}
	err = contextSets(dict, onto, "&SUPERSEDEDBY_", func(name, ctx string, others []string) error {
		for _, x := range others {
			if _, known := onto.PLOVERContext(x); !known {
				return fmt.Errorf("pattern dictionary: set %s: unknown PLOVER context %q", name, x)
			}
		}
		c.supersededBy[ctx] = others
		return nil
	})
	if err != nil {
		return err
	}
	c.targetedVerb = wordSetOf(dict, "&TARGETED_VERBS")
	c.targetedVictim = wordSetOf(dict, "&TARGETED_VICTIMS")
	return nil
}

// contextSets calls f, in name order, for each set of dict named prefix
// followed by a PLOVER context in capitals ("&CUEDCONTEXT_LEGAL"), with
// the context in lower case and the set's words; a context onto does not
// know is an error.
func contextSets(dict *Dictionary, onto *ontology.Ontology, prefix string, f func(name, ctx string, words []string) error) error {
	for _, name := range slices.Sorted(maps.Keys(dict.Sets)) {
		ctx, ok := strings.CutPrefix(name, prefix)
		if !ok {
			continue
		}
		ctx = strings.ToLower(ctx)
		if _, known := onto.PLOVERContext(ctx); !known {
			return fmt.Errorf("pattern dictionary: set %s: unknown PLOVER context %q", name, ctx)
		}
		if err := f(name, ctx, dict.Sets[name]); err != nil {
			return err
		}
	}
	return nil
}

// nextUnderscore returns the index of the next "_" of s after j, -1 if none.
func nextUnderscore(s string, j int) int {
	k := strings.IndexByte(s[j+1:], '_')
	if k < 0 {
		return -1
	}
	return j + 1 + k
}

// wordSetOf returns the words of dict's set name as a set.
func wordSetOf(dict *Dictionary, name string) map[string]bool {
	out := map[string]bool{}
	for _, w := range dict.Sets[name] {
		out[w] = true
	}
	return out
}

// modeWordReach bounds how many tokens from the trigger a mode word may
// stand: farther words tend to belong to another clause's event.
const modeWordReach = 10

// triggerMode returns the mode that the trigger token i itself names for
// an event of PLOVER type typ (a word of &MODE_TYPE_MODE: "boycotted" →
// PROTEST boycott), "" if it names none or a word near the trigger names
// have, the mode the event has. It overrides the mode of the pattern or
// CAMEO code: 143 is a strike, but "students boycotted classes" is a
// boycott (plover3).
func (c *Coder) triggerMode(t *tree, i int, typ, have string) string {
	words := c.modeWords[strings.ToUpper(typ)]
	m := words[t.lemma(i)]
	if m == "" {
		m = words[t.lower(i)]
	}
	if m == "" || m == have || have == "" {
		return m
	}
	// A word near the trigger that names the mode it has keeps it: a
	// "hunger strike" stays hunger though "strike" names strike.
	for k := max(0, i-modeWordReach); k < min(len(t.Tokens), i+modeWordReach+1); k++ {
		if k != i && (words[t.lemma(k)] == have || words[t.lower(k)] == have) {
			return ""
		}
	}
	return m
}

// sentenceMode returns a mode for an event of PLOVER type typ triggered by
// token i that got none from its pattern or CAMEO code, "" if nothing
// tells it: a killing verb whose object (or passive subject) is a leader
// ("killed the deputy commander") is ASSAULT targeted; otherwise the mode
// word of the type (&MODE_TYPE_MODE) nearest the trigger, within
// modeWordReach tokens ("attacked by
// militiamen armed with machetes" → primitive).
func (c *Coder) sentenceMode(t *tree, i int, typ string) string {
	typ = strings.ToUpper(typ)
	if typ == "ASSAULT" && c.targetedVerb[t.lemma(i)] {
		for _, k := range t.Children(i, "obj", "nsubj:pass") {
			if k >= 0 && c.targetedVictim[t.lemma(k)] {
				return "targeted"
			}
		}
	}
	words := c.modeWords[typ]
	if len(words) == 0 {
		return ""
	}
	for d := 0; d <= modeWordReach; d++ {
		for side, k := range [2]int{i - d, i + d} {
			if side == 1 && d == 0 || k < 0 || k >= len(t.Tokens) {
				continue // the trigger once; nothing past the sentence
			}
			if m := words[t.lemma(k)]; m != "" {
				return m
			}
			if m := words[t.lower(k)]; m != "" {
				return m
			}
		}
	}
	return ""
}

// uncuedTableContexts drops from ctx the contexts that the CAMEO→PLOVER
// table gives code but that stand only with a cue of the sentence
// (&CUEDCONTEXT_NAME: a demand to resign, 105, is not legal in itself);
// actorContexts and sentenceContexts add them back when an actor or a
// word gives them. A cued military context also stands when a source acts
// for a state (diplomaticActor): a blockade by a country is military, one
// by farmers is not.
func (c *Coder) uncuedTableContexts(ctx []string, code string, src []*doc.Mention) []string {
	cued := c.cuedContexts[code]
	if len(cued) == 0 {
		return ctx
	}
	state := slices.ContainsFunc(src, diplomaticActor)
	return slices.DeleteFunc(slices.Clone(ctx), func(x string) bool {
		return slices.Contains(cued, x) && !(x == "military" && state)
	})
}

// supersededContexts drops from ctx each broad context that a narrower
// one of ctx supersedes (&SUPERSEDEDBY_NAME: a demand for early elections
// is election, not political_institutions as well).
func (c *Coder) supersededContexts(ctx []string) []string {
	for _, broad := range slices.Sorted(maps.Keys(c.supersededBy)) {
		narrow := c.supersededBy[broad]
		if slices.Contains(ctx, broad) && slices.ContainsFunc(narrow, func(x string) bool { return slices.Contains(ctx, x) }) {
			ctx = slices.DeleteFunc(slices.Clone(ctx), func(x string) bool { return x == broad })
		}
	}
	return ctx
}

// mediation reports whether an event of PLOVER type typ and mode mode is
// a state's or an intergovernmental body's mediation: a CONSULT
// third-party whose sources are all countries, governments, parliaments,
// armed forces or IGOs ("Qatar hosted talks between the army and the
// militia"), diplomatic whoever the parties are.
func mediation(typ, mode string, src []*doc.Mention) bool {
	if !strings.EqualFold(typ, "CONSULT") || mode != "third-party" || len(src) == 0 {
		return false
	}
	for _, m := range src {
		if !diplomaticActor(m) {
			return false
		}
	}
	return true
}

// actorContexts adds to have the PLOVER contexts of the sectors of the
// event's sources and targets (&SECTORCONTEXT_NAME: an army is military,
// a court legal), up to maxContexts.
func (c *Coder) actorContexts(have []string, groups ...[]*doc.Mention) []string {
	for _, ms := range groups {
		for _, m := range ms {
			for _, ctx := range c.sectorContexts[strings.ToLower(m.Sector)] {
				if len(have) < maxContexts && !slices.Contains(have, ctx) {
					have = append(have, ctx)
				}
			}
		}
	}
	return have
}

// domesticNotDiplomatic drops the context "diplomatic" that an event's
// CAMEO code gives (032 "express intent to provide support" and the like)
// when its actors show no dealings across a border: it has a source and a
// target, every one of them has one and the same country and none is an intergovernmental
// organisation ("the senator endorsed the governor"). Words of the
// sentence ("envoy", "summit") and diplomacy between states add it back.
func domesticNotDiplomatic(ctx []string, src, tgt []*doc.Mention) []string {
	if !slices.Contains(ctx, "diplomatic") || len(src) == 0 || len(tgt) == 0 {
		return ctx
	}
	country := ""
	for _, ms := range [][]*doc.Mention{src, tgt} {
		for _, m := range ms {
			if strings.HasPrefix(m.Code, "IGO") || m.Country == "" {
				return ctx
			}
			if country == "" {
				country = m.Country
			} else if m.Country != country {
				return ctx
			}
		}
	}
	if country == "" {
		return ctx
	}
	return slices.DeleteFunc(slices.Clone(ctx), func(c string) bool { return c == "diplomatic" })
}
