package coder

import (
	"slices"
	"strings"

	"github.com/petrel-events/petrel/actorcode"
	"github.com/petrel-events/petrel/doc"
)

// targetPreps introduce a target when no pattern bound one.
var targetPreps = []string{"against", "on", "with", "to", "at", "toward", "towards", "upon", "into", "for", "from"}

// build resolves a candidate's actors and modality into an event. When no
// event results, why says the reason.
func (c *Coder) build(d *doc.Doc, t *tree, ms *mentionIndex, s int, cd *candidate) (ev doc.Event, why string) {
	i := cd.trig
	src, tgt := cd.src, cd.tgt
	isNoun := t.Tokens[i].UPOS == "NOUN" && !t.verbTaggedNoun(i)

	// Default source: the clause's subject, found through passives,
	// control, coordination and relative clauses; for event nouns, the
	// possessor, a "by" phrase or the subject of a light verb.
	if isNoun && len(src) == 0 && len(tgt) == 0 && !c.dict.Lenient && c.lex.patientNoun[t.lemma(i)] {
		// "Imran Khan's arrest", "the journalist's execution": the
		// possessor of an event noun that befalls someone is its
		// target, not its source.
		ofPatient := slices.ContainsFunc(t.Children(i, "nmod"), func(k int) bool { return t.prep(k) == "of" })
		if p := t.Child(i, "nmod:poss"); p >= 0 && !ofPatient && !stateActor(ms.at[p]) {
			// Not with an "of" phrase ("Iran's release of two French
			// citizens" is Iran's act), nor for a state's own organs
			// ("the junta's mass deportations", "the regime's executions").
			tgt = []int{p}
		}
	}
	if len(src) == 0 {
		if isNoun {
			src = c.nounSource(t, ms, i)
			if len(tgt) == 1 && t.RelIs(tgt[0], "nmod:poss") && t.Heads[tgt[0]] == i {
				src = slices.DeleteFunc(src, func(k int) bool { return k == tgt[0] })
			}
			src = slices.DeleteFunc(src, func(k int) bool { return c.localPlaceModifier(d, t, i, k) })
		} else {
			src = c.subject(t, i)
		}
		// "X, along with Y, discussed ...".
		for _, k := range t.Children(i, "obl") {
			if partnerPreps[t.prep(k)] {
				src = append(src, k)
			}
		}
	}
	if len(tgt) == 0 && !(cd.pat.Options.Mutual && !c.dict.Lenient && len(ms.actors(src)) >= 2) {
		// Coordinated subjects of a mutual pattern are one another's
		// targets (see expand): "X and Y exchanged prisoners" is no
		// act on the prisoners.
		tgt = c.defaultTarget(t, ms, i, isNoun, unattributedRoot(cd.code))
	}
	for _, u := range cd.used {
		// "Iran could retaliate against Israel, an Iranian official
		// warned" (the warning's pattern consuming "retaliate"): the
		// target of the act the pattern took in.
		if len(tgt) > 0 || u == i || t.Tokens[u].UPOS != "VERB" {
			break
		}
		// The target its own pattern binds first: "ruled out sending
		// troops to Lorania" aims at Lorania, not at the troops.
		for _, tr := range c.lookup(t, u) {
			if ucd := c.match(t, ms, u, tr.group); ucd != nil && len(ucd.tgt) > 0 {
				tgt = ucd.tgt
				break
			}
		}
		if len(tgt) == 0 {
			tgt = c.defaultTarget(t, ms, u, false, unattributedRoot(cd.code))
		}
	}
	if cd.pat.SubjectTarget && len(cd.src) == 0 && !isNoun {
		// PETRARCH "+" before "*": the subject is the target, in the
		// passive too ("+ * FROM $": "X was freed from Y" is Y's act
		// on X); the swap below exchanges the roles.
		if s := clauseSubject(t, i); len(s) > 0 && !isRelPron(t, s[0]) {
			// Through control and coordination: "+ HOSTING *" in
			// "Mordor will be hosting X to celebrate" is Mordor.
			src = s
		}
		if h := t.Heads[i]; !cd.pat.NamedSource && len(cd.tgt) == 0 && h >= 0 && t.RelIs(i, "ccomp") {
			// "- NOTED + *": "X noted that Y regretted ..." is X's
			// act on Y: the source is the governing clause's subject.
			if gs := c.subject(t, h); len(gs) > 0 && len(ms.actors(gs)) > 0 {
				tgt = gs
			}
		}
	}

	// Reported speech: an event in the complement of a speech verb. A
	// threat, demand or promise made there is the speaker's own.
	speaker, speechVerb := c.reporter(t, c.clauseOf(t, i))
	if speaker < 0 && c.habitual(t, i) {
		return doc.Event{}, "a habit, not one act"
	}
	if root := cd.code[:min(2, len(cd.code))]; !c.dict.Lenient && (root == "04" || root == "06") && t.RelIs(i, "acl") && t.Tokens[i].XPOS == "VBN" &&
		t.byAgent(i) >= 0 && t.Child(i, "nsubj:pass", "aux:pass") < 0 && !namesWord(cd.pat.Elems) && !codedActor(ms, t.Heads[i]) {
		// "a fashion show coordinated by the club", "a debate hosted by
		// a network": meeting or cooperating with a thing, where the
		// pattern says nothing of what it is, is no event ("talks
		// mediated by X", "fighters trained by X" and "a bill opposed
		// by X" are).
		return doc.Event{}, "a participle describing a thing"
	}
	if len(src) == 1 && !c.dict.Lenient && c.lex.naturalForce[t.lemma(src[0])] && len(ms.actors(src)) == 0 {
		// "The hurricane killed 12 people", "floods destroyed homes":
		// no one acted.
		return doc.Event{}, "a natural force, not an actor"
	}
	mod := c.modality(t, i, cd)
	if speaker >= 0 {
		mod.Reported = true
	}
	srcActors := ms.actors(src)
	if len(cd.src) == 0 && !isNoun && len(src) == 1 && len(srcActors) == 1 && t.RelIs(src[0], "nsubj") {
		if list := ms.listBefore(src[0]); len(list) > 0 {
			srcActors = append(list, srcActors...)
		}
	}
	if subj := t.Children(i, "nsubj"); len(subj) > 1 && len(cd.src) == 0 && !isNoun {
		// Several subjects are a parser error: "Dagolath's first Deputy
		// Prime Minister Telemar left" split in two gives DAG and
		// DAGGOV, one actor; keep the more specific code.
		srcActors = mostSpecific(srcActors)
	}
	speakerOwns := cd.class.Speaker || cd.pat.Options.Speaker
	opts := mergeOptions(cd.class.Options, cd.pat.Options)
	code := cd.code
	// "Russia said Sudan must return the helicopter": what a speaker says
	// another must do is the speaker's demand on them.
	demand := !c.dict.Lenient && speaker >= 0 && !speakerOwns && c.obligation(t, c.clauseOf(t, i))
	if demand {
		code, speakerOwns = demandCode(code), true
		opts.PLOVER, opts.Mode = "", ""
		mod.Future, mod.Hypothetical = false, false
	}
	// "Russia has threatened to halt the talks, the Washington Post
	// reported": a threat or demand made in the past or present by the
	// verb's own subject is the subject's, only reported by the speaker.
	ownAct := t.Tokens[i].UPOS == "VERB" && !demand && !mod.Future && !mod.Hypothetical && !t.isPassive(i) &&
		len(srcActors) > 0 && len(t.Children(i, "nsubj")) > 0
	for _, k := range t.Children(i, "nsubj") {
		if t.Tokens[k].UPOS == "PRON" {
			ownAct = false // "X said it demanded": the speaker's own
		}
	}
	for _, a := range t.Children(i, "aux") {
		if t.Tokens[a].XPOS == "MD" {
			ownAct = false // "X must be ready to", "X should leave"
		}
	}
	if speakerOwns && speaker >= 0 && !ownAct {
		if sp := ms.actors([]int{speaker}); len(sp) > 0 {
			// The clause's own subject becomes the target of a threat or
			// demand made about it ("foreign troops would be targets").
			if demand || len(ms.actors(tgt)) == 0 {
				tgt = clauseSubject(t, i)
			}
			if !demand {
				// "France is ready to send troops, Defence Minister
				// Pierre Joxe said": an official the KB does not place
				// speaks for the country whose intent he announces.
				sp = placeSpeakers(sp, srcActors)
			}
			srcActors = sp
			mod.Reported = false
		}
	}
	if len(srcActors) == 0 && isNoun && len(cd.src) == 0 {
		// The possessor names no actor ("continued their hunger
		// strike" with "their" unresolved): the light verb's subject,
		// then the actor just before it.
		if h := t.Heads[i]; h >= 0 && t.RelIs(i, "obj", "nsubj:pass") && c.lex.light[t.lemma(h)] {
			if srcActors = ms.actors(c.subject(t, h)); len(srcActors) == 0 {
				if k := actorBefore(t, ms, h); k >= 0 {
					srcActors = ms.leftActors(k, h)
				}
			}
		}
	}
	if len(srcActors) == 0 && isNoun {
		srcActors = ms.modifiers(src)
	}
	if len(srcActors) == 0 && !isNoun && t.RelIs(i, "acl") && t.Heads[i] >= 0 {
		// "The PKK issued a declaration demanding …": the participle
		// modifies a &MESSAGE noun that names no actor; whoever issued
		// it is the source.
		if h := t.Heads[i]; t.Heads[h] >= 0 && t.RelIs(h, "obj") && c.lex.message[t.lemma(h)] {
			srcActors = ms.actors(c.subject(t, t.Heads[h]))
		}
	}
	if len(srcActors) == 0 && !isNoun {
		// The parser lost the subject ("Zambia extradited X, an official
		// said" with "extradited" under "said"; "Israeli tanks shelled
		// positions" with "shelled" a modifier): the actor just before
		// an active verb is its subject.
		if k := actorBefore(t, ms, i); k >= 0 {
			srcActors = ms.leftActors(k, i)
		}
	}
	if len(srcActors) == 0 && !c.dict.Lenient && (stateAction(cd.code) || c.lex.stateVerb[t.lemma(i)]) && t.isPassive(i) {
		// "A missionary was arrested in Lebanon": an arrest, expulsion
		// or investigation without an agent is the act of the
		// government of the country where it happened.
		srcActors = c.placeGovernment(t, ms, i, "GOV", strings.HasPrefix(cd.code, "174"))
	}
	if len(srcActors) == 0 && !c.dict.Lenient && c.lex.judicial[t.lemma(i)] && t.isPassive(i) {
		// "X was sentenced to 14 years (in Y)", "X was charged with
		// terrorism": a verdict or charge (&COURTVERB) without an agent
		// is the courts' of the country where it happened, else of the
		// one convicted.
		if srcActors = c.placeGovernment(t, ms, i, "JUD", false); len(srcActors) == 0 {
			srcActors = countryBody(ms.actors(tgt), "JUD", t.Tokens[i].Start)
		}
	}
	if len(srcActors) == 0 && !c.dict.Lenient && unattributedRoot(cd.code) && t.isPassive(i) && t.byAgent(i) < 0 {
		// "30 people were killed when security forces opened fire on
		// protesters": the force of the "when" clause is the killing's.
		srcActors = c.forceClauseSubject(t, ms, i)
	}
	if len(srcActors) == 0 && !isNoun && !c.dict.Lenient && unattributedRoot(cd.code) && !t.isPassive(i) {
		// "a Kestrian-led air strike hit the port", "Kestrian air
		// strikes killed ten": an attack that is the subject brings its
		// own source (not a place it happened in: "the Lorvale bombing
		// killed ten"); also for the participle of its clause ("...,
		// killing nine").
		v := i
		if h := t.Heads[i]; h >= 0 && t.Child(i, "nsubj") < 0 && t.RelIs(i, "advcl") && t.Tokens[i].XPOS == "VBG" && t.Tokens[h].UPOS == "VERB" && !t.isPassive(h) {
			v = h
		}
		for _, sj := range t.Children(v, "nsubj") {
			if t.Tokens[sj].UPOS != "NOUN" || len(c.dict.byNoun[t.lemma(sj)]) == 0 {
				continue
			}
			src := slices.DeleteFunc(c.nounSource(t, ms, sj), func(k int) bool { return t.Heads[k] == sj && c.localPlaceModifier(d, t, sj, k) })
			if srcActors = ms.actors(src); len(srcActors) == 0 {
				srcActors = ms.modifiers(src)
			}
		}
	}
	unattributed := false
	// "The plan drew sharp criticism from the opposition": a swapped
	// pattern of disapproval (root 11; not "received money from donors")
	// has its target for source when the verb has a subject of
	// its own that names no one, known or not.
	swapSource := !c.dict.Lenient && opts.Swap && strings.HasPrefix(cd.code, "11") && len(ms.actors(tgt)) > 0 && len(src) > 0 && t.Child(i, "nsubj") >= 0 &&
		!slices.ContainsFunc(src, func(k int) bool {
			return ms.at[k] != nil || t.Tokens[k].UPOS == "PROPN" || t.Tokens[k].UPOS == "PRON"
		})
	if len(srcActors) == 0 && !swapSource {
		// "Three civilians were killed in a bombing": violence whose
		// perpetrator the sentence does not name is still an event,
		// without a source, when its victims are actors (petrel's own
		// dictionaries only: PETRARCH's need a dyad).
		if c.dict.Lenient || !unattributedRoot(cd.code) || len(ms.actors(tgt)) == 0 || (isNoun || !c.unnamedPerpetrator(t, i)) {
			return doc.Event{}, "no source actor"
		}
		if c.lex.verbal[t.lemma(i)] && (c.inMedium(t, i) || c.fromAllSides(t, i)) {
			// "Rubio has been attacked from all sides", "an ad
			// attacking the governor": criticism by no one named.
			return doc.Event{}, "criticism by no one named, not violence"
		}
		unattributed = true
	}
	// Drop a target that is the source itself.
	tgtActors := without(ms.actors(tgt), srcActors)
	if len(cd.tgt) == 0 && len(tgt) == 1 {
		tgtActors = c.protestPlaces(t, cd, tgt[0], tgtActors)
	}
	if len(tgtActors) == 0 && len(cd.tgt) == 0 {
		// The object names no actor ("restored ties with X", "the
		// resumption of ties with X"): the first actor of a modifier
		// of the trigger or of the object's phrase.
		cands := c.modifierTargets(t, i, isNoun)
		if c.dict.AnyPrepTarget {
			// PETRARCH: the first actor after the verb in its phrase,
			// whatever its role ("believes X can cope", "signed an
			// accord to supply X").
			cands = (&binding{t: t, c: c}).phrase(i)
		}
		for _, k := range cands {
			if m := ms.at[k]; c.dict.AnyPrepTarget && (m == nil || m.Via == "coref") {
				continue
			}
			if c.dict.AnyPrepTarget {
				// The phrase reaches the mention at its first word
				// ("human" of "human rights activists of X"): take
				// its head, whose modifiers may place it.
				k = ms.head(k)
			}
			if tgtActors = c.protestPlaces(t, cd, k, without(ms.actors([]int{k}), srcActors)); len(tgtActors) > 0 {
				break
			}
		}
	}

	if len(tgtActors) == 0 && !c.dict.Lenient && !isNoun && judgingRoot(cd.code) {
		// "The council condemned the coup in Gabon": blame of an
		// event in a country is aimed at that country.
		tgtActors = c.eventCountry(t, ms, i, srcActors)
	}
	if len(tgtActors) == 0 && len(cd.tgt) > 0 && !c.dict.Lenient && unattributedRoot(cd.code) {
		// The pattern's target names no actor: violence on places
		// ("shelled villages in eastern Ukraine") is on the country or
		// city they lie in. A place phrase of the verb itself counts
		// too ("struck military sites near Tehran"); a capital there is
		// its country.
		var places []int
		for _, k := range cd.tgt {
			places = append(places, t.Children(k, "nmod")...)
		}
		places = append(places, t.Children(i, "obl")...)
		for _, n := range places {
			if p := t.prep(n); p != "in" && p != "near" || !codedActor(ms, n) {
				continue
			}
			if tgtActors = without(ms.actors([]int{n}), srcActors); len(tgtActors) > 0 {
				tgtActors = capitalsAsCountries(tgtActors)
				break
			}
		}
	}
	if cd.pat == c.demandPattern && len(tgtActors) == 0 {
		// "we must do more, he said": no one else is asked.
		return doc.Event{}, "a demand on no one but the speaker"
	}
	if mod.Negated && cd.pat.Options.Negated != "" && negated(t, i, c.lex) {
		// "Israel has not ruled out a strike on Iran": not ruling
		// out force is a threat of it.
		code, mod.Negated = cd.pat.Options.Negated, false
		opts.PLOVER, opts.Mode = "", ""
	}
	if !c.dict.Lenient && mod.Negated && (mod.Future || mod.Hypothetical && mod.Reported) {
		// "Syria says it will not accept more refugees": cooperation
		// announced as not to be done is a rejection.
		if rc, ok := rejectCode(code); ok {
			code = rc
			opts.PLOVER, opts.Mode = "", ""
			mod.Negated, mod.Future, mod.Hypothetical = false, false, false
		}
	}
	if !c.dict.Lenient && strings.HasPrefix(code, "15") && ownForces(srcActors, tgtActors) {
		// "vowed to strengthen the country's nuclear forces": the
		// forces moved or built up are the actor's own, no target.
		tgtActors = nil
	}
	if o := t.Child(i, "obj"); !c.dict.Lenient && code == "154" && o >= 0 && t.Child(o, "nmod:poss") >= 0 &&
		len(ms.actors([]int{t.Child(o, "nmod:poss")})) > 0 && anotherState(srcActors, tgtActors) {
		// "Kestria is bolstering Lorania's army": building up another
		// state's forces is military cooperation with it.
		code = "062"
		opts.PLOVER, opts.Mode = "", ""
	}
	gov := c.intentGovernor(t, i)
	if !demand && !gov.intent && !gov.threat && !c.dict.Lenient && announced(mod) && !strings.HasPrefix(code, "15") && !conditional(t, i) && !c.requested(t, i) &&
		!c.alleged(t, i) && !c.allegedlyAdverb(t, i) && !c.claimedObject(t, i) && !c.doubted(t, i) && !c.forecastClause(t, i) && !c.othersForecast(t, ms, i, speaker, mod, srcActors) {
		// "Finland will give Tanzania a grant", "they said they would
		// boycott the talks": an announced act is an intent or a threat.
		// A force posture announced ("will deploy 3,000 troops to the
		// region") is already one (15), kept with its future.
		gov = governorKind{intent: true, threat: true}
	}
	if gov.intent || gov.threat {
		if ic, ok := intentCode(code, gov); ok {
			code = ic
			// The intent is the event: its PLOVER type follows the new
			// code, not the complement's.
			opts.PLOVER, opts.Mode = "", ""
			mod.Future, mod.Hypothetical = false, false
		}
	}
	if unattributed && (len(tgtActors) == 0 || opts.Swap) {
		return doc.Event{}, "no source actor"
	}
	if opts.Swap {
		srcActors, tgtActors = tgtActors, srcActors
		if len(srcActors) == 0 {
			return doc.Event{}, "no source actor after swap"
		}
	}
	if !c.dict.Lenient && code == "192" && c.lex.electoral[t.lemma(i)] && persons(srcActors) {
		// "Cruz captured Texas and Oklahoma": a person taking a place
		// by such a verb in the news is winning a vote, not seizing it.
		return doc.Event{}, "an election win, not a seizure"
	}
	if !c.dict.Lenient && strings.HasPrefix(code, "14") && c.lex.campaignEvent[t.lemma(i)] && (campaigners(srcActors) || (len(t.Children(i, "nmod:poss")) > 0 || campaignSource(t, src)) && politicians(srcActors)) && len(tgtActors) == 0 && !protestCause(t, i) {
		// "Trump rallies", "at his rally", "Cruz's rally in Miami", "the
		// party held a rally": a person's, candidate's or party's own
		// rally against no one is a campaign event (coder7: parties;
		// "the congressman's rally": a politician's own). A rally that
		// states its cause is a protest whoever holds it ("the party
		// marched against the new tax"; protestCause).
		return doc.Event{}, "a person's campaign event, not a protest"
	}
	if !c.dict.Lenient && code == "140" && len(tgtActors) == 0 && c.atRally(t, i) {
		// "The crowd chanted at the rally", "supporters cheered and
		// chanted during the event": an audience's noise at a rally
		// aimed at no one is no demonstration (coder7).
		return doc.Event{}, "an audience at a rally, not a protest"
	}
	if !c.dict.Lenient && verbalRoot(code) && !isNoun && c.pollShare(t, src) {
		// "32 percent of residents opposed the tax", "a majority of
		// members backed the plan": a share a poll or a count measures.
		return doc.Event{}, "a poll share's opinion, not an event"
	}
	if !c.dict.Lenient && verbalRoot(code) && c.electorate(srcActors) {
		// "Voters backed Clinton", "voters are worried": an opinion
		// the polls measure, not an act.
		return doc.Event{}, "the electorate's opinion, not an event"
	}
	if !c.dict.Lenient && strings.HasPrefix(code, "19") && c.lex.laborStrike[t.lemma(i)] && len(srcActors) > 0 && unarmed(srcActors) {
		// "Workers staged a strike", "teachers striking in West
		// Virginia": a strike by unarmed people is a labour strike.
		code = "143"
		opts.PLOVER, opts.Mode = "", ""
	}
	if !c.dict.Lenient && strings.HasPrefix(code, "19") && c.lex.crossing[t.lemma(i)] && len(srcActors) > 0 && unarmed(srcActors) {
		// "an incursion by migrants": unarmed people crossing a
		// border use no force.
		return doc.Event{}, "a crossing by unarmed people, not force"
	}
	if !c.dict.Lenient && (strings.HasPrefix(code, "18") || strings.HasPrefix(code, "19") || strings.HasPrefix(code, "17") && persons(tgtActors)) && c.lex.contest[t.lemma(i)] && !c.lex.verbal[t.lemma(i)] &&
		civilianPersons(srcActors) && (len(tgtActors) == 0 && !t.hasNounObject(i) || civilianTargets(tgtActors)) &&
		!(t.lemma(i) == "war" && stateLeaders(srcActors)) {
		// "Cruz battled Trump", "Clinton beat Sanders": a contest
		// between civilian people, not force.
		return doc.Event{}, "a contest between civilians, not force"
	}
	if !c.dict.Lenient && strings.HasPrefix(code, "14") && c.lex.armedMarch[t.lemma(i)] && len(srcActors) > 0 && allArmed(srcActors) {
		// "Rebel fighters marched into the capital": armed men
		// marching advance; on a named actor that is force, else no
		// event, never a protest.
		if len(tgtActors) == 0 {
			return doc.Event{}, "an armed advance, not a protest"
		}
		code = "190"
		opts.PLOVER, opts.Mode = "", ""
	}
	if !c.dict.Lenient && strings.HasPrefix(code, "19") && c.lex.verbal[t.lemma(i)] && !armedAny(srcActors) &&
		(c.inMedium(t, i) || politicalSpeakers(srcActors, false) && !c.premisesObject(t, i) && (politicalSpeakers(tgtActors, true) || len(tgtActors) == 0 && !t.hasNounObject(i))) {
		// "Democrats attacked Republicans", "the party attacked the
		// senator", "an ad attacking the governor", "attacked him in
		// a video": political speech, criticism; not by armed actors,
		// nor on things or places ("the party's militia attacked the
		// town").
		code = "111"
		opts.PLOVER, opts.Mode = "", ""
	}
	if !c.dict.Lenient && strings.HasPrefix(code, "19") && (c.lex.verbal[t.lemma(i)] || goOnOffensive(t, i)) && !armedAny(srcActors) &&
		!c.premisesObject(t, i) && (peopleOnly(srcActors) && c.reasonOrSpeech(t, i) ||
		(politicalSpeakers(srcActors, false) || civilianPersons(srcActors)) && (goOnOffensive(t, i) || civilianPersons(srcActors) && politicalTargets(tgtActors))) {
		// coder6: "attacked the governor for raising taxes", "attacked
		// him, saying ...", "went on the offensive against the mayor",
		// "the senator attacked opposition legislators": a person's or party's
		// attack given a reason or told in speech, or on a political
		// body, is criticism.
		code = "111"
		opts.PLOVER, opts.Mode = "", ""
	}
	if !c.dict.Lenient && strings.HasPrefix(code, "19") && c.lex.verbal[t.lemma(i)] && individuals(srcActors) &&
		(individuals(tgtActors) || len(tgtActors) == 0 && civilianPersons(srcActors) && !t.hasNounObject(i)) {
		// "Trump attacked Machado": one person attacking another in the
		// news is criticism, not force; so is a civilian person's attack
		// on no one named ("Khan attacked me", "Romney's attacks"), but
		// not one on a thing or place ("Assad attacked the town").
		code = "111"
		opts.PLOVER, opts.Mode = "", ""
	}

	if !c.dict.Lenient {
		// "President Bouteflicka threatened a curfew in Algiers": a
		// source with a sector but no country belongs to the one country
		// its sentence names.
		srcActors = placeSpeakers(placeByCity(d, t, srcActors), c.sentenceCountries(d, t, s, t.Tokens[i].Start, tgtActors))
		tgtActors = placeByCity(d, t, placeNames(d, tgtActors))
		if unattributedRoot(code) {
			// "a drone attack on Kyiv", "shelled Kharkiv": force on a
			// capital falls on the country (UKR), not its government.
			tgtActors = capitalsAsCountries(tgtActors)
			tgtActors = placeByEvent(d, t, i, tgtActors, civilianSectors)
		}
		srcActors = placeByEvent(d, t, i, srcActors, crowdSectors)
		if t.dateline != "" && !slices.ContainsFunc(srcActors, func(m *doc.Mention) bool { return m.Country != "" && m.Country != t.dateline }) {
			// Not when a source is of another country ("KYIV — The
			// Taliban have banned women from working in
			// Afghanistan").
			srcActors, tgtActors = placeDomestic(srcActors, t.dateline), placeDomestic(tgtActors, t.dateline)
		}
		if country := policeCountry(srcActors, code); country != "" {
			tgtActors = placeDomestic(tgtActors, country)
		}
		if country := domesticCountry(srcActors); country != "" {
			// "Iraq's parliament called on the government": a
			// country's own parliament, opposition or courts address
			// its government, and its protesters its police, courts
			// and parliament.
			tgtActors = recode(tgtActors, func(m *doc.Mention) bool {
				return (m.Sector == "GOV" || m.Sector == "COP" || m.Sector == "JUD" || m.Sector == "LEG") && placeIn(m, country)
			})
		}
	}
	if c.opts.DropNegated && mod.Negated {
		return doc.Event{}, "negated (dropped by the output filter)"
	}
	if c.opts.DropHypothetical && mod.Hypothetical && !speakerOwns {
		return doc.Event{}, "hypothetical (dropped by the output filter)"
	}

	if speaker < 0 && isNoun && c.nounReported(t, i) {
		// "warned that any Indian strike would be met with force":
		// an event noun argument of a reported verb is reported, set
		// only now, as its speaker announces nothing (the strike is
		// India's, told by Pakistan).
		mod.Reported = true
	}
	ev = doc.Event{
		Sentence:   s,
		Actors:     refs(d, srcActors),
		Recipients: refs(d, tgtActors),
		Modality:   mod,
	}
	c.fillCodes(&ev, code, opts)
	if ev.PLOVER.Type != "" {
		ev.PLOVER.Context = c.uncuedTableContexts(ev.PLOVER.Context, ev.CAMEO.Code, srcActors)
		ev.PLOVER.Context = domesticNotDiplomatic(ev.PLOVER.Context, srcActors, tgtActors)
		if mediation(ev.PLOVER.Type, ev.PLOVER.Mode, srcActors) && len(ev.PLOVER.Context) < maxContexts && !slices.Contains(ev.PLOVER.Context, "diplomatic") {
			ev.PLOVER.Context = append(ev.PLOVER.Context, "diplomatic")
		}
		if c.lex.diplomaticType[strings.ToLower(ev.PLOVER.Type)] && interstate(srcActors, tgtActors) && len(ev.PLOVER.Context) < maxContexts && !slices.Contains(ev.PLOVER.Context, "diplomatic") {
			ev.PLOVER.Context = append(ev.PLOVER.Context, "diplomatic")
		}
		if c.lex.labourType[strings.ToLower(ev.PLOVER.Type)] && c.labourDispute(srcActors, tgtActors) && len(ev.PLOVER.Context) < maxContexts && !slices.Contains(ev.PLOVER.Context, "economic") {
			ev.PLOVER.Context = append(ev.PLOVER.Context, "economic")
		}
		ev.PLOVER.Context = c.actorContexts(ev.PLOVER.Context, srcActors, tgtActors)
		ev.PLOVER.Context = c.sentenceContexts(t, ev.PLOVER.Context)
		ev.PLOVER.Context = c.supersededContexts(ev.PLOVER.Context)
		if m := c.triggerMode(t, i, ev.PLOVER.Type, ev.PLOVER.Mode); m != "" {
			ev.PLOVER.Mode = m
		} else if ev.PLOVER.Mode == "" {
			ev.PLOVER.Mode = c.sentenceMode(t, i, ev.PLOVER.Type)
		}
	}
	sent := d.Sentences[s]
	trig := t.Tokens[i].Span
	if p := t.Child(i, "compound:prt"); p >= 0 && p > i {
		trig.End = t.Tokens[p].End
	}
	ev.Evidence = doc.Evidence{
		Start: sent.Start, End: sent.End, Sentence: s,
		Trigger: d.NewTextSpan(trig),
		Pattern: cd.pat.Pos,
	}
	for _, m := range append(append([]*doc.Mention{}, srcActors...), tgtActors...) {
		if m.KBID != "" {
			ev.Evidence.Entries = append(ev.Evidence.Entries, m.KBID)
		}
	}
	c.fillDate(d, t, &ev, i, speechVerb)
	c.fillQuote(d, &ev, trig)
	return ev, ""
}

