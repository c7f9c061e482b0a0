package places

import (
	"context"
	"strings"

	"github.com/petrel-events/petrel/doc"
)

// locPrepositions introduce an event's location in a parse ("talks in
// Moscow", "shelling near Kharkiv").
var locPrepositions = map[string]bool{
	"in": true, "at": true, "near": true, "across": true, "from": true, "inside": true, "outside": true,
	"around": true, "throughout": true, "on": true, "into": true, "within": true, "off": true,
}

// Locate sets ev.Location from d.Places: the place attached to the event's
// clause (with a parse, a place in an obl or nmod introduced by in, at,
// near, across or from under the trigger; else the place of the sentence
// nearest the trigger that is not one of the event's actors), else for
// violence, aid or a visit the place its recipient names (see
// targetPlace), else the dateline's city when the event's first actor is
// of its country (see doc.Doc.DatelinePlace), else the most salient place of the
// document (most frequent, then first). It leaves ev.Location as it is when d has no
// places.
func Locate(d *doc.Doc, ev *doc.Event) {
	if len(d.Places) == 0 {
		return
	}
	locate(d, ev, salientPlace(d), d.DatelinePlace())
}

// locate is Locate with the document's salient and dateline places (nil
// for none), which depend on the document only.
func locate(d *doc.Doc, ev *doc.Event, salient, dateline *doc.Place) {
	clause, cued := clausePlace(d, ev)
	if clause != nil && cued {
		ev.Location = location(clause)
		return
	}
	// a place merely near the trigger gives way to the recipient place
	// of violence, aid or a visit ("The president of Kenya visited Addis
	// Ababa": Addis Ababa)
	if p := targetPlace(d, ev); p != nil && (clause != nil || salient == nil || salient.Country != p.Country || precision(salient.Kind) <= precision(p.Kind)) {
		ev.Location = location(p)
		return
	}
	if clause != nil {
		ev.Location = location(clause)
		return
	}
	if p := previousPlace(d, ev); p != nil {
		ev.Location = location(p)
		return
	}
	if p := dateline; p != nil && len(ev.Actors) > 0 && ev.Actors[0].Country == p.Country {
		// "MANILA (AP) — The Philippines summoned ...": an actor of
		// the dateline's country acts where the story is filed.
		ev.Location = location(p)
		return
	}
	if salient != nil {
		ev.Location = location(salient)
	}
}

// previousPlace returns, for an event whose sentence names no place and
// opens with a pronoun subject that goes on with the sentence before
// ("Gunmen attacked a village in Borno state on Sunday. They killed 12
// people": Borno), the last place of that sentence finer than a country
// that a locative preposition introduces, when no paragraph break lies
// between; else nil.
func previousPlace(d *doc.Doc, ev *doc.Event) *doc.Place {
	s := ev.Evidence.Sentence
	if s <= 0 || s >= len(d.Sentences) {
		return nil
	}
	prev, cur := d.Sentences[s-1].Span, d.Sentences[s].Span
	if prev.End > cur.Start || strings.Contains(d.Text[prev.End:cur.Start], "\n\n") {
		return nil
	}
	first, _, _ := strings.Cut(strings.TrimLeft(d.Text[cur.Start:cur.End], " \"“"), " ")
	switch first {
	case "He", "She", "They", "It":
	default:
		return nil
	}
	var found *doc.Place
	for i := range d.Places {
		p := &d.Places[i]
		if prev.Contains(p.Span) && !p.Adjective && precision(p.Kind) >= 2 && precededByPreposition(d, p.Span) && !fromPlace(d, p.Span) {
			found = p
		}
	}
	return found
}

// fromPlace reports whether "from" introduces the place: an origin ("a
// senator from Ohio"), not where something happens.
func fromPlace(d *doc.Doc, sp doc.Span) bool {
	before := strings.TrimSuffix(strings.TrimRight(d.Text[:sp.Start], " "), " the")
	return strings.HasSuffix(strings.ToLower(before), " from")
}

