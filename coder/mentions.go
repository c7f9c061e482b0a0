package coder

import (
	"slices"
	"strings"

	"github.com/petrel-events/petrel/actorcode"
	"github.com/petrel-events/petrel/doc"
)

// mentionIndex maps the tokens of one sentence to the actor mentions that
// cover them.
type mentionIndex struct {
	// mod holds the demonym modifiers ("Palestinian" in "Palestinian
	// riots"), which are actors only as the source of an event noun.
	mod []*doc.Mention
	t   *tree
	at  []*doc.Mention // token → innermost covering mention, or nil
}

func newMentionIndex(d *doc.Doc, t *tree, s int, knownOnly bool) *mentionIndex {
	mi := &mentionIndex{t: t, at: make([]*doc.Mention, len(t.Tokens)), mod: make([]*doc.Mention, len(t.Tokens))}
	for k := range d.Actors {
		m := &d.Actors[k]
		if m.Sentence != s || m.Via == "nonactor" || knownOnly && m.Code == "" {
			continue
		}
		if m.Via == "modifier" {
			for i, tok := range t.Tokens {
				if m.Span.Contains(tok.Span) {
					mi.mod[i] = m
				}
			}
			continue
		}
		for i, tok := range t.Tokens {
			if m.Span.Contains(tok.Span) {
				if cur := mi.at[i]; cur == nil || cur.Len() > m.Len() {
					mi.at[i] = m
				}
			}
		}
	}
	return mi
}

// partnerPreps join a second actor to a first: "X, along with Y".
var partnerPreps = map[string]bool{"along with": true, "together with": true, "as well as": true, "alongside": true}

// actors returns the actors of the argument phrases headed by args,
// following coordination ("X and Y", "X, along with Y") and, when the head
// itself is no actor, its possessor or of-modifier ("Russia's framing", "the
// presence of foreign soldiers").
func (mi *mentionIndex) actors(args []int) []*doc.Mention {
	var out []*doc.Mention
	seen := map[*doc.Mention]bool{}
	add := func(m *doc.Mention) {
		if m != nil && !seen[m] {
			seen[m] = true
			out = append(out, m)
		}
	}
	for _, a := range args {
		mi.collect(a, 0, add)
	}
	return out
}

// namesActor reports whether the phrase headed by i names an actor, not
// only through its possessor: "released the journalists", "released
// Iceland's envoy", but not "released their own version of the cake".
func (mi *mentionIndex) namesActor(i int) bool {
	ms := mi.actors([]int{i})
	if len(ms) == 0 {
		return false
	}
	if mi.at[i] != nil {
		return true
	}
	t := mi.t
	for _, m := range ms {
		owned := false
		for _, k := range t.Children(i, "nmod:poss") {
			lo, hi := t.Extent(k)
			if t.Tokens[lo].Start <= m.Start && m.End <= t.Tokens[hi].End {
				owned = true
			}
		}
		if !owned {
			return true
		}
	}
	return false
}

func (mi *mentionIndex) collect(i, depth int, add func(*doc.Mention)) {
	t := mi.t
	if depth > 3 {
		return
	}
	if m := mi.at[i]; m != nil && m.Code == "" && mi.demonymOf(i) != nil {
		// "Iraqi Kurds": a name the KB does not know, placed by its
		// demonym.
		add(mi.demonymOf(i))
	} else if m != nil {
		if comp := mi.compose(i, m, depth); len(comp) > 0 {
			for _, c := range comp {
				add(c)
			}
		} else {
			add(mi.refine(i, m))
			for _, c := range mi.coordinatedModifiers(i, m) {
				add(c)
			}
		}
	} else {
		// The head is no actor: look inside the phrase, but not at whom
		// a critic or rival is set against ("jailed a critic of
		// President Saied", "Dorn's opponent, Marta Vale": Vale).
		against := t.opponent[t.lemma(i)]
		found := false
		for _, rel := range []string{"flat", "nmod:poss", "nmod", "compound", "appos", "nmod:desc", "amod"} {
			if against && (rel == "nmod:poss" || rel == "nmod") {
				continue
			}
			for _, k := range t.Children(i, rel) {
				if rel == "nmod" && t.prep(k) != "of" {
					continue
				}
				m := mi.at[k]
				if m == nil && rel == "amod" {
					m = mi.mod[k] // "Israeli policies": Israel
				}
				if m != nil && m.Code == "" && mi.demonymOf(k) != nil {
					m = mi.demonymOf(k) // "thousands of Iraqi Kurds": Iraq
				}
				if m != nil {
					// "Opposition groups in Zimbabwe": a bare agent
					// modifier belongs to the head's owner.
					if comp := mi.compose(i, m, depth); len(comp) > 0 && rel != "nmod:poss" && rel != "nmod" {
						for _, c := range comp {
							add(c)
						}
					} else {
						add(m)
						if rel != "nmod" {
							// "Eriadori and Calenardhon leaders":
							// coordinated modifiers each name one.
							mi.coordinatedMods(k, add)
						}
					}
					found = true
				}
			}
			if found {
				break
			}
		}
		if !found && !against {
			for _, k := range t.Children(i, "nmod") {
				if t.prep(k) == "of" {
					mi.collect(k, depth+1, add)
				}
			}
		}
	}
	for _, k := range t.Children(i, "conj") {
		if c := mi.sharedOwner(i, k); c != nil {
			add(c)
			continue
		}
		if comp := mi.sharedAgentOwners(i, k, depth); len(comp) > 0 {
			for _, c := range comp {
				add(c)
			}
			continue
		}
		mi.collect(k, depth+1, add)
	}
	for _, k := range t.Children(i, "obl", "nmod") {
		if partnerPreps[t.prep(k)] {
			mi.collect(k, depth+1, add)
		}
	}
}

