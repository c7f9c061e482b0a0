// Package coder codes events from parsed sentences: it finds triggers (verbs
// and event nouns of the pattern dictionary), matches the patterns against
// the trigger's dependents, resolves the source and target actors through
// voice, control, coordination, relative clauses and reported speech, and
// marks the modality of each event. The patterns are the human-editable
// files under data/ (see docs/patterns.md).
package coder

import (
	"context"
	"embed"
	"fmt"
	"github.com/petrel-events/petrel/actorcode"
	"io"
	"io/fs"
	"maps"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/petrel-events/petrel/doc"
	"github.com/petrel-events/petrel/ontology"
)

//go:embed data
var dataFS embed.FS

// DefaultDictionary loads the embedded pattern dictionary.
func DefaultDictionary() (*Dictionary, error) {
	sub, err := fs.Sub(dataFS, "data")
	if err != nil {
		return nil, err
	}
	return LoadDictionary(sub)
}

// Config controls which events the coder keeps.
type Config struct {
	// DropNegated drops events marked negated (the default for CAMEO output).
	DropNegated bool
	// DropHypothetical drops hypothetical events that are not threats.
	DropHypothetical bool
	// RequireDyad drops events without a target actor (PETRARCH's
	// require_dyad).
	RequireDyad bool
	// KeepUncoded keeps events none of whose actors and recipients has a
	// code ("a bank's fees declined", "a start-up is releasing an
	// app"): by default they are dropped, as GDELT keeps only events
	// with a coded actor; most are not political events at all.
	KeepUncoded bool
	// KnownActorsOnly ignores mentions without an actor code (unknown
	// proper names): PETRARCH codes only the actors of its dictionaries.
	KnownActorsOnly bool
	// Discards, when set, lists phrases whose sentences (or documents)
	// are not coded (PETRARCH discard lists).
	Discards *Discards
}

// Coder is a pipeline component filling Doc.Events. It is safe for
// concurrent use.
type Coder struct {
	dict *Dictionary
	onto *ontology.Ontology
	opts Config
	lex  lexicon
	// agreePattern codes "agreed to <anything uncoded>" (see agreeFallback).
	agreePattern *Pattern
	// demandPattern codes "X said Y must <anything uncoded>" (see
	// demandFallback).
	demandPattern *Pattern
	// contexts maps a lemma to the PLOVER contexts its presence in the
	// sentence adds (from the &CONTEXT_NAME sets).
	contexts map[string][]string
	// contextPhrases are the entries of &CONTEXT_NAME sets of several
	// words ("human rights"), in set name order.
	contextPhrases []contextPhrase
	// noContext are the phrases of &NOCONTEXT whose words add no context
	// ("law enforcement", "water cannon").
	noContext [][]string
	// sectorContexts maps an actor sector (lower case) to the contexts
	// it gives its events (&SECTORCONTEXT_NAME: "mil" → military).
	sectorContexts map[string][]string
	// cuedContexts maps a CAMEO code to the contexts of its table entry
	// that stand only with a cue of the sentence (&CUEDCONTEXT_NAME).
	cuedContexts map[string][]string
	// supersededBy maps a broad context to the narrower ones that drop it
	// from an event that has one of them (&SUPERSEDEDBY_NAME).
	supersededBy map[string][]string
	// modeWords maps a PLOVER type to the words whose presence near the
	// trigger gives an event of that type without a mode its mode (from
	// the &MODE_TYPE_MODE sets: "machetes" → ASSAULT primitive).
	modeWords map[string]map[string]string
	// targetedVerb and targetedVictim: a killing (&TARGETED_VERBS) of a
	// leader (&TARGETED_VICTIMS) is a targeted assault (sentenceMode).
	targetedVerb, targetedVictim map[string]bool
	// vocab holds the verbs and set words of the dictionary (see
	// tree.lemma).
	vocab map[string]bool
	// sets indexes the dictionary's word sets (see binding.words).
	sets map[string]*wordSet
}

// contextPhrase is a phrase of a &CONTEXT_NAME set and its context.
type contextPhrase struct {
	words []string
	ctx   string
}

// lexicon holds the word sets the grammar rules use, from the dictionary.
type lexicon struct {
	speech, light, future, hypo, negator, partner           map[string]bool
	intent, threat, agree, verbal, message                  map[string]bool
	refusal, stative, carrier, electoral                    map[string]bool
	measure, electorate, attempt, contest, request          map[string]bool
	headline, adjectival, allege, naming, theatre           map[string]bool
	bareInfinitive, broker, answerable, judicial            map[string]bool
	hearsay, alleged, stateVerb, prevent                    map[string]bool
	warnAgainst, laborStrike, crossing, forecast, deny      map[string]bool
	claimNoun, aid, opponent, patientNoun                   map[string]bool
	claimVerb, doubtNoun, reportNoun, confirmVerb           map[string]bool
	speaksFor, proposal, infNoun                            map[string]bool
	refusalNoun, thwart, unissued, realizedNoun, travelNoun map[string]bool
	mandative, refrain, fear                                map[string]bool
	milTarget, crowdAct, crowdNoun, situation               map[string]bool
	naturalForce, premises                                  map[string]bool
	// respondWith: verbs of response whose "with" noun is the subject's
	// act (&RESPONDWITH: "responded with air strikes").
	respondWith map[string]bool
	// fromSource: event nouns whose "from" actor is their source
	// (&FROMSOURCE: "objections from Democrats").
	fromSource map[string]bool
	// rioters: crowds of protest whose burning of property is a riot
	// (&RIOTERS; weaponSubjects).
	rioters map[string]bool
	// pollShare: shares of a group whose opinion is measured, no act
	// (&POLLSHARE: "32 percent of voters opposed").
	pollShare map[string]bool
	// demandObject: verbs whose object event noun is asked for, not
	// done (&DEMANDOBJECT: "demanding the minister's resignation").
	demandObject map[string]bool
	judgement    map[string]bool // the words of the &…PRED sets
	// diplomaticType holds the PLOVER types (lower case) that are
	// diplomacy between two states (&DIPLOMATIC_TYPES; interstateDiplomacy).
	diplomaticType map[string]bool
	// labourType and labourSector: a dispute of such a type (protest,
	// demand, concession ...) with a worker or farmer actor is economic
	// (&LABOUR_TYPES, &LABOUR_SECTORS; build.go).
	labourType, labourSector map[string]bool
	// campaignEvent: protest nouns that a named person's own are a
	// campaign event (&CAMPAIGNEVENT: "Trump rallies", "Cruz's rally").
	campaignEvent map[string]bool
	// medium: what political speech is carried in (&MEDIUM: "an ad
	// attacking X", "attacked X in a video"); march: movements that by
	// armed actors are an advance, not a protest (&ARMEDMARCH).
	medium, armedMarch, critics map[string]bool
	// wish: governors whose object's act they only wish for (&WISH:
	// "wants Lorania to withdraw"); the act is hypothetical.
	wish map[string]bool
	// weaponSubject maps a weapon noun that may be a force verb's subject
	// to the CAMEO code it gives (&AIRSUBJECT 195, &HEAVYSUBJECT 194,
	// &BLASTSUBJECT 183; see weaponSubjects).
	weaponSubject map[string]string
}

// union returns the words of all sets.
func union(sets ...map[string]bool) map[string]bool {
	out := map[string]bool{}
	for _, s := range sets {
		for w := range s {
			out[w] = true
		}
	}
	return out
}

// requiredSets are the sets every dictionary must define.
var requiredSets = []string{"&SPEECH", "&LIGHT", "&FUTURE", "&HYPOTHETICAL", "&NEGATOR"}

