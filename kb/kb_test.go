package kb

import (
	"os"
	"strings"
	"testing"
	"testing/fstest"
	"time"
)

func day(s string) time.Time {
	d, err := time.Parse(time.DateOnly, s)
	if err != nil {
		panic(err)
	}
	return d
}

func TestLintBroken(t *testing.T) {
	tests := []struct {
		file string
		want string // "file:line: message"
	}{
		{"bad_date.kb", `bad_date.kb:3: bad date "2000-13-01": want YYYY-MM-DD, YYYY-MM or YYYY, optionally with a leading ~`},
		{"end_before_start.kb", `end_before_start.kb:3: role RUSGOV ends (2009-12-31) before it starts (2010-01-01)`},
		{"unknown_sector.kb", `unknown_sector.kb:1: unknown sector "XYZ"`},
		{"malformed_code.kb", `malformed_code.kb:1: bad code: malformed actor code "RUSGO": want blocks of three letters`},
		{"role_code.kb", `role_code.kb:3: bad role code: unknown sector "QQQ" in RUSQQQ`},
		{"alias_conflict.kb", `alias_conflict.kb:6: name "Frank" claimed with code CANGOV here and with code USAGOV by f1 (alias_conflict.kb:4) on overlapping dates`},
		{"duplicate_id.kb", `duplicate_id.kb:5: duplicate id "g" (first defined at duplicate_id.kb:1)`},
		{"unknown_key.kb", `unknown_key.kb:3: unknown key "colour"`},
		{"unknown_kind.kb", `unknown_kind.kb:1: unknown kind "planet"`},
		{"unknown_parent.kb", `unknown_parent.kb:1: unknown parent "nowhere"`},
		{"key_kind.kb", `key_kind.kb:3: key "code" not allowed for kind person`},
		{"unknown_country.kb", `unknown_country.kb:1: unknown country code "XXX"`},
		{"no_name.kb", `no_name.kb:1: entry m has no name`},
		{"no_noun.kb", `no_noun.kb:1: nonactor empty has no noun, title or head`},
		{"head_kind.kb", `head_kind.kb:5: key "head" not allowed for kind agent`},
		{"bad_sex.kb", `bad_sex.kb:3: bad sex "female": want m or f`},
		{"repeated_key.kb", `repeated_key.kb:3: key "name" repeated`},
	}
	for _, tt := range tests {
		b, err := os.ReadFile("testdata/broken/" + tt.file)
		if err != nil {
			t.Fatal(err)
		}
		ds, err := Lint(fstest.MapFS{tt.file: {Data: b}})
		if err != nil {
			t.Fatal(err)
		}
		var got []string
		for _, d := range ds {
			got = append(got, d.Error())
		}
		if len(got) != 1 || got[0] != tt.want {
			t.Errorf("%s:\n got %q\nwant %q", tt.file, got, tt.want)
		}
		if _, err := Load(fstest.MapFS{tt.file: {Data: b}}); err == nil {
			t.Errorf("%s: Load succeeded", tt.file)
		}
	}
}

func loadGood(t *testing.T) *KB {
	t.Helper()
	k, err := Load(Data(), os.DirFS("testdata/good"))
	if err != nil {
		t.Fatal(err)
	}
	return k
}