func mergeOptions(a, b Options) Options {
	if b.PLOVER != "" {
		a.PLOVER = b.PLOVER
	}
	if b.Mode != "" {
		a.Mode = b.Mode
	}
	a.Context = append(append([]string(nil), a.Context...), b.Context...)
	a.Swap = a.Swap != b.Swap
	return a
}

// fillCodes sets the CAMEO and PLOVER fields from a CAMEO code and options.
func (c *Coder) fillCodes(ev *doc.Event, code string, o Options) {
	cm, ok := c.onto.CAMEO(code)
	if !ok {
		// A local code of an imported dictionary: kept as written.
		ev.CAMEO = doc.CAMEO{Code: code}
		ev.PLOVER = doc.PLOVER{Type: o.PLOVER, Mode: o.Mode, Context: o.Context}
		return
	}
	ev.CAMEO = doc.CAMEO{Code: cm.Code, Root: cm.Root, QuadClass: cm.QuadClass, Goldstein: cm.Goldstein}
	p, _ := c.onto.PLOVERFor(code)
	if o.PLOVER != "" {
		p.Type = o.PLOVER
		if o.Mode == "" {
			p.Mode = ""
		}
	}
	if o.Mode != "" {
		p.Mode = o.Mode
	}
	for _, x := range o.Context {
		if !contains(p.Context, x) {
			p.Context = append(p.Context, x)
		}
	}
	ev.PLOVER = doc.PLOVER{Type: p.Type, Mode: p.Mode, Context: p.Context}
}