// refine returns the mention of a compound modifier of i that codes the
// same actor more precisely than m ("Bree Prime Minister Romendacil":
// BREGOV rather than BRE), else m.
func (mi *mentionIndex) refine(i int, m *doc.Mention) *doc.Mention {
	t := mi.t
	for _, k := range t.Children(i, "compound", "flat") {
		m2 := mi.at[k]
		if m2 != nil && m2 != m && m.Code != "" && len(m2.Code) > len(m.Code) && strings.HasPrefix(m2.Code, m.Code) {
			return m2
		}
	}
	return m
}

// agentPreps attach the actor an agent noun belongs to: "the ambassadors
// of X", "activists in X", "soldiers from X".
var agentPreps = map[string]bool{"of": true, "in": true, "from": true, "throughout": true, "across": true}

// compose returns, for a bare agent noun i ("officials", "soldiers": a
// sector without a country), one mention per actor it belongs to, coded
// with that actor's code and the agent's sector ("soldiers from Gondor":
// GONMIL; "the ambassadors of X and Y": XGOV, YGOV); nil when there is
// none.
func (mi *mentionIndex) compose(i int, m *doc.Mention, depth int) []*doc.Mention {
	return mi.composeWith(i, i, m, depth)
}

// bareAgent reports whether m is an agent noun or titled person with a
// sector but no owner.
func bareAgent(m *doc.Mention) bool {
	return m != nil && (m.Kind == "agent" || m.Kind == "person") && m.Country == "" && m.Code != "" && m.Code == m.Sector
}

