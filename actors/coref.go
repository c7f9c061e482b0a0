package actors

import (
	"slices"
	"strings"
	"time"

	"github.com/petrel-events/petrel/actorcode"
	"github.com/petrel-events/petrel/doc"
	"github.com/petrel-events/petrel/kb"
)

// pronounKinds maps personal pronouns to the kinds of mention they may
// refer to, most likely first.
var pronounKinds = map[string][]string{
	"he": {"person", "office"}, "him": {"person", "office"}, "his": {"person", "office"}, "himself": {"person", "office"},
	"she": {"person", "office"}, "her": {"person", "office"}, "hers": {"person", "office"}, "herself": {"person", "office"},
	"they": {"agent", "group", "org"}, "them": {"agent", "group", "org"}, "their": {"agent", "group", "org", "country"},
	"themselves": {"agent", "group", "org"},
	"it":         {"org", "country", "group", "agent", "company"}, "its": {"org", "country", "group", "agent", "company"}, "itself": {"org", "country", "group", "agent", "company"},
}

// corefKind is the kind a mention has as an antecedent: a multinational
// company (code MNC...) is a "company", found after organisations,
// countries and groups, so that "it" in a story about the Islamic State
// does not become the Twitter account it used; so is a news organisation
// (an org of sector MED: "told Reuters", "said on CNN"); an agent named by a
// singular title ("the German ambassador", "Egypt's president") or by a
// noun the KB marks as naming one person ("a journalist", "the mayor") is
// an "office", one person whom "he" and "she" may mean.
func corefKind(d *doc.Doc, m doc.Mention, known *kb.KB) string {
	if m.Kind == "org" && (actorcode.Multinational(m.Code) || m.Sector == "MED") {
		return "company"
	}
	if m.Kind == "agent" && known != nil {
		last := m.Text[strings.LastIndexByte(m.Text, ' ')+1:]
		if known.IsTitle(last) || known.IsPersonNoun(last) && last == strings.ToLower(last) && !modifierNoun(d, m) {
			return "office"
		}
	}
	return m.Kind
}

// modifierNoun reports whether the head of mention m modifies another
// noun ("a refugee camp", "the guerrilla war"): it names no person there.
func modifierNoun(d *doc.Doc, m doc.Mention) bool {
	h := headToken(d, m)
	return h >= 0 && (d.Tokens[h].DepRel == "compound" || d.Tokens[h].DepRel == "amod")
}

// descriptionKinds maps the heads of definite descriptions ("the
// alliance") to the kind of mention they refer to.
var descriptionKinds = map[string]string{
	"alliance": "org", "bloc": "org", "organization": "org", "organisation": "org", "union": "org",
	"country": "country", "nation": "country", "state": "country", "kingdom": "country", "republic": "country",
	"group": "group", "movement": "group", "militia": "group",
	"leader": "person", "president": "person", "minister": "person", "premier": "person",
}

// corefWindow is how many sentences back an antecedent may be.
const corefWindow = 2

// honorifics may stand before a surname that refers back to a full name
// ("Mr. Putin").
var honorifics = map[string]bool{"Mr.": true, "Mrs.": true, "Ms.": true, "Miss": true, "Dr.": true, "Mr": true, "Mrs": true, "Ms": true, "Dr": true}

// resolveSurnames gives an unknown name that repeats the last words of an
// earlier person mention of the document ("Hillary Clinton" ... "Clinton",
// "Sen. Joan Ardent" ... "Mrs. Ardent"), or the whole of a name of two
// words or more ("Opposition leader Jane Doe" ... "Jane Doe"), that
// person's codes. The nearest
// earlier such person wins. A one-word name may also be the first word of
// a KB person's name (see familyNameFirst).
func resolveSurnames(d *doc.Doc) {
	for k := range d.Actors {
		m := &d.Actors[k]
		// An unknown name, or a titled name the title gave no country
		// ("Prince Mohammed" after "Crown Prince Mohammed bin Salman").
		titled := m.Via == "title" && m.Kind == "person" && m.Country == ""
		if (m.Via != "unknown" || m.Code != "") && !titled {
			continue
		}
		name, title := m.Text, ""
		if first, rest, ok := strings.Cut(name, " "); ok && honorifics[first] {
			name = rest
		}
		if titled {
			// The last word is the name; the words before it must
			// all be in the earlier mention ("President Doe" after
			// "Kestrian President Jane Doe", not "Senator Jane Doe").
			at := strings.LastIndexByte(name, ' ')
			if at < 0 {
				continue
			}
			name, title = name[at+1:], name[:at]
		}
		// "De la Cruz", "Bin Salman", "Al-Sharaa" opening a sentence:
		// the particle is written in lower case inside the full name.
		particle := ""
		if low := lowerParticle(name); low != name {
			particle = low
		}
		for j := k - 1; j >= 0; j-- {
			a := &d.Actors[j]
			if a.Kind != "person" || a.Code == "" || a.Via == "coref" || len(a.Text) < len(name) {
				continue
			}
			if title != "" && !containsWords(a.Text, title) {
				continue
			}
			// The same full name again ("Police said Jane Doe left"
			// after "Opposition leader Jane Doe"), or its last words.
			if a.Text == name && strings.Contains(name, " ") ||
				len(a.Text) > len(name) && strings.HasSuffix(a.Text, name) && a.Text[len(a.Text)-len(name)-1] == ' ' ||
				particle != "" && strings.HasSuffix(a.Text, " "+particle) {
				takePerson(m, a)
				m.Via, m.Antecedent = "surname", j
				break
			}
		}
		if m.Via == "unknown" && !strings.Contains(name, " ") {
			familyNameFirst(d, k, name)
		}
		if m.Via == "unknown" {
			laterFullName(d, k, name)
		}
	}
}

// namesakes gives a one-word name the KB knows as another person's
// surname ("Bush", "Bennett") the identity of the person of the document
// whose mention ends in it: the nearest earlier one, else the first within
// cataphoraWindow sentences after ("Gov. Jane Bullock ... Bullock said" is
// the governor, not a central banker of that surname in the KB). A person
// the KB does not know leaves the name uncoded, as it is theirs ("Jim
// Bennett ... Bennett laughed"). The KB's own person, named in full
// nearest, keeps it.
func namesakes(d *doc.Doc) {
	for k := range d.Actors {
		m := &d.Actors[k]
		if m.Via != "kb" || m.Kind != "person" || m.KBID == "" || strings.Contains(m.Text, " ") {
			continue
		}
		j := namesake(d, k)
		if j < 0 {
			continue
		}
		a := &d.Actors[j]
		if a.KBID == m.KBID || a.Name != "" && a.Name == m.Name {
			continue
		}
		if a.Start <= m.Start && m.End <= a.End && sameGiven(a, m) {
			// "President Borur Pahor" holding the KB's "Pahor": the
			// KB's person, misspelt; the longer mention takes it.
			if a.Country == "" {
				takePerson(a, m)
			}
			continue
		}
		m.Code, m.Country, m.Sector, m.Name, m.KBID = a.Code, a.Country, a.Sector, a.Name, a.KBID
		m.Via, m.Antecedent = "surname", j
	}
}

// sameGiven reports whether a word of outer mention a before the surname
// m is the given name of m's KB person, even misspelt ("President Viktor
// F. Petrenko").
func sameGiven(a, m *doc.Mention) bool {
	first, _, ok := strings.Cut(m.Name, " ")
	if !ok {
		return false
	}
	for _, w := range strings.Fields(a.Text[:m.Start-a.Start]) {
		if len(strings.TrimSuffix(w, ".")) > 1 && sameGivenName(strings.TrimSuffix(first, "."), strings.TrimSuffix(w, ".")) {
			return true
		}
	}
	return false
}

// namesake returns the index of the person mention whose last word is
// mention k's one word, the nearest before k, else the first after it
// within cataphoraWindow sentences; -1 if none, and -1 when the document
// names the KB's person of the word in full or with a title ("Donald
// Trump", "President Obama"): "Trump" after "Donald Trump ... Ivanka
// Trump" stays Donald Trump's.
func namesake(d *doc.Doc, k int) int {
	m := d.Actors[k]
	for _, a := range d.Actors {
		if a.KBID == m.KBID && len(a.Text) > len(m.Text) && strings.HasSuffix(a.Text, " "+m.Text) {
			return -1
		}
	}
	ends := func(a doc.Mention) bool {
		return a.Kind == "person" || a.Via == "unknown" && a.Code == ""
	}
	match := func(a doc.Mention) bool {
		return a.Via != "coref" && a.Via != "surname" && len(a.Text) > len(m.Text)+1 &&
			strings.HasSuffix(a.Text, " "+m.Text) && ends(a)
	}
	for j := k - 1; j >= 0; j-- {
		if match(d.Actors[j]) {
			return j
		}
	}
	for j := k + 1; j < len(d.Actors) && d.Actors[j].Sentence-m.Sentence <= cataphoraWindow; j++ {
		if match(d.Actors[j]) {
			return j
		}
	}
	return -1
}

