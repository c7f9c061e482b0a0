package coder

import (
	"strings"

	"github.com/petrel-events/petrel/doc"
)

// negated reports whether verb or noun i is negated: "did not attack",
// "never agreed", "no decision was made", "no attack".
func negated(t *tree, i int, lex lexicon) bool {
	for _, k := range t.Kids[i] {
		if t.RelIs(k, "advmod", "neg", "det", "aux") && lex.negator[strings.ToLower(t.Tokens[k].Text)] {
			return true
		}
	}
	// "No decisions have been made": a negative determiner on the subject
	// or object.
	for _, a := range t.Children(i, "nsubj", "obj") {
		if negativeNominal(t, a, lex) {
			return true
		}
	}
	return false
}

// negativeNominal reports whether nominal a is negated by a determiner:
// "no troops".
func negativeNominal(t *tree, a int, lex lexicon) bool {
	d := t.Child(a, "det")
	return d >= 0 && lex.negator[strings.ToLower(t.Tokens[d].Text)]
}

// neitherSubject reports whether a subject of verb i is a "neither ...
// nor" pair: "Neither Kestria nor Lorania condemned the test". (PETRARCH
// codes such verbs as if affirmed; its dictionaries keep that.)
func neitherSubject(t *tree, i int) bool {
	for _, a := range t.Children(i, "nsubj", "nsubj:pass") {
		if t.hasChildLemma(a, []string{"neither"}, "cc:preconj") >= 0 {
			return true
		}
	}
	return false
}

// lostSubject returns the noun the parser made verb i modify when that
// noun is in truth i's subject, or -1: "No Israeli jets struck Gaza, the
// army said" with "struck" a modifier of "jets" (lostMainVerb), and "X
// said Russian forces shelled Kharkiv" with "shelled" a participle of the
// speech verb's object (speechObject).
func (c *Coder) lostSubject(t *tree, i int) int {
	if t.lostMainVerb(i) {
		return t.Heads[i]
	}
	if n, _ := c.speechObject(t, i); n >= 0 {
		return n
	}
	return -1
}

// speechObject reports whether verb i, a past form without auxiliary or
// subject, is the verb of a clause reported by a speech verb whose object
// (or noun complement) the parser took its subject for: "Kyiv said Russian
// forces shelled Kharkiv" ("shelled" a participle of "forces"), "the
// groups said the police tortured detainees" ("tortured" an adjective of
// "detainees"). It returns that noun and the speech verb, or -1, -1. The
// noun must end right before the verb, and the verb have an object of its
// own (or be the modifier of the noun right after it), never a "by" agent.
func (c *Coder) speechObject(t *tree, i int) (noun, verb int) {
	if x := t.Tokens[i].XPOS; i == 0 || x != "VBD" && x != "VBN" || t.Child(i, "aux", "aux:pass", "nsubj", "nsubj:pass") >= 0 {
		return -1, -1
	}
	n := i - 1
	if up := t.Tokens[n].UPOS; up != "NOUN" && up != "PROPN" || !t.RelIs(n, "obj", "ccomp") {
		return -1, -1
	}
	v := t.Heads[n]
	if v < 0 || v > n || t.Tokens[v].UPOS != "VERB" || !c.lex.speech[t.lemma(v)] {
		return -1, -1
	}
	switch h := t.Heads[i]; {
	case t.RelIs(i, "acl") && h == n && t.Child(i, "obj") >= 0:
	case t.RelIs(i, "amod") && h > i && h <= i+3 && t.Heads[h] >= 0 && (t.Heads[h] == n || t.Heads[t.Heads[h]] == n):
		// The adjective of a noun shortly after it ("used chemical
		// weapons"), the noun hung under the speech verb's object.
		for k := i + 1; k < h; k++ {
			if up := t.Tokens[k].UPOS; up != "ADJ" && up != "NOUN" && up != "NUM" && up != "DET" {
				return -1, -1
			}
		}
	default:
		return -1, -1
	}
	for _, k := range t.Children(i, "obl:agent", "obl") {
		if t.prep(k) == "by" {
			return -1, -1
		}
	}
	return n, v
}

