// Package actors recognises actor mentions in a parsed document and codes
// them with the knowledge base: KB names (longest match), title + name
// ("Russian President Vladimir Putin"), demonym or country + agent noun
// ("Ukrainian officials"), metonyms of capitals and seats of power ("Moscow",
// "the Kremlin"), unknown proper-noun phrases (kept with an empty code), and
// pronouns and definite descriptions resolved to an earlier mention. Roles
// are resolved on the document's date.
package actors

import (
	"context"
	"slices"
	"sort"
	"strings"
	"sync"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/petrel-events/petrel/actorcode"
	"github.com/petrel-events/petrel/doc"
	"github.com/petrel-events/petrel/kb"
	"github.com/petrel-events/petrel/match"
)

// Recognizer is a pipeline component filling Doc.Actors. It is safe for
// concurrent use.
type Recognizer struct {
	kb    *kb.KB
	trie  *match.Trie
	heads orgHeads
	party map[string]string // party words: "Republican" → USAPTY
	// media maps news organisations' initials to them, for datelines.
	media map[string]*kb.Entity
	// surnames maps the last word of every KB person's name to them.
	surnames map[string][]*kb.Entity
	scanners sync.Pool
}

// New returns a Recognizer over k.
func New(k *kb.KB) *Recognizer {
	r := &Recognizer{kb: k, trie: k.Matcher(), heads: mustOrgHeads(), party: mustPartyWords(), surnames: map[string][]*kb.Entity{}}
	for _, e := range k.Entities() {
		if e.Kind != kb.KindPerson {
			continue
		}
		if i := strings.LastIndexByte(e.Name, ' '); i > 0 {
			r.surnames[e.Name[i+1:]] = append(r.surnames[e.Name[i+1:]], e)
		}
	}
	r.media = mediaInitials(k)
	r.scanners.New = func() any { return match.NewScanner(r.trie) }
	return r
}

// Name implements pipeline.Component.
func (r *Recognizer) Name() string { return "actors" }

// piece is one KB match inside a sentence.
type piece struct {
	doc.Span
	refs []kb.NameRef
}

// kindNoun returns the entity of kind k the piece names by any field but a
// title: agent and non-actor entries are nouns whatever field matched.
func (p piece) kindNoun(k kb.Kind) *kb.Entity {
	for _, ref := range p.refs {
		if ref.Entity.Kind == k && ref.Field != kb.FieldTitle {
			return ref.Entity
		}
	}
	return nil
}

func (p piece) has(f kb.Field, kinds ...kb.Kind) *kb.Entity {
	for _, ref := range p.refs {
		if ref.Field != f {
			continue
		}
		if len(kinds) == 0 {
			return ref.Entity
		}
		for _, k := range kinds {
			if ref.Entity.Kind == k {
				return ref.Entity
			}
		}
	}
	return nil
}

// Process finds the actor mentions of every sentence of d.
func (r *Recognizer) Process(_ context.Context, d *doc.Doc) error {
	on := d.Published.Time
	sc := r.scanners.Get().(*match.Scanner)
	defer r.scanners.Put(sc)
	for s, sent := range d.Sentences {
		text := d.Text[sent.Start:sent.End]
		var pieces []piece
		sc.Scan(text, func(m match.TextMatch) {
			p := piece{Span: doc.Span{Start: sent.Start + m.Start, End: sent.Start + m.End}}
			for _, v := range m.Values {
				p.refs = append(p.refs, r.kb.Ref(v))
			}
			pieces = append(pieces, p)
		})
		if doc.Shouted(d.SentenceWords(s)) {
			pieces = r.shoutedPieces(sc, text, sent.Start, pieces)
		}
		first := len(d.Actors)
		pieces = r.dropNamedAfter(d, s, r.dropOtherNames(d, s, dropNamePieces(d, s, pieces)))
		r.phrases(d, s, pieces, on)
		r.unknowns(d, s)
		ms := d.Actors[first:]
		sort.SliceStable(ms, func(i, j int) bool { return ms[i].Start < ms[j].Start })
		placeByOf(d, ms)
		placeByBase(d, ms)
		placeByLoyalty(d, ms)
		placeBySide(d, ms)
		r.placeAppositions(d, s, ms)
		placeByResidence(d, ms)
		placeByLocation(d, ms)
		placeByOpponent(d, ms)
	}
	r.datelines(d)
	dropNestedPeople(d)
	foreignBodies(d)
	resolveSurnames(d)
	namesakes(d)
	r.bareSurnames(d)
	resolveTitles(d, r.kb)
	resolveArmedAgents(d)
	resolveSameHead(d)
	resolveCoref(d, r.kb)
	placeByOwner(d)
	return nil
}

// shoutedPieces adds to the pieces matched in a sentence written in
// capitals ("RUSSIA WARNS NATO") those matched when its words are written
// as the KB writes names: as capital and lower-case letters ("Russia"),
// words of up to three letters kept in capitals or not ("UN Security
// Council", "Xi"). Longer matches win, then the text as written.
func (r *Recognizer) shoutedPieces(sc *match.Scanner, text string, base int, pieces []piece) []piece {
	cands := pieces
	for _, keepShort := range []bool{false, true} {
		sc.Scan(titleCase(text, keepShort), func(m match.TextMatch) {
			p := piece{Span: doc.Span{Start: base + m.Start, End: base + m.End}}
			for _, v := range m.Values {
				p.refs = append(p.refs, r.kb.Ref(v))
			}
			cands = append(cands, p)
		})
	}
	sort.SliceStable(cands, func(i, j int) bool { return cands[i].End-cands[i].Start > cands[j].End-cands[j].Start })
	var out []piece
	for _, c := range cands {
		free := true
		for _, q := range out {
			free = free && !q.Overlaps(c.Span)
		}
		if free {
			out = append(out, c)
		}
	}
	sort.SliceStable(out, func(i, j int) bool { return out[i].Start < out[j].Start })
	return out
}

// titleCase writes each ASCII word of text in capitals as a capital and
// lower-case letters ("RUSSIA WARNS" → "Russia Warns"), with keepShort
// leaving words of up to three letters as they are ("UN"), keeping its
// length, so that offsets into it are offsets into text.
func titleCase(text string, keepShort bool) string {
	b := []byte(text)
	for i := 0; i < len(b); {
		if !isASCIILetter(b[i]) {
			i++
			continue
		}
		j := i
		for j < len(b) && isASCIILetter(b[j]) {
			j++
		}
		if !keepShort || j-i > 3 {
			for k := i + 1; k < j; k++ {
				if 'A' <= b[k] && b[k] <= 'Z' {
					b[k] += 'a' - 'A'
				}
			}
		}
		i = j
	}
	return string(b)
}

func isASCIILetter(c byte) bool { return 'A' <= c && c <= 'Z' || 'a' <= c && c <= 'z' }

// foreignBodies recodes a bare national organisation ("Congress", the US
// Congress) that the document named earlier as another country's body
// ("Peru's Congress" PERLEG ... "the Congress building"): the later
// mention means the same body.
func foreignBodies(d *doc.Doc) {
	for k := range d.Actors {
		m := &d.Actors[k]
		if m.Kind != "org" || m.KBID == "" || m.Via != "kb" {
			continue
		}
		bare := strings.TrimPrefix(strings.TrimPrefix(m.Text, "the "), "The ")
		for j := k - 1; j >= 0; j-- {
			a := &d.Actors[j]
			if a.Via == "demonym" && a.Kind == "agent" && a.Country != "" && strings.HasSuffix(a.Text, " "+bare) {
				m.Code, m.Country, m.Sector, m.Kind, m.Name, m.KBID = a.Code, a.Country, a.Sector, a.Kind, a.Name, ""
				m.Via, m.Antecedent = "coref", j
				break
			}
		}
	}
}

// dropNestedPeople removes a person mention that lies inside another
// person mention ("Cardinal Tagle" inside "Manila Archbishop Luis Antonio
// Cardinal Tagle"): one person, named once. When the inner mention is a
// full name the KB knows ("Keith Rowley" inside "Prime Minister Dr Keith
// Rowley"), the outer one takes its identity first; a surname alone the
// KB knows ("Bush" inside "Gov. Jeb Bush") may be another person of that
// name, and both mentions stay.
func dropNestedPeople(d *doc.Doc) {
	outer := func(k int) int {
		m := d.Actors[k]
		for j, o := range d.Actors {
			if j != k && o.Kind == "person" && o.Start <= m.Start && m.End <= o.End && o.End-o.Start > m.End-m.Start {
				return j
			}
		}
		return -1
	}
	var drop []bool
	for k := range d.Actors {
		if d.Actors[k].Kind != "person" {
			continue
		}
		j := outer(k)
		if j < 0 {
			continue
		}
		in, o := d.Actors[k], &d.Actors[j]
		if in.Via == "kb" {
			if !strings.Contains(in.Text, " ") {
				// A surname the KB knows: maybe another person;
				// both stay, as before.
				continue
			}
			o.Code, o.Country, o.Sector, o.Name, o.KBID, o.Via = in.Code, in.Country, in.Sector, in.Name, in.KBID, in.Via
		}
		if drop == nil {
			drop = make([]bool, len(d.Actors))
		}
		drop[k] = true
	}
	dropActors(d, drop)
}