func contains(xs []string, x string) bool {
	for _, y := range xs {
		if y == x {
			return true
		}
	}
	return false
}

// subject returns the source argument(s) of verb i.
func (c *Coder) subject(t *tree, i int) []int {
	if t.isPassive(i) {
		for _, k := range t.Children(i, "obl:agent", "obl") {
			if k >= 0 && t.prep(k) == "by" {
				return []int{k}
			}
		}
		if t.Child(i, "aux:pass") >= 0 {
			// "rescued off the coast of Libya by the Italian coast
			// guard" with the "by" phrase hung under the oblique.
			for _, o := range t.Children(i, "obl") {
				for _, k := range t.Children(o, "nmod") {
					if k > o && t.prep(k) == "by" && t.Tokens[k].UPOS != "NUM" {
						return []int{k}
					}
				}
			}
		}
		return nil
	}
	if subj := t.Children(i, "nsubj"); len(subj) > 0 {
		// A relative pronoun subject stands for the modified noun.
		if isRelPron(t, subj[0]) && t.RelIs(i, "acl:relcl") && t.Heads[i] >= 0 {
			if h := t.Heads[i]; t.Tokens[h].UPOS == "PRON" {
				// "protest what it called aggressive actions by the
				// coast guard, which fired ..." with the clause hung
				// under "what": the noun right before the relative.
				if k := nearestNominalBefore(t, subj[0], h); k >= 0 && t.Tokens[k].UPOS != "PRON" {
					return []int{k}
				}
			}
			return []int{t.Heads[i]}
		}
		// Several subjects are a parser error ("Human rights organization
		// Amnesty International demanded" split in two): keep them all;
		// the actors among them count.
		return subj
	}
	h := t.Heads[i]
	if h < 0 {
		// A main verb with no subject: the parser attached it elsewhere
		// ("A French minister threatened today …" parsed with the subject
		// as a bare oblique). Take the nominal just before the verb when
		// it carries no preposition.
		if k := nearestNominalBefore(t, i, -1); k >= 0 && t.realPrep(k) == "" {
			return []int{k}
		}
		return nil
	}
	if t.RelIs(i, "ccomp") && t.Child(i, "cc") >= 0 {
		// "X said Benin opened its borders ..., but was still refusing
		// admittance": a conjunct the parser made a second complement
		// of the speech verb shares the subject of the complement
		// before it.
		for j := len(t.Kids[h]) - 1; j >= 0; j-- {
			k := t.Kids[h][j]
			if k < i && t.RelIs(k, "ccomp") {
				if subj := t.Children(k, "nsubj"); len(subj) > 0 {
					return subj
				}
			}
		}
	}
	if t.RelIs(i, "ccomp") && c.lex.speech[t.lemma(h)] {
		// "North Korea test-fired a missile, South Korea's military
		// said" with both subjects hung under "said": the one before the
		// complement is the complement's.
		var before []int
		for _, k := range t.Children(h, "nsubj") {
			if k < i {
				before = append(before, k)
			}
		}
		if len(before) > 0 && len(before) < len(t.Children(h, "nsubj")) {
			return before
		}
	}
	if k := c.crowdDoer(t, i, h); k >= 0 {
		return []int{k}
	}
	switch {
	case t.RelIs(i, "xcomp"):
		// Object control ("urged Iran to stop") before subject control
		// ("agreed to withdraw").
		if o := t.Child(h, "obj"); o >= 0 && !c.lex.speech[t.lemma(h)] {
			return []int{o}
		}
		if k := c.onController(t, h, i); k >= 0 {
			return []int{k}
		}
		if t.isPassive(h) {
			// A passive governor's subject does the complement, raised
			// or object-controlled: "X was seen to break into", "X was
			// urged (by Y) to withdraw", "X is said to have attacked".
			if s := t.Children(h, "nsubj:pass"); len(s) > 0 {
				if isRelPron(t, s[0]) && t.RelIs(h, "acl:relcl") && t.Heads[h] >= 0 {
					return []int{t.Heads[h]}
				}
				return s
			}
		}
		return c.subject(t, h)
	case t.RelIs(i, "parataxis") && t.Child(i, "aux") >= 0:
		if k := nearestNominalBefore(t, i, h); k >= 0 {
			return []int{k}
		}
	case t.RelIs(i, "parataxis") && h < i && t.Heads[h] < 0 && (t.Tokens[h].UPOS == "PROPN" || t.Tokens[h].UPOS == "NOUN") && t.prep(h) == "":
		// "President Putin, speaking in Moscow, accused the West"
		// parsed with the name as the root and the verbs hung under
		// it: the name is their subject.
		return []int{h}
	case c.strandedGerund(t, i):
		// "accused the RSF of looting hospitals and shelling areas"
		// with "shelling" hung under "accused": the object does it.
		return []int{t.Child(h, "obj")}
	case t.RelIs(i, "conj"):
		// A conjunct (or a parataxis) with auxiliaries of its own is a
		// clause of its own whose subject the parser lost ("His remarks
		// come as European nations have been discussing …"): take the
		// nominal just before it.
		if t.Child(i, "aux") >= 0 || t.lostClause(i) {
			if k := nearestNominalBefore(t, i, h); k >= 0 {
				return []int{k}
			}
		}
		if g := t.Heads[h]; g >= 0 && t.RelIs(h, "obj") && t.Tokens[g].UPOS == "VERB" && t.Child(i, "nsubj") < 0 {
			switch t.Tokens[i].XPOS {
			case "VBD", "VBZ", "VBP":
				// "condemned the shelling and called on both sides
				// to ..." with "called" a conjunct of the object: a
				// finite verb shares the first verb's subject.
				return c.subject(t, g)
			}
		}
		return c.subject(t, h)
	case t.RelIs(i, "acl:relcl"):
		return []int{h}
	case t.RelIs(i, "acl"):
		if t.Tokens[i].XPOS == "VBG" && i > 0 && t.Tokens[i-1].Text == "," && t.RelIs(h, "obj") {
			// "they attacked the base, killing 17 sailors" with "killing"
			// hung under the object: a participle set off by a comma
			// after an object is the clause's result, done by the
			// clause's subject.
			if g := t.Heads[h]; g >= 0 && t.Tokens[g].UPOS == "VERB" {
				if subj := c.subject(t, g); len(subj) > 0 {
					return subj
				}
			}
		}
		if t.Tokens[i].XPOS == "VB" && c.lex.premises[t.lemma(h)] && t.RelIs(h, "obj") && t.infinitive(i) {
			// "Protesters stormed a bank to demand access to their
			// savings": a place acted on has no will; the purpose is
			// the subject's.
			if g := t.Heads[h]; g >= 0 && t.Tokens[g].UPOS == "VERB" {
				if subj := c.subject(t, g); len(subj) > 0 {
					return subj
				}
			}
		}
		if t.Tokens[i].XPOS == "VB" && t.Tokens[h].UPOS == "NOUN" && c.lex.infNoun[t.lemma(h)] && t.hasChildLemma(i, []string{"to"}, "mark") >= 0 {
			// "Trump's plan to deport", "Arnor unveiled a plan to
			// expel": the plan's owner, or the subject of the verb
			// whose object it is, would do it.
			if p := t.Child(h, "nmod:poss"); p >= 0 {
				return []int{p}
			}
			if g := t.Heads[h]; g >= 0 && t.RelIs(h, "obj") && t.Tokens[g].UPOS == "VERB" {
				if subj := c.subject(t, g); len(subj) > 0 {
					return subj
				}
			}
		}
		if x := t.Tokens[i].XPOS; x != "VBN" && (x != "VBD" || !t.lostMainVerb(i)) || t.activeParticiple(i) && !t.lostMainVerb(i) {
			return []int{h}
		}
		if t.lostMainVerb(i) {
			// "X and a group of deputies held talks" parsed with
			// "held" under "group": the whole coordination is the
			// subject.
			for t.RelIs(h, "conj") && t.Heads[h] >= 0 && t.Heads[h] < h {
				h = t.Heads[h]
			}
			return []int{h}
		}
	case t.RelIs(i, "advcl") && t.Tokens[i].XPOS == "VB" && c.onController(t, h, i) >= 0:
		return []int{c.onController(t, h, i)}
	case t.RelIs(i, "advcl") && t.Tokens[i].XPOS == "VBG" && t.Child(h, "obj", "iobj") >= 0 && !t.isPassive(h) &&
		(t.gerundGovernor(i, "of", "for") == h && c.lex.answerable[t.lemma(h)] || c.prevented(t, i) || c.warnedAgainst(t, i)):
		// "accused India of violating", "thanked X for helping",
		// "criticised Y for failing": the object of a verb holding it
		// answerable (&ANSWERABLE) does what the gerund says, not
		// after other verbs ("makes no apologies for accusing",
		// "serving sentences for molesting"); so does the object of a
		// verb of prevention or warning ("blocked lawyers from
		// visiting him", "warned Ukraine against shelling the plant").
		return []int{t.Child(h, "obj", "iobj")}
	case t.RelIs(i, "advcl") && (t.Tokens[i].XPOS == "VBG" || t.Tokens[i].XPOS == "VB"):
		// "..., arguing that", "to support": the main clause's subject.
		if g := t.Heads[h]; h > i && c.lex.speech[t.lemma(h)] && g >= 0 && g < i {
			// "Youths resorted to throwing stones, officials said"
			// with "throwing" hung under the reporting clause: the
			// clause before it owns the act, not the reporters.
			return c.subject(t, g)
		}
		return c.subject(t, h)
	}
	return nil
}

// onController returns the "on"/"upon" phrase of request verb h before
// its complement i, which controls it: "called on the United States to
// stop", "pressed upon X to"; -1 if none.
func (c *Coder) onController(t *tree, h, i int) int {
	if !c.lex.request[t.lemma(h)] {
		return -1
	}
	for _, k := range t.Children(h, "obl") {
		if p := t.prep(k); (p == "on" || p == "upon") && k < i && !t.isTimeNoun(k) {
			return k
		}
	}
	return -1
}

// nearestNominalBefore returns the nearest noun, proper noun or pronoun
// before verb i and after position lo, skipping punctuation, auxiliaries,
// adverbs and particles, or -1 when another word comes first.
func nearestNominalBefore(t *tree, i, lo int) int {
	for k := i - 1; k > lo; k-- {
		switch t.Tokens[k].UPOS {
		case "PUNCT", "AUX", "ADV", "PART":
			continue
		case "NOUN", "PROPN", "PRON":
			return k
		}
		return -1
	}
	return -1
}

// clauseSubject returns the grammatical subject of verb i, active or
// passive, looking through coordinated and open clausal complements.
func clauseSubject(t *tree, i int) []int {
	for x := i; x >= 0; x = t.Heads[x] {
		if s := t.Child(x, "nsubj", "nsubj:pass"); s >= 0 {
			return []int{s}
		}
		if !t.RelIs(x, "conj", "xcomp") {
			break
		}
	}
	return nil
}

func isRelPron(t *tree, i int) bool {
	switch strings.ToLower(t.Tokens[i].Text) {
	case "who", "which", "that", "whom":
		return true
	}
	return false
}