// cataphoraWindow is how many sentences after a surname the full name may
// come, outside the headline.
const cataphoraWindow = 3

// laterFullName gives unknown name m, which no earlier person explains,
// the codes of the nearest later coded person whose mention ends in it: a
// headline names people by surname before
// the story names them in full ("Doe, Roe clash over tariffs. ...
// Senator Jane Doe said"), and so, less often, does a story's body a
// sentence or two before. Outside the first sentence the full name must
// come within cataphoraWindow sentences.
func laterFullName(d *doc.Doc, k int, name string) {
	m := &d.Actors[k]
	for j := k + 1; j < len(d.Actors); j++ {
		a := &d.Actors[j]
		if m.Sentence > 0 && a.Sentence-m.Sentence > cataphoraWindow {
			return
		}
		if a.Kind != "person" || a.Code == "" || a.Via == "coref" || a.Via == "surname" || len(a.Text) <= len(name) {
			continue
		}
		if strings.HasSuffix(a.Text, name) && a.Text[len(a.Text)-len(name)-1] == ' ' {
			takePerson(m, a)
			m.Via, m.Antecedent = "surname", j
			return
		}
	}
}

// familyNameFirst gives unknown name m (one word) the codes of the nearest
// earlier person whose KB name starts with it, as names written family
// name first do ("Park Geun-hye" ... "Park", "Xi Jinping" ... "Xi").
func familyNameFirst(d *doc.Doc, k int, name string) {
	m := &d.Actors[k]
	for j := k - 1; j >= 0; j-- {
		a := &d.Actors[j]
		if a.Kind != "person" || a.Code == "" || a.Via == "coref" || a.KBID == "" {
			continue
		}
		if first, _, ok := strings.Cut(a.Name, " "); ok && first == name {
			takePerson(m, a)
			m.Via, m.Antecedent = "surname", j
			return
		}
	}
}

// resolveTitles gives a definite title without a country ("the crown
// prince", "the president") the codes of the nearest earlier person of the
// document named with that title ("Crown Prince Mohammed bin Salman",
// "Kestrian President Jane Doe"), else the one person who holds that
// office on the document's date ("the Pope"). A person named in an earlier
// sentence is not taken when the title's own sentence places what it tells
// in another country (otherCountryBefore).
// The title must be one the KB writes before names, so that "the court"
// is not a judge named "Supreme Court Justice Jane Doe".
func resolveTitles(d *doc.Doc, known *kb.KB) {
	for k := range d.Actors {
		m := &d.Actors[k]
		if m.Via != "agent" || m.Kind != "agent" || m.Country != "" || !afterThe(d, m.Span) || !known.IsTitle(m.Text) {
			continue
		}
		for j := k - 1; j >= 0; j-- {
			a := &d.Actors[j]
			if a.Kind != "person" || a.Country == "" || a.Via == "coref" {
				continue
			}
			if containsWords(a.Text, m.Text) {
				if a.Sentence != m.Sentence && otherCountryBefore(d, m.Sentence, m.Start, a.Country) {
					// "Protesters in Madagascar forced the president
					// to flee", "Guatemala's Congress voted to strip
					// the president of immunity": that country's
					// president, not one named earlier.
					break
				}
				takePerson(m, a)
				m.Via, m.Antecedent = "coref", j
				break
			}
		}
		if m.Via == "agent" {
			holder(d, m, known)
		}
		if m.Via == "agent" && m.Country == "" {
			if c := stateCountry(d, m.Sentence, m.Start); c != "" {
				// "Guatemala's Congress voted to strip the
				// president of immunity": Guatemala's.
				countryHolder(d, m, known, c)
			}
		}
	}
}

// holder gives definite title m ("the Pope") the person who alone holds
// that office on the document's date, if one does (see kb.OfficeHolder).
func holder(d *doc.Doc, m *doc.Mention, known *kb.KB) {
	on := d.Published.Time
	e, ok := known.OfficeHolder(m.Text, on)
	if !ok {
		return
	}
	code, country, sector, ok := known.Resolve(e.ID, on)
	if !ok {
		return
	}
	m.Code, m.Country, m.Sector, m.Name, m.KBID, m.Kind, m.Via = code, country, sector, e.Name, e.ID, "person", "office"
}

// takePerson gives mention m the person and codes of the earlier mention
// a. A sector m's own title gave is kept when a's code is only a country
// ("the crown prince" GOV after a person coded SAU is SAUGOV).
func takePerson(m, a *doc.Mention) {
	sector := m.Sector
	m.Code, m.Country, m.Sector, m.Name, m.KBID, m.Kind = a.Code, a.Country, a.Sector, a.Name, a.KBID, a.Kind
	if len(a.Code) == 3 && a.Sector == "" && sector != "" {
		if c, err := actorcode.Compose(a.Code, sector); err == nil {
			m.Code, m.Sector = c, sector
		}
	}
}

// containsWords reports whether the words of part occur together in
// text, ignoring case.
func containsWords(text, part string) bool {
	return strings.Contains(" "+strings.ToLower(text)+" ", " "+strings.ToLower(part)+" ")
}

// restrictedDescription reports whether the description head at token k
// is restricted by its own words, so that it names something new rather
// than an earlier actor: an "of" phrase right after it ("the state of
// emergency", "the union of journalists") or a noun it modifies ("the
// state media").
func restrictedDescription(d *doc.Doc, k int) bool {
	tok := d.Tokens[k]
	if tok.DepRel == "compound" {
		return true
	}
	next := k + 1
	return next < len(d.Tokens) && d.Tokens[next].Sentence == tok.Sentence && strings.EqualFold(d.Tokens[next].Text, "of")
}

// afterThe reports whether the word before span is "the".
func afterThe(d *doc.Doc, sp doc.Span) bool {
	before := strings.TrimRight(d.Text[:sp.Start], " ")
	return len(before) >= 3 && strings.EqualFold(before[len(before)-3:], "the") &&
		(len(before) == 3 || before[len(before)-4] == ' ' || before[len(before)-4] == '\n')
}

// resolveCoref adds a mention for every pronoun and definite description
// that refers to an earlier actor mention, with that mention's codes.
func resolveCoref(d *doc.Doc, known *kb.KB) {
	var added []doc.Mention
	resolved := map[int]int{} // token → antecedent of the pronoun or description resolved there
	for k, tok := range d.Tokens {
		low := ""
		if tok.UPOS == "PRON" || tok.UPOS == "DET" || tok.UPOS == "" || tok.UPOS == "NOUN" || tok.UPOS == "PROPN" && descriptionKinds[tok.Text] != "" {
			// Only the cases below look at the word.
			low = strings.ToLower(tok.Text)
		}
		var kinds []string
		switch {
		case tok.UPOS == "PRON" || tok.UPOS == "DET" || tok.UPOS == "":
			kinds = pronounKinds[low]
			if tok.DepRel == "expl" || low == "it" && (extraposed(d, k) || judgedThing(d, known, k)) {
				kinds = nil
			}
		case (tok.UPOS == "NOUN" || tok.UPOS == "PROPN") && k > 0 && strings.EqualFold(d.Tokens[k-1].Text, "the"):
			if kind, ok := descriptionKinds[low]; ok && !restrictedDescription(d, k) {
				kinds = []string{kind}
			}
		}
		if kinds == nil && tok.UPOS == "NOUN" && descriptionKinds[low] == "country" && !covered(d.Actors, tok.Span) {
			if m, ok := modifiedDescription(d, k); ok {
				added = append(added, m)
				continue
			}
		}
		if len(kinds) == 0 || covered(d.Actors, tok.Span) {
			continue
		}
		if (low == "country" || low == "nation") && tok.UPOS == "NOUN" {
			// "The Dutch government apologised for the country's
			// role": the country of an actor earlier in the sentence.
			if a := sentenceCountryActor(d, k); a >= 0 {
				c := d.Actors[a].Country
				added = append(added, doc.Mention{
					Span: tok.Span, Text: tok.Text, Code: c, Country: c, Kind: "country", Via: "coref", Sentence: tok.Sentence, Antecedent: a,
				})
				continue
			}
		}
		plural := low == "they" || low == "them" || low == "their" || low == "themselves"
		if strings.HasSuffix(low, "self") || strings.HasSuffix(low, "selves") {
			// "a bomber blew himself up": the clause's own subject,
			// or no one named.
			if ante := reflexiveAntecedent(d, k, resolved); ante >= 0 {
				a := d.Actors[ante]
				resolved[k] = ante
				added = append(added, doc.Mention{
					Span: tok.Span, Text: tok.Text, Code: a.Code, Country: a.Country, Sector: a.Sector,
					Name: a.Name, KBID: a.KBID, Kind: a.Kind, Via: "coref", Sentence: tok.Sentence, Antecedent: ante,
				})
			}
			continue
		}
		ante := reporterAntecedent(d, known, k, kinds, plural)
		if ante < 0 {
			ante = reasonAntecedent(d, known, k, kinds, plural)
		}
		if ante < 0 {
			ante = ownerAntecedent(d, known, k, kinds, plural, resolved)
		}
		if ante == ownerBlocked {
			continue
		}
		if ante < 0 {
			ante = findAntecedent(d, known, tok, kinds, plural)
			if ante >= 0 && plural && genericPeopleBlocked(d, known, k, d.Actors[ante]) {
				continue
			}
			if ante >= 0 && (low == "it" || low == "its") && thingBetween(d, known, ante, k, resolved) {
				// "The agency cited the tax. The tax is a key source
				// of revenue; it would raise ...": the tax, no actor.
				continue
			}
		}
		if ante < 0 {
			continue
		}
		if tok.UPOS == "NOUN" && d.Actors[ante].Sentence != tok.Sentence && otherCountryBefore(d, tok.Sentence, tok.Start, d.Actors[ante].Country) {
			// "Protesters in Madagascar forced the president to
			// flee": the president of the country the sentence names,
			// not a president of an earlier sentence.
			continue
		}
		if coargument(d, k, d.Actors[ante]) {
			// "It accused the agency of ...": a subject pronoun is not
			// its own verb's object (that would be "itself").
			continue
		}
		resolved[k] = ante
		a := d.Actors[ante]
		added = append(added, doc.Mention{
			Span: tok.Span, Text: tok.Text, Code: a.Code, Country: a.Country, Sector: a.Sector,
			Name: a.Name, KBID: a.KBID, Kind: a.Kind, Via: "coref", Sentence: tok.Sentence, Antecedent: ante,
		})
	}
	if len(added) == 0 {
		return
	}
	// Keep Actors in text order; antecedent indexes must follow.
	merged := make([]doc.Mention, 0, len(d.Actors)+len(added))
	remap := make([]int, len(d.Actors))
	i, j := 0, 0
	for i < len(d.Actors) || j < len(added) {
		if j == len(added) || (i < len(d.Actors) && d.Actors[i].Start <= added[j].Start) {
			remap[i] = len(merged)
			merged = append(merged, d.Actors[i])
			i++
		} else {
			merged = append(merged, added[j])
			j++
		}
	}
	for k := range merged {
		if a := merged[k].Antecedent; a >= 0 {
			merged[k].Antecedent = remap[a]
		}
	}
	d.Actors = merged
}

