package kb

import (
	"testing"
)

// TestShippedSpotChecks checks facts of general knowledge against the
// shipped KB: dated roles of heads of state, international organisations,
// armed groups, and composition of demonyms with agent nouns.
func TestShippedSpotChecks(t *testing.T) {
	k, err := Load(Data())
	if err != nil {
		t.Fatal(err)
	}
	roles := []struct {
		name, on string
		code     string // code of the first candidate; "" = no role active that day
	}{
		{"Putin", "2010-06-01", "RUSGOV"},
		{"Putin", "2025-09-05", "RUSGOV"},
		{"Zelensky", "2019-05-20", "UKRGOV"},
		{"Zelensky", "2019-05-19", ""},
		{"Trump", "2018-03-01", "USAGOV"},
		{"Trump", "2025-02-01", "USAGOV"},
		{"Trump", "2022-06-01", ""},
		{"NATO", "2025-01-01", "IGOWSTNAT"},
		{"European Union", "2025-01-01", "IGOEUREEC"},
		{"UN Security Council", "2025-01-01", "IGOUNO"},
		{"Hamas", "2025-01-01", "PSE"},
		{"Houthis", "2025-01-01", "YEM"},
		{"Ansar Allah", "2025-01-01", "YEM"},
		{"Wagner Group", "2023-01-01", "RUS"},
		{"Africa Corps", "2025-01-01", "RUS"},
	}
	for _, tc := range roles {
		cs := k.Who(tc.name, day(tc.on))
		if len(cs) == 0 {
			t.Errorf("Who(%q) found nothing", tc.name)
			continue
		}
		c := cs[0]
		if tc.code == "" {
			if c.Active && c.Role != nil {
				t.Errorf("Who(%q, %s): role %s %q active, want none", tc.name, tc.on, c.Code, c.Role.Title)
			}
			continue
		}
		if !c.Active || len(c.Code) < len(tc.code) || c.Code[:len(tc.code)] != tc.code {
			t.Errorf("Who(%q, %s)[0] = %s (active %v), want %s…", tc.name, tc.on, c.Code, c.Active, tc.code)
		}
	}
	// Putin was prime minister in 2010 and president in 2025.
	if c := k.Who("Putin", day("2010-06-01"))[0]; c.Role == nil || c.Role.Title != "prime minister" {
		t.Errorf("Putin 2010: %+v", c.Role)
	}
	compose := []struct{ mod, noun, want string }{
		{"Ukrainian", "officials", "UKRGOV"},
		{"Russian", "forces", "RUSMIL"},
		{"Western", "troops", "WSTMIL"},
		{"Algerian", "fundamentalists", "DZARAD"},
		{"Afghan", "tribal elders", "AFGELI"},
		{"Russian", "side", "RUSGOV"},
		// A deputy of an office is of its sector, not a legislator.
		{"Chinese", "deputy ambassador", "CHNGOV"},
		{"Iranian", "deputy foreign minister", "IRNGOV"},
		{"Russian", "deputy commander", "RUSMIL"},
	}
	for _, tc := range compose {
		if got, ok := k.Compose(tc.mod, tc.noun); !ok || got != tc.want {
			t.Errorf("Compose(%q, %q) = %q, %v; want %q", tc.mod, tc.noun, got, ok, tc.want)
		}
	}
}