// nounSource returns the source of an event noun: its possessor, a "by"
// modifier, or the subject of the light verb it is the object of.
func (c *Coder) nounSource(t *tree, ms *mentionIndex, i int) []int {
	if p := t.Child(i, "nmod:poss"); p >= 0 {
		if h := t.Heads[i]; h >= 0 && t.RelIs(i, "obj") && strings.EqualFold(t.Tokens[p].Text, "their") {
			// "X and Y began their joint exercises": "their" is
			// both subjects, not the nearest one.
			if subj := c.subject(t, h); len(subj) == 1 && t.Child(subj[0], "conj") >= 0 {
				return subj
			}
		}
		return []int{p}
	}
	for _, k := range t.Children(i, "nmod", "acl") {
		if t.prep(k) == "by" {
			return []int{k}
		}
	}
	// "objections from Democrats", "pressure from Washington": a noun of
	// a message or a giving (&FROMSOURCE) comes from its "from" actor.
	if c.lex.fromSource[t.lemma(i)] && ms != nil {
		for _, k := range t.Children(i, "nmod") {
			if k > i && t.prep(k) == "from" && codedActor(ms, k) {
				return []int{k}
			}
		}
	}
	// "a warning issued by X", "an attack carried out by X"; not "talks
	// mediated by X" (&BROKER), where X stands outside.
	for _, k := range t.Children(i, "acl") {
		if a := t.Child(k, "obl:agent", "obl"); a >= 0 && t.prep(a) == "by" && !c.lex.broker[t.lemma(k)] {
			return []int{a}
		}
	}
	// "the arrest of the opposition leader by Turkish police": the parse
	// hangs the agent under the noun's "of" phrase, when that names the
	// one the act befalls ("criticism of a comment by a judge" is no
	// criticism by the judge).
	for _, o := range t.Children(i, "nmod") {
		if t.prep(o) != "of" || ms == nil || !codedActor(ms, o) {
			continue
		}
		for _, k := range t.Children(o, "nmod") {
			if k > o && t.prep(k) == "by" && t.Tokens[k].UPOS != "NUM" {
				return []int{k}
			}
		}
	}
	h := t.Heads[i]
	if h >= 0 && t.RelIs(i, "obj", "nsubj:pass") && c.lex.light[t.lemma(h)] {
		return c.subject(t, h)
	}
	// "Ukraine responded with drone strikes", "retaliated with
	// airstrikes": the subject of a verb of response (&RESPONDWITH) acts
	// by its "with" noun.
	if h >= 0 && t.RelIs(i, "obl") && t.prep(i) == "with" && c.lex.respondWith[t.lemma(h)] {
		return c.subject(t, h)
	}
	// "Kestria was behind the attacks": the subject of a copular
	// "behind" predicate did what it stands behind; not inside a noun's
	// content clause ("no evidence that Kestria was behind the hack") or
	// under a negated verb ("did not see evidence that ..."): an
	// allegation at most.
	if t.Child(i, "cop") >= 0 && t.prep(i) == "behind" && !(h >= 0 && t.RelIs(i, "acl") && t.Tokens[h].UPOS == "NOUN") &&
		!(h >= 0 && t.RelIs(i, "ccomp") && negated(t, h, c.lex)) {
		if s := t.Child(i, "nsubj"); s >= 0 && !isRelPron(t, s) {
			return []int{s}
		}
	}
	// "troops remained on alert", "strikers are on hunger strike": a state
	// the subject enters or stays in.
	if h >= 0 && t.RelIs(i, "obl") && (t.prep(i) == "on" || t.prep(i) == "under") && stateVerbs[t.lemma(h)] {
		return c.subject(t, h)
	}
	// "pledged air defence for Ukraine during a visit to Kyiv", "met
	// Macron on a trip to Paris": the active subject made the visit.
	if h >= 0 && t.RelIs(i, "obl") && (t.prep(i) == "during" || t.prep(i) == "on") && c.lex.travelNoun[t.lemma(i)] && t.Child(i, "nmod:poss") < 0 {
		if s := t.Child(h, "nsubj"); s >= 0 && t.Tokens[h].UPOS == "VERB" && !isRelPron(t, s) {
			return []int{s}
		}
	}
	// "launched a mediation effort", "staged a hunger strike protest": an
	// event noun modifying the noun the light verb carries.
	if h > i && t.RelIs(i, "compound") && t.Tokens[h].UPOS == "NOUN" && t.Child(i, "nmod:poss") < 0 {
		if src := c.nounSource(t, ms, h); len(src) > 0 {
			return src
		}
	}
	// "Palestinian riots", "U.S. sanctions": a demonym or a proper-noun
	// modifier of the event noun is its source.
	var mods []int
	// "a Saudi-led coalition air strike", "U.S.-led strikes": the name
	// that leads the strikers, hyphened to "led", is their source.
	for _, k := range t.Children(i, "amod", "compound") {
		if k < i && t.lemma(k) == "lead" && t.Tokens[k].XPOS == "VBN" && k >= 2 && t.Tokens[k-1].Text == "-" && t.Heads[k-2] == k &&
			(t.Tokens[k-2].UPOS == "PROPN" || startsUpper(t.Tokens[k-2].Text)) {
			mods = append(mods, k-2)
		}
	}
	if len(mods) > 0 {
		return mods
	}
	for _, k := range t.Children(i, "amod", "compound") {
		if k < i && (t.Tokens[k].UPOS == "PROPN" || t.Tokens[k].UPOS == "ADJ" && startsUpper(t.Tokens[k].Text)) {
			// "the Russia-Ukraine war": the name joined to it by a
			// hyphen is a party too.
			for _, x := range t.Children(k, "compound", "conj", "flat") {
				if x+2 == k && t.Tokens[x+1].Text == "-" && t.Tokens[x].UPOS == "PROPN" {
					mods = append(mods, x)
				}
			}
			mods = append(mods, k)
		}
	}
	return mods
}

// localPlaceModifier reports whether token k is a name modifier of event
// noun i that the places layer read as a city or a region of a country:
// "the San Bernardino attack" happened there, no one there did it. A
// country ("U.S. sanctions") stays the source.
//
// A war or conflict (&THEATRE) is fought in the one country that
// modifies it ("the Iraq war", "the Syria conflict"); two such modifiers
// are its sides ("the Iran Iraq war").
// A civil war is fought within its owner or modifier, whatever the
// places layer makes of it ("Yemen's civil war").
func (c *Coder) localPlaceModifier(d *doc.Doc, t *tree, i, k int) bool {
	if k < i && t.Heads[k] == i && c.lex.theatre[t.lemma(i)] && t.hasChildLemma(i, []string{"civil"}, "amod") >= 0 {
		// "Syria's civil war", "the Yemeni civil war": a civil war is
		// fought within the country that modifies or owns it, by no
		// one the sentence names there.
		return true
	}
	if k >= i || !t.RelIs(k, "compound") {
		return false
	}
	place := func(k int) *doc.Place {
		sp := t.Tokens[k].Span
		for j := range d.Places {
			if d.Places[j].Overlaps(sp) {
				return &d.Places[j]
			}
		}
		return nil
	}
	p := place(k)
	if p == nil {
		return false
	}
	if c.lex.theatre[t.lemma(i)] {
		n := 0
		for _, m := range t.Children(i, "compound") {
			if m < i && place(m) != nil {
				n++
			}
		}
		return n == 1
	}
	return p.Kind == "city" || p.Kind == "admin1"
}

func startsUpper(s string) bool {
	return s != "" && s[0] >= 'A' && s[0] <= 'Z'
}

// codedActor reports whether the phrase headed by k names an actor with
// a code: "more Patriot air defense systems", with an unknown name, names
// no one the target could be.
func codedActor(ms *mentionIndex, k int) bool {
	for _, m := range ms.actors([]int{k}) {
		if m.Code != "" {
			return true
		}
	}
	return false
}

// namedActor reports whether token k is in a coded mention of a country,
// organisation or person: not a bare agent word ("troops", "tanks").
func namedActor(ms *mentionIndex, k int) bool {
	for _, m := range ms.actors([]int{k}) {
		if m.Code != "" && m.Kind != "agent" {
			return true
		}
	}
	return false
}

// namesWord reports whether a pattern's elements require a word.
func namesWord(elems []Elem) bool {
	for _, e := range elems {
		if e.Kind == ElemWord || namesWord(e.Sub) {
			return true
		}
	}
	return false
}

// innerTargetPreps introduce a target inside an object or oblique ("aid
// to Sudan", "tear gas at demonstrators", "clashes with rebels"); "for"
// there is a beneficiary or a purpose, not a target; "in" only for
// violence.
var innerTargetPreps = map[string]bool{"to": true, "at": true, "against": true, "on": true, "with": true}

// defaultTarget is the target when the pattern bound none: the object, or
// a nominal introduced by a target preposition. An object that names no
// actor gives way to a target phrase, of the trigger or inside its object
// or oblique ("pledged $500 million in aid to Sudan", "sent $2 billion to
// Ukraine"); for violence (violent), also to the country or city it lies
// in ("shelled villages in Kharkiv region").
func (c *Coder) defaultTarget(t *tree, ms *mentionIndex, i int, isNoun, violent bool) []int {
	b := &binding{t: t, c: c}
	var obj []int
	if !isNoun {
		o := b.object(i)
		if ms != nil && !c.dict.Lenient && !violent && (o < 0 || !namedActor(ms, o)) {
			// "sent 20 tanks to help Lorania": the one helped, not
			// what is sent.
			if k := c.helped(t, ms, i); k >= 0 {
				return []int{k}
			}
		}
		if o < 0 && ms != nil && !c.dict.Lenient && c.lex.allege[t.lemma(i)] {
			// "Seoul alleged that North Korean hackers stole ...":
			// the accused is the subject of the clause alleged (the
			// agent of a passive one).
			for _, x := range t.Children(i, "ccomp") {
				s := t.Child(x, "nsubj")
				if s < 0 {
					s = t.byAgent(x)
				}
				if s >= 0 && !isRelPron(t, s) && t.Tokens[s].UPOS != "PRON" && codedActor(ms, s) {
					return []int{s}
				}
			}
		}
		if o >= 0 && (ms == nil || c.dict.Lenient || codedActor(ms, o)) {
			// An imported dictionary's events keep the object, as
			// PETRARCH does.
			return []int{o}
		}
		if o >= 0 {
			obj = []int{o}
			if ms != nil && !c.dict.Lenient && c.lex.proposal[strings.ToLower(t.Tokens[o].Text)] {
				// "rejected a proposal by the African Union",
				// "accepted an offer from Qatar", "denied
				// accusations by Lorania": the one who proposed or
				// accused.
				for _, n := range t.Children(o, "nmod") {
					if p := t.prep(n); (p == "by" || p == "from") && codedActor(ms, n) {
						return []int{n}
					}
				}
				// "rejected a U.S.-brokered proposal": the actor joined
				// by a hyphen to the participle before the noun.
				for _, a := range t.Children(o, "amod") {
					if a > o || t.Tokens[a].XPOS != "VBN" {
						continue
					}
					for _, k := range t.Kids[a] {
						if k+2 == a && t.Tokens[k+1].Text == "-" && codedActor(ms, k) {
							return []int{k}
						}
					}
				}
			}
		}
		if ms != nil && !c.dict.Lenient && t.Child(i, "nsubj:pass") < 0 {
			// Phrases one level down: the object's, an oblique's, and
			// those of an open complement's object ("agreed to make a
			// payment to the United States"; noun compounds the tagger
			// split into a verb are mended before, see
			// repairCompoundComplement).
			inner := append(t.Children(i, "obl"), obj...)
			for _, x := range t.Children(i, "xcomp") {
				for _, o := range t.Children(x, "obj") {
					if p := t.Child(o, "nmod:poss"); p >= 0 && t.Tokens[p].UPOS != "PRON" && codedActor(ms, p) {
						// "pledged to fund Syria's public sector
						// salaries": the owner of what is given (not
						// a pronoun: "vowed to reward his supporters").
						return []int{p}
					}
					inner = append(inner, o)
				}
			}
			for _, k := range inner {
				for _, n := range t.Children(k, "nmod") {
					p := t.prep(n)
					if !(innerTargetPreps[p] || violent && p == "in" || p == "for" && c.lex.aid[t.lemma(k)]) {
						continue
					}
					if codedActor(ms, n) {
						// "for" names the receiver of aid only ("a
						// $3 billion bailout for Sri Lanka").
						return []int{n}
					}
					if f := fromOwner(t, ms, n); f >= 0 {
						// "tariffs on goods from the European
						// Union": whose goods.
						return []int{f}
					}
				}
				// An amount's "in"/"of" phrase names what it is:
				// "500 million euros in aid to Syria".
				for _, m := range t.Children(k, "nmod") {
					if p := t.prep(m); p != "in" && p != "of" {
						continue
					}
					for _, n := range t.Children(m, "nmod") {
						if innerTargetPreps[t.prep(n)] && codedActor(ms, n) {
							return []int{n}
						}
					}
				}
			}
		}
	}
	rels := []string{"obl", "nmod"}
	scopes := []int{i}
	if isNoun && ms != nil && !c.dict.Lenient && c.lex.patientNoun[t.lemma(i)] {
		// "the expulsion of a Kestrian diplomat" (a pattern that
		// named the diplomat): the one it befalls.
		for _, k := range t.Children(i, "nmod") {
			if t.prep(k) == "of" && codedActor(ms, k) {
				return []int{k}
			}
		}
	}
	if isNoun {
		h := t.Heads[i]
		if h > i && t.RelIs(i, "compound") && t.Tokens[h].UPOS == "NOUN" {
			// "a mediation effort between X and Y".
			scopes = append(scopes, h)
			i, h = h, t.Heads[h]
		}
		if h >= 0 && t.RelIs(i, "obj") && c.lex.light[t.lemma(h)] {
			scopes = append(scopes, h)
		}
	}
	for _, sc := range scopes {
		for _, k := range t.Children(sc, rels...) {
			if c.isTargetPrep(t.prep(k)) && (obj == nil || len(ms.actors([]int{k})) > 0) {
				if f := fromOwner(t, ms, k); f >= 0 && !c.dict.Lenient {
					return []int{f}
				}
				return []int{k}
			}
		}
	}
	return obj
}

// helped returns the one verb i's purpose infinitive of helping names
// ("pledged 50 million euros to help Lorania", "... to help rebuild
// Lorania's power grid": the owner of what is rebuilt), or -1. A pronoun
// owner is not taken: "to help its farmers" may be the giver's own.
func (c *Coder) helped(t *tree, ms *mentionIndex, i int) int {
	for _, x := range t.Children(i, "advcl") {
		if !t.infinitive(x) || !c.lex.aid[t.lemma(x)] || t.Child(x, "nsubj", "nsubj:pass") >= 0 {
			continue
		}
		objs := t.Children(x, "obj")
		for _, y := range t.Children(x, "xcomp") {
			objs = append(objs, t.Children(y, "obj")...)
		}
		for _, o := range objs {
			if t.Tokens[o].UPOS == "PRON" {
				continue
			}
			if codedActor(ms, o) {
				return o
			}
			if p := t.Child(o, "nmod:poss"); p >= 0 && t.Tokens[p].UPOS != "PRON" && codedActor(ms, p) {
				return p
			}
		}
	}
	return -1
}

