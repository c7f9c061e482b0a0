package main

import (
	"strings"
	"testing"

	"github.com/petrel-events/petrel/nlp/conllu"
)

const fixture = "../../nlp/model/testdata/tiny.conllu"

func TestParseCmd(t *testing.T) {
	tests := []struct {
		name      string
		stdin     string
		args      []string
		sentences int
	}{
		{"raw text", "Rebels attacked the town. The army withdrew.\n", []string{"parse"}, 2},
		{"conllu in", "", []string{"parse", "--conllu-in", fixture}, 30},
	}
	for _, tc := range tests {
		out, _, err := runCLI(t, tc.stdin, tc.args...)
		if err != nil {
			t.Fatalf("%s: %v", tc.name, err)
		}
		ss, err := conllu.ReadAll(strings.NewReader(out))
		if err != nil {
			t.Fatalf("%s: output is not CoNLL-U: %v", tc.name, err)
		}
		if len(ss) != tc.sentences {
			t.Errorf("%s: %d sentences, want %d", tc.name, len(ss), tc.sentences)
		}
		for _, s := range ss {
			roots := 0
			for _, w := range s.Words {
				if w.Head == 0 {
					roots++
				}
				if w.Head < 0 || w.UPOS == "" || w.DepRel == "" {
					t.Errorf("%s: word %q not annotated", tc.name, w.Form)
				}
			}
			if roots != 1 {
				t.Errorf("%s: %q has %d roots", tc.name, s.Text(), roots)
			}
		}
	}
}

func TestEvalUDCmd(t *testing.T) {
	for _, args := range [][]string{{"eval", "ud", fixture}, {"eval", "ud", "--raw", fixture}} {
		out, _, err := runCLI(t, "", args...)
		if err != nil {
			t.Fatalf("%v: %v", args, err)
		}
		for _, want := range []string{"UPOS", "Lemmas", "UAS", "LAS (full labels)", "sentences/s"} {
			if !strings.Contains(out, want) {
				t.Errorf("%v: output lacks %q:\n%s", args, want, out)
			}
		}
	}
}