// modality computes the modality of trigger i.
func (c *Coder) modality(t *tree, i int, cd *candidate) doc.Modality {
	var m doc.Modality
	lex := c.lex
	if !cd.negUsed && (negated(t, i, lex) || !c.dict.Lenient && neitherSubject(t, i)) {
		m.Negated = true
	}
	if n := c.lostSubject(t, i); n >= 0 && !cd.negUsed && negativeNominal(t, n, lex) {
		// "No Israeli jets struck Gaza, the army said" with "struck" a
		// modifier of "jets": the negated noun is the subject.
		m.Negated = true
	}
	// An event noun carried by a light verb takes the verb's modality:
	// "did not launch an attack", "would escalate the war".
	if h := t.Heads[i]; t.Tokens[i].UPOS == "NOUN" && h >= 0 && t.RelIs(i, "obj", "nsubj:pass") && lex.light[t.lemma(h)] {
		if negated(t, h, lex) {
			m.Negated = true
		}
		i = h
	}
	c.auxModality(t, i, &m)
	// "The rebels reportedly executed 12 civilians": told by others;
	// "allegedly": alleged, not established.
	if c.allegedlyAdverb(t, i) {
		m.Reported, m.Hypothetical = true, true
	}
	for _, k := range t.Children(i, "advmod") {
		if lex.hearsay[strings.ToLower(t.Tokens[k].Text)] {
			m.Reported = true
		}
	}
	if h := t.Heads[i]; t.Tokens[i].UPOS == "NOUN" && h >= 0 && t.RelIs(i, "obj") && t.Tokens[h].UPOS == "VERB" &&
		lex.unissued[t.lemma(h)] && !lex.light[t.lemma(h)] && !negated(t, h, lex) {
		// "Hungary vetoed the aid package for Ukraine", "blocked a
		// deal": the act an event noun names was kept from happening.
		m.Negated = true
	}
	if h := t.Heads[i]; t.Tokens[i].UPOS == "NOUN" && h >= 0 && t.RelIs(i, "obj") && t.Tokens[h].UPOS == "VERB" && lex.demandObject[t.lemma(h)] {
		// "protesters demanding the prime minister's resignation",
		// "sought the release of ...": asked for, not done.
		m.Hypothetical = true
	}
	if c.prevented(t, i) {
		// "blocked lawyers from visiting him": not done.
		m.Negated = true
	}
	if c.denied(t, i) {
		// "denied that its forces used chemical weapons": not done, by
		// the speaker's word.
		m.Negated = true
	}
	if c.warnedAgainst(t, i) {
		// "warned Ukraine against shelling the plant": not done.
		m.Hypothetical = true
	}
	if c.objectRequest(t, i) {
		m.Hypothetical = true
	}
	if c.mandated(t, i) {
		// "proposed that Kestria and Lorania meet": to be done.
		m.Hypothetical = true
	}
	if c.refrained(t, i) {
		// "refrained from criticizing X", "stopped short of invading
		// X": not done.
		m.Negated = true
	}
	// Walk up the clause chain: a negated, future or hypothetical governor
	// ("did not agree to withdraw", "plans to attack", "if X attacks",
	// "without provoking") qualifies the event.
	if c.alleged(t, i) {
		m.Hypothetical = true
	}
	if c.doubted(t, i) && !c.denied(t, i) {
		// A denied claim is negated, not merely doubted.
		m.Hypothetical = true
	}
	t.Ancestors(i, func(a, via int) bool {
		if c.requestComplement(t, a, via) {
			// "called on X to stop", "urged Y to withdraw": asked for,
			// not done.
			m.Hypothetical = true
		}
		switch {
		case t.RelIs(via, "xcomp"):
			if negated(t, a, lex) && !(cd.negGov && via == i) {
				m.Negated = !m.Negated
			}
			if lex.refusal[t.lemma(a)] {
				// "refused to deploy troops": not done.
				m.Negated = !m.Negated
			}
			if l := t.lemma(a); (l == "have" || l == "be") && t.hasChildLemma(a, []string{"yet"}, "advmod") >= 0 {
				// "has yet to recognize X", "is yet to pay": not
				// done so far.
				m.Negated = !m.Negated
			}
			if t.lemma(a) == "go" && t.Tokens[a].XPOS == "VBG" && t.Child(a, "aux") >= 0 && t.toComplement(via) {
				// "is going to hold exercises".
				m.Future = true
			}
			if lex.future[t.lemma(a)] && !(lex.attempt[t.lemma(a)] && t.Tokens[a].XPOS == "VBD") {
				if t.Child(a, "aux:pass") >= 0 && lex.forecast[t.lemma(a)] || t.Child(a, "obj") >= 0 && (lex.forecast[t.lemma(a)] || lex.wish[t.lemma(a)]) {
					// "China is expected to announce sanctions",
					// "they don't expect him to back her", "Kestria
					// wants Lorania to withdraw": others' forecast or
					// wish, not the subject's intent (nor, negated, a
					// refusal).
					m.Hypothetical = true
				} else {
					m.Future = true
				}
			}
			if lex.hypo[t.lemma(a)] {
				m.Hypothetical = true
			}
			c.auxModality(t, a, &m)
			return true
		case t.RelIs(via, "conj"):
			return true
		}
		return false
	})
	if g := c.messageGovernor(t, i); g >= 0 && c.undone(t, g) {
		// "failed to adopt a resolution demanding a ceasefire": the
		// message was never issued.
		m.Negated = !m.Negated
	}
	// Conditional and purpose clauses.
	for x := i; x >= 0; x = t.Heads[x] {
		for _, mk := range t.Children(x, "mark") {
			switch strings.ToLower(t.Tokens[mk].Text) {
			case "if", "unless", "lest":
				m.Hypothetical = true
			case "whether":
				// "whether Moscow will retaliate": asked, not
				// announced.
				m.Hypothetical, m.Future = true, false
			case "without":
				// "withdrew without attacking the rebels": not done.
				m.Negated = true
			case "until":
				// "would keep fighting until the army accepted his
				// terms": a condition of what will or would be.
				if h := t.Heads[x]; h >= 0 && t.RelIs(x, "advcl") && modalFuture(t, h) {
					m.Hypothetical = true
				}
			}
		}
		if invertedCondition(t, x) {
			// "Should Iran close the strait, ...".
			m.Hypothetical = true
		}
		if !t.RelIs(x, "xcomp", "conj", "advcl") {
			break
		}
		if t.RelIs(x, "advcl") {
			break
		}
	}
	if c.forecastClause(t, i) {
		// "Lebanon fears Israel will invade": another's fear or
		// forecast, not the actor's announced act.
		m.Hypothetical, m.Future = true, false
	}
	if c.claimedObject(t, i) {
		// "claimed rebels used chemical weapons" with "used" hung
		// under the object: asserted, not established.
		m.Hypothetical = true
	}
	// An act a noun proposes, aims at or demands ("efforts to end the
	// fighting", "a plan to rebuild Gaza", "an ultimatum to halt
	// attacks"): an infinitive under a noun, or a conjunct of one, is not
	// done. (Purpose clauses of verbs, "took the stage to rally
	// Democrats", mostly are, and stay as they are.)
	x := c.headClause(t, i)
	h := t.Heads[x]
	if h >= 0 && t.RelIs(x, "advcl") && t.Tokens[h].UPOS == "VERB" {
		// "criticised the president's refusal to condemn" with the
		// infinitive hung on the verb: the object right before it
		// (&INFNOUN) is what it belongs to.
		if o := t.Child(h, "obj"); o >= 0 && o < x && lex.infNoun[t.lemma(o)] && objectEndsBefore(t, o, x) {
			h = o
		}
	}
	if h >= 0 && t.Tokens[h].UPOS == "NOUN" && (t.RelIs(x, "acl") || h != t.Heads[x]) && t.hasChildLemma(x, []string{"to"}, "mark") >= 0 {
		g := t.Heads[h]
		switch l := t.lemma(h); {
		case t.hasChildLemma(h, []string{"no"}, "det") >= 0:
			// "Putin had no plans to meet Zelensky": not to be done.
			m.Negated = true
		case lex.refusalNoun[l]:
			// "his refusal to condemn the attack": not done.
			m.Negated = true
		case g >= 0 && t.RelIs(h, "obj") && lex.thwart[t.lemma(g)]:
			// "abandoned efforts to stop the parade", "rejected a plan
			// to annex": not done.
			m.Negated = true
		case !lex.realizedNoun[l]:
			m.Hypothetical = true
		}
	}
	// An event noun: "a potential attack", "a possible mission", "plans
	// for an attack".
	if t.Tokens[i].UPOS == "NOUN" {
		for _, a := range t.Children(i, "amod") {
			if lex.hypo[t.lemma(a)] {
				m.Hypothetical = true
			}
		}
		if t.hasChildLemma(i, []string{"any"}, "det") >= 0 {
			// "any Kestrian strike would be met with force": no
			// one act.
			m.Hypothetical = true
		}
	}
	if yesNoQuestion(t, c.clauseOf(t, i)) {
		// "Will Kestria attack Lorania?", "Is Kestria preparing to
		// invade?": asked, not told, nor announced.
		m.Hypothetical, m.Future = true, false
	}
	return m
}

