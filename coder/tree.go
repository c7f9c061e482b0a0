package coder

import (
	"slices"
	"strings"
	"unicode"

	"github.com/petrel-events/petrel/doc"
)

// tree is the dependency tree of one sentence with the coder's helpers.
type tree struct {
	*doc.Tree
	// speech holds the lemmas of speech verbs (&SPEECH), for telling a
	// sentence's lost main verb ("X demonstrated ..., witnesses said").
	speech map[string]bool
	// stative holds the verbs whose participle after "be" is an
	// adjective of the subject's stance (&STATIVE: "X is opposed to Y").
	stative map[string]bool
	// headline holds the verbs a headline writes passive without "was"
	// (&HEADLINEPASSIVE: "Father arrested after ...").
	headline map[string]bool
	// opponent holds the nouns of people against someone (&OPPONENT:
	// "a critic of President Saied"): the one named in their phrase is
	// not who they are.
	opponent map[string]bool
	// speaksFor holds the agent nouns a "for" phrase owns (&SPEAKSFOR:
	// "a spokesman for the Taliban").
	speaksFor map[string]bool
	// vocab holds the dictionary's verbs and set words, for repairing
	// verb lemmas; lemmas caches lemma's answers.
	vocab  map[string]bool
	lemmas []string
	// memo caches answers once the repairs are done (see speed.go).
	memo memo
	// dateline is the country of the document's dateline city, or ""
	// (see doc.Doc.DatelinePlace).
	dateline string
}

func newTree(d *doc.Doc, s int) *tree { return &tree{Tree: d.Tree(s)} }

// rel returns the relation of token i, "nsubj:pass" etc.
func (t *tree) rel(i int) string { return t.Tokens[i].DepRel }

func (t *tree) lemma(i int) string {
	if t.lemmas == nil {
		t.lemmas = make([]string, len(t.Tokens))
	}
	if l := t.lemmas[i]; l != "" {
		return l
	}
	l := t.Tokens[i].Lemma
	if l == "" || l == t.Tokens[i].Text {
		l = t.Tokens[i].LowerText()
	} else {
		l = strings.ToLower(l)
	}
	if t.vocab != nil && t.Tokens[i].UPOS == "VERB" && !t.vocab[l] {
		// A verb lemma the dictionary does not know may be the
		// lemmatizer's error on a form the treebank lacked ("resumed"
		// → "resum"): a regular base form the dictionary knows wins.
		for _, b := range regularBases(t.Tokens[i].LowerText()) {
			if t.vocab[b] {
				l = b
				break
			}
		}
	}
	t.lemmas[i] = l
	return l
}

// hasChildLemma reports whether i has a child with one of the relations
// whose lemma is in words.
func (t *tree) hasChildLemma(i int, words []string, rels ...string) int {
	for _, k := range t.Children(i, rels...) {
		for _, w := range words {
			if t.lemma(k) == w || t.lower(k) == w {
				return k
			}
		}
	}
	return -1
}

// prepOf computes prep (see speed.go).
func (t *tree) prepOf(i int) string {
	var parts []string
	for _, k := range t.Kids[i] {
		if t.RelIs(k, "case") && k < i {
			parts = append(parts, strings.ToLower(t.Tokens[k].Text))
			for _, f := range t.Children(k, "fixed") {
				parts = append(parts, strings.ToLower(t.Tokens[f].Text))
			}
		}
	}
	return strings.Join(parts, " ")
}

// passiveOf reports whether verb i is in the passive voice: it has a
// passive auxiliary, or a passive subject and a "by" agent (a headline:
// "Ukraine attacked by Russia"). A passive subject with neither is a past
// tense the tagger took for a participle ("rebels surrendered"), which the
// coder treats as active. isPassive caches it (see speed.go).
func (t *tree) passiveOf(i int) bool {
	if t.stative[t.lemma(i)] && t.Tokens[i].XPOS == "VBN" && t.byAgent(i) < 0 {
		// "Israel is opposed to French mediation": a stance of the
		// subject, not a passive.
		return false
	}
	if t.Child(i, "aux:pass") >= 0 || t.headlinePassive(i) || t.reducedRelative(i) >= 0 {
		return true
	}
	if t.RelIs(i, "acl") && t.Tokens[i].XPOS == "VBN" && t.byAgent(i) >= 0 && !t.lostMainVerb(i) {
		// A participle with a "by" agent modifying a noun: "talks
		// mediated by China".
		return true
	}
	if t.Child(i, "nsubj:pass", "csubj:pass") < 0 {
		return false
	}
	for _, k := range t.Children(i, "obl:agent", "obl") {
		if t.prep(k) == "by" {
			return true
		}
	}
	// A reduced relative or participial clause ("troops deployed to X")
	// keeps its passive reading, unless it has an object of its own: then
	// it is a past tense the parser hung under its subject ("after Israeli
	// warplanes struck military sites").
	return t.Heads[i] >= 0 && t.RelIs(i, "acl", "advcl") && !t.lostMainVerb(i) && !t.activeParticiple(i)
}

