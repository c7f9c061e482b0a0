package places

import (
	"context"
	"slices"
	"sort"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/petrel-events/petrel/doc"
	"github.com/petrel-events/petrel/match"
)

// Recognizer is a pipeline component filling Doc.Places. It is immutable
// after New and safe for concurrent use.
type Recognizer struct {
	gaz    *Gazetteer
	stop   map[string]bool // places only with a cue
	never  map[string]bool // places only with a container or kind word
	titles map[string]bool
	// institutions are capitalised words that may follow a place inside
	// the name of a body that still locates it ("Ohio Senate").
	institutions map[string]bool
	// forenames are place names that are also given names: before a
	// capitalised word they start a person's name ("Virginia Chapin").
	forenames map[string]bool
	// streets are the designators of street names ("Avenue", "Route"):
	// a place name before one is part of an address.
	streets map[string]bool
	// openers are lower-cased words that open a sentence before a place
	// name without being a first name ("Yesterday Hughes ...").
	openers map[string]bool
	// featureAfter and featureBefore are the designators of natural
	// features, parks and townships written after ("Elm Creek") and
	// before ("Lake Alder") their name.
	featureAfter, featureBefore map[string]bool
	// datelineLabels are words in capitals that open a story before a
	// dash without naming a town ("UPDATE -").
	datelineLabels map[string]bool
	pool           sync.Pool // *scratch
}

// New loads the embedded gazetteer and word lists.
func New() (*Recognizer, error) {
	g, err := LoadGazetteer()
	if err != nil {
		return nil, err
	}
	stop, err := readList("data/stop.txt")
	if err != nil {
		return nil, err
	}
	titles, err := readList("data/titles.txt")
	if err != nil {
		return nil, err
	}
	institutions, err := readList("data/institutions.txt")
	if err != nil {
		return nil, err
	}
	forenames, err := readList("data/forenames.txt")
	if err != nil {
		return nil, err
	}
	streets, err := readList("data/streets.txt")
	if err != nil {
		return nil, err
	}
	openers, err := readList("data/openers.txt")
	if err != nil {
		return nil, err
	}
	featureAfter, err := readList("data/features-after.txt")
	if err != nil {
		return nil, err
	}
	featureBefore, err := readList("data/features-before.txt")
	if err != nil {
		return nil, err
	}
	datelineLabels, err := readList("data/dateline-labels.txt")
	if err != nil {
		return nil, err
	}
	never := map[string]bool{}
	for w := range stop {
		if n, ok := strings.CutPrefix(w, "!"); ok {
			never[n] = true
			delete(stop, w)
		}
	}
	r := &Recognizer{gaz: g, stop: stop, never: never, titles: titles, institutions: institutions, forenames: forenames, streets: streets,
		openers: openers, featureAfter: featureAfter, featureBefore: featureBefore, datelineLabels: datelineLabels}
	r.pool.New = func() any { return &scratch{} }
	return r, nil
}

// Gazetteer returns the recognizer's gazetteer.
func (r *Recognizer) Gazetteer() *Gazetteer { return r.gaz }

// Name implements pipeline.Component.
func (r *Recognizer) Name() string { return "places" }

// scratch holds the per-call buffers.
type scratch struct {
	// alone and cued are the names written alone, and with a strong
	// cue, in the document.
	alone, cued map[string]bool
	spans       []match.Span
	split       []match.Span
	toks        []string
	// persons are names seen inside a longer proper name ("Bob Jones"):
	// alone later in the document they are people, not places.
	persons map[string]bool
	// focus counts the demonyms of countries ("Georgian").
	focus map[string]float64
	// features are the names of natural features, parks and townships
	// ("Elm Creek"), placed after resolution.
	features []mention
}

// mention is a recognised toponym before resolution.
type mention struct {
	doc.Span
	text string
	// key is the name looked up: the text, title-cased when written in
	// capitals ("MANILA" is "Manila")
	key   string
	cands []int32
	// cue is true when a preposition ("in", "near") or a container
	// ("Paris, Texas") marks the mention as a place.
	cue bool
	// within restricts the candidates to one container entry, or -1.
	within int32
	// kinds restricts the candidates by kind ("Washington state"); 0
	// means any.
	kinds    uint8
	sentence int
	chosen   int32
	// modifier is true for a name written before another capitalised
	// word ("the Dublin Arts Council"): it stands only when the document
	// also names the place alone, or it names a division or country.
	modifier bool
	// tentative is true for a common-word name without a cue ("Oxford
	// Crown Court"): it stands only when the document also writes it
	// with a strong cue ("in Oxford").
	tentative bool
	// strongCue is true after "in", "near" and the like, not before a
	// possessive ("in Flores' honor"): a name so written is a place
	// everywhere in the document, even if also seen in a person's name.
	strongCue bool
	// demonym is true for a country's demonym written as an adjective
	// ("Russian troops"): it reads as the country and casts no vote of
	// its own (the demonym counts toward the focus already).
	demonym bool
	// feature is true for the name of a natural feature, a park or a
	// township ("Elm Creek"), which the gazetteer does not hold: it has
	// no candidates and takes the point of a place of the document.
	feature bool
	// locality marks a feature that is a town unknown to the gazetteer,
	// named after "the village of" and the like ("the village of Orvik").
	locality bool
	// coarse marks a locality placed at the country or division it is
	// named with ("the Myanmar town of X"): it takes that entry's name,
	// kind and id, so that its level says how precise its point is.
	coarse bool
}

// prepositions that introduce a location.
var locPreps = map[string]bool{
	"in": true, "at": true, "near": true, "from": true, "to": true, "across": true, "outside": true,
	"inside": true, "into": true, "around": true, "throughout": true, "toward": true, "towards": true,
	"via": true, "within": true, "between": true, "through": true, "visit": true, "visited": true,
	"of": true, "off": true, "on": true, "for": true, "leave": true, "left": true, "northern": true,
	"southern": true, "eastern": true, "western": true, "central": true, "downtown": true, "rural": true,
	"nearby": true, "neighbouring": true, "neighboring": true,
}

// reporting and auxiliary verbs that make a preceding town name a
// subject, most often a person's name ("Jackson said"); capitals before
// them stay places (see sentence).
var subjectVerbs = map[string]bool{
	"said": true, "says": true, "say": true, "told": true, "tells": true, "added": true, "stated": true,
	"announced": true, "warned": true, "insisted": true, "claimed": true, "denied": true, "rejected": true,
	"accused": true, "urged": true, "wants": true, "wanted": true, "hopes": true, "has": true, "had": true,
	"is": true, "was": true, "will": true, "would": true, "could": true, "should": true, "must": true,
	"did": true, "does": true, "responded": true, "threatened": true, "agreed": true, "refused": true,
	"demanded": true, "believes": true, "considers": true, "sees": true, "views": true, "called": true,
	"condemned": true, "welcomed": true, "blamed": true, "signalled": true, "signaled": true,
	"argued": true, "wrote": true, "noted": true, "explained": true, "admitted": true, "vowed": true,
	"reiterated": true, "stressed": true, "emphasized": true, "emphasised": true, "acknowledged": true,
	"suggested": true, "recalled": true, "conceded": true, "asserted": true, "testified": true, "tweeted": true,
	"replied": true, "declined": true, "praised": true, "criticized": true, "criticised": true, "thinks": true,
	"thought": true, "knew": true, "knows": true, "laughed": true, "smiled": true, "recalls": true, "adds": true,
	"notes": true, "explains": true, "insists": true, "argues": true, "writes": true, "asked": true, "asks": true,
}

// kind designators written in lower case after a name: "Washington
// state", "Idlib province".
var kindWords = map[string]uint8{
	"state": 1 << KindAdmin1, "province": 1<<KindAdmin1 | 1<<KindAdmin2, "region": 1<<KindAdmin1 | 1<<KindAdmin2,
	"oblast": 1 << KindAdmin1, "governorate": 1 << KindAdmin1, "county": 1 << KindAdmin2,
	"parish": 1 << KindAdmin2, "city": 1 << KindCity, "town": 1 << KindCity, "village": 1 << KindCity,
}

// residentNouns follow a place name in "a Dover man", "an Ohio family".
var residentNouns = map[string]bool{
	"man": true, "woman": true, "resident": true, "teen": true, "teenager": true, "boy": true, "girl": true,
	"couple": true, "family": true, "native": true, "youth": true, "driver": true, "student": true,
}

// townPeople are lower-case plural nouns after a town's name in "the
// Dover police", "two Dover women".
var townPeople = map[string]bool{"residents": true, "men": true, "women": true, "police": true, "firefighters": true,
	"officials": true, "students": true, "teens": true, "voters": true}

// caseNouns after "in" and a name make it a person's case rather than a
// place: "new twist in Fairfield hearing".
var caseNouns = map[string]bool{"hearing": true, "case": true, "trial": true, "probe": true, "lawsuit": true, "suit": true,
	"verdict": true, "sentencing": true, "appeal": true, "murder": true, "slaying": true, "killing": true, "death": true,
	"arrest": true, "plea": true}

// determiners open the noun phrase of "the Dover police".
var determiners = map[string]bool{"a": true, "an": true, "the": true, "A": true, "An": true, "The": true, "two": true,
	"three": true, "many": true, "some": true, "all": true}

// modifiers that may precede a place inside a capitalised run without
// being part of another name: "Northern Syria", "Greater London".
var placeModifiers = map[string]bool{
	"North": true, "South": true, "East": true, "West": true, "Northern": true, "Southern": true,
	"Eastern": true, "Western": true, "Central": true, "Greater": true, "Downtown": true, "Metro": true,
	"Upstate": true, "Rural": true, "Coastal": true, "Occupied": true, "Northeast": true, "Northwest": true,
	"Southeast": true, "Southwest": true, "Northeastern": true, "Northwestern": true, "Southeastern": true,
	"Southwestern": true, "Historic": true, "Metropolitan": true,
}

// connectors that may sit inside a multi-word name.
var connectors = map[string]bool{
	"of": true, "de": true, "la": true, "le": true, "and": true, "upon": true, "on": true, "du": true,
	"del": true, "al": true, "el": true, "es": true, "da": true, "do": true, "dos": true, "das": true,
	"des": true, "di": true, "am": true, "an": true, "der": true, "the": true, "-": true, ".": true,
	",": true, "y": true, "en": true, "sur": true,
}

// maxNameTokens bounds the length of a name in tokens.
const maxNameTokens = 8

