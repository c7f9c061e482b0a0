package actors

import (
	"strings"

	"github.com/petrel-events/petrel/actorcode"
	"github.com/petrel-events/petrel/doc"
	"github.com/petrel-events/petrel/internal/lower"
)

// maxDescriptor is the longest appositive descriptor, in tokens.
const maxDescriptor = 10

// placeAppositions codes a person the KB does not place (an unknown name,
// or a titled name with a sector only) from a noun phrase set off by
// commas right before or after it that names a country:
// "Salaheddine Sidhoum, Algeria's leading human rights activist, said",
// "A member of the Syrian parliament, Mohammed Mamoun, started". ms are
// the sentence's mentions, sorted by start.
func (r *Recognizer) placeAppositions(d *doc.Doc, s int, ms []doc.Mention) {
	sent := d.Sentences[s]
	for i := range ms {
		m := &ms[i]
		unknown := m.Via == "unknown" && m.Code == ""
		sectorOnly := m.Via == "title" && m.Country == "" && m.Code != "" && m.Code == m.Sector
		if !unknown && !sectorOnly {
			continue
		}
		k, j := tokenAt(d, s, m.Start), tokenEnd(d, s, m.End)
		if k < 0 || j < 0 {
			continue
		}
		var desc *doc.Mention
		var lo, hi int
		// After: "NAME, DESCRIPTOR," or "NAME, DESCRIPTOR." at the end.
		if j < sent.TokenEnd && d.Tokens[j].Text == "," {
			lo, hi = j+1, j+1
			for hi < sent.TokenEnd && !clauseBreak(d.Tokens[hi].Text) {
				hi++
			}
			desc = r.descriptor(d, ms, lo, hi)
		}
		// Before: "DESCRIPTOR, NAME," where the descriptor starts the
		// sentence or follows a comma.
		if desc == nil && k-1 > sent.TokenStart && d.Tokens[k-1].Text == "," && j < sent.TokenEnd && d.Tokens[j].Text == "," {
			hi = k - 1
			lo = hi
			for lo > sent.TokenStart && !clauseBreak(d.Tokens[lo-1].Text) {
				lo--
			}
			desc = r.descriptor(d, ms, lo, hi)
		}
		if desc == nil {
			continue
		}
		code := desc.Code
		if sectorOnly && desc.Country != "" {
			c, err := actorcode.Compose(desc.Country, m.Sector)
			if err != nil {
				continue
			}
			code = c
		} else if len(code) <= 3 {
			// A bare country: the sector of the descriptor's agent
			// noun, if any ("Algeria's leading human rights activist").
			for x := range ms {
				a := &ms[x]
				if a.Kind == "agent" && a.Country == "" && a.Sector != "" && inTokens(d, a.Span, lo, hi) {
					if c, err := actorcode.Compose(desc.Country, a.Sector); err == nil {
						code = c
					}
					break
				}
			}
		}
		m.Code, m.Country, m.Kind, m.Via = code, desc.Country, "person", "title"
		if sec := strings.TrimPrefix(code, desc.Country); sec != "" && len(sec) == 3 {
			m.Sector = sec
		}
	}
}

// clauseBreak reports whether a token ends an appositive.
func clauseBreak(t string) bool {
	switch t {
	case ",", ".", ";", ":", "(", ")", "—", "–", "\"", "“", "”":
		return true
	}
	return false
}

// ofHeads are the nouns whose "of" phrase names the group a person belongs
// to or leads ("a member of the Syrian parliament"), besides the KB's
// agent nouns and titles.
var ofHeads = map[string]bool{"member": true, "members": true, "head": true, "chief": true}

// ofPreps join a noun of membership or office to the body it belongs to:
// "a member of the Kestrian parliament", "an official in the Kestrian
// presidential office", "a commander with the Kestrel Front", "a
// spokesman for the Kestrian army".
var ofPreps = map[string]bool{"of": true, "in": true, "at": true, "with": true, "for": true}

// international reports whether code is an international or
// non-governmental organisation's (IGOUNO, NGOHRIAMN), which has no
// country but places the people who work for it.
func international(code string) bool {
	return strings.HasPrefix(code, "IGO") || strings.HasPrefix(code, "NGO")
}