// dropActors removes the actor mentions whose drop flag is set; a nil drop
// removes none. No mention may refer to another yet.
func dropActors(d *doc.Doc, drop []bool) {
	if drop == nil {
		return
	}
	keep := d.Actors[:0]
	for k, m := range d.Actors {
		if !drop[k] {
			keep = append(keep, m)
		}
	}
	d.Actors = keep
}

// tokenAt returns the index of the token starting at byte off, or -1.
func tokenAt(d *doc.Doc, s, off int) int {
	sent := d.Sentences[s]
	lo, hi := sent.TokenStart, sent.TokenEnd
	for lo < hi {
		m := (lo + hi) / 2
		if d.Tokens[m].Start < off {
			lo = m + 1
		} else {
			hi = m
		}
	}
	if lo < sent.TokenEnd && d.Tokens[lo].Start == off {
		return lo
	}
	return -1
}

// lastUPOS returns the part of speech of the last token of span, or "".
func lastUPOS(d *doc.Doc, s int, span doc.Span) string {
	sent := d.Sentences[s]
	for k := sent.TokenEnd - 1; k >= sent.TokenStart; k-- {
		if d.Tokens[k].End == span.End {
			return d.Tokens[k].UPOS
		}
		if d.Tokens[k].End < span.End {
			break
		}
	}
	return ""
}

// extendLeft extends span over the adjectives directly before it.
func extendLeft(d *doc.Doc, s int, span doc.Span) doc.Span {
	k := tokenAt(d, s, span.Start)
	for k > d.Sentences[s].TokenStart && d.Tokens[k-1].UPOS == "ADJ" && d.Tokens[k-1].End < span.Start {
		k--
		span.Start = d.Tokens[k].Start
	}
	return span
}

// gapOK reports whether the text between two pieces may sit inside one
// actor phrase: white space, or adjectives, numbers and lower-case nouns
// ("senior", "two", "paper").
func gapOK(d *doc.Doc, s int, from, to int) bool {
	gap := d.Text[from:to]
	if strings.TrimSpace(gap) == "" {
		return from < to || from == to
	}
	if strings.ContainsAny(gap, ",;:()\"“”") {
		return false
	}
	words := strings.Fields(gap)
	if len(words) > 2 {
		return false
	}
	if len(words) == 1 && (words[0] == "'s" || words[0] == "’s") {
		// "Russia's military": the caller checks the pieces around it.
		return true
	}
	off := from
	for x, w := range words {
		i := strings.Index(d.Text[off:to], w) + off
		t := tokenAt(d, s, i)
		if t < 0 {
			return false
		}
		if titlePrefixes[w] || x == 0 && len(words) == 2 && possessive(w) {
			// "Taiwan's Vice Foreign Minister", "Acting President",
			// "Libya's eastern-based parliament": the word after the
			// possessive is checked next.
			off = i + len(w)
			continue
		}
		switch d.Tokens[t].UPOS {
		case "ADJ", "NUM":
		case "NOUN":
			// A common-noun modifier: "French paper workers",
			// "Liberian riot police"; in a sentence in capitals or in
			// title case any ("US DEFENSE FIRMS", "U.S. Defense
			// Firms").
			if !isLower(w) {
				if ws := d.SentenceWords(s); !doc.Shouted(ws) && !doc.TitleCased(ws) {
					return false
				}
			}
		default:
			if d.Tokens[t].UPOS != "" || !isLower(w) {
				return false
			}
		}
		off = i + len(w)
	}
	return true
}

// titlePrefixes qualify a title without changing who the holder works
// for: "Vice Foreign Minister", "Acting President", "Deputy Defence
// Minister".
var titlePrefixes = map[string]bool{
	"Vice": true, "Deputy": true, "Acting": true, "Interim": true, "First": true, "Senior": true,
	"Assistant": true, "Junior": true, "Under": true,
}

func isLower(w string) bool {
	r, _ := utf8.DecodeRuneInString(w)
	return unicode.IsLower(r)
}

// phrases groups the pieces of sentence s into actor phrases and appends
// their mentions.
func (r *Recognizer) phrases(d *doc.Doc, s int, pieces []piece, on time.Time) {
	for i := 0; i < len(pieces); {
		// A phrase: modifiers (demonyms, countries, organisations,
		// titles) followed by a head (a person, an agent noun, an
		// organisation or country, or an unknown proper name after a
		// title).
		j := i + 1
		for j < len(pieces) && (gapOK(d, s, pieces[j-1].End, pieces[j].Start) || portfolioGap(d, s, pieces[j-1], pieces[j])) && r.canContinue(pieces[j-1], pieces[j]) {
			if startsPossessive(d.Text[pieces[j-1].End:pieces[j].Start]) && !possessor(pieces[j-1], pieces[j]) {
				break
			}
			j++
		}
		r.phrase(d, s, pieces[i:j], on)
		i = j
	}
}

// portfolioGap reports whether the words between a demonym or country a
// and a capitalised title or agent noun b are a portfolio written in
// capitals: "Indian Home Minister", "Israeli National Security Minister",
// "Chinese Commerce Ministry spokesperson", "Kestria's Youth Minister".
// Up to three capitalised nouns, proper nouns or adjectives.
func portfolioGap(d *doc.Doc, s int, a, b piece) bool {
	if a.has(kb.FieldDemonym) == nil && a.has(kb.FieldName, kb.KindCountry) == nil && a.has(kb.FieldAlias, kb.KindCountry) == nil {
		return false
	}
	r0, _ := utf8.DecodeRuneInString(d.Text[b.Start:b.End])
	if !unicode.IsUpper(r0) || b.has(kb.FieldTitle) == nil && b.kindNoun(kb.KindAgent) == nil {
		return false
	}
	gap := d.Text[a.End:b.Start]
	gap = strings.TrimPrefix(strings.TrimPrefix(gap, "'s"), "’s")
	if !strings.HasPrefix(gap, " ") || !strings.HasSuffix(gap, " ") || strings.ContainsAny(gap, ",;:()\"“”") {
		return false
	}
	words := strings.Fields(gap)
	if len(words) == 0 || len(words) > 3 {
		return false
	}
	n := 0
	for k := d.Sentences[s].TokenStart; k < d.Sentences[s].TokenEnd; k++ {
		t := d.Tokens[k]
		if t.Start < a.End || t.End > b.Start || t.Text == "'s" || t.Text == "’s" {
			continue
		}
		r1, _ := utf8.DecodeRuneInString(t.Text)
		if !unicode.IsUpper(r1) || t.UPOS != "PROPN" && t.UPOS != "NOUN" && t.UPOS != "ADJ" {
			return false
		}
		n++
	}
	return n == len(words)
}

// possessive reports whether a gap between two pieces is a possessive
// marker.
// startsPossessive reports whether gap begins with a possessive "'s"
// ("Libya's eastern-based parliament").
func startsPossessive(gap string) bool {
	f := strings.Fields(gap)
	return len(f) > 0 && possessive(f[0])
}

func possessive(gap string) bool {
	g := strings.TrimSpace(gap)
	return g == "'s" || g == "’s"
}

// possessor reports whether a can own b inside one actor phrase: a named
// country (or its capital), organisation or group before an agent noun, a
// title or a person ("Russia's military", "Iran's Foreign Minister").
func possessor(a, b piece) bool {
	// A capital stands for its country: "Cairo's security chief".
	named := firstEntity(a, kb.KindCountry, kb.KindOrg, kb.KindGroup) != nil || a.has(kb.FieldCapital) != nil
	if c := firstEntity(a, kb.KindCountry); c != nil && foreignOrgSector(firstEntity(b, kb.KindOrg), codeOf(c)) != "" {
		// "Peru's Congress".
		return true
	}
	return named && (b.kindNoun(kb.KindAgent) != nil || b.has(kb.FieldTitle) != nil ||
		b.has(kb.FieldName, kb.KindPerson) != nil || b.has(kb.FieldAlias, kb.KindPerson) != nil)
}

// formerBefore reports whether "former" or "ex-" stands right before
// span ("former President Obama").
func formerBefore(d *doc.Doc, sp doc.Span) bool {
	before := strings.TrimRight(d.Text[:sp.Start], " ")
	return hasLowerSuffix(before, "former") || hasLowerSuffix(before, "ex-")
}

// foreignOrgSector returns the sector of organisation e when, named after
// a country modifier other than its own, it stands for that country's body
// of the same sector: a national organisation coded country + sector
// ("Congress", the US Congress, USALEG) after another country ("Peru's
// Congress" is PERLEG). It returns "" otherwise.
func foreignOrgSector(e *kb.Entity, country string) string {
	if e == nil || e.Kind != kb.KindOrg || e.Country == "" || country == "" || country == e.Country {
		return ""
	}
	if e.Sector != "" {
		return e.Sector
	}
	if len(e.Code) == len(e.Country)+3 && strings.HasPrefix(e.Code, e.Country) {
		return e.Code[len(e.Country):]
	}
	return ""
}

