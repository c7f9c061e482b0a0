package places

import (
	"bufio"
	"bytes"
	"embed"
	"encoding/binary"
	"errors"
	"fmt"
	"math"
	"slices"
	"sort"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/klauspost/compress/zstd"
)

//go:embed data/gazetteer.bin.zst data/aliases.tsv data/adjectives.tsv data/points.tsv data/admin1-labels.tsv data/regions.tsv data/stop.txt data/titles.txt data/institutions.txt data/forenames.txt data/streets.txt data/openers.txt data/features-after.txt data/features-before.txt data/dateline-labels.txt
var dataFS embed.FS

// Kind is the kind of a gazetteer entry.
type Kind uint8

// The kinds of entries.
const (
	KindCountry Kind = iota
	KindAdmin1       // first-level division: state, province, oblast
	KindAdmin2       // county, parish, borough, shire
	KindCity         // populated place
	KindRegion       // a region spanning countries: "Europe", "the Sahel"
)

// String returns the kind as doc.Place writes it.
func (k Kind) String() string {
	return [...]string{"country", "admin1", "admin2", "city", "region"}[k]
}

// Entry flags.
const (
	flagCapital = 1 << iota // national capital
	flagSeat                // seat of a first-level division
)

// Entry is one place of the gazetteer.
type Entry struct {
	Name    string
	Country string // ISO 3166 alpha-3; "" for regions
	Admin1  int32  // index of the entry's first-level division, or -1
	Pop     int64  // population (summed over cities for divisions and countries)
	Lat     float32
	Lon     float32
	Kind    Kind
	flags   uint8
	geoNum  uint64 // GeoNames id of a city
	key     string // GeoNames division key ("US.TX"), region id
}

// GeoID returns the entry's identifier: "gn:524901" (a GeoNames city),
// "adm1:US.TX" and "adm2:US.LA.079" (GeoNames divisions), "iso:USA" (a
// country) or "region:europe".
func (e *Entry) GeoID() string {
	switch e.Kind {
	case KindCity:
		return "gn:" + strconv.FormatUint(e.geoNum, 10)
	case KindAdmin1:
		return "adm1:" + e.key
	case KindAdmin2:
		return "adm2:" + e.key
	case KindRegion:
		return "region:" + e.key
	}
	return "iso:" + e.Country
}

// Capital reports whether the entry is a national capital.
func (e *Entry) Capital() bool { return e.flags&flagCapital != 0 }

// Gazetteer is the table of known places with a name index. It is
// immutable after loading and safe for concurrent use.
type Gazetteer struct {
	Entries   []Entry
	names     []string // distinct names, sorted
	index     []int32  // open-addressing hash table: name index + 1
	postStart []int32  // entries of names[i]: post[postStart[i]:postStart[i+1]]
	post      []int32
	extra     map[string][]int32 // aliases and regions
	common    []bool             // names[i] is also a common English word
	// inner are the lower-case words inside the names of regions
	// ("European capitals").
	inner map[string]bool
	// demonyms maps a country's demonym ("Georgian") to its ISO alpha-3
	// code: evidence of a document's focus, never a place.
	demonyms map[string]string
	// admin1 maps a GeoNames admin1 key ("US.TX") to its entry.
	admin1 map[string]int32
	// country maps an ISO alpha-3 code to its country entry.
	country map[string]int32
	// adjectives maps the adjective of a region or part of a country
	// ("European", "Scottish") to its entry.
	adjectives map[string]int32
}

// LoadGazetteer reads the embedded gazetteer, aliases and regions.
func LoadGazetteer() (*Gazetteer, error) {
	zb, err := dataFS.ReadFile("data/gazetteer.bin.zst")
	if err != nil {
		return nil, fmt.Errorf("places: %w", err)
	}
	zr, err := zstd.NewReader(nil, zstd.WithDecoderConcurrency(1), zstd.WithDecoderLowmem(false))
	if err != nil {
		return nil, fmt.Errorf("places: gazetteer: %w", err)
	}
	defer zr.Close()
	raw, err := zr.DecodeAll(zb, make([]byte, 0, 5<<20))
	if err != nil {
		return nil, fmt.Errorf("places: gazetteer: %w", err)
	}
	g := &Gazetteer{extra: map[string][]int32{}, admin1: map[string]int32{}, inner: map[string]bool{}, country: map[string]int32{},
		adjectives: map[string]int32{}}
	if err := g.decode(raw); err != nil {
		return nil, fmt.Errorf("places: gazetteer: %w", err)
	}
	g.addArticleless()
	if err := g.readRegions(); err != nil {
		return nil, err
	}
	if err := g.readAliases(); err != nil {
		return nil, err
	}
	if err := g.readAdjectives(); err != nil {
		return nil, err
	}
	if err := g.readPoints(); err != nil {
		return nil, err
	}
	if err := g.readAdmin1Labels(); err != nil {
		return nil, err
	}
	return g, nil
}

