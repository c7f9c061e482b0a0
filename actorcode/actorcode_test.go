package actorcode

import (
	"errors"
	"reflect"
	"testing"
)

func TestParse(t *testing.T) {
	tests := []struct {
		in   string
		want Code
	}{
		{"RUSGOV", Code{Country: "RUS", Sectors: []string{"GOV"}}},
		{"UKRMIL", Code{Country: "UKR", Sectors: []string{"MIL"}}},
		{"USA", Code{Country: "USA"}},
		{"IGOWSTNAT", Code{Prefix: "IGO", Region: "WST", Org: "NAT"}},
		{"IGOUNO", Code{Prefix: "IGO", Org: "UNO"}},
		{"IGOUNOREFHCR", Code{Prefix: "IGO", Org: "UNO", Sectors: []string{"REF"}, SubOrgs: []string{"HCR"}}},
		{"NGOHRIAMN", Code{Prefix: "NGO", Sectors: []string{"HRI"}, Org: "AMN"}},
		{"WSTMIL", Code{Region: "WST", Sectors: []string{"MIL"}}},
		{"GOV", Code{Sectors: []string{"GOV"}}},
		{"ARGGOVDEV", Code{Country: "ARG", Sectors: []string{"GOV", "DEV"}}},
		{"KSV", Code{Country: "KSV"}},
		{"USR", Code{Country: "USR"}},
		{"MUS", Code{Country: "MUS"}},
		{"AFGREBMUS", Code{Country: "AFG", Sectors: []string{"REB", "MUS"}}},
		{"---", Code{}},
	}
	for _, tt := range tests {
		got, err := Parse(tt.in)
		if err != nil {
			t.Errorf("Parse(%q): %v", tt.in, err)
			continue
		}
		got.blocks = nil
		if !reflect.DeepEqual(got, tt.want) {
			t.Errorf("Parse(%q) = %+v, want %+v", tt.in, got, tt.want)
		}
	}
}

func TestParseErrors(t *testing.T) {
	tests := []struct {
		in      string
		want    error
		lenient bool // also fails leniently
	}{
		{"", ErrMalformed, true},
		{"RUSGO", ErrMalformed, true},
		{"rusgov", ErrMalformed, true},
		{"RUS GOV", ErrMalformed, true},
		{"RUSXYZ", ErrUnknownSector, false},
		{"QQQGOV", ErrUnknownHead, false},
	}
	for _, tt := range tests {
		_, err := Parse(tt.in)
		if !errors.Is(err, tt.want) {
			t.Errorf("Parse(%q) error = %v, want %v", tt.in, err, tt.want)
		}
		_, err = ParseLenient(tt.in)
		if (err != nil) != tt.lenient {
			t.Errorf("ParseLenient(%q) error = %v, want error %v", tt.in, err, tt.lenient)
		}
	}
}

func TestStringRoundTrip(t *testing.T) {
	for _, s := range []string{"RUSGOV", "IGOWSTNAT", "NGOHRIAMN", "IGOUNOREFHCR", "AFGXYZ"} {
		c, err := ParseLenient(s)
		if err != nil {
			t.Fatal(err)
		}
		if c.String() != s {
			t.Errorf("String() = %q, want %q", c.String(), s)
		}
		c.blocks = nil
		if s != "NGOHRIAMN" && s != "IGOUNOREFHCR" && c.String() != s {
			t.Errorf("rebuilt String() = %q, want %q", c.String(), s)
		}
	}
}

func TestCompose(t *testing.T) {
	tests := []struct {
		head    string
		sectors []string
		want    string
	}{
		{"UKR", []string{"GOV"}, "UKRGOV"},
		{"RUS", []string{"MIL"}, "RUSMIL"},
		{"WST", []string{"MIL"}, "WSTMIL"},
		{"RUSGOV", []string{"GOV"}, "RUSGOV"},
		{"USA", []string{"", "LEG"}, "USALEG"},
		{"IGOUNO", []string{"PKO"}, "IGOUNOPKO"},
		{"PSEREB", []string{"INS"}, "PSEREB"},    // "Hamas fighters"
		{"SOMINS", []string{"REB"}, "SOMINS"},    // an armed group's rebels
		{"AFGGOV", []string{"INS"}, "AFGGOVINS"}, // a government is not an armed group
		{"REB", []string{"INS"}, "REBINS"},       // a bare sector stays composable
	}
	for _, tt := range tests {
		got, err := Compose(tt.head, tt.sectors...)
		if err != nil || got != tt.want {
			t.Errorf("Compose(%q, %q) = %q, %v; want %q", tt.head, tt.sectors, got, err, tt.want)
		}
	}
	if _, err := Compose("RU", "GOV"); err == nil {
		t.Error("Compose(RU, GOV) succeeded")
	}
}

func TestTables(t *testing.T) {
	if n := len(Blocks(Country)); n < 240 {
		t.Errorf("%d countries", n)
	}
	for _, r := range []string{"WST", "EUR", "AFR", "MEA", "ASA", "LAM", "NAF", "SAF", "WAF", "EAF", "CAS", "SAS", "SEA", "PGS"} {
		if !IsRegion(r) {
			t.Errorf("%s is not a region", r)
		}
	}
	for _, s := range []string{"GOV", "MIL", "COP", "JUD", "LEG", "OPP", "REB", "INS", "SPY", "CVL", "MED", "EDU", "BUS", "LAB", "REL", "HLH", "REF", "HRI", "ELI", "PTY", "UAF", "CRM"} {
		if !IsSector(s) {
			t.Errorf("%s is not a sector", s)
		}
	}
	// Blocks that are both a country and something else must be known.
	allowed := map[string]bool{"MUS": true}
	for _, c := range Blocks(Country) {
		if k, _ := Lookup(c); k != Country && !allowed[c] {
			t.Errorf("country code %s is also a %v", c, k)
		}
	}
	if n, ok := CountryName("RUS"); !ok || n != "Russia" {
		t.Errorf("CountryName(RUS) = %q, %v", n, ok)
	}
}
