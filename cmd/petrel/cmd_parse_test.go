package main

import (
	"fmt"
	"os"
	"path/filepath"
	"strconv"
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
		{"ensemble", "", []string{"parse", "--ensemble", "--conllu-in", fixture}, 30},
		{"beam", "", []string{"parse", "--beam", "--conllu-in", fixture}, 30},
		{"beam ensemble", "", []string{"parse", "--beam", "--ensemble", "--conllu-in", fixture}, 30},
		{"beam width 2", "", []string{"parse", "--beam", "--beam-width", "2", "--conllu-in", fixture}, 30},
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
	for _, args := range [][]string{{"eval", "ud", fixture}, {"eval", "ud", "--raw", fixture}, {"eval", "ud", "--ensemble", fixture}, {"eval", "ud", "--beam", fixture}} {
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

// TestTrainMemberCmd trains a right-to-left ensemble member on the fixture
// and evaluates the ensemble with it.
func TestTrainMemberCmd(t *testing.T) {
	dir := fixtureTreebank(t)
	out := filepath.Join(dir, "r2l.member.zst")
	common := []string{"train", "--treebank", dir, "--out", out, "--tagger-epochs", "2", "--parser-epochs", "2", "--folds", "2", "--direction", "r2l"}
	if _, _, err := runCLI(t, "", common...); err == nil || !strings.Contains(err.Error(), "--member") {
		t.Fatalf("r2l without --member: err %v, want one naming --member", err)
	}
	if _, _, err := runCLI(t, "", append(common, "--member")...); err != nil {
		t.Fatal(err)
	}
	res, _, err := runCLI(t, "", "eval", "ud", "--member", out, fixture)
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(res, "UAS") {
		t.Errorf("eval ud --member: no UAS in\n%s", res)
	}
}

// TestTrainBeamCmd trains a beam parser on the fixture, evaluates with
// it, and refuses a parser of another tag set.
func TestTrainBeamCmd(t *testing.T) {
	dir := fixtureTreebank(t)
	out, base := filepath.Join(dir, "beam.parser.zst"), filepath.Join(dir, "greedy.model.zst")
	common := []string{"train", "--treebank", dir, "--tagger-epochs", "2", "--parser-epochs", "2", "--folds", "2"}
	if _, _, err := runCLI(t, "", append(common, "--out", out, "--beam", "4", "--member")...); err != nil {
		t.Fatal(err)
	}
	if _, _, err := runCLI(t, "", append(common, "--out", base)...); err != nil {
		t.Fatal(err)
	}
	// The same tagger training: the beam parser replaces the model's.
	res, _, err := runCLI(t, "", "eval", "ud", "--model", base, "--beam-parser", out, fixture)
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(res, "UAS") {
		t.Errorf("eval ud --beam-parser: no UAS in\n%s", res)
	}
	// The fixture's tagger has another tag set than the embedded model.
	if _, _, err := runCLI(t, "", "eval", "ud", "--beam-parser", out, fixture); err == nil || !strings.Contains(err.Error(), "tag set") {
		t.Errorf("eval ud --beam-parser with another tag set: err %v, want a tag set error", err)
	}
}

// TestParseAgreeCmd writes only the sentences the ensemble agrees on,
// from several raw-text files.
func TestParseAgreeCmd(t *testing.T) {
	if _, _, err := runCLI(t, "", "parse", "--min-agree", "5", "--conllu-in", fixture); err == nil || !strings.Contains(err.Error(), "ensemble") {
		t.Errorf("--min-agree without the ensemble: err %v, want one naming the ensemble", err)
	}
	dir := t.TempDir()
	a, b := filepath.Join(dir, "a.txt"), filepath.Join(dir, "b.txt")
	if err := os.WriteFile(a, []byte("Rebels attacked the town. The army withdrew.\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(b, []byte("Police arrested him.\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	all, _, err := runCLI(t, "", "parse", "--ensemble", a, b)
	if err != nil {
		t.Fatal(err)
	}
	ss, err := conllu.ReadAll(strings.NewReader(all))
	if err != nil {
		t.Fatal(err)
	}
	var ids []string
	for _, s := range ss {
		ids = append(ids, s.Comment("sent_id"))
	}
	if got, want := strings.Join(ids, " "), "a-1 a-2 b-1"; got != want {
		t.Errorf("sentence ids %q, want %q", got, want)
	}
	for _, args := range [][]string{
		{"parse", "--ensemble", "--min-agree", "5", "--conllu-in", fixture},
		{"parse", "--ensemble", "--min-agree", "3", "--base-agree", "--conllu-in", fixture},
		{"parse", "--ensemble", "--min-agree", "1", a, b},
	} {
		out, _, err := runCLI(t, "", args...)
		if err != nil {
			t.Fatalf("%v: %v", args, err)
		}
		kept, err := conllu.ReadAll(strings.NewReader(out))
		if err != nil {
			t.Fatalf("%v: %v", args, err)
		}
		if len(kept) == 0 {
			t.Errorf("%v: no sentence kept", args)
		}
		minAgree, _ := strconv.Atoi(args[3])
		for _, s := range kept {
			ag, base := s.Comment("agree"), s.Comment("base_agree")
			// agree is "votes/parsers": the embedded ensemble has
			// 1 + the members of ensemble.txt that are not the model's
			// own parser (six since session 8).
			var votes, parsers int
			if _, err := fmt.Sscanf(ag, "%d/%d", &votes, &parsers); err != nil || parsers < 3 || votes < minAgree || votes > parsers || base == "" {
				t.Errorf("%v: %q kept with agree %q, base_agree %q", args, s.Text(), ag, base)
			}
			if args[4] == "--base-agree" && base != "yes" {
				t.Errorf("%v: %q kept with base_agree %q", args, s.Text(), base)
			}
		}
	}
}

// fixtureTreebank returns a folder holding the fixture as the train and
// dev files of a treebank.
func fixtureTreebank(t *testing.T) string {
	t.Helper()
	dir := t.TempDir()
	data, err := os.ReadFile(fixture)
	if err != nil {
		t.Fatal(err)
	}
	for _, name := range []string{"x-ud-train.conllu", "x-ud-dev.conllu"} {
		if err := os.WriteFile(filepath.Join(dir, name), data, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return dir
}