// canContinue reports whether piece b can follow a inside one phrase.
func (r *Recognizer) canContinue(a, b piece) bool {
	aMod := a.has(kb.FieldDemonym) != nil || a.has(kb.FieldTitle) != nil ||
		a.has(kb.FieldName, kb.KindCountry, kb.KindOrg, kb.KindGroup, kb.KindRegion) != nil ||
		a.has(kb.FieldAlias, kb.KindCountry, kb.KindOrg, kb.KindGroup, kb.KindRegion) != nil ||
		a.has(kb.FieldCapital) != nil || a.kindNoun(kb.KindAgent) != nil
	if !aMod {
		return false
	}
	// A person closes a phrase; after it comes only an apposition.
	if a.has(kb.FieldName, kb.KindPerson) != nil || a.has(kb.FieldAlias, kb.KindPerson) != nil {
		return false
	}
	return b.kindNoun(kb.KindAgent) != nil || b.kindNoun(kb.KindNonActor) != nil || b.has(kb.FieldTitle) != nil ||
		b.has(kb.FieldName, kb.KindPerson) != nil || b.has(kb.FieldAlias, kb.KindPerson) != nil ||
		(a.kindNoun(kb.KindAgent) == nil && b.has(kb.FieldDemonym) == nil) ||
		// "Prime Minister Romendacil" where an imported dictionary
		// codes the person like a country: the agent noun is his title.
		(a.kindNoun(kb.KindAgent) != nil && b.Start == a.End+1 && b.has(kb.FieldDemonym) == nil && firstEntity(b, kb.KindCountry, kb.KindOrg, kb.KindGroup) != nil)
}

// phrase codes one phrase and appends its mention.
func (r *Recognizer) phrase(d *doc.Doc, s int, ps []piece, on time.Time) {
	var (
		head    *kb.Entity // a named actor: person, org, group, country...
		headRef piece
		country string // from a demonym, country or capital modifier
		orgCode string // an organisation modifier ("NATO officials")
		sector  string // from a title or agent noun
		// agentCode is the agent's whole code when longer than its
		// sector (GOVFRM), composed with an owner.
		agentCode string
		prefix    string // an imported agent code that goes first (NGO~)
		titled    bool
		// capNoun: the phrase ends in a capitalised agent noun naming
		// one person ("Deputy Foreign Minister"), a title if a name
		// follows.
		capNoun bool
		nonact  bool
		kbid    string
	)
	for _, p := range ps {
		switch {
		case p.has(kb.FieldName, kb.KindPerson) != nil || p.has(kb.FieldAlias, kb.KindPerson) != nil:
			head, headRef = r.bestPerson(p, on), p
		case p.kindNoun(kb.KindNonActor) != nil:
			nonact = true
		case p.kindNoun(kb.KindAgent) != nil && lastUPOS(d, s, p.Span) == "ADJ":
			// "military sites": an adjective, not the agent noun.
			continue
		case p.kindNoun(kb.KindAgent) != nil:
			a := p.kindNoun(kb.KindAgent)
			capNoun = p.Span == ps[len(ps)-1].Span && p.Start > d.Sentences[s].Start && isPersonNoun(a, d.Text[p.Start:p.End])
			if a.Prefix {
				// "MSF Arnor": an imported agent code written
				// before its owner's.
				prefix = a.Code
				continue
			}
			if sector == "" || sector == "GOV" {
				sector, agentCode = a.Sector, ""
				if len(a.Code) > len(a.Sector) && strings.HasPrefix(a.Code, a.Sector) {
					// An imported agent with a longer code
					// ("FOREIGN_MINISTER [~GOVFRM]").
					agentCode = a.Code
				}
			}
		case p.has(kb.FieldTitle) != nil:
			a := p.has(kb.FieldTitle)
			if sector == "" {
				sector = a.Sector
			}
			titled = true
		case p.has(kb.FieldDemonym) != nil:
			e := p.has(kb.FieldDemonym)
			if country == "" {
				country = codeOf(e)
			}
		case p.has(kb.FieldCapital) != nil || p.has(kb.FieldName, kb.KindSeat) != nil || p.has(kb.FieldAlias, kb.KindSeat) != nil:
			e := p.has(kb.FieldCapital)
			if e == nil {
				e = p.has(kb.FieldName, kb.KindSeat)
			}
			if e == nil {
				e = p.has(kb.FieldAlias, kb.KindSeat)
			}
			if len(ps) == 1 {
				head, headRef = e, p
			} else if country == "" {
				country = codeOf(e)
				if sec := seatSector(e); sec != "" && sec != "GOV" && sector == "" {
					// "Pentagon spokesman", "Pentagon officials":
					// the seat's sector (USAMIL), as a first agent
					// noun's; a GOV seat leaves the sector to the
					// words after it ("Kremlin troops").
					sector = sec
				}
			}
		default:
			e := firstEntity(p, kb.KindCountry, kb.KindRegion, kb.KindOrg, kb.KindGroup)
			if e == nil {
				continue
			}
			if sec := foreignOrgSector(e, country); sec != "" {
				// "the Peruvian Congress", "Peru's Congress": another
				// country's own body of the kind the name gives
				// (the US Congress's LEG), not that organisation.
				if sector == "" || sector == "GOV" {
					sector = sec
				}
				continue
			}
			if e.Kind == kb.KindOrg || e.Kind == kb.KindGroup {
				orgCode = r.code(e, on)
				head, headRef = e, p
			} else if country == "" {
				country = codeOf(e)
				head, headRef = e, p
			}
		}
	}
	if prefix != "" && sector == "" && head == nil && country == "" && orgCode == "" {
		// A prefix agent alone ("MSF"): a bare agent.
		sector, prefix = prefix, ""
	}
	span := doc.Span{Start: ps[0].Start, End: ps[len(ps)-1].End}
	if capNoun && !titled && (head == nil || head.Kind != kb.KindPerson) && r.nameFollows(d, s, span) {
		// "Russian Deputy Foreign Minister Jane Doe": the capitalised
		// agent noun is her title.
		titled = true
	}
	m := doc.Mention{Span: span, Text: d.Text[span.Start:span.End], Sentence: s, Antecedent: -1, Via: "kb"}
	switch {
	case nonact:
		m.Via = "nonactor"
	case head != nil && head.Kind == kb.KindPerson:
		kbid = head.ID
		m.Code, m.Country, m.Sector, _ = r.kb.Resolve(head.ID, on)
		if m.Code == "" {
			m.Code = country
		}
		if titled && sector != "" && m.Sector == "" && len(m.Code) == 3 && !formerBefore(d, span) {
			// "Gov. Bobby Jindal" in a story the KB dates after his
			// term: the title the text gives holds (USAGOV), unless
			// it says "former".
			if code, err := actorcode.Compose(m.Code, sector); err == nil {
				m.Code, m.Sector = code, sector
			}
		}
		m.Name, m.Kind = head.Name, "person"
		m.Via = "kb"
		if titled || country != "" {
			m.Via = "title"
		}
	case sector != "" && (orgCode != "" || country != ""):
		base := orgCode
		if base == "" {
			base = country
		} else if country != "" && noCountry(head, orgCode) {
			// "Thailand's opposition People's Party": a party name
			// many countries' parties bear takes the modifier's
			// country (THAPTYOPP, not PTYOPP).
			base = country + orgCode
		}
		withSector := sector
		if agentCode != "" {
			withSector = agentCode
		}
		code, err := actorcode.Compose(base, withSector)
		if err != nil || (orgCode != "" && (sector == "GOV" || sector == "BUS" && actorcode.Multinational(orgCode) || nationalBody(head, orgCode))) {
			// "NATO officials" speak for NATO itself, "Facebook
			// executives" for the company, "the Kestrel Times'
			// editor" for the paper.
			code = base
		}
		msec := sector
		if head != nil && head.Kind == kb.KindGroup && orgCode != "" && base == orgCode {
			// "Taliban fighters", "Hamas officials": the group's own
			// people, coded from the group's code on the document's
			// date (its dated role).
			code, msec = groupAgent(orgCode, code, sector)
		}
		m.Code, m.Sector, m.Via, m.Kind = code, msec, "demonym", "agent"
		m.Country = countryOf(code)
		if head != nil && orgCode != "" {
			kbid, m.Name = head.ID, head.Name
		}
	case head != nil:
		kbid = head.ID
		m.Code = r.code(head, on)
		if country != "" && noCountry(head, m.Code) {
			// "Sweden's Social Democrats": SWEPTY.
			m.Code = country + m.Code
		}
		m.Country = countryOf(m.Code)
		if m.Country == "" {
			m.Country = head.Country
		}
		m.Sector = head.Sector
		if len(head.Roles) > 0 {
			// A group whose status changed (the Taliban, AFGREB
			// until 2021-08-15): the sector of the dated code.
			if _, _, sec, ok := r.kb.Resolve(head.ID, on); ok && sec != "" {
				m.Sector = sec
			}
		}
		m.Name = head.Name
		m.Kind = string(head.Kind)
		if head.Kind == kb.KindSeat {
			m.Kind = "country"
		}
		if headRef.has(kb.FieldCapital) != nil || head.Kind == kb.KindSeat {
			m.Via, m.Kind = "metonym", "country"
			if head.Kind == kb.KindCountry {
				// "Moscow said": the government seated there.
				m.Code, m.Sector = head.Code+"GOV", "GOV"
			}
		}
	case sector != "":
		// A bare agent noun ("troops", "officials"): sector only.
		if titled {
			// A title alone ("President") is not an actor, unless
			// it is definite ("The President said", "the Prime
			// Minister"): then it is the office's holder, an agent
			// that resolveTitles may tie to a person named earlier.
			if next := r.titledName(d, s, span, sector, country); next != nil {
				d.Actors = append(d.Actors, *next)
				return
			}
			if !afterThe(d, span) || r.titledThing(d, r.nameAfterTitle(d, s, span)) {
				return
			}
		}
		m.Code, m.Sector, m.Via, m.Kind = sector, sector, "agent", "agent"
		if e, start := r.ledBy(d, s, span); e != nil {
			// "Vietnamese-led forces", "the U.S.-led coalition forces";
			// a group's body is the group ("the Kestrel Front-run
			// ministry").
			code, err := actorcode.Compose(codeOf(e), sector)
			if e.Kind == kb.KindGroup {
				code, err = r.code(e, on), nil
			}
			if err == nil && code != "" {
				m.Code, m.Country, m.Via = code, countryOf(code), "demonym"
				m.Span.Start = start
				m.Text = d.Text[m.Start:m.End]
			}
		}
	case country != "":
		// A bare demonym: an actor only as a noun ("the Russians",
		// "Turkish and Greek officials met" where the parser made it a
		// noun), not as an adjective ("Ukrainian soil").
		m.Code, m.Country, m.Via, m.Kind = country, country, "demonym", "country"
		if !strings.HasSuffix(m.Text, "s") && lastUPOS(d, s, m.Span) == "ADJ" {
			// Only a modifier ("Palestinian riots", "Ukrainian soil"):
			// kept for the coder, which may take it as the source of an
			// event noun, but no actor of its own.
			m.Via = "modifier"
		}
	default:
		return
	}
	if prefix != "" && m.Code != "" && m.Via != "nonactor" && m.Via != "modifier" {
		// "MSF Arnor": NGOARN; the country stays the owner's.
		if m.Country == "" {
			m.Country = countryOf(m.Code)
		}
		m.Code = prefix + m.Code
	}
	m.KBID = kbid
	if m.Kind == "agent" {
		// The mention spans the adjectives before the noun phrase:
		// "foreign soldiers", "senior officials".
		m.Span = extendLeft(d, s, m.Span)
		m.Text = d.Text[m.Start:m.End]
		if m.Via == "agent" && m.Country == "" && m.Code == m.Sector {
			r.partyAgent(d, s, &m)
		}
	}
	// A title followed by an unknown name: "General Ali Khan".
	if titled && (head == nil || head.Kind != kb.KindPerson) {
		base := country
		if m.Code != "" {
			// "Arab League Secretary-General Jane Doe": the code the
			// modifiers and title composed.
			base = m.Code
		}
		if next := r.titledName(d, s, span, sector, base); next != nil {
			d.Actors = append(d.Actors, *next)
			return
		}
		if end := r.nameAfterTitle(d, s, span); end > span.End && r.titledThing(d, end) {
			// "the Kestrian Premier League": left to unknowns, whole.
			return
		}
	}
	d.Actors = append(d.Actors, m)
}