// Process fills d.Places with the toponyms of d.Text, resolved.
func (r *Recognizer) Process(_ context.Context, d *doc.Doc) error {
	d.Places = d.Places[:0]
	sc := r.pool.Get().(*scratch)
	defer r.pool.Put(sc)
	ms := r.recognise(d, sc)
	if len(ms) == 0 {
		return nil
	}
	r.resolve(ms, sc.focus)
	r.demonymTowns(ms)
	r.americanTowns(d.Text, ms)
	r.inDivision(d.Text, ms)
	r.placeFeatures(d.Text, ms)
	for i := range ms {
		m := &ms[i]
		if m.chosen < 0 {
			continue
		}
		e := &r.gaz.Entries[m.chosen]
		p := doc.Place{Span: m.Span, Text: m.text, Name: e.Name, Country: e.Country,
			Kind: e.Kind.String(), Lat: round3(e.Lat), Lon: round3(e.Lon), GeoID: e.GeoID(), Adjective: m.demonym}
		if m.feature {
			// named by the text, placed at a place of the document
			p.Name, p.Kind, p.GeoID = m.text, "feature", ""
			if m.locality {
				p.Kind = "locality"
			}
			if m.coarse || m.locality && (e.Kind == KindCountry || e.Kind == KindAdmin1) {
				// placed at its country or division only: say so
				p.Name, p.Kind, p.GeoID = e.Name, e.Kind.String(), e.GeoID()
			}
		}
		d.Places = append(d.Places, p)
	}
	return nil
}

// placeFeatures gives each feature name the reading of a place of the
// document: its container written after a comma or "in" ("Oulton Park,
// Cheshire", "Elm Park in Dover"), else the place its own name names when the document names
// it ("Kanawha River" beside "Kanawha County" or "Kanawha"), else the
// document's most mentioned town or county reading, else division, else
// country (the first on a tie); with none, the feature is dropped.
func (r *Recognizer) placeFeatures(text string, ms []mention) {
	anchor, best := int32(-1), [4]int{}
	count := map[int32]int{}
	byKey := map[string]int32{}
	for i := range ms {
		m := &ms[i]
		if m.feature || m.chosen < 0 || m.demonym {
			continue
		}
		byKey[m.key] = m.chosen
		count[m.chosen]++
	}
	rank := func(id int32) int {
		switch r.gaz.Entries[id].Kind {
		case KindCity, KindAdmin2:
			return 3
		case KindAdmin1:
			return 2
		case KindCountry:
			return 1
		}
		return 0
	}
	for i := range ms {
		m := &ms[i]
		if m.feature || m.chosen < 0 || m.demonym {
			continue
		}
		if k := [4]int{rank(m.chosen), count[m.chosen]}; anchor < 0 || k[0] > best[0] || (k[0] == best[0] && k[1] > best[1]) {
			anchor, best = m.chosen, k
		}
	}
	if anchor >= 0 && best[0] == 0 {
		anchor = -1 // regions only
	}
	for i := range ms {
		m := &ms[i]
		if !m.feature {
			continue
		}
		m.chosen = anchor
		// "Oulton Park, Cheshire", "Elm Park in Dover": the place
		// written right after it
		if i+1 < len(ms) && ms[i+1].chosen >= 0 && !ms[i+1].feature && ms[i+1].sentence == m.sentence &&
			containerGap(text[m.End:ms[i+1].Start]) {
			m.chosen = ms[i+1].chosen
			if m.locality {
				// "seized Orvik in Tarnel state, 30 km from Esk": the
				// sentence's town of the state
				if t := r.townOfSentence(ms, i, m.chosen); t >= 0 {
					m.chosen = t
				}
			}
			continue
		}
		// "Dover's suburb of Orvik", "Dover's Elm Park": the place
		// whose it is, a few words before
		if i > 0 && ms[i-1].chosen >= 0 && !ms[i-1].feature && ms[i-1].sentence == m.sentence && m.Start-ms[i-1].End < 40 &&
			(strings.HasPrefix(text[ms[i-1].End:], "'s ") || strings.HasPrefix(text[ms[i-1].End:], "’s ")) {
			m.chosen = ms[i-1].chosen
			continue
		}
		if m.locality {
			if c, ok := r.localityContainer(text, ms, i, anchor); ok {
				m.chosen, m.coarse = c, true
				if t := r.townOfSentence(ms, i, c); t >= 0 {
					// "fled from the Burmese village of X toward
					// Myitkyina": nearer than the country's centroid
					m.chosen, m.coarse = t, false
				}
				continue
			}
		}
		name := m.text
		for w := range r.featureAfter {
			name = strings.TrimSuffix(name, " "+w)
		}
		for w := range r.featureBefore {
			name = strings.TrimPrefix(strings.TrimPrefix(name, w+" "), w+". ")
		}
		for _, k := range []string{name, name + " County", name + " Parish"} {
			if id, ok := byKey[k]; ok {
				m.chosen = id
				break
			}
		}
	}
}

// usCues are words of American local news: its institutions and offices.
var usCues = []string{"City Hall", "County", "Sheriff", "sheriff", "High School", "Police Department", "City Council"}

// americanTowns moves a town read abroad, not a national capital, to the
// most populous of its American readings when the document reads like
// American local news (dollars, no pounds or euros, and an American
// institution: "City Hall", "County", "Sheriff" ...) and names nothing
// else in the foreign reading's country: "the Mansfield council approved
// a $765,000 package" is not Mansfield, England.
func (r *Recognizer) americanTowns(text string, ms []mention) {
	// the text is read only when a town is read abroad
	abroad := false
	for i := range ms {
		if m := &ms[i]; m.chosen >= 0 && !m.feature && !m.demonym && m.within < 0 {
			e := &r.gaz.Entries[m.chosen]
			abroad = abroad || e.Kind == KindCity && e.Country != "USA" && !e.Capital()
		}
	}
	if !abroad || !strings.Contains(text, "$") || strings.Contains(text, "£") || strings.Contains(text, "€") {
		return
	}
	cued := false
	for _, c := range usCues {
		if cued = strings.Contains(text, c); cued {
			break
		}
	}
	if !cued {
		return
	}
	for i := range ms {
		m := &ms[i]
		if !m.movable() {
			continue
		}
		e := &r.gaz.Entries[m.chosen]
		if e.Kind != KindCity || e.Country == "USA" || e.Capital() {
			continue
		}
		if r.namesCountryElsewhere(ms, m.key, e.Country) {
			continue
		}
		best := int32(-1)
		for _, c := range m.cands {
			x := &r.gaz.Entries[c]
			if x.Country == "USA" && x.Kind == KindCity && (best < 0 || x.Pop > r.gaz.Entries[best].Pop) {
				best = c
			}
		}
		if best >= 0 {
			m.chosen = best
		}
	}
}

// movable reports whether m is a town reading a document-wide rule may
// move: chosen, not a feature, a demonym or a place written inside
// another.
func (m *mention) movable() bool {
	return m.chosen >= 0 && !m.feature && !m.demonym && m.within < 0
}

// namesCountryElsewhere reports whether a mention of another name than
// key was read in country.
func (r *Recognizer) namesCountryElsewhere(ms []mention, key, country string) bool {
	for k := range ms {
		if ms[k].key != key && ms[k].chosen >= 0 && r.gaz.Entries[ms[k].chosen].Country == country {
			return true
		}
	}
	return false
}

// demonymTowns moves a city read in one country to its reading in the
// country of a demonym of the same sentence when that reading is a city
// within a tenth of the population of its name's chosen reading and the
// document names nothing else of the chosen reading's country: "clashes in
// Tripoli killed three, the Lebanese army said" is Tripoli, Lebanon.
func (r *Recognizer) demonymTowns(ms []mention) {
	demonyms := false
	for i := range ms {
		demonyms = demonyms || ms[i].demonym && ms[i].chosen >= 0
	}
	if !demonyms {
		return
	}
	for i := range ms {
		m := &ms[i]
		if !m.movable() {
			continue
		}
		e := &r.gaz.Entries[m.chosen]
		if e.Kind != KindCity {
			continue
		}
		var want []string
		other := false
		for k := range ms {
			n := &ms[k]
			if n.chosen < 0 {
				continue
			}
			c := r.gaz.Entries[n.chosen].Country
			switch {
			case n.demonym && n.sentence == m.sentence && c != e.Country:
				want = append(want, c)
			case n.key != m.key && c == e.Country:
				other = true
			}
		}
		if other || len(want) != 1 {
			continue
		}
		for _, c := range m.cands {
			x := &r.gaz.Entries[c]
			if x.Country == want[0] && x.Kind == KindCity && x.Pop*10 >= e.Pop {
				m.chosen = c
				break
			}
		}
	}
}

// inDivision applies a division written after "in": a town followed by
// "in [the] [compass] Y" where Y was read as a first-level division
// ("Chilapa in Guerrero state", "Boni in the Mopti region") or a country
// takes its reading inside Y when it has one; with none inside a division
// (a village the gazetteer lacks, sharing its name with towns elsewhere)
// it is placed at the division itself, which is nearer than a namesake
// in another state or country. Not across a comma, which the recogniser
// handles as "Paris, Texas".
func (r *Recognizer) inDivision(text string, ms []mention) {
	for i := 0; i+1 < len(ms); i++ {
		m, n := &ms[i], &ms[i+1]
		if m.chosen < 0 || n.chosen < 0 || m.feature || n.feature || m.demonym || n.demonym || m.within >= 0 || m.sentence != n.sentence || n.Start < m.End {
			continue
		}
		e, c := &r.gaz.Entries[m.chosen], &r.gaz.Entries[n.chosen]
		if e.Kind != KindCity && e.Kind != KindAdmin2 || c.Kind != KindAdmin1 && c.Kind != KindCountry {
			continue
		}
		if !inGap(text[m.End:n.Start]) {
			continue
		}
		inside := func(id int32) bool {
			x := &r.gaz.Entries[id]
			if c.Kind == KindCountry {
				return x.Country == c.Country && x.Kind != KindCountry
			}
			return x.Admin1 == n.chosen
		}
		if inside(m.chosen) {
			continue
		}
		best := int32(-1)
		for _, id := range m.cands {
			if inside(id) && (best < 0 || r.gaz.Entries[id].Pop > r.gaz.Entries[best].Pop) {
				best = id
			}
		}
		switch {
		case best >= 0:
			m.chosen = best
		case c.Kind == KindAdmin1:
			m.chosen = n.chosen
			if t := r.townOfSentence(ms, i, n.chosen); t >= 0 {
				m.chosen = t
			}
		}
	}
}