// lostMainVerb reports whether participle i, attached as a modifier to the
// noun at the root of the sentence (or to a noun the parser hung under a
// later speech verb: "Thousands of Kurds demonstrated ..., witnesses
// said"), is really the sentence's main verb in
// the past tense: "Israeli tanks fired shells at X" parsed as "tanks
// [fired shells at X]", or "Albanians demonstrated on Tuesday". The
// sentence then has no verb of its own, and the participle has no
// auxiliary and no "by" agent.
//
// A past tense tagged VBD ("Sudan's army and the RSF agreed to a truce"
// with "agreed" under "RSF") is never a participle, so it needs no object.
func (t *tree) lostMainVerb(i int) bool {
	h := t.Heads[i]
	x := t.Tokens[i].XPOS
	if h < 0 || !t.RelIs(i, "acl") || x != "VBN" && x != "VBD" {
		return false
	}
	if t.Heads[h] >= 0 && !t.underLaterSpeech(h, i) && !t.rootNounModifier(h, i, x == "VBD") {
		return false
	}
	if up := t.Tokens[h].UPOS; up != "NOUN" && up != "PROPN" {
		return false
	}
	if t.Child(h, "cop", "aux") >= 0 || t.Child(i, "aux", "aux:pass") >= 0 {
		return false
	}
	for _, k := range t.Children(i, "obl:agent", "obl") {
		if t.prep(k) == "by" {
			return false // "soldiers killed by a bomb": a passive
		}
	}
	return true
}

// rootNounModifier reports whether noun h is a modifier ("of", "from")
// of the noun at the root of the sentence, and participle i, hung under h,
// has an object of its own or through a conjunct: "Doctors from two
// American aid groups donated and delivered goods to X" parsed as
// "groups [donated ...]". The sentence then has no verb of its own.
func (t *tree) rootNounModifier(h, i int, finite bool) bool {
	top := h
	for n := 0; t.Heads[top] >= 0 && n < 3; n++ {
		if !t.RelIs(top, "nmod", "conj") || t.Heads[top] > top {
			return false
		}
		// "X and a group of deputies held talks": a conjunct of the
		// root noun counts as the root.
		if p := t.prep(top); !t.RelIs(top, "conj") && p != "of" && p != "from" {
			return false
		}
		top = t.Heads[top]
	}
	if t.Heads[top] >= 0 || t.Child(top, "cop") >= 0 {
		return false
	}
	if finite || t.Child(i, "obj") >= 0 {
		return true
	}
	for _, k := range t.Children(i, "conj") {
		if t.Child(k, "obj") >= 0 {
			return true
		}
	}
	return false
}

// verbTaggedNoun reports whether noun i is a verb the tagger took for a
// noun ("Ethiopia departs from Libya", "Russia attacks Ukraine"): it has a
// subject before it, and neither a copula nor a determiner.
func (t *tree) verbTaggedNoun(i int) bool {
	if t.Tokens[i].UPOS != "NOUN" || t.Child(i, "cop", "det", "nmod:poss") >= 0 {
		return false
	}
	s := t.Child(i, "nsubj")
	return s >= 0 && s < i
}

// quantityPreps are words the parser takes for prepositions but that only
// count the noun after them: "up to 1,000 Turks began", "about 200
// supporters blocked".
var quantityPreps = map[string]bool{
	"up to": true, "about": true, "around": true, "over": true, "some": true, "nearly": true,
	"almost": true, "at least": true, "more than": true, "fewer than": true, "less than": true, "approximately": true,
}

// realPrep returns the preposition of nominal i, "" for none or for a
// mere quantity ("up to").
func (t *tree) realPrep(i int) string {
	p := t.prep(i)
	if quantityPreps[p] {
		return ""
	}
	return p
}

// headlinePassive reports whether verb i is a headline's passive written
// without "was" ("Father arrested after retrieving a gun", "Man charged
// with murder"): a &HEADLINEPASSIVE verb in the past, with no auxiliary,
// object or clausal complement, right after a subject that opens the
// sentence without a determiner.
func (t *tree) headlinePassive(i int) bool {
	x := t.Tokens[i].XPOS
	if !t.headline[t.lemma(i)] || x != "VBD" && x != "VBN" || t.Child(i, "aux", "aux:pass", "obj", "iobj", "ccomp", "xcomp", "conj") >= 0 {
		return false
	}
	s := t.Child(i, "nsubj")
	if s < 0 || t.Child(s, "det", "nmod:poss") >= 0 {
		return false
	}
	if lo, hi := t.Extent(s); lo == 0 && hi == i-1 && t.accusedOf(i) {
		// "Kestria accused of shelling border towns", "Kestria Accused
		// Of Covering Up Attack.": accuse, suspect, convict and charge
		// take an object before their "of"/"with"; without one the
		// subject is the accused, whatever its noun and stop.
		return true
	}
	// A singular common noun ("Man charged with murder."): "Rebels
	// attacked in the north" and "Russia attacked at dawn" are prose. In
	// a headline (no full stop) any noun or name: "Father arrested after
	// retrieving gun", with "Father" tagged NNP at the start.
	if x := t.Tokens[s].XPOS; x != "NN" && !(strings.HasPrefix(x, "NN") && t.unstopped()) {
		return false
	}
	lo, hi := t.Extent(s)
	return lo == 0 && hi == i-1
}