// descriptor returns the placed mention that makes tokens [lo, hi) a noun
// phrase describing a person of its country, or nil. The phrase starts
// with a determiner, an adjective or the placed mention, holds no finite
// verb nor pronoun, ends with a noun, and the placed mention either opens
// it ("Algeria's leading activist", "the Syrian foreign minister") or
// follows "of" after a noun of membership or office ("a member of the
// Syrian parliament", "the leader of the Kurdish opposition").
func (r *Recognizer) descriptor(d *doc.Doc, ms []doc.Mention, lo, hi int) *doc.Mention {
	if hi-lo < 2 || hi-lo > maxDescriptor {
		return nil
	}
	switch d.Tokens[lo].UPOS {
	case "DET", "ADJ", "PROPN", "NOUN":
	default:
		return nil
	}
	hasNoun := false
	for x := lo; x < hi; x++ {
		t := d.Tokens[x]
		switch {
		case t.UPOS == "PRON" || t.UPOS == "AUX" || t.UPOS == "SCONJ" || t.UPOS == "CCONJ" || t.UPOS == "NUM":
			return nil
		case t.UPOS == "VERB" && t.XPOS != "VBG" && t.XPOS != "VBN":
			return nil
		case t.UPOS == "NOUN":
			hasNoun = true
		}
	}
	if !hasNoun || (d.Tokens[hi-1].UPOS != "NOUN" && d.Tokens[hi-1].UPOS != "PROPN") {
		return nil
	}
	first := lo
	if d.Tokens[first].UPOS == "DET" {
		first++
	}
	for x := range ms {
		a := &ms[x]
		if a.Country == "" && !international(a.Code) || a.Via == "unknown" || a.Via == "nonactor" || a.Via == "coref" || !inTokens(d, a.Span, lo, hi) {
			continue
		}
		p := tokenAt(d, d.Tokens[lo].Sentence, a.Start)
		if p == first || p == lo {
			// "the Syrian foreign minister", "the UN's aid chief".
			return a
		}
		of := p - 1
		if of > lo && strings.EqualFold(d.Tokens[of].Text, "the") {
			of--
		}
		if of > lo && ofPreps[d.Tokens[of].Text] && (d.Tokens[of].Text == "of" || a.Via != "metonym") {
			// "a correspondent in Moscow" is only there.
			head := d.Tokens[of-1]
			if _, ok := r.kb.Agent(head.Text); ok || ofHeads[strings.ToLower(head.Text)] {
				return a
			}
		}
		return nil
	}
	return nil
}

// inTokens reports whether sp lies inside tokens [lo, hi).
func inTokens(d *doc.Doc, sp doc.Span, lo, hi int) bool {
	return sp.Start >= d.Tokens[lo].Start && sp.End <= d.Tokens[hi-1].End
}

// tokenEnd returns the index of the token after the one ending at byte
// off in sentence s, or -1.
func tokenEnd(d *doc.Doc, s, off int) int {
	sent := d.Sentences[s]
	for k := sent.TokenStart; k < sent.TokenEnd; k++ {
		if d.Tokens[k].End == off {
			return k + 1
		}
	}
	return -1
}

// residenceGaps are the words between an ethnic group and the country it
// lives in: "Albanians of southern Serbia", "ethnic Serbs in Croatia".
var residenceGaps = map[string]bool{
	"in": true, "of": true, "the": true,
	"south": true, "north": true, "east": true, "west": true, "central": true,
	"southern": true, "northern": true, "eastern": true, "western": true,
	"southeastern": true, "southwestern": true, "northeastern": true, "northwestern": true,
}

// placeByResidence codes a people named by a plural demonym with the
// country it lives in, as CAMEO codes minorities: the country named by a
// demonym right before it ("Bosnian Serbs": BIH) or by an "in"/"of"
// phrase right after it ("ethnic Albanians in south Serbia": SRB).
func placeByResidence(d *doc.Doc, ms []doc.Mention) {
	for i := range ms {
		m := &ms[i]
		if m.Via != "demonym" || m.Kind != "country" || !strings.HasSuffix(m.Text, "s") {
			continue
		}
		if i > 0 {
			p := &ms[i-1]
			if p.Via == "modifier" && p.Country != "" && p.Country != m.Country && p.End+1 == m.Start {
				m.Code, m.Country = p.Code, p.Country
				continue
			}
		}
		if ethnicBefore(d, m.Span) {
			// "ethnic Albanians demonstrated in Kestria": a minority,
			// of the other country its sentence names, else placed
			// by the phrase after it as below.
			if c := otherCountry(ms, i); c != nil {
				m.Code, m.Country = c.Code, c.Country
				continue
			}
		}
		if i+1 < len(ms) {
			c := &ms[i+1]
			if c.Kind != "country" || c.Via != "kb" || c.Country == "" || c.Start <= m.End {
				continue
			}
			gap := strings.Fields(strings.ToLower(d.Text[m.End:c.Start]))
			if len(gap) == 0 || (gap[0] != "in" && gap[0] != "of") {
				continue
			}
			ok := true
			for _, w := range gap {
				ok = ok && residenceGaps[w]
			}
			if ok {
				m.Code, m.Country = c.Code, c.Country
			}
		}
	}
}

