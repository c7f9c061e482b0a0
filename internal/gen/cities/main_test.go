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