// composeWith is compose with the owners looked for among the dependents
// of token o, which may be another conjunct than i.
func (mi *mentionIndex) composeWith(i, o int, m *doc.Mention, depth int) []*doc.Mention {
	t := mi.t
	if !bareAgent(m) {
		// Only a bare agent noun, or a titled person the KB does not
		// place ("King Hassan of Morocco"), takes an owner.
		return nil
	}
	i = o
	var owners []*doc.Mention
	seen := map[*doc.Mention]bool{}
	// The owner may hang from the name inside the mention ("King Hassan
	// of Morocco": "of Morocco" attached to "Hassan", a flat child of
	// "King").
	var kids []int
	kids = append(kids, t.Kids[i]...)
	for _, f := range t.Children(i, "flat") {
		if m.Span.Contains(t.Tokens[f].Span) {
			kids = append(kids, t.Kids[f]...)
		}
	}
	for _, k := range kids {
		if !(t.RelIs(k, "nmod:poss") || t.RelIs(k, "nmod") && (agentPreps[t.prep(k)] || t.prep(k) == "for" && t.speaksFor[t.lemma(i)])) {
			// "a spokesperson for the U.N.": "for" owns only those
			// who speak or act for someone (&SPEAKSFOR).
			continue
		}
		if o := mi.at[k]; o != nil && m.Sector == "GOV" && t.prep(k) == "of" && o.Kind == "agent" && o.Sector != "" && o.Sector != "GOV" && o.Code != "" && !t.opponent[t.lemma(i)] {
			// "the leader of the opposition party" (OPP), "the head
			// of Kenya's main labour union" (KENLAB): a leading
			// title over a body of another sector is of that body.
			c := *m
			c.Code, c.Country, c.Sector = o.Code, o.Country, o.Sector
			return []*doc.Mention{&c}
		}
		if o := mi.at[k]; o != nil && m.Sector == "BUS" && t.prep(k) == "of" && bareAgent(o) && o.Sector != "BUS" {
			// "the Chairman of the House Appropriations Committee": a
			// business title heading a body of another sector is of
			// that sector (LEG).
			c := *m
			c.Code, c.Sector = o.Code, o.Sector
			return []*doc.Mention{&c}
		}
		mi.collect(k, depth+1, func(o *doc.Mention) {
			// An agent owner counts by its country only: "doctors from
			// two American aid groups" are American doctors.
			if o != m && !seen[o] && o.Code != "" && (o.Kind != "agent" || o.Country != "") && !(o.Kind == "region" && t.inLongerName(o.Span)) {
				seen[o] = true
				owners = append(owners, o)
			}
		})
	}
	var out []*doc.Mention
	for _, o := range owners {
		if o.Kind == "group" && (m.Sector == "CVL" || m.Sector == "REF") {
			// "hostages from Boko Haram", "civilians from the
			// Islamic State's areas": civilians are no group's
			// members.
			continue
		}
		base := o.Code
		if o.Kind == "agent" || o.Via == "metonym" {
			// A capital owns by its country: "demonstrators in
			// Tbilisi" are Georgian (GEOOPP), not the Georgian
			// government's (GEOGOVOPP).
			base = o.Country
		}
		sector := m.Code
		if (o.Kind == "group" || o.Kind == "org") && sector == "GOV" {
			// "a top leader of the Sinaloa cartel" leads the cartel
			// (MEXCRM), he governs nothing; "a spokesperson for the
			// U.N." speaks for the U.N. itself (IGOUNO), as "NATO
			// officials" do.
			sector = ""
		}
		code, err := actorcode.Compose(base, sector)
		if err != nil {
			continue
		}
		c := *m
		c.Code, c.Country, c.Name, c.KBID = code, o.Country, o.Name, o.KBID
		out = append(out, &c)
	}
	return out
}

// modifiers returns the demonym modifiers at the tokens args.
func (mi *mentionIndex) modifiers(args []int) []*doc.Mention {
	var out []*doc.Mention
	for _, a := range args {
		if m := mi.mod[a]; m != nil {
			out = append(out, m)
		}
	}
	return out
}

// demonymOf returns the demonym modifier mention of token i ("Iraqi" in
// "Iraqi Kurds"), or nil.
func (mi *mentionIndex) demonymOf(i int) *doc.Mention {
	for _, k := range mi.t.Children(i, "amod", "compound") {
		if m := mi.mod[k]; m != nil && k < i {
			return m
		}
	}
	return nil
}

// coordinatedModifiers returns, for an agent mention m headed by i whose
// own modifier is the second of coordinated modifiers ("French and
// Egyptian warships", "U.S. and Russian negotiators"), one mention per
// other country modifier, coded with that country and m's sector.
func (mi *mentionIndex) coordinatedModifiers(i int, m *doc.Mention) []*doc.Mention {
	t := mi.t
	if m.Kind != "agent" || m.Sector == "" || m.Country == "" {
		return nil
	}
	var out []*doc.Mention
	for _, k := range t.Children(i, "amod", "compound") {
		if m.Span.Contains(t.Tokens[k].Span) {
			continue
		}
		inside := false
		for _, c := range t.Children(k, "conj") {
			inside = inside || m.Span.Contains(t.Tokens[c].Span)
		}
		if !inside {
			continue
		}
		o := mi.mod[k]
		if o == nil {
			o = mi.at[k]
		}
		if o == nil || o.Kind != "country" || o.Country == "" || o.Country == m.Country || len(o.Code) != 3 {
			continue
		}
		code, err := actorcode.Compose(o.Code, m.Sector)
		if err != nil {
			continue
		}
		c := *m
		c.Span, c.Text = o.Span, o.Text
		c.Code, c.Country, c.Name, c.KBID = code, o.Country, o.Name, o.KBID
		out = append(out, &c)
	}
	return out
}