// titledName extends a title phrase over the capitalised words that follow
// it ("President Jane Doe"): a person unknown to the KB, coded from the
// title's sector and the modifier's country.
func (r *Recognizer) titledName(d *doc.Doc, s int, span doc.Span, sector, country string) *doc.Mention {
	end := r.nameAfterTitle(d, s, span)
	if end == span.End || r.titledThing(d, end) {
		return nil
	}
	code := sector
	switch {
	case len(country) == 3:
		// A bare country or region: add the title's sector.
		code = country
		if c, err := actorcode.Compose(country, sector); err == nil {
			code = c
		}
	case country != "":
		// A code the phrase already composed ("UKRGOV", "IGOARL").
		code = country
	}
	sp := doc.Span{Start: span.Start, End: end}
	return &doc.Mention{Span: sp, Text: d.Text[sp.Start:sp.End], Code: code, Country: countryOf(code), Sector: sector, Via: "title", Kind: "person", Sentence: s, Antecedent: -1}
}

// nameAfterTitle returns where the capitalised words after a title phrase
// end (span.End if none follow), a portfolio after "for" included.
func (r *Recognizer) nameAfterTitle(d *doc.Doc, s int, span doc.Span) int {
	t := tokenAt(d, s, span.End)
	if t < 0 {
		// the title ends inside a token, or white space follows
		for k := d.Sentences[s].TokenStart; k < d.Sentences[s].TokenEnd; k++ {
			if d.Tokens[k].Start >= span.End {
				t = k
				break
			}
		}
	}
	end := span.End
	if t >= 0 && t+1 < d.Sentences[s].TokenEnd && d.Tokens[t].Text == "for" && !isLower(d.Tokens[t+1].Text) && d.Tokens[t+1].UPOS == "PROPN" {
		// "Minister for Interior Aftab Sherpao", "Commissioner for
		// Refugees Jane Doe": the portfolio belongs to the title.
		t++
	}
	for k := t; k >= 0 && k < d.Sentences[s].TokenEnd; k++ {
		tok := d.Tokens[k]
		if tok.UPOS != "PROPN" && !(tok.UPOS == "" && !isLower(tok.Text)) {
			break
		}
		end = tok.End
	}
	return end
}

// titledThing reports whether the capitalised words after a title, ending
// at end, name a body or a thing rather than a person: their last word is
// an organisation's head or a non-actor's ("King Solomon Baptist
// Church", "the King James Bible", "the Kestrian Premier League").
func (r *Recognizer) titledThing(d *doc.Doc, end int) bool {
	last := d.Text[strings.LastIndexByte(d.Text[:end], ' ')+1 : end]
	_, ok := r.heads.sector[last]
	return ok || r.kb.IsNonActorHead(last)
}

// bestPerson picks among the people a name may denote the one holding a
// role on the date, else the first.
func (r *Recognizer) bestPerson(p piece, on time.Time) *kb.Entity {
	var first *kb.Entity
	for _, ref := range p.refs {
		e := ref.Entity
		if e.Kind != kb.KindPerson || (ref.Field != kb.FieldName && ref.Field != kb.FieldAlias) {
			continue
		}
		if first == nil {
			first = e
		}
		if _, ok := e.RoleOn(on); ok {
			return e
		}
	}
	return first
}

// code returns an entity's actor code on a date.
func (r *Recognizer) code(e *kb.Entity, on time.Time) string {
	code, _, _, _ := r.kb.Resolve(e.ID, on)
	return code
}

func firstEntity(p piece, kinds ...kb.Kind) *kb.Entity {
	for _, f := range []kb.Field{kb.FieldName, kb.FieldAlias} {
		if e := p.has(f, kinds...); e != nil {
			return e
		}
	}
	return nil
}

// codeOf returns the code a modifier entity contributes: its code, else
// its country.
func codeOf(e *kb.Entity) string {
	if e.Kind == kb.KindSeat || e.Code == "" {
		return e.Country
	}
	return e.Code
}

// seatSector returns the sector of seat e: its sector, else the sector
// of its code (the Pentagon, USAMIL: MIL); "" for any other entry.
func seatSector(e *kb.Entity) string {
	if e.Kind != kb.KindSeat {
		return ""
	}
	if e.Sector != "" {
		return e.Sector
	}
	if len(e.Code) == 6 {
		return e.Code[3:]
	}
	return ""
}

// nationalBody reports whether organisation e, coded code, is a
// national body of a sector other than a party's ("Fox News" USAMED, the
// GRU RUSSPY, a union USALAB): the people and organs of such a body are
// the body ("Fox News executives", "a GRU officer", "the Senate
// Judiciary Committee"), while a party's members and organs keep their
// own sector ("GOP senators" USAPTYLEG).
func nationalBody(e *kb.Entity, code string) bool {
	if e == nil || e.Kind != kb.KindOrg {
		return false
	}
	c, err := actorcode.ParseLenient(code)
	return err == nil && c.Country != "" && len(c.Sectors) > 0 && c.Sectors[0] != "PTY"
}

// noCountry reports whether code, the code of organisation or group e,
// is a bare sector: a name many countries' organisations bear ("Social
// Democrats", PTY), whose country a modifier gives.
func noCountry(e *kb.Entity, code string) bool {
	return e != nil && (e.Kind == kb.KindOrg || e.Kind == kb.KindGroup) && e.Country == "" && code != "" && code == e.Sector
}

func countryOf(code string) string {
	c, err := actorcode.ParseLenient(code)
	if err != nil {
		return ""
	}
	return c.Country
}

