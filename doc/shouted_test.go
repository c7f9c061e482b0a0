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

func TestTitleCased(t *testing.T) {
	for _, tc := range []struct {
		text string
		want bool
	}{
		{"Kestria Expels Arnor Diplomats Over Spy Row", true},
		{"Kestria Warns Arnor Against Sending Troops to the Border", true}, // short words stay lower case
		{"Kestria expels Arnor diplomats over spy row", false},             // running text
		{"Kestria Expels Arnor Diplomats .", false},                        // a sentence with a stop
		{"Kestria Expels Arnor", false},                                    // too short to tell
		{"KESTRIA EXPELS ARNOR DIPLOMATS", false},                          // capitals: Shouted
	} {
		if got := TitleCased(strings.Fields(tc.text)); got != tc.want {
			t.Errorf("TitleCased(%q) = %v, want %v", tc.text, got, tc.want)
		}
	}
}