func TestWho(t *testing.T) {
	k := loadGood(t)
	tests := []struct {
		name, on string
		first    string // id|code|title of the first candidate
		active   int    // candidates active on the date
	}{
		{"Putin", "2010-06-01", "putin-vladimir|RUSGOV|prime minister", 1},
		{"Putin", "2025-09-05", "putin-vladimir|RUSGOV|president", 1},
		{"Putin", "1999-01-01", "putin-vladimir|RUSGOV|president", 0},
		{"Vladimir Putin", "2004-01-01", "putin-vladimir|RUSGOV|president", 1},
		{"putin", "2025-09-05", "putin-vladimir|RUSGOV|president", 1},
		// hand-over day: the role that starts wins
		{"Medvedev", "2012-05-07", "medvedev-dmitry|RUSGOV|president", 1},
		{"Smith", "2016-01-01", "smith-anna|GBRGOV|minister", 1},
		{"Smith", "2003-01-01", "smith-ben|GBRLEG|member of parliament", 1},
		{"Moscow", "2025-09-05", "russia|RUS|", 1},
		{"the Kremlin", "2025-09-05", "kremlin|RUSGOV|", 1},
	}
	for _, tt := range tests {
		cs := k.Who(tt.name, day(tt.on))
		if len(cs) == 0 {
			t.Errorf("Who(%q) found nothing", tt.name)
			continue
		}
		c := cs[0]
		title := ""
		if c.Role != nil {
			title = c.Role.Title
		}
		if got := c.Entity.ID + "|" + c.Code + "|" + title; got != tt.first {
			t.Errorf("Who(%q, %s)[0] = %s, want %s", tt.name, tt.on, got, tt.first)
		}
		n := 0
		for _, c := range cs {
			if c.Active {
				n++
			}
		}
		if n != tt.active {
			t.Errorf("Who(%q, %s): %d active, want %d", tt.name, tt.on, n, tt.active)
		}
	}
	// Ben Smith's role ended: Anna's open role comes first in 2020
	cs := k.Who("Smith", day("2020-01-01"))
	if len(cs) != 3 || cs[0].Entity.ID != "smith-anna" || !cs[0].Active || cs[1].Active {
		t.Errorf("Who(Smith, 2020) = %+v", cs)
	}
	if cs[0].Country != "GBR" || cs[0].Sector != "GOV" {
		t.Errorf("country/sector = %s/%s", cs[0].Country, cs[0].Sector)
	}
}

func TestResolve(t *testing.T) {
	k := loadGood(t)
	tests := []struct {
		id, on                string
		code, country, sector string
		ok                    bool
	}{
		{"putin-vladimir", "2010-06-01", "RUSGOV", "RUS", "GOV", true},
		{"putin-vladimir", "1990-01-01", "RUS", "RUS", "", true},
		{"russia", "2010-06-01", "RUS", "RUS", "", true},
		{"kremlin", "2010-06-01", "RUSGOV", "RUS", "GOV", true},
		{"testland-league-council", "2010-06-01", "IGOEURTLGLEG", "", "LEG", true},
		{"military", "2010-06-01", "MIL", "", "MIL", true},
		{"nobody", "2010-06-01", "", "", "", false},
	}
	for _, tt := range tests {
		code, country, sector, ok := k.Resolve(tt.id, day(tt.on))
		if code != tt.code || country != tt.country || sector != tt.sector || ok != tt.ok {
			t.Errorf("Resolve(%s, %s) = %s %s %s %v; want %s %s %s %v", tt.id, tt.on, code, country, sector, ok, tt.code, tt.country, tt.sector, tt.ok)
		}
	}
}

func TestCompose(t *testing.T) {
	k, err := Load(Data())
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		mod, noun, want string
	}{
		{"Ukrainian", "officials", "UKRGOV"},
		{"Russian", "forces", "RUSMIL"},
		{"Western", "troops", "WSTMIL"},
		{"Russian", "troops", "RUSMIL"},
		{"Israeli", "police", "ISRCOP"},
		{"Iranian", "lawmakers", "IRNLEG"},
		{"Chinese", "diplomats", "CHNGOV"},
		{"Syrian", "rebels", "SYRREB"},
		{"Malian", "militants", "MLIINS"},
		{"French", "Prosecutors", "FRAJUD"},
		{"European", "leaders", "EURGOV"},
		{"Russia", "government", "RUSGOV"},
		{"Kremlin", "officials", "RUSGOV"},
		{"Americans", "protesters", "USAOPP"},
		{"Gulf", "officials", "PGSGOV"},
		{"Sudanese", "refugees", "SDNREF"},
		{"Ukrainian", "analysts", ""},
		{"Atlantean", "officials", ""},
	}
	for _, tt := range tests {
		got, ok := k.Compose(tt.mod, tt.noun)
		if got != tt.want || ok != (tt.want != "") {
			t.Errorf("Compose(%q, %q) = %q, %v; want %q", tt.mod, tt.noun, got, ok, tt.want)
		}
	}
}