// TestShippedParties checks the party file: codes of parties by their
// usual names and abbreviations, dated roles, and that abbreviations and
// names shared with common words or other organisations are not names.
func TestShippedParties(t *testing.T) {
	k, err := Load(Data())
	if err != nil {
		t.Fatal(err)
	}
	known := []struct{ name, on, code string }{
		{"ZANU-PF", "2024-01-01", "ZWEPTY"},
		{"Awami League", "2024-01-01", "BGDPTY"},
		{"BNP", "2024-01-01", "BGDPTY"},
		{"PML-N", "2024-01-01", "PAKPTY"},
		{"AfD", "2024-01-01", "DEUPTY"},
		{"Fidesz", "2024-01-01", "HUNPTY"},
		{"ANC", "2024-01-01", "ZAFPTY"},
		{"Ennahda", "2024-01-01", "TUNPTY"},
		{"Morena", "2024-01-01", "MEXPTY"},
		{"Workers' Party of Korea", "2024-01-01", "PRKGOV"},
		{"Communist Party of Vietnam", "2024-01-01", "VNMGOV"},
		{"Baath Party", "2020-01-01", "SYRGOV"},
		{"Baath Party", "2025-06-01", "SYRPTY"},
		{"Rwandan Patriotic Front", "1993-01-01", "RWAREB"},
		{"Rwandan Patriotic Front", "2024-01-01", "RWAPTY"},
		{"Sudan People's Liberation Movement", "2000-01-01", "SDNREB"},
		{"Sudan People's Liberation Movement", "2024-01-01", "SSDPTY"},
		{"Liberal Democratic Party", "2024-01-01", "JPNPTY"},
		{"CHP", "2024-01-01", "TURPTY"},
		{"CHP officers", "2024-01-01", "USACOP"}, // California's highway police
		{"BNP Paribas", "2024-01-01", "MNCFRA"},  // not Bangladesh's BNP
		{"Guardian Council", "2024-01-01", "IRNGOV"},
		// names many countries' parties bear: a party, country unknown
		// (not the US Democrats)
		{"Social Democrats", "2024-01-01", "PTY"},
		{"Christian Democrats", "2024-01-01", "PTY"},
		{"Workers' Party", "2024-01-01", "PTY"},
		{"People's Party", "2024-01-01", "PTY"},
		{"Freedom Party", "2024-01-01", "PTY"},
		{"Labor Party", "2024-01-01", "PTY"},
		{"Socialist Party", "2024-01-01", "PTY"},
		// existing entries elsewhere keep their names
		{"Democratic Party", "2024-01-01", "USAPTY"},
		{"Labour Party", "2024-01-01", "GBRPTY"},
		{"Justice and Development Party", "2024-01-01", "TURPTY"},
	}
	for _, tc := range known {
		cs := k.Who(tc.name, day(tc.on))
		if len(cs) == 0 {
			t.Errorf("Who(%q) found nothing", tc.name)
			continue
		}
		if cs[0].Code != tc.code {
			t.Errorf("Who(%q, %s)[0] = %s, want %s", tc.name, tc.on, cs[0].Code, tc.code)
		}
	}
	// ordinary words, other organisations' abbreviations, names shared by
	// several countries' parties
	for _, name := range []string{"DA", "EFF", "APC", "NPP", "NDC", "PPP", "DPP", "PAS", "CSU", "PAP", "MDC",
		"PT", "PKR", "MPP", "NDA", "DUI", "NCP", "Vox", "Tisza", "Renaissance", "the League", "Democrat Party",
		"Broad Front", "Unity Party", "Law and Justice", "Jamaat-e-Islami", "Greens", "Liberals"} {
		if cs := k.Who(name, day("2024-01-01")); len(cs) > 0 {
			t.Errorf("Who(%q) = %s (%s), want no entry", name, cs[0].Code, cs[0].Entity.ID)
		}
	}
}

// TestShippedMedia checks the news organisations: codes, and names left
// out because they are words, places, people or other organisations.
func TestShippedMedia(t *testing.T) {
	k, err := Load(Data())
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct{ name, code string }{
		{"Reuters", "GBRMED"}, {"Associated Press", "USAMED"}, {"AFP", "FRAMED"}, {"Xinhua", "CHNMED"},
		{"TASS", "RUSMED"}, {"Al Jazeera", "QATMED"}, {"KCNA", "PRKMED"}, {"Press Trust of India", "INDMED"},
	} {
		cs := k.Who(tc.name, day("2024-01-01"))
		if len(cs) == 0 || cs[0].Code != tc.code {
			t.Errorf("Who(%q) = %v, want %s", tc.name, cs, tc.code)
		}
	}
	for _, name := range []string{"AP", "Bloomberg", "Guardian", "The Times", "CCTV", "Fars", "Sputnik", "Dawn",
		"Nikkei", "Fox", "ABC", "MENA", "Petra", "the Post"} {
		if cs := k.Who(name, day("2024-01-01")); len(cs) > 0 {
			t.Errorf("Who(%q) = %s (%s), want no entry", name, cs[0].Code, cs[0].Entity.ID)
		}
	}
}