// inGap reports whether the text between a town and the next place puts
// the town in it: "in", "in the", with a compass adjective after either
// ("in northern", "in the eastern").
func inGap(gap string) bool {
	f := strings.Fields(gap)
	if len(f) == 0 || f[0] != "in" {
		return false
	}
	f = f[1:]
	if len(f) > 0 && f[0] == "the" {
		f = f[1:]
	}
	if len(f) > 0 && compassAdjectives[f[0]] {
		f = f[1:]
	}
	return len(f) == 0
}

// townOfSentence returns, for locality i placed at country or first-level
// division c, the reading of the town or county of its sentence nearest to
// it in the text that lies in c, or -1: a village named with its country
// or province travels with the story's town there better than the
// centroid of a large country or province.
func (r *Recognizer) townOfSentence(ms []mention, i int, c int32) int32 {
	ce := &r.gaz.Entries[c]
	if ce.Kind != KindCountry && ce.Kind != KindAdmin1 {
		return -1
	}
	best, dist := int32(-1), 0
	for k := range ms {
		n := &ms[k]
		if k == i || n.feature || n.demonym || n.chosen < 0 || n.sentence != ms[i].sentence {
			continue
		}
		e := &r.gaz.Entries[n.chosen]
		if e.Country != ce.Country || e.Kind != KindCity && e.Kind != KindAdmin2 || ce.Kind == KindAdmin1 && e.Admin1 != c {
			continue
		}
		d := n.Start - ms[i].End
		if d < 0 {
			d = ms[i].Start - n.End
		}
		if best < 0 || d < dist {
			best, dist = n.chosen, d
		}
	}
	return best
}

// localityContainer returns the country or first-level division a
// locality the gazetteer lacks is named with, to place it there at that
// level rather than at a town of the document that may be far away:
//   - "the Myanmar town of X", "the Lebanese border village of X": the
//     country or division (or demonym) just before the locality noun;
//   - "the X border crossing with C", "X, on the border with C", "the X
//     crossing into C": the country of the document's anchor when it is
//     another country (the locality lies on its side of the border), else
//     C; but not when the anchor is a town other than a national capital
//     (a story filed from Peshawar about a crossing near it).
//
// ms[i] is the locality, anchor the entry placeFeatures would give it.
func (r *Recognizer) localityContainer(text string, ms []mention, i int, anchor int32) (int32, bool) {
	m := &ms[i]
	coarse := func(id int32) bool {
		k := r.gaz.Entries[id].Kind
		return k == KindCountry || k == KindAdmin1
	}
	if i > 0 {
		p := &ms[i-1]
		if p.chosen >= 0 && !p.feature && p.sentence == m.sentence && coarse(p.chosen) && p.End <= m.Start {
			if f := strings.Fields(text[p.End:m.Start]); len(f) >= 2 && len(f) <= 4 && f[len(f)-1] == "of" && localityNouns[f[len(f)-2]] && lowerWords(f) {
				return p.chosen, true
			}
		}
	}
	if i+1 < len(ms) {
		n := &ms[i+1]
		if n.chosen >= 0 && !n.feature && n.sentence == m.sentence && coarse(n.chosen) && n.Start >= m.End {
			// "Gallabat, a Sudanese town": the appositive's country
			if f := strings.Fields(text[m.End:n.Start]); len(f) == 2 && f[0] == "," && (f[1] == "a" || f[1] == "an") {
				if g := strings.Fields(text[n.End:min(len(text), n.End+40)]); len(g) >= 1 && (localityNouns[strings.Trim(g[0], ",.;")] ||
					len(g) >= 2 && localityNouns[strings.Trim(g[1], ",.;")]) {
					return n.chosen, true
				}
			}
		}
		if n.chosen < 0 || n.feature || n.sentence != m.sentence || r.gaz.Entries[n.chosen].Kind != KindCountry {
			return -1, false
		}
		f := strings.Fields(text[m.End:n.Start])
		if len(f) < 2 || len(f) > 6 || !lowerWords(f[1:]) {
			return -1, false
		}
		if f[0] == "," {
			f = f[1:]
		}
		switch f[len(f)-1] {
		case "with", "into", "to":
		default:
			return -1, false
		}
		border := false
		for _, w := range f {
			border = border || w == "border" || w == "crossing"
		}
		if !border || !lowerWords(f) {
			return -1, false
		}
		if anchor >= 0 {
			if a := &r.gaz.Entries[anchor]; (a.Kind == KindCity || a.Kind == KindAdmin2) && !a.Capital() {
				// a story filed from a provincial town ("PESHAWAR"):
				// its crossings are most often near it
				return -1, false
			}
		}
		c := n.chosen
		if anchor >= 0 {
			if iso := r.gaz.Entries[anchor].Country; iso != r.gaz.Entries[c].Country {
				if id, ok := r.gaz.CountryEntry(iso); ok {
					c = id
				}
			}
		}
		return c, true
	}
	return -1, false
}

// appositiveLocality reports whether the tokens from k read as a
// country's or its demonym's locality noun, the end of an appositive:
// "Sudanese town", "Chadian border village", "Lebanese village", before
// the end of the sentence, a comma or a preposition ("a Sudanese town on
// the border"; not "a Sudanese village elder").
func (r *Recognizer) appositiveLocality(toks []string, k int) bool {
	if !r.isDemonym(toks[k]) {
		return false
	}
	k++
	if k+1 < len(toks) && !localityNouns[toks[k]] && (toks[k] == "border" || toks[k] == "mining" || toks[k] == "frontier" || toks[k] == "market" || toks[k] == "farming" || toks[k] == "fishing" || toks[k] == "desert" || toks[k] == "mountain") {
		k++
	}
	if k >= len(toks) || !localityNouns[toks[k]] {
		return false
	}
	if k+1 == len(toks) {
		return true
	}
	switch toks[k+1] {
	case ",", ".", ";", "on", "in", "near", "close", "where", "about", "some", "just", "that", "which", "under", "held", "controlled":
		return true
	}
	return false
}

// lowerWords reports whether every field is a lower-case word.
func lowerWords(f []string) bool {
	for _, w := range f {
		if w == "" || w[0] < 'a' || w[0] > 'z' {
			return false
		}
	}
	return true
}

// containerGap reports whether the text between a feature and the next
// place puts the feature in that place: ",", "in", "near" or "outside",
// the last three optionally with a compass adjective ("in northern").
func containerGap(gap string) bool {
	f := strings.Fields(gap)
	switch {
	case len(f) == 1 && f[0] == ",":
		return true
	case len(f) == 2 && f[0] == "," && (f[1] == "in" || f[1] == "near"):
		f = f[1:]
	case len(f) == 3 && f[0] == "," && (f[1] == "in" || f[1] == "near"):
		f = f[1:]
	}
	if len(f) >= 2 && f[1] == "the" && (f[0] == "in" || f[0] == "near") {
		f = append([]string{f[0]}, f[2:]...) // "in the Zaporizhzhia region"
	}
	switch len(f) {
	case 1:
		return f[0] == "in" || f[0] == "near" || f[0] == "outside"
	case 2:
		return (f[0] == "in" || f[0] == "near" || f[0] == "outside") && compassAdjectives[f[1]]
	}
	return false
}

// compassAdjectives are lower-case words between a preposition and a
// place: "in northern Syria".
var compassAdjectives = map[string]bool{"northern": true, "southern": true, "eastern": true, "western": true,
	"central": true, "northeastern": true, "northwestern": true, "southeastern": true, "southwestern": true}

// localityNouns name a town before "of" and its name: "the village of
// Orvik".
var localityNouns = map[string]bool{"village": true, "town": true, "city": true, "suburb": true, "hamlet": true,
	"township": true, "neighborhood": true, "neighbourhood": true, "district": true, "municipality": true}

// pluralLocalityNouns name towns before "of" and a list of their names:
// "the border villages of Orvik and Esk".
var pluralLocalityNouns = map[string]bool{"villages": true, "towns": true, "hamlets": true, "townships": true}

// arabicArticled reports whether a token is an Arabic article joined to a
// capitalised name ("al-Shaab", "el-Arish"), a word inside a place name.
func arabicArticled(t string) bool {
	for _, a := range [...]string{"al-", "el-", "ad-", "ar-", "as-", "ash-", "at-", "an-", "az-", "ed-", "es-", "esh-", "en-", "er-", "et-"} {
		if len(t) > len(a) && strings.HasPrefix(t, a) && t[len(a)] >= 'A' && t[len(a)] <= 'Z' {
			return true
		}
	}
	return false
}

func round3(x float32) float64 {
	v := float64(x) * 1000
	if v < 0 {
		return float64(int64(v-0.5)) / 1000
	}
	return float64(int64(v+0.5)) / 1000
}

// sentenceSpans returns the sentence spans of d, or the whole text.
func sentenceSpans(d *doc.Doc) []doc.Span {
	if len(d.Sentences) > 0 {
		out := make([]doc.Span, len(d.Sentences))
		for i, s := range d.Sentences {
			out[i] = s.Span
		}
		return out
	}
	return []doc.Span{{Start: 0, End: len(d.Text)}}
}

// recognise finds the toponym mentions of d with their candidates.
func (r *Recognizer) recognise(d *doc.Doc, sc *scratch) []mention {
	clear(sc.persons)
	clear(sc.focus)
	sc.features = sc.features[:0]
	if sc.persons == nil {
		sc.persons, sc.focus = map[string]bool{}, map[string]float64{}
	}
	var ms []mention
	for si, ss := range sentenceSpans(d) {
		text := d.Text[ss.Start:ss.End]
		sc.spans = match.Tokenize(text, sc.spans)
		sc.spans = r.splitHyphens(text, sc.spans, sc)
		sc.toks = sc.toks[:0]
		for _, sp := range sc.spans {
			sc.toks = append(sc.toks, text[sp.Start:sp.End])
		}
		ms = r.sentence(d, ms, si, ss.Start, text, sc)
		sc.features = r.features(d, sc.features, si, ss.Start, text, sc)
	}
	if sc.alone == nil {
		sc.alone, sc.cued = map[string]bool{}, map[string]bool{}
	}
	clear(sc.alone)
	clear(sc.cued)
	alone, cued := sc.alone, sc.cued
	for _, m := range ms {
		if !m.modifier && !m.tentative {
			alone[m.key] = true
		}
		if m.strongCue || m.within >= 0 || m.kinds != 0 {
			cued[m.key] = true
		}
	}
	out := ms[:0]
	for _, m := range ms {
		if sc.persons[m.key] && !cued[m.key] && m.within < 0 && m.kinds == 0 {
			continue
		}
		if m.tentative && !cued[m.key] {
			continue
		}
		if m.modifier && !alone[m.key] && !r.standsAsModifier(m.cands, m.key) {
			continue
		}
		out = append(out, m)
	}
	return mergeFeatures(out, sc.features)
}