// fromOwner returns the "from" phrase of target phrase k that names the
// actor the target comes from when k itself names none ("tariffs on
// steel from China"), or -1.
func fromOwner(t *tree, ms *mentionIndex, k int) int {
	if ms == nil || codedActor(ms, k) {
		return -1
	}
	for _, f := range t.Children(k, "nmod") {
		if t.prep(f) == "from" && codedActor(ms, f) {
			return f
		}
	}
	return -1
}

// isTargetPrep reports whether a nominal introduced by preposition p may be
// a target: one of targetPreps, or, for dictionaries with AnyPrepTarget,
// any preposition but an agent's or a partner's.
func (c *Coder) isTargetPrep(p string) bool {
	if slices.Contains(targetPreps, p) {
		return true
	}
	return c.dict.AnyPrepTarget && p != "" && p != "by" && !partnerPreps[p] && p != "according to"
}

// modifierTargets returns, in sentence order, the nominal modifiers of
// trigger i introduced by a target preposition, and the nominal modifiers
// inside its object's phrase (following "of", "with", "between", ...
// chains: "the resumption of ties with X").
func (c *Coder) modifierTargets(t *tree, i int, isNoun bool) []int {
	var out []int
	for _, k := range t.Children(i, "obl", "nmod") {
		if c.isTargetPrep(t.prep(k)) {
			out = append(out, k)
		}
	}
	if !isNoun {
		b := &binding{t: t, c: c}
		if o := b.object(i); o >= 0 {
			var walk func(n, depth int)
			walk = func(n, depth int) {
				if depth > 4 {
					return
				}
				for _, k := range t.Children(n, "nmod", "obl") {
					if p := t.prep(k); p == "of" || p == "between" || c.isTargetPrep(p) || p == "by" && c.dict.AnyPrepTarget {
						out = append(out, k)
						walk(k, depth+1)
					}
				}
			}
			walk(o, 0)
		}
	}
	slices.Sort(out)
	return out
}

// reporter finds the speaker when trigger i lies in the complement of a
// speech verb ("X said that ..."), or in a clause with "according to X".
// It returns the speaker token and the speech verb, or -1, -1.
func (c *Coder) reporter(t *tree, i int) (speaker, verb int) {
	speaker, verb = -1, -1
	if a := accordingTo(t, i); a >= 0 {
		return a, -1
	}

	if _, v := c.speechObject(t, i); v >= 0 {
		// "Kyiv said Russian forces shelled Kharkiv" with "shelled" a
		// participle of "forces" (coder/modality.go).
		if subj := c.subject(t, v); len(subj) > 0 {
			return subj[0], v
		}
	}
	clauseOnNoun := false
	t.Ancestors(i, func(a, via int) bool {
		// "it was possible that X had received weapons" (csubj of the
		// adjective); "would release the hostages only if the
		// government freed ..." with the condition hung under the
		// object: the noun carries it on to its verb.
		onNoun := clauseOnNoun
		clauseOnNoun = t.RelIs(via, "advcl") && t.Tokens[a].UPOS == "NOUN"
		if onNoun && t.RelIs(via, "obj", "nsubj", "nsubj:pass") {
			return true
		}
		if !t.RelIs(via, "ccomp", "parataxis", "xcomp", "conj", "advcl", "csubj") {
			return false
		}
		if t.RelIs(via, "ccomp", "parataxis") && c.lex.speech[t.lemma(a)] {
			if subj := c.subject(t, a); len(subj) > 0 {
				speaker, verb = subj[0], a
			} else if s := quotedSpeaker(t, a); s >= 0 {
				speaker, verb = s, a
			}
			return false
		}
		if x := accordingTo(t, a); x >= 0 {
			speaker = x
			return false
		}
		return true
	})
	// A main verb the parser hung under a later speech verb's subject:
	// "Thousands of Kurds marched ..., witnesses said".
	if speaker < 0 && t.lostMainVerb(i) && t.Heads[i] >= 0 {
		for x := t.Heads[t.Heads[i]]; x >= 0; x = t.Heads[x] {
			if t.Tokens[x].UPOS != "VERB" {
				continue
			}
			if x > i && c.lex.speech[t.lemma(x)] {
				for _, k := range t.Children(x, "nsubj") {
					if k > i {
						return k, x
					}
				}
			}
			break
		}
	}
	// A speech verb in parataxis under the trigger's clause: "X will
	// retaliate, the minister said".
	if speaker < 0 {
		root := i
		// "If the rebels attack again, the army will respond, a
		// spokesman said": the condition too (advcl).
		for t.Heads[root] >= 0 && t.RelIs(root, "conj", "xcomp", "ccomp", "advcl") {
			root = t.Heads[root]
		}
		for _, k := range t.Children(root, "parataxis") {
			// "Should Iran close the strait, the United States would
			// respond": a modal verb reports nothing.
			if c.lex.speech[t.lemma(k)] && k > i && !t.hasModal(k) {
				if subj := c.subject(t, k); len(subj) > 0 {
					return subj[0], k
				}
			}
		}
		if s, v := c.trailingSpeech(t, root, i); s >= 0 {
			return s, v
		}
	}
	return speaker, verb
}

// nounReported reports whether event noun i is a core argument (subject,
// object) of a verb told in reported speech ("the minister said talks
// with Lorania might resume"; "warned that any strike would be met"). A
// speech verb's own object ("denied the attacks") is not.
func (c *Coder) nounReported(t *tree, i int) bool {
	h := t.Heads[i]
	if h < 0 || !t.RelIs(i, "nsubj", "nsubj:pass", "obj") || t.Tokens[h].UPOS != "VERB" || c.lex.speech[t.lemma(h)] {
		return false
	}
	s, _ := c.reporter(t, h)
	return s >= 0
}

// quotedSpeaker returns the subject of the clause whose speech verb a has
// none of its own, "as saying" under "quoted" ("the minister was quoted
// as saying that ..."), or -1.
func quotedSpeaker(t *tree, a int) int {
	if h := t.Heads[a]; h >= 0 && t.RelIs(a, "advcl", "xcomp") && t.Tokens[h].UPOS == "VERB" {
		return t.Child(h, "nsubj", "nsubj:pass")
	}
	return -1
}

// trailingSpeech finds a speech verb after a comma after the clause of
// trigger i, at root, that the parser made a complement of it, or a
// modifier of such a complement: "X did not fire, the minister told
// reporters" parsed with "told" (or "reporters", "told" an adjective of
// it) a complement of "fire". The speaker is the subject (else the word
// before a modifier verb). It returns the speaker and the verb, or -1, -1.
func (c *Coder) trailingSpeech(t *tree, root, i int) (speaker, verb int) {
	afterComma := func(k int) bool {
		lo, _ := t.Extent(k)
		if t.Tokens[lo].Text == "," {
			return lo > i // the comma hung under the phrase
		}
		return lo-1 > i && t.Tokens[lo-1].Text == ","
	}
	for _, k := range t.Children(root, "ccomp", "parataxis", "conj") {
		if k < i {
			continue
		}
		if t.Tokens[k].UPOS == "VERB" && t.RelIs(k, "ccomp") && c.lex.speech[t.lemma(k)] {
			// "..., the minister told reporters" as a complement.
			if s := t.Child(k, "nsubj"); s > i && s < k && afterComma(s) {
				return s, k
			}
			continue
		}
		if t.Tokens[k].UPOS != "NOUN" || !afterComma(k) {
			continue
		}
		for _, v := range t.Children(k, "amod", "acl") {
			if x := t.Tokens[v].XPOS; v > k || x != "VBD" && x != "VBN" || !c.lex.speech[t.lemma(v)] {
				continue
			}
			if s := t.Child(k, "nsubj"); s >= 0 && s < v {
				return s, v
			}
			if p := v - 1; p > i && (t.Tokens[p].UPOS == "NOUN" || t.Tokens[p].UPOS == "PROPN") {
				return p, v
			}
		}
	}
	return -1, -1
}

// accordingTo returns the head of an "according to X" modifier of i, or -1.
func accordingTo(t *tree, i int) int {
	for _, k := range t.Children(i, "obl", "nmod", "advcl") {
		if t.prep(k) == "according to" {
			return k
		}
	}
	return -1
}

func without(ms, drop []*doc.Mention) []*doc.Mention {
	var out []*doc.Mention
	for _, m := range ms {
		keep := true
		for _, d := range drop {
			// The same mention, the same phrase, or a pronoun standing
			// for the source ("X and Y welcomed their ...").
			same := m.Code != "" && m.Code == d.Code && (m.Text == d.Text || m.Via == "coref" || d.Via == "coref")
			// A pronoun for a bare agent the source composed with its
			// owner ("the ambassadors of X presented their credentials":
			// "their" is GOV, the source XGOV).
			same = same || m.Via == "coref" && m.Code != "" && m.Code == m.Sector && d.Sector == m.Sector && strings.HasSuffix(d.Code, m.Code)
			// "the country" standing for the source's own country ("The
			// Dutch government apologised for the country's role").
			same = same || m.Via == "coref" && m.Kind == "country" && m.Code != "" && strings.HasPrefix(d.Code, m.Code)
			if m == d || same {
				keep = false
			}
		}
		if keep {
			out = append(out, m)
		}
	}
	return out
}

func refs(d *doc.Doc, ms []*doc.Mention) []doc.ActorRef {
	out := make([]doc.ActorRef, 0, len(ms))
	for _, m := range ms {
		r := m
		// A pronoun or description stands for its antecedent (a
		// surname is shown as written).
		for hops := 0; r.Via == "coref" && r.Antecedent >= 0 && r.Antecedent < len(d.Actors) && hops < 5; hops++ {
			r = &d.Actors[r.Antecedent]
		}
		// A compound code of an imported dictionary ("FRO/BIL/SAM" for a
		// group of people) stands for several actors.
		for _, code := range strings.Split(m.Code, "/") {
			ref := doc.ActorRef{Text: r.Text, Start: r.Start, End: r.End, Code: code, Country: m.Country, Sector: m.Sector, Name: m.Name}
			if !slices.Contains(out, ref) {
				// "the United States and its allies": the pronoun
				// resolves to an actor already listed.
				out = append(out, ref)
			}
		}
	}
	return out
}

// obligation reports whether clause verb v carries a modal of obligation:
// must, should, ought to, have to.
func (c *Coder) obligation(t *tree, v int) bool {
	for _, a := range t.Children(v, "aux") {
		switch strings.ToLower(t.Tokens[a].Text) {
		case "must", "should", "ought":
			return true
		}
	}
	// "X has to leave": have + xcomp.
	if h := t.Heads[v]; h >= 0 && t.RelIs(v, "xcomp") && t.lemma(h) == "have" {
		return true
	}
	return false
}

// demandCode maps the code of what someone must do to the CAMEO demand
// for it: meeting (108), policy support (102), cooperation (101), aid
// (103), yielding (105); anything else is a plain demand (100). Demands and
// appeals keep their code.
func demandCode(code string) string {
	if len(code) < 2 {
		return "100"
	}
	switch root := code[:2]; root {
	case "02", "10":
		return code
	case "04":
		return "108"
	case "05":
		return "102"
	case "06":
		return "101"
	case "07":
		return "103"
	case "08":
		return "105"
	}
	return "100"
}

// othersForecast reports whether the possible (not planned) event i is
// told by a speaker of another country than its source: "North Korea could
// conduct a nuclear test, South Korean intelligence warned" is Seoul's
// forecast, not Pyongyang's threat. A speaker without a country, or a
// pronoun subject ("they said they would"), counts as the source's own
// voice.
func (c *Coder) othersForecast(t *tree, ms *mentionIndex, i, speaker int, mod doc.Modality, src []*doc.Mention) bool {
	if speaker < 0 || !mod.Reported || mod.Future || len(src) == 0 {
		// "will visit Albania, the Albanian embassy said" states a
		// plan: the visitor's intent whoever tells it.
		return false
	}
	if s := clauseSubject(t, i); len(s) > 0 && t.Tokens[s[0]].UPOS == "PRON" {
		return false
	}
	sp := ms.actors([]int{speaker})
	if len(sp) == 0 {
		return false
	}
	for _, a := range sp {
		if a.Country == "" {
			// An international body forecasting a state's act ("NATO
			// warned that Russia could invade") tells another's.
			if !strings.HasPrefix(a.Code, "IGO") {
				return false
			}
			for _, b := range src {
				if strings.HasPrefix(b.Code, "IGO") {
					return false
				}
			}
			continue
		}
		for _, b := range src {
			if b.Country == "" || b.Country == a.Country || b.Code == a.Code {
				return false
			}
		}
	}
	return true
}

// announced reports whether an event is announced rather than done: in the
// future ("will give"), or conditional in reported speech ("said they would
// boycott").
func announced(m doc.Modality) bool {
	return !m.Negated && (m.Future || (m.Hypothetical && m.Reported))
}

// maxContexts bounds the PLOVER contexts an event carries.
const maxContexts = 3

// sentenceContexts adds to have the PLOVER contexts that the words of the
// sentence signal ("ceasefire" → peacekeeping), in sentence order, up to
// maxContexts. A word counts by its lemma or by its written form, so that
// set words such as "abuses" or "fisheries" match though their lemmas
// ("abuse", "fishery") are broader or differ; a set entry of several words
// ("human rights") matches them in a row. A verb counts by its written
// form only: "waged", "granted" and "traded" are no wages, grants or
// trade, and the sets list the verb forms that do count ("sued").
func (c *Coder) sentenceContexts(t *tree, have []string) []string {
	add := func(w string) {
		for _, ctx := range c.contexts[w] {
			if len(have) < maxContexts && !slices.Contains(have, ctx) {
				have = append(have, ctx)
			}
		}
	}
	// The words of a &NOCONTEXT phrase ("law enforcement", "water
	// cannon") signal nothing.
	var mute []bool
	for i := range t.Tokens {
		for _, p := range c.noContext {
			if t.wordsAt(i, p) {
				if mute == nil {
					mute = make([]bool, len(t.Tokens))
				}
				for k := range p {
					mute[i+k] = true
				}
			}
		}
	}
	for i := range t.Tokens {
		if len(have) >= maxContexts {
			break
		}
		if mute != nil && mute[i] {
			continue
		}
		for _, p := range c.contextPhrases {
			if t.wordsAt(i, p.words) && len(have) < maxContexts && !slices.Contains(have, p.ctx) {
				have = append(have, p.ctx)
			}
		}
		l := t.lemma(i)
		w := t.Tokens[i].LowerText()
		if t.Tokens[i].UPOS != "VERB" || l == w {
			add(l)
		}
		if w != l {
			add(w)
		}
	}
	return have
}