// accusedOf reports whether verb i (with no object) is accuse, suspect,
// convict or acquit with an "of" phrase, or charge with a "with" phrase.
func (t *tree) accusedOf(i int) bool {
	want := ""
	switch t.lemma(i) {
	case "accuse", "suspect", "convict", "acquit":
		want = "of"
	case "charge":
		want = "with"
	default:
		return false
	}
	for _, k := range t.Children(i, "obl", "nmod", "advcl") {
		if t.prep(k) == want {
			return true
		}
		if m := t.Child(k, "mark"); m >= 0 && t.lower(m) == want {
			return true
		}
	}
	return false
}

// unstopped reports whether the sentence ends without a full stop,
// question or exclamation mark, as headlines do.
func (t *tree) unstopped() bool {
	for k := len(t.Tokens) - 1; k >= 0; k-- {
		switch t.Tokens[k].Text {
		case ".", "!", "?":
			return false
		case "\"", "'", "”", "’", ")":
			continue
		}
		return true
	}
	return true
}

// reducedRelative returns the subject of participle i when the parser
// made a reduced relative a complement clause: "arrested two opposition
// leaders accused of plotting a coup" with "leaders" the subject of
// "accused" and "accused" a ccomp of "arrested". A past participle with
// no auxiliary has no active subject of its own, and the governing verb,
// no speech verb, lost its object to it. It returns -1 otherwise.
func (t *tree) reducedRelative(i int) int {
	h := t.Heads[i]
	if h < 0 || t.Tokens[i].XPOS != "VBN" || !t.RelIs(i, "ccomp") || t.Tokens[h].UPOS != "VERB" || t.speech[t.lemma(h)] {
		return -1
	}
	if t.Child(i, "aux", "aux:pass", "obj", "mark") >= 0 || t.Child(h, "obj") >= 0 {
		return -1
	}
	s := t.Child(i, "nsubj")
	if s < 0 || s < h {
		return -1
	}
	return s
}

// toComplement reports whether token i is an open complement of its head:
// an xcomp, or a to-infinitive the parser made an adverbial clause
// ("agreed in principle on Saturday to provide aid").
func (t *tree) toComplement(i int) bool {
	return t.RelIs(i, "xcomp") || t.RelIs(i, "advcl") && t.hasChildLemma(i, []string{"to"}, "mark") >= 0
}

// timeNouns are nouns that name a time, not a participant.
var timeNouns = map[string]bool{
	"monday": true, "tuesday": true, "wednesday": true, "thursday": true, "friday": true, "saturday": true, "sunday": true,
	"today": true, "yesterday": true, "tomorrow": true, "tonight": true, "week": true, "weekend": true, "month": true, "year": true,
	"morning": true, "afternoon": true, "evening": true, "night": true,
	"january": true, "february": true, "march": true, "april": true, "june": true, "july": true, "august": true,
	"september": true, "october": true, "november": true, "december": true,
}

// hyphenModifier reports whether token i is a participle joined by a
// hyphen to the word before it and standing before a noun phrase:
// "artillery-firing vehicles", "Kestrian-backed militias", "a US-led
// coalition". Such a compound describes the noun; it reports no act.
func (t *tree) hyphenModifier(i int) bool {
	if i < 2 || i+1 >= len(t.Tokens) || t.Tokens[i-1].XPOS != "HYPH" {
		return false
	}
	// Written as one word: not a dash between phrases ("argued - rebuking").
	w, h, p := t.Tokens[i-2], t.Tokens[i-1], t.Tokens[i]
	if w.End != h.Start || h.End != p.Start {
		return false
	}
	if x := p.XPOS; x != "VBG" && x != "VBN" && x != "JJ" {
		return false
	}
	// A noun, name, adjective or number before the hyphen; prefixes that
	// make new verbs ("out-", "re-", "co-", "counter-") are adverbs or
	// particles in the tags.
	switch w.UPOS {
	case "NOUN", "PROPN", "ADJ", "NUM":
	default:
		return false
	}
	switch t.Tokens[i+1].UPOS {
	case "NOUN", "PROPN", "ADJ":
		return true
	}
	return false
}