// loyaltyCues join an agent to the actor whose side it fights on or
// works for: "forces loyal to", "hackers linked to", "a militia with
// ties to". "X-backed" and "backed by X" are not among them: the backer
// does not act.
var loyaltyCues = []string{
	" loyal to ", " allied to ", " allied with ", " aligned with ",
	" linked to ", " tied to ", " with ties to ", " with links to ",
	" affiliated with ", " affiliated to ", " connected to ",
}

// placeByLoyalty codes a bare agent noun with the side it is loyal to,
// named right after the cue (a few determiners or adjectives may come
// between): "forces loyal to President Jane Doe" are her country's
// forces (UKRMIL), "militants loyal to the Kestrel Front" are the group
// itself, as a group's fighters are. ms are the sentence's mentions,
// sorted by start.
func placeByLoyalty(d *doc.Doc, ms []doc.Mention) {
	for i := range ms {
		m := &ms[i]
		from := bareAgentCue(d, m, loyaltyCues)
		if from < 0 {
			continue
		}
		for _, c := range ms[i+1:] {
			if c.Start < from {
				continue
			}
			if c.Country == "" && c.Code == "" || c.Via == "nonactor" || c.Via == "modifier" && c.Kind != "country" ||
				len(strings.Fields(d.Text[from:c.Start])) > baseGapWords || !plainGap(d, m.Sentence, from, c.Start) {
				break
			}
			switch {
			case (c.Kind == "group" || c.Kind == "org") && len(c.Code) >= 3 && armedSector(c.Code[len(c.Code)-3:]):
				m.Code, m.Country = c.Code, c.Country
			case c.Country != "":
				if code, err := actorcode.Compose(c.Country, m.Sector); err == nil {
					m.Code, m.Country = code, c.Country
				}
			}
			break
		}
	}
}

// ethnicBefore reports whether "ethnic" stands right before span.
func ethnicBefore(d *doc.Doc, sp doc.Span) bool {
	return strings.HasSuffix(strings.ToLower(strings.TrimRight(d.Text[:sp.Start], " ")), "ethnic")
}

// otherCountry returns the first country named by name (not by a
// demonym) after mention i of ms, else the last before it, that is not
// mention i's own country; nil if none.
func otherCountry(ms []doc.Mention, i int) *doc.Mention {
	own := ms[i].Country
	ok := func(c *doc.Mention) bool {
		return c.Kind == "country" && c.Via == "kb" && c.Country != "" && c.Country != own
	}
	for k := i + 1; k < len(ms); k++ {
		if ok(&ms[k]) {
			return &ms[k]
		}
	}
	for k := i - 1; k >= 0; k-- {
		if ok(&ms[k]) {
			return &ms[k]
		}
	}
	return nil
}

// sideNouns are agent nouns that serve or speak for the actor named in
// the phrase after them, and the prepositions that join it: "a spokesman
// for the Kestrian police", "an adviser to President Doe". An envoy or
// ambassador "to" a country is accredited there, not its own, and is left
// out.
var sideNouns = map[string][]string{
	"spokesman": {" for ", " of "}, "spokeswoman": {" for ", " of "}, "spokesperson": {" for ", " of "},
	"spokesmen": {" for ", " of "}, "spokeswomen": {" for ", " of "}, "spokespeople": {" for ", " of "},
	"adviser": {" to ", " of "}, "advisor": {" to ", " of "}, "advisers": {" to ", " of "}, "advisors": {" to ", " of "},
	"aide": {" to ", " of "}, "aides": {" to ", " of "}, "counsellor": {" to "},
}