// targetPlace returns the place that is the recipient of violence, aid
// or a visit ("Russia attacked Ukraine", "Macron visited Algeria": it
// happened in Ukraine, in Algeria), or nil. The document's most salient
// place wins over it when it lies in the same country and is more precise
// (an article about Kharkiv).
func targetPlace(d *doc.Doc, ev *doc.Event) *doc.Place {
	switch r := ev.CAMEO.Root; {
	case r == "18" || r == "19" || r == "20" || r == "07" || strings.HasPrefix(ev.CAMEO.Code, "042"):
	default:
		// Reduced relations, sanctions, coercion and protests happen
		// where the actor is ("Slovenia recalled its ambassador to
		// Moscow").
		return nil
	}
	for _, r := range ev.Recipients {
		sp := doc.Span{Start: r.Start, End: r.End}
		for i := range d.Places {
			if p := &d.Places[i]; p.Overlaps(sp) && !p.Adjective {
				return p
			}
		}
	}
	return nil
}

// precision ranks a place kind from regions and countries (0) to towns
// (4): "Kharkiv" is more precise than "Ukraine".
func precision(kind string) int {
	switch kind {
	case "country":
		return 1
	case "admin1":
		return 2
	case "admin2":
		return 3
	case "city":
		return 4
	}
	return 0
}

func location(p *doc.Place) *doc.Location {
	return &doc.Location{Text: p.Text, Name: p.Name, Country: p.Country, Lat: p.Lat, Lon: p.Lon}
}

// sentenceSpan returns the span of the event's sentence, or its evidence.
func sentenceSpan(d *doc.Doc, ev *doc.Event) doc.Span {
	s := ev.Evidence.Sentence
	if s >= 0 && s < len(d.Sentences) {
		return d.Sentences[s].Span
	}
	return doc.Span{Start: ev.Evidence.Start, End: ev.Evidence.End}
}

// clausePlace returns the place of the event's sentence that locates it,
// or nil, and whether a locative preposition introduces it (else it is
// only the place nearest the trigger).
func clausePlace(d *doc.Doc, ev *doc.Event) (*doc.Place, bool) {
	sent := sentenceSpan(d, ev)
	trig := ev.Evidence.Trigger.Span
	var best *doc.Place
	bestScore := -1 << 30
	for i := range d.Places {
		p := &d.Places[i]
		if !sent.Contains(p.Span) || p.Adjective {
			continue
		}
		score := 0
		prep, underTrigger := parseRole(d, p.Span, trig)
		actor := isActor(ev, p.Span)
		switch {
		case prep && underTrigger:
			score = 3000
		case prep:
			score = 2000
		case precededByPreposition(d, p.Span):
			score = 1500
		case actor:
			continue // "Moscow said", "Russia attacked": an actor, not where
		case adjectival(d, p.Span):
			continue // "the Chinese coast guard": whose, not where
		}
		// nearer the trigger is better
		dist := p.Start - trig.End
		if dist < 0 {
			dist = trig.Start - p.End
		}
		if dist < 0 {
			dist = 0
		}
		score -= min(dist, 999)
		if score > bestScore {
			best, bestScore = p, score
		}
	}
	return best, bestScore >= 1500-999
}

// adjectival reports whether the place at sp is a demonym or adjective
// ("Chinese", "Philippine"), which says whose a thing is, not where.
func adjectival(d *doc.Doc, sp doc.Span) bool {
	t := tokenAt(d, sp.Start)
	return t >= 0 && d.Tokens[t].UPOS == "ADJ" && d.Tokens[t].End >= sp.End
}

// isActor reports whether sp lies in one of the event's actor or recipient
// spans.
func isActor(ev *doc.Event, sp doc.Span) bool {
	for _, refs := range [][]doc.ActorRef{ev.Actors, ev.Recipients} {
		for _, a := range refs {
			if (doc.Span{Start: a.Start, End: a.End}).Overlaps(sp) {
				return true
			}
		}
	}
	return false
}

