package main

import (
	"slices"
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
	}
	for _, tt := range tests {
		if got := tt.fn(tt.in); !slices.Equal(got, tt.want) {
			t.Errorf("%s: %q → %q, want %q", tt.name, tt.in, got, tt.want)
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