// genericFeature are words that alone before a designator do not name a
// feature ("City Park", "State Park" stand for a known one nearby).
var genericFeature = map[string]bool{"City": true, "State": true, "County": true, "National": true, "Memorial": true,
	"Regional": true, "The": true, "A": true}

// mergeFeatures adds the feature names to ms in text order: a feature
// replaces the names inside it ("Kanawha" of "Kanawha River") and gives
// way to a gazetteer name as long ("Battle Creek", a town).
func mergeFeatures(ms, fs []mention) []mention {
	if len(fs) == 0 {
		return ms
	}
	out := make([]mention, 0, len(ms)+len(fs))
	k := 0
	for _, f := range fs {
		covered := false
		for _, m := range ms {
			if m.Start <= f.Start && m.End >= f.End {
				covered = true
				break
			}
		}
		if covered {
			continue
		}
		for ; k < len(ms) && ms[k].Start < f.Start; k++ {
			if ms[k].End <= f.Start {
				out = append(out, ms[k])
			}
		}
		for k < len(ms) && ms[k].Start < f.End {
			k++ // inside the feature
		}
		out = append(out, f)
	}
	return append(out, ms[k:]...)
}

// features appends the names of natural features, parks and townships of
// one sentence: one to three capitalised words before a designator of
// data/features-after.txt ("Elm Creek", "Grand Pine Township"), or one or
// two after one of data/features-before.txt ("Lake Alder", "Mt. Cobb").
// Names followed by another capitalised word ("Elm Park Road", "Cedar
// Valley College") are left to the other rules, as are gazetteer names
// ("Battle Creek"); words that are given names alone ("Michael Park") are
// people. It also appends, as localities, the names the gazetteer lacks
// after a locality noun and "of" ("the village of Tarnel").
func (r *Recognizer) features(d *doc.Doc, fs []mention, si, base int, text string, sc *scratch) []mention {
	toks, spans := sc.toks, sc.spans
	word := func(k int) bool {
		return k >= 0 && k < len(toks) && capitalised(toks[k]) && isWordToken(toks[k]) && !allCaps(toks[k])
	}
	add := func(i, j int) {
		// j is the end token (exclusive)
		if j < len(toks) && (word(j) || r.streets[toks[j]]) {
			return // a longer name: "Elm Park Road", "Cedar Valley College"
		}
		if !singleSpaced(spans[i:j]) || r.gaz.Has(text[spans[i].Start:spans[j-1].End]) {
			return // a gazetteer name ("Battle Creek") is the gazetteer's
		}
		m := mention{Span: doc.Span{Start: base + spans[i].Start, End: base + spans[j-1].End}, within: -1, sentence: si, chosen: -1,
			cue: true, feature: true}
		m.text = d.Text[m.Start:m.End]
		m.key = m.text
		fs = append(fs, m)
	}
	// "HARLOW -", "OLD MILL, Ohio (AP) -": a dateline the gazetteer
	// does not know
	if si <= maxDatelineSentence {
		if i, j := r.unknownDateline(text, toks, spans); j > 0 {
			n := len(fs)
			add(i, j)
			if len(fs) > n {
				fs[n].locality = true
			}
		}
	}
	// local adds the name of tokens [i, j) as a locality unless the
	// gazetteer or the demonyms know it
	local := func(i, j int) {
		if r.streets[toks[j-1]] || r.titles[toks[i]] {
			return // "the crossing at Elm Street"
		}
		if n := len(fs); !r.gaz.Has(text[spans[i].Start:spans[j-1].End]) && !r.isDemonym(toks[i]) {
			add(i, j)
			if len(fs) > n {
				fs[n].locality = true
			}
		}
	}
	// name returns the end of a name of one to three capitalised words
	// at token i, with Arabic articles inside ("Aita al-Shaab"), or i
	name := func(i int) int {
		j := i
		for j < len(toks) && j < i+3 && (word(j) || j > i && arabicArticled(toks[j])) {
			j++
		}
		return j
	}
	for i := 0; i < len(toks); i++ {
		t := toks[i]
		if t == "" {
			continue
		}
		// "reached Gallabat, a Sudanese town on the border": a name the
		// gazetteer lacks before an appositive locality of a country
		if t == "," && i > 0 && word(i-1) && i+3 < len(toks) && (toks[i+1] == "a" || toks[i+1] == "an") && r.appositiveLocality(toks, i+2) {
			k := i - 1
			for k > 0 && i-k < 3 && (word(k-1) || arabicArticled(toks[k])) {
				k--
			}
			if k == 0 || !word(k-1) {
				local(k, i)
			}
			continue
		}
		ofNext := i+2 < len(toks) && toks[i+1] == "of"
		// "the border villages of Kfar Kila and Aita al-Shaab", "the
		// towns of Orvik, Tarnel and Esk": each name of the list
		if ofNext && t[len(t)-1] == 's' && pluralLocalityNouns[t] && word(i+2) {
			k := i + 2
			for k < len(toks) && word(k) {
				j := name(k)
				local(k, j)
				if j+1 < len(toks) && (toks[j] == "," || toks[j] == "and") && word(j+1) {
					k = j + 1
				} else if j+2 < len(toks) && toks[j] == "," && toks[j+1] == "and" && word(j+2) {
					k = j + 2
				} else {
					k = j
					break
				}
			}
			i = k - 1
			continue
		}
		// "the Jarinje border crossing", "the Torkham crossing with
		// Afghanistan", "the border crossing at Orvik": a crossing the
		// gazetteer lacks, placed as a locality
		if c := t[0]; (c == 'c' || c == 'p' || c == 'b') && (t == "crossing" || t == "crossings" || t == "post" || t == "point" || t == "border" && i > 0 && toks[i-1] == "land") {
			border := i > 0 && (toks[i-1] == "border" || toks[i-1] == "land")
			k := i - 1
			if border {
				k--
			}
			with := i+1 < len(toks) && (toks[i+1] == "with" || toks[i+1] == "into" || toks[i+1] == "between" || toks[i+1] == "to" || toks[i+1] == "from")
			if t != "post" && t != "point" || border {
				// the name before: one to three capitalised words after
				// "the" or a preposition
				e := k + 1
				b := e
				for b > 0 && e-b < 3 && toks[b-1] != "The" && (word(b-1) || b-1 > 0 && b < e && arabicArticled(toks[b-1]) && word(b-2)) {
					b--
				}
				if b < e && b > 0 && (border || with) && (toks[b-1] == "the" || toks[b-1] == "The") {
					local(b, e)
				}
			}
			// the name after "at" or "of" ("border crossings at Orvik
			// and Esk", "the crossing at Orvik")
			if (border || t == "crossing" && i > 0 && toks[i-1] == "the" && i+1 < len(toks) && toks[i+1] == "at") && i+2 < len(toks) && (toks[i+1] == "at" || toks[i+1] == "of") && word(i+2) {
				k := i + 2
				for k < len(toks) && word(k) {
					j := name(k)
					local(k, j)
					if j+1 < len(toks) && toks[j] == "and" && word(j+1) {
						k = j + 1
					} else {
						k = j
						break
					}
				}
				i = k - 1
			}
			continue
		}
		// "displaced from Orvik village", "in Tarnel town": a name the
		// gazetteer lacks after a preposition and before a locality noun
		if c := t[0]; (c == 'v' || c == 't') && (t == "village" || t == "town") && i >= 2 && word(i-1) {
			b := i - 1
			for b > 0 && i-b < 2 && word(b-1) {
				b--
			}
			if b > 0 && (toks[b-1] == "in" || toks[b-1] == "from" || toks[b-1] == "near" || toks[b-1] == "at") && !r.stop[toks[b]] && !r.gaz.Common(toks[b]) {
				local(b, i)
			}
		}
		// "seized Orvik in Tarnel state", "in Esk, in the Tarnel
		// region": a name the gazetteer lacks after a preposition or a
		// verb of place and before a division it names with its
		// designator
		switch t {
		case "state", "province", "region", "governorate", "oblast", "prefecture":
			if b, e := r.beforeDivision(toks, i, word); b >= 0 {
				start, seen := base+spans[b].Start, false
				for k := len(fs) - 1; k >= 0 && fs[k].sentence == si; k-- {
					seen = seen || fs[k].Start <= start && start < fs[k].End
				}
				if seen {
					break // "the village of Orvik in Tarnel state"
				}
				n := len(fs)
				local(b, e)
				// keep fs in text order
				for k := len(fs) - 1; k > n-1 && k > 0 && fs[k-1].Start > fs[k].Start; k-- {
					fs[k-1], fs[k] = fs[k], fs[k-1]
				}
			}
		}
		// "the village of Orvik": a town the gazetteer lacks
		if ofNext && localityNouns[t] && word(i+2) {
			j := i + 2
			for j < len(toks) && j < i+5 && word(j) {
				j++
			}
			if n := len(fs); !r.gaz.Has(text[spans[i+2].Start:spans[j-1].End]) && !r.isDemonym(toks[i+2]) {
				add(i+2, j)
				if len(fs) > n {
					fs[n].locality = true
				}
			}
			i = j - 1
			continue
		}
		if t[0] < 'A' || t[0] > 'Z' || (!r.featureBefore[t] && !r.featureAfter[t]) || !word(i) {
			continue // designators are capitalised ASCII words
		}
		if r.featureBefore[t] {
			k := i + 1
			if t == "Mt" && k < len(toks) && toks[k] == "." {
				k++
			}
			j := k
			for j < len(toks) && j < k+2 && word(j) && !r.featureAfter[toks[j]] {
				j++
			}
			if j > k && (i == 0 || !word(i-1)) {
				add(i, j)
				i = j - 1
				continue
			}
		}
		if !r.featureAfter[t] || i == 0 {
			continue
		}
		// the name before the designator
		k := i
		for k > 0 && i-k < 3 && word(k-1) && !r.featureAfter[toks[k-1]] && !r.titles[toks[k-1]] && !r.openers[strings.ToLower(toks[k-1])] {
			k--
		}
		if k == i || (k > 0 && word(k-1) && !r.titles[toks[k-1]] && !r.openers[strings.ToLower(toks[k-1])]) {
			continue // no name, or part of a longer one
		}
		people := true
		for _, w := range toks[k:i] {
			people = people && r.forenames[w]
		}
		if (people && toks[i] == "Park") || (i-k == 1 && genericFeature[toks[k]]) {
			continue // "Michael Park"; "City Park", "State Park"
		}
		add(k, i+1)
	}
	return fs
}

