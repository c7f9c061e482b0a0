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
		if d := t.Child(a, "det"); d >= 0 && lex.negator[strings.ToLower(t.Tokens[d].Text)] {
			return true
		}
	}
	return false
}

// modality computes the modality of trigger i.
func (c *Coder) modality(t *tree, i int, cd *candidate) doc.Modality {
	var m doc.Modality
	lex := c.lex
	if !cd.negUsed && negated(t, i, lex) {
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
			case "if", "unless", "whether", "without", "lest":
				m.Hypothetical = true
			case "until":
				// "would keep fighting until the army accepted his
				// terms": a condition of what will or would be.
				if h := t.Heads[x]; h >= 0 && t.RelIs(x, "advcl") && modalFuture(t, h) {
					m.Hypothetical = true
				}
			}
		}
		if !t.RelIs(x, "xcomp", "conj", "advcl") {
			break
		}
		if t.RelIs(x, "advcl") {
			break
		}
	}
	// An act a noun proposes, aims at or demands ("efforts to end the
	// fighting", "a plan to rebuild Gaza", "an ultimatum to halt
	// attacks"): an infinitive under a noun, or a conjunct of one, is not
	// done. (Purpose clauses of verbs, "took the stage to rally
	// Democrats", mostly are, and stay as they are.)
	x := c.clauseOf(t, i)
	for t.RelIs(x, "conj") && t.Heads[x] >= 0 {
		x = t.Heads[x]
	}
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
	}
	return m
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
		return c.lex.deny[t.lemma(h)]
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
		if t.hasChildLemma(x, []string{"if", "unless"}, "mark") >= 0 {
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
			return c.lex.claimVerb[t.lemma(h)]
		case t.Tokens[x].DepRel == "acl:relcl" && t.Tokens[h].UPOS == "NOUN" && c.lex.doubtNoun[t.lemma(h)]:
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
			return c.lex.doubtNoun[t.lemma(h)] && t.hasChildLemma(x, []string{"that"}, "mark") >= 0
		case t.RelIs(x, "ccomp", "acl", "acl:relcl", "advcl", "parataxis", "csubj", "root"):
			return false
		}
	}
	return false
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