// naming reports whether verb i, of the &NAMING set ("call"), names its
// object ("called his actions a crucial step on gun violence", "called
// the vote a farce"): an object and a predicate noun or adjective, no
// appeal to anyone.
func (c *Coder) naming(t *tree, i int) bool {
	if !c.lex.naming[t.lemma(i)] || t.Tokens[i].UPOS != "VERB" || t.Child(i, "obj") < 0 {
		return false
	}
	if c.judges(t, i) {
		// "called the vote a sham": the name judges; the patterns'
		// &…PRED sets code it.
		return false
	}
	if len(t.Children(i, "obj")) > 1 || t.Child(i, "obl:unmarked") >= 0 {
		return true
	}
	if h := t.Heads[i]; h >= 0 && h < i && (t.RelIs(i, "acl") || t.RelIs(i, "acl:relcl") && t.Child(i, "nsubj") >= 0) {
		// "a plan called a tax", "what Republicans called a tax": the
		// noun before is the one named, the object its name.
		return true
	}
	if i > 0 && t.Heads[i-1] == i && t.RelIs(i-1, "nsubj") && t.Child(i, "aux") < 0 && indefinite[strings.ToLower(t.Tokens[i-1].Text)] {
		// "proposed something called a tax" parsed with "something" as
		// the subject of a finite "called".
		return true
	}
	x := t.Child(i, "xcomp")
	return x >= 0 && t.Tokens[x].UPOS != "VERB"
}

// indefinite pronouns that a naming participle follows ("something
// called a tax").
var indefinite = map[string]bool{"something": true, "anything": true, "nothing": true, "everything": true, "what": true}

// judges reports whether what verb i calls its object is a word of the
// &…PRED sets ("called the governor reckless").
func (c *Coder) judges(t *tree, i int) bool {
	b := &binding{t: t, c: c}
	for _, k := range b.predicatives(i) {
		if c.lex.judgement[t.lemma(k)] || c.lex.judgement[strings.ToLower(t.Tokens[k].Text)] {
			return true
		}
	}
	return false
}

// timeParticiple reports whether token i is a participle that bounds a
// time noun ("the fiscal year ending March 31", "the week ended Friday"):
// it dates, it does not act.
func (t *tree) timeParticiple(i int) bool {
	// A plain acl with no subject: "the day Graham endorsed Bush" is a
	// relative clause (acl:relcl) that reports an act.
	if x := t.Tokens[i].XPOS; x != "VBG" && x != "VBN" || t.Tokens[i].DepRel != "acl" || t.Child(i, "nsubj", "nsubj:pass") >= 0 {
		return false
	}
	h := t.Heads[i]
	return h >= 0 && h < i && t.isTimeNoun(h)
}

// isTimeNoun reports whether token i names a time ("Friday", "today").
func (t *tree) isTimeNoun(i int) bool {
	return timeNouns[t.lower(i)]
}

// linearObject returns the words of the noun phrase that follows verb i
// in the sentence, whatever the parse made of them: determiners,
// adjectives, numbers, nouns, possessives and hyphens ("lifted Friday a
// day-old blockade"), after the verb's particle if any. It is the fallback when the parse gives the verb no
// object.
func (t *tree) linearObject(i int) []int {
	var out []int
	for k := i + 1; k < len(t.Tokens) && k <= i+8; k++ {
		tok := t.Tokens[k]
		if k == i+1 && t.Heads[k] == i && t.RelIs(k, "compound:prt") {
			// The verb's particle ("shot down 30 drones").
			continue
		}
		switch tok.UPOS {
		case "DET", "ADJ", "NUM", "NOUN", "PROPN":
		case "PRON":
			if tok.XPOS != "PRP$" {
				return out
			}
		case "PUNCT":
			if tok.XPOS != "HYPH" {
				return out
			}
		case "PART":
			if tok.XPOS != "POS" {
				return out
			}
		case "ADV":
			if len(out) > 0 {
				return out
			}
		case "VERB":
			// A participle before a noun: "a planned visit".
			if x := tok.XPOS; (x != "VBN" && x != "VBG") || k+1 >= len(t.Tokens) || t.Tokens[k+1].UPOS != "NOUN" {
				return out
			}
		default:
			return out
		}
		out = append(out, k)
	}
	return out
}

// underLaterSpeech reports whether the first verb above noun h is a speech
// verb after position i: "Thousands of Kurds [demonstrated ...], witnesses
// said" with "Thousands" made a subject of "said".
func (t *tree) underLaterSpeech(h, i int) bool {
	for x, n := t.Heads[h], 0; x >= 0 && n < 4; x, n = t.Heads[x], n+1 {
		if t.Tokens[x].UPOS == "VERB" {
			return x > i && t.speech[t.lemma(x)]
		}
	}
	return false
}

// verbalAdjective reports whether adjective i is a past-tense verb the
// tagger took for an adjective: an -ed word right after a noun and before
// a determiner or number, where no adjective can stand ("guerrillas
// wounded two soldiers"), or after the perfect auxiliary "have" ("the
// president has conceded to demands").
func (t *tree) verbalAdjective(i int) bool {
	if t.Tokens[i].UPOS != "ADJ" || !strings.HasSuffix(t.Tokens[i].LowerText(), "ed") || i == 0 || i+1 >= len(t.Tokens) {
		return false
	}
	for _, a := range t.Children(i, "aux") {
		if t.lemma(a) == "have" {
			return true
		}
	}
	prev, next := t.Tokens[i-1].UPOS, t.Tokens[i+1].UPOS
	return (prev == "NOUN" || prev == "PROPN") && (next == "DET" || next == "NUM")
}