func (t *tree) wordsAt(i int, words []string) bool {
	if i+len(words) > len(t.Tokens) {
		return false
	}
	for k, w := range words {
		if t.lemma(i+k) != w && t.lower(i+k) != w {
			return false
		}
	}
	return true
}

// labourDispute reports whether a source or target is a worker or farmer
// actor (&LABOUR_SECTORS: "teachers called off their strike", "farmers
// vowed to blockade the capital"): their protests, demands and
// concessions are economic.
func (c *Coder) labourDispute(src, tgt []*doc.Mention) bool {
	for _, ms := range [][]*doc.Mention{src, tgt} {
		for _, m := range ms {
			if c.lex.labourSector[strings.ToLower(m.Sector)] {
				return true
			}
		}
	}
	return false
}

// diplomaticActor reports whether m acts for a state: an intergovernmental
// organisation, or a country itself, its government, parliament or armed
// forces.
func diplomaticActor(m *doc.Mention) bool {
	if strings.HasPrefix(m.Code, "IGO") {
		return true
	}
	if m.Country == "" {
		return false
	}
	switch m.Sector {
	case "GOV", "LEG", "MIL":
		return true
	case "":
		// A country itself, not a person or a people without a sector.
		return m.Kind == "country"
	}
	return false
}

// interstate reports whether an event is between states: every source and
// every target is a country, or a government or parliament with a
// country, or an intergovernmental organisation (IGO…) other than its
// armed forces (a UN or NATO force is military: plover3), there is at
// least one of each, and no target shares a source's country ("Germany rejected
// Belarus's request", "the Polish parliament demanded an apology from
// Moscow", "Lebanon turned down a UN appeal").
func interstate(src, tgt []*doc.Mention) bool {
	if len(src) == 0 || len(tgt) == 0 {
		return false
	}
	state := func(m *doc.Mention) bool {
		return diplomaticActor(m) && m.Sector != "MIL"
	}
	for _, a := range src {
		if !state(a) {
			return false
		}
	}
	for _, b := range tgt {
		if !state(b) {
			return false
		}
		for _, a := range src {
			if b.Country != "" && b.Country == a.Country {
				return false
			}
		}
	}
	return true
}

// individuals reports whether ms is a non-empty list of people: persons of
// the KB or titles, or proper names the KB does not know.
func individuals(ms []*doc.Mention) bool {
	for _, m := range ms {
		if m.Kind != "person" && m.Via != "unknown" {
			return false
		}
	}
	return len(ms) > 0
}

// civilianPersons reports whether every actor of ms is a named person
// (from the knowledge base or a title) of no armed sector.
func civilianPersons(ms []*doc.Mention) bool {
	for _, m := range ms {
		if m.Kind != "person" || armed(m.Sector) || armed(m.Code) {
			return false
		}
	}
	return len(ms) > 0
}

// armed reports whether an actor code has a sector whose attacks may be
// force (military, rebels, insurgents, police, intelligence, ...).
func armed(code string) bool {
	for i := 0; i+3 <= len(code); i += 3 {
		switch code[i : i+3] {
		case "MIL", "REB", "INS", "SPY", "COP", "UAF", "SEP", "IMG":
			return true
		}
	}
	return false
}

// politicalSpeakers reports whether ms is a non-empty list of civilian
// persons and parties (groups of the PTY sector with no armed one): the
// actors whose "attacks" in the news are words. As targets, a party named
// by a common noun counts too ("attacking the party": "party youths
// attacked ..." may be force); as sources, a proper name the KB does not
// know ("Alan Doe attacked the party"; an unknown target may be anyone).
func politicalSpeakers(ms []*doc.Mention, target bool) bool {
	for _, m := range ms {
		party := m.Sector == "PTY" || strings.HasSuffix(m.Code, "PTY")
		switch {
		case armed(m.Sector) || armed(m.Code):
			return false
		case m.Kind == "person":
		case !target && m.Via == "unknown":
		case party && (m.Kind == "group" || target && m.Kind == "agent"):
		default:
			return false
		}
	}
	return len(ms) > 0
}

// goOnOffensive reports whether verb i is "go" with an "on" phrase of
// attack or offensive ("went on the attack").
func goOnOffensive(t *tree, i int) bool {
	if t.lemma(i) != "go" {
		return false
	}
	for _, k := range t.Children(i, "obl") {
		if l := t.lemma(k); t.prep(k) == "on" && (l == "offensive" || l == "attack") {
			return true
		}
	}
	return false
}

// reasonOrSpeech reports whether verb i gives the reason of an attack in
// words, as criticism does: a "for" phrase of a gerund or of a possessed
// noun ("attacked X for raising taxes", "for her ties to banks"), or a
// participle clause of a speech or allegation verb ("attacked X, saying
// ...", "..., accusing him of ...").
func (c *Coder) reasonOrSpeech(t *tree, i int) bool {
	for _, k := range t.Kids[i] {
		switch {
		case t.RelIs(k, "advcl") && t.Tokens[k].XPOS == "VBG" && (c.lex.speech[t.lemma(k)] || c.lex.allege[t.lemma(k)]):
			return true
		case t.RelIs(k, "advcl") && t.Tokens[k].XPOS == "VBG" && t.hasChildLemma(k, []string{"for"}, "mark", "case") >= 0:
			return true
		case t.RelIs(k, "obl") && t.prep(k) == "for" && t.Child(k, "nmod:poss") >= 0 && t.Tokens[t.Child(k, "nmod:poss")].UPOS == "PRON":
			return true
		}
	}
	return false
}

// peopleOnly reports whether ms is a non-empty list of people, groups
// and organisations, no country or place ("Russia attacked Ukraine,
// saying ..." stays force).
func peopleOnly(ms []*doc.Mention) bool {
	for _, m := range ms {
		switch m.Kind {
		case "person", "group", "agent", "org":
		default:
			return false
		}
	}
	return len(ms) > 0
}

// politicalTargets reports whether ms is a non-empty list of political
// bodies and the press (legislators, parties, the media), not armed or
// civilian people, nor the government.
func politicalTargets(ms []*doc.Mention) bool {
	for _, m := range ms {
		if armed(m.Sector) || armed(m.Code) {
			return false
		}
		switch {
		case strings.HasSuffix(m.Code, "LEG"), strings.HasSuffix(m.Code, "PTY"), strings.HasSuffix(m.Code, "MED"):
		case m.Sector == "LEG", m.Sector == "PTY", m.Sector == "MED":
		default:
			return false
		}
	}
	return len(ms) > 0
}

// premisesObject reports whether verb i's object is a place, building or
// military target (&PLACE, &MILTARGET, &PREMISES: "attacked the party's
// offices"), which the owner's name does not make words.
func (c *Coder) premisesObject(t *tree, i int) bool {
	o := t.Child(i, "obj")
	return o >= 0 && c.lex.premises[t.lemma(o)]
}

// allArmed reports whether every actor of ms has an armed sector other
// than the police (police marching may be protesting).
func allArmed(ms []*doc.Mention) bool {
	for _, m := range ms {
		c := strings.ReplaceAll(m.Code+m.Sector, "COP", "")
		if !armed(c) {
			return false
		}
	}
	return true
}

// armedAny reports whether some actor of ms has an armed sector.
func armedAny(ms []*doc.Mention) bool {
	for _, m := range ms {
		if armed(m.Sector) || armed(m.Code) {
			return true
		}
	}
	return false
}

// inMedium reports whether verb i is carried by a medium of political
// speech (&MEDIUM): a participle modifying one ("an ad attacking the
// governor") or an "in" phrase of one ("attacked him in a video").
func (c *Coder) inMedium(t *tree, i int) bool {
	if h := t.Heads[i]; h >= 0 && t.RelIs(i, "acl") && c.lex.medium[t.lemma(h)] {
		return true
	}
	for _, k := range t.Children(i, "obl") {
		if p := t.prep(k); (p == "in" || p == "on") && c.lex.medium[t.lemma(k)] {
			return true
		}
	}
	return false
}

// fromAllSides reports whether verb i has a "from" phrase of sides or
// critics (&CRITICS: "attacked from several sides", "from the left",
// "from critics"): words, not blows.
func (c *Coder) fromAllSides(t *tree, i int) bool {
	for _, k := range t.Children(i, "obl") {
		if t.prep(k) == "from" && c.lex.critics[t.lemma(k)] {
			return true
		}
	}
	return false
}

// verbalRoot reports whether a CAMEO code is a statement, appeal, intent,
// consultation, support, yielding, disapproval or rejection (roots 01–05,
// 08, 11, 12): things an opinion poll may be read as.
func verbalRoot(code string) bool {
	if len(code) < 2 {
		return false
	}
	switch code[:2] {
	case "01", "02", "03", "04", "05", "08", "11", "12":
		return true
	}
	return false
}

// pollShare reports whether the source tokens are one share of a group
// (&POLLSHARE: "percent", "majority", "third") with a plural "of"
// phrase.
func (c *Coder) pollShare(t *tree, src []int) bool {
	if len(src) != 1 {
		return false
	}
	k := src[0]
	if t.Tokens[k].UPOS != "NOUN" && t.Tokens[k].UPOS != "SYM" || !c.lex.pollShare[t.lemma(k)] {
		return false
	}
	// A group of people, plural ("half of Clinton's address was devoted
	// to criticizing" is a share of a speech).
	return slices.ContainsFunc(t.Children(k, "nmod"), func(n int) bool {
		return t.prep(n) == "of" && (t.Tokens[n].XPOS == "NNS" || t.Tokens[n].XPOS == "NNPS")
	})
}

// electorate reports whether every actor of ms is an agent noun for
// voters (&ELECTORATE): "Republican voters", "respondents".
func (c *Coder) electorate(ms []*doc.Mention) bool {
	for _, m := range ms {
		f := strings.Fields(strings.ToLower(m.Text))
		if m.Kind != "agent" || len(f) == 0 || !c.lex.electorate[f[len(f)-1]] {
			return false
		}
	}
	return len(ms) > 0
}

// persons reports whether every actor of ms is a named person.
// stateLeaders reports whether every mention is a person holding a
// country's government role ("Putin's war" is Russia's).
func stateLeaders(ms []*doc.Mention) bool {
	for _, m := range ms {
		if m.Kind != "person" || m.Country == "" || m.Sector != "GOV" {
			return false
		}
	}
	return len(ms) > 0
}

// unarmed reports whether every actor of ms has a sector and none that
// bears arms or governs: workers, students, civilians, protesters ...
func unarmed(ms []*doc.Mention) bool {
	for _, m := range ms {
		if m.Sector == "" || armed(m.Sector) || armed(m.Code) || m.Sector == "GOV" {
			return false
		}
	}
	return len(ms) > 0
}

// civilianTargets reports whether every mention is a person, party,
// company, outlet or other civilian body without an armed sector: the
// other side of a political or business contest.
func civilianTargets(ms []*doc.Mention) bool {
	for _, m := range ms {
		// A person coded by country alone ("Jane Doe", coded KES) is still a
		// person (coder6).
		if armed(m.Sector) || armed(m.Code) || m.Kind == "country" || m.Kind == "region" || m.Code == m.Country && m.Code != "" && m.Kind != "person" {
			return false
		}
	}
	return len(ms) > 0
}

// campaigners reports whether every mention is a person or a party
// (a candidate, "the Democratic Party": code or sector PTY), whose own
// rally is a campaign event.
func campaigners(ms []*doc.Mention) bool {
	for _, m := range ms {
		if m.Kind != "person" && m.Sector != "PTY" && !strings.HasSuffix(m.Code, "PTY") {
			return false
		}
	}
	return len(ms) > 0
}

// politicians reports whether every mention is a legislator, government
// or party actor ("the congressman", "the governor"): their own rally
// ("the congressman's rally") is a campaign event.
func politicians(ms []*doc.Mention) bool {
	for _, m := range ms {
		c := m.Code
		if !strings.HasSuffix(c, "LEG") && !strings.HasSuffix(c, "GOV") && !strings.HasSuffix(c, "PTY") {
			return false
		}
	}
	return len(ms) > 0
}

// campaignSource reports whether a source token is a campaign ("the
// mayor's campaign organised a march": the mayor's own event).
func campaignSource(t *tree, src []int) bool {
	for _, k := range src {
		if t.lemma(k) == "campaign" {
			return true
		}
	}
	return false
}

// protestCause reports whether rally or march i (or the verb whose
// object or subject it is: "held a rally against austerity") states a
// cause: an "against" or "over" phrase, or a to-clause of protest or
// demand ("rallied to demand the release").
func protestCause(t *tree, i int) bool {
	vs := []int{i}
	if h := t.Heads[i]; h >= 0 && (t.RelIs(i, "obj") || t.RelIs(i, "nsubj")) {
		vs = append(vs, h)
	}
	for _, v := range vs {
		for _, k := range t.Children(v, "obl", "nmod") {
			if p := t.prepOf(k); p == "against" || p == "over" {
				return true
			}
		}
		for _, k := range t.Children(v, "advcl", "xcomp", "acl") {
			if causeVerbs[t.lemma(k)] {
				return true
			}
		}
	}
	return false
}

// causeVerbs are the verbs of a rally's purpose clause that make it a
// protest ("marched to denounce the decree").
var causeVerbs = map[string]bool{"protest": true, "demand": true, "denounce": true, "condemn": true, "oppose": true, "demonstrate": true, "urge": true, "press": true, "call": true}

// atRally reports whether verb i, or the verb it is conjoined to, has an
// "at" or "during" modifier that is a rally or event (&CAMPAIGNEVENT,
// "event"), or a clause under it has one: "chanted at the rally",
// "cheered and chanted during the event", "booed when he spoke at the event".
func (c *Coder) atRally(t *tree, i int) bool {
	vs := []int{i}
	if t.RelIs(i, "conj") && t.Heads[i] >= 0 {
		vs = append(vs, t.Heads[i])
	}
	vs = append(vs, t.Children(i, "conj", "advcl")...)
	for _, v := range vs {
		for _, k := range t.Children(v, "obl") {
			if p := t.prepOf(k); (p == "at" || p == "during") && (c.lex.campaignEvent[t.lemma(k)] || t.lemma(k) == "event") {
				return true
			}
		}
	}
	return false
}