// unknowns adds the proper-noun phrases of sentence s that no mention
// covers, with an empty code.
func (r *Recognizer) unknowns(d *doc.Doc, s int) {
	sent := d.Sentences[s]
	covered := func(sp doc.Span) bool {
		for k := len(d.Actors) - 1; k >= 0 && d.Actors[k].Sentence == s; k-- {
			if d.Actors[k].Overlaps(sp) {
				return true
			}
		}
		return false
	}
	for k := sent.TokenStart; k < sent.TokenEnd; {
		if !properName(d.Tokens[k]) {
			if j := r.commonNounBody(d, s, k); j > k {
				// "Kestria's Federal Investigation Agency" tagged as
				// an adjective and common nouns.
				sp := doc.Span{Start: d.Tokens[k].Start, End: d.Tokens[j-1].End}
				if x := r.ownedBody(d, s, k, j); x >= 0 && !covered(sp) {
					m := doc.Mention{Span: sp, Sentence: s, Antecedent: -1}
					r.absorbOwner(d, &m, x, d.Tokens[j-1].Text)
					d.Actors = append(d.Actors, m)
					k = j
					continue
				}
			}
			k++
			continue
		}
		j := k
		for j < sent.TokenEnd && (properName(d.Tokens[j]) || (j > k && d.Tokens[j].Text == "-" && j+1 < sent.TokenEnd && properName(d.Tokens[j+1]))) {
			j++
		}
		sp := doc.Span{Start: d.Tokens[k].Start, End: d.Tokens[j-1].End}
		if _, head := r.heads.sector[d.Tokens[j-1].Text]; head && covered(sp) {
			// "The Kestrian Immigration Service" tagged as names
			// throughout: the body's name after the demonym's
			// mention.
			k2 := k
			for k2 < j-1 && countryCovers(d, s, d.Tokens[k2].Span) {
				k2++
			}
			if rest := (doc.Span{Start: d.Tokens[k2].Start, End: sp.End}); k2 > k && !covered(rest) {
				k, sp = k2, rest
			}
		}
		if !covered(sp) && r.hyphenedActors(d, s, k, j) {
			k = j
			continue
		}
		if !covered(sp) && r.compoundModifier(d, s, sp, j) {
			k = j
			continue
		}
		if j == k+1 && descriptionKinds[d.Tokens[k].Text] != "" {
			// "The kingdom said": a description the tagger took for
			// a name (written in lower case, it is none).
			k = j
			continue
		}
		if !covered(sp) && !isTimeWord(d.Text[sp.Start:sp.End]) && !inTimes(d, sp) && !dateline(d, k, j) {
			m := doc.Mention{Span: sp, Text: d.Text[sp.Start:sp.End], Via: "unknown", Sentence: s, Antecedent: -1}
			if j-k > 1 && r.kb.IsNonActorHead(d.Tokens[j-1].Text) {
				// "the Freedom of Information Act", "the Paris
				// Agreement": a law or a treaty does nothing ("Bill"
				// alone is a person).
				m.Via = "nonactor"
			} else if a := namedAgent(d, s, k); a != nil {
				// "Nigerian junior foreign minister Dubem Oniya": the
				// person the agent noun before the name describes.
				m.Code, m.Country, m.Sector, m.Kind, m.Via = a.Code, a.Country, a.Sector, "person", "title"
			} else if e := r.variantName(d, k, j); e != nil {
				// "Viktor F. Petrenko": a KB person's name with a
				// middle initial.
				m.Code, m.Country, m.Sector, _ = r.kb.Resolve(e.ID, d.Published.Time)
				if m.Code == "" {
					m.Code = e.Country
				}
				m.Name, m.KBID, m.Kind, m.Via = e.Name, e.ID, "person", "kb"
			} else if code := r.party[d.Tokens[j-1].Text]; code != "" && j-k <= 3 {
				// "a Democrat", "Kestria Republican": a member of
				// the party.
				m.Code, m.Country, m.Sector, m.Kind, m.Via = code, countryOf(code), "PTY", "agent", "demonym"
			} else if code, country, sector := r.countryBody(d, k, j); code != "" {
				// "Kestria Revenue Authority": that country's body.
				m.Code, m.Country, m.Sector, m.Kind, m.Via = code, country, sector, "org", "orgname"
			} else if code, country, sector := r.namedAfterPerson(d, k, j); code != "" {
				// "the Jane Doe Foundation": a body named after a
				// KB person, of the person's country.
				m.Code, m.Country, m.Sector, m.Kind, m.Via = code, country, sector, "org", "orgname"
			} else if x := r.ownedBody(d, s, k, j); x >= 0 {
				// "the Kestrian Prison Service", "Kestria's Federal
				// Investigation Agency": the owner's body; the owner's
				// mention becomes part of it.
				r.absorbOwner(d, &m, x, d.Tokens[j-1].Text)
			}
			d.Actors = append(d.Actors, m)
		}
		k = j
	}
}

// absorbOwner makes m the body that the owner's mention x names ("the
// Kestrian Prison Service", "Kestria's Federal Investigation Agency"): the
// owner's country, the sector of the body's last word head, the span from
// the owner's start; the owner's mention becomes part of it and leaves
// d.Actors.
func (r *Recognizer) absorbOwner(d *doc.Doc, m *doc.Mention, x int, head string) {
	o := d.Actors[x]
	sector := r.heads.sector[head]
	m.Code, m.Country, m.Sector, m.Kind, m.Via = o.Country, o.Country, sector, "org", "orgname"
	if c, err := actorcode.Compose(o.Country, sector); sector != "" && err == nil {
		m.Code = c
	}
	m.Span.Start = o.Start
	m.Text = d.Text[m.Start:m.End]
	d.Actors = append(d.Actors[:x], d.Actors[x+1:]...)
}

// ownedBody returns the index in d.Actors of the country mention that
// owns the unknown name in tokens [k, j) of sentence s, or -1: a name
// ending in an organisation's head word
// (data/org-heads.txt) written right after a demonym or a country's
// possessive ("the Kestrian Prison Service", "Kestria's Federal
// Investigation Agency", "the Kestrian Directorate of ...").
func (r *Recognizer) ownedBody(d *doc.Doc, s, k, j int) int {
	if _, ok := r.heads.sector[d.Tokens[j-1].Text]; !ok {
		return -1
	}
	start := d.Tokens[k].Start
	for x := len(d.Actors) - 1; x >= 0 && d.Actors[x].Sentence == s; x-- {
		o := d.Actors[x]
		if o.End > start || start-o.End > len("’s ") {
			continue
		}
		if o.Kind != "country" || o.Country == "" || o.Code != o.Country {
			return -1
		}
		gap := d.Text[o.End:start]
		if o.Via == "kb" && gap != "'s " && gap != "’s " || o.Via != "kb" && gap != " " {
			return -1
		}
		return x
	}
	return -1
}

// variantName returns the one KB person whose name the unknown name in
// tokens [k, j) writes with middle names or initials the KB does not list
// ("Viktor F. Petrenko" for the KB's Viktor Petrenko): the same given
// name and surname; nil if none or several. Misspelt given names are
// not matched: "Ivana" and "Ivanka", "Mark" and "Mary" are other people.
func (r *Recognizer) variantName(d *doc.Doc, k, j int) *kb.Entity {
	if j-k < 3 || j-k > 4 {
		return nil
	}
	given := d.Tokens[k].Text
	var found *kb.Entity
	for _, e := range r.surnames[d.Tokens[j-1].Text] {
		if first, _, _ := strings.Cut(e.Name, " "); first != given {
			continue
		}
		if found != nil && found != e {
			return nil
		}
		found = e
	}
	return found
}

// hyphenedActors adds one mention per part of a proper name made of known
// actors joined by hyphens, tokens [k, j) of sentence s ("US-China trade
// talks", "the Russia-Ukraine war", "DPRK-U.S. summit"), and reports
// whether it did: every part must be a country, region or organisation
// the KB knows by that exact name.
func (r *Recognizer) hyphenedActors(d *doc.Doc, s, k, j int) bool {
	var parts []piece
	start := k
	for x := k; x <= j; x++ {
		if x < j && d.Tokens[x].Text != "-" {
			continue
		}
		if x == start {
			return false
		}
		sp := doc.Span{Start: d.Tokens[start].Start, End: d.Tokens[x-1].End}
		p := piece{Span: sp, refs: r.kb.Lookup(d.Text[sp.Start:sp.End])}
		if firstEntity(p, kb.KindCountry, kb.KindRegion, kb.KindOrg) == nil {
			return false
		}
		parts = append(parts, p)
		start = x + 1
	}
	if len(parts) < 2 {
		return false
	}
	for _, p := range parts {
		r.phrase(d, s, []piece{p}, d.Published.Time)
	}
	return true
}

// properName reports whether a token is part of a proper name: a proper
// noun, or a word the tagger gave a proper-noun XPOS under another UPOS
// ("New" ADJ/NNP in "New York Times").
func properName(t doc.Token) bool {
	return t.UPOS == "PROPN" || t.XPOS == "NNP" || t.XPOS == "NNPS"
}

// dateline reports whether tokens [k, j) are the upper-case place names of
// a dateline at the start of a sentence ("MOSCOW/KYIV, Feb. 24 —"): they
// name where the story was filed, not an actor.
func dateline(d *doc.Doc, k, j int) bool {
	s := d.Tokens[k].Sentence
	if k > d.Sentences[s].TokenStart && !slashJoined(d, k) {
		return false
	}
	for x := k; x < j; x++ {
		if t := d.Tokens[x].Text; strings.ToUpper(t) != t || len(t) < 3 {
			return false
		}
	}
	if j >= d.Sentences[s].TokenEnd {
		return false
	}
	switch d.Tokens[j].Text {
	case ",", "/", "—", "–", "-", "(":
		return true
	}
	return false
}

// slashJoined reports whether token k follows a slash that follows the
// first token of its sentence ("MOSCOW/KYIV").
func slashJoined(d *doc.Doc, k int) bool {
	s := d.Tokens[k].Sentence
	return k >= d.Sentences[s].TokenStart+2 && d.Tokens[k-1].Text == "/"
}

func inTimes(d *doc.Doc, sp doc.Span) bool {
	for _, t := range d.Times {
		if t.Overlaps(sp) {
			return true
		}
	}
	return false
}

