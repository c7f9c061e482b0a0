package petrarch

import (
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
	"time"

	"github.com/petrel-events/petrel/internal/sharedtest"
	"github.com/petrel-events/petrel/kb"
)

func open(t *testing.T, name string) *os.File {
	t.Helper()
	f, err := os.Open(filepath.Join("testdata", name))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { f.Close() })
	return f
}

func diagStrings(ds []Diag) []string {
	var out []string
	for _, d := range ds {
		out = append(out, d.Error())
	}
	return out
}

func day(s string) time.Time {
	d, err := time.Parse(time.DateOnly, s)
	if err != nil {
		panic(err)
	}
	return d
}

func TestReadActors(t *testing.T) {
	a, err := ReadActors(open(t, "test.actors.txt"), "test.actors.txt")
	if err != nil {
		t.Fatal(err)
	}
	wantDiags := []string{
		`test.actors.txt:17: bad date "2004017": want YYMMDD or YYYYMMDD; restriction skipped`,
		`test.actors.txt:18: bad date "": want YYMMDD or YYYYMMDD; restriction skipped`,
		`test.actors.txt:19: date range 050101-040101 ends before it starts; restriction skipped`,
		`test.actors.txt:20: synonym "+BAD+SYNONYM" holds a '+': read as 2 synonyms`,
		`test.actors.txt:17: entry "TRENTINO" has no code`,
	}
	if got := diagStrings(a.Diags); !reflect.DeepEqual(got, wantDiags) {
		t.Errorf("diags:\n got %q\nwant %q", got, wantDiags)
	}
	if len(a.Entities) != 5 {
		t.Fatalf("%d entities, want 5", len(a.Entities))
	}
	fr := a.Entities[0]
	if fr.Name != "FREEDONIA" || fr.Code != "FRD" || fr.Kind != kb.KindGroup || !reflect.DeepEqual(fr.Aliases, []string{"FREEDONIAN", "FREEDONIANS"}) {
		t.Errorf("entity 0 = %+v", fr)
	}
	ru := a.Entities[1]
	if ru.Kind != kb.KindPerson || len(ru.Roles) != 2 || ru.Roles[0].StartText != "1933-01-01" || ru.Roles[1].EndText != "" {
		t.Errorf("entity 1 = %+v", ru)
	}
	sd := a.Entities[2]
	if sd.Code != "SLVMIL" || len(sd.Roles) != 1 || sd.Roles[0].Code != "IGOUNO" || sd.Roles[0].EndText != "1999-01-01" {
		t.Errorf("entity 2 = %+v", sd)
	}
	// an uncoded phrase shares the codes that follow
	lg := a.Entities[3]
	if lg.Name != "THE LEAGUE" || lg.Code != "IGOTST" || !reflect.DeepEqual(lg.Aliases, []string{"LEAGUE OF TEST NATIONS"}) || lg.Kind != kb.KindOrg {
		t.Errorf("entity 3 = %+v", lg)
	}
	// as kb entities: case-insensitive, dated lookups
	k := kb.New(a.Entities)
	if code, _, _, ok := k.Resolve(ru.ID, day("1934-06-01")); !ok || code != "FRDGOV" {
		t.Errorf("Resolve 1934 = %s", code)
	}
	if code, _, _, ok := k.Resolve(ru.ID, day("1940-06-01")); !ok || code != "FRDELI" {
		t.Errorf("Resolve 1940 = %s", code)
	}
	cs := k.Who("President Firefly", day("1934-06-01"))
	if len(cs) == 0 || cs[0].Entity != ru || !cs[0].Active {
		t.Errorf("Who = %+v", cs)
	}
}

func TestReadAgents(t *testing.T) {
	a, err := ReadAgents(open(t, "test.agents.txt"), "test.agents.txt")
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, ag := range a.Agents {
		p := ""
		if ag.Prefix {
			p = "~"
		}
		got = append(got, ag.Phrase+"/"+ag.Plural+"="+ag.Code+p)
	}
	want := []string{"TROOP/=MIL", "SOLDIER/SOLDIERS=MIL", "MINISTRY/MINISTRIES=GOV", "ARMY/ARMIES=MIL", "RIGHTS GROUP/RIGHTS GROUPS=NGO~",
		"CONGRESSMAN/=LEG", "CONGRESSMEN/=LEG", "CONGRESSWOMAN/=LEG", "CONGRESSWOMEN/=LEG",
		"SPOKESMAN/=GOVMED", "SPOKESMEN/=GOVMED", "SPOKESWOMAN/=GOVMED", "SPOKESWOMEN/=GOVMED"}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("agents:\n got %q\nwant %q", got, want)
	}
	wantDiags := []string{
		`test.agents.txt:8: code closed with '}' instead of ']'; read as ["~LEG"]`,
		`test.agents.txt:9: want "PHRASE {PLURAL} [~CODE]", got "NO_CODE_HERE"; line skipped`,
	}
	if got := diagStrings(a.Diags); !reflect.DeepEqual(got, wantDiags) {
		t.Errorf("diags:\n got %q\nwant %q", got, wantDiags)
	}
	k := kb.New(a.Entities())
	if e, ok := k.Agent("Spokeswomen"); !ok || e.Sector != "GOV" || e.Code != "GOVMED" {
		t.Errorf("Agent(Spokeswomen) = %+v, %v", e, ok)
	}
}