// listBefore returns the actors of a list the parser broke up that
// opens the sentence and ends with the subject k ("Evil Mordor, the awful
// Fornost, and good Gondor welcomed" parsed with only "Gondor" as the
// subject): actor phrases separated by commas, the last one joined by
// "and", with only determiners, adjectives and nouns around the names.
// nil unless the whole list is found.
func (mi *mentionIndex) listBefore(k int) []*doc.Mention {
	t := mi.t
	m := mi.at[k]
	if m == nil || m.Code == "" || len(t.Children(k, "conj")) > 0 {
		return nil
	}
	// start returns the first token of the phrase of the mention ending
	// at y, over the words that may come before a name.
	start := func(y int) int {
		mm := mi.at[y]
		for y > 0 && mi.at[y-1] == mm {
			y--
		}
		for y > 0 && mi.at[y-1] == nil {
			switch t.Tokens[y-1].UPOS {
			case "DET", "ADJ", "NOUN":
				y--
				continue
			}
			break
		}
		return y
	}
	x := start(k)
	if x == 0 || !strings.EqualFold(t.Tokens[x-1].Text, "and") {
		return nil
	}
	x--
	if x > 0 && t.Tokens[x-1].Text == "," {
		x--
	}
	var out []*doc.Mention
	for {
		y := x - 1
		if y < 0 || mi.at[y] == nil || mi.at[y].Code == "" || mi.at[y] == m {
			return nil
		}
		out = append(out, mi.at[y])
		x = start(y)
		if x == 0 {
			slices.Reverse(out)
			return out
		}
		if t.Tokens[x-1].Text != "," {
			return nil
		}
		x--
	}
}

// sharedOwner returns, for a bare agent noun k coordinated with an agent
// phrase i placed by its demonym ("Danish media and government", "Israeli
// police and soldiers"), k coded with i's owner: the demonym qualifies
// both nouns. nil when k has modifiers of its own or i has no owner.
func (mi *mentionIndex) sharedOwner(i, k int) *doc.Mention {
	t := mi.t
	m, c := mi.at[i], mi.at[k]
	if m == nil || c == nil || m == c || m.Kind != "agent" || m.Via != "demonym" || m.Country == "" || m.Sector == "" {
		return nil
	}
	if c.Kind != "agent" || c.Code == "" || c.Code != c.Sector || c.Country != "" {
		return nil
	}
	for _, x := range t.Children(k, "amod", "compound", "nmod:poss", "nmod", "det:poss") {
		if mi.at[x] != nil || mi.mod[x] != nil {
			return nil
		}
	}
	owner := strings.TrimSuffix(m.Code, m.Sector)
	if owner == m.Code || owner == "" {
		owner = m.Country
	}
	code, err := actorcode.Compose(owner, c.Sector)
	if err != nil {
		return nil
	}
	o := *c
	o.Code, o.Country = code, m.Country
	return &o
}

// sharedAgentOwners returns, for a bare agent noun k coordinated with a
// bare agent noun i that has owners ("lawmakers and officials in X and Y",
// the parser hanging "in X and Y" on "lawmakers" only), k coded with each
// of i's owners: the owner phrase qualifies both nouns. nil when k has
// modifiers of its own or i has no owner.
func (mi *mentionIndex) sharedAgentOwners(i, k, depth int) []*doc.Mention {
	t := mi.t
	m, c := mi.at[i], mi.at[k]
	if m == nil || c == nil || m == c || !bareAgent(m) || !bareAgent(c) || m.Kind != "agent" || c.Kind != "agent" {
		return nil
	}
	for _, x := range t.Kids[k] {
		if t.RelIs(x, "amod", "compound", "nmod:poss", "det:poss", "nmod", "appos", "acl", "acl:relcl") {
			return nil
		}
	}
	return mi.composeWith(k, i, c, depth+1)
}

// coordinatedMods adds the actors of the conjuncts of modifier k of a
// head that is no actor ("Eriadori and Calenardhon leaders", "French and
// German diplomats" where "diplomats" is no agent noun): each names one.
func (mi *mentionIndex) coordinatedMods(k int, add func(*doc.Mention)) {
	for _, c := range mi.t.Children(k, "conj") {
		m := mi.at[c]
		if m == nil {
			m = mi.mod[c]
		}
		if m != nil && m.Code == "" && mi.demonymOf(c) != nil {
			m = mi.demonymOf(c)
		}
		if m != nil && m.Code != "" {
			add(m)
		}
	}
}

// head returns the token of k's mention that heads the others: the
// first, going up from k, whose governor lies outside the mention; k
// itself when it is in no mention.
func (mi *mentionIndex) head(k int) int {
	m := mi.at[k]
	if m == nil {
		return k
	}
	for h := mi.t.Heads[k]; h >= 0 && mi.at[h] == m; h = mi.t.Heads[k] {
		k = h
	}
	return k
}