// New returns a coder using dict and onto.
func New(dict *Dictionary, onto *ontology.Ontology, opts Config) (*Coder, error) {
	c := &Coder{dict: dict, onto: onto, opts: opts}
	for _, s := range requiredSets {
		if _, ok := dict.Sets[s]; !ok {
			return nil, fmt.Errorf("pattern dictionary: required set %s is missing", s)
		}
	}
	set := func(name string) map[string]bool { return wordSetOf(dict, name) }
	c.lex = lexicon{
		speech: set("&SPEECH"), light: set("&LIGHT"), future: set("&FUTURE"),
		hypo: set("&HYPOTHETICAL"), negator: set("&NEGATOR"), partner: set("&PARTNER"),
		intent: set("&INTENT"), threat: set("&THREATVERB"), agree: set("&AGREEVERB"), verbal: set("&VERBALATTACK"), message: set("&MESSAGE"),
		refusal: set("&REFUSAL"), stative: set("&STATIVE"), carrier: set("&CARRIER"),
		electoral: set("&ELECTORALWIN"), measure: set("&MEASURE"), electorate: set("&ELECTORATE"),
		attempt: set("&ATTEMPT"), contest: set("&CONTEST"), request: set("&REQUESTVERB"),
		headline: set("&HEADLINEPASSIVE"), adjectival: set("&ADJECTIVALING"), allege: set("&ALLEGE"),
		naming: set("&NAMING"), theatre: set("&THEATRE"), bareInfinitive: set("&BAREINFINITIVE"), broker: set("&BROKER"), answerable: set("&ANSWERABLE"), judicial: set("&COURTVERB"),
		hearsay: set("&HEARSAY"), alleged: set("&ALLEGEDLY"), stateVerb: set("&STATEVERB"), prevent: set("&PREVENT"), warnAgainst: set("&WARNAGAINST"), laborStrike: set("&LABORSTRIKE"), crossing: set("&CROSSING"), forecast: set("&FORECAST"),
		deny: set("&DENY"), claimNoun: set("&CLAIMNOUN"), claimVerb: set("&CLAIMVERB"), doubtNoun: set("&DOUBTNOUN"), reportNoun: set("&REPORTNOUN"), confirmVerb: set("&CONFIRMVERB"), opponent: set("&OPPONENT"), patientNoun: set("&PATIENTNOUN"), speaksFor: set("&SPEAKSFOR"), proposal: union(set("&PROPOSAL"), set("&ALLEGATION")), infNoun: set("&INFNOUN"),
		refusalNoun: set("&REFUSALNOUN"), mandative: set("&MANDATIVE"), refrain: set("&REFRAIN"), fear: set("&FEARVERB"), thwart: set("&THWART"), unissued: set("&UNISSUED"), realizedNoun: set("&REALIZEDNOUN"), travelNoun: set("&TRAVELNOUN"), diplomaticType: set("&DIPLOMATIC_TYPES"), labourType: set("&LABOUR_TYPES"), labourSector: set("&LABOUR_SECTORS"), campaignEvent: set("&CAMPAIGNEVENT"), medium: set("&MEDIUM"), armedMarch: set("&ARMEDMARCH"), critics: set("&CRITICS"), wish: set("&WISH"), aid: union(set("&AID"), set("&ECONAID"), set("&MILAID"), set("&HUMAID")),
		milTarget: set("&MILTARGET"), judgement: map[string]bool{}, crowdAct: set("&CROWDACT"), crowdNoun: set("&CROWDNOUN"), situation: set("&SITUATION"), naturalForce: set("&NATURALFORCE"), respondWith: set("&RESPONDWITH"), fromSource: set("&FROMSOURCE"), rioters: set("&RIOTERS"), pollShare: set("&POLLSHARE"), demandObject: set("&DEMANDOBJECT"), premises: union(set("&PLACE"), set("&MILTARGET"), set("&PREMISES")),
	}
	for name := range dict.Sets {
		if strings.HasSuffix(name, "PRED") {
			for w := range set(name) {
				c.lex.judgement[w] = true
			}
		}
	}
	c.lex.weaponSubject = map[string]string{}
	for set, code := range map[string]string{"&AIRSUBJECT": "195", "&HEAVYSUBJECT": "194", "&BLASTSUBJECT": "183"} {
		for _, w := range dict.Sets[set] {
			c.lex.weaponSubject[w] = code
		}
	}
	// The words the dictionary knows as verbs or lists in its sets, for
	// repairing verb lemmas the lemmatizer got wrong ("resum").
	c.vocab = map[string]bool{}
	for w := range dict.byVerb {
		c.vocab[w] = true
	}
	for _, ws := range dict.Sets {
		for _, w := range ws {
			c.vocab[w] = true
		}
	}
	c.sets = indexSets(dict.Sets)
	c.contexts = map[string][]string{}
	// In name order: a word's contexts keep one order from run to run
	// (sentenceContexts keeps the first few).
	for _, name := range slices.Sorted(maps.Keys(dict.Sets)) {
		words := dict.Sets[name]
		ctx, ok := strings.CutPrefix(name, "&CONTEXT_")
		if !ok {
			continue
		}
		ctx = strings.ToLower(ctx)
		if _, known := onto.PLOVERContext(ctx); !known {
			return nil, fmt.Errorf("pattern dictionary: set %s: unknown PLOVER context %q", name, ctx)
		}
		for _, w := range words {
			if f := strings.Fields(w); len(f) > 1 {
				// "human rights": a phrase, matched on consecutive words.
				c.contextPhrases = append(c.contextPhrases, contextPhrase{words: f, ctx: ctx})
				continue
			}
			c.contexts[w] = append(c.contexts[w], ctx)
		}
	}
	if err := c.loadModeWords(dict, onto); err != nil {
		return nil, err
	}
	demandClass := &Class{Name: "MUST", Code: "100", Pos: "grammar:must"}
	c.demandPattern = &Pattern{Group: &Group{Class: demandClass}, Code: "100", Pos: "grammar:must", Text: "said * must"}
	agreeClass := &Class{Name: "AGREE_TO", Code: "030", Pos: "grammar:agree-to"}
	c.agreePattern = &Pattern{Group: &Group{Class: agreeClass}, Code: "030", Pos: "grammar:agree-to", Text: "* to VERB"}
	for _, cl := range dict.Classes {
		if dict.Lenient {
			break
		}
		if _, ok := onto.CAMEO(cl.Code); !ok && cl.Code != NullCode {
			return nil, fmt.Errorf("%s: class %s: unknown CAMEO code %s", cl.Pos, cl.Name, cl.Code)
		}
		for _, g := range cl.Groups {
			for _, p := range g.Patterns {
				for _, code := range []string{p.Code, p.Reverse} {
					if _, ok := onto.CAMEO(code); !ok && code != NullCode && code != "" {
						return nil, fmt.Errorf("%s: unknown CAMEO code %s", p.Pos, code)
					}
				}
			}
		}
	}
	return c, nil
}

// Name implements pipeline.Component.
func (c *Coder) Name() string { return "coder" }

// Process codes the events of every sentence of d and appends them to
// d.Events.
func (c *Coder) Process(_ context.Context, d *doc.Doc) error {
	if c.opts.Discards.story(d.Text) {
		return nil
	}
	placeActors(d)
	for s := range d.Sentences {
		if d.Sentences[s].TokenEnd <= d.Sentences[s].TokenStart {
			continue
		}
		if c.opts.Discards.sentence(d.Surface(d.Sentences[s].Span)) {
			continue
		}
		c.codeSentence(d, s)
	}
	mergeRestated(d)
	for i := range d.Events {
		d.Events[i].ID = fmt.Sprintf("%s-e%d", d.ID, i+1)
		d.Events[i].DocID = d.ID
		d.Events[i].Schema = doc.SchemaEvent
	}
	return nil
}

// placeActors codes a name the actor layer did not know but the places
// layer read as a first-level region of a country (a state, a province)
// with that country, as GDELT does: "Texas sued the administration" is
// USA, "Russia annexed Crimea" targets UKR. The mention's Via becomes
// "place". Towns are left alone: a town's name is too often a person's
// ("Esther", "Donald"). Countries and capitals are the actor layer's
// already.
func placeActors(d *doc.Doc) {
	for k := range d.Actors {
		m := &d.Actors[k]
		if m.Via != "unknown" || m.Code != "" {
			continue
		}
		for _, p := range d.Places {
			if p.Span == m.Span && p.Kind == "admin1" && actorcode.IsCountry(p.Country) {
				m.Code, m.Country, m.Kind, m.Via = p.Country, p.Country, "region", "place"
				break
			}
		}
	}
	placeAgents(d)
}

// placeWords may stand between a place and the agent noun it places:
// "Kestrel State Police", "Kestrel provincial police".
var placeWords = map[string]bool{"State": true, "state": true, "Province": true, "province": true, "provincial": true,
	"Region": true, "region": true, "regional": true, "City": true, "city": true, "municipal": true, "County": true, "county": true}