// placeBySide codes a bare agent noun of sideNouns with the actor it
// serves, named right after its preposition (a few determiners, adjectives
// or titles may come between): a spokesman speaks for the whole body ("a
// spokesman for the Kestrian army" KESMIL, "a spokeswoman for the Kestrel
// Front" the group's code), an adviser or aide keeps its own sector in the
// actor's country ("an adviser to President Jane Doe" KESGOV). An
// apposition then places the person it describes. ms are the sentence's
// mentions, sorted by start.
func placeBySide(d *doc.Doc, ms []doc.Mention) {
	for i := range ms {
		m := &ms[i]
		// The last word, lower-cased (the same as the last word of the
		// lower-cased text: no rune lower-cases to or from a space).
		w := m.Text
		if sp := strings.LastIndexByte(w, ' '); sp >= 0 {
			w = w[sp+1:]
		}
		var buf [24]byte
		cues, ok := sideNouns[string(lower.Append(buf[:0], w))]
		if !ok {
			continue
		}
		from := bareAgentCue(d, m, cues)
		if from < 0 {
			continue
		}
		for _, c := range ms[i+1:] {
			if c.Start < from {
				continue
			}
			if c.Code == "" || c.Via == "nonactor" || c.Via == "modifier" || c.Code == c.Sector && c.Country == "" ||
				len(strings.Fields(d.Text[from:c.Start])) > baseGapWords || !plainGap(d, m.Sentence, from, c.Start) {
				break
			}
			// w is not lower-cased: "Spokesman" in a title is a
			// spokesman too.
			spokes := len(w) >= 6 && strings.EqualFold(w[:6], "spokes")
			switch {
			case spokes && c.Kind != "person":
				m.Code, m.Country = c.Code, c.Country
			case c.Country != "":
				if code, err := actorcode.Compose(c.Country, m.Sector); err == nil {
					m.Code, m.Country = code, c.Country
				}
			default:
				// An organisation with no country (the UN): its code.
				m.Code, m.Country = c.Code, c.Country
			}
			break
		}
	}
}

// locatedSectors are the sectors of the bare agents that the country an
// event takes place in owns: its police, army, government, rebels,
// protesters and civilians act at home. Refugees, journalists and
// companies are often foreigners there and are left out.
var locatedSectors = map[string]bool{
	"COP": true, "MIL": true, "GOV": true, "OPP": true, "REB": true, "INS": true, "SEP": true,
	"UAF": true, "CVL": true, "JUD": true, "LEG": true, "PTY": true, "LAB": true,
}

// travellers are agent nouns whose people work abroad: "diplomats in
// Kestria" are of many countries.
var travellers = map[string]bool{
	"diplomat": true, "diplomats": true, "envoy": true, "envoys": true, "ambassador": true, "ambassadors": true,
	"negotiator": true, "negotiators": true, "mediator": true, "mediators": true, "delegation": true, "delegations": true,
	"delegates": true, "peacekeepers": true, "observers": true, "monitors": true, "inspectors": true,
}

// timePrepositions mark an oblique of time: "since the attacks in Kestria".
var timePrepositions = map[string]bool{
	"since": true, "after": true, "before": true, "during": true, "until": true, "following": true, "amid": true,
}

// actorHead reports whether token g is the head token of one of ms.
func actorHead(d *doc.Doc, ms []doc.Mention, g int) bool {
	for i := range ms {
		if headToken(d, ms[i]) == g {
			return true
		}
	}
	return false
}

// timePreposition reports whether token g (of the sentence whose first
// token is base) has a case marker of time.
func timePreposition(d *doc.Doc, base, g int) bool {
	for k := base; k < g; k++ {
		if d.Tokens[k].Head == g-base+1 && d.Tokens[k].DepRel == "case" && timePrepositions[d.Tokens[k].LowerText()] {
			return true
		}
	}
	return false
}

