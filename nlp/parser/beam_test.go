package parser

import (
	"bufio"
	"bytes"
	"path/filepath"
	"testing"

	"github.com/petrel-events/petrel/nlp/conllu"
	"github.com/petrel-events/petrel/nlp/internal/lex"
)

// tinySentences reads the model package's fixture treebank, with UPOS as
// tags.
func tinySentences(t *testing.T) []Sentence {
	t.Helper()
	ss, err := conllu.ReadFile(filepath.Join("..", "model", "testdata", "tiny.conllu"))
	if err != nil {
		t.Fatal(err)
	}
	tagID := map[string]int{}
	var out []Sentence
	for _, s := range ss {
		var ps Sentence
		for _, w := range s.Words {
			id, ok := tagID[w.UPOS]
			if !ok {
				id = len(tagID)
				tagID[w.UPOS] = id
			}
			ps.Words = append(ps.Words, w.Form)
			ps.Tags = append(ps.Tags, id)
			ps.Heads = append(ps.Heads, w.Head)
			ps.Labels = append(ps.Labels, w.DepRel)
		}
		out = append(out, ps)
	}
	return out
}

func parseAll(p *Parser, ss []Sentence) [][]int {
	var sc Scratch
	var buf lex.Buffer
	var out [][]int
	for _, s := range ss {
		words := make([]lex.Word, len(s.Words))
		for i, w := range s.Words {
			lex.Analyze(w, &buf, &words[i])
		}
		heads, labels := make([]int, len(words)), make([]int, len(words))
		p.Parse(&sc, words, s.Tags, heads, labels)
		out = append(out, append(heads, labels...))
	}
	return out
}

func TestBeam(t *testing.T) {
	ss := tinySentences(t)
	tests := []struct {
		name string
		beam int
	}{
		{"greedy", 0},
		{"beam 4", 4},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			p, err := Train(ss, nil, Options{Epochs: 10, Joint: true, Beam: tc.beam})
			if err != nil {
				t.Fatal(err)
			}
			if want := max(tc.beam, 1); p.Beam() != want {
				t.Errorf("Beam() = %d, want %d", p.Beam(), want)
			}
			// The training sentences are learnt.
			if uas, las := p.Evaluate(ss); uas < 0.95 || las < 0.9 {
				t.Errorf("training UAS %.3f LAS %.3f, want ≥ 0.95 / 0.9", uas, las)
			}
			// A beam of width 1 decodes exactly as the greedy parser.
			q := p.WithBeam(1)
			one := parseAll(q, ss)
			var sc Scratch
			var buf lex.Buffer
			for i, s := range ss {
				words := make([]lex.Word, len(s.Words))
				for j, w := range s.Words {
					lex.Analyze(w, &buf, &words[j])
				}
				wv := q.wordValues(&sc, words)
				sc.x.countPunct(q, s.Tags)
				sc.st.reset(len(words))
				q.beam = 1
				q.parseBeam(&sc, wv, s.Tags)
				for j := range words {
					h := sc.st.heads[j] + 1
					if sc.st.heads[j] == len(words) {
						h = 0
					}
					if h != one[i][j] || sc.st.label[j] != one[i][len(words)+j] {
						t.Fatalf("sentence %d word %d: beam 1 gives %d/%d, greedy %d/%d", i, j, h, sc.st.label[j], one[i][j], one[i][len(words)+j])
					}
				}
			}
			// The beam width survives writing and reading.
			r := roundTrip(t, p)
			if r.Beam() != p.Beam() {
				t.Errorf("read beam %d, want %d", r.Beam(), p.Beam())
			}
			if got, want := parseAll(r, ss), parseAll(p, ss); !equal(got, want) {
				t.Error("read parser parses differently")
			}
		})
	}
}

func equal(a, b [][]int) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if len(a[i]) != len(b[i]) {
			return false
		}
		for j := range a[i] {
			if a[i][j] != b[i][j] {
				return false
			}
		}
	}
	return true
}

// roundTrip writes p and reads it back.
func roundTrip(t *testing.T, p *Parser) *Parser {
	t.Helper()
	var b bytes.Buffer
	if _, err := p.WriteTo(&b); err != nil {
		t.Fatal(err)
	}
	r, err := Read(bufio.NewReader(&b))
	if err != nil {
		t.Fatal(err)
	}
	return r
}

// TestBeamTrainingDeterministic trains the beam parser twice on the
// fixture treebank: the model bytes are the same, and another seed
// gives another model.
func TestBeamTrainingDeterministic(t *testing.T) {
	ss := tinySentences(t)
	write := func(seed uint64) []byte {
		p, err := Train(ss, ss[:3], Options{Epochs: 4, Joint: true, Beam: 4, Seed: seed})
		if err != nil {
			t.Fatal(err)
		}
		var b bytes.Buffer
		if _, err := p.WriteTo(&b); err != nil {
			t.Fatal(err)
		}
		return b.Bytes()
	}
	a, b, c := write(1), write(1), write(2)
	if !bytes.Equal(a, b) {
		t.Error("two beam trainings with seed 1 wrote different models")
	}
	if bytes.Equal(a, c) {
		t.Error("seeds 1 and 2 wrote the same model: the seed is not used")
	}
}