// magic opens the binary gazetteer.
const magic = "petrel-gazetteer/1\n"

var errCorrupt = errors.New("corrupt table")

// decode reads the binary gazetteer written by internal/gen/cities (format
// in docs/places.md).
func (g *Gazetteer) decode(b []byte) error {
	if !bytes.HasPrefix(b, []byte(magic)) {
		return errCorrupt
	}
	pos := len(magic)
	bad := false
	uv := func() uint64 {
		x, n := binary.Uvarint(b[pos:])
		if n <= 0 {
			bad = true
			return 0
		}
		pos += n
		return x
	}
	sv := func() int64 {
		x, n := binary.Varint(b[pos:])
		if n <= 0 {
			bad = true
			return 0
		}
		pos += n
		return x
	}
	bytesN := func(n uint64) []byte {
		if bad || uint64(len(b)-pos) < n {
			bad = true
			return nil
		}
		s := b[pos : pos+int(n)]
		pos += int(n)
		return s
	}
	// names: front-coded, decoded into one string
	nNames := int(uv())
	if bad || nNames > len(b) {
		return errCorrupt
	}
	blob := make([]byte, 0, 3*len(b)/4)
	ends := make([]int32, nNames)
	prevStart := 0
	for i := range nNames {
		p := int(uv())
		suf := bytesN(uv())
		if bad || p > len(blob)-prevStart {
			return errCorrupt
		}
		start := len(blob)
		blob = append(blob, blob[prevStart:prevStart+p]...)
		blob = append(blob, suf...)
		ends[i] = int32(len(blob))
		prevStart = start
	}
	all := string(blob)
	g.names = make([]string, nNames)
	size := 1
	for size < 2*nNames {
		size *= 2
	}
	g.index = make([]int32, size)
	mask := uint64(size - 1)
	start := 0
	for i, e := range ends {
		name := all[start:e]
		g.names[i] = name
		start = int(e)
		h := fnv(name) & mask
		for g.index[h] != 0 {
			h = (h + 1) & mask
		}
		g.index[h] = int32(i + 1)
	}
	nCountries := int(uv())
	countries := make([]string, nCountries)
	for i := range countries {
		countries[i] = string(bytesN(uv()))
	}
	nEntries := int(uv())
	if bad || nEntries > len(b) {
		return errCorrupt
	}
	g.Entries = make([]Entry, nEntries, nEntries+200)
	var lat, lon int64
	for i := range g.Entries {
		kf := bytesN(2)
		if bad || kf[0] > byte(KindCity) {
			return errCorrupt
		}
		e := &g.Entries[i]
		e.Kind, e.flags = Kind(kf[0]), kf[1]
		c, n, a := uv(), uv(), uv()
		if c >= uint64(nCountries) || n >= uint64(nNames) || a > uint64(nEntries) {
			return errCorrupt
		}
		e.Country, e.Name, e.Admin1 = countries[c], g.names[n], int32(a)-1
		e.Pop = int64(uv())
		lat += sv()
		lon += sv()
		e.Lat, e.Lon = float32(lat)/1000, float32(lon)/1000
		switch e.Kind {
		case KindCity:
			e.geoNum = uv()
		case KindAdmin1, KindAdmin2:
			e.key = string(bytesN(uv()))
			if e.Kind == KindAdmin1 {
				g.admin1[e.key] = int32(i)
			}
		case KindCountry:
			g.country[e.Country] = int32(i)
		}
		if bad {
			return errCorrupt
		}
	}
	g.postStart = make([]int32, nNames+1)
	g.post = make([]int32, 0, nEntries+nEntries/8)
	for i := range nNames {
		g.postStart[i] = int32(len(g.post))
		k := uv()
		if k > uint64(nEntries) {
			return errCorrupt
		}
		last := uint64(0)
		for range k {
			last += uv()
			if last >= uint64(nEntries) {
				return errCorrupt
			}
			g.post = append(g.post, int32(last))
		}
	}
	g.postStart[nNames] = int32(len(g.post))
	g.common = make([]bool, nNames)
	last := uint64(0)
	for range uv() {
		last += uv()
		if last >= uint64(nNames) {
			return errCorrupt
		}
		g.common[last] = true
	}
	nDem := int(uv())
	if bad || nDem > len(b) {
		return errCorrupt
	}
	g.demonyms = make(map[string]string, nDem)
	for range nDem {
		d := string(bytesN(uv()))
		c := uv()
		if bad || c >= uint64(nCountries) {
			return errCorrupt
		}
		g.demonyms[d] = countries[c]
	}
	if bad || pos != len(b) {
		return errCorrupt
	}
	return nil
}