// placeAgents codes a bare agent noun (a sector, no country) written
// right after a town or a first-level region the places layer read, with
// that place's country: "Kharkiv regional governor" UKRGOV, "Kestrel State
// Police Command" and "Kestrel's police" the country's COP. A town's name
// is trusted here, unlike in placeActors, since the agent noun after it
// makes it a place's.
func placeAgents(d *doc.Doc) {
	for k := range d.Actors {
		m := &d.Actors[k]
		if m.Kind != "agent" || m.Country != "" || m.Code == "" || m.Code != m.Sector {
			continue
		}
		for _, p := range d.Places {
			if p.Adjective || (p.Kind != "city" && p.Kind != "admin1") || !actorcode.IsCountry(p.Country) {
				continue
			}
			ok := false
			switch {
			case p.End <= m.Start && m.Start-p.End <= 24:
				gap := d.Text[p.End:m.Start]
				gap = strings.TrimPrefix(strings.TrimPrefix(gap, "'s"), "’s")
				ok = strings.HasPrefix(gap, " ") && strings.HasSuffix(gap, " ")
				for _, w := range strings.Fields(gap) {
					ok = ok && placeWords[w]
				}
			case m.End <= p.Start && p.Kind == "admin1":
				// "the governor of the Kestrel region" (not a town:
				// "the Ministry of Justice" is no town's)
				gap := d.Text[m.End:p.Start]
				ok = gap == " of " || gap == " of the "
			}
			if !ok {
				continue
			}
			if code, err := actorcode.Compose(p.Country, m.Sector); err == nil {
				m.Code, m.Country = code, p.Country
				// The person the agent noun titles ("regional governor
				// Jane Doe") is placed with it.
				if k+1 < len(d.Actors) {
					n := &d.Actors[k+1]
					if n.Kind == "person" && n.Country == "" && n.Code == m.Sector && n.Start == m.End+1 {
						n.Code, n.Country = code, p.Country
					}
				}
				// So is the person it describes in apposition ("Jane
				// Doe, the Kestrel region governor,", "the governor of
				// the Kestrel region, Jane Doe").
				if n := placeApposition(d, k, p.Span); n != nil {
					n.Code, n.Country, n.Sector, n.Kind, n.Via = code, p.Country, m.Sector, "person", "title"
				}
			}
			break
		}
	}
}

// placeApposition returns the name that the agent phrase of mention k,
// placed by the place at span pl, describes in apposition: an unknown name
// or a person with no country right before its descriptor's comma ("Jane
// Doe, the Kestrel region governor") or right after it ("the governor of
// the Kestrel region, Jane Doe"): between the name's comma and the
// descriptor at most an article and "former"; a name after a phrase that
// starts with an article is a person or has two words or more (not a
// list's next item: "Kestrel Police, Smart Kestrel"); nil if none.
func placeApposition(d *doc.Doc, k int, pl doc.Span) *doc.Mention {
	m := d.Actors[k]
	desc := doc.Span{Start: min(m.Start, pl.Start), End: max(m.End, pl.End)}
	free := func(n *doc.Mention) bool {
		for _, p := range d.Places {
			if p.Overlaps(n.Span) {
				return false
			}
		}
		return n.Sentence == m.Sentence && n.Country == "" &&
			(n.Via == "unknown" && n.Code == "" || n.Kind == "person" && (n.Code == "" || n.Code == m.Sector))
	}
	for i := k - 1; i >= 0 && d.Actors[i].Sentence == m.Sentence; i-- {
		n := &d.Actors[i]
		if n.End > desc.Start || n.Span.Overlaps(pl) {
			continue
		}
		// The descriptor starts with a lower-case word ("Jane Doe, the
		// Kestrel region governor", "Jane Doe, governor of"), not a
		// name that continues a list ("Kestrel Bank, Kestrel Police").
		if gap, ok := strings.CutPrefix(d.Text[n.End:desc.Start], ", "); ok && descriptorStart[gap] && isLowerStart(d.Text[n.End+2:]) && free(n) {
			return n
		}
		break
	}
	for i := k + 1; i < len(d.Actors) && d.Actors[i].Sentence == m.Sentence; i++ {
		n := &d.Actors[i]
		if n.Start < desc.End || n.Span.Overlaps(pl) {
			continue
		}
		gap := d.Text[desc.End:n.Start]
		if pl.End == desc.End {
			// "the governor of the Kestrel region, Jane Doe"
			gap = trimPlaceWords(gap)
		}
		if gap == ", " && free(n) && (n.Kind == "person" || strings.Contains(n.Text, " ")) && afterArticle(d.Text[:desc.Start]) {
			return n
		}
		break
	}
	return nil
}

// descriptorStart lists what may stand between an apposition's comma and
// a placed agent phrase describing the name before it.
var descriptorStart = map[string]bool{"": true, "the ": true, "a ": true, "an ": true, "former ": true, "the former ": true, "a former ": true}

// afterArticle reports whether text ends with "the " or "a " (in any case).
func afterArticle(text string) bool {
	for _, a := range []string{"the ", "The ", "a ", "A ", "an ", "An "} {
		if strings.HasSuffix(text, a) && (len(text) == len(a) || text[len(text)-len(a)-1] == ' ' || text[len(text)-len(a)-1] == '\n') {
			return true
		}
	}
	return false
}

// isLowerStart reports whether s starts with a lower-case letter.
func isLowerStart(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsLower(r)
}

// trimPlaceWords removes the place words that start gap (" region, Jane"
// → ", Jane").
func trimPlaceWords(gap string) string {
	for {
		rest, ok := strings.CutPrefix(gap, " ")
		if !ok {
			return gap
		}
		w := rest
		if i := strings.IndexAny(rest, " ,"); i >= 0 {
			w = rest[:i]
		}
		if !placeWords[w] {
			return gap
		}
		gap = rest[len(w):]
	}
}

// candidate is an event found in a sentence before actors are resolved.
type candidate struct {
	trig    int
	pat     *Pattern
	class   *Class
	code    string
	src     []int // argument head tokens
	tgt     []int
	speaker int // speaker token when reported, -1 otherwise
	mod     doc.Modality
	used    []int // tokens consumed by the pattern (xcomp verbs)
	negUsed bool
	// negGov: the negation consumed is the governing verb's ("won't try
	// to clash").
	negGov bool
	// compound is set by ElemCompound: coordinated subjects act on one
	// another.
	compound bool
	// reciprocal: the trigger's argument is "each other" or "one
	// another" ("X and Y accused each other").
	reciprocal bool
}

func (c *Coder) codeSentence(d *doc.Doc, s int) {
	c.codeSentenceTrace(d, s, nil)
}

// repairedTree returns the tree of sentence s with the coder's word sets
// and the parse repairs applied, not yet frozen.
func (c *Coder) repairedTree(d *doc.Doc, s int) *tree {
	t := newTree(d, s)
	t.speech, t.stative, t.headline, t.opponent, t.speaksFor = c.lex.speech, c.lex.stative, c.lex.headline, c.lex.opponent, c.lex.speaksFor
	t.vocab = c.vocab
	t.repairCompoundComplement(c.lex.bareInfinitive)
	t.repairParticipleClause()
	t.repairQuantifiedGerund()
	t.repairNumberObject()
	t.repairSplitRelative()
	return t
}

// codeSentenceTrace codes sentence s; with a non-nil trace it reports every
// trigger, pattern and decision.
func (c *Coder) codeSentenceTrace(d *doc.Doc, s int, trace func(format string, args ...any)) {
	t := c.repairedTree(d, s)
	t.freeze()
	if dl := d.DatelinePlace(); dl != nil {
		t.dateline = dl.Country
	}
	first := len(d.Events)
	defer func() { d.Events = d.Events[:first+len(dropSubsumed(d.Events[first:]))] }() // filtered in place
	ms := newMentionIndex(d, t, s, c.opts.KnownActorsOnly)
	var cands []*candidate
	for i := range t.Tokens {
		cands = append(cands, c.triggersAt(t, ms, i, trace)...)
	}
	cands = append(cands, c.agreeFallback(t, cands)...)
	cands = append(cands, c.demandFallback(t, ms, cands)...)
	c.weaponSubjects(t, cands)
	// A token consumed by a pattern ("agreed to withdraw") is not coded on
	// its own.
	consumed := map[int]bool{}
	for _, cd := range cands {
		for _, u := range cd.used {
			consumed[u] = true
		}
	}
	seen := map[string]bool{}
	emit := func(cd *candidate, ev doc.Event) {
		for _, ev := range c.expand(ev, cd) {
			if (cd.pat.Options.Dyad || cd.class.Options.Dyad) && len(ev.Recipients) == 0 && !groupSource(t, cd.src, ev.Actors) {
				// A one-sided consultation ("discussed the race in his
				// speech") is none; a group's among its members is
				// ("officials have been discussing plans").
				continue
			}
			key := fmt.Sprint(ev.Evidence.Trigger.Start, ev.CAMEO.Code, actorKey(ev.Actors), actorKey(ev.Recipients))
			if seen[key] {
				continue
			}
			seen[key] = true
			if trace != nil {
				trace("  %s %s %s: EVENT %s -> %s %s", t.Tokens[cd.trig].Text, ev.CAMEO.Code, ev.PLOVER.Type, actorKey(ev.Actors), actorKey(ev.Recipients), modKey(ev.Modality))
			}
			d.Events = append(d.Events, ev)
		}
	}
	for _, cd := range cands {
		if consumed[cd.trig] {
			if trace != nil {
				trace("  %s: consumed by another pattern's `to VERB`", t.Tokens[cd.trig].Text)
			}
			continue
		}
		if cd.code == NullCode && cd.pat.Reverse == "" {
			if trace != nil {
				trace("  %s (%s): null pattern, no event", t.Tokens[cd.trig].Text, cd.pat.Pos)
			}
			continue
		}
		ev, why := c.build(d, t, ms, s, cd)
		if why != "" {
			if trace != nil {
				trace("  %s %s (%s): no event: %s", t.Tokens[cd.trig].Text, cd.code, cd.pat.Pos, why)
			}
			continue
		}
		emit(cd, ev)
	}
}