func TestReadVerbs(t *testing.T) {
	v, err := ReadVerbs(open(t, "test.verbs.txt"), "test.verbs.txt")
	if err != nil {
		t.Fatal(err)
	}
	wantDiags := []string{
		`test.verbs.txt:17: synset &NOSUCH used before it is defined (PETRARCH skips such patterns)`,
		`test.verbs.txt:18: pattern "* (TO [071]": missing ")"; pattern skipped`,
		`test.verbs.txt:19: non-CAMEO event code [07X] kept as written`,
		`test.verbs.txt:26: bad transformation "~ nothing here"; skipped`,
	}
	if got := diagStrings(v.Diags); !reflect.DeepEqual(got, wantDiags) {
		t.Errorf("diags:\n got %q\nwant %q", got, wantDiags)
	}
	if s := v.Synsets["&CASH"]; s == nil || !reflect.DeepEqual(s.Phrases, []string{"MONEY", "FUNDS_"}) || s.NoPlural {
		t.Errorf("&CASH = %+v", s)
	}
	if s := v.Synsets["&AUX"]; s == nil || !s.NoPlural {
		t.Errorf("&AUX = %+v", s)
	}
	if len(v.Blocks) != 2 {
		t.Fatalf("%d blocks", len(v.Blocks))
	}
	g := v.Blocks[0]
	if g.Name != "GRANT" || g.Code != "070" || len(g.Verbs) != 3 || len(g.Patterns) != 5 {
		t.Fatalf("block GRANT = %+v", g)
	}
	if hv := g.Verbs[2]; hv.Word != "+HAND_OVER" || hv.Code != "071" || len(hv.Forms) != 3 {
		t.Errorf("verb = %+v", hv)
	}
	p := g.Patterns[0]
	if p.Code != "071" || len(p.Pre) != 0 || len(p.Post) != 2 || p.Post[0].Kind != SynsetRef || p.Post[1].Kind != PrepPhrase ||
		p.Post[1].Children[0].Text != "TO" || p.Post[1].Children[1].Kind != Target {
		t.Errorf("pattern 0 = %+v", p)
	}
	p = g.Patterns[1]
	if p.Code != "072" || p.Reverse != "073" || p.Pre[0].Kind != Source || p.Post[0].Kind != NounPhrase || len(p.Post[0].Children) != 2 {
		t.Errorf("pattern 1 = %+v", p)
	}
	// "&CASH_QUICKLY" is the synset &CASH followed by QUICKLY
	p = g.Patterns[2]
	if len(p.Post) != 3 || p.Post[1].Text != "&CASH" || p.Post[2].Text != "QUICKLY" {
		t.Errorf("pattern 2 = %+v", p.Post)
	}
	if b, vb, ok := v.Lookup("given"); !ok || b.Name != "GRANT" || vb.Word != "GIVE" {
		t.Errorf("Lookup(given) = %v %+v %v", b, vb, ok)
	}
	if m := v.Blocks[1].Patterns[0]; m.Code != "043" || m.Pre[0].Kind != Compound {
		t.Errorf("MEET pattern = %+v", m)
	}
	if len(v.Transforms) != 1 || v.Transforms[0].Right != "a b 015" {
		t.Errorf("transforms = %+v", v.Transforms)
	}
}

func TestReadDiscards(t *testing.T) {
	d, err := ReadDiscards(open(t, "test.discards.txt"), "test.discards.txt")
	if err != nil {
		t.Fatal(err)
	}
	want := []Discard{{"WORLD CUP", true, false, 1}, {"BASKETBALL", false, false, 2}, {"GOALKEEPER", false, true, 3}}
	if !reflect.DeepEqual(d.Discards, want) || len(d.Diags) != 0 {
		t.Errorf("discards = %+v, %v", d.Discards, d.Diags)
	}
}

func TestParseDate(t *testing.T) {
	for in, want := range map[string]string{"090120": "2009-01-20", "510724": "1951-07-24", "300101": "2030-01-01", "19411207": "1941-12-07"} {
		d, err := ParseDate(in)
		if err != nil || d.Format(time.DateOnly) != want {
			t.Errorf("ParseDate(%s) = %v, %v; want %s", in, d, err, want)
		}
	}
	for _, in := range []string{"2004017", "091320", "20100931", "abc"} {
		if _, err := ParseDate(in); err == nil {
			t.Errorf("ParseDate(%s) succeeded", in)
		}
	}
}