// subjectBefore reports whether the participle i, parsed as a modifier of
// the noun after it, follows what could be its subject or auxiliary (a
// noun, a pronoun, "had", the hyphen of "Kestrian-backed"), so that it
// may be the verb of that subject ("police arrested students"). After a
// determiner, an adjective, a verb or at the start it is an adjective
// ("the armed forces", "Moslem armed forces", "received consulting
// fees"), and capitalised inside a name ("House Armed Services
// Committee") a part of the name.
func (t *tree) subjectBefore(i int) bool {
	if i == 0 {
		return false
	}
	if r := t.Tokens[i].Text; r != "" && unicode.IsUpper([]rune(r)[0]) {
		return false
	}
	switch t.Tokens[i-1].UPOS {
	case "NOUN", "PROPN", "PRON", "AUX":
		return true
	}
	// After a possessive the old reading stays ("Iran's improving
	// relations with the West" keeps its partner).
	return t.Tokens[i-1].XPOS == "HYPH" || t.Tokens[i-1].XPOS == "POS"
}

// inLongerName reports whether span sp sits inside a longer proper name,
// a proper noun touching it on either side ("West" in "West Virginia",
// "Jersey" in "New Jersey").
func (t *tree) inLongerName(sp doc.Span) bool {
	for _, tok := range t.Tokens {
		if tok.UPOS != "PROPN" {
			continue
		}
		if tok.End <= sp.Start && tok.End+1 >= sp.Start || tok.Start >= sp.End && tok.Start <= sp.End+1 {
			return true
		}
	}
	return false
}

// locative reports whether span sp follows "in", "inside", "across",
// "through" or "throughout", with or without lower-case adjectives
// between: where an event happens ("marched through Lorvale", "in
// northern Kestria").
func (t *tree) locative(sp doc.Span) bool {
	for i, tok := range t.Tokens {
		if tok.End < sp.Start && tok.End+1 >= sp.Start {
			for i > 0 && tok.UPOS == "ADJ" && tok.Text == strings.ToLower(tok.Text) {
				// "in northern Lorania", "across war-torn Kestria".
				i--
				tok = t.Tokens[i]
			}
			switch strings.ToLower(tok.Text) {
			case "in", "inside", "across", "through", "throughout":
				return true
			}
		}
	}
	return false
}

// byAgent returns the "by" phrase of verb i, or -1.
func (t *tree) byAgent(i int) int {
	for _, k := range t.Children(i, "obl:agent", "obl") {
		if t.prep(k) == "by" {
			return k
		}
	}
	return -1
}

// hasNounObject reports whether trigger i has an object other than a
// pronoun ("attacked the town", not "attacked me").
func (t *tree) hasNounObject(i int) bool {
	o := t.Child(i, "obj")
	return o >= 0 && t.Tokens[o].UPOS != "PRON"
}

// capitalisedAfterName reports whether noun i is capitalised and follows a
// capitalised proper noun: the end of a name ("Sen. Jeff Sessions",
// "Homeland Security Investigations"), no event noun.
func (t *tree) capitalisedAfterName(i int) bool {
	if i == 0 || t.Tokens[i-1].UPOS != "PROPN" {
		return false
	}
	up := func(s string) bool { r := []rune(s); return len(r) > 0 && unicode.IsUpper(r[0]) }
	return up(t.Tokens[i].Text) && up(t.Tokens[i-1].Text)
}

// splitComplementObject returns the object of verb i that the parser hung
// beside it under the speech verb that governs them both: "Ukrainian
// forces shot down 30 Russian drones, the air force said" with "shot"
// and "drones" two complements of "said". Verb i is active, has no
// object, and the noun is the head of the noun phrase right after it. It
// returns -1 otherwise.
func (t *tree) splitComplementObject(i int) int {
	h := t.Heads[i]
	if h < 0 || !t.RelIs(i, "ccomp") || t.Tokens[i].UPOS != "VERB" || t.isPassive(i) || !t.speech[t.lemma(h)] {
		return -1
	}
	np := t.linearObject(i)
	for _, k := range np {
		if t.Heads[k] == h && t.RelIs(k, "ccomp") && (t.Tokens[k].UPOS == "NOUN" || t.Tokens[k].UPOS == "PROPN") {
			return k
		}
	}
	return -1
}