// refrained reports whether gerund i is what its subject holds back from:
// the "from" gerund of an &REFRAIN verb ("refrained from criticizing X",
// "abstained from voting") or the "of" gerund of "short" ("stopped short
// of invading", "fell short of condemning").
func (c *Coder) refrained(t *tree, i int) bool {
	if g := t.gerundGovernor(i, "from"); g >= 0 && c.lex.refrain[t.lemma(g)] {
		return true
	}
	h := t.Heads[i]
	return h >= 0 && t.Tokens[i].XPOS == "VBG" && t.RelIs(i, "advcl", "acl") && t.lemma(h) == "short" &&
		t.hasChildLemma(i, []string{"of"}, "mark") >= 0
}

// allegedlyAdverb reports whether verb i carries an adverb of allegation
// (&ALLEGEDLY: "the army allegedly tortured detainees"): the act is
// reported and unestablished, never an announced intent.
func (c *Coder) allegedlyAdverb(t *tree, i int) bool {
	for _, k := range t.Children(i, "advmod") {
		if c.lex.alleged[strings.ToLower(t.Tokens[k].Text)] {
			return true
		}
	}
	return false
}

// denied reports whether event i is what a verb of denial (&DENY)
// denies: its "that" clause ("denied that troops fired on protesters") or
// the clause of a claim noun (&CLAIMNOUN) it rejects ("rejected claims
// that troops fired"). Conjuncts share their first verb's denial.
func (c *Coder) denied(t *tree, i int) bool {
	for t.RelIs(i, "conj") && t.Heads[i] >= 0 {
		i = t.Heads[i]
	}
	h := t.Heads[i]
	if h < 0 {
		return false
	}
	if t.RelIs(i, "ccomp") && t.Tokens[h].UPOS == "VERB" {
		// "did not deny that its forces fired": no denial.
		return c.lex.deny[t.lemma(h)] && !negated(t, h, c.lex)
	}
	if t.RelIs(i, "acl", "ccomp") && t.Tokens[h].UPOS == "NOUN" && c.lex.claimNoun[t.lemma(h)] && t.RelIs(h, "obj") && t.Heads[h] >= 0 {
		return c.lex.deny[t.lemma(t.Heads[h])]
	}
	return false
}

