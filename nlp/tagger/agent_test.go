package tagger

import (
	"strings"
	"testing"
)

// TestAgentsList lints data/agents.txt: one lower-case word of letters a
// line, no repeats.
func TestAgentsList(t *testing.T) {
	seen := map[string]bool{}
	for n, line := range strings.Split(agentsFile, "\n") {
		line = strings.TrimSpace(line)
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		if !letters(line) || strings.ToLower(line) != line {
			t.Errorf("data/agents.txt:%d: %q is not one lower-case word", n+1, line)
		}
		if seen[line] {
			t.Errorf("data/agents.txt:%d: %q repeated", n+1, line)
		}
		seen[line] = true
	}
	if !agentNouns["police"] || !agentNouns["troops"] {
		t.Errorf("agentNouns lacks police or troops: %d words", len(agentNouns))
	}
}

// TestSEnding checks the -s test of agreement.
func TestSEnding(t *testing.T) {
	for w, want := range map[string]bool{"kills": true, "rebels": true, "press": false, "fire": false, "s": true} {
		if got := sEnding(w); got != want {
			t.Errorf("sEnding(%q) = %v, want %v", w, got, want)
		}
	}
}

// TestIsAgent checks isAgent against the map with strings.ToLower.
func TestIsAgent(t *testing.T) {
	for _, w := range []string{"police", "Police", "POLICE", "Troops", "fire", "", "paramilitariesxx", "Polİce", "K\u212aroops"} {
		if got, want := isAgent(w), agentNouns[strings.ToLower(w)]; got != want {
			t.Errorf("isAgent(%q) = %v, want %v", w, got, want)
		}
	}
}