// weaponSubjects gives a verb of plain force (190, 180) whose subject is a
// weapon or attack noun with a code of its own the noun's code: "Israeli
// airstrikes killed 30" is an air strike (195), "a suicide bombing killed
// 12" a suicide bombing (1831), not plain force; the noun alone names no
// target. A subject that is a weapon of &AIRSUBJECT, &HEAVYSUBJECT or
// &BLASTSUBJECT gives 195, 194 or 183: "Israeli warplanes killed 12",
// "a roadside bomb killed three soldiers".
func (c *Coder) weaponSubjects(t *tree, cands []*candidate) {
	nouns := map[int]string{}
	for _, cd := range cands {
		if t.Tokens[cd.trig].UPOS == "NOUN" && unattributedRoot(cd.code) && cd.code != "190" && cd.code != "180" && cd.code != "200" {
			nouns[cd.trig] = cd.code
		}
	}
	for _, cd := range cands {
		if cd.code == "1712" && t.Tokens[cd.trig].UPOS == "VERB" {
			// "demonstrators torched a police station": a crowd of
			// protest (&RIOTERS) that burns property riots (145).
			// Their attacks on people stay force (190).
			if s := c.subject(t, cd.trig); len(s) == 1 && c.lex.rioters[t.lemma(s[0])] && t.Tokens[s[0]].UPOS == "NOUN" {
				cd.code = "145"
				continue
			}
		}
		if cd.code != "190" && cd.code != "180" || t.Tokens[cd.trig].UPOS != "VERB" {
			continue
		}
		subj := t.Children(cd.trig, "nsubj")
		if h := t.Heads[cd.trig]; len(subj) == 0 && h >= 0 && t.RelIs(cd.trig, "advcl") && t.Tokens[cd.trig].XPOS == "VBG" {
			// "A car bomb exploded near a convoy, wounding several
			// soldiers": the participle's subject is its governor's
			// (the verb above the noun the parse may hang it under).
			if t.Tokens[h].UPOS == "NOUN" && t.Heads[h] >= 0 && t.Tokens[t.Heads[h]].UPOS == "VERB" {
				h = t.Heads[h]
			}
			subj = t.Children(h, "nsubj")
		}
		for _, s := range subj {
			if code, ok := nouns[s]; ok {
				cd.code = code
			} else if code := c.lex.weaponSubject[t.lemma(s)]; code != "" && t.Tokens[s].UPOS == "NOUN" {
				cd.code = code
			} else if t.lemma(s) == "bomber" && t.hasChildLemma(s, []string{"suicide"}, "compound", "amod") >= 0 {
				// "a suicide bomber killed 14 people": a suicide
				// bombing (1831), not plain force.
				cd.code = "1831"
			}
		}
	}
}

// expand turns a built event into the events it stands for: reciprocal
// events among coordinated subjects (ElemCompound, a mutual pattern or a
// reciprocal argument: "X and Y accused each other"), the reverse event of a
// paired code, no main event for a null code; with RequireDyad, events
// without a target are dropped, and without KeepUncoded those with no
// coded actor or recipient.
func (c *Coder) expand(ev doc.Event, cd *candidate) []doc.Event {
	evs := []doc.Event{ev}
	mutual := cd.pat.Options.Mutual || cd.reciprocal || jointCode(ev.CAMEO.Code) && len(cd.tgt) == 0
	if (cd.compound || mutual && len(ev.Recipients) == 0) && len(ev.Actors) >= 2 {
		// The coordinated subjects are one another's targets, whatever
		// else the phrase names ("X and Y delayed their meeting after
		// Z ..."). Under a mutual pattern only coded subjects take part:
		// an unknown name would make an event without a source.
		parties := ev.Actors
		if !cd.compound {
			parties = slices.DeleteFunc(slices.Clone(ev.Actors), func(a doc.ActorRef) bool { return a.Code == "" })
		}
		if len(parties) >= 2 {
			evs = evs[:0]
			for i, a := range parties {
				e := ev
				e.Actors = []doc.ActorRef{a}
				e.Recipients = nil
				for j, b := range parties {
					if j != i {
						e.Recipients = append(e.Recipients, b)
					}
				}
				evs = append(evs, e)
			}
		}
	}
	var out []doc.Event
	for _, e := range evs {
		if cd.code != NullCode {
			out = append(out, e)
		}
		if cd.pat.Reverse != "" && cd.pat.Reverse != NullCode && len(e.Recipients) > 0 {
			r := e
			r.Actors, r.Recipients = e.Recipients, e.Actors
			c.fillCodes(&r, cd.pat.Reverse, mergeOptions(cd.class.Options, cd.pat.Options))
			out = append(out, r)
		}
	}
	if c.opts.RequireDyad {
		out = slices.DeleteFunc(out, func(e doc.Event) bool { return len(e.Recipients) == 0 })
	}
	if !c.opts.KeepUncoded {
		out = slices.DeleteFunc(out, func(e doc.Event) bool { return !anyCoded(e.Actors) && !anyCoded(e.Recipients) })
	}
	return out
}

// jointCode reports whether coordinated subjects doing the act of a CAMEO
// code with no target do it with one another: agreeing, meeting,
// negotiating, cooperating and agreeing to or declaring a truce (0356,
// 0871: "the army and the rebels agreed to a truce") ("South Korea and
// Japan agreed to restore
// intelligence sharing", "X and Y signed a trade pact", "X and Y will
// hold joint exercises": 0312) when the phrase
// names no target at all (not "X and Y spoke to her"); not aid ("Britain
// and France pledged aid" is no aid to each other) nor anything else
// ("X and Y condemned the attack").
func jointCode(code string) bool {
	switch code {
	case "030", "031", "0311", "0312", "0313", "0314", "032", "036", "0356", "040", "043", "046", "050", "057", "060", "061", "062", "063", "064", "0871":
		return true
	}
	return false
}

// groupSource reports whether a source head (or the last word of a source
// actor's span) is a plural common noun or a plural pronoun: a group
// whose members may consult one another ("officials", "leaders", "they").
func groupSource(t *tree, src []int, actors []doc.ActorRef) bool {
	heads := slices.Clone(src)
	for _, a := range actors {
		for k, tk := range t.Tokens {
			if tk.End == a.End {
				heads = append(heads, k)
			}
		}
	}
	for _, k := range heads {
		if k < 0 || k >= len(t.Tokens) {
			continue
		}
		switch tk := t.Tokens[k]; {
		case tk.XPOS == "NNS":
			return true
		case tk.UPOS == "PRON" && (t.lemma(k) == "they" || t.lemma(k) == "we"):
			return true
		}
	}
	return false
}

// anyCoded reports whether one of as has an actor code.
func anyCoded(as []doc.ActorRef) bool {
	return slices.ContainsFunc(as, func(a doc.ActorRef) bool { return a.Code != "" })
}

func actorKey(as []doc.ActorRef) string {
	var b strings.Builder
	for _, a := range as {
		b.WriteString(a.Code)
		b.WriteByte('/')
		b.WriteString(a.Text)
		b.WriteByte(';')
	}
	return b.String()
}