func persons(ms []*doc.Mention) bool {
	for _, m := range ms {
		if m.Kind != "person" {
			return false
		}
	}
	return len(ms) > 0
}

// clauseOf returns the verb whose clause carries trigger i: i itself, or
// for an event noun the light verb it is the object of ("agreed to hold
// exercises").
func (c *Coder) clauseOf(t *tree, i int) int {
	if h := t.Heads[i]; t.Tokens[i].UPOS == "NOUN" && h >= 0 && t.RelIs(i, "obj", "nsubj:pass") && c.lex.light[t.lemma(h)] {
		return h
	}
	return i
}

// governorKind tells how the verb governing an open complement frames it:
// as an intent ("agreed to withdraw"), a threat ("threatened to strike"),
// or either by the complement's meaning ("vowed to help", "vowed to
// strike").
type governorKind struct{ intent, threat bool }

// intentGovernor returns how the governor of trigger i's clause frames it,
// when the clause is the open complement of an &INTENT or &THREATVERB verb.
func (c *Coder) intentGovernor(t *tree, i int) governorKind {
	x := c.clauseOf(t, i)
	h := t.Heads[x]
	// "agreed to provide aid"; also with the infinitive parsed as an
	// adverbial clause ("agreed in principle on Saturday to provide").
	if h < 0 || !t.toComplement(x) {
		return governorKind{}
	}
	l := t.lemma(h)
	return governorKind{intent: c.lex.intent[l], threat: c.lex.threat[l]}
}

// intentCode maps the code of an event announced rather than done to the
// CAMEO intent or threat code: cooperation (04–08) under an intent verb
// becomes 036, 032, 031, 033 or 035; conflict (14–20) under a threat verb
// becomes the threat of that act (threatCodes: sanctions 1312, breaking
// relations 1313, a curfew 1323, leaving talks 134, a blockade 1381 ...),
// else of its root (133, 131, 132, 137, 138). Statements, appeals, intents
// and verbal conflict keep their code, as does conflict announced by a
// mere intent verb ("agreed to hold exercises").
func intentCode(code string, g governorKind) (string, bool) {
	if len(code) < 2 {
		return "", false
	}
	root := code[:2]
	if g.intent {
		if len(code) >= 3 {
			if c, ok := intentCodes[code[:3]]; ok {
				return c, true
			}
		}
		if c, ok := map[string]string{"04": "036", "05": "032", "06": "031", "07": "033", "08": "035"}[root]; ok {
			return c, true
		}
	}
	if g.threat {
		for k := len(code); k >= 3; k-- {
			if c, ok := threatCodes[code[:k]]; ok {
				return c, true
			}
		}
		if c, ok := map[string]string{"14": "133", "15": "138", "16": "131", "17": "137", "18": "138", "19": "138", "20": "138"}[root]; ok {
			return c, true
		}
	}
	return "", false
}

// intentCodes maps an announced act's three-digit CAMEO prefix to the
// code of the intent to do it, where CAMEO has one: "agreed to extend a
// ceasefire" (087x) is an intent to de-escalate (0356), "will send
// weapons" (072) an intent to give military aid (0332).
var intentCodes = map[string]string{
	"061": "0311", "062": "0312", "063": "0313", "064": "0314",
	"071": "0331", "072": "0332", "073": "0333", "074": "0334",
	"081": "0351", "082": "0352", "084": "0353", "085": "0354", "086": "0355", "087": "0356",
}

// threatCodes maps a threatened act's CAMEO code (or its three-digit
// prefix) to the CAMEO code of threatening it.
var threatCodes = map[string]string{
	"161": "1313", "162": "1311", "163": "1312", "164": "134", "165": "135", "166": "136",
	"172": "132", "1721": "1321", "1722": "1322", "1723": "1323", "1724": "1324",
	"180": "1383", "181": "1383", "182": "1383", "183": "1383", "184": "1383", "185": "1383", "186": "1383",
	"191": "1381", "192": "1382", "193": "1384", "194": "1384", "195": "1384", "196": "1384",
	"204": "1385",
}

// actorBefore returns the head of the actor phrase that ends just before
// active verb i (adverbs, auxiliaries and particles may come between), or
// -1: none, a passive verb, or the phrase is a prepositional or
// possessive modifier.
func actorBefore(t *tree, ms *mentionIndex, i int) int {
	if t.isPassive(i) || t.Child(i, "aux:pass", "cop") >= 0 {
		return -1
	}
	for _, a := range t.Children(i, "aux") {
		if t.lemma(a) == "be" && t.Tokens[i].XPOS == "VBN" {
			return -1
		}
	}
	skips := 0
	for k := i - 1; k >= 0; k-- {
		switch t.Tokens[k].UPOS {
		case "ADV", "AUX", "PART":
			continue
		case "NOUN", "PROPN", "PRON":
		default:
			if ms.at[k] == nil {
				// A mention names an actor whatever its tag
				// ("Pyongyang" taken for a verb).
				return -1
			}
		}
		if cs := t.Child(k, "case"); cs >= 0 && cs < k && (ms.at[k] == nil || ms.at[k].Code == "") && t.realPrep(k) != "" && skips < 2 {
			// "Pyongyang on Thursday fired", "Palestinian police in
			// Jericho confiscated": skip a prepositional phrase that
			// names no coded actor.
			skips++
			k = cs
			continue
		}
		if ms.at[k] == nil || t.realPrep(k) != "" {
			return -1
		}
		// A modifier of a noun after the verb ("Russian police arrested
		// students" parsed as a compound of "students") is the subject
		// the parser lost; a modifier of a noun before it is not.
		if t.RelIs(k, "nmod:poss", "compound", "flat", "amod") && t.Heads[k] <= i {
			return -1
		}
		// "troops deployed to X": a participle modifying the noun before
		// it is passive, unless it has an object of its own ("forces
		// launched artillery fire").
		if t.Heads[i] == k && t.Tokens[i].XPOS == "VBN" && t.Child(i, "obj") < 0 && !t.lostMainVerb(i) {
			return -1
		}
		return k
	}
	return -1
}

// leftActors returns the actors of the phrase headed by k, with the
// conjuncts coordinated with it that come before position end ("Israeli
// helicopters and tanks shelled ...").
func (mi *mentionIndex) leftActors(k, end int) []*doc.Mention {
	t := mi.t
	for t.RelIs(k, "conj") && t.Heads[k] >= 0 && t.Heads[k] < k {
		k = t.Heads[k]
	}
	heads := []int{k}
	for _, c := range t.Children(k, "conj") {
		if c < end {
			heads = append(heads, c)
		}
	}
	var out []*doc.Mention
	for _, h := range heads {
		if m := mi.at[h]; m != nil && !slices.Contains(out, m) {
			out = append(out, mi.refine(h, m))
		}
	}
	return out
}

// unattributedRoot reports whether events with code may be kept without a
// source: assaults, fights and mass violence (CAMEO 18, 19, 20).
func unattributedRoot(code string) bool {
	return strings.HasPrefix(code, "18") || strings.HasPrefix(code, "19") || strings.HasPrefix(code, "20")
}

// unnamedPerpetrator reports whether verb i leaves its perpetrator
// unnamed rather than naming something else as its subject: a passive
// ("were killed"), or a verb whose subject is an attack or a weapon ("a
// roadside bombing killed", "an explosion wounded"), not "the tension
// surrounding X". Event nouns ("the war against X") do not qualify: too
// many are background, not events.
func (c *Coder) unnamedPerpetrator(t *tree, i int) bool {
	if t.isPassive(i) || t.Child(i, "aux:pass") >= 0 {
		return true
	}
	v := i
	if t.Child(i, "nsubj") < 0 && t.RelIs(i, "advcl", "acl") && t.Tokens[i].XPOS == "VBG" {
		// "A car bomb exploded near a police station, killing five
		// people": the participle's subject is its clause's.
		for x, n := t.Heads[i], 0; x >= 0 && n < 3; x, n = t.Heads[x], n+1 {
			if t.Tokens[x].UPOS == "VERB" {
				v = x
				break
			}
		}
	}
	for _, s := range t.Children(v, "nsubj") {
		l := t.lemma(s)
		if t.Tokens[s].UPOS == "NOUN" && (len(c.dict.byNoun[l]) > 0 || slices.Contains(c.dict.Sets["&WEAPON"], l) || slices.Contains(c.dict.Sets["&EXPLOSIVE"], l)) {
			return true
		}
	}
	return false
}

// mostSpecific drops the actors whose code another actor of ms refines
// (DAG beside DAGGOV).
func mostSpecific(ms []*doc.Mention) []*doc.Mention {
	var out []*doc.Mention
	for _, m := range ms {
		refined := false
		for _, o := range ms {
			if o != m && m.Code != "" && len(o.Code) > len(m.Code) && strings.HasPrefix(o.Code, m.Code) {
				refined = true
			}
		}
		if !refined {
			out = append(out, m)
		}
	}
	return out
}

// stateAction reports whether code is an act only a state does: arrest
// and detention (173), expulsion (174), investigation (09).
func stateAction(code string) bool {
	return strings.HasPrefix(code, "173") || strings.HasPrefix(code, "174") || strings.HasPrefix(code, "09")
}

// placeDomestic gives the bare agents of a domestic sector (see
// actorcode.Domestic) the dateline's country.
func placeDomestic(ms []*doc.Mention, country string) []*doc.Mention {
	return recode(ms, func(m *doc.Mention) bool {
		return actorcode.Domestic(m.Sector) && placeIn(m, country)
	})
}

// protestPlaces drops from the targets ms of a protest (CAMEO 14) found
// in the phrase at k the cities standing for their government: "took to
// the streets of Tel Aviv", "rallied in Moscow" say where it happens,
// not whom it protests ("marched against Washington" or "to Moscow"
// do).
func (c *Coder) protestPlaces(t *tree, cd *candidate, k int, ms []*doc.Mention) []*doc.Mention {
	if !strings.HasPrefix(cd.code, "14") || c.dict.Lenient || t.prep(k) == "against" {
		return ms
	}
	return slices.DeleteFunc(ms, func(m *doc.Mention) bool {
		if m.Via != "metonym" {
			return false
		}
		h := t.spanHead(m.Span)
		if h < 0 {
			return false
		}
		switch t.prep(h) {
		case "in", "of", "across", "around", "through", "throughout":
			return true
		}
		return false // "marched to the capital", "on Moscow"
	})
}

// ownForces reports whether every recipient is a bare armed or police
// agent of no other country than the sources' ("its troops", "the
// country's nuclear forces").
func ownForces(src, tgt []*doc.Mention) bool {
	if len(tgt) == 0 || len(src) == 0 {
		return false
	}
	country := src[0].Country
	for _, m := range tgt {
		if m.Kind != "agent" || m.Sector != "MIL" && m.Sector != "COP" || m.Country != "" && m.Country != country {
			return false
		}
	}
	return true
}

// anotherState reports whether the recipients are state actors of one
// country other than every source's.
func anotherState(src, tgt []*doc.Mention) bool {
	if len(src) == 0 || len(tgt) == 0 {
		return false
	}
	country := tgt[0].Country
	for _, m := range tgt {
		if !stateActor(m) || m.Country == "" || m.Country != country {
			return false
		}
	}
	for _, m := range src {
		if m.Country == "" || m.Country == country {
			return false
		}
	}
	return true
}

// stateActor reports whether mention m is a state or one of its organs: a
// country or capital, or an actor of sector GOV, JUD, COP or MIL.
func stateActor(m *doc.Mention) bool {
	if m == nil {
		return false
	}
	switch m.Sector {
	case "GOV", "JUD", "COP", "MIL":
		return true
	}
	return m.Kind == "country"
}

// domesticCountry returns the one country of sources that are all of a
// domestic sector (actorcode.Domestic: parliament, opposition, courts,
// police, citizens ...) or a country's people named by a demonym noun
// ("Tens of thousands of Israelis protested against the government"), or
// "".
func domesticCountry(src []*doc.Mention) string {
	country := ""
	for _, m := range src {
		people := m.Via == "demonym" && m.Kind == "country" && m.Sector == ""
		if m.Country == "" || !actorcode.Domestic(m.Sector) && !people || country != "" && country != m.Country {
			return ""
		}
		country = m.Country
	}
	return country
}

// policeCountry returns the country of sources that police or judge
// their own people ("Police in Bangladesh arrested opposition
// supporters", "a Russian court jailed protesters", "the Taliban banned
// women"): the one country of sources of which one is police (COP) or a
// court (JUD), or a government (GOV) coercing (CAMEO 17, but for
// expulsions: the deported are most often foreigners), or "". Their bare
// domestic targets are of that country.
func policeCountry(src []*doc.Mention, code string) string {
	country, domestic := "", false
	for _, m := range src {
		if m.Country == "" {
			continue
		}
		if country != "" && country != m.Country {
			return ""
		}
		country = m.Country
		domestic = domestic || m.Sector == "COP" || m.Sector == "JUD" || m.Sector == "GOV" && strings.HasPrefix(code, "17") && !strings.HasPrefix(code, "174")
	}
	if !domestic {
		return ""
	}
	return country
}

// recode returns ms with each mention that change alters (on a copy it is
// given) replaced by that copy; ms itself and its mentions are left as
// they are, and ms is returned when nothing changes.
func recode(ms []*doc.Mention, change func(m *doc.Mention) bool) []*doc.Mention {
	out, cloned := ms, false
	for x, m := range ms {
		g := *m
		if !change(&g) {
			continue
		}
		if !cloned {
			out, cloned = slices.Clone(ms), true
		}
		out[x] = &g
	}
	return out
}

// placeIn gives bare agent m (a sector, no country) that country,
// reporting whether it could. A "foreign" agent ("a foreign government",
// "foreign troops") is by its own word not of the country around it.
func placeIn(m *doc.Mention, country string) bool {
	if m.Country != "" || m.Sector == "" || m.Code != m.Sector || foreignAgent(m) {
		return false
	}
	code, err := actorcode.Compose(country, m.Sector)
	if err != nil {
		return false
	}
	m.Code, m.Country = code, country
	return true
}

// capitalsAsCountries turns capitals standing for their government into
// their country: a strike near Tehran hits Iran (IRN), not its government.
func capitalsAsCountries(ms []*doc.Mention) []*doc.Mention {
	return recode(ms, func(m *doc.Mention) bool {
		if m.Via != "metonym" || m.Country == "" {
			return false
		}
		m.Code, m.Sector = m.Country, ""
		return true
	})
}