// objectEndsBefore reports whether the phrase of object o ends right
// before the "to" of infinitive x.
func objectEndsBefore(t *tree, o, x int) bool {
	_, hi := t.Extent(o)
	return hi+1 < len(t.Tokens) && t.hasChildLemma(x, []string{"to"}, "mark") == hi+1
}

// modalFuture reports whether verb h, or a verb it is the open complement
// of ("would keep fighting"), has "will", "would", "shall" or another
// modal among its auxiliaries.
func modalFuture(t *tree, h int) bool {
	for ; h >= 0; h = t.Heads[h] {
		for _, a := range t.Children(h, "aux") {
			if t.Tokens[a].XPOS == "MD" {
				return true
			}
		}
		if !t.RelIs(h, "xcomp") {
			return false
		}
	}
	return false
}

// conditional reports whether event i lies in a condition ("if X
// attacks", "unless X withdraws"): a premise, never an announced act.
func conditional(t *tree, i int) bool {
	for x := i; x >= 0; x = t.Heads[x] {
		if t.hasChildLemma(x, []string{"if", "unless", "whether"}, "mark") >= 0 || invertedCondition(t, x) {
			return true
		}
		if h := t.Heads[x]; h >= 0 && t.RelIs(x, "advcl") && t.hasChildLemma(x, []string{"until"}, "mark") >= 0 && modalFuture(t, h) {
			// "would keep fighting until the army accepted his terms".
			return true
		}
		if !t.RelIs(x, "xcomp", "conj") {
			return false
		}
	}
	return false
}

// requestComplement reports whether via is what request word a asks
// for: the to-complement of a request verb ("urged X to withdraw") or the
// to-infinitive of a request noun ("the Russian request to meet").
func (c *Coder) requestComplement(t *tree, a, via int) bool {
	if !c.lex.request[t.lemma(a)] {
		return false
	}
	return t.toComplement(via) || t.RelIs(via, "acl") && t.Tokens[a].UPOS == "NOUN" && t.hasChildLemma(via, []string{"to"}, "mark") >= 0
}

// objectRequest reports whether verb i is a to-infinitive the parser hung
// under the object of a request verb instead of under the verb ("urges the
// government to repeal the law" with "repeal" an acl of "government").
func (c *Coder) objectRequest(t *tree, i int) bool {
	if !t.RelIs(i, "acl") || t.hasChildLemma(i, []string{"to"}, "mark") < 0 {
		return false
	}
	o := t.Heads[i]
	if o < 0 || !t.RelIs(o, "obj", "iobj") || t.Heads[o] < 0 {
		return false
	}
	return c.lex.request[t.lemma(t.Heads[o])]
}