// coargument reports whether the subject pronoun at token k has an object
// of its own verb that names the same actor as a: "It accused the FDIC of
// ..." cannot be the FDIC accusing itself, which English says with a
// reflexive.
func coargument(d *doc.Doc, k int, a doc.Mention) bool {
	tok := d.Tokens[k]
	if tok.DepRel != "nsubj" || tok.Head <= 0 || tok.Sentence < 0 || tok.Sentence >= len(d.Sentences) {
		return false
	}
	o := objectOf(d, tok.Sentence, tok.Head)
	if o < 0 {
		return false
	}
	for _, m := range d.Actors {
		if m.Sentence == tok.Sentence && m.Span.Contains(d.Tokens[o].Span) && antecedent(m) &&
			(m.KBID != "" && m.KBID == a.KBID || strings.EqualFold(bareName(m.Text), bareName(a.Text))) {
			return true
		}
	}
	return false
}

// bareName returns name without a leading "the".
func bareName(name string) string {
	if len(name) > 4 && strings.EqualFold(name[:4], "the ") {
		return name[4:]
	}
	return name
}

// otherCountryBefore reports whether sentence s places what it tells,
// before byte offset at, in a country other than country: one named right
// after "in" ("Protesters in Madagascar forced the president …"), or one
// whose state body the sentence names and no other country
// (stateCountry: "Guatemala's Congress voted to strip the president …").
func otherCountryBefore(d *doc.Doc, s, at int, country string) bool {
	if c := stateCountry(d, s, at); c != "" && c != country {
		return true
	}
	for _, m := range d.Actors {
		if m.Sentence != s || m.Start >= at || m.Kind != "country" || m.Country == "" || m.Country == country || m.Via == "coref" {
			continue
		}
		if before := strings.TrimRight(d.Text[:m.Start], " "); strings.HasSuffix(before, " in") || strings.HasSuffix(before, " In") {
			return true
		}
	}
	return false
}

// stateCountry returns the country of sentence s when a body of its state
// named with its name or demonym stands before byte offset at
// ("Guatemala's Congress", "Guatemalan lawmakers") and every actor of the
// sentence that has a country has that one, and no person or unknown name
// stands before at; else "". A title after it
// ("voted to strip the president of immunity") is that country's.
func stateCountry(d *doc.Doc, s, at int) string {
	found, body := "", false
	for _, m := range d.Actors {
		if m.Sentence == s && m.Start < at && m.Via != "coref" && (m.Kind == "person" || m.Via == "unknown") {
			// "Kestrian officials met Jan Roe, saying that the
			// former president ...": the person named.
			return ""
		}
		if m.Sentence != s || m.Country == "" || m.Via == "coref" || m.Via == "dateline" || m.Via == "nonactor" || m.Via == "modifier" {
			continue
		}
		if found != "" && found != m.Country {
			return ""
		}
		found = m.Country
		body = body || m.Start < at && stateBody(m)
	}
	if !body {
		return ""
	}
	return found
}

// stateBody reports whether mention m is a body of its country's state
// (government, legislature, courts, army, police) that is no person and
// whose text names the country ("Guatemala's Congress", "Guatemalan
// lawmakers"; not "Congress" alone, which the KB may give a country).
func stateBody(m doc.Mention) bool {
	if m.Kind == "person" || m.Kind == "country" || len(m.Code) <= 3 {
		return false
	}
	switch m.Sector {
	case "GOV", "LEG", "JUD", "MIL", "COP":
	default:
		return false
	}
	return m.Via != "metonym" && (m.Via == "demonym" || strings.Contains(m.Text, "'s ") || strings.Contains(m.Text, "’s "))
}

// countryHolder gives title mention m ("president") the person who holds
// that title in country c on the document's date, when the KB knows
// exactly one, else c's code with the title's sector (GTMGOV).
func countryHolder(d *doc.Doc, m *doc.Mention, known *kb.KB, c string) {
	on := d.Published.Time
	if e := soleHolder(known, strings.ToLower(m.Text), c, on); e != nil {
		if code, country, sector, ok := known.Resolve(e.ID, on); ok {
			m.Code, m.Country, m.Sector, m.Name, m.KBID, m.Kind, m.Via = code, country, sector, e.Name, e.ID, "person", "office"
			return
		}
	}
	sector := m.Sector
	if sector == "" {
		sector = "GOV"
	}
	if code, err := actorcode.Compose(c, sector); err == nil {
		m.Code, m.Country, m.Sector = code, c, sector
	}
}

// soleHolder returns the one KB person with a role of title (lower case)
// coded for country c on day on, or nil when none or several.
func soleHolder(known *kb.KB, title, c string, on time.Time) *kb.Entity {
	if known == nil || on.IsZero() {
		return nil
	}
	var holder *kb.Entity
	for _, e := range known.Entities() {
		if e.Kind != kb.KindPerson {
			continue
		}
		for _, r := range e.Roles {
			if strings.ToLower(r.Title) != title || !strings.HasPrefix(r.Code, c) || !r.ActiveOn(on) {
				continue
			}
			if holder != nil && holder != e {
				return nil
			}
			holder = e
		}
	}
	return holder
}

// reflexiveAntecedent returns the actor mention that is the subject of the
// reflexive pronoun at token k's clause, or -1: "himself" means the one
// who did it to himself, never an actor of another clause or sentence.
func reflexiveAntecedent(d *doc.Doc, k int, resolved map[int]int) int {
	tok := d.Tokens[k]
	if tok.Head <= 0 {
		return -1
	}
	s := subjectOf(d, tok.Sentence, tok.Head)
	if verb := d.Tokens[d.Sentences[tok.Sentence].TokenStart+tok.Head-1]; s < 0 && (verb.DepRel == "xcomp" || verb.DepRel == "advcl") && verb.Head > 0 {
		// "urged the rebels to disarm themselves": the controller,
		// the governing verb's object, else its subject.
		if s = objectOf(d, tok.Sentence, verb.Head); s < 0 {
			s = subjectOf(d, tok.Sentence, verb.Head)
		}
	} else if s < 0 && verb.DepRel == "acl" && verb.Head > 0 {
		// The same parsed as a clause of the object noun.
		s = d.Sentences[tok.Sentence].TokenStart + verb.Head - 1
	}
	if s < 0 {
		return -1
	}
	if a, ok := resolved[s]; ok {
		return a
	}
	for x, m := range d.Actors {
		if m.Span.Contains(d.Tokens[s].Span) {
			return x
		}
	}
	return -1
}