// lookup returns the trigger groups of token i: verbs (also verbs the
// tagger took for nouns or adjectives), event nouns, participles.
func (c *Coder) lookup(t *tree, i int) []*trigger {
	tok := t.Tokens[i]
	if t.verbTaggedNoun(i) {
		tok.UPOS = "VERB"
	}
	if t.hyphenModifier(i) || t.timeParticiple(i) || c.adjectivalGerund(t, i) || c.naming(t, i) {
		return nil
	}
	var trigs []*trigger
	switch tok.UPOS {
	case "VERB":
		trigs = c.dict.byVerb[t.lemma(i)]
		if txt := tok.LowerText(); c.dict.Lenient && txt != t.lemma(i) && len(c.dict.byVerb[txt]) > 0 {
			// An imported dictionary lists word forms: a form listed
			// on its own ("LEFT [032]" beside "LEAVE [012]") wins.
			trigs = c.dict.byVerb[txt]
		}
	case "NOUN":
		if c.nounModifier(t, i) || !c.dict.Lenient && t.capitalisedAfterName(i) {
			return nil
		}
		trigs = c.dict.byNoun[t.lemma(i)]
		if len(trigs) == 0 && strings.HasSuffix(tok.XPOS, "S") {
			trigs = c.dict.byNoun[tok.LowerText()]
		}
		if h := t.hyphenated(i); h != "" {
			// "cease-fire", "air-strikes": the tokenizer splits at
			// the hyphen; the dictionary lists the whole word.
			if ht := c.dict.byNoun[h]; len(ht) > 0 {
				trigs = ht
			}
		}
	case "ADJ":
		// Predicative participles tagged ADJ ("was unanswered").
		trigs = c.dict.byVerb[t.lemma(i)]
		if len(trigs) == 0 && t.verbalAdjective(i) {
			// "guerrillas wounded two soldiers" with "wounded" an
			// adjective of "soldiers".
			for _, base := range regularBases(tok.LowerText()) {
				if trigs = c.dict.byVerb[base]; len(trigs) > 0 {
					break
				}
			}
		}
	default:
		return nil
	}
	if len(trigs) == 0 && tok.UPOS != "NOUN" {
		// An irregular form listed in an imported dictionary ("saw").
		trigs = c.dict.byVerb[tok.LowerText()]
	}
	if len(trigs) == 0 && (tok.UPOS == "VERB" || tok.UPOS == "NOUN") {
		// A lemma the lemmatizer got wrong ("blamed" → "blam"): try the
		// regular base forms of the word.
		idx := c.dict.byVerb
		if tok.UPOS == "NOUN" {
			idx = c.dict.byNoun
		}
		for _, base := range regularBases(tok.LowerText()) {
			if trigs = idx[base]; len(trigs) > 0 {
				break
			}
		}
	}
	return trigs
}

// adjectivalGerund reports whether token i is an -ing form of an
// &ADJECTIVALING verb that describes the people named right after it
// ("dispersed protesting farmers", "thanked cheering crowds", "fled with
// fleeing villagers") but that the parser made a verb with them as its
// object: the people protest, cheer or flee, they are not protested.
func (c *Coder) adjectivalGerund(t *tree, i int) bool {
	if t.Tokens[i].XPOS != "VBG" || !c.lex.adjectival[t.lemma(i)] || i == 0 || i+1 >= len(t.Tokens) {
		return false
	}
	if t.Child(i, "nsubj", "nsubj:pass", "aux", "mark") >= 0 {
		return false
	}
	switch t.Tokens[i-1].UPOS {
	case "VERB", "ADP", "DET", "ADJ", "NUM":
	default:
		return false
	}
	o := t.Child(i, "obj")
	if o < 0 || t.Tokens[o].XPOS != "NNS" {
		return false
	}
	lo, _ := t.Extent(o)
	return lo == i+1
}

// triggersAt returns the candidates whose trigger is token i.
func (c *Coder) triggersAt(t *tree, ms *mentionIndex, i int, trace func(string, ...any)) []*candidate {
	tok := t.Tokens[i]
	trigs := c.lookup(t, i)
	var out []*candidate
	for _, tr := range trigs {
		if tr.particle != "" && t.hasChildLemma(i, []string{tr.particle}, "compound:prt", "advmod", "obl", "case") < 0 {
			if trace != nil {
				trace("  %s: trigger of %s needs the particle %q", tok.Text, tr.group.Class.Name, tr.particle)
			}
			continue
		}
		cd := c.match(t, ms, i, tr.group)
		if trace != nil {
			if cd == nil {
				trace("  %s: trigger of %s (%s): no pattern matched", tok.Text, tr.group.Class.Name, tr.group.Class.Pos)
			} else {
				trace("  %s: trigger of %s: pattern %q (%s) => %s", tok.Text, tr.group.Class.Name, cd.pat.Text, cd.pat.Pos, cd.code)
			}
		}
		if cd != nil {
			out = append(out, cd)
		}
	}
	return out
}

// match tries the group's patterns on trigger i, most specific first, and
// returns nil when none matches.
func (c *Coder) match(t *tree, ms *mentionIndex, i int, g *Group) *candidate {
	for _, p := range g.Patterns {
		b := &binding{t: t, c: c, ms: ms, trig: i, last: i, lastBefore: -2}
		if b.elems(i, p.Elems) {
			return &candidate{trig: i, pat: p, class: g.Class, code: p.Code, src: b.src, tgt: b.tgt, used: b.used, negUsed: b.negUsed, negGov: b.negGov, compound: b.compound, reciprocal: t.reciprocal(i)}
		}
	}
	return nil
}

// binding accumulates what a pattern bound while matching.
type binding struct {
	t          *tree
	c          *Coder
	ms         *mentionIndex // actor mentions, for ACTOR elements
	src, tgt   []int
	used       []int
	negUsed    bool
	negGov     bool
	compound   bool
	trig       int // the trigger
	last       int // the word matched by the last ElemAfter
	lastBefore int // the last word matched by the last ElemBefore
}

// argRels are the relations a word element may match among a scope's
// dependents.
// framePreps introduce a time frame around an event ("during a visit",
// "after talks"), whose words are not the trigger's.
var framePreps = map[string]bool{"during": true, "after": true, "before": true, "since": true, "until": true, "amid": true, "despite": true}

var argRels = []string{"obj", "iobj", "xcomp", "obl", "nmod", "advmod", "compound", "compound:prt", "amod", "ccomp", "nsubj:pass", "acl", "advcl", "nummod"}

func (b *binding) elems(scope int, es []Elem) bool {
	for _, e := range es {
		if !b.elem(scope, e) {
			return false
		}
	}
	return true
}

func (b *binding) words(i int, words []string) bool {
	if i > 0 && b.t.isTimeNoun(i) && startsUpper(b.t.Tokens[i].Text) {
		// "stirred crowds in March": a month, not a march.
		return false
	}
	l := b.t.lemma(i)
	txt := b.t.lower(i)
	hy := b.t.hyphenated(i) // "cease-fire" split by the tokenizer
	for _, w := range words {
		if strings.HasPrefix(w, "&") {
			if ws := b.c.sets[w]; ws != nil {
				if b.inSet(ws, i, l, txt, hy) {
					return true
				}
				continue
			}
			for _, m := range b.c.dict.Sets[w] {
				if m == l || m == txt || hy != "" && m == hy || strings.Contains(m, " ") && (b.multiword(i, m) || b.sequence(i, m)) {
					return true
				}
			}
			continue
		}
		if l == w || txt == w || hy != "" && w == hy {
			return true
		}
	}
	return false
}

// ofOrBare reports whether preposition p ("" for none) joins a noun to
// what it is made of or about: "of", "for", "on", "in" ("aid in cash").
func ofOrBare(p string) bool {
	return p == "" || p == "of" || p == "for" || p == "on" || p == "in" || p == "to"
}

// measured reports whether noun i only measures ("700 kg", "tons",
// "$50,000 worth") the noun of its "of" modifier, and that noun or one of
// its modifiers matches words: "handed over tons of medicine",
// "suspended part of its military aid".
func (b *binding) measured(i int, words []string) bool {
	if !b.isMeasure(i) {
		return false
	}
	for _, k := range b.t.Children(i, "nmod") {
		if b.t.prep(k) != "of" {
			continue
		}
		if b.words(k, words) || b.measured(k, words) {
			return true
		}
		for _, m := range b.t.Children(k, "amod", "compound") {
			if b.words(m, words) {
				return true
			}
		}
	}
	return false
}

// currencies are the symbols and nouns an amount of money is written with.
var currencies = map[string]bool{"$": true, "€": true, "£": true, "¥": true, "dollar": true, "euro": true, "pound": true, "yen": true, "yuan": true, "rupee": true}

// amount reports whether noun i is an amount of money ("$4.5 billion")
// whose "in" or "of" phrase matches words: "provided Ukraine with $4.5
// billion in financial support", "sent $2 million of aid".
func (b *binding) amount(i int, words []string) bool {
	if !currencies[b.t.lemma(i)] && !currencies[b.t.Tokens[i].Text] {
		return false
	}
	for _, k := range b.t.Children(i, "nmod") {
		if p := b.t.prep(k); (p == "in" || p == "of") && b.words(k, words) {
			return true
		}
	}
	return false
}

// targetOwner returns the actor a military target object of scope
// belongs to, when the target phrase is its "in" phrase: "struck
// Hezbollah targets in southern Lebanon" attacked Hezbollah, not Lebanon.
// It returns -1 when there is none.
func (b *binding) targetOwner(scope int, prep string) int {
	t := b.t
	if prep != "in" || b.ms == nil {
		return -1
	}
	o := b.object(scope)
	if o < 0 || !b.c.lex.milTarget[t.lemma(o)] {
		return -1
	}
	for _, k := range t.Children(o, "compound", "nmod:poss", "amod") {
		if k < o && b.ms.at[k] != nil && codedActor(b.ms, k) {
			return k
		}
	}
	return -1
}