// placeByLocation codes a bare agent with the country where its clause
// happens: a country named by an "in" phrase that modifies the agent's
// verb ("Police arrested ten protesters in Kestria": the subject and the
// object, KESCOP and KESOPP) or the agent itself ("demonstrators in
// Kestria"; not troops, who are often abroad). A sentence that names
// another country, by name or demonym, is left alone ("Troops killed
// militants in Mali, the French army said"). ms are the sentence's
// mentions, sorted by start.
func placeByLocation(d *doc.Doc, ms []doc.Mention) {
	place := -1
	for i := range ms {
		c := &ms[i]
		if c.Country == "" || c.Kind == "dateline" {
			continue
		}
		if place >= 0 && ms[place].Country != c.Country {
			return // two countries: which one is home is unclear
		}
		if c.Kind == "country" && (c.Via == "kb" || c.Via == "metonym" && len(c.Text) > 0 && !strings.HasPrefix(c.Text, "the ")) && place < 0 {
			// A country or its capital ("protesters in Nairobi").
			place = i
		}
	}
	if place < 0 {
		return
	}
	c := &ms[place]
	hc := headToken(d, *c)
	if hc < 0 {
		return
	}
	t := d.Tokens[hc]
	if (t.DepRel != "obl" && t.DepRel != "nmod") || t.Head <= 0 {
		return
	}
	base := d.Sentences[c.Sentence].TokenStart
	in := false
	for k := base; k < d.Sentences[c.Sentence].TokenEnd; k++ {
		if d.Tokens[k].Head != hc-base+1 {
			continue
		}
		if k < hc && d.Tokens[k].DepRel == "case" {
			in = d.Tokens[k].LowerText() == "in"
		}
		if k > hc && d.Tokens[k].DepRel == "conj" {
			// "in Kestria and Doria": several places.
			return
		}
	}
	if !in {
		return
	}
	gov := base + t.Head - 1
	verb := -1
	if t.DepRel == "obl" {
		verb = gov
	} else {
		// "Police arrested protesters in Kestria", "opened fire on
		// demonstrators in Kestria", "Police in Kestria arrested
		// protesters": where the verb's subject or object is, the
		// verb happens.
		for g, n := gov, 0; n < 3; n++ {
			gt := d.Tokens[g]
			if gt.Head <= 0 || (gt.DepRel != "obj" && gt.DepRel != "obl" && gt.DepRel != "nmod" && gt.DepRel != "nsubj") {
				break
			}
			if gt.DepRel == "nsubj" && !actorHead(d, ms, g) {
				// "Police in Kestria arrested ...": only an actor
				// subject places its verb.
				break
			}
			if gt.DepRel == "obl" && timePreposition(d, base, g) {
				// "since the attacks in Kestria, candidates have
				// ...": a time, not where the verb happens.
				break
			}
			g = base + gt.Head - 1
			if d.Tokens[g].UPOS == "VERB" {
				verb = g
				break
			}
		}
	}
	for i := range ms {
		m := &ms[i]
		if i == place || m.Kind != "agent" || m.Country != "" || m.Code == "" || m.Code != m.Sector || !locatedSectors[m.Sector] ||
			travellers[strings.ToLower(m.Text[strings.LastIndexByte(m.Text, ' ')+1:])] {
			continue
		}
		h := headToken(d, *m)
		if h < 0 {
			continue
		}
		ht := d.Tokens[h]
		up := -1
		if ht.Head > 0 {
			up = base + ht.Head - 1
		}
		switch {
		case h == gov && t.DepRel == "nmod" && m.Sector != "MIL":
			// "demonstrators in Kestria".
		case verb >= 0 && up == verb && (ht.DepRel == "nsubj" || ht.DepRel == "nsubj:pass" || ht.DepRel == "obj"):
			// "Police arrested protesters in Kestria".
		case verb >= 0 && up >= 0 && ht.DepRel == "nmod" && d.Tokens[up].DepRel == "obj" && d.Tokens[up].Head > 0 && base+d.Tokens[up].Head-1 == verb:
			// "arrested dozens of protesters in Kestria".
		default:
			continue
		}
		if code, err := actorcode.Compose(c.Country, m.Sector); err == nil {
			m.Code, m.Country = code, c.Country
		}
	}
}

// opponentSectors are the sectors of a state's domestic opponents.
var opponentSectors = map[string]bool{"OPP": true, "REB": true, "INS": true, "SEP": true}

// placeByOpponent codes "the government", "the regime" or "the
// authorities" (a definite bare GOV agent) with the country of the
// domestic opponents its sentence names when they are the only actors
// with a country there: "The Kestrian opposition accused the government
// of fraud" is Kestria's government. ms are the sentence's mentions,
// sorted by start.
func placeByOpponent(d *doc.Doc, ms []doc.Mention) {
	country := ""
	for i := range ms {
		c := &ms[i]
		if c.Country == "" {
			continue
		}
		if country != "" && c.Country != country || len(c.Code) < 6 || !opponentSectors[c.Code[len(c.Code)-3:]] {
			return
		}
		country = c.Country
	}
	if country == "" {
		return
	}
	for i := range ms {
		m := &ms[i]
		if m.Kind != "agent" || m.Country != "" || m.Code != "GOV" || m.Sector != "GOV" ||
			!strings.HasSuffix(strings.ToLower(d.Text[:m.Start]), "the ") {
			continue
		}
		if code, err := actorcode.Compose(country, m.Sector); err == nil {
			m.Code, m.Country = code, country
		}
	}
}
