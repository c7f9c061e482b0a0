package main

import (
	"slices"
	"strings"
	"testing"
)

func TestAlts(t *testing.T) {
	tests := []struct {
		name string
		fn   func(string) []string
		in   string
		want []string
	}{
		{"city ascii", cityAlts, "Sant Julià de Lòria", []string{"Sant Julia de Loria"}},
		{"city saint", cityAlts, "Saint Louis", []string{"St. Louis"}},
		{"city comma", cityAlts, "Washington, D.C.", []string{"Washington"}},
		{"city plain", cityAlts, "Moscow", nil},
		{"admin designator", adminAlts, "Tver Oblast", []string{"Tver"}},
		{"admin state", adminAlts, "Kano State", []string{"Kano"}},
		{"admin plain", adminAlts, "Texas", nil},
		{"city apostrophe", cityAlts, "Mar'inka", []string{"Marinka"}},
		{"city apostrophe before capital", cityAlts, "Coeur d'Alene", nil},
	}
	for _, tt := range tests {
		if got := tt.fn(tt.in); !slices.Equal(got, tt.want) {
			t.Errorf("%s: %q → %q, want %q", tt.name, tt.in, got, tt.want)
		}
	}
}

// TestSpellingOf checks which GeoNames alternate names count as spellings
// of a town's name: the same consonants, give or take one in a long name.
func TestSpellingOf(t *testing.T) {
	tests := []struct {
		name, alt string
		want      bool
	}{
		{"Khān Yūnis", "Khan Younis", true},
		{"Jabālyā", "Jabalia", true},
		{"Al Ḩudaydah", "Hodeidah", true},
		{"Nay Pyi Taw", "Naypyitaw", true},
		{"Myawadi", "Myawaddy", true},
		{"Kupjansk", "Kupiansk", true},
		{"Hamm", "Hamas", false},
		{"Beryslav", "Kazikermen", false},
		{"Southside", "South Side", true},
	}
	for _, tt := range tests {
		sk := []string{skeleton(tt.name)}
		if rest, ok := strings.CutPrefix(tt.name, "Al "); ok {
			sk = append(sk, skeleton(rest))
		}
		if got := spellingOf(tt.alt, sk); got != tt.want {
			t.Errorf("spellingOf(%q) for %q = %v, want %v (skeletons %q, %q)", tt.alt, tt.name, got, tt.want, skeleton(tt.alt), sk)
		}
	}
}

func TestArabicVariants(t *testing.T) {
	got := arabicVariants([]string{"Deir el-Balah"}, "Dayr al Balah")
	for _, want := range []string{"Deir al Balah", "Deir al-Balah", "Deir el-Balah", "Dayr al-Balah"} {
		if !slices.Contains(got, want) {
			t.Errorf("arabicVariants: no %q in %q", want, got)
		}
	}
	if got := arabicVariants(nil, "Jablah"); !slices.Contains(got, "Jableh") || !slices.Contains(got, "Jabla") {
		t.Errorf("arabicVariants(Jablah) = %q, want Jableh and Jabla", got)
	}
	if got := arabicVariants(nil, "Bayt Lahya"); !slices.Contains(got, "Beit Lahya") {
		t.Errorf("arabicVariants(Bayt Lahya) = %q, want Beit Lahya", got)
	}
}

// TestWordy checks the alternate names left out as English words or
// proper nouns.
func TestWordy(t *testing.T) {
	common := map[string]bool{"south": true, "side": true, "them": true}
	proper := map[string]bool{"Tina": true, "Nazi": true}
	for _, tt := range []struct {
		in   string
		want bool
	}{{"South Side", true}, {"Tina", true}, {"An Nazi", true}, {"Them", true}, {"Khan Younis", false}, {"South Kordofan", false}} {
		if got := wordy(tt.in, common, proper); got != tt.want {
			t.Errorf("wordy(%q) = %v, want %v", tt.in, got, tt.want)
		}
	}
}

func TestCountyLike(t *testing.T) {
	for name, want := range map[string]bool{
		"Rapides Parish": true, "Cook County": true, "Lancashire": true, "Abu Dhabi Municipality": false, "Pune District": false,
	} {
		if got := countyLike(name); got != want {
			t.Errorf("countyLike(%q) = %v, want %v", name, got, want)
		}
	}
}

func TestBritishCounty(t *testing.T) {
	towns := map[string]bool{"Derby": true}
	for _, tt := range []struct {
		key, name string
		want      bool
	}{
		{"GB.ENG.G5", "Kent", true},
		{"GB.ENG.P6", "West Sussex", true},
		{"GB.WLS.Y8", "Powys", true},
		{"GB.ENG.C2", "Derby", false},
		{"GB.ENG.Q5", "City of York", false},
		{"GB.ENG.B6", "Borough of Halton", false},
		{"US.VA.710", "Norfolk", false},
	} {
		if got := britishCounty(tt.key, tt.name, towns); got != tt.want {
			t.Errorf("britishCounty(%q, %q) = %v, want %v", tt.key, tt.name, got, tt.want)
		}
	}
}

func TestProvinceAlts(t *testing.T) {
	for name, want := range map[string]string{
		"Province of Aurora": "Aurora|Aurora Province", "Province of Nueva Écija": "Nueva Écija|Nueva Écija Province|Nueva Ecija",
		"Cook County": "", "Provincia de Sevilla": "", "Province of ": "",
	} {
		if got := strings.Join(provinceAlts(name), "|"); got != want {
			t.Errorf("provinceAlts(%q) = %q, want %q", name, got, want)
		}
	}
}