var timeWords = map[string]bool{
	"January": true, "February": true, "March": true, "April": true, "May": true, "June": true, "July": true,
	"August": true, "September": true, "October": true, "November": true, "December": true,
	"Monday": true, "Tuesday": true, "Wednesday": true, "Thursday": true, "Friday": true, "Saturday": true, "Sunday": true,
}

// monthAbbrevs are the abbreviated month names of news datelines.
var monthAbbrevs = map[string]bool{
	"Jan": true, "Feb": true, "Mar": true, "Apr": true, "Jun": true, "Jul": true, "Aug": true,
	"Sep": true, "Sept": true, "Oct": true, "Nov": true, "Dec": true,
}

func isTimeWord(s string) bool {
	first, _, _ := strings.Cut(s, " ")
	if i := strings.LastIndexByte(s, ' '); i > 0 {
		// Named days: "Election Day", "Independence Day", "Christmas Eve".
		switch s[i+1:] {
		case "Day", "Eve", "Week":
			return true
		}
	}
	if first != s && !strings.HasSuffix(first, ".") {
		// "Jan Novak": a given name before a name, not January.
		return timeWords[first]
	}
	return timeWords[first] || monthAbbrevs[strings.TrimSuffix(first, ".")]
}

// leaderSuffixes end the words that give an agent phrase the actor who
// leads, runs or installed it: "Vietnamese-led forces", "the Hamas-run
// health ministry", "Moscow-installed officials". "-backed" and "-held"
// are not among them: the backer or holder does not act.
var leaderSuffixes = []string{"-led", "-run", "-installed", "-appointed"}

// ledBy returns the country, region or organisation X of an "X-led" word
// (or "X-run", "X-installed", "X-appointed") right before span
// ("Vietnamese-led forces"), and where that word starts; nil when there is
// none.
func (r *Recognizer) ledBy(d *doc.Doc, s int, span doc.Span) (*kb.Entity, int) {
	start := d.Sentences[s].Start
	pre := strings.TrimRight(d.Text[start:span.Start], " ")
	suffix := ""
	for skip := 0; skip < 3 && suffix == ""; skip++ {
		if skip > 0 {
			// "the Hamas-run health ministry": a lower-case noun
			// or two between.
			sp := strings.LastIndexByte(pre, ' ')
			if sp < 0 || !isLower(pre[sp+1:]) {
				return nil, 0
			}
			pre = strings.TrimRight(pre[:sp], " ")
		}
		for _, x := range leaderSuffixes {
			if hasLowerSuffix(pre, x) {
				suffix = x
				break
			}
		}
	}
	if suffix == "" {
		return nil, 0
	}
	pre = pre[:len(pre)-len(suffix)]
	i := strings.LastIndexAny(pre, " \t\n\"“(") + 1
	word := pre[i:]
	if word == "" {
		return nil, 0
	}
	e, ok := r.kb.Head(word)
	if !ok || e.Kind == kb.KindPerson {
		return nil, 0
	}
	return e, start + i
}

// placeByOf codes a titled person the KB does not place with the country
// named right after it ("King Hassan of Morocco": MARGOV), so that later
// pronouns resolved to the person carry the country too.
func placeByOf(d *doc.Doc, ms []doc.Mention) {
	for i := 0; i+1 < len(ms); i++ {
		m, c := &ms[i], &ms[i+1]
		if m.Via != "title" || m.Country != "" || m.Code == "" || m.Code != m.Sector || c.Kind != "country" || c.Country == "" {
			continue
		}
		if c.Start < m.End || d.Text[m.End:c.Start] != " of " {
			continue
		}
		code, err := actorcode.Compose(c.Code, m.Sector)
		if err != nil {
			continue
		}
		m.Code, m.Country = code, c.Country
	}
}

// dropNamePieces drops the places matched at the end of a longer proper
// name, a capitalised word right before them that no other piece covers
// and that does not start the sentence: "Jersey" in "a New Jersey
// company" is no country.
func dropNamePieces(d *doc.Doc, s int, pieces []piece) []piece {
	out := pieces[:0]
	for i, p := range pieces {
		if placeOnly(p) {
			k := tokenAt(d, s, p.Start)
			if k > d.Sentences[s].TokenStart+1 {
				prev := d.Tokens[k-1]
				covered := i > 0 && pieces[i-1].End >= prev.End
				r, _ := utf8.DecodeRuneInString(prev.Text)
				if !covered && prev.End+1 >= p.Start && unicode.IsUpper(r) && (prev.UPOS == "PROPN" || prev.UPOS == "ADJ") && prev.Text != "Royal" {
					// "Royal" keeps its country: "the Royal Thai
					// Army", "the Royal Saudi Air Force".
					continue
				}
			}
		}
		prevEnd := -1
		if i > 0 {
			prevEnd = pieces[i-1].End
		}
		if otherBearer(d, s, p, prevEnd) {
			continue
		}
		// "the West Coast" (a region's name continued by a singular
		// name word; "the Gulf States" stays the Gulf).
		if (placeOrCapital(p) || regionName(p)) && nameContinues(d, s, p, pieces[i+1:]) {
			continue
		}
		out = append(out, p)
	}
	return out
}

// otherBearer reports whether piece p is a one-word surname the KB knows
// of people (an alias: "Bennett") written after a given name of someone
// else ("Jim Bennett"): capitalised proper nouns right before it that no
// piece covers (a title does: "Sen. Bennett"; prevEnd is where the piece
// before p ends) whose first word is the given name of none of the KB's
// people of that surname, even misspelt ("Donald J. Trump" stays Donald
// Trump's). The whole name is then one the KB does not know.
func otherBearer(d *doc.Doc, s int, p piece, prevEnd int) bool {
	if prevEnd >= p.Start-1 {
		return false
	}
	var people []*kb.Entity
	for _, ref := range p.refs {
		if ref.Entity.Kind != kb.KindPerson || ref.Field != kb.FieldAlias {
			return false
		}
		people = append(people, ref.Entity)
	}
	word := d.Text[p.Start:p.End]
	if len(people) == 0 || strings.Contains(word, " ") || titleCased(d, s) {
		// "Bellwether County Says Trump": a headline capitalises
		// every word.
		return false
	}
	for _, e := range people {
		if !strings.HasSuffix(e.Name, " "+word) {
			// A given name ("Crooked Hillary"), not a surname.
			return false
		}
	}
	k := tokenAt(d, s, p.Start)
	if k <= d.Sentences[s].TokenStart {
		return false
	}
	first := k - 1
	for first > d.Sentences[s].TokenStart && properName(d.Tokens[first-1]) && d.Tokens[first-1].End+1 == d.Tokens[first].Start && d.Tokens[first-1].Start >= prevEnd {
		first--
	}
	prev := d.Tokens[k-1]
	if prev.UPOS != "PROPN" || prev.End+1 != p.Start || !unicode.IsUpper([]rune(prev.Text)[0]) || honorifics[prev.Text] ||
		isTimeWord(prev.Text) || monthAbbrevs[strings.TrimSuffix(prev.Text, ".")] || inTimes(d, prev.Span) {
		// "In August Trump met": a month, not a given name.
		return false
	}
	given := strings.TrimSuffix(d.Tokens[first].Text, ".")
	for _, e := range people {
		for _, n := range e.Names() {
			if w, _, ok := strings.Cut(n, " "); ok && sameGivenName(strings.TrimSuffix(w, "."), given) {
				return false
			}
		}
	}
	return true
}

// sameGivenName reports whether given name b is a as written or
// misspelt: the same first letter and at most one letter changed, added
// or dropped (two in names of five letters or more), or its initial:
// "Borut" and "Borur", "B." and "Barack", not "Jeb" and "Joe" nor "Laura"
// and "Hubert".
func sameGivenName(a, b string) bool {
	if a == b {
		return true
	}
	ra, rb := []rune(a), []rune(b)
	if len(ra) == 0 || len(rb) == 0 || ra[0] != rb[0] {
		return false
	}
	if len(ra) == 1 || len(rb) == 1 {
		// An initial: "B. Hussein Obama".
		return true
	}
	limit := 1
	if min(len(ra), len(rb)) >= 5 {
		limit = 2
	}
	return editDistance(ra, rb) <= limit
}

// editDistance is the Levenshtein distance between a and b.
func editDistance(a, b []rune) int {
	prev := make([]int, len(b)+1)
	cur := make([]int, len(b)+1)
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= len(a); i++ {
		cur[0] = i
		for j := 1; j <= len(b); j++ {
			cost := 1
			if a[i-1] == b[j-1] {
				cost = 0
			}
			cur[j] = min(prev[j]+1, cur[j-1]+1, prev[j-1]+cost)
		}
		prev, cur = cur, prev
	}
	return prev[len(b)]
}

// placeOrCapital reports whether every entity the piece names is a
// country, by its name or its capital.
// regionName reports whether piece p names only regions by their names
// ("the West", "Europe"): "the West Coast" is a longer name.
func regionName(p piece) bool { return onlyRefs(p, kb.KindRegion, kb.FieldName, kb.FieldAlias) }

// placeOrCapital reports whether piece p names only countries, by name or
// capital.
func placeOrCapital(p piece) bool {
	return onlyRefs(p, kb.KindCountry, kb.FieldName, kb.FieldAlias, kb.FieldCapital)
}

// onlyRefs reports whether p has references and all are entities of kind
// through one of fields.
func onlyRefs(p piece, kind kb.Kind, fields ...kb.Field) bool {
	for _, ref := range p.refs {
		if ref.Entity.Kind != kind || !slices.Contains(fields, ref.Field) {
			return false
		}
	}
	return len(p.refs) > 0
}