// repairCompoundComplement mends a noun compound the tagger split into a
// verb and its object: "police fired tear gas at protesters" with "tear"
// a base-form verb, the bare complement of "fired", and "gas" its object.
// A base form right after a verb not in bare (the verbs that take a bare
// infinitive: "helped build schools"), with no marker, auxiliary or
// subject of its own and a noun object right after it, becomes a compound
// of that noun, which becomes the verb's object; its other dependents
// ("at protesters") move up to the verb. The tree gets its own copy of
// the tokens it changes.
func (t *tree) repairCompoundComplement(bare map[string]bool) {
	copied := false
	for i := range t.Tokens {
		h := t.Heads[i]
		if h < 0 || i != h+1 || !t.RelIs(i, "xcomp") || t.Tokens[i].XPOS != "VB" || t.Tokens[h].UPOS != "VERB" || bare[t.lemma(h)] {
			continue
		}
		o := t.Child(i, "obj")
		if o != i+1 || t.Tokens[o].UPOS != "NOUN" || t.Child(i, "mark", "aux", "nsubj", "nsubj:pass") >= 0 || t.Child(h, "obj") >= 0 {
			continue
		}
		if !copied {
			t.Tokens = append([]doc.Token(nil), t.Tokens...)
			copied = true
		}
		for _, k := range t.Kids[i] {
			if k != o {
				t.Heads[k] = h
				t.Tokens[k].Head = h + 1
			}
		}
		t.Heads[i], t.Tokens[i].Head = o, o+1
		t.Tokens[i].DepRel, t.Tokens[i].UPOS, t.Tokens[i].XPOS = "compound", "NOUN", "NN"
		t.Heads[o], t.Tokens[o].Head = h, h+1
		t.Tokens[o].DepRel = "obj"
		if t.lemmas != nil {
			t.lemmas[i] = ""
		}
		t.rebuildKids()
	}
}

// repairQuantifiedGerund mends a gerund the parser hung as a clause of the
// quantifier before it: "agreed to stop all firing" with "all" the
// object and "firing" its acl. A gerund right after "all", "any" or "no"
// that has no object of its own becomes the noun it is, the object, with
// the quantifier its determiner.
func (t *tree) repairQuantifiedGerund() {
	copied := false
	for q := range t.Tokens {
		g := q + 1
		if g >= len(t.Tokens) || t.Heads[g] != q || !t.RelIs(q, "obj") || !t.RelIs(g, "acl") || t.Tokens[g].XPOS != "VBG" || t.Child(g, "obj") >= 0 {
			continue
		}
		switch strings.ToLower(t.Tokens[q].Text) {
		case "all", "any", "no":
		default:
			continue
		}
		if !copied {
			t.Tokens = append([]doc.Token(nil), t.Tokens...)
			copied = true
		}
		h := t.Heads[q]
		t.Heads[g], t.Tokens[g].Head, t.Tokens[g].DepRel = h, h+1, "obj"
		t.Tokens[g].UPOS, t.Tokens[g].XPOS = "NOUN", "NN"
		t.Heads[q], t.Tokens[q].Head, t.Tokens[q].DepRel = g, g+1, "det"
		if t.lemmas != nil {
			t.lemmas[g] = ""
		}
		t.rebuildKids()
	}
}

// repairNumberObject mends a count the parser made an object of its own
// ("arrested 12 Kestrian fishermen" with "12" and "fishermen" both objects
// of "arrested"): a number object right before another object's phrase
// becomes that object's nummod.
func (t *tree) repairNumberObject() {
	copied := false
	for q := range t.Tokens {
		h := t.Heads[q]
		if h < 0 || t.Tokens[q].UPOS != "NUM" || !t.RelIs(q, "obj") || len(t.Kids[q]) > 0 {
			continue
		}
		o := -1
		for _, k := range t.Children(h, "obj") {
			if k > q {
				o = k
				break
			}
		}
		if o < 0 {
			continue
		}
		if lo, _ := t.Extent(o); lo != q+1 {
			continue
		}
		if !copied {
			t.Tokens = append([]doc.Token(nil), t.Tokens...)
			copied = true
		}
		t.Heads[q], t.Tokens[q].Head, t.Tokens[q].DepRel = o, o+1, "nummod"
		t.rebuildKids()
	}
}