// requested reports whether event i is the complement of a request verb
// ("urged X to withdraw"): asked of its subject, not announced by it.
func (c *Coder) requested(t *tree, i int) bool {
	if c.objectRequest(t, i) {
		return true
	}
	found := false
	t.Ancestors(i, func(a, via int) bool {
		if c.requestComplement(t, a, via) {
			found = true
			return false
		}
		return t.toComplement(via) || t.RelIs(via, "conj")
	})
	return found
}

// auxModality reads the auxiliaries of verb i: will/shall → future;
// would/could/might/may/should → hypothetical; "going to" → future.
func (c *Coder) auxModality(t *tree, i int, m *doc.Modality) {
	for _, a := range t.Children(i, "aux") {
		// "he’ll", with a typographic apostrophe, is "he'll".
		switch w := strings.ReplaceAll(strings.ToLower(t.Tokens[a].Text), "’", "'"); w {
		case "will", "shall", "'ll", "wo":
			m.Future = true
		case "would", "could", "might", "may", "should", "'d", "can", "ca":
			m.Hypothetical = true
		}
	}
}

// habitual reports whether verb i states a habit in the present tense
// ("Kestria regularly violates our airspace", "he often criticizes the
// press"): an &HABITUAL adverb on a present-tense verb describes what
// someone does in general, not an act that happened.
func (c *Coder) habitual(t *tree, i int) bool {
	if x := t.Tokens[i].XPOS; x != "VBZ" && x != "VBP" {
		return false
	}
	if t.hasChildLemma(i, c.dict.Sets["&HABITUAL"], "advmod") < 0 {
		return false
	}
	// Said by someone ("Vietnam always supports Russia, said the party
	// chief", which the parser may join as a conjunct or parataxis of the
	// verb), a habit is a stated stance and stays.
	// A conjunct of the speaker's own ("regularly incites violence and
	// has pledged to ...") is no such report: the reporting verb must
	// be a parataxis, or come after the verb with its subject after it
	// or lost by the parser.
	for _, k := range t.Children(i, "conj", "parataxis", "advcl") {
		if s := activeSubject(t, k); t.Tokens[k].UPOS == "VERB" && c.lex.speech[t.lemma(k)] && (t.RelIs(k, "parataxis") || k > i && (s < 0 || s > k)) {
			return false
		}
	}
	// Under a reporting verb, said or heard ("soldiers routinely beat up
	// detainees, a court martial was told").
	if h := t.Heads[i]; h >= 0 && t.Tokens[h].UPOS == "VERB" && c.lex.speech[t.lemma(h)] {
		return false
	}
	return true
}

// activeSubject returns the active subject (nsubj, not nsubj:pass) of
// verb k, or -1: the passive "a court martial was told" has none.
func activeSubject(t *tree, k int) int {
	for _, c := range t.Kids[k] {
		if t.Tokens[c].DepRel == "nsubj" {
			return c
		}
	}
	return -1
}

// alleged reports whether verb i is what someone is accused, suspected or
// blamed of or for (an &ALLEGE verb): "accused Azerbaijan of violating
// the ceasefire", with "violating" under the verb or under its object.
func (c *Coder) alleged(t *tree, i int) bool {
	if t.RelIs(i, "conj") && t.Heads[i] >= 0 {
		// "accused X of looting and shelling": the second gerund too.
		if h := t.Heads[i]; c.alleged(t, h) || c.strandedGerund(t, i) && c.lex.allege[t.lemma(h)] {
			return true
		}
	}
	if !t.RelIs(i, "advcl", "acl", "obl") || t.hasChildLemma(i, []string{"of", "for"}, "mark", "case") < 0 {
		return false
	}
	h := t.Heads[i]
	if h >= 0 && t.Tokens[h].UPOS == "NOUN" && c.lex.claimNoun[t.lemma(h)] {
		// "allegations of targeting civilians", "claims of
		// shelling the town": alleged, whoever makes them.
		return true
	}
	if h >= 0 && t.RelIs(h, "obj") && t.Tokens[h].UPOS != "VERB" {
		h = t.Heads[h]
	}
	return h >= 0 && c.lex.allege[t.lemma(h)]
}