// nameContinues reports whether a country or capital piece p is the first
// word of a longer proper name: a capitalised proper noun follows it
// directly that no later piece covers and that is no time word ("the
// Washington Post", "China Daily", "Iran Air"), in a sentence that is not
// written in title case.
func nameContinues(d *doc.Doc, s int, p piece, later []piece) bool {
	k := tokenAt(d, s, p.Start)
	j := tokenEnd(d, s, p.End)
	sent := d.Sentences[s]
	if k < 0 || j < 0 || j >= sent.TokenEnd {
		return false
	}
	if w := d.Text[p.Start:p.End]; strings.Contains(w, ".") || strings.ToUpper(w) == w {
		// "U.S. District Judge", "UK Independence Party": an
		// abbreviated country names the owner of what follows.
		return false
	}
	next := d.Tokens[j]
	r, _ := utf8.DecodeRuneInString(next.Text)
	if next.UPOS != "PROPN" && next.XPOS != "NN" || regionName(p) && next.XPOS == "NNPS" || !unicode.IsUpper(r) || next.Start != p.End+1 || isTimeWord(next.Text) || monthAbbrevs[strings.TrimSuffix(next.Text, ".")] {
		return false
	}
	if len(later) > 0 && later[0].Start <= next.Start {
		return false
	}
	return !titleCased(d, s)
}

// titleCased reports whether sentence s is a headline in title case,
// which capitalises every word: fewer than two words in lower case.
func titleCased(d *doc.Doc, s int) bool {
	sent := d.Sentences[s]
	lower := 0
	for x := sent.TokenStart; x < sent.TokenEnd; x++ {
		if isLower(d.Tokens[x].Text) {
			lower++
		}
	}
	return lower < 2
}

// placeOnly reports whether every entity the piece names is a country
// (regions keep their adjectives: "Eastern Europe").
func placeOnly(p piece) bool {
	for _, ref := range p.refs {
		if ref.Entity.Kind != kb.KindCountry {
			return false
		}
	}
	return len(p.refs) > 0
}

// namedAgent returns the coded agent mention of sentence s that ends with
// a singular common noun right before token k ("Niger's ambassador" before
// "Brah Mohamane", "judge" before "Amy Berman Jackson"), or nil.
func namedAgent(d *doc.Doc, s, k int) *doc.Mention {
	if prev := d.Tokens[max(k-1, 0)]; k == 0 || prev.UPOS != "NOUN" || prev.XPOS == "NNS" || prev.End+1 < d.Tokens[k].Start {
		return nil
	}
	for i := len(d.Actors) - 1; i >= 0 && d.Actors[i].Sentence == s; i-- {
		a := &d.Actors[i]
		// Without a country the agent noun must be written in lower
		// case ("Federal judge Amy Berman Jackson"): a capitalised one
		// is part of a name ("the Leadership Institute"); and not an
		// armed one ("martial arts fighter Conor McGregor").
		if a.End == d.Tokens[k-1].End && a.Kind == "agent" && a.Code != "" && (a.Country != "" || isLower(d.Tokens[k-1].Text) && !armedSector(a.Sector)) {
			return a
		}
	}
	return nil
}

// baseGapWords is how many words may stand between "based in" and the
// place it names ("a newspaper based in Christian east Beirut").
const baseGapWords = 3

// placeByBase codes a bare agent noun the KB does not place with the
// country of the place it is based in, named right after it: "a
// newspaper based in Beirut" (LBNMED), "a group headquartered in Kenya"
// (KEN). The place is a country or a capital; a few words may come
// between ("based in east Beirut").
func placeByBase(d *doc.Doc, ms []doc.Mention) {
	for i := 0; i+1 < len(ms); i++ {
		m := &ms[i]
		from := bareAgentCue(d, m, baseCues)
		if from < 0 {
			continue
		}
		for _, c := range ms[i+1:] {
			if c.Start < from {
				continue
			}
			if c.Kind != "country" || c.Country == "" || len(strings.Fields(d.Text[from:c.Start])) > baseGapWords || strings.ContainsAny(d.Text[from:c.Start], ",;:()") {
				break
			}
			if !plainGap(d, m.Sentence, from, c.Start) {
				break
			}
			if code, err := actorcode.Compose(c.Country, m.Sector); err == nil {
				m.Code, m.Country = code, c.Country
			}
			break
		}
	}
}

// plainGap reports whether the words of sentence s between byte offsets
// from and to are only determiners, adjectives, nouns and proper nouns:
// "based in east Beirut", not "based in a town near Beirut".
func plainGap(d *doc.Doc, s, from, to int) bool {
	sent := d.Sentences[s]
	for k := sent.TokenStart; k < sent.TokenEnd; k++ {
		t := d.Tokens[k]
		if t.Start < from || t.End > to {
			continue
		}
		switch t.UPOS {
		case "DET", "ADJ", "NOUN", "PROPN":
		default:
			return false
		}
	}
	return true
}

// baseCues introduce where an organisation is based.
var baseCues = []string{" based in ", " headquartered in ", " headquarted in "}

// bareAgentCue returns where the text after m's cue begins, when m is a
// bare agent noun (a sector and no country: "forces", "a newspaper")
// followed right away by one of cues; else -1.
func bareAgentCue(d *doc.Doc, m *doc.Mention, cues []string) int {
	if m.Kind != "agent" || m.Country != "" || m.Code == "" || m.Code != m.Sector {
		return -1
	}
	after := lastPrefix(d.Text[m.End:], cues)
	if after == "" {
		return -1
	}
	return m.End + len(after)
}

// lastPrefix returns the last of cues that s begins with, or "".
func lastPrefix(s string, cues []string) string {
	found := ""
	for _, cue := range cues {
		if strings.HasPrefix(s, cue) {
			found = cue
		}
	}
	return found
}

// nameParticles begin the family names that follow a given name in
// lower case: "Anwar al-Awlaki", "Ali bin Hassan".
var nameParticles = []string{"al-", "el-", "bin ", "ibn ", "bint "}

// dropOtherNames drops a one-word KB alias of people ("Anwar" of Anwar
// Ibrahim, "Saint-Cyr") written right before another name word that none
// of them bears after it: a capitalised proper noun or a name with a
// particle ("Anwar al-Awlaki", "Saint-Cyr Coëtquidan"), so the whole name
// is one the KB does not know. A word that names a body ("the Doe
// administration", "Doe Foundation"), a time, or a later piece leaves the
// alias alone, as does a headline in title case.
func (r *Recognizer) dropOtherNames(d *doc.Doc, s int, pieces []piece) []piece {
	out := pieces[:0]
	for i, p := range pieces {
		if !r.otherName(d, s, p, pieces[i+1:]) {
			out = append(out, p)
		}
	}
	return out
}

func (r *Recognizer) otherName(d *doc.Doc, s int, p piece, later []piece) bool {
	word := d.Text[p.Start:p.End]
	if len(p.refs) == 0 || strings.Contains(word, " ") || strings.Contains(word, ".") {
		return false
	}
	for _, ref := range p.refs {
		if ref.Entity.Kind != kb.KindPerson || ref.Field != kb.FieldAlias {
			return false
		}
	}
	j := tokenEnd(d, s, p.End)
	if j < 0 || j >= d.Sentences[s].TokenEnd {
		return false
	}
	next := d.Tokens[j]
	if next.Start != p.End+1 || len(later) > 0 && later[0].Start <= next.Start {
		return false
	}
	rest := d.Text[next.Start:d.Sentences[s].End]
	particle := false
	for _, pre := range nameParticles {
		particle = particle || strings.HasPrefix(rest, pre) && len(rest) > len(pre)
	}
	r0, _ := utf8.DecodeRuneInString(next.Text)
	if !particle && (next.UPOS != "PROPN" || !unicode.IsUpper(r0)) {
		return false
	}
	if s == 0 || isTimeWord(next.Text) || monthAbbrevs[strings.TrimSuffix(next.Text, ".")] || inTimes(d, next.Span) || titleCased(d, s) {
		// A story's first sentence is often a headline, which
		// capitalises words ("Doe Can't Be Trusted").
		return false
	}
	if tail := d.Text[next.End:d.Sentences[s].End]; strings.HasPrefix(tail, "n't") || strings.HasPrefix(tail, "n’t") {
		// "Doe Can't": a verb split from its negation.
		return false
	}
	// "the Doe administration", "Doe Foundation", "former Doe Education
	// Secretary Jane Roe": the capitalised words after the alias name a
	// body, a thing or an office.
	for x := j; x < d.Sentences[s].TokenEnd; x++ {
		t := d.Tokens[x]
		if x > j && (t.Start != d.Tokens[x-1].End+1 || !unicode.IsUpper([]rune(t.Text)[0])) {
			break
		}
		if _, ok := r.kb.Agent(t.Text); ok || r.kb.IsNonActorHead(t.Text) {
			return false
		}
		if _, ok := r.heads.sector[t.Text]; ok {
			return false
		}
	}
	for _, ref := range p.refs {
		for _, n := range ref.Entity.Names() {
			// "Anwar Ibrahim": a name of the person goes on this way.
			// "Ranil Wickremasinghe": even misspelt.
			after, ok := strings.CutPrefix(n, word+" ")
			if !ok {
				continue
			}
			w, _, _ := strings.Cut(after, " ")
			if sameGivenName(w, next.Text) || particle && strings.HasPrefix(rest, w) {
				return false
			}
		}
	}
	return true
}