// sentenceCountryActor returns the nearest actor mention before token k in
// its sentence that belongs to a country (a country, its government, its
// people), or -1.
func sentenceCountryActor(d *doc.Doc, k int) int {
	tok := d.Tokens[k]
	for x := len(d.Actors) - 1; x >= 0; x-- {
		m := d.Actors[x]
		if m.Sentence != tok.Sentence || m.Start >= tok.Start {
			continue
		}
		state := m.Kind == "country" || m.Kind == "agent" || m.Kind == "person"
		if state && m.Country != "" && m.Via != "nonactor" && m.Via != "modifier" && !armedSector(m.Sector) {
			return x
		}
	}
	return -1
}

// armedSector reports whether a sector is a non-state armed one, whose
// members do not stand for a country.
func armedSector(s string) bool {
	switch s {
	case "REB", "INS", "SEP", "UAF", "IMG", "RAD":
		return true
	}
	return false
}

func covered(ms []doc.Mention, sp doc.Span) bool {
	for _, m := range ms {
		if m.Overlaps(sp) {
			return true
		}
	}
	return false
}

// findAntecedent returns the index of the nearest earlier mention of one of
// the kinds within the window, or -1. A plural pronoun prefers plural
// agent phrases ("officials", "representatives"). An object pronoun never
// means its own verb's subject ("Sanders assailed her"). A mention in the
// pronoun's own sentence beats any in earlier sentences, whatever its kind
// ("Kestrel met reporters. The mayor said he would stay": the mayor).
func findAntecedent(d *doc.Doc, known *kb.KB, tok doc.Token, kinds []string, plural bool) int {
	const unnamed = -2 // an uncoded name, which the pronoun means
	best, bestRank := -1, len(kinds)
	subj := clauseSubjectSpan(d, tok)
	for k := len(d.Actors) - 1; k >= 0; k-- {
		m := d.Actors[k]
		if m.Start >= tok.Start || m.Span.Contains(subj) || appositionOf(d, m, subj) {
			continue
		}
		if tok.Sentence-m.Sentence > corefWindow || best >= 0 && m.Sentence != tok.Sentence && sameSentenceWins(d, best, tok, plural) {
			break
		}
		if plural && m.Sentence == tok.Sentence && bestRank > 0 {
			if conj, same := conjoinedPerson(d, m); conj {
				// "Roe, Doe and Poe have all defended their
				// speeches": the people named together, not an
				// organisation named before them; one of them
				// when they share a code ("two senators, Roe and
				// Doe, said they would vote no").
				best, bestRank = unnamed, 0
				if same {
					best = k
				}
				break
			}
		}
		if kinds[0] == "person" && m.Sentence == tok.Sentence && bestRank > 0 && unnamedSubject(d, known, m) {
			// "Mr. Coll said he had been troubled": a person the KB
			// does not know, not a coded one named before.
			best, bestRank = unnamed, 0
			break
		}
		if !antecedent(m) {
			continue
		}
		if genderClash(d, known, m, tok.Text) {
			continue
		}
		for r, kind := range kinds {
			if corefKind(d, m, known) != kind || r >= bestRank {
				continue
			}
			if kind == "agent" && plural != writtenPlural(m.Text) {
				// "they" wants "officials", "it" wants "the party".
				continue
			}
			if kind == "country" && strings.EqualFold(tok.Text, "kingdom") && !monarchy(known, m.Country, d.Published.Time) {
				// "Saudi Arabia and Iran agreed ... The kingdom":
				// the one with a king.
				continue
			}
			best, bestRank = k, r
		}
		if bestRank == 0 {
			break
		}
	}
	if best == unnamed {
		return -1
	}
	return best
}

// sayingNouns are the things that speak for whoever issued them ("the
// statement said it would ..."): a subject among them does not take "it"
// from the actor named before.
var sayingNouns = map[string]bool{
	"statement": true, "report": true, "letter": true, "release": true, "announcement": true,
	"communique": true, "communiqué": true, "memo": true, "note": true, "filing": true, "document": true,
	"spokesman": true, "spokeswoman": true, "spokesperson": true, "decision": true, "ruling": true,
}

// thingBetween reports whether a singular common noun that no mention
// covers is the subject of a clause between mention a (index ante) and the
// pronoun at token k, or the object of a clause of a later sentence than
// a's whose subject is not a: the nearer, more salient thing "it" most
// likely means ("The agency cited the tax. The tax is a key source of
// revenue; projections suggest it would raise ...", "The agency opened an
// audit. Congress passed the bill, and it takes effect in May"). An
// object in a's own sentence, or of a clause a is the subject of, leaves
// a the more salient ("The ministry approved the plan. It said ...").
func thingBetween(d *doc.Doc, known *kb.KB, ante, k int, resolved map[int]int) bool {
	a := d.Actors[ante]
	for j := k - 1; j >= 0 && d.Tokens[j].Start >= a.End; j-- {
		t := d.Tokens[j]
		if t.UPOS != "NOUN" || t.XPOS != "NN" {
			continue
		}
		subject := t.DepRel == "nsubj" || t.DepRel == "nsubj:pass"
		object := t.DepRel == "obj" && t.Sentence > a.Sentence && !actorSubjectOf(d, j, ante, resolved) && !agentNoun(known, t.Text) &&
			!countedQuantity(d, j)
		if !subject && !object {
			continue
		}
		if sayingNouns[strings.ToLower(t.Text)] || covered(d.Actors, t.Span) || boundToActor(d, j) || reportedBy(d, j, a) {
			continue
		}
		return true
	}
	return false
}

// countedQuantity reports whether token j is a noun of quantity followed
// by "of" and a number ("a total of $5 million", "a number of 12
// sites"): it measures, and is no thing that "it" would mean.
func countedQuantity(d *doc.Doc, j int) bool {
	if thingWords[strings.ToLower(d.Tokens[j].Text)] != "quantity" || j+1 >= len(d.Tokens) || !strings.EqualFold(d.Tokens[j+1].Text, "of") {
		return false
	}
	for i := j + 2; i < len(d.Tokens) && i <= j+4 && d.Tokens[i].Sentence == d.Tokens[j].Sentence; i++ {
		if d.Tokens[i].UPOS == "NUM" || d.Tokens[i].Text == "$" {
			return true
		}
	}
	return false
}

// actorSubjectOf reports whether the verb of object token j has as its
// subject actor mention ante, named or as a pronoun resolved to it ("It
// approved the plan").
func actorSubjectOf(d *doc.Doc, j, ante int, resolved map[int]int) bool {
	t := d.Tokens[j]
	if t.Head <= 0 {
		return false
	}
	s := subjectOf(d, t.Sentence, t.Head)
	if s < 0 {
		return false
	}
	if r, ok := resolved[s]; ok {
		return r == ante
	}
	return d.Actors[ante].Span.Contains(d.Tokens[s].Span)
}

// agentNoun reports whether word is a KB agent noun or title ("the
// government", "the company", "the minister"): an actor of its own, which
// the pronoun may mean through it, not a thing.
func agentNoun(known *kb.KB, word string) bool {
	if known == nil {
		return false
	}
	_, ok := known.Agent(word)
	return ok
}

// reportedBy reports whether the clause of subject token j is what
// mention a said ("Kestrel Corp said the event was cancelled. It gave no
// reason": the company stays the salient one).
func reportedBy(d *doc.Doc, j int, a doc.Mention) bool {
	t := d.Tokens[j]
	sent := d.Sentences[t.Sentence]
	if t.Head <= 0 {
		return false
	}
	v := d.Tokens[sent.TokenStart+t.Head-1]
	if v.DepRel != "ccomp" || v.Head <= 0 {
		return false
	}
	if s := subjectOf(d, t.Sentence, v.Head); s >= 0 {
		return a.Span.Contains(d.Tokens[s].Span)
	}
	return false
}

// boundToActor reports whether a dependent of token j is an actor
// mention: "the Syrian army command", "the company's board" speak for the
// actor.
func boundToActor(d *doc.Doc, j int) bool {
	t := d.Tokens[j]
	sent := d.Sentences[t.Sentence]
	for i := sent.TokenStart; i < sent.TokenEnd; i++ {
		if sent.TokenStart+d.Tokens[i].Head-1 == j && d.Tokens[i].Head > 0 && coveredByCoded(d.Actors, d.Tokens[i].Span) {
			return true
		}
	}
	return false
}

// coveredByCoded reports whether a mention with a code overlaps sp: an
// uncoded name before a noun ("the Cadillac tax") binds it to no actor.
func coveredByCoded(ms []doc.Mention, sp doc.Span) bool {
	for _, m := range ms {
		if m.Code != "" && m.Overlaps(sp) {
			return true
		}
	}
	return false
}

