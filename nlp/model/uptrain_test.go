package model

import (
	"bytes"
	"context"
	"reflect"
	"strings"
	"testing"

	"github.com/petrel-events/petrel/nlp/conllu"
)

// extraFixture builds an automatically parsed sentence: forms with
// UPOS/XPOS pairs, every word headed by the first, which is the root.
func extraFixture(id string, forms []string, upos, xpos string) *conllu.Sentence {
	s := &conllu.Sentence{Comments: []string{"sent_id = " + id}}
	for i, f := range forms {
		w := conllu.Word{ID: i + 1, Form: f, UPOS: upos, XPOS: xpos, Head: 1, DepRel: "dep"}
		if i == 0 {
			w.Head, w.DepRel = 0, "root"
		}
		s.Words = append(s.Words, w)
	}
	return s
}

func TestExtraSentences(t *testing.T) {
	ss := readFixture(t)
	m, err := Train(context.Background(), ss, nil, TrainOptions{TaggerEpochs: 2, ParserEpochs: 1, Folds: 1, Seed: 3})
	if err != nil {
		t.Fatal(err)
	}
	tg := m.tagger
	first := ss[0]
	var firstForms []string
	for _, w := range first.Words {
		firstForms = append(firstForms, w.Form)
	}
	extra := []*conllu.Sentence{
		extraFixture("a", strings.Fields("Troops left the city ."), "NOUN", "NN"),
		extraFixture("b", firstForms, "NOUN", "NN"),                               // repeats a training sentence
		extraFixture("c", strings.Fields("Troops left the city ."), "NOUN", "NN"), // repeats a
		extraFixture("d", strings.Fields("Talks resumed ."), "NOUN", "NNX"),       // unknown pair: first NOUN tag
		extraFixture("e", strings.Fields("Police arrived late ."), "NOUN", "NN"),
		extraFixture("f", strings.Fields("Voters stayed home ."), "NOUN", "NN"),
	}
	words := func(ps []string) string { return strings.Join(ps, " ") }
	tests := []struct {
		name  string
		limit int
		seed  uint64
		want  int
	}{
		{"all", 0, 1, 4},
		{"capped", 2, 1, 2},
		{"capped other seed", 2, 9, 2},
		{"cap above count", 10, 1, 4},
	}
	for _, tc := range tests {
		got, err := extraSentences(tg, ss, extra, tc.limit, tc.seed)
		if err != nil {
			t.Fatalf("%s: %v", tc.name, err)
		}
		if len(got) != tc.want {
			t.Fatalf("%s: %d sentences, want %d", tc.name, len(got), tc.want)
		}
		again, _ := extraSentences(tg, ss, extra, tc.limit, tc.seed)
		if !reflect.DeepEqual(got, again) {
			t.Errorf("%s: not deterministic", tc.name)
		}
		seen := map[string]bool{}
		for _, p := range got {
			w := words(p.Words)
			if seen[w] || w == words(firstForms) {
				t.Errorf("%s: %q repeated", tc.name, w)
			}
			seen[w] = true
			if p.Heads[0] != 0 || p.Labels[0] != "root" || len(p.Tags) != len(p.Words) {
				t.Errorf("%s: %q: tree or tags lost: %v %v %v", tc.name, w, p.Heads, p.Labels, p.Tags)
			}
		}
	}
	all, _ := extraSentences(tg, ss, extra, 0, 1)
	if got, want := tg.UPOS(all[1].Tags[0]), "NOUN"; got != want {
		t.Errorf("unknown NOUN/NNX pair tagged %s, want %s", got, want)
	}
	bad := extraFixture("g", strings.Fields("No tree here"), "NOUN", "NN")
	bad.Words[1].DepRel = "_"
	if _, err := extraSentences(tg, ss, append(extra, bad), 0, 1); err == nil || !strings.Contains(err.Error(), `"g"`) {
		t.Errorf("a sentence without a tree: err %v, want one naming it", err)
	}
}

// TestTrainExtra trains with extra sentences: deterministic, said in
// Info, and a model other than the one trained without them.
func TestTrainExtra(t *testing.T) {
	ss := readFixture(t)
	gold, auto := ss[:20], ss[20:]
	opt := TrainOptions{TaggerEpochs: 2, ParserEpochs: 3, Folds: 2, Seed: 5}
	train := func(o TrainOptions) ([]byte, *Model) {
		m, err := Train(context.Background(), gold, ss[:5], o)
		if err != nil {
			t.Fatal(err)
		}
		var b bytes.Buffer
		if _, err := m.WriteTo(&b); err != nil {
			t.Fatal(err)
		}
		return b.Bytes(), m
	}
	plain, _ := train(opt)
	opt.Extra = auto
	withExtra, m := train(opt)
	again, _ := train(opt)
	if !bytes.Equal(withExtra, again) {
		t.Error("training with extra sentences is not deterministic")
	}
	if bytes.Equal(plain, withExtra) {
		t.Error("extra sentences changed nothing")
	}
	if want := "parser also trained on 10 automatically parsed sentences"; !strings.Contains(m.Info, want) {
		t.Errorf("Info %q lacks %q", m.Info, want)
	}
}

// TestAnnotateAgree checks the ensemble's agreement against its output.
func TestAnnotateAgree(t *testing.T) {
	m := load(t)
	forms := strings.Fields("The rebels said on Tuesday that they had attacked an army post near the border .")
	out, ag := m.AnnotateAgree(forms)
	if want := (Agreement{Parsers: 1, Min: 1, Base: true}); ag != want {
		t.Errorf("base alone: %+v, want %+v", ag, want)
	}
	if !reflect.DeepEqual(out, m.Annotate(forms)) {
		t.Error("AnnotateAgree and Annotate differ")
	}
	e := withEmbeddedMembers(t, m)
	for _, s := range []string{
		"The rebels said on Tuesday that they had attacked an army post near the border .",
		"Police arrested him .",
		"Officials who asked not to be named said the talks , which began in May , had stalled over the status of the city and the release of prisoners held since 2014 .",
	} {
		forms := strings.Fields(s)
		out, ag := e.AnnotateAgree(forms)
		if !reflect.DeepEqual(out, e.Annotate(forms)) {
			t.Errorf("%q: AnnotateAgree and Annotate differ", s)
		}
		if ag.Parsers != e.Parsers() || ag.Min < 0 || ag.Min > ag.Parsers {
			t.Errorf("%q: %+v out of range", s, ag)
		}
		base := m.Annotate(forms)
		same := true
		for i := range out {
			same = same && out[i].Head == base[i].Head && out[i].DepRel == base[i].DepRel
		}
		if same != ag.Base {
			t.Errorf("%q: Base %v, but the base tree is the combined tree: %v", s, ag.Base, same)
		}
		if ag.Min == ag.Parsers && !ag.Base {
			t.Errorf("%q: every parser agreed but not the base: %+v", s, ag)
		}
	}
	if _, ag := e.AnnotateAgree(nil); ag.Min != 0 {
		t.Errorf("empty sentence: %+v, want Min 0", ag)
	}
}