// TestPhoenix loads every Phoenix dictionary in ../shared and checks a
// handful of lookups (skipped without ../shared).
func TestPhoenix(t *testing.T) {
	dir := sharedtest.Path(t, "dicts", "phoenix")
	t0 := time.Now()
	d, err := LoadDir(dir)
	if err != nil {
		t.Fatal(err)
	}
	t.Logf("loaded %s in %v: %d diagnostics", dir, time.Since(t0), len(d.Diags))
	if d.Config == nil || d.Config.Verbs != "CAMEO.2.0.txt" || len(d.Config.Actors) != 3 {
		t.Errorf("config = %+v", d.Config)
	}
	if len(d.Actors) != 3 || len(d.Agents) != 1 || len(d.Verbs) != 2 || len(d.Discards) != 1 || len(d.Issues) != 1 {
		t.Fatalf("files: %d actors, %d agents, %d verbs, %d discards, %d issues", len(d.Actors), len(d.Agents), len(d.Verbs), len(d.Discards), len(d.Issues))
	}
	var cameo *Verbs
	for _, v := range d.Verbs {
		if v.File == "CAMEO.2.0.txt" {
			cameo = v
		}
	}
	b, verbs, pats := cameo.Counts()
	t.Logf("CAMEO.2.0: %d blocks, %d verbs, %d patterns, %d synsets", b, verbs, pats, len(cameo.Synsets))
	if b < 390 || pats < 4600 || len(cameo.Synsets) < 35 {
		t.Errorf("CAMEO.2.0: %d blocks, %d patterns, %d synsets", b, pats, len(cameo.Synsets))
	}
	if blk, _, ok := cameo.Lookup("ACCELERATE"); !ok || blk.Name != "ACCELERATE" {
		t.Errorf("Lookup(ACCELERATE) = %v, %v", blk, ok)
	}
	t1 := time.Now()
	k := kb.New(d.Entities())
	tr := k.Matcher()
	t.Logf("kb.New and matcher over %d entities: %v, %d patterns, %d trie nodes", len(d.Entities()), time.Since(t1), tr.Len(), tr.Nodes())
	for _, tc := range []struct{ name, on, code string }{
		{"AFGHANISTAN", "2010-01-01", "AFG"},
		{"Afghan", "2010-01-01", "AFG"},
		{"united nations", "2010-01-01", "IGOUNO"},
	} {
		cs := k.Who(tc.name, day(tc.on))
		found := false
		for _, c := range cs {
			if c.Active && c.Code == tc.code {
				found = true
			}
		}
		if !found {
			t.Errorf("Who(%q) = %d candidates, none active with %s", tc.name, len(cs), tc.code)
		}
	}
	if e, ok := k.Agent("soldiers"); !ok || e.Sector != "MIL" {
		t.Errorf("Agent(soldiers) = %v, %v", e, ok)
	}
	// every diagnostic names a file and a line
	for _, x := range d.Diags {
		if x.File == "" || x.Line == 0 || !strings.Contains(x.Error(), ":") {
			t.Errorf("bad diagnostic %+v", x)
		}
	}
}

// TestValidateDicts loads the PETRARCH validation dictionaries.
func TestValidateDicts(t *testing.T) {
	dir := sharedtest.Path(t, "eval", "petrarch")
	var paths []string
	for _, n := range []string{"PETR.Validate.actors.txt", "PETR.Validate.agents.txt", "PETR.Validate.discards.txt", "PETR.Validate.verbs.txt", "PETR.Validate.verbs.2.0.txt"} {
		paths = append(paths, filepath.Join(dir, n))
	}
	d, err := LoadFiles(paths...)
	if err != nil {
		t.Fatal(err)
	}
	for _, x := range d.Diags {
		t.Log(x)
	}
	if len(d.Actors) != 1 || len(d.Actors[0].Entities) < 50 || len(d.Verbs) != 2 {
		t.Errorf("validate dicts: %d actor files, %d verb files", len(d.Actors), len(d.Verbs))
	}
	k := kb.New(d.Entities())
	if cs := k.Who("Israeli troops", day("2014-01-01")); len(cs) == 0 || cs[0].Code != "ISRMIL" {
		t.Errorf("Who(Israeli troops) = %+v", cs)
	}
}

func BenchmarkLoadPhoenix(b *testing.B) {
	dir := sharedtest.Path(b, "dicts", "phoenix")
	b.ReportAllocs()
	for b.Loop() {
		if _, err := LoadDir(dir); err != nil {
			b.Fatal(err)
		}
	}
}

func TestCoverage(t *testing.T) {
	a, err := ReadActors(open(t, "test.actors.txt"), "test.actors.txt")
	if err != nil {
		t.Fatal(err)
	}
	ents, diags := kb.Parse("people.kb", []byte("@person firefly\nname: Rufus T. Firefly\nalias: President Firefly\nrole: FRDGOV | president | 1933 | 1935\n"))
	if len(diags) > 0 {
		t.Fatal(diags)
	}
	k := kb.New(ents)
	// only Rufus Firefly has a role active in 2000 (FRDELI, open-ended)
	c := Coverage(k, a, day("2000-01-01"))
	if c.People != 1 || c.Known != 1 || c.Percent() != 100 {
		t.Errorf("coverage = %+v", c)
	}
	c = Coverage(kb.New(nil), a, day("2000-01-01"))
	if c.People != 1 || c.Known != 0 || len(c.Missing) != 1 {
		t.Errorf("coverage with an empty KB = %+v", c)
	}
}