// conjoinedPerson reports whether mention m names a person (or an unknown
// name) joined by a conjunction to an earlier name of its sentence: one of
// several people named together, whom a plural pronoun after them means;
// and whether all of them have the same non-empty code.
func conjoinedPerson(d *doc.Doc, m doc.Mention) (conj, same bool) {
	if m.Via == "coref" || m.Kind != "person" && m.Via != "unknown" {
		return false, false
	}
	h := headToken(d, m)
	if h < 0 || d.Tokens[h].DepRel != "conj" || d.Tokens[h].Head <= 0 {
		return false, false
	}
	sent := d.Sentences[m.Sentence]
	first := sent.TokenStart + d.Tokens[h].Head - 1
	same = m.Code != ""
	for _, o := range d.Actors {
		if o.Sentence != m.Sentence || o.Via == "coref" {
			continue
		}
		oh := headToken(d, o)
		if oh != first && (oh < 0 || d.Tokens[oh].DepRel != "conj" || sent.TokenStart+d.Tokens[oh].Head-1 != first) {
			continue
		}
		if oh == first {
			if o.Kind != "person" && o.Via != "unknown" {
				return false, false
			}
			conj = true
		}
		same = same && o.Code == m.Code
	}
	return conj, conj && same
}

// sameSentenceWins reports whether antecedent candidate best, found in
// the sentence of pronoun tok, stops the search from going back to earlier
// sentences: it does for a singular pronoun, and for a plural one when
// best is written as a plural ("As Republicans scrambled, they proposed"),
// not an organisation's singular name.
func sameSentenceWins(d *doc.Doc, best int, tok doc.Token, plural bool) bool {
	m := d.Actors[best]
	return m.Sentence == tok.Sentence && (!plural || writtenPlural(m.Text))
}

// unnamedSubject reports whether mention m is a name the KB does not know
// that is the subject of a verb: most likely a person. A capitalised
// title after "the" ("The President abused ...") is no name.
func unnamedSubject(d *doc.Doc, known *kb.KB, m doc.Mention) bool {
	if m.Via != "unknown" || m.Code != "" || afterThe(d, m.Span) || known.IsTitle(m.Text) {
		return false
	}
	h := headToken(d, m)
	return h >= 0 && d.Tokens[h].DepRel == "nsubj" && d.Tokens[h].UPOS == "PROPN"
}

// headToken returns the index of the token of mention m whose head lies
// outside it (the phrase's syntactic head), or -1.
func headToken(d *doc.Doc, m doc.Mention) int {
	if m.Sentence < 0 || m.Sentence >= len(d.Sentences) {
		return -1
	}
	sent := d.Sentences[m.Sentence]
	for k := sent.TokenStart; k < sent.TokenEnd; k++ {
		t := d.Tokens[k]
		if !m.Span.Contains(t.Span) {
			continue
		}
		if t.Head <= 0 {
			return k
		}
		if h := d.Tokens[sent.TokenStart+t.Head-1]; !m.Span.Contains(h.Span) {
			return k
		}
	}
	return -1
}

// appositionOf reports whether mention m is an apposition of the token at
// span subj ("Jane Doe, the feminist leader,"), which stands for the same
// actor.
func appositionOf(d *doc.Doc, m doc.Mention, subj doc.Span) bool {
	if subj.Start < 0 {
		return false
	}
	h := headToken(d, m)
	if h < 0 || d.Tokens[h].DepRel != "appos" || d.Tokens[h].Head <= 0 {
		return false
	}
	return d.Tokens[d.Sentences[m.Sentence].TokenStart+d.Tokens[h].Head-1].Span == subj
}

// gendered maps lower-case words that mark a person's sex in a name or
// title to "m" or "f" (honorifics, titles, person nouns), and givenNames
// given names borne by one sex; both from data/gender-words.txt.
var gendered, givenNames = mustGenderWords()

// pronounGender is the gender a personal pronoun refers to, or "".
var pronounGender = map[string]string{"he": "m", "him": "m", "his": "m", "himself": "m", "she": "f", "her": "f", "hers": "f", "herself": "f"}

// genderClash reports whether person mention m is marked with the other
// sex than pronoun ("Mr. Putin ... she" is no reference): by a gendered
// word or given name in it or a gendered word right before it, else by
// those of the earlier mentions of the same KB person when they all agree
// ("Mr. Clinton" and "Mrs. Clinton" may share one KB identity by mistake,
// and then say nothing), else by the KB person's sex or given name when
// no earlier mention says otherwise.
func genderClash(d *doc.Doc, known *kb.KB, m doc.Mention, pronoun string) bool {
	want := pronounGender[strings.ToLower(pronoun)]
	if want == "" || m.Kind != "person" {
		return false
	}
	g := mentionGender(d, m)
	if kg := kbGender(known, m.KBID); kg != "" && kbName(known, m) {
		// "Sheikh Hasina": the KB person's own name, whatever its words.
		g = kg
	}
	if g == "" && m.KBID != "" {
		for _, a := range d.Actors {
			if a.KBID != m.KBID || a.Start >= m.Start {
				continue
			}
			switch ag := mentionGender(d, a); {
			case ag == "":
			case g == "":
				g = ag
			case ag != g:
				return false
			}
		}
		switch kg := kbGender(known, m.KBID); {
		case kg == "":
		case g == "":
			g = kg
		case kg != g:
			return false
		}
	}
	return g != "" && g != want
}

// kbName reports whether mention m is written as one of the names of the
// KB person it resolves to, whose words then tell nothing beyond it.
func kbName(known *kb.KB, m doc.Mention) bool {
	if known == nil || m.KBID == "" {
		return false
	}
	e, ok := known.Entity(m.KBID)
	if !ok {
		return false
	}
	for _, n := range e.Names() {
		if n == m.Text {
			return true
		}
	}
	return false
}

// kbGender is the sex of KB person id: its `sex:` where given, else that
// of the given name its canonical name starts with, else "".
func kbGender(known *kb.KB, id string) string {
	if known == nil || id == "" {
		return ""
	}
	e, ok := known.Entity(id)
	if !ok || e.Kind != kb.KindPerson {
		return ""
	}
	if e.Sex != "" {
		return e.Sex
	}
	if first, rest, ok := strings.Cut(e.Name, " "); ok && rest != "" {
		return givenNames[first]
	}
	return ""
}

// mentionGender returns the sex a word of mention a, a given name in it
// followed by another word, or the word right before it ("Mr. Putin")
// marks: "m", "f" or "".
func mentionGender(d *doc.Doc, a doc.Mention) string {
	// The mention's words, then the last word before it (without
	// building either list or lower-casing into new strings).
	prev := ""
	for w := range strings.FieldsSeq(a.Text) {
		if g := genderedWord(w); g != "" {
			return g
		}
		if g := givenNames[prev]; g != "" {
			return g
		}
		prev = w
	}
	last := ""
	for w := range strings.FieldsSeq(d.Text[max(0, a.Start-12):a.Start]) {
		last = w
	}
	if last != "" {
		return genderedWord(last)
	}
	return ""
}

// extraposed reports whether "it" at token k is the dummy subject of a
// predicate whose real subject is a clause after it: "it is appropriate
// to ...", "it will be tough for Trump to ...", "it is clear that ...".
func extraposed(d *doc.Doc, k int) bool {
	tok := d.Tokens[k]
	if tok.DepRel != "nsubj" || tok.Head <= 0 {
		return false
	}
	sent := d.Sentences[tok.Sentence]
	h := sent.TokenStart + tok.Head - 1
	cop, clause := false, false
	control := controlAdjectives[strings.ToLower(d.Tokens[h].Text)]
	for j := sent.TokenStart; j < sent.TokenEnd; j++ {
		t := d.Tokens[j]
		if t.Head != tok.Head {
			continue
		}
		switch t.DepRel {
		case "cop":
			cop = true
		case "xcomp":
			// "it would not be able to file": the infinitive of an
			// adjective like "able" has "it" as its own subject.
			clause = clause || j > h && !control
		case "ccomp", "csubj", "advcl":
			clause = clause || j > h
		}
	}
	return cop && d.Tokens[h].UPOS == "ADJ" && (clause || judgementAdjectives[strings.ToLower(d.Tokens[h].Text)])
}

// thingWords are the words of data/thing-words.txt: predicates that judge
// a thing ("judgement") and nouns of quantity ("quantity").
var thingWords = mustThingWords()