// placeVerbs take a place as their object: "seized Orvik in Tarnel
// state".
var placeVerbs = map[string]bool{"seized": true, "captured": true, "retook": true, "recaptured": true, "stormed": true,
	"raided": true, "shelled": true, "bombed": true, "overran": true, "besieged": true, "entered": true, "reached": true,
	"attacked": true, "evacuated": true, "struck": true}

// beforeDivision reads, back from the division designator at token d
// ("state", "province", "region" ...), "X [,] in [the] [compass] Y d": Y
// one to three capitalised words naming a first-level division of the
// gazetteer, X one to three capitalised words after a preposition or a
// verb of place, not a stop word, given name, title or common word. It
// returns X's tokens [b, e), or -1 when the text does not read so. It
// runs at the designators only, so that the other tokens pay nothing.
func (r *Recognizer) beforeDivision(toks []string, d int, word func(int) bool) (int, int) {
	k := d - 1
	for k >= 0 && d-k <= 3 && word(k) {
		k--
	}
	ys, ye := k+1, d
	if ys == ye {
		return -1, -1
	}
	if k >= 0 && compassAdjectives[toks[k]] {
		k--
	}
	if k >= 0 && toks[k] == "the" {
		k--
	}
	if k < 0 || toks[k] != "in" {
		return -1, -1
	}
	k--
	if k >= 0 && toks[k] == "," {
		k--
	}
	e := k + 1
	for k >= 0 && e-k <= 3 && word(k) {
		k--
	}
	b := k + 1
	if b == e || k < 0 || word(k) || !(locPreps[toks[k]] || placeVerbs[toks[k]]) {
		return -1, -1
	}
	if t := toks[b]; r.stop[t] || r.forenames[t] || r.titles[t] || r.gaz.Common(t) {
		return -1, -1
	}
	for _, id := range r.gaz.Lookup(strings.Join(toks[ys:ye], " ")) {
		if r.gaz.Entries[id].Kind == KindAdmin1 {
			return b, e
		}
	}
	return -1, -1
}

// maxDatelineSentence is the last sentence (0-based) where a dateline the
// gazetteer does not know is looked for: a headline and a line or two
// before the story.
const maxDatelineSentence = 3

// unknownDateline returns the tokens [i, j) of the name in capitals that
// opens the sentence as a dateline does, before a dash ("HARLOW -",
// "GREEN MILL —"), a bracket ("HARLOW (AP) -") or a comma and a known
// place ("HARLOW, Essex -"); j is 0 for none. Each word has three letters
// or more and a vowel (no "NFL -"), and none is a label of
// data/dateline-labels.txt ("UPDATE -"), a stop word or a demonym. The
// gazetteer's own names are found by the rules of sentence.
func (r *Recognizer) unknownDateline(text string, toks []string, spans []match.Span) (int, int) {
	i := 0
	for i < len(toks) && !isWordToken(toks[i]) {
		i++
	}
	j := i
	for j < len(toks) && j < i+6 {
		t := toks[j]
		switch {
		case allCaps(t) && isWordToken(t):
			if len(t) < 3 && !connectors[strings.ToLower(t)] && !(j+1 < len(toks) && toks[j+1] == ".") {
				return 0, 0 // "AP", "US"; "ST." and "OF" pass
			}
			if r.datelineLabels[t] || r.isDemonym(titleCase(t)) || r.stop[titleCase(t)] || r.never[titleCase(t)] ||
				!strings.ContainsAny(t, "AEIOUY") {
				return 0, 0
			}
		case t == "." && j > i && len(toks[j-1]) <= 3:
		default:
			goto end
		}
		j++
	}
end:
	if j == i || j >= len(toks) || !singleSpaced(spans[i:j]) || toks[j-1] == "." || connectors[strings.ToLower(toks[j-1])] {
		return 0, 0
	}
	switch toks[j] {
	case "-", "—", "–":
		return i, j
	case "(":
		if j+1 < len(toks) && capitalised(toks[j+1]) {
			return i, j
		}
	case ",":
		// a known place in title case after the comma: "Ohio", "Conn."
		if j+1 < len(toks) && capitalised(toks[j+1]) && !allCaps(toks[j+1]) {
			if end, _ := r.longest(text, toks, spans, j+1, false); end > 0 &&
				kindsOf(r.gaz, r.gaz.Lookup(text[spans[j+1].Start:spans[end-1].End]))&(1<<KindCountry|1<<KindAdmin1) != 0 {
				return i, j
			}
		}
	}
	return 0, 0
}

// capitalised reports whether a token starts with an upper-case letter.
func capitalised(tok string) bool {
	c := tok[0]
	if c < utf8.RuneSelf {
		return 'A' <= c && c <= 'Z'
	}
	r, _ := utf8.DecodeRuneInString(tok)
	return unicode.IsUpper(r)
}

// allCaps reports whether a token of two or more letters has no lower-case
// letter.
func allCaps(tok string) bool {
	letters := 0
	for _, c := range tok {
		if unicode.IsLower(c) {
			return false
		}
		if unicode.IsLetter(c) {
			letters++
		}
	}
	return letters >= 2
}

// titleCase returns "BEIRUT" as "Beirut".
func titleCase(tok string) string {
	var b strings.Builder
	first := true
	for i, c := range tok {
		if first {
			b.WriteRune(c)
		} else {
			b.WriteRune(unicode.ToLower(c))
		}
		// a letter after one letter and an apostrophe opens a word too
		// ("N'DJAMENA" → "N'Djamena", "O'HARE" → "O'Hare")
		first = !unicode.IsLetter(c) && (c != '\'' || i == 1)
	}
	return b.String()
}

// headline reports whether a sentence is written in title case (nine in
// ten of its words of four letters or more capitalised), where
// capitalisation tells nothing. A sentence full of names ("Police Chief
// Robert Douglas said Stephen Davis ...") stays below.
func headline(toks []string) bool {
	words, caps, all := 0, 0, 0
	for _, t := range toks {
		c, _ := utf8.DecodeRuneInString(t)
		if unicode.IsLetter(c) {
			all++
		}
		if !unicode.IsLetter(c) || len(t) < 4 {
			continue
		}
		words++
		if unicode.IsUpper(c) {
			caps++
		}
	}
	return words >= 3 && caps*10 >= words*9 && all <= maxHeadlineWords
}

// maxHeadlineWords bounds the words of a headline: a longer sentence full
// of names ("Chinese State Councilor and Foreign Minister Wang Yi met with
// Russian Foreign Minister Sergei Lavrov in Moscow") is prose.
const maxHeadlineWords = 16