// arabicArticles open the GeoNames names of places in Arab countries
// ("Al Qāmishlī", "Ar Ramādī", "An Najaf") that news writes without
// them ("Qamishli", "Najaf").
var arabicArticles = []string{"Ad ", "Ad-", "Al ", "Al-", "An ", "An-", "Ar ", "Ar-", "As ", "As-", "Ash ", "Ash-", "At ", "At-",
	"Az ", "Az-", "El ", "El-"}

// arabCountries are the countries whose place names take arabicArticles.
var arabCountries = map[string]bool{"ARE": true, "BHR": true, "DZA": true, "EGY": true, "IRQ": true, "JOR": true, "KWT": true,
	"LBN": true, "LBY": true, "MAR": true, "MRT": true, "OMN": true, "PSE": true, "QAT": true, "SAU": true, "SDN": true, "SYR": true,
	"TUN": true, "YEM": true}

// addArticleless indexes the towns and divisions of Arab countries whose
// name opens with an Arabic article under the name without it ("Al
// Qamishli" as "Qamishli"), unless that name already names a place.
func (g *Gazetteer) addArticleless() {
	add := map[string][]int32{}
	var order []string
	for _, art := range arabicArticles {
		v := sort.SearchStrings(g.names, art)
		for ; v < len(g.names) && strings.HasPrefix(g.names[v], art); v++ {
			rest := g.names[v][len(art):]
			if r, _ := utf8.DecodeRuneInString(rest); len(rest) < 4 || !unicode.IsUpper(r) || g.Has(rest) {
				continue
			}
			for _, id := range g.post[g.postStart[v]:g.postStart[v+1]] {
				if e := &g.Entries[id]; e.Kind != KindCountry && arabCountries[e.Country] {
					if add[rest] == nil {
						order = append(order, rest)
					}
					add[rest] = append(add[rest], id)
				}
			}
		}
	}
	for _, rest := range order {
		for _, id := range add[rest] {
			g.addName(rest, id)
		}
	}
}

// addName indexes entry id under name (aliases and regions).
func (g *Gazetteer) addName(name string, id int32) {
	if slices.Contains(g.extra[name], id) {
		return
	}
	if v, ok := g.find(name); ok && slices.Contains(g.post[g.postStart[v]:g.postStart[v+1]], id) {
		return
	}
	g.extra[name] = append(g.extra[name], id)
}

// Lookup returns the entries named name (as written; a typographic
// apostrophe reads as a straight one: "Côte d’Ivoire"). The slice is
// shared: do not modify it.
func (g *Gazetteer) Lookup(name string) []int32 {
	name = straightApostrophes(name)
	var out []int32
	if v, ok := g.find(name); ok {
		out = g.post[g.postStart[v]:g.postStart[v+1]:g.postStart[v+1]]
	}
	if x, ok := g.extra[name]; ok {
		if out == nil {
			return x
		}
		return append(slices.Clip(out), x...)
	}
	return out
}

// find returns the index of name in g.names.
func (g *Gazetteer) find(name string) (int32, bool) {
	if len(g.index) == 0 {
		return 0, false
	}
	mask := uint64(len(g.index) - 1)
	for h := fnv(name) & mask; g.index[h] != 0; h = (h + 1) & mask {
		if v := g.index[h] - 1; g.names[v] == name {
			return v, true
		}
	}
	return 0, false
}

// fnv is the 64-bit FNV-1a hash of s.
func fnv(s string) uint64 {
	h := uint64(14695981039346656037)
	for i := 0; i < len(s); i++ {
		h ^= uint64(s[i])
		h *= 1099511628211
	}
	return h
}