// predicativeSets reports whether words are all sets named &…PRED, whose
// words match only what a verb's object is called (predicatives).
func predicativeSets(words []string) bool {
	for _, w := range words {
		if !strings.HasPrefix(w, "&") || !strings.HasSuffix(w, "PRED") {
			return false
		}
	}
	return len(words) > 0
}

// predicatives returns what verb scope says its object is: an open
// complement ("called the vote a sham"), a second object ("called the
// decision a mistake"), an adjective the parse hung after the object
// ("called the talks constructive"), or an "as" phrase ("described the
// law as racist"), with their conjuncts ("illegal and counterproductive").
func (b *binding) predicatives(scope int) []int {
	t := b.t
	o := t.Child(scope, "obj")
	if o < 0 {
		return nil
	}
	var out []int
	for _, k := range t.Kids[scope] {
		switch {
		case k > o && t.RelIs(k, "xcomp", "obj"):
			out = append(out, k)
		case k > o && t.RelIs(k, "obl") && t.prep(k) == "as":
			out = append(out, k)
		}
	}
	for _, k := range t.Children(o, "amod") {
		if k > o {
			out = append(out, k)
		}
	}
	for _, k := range out {
		out = append(out, t.Children(k, "conj")...)
	}
	return out
}

// amountPhrases returns the dependents of what an amount of money object
// o of verb scope is "in" or "of", whether the parse hung that phrase
// under the amount or under the verb: "approved $500 million in military
// aid for Lorania" has the kind of aid and its receiver under "aid".
func (b *binding) amountPhrases(scope, o int) []int {
	t := b.t
	if !currencies[t.lemma(o)] && !currencies[t.Tokens[o].Text] {
		return nil
	}
	var out []int
	for _, h := range [2]int{o, scope} {
		for _, k := range t.Children(h, "nmod", "obl") {
			if p := t.prep(k); p == "in" || p == "of" {
				out = append(out, t.Kids[k]...)
			}
		}
	}
	return out
}

// isMeasure reports whether token i is a word of measure or count
// (&MEASURE: "tons", "batches", "hundreds"), by lemma or lower-case form.
func (b *binding) isMeasure(i int) bool {
	return b.c.lex.measure[b.t.lemma(i)] || b.c.lex.measure[b.t.Tokens[i].LowerText()]
}

// measuredPhrases returns the phrases the parse hung under what a measure
// object counts: "deployed hundreds of police officers to Lorania" has
// "to Lorania" under "officers".
func (b *binding) measuredPhrases(o int) []int {
	t := b.t
	if !b.isMeasure(o) {
		return nil
	}
	var out []int
	for _, k := range t.Children(o, "nmod") {
		if t.prep(k) == "of" {
			out = append(out, t.Children(k, "nmod")...)
		}
	}
	return out
}

// lightVerbPhrases returns the "to" and "for" phrases after an event noun
// that the parse hung under the light verb carrying it: "approved a loan of $500 million
// to Lorania" has the loan's receiver under "approved".
func (b *binding) lightVerbPhrases(noun int) []int {
	t := b.t
	h := t.Heads[noun]
	if h < 0 || t.Tokens[noun].UPOS != "NOUN" || !t.RelIs(noun, "obj") || !b.c.lex.light[t.lemma(h)] {
		return nil
	}
	var out []int
	for _, k := range t.Children(h, "obl") {
		if p := t.prep(k); k > noun && (p == "to" || p == "for") {
			out = append(out, k)
		}
	}
	return out
}

// seqLen returns how many words from token i on matched words: the length
// of a multiword set member written out in sequence ("really did not"),
// else 1.
func (b *binding) seqLen(i int, words []string) int {
	n := 1
	for _, w := range words {
		if !strings.HasPrefix(w, "&") {
			continue
		}
		for _, m := range b.c.dict.Sets[w] {
			if f := strings.Fields(m); len(f) > n && b.sequence(i, m) {
				n = len(f)
			}
		}
	}
	return n
}

// multiword reports whether token i heads the phrase m ("swiss francs"):
// i is its last word and the other words are in i's subtree.
func (b *binding) multiword(i int, m string) bool {
	ws := strings.Fields(m)
	last := ws[len(ws)-1]
	if b.t.lemma(i) != last && strings.ToLower(b.t.Tokens[i].Text) != last {
		return false
	}
	// The other words modify it and come right before it, in order:
	// "austrian gold florin" is not "AUSTRIAN FLORIN".
	if i < len(ws)-1 || !b.sequence(i-len(ws)+1, m) {
		return false
	}
	for _, w := range ws[:len(ws)-1] {
		if !b.mods(i, []Elem{{Kind: ElemWord, Words: []string{w}}}) {
			return false
		}
	}
	return true
}

// sequence reports whether the words of m start at token i, one after
// the other ("did n't").
func (b *binding) sequence(i int, m string) bool {
	for j, w := range strings.Fields(m) {
		k := i + j
		if k >= len(b.t.Tokens) || (b.t.lemma(k) != w && strings.ToLower(b.t.Tokens[k].Text) != w) {
			return false
		}
	}
	return true
}

// mods reports whether every modifier element of mods has a matching word
// in the subtree of i.
func (b *binding) mods(i int, mods []Elem) bool {
	for _, m := range mods {
		found := false
		b.t.Walk(i, func(k int) bool {
			if k != i && b.words(k, m.Words) {
				found = true
			}
			return !found
		})
		if !found {
			return false
		}
	}
	return true
}

// phrase returns the words of scope's phrase after scope, in sentence
// order: its subtree, without parenthetical clauses (parataxis).
func (b *binding) phrase(scope int) []int {
	t := b.t
	var out []int
	t.Walk(scope, func(k int) bool {
		if k != scope && t.RelIs(k, "parataxis") {
			return false
		}
		if k > scope && b.c.lex.speech[t.lemma(k)] && t.RelIs(k, "advcl", "acl", "conj") && t.Child(k, "nsubj") >= 0 {
			// "..., a senior official said": a reporting clause the
			// parser hung under the verb is not in its phrase.
			return false
		}
		if k > scope {
			out = append(out, k)
		}
		return true
	})
	slices.Sort(out)
	return out
}

// before returns the words of scope's clause before it: its left
// dependents' subtrees, and for a verb without a subject of its own
// (control, coordination) the words before it in its governor's clause.
func (b *binding) before(scope int) []int {
	t := b.t
	var out []int
	collect := func(root int) {
		t.Walk(root, func(k int) bool {
			if k != root && t.RelIs(k, "parataxis", "ccomp", "advcl") && k < scope {
				return false
			}
			if k < scope {
				out = append(out, k)
			}
			return true
		})
	}
	collect(scope)
	infinitival := t.RelIs(scope, "advcl") && (t.Tokens[scope].XPOS == "VB" || t.Tokens[scope].XPOS == "VBG")
	if t.Heads[scope] >= 0 && (t.Child(scope, "nsubj") < 0 && (t.RelIs(scope, "xcomp", "conj") || infinitival) || t.RelIs(scope, "ccomp")) {
		// A verb without a subject of its own (control, coordination,
		// an infinitival or gerund adverbial: "inching nearer to
		// accord"), or in a complement clause ("indicated it would
		// act"): the words before it in its governor's clause too.
		collect(t.Heads[scope])
	}
	return out
}

// objectOf returns the direct object of scope, or its passive subject;
// object caches it (see speed.go).
func (b *binding) objectOf(scope int) int {
	t := b.t
	if o := t.Child(scope, "obj"); o >= 0 {
		return o
	}
	// "donated and delivered goods to X": the first of two coordinated
	// verbs shares the object of the second, which has no subject of its
	// own.
	if t.Tokens[scope].UPOS == "VERB" && !t.isPassive(scope) {
		for _, k := range t.Children(scope, "conj") {
			if t.Tokens[k].UPOS == "VERB" && t.Child(k, "cc") >= 0 && t.Child(k, "nsubj", "nsubj:pass") < 0 && !t.isPassive(k) {
				if o := t.Child(k, "obj"); o >= 0 {
					return o
				}
			}
		}
	}
	if t.isPassive(scope) {
		if o := t.Child(scope, "nsubj:pass"); o >= 0 {
			return o
		}
		if t.headlinePassive(scope) {
			return t.Child(scope, "nsubj")
		}
		if s := t.reducedRelative(scope); s >= 0 {
			return s
		}
	}
	// "arrested two leaders accused of plotting", with "leaders" the
	// subject of a reduced relative parsed as a complement clause.
	for _, k := range t.Children(scope, "ccomp") {
		if s := t.reducedRelative(k); s >= 0 {
			return s
		}
	}
	// A passive participle modifying a noun: "troops deployed to X".
	if t.RelIs(scope, "acl") && t.Tokens[scope].XPOS == "VBN" && t.Heads[scope] >= 0 && !t.lostMainVerb(scope) {
		return t.Heads[scope]
	}
	// "police arrested students", "guerrillas wounded two soldiers"
	// parsed with the verb as a modifier of the noun after it: that noun
	// is its object.
	if h := t.Heads[scope]; h > scope && t.RelIs(scope, "amod") && (t.Tokens[scope].UPOS == "VERB" && t.subjectBefore(scope) || t.verbalAdjective(scope)) && t.Child(scope, "obl:agent") < 0 {
		return h
	}
	if o := t.Child(scope, "iobj"); o >= 0 {
		return o
	}
	return t.splitComplementObject(scope)
}