// doubted reports whether event i is told in the "that" clause of a verb
// of claim or allegation (&CLAIMVERB: "alleged that troops fired on the
// crowd", "claimed that Lorania was behind the bombing") or of a noun of
// claim or evidence (&DOUBTNOUN: "allegations that the militia looted",
// "evidence that Kestria attacked"): asserted, not established. The walk
// goes up from the trigger through its own clause (objects, obliques,
// conjuncts, open complements) and stops at the first other clause
// boundary, so "said that X attacked" after an allegation elsewhere in the
// sentence is not touched.
func (c *Coder) doubted(t *tree, i int) bool {
	i = c.clauseOf(t, i)
	if t.Tokens[i].UPOS == "NOUN" && !t.RelIs(i, "ccomp", "acl") {
		// An event noun the claimed clause names but does not assert
		// ("claimed he sought to retaliate for the drone strikes",
		// "chose to prioritize an ongoing investigation") is no part of
		// the claim; one that heads it ("claimed that X was behind the
		// bombing") or that a light verb carries is.
		return false
	}
	for x := i; x >= 0; x = t.Heads[x] {
		h := t.Heads[x]
		if h < 0 {
			return false
		}
		switch {
		case t.RelIs(x, "ccomp") && t.Tokens[h].UPOS == "VERB":
			// "has not confirmed that troops crossed the border"
			// (also "has not confirmed reports that ..." with the
			// clause hung under the verb): unconfirmed, a claim.
			return c.lex.claimVerb[t.lemma(h)] || c.lex.confirmVerb[t.lemma(h)] && negated(t, h, c.lex)
		case t.Tokens[x].DepRel == "acl:relcl" && t.Tokens[h].UPOS == "NOUN" && c.doubtNoun(t, h):
			// "evidence that Kestria attacked the convoy" parsed as a
			// relative clause: a "that" which is no subject, in a
			// clause whose object is another word, can be no relative
			// pronoun, so the clause is the noun's content.
			if t.hasChildLemma(x, []string{"that"}, "mark") >= 0 {
				return true
			}
			th := t.hasChildLemma(x, []string{"that"}, "obj", "obl", "obl:unmarked", "dep")
			o := t.Child(x, "obj")
			return th >= 0 && th < x && o >= 0 && o != th
		case t.RelIs(x, "acl", "ccomp") && t.Tokens[h].UPOS == "NOUN":
			return c.doubtNoun(t, h) && t.hasChildLemma(x, []string{"that"}, "mark") >= 0
		case t.RelIs(x, "ccomp", "acl", "acl:relcl", "advcl", "parataxis", "csubj", "root"):
			return false
		}
	}
	return false
}

// doubtNoun reports whether noun h makes its "that" clause a claim: a
// noun of claim or evidence (&DOUBTNOUN), or a report (&REPORTNOUN) that
// a negated verb of confirmation governs ("has not confirmed reports that
// jets bombed the village").
func (c *Coder) doubtNoun(t *tree, h int) bool {
	if c.lex.doubtNoun[t.lemma(h)] {
		return true
	}
	if !c.lex.reportNoun[t.lemma(h)] || !t.RelIs(h, "obj", "nsubj:pass") {
		return false
	}
	v := t.Heads[h]
	return v >= 0 && c.lex.confirmVerb[t.lemma(v)] && negated(t, v, c.lex)
}

// strandedGerund reports whether gerund i, a conjunct of a finite verb
// that holds its object answerable (&ANSWERABLE, &ALLEGE), with neither
// subject nor auxiliary of its own, continues an "of"/"for" phrase of
// that verb's object: "accused the RSF of looting hospitals and
// shelling residential areas" parsed with "looting" a noun and
// "shelling" a conjunct of "accused".
func (c *Coder) strandedGerund(t *tree, i int) bool {
	h := t.Heads[i]
	if h < 0 || !t.RelIs(i, "conj") || t.Tokens[i].XPOS != "VBG" || t.Child(i, "nsubj", "aux") >= 0 ||
		!c.lex.answerable[t.lemma(h)] && !c.lex.allege[t.lemma(h)] {
		return false
	}
	switch t.Tokens[h].XPOS {
	case "VBD", "VBZ", "VBP":
	default:
		return false
	}
	o := t.Child(h, "obj")
	if o < 0 || o > i {
		return false
	}
	for _, k := range t.Children(o, "nmod", "acl") {
		if k < i {
			if p := t.prep(k); p == "of" || p == "for" || t.hasChildLemma(k, []string{"of", "for"}, "mark") >= 0 {
				return true
			}
		}
	}
	return false
}

// prevented reports whether clause i is what a verb of prevention
// (&PREVENT: block, bar, prevent, stop ...) keeps its object from doing:
// "blocked lawyers from visiting him", "barred the team from entering".
func (c *Coder) prevented(t *tree, i int) bool {
	g := t.gerundGovernor(i, "from")
	return g >= 0 && c.lex.prevent[t.lemma(g)]
}