// isPersonNoun reports whether text, an agent noun of a, is written
// capitalised and names one person ("Deputy Foreign Minister", "Police
// Chief"; not "Officials").
func isPersonNoun(a *kb.Entity, text string) bool {
	r0, _ := utf8.DecodeRuneInString(text)
	if !unicode.IsUpper(r0) || strings.ToUpper(text) == text {
		return false
	}
	last := strings.ToLower(text[strings.LastIndexByte(text, ' ')+1:])
	for _, n := range a.Persons {
		if n == last || strings.HasSuffix(n, " "+last) {
			return true
		}
	}
	return false
}

// nameFollows reports whether an unknown proper name follows the phrase
// span: capitalised words none of which the KB knows as a place, body or
// group, and no time ("Minister Jane Doe", not "Police Scotland" nor
// "Spokesman Monday").
func (r *Recognizer) nameFollows(d *doc.Doc, s int, span doc.Span) bool {
	end := r.nameAfterTitle(d, s, span)
	if end == span.End || r.titledThing(d, end) {
		return false
	}
	for k := d.Sentences[s].TokenStart; k < d.Sentences[s].TokenEnd; k++ {
		t := d.Tokens[k]
		if t.Start < span.End || t.End > end {
			continue
		}
		if isTimeWord(t.Text) || monthAbbrevs[strings.TrimSuffix(t.Text, ".")] || inTimes(d, t.Span) {
			return false
		}
		p := piece{Span: t.Span, refs: r.kb.Lookup(t.Text)}
		if firstEntity(p, kb.KindCountry, kb.KindRegion, kb.KindOrg, kb.KindGroup, kb.KindSeat) != nil {
			return false
		}
	}
	return true
}

// compoundModifier handles a country, demonym or group the KB knows
// written before a hyphen and a lower-case word, which the matcher,
// reading "Iran-backed" as one word, did not see: before "-led" it is a
// modifier the coder may take as an event's source ("Saudi-led strikes":
// SAU), as a demonym before an event noun is; before any other word
// ("Iran-backed militias", "Kurdish-held town") it is no actor, the
// backer or holder not being the one who acts. It reports whether it
// handled the name; tokens k..j-1 span sp.
func (r *Recognizer) compoundModifier(d *doc.Doc, s int, sp doc.Span, j int) bool {
	sent := d.Sentences[s]
	if j+1 >= sent.TokenEnd || d.Tokens[j].Text != "-" || d.Tokens[j].Start != sp.End || d.Tokens[j+1].Start != d.Tokens[j].End || !isLower(d.Tokens[j+1].Text) {
		return false
	}
	e, ok := r.kb.Head(d.Text[sp.Start:sp.End])
	if !ok || e.Kind == kb.KindPerson || e.Kind == kb.KindAgent || e.Kind == kb.KindNonActor {
		return false
	}
	if strings.ToLower(d.Tokens[j+1].Text) == "led" {
		code := codeOf(e)
		m := doc.Mention{Span: sp, Text: d.Text[sp.Start:sp.End], Code: code, Country: countryOf(code), Kind: string(e.Kind), Via: "modifier", Sentence: s, Antecedent: -1}
		if c := j + 2; c < sent.TokenEnd && coalitionNoun(d.Tokens[c].Text) && (c+1 >= sent.TokenEnd || d.Tokens[c+1].UPOS != "NOUN") {
			// "the Saudi-led coalition": the coalition the leader
			// heads acts as the leader ("coalition forces" is an
			// agent phrase, placed by ledBy).
			m.Span.End = d.Tokens[c].End
			m.Text, m.Kind, m.Via = d.Text[m.Start:m.End], "org", "led"
		}
		d.Actors = append(d.Actors, m)
	}
	return true
}

// coalitionNoun reports whether w names a body of several states or
// groups that an "X-led" word gives a leader: "coalition", "alliance".
func coalitionNoun(w string) bool {
	switch strings.ToLower(w) {
	case "coalition", "alliance":
		return true
	}
	return false
}

// groupAgent codes the people an agent noun names as members of an armed
// or governing group with code group ("Taliban fighters", "HTS
// officials"), given the code composed so far and the noun's sector. The
// fighters, forces or commanders of a non-state armed group are the group,
// with its sector (AFGREB/REB, not AFGREBMIL or sector INS); its officials
// and leaders are the group too. The armed men of a group that governs its
// state on that date (the Taliban after 2021-08-15) are the state's
// military (AFGMIL, not AFGGOVINS).
func groupAgent(group, code, sector string) (string, string) {
	c, err := actorcode.ParseLenient(group)
	if err != nil || len(c.Sectors) == 0 {
		return code, sector
	}
	last := c.Sectors[len(c.Sectors)-1]
	armedNoun := armedSector(sector) || sector == "MIL"
	switch {
	case armedSector(last) && (armedNoun || code == group):
		return group, last
	case last == "GOV" && armedNoun && c.Country != "" && len(c.Sectors) == 1:
		if mil, err := actorcode.Compose(c.Country, "MIL"); err == nil {
			return mil, "MIL"
		}
	}
	return code, sector
}

// dropNamedAfter drops a KB person's piece written directly before a
// capitalised word that ends the name of a body or a thing (an
// organisation's head, or a non-actor's: "Charles de Gaulle Airport",
// "the Nelson Mandela University", "the Jane Doe Foundation"): the whole
// name is then a place or an organisation the KB does not know, not the
// person.
func (r *Recognizer) dropNamedAfter(d *doc.Doc, s int, pieces []piece) []piece {
	out := pieces[:0]
	skip := -1 // a head word's own piece ("University" is an agent noun)
	for i, p := range pieces {
		if i == skip {
			continue
		}
		if p.has(kb.FieldName, kb.KindPerson) == nil && p.has(kb.FieldAlias, kb.KindPerson) == nil {
			out = append(out, p)
			continue
		}
		j := tokenEnd(d, s, p.End)
		if j < 0 || j >= d.Sentences[s].TokenEnd {
			out = append(out, p)
			continue
		}
		next := d.Tokens[j]
		if i+1 < len(pieces) && pieces[i+1].Start <= next.Start {
			if pieces[i+1].Span != next.Span || pieces[i+1].kindNoun(kb.KindAgent) == nil {
				out = append(out, p)
				continue
			}
			skip = i + 1
		}
		r1, _ := utf8.DecodeRuneInString(next.Text)
		_, org := r.heads.sector[next.Text]
		if next.Start == p.End+1 && unicode.IsUpper(r1) && next.UPOS == "PROPN" && (org || r.kb.IsNonActorHead(next.Text)) && !titleCased(d, s) {
			continue
		}
		skip = -1
		out = append(out, p)
	}
	return out
}

// commonNounBody returns the end of a run of capitalised adjectives and
// common nouns from token k of sentence s (not its first) that ends in an
// organisation's head word ("Federal Investigation Agency",
// "Counter-Terrorism Service"), or k: a body's name the tagger took for
// common words.
func (r *Recognizer) commonNounBody(d *doc.Doc, s, k int) int {
	sent := d.Sentences[s]
	if k == sent.TokenStart {
		return k
	}
	end := k
	for j := k; j < sent.TokenEnd && j < k+5; j++ {
		t := d.Tokens[j]
		r1, _ := utf8.DecodeRuneInString(t.Text)
		if !unicode.IsUpper(r1) || t.UPOS != "NOUN" && t.UPOS != "ADJ" && t.UPOS != "PROPN" {
			break
		}
		if _, ok := r.heads.sector[t.Text]; ok && j > k {
			end = j + 1
		}
	}
	return end
}

// namedAfterPerson returns the code, country and sector of the unknown
// name in tokens [k, j) when it is a KB person's full name followed by
// an organisation's head word ("the Jane Doe Foundation", "Kestrel
// University" after a person Kestrel): a body of the person's country,
// of the head's sector.
func (r *Recognizer) namedAfterPerson(d *doc.Doc, k, j int) (code, country, sector string) {
	if j-k < 2 {
		return "", "", ""
	}
	sector, ok := r.heads.sector[d.Tokens[j-1].Text]
	if !ok {
		return "", "", ""
	}
	name := d.Text[d.Tokens[k].Start:d.Tokens[j-2].End]
	for _, ref := range r.kb.Lookup(name) {
		e := ref.Entity
		if e.Kind != kb.KindPerson || (ref.Field != kb.FieldName && ref.Field != kb.FieldAlias) || e.Country == "" {
			continue
		}
		code = e.Country
		if c, err := actorcode.Compose(e.Country, sector); sector != "" && err == nil {
			code = c
		}
		return code, e.Country, sector
	}
	return "", "", ""
}

// countryCovers reports whether a demonym's country mention of sentence s
// covers span sp ("Kestrian"; not a seat as "White House").
func countryCovers(d *doc.Doc, s int, sp doc.Span) bool {
	for k := len(d.Actors) - 1; k >= 0 && d.Actors[k].Sentence == s; k-- {
		if m := d.Actors[k]; m.Kind == "country" && (m.Via == "demonym" || m.Via == "modifier") && m.Span.Contains(sp) {
			return true
		}
	}
	return false
}