func TestLookups(t *testing.T) {
	k, err := Load(Data())
	if err != nil {
		t.Fatal(err)
	}
	for s, want := range map[string]string{"Russian": "RUS", "Ukrainians": "UKR", "American": "USA", "British": "GBR", "Western": "WST", "Kosovar": "KSV"} {
		if e, ok := k.Demonym(s); !ok || e.Code != want {
			t.Errorf("Demonym(%q) = %v, %v; want %s", s, e, ok, want)
		}
	}
	for s, want := range map[string]string{"Moscow": "RUS", "Kyiv": "UKR", "Kiev": "UKR", "Washington": "USA", "Beijing": "CHN", "Tehran": "IRN", "the Kremlin": "RUSGOV", "Downing Street": "GBRGOV", "the Élysée": "FRAGOV", "the White House": "USAGOV"} {
		if e, ok := k.Capital(s); !ok || e.Code != want {
			t.Errorf("Capital(%q) = %v, %v; want %s", s, e, ok, want)
		}
	}
	for s, want := range map[string]string{"troops": "MIL", "Troops": "MIL", "soldiers": "MIL", "police": "COP", "rebels": "REB", "lawmakers": "LEG", "judges": "JUD", "prosecutors": "JUD", "peacekeepers": "MIL", "diplomats": "GOV", "President": "GOV", "Prime Minister": "GOV", "Foreign Minister": "GOV", "Defence Minister": "GOV", "General": "MIL", "Gen.": "MIL", "Ambassador": "GOV", "Chancellor": "GOV", "King": "GOV", "Sheikh": "GOV", "Commander": "MIL", "Senator": "LEG", "Sen.": "LEG", "Rep.": "LEG", "Gov.": "GOV", "foreign minister": "GOV"} {
		if e, ok := k.Agent(s); !ok || e.Sector != want {
			t.Errorf("Agent(%q) = %v, %v; want %s", s, e, ok, want)
		}
	}
	for _, s := range []string{"analysts", "experts", "observers", "sources", "residents", "witnesses", "the international community", "Analysts", "flip side", "side of the coin", "market forces", "economic forces", "forces of nature"} {
		if !k.IsNonActor(s) {
			t.Errorf("IsNonActor(%q) = false", s)
		}
	}
	for _, s := range []string{"troops", "forces", "government forces", "security forces"} {
		if k.IsNonActor(s) {
			t.Errorf("IsNonActor(%q) = true", s)
		}
	}
	st := k.Stats()
	if st.ByKind[KindCountry] < 240 || st.ByKind[KindAgent] < 20 {
		t.Errorf("stats %+v", st)
	}
	nouns := 0
	for _, e := range k.Entities() {
		if e.Kind == KindAgent {
			nouns += len(e.Nouns) + len(e.Titles)
		}
	}
	if nouns < 200 {
		t.Errorf("%d agent nouns and titles, want 200+", nouns)
	}
}

func TestMatcher(t *testing.T) {
	k := loadGood(t)
	m := k.Matcher()
	text := "Russian forces and Ukrainian officials met Putin and Foreign Minister Smith at the Kremlin, analysts said."
	var got []string
	for _, x := range m.FindAll(splitWords(text)) {
		r := k.Ref(x.Values[0])
		got = append(got, r.Text+"="+r.Entity.ID)
	}
	want := "Russian=rus Forces... "
	_ = want
	joined := strings.Join(got, " ")
	for _, w := range []string{"Russian=russia", "forces=military", "Ukrainian=ukraine", "officials=officials", "Putin=putin-vladimir", "Foreign Minister=heads", "Smith=", "the Kremlin=kremlin", "analysts=commentators"} {
		if !strings.Contains(joined, w) {
			t.Errorf("matches %q lack %q", joined, w)
		}
	}
}

func TestConcurrentUse(t *testing.T) {
	k := loadGood(t)
	done := make(chan bool)
	for g := 0; g < 4; g++ {
		go func() {
			defer func() { done <- true }()
			toks := splitWords("Russian troops and the Kremlin")
			if n := len(k.Matcher().FindAll(toks)); n != 3 {
				t.Errorf("%d matches", n)
			}
			if _, _, _, ok := k.Resolve("putin-vladimir", day("2010-01-01")); !ok {
				t.Error("Resolve failed")
			}
		}()
	}
	for g := 0; g < 4; g++ {
		<-done
	}
}