// warnedAgainst reports whether gerund i is what a verb of warning
// (&WARNAGAINST: warn, caution, advise ...) tells its object not to do:
// "warned Ukraine against shelling the plant".
func (c *Coder) warnedAgainst(t *tree, i int) bool {
	g := t.gerundGovernor(i, "against")
	return g >= 0 && c.lex.warnAgainst[t.lemma(g)]
}

// messageGovernor returns the verb whose &MESSAGE object (a resolution, a
// statement, a letter) says what participle i says: i modifies the
// object ("adopted a resolution demanding a ceasefire") or the parse hung
// it under the verb right after the object, with no comma. It returns -1
// otherwise.
func (c *Coder) messageGovernor(t *tree, i int) int {
	if t.Tokens[i].XPOS != "VBG" {
		return -1
	}
	h := t.Heads[i]
	if h < 0 {
		return -1
	}
	switch {
	case t.RelIs(i, "acl") && t.RelIs(h, "obj") && c.lex.message[t.lemma(h)]:
		if g := t.Heads[h]; g >= 0 && t.Tokens[g].UPOS == "VERB" {
			return g
		}
	case t.RelIs(i, "advcl"):
		if o := t.Child(h, "obj"); o >= 0 && o < i && c.lex.message[t.lemma(o)] {
			if _, hi := t.Extent(o); hi == i-1 {
				return h
			}
		}
	}
	return -1
}

// undone reports whether verb g did not happen by its own words or its
// governors' ("did not adopt", "failed to adopt", "refused to sign"), or
// keeps its message from being issued ("blocked", "vetoed").
func (c *Coder) undone(t *tree, g int) bool {
	neg := negated(t, g, c.lex)
	if c.lex.unissued[t.lemma(g)] {
		// "blocked a statement condemning X": never issued.
		neg = !neg
	}
	t.Ancestors(g, func(a, via int) bool {
		if !t.RelIs(via, "xcomp") {
			return false
		}
		if negated(t, a, c.lex) {
			neg = !neg
		}
		if c.lex.refusal[t.lemma(a)] {
			neg = !neg
		}
		return true
	})
	return neg
}

// headClause returns the clause of trigger i (clauseOf), or the first
// conjunct of a coordination it is a later conjunct of: the clause whose
// relation to its governor tells how the event is framed.
func (c *Coder) headClause(t *tree, i int) int {
	x := c.clauseOf(t, i)
	for t.RelIs(x, "conj") && t.Heads[x] >= 0 {
		x = t.Heads[x]
	}
	return x
}

// mandated reports whether event i is told in a subjunctive "that" clause
// of a verb of proposal or demand (&MANDATIVE): "proposed that Kestria and
// Lorania meet", "demanded that the army withdraw", "urged that talks
// should resume". The clause's verb must be in the base form, in a present
// form under a past-tense governor (the indicative would be past), or
// carry "should"; "insisted that Kestria attacked first" is a claim.
func (c *Coder) mandated(t *tree, i int) bool {
	x := c.headClause(t, i)
	h := t.Heads[x]
	if h < 0 || !t.RelIs(x, "ccomp") || t.Tokens[h].UPOS != "VERB" || !c.lex.mandative[t.lemma(h)] {
		return false
	}
	for _, a := range t.Children(x, "aux") {
		switch strings.ToLower(t.Tokens[a].Text) {
		case "should":
			return true
		default:
			return false // "demanded that X would", "has", "will"
		}
	}
	switch t.Tokens[x].XPOS {
	case "VB":
		return true
	case "VBP":
		return t.Tokens[h].XPOS == "VBD" || t.Tokens[h].XPOS == "VBN"
	case "VBD":
		// A base form the tagger took for a past ("demanded that
		// Saudi Arabia halt" with "halt" VBD): its lemma is its form.
		return !strings.HasSuffix(t.Tokens[x].Text, "ed") && strings.EqualFold(t.Tokens[x].Text, t.lemma(x))
	}
	return false
}

// yesNoQuestion reports whether verb x heads (or is joined to) the main
// clause of a yes-no question: the sentence ends with a question mark and
// an auxiliary comes before the subject, with no question word before it
// ("Will Kestria attack?", "Did the army fire on them?"). A question word
// ("Why did Kestria attack?") takes the act as given.
func yesNoQuestion(t *tree, x int) bool {
	for t.Heads[x] >= 0 && t.RelIs(x, "conj", "xcomp") {
		x = t.Heads[x]
	}
	if t.Heads[x] >= 0 {
		return false
	}
	q := false
	for k := len(t.Tokens) - 1; k >= 0 && t.Tokens[k].UPOS == "PUNCT"; k-- {
		if t.Tokens[k].Text == "?" {
			q = true
		}
	}
	if !q {
		return false
	}
	a, s := t.Child(x, "aux", "cop"), t.Child(x, "nsubj", "nsubj:pass")
	if a < 0 || s < 0 || a > s {
		return false
	}
	for k := 0; k < a; k++ {
		switch t.Tokens[k].XPOS {
		case "WDT", "WP", "WP$", "WRB":
			return false
		}
	}
	return true
}