// sentence adds the mentions of one sentence (tokens in sc, text at byte
// offset base of d.Text).
func (r *Recognizer) sentence(d *doc.Doc, ms []mention, si, base int, text string, sc *scratch) []mention {
	toks, spans := sc.toks, sc.spans
	title := headline(toks)
	// written in capitals: looked at only for a word in capitals
	shout, shoutKnown := false, false
	first := 0
	for first < len(toks) && !isWordToken(toks[first]) {
		first++ // opening quotes and brackets
	}
	// containerAt is the token of the container written after a comma
	// ("Nelson, BC"), a place whatever its length or kind
	containerAt := -1
	for i := 0; i < len(toks); i++ {
		t := toks[i]
		if !capitalised(t) {
			continue
		}
		if !shoutKnown && allCaps(t) {
			shout, shoutKnown = doc.Shouted(toks), true
		}
		// the longest known name starting here
		end, titled := r.longest(text, toks, spans, i, shout)
		// a demonym at least as long: "Russian troops" is Russia (gold
		// sets count adjectival demonyms as toponyms); "the Russians",
		// "an American" and "in Russian" are people and languages, and
		// only count toward the document's focus
		if dEnd, id, c := r.demonymAt(text, toks, spans, i); dEnd > 0 && dEnd >= end && !(dEnd == end && i > 0 && placePreps[strings.ToLower(toks[i-1])]) {
			if c != "" {
				sc.focus[c]++
			}
			// "African American": people, not a place
			hyphenated := toks[i] == "American" && i > 0 && (r.isDemonym(toks[i-1]) || (toks[i-1] == "-" && i > 1 && r.isRegionAdjective(toks[i-2])))
			if !hyphenated && !r.pluralDemonym(text[spans[i].Start:spans[dEnd-1].End]) && r.adjectiveContext(toks, spans, dEnd) {
				m := mention{Span: doc.Span{Start: base + spans[i].Start, End: base + spans[dEnd-1].End}, within: -1, sentence: si,
					chosen: -1, cue: true, demonym: true, cands: []int32{id}}
				m.text = d.Text[m.Start:m.End]
				m.key = m.text
				ms = append(ms, m)
				i = dEnd - 1
				continue
			}
			if end < 0 {
				i = dEnd - 1
				continue
			}
		}
		// "Rep. Tom Smith, D-Kanawha": the legislator's county or town
		party := i >= 3 && toks[i-1] == "-" && partyLabels[toks[i-2]] && spans[i].Start == spans[i-1].End &&
			spans[i-1].Start == spans[i-2].End && partyOpener(toks[i-3])
		var county []int32
		if party {
			k := i + 1
			for k < len(toks) && k < i+3 && capitalised(toks[k]) && isWordToken(toks[k]) && spans[k].Start-spans[k-1].End == 1 {
				k++
			}
			for ; k > i; k-- {
				if county = r.gaz.Lookup(text[spans[i].Start:spans[k-1].End] + " County"); len(county) > 0 {
					break
				}
			}
			if len(county) > 0 && k > end {
				end, titled = k, ""
			}
		}
		if end < 0 {
			continue
		}
		name := text[spans[i].Start:spans[end-1].End]
		caps := titled != ""
		if caps {
			name = titled
		}
		cands := r.gaz.Lookup(name)
		if party && len(county) > 0 {
			cands = append(slices.Clip(cands), county...)
		}
		if len(cands) == 0 {
			continue
		}
		m := mention{Span: doc.Span{Start: base + spans[i].Start, End: base + spans[end-1].End}, within: -1, sentence: si, chosen: -1}
		m.text, m.key = d.Text[m.Start:m.End], d.Text[m.Start:m.End]
		if caps && i == first && dateline(toks, end-1) {
			// the dateline's "MANSFIELD" is the headline's "Mansfield"
			m.key = name
			// "ATLANTA -", "ST. LOUIS (AP) -": the dateline names the
			// town the story is filed from, as "in Atlanta" would; a
			// town rather than a country or state of the name ("MALTA
			// -" in a local paper)
			m.cue, m.strongCue = true, true
			if kindsOf(r.gaz, cands)&(1<<KindCity) != 0 {
				m.kinds = 1 << KindCity
			}
		}
		next, prev := "", ""
		if end < len(toks) {
			next = toks[end]
		}
		if i > 0 {
			prev = toks[i-1]
		}
		skip := func() { i = end - 1 }
		// after a surname particle, in headlines too: "Marc de Lyon",
		// "Ana de Silva"; not taken as a person's name elsewhere
		// ("Rue de Paris")
		if surnameParticles[prev] && i >= 2 && capitalised(toks[i-2]) && isWordToken(toks[i-2]) && !r.isCountry(cands) {
			skip()
			continue
		}
		// inside a longer proper name: "Gov. Perry", "Jack London",
		// "Washington Post", "Paris Hilton"
		if !title && !allCaps(t) {
			// a capitalised opener inside a sentence starts one the
			// splitter missed ("a busy year The Atlantic storm season",
			// "early After Berlin, Prague"); a road number is no name
			// ("the A40 Witney junction")
			inName := i > first && capitalised(prev) && isWordToken(prev) && !strings.ContainsAny(prev, "0123456789") &&
				!placeModifiers[prev] && !r.openers[strings.ToLower(prev)] &&
				(i-1 != first || r.nameOpener(prev, cands))
			titled := (i > first && prev == "." && i >= 2 && r.titles[toks[i-2]]) || (i > 0 && r.titles[prev])
			// after a middle initial: "Sheila D. Williams"
			initial := i >= 3 && prev == "." && len(toks[i-2]) == 1 && capitalised(toks[i-2]) && capitalised(toks[i-3]) && isWordToken(toks[i-3])
			// after "St.": a saint ("St. Patrick's Day"), the full name
			// not being a place
			initial = initial || prev == "St." || prev == "Ste." || (i >= 2 && prev == "." && (toks[i-2] == "St" || toks[i-2] == "Ste"))
			inName = inName || initial
			// a country inside a longer name still names the country
			// ("Air France", "Bank of Malta", "United Russia"), as
			// gold sets count embedded toponyms
			// "Minister Carlos Mendoza", "coordinator Ana Pereira": a
			// title or role noun before the first name makes the name a
			// surname whatever the size of the town it names, so that
			// "Mendoza said" later is no place
			surname := inName && !titled && !initial && i >= 2 && isWordToken(toks[i-2]) &&
				(r.titles[toks[i-2]] || r.titles[strings.ToLower(toks[i-2])])
			if (inName || titled) && !(inName && !titled && r.isCountry(cands) && !r.gaz.Common(name)) {
				if (next == "" || !capitalised(next)) && !r.isCountry(cands) && !strings.Contains(name, " ") && !r.isRegion(cands) &&
					(surname || r.forenames[name] || (!r.hasBigCity(cands) && !r.bigDivision(cands))) {
					sc.persons[name] = true
				}
				skip()
				continue
			}
			// before a division's name, a name of small towns only, with no
			// preposition before it, is more often a first name ("prosecutor
			// Laura Durango", "Rosa Rivera") than a town of that division
			// written without a comma: held back like a modifier
			before := next != "" && capitalised(next) && isWordToken(next)
			held := before && !r.institutions[next] && (!r.majorPlace(next) || placeModifiers[next])
			if !held && before && !strings.Contains(name, " ") && r.smallTowns(cands) && !locPreps[strings.ToLower(prev)] &&
				r.majorPlace(next) && !r.isCountryName(next) {
				held = true
			}
			if held {
				if r.streets[next] {
					skip() // "Washington Drive", "Illinois Route"
					continue
				}
				m.modifier = true // kept or dropped in recognise
			}
		}
		// in a headline a name before a capitalised word may be a
		// modifier too ("Funding Cut For Dalton Youth Center")
		if title && !allCaps(t) && next != "" && capitalised(next) && isWordToken(next) && !r.institutions[next] && !r.majorPlace(next) {
			m.modifier = true
		}
		// "Clarke, Madison and Oconee counties": the counties
		if d := pluralDesignator(toks, end); d != "" {
			if c := r.gaz.Lookup(name + " " + d); len(c) > 0 {
				cands, m.kinds, m.cue = c, 1<<KindAdmin2, true
			}
		}
		kindsAll := uint8(0)
		for _, c := range cands {
			kindsAll |= 1 << r.gaz.Entries[c].Kind
		}
		// cues
		// "in East Oxford": a compass modifier between
		if placeModifiers[prev] && i >= 2 && locPreps[strings.ToLower(toks[i-2])] {
			m.cue = true
		}
		// "Muscat: The festival ...": a dateline written with a colon
		if party || i == containerAt || (i == first && si <= maxDatelineSentence && next == ":" && !title && !r.datelineLabels[strings.ToUpper(name)]) {
			m.cue, m.strongCue = true, true
		}
		// "the Ministry of Justice", "the Commissioner of Police": "of"
		// after a capitalised word joins a common word to an
		// organisation's or office's name, no cue (after a person's
		// name, "Hannah Smalls of Oxford", it still is one)
		orgOf := prev == "of" && i >= 2 && capitalised(toks[i-2]) && isWordToken(toks[i-2]) && (r.stop[name] || r.gaz.Common(name)) &&
			(i < 3 || !r.forenames[toks[i-3]])
		if locPreps[strings.ToLower(prev)] && !orgOf {
			m.cue = true
			switch prev {
			case "in", "near", "outside", "across", "throughout", "around":
				// not "in Flores' honor", "in Fairfield hearing" (a
				// person's case)
				m.strongCue = !strings.HasPrefix(next, "'") && !strings.HasPrefix(next, "’") && !caseNouns[strings.ToLower(next)]
			}
		}
		if k, ok := kindWords[next]; ok && k&kindsAll != 0 {
			m.kinds = k
			m.cue = true
		}
		// "the city of Zaporizhzhia", "the state of Guerrero": the kind
		// written before
		if prev == "of" && i >= 2 {
			if k, ok := kindWords[strings.ToLower(toks[i-2])]; ok && k&kindsAll != 0 {
				m.kinds = k
				m.cue = true
			}
		}
		// "a Lebanon woman": a town's or state's resident; a country's
		// is written with its demonym ("a Lebanese woman")
		if local := kindsAll &^ (1 << KindCountry); residentNouns[next] && local != 0 && kindsAll&(1<<KindCountry) != 0 &&
			(prev == "a" || prev == "an" || prev == "A" || prev == "An") {
			m.kinds = local
		}
		// "Paris, Texas": a container after a comma
		if next == "," && end+1 < len(toks) && capitalised(toks[end+1]) {
			if cEnd, cTitled := r.longest(text, toks, spans, end+1, shout); cEnd > 0 {
				cname := text[spans[end+1].Start:spans[cEnd-1].End]
				if cTitled != "" {
					cname = cTitled
				}
				if w := r.container(cands, r.gaz.Lookup(cname)); w >= 0 {
					m.within, m.cue = w, true
					containerAt = end + 1
				}
			}
		}
		// "the Concord resident", "a Reading man", "the Oxford police":
		// a town's people (not "the Chase family", a surname's)
		if (residentNouns[next] || townPeople[next]) && next != "family" && determiners[prev] {
			m.cue = true
		}
		strong := kindsAll&(1<<KindCountry|1<<KindRegion) != 0
		loose := !strong && (r.gaz.Common(name) || len(name) <= 2 || r.stop[name] || (r.forenames[name] && r.smallPlaces(cands)))
		switch {
		case (r.never[name] || r.never[m.text] || (next != "" && capitalised(next) && r.never[m.text+" "+next])) && m.within < 0 && m.kinds == 0:
			skip()
			continue
		case loose && !m.cue && !r.stop[name] && len(name) > 2:
			m.tentative = true // kept if the document cues it elsewhere
		case loose && !m.cue:
			skip()
			continue
		case loose && i == first && m.within < 0 && m.kinds == 0 && !m.strongCue:
			// "In Reading the ..." is rare; a common word opens the sentence
			skip()
			continue
		}
		// a person's name as a subject: "Jackson told"; capitals
		// ("Moscow said", a metonym for a government), cities of
		// 100,000 people or more ("Dubai has"), countries, divisions,
		// counties ("Orange County has") and regions stay places
		capital := false
		for _, c := range cands {
			capital = capital || r.gaz.Entries[c].Capital()
		}
		// "South Portland and Westbrook will vote": the last of a list
		// whose previous name is a place of the sentence is one too
		coordinated := (prev == "and" || prev == "or") && i >= 2 && len(ms) > 0 && ms[len(ms)-1].sentence == si &&
			!ms[len(ms)-1].tentative && ms[len(ms)-1].End == base+spans[i-2].End
		if subjectVerbs[strings.ToLower(next)] && !strong && !m.cue && !capital && !coordinated && r.smallTowns(cands) && kindsAll&(1<<KindAdmin1|1<<KindAdmin2) == 0 {
			// kept if the document writes it with a strong cue
			// elsewhere ("in Hopkinton ... Hopkinton is the latest town")
			m.tentative = true
		}
		if insideNamedActor(d, m.Span) {
			skip()
			continue
		}
		m.cands = cands
		ms = append(ms, m)
		skip()
	}
	return ms
}

// lowerWordLike reports whether a name is one word.
func lowerWordLike(name string) bool { return !strings.ContainsAny(name, " -.") }

// isWordToken reports whether a token starts with a letter or digit.
func isWordToken(t string) bool {
	c, _ := utf8.DecodeRuneInString(t)
	return unicode.IsLetter(c) || unicode.IsDigit(c)
}

// insideNamedActor reports whether sp lies inside an actor mention of d
// that the KB knows as a person, organisation or group, the place name
// being part of its name ("Wagner" in "Wagner fighters", "Washington" in
// "George Washington"). Countries, regions and metonyms stay places.
func insideNamedActor(d *doc.Doc, sp doc.Span) bool {
	for i := range d.Actors {
		a := &d.Actors[i]
		if a.KBID == "" || a.Via == "metonym" || a.Kind == "country" || a.Kind == "region" {
			continue
		}
		if a.Start <= sp.Start && sp.End <= a.End {
			return true
		}
	}
	return false
}