// Common reports whether name is also a common English word ("Mobile",
// "Reading").
func (g *Gazetteer) Common(name string) bool {
	v, ok := g.find(name)
	return ok && g.common[v]
}

// Demonym returns the country (ISO alpha-3) whose demonym is s.
func (g *Gazetteer) Demonym(s string) (string, bool) {
	c, ok := g.demonyms[s]
	return c, ok
}

// admin1LabelKm is the distance from which a division's label point
// replaces the mean of its cities: the cities crowd one edge of a large
// division (Ontario's south, Manitoba's south) and their mean misplaces
// it; nearer, the mean stays (Hawaii's is on Oahu, the label on Maui).
const admin1LabelKm = 150

// readAdmin1Labels applies data/admin1-labels.tsv: Natural Earth's label
// points of first-level divisions, used where the mean of a division's
// cities lies more than admin1LabelKm from it.
func (g *Gazetteer) readAdmin1Labels() error {
	b, err := dataFS.ReadFile("data/admin1-labels.tsv")
	if err != nil {
		return fmt.Errorf("places: %w", err)
	}
	return eachLine("data/admin1-labels.tsv", b, func(pos string, f []string) error {
		if len(f) != 3 {
			return fmt.Errorf("%s: want 3 tab-separated columns", pos)
		}
		lat, err1 := strconv.ParseFloat(f[1], 64)
		lon, err2 := strconv.ParseFloat(f[2], 64)
		if err1 != nil || err2 != nil || lat < -90 || lat > 90 || lon < -180 || lon > 180 {
			return fmt.Errorf("%s: bad coordinates", pos)
		}
		id, ok := g.admin1[f[0]]
		if !ok {
			return nil // a division the gazetteer lacks
		}
		e := &g.Entries[id]
		if km(float64(e.Lat), float64(e.Lon), lat, lon) > admin1LabelKm {
			e.Lat, e.Lon = float32(lat), float32(lon)
		}
		return nil
	})
}

// km is the great-circle distance between two points in kilometres.
func km(lat1, lon1, lat2, lon2 float64) float64 {
	r := math.Pi / 180
	dlat, dlon := (lat2-lat1)*r, (lon2-lon1)*r
	h := math.Sin(dlat/2)*math.Sin(dlat/2) + math.Cos(lat1*r)*math.Cos(lat2*r)*math.Sin(dlon/2)*math.Sin(dlon/2)
	return 6371 * 2 * math.Asin(math.Sqrt(h))
}

// Admin1Name returns the name of the first-level division with GeoNames
// key key ("US.TX").
func (g *Gazetteer) Admin1Name(key string) (string, bool) {
	id, ok := g.admin1[key]
	if !ok {
		return "", false
	}
	return g.Entries[id].Name, true
}

// CountryEntry returns the entry of the country with ISO alpha-3 code iso.
func (g *Gazetteer) CountryEntry(iso string) (int32, bool) {
	id, ok := g.country[iso]
	return id, ok
}

// straightApostrophes writes the typographic apostrophes of name as
// straight ones, as the gazetteer does ("N’Djamena" is "N'Djamena").
func straightApostrophes(name string) string {
	if strings.IndexByte(name, 0xE2) >= 0 && strings.Contains(name, "’") { // ’ is E2 80 99
		return strings.ReplaceAll(name, "’", "'")
	}
	return name
}

// Has reports whether some place is named name.
func (g *Gazetteer) Has(name string) bool {
	name = straightApostrophes(name)
	if _, ok := g.find(name); ok {
		return true
	}
	_, ok := g.extra[name]
	return ok
}

func (g *Gazetteer) readRegions() error {
	b, err := dataFS.ReadFile("data/regions.tsv")
	if err != nil {
		return fmt.Errorf("places: %w", err)
	}
	return eachLine("data/regions.tsv", b, func(pos string, f []string) error {
		if len(f) != 5 {
			return fmt.Errorf("%s: want 5 tab-separated columns", pos)
		}
		lat, err1 := strconv.ParseFloat(f[3], 32)
		lon, err2 := strconv.ParseFloat(f[4], 32)
		if err1 != nil || err2 != nil {
			return fmt.Errorf("%s: bad coordinates", pos)
		}
		id := int32(len(g.Entries))
		g.Entries = append(g.Entries, Entry{Name: f[1], key: f[0], Admin1: -1, Kind: KindRegion,
			Lat: float32(lat), Lon: float32(lon)})
		for _, a := range append([]string{f[1]}, strings.Split(f[2], "|")...) {
			if a == "" {
				continue
			}
			g.addName(a, id)
			for _, w := range strings.Fields(a)[1:] {
				if r, _ := utf8.DecodeRuneInString(w); unicode.IsLower(r) {
					g.inner[w] = true
				}
			}
		}
		return nil
	})
}