// namedOtherSubject reports whether complement clause k of verb v has a
// proper-name subject of its own, another actor than v's: "NATO warned
// that Russia could invade Moldova" is no threat of NATO's to invade, so a
// pattern's `to VERB` element does not take "invade" in (PETRARCH
// dictionaries keep their reading).
func (c *Coder) namedOtherSubject(t *tree, v, k int) bool {
	if c.dict.Lenient || !t.RelIs(k, "ccomp") {
		return false
	}
	s := t.Child(k, "nsubj", "nsubj:pass")
	if s < 0 || t.Tokens[s].UPOS != "PROPN" {
		return false
	}
	for _, vs := range t.Children(v, "nsubj") {
		if t.lemma(vs) == t.lemma(s) {
			return false
		}
	}
	return true
}

// invertedCondition reports whether clause x is a condition written with
// its auxiliary first and no "if": "Should Iran close the strait, ...",
// "Were Kestria to attack, ...", "Had the army fired, ...". The
// auxiliary opens the sentence, before the subject, and the sentence is
// no question.
func invertedCondition(t *tree, x int) bool {
	a := t.Child(x, "aux", "cop")
	if a != 0 {
		return false
	}
	switch strings.ToLower(t.Tokens[a].Text) {
	case "should", "were", "had":
	default:
		return false
	}
	if s := t.Child(x, "nsubj", "nsubj:pass"); s < a {
		return false
	}
	for k := len(t.Tokens) - 1; k >= 0 && t.Tokens[k].UPOS == "PUNCT"; k-- {
		if t.Tokens[k].Text == "?" {
			return false
		}
	}
	return true
}

// forecastClause reports whether event i is told in the "that" clause of
// a verb of fear or forecast (&FEARVERB: "Lebanon fears Israel will
// invade", "analysts believe Kestria will strike") whose subject is
// named, not a pronoun, and is not the governor's own subject: the
// governor's expectation of another's act, not that act announced. So is
// the to-infinitive of an &HYPOTHETICAL adjective ("is unlikely to
// invade") or of a passive &FORECAST verb ("is expected to visit").
func (c *Coder) forecastClause(t *tree, i int) bool {
	x := c.headClause(t, i)
	h := t.Heads[x]
	if h >= 0 && t.toComplement(x) && (t.Tokens[h].UPOS == "ADJ" && c.lex.hypo[t.lemma(h)] ||
		t.Tokens[h].UPOS == "VERB" && c.lex.forecast[t.lemma(h)] && t.Child(h, "aux:pass") >= 0) {
		// "Beijing is unlikely to invade", "Xi is expected to visit
		// Paris": a forecast of the subject's act, not its plan.
		return true
	}
	if h >= 0 && t.RelIs(x, "csubj", "ccomp") && t.Tokens[h].UPOS == "ADJ" && c.lex.hypo[t.lemma(h)] {
		// "it was possible that the militants had received weapons",
		// "it is likely that Kestria will strike": judged possible.
		return true
	}
	if h < 0 || !t.RelIs(x, "ccomp") || t.Tokens[h].UPOS != "VERB" || !c.lex.fear[t.lemma(h)] {
		return false
	}
	s := t.Child(x, "nsubj", "nsubj:pass")
	if s < 0 || t.Tokens[s].UPOS == "PRON" {
		return false
	}
	for _, g := range t.Children(h, "nsubj") {
		if t.lemma(g) == t.lemma(s) {
			return false
		}
	}
	return true
}

// hasModal reports whether verb k has a modal auxiliary ("would respond").
func (t *tree) hasModal(k int) bool {
	for _, a := range t.Children(k, "aux") {
		if t.Tokens[a].XPOS == "MD" {
			return true
		}
	}
	return false
}

// claimedObject reports whether verb i is told by a verb of claim
// (&CLAIMVERB) that the parser took its subject for the object of
// (speechObject): "claimed rebels used chemical weapons".
func (c *Coder) claimedObject(t *tree, i int) bool {
	_, v := c.speechObject(t, i)
	return v >= 0 && c.lex.claimVerb[t.lemma(v)]
}