func (b *binding) elem(scope int, e Elem) bool {
	t := b.t
	switch e.Kind {
	case ElemTarget:
		o := b.object(scope)
		if o < 0 || (e.Actor && (b.ms == nil || !b.ms.namesActor(o))) {
			return false
		}
		b.tgt = append(b.tgt, o)
		return true
	case ElemSource:
		if s := t.Child(scope, "nsubj"); s >= 0 && !t.isPassive(scope) {
			b.src = append(b.src, s)
			return true
		}
		return false
	case ElemAny:
		return true
	case ElemThat:
		for _, k := range t.Children(scope, "ccomp") {
			if len(e.Words) == 0 || t.hasChildLemma(k, e.Words, "aux") >= 0 {
				return true
			}
		}
		return false
	case ElemNot:
		if negated(t, scope, b.c.lex) {
			b.negUsed = true
			return true
		}
		if h := t.Heads[scope]; h >= 0 && t.RelIs(scope, "xcomp") && t.Child(scope, "nsubj") < 0 && negated(t, h, b.c.lex) {
			// "won't try to clash": the negation of the governing verb,
			// among the words before the trigger, is the pattern's.
			b.negUsed, b.negGov = true, true
			return true
		}
		return false
	case ElemWord:
		if e.Predicative {
			// "called the vote a sham", "called the governor
			// reckless": what the object is said to be.
			for _, k := range b.predicatives(scope) {
				if b.words(k, e.Words) {
					return true
				}
			}
			return false
		}
		for _, k := range t.Kids[scope] {
			if t.RelIs(k, "advcl", "ccomp", "acl") && t.Child(k, "nsubj", "nsubj:pass") >= 0 {
				// A clause with a subject of its own is no word of
				// the trigger's phrase: "traded accusations over who
				// fired first" trades no fire.
				continue
			}
			if t.RelIs(k, "advcl") && t.infinitive(k) && !b.c.lex.aid[t.lemma(k)] {
				// "blocked roads to protest the policy": a purpose
				// is no word of the trigger's phrase (`to VERB`
				// elements take infinitives). Helping is: "send
				// material to help defend X" sends aid.
				continue
			}
			if t.RelIs(k, "obl", "advcl") && framePreps[t.prep(k)] {
				// "pledged air defence during a visit to Kyiv": a
				// time frame is no part of what was pledged.
				continue
			}
			if t.RelIs(k, argRels...) && (b.words(k, e.Words) || b.amount(k, e.Words)) {
				return true
			}
		}
		// Words inside the object phrase: "* diplomatic ties".
		o := b.object(scope)
		if o >= 0 {
			if b.words(o, e.Words) || b.measured(o, e.Words) || b.amount(o, e.Words) {
				return true
			}
			for _, k := range b.amountPhrases(scope, o) {
				// "$500 million in military aid": the aid phrase's
				// modifiers say what the money is.
				if t.RelIs(k, "amod", "compound") && b.words(k, e.Words) {
					return true
				}
			}
			for _, k := range t.Kids[o] {
				if t.RelIs(k, "nmod", "obl") && !ofOrBare(t.prep(k)) {
					// "raised $12 million from the securities industry":
					// a source or place phrase is not what the object is.
					continue
				}
				if t.RelIs(k, "amod", "compound", "nmod", "obl") && b.words(k, e.Words) {
					return true
				}
			}
		}
		if !b.c.dict.Lenient && (t.Tokens[scope].UPOS == "VERB" || t.verbTaggedNoun(scope)) && !t.isPassive(scope) {
			// The noun phrase after an active verb, whatever the parse
			// made of it: no object, a time for one ("lifted Friday a
			// day-old blockade"), or a participle taken for the head
			// ("cancelled a planned visit").
			for _, k := range t.linearObject(scope) {
				if b.words(k, e.Words) {
					return true
				}
			}
		}
		return false
	case ElemPrep:
		cands := t.Children(scope, "obl", "nmod", "advcl", "acl")
		if o := b.object(scope); o >= 0 {
			cands = append(cands, t.Children(o, "nmod")...)
			for _, k := range t.Children(o, "acl") {
				// "charged a former minister with accepting bribes"
				// with the gerund clause hung under the object.
				if t.Tokens[k].XPOS == "VBG" && t.Child(k, "mark") >= 0 {
					cands = append(cands, k)
				}
			}
			cands = append(cands, b.amountPhrases(scope, o)...)
			cands = append(cands, b.measuredPhrases(o)...)
		}
		if e.Sub[0].Kind == ElemTarget {
			cands = append(cands, b.lightVerbPhrases(scope)...)
		}
		if e.Sub[0].Kind == ElemTarget && b.ms != nil {
			// A phrase naming an actor before one that does not:
			// "recalled its ambassador from Paris in protest" with
			// "to|from|in TGT".
			var named, other []int
			for _, k := range cands {
				if b.ms.namesActor(k) {
					named = append(named, k)
				} else {
					other = append(other, k)
				}
			}
			cands = append(named, other...)
		}
		// "called off the summit" with "off" the verb's particle and
		// "the summit" its object: the object fills an "off X" slot.
		prt, prtObj := t.Child(scope, "compound:prt"), -1
		if prt >= 0 && prepMatches(strings.ToLower(t.Tokens[prt].Text), e.Prep) {
			if o := t.Child(scope, "obj"); o > prt {
				prtObj = o
				cands = append(cands, o)
			}
		}
		for _, k := range cands {
			p := t.prep(k)
			if k == prtObj {
				p = strings.ToLower(t.Tokens[prt].Text)
			}
			if p == "" && (t.RelIs(k, "advcl") || t.RelIs(k, "acl") && t.Tokens[k].UPOS == "VERB") && (e.Sub[0].Kind == ElemWord || e.Sub[0].Kind == ElemAny) {
				// "banned women from working": a gerund clause
				// introduced by its marker, when the pattern names
				// the verb or takes any ("charged X with filing a
				// false report": "with _"); also an infinitive under
				// an event noun ("the request to meet X": "to _").
				if m := t.Child(k, "mark"); m >= 0 {
					p = strings.ToLower(t.Tokens[m].Text)
				}
			}
			if !prepMatches(p, e.Prep) || t.isTimeNoun(k) {
				// "agreed on Thursday to ...": a time is no argument.
				continue
			}
			sub := e.Sub[0]
			switch sub.Kind {
			case ElemTarget:
				if w := b.targetOwner(scope, p); w >= 0 {
					k = w
				}
				b.tgt = append(b.tgt, k)
				return true
			case ElemSource:
				b.src = append(b.src, k)
				return true
			case ElemAny:
				return true
			case ElemWord:
				if b.words(k, sub.Words) && b.mods(k, sub.Sub) {
					return true
				}
				if b.measured(k, sub.Words) && len(sub.Sub) == 0 {
					return true
				}
			}
		}
		return false
	case ElemAfter:
		if e.Skip {
			// Pass over the next noun phrase: a noun or a run of
			// proper nouns.
			for _, k := range b.phrase(scope) {
				if k <= b.last || t.Tokens[k].UPOS != "NOUN" && t.Tokens[k].UPOS != "PROPN" {
					continue
				}
				end := k
				for end+1 < len(t.Tokens) && t.Tokens[end+1].UPOS == "PROPN" && t.Tokens[k].UPOS == "PROPN" {
					end++
				}
				b.last = end
				return true
			}
			return false
		}
		if e.Actor && len(e.Words) == 0 {
			// The next actor of the phrase becomes the target.
			for _, k := range b.phrase(scope) {
				if k > b.last && b.ms != nil && b.ms.at[k] != nil {
					if e.Coord && t.Child(k, "conj") < 0 {
						continue
					}
					b.last = k
					b.tgt = append(b.tgt, k)
					return true
				}
			}
			return false
		}
		for _, k := range b.phrase(scope) {
			if e.Next && k != b.last+1 {
				continue
			}
			if k > b.last && b.words(k, e.Words) && b.mods(k, e.Sub) {
				b.last = k
				return true
			}
		}
		return false
	case ElemBefore:
		for _, k := range b.before(scope) {
			if e.Next && k != b.lastBefore+1 {
				continue
			}
			if e.Touch && k+b.seqLen(k, e.Words) != b.trig {
				continue
			}
			if b.words(k, e.Words) && b.mods(k, e.Sub) {
				b.lastBefore = k + b.seqLen(k, e.Words) - 1
				return true
			}
		}
		return false
	case ElemCompound:
		for _, s := range b.c.subject(t, scope) {
			if t.Child(s, "conj") >= 0 {
				b.compound = true
				return true
			}
		}
		return false
	case ElemVerb:
		for _, k := range t.Kids[scope] {
			isX := t.RelIs(k, "xcomp", "ccomp", "advcl") && b.words(k, e.Words) && !b.c.namedOtherSubject(t, scope, k)
			isObl := t.RelIs(k, "obl", "nmod") && t.prep(k) == "to" && b.words(k, e.Words)
			if !isX && !isObl {
				continue
			}
			save := *b
			if b.elems(k, e.Sub) {
				b.used = append(b.used, k)
				return true
			}
			*b = save
		}
		// An infinitive the parse hung under the object: "summoned
		// the ambassador to protest the incursion"; or under the one
		// called on: "called on the authorities to release ...".
		var objs []int
		if o := t.Child(scope, "obj"); o >= 0 {
			objs = append(objs, o)
		}
		for _, k := range t.Children(scope, "obl") {
			if t.prep(k) == "on" || t.prep(k) == "upon" {
				objs = append(objs, k)
			}
		}
		for _, o := range objs {
			for _, k := range t.Children(o, "acl") {
				if m := t.Child(k, "mark"); m < 0 || !strings.EqualFold(t.Tokens[m].Text, "to") || !b.words(k, e.Words) {
					continue
				}
				save := *b
				if b.elems(k, e.Sub) {
					b.used = append(b.used, k)
					return true
				}
				*b = save
			}
		}
		// A nominal trigger with an infinitive: "a plan to withdraw".
		return false
	}
	return false
}