// judgedThing reports whether "it" at token k is the subject of a copula
// whose predicate judges or classifies a thing: a word of judgement ("It
// is a mistake", "It has been a costly strategy", "It's less dramatic than
// the first round") or a singular common noun after "a" or "an" that is no
// KB agent noun ("it was a rumour", "It is a public record"; not "it is a
// company"); or a cleft or a name "it" identifies. Such an "it" is a dummy
// or means a thing, not an actor.
func judgedThing(d *doc.Doc, known *kb.KB, k int) bool {
	tok := d.Tokens[k]
	if tok.DepRel != "nsubj" || tok.Head <= 0 {
		return false
	}
	s := tok.Sentence
	h := d.Sentences[s].TokenStart + tok.Head - 1
	if dependentOf(d, s, tok.Head, "cop") < 0 {
		return false
	}
	head := d.Tokens[h]
	if thingWords[strings.ToLower(head.Text)] == "judgement" {
		return true
	}
	if upTo(d, s, h) || head.UPOS == "ADV" && strings.EqualFold(head.Text, "over") {
		// "It is up to the council", "it's over".
		return true
	}
	if p := dependentOf(d, s, tok.Head, "nmod:poss"); p >= 0 && speakerPossessives[strings.ToLower(d.Tokens[p].Text)] {
		// "It is not our fight", "it's your decision": the speaker's
		// or the listener's thing.
		return true
	}
	if dependentOf(d, s, tok.Head, "acl:relcl") > h || head.UPOS == "PROPN" && dependentOf(d, s, tok.Head, "case") < 0 {
		// "it was the mayor who signed ...", "it was the Kestrel
		// party that won ...", "it's Doe": a cleft or a name the
		// dummy "it" identifies.
		return true
	}
	if head.UPOS != "NOUN" || head.XPOS != "NN" || agentNoun(known, head.Text) {
		return false
	}
	if det := dependentOf(d, s, tok.Head, "det"); det >= 0 {
		w := strings.ToLower(d.Tokens[det].Text)
		return w == "a" || w == "an"
	}
	return false
}

// pluralNouns are nouns written without -s that English takes as plural:
// "The police said they".
var pluralNouns = map[string]bool{"police": true, "people": true, "personnel": true}

// writtenPlural reports whether a mention's text is written as a plural:
// it ends in "s" or in a plural noun ("the Kestrian police").
func writtenPlural(text string) bool {
	if strings.HasSuffix(text, "s") {
		return true
	}
	last := text[strings.LastIndexByte(text, ' ')+1:]
	return pluralNouns[strings.ToLower(last)]
}

// nameParticleWords begin family names in lower case inside a full name
// ("Carlos de la Cruz", "Mohammed bin Salman", "Ahmed al-Sharaa").
var nameParticleWords = []string{"De ", "Del ", "Da ", "Di ", "Du ", "Van ", "Von ", "Bin ", "Ben ", "Al-", "El-", "Le ", "La "}

// lowerParticle returns name with a capitalised particle at its start
// written in lower case ("De la Cruz" -> "de la Cruz"), else name.
func lowerParticle(name string) string {
	for _, p := range nameParticleWords {
		if strings.HasPrefix(name, p) && len(name) > len(p) {
			return strings.ToLower(p) + name[len(p):]
		}
	}
	return name
}

// monarchy reports whether a KB person holds the role of king or queen
// of country on day on (any day when on is zero).
func monarchy(known *kb.KB, country string, on time.Time) bool {
	if country == "" {
		return false
	}
	for _, e := range known.Entities() {
		if e.Kind != kb.KindPerson {
			continue
		}
		for _, r := range e.Roles {
			if len(r.Code) < 3 || r.Code[:3] != country || !(on.IsZero() || r.ActiveOn(on)) {
				continue
			}
			if t := strings.ToLower(r.Title); strings.HasPrefix(t, "king") || strings.HasPrefix(t, "queen") {
				return true
			}
		}
	}
	return false
}

// speakerPossessives are the possessives of the first and second person.
var speakerPossessives = map[string]bool{"my": true, "our": true, "your": true}

// upTo reports whether token h is the object of "up to" ("it is up to the
// council to decide"): the predicate hands a decision to someone.
func upTo(d *doc.Doc, s, h int) bool {
	base := d.Sentences[s].TokenStart
	if h-2 < base {
		return false
	}
	to, up := d.Tokens[h-1], d.Tokens[h-2]
	for k := h - 1; k > base+1 && d.Tokens[k].Head == h-base+1 && d.Tokens[k].DepRel == "det"; k-- {
		to, up = d.Tokens[k-1], d.Tokens[k-2]
	}
	return strings.EqualFold(to.Text, "to") && strings.EqualFold(up.Text, "up")
}

// judgementAdjectives judge a proposition, not an actor: "it" with them
// ("it's unclear", "it is not true") is a dummy subject even when the
// parser attached no clause to them.
var judgementAdjectives = map[string]bool{
	"unclear": true, "clear": true, "uncertain": true, "true": true, "untrue": true, "obvious": true,
	"possible": true, "impossible": true, "important": true, "necessary": true, "evident": true, "fine": true,
}

// controlAdjectives take an infinitive whose subject is their own ("the
// company is able to pay", "it is ready to talk"): "it" before them is no
// dummy subject.
var controlAdjectives = map[string]bool{
	"able": true, "unable": true, "willing": true, "unwilling": true, "ready": true, "eager": true,
	"prepared": true, "determined": true, "keen": true, "poised": true, "due": true, "reluctant": true,
	"likely": true, "unlikely": true, "set": true, "free": true, "quick": true, "slow": true,
}

// clauseSubjectSpan returns the span of the subject of the verb that
// pronoun tok is the object of ("Sanders assailed her": "Sanders"), which
// a pronoun that is not reflexive cannot mean; an empty span otherwise.
func clauseSubjectSpan(d *doc.Doc, tok doc.Token) doc.Span {
	if tok.Head <= 0 || (tok.DepRel != "obj" && tok.DepRel != "iobj") || strings.HasSuffix(strings.ToLower(tok.Text), "self") {
		return doc.Span{Start: -1, End: -1}
	}
	if s := subjectOf(d, tok.Sentence, tok.Head); s >= 0 {
		// "a governor who had endorsed him": the relative pronoun
		// stands for the noun its clause modifies.
		verb := d.Tokens[d.Sentences[tok.Sentence].TokenStart+tok.Head-1]
		if w := strings.ToLower(d.Tokens[s].Text); (w == "who" || w == "that" || w == "which") && verb.DepRel == "acl:relcl" && verb.Head > 0 {
			return d.Tokens[d.Sentences[tok.Sentence].TokenStart+verb.Head-1].Span
		}
		return d.Tokens[s].Span
	}
	return doc.Span{Start: -1, End: -1}
}

// objectOf returns the index of the first object (obj) of token head
// (1-based within sentence s, as Token.Head), or -1.
func objectOf(d *doc.Doc, s, head int) int { return dependentOf(d, s, head, "obj") }

// subjectOf returns the index of the first active subject (nsubj) of
// token head (1-based within sentence s, as Token.Head), or -1.
func subjectOf(d *doc.Doc, s, head int) int { return dependentOf(d, s, head, "nsubj") }

// dependentOf returns the index of the first dependent of token head
// (1-based within sentence s) with relation rel, or -1.
func dependentOf(d *doc.Doc, s, head int, rel string) int {
	sent := d.Sentences[s]
	for k := sent.TokenStart; k < sent.TokenEnd; k++ {
		if t := d.Tokens[k]; t.Head == head && t.DepRel == rel {
			return k
		}
	}
	return -1
}

// antecedent reports whether mention m may be what a pronoun or a
// description refers to: a coded actor mention of its own.
func antecedent(m doc.Mention) bool {
	return m.Via != "nonactor" && m.Via != "coref" && m.Via != "modifier" && m.Via != "dateline" && m.Code != ""
}

// fits reports whether mention m is of one of kinds, and, for an agent
// phrase, as plural as the pronoun ("they" wants "officials", "it" "the
// party").
func fits(d *doc.Doc, m doc.Mention, known *kb.KB, kinds []string, plural bool) bool {
	return slices.Contains(kinds, corefKind(d, m, known)) && (m.Kind != "agent" || plural == writtenPlural(m.Text))
}