// repairParticipleClause mends a clause whose past participle the parser
// hung as a modifier of its own object, with the clause's subject or
// auxiliary under the participle or the object: "denied that police had
// beaten protesters" parsed as "beaten" amod of "protesters", the
// subject and "had" under "beaten" and "protesters" a relative clause of
// "denied". An adjectival participle has no subject or auxiliary, so the
// participle becomes the clause's head with the noun as its object and the
// clause's subject, auxiliaries and marker, and a "that" the parser made
// the governing verb's object, as its own dependents.
func (t *tree) repairParticipleClause() {
	copied := false
	for p := range t.Tokens {
		n := t.Heads[p]
		if n <= p || !t.RelIs(p, "amod") || t.Tokens[p].UPOS != "VERB" || t.Tokens[n].UPOS != "NOUN" && t.Tokens[n].UPOS != "PROPN" {
			continue
		}
		if x := t.Tokens[p].XPOS; x != "VBN" && x != "VBD" {
			continue
		}
		clause := func(k int) bool { return k < p && t.RelIs(k, "nsubj", "aux", "aux:pass", "mark") }
		hasClause := false
		for _, k := range append(slices.Clone(t.Kids[p]), t.Kids[n]...) {
			hasClause = hasClause || clause(k) && !t.RelIs(k, "mark")
		}
		if !hasClause || t.Child(n, "cop") >= 0 {
			// "police are the most mistreated people": a predicate
			// noun's subject is no subject of its modifier.
			continue
		}
		if !copied {
			t.Tokens = append([]doc.Token(nil), t.Tokens...)
			copied = true
		}
		g, rel := t.Heads[n], t.Tokens[n].DepRel
		if g >= 0 && g < p && strings.EqualFold(t.Tokens[g].Text, "that") && t.Tokens[g].UPOS == "SCONJ" && t.Heads[g] >= 0 {
			// The clause hung under its own "that", itself the
			// verb's object.
			that := g
			g, rel = t.Heads[that], "ccomp"
			t.Heads[that], t.Tokens[that].Head, t.Tokens[that].DepRel = p, p+1, "mark"
		}
		if g >= 0 && t.Tokens[g].UPOS == "VERB" && (rel == "acl:relcl" || rel == "orphan" || rel == "obj" || rel == "nmod" || rel == "obl") {
			rel = "ccomp"
		}
		for _, k := range t.Kids[n] {
			if clause(k) {
				t.Heads[k], t.Tokens[k].Head = p, p+1
			}
		}
		t.Heads[p], t.Tokens[p].Head, t.Tokens[p].DepRel = g, g+1, rel
		t.Heads[n], t.Tokens[n].Head, t.Tokens[n].DepRel = p, p+1, "obj"
		if g >= 0 {
			for _, k := range t.Kids[g] {
				if k < p && t.RelIs(k, "obj") && strings.EqualFold(t.Tokens[k].Text, "that") && t.Tokens[k].UPOS == "SCONJ" {
					t.Heads[k], t.Tokens[k].Head, t.Tokens[k].DepRel = p, p+1, "mark"
				}
			}
		}
		t.rebuildKids()
	}
}

// repairSplitRelative mends a subject with a reduced relative clause that
// the parser split into two complements of a later speech verb: "hackers
// linked to Kestria launched an attack on Lorian websites, officials said"
// with "linked" (subject "hackers") and "launched" (no subject) both
// complements of "said". A past-tense or participle verb p with a noun
// subject, no object, auxiliary or marker, only prepositional phrases
// after it, followed right away (no comma, no conjunction) by a sibling
// complement v of the same speech verb that has no subject of its own,
// becomes a modifier (acl) of its subject, and the subject becomes v's.
func (t *tree) repairSplitRelative() {
	copied := false
	for p := range t.Tokens {
		h := t.Heads[p]
		if h <= p || !t.RelIs(p, "ccomp") || t.Tokens[p].UPOS != "VERB" || !t.speech[t.lemma(h)] {
			continue
		}
		if x := t.Tokens[p].XPOS; x != "VBD" && x != "VBN" {
			continue
		}
		n := t.Child(p, "nsubj")
		if n < 0 || n > p || t.Tokens[n].UPOS != "NOUN" && t.Tokens[n].UPOS != "PROPN" {
			continue
		}
		ok := false
		for _, k := range t.Kids[p] {
			switch {
			case k < p && k != n && !t.RelIs(k, "punct", "advmod"):
				ok = false
			case k > p && !t.RelIs(k, "obl", "obl:agent"):
				ok = false
			case k > p:
				ok = true
			default:
				continue
			}
			if !ok {
				break
			}
		}
		if !ok {
			continue
		}
		_, hi := t.Extent(p)
		v := -1
		for _, k := range t.Kids[h] {
			if k > hi && t.RelIs(k, "ccomp") && t.Tokens[k].UPOS == "VERB" {
				if lo, _ := t.Extent(k); lo == hi+1 && t.Tokens[lo].UPOS != "PUNCT" && t.Tokens[lo].UPOS != "CCONJ" {
					v = k
				}
				break
			}
		}
		if v < 0 || t.Child(v, "nsubj", "nsubj:pass", "expl") >= 0 {
			continue
		}
		if !copied {
			t.Tokens = append([]doc.Token(nil), t.Tokens...)
			copied = true
		}
		t.Heads[n], t.Tokens[n].Head, t.Tokens[n].DepRel = v, v+1, "nsubj"
		t.Heads[p], t.Tokens[p].Head, t.Tokens[p].DepRel = n, n+1, "acl"
		t.Tokens[p].XPOS = "VBN"
		t.rebuildKids()
	}
}

// rebuildKids recomputes every token's children from Heads.
func (t *tree) rebuildKids() {
	for i := range t.Kids {
		t.Kids[i] = t.Kids[i][:0]
	}
	for i, h := range t.Heads {
		if h >= 0 {
			t.Kids[h] = append(t.Kids[h], i)
		}
	}
}