// readPoints applies data/points.tsv: countries' representative points.
func (g *Gazetteer) readPoints() error {
	b, err := dataFS.ReadFile("data/points.tsv")
	if err != nil {
		return fmt.Errorf("places: %w", err)
	}
	return eachLine("data/points.tsv", b, func(pos string, f []string) error {
		if len(f) != 3 {
			return fmt.Errorf("%s: want 3 tab-separated columns", pos)
		}
		id, ok := g.country[f[0]]
		if !ok {
			return fmt.Errorf("%s: no country %q", pos, f[0])
		}
		lat, err1 := strconv.ParseFloat(f[1], 32)
		lon, err2 := strconv.ParseFloat(f[2], 32)
		if err1 != nil || err2 != nil || lat < -90 || lat > 90 || lon < -180 || lon > 180 {
			return fmt.Errorf("%s: bad coordinates", pos)
		}
		g.Entries[id].Lat, g.Entries[id].Lon = float32(lat), float32(lon)
		return nil
	})
}

// Adjective returns the entry of a place adjective that is not a
// country's demonym ("European", "Scottish").
func (g *Gazetteer) Adjective(s string) (int32, bool) {
	id, ok := g.adjectives[s]
	return id, ok
}

func (g *Gazetteer) readAdjectives() error {
	b, err := dataFS.ReadFile("data/adjectives.tsv")
	if err != nil {
		return fmt.Errorf("places: %w", err)
	}
	return eachLine("data/adjectives.tsv", b, func(pos string, f []string) error {
		if len(f) != 4 {
			return fmt.Errorf("%s: want 4 tab-separated columns", pos)
		}
		country := f[2]
		if country == "-" {
			country = ""
		}
		best := int32(-1)
		for _, id := range g.Lookup(f[1]) {
			e := &g.Entries[id]
			if e.Name == f[1] && e.Country == country && e.Kind.String() == f[3] && (best < 0 || e.Pop > g.Entries[best].Pop) {
				best = id
			}
		}
		if best < 0 {
			return fmt.Errorf("%s: no %s %q in %q", pos, f[3], f[1], country)
		}
		g.adjectives[f[0]] = best
		return nil
	})
}

func (g *Gazetteer) readAliases() error {
	b, err := dataFS.ReadFile("data/aliases.tsv")
	if err != nil {
		return fmt.Errorf("places: %w", err)
	}
	return eachLine("data/aliases.tsv", b, func(pos string, f []string) error {
		if len(f) != 4 {
			return fmt.Errorf("%s: want 4 tab-separated columns", pos)
		}
		best := int32(-1)
		for _, id := range g.Lookup(f[1]) {
			e := &g.Entries[id]
			if e.Name == f[1] && e.Country == f[2] && e.Kind.String() == f[3] && (best < 0 || e.Pop > g.Entries[best].Pop) {
				best = id
			}
		}
		if best < 0 {
			return fmt.Errorf("%s: no %s %q in %s", pos, f[3], f[1], f[2])
		}
		g.addName(f[0], best)
		return nil
	})
}

// eachLine calls fn with the tab-separated fields of every line of b that
// is neither blank nor a comment.
func eachLine(file string, b []byte, fn func(pos string, fields []string) error) error {
	sc := bufio.NewScanner(bytes.NewReader(b))
	for n := 1; sc.Scan(); n++ {
		l := sc.Text()
		if strings.TrimSpace(l) == "" || strings.HasPrefix(l, "#") {
			continue
		}
		if err := fn(fmt.Sprintf("places/%s:%d", file, n), strings.Split(l, "\t")); err != nil {
			return fmt.Errorf("places: %w", err)
		}
	}
	return sc.Err()
}

// readList reads a one-word-a-line list.
func readList(file string) (map[string]bool, error) {
	b, err := dataFS.ReadFile(file)
	if err != nil {
		return nil, fmt.Errorf("places: %w", err)
	}
	m := map[string]bool{}
	err = eachLine(file, b, func(_ string, f []string) error {
		m[strings.TrimSpace(f[0])] = true
		return nil
	})
	return m, err
}
