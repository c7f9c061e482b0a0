package udeval

import (
	"strings"
	"testing"

	"github.com/petrel-events/petrel/nlp/conllu"
)

const gold = `# text = They don't go.
1	They	they	PRON	PRP	_	3	nsubj	_	_
2-3	don't	_	_	_	_	_	_	_	_
2	do	do	AUX	VBP	_	4	aux	_	_
3	n't	not	PART	RB	_	4	advmod	_	_
4	go	go	VERB	VB	_	0	root	_	SpaceAfter=No
5	.	.	PUNCT	.	_	4	punct	_	_

# text = Rain fell.
1	Rain	rain	NOUN	NN	_	2	nsubj	_	_
2	fell	fall	VERB	VBD	_	0	root	_	SpaceAfter=No
3	.	.	PUNCT	.	_	2	punct	_	_

`

// system splits "don't" into two tokens, misses the sentence break and
// attaches one word wrongly, with a wrong subtype elsewhere.
const system = `1	They	they	PRON	PRP	_	4	nsubj	_	_
2	do	do	AUX	VBP	_	4	aux	_	SpaceAfter=No
3	n't	not	PART	RB	_	4	advmod	_	_
4	go	go	VERB	VB	_	0	root	_	SpaceAfter=No
5	.	.	PUNCT	.	_	4	punct	_	_
6	Rain	rain	NOUN	NN	_	7	nsubj:pass	_	_
7	fell	fall	VERB	VBD	_	4	parataxis	_	SpaceAfter=No
8	.	.	PUNCT	.	_	4	punct	_	_

`

func read(t *testing.T, s string) []*conllu.Sentence {
	ss, err := conllu.ReadAll(strings.NewReader(s))
	if err != nil {
		t.Fatal(err)
	}
	return ss
}

func TestEvaluate(t *testing.T) {
	g := read(t, gold)
	same, err := Evaluate(g, g)
	if err != nil {
		t.Fatal(err)
	}
	for _, m := range same.Metrics() {
		if m.Score.F1() != 1 {
			t.Errorf("gold against itself: %s F1 = %v", m.Name, m.Score.F1())
		}
	}
	r, err := Evaluate(g, read(t, system))
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name string
		got  Score
		want Score
	}{
		{"tokens", r.Tokens, Score{Gold: 7, System: 8, Correct: 6}},
		{"sentences", r.Sentences, Score{Gold: 2, System: 1, Correct: 0}},
		{"words", r.Words, Score{Gold: 8, System: 8, Correct: 8}},
		// Wrong heads: They (gold head n't), fell and the last full stop.
		{"UAS", r.UAS, Score{Gold: 8, System: 8, Correct: 5}},
		{"LAS", r.LAS, Score{Gold: 8, System: 8, Correct: 5}},
		{"LAS full", r.LASFull, Score{Gold: 8, System: 8, Correct: 4}},
	}
	for _, tc := range tests {
		if tc.got != tc.want {
			t.Errorf("%s: got %+v, want %+v", tc.name, tc.got, tc.want)
		}
	}
}

func TestEvaluateTextMismatch(t *testing.T) {
	g := read(t, gold)
	s := read(t, "1\tThey\tthey\tPRON\tPRP\t_\t0\troot\t_\t_\n\n")
	if _, err := Evaluate(g, s); err == nil {
		t.Error("want an error for different texts")
	}
}