// placeNames codes the targets the KB does not know that the places layer
// resolved to a city or region by its country, as CAMEO codes places
// ("Russian troops shelled Kharkiv and Sumy": UKR, UKR). Sources are left
// alone: a city that acts ("Orlando attacks" parsed with a verb) is
// more often a misparse than a metonym.
func placeNames(d *doc.Doc, ms []*doc.Mention) []*doc.Mention {
	return recode(ms, func(m *doc.Mention) bool {
		if m.Code != "" || m.Via != "unknown" {
			return false
		}
		for _, p := range d.Places {
			if p.Span == m.Span && p.Country != "" {
				m.Code, m.Country, m.Kind = p.Country, p.Country, "country"
				return true
			}
		}
		return false
	})
}

// placeByCity gives actors with a sector but no country the country of a
// city or region they are "in" ("police in Lagos" NGACOP, "protesters in
// Basra" IRQOPP), as the places layer resolved it. Capitals and countries
// are actors already and placed by the actor recogniser.
func placeByCity(d *doc.Doc, t *tree, ms []*doc.Mention) []*doc.Mention {
	return recode(ms, func(m *doc.Mention) bool {
		h := t.spanHead(m.Span)
		if h < 0 {
			return false
		}
		for _, k := range t.Children(h, "nmod") {
			if t.prep(k) != "in" {
				continue
			}
			if c := cityCountry(d, t.Tokens[k].Span); c != "" {
				return placeIn(m, c)
			}
			return false
		}
		return false
	})
}

// civilianSectors are the sectors of bare victims whom the place of an
// attack gives a country: "a missile strike killed 12 people in
// Lorvale", "abducted 30 students from a school in Lorvale". Soldiers and
// officials are left out: those killed where they fight may be either
// side's.
var civilianSectors = map[string]bool{"CVL": true, "EDU": true, "HLH": true, "MED": true, "REL": true, "LAB": true, "AGR": true, "REF": true}

// crowdDoer returns the crowd that does gerund i when the parse hung i
// under governing verb h although it follows h's object with no comma
// and says what a crowd does (&CROWDACT): "fired tear gas to disperse
// workers demanding higher wages", "arrested protesters throwing
// stones". It returns -1 otherwise; "killed three soldiers using
// explosives" stays the killers' (soldiers are no crowd).
func (c *Coder) crowdDoer(t *tree, i, h int) int {
	if h < 0 || !t.RelIs(i, "advcl") || t.Tokens[i].XPOS != "VBG" || !c.lex.crowdAct[t.lemma(i)] || t.Child(i, "nsubj", "mark") >= 0 {
		return -1
	}
	o := t.Child(h, "obj")
	if o < 0 || o > i {
		return -1
	}
	if _, hi := t.Extent(o); hi != i-1 {
		return -1
	}
	if c.lex.crowdNoun[t.lemma(o)] {
		return o
	}
	for _, k := range t.Children(o, "nmod") {
		// "thousands of garment workers".
		if t.prep(k) == "of" && c.lex.crowdNoun[t.lemma(k)] {
			return k
		}
	}
	return -1
}

// crowdSectors are the sectors of bare crowds who act where they are:
// "Protesters set fire to an embassy in Baghdad" are IRQOPP.
var crowdSectors = map[string]bool{"OPP": true, "CVL": true, "EDU": true, "LAB": true, "AGR": true}

// placeByEvent gives the mentions of ms with one of the sectors and no
// country the country of the city or region that act i, its object or
// an oblique of it is "in" (the whole "in" phrase: "in Zamfara state").
func placeByEvent(d *doc.Doc, t *tree, i int, ms []*doc.Mention, sectors map[string]bool) []*doc.Mention {
	country := ""
	for _, x := range append([]int{i}, t.Children(i, "obj", "obl")...) {
		for _, k := range t.Children(x, "obl", "nmod") {
			if country == "" && t.prep(k) == "in" {
				country = cityCountry(d, t.Span(k))
			}
		}
	}
	if country == "" {
		return ms
	}
	return recode(ms, func(m *doc.Mention) bool {
		return sectors[m.Sector] && placeIn(m, country)
	})
}

// cityCountry returns the country of the first city or region (as the
// places layer resolved it) overlapping sp, or "".
func cityCountry(d *doc.Doc, sp doc.Span) string {
	for _, p := range d.Places {
		if p.Overlaps(sp) && p.Country != "" && (p.Kind == "city" || p.Kind == "admin1") {
			return p.Country
		}
	}
	return ""
}

// countryBody returns, for the one country the mentions belong to, an
// implied mention of its body with the sector ("JUD": its courts), empty
// at offset at (the text does not name it), or nil.
func countryBody(ms []*doc.Mention, sector string, at int) []*doc.Mention {
	if len(ms) != 1 || ms[0].Country == "" {
		return nil
	}
	c := ms[0].Country
	return []*doc.Mention{{Span: doc.Span{Start: at, End: at}, Code: c + sector, Country: c, Sector: sector, Kind: "agent", Via: "implied", Sentence: ms[0].Sentence, Antecedent: -1}}
}

// placeGovernment returns the body with the sector (GOV, JUD) of the
// country named by an "in X" modifier of verb i or of its oblique (X a
// country or its capital), or with from, by a "from X" one (expulsions),
// as a mention coded XGOV, XJUD, or nil.
func (c *Coder) placeGovernment(t *tree, ms *mentionIndex, i int, sector string, from bool) []*doc.Mention {
	cands := t.Children(i, "obl", "nmod")
	for _, o := range t.Children(i, "obl") {
		// "summoned to the foreign ministry in Beijing".
		cands = append(cands, t.Children(o, "nmod")...)
	}
	for _, k := range cands {
		// "deported from Russia": the country one is removed from.
		if p := t.prep(k); p != "in" && (p != "from" || !from) {
			continue
		}
		m := ms.at[k]
		if m == nil || m.Kind != "country" || m.Country == "" && len(m.Code) != 3 {
			continue
		}
		country := m.Country
		if country == "" {
			country = m.Code
		}
		g := *m
		g.Code, g.Country, g.Sector, g.Antecedent = country+sector, country, sector, -1
		return []*doc.Mention{&g}
	}
	return nil
}

// stateVerbs put their subject in the state an "on" or "under" phrase
// names: "remained on alert", "are on hunger strike".
var stateVerbs = map[string]bool{"remain": true, "stay": true, "be": true, "continue": true}

// rejectCode maps the code of a cooperative act announced as not to be
// done ("will not meet", "would not allow") to the CAMEO rejection of it:
// meetings 125, material cooperation 121, aid 122, yielding 124, other
// foreignAgent reports whether agent m is called foreign: "a foreign
// government", "foreign fighters"; a country's own foreign ministry,
// minister, office or affairs committee are not.
func foreignAgent(m *doc.Mention) bool {
	ws := strings.Fields(strings.ToLower(m.Text))
	for x, w := range ws {
		if w == "foreign" && (x+1 == len(ws) || !ownForeign[ws[x+1]]) {
			return true
		}
	}
	return false
}

// ownForeign are the words after "foreign" that name a country's own
// body or office for its dealings abroad.
var ownForeign = map[string]bool{"ministry": true, "minister": true, "ministers": true, "office": true, "secretary": true,
	"affairs": true, "service": true, "policy": true, "relations": true, "intelligence": true, "ministry's": true, "minister's": true}

// intents and support 120.
func rejectCode(code string) (string, bool) {
	if len(code) < 2 {
		return "", false
	}
	c, ok := map[string]string{"03": "120", "04": "125", "05": "120", "06": "121", "07": "122", "08": "124"}[code[:2]]
	return c, ok
}

// placeSpeakers gives speakers with a sector but no country ("Defence
// Minister Pierre Joxe": GOV) the country of the clause's own source
// when that names one country.
func placeSpeakers(sp, clause []*doc.Mention) []*doc.Mention {
	country := ""
	for _, m := range clause {
		switch {
		case m.Country == "":
		case country == "":
			country = m.Country
		case country != m.Country:
			return sp
		}
	}
	if country == "" {
		return sp
	}
	out := make([]*doc.Mention, 0, len(sp))
	for _, m := range sp {
		if m.Country != "" || m.Code == "" || m.Code != m.Sector || foreignAgent(m) {
			out = append(out, m)
			continue
		}
		code, err := actorcode.Compose(country, m.Sector)
		if err != nil {
			out = append(out, m)
			continue
		}
		p := *m
		p.Code, p.Country = code, country
		out = append(out, &p)
	}
	return out
}

// foreignSectors are the sectors of recipients that do not place an
// unplaced source in their country: refugees and armed men, often
// foreign to whoever acts on them ("hard-liners blocking Syrian
// refugees"), unlike officials, courts or voters ("a judge investigated
// Chilean officials"); and aid workers, most often abroad ("gunmen
// kidnapped a Kestrian aid worker"). So are diplomats (see diplomat).
var foreignSectors = map[string]bool{"REF": true, "MIL": true, "REB": true, "INS": true, "UAF": true, "SEP": true, "SPY": true, "DEV": true}

// diplomat reports whether mention m ends with a word of the &DIPLOMAT set
// ("the Chinese ambassador"): an envoy is foreign to the host who summons
// or expels it.
func diplomat(m *doc.Mention, words []string) bool {
	last := strings.ToLower(m.Text[strings.LastIndexByte(m.Text, ' ')+1:])
	return slices.Contains(words, last)
}

// judgingRoot reports whether code blames or rejects (CAMEO 11, 12).
// Support is left out: "supporting the war in Iraq" supports no Iraq.
func judgingRoot(code string) bool {
	return strings.HasPrefix(code, "11") || strings.HasPrefix(code, "12")
}

// eventCountry returns the country an event noun object of verb i
// happened in, by its "in" phrase naming a country ("condemned the coup
// in Gabon", "the violence in Lorania"), or nil. A city does not count:
// "the attack in a market" is no target.
func (c *Coder) eventCountry(t *tree, ms *mentionIndex, i int, src []*doc.Mention) []*doc.Mention {
	o := t.Child(i, "obj")
	if o < 0 || t.Tokens[o].UPOS != "NOUN" || !c.lex.situation[t.lemma(o)] && len(c.dict.byNoun[t.lemma(o)]) == 0 {
		return nil
	}
	// The "in" phrase of the object, or of the verb right after the
	// object ("condemned the coup in Gabon" with "in Gabon" hung under
	// "condemned").
	for _, n := range append(t.Children(o, "nmod"), t.Children(i, "obl")...) {
		if t.prep(n) != "in" || n < o {
			continue
		}
		if m := ms.at[n]; m != nil && m.Kind == "country" && m.Code != "" && m.Code == m.Country {
			return without([]*doc.Mention{m}, src)
		}
	}
	return nil
}

// forceClauseSubject returns the actors of the subject of an adverbial
// "when", "as" or "after" clause of passive verb i whose own verb is an
// act of force (a pattern of roots 18–20 matches it), or nil.
func (c *Coder) forceClauseSubject(t *tree, ms *mentionIndex, i int) []*doc.Mention {
	for _, k := range t.Children(i, "advcl") {
		m := t.Child(k, "mark")
		if m < 0 {
			m = t.Child(k, "advmod") // "when" parsed as an adverb
		}
		if m < 0 || m > k {
			continue
		}
		switch strings.ToLower(t.Tokens[m].Text) {
		case "when", "as", "after":
		default:
			continue
		}
		subj := t.Children(k, "nsubj")
		if len(subj) == 0 || len(ms.actors(subj)) == 0 {
			continue
		}
		for _, tr := range c.lookup(t, k) {
			if kcd := c.match(t, ms, k, tr.group); kcd != nil && unattributedRoot(kcd.code) {
				return ms.actors(subj)
			}
		}
	}
	return nil
}

// topicPlace reports whether sp is the "in" phrase of a situation noun
// (&SITUATION: "discussed the war in Ukraine", "the crisis in Sudan"):
// what is talked about, not where the talkers are.
func (c *Coder) topicPlace(t *tree, sp doc.Span) bool {
	k := t.spanHead(sp)
	if k < 0 || !t.RelIs(k, "nmod") {
		return false
	}
	h := t.Heads[k]
	return h >= 0 && c.lex.situation[t.lemma(h)]
}

// sentenceCountries returns the mentions of sentence s that place an actor
// in a country, demonym modifiers included. Regions and pronouns do not
// count, nor does a country name inside a longer proper name ("a New Jersey
// company"), nor a country or capital among the recipients or after the
// trigger but not where the event happens ("leaders expressed outrage over
// North Korea's gambit": the leaders are not North Korea's; "a curfew in
// Algeria": Algeria's; not "the war in Lorania", topicPlace).
func (c *Coder) sentenceCountries(d *doc.Doc, t *tree, s, trigger int, recipients []*doc.Mention) []*doc.Mention {
	var out []*doc.Mention
	for k := range d.Actors {
		m := &d.Actors[k]
		if m.Sentence != s || m.Country == "" || m.Via == "nonactor" || m.Via == "coref" || m.Kind == "region" || actorcode.Multinational(m.Code) ||
			m.Kind == "org" && m.Sector == "MED" {
			// A multinational's home country places no one else
			// ("terrorists used Twitter" are not American), nor does a
			// news organisation's ("Iraqi officials told Reuters").
			continue
		}
		if (m.Code == m.Country || m.Kind == "country") && (m.Start > trigger && (!t.locative(m.Span) || c.topicPlace(t, m.Span)) || slices.ContainsFunc(recipients, func(r *doc.Mention) bool { return r.Span == m.Span })) {
			continue
		}
		if (foreignSectors[m.Sector] || diplomat(m, c.dict.Sets["&DIPLOMAT"])) && slices.ContainsFunc(recipients, func(r *doc.Mention) bool {
			return r.Overlaps(m.Span) || m.Code != "" && m.Start > trigger && len(r.Code) > len(m.Code) && strings.HasPrefix(r.Code, m.Code)
		}) {
			// "hard-liners were blocking Syrian refugees": refugees or
			// armed men an actor acts on are often foreign to it, and
			// so are the armed groups whose members it acts on
			// ("soldiers killed a commander of the Islamic State
			// group"); a country's officials, voters or parties are
			// most often dealt with by its own people.
			continue
		}
		if !t.inLongerName(m.Span) {
			out = append(out, m)
		}
	}
	return out
}