// prepMatches reports whether the preposition have matches one of the
// "|"-separated prepositions of want. "towards" matches "toward", and a
// multiword preposition matches on its last word.
func prepMatches(have, want string) bool {
	if have == "" {
		return false
	}
	for w := range strings.SplitSeq(want, "|") {
		if have == w || strings.TrimSuffix(have, "s") == strings.TrimSuffix(w, "s") || strings.HasSuffix(have, " "+w) {
			return true
		}
	}
	return false
}

// Explain writes how sentence s of d is coded: its parse, the actor
// mentions, every trigger and pattern tried, and why each candidate did or
// did not become an event. d must have been through the pipeline up to the
// coder; its Events are left unchanged.
func (c *Coder) Explain(w io.Writer, d *doc.Doc, s int) {
	sent := d.Sentences[s]
	fmt.Fprintf(w, "sentence %d: %s\n", s, d.Surface(sent.Span))
	fmt.Fprintln(w, "parse:")
	for k, tok := range d.SentenceTokens(s) {
		fmt.Fprintf(w, "  %2d %-15s %-12s %-5s %-4s %2d %s\n", k+1, tok.Text, tok.Lemma, tok.UPOS, tok.XPOS, tok.Head, tok.DepRel)
	}
	fmt.Fprintln(w, "actors:")
	for _, m := range d.Actors {
		if m.Sentence == s {
			fmt.Fprintf(w, "  %q code=%s kind=%s via=%s\n", m.Text, m.Code, m.Kind, m.Via)
		}
	}
	fmt.Fprintln(w, "coding:")
	saved := d.Events
	d.Events = nil
	c.codeSentenceTrace(d, s, func(format string, args ...any) { fmt.Fprintf(w, format+"\n", args...) })
	d.Events = saved
}

// agreeFallback codes an &AGREEVERB verb whose open complement no pattern
// coded as an intent to cooperate (030): "Jordan and Britain agreed to
// undertake joint exercises". A coded complement becomes the intent itself
// (see intentCode), so nothing is produced twice.
func (c *Coder) agreeFallback(t *tree, cands []*candidate) []*candidate {
	if len(c.lex.agree) == 0 {
		return nil
	}
	has := map[int]bool{}
	for _, cd := range cands {
		has[cd.trig] = true
		has[c.clauseOf(t, cd.trig)] = true
	}
	var out []*candidate
	for i, tok := range t.Tokens {
		if tok.UPOS != "VERB" || has[i] || !c.lex.agree[t.lemma(i)] {
			continue
		}
		for _, k := range t.Children(i, "xcomp") {
			if !has[k] && t.Tokens[k].UPOS == "VERB" {
				out = append(out, &candidate{trig: i, pat: c.agreePattern, class: c.agreePattern.Group.Class, code: "030"})
				break
			}
		}
	}
	return out
}

// demandFallback returns a plain demand (100) for each clause that a
// speaker says another must or should carry out and that no pattern
// codes: "Russia said Sudan must ensure security" (petrel's own
// dictionaries only). build turns it into the speaker's demand on the
// clause's subject.
func (c *Coder) demandFallback(t *tree, ms *mentionIndex, cands []*candidate) []*candidate {
	if c.dict.Lenient {
		return nil
	}
	has := map[int]bool{}
	for _, cd := range cands {
		has[cd.trig] = true
		has[c.clauseOf(t, cd.trig)] = true
	}
	var out []*candidate
	for i, tok := range t.Tokens {
		if has[i] || (tok.UPOS != "VERB" && tok.UPOS != "ADJ") || !t.RelIs(i, "ccomp", "parataxis") || t.Heads[i] < 0 {
			continue
		}
		if !c.lex.speech[t.lemma(t.Heads[i])] || !c.obligation(t, i) {
			continue
		}
		// Both sides must be known actors: "voters should wait, he
		// said" is commentary, not a demand.
		if !knownActors(ms.actors(clauseSubject(t, i))) || !knownActors(ms.actors(c.subject(t, t.Heads[i]))) {
			continue
		}
		out = append(out, &candidate{trig: i, pat: c.demandPattern, class: c.demandPattern.Group.Class, code: "100"})
	}
	return out
}

// regularBases returns the base forms a regularly inflected English word
// may have, most likely first: "blamed" → blame, blam; "stopped" → stop;
// "tries" → try; "talks" → talk.
func regularBases(w string) []string {
	var out []string
	add := func(b string) {
		if len(b) >= 2 {
			out = append(out, b)
		}
	}
	switch {
	case strings.HasSuffix(w, "ied"), strings.HasSuffix(w, "ies"):
		add(w[:len(w)-3] + "y")
	case strings.HasSuffix(w, "ed"):
		stem := w[:len(w)-2]
		add(stem + "e")
		add(stem)
		if n := len(stem); n >= 2 && stem[n-1] == stem[n-2] {
			add(stem[:n-1])
		}
	case strings.HasSuffix(w, "ing"):
		stem := w[:len(w)-3]
		add(stem)
		add(stem + "e")
		if n := len(stem); n >= 2 && stem[n-1] == stem[n-2] {
			add(stem[:n-1])
		}
	case strings.HasSuffix(w, "es"):
		add(w[:len(w)-2])
		add(w[:len(w)-1])
	case strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss"):
		add(w[:len(w)-1])
	}
	return out
}

// knownActors reports whether ms is non-empty and every actor has a code.
func knownActors(ms []*doc.Mention) bool {
	for _, m := range ms {
		if m.Code == "" {
			return false
		}
	}
	return len(ms) > 0
}

// nounModifier reports whether noun i only modifies the noun after it
// ("war games", "attack helicopters", "war crimes"): no event of its own,
// unless that noun carries events (&CARRIER: "a mediation effort") or is
// a trigger itself. Imported dictionaries keep every noun.
func (c *Coder) nounModifier(t *tree, i int) bool {
	if c.dict.Lenient || len(c.lex.carrier) == 0 || !t.RelIs(i, "compound") {
		return false
	}
	h := t.Heads[i]
	if h <= i || t.Tokens[h].UPOS != "NOUN" || t.isTimeNoun(h) {
		// "started a hunger strike yesterday" with "yesterday" taken
		// for the head.
		return false
	}
	lh := t.lemma(h)
	return !c.lex.carrier[lh] && len(c.dict.byNoun[lh]) == 0 && len(c.dict.byNoun[strings.ToLower(t.Tokens[h].Text)]) == 0
}