// ownerAntecedent returns the mention that a possessive pronoun inside
// the direct object of a verb, or inside an adjunct before its subject,
// refers to when that verb's subject is a fitting actor: "Chad closed its
// border with Sudan" (Chad, not an organisation named in the sentence
// before), "In her statement, Clinton said"; a subject that is itself a
// pronoun or description gives its own antecedent (resolved, by token). It
// returns -1 otherwise.
func ownerAntecedent(d *doc.Doc, known *kb.KB, k int, kinds []string, plural bool, resolved map[int]int) int {
	tok := d.Tokens[k]
	if tok.DepRel != "nmod:poss" || tok.Head <= 0 {
		return -1
	}
	sent := d.Sentences[tok.Sentence]
	at := func(h int) int { return sent.TokenStart + h - 1 } // 1-based head → token index
	n := at(tok.Head)
	for hops := 0; hops < 3 && n >= sent.TokenStart && n < sent.TokenEnd; hops++ {
		nt := d.Tokens[n]
		if nt.DepRel != "obj" && nt.DepRel != "obl" && nt.DepRel != "nmod" || nt.Head <= 0 {
			return -1
		}
		v := at(nt.Head)
		if d.Tokens[v].UPOS != "VERB" {
			n = v
			continue
		}
		s := subjectOf(d, tok.Sentence, nt.Head)
		if s < 0 || nt.DepRel != "obj" && s < n {
			// "wouldn't treat him fairly because of his calls": an
			// adjunct after the subject may be anyone's; one before
			// it ("In her statement, Clinton said") is the subject's.
			return -1
		}
		if a, ok := resolved[s]; ok {
			// A subject resolved itself: "the alliance would boost its
			// presence".
			return a
		}
		if a := fittingActorAt(d, known, d.Tokens[s].Span, kinds, plural, false); a >= 0 {
			return a
		}
		if plural && nt.DepRel == "obj" && d.Tokens[s].XPOS == "NNS" {
			// "The Sahel juntas announced their withdrawal": a plural
			// noun subject owns "their" even when it names no
			// fitting actor; no one named earlier does.
			return ownerBlocked
		}
		return -1
	}
	return -1
}

// ownerBlocked is what ownerAntecedent returns when the pronoun's owner is
// its clause's subject, which names no fitting actor.
const ownerBlocked = -2

// fittingActorAt returns the mention holding span sp whose kind is one of
// kinds (a plural agent for a plural pronoun), or -1. With speaker, a
// person of an international or non-governmental organisation fits
// "org" too ("NATO Secretary General Mark Rutte said the alliance").
func fittingActorAt(d *doc.Doc, known *kb.KB, sp doc.Span, kinds []string, plural, speaker bool) int {
	for x := len(d.Actors) - 1; x >= 0; x-- {
		m := d.Actors[x]
		if !m.Span.Contains(sp) || !antecedent(m) {
			continue
		}
		if fits(d, m, known, kinds, plural) {
			return x
		}
		if speaker && slices.Contains(kinds, "org") && m.Kind == "person" && (strings.HasPrefix(m.Code, "IGO") || strings.HasPrefix(m.Code, "NGO")) {
			return x
		}
	}
	return -1
}

// reasonAntecedent returns the mention that a possessive pronoun in a
// phrase of reason refers to: the nearest fitting actor before it in its
// sentence, whatever its kind ("the EU imposed sanctions on Belarus over
// its crackdown", "criticised the party for its stance"), where the
// ranking of kinds would pick the organisation. It returns -1 otherwise.
func reasonAntecedent(d *doc.Doc, known *kb.KB, k int, kinds []string, plural bool) int {
	tok := d.Tokens[k]
	if tok.DepRel != "nmod:poss" || tok.Head <= 0 {
		return -1
	}
	base := d.Sentences[tok.Sentence].TokenStart
	head := base + tok.Head - 1
	reason := false
	for c := base; c < head; c++ {
		if d.Tokens[c].Head == tok.Head && d.Tokens[c].DepRel == "case" {
			w := strings.ToLower(d.Tokens[c].Text)
			reason = w == "over" || w == "for"
		}
	}
	if !reason {
		return -1
	}
	for x := len(d.Actors) - 1; x >= 0; x-- {
		m := d.Actors[x]
		if m.Start >= tok.Start {
			continue
		}
		if m.Sentence != tok.Sentence {
			break
		}
		if !antecedent(m) {
			continue
		}
		if fits(d, m, known, kinds, plural) {
			return x
		}
	}
	return -1
}

// reporterAntecedent returns the mention that a pronoun subject of a
// clausal complement refers to when the verb governing that complement has
// an actor of a fitting kind as its own subject: "Iraq said it would
// allow inspectors" (Iraq, not an organisation named earlier), "the rebels
// announced they will withdraw". It returns -1 otherwise.
func reporterAntecedent(d *doc.Doc, known *kb.KB, k int, kinds []string, plural bool) int {
	tok := d.Tokens[k]
	if tok.DepRel != "nsubj" && tok.DepRel != "nsubj:pass" || tok.Head <= 0 {
		return -1
	}
	base := d.Sentences[tok.Sentence].TokenStart
	verb := base + tok.Head - 1
	if verb < 0 || verb >= len(d.Tokens) || d.Tokens[verb].DepRel != "ccomp" || d.Tokens[verb].Head <= 0 {
		return -1
	}
	gov := base + d.Tokens[verb].Head - 1
	for s := base; s < gov; s++ {
		st := d.Tokens[s]
		if st.Head != gov-base+1 || st.DepRel != "nsubj" {
			continue
		}
		// "NATO Secretary General Mark Rutte said the alliance would
		// ...": the speaker's organisation.
		if x := fittingActorAt(d, known, st.Span, kinds, plural, true); x >= 0 {
			return x
		}
	}
	return -1
}

// armedWindow is how many sentences back a definite armed agent noun may
// find its group: wire stories name the group in the lead and call it "the
// rebels" paragraphs later.
const armedWindow = 3

// resolveArmedAgents gives a definite bare armed agent noun ("the rebels",
// "the militants", "the Kestria-backed fighters": a sector REB, INS, SEP or
// UAF and no country) the code of the nearest armed group or armed agent
// phrase with a country named before it within armedWindow sentences
// ("Houthi rebels fired a missile ... The rebels said": YEMREB), as "the
// group" refers to it; its Antecedent is that mention. Indefinite nouns
// ("militants attacked") may be anyone's and are left alone.
func resolveArmedAgents(d *doc.Doc) {
	for k := range d.Actors {
		m := &d.Actors[k]
		if m.Kind != "agent" || m.Country != "" || m.Code == "" || m.Code != m.Sector || !armedSector(m.Sector) || !definite(d, *m) {
			continue
		}
		for x := k - 1; x >= 0; x-- {
			a := d.Actors[x]
			if a.Sentence < m.Sentence-armedWindow {
				break
			}
			if a.Via == "modifier" || a.Via == "nonactor" || len(a.Code) <= 3 || !armedSector(a.Code[len(a.Code)-3:]) {
				continue
			}
			if a.Kind != "group" && a.Kind != "agent" && a.Kind != "org" {
				continue
			}
			// Via stays "agent": the phrase is itself an antecedent
			// for the pronouns after it ("The rebels said their ...").
			m.Code, m.Country, m.Antecedent = a.Code, a.Country, x
			if m.Name == "" {
				m.Name, m.KBID = a.Name, a.KBID
			}
			break
		}
	}
}

// resolveSameHead gives a bare agent noun right after "the" ("the
// ministry", "the army"; no "of" phrase after it) the codes of the nearest earlier mention within corefWindow
// sentences that ends in the same noun and has a country ("Pakistan's
// foreign ministry summoned the envoy. The ministry said ...": PAKGOV).
func resolveSameHead(d *doc.Doc) {
	for k := range d.Actors {
		m := &d.Actors[k]
		if m.Kind != "agent" || m.Country != "" || m.Code == "" || m.Code != m.Sector || strings.Contains(m.Text, " ") ||
			!strings.HasSuffix(strings.ToLower(d.Text[max(0, m.Start-4):m.Start]), "the ") || strings.HasPrefix(d.Text[m.End:], " of ") {
			// Only "the ministry" itself: not "the New Hampshire
			// government", "the foreign officials", "the government
			// of Kestria".
			continue
		}
		noun := m.Text
		for x := k - 1; x >= 0; x-- {
			a := d.Actors[x]
			if a.Sentence < m.Sentence-corefWindow {
				break
			}
			if a.Country == "" || a.Via == "modifier" || a.Via == "coref" || a.Kind != "agent" && a.Kind != "org" {
				continue
			}
			if !strings.EqualFold(a.Text[strings.LastIndexByte(a.Text, ' ')+1:], noun) {
				continue
			}
			m.Code, m.Country, m.Antecedent = a.Code, a.Country, x
			if m.Name == "" {
				m.Name, m.KBID = a.Name, a.KBID
			}
			break
		}
	}
}

// definite reports whether mention m is a definite noun phrase: "the"
// begins it or stands before it, across adjectives and hyphened words
// ("the Kestria-backed rebels").
func definite(d *doc.Doc, m doc.Mention) bool {
	text := strings.ToLower(m.Text)
	if strings.HasPrefix(text, "the ") {
		return true
	}
	s := m.Sentence
	k := tokenAt(d, s, m.Start)
	for x := k - 1; x >= d.Sentences[s].TokenStart && x >= k-4; x-- {
		t := d.Tokens[x]
		switch {
		case strings.EqualFold(t.Text, "the"):
			return true
		case t.UPOS == "ADJ" || t.UPOS == "PROPN" || t.UPOS == "VERB" && (t.XPOS == "VBN" || t.XPOS == "VBG") || t.Text == "-":
		default:
			return false
		}
	}
	return false
}