// tokenAt returns the index of the token starting at byte off, or -1.
func tokenAt(d *doc.Doc, off int) int {
	i := sort.Search(len(d.Tokens), func(i int) bool { return d.Tokens[i].Start >= off })
	if i < len(d.Tokens) && d.Tokens[i].Start == off {
		return i
	}
	return -1
}

// longest returns the end (exclusive token index) of the longest gazetteer
// name starting at token i, or -1, and the name looked up when it matched
// in title case from upper case ("BEIRUT" is "Beirut", "RIO DE JANEIRO"
// "Rio de Janeiro"), else "".
// joinHyphen writes a name of two capitalised parts joined by a hyphen
// as one word ("Petion-Ville" → "Petionville"), or returns "".
func joinHyphen(name string) string {
	a, b, ok := strings.Cut(name, "-")
	if !ok || len(a) < 2 || len(b) < 2 || b[0] < 'A' || b[0] > 'Z' || strings.Contains(b, "-") {
		return ""
	}
	return a + string(b[0]+'a'-'A') + b[1:]
}

func (r *Recognizer) longest(text string, toks []string, spans []match.Span, i int, shout bool) (int, string) {
	// the run of tokens a name may span
	j := i + 1
	for j < len(toks) && j-i < maxNameTokens {
		t := toks[j]
		if capitalised(t) || connectors[t] || r.gaz.inner[t] || particleWord(t) || (possessive(t) && spans[j].Start == spans[j-1].End) {
			j++
			continue
		}
		break
	}
	// a dateline's dash stands apart ("ROME -", not "IBA-Karachi")
	// in a sentence written in capitals ("IRAN AND IRAQ SIGN DEAL") any
	// word
	caps := allCaps(toks[i]) && (shout || len(toks[i]) >= 5 || (dateline(toks, i) && (toks[i+1] == "," || spans[i+1].Start > spans[i].End)))
	// a run of short all-caps words ("NEW YORK", "LOS ANGELES") is
	// looked up in title case as a whole only
	// in title case as a whole only; "ST. LOUIS", "FT. WORTH" too
	capsRun := !caps && allCaps(toks[i]) && i+1 < len(toks) &&
		((allCaps(toks[i+1]) && isWordToken(toks[i+1])) ||
			(toks[i+1] == "." && len(toks[i]) <= 3 && i+2 < len(toks) && allCaps(toks[i+2]) && isWordToken(toks[i+2])))
	for k := j; k > i; k-- {
		if !capitalised(toks[k-1]) && toks[k-1] != "." && !r.gaz.inner[toks[k-1]] && !particleWord(toks[k-1]) && !possessive(toks[k-1]) {
			continue
		}
		if !singleSpaced(spans[i:k]) {
			continue // a name spans single spaces only
		}
		name := text[spans[i].Start:spans[k-1].End]
		if strings.ContainsAny(name, "\n\t") {
			continue
		}
		if r.gaz.Has(name) {
			return k, ""
		}
		// "Petion-Ville" for the gazetteer's "Petionville"
		if k-i == 1 {
			if t := joinHyphen(name); t != "" && r.gaz.Has(t) {
				return k, t
			}
		}
		if caps || (capsRun && k-i >= 2) {
			if t := titleCase(name); r.gaz.Has(t) {
				return k, t
			} else if t = lowerConnectors(t); r.gaz.Has(t) {
				return k, t
			} else if t = joinHyphen(t); k-i == 1 && t != "" && r.gaz.Has(t) {
				return k, t
			}
		}
	}
	return -1, ""
}

// lowerConnectors writes the connectors inside a title-cased name in lower
// case: "Rio De Janeiro" is "Rio de Janeiro", "Isle Of Palms" "Isle of
// Palms".
func lowerConnectors(name string) string {
	if !strings.Contains(name, " ") {
		return name
	}
	f := strings.Split(name, " ")
	for k := 1; k < len(f)-1; k++ {
		if l := strings.ToLower(f[k]); l != f[k] && connectors[l] {
			f[k] = l
		}
	}
	return strings.Join(f, " ")
}

// possessive reports whether a token is the possessive ending of the
// word before it, which some names keep ("St. John's", "Martha's
// Vineyard").
func possessive(t string) bool {
	switch t {
	case "'s", "'S", "’s", "’S":
		return true
	}
	return false
}

// particleWord reports whether a token joins a lower-case article or
// particle of one to three letters to a capitalised word by an apostrophe
// or a hyphen, as inside "Côte d'Ivoire", "Coeur d’Alene", "Deir ez-Zor".
func particleWord(t string) bool {
	for k := 0; k < len(t) && k <= 3; k++ {
		c := t[k]
		switch {
		case c >= 'a' && c <= 'z':
			continue
		case k > 0 && (c == '\'' || c == '-'):
			return k+1 < len(t) && t[k+1] >= 'A' && t[k+1] <= 'Z'
		case k > 0 && strings.HasPrefix(t[k:], "’"):
			k += len("’")
			return k < len(t) && t[k] >= 'A' && t[k] <= 'Z'
		}
		return false
	}
	return false
}

// dateline reports whether token i opens a dateline ("ROME (Reuters) -",
// "KYIV, Ukraine —").
func dateline(toks []string, i int) bool {
	if i+1 >= len(toks) {
		return false
	}
	switch toks[i+1] {
	case ",", "(", "-", "—", "–":
		return true
	}
	return false
}

// kindsOf returns the set of kinds of cands.
func kindsOf(g *Gazetteer, cands []int32) uint8 {
	k := uint8(0)
	for _, c := range cands {
		k |= 1 << g.Entries[c].Kind
	}
	return k
}

// isCountry reports whether one of cands is a country.
func (r *Recognizer) isCountry(cands []int32) bool {
	for _, c := range cands {
		if r.gaz.Entries[c].Kind == KindCountry {
			return true
		}
	}
	return false
}

// isRegion reports whether one of cands is a region.
func (r *Recognizer) isRegion(cands []int32) bool {
	for _, c := range cands {
		if r.gaz.Entries[c].Kind == KindRegion {
			return true
		}
	}
	return false
}

// majorPlace reports whether a name is a country or a first-level
// division ("Kansas City Missouri"); compass words that name divisions
// somewhere ("West", "Central") are not trusted after a name ("Scott
// West").
func (r *Recognizer) majorPlace(name string) bool {
	for _, c := range r.gaz.Lookup(name) {
		if k := r.gaz.Entries[c].Kind; k == KindCountry || k == KindAdmin1 {
			return true
		}
	}
	return false
}

// isCountryName reports whether name names a country.
func (r *Recognizer) isCountryName(name string) bool {
	for _, c := range r.gaz.Lookup(name) {
		if r.gaz.Entries[c].Kind == KindCountry {
			return true
		}
	}
	return false
}

// singleSpaced reports whether no two neighbouring spans are more than one
// byte apart.
func singleSpaced(spans []match.Span) bool {
	for k := 1; k < len(spans); k++ {
		if spans[k].Start-spans[k-1].End > 1 {
			return false
		}
	}
	return true
}

// container returns the candidate of cands that lies in one of the
// containers (a country, a division or a county), or -1.
func (r *Recognizer) container(cands, containers []int32) int32 {
	for _, c := range containers {
		ce := &r.gaz.Entries[c]
		if ce.Kind != KindCountry && ce.Kind != KindAdmin1 {
			continue
		}
		for _, x := range cands {
			e := &r.gaz.Entries[x]
			if x == c || e.Kind == KindCountry {
				continue
			}
			in := false
			switch ce.Kind {
			case KindCountry:
				in = e.Country == ce.Country
			case KindAdmin1:
				in = e.Admin1 == c
			}
			if in {
				return c
			}
		}
	}
	return -1
}

// bigCity is the population from which a city named before another
// capitalised word stands ("the Nashville Film Festival").
const bigCity = 250000

// standsAsModifier reports whether a name written before another
// capitalised word, and never alone in the document, is still a place:
// a country or division that is not also a given name ("the Walker
// County Fair", "Texas Forest Service", but "Virginia Chapin").
func (r *Recognizer) standsAsModifier(cands []int32, text string) bool {
	if r.forenames[text] {
		return false
	}
	for _, c := range cands {
		switch e := &r.gaz.Entries[c]; e.Kind {
		case KindCountry, KindAdmin1:
			return true
		case KindCity:
			if e.Pop >= bigCity {
				return true
			}
		case KindAdmin2:
			// with its designator ("Walker County Fair"), not a bare
			// surname ("the Webb Center")
			if e.Name == text {
				return true
			}
		}
	}
	return false
}

// nameOpener reports whether the first word of a sentence, right before a
// place name, is rather a first name than an opener ("Jerry Hughes bought"
// but "Yesterday Hughes", "Missing Lancaster girl").
func (r *Recognizer) nameOpener(w string, cands []int32) bool {
	lw := strings.ToLower(w)
	if r.forenames[w] && !r.isCountry(cands) {
		return true // "Craig Hollis of ...", though Craig is a town
	}
	// a place opens the sentence ("Texas Gov.", "London Heathrow"),
	// unless it is only small towns, more often a first name ("Ron
	// Vance", "Ray Harding")
	if r.openers[lw] || (r.gaz.Has(w) && !r.smallTowns(r.gaz.Lookup(w))) || r.isCountry(cands) {
		return false
	}
	if len(lw) > 4 && (strings.HasSuffix(lw, "ing") || strings.HasSuffix(lw, "ed") || strings.HasSuffix(lw, "ly")) {
		return false // "Trailing Watertown", "Considering Tunisia"
	}
	return true
}