// gerundGovernor returns the verb that governs gerund i, an advcl or acl
// -ing form introduced by one of markers, directly or through the verb's
// object under which the parser hung it ("blocked lawyers from visiting
// him" with "visiting" under "lawyers"), or -1.
func (t *tree) gerundGovernor(i int, markers ...string) int {
	h := t.Heads[i]
	if h < 0 || !t.RelIs(i, "advcl", "acl") || t.Tokens[i].XPOS != "VBG" || t.hasChildLemma(i, markers, "mark") < 0 {
		return -1
	}
	if t.RelIs(h, "obj") && t.Tokens[h].UPOS != "VERB" {
		h = t.Heads[h]
	}
	return h
}

// activeParticiple reports whether participle i, hung as a modifier under
// a noun right before it, is a past tense with that noun as its subject:
// it has an object of its own and no "by" agent ("after Israeli warplanes struck military
// sites" parsed with "struck" under "warplanes").
func (t *tree) activeParticiple(i int) bool {
	h := t.Heads[i]
	return h >= 0 && h == i-1 && t.RelIs(i, "acl") && t.Tokens[i].XPOS == "VBN" && t.Child(i, "obj") >= 0 &&
		t.byAgent(i) < 0 && t.Child(i, "nsubj", "nsubj:pass", "aux", "aux:pass") < 0 &&
		(t.Tokens[h].UPOS == "NOUN" || t.Tokens[h].UPOS == "PROPN")
}

// reciprocal reports whether an argument of word i is a reciprocal pronoun:
// "each other" or "one another" ("accused each other", "talks with one
// another").
func (t *tree) reciprocal(i int) bool {
	for _, k := range t.Children(i, "obj", "iobj", "obl", "nmod") {
		switch strings.ToLower(t.Tokens[k].Text) {
		case "each":
			if k+1 < len(t.Tokens) && strings.EqualFold(t.Tokens[k+1].Text, "other") {
				return true
			}
		case "one":
			if k+1 < len(t.Tokens) && strings.EqualFold(t.Tokens[k+1].Text, "another") {
				return true
			}
		case "other", "another":
			// The parser may head the pair on its second word.
			if k > 0 && (strings.EqualFold(t.Tokens[k-1].Text, "each") || strings.EqualFold(t.Tokens[k-1].Text, "one")) {
				return true
			}
		}
	}
	return false
}

// lostClause reports whether finite verb i, a conjunct, is the verb of a
// clause whose subject the parser hung as a noun before it: no
// conjunction or comma joins it to its head, and a noun inside a phrase
// of a preposition that also joins clauses (after, before, since, until,
// as, once) stands right before it ("urged allies to speed up
// deliveries after a Russian missile strike killed 12 people", with
// "after" read as a preposition).
func (t *tree) lostClause(i int) bool {
	switch t.Tokens[i].XPOS {
	case "VBD", "VBZ", "VBP":
	default:
		return false
	}
	if i == 0 || t.Child(i, "cc") >= 0 || t.Heads[i] > i {
		return false
	}
	for _, k := range t.Children(i, "punct") {
		if k < i {
			return false
		}
	}
	n := i - 1
	if u := t.Tokens[n].UPOS; u != "NOUN" && u != "PROPN" {
		return false
	}
	for _, k := range t.Children(i, "obl", "obl:agent") {
		if t.prep(k) == "by" {
			return false // "embassy workers held hostage by Iran"
		}
	}
	for x := n; x >= 0 && x != t.Heads[i]; x = t.Heads[x] {
		if t.RelIs(x, "nmod", "obl") {
			switch t.prep(x) {
			case "after", "before", "since", "until", "till", "as", "once":
				// Words that also join clauses.
				return true
			}
		}
	}
	return false
}

// spanHead returns the token of span sp whose head lies outside it, or -1.
func (t *tree) spanHead(sp doc.Span) int {
	for k, tok := range t.Tokens {
		if sp.Contains(tok.Span) && (t.Heads[k] < 0 || !sp.Contains(t.Tokens[t.Heads[k]].Span)) {
			return k
		}
	}
	return -1
}

// hyphenated returns, lower-cased, the hyphenated word that token i ends
// when the tokenizer split it at its hyphens ("cease-fire" as "cease",
// "-", "fire"; "al-Qaeda"), or "".
func (t *tree) hyphenated(i int) string {
	k := i
	for k >= 2 && t.Tokens[k-1].Text == "-" && t.Tokens[k-1].Start == t.Tokens[k-2].End && t.Tokens[k].Start == t.Tokens[k-1].End {
		k -= 2
	}
	if k == i {
		return ""
	}
	var b strings.Builder
	for x := k; x <= i; x++ {
		b.WriteString(t.Tokens[x].Text) // adjacent: no spaces between
	}
	return strings.ToLower(b.String())
}

// infinitive reports whether verb i is a to-infinitive ("to protest").
func (t *tree) infinitive(i int) bool {
	for _, m := range t.Children(i, "mark") {
		if strings.EqualFold(t.Tokens[m].Text, "to") {
			return true
		}
	}
	return false
}