// precededByPreposition reports whether a locative preposition stands
// right before sp.
func precededByPreposition(d *doc.Doc, sp doc.Span) bool {
	before := strings.TrimRight(d.Text[:sp.Start], " ")
	if strings.HasSuffix(before, " the") {
		before = strings.TrimSuffix(before, " the")
	}
	i := strings.LastIndexAny(before, " \n\t(\"“")
	w := strings.ToLower(before[i+1:])
	return locPrepositions[w]
}

// parseRole reads the dependency parse, when there is one: whether the
// place (or the noun phrase it is a compound of) heads an obl or nmod with
// a locative case marker, and whether its
// chain of heads reaches the trigger.
func parseRole(d *doc.Doc, sp, trig doc.Span) (prep, underTrigger bool) {
	t := tokenAt(d, sp.Start)
	if t < 0 || d.Tokens[t].Head < 0 || d.Tokens[t].DepRel == "" {
		return false, false
	}
	s := d.Tokens[t].Sentence
	if s < 0 || s >= len(d.Sentences) {
		return false, false
	}
	sent := d.Sentences[s]
	toks := d.Tokens[sent.TokenStart:sent.TokenEnd]
	// the head of the place phrase: the token of the span whose head lies
	// outside it
	h := t - sent.TokenStart
	for k := h; k < len(toks) && toks[k].Start < sp.End; k++ {
		hd := toks[k].Head - 1
		if hd < 0 || toks[hd].Start < sp.Start || toks[hd].End > sp.End {
			h = k
			break
		}
	}
	// "at the Metema border crossing": a name that is a compound of a
	// noun phrase takes that phrase's role
	for steps := 0; steps < 2 && toks[h].DepRel == "compound" && toks[h].Head > 0; steps++ {
		h = toks[h].Head - 1
	}
	rel := toks[h].DepRel
	if !strings.HasPrefix(rel, "obl") && !strings.HasPrefix(rel, "nmod") {
		return false, false
	}
	for k := range toks {
		if toks[k].Head-1 == h && toks[k].DepRel == "case" && locPrepositions[strings.ToLower(toks[k].Text)] {
			prep = true
			break
		}
	}
	if !prep {
		return false, false
	}
	for k, steps := toks[h].Head-1, 0; k >= 0 && steps < 6; k, steps = toks[k].Head-1, steps+1 {
		if toks[k].Span.Overlaps(trig) {
			return true, true
		}
	}
	return true, false
}

// salientPlace returns the document's most salient place: the most
// mentioned (by GeoID), the earliest on a tie, regions last; demonyms
// used as adjectives do not count.
func salientPlace(d *doc.Doc) *doc.Place {
	count := map[string]int{}
	first := map[string]int{}
	for i, p := range d.Places {
		if p.Adjective || adjectival(d, p.Span) {
			// "Chinese", "Philippine": whose, not where.
			continue
		}
		k := p.GeoID
		if k == "" {
			k = p.Name
		}
		count[k]++
		if _, ok := first[k]; !ok {
			first[k] = i
		}
	}
	best := -1
	bestKey := ""
	for k, i := range first {
		if best < 0 {
			best, bestKey = i, k
			continue
		}
		bp := &d.Places[best]
		p := &d.Places[i]
		switch {
		case (p.Kind == "region") != (bp.Kind == "region"):
			if bp.Kind == "region" {
				best, bestKey = i, k
			}
		case count[k] != count[bestKey]:
			if count[k] > count[bestKey] {
				best, bestKey = i, k
			}
		case i < best:
			best, bestKey = i, k
		}
	}
	if best < 0 {
		return nil
	}
	return &d.Places[best]
}

// Locator is a pipeline component that runs after the event coder and
// sets the location of every event of a document (see Locate).
type Locator struct{}

// Name implements pipeline.Component.
func (Locator) Name() string { return "locate" }

// Process implements pipeline.Component.
func (Locator) Process(_ context.Context, d *doc.Doc) error {
	if len(d.Places) == 0 {
		return nil
	}
	salient, dateline := salientPlace(d), d.DatelinePlace()
	for i := range d.Events {
		locate(d, &d.Events[i], salient, dateline)
	}
	return nil
}