// splitHyphens splits the hyphenated tokens that join a place name to a
// word ("Texas-based", "Atlanta-area"), a party letter ("D-Charleston") or
// another place or demonym ("Egyptian-US", "Amsterdam-London"), so that
// the place is found; other hyphenated names ("Webb-Lawton") stay whole.
func (r *Recognizer) splitHyphens(text string, spans []match.Span, sc *scratch) []match.Span {
	out := sc.split[:0]
	changed := false
	for k, sp := range spans {
		t := text[sp.Start:sp.End]
		if !strings.Contains(t, "-") || r.gaz.Has(t) || r.gaz.Has(t+" County") || strings.HasPrefix(t, "-") || strings.HasSuffix(t, "-") {
			out = append(out, sp)
			continue
		}
		parts := strings.Split(t, "-")
		places, lower, letters, names, demonyms, other := 0, 0, 0, 0, 0, false
		countries, unknown := 0, 0
		for _, p := range parts {
			switch {
			case p == "" || !isWordToken(p) || unicode.IsDigit(rune(p[0])) || connectors[p]:
				other = true // "US-24", "Weston-on-the-Green"
			case !capitalised(p):
				lower++
			case len(p) == 1 || partyLabels[p]:
				letters++
			case r.gaz.Has(p):
				places++
				if r.isCountry(r.gaz.Lookup(p)) {
					countries++
				}
			case allCaps(p) || r.gaz.Has(p+" County"):
				names++ // "Watertown-ML", "Athens-Clarke"
			default:
				if r.isDemonym(p) {
					demonyms++ // "Russian-backed", "Egyptian-US"
				} else {
					unknown++
				}
			}
		}
		// "Israel-Hamas war": a country beside a name; "Houthi-held
		// Hodeidah": a name and a participle, so that the place after
		// it does not read as part of a longer name
		heldBy := len(parts) == 2 && unknown == 1 && capitalised(parts[0]) && heldWord(parts[1])
		other = other || (unknown > 0 && countries == 0 && !heldBy)
		// a place and an abbreviation or a county: "Watertown-ML",
		// "Athens-Clarke County"
		other = other || (names > 0 && places != 1)
		// after a first name, two names are a double-barrelled surname
		// ("The Turkish-Syrian border" is no name)
		prevName := k > 0 && capitalised(text[spans[k-1].Start:spans[k-1].End]) && isWordToken(text[spans[k-1].Start:spans[k-1].End]) &&
			!r.openers[strings.ToLower(text[spans[k-1].Start:spans[k-1].End])]
		// "(D-Braxton)", ", R-Elbow Lake": a party and a district
		party := len(parts) == 2 && partyLabels[parts[0]] && capitalised(parts[1]) && k > 0 && partyOpener(text[spans[k-1].Start:spans[k-1].End])
		if !party && !heldBy && (places+demonyms == 0 || other || (lower == 0 && letters == 0 && prevName)) {
			out = append(out, sp)
			continue
		}
		changed = true
		off := sp.Start
		for i, p := range parts {
			if i > 0 {
				out = append(out, match.Span{Start: off, End: off + 1})
				off++
			}
			out = append(out, match.Span{Start: off, End: off + len(p)})
			off += len(p)
		}
	}
	sc.split = out
	if !changed {
		return spans
	}
	sc.spans, sc.split = out, spans[:0]
	return sc.spans
}

// heldWord reports whether a lower-case word after a hyphen says who
// holds or leads a place ("Houthi-held", "Hamas-run", "Kurdish-led",
// "Wagner-backed").
func heldWord(w string) bool {
	switch w {
	case "held", "run", "led", "controlled", "backed", "occupied", "ruled", "administered", "allied", "aligned", "linked",
		"dominated", "seized", "besieged", "captured", "governed":
		return true
	}
	return false
}

// pluralDesignator returns the designator ("County", "Parish") that a
// plural written after a list of names gives each of them: "Clarke,
// Madison and Oconee counties"; "" if none.
func pluralDesignator(toks []string, end int) string {
	for j := end; j < len(toks) && j < end+12; j++ {
		switch t := toks[j]; {
		case t == "counties":
			return "County"
		case t == "parishes":
			return "Parish"
		case t == "," || t == "and" || t == "or" || (capitalised(t) && isWordToken(t)):
			continue
		}
		return ""
	}
	return ""
}

// partyLabels are the party letters written before a legislator's
// county or town: "D-Kanawha", "R-Elbow Lake", "DFL-Cook".
var partyLabels = map[string]bool{"D": true, "R": true, "I": true, "DFL": true}

// partyOpener reports whether a token may stand before a party label:
// "(D-Calif.)", "Tom Bakk, DFL-Cook".
func partyOpener(t string) bool { return t == "(" || t == "," }

// surnameParticles are the lower-case particles of surnames ("de Kock",
// "van Gogh"); after one a place name is part of the surname.
var surnameParticles = map[string]bool{"de": true, "van": true, "von": true, "der": true, "den": true, "da": true,
	"di": true, "du": true, "dos": true, "bin": true, "ibn": true}

// hasBigCity reports whether one of cands is a city of bigCity people or
// more ("Smart Dubai" does not make Dubai a surname).
func (r *Recognizer) hasBigCity(cands []int32) bool {
	for _, c := range cands {
		if e := &r.gaz.Entries[c]; e.Kind == KindCity && e.Pop >= bigCity {
			return true
		}
	}
	return false
}

// bigDivisionPop is the population from which a first-level division
// seen inside a longer name ("Connecting California") still names the
// place alone elsewhere in the document.
const bigDivisionPop = 5000000

// bigDivision reports whether one of cands is a first-level division of
// bigDivisionPop people or more.
func (r *Recognizer) bigDivision(cands []int32) bool {
	for _, c := range cands {
		if e := &r.gaz.Entries[c]; e.Kind == KindAdmin1 && e.Pop >= bigDivisionPop {
			return true
		}
	}
	return false
}

// smallPlaces reports whether every candidate is a place of fewer than
// 100,000 people, a town or a division ("Michael", a sheading of the Isle
// of Man).
func (r *Recognizer) smallPlaces(cands []int32) bool {
	for _, c := range cands {
		if e := &r.gaz.Entries[c]; e.Kind == KindCountry || e.Kind == KindRegion || e.Pop >= 100000 {
			return false
		}
	}
	return true
}

// smallTowns reports whether every candidate is a city of fewer than
// 100,000 people.
func (r *Recognizer) smallTowns(cands []int32) bool {
	for _, c := range cands {
		if e := &r.gaz.Entries[c]; e.Kind != KindCity || e.Pop >= 100000 {
			return false
		}
	}
	return true
}

// placePreps are prepositions after which a name that is also its
// country's demonym ("Myanmar") is the place: "rebels in Myanmar".
var placePreps = map[string]bool{"in": true, "of": true, "from": true, "to": true, "into": true, "across": true, "throughout": true, "near": true, "inside": true, "outside": true, "at": true}

// demonymAt returns the end (exclusive token index) of the demonym or
// place adjective starting at token i ("Sri Lankan", "Russian",
// "European"), the entry it stands for and, for a country's demonym, the
// country; end is -1 for none.
func (r *Recognizer) demonymAt(text string, toks []string, spans []match.Span, i int) (int, int32, string) {
	for n := 2; n >= 1; n-- {
		if i+n > len(toks) || (n == 2 && (!capitalised(toks[i+1]) || spans[i+1].Start-spans[i].End != 1)) {
			continue
		}
		s := text[spans[i].Start:spans[i+n-1].End]
		if c, ok := r.gaz.Demonym(s); ok {
			if id, ok := r.gaz.CountryEntry(c); ok {
				return i + n, id, c
			}
		}
		if id, ok := r.gaz.Adjective(s); ok {
			return i + n, id, ""
		}
	}
	return -1, -1, ""
}

// isDemonym reports whether s is a demonym or place adjective.
func (r *Recognizer) isDemonym(s string) bool {
	if _, ok := r.gaz.Demonym(s); ok {
		return true
	}
	_, ok := r.gaz.Adjective(s)
	return ok
}

// isRegionAdjective reports whether s is the adjective of a region or a
// part of a country ("African", "Scottish"), not a country's demonym.
func (r *Recognizer) isRegionAdjective(s string) bool {
	_, ok := r.gaz.Adjective(s)
	return ok
}

// pluralDemonym reports whether a demonym names people in the plural
// ("Russians", "Frenchmen").
func (r *Recognizer) pluralDemonym(d string) bool {
	if s, ok := strings.CutSuffix(d, "s"); ok {
		if _, ok := r.gaz.Demonym(s); ok {
			return true
		}
	}
	if s, ok := strings.CutSuffix(d, "men"); ok {
		if _, ok := r.gaz.Demonym(s + "man"); ok {
			return true
		}
	}
	return false
}

// adjectiveContext reports whether the demonym ending before token k is
// written as an adjective: before a noun ("Russian troops", "Russian
// President"), or in a list of demonyms before one ("German, Irish and
// other immigrants"); not before a verb or function word ("the Chinese
// are", "an American who", "in Spanish after").
func (r *Recognizer) adjectiveContext(toks []string, spans []match.Span, k int) bool {
	for ; k < len(toks); k++ {
		t := toks[k]
		switch {
		case t == "-" && spans[k].Start == spans[k-1].End && k+1 < len(toks) && spans[k+1].Start == spans[k].End:
			// a compound: "Russian-backed", "Egyptian-US relations",
			// "Russian-American crew"; "African-American" is people
			return !r.isRegionAdjective(toks[k-1]) || (toks[k+1] != "American" && toks[k+1] != "Americans")
		case t == "," || t == "and" || t == "or":
			if k+1 < len(toks) && capitalised(toks[k+1]) {
				if _, ok := r.gaz.Demonym(toks[k+1]); ok {
					k++
					continue
				}
			}
			if t == "," {
				return false
			}
			continue
		case !isWordToken(t):
			return false
		case t == "American" || t == "Americans":
			return false // "African American", "Irish Americans": people
		case capitalised(t):
			return true
		}
		return !nonNouns[t]
	}
	return false
}

// nonNouns are lower-case words that do not follow an adjective: verbs,
// auxiliaries, pronouns and function words.
var nonNouns = map[string]bool{
	"is": true, "are": true, "was": true, "were": true, "be": true, "been": true, "being": true, "am": true,
	"have": true, "has": true, "had": true, "do": true, "does": true, "did": true, "said": true, "say": true,
	"says": true, "told": true, "and": true, "or": true, "but": true, "nor": true, "who": true, "whom": true,
	"whose": true, "which": true, "that": true, "to": true, "of": true, "in": true, "on": true, "at": true,
	"by": true, "for": true, "with": true, "from": true, "as": true, "than": true, "into": true, "about": true,
	"after": true, "before": true, "over": true, "under": true, "during": true, "since": true, "until": true,
	"while": true, "when": true, "where": true, "because": true, "if": true, "will": true, "would": true,
	"can": true, "could": true, "shall": true, "should": true, "may": true, "might": true, "must": true,
	"also": true, "not": true, "too": true, "themselves": true, "himself": true, "herself": true, "the": true,
	"a": true, "an": true, "this": true, "these": true, "those": true, "their": true, "his": true, "her": true,
	"its": true, "they": true, "he": true, "she": true, "it": true, "we": true, "you": true, "i": true,
	"so": true, "then": true, "now": true, "here": true, "there": true, "all": true, "both": true,
	"alike": true, "only": true, "just": true, "still": true, "again": true, "yet": true, "though": true,
}
