package doc

import (
	"strings"
	"testing"
)

func TestShouted(t *testing.T) {
	for _, tc := range []struct {
		text string
		want bool
	}{
		{"KESTRIA WARNS ARNOR AGAINST SENDING TROOPS", true},
		{"KESTRIA WARNS ARNOR", true},
		{"Kestria warns Arnor against sending troops", false},
		{"UN SAYS OK", false},                                 // too few letters to tell
		{"KESTRIANS", false},                                  // one word
		{"KESTRIA WARNS ARNOR against sending troops", false}, // mixed
	} {
		if got := Shouted(strings.Fields(tc.text)); got != tc.want {
			t.Errorf("Shouted(%q) = %v, want %v", tc.text, got, tc.want)
		}
	}
}