// possessivePronouns own the noun phrase after them.
var possessivePronouns = map[string]bool{"its": true, "their": true, "his": true, "her": true}

// ownedSectors are the sectors of the people and organs a body owns ("the
// party's leaders", "the company's executives", "its troops").
var ownedSectors = map[string]bool{"GOV": true, "MIL": true, "PTY": true, "OPP": true, "LEG": true, "MED": true, "BUS": true, "COP": true, "SPY": true, "JUD": true}

// placeByOwner codes a bare agent noun (a sector, no country) owned by a
// description or a possessive pronoun resolved to an actor: "the
// country's interior minister" (the country's GOV), "Kestria recalled its
// ambassador" (KESGOV), "the group said its fighters" (the group's code, as
// a group's fighters are the group). A person the KB does not know set off
// by commas right after the noun ("its interior minister, Jane Doe,") takes
// the same code.
func placeByOwner(d *doc.Doc) {
	for k := 1; k < len(d.Actors); k++ {
		m, p := &d.Actors[k], d.Actors[k-1]
		if m.Kind != "agent" || m.Country != "" || m.Code == "" || m.Code != m.Sector || p.Code == "" || p.End > m.Start || p.Via != "coref" {
			continue
		}
		gap := d.Text[p.End:m.Start]
		pron := possessivePronouns[strings.ToLower(p.Text)]
		if !(pron && gap == " ") && gap != "'s " && gap != "’s " {
			continue
		}
		code := ""
		switch {
		case p.Kind == "agent" && len(p.Code) > 3 && armedSector(p.Code[len(p.Code)-3:]) && !armedSector(m.Sector):
			// "the attackers ... their own government": a pronoun
			// resolved to armed men may mean their country's people;
			// only their own kind is theirs for sure.
			continue
		case p.Kind == "group" || p.Kind == "org" || len(p.Code) > 3 && armedSector(p.Code[len(p.Code)-3:]):
			if !ownedSectors[m.Sector] && !armedSector(m.Sector) {
				// "its citizens", "their children": no body's.
				continue
			}
			// A body's people are the body ("the party said its
			// leaders", "its fighters"), but an alliance's troops are
			// its military ("NATO ... its troops": IGOWSTNATMIL), and
			// a body's organs of another sector are its country's ("the
			// police said its court").
			code = p.Code
			if p.Sector != "" && m.Sector != p.Sector && m.Sector != "GOV" && !armedSector(m.Sector) && !international(p.Code) && !actorcode.Multinational(p.Code) {
				c, err := actorcode.Compose(p.Country, m.Sector)
				if p.Country == "" || err != nil {
					continue
				}
				code = c
			}
			if international(p.Code) && m.Sector == "MIL" {
				if c, err := actorcode.Compose(p.Code, m.Sector); err == nil {
					code = c
				}
			}
		case p.Country != "":
			c, err := actorcode.Compose(p.Country, m.Sector)
			if err != nil {
				continue
			}
			code = c
		default:
			continue
		}
		m.Code, m.Country = code, countryOf(code)
		if k+1 < len(d.Actors) {
			n := &d.Actors[k+1]
			if n.Code == "" && n.Via == "unknown" && d.Text[m.End:n.Start] == ", " && strings.HasPrefix(d.Text[n.End:], ",") {
				n.Code, n.Country, n.Sector, n.Kind, n.Via = code, m.Country, m.Sector, "person", "title"
			}
		}
	}
}

// genericPeopleBlocked reports whether the plural pronoun at token k
// should not take mention a, a generic "people" ("people", "many people",
// "the American people"), as its antecedent. Such a mention is a weak one,
// which news quotes often name in passing; the pronoun means it only
// close by and when nothing more specific stands between them:
//   - not two sentences or more after it ("Officials said people were
//     angry. The mayor resigned. They say ...");
//   - not when a plural pronoun comes before a in a's sentence ("They could
//     welcome people into their party": their own party);
//   - not when a plural common noun is the subject of a clause between a
//     and the pronoun, or its object when it names people (an agent noun
//     or a noun of doers: "people distrust polls ... told his supporters
//     that they would win"; not "if people want safer streets, they");
//   - not "them" inside a clause whose understood subject is a ("kept
//     people from talking to them").
func genericPeopleBlocked(d *doc.Doc, known *kb.KB, k int, a doc.Mention) bool {
	last := strings.ToLower(a.Text[strings.LastIndexByte(a.Text, ' ')+1:])
	if last != "people" {
		return false
	}
	tok := d.Tokens[k]
	if tok.Sentence-a.Sentence > 1 {
		return true
	}
	sent := d.Sentences[a.Sentence]
	for j := sent.TokenStart; j < sent.TokenEnd && d.Tokens[j].Start < a.Start; j++ {
		if j != k && pluralPronoun(d.Tokens[j].Text) {
			return true
		}
	}
	for j := k - 1; j >= 0 && d.Tokens[j].Start >= a.End; j-- {
		t := d.Tokens[j]
		if t.UPOS != "NOUN" || t.XPOS != "NNS" || pluralNouns[strings.ToLower(t.Text)] {
			continue
		}
		subject := t.DepRel == "nsubj" || t.DepRel == "nsubj:pass"
		object := (t.DepRel == "obj" || t.DepRel == "iobj") && personNoun(known, t.Text)
		if (subject || object) && !covered(d.Actors, t.Span) {
			return true
		}
	}
	if strings.EqualFold(tok.Text, "them") && tok.Head > 0 && a.Sentence == tok.Sentence {
		// The verb of "them" is non-finite and a is the argument of the
		// verb above it that is its understood subject: its object, or
		// its subject when it has none.
		st := d.Sentences[tok.Sentence].TokenStart
		v := d.Tokens[st+tok.Head-1]
		h := headToken(d, a)
		if h >= 0 && (v.XPOS == "VBG" || v.XPOS == "VB") && (v.DepRel == "advcl" || v.DepRel == "xcomp") && v.Head > 0 && d.Tokens[h].Head == v.Head {
			switch d.Tokens[h].DepRel {
			case "obj":
				return true
			case "nsubj":
				return objectOf(d, tok.Sentence, v.Head) < 0
			}
		}
	}
	return false
}

// pluralPronoun reports whether word is "they", "them" or "their".
func pluralPronoun(word string) bool {
	w := strings.ToLower(word)
	return w == "they" || w == "them" || w == "their"
}

// personNoun reports whether plural noun word names people: a KB agent
// noun or a noun of doers ("supporters", "donors", "activists",
// "Democrats" aside, "residents", "migrants", "politicians").
func personNoun(known *kb.KB, word string) bool {
	w := strings.ToLower(word)
	if agentNoun(known, w) {
		return true
	}
	for _, suf := range []string{"ers", "ors", "ists", "ians", "ants", "ents"} {
		if strings.HasSuffix(w, suf) && len(w) > len(suf)+2 {
			return true
		}
	}
	return false
}

// descriptionModifiers are the words of data/description-modifiers.txt:
// "the Gulf state" is one of the Gulf's countries.
var descriptionModifiers = mustDescriptionModifiers()

// modifiedDescription returns the mention of a country description with a
// modifier at token k ("the Gulf state", "the island nation"): the
// nearest earlier country mention, within two sentences, that is one of
// the modifier's countries ("Qatar hosted Israel and Hamas. The Gulf
// state said": Qatar). A mention of the modifier itself ("the Gulf" as a
// region) is made no actor.
func modifiedDescription(d *doc.Doc, k int) (doc.Mention, bool) {
	tok := d.Tokens[k]
	if k < 2 || d.Tokens[k-2].Sentence != tok.Sentence || !strings.EqualFold(d.Tokens[k-2].Text, "the") || restrictedDescription(d, k) {
		return doc.Mention{}, false
	}
	mod := d.Tokens[k-1]
	set := descriptionModifiers[strings.ToLower(mod.Text)]
	if set == nil {
		return doc.Mention{}, false
	}
	for x := len(d.Actors) - 1; x >= 0; x-- {
		a := d.Actors[x]
		if a.Start >= mod.Start {
			continue
		}
		if tok.Sentence-a.Sentence > corefWindow {
			break
		}
		if !antecedent(a) || a.Kind != "country" || !set[a.Country] {
			continue
		}
		for y := range d.Actors {
			if d.Actors[y].Span.Contains(mod.Span) {
				d.Actors[y].Code, d.Actors[y].Country, d.Actors[y].Sector, d.Actors[y].Via = "", "", "", "nonactor"
			}
		}
		sp := doc.Span{Start: mod.Start, End: tok.End}
		return doc.Mention{
			Span: sp, Text: d.Text[sp.Start:sp.End], Code: a.Country, Country: a.Country, Kind: "country", Via: "coref", Sentence: tok.Sentence, Antecedent: x,
		}, true
	}
	return doc.Mention{}, false
}
