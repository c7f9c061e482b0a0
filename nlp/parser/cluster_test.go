package parser

import (
	"bytes"
	"fmt"
	"strings"
	"testing"

	"github.com/petrel-events/petrel/nlp/internal/lex"
)

// TestClusterWords clusters an invented corpus where words of the same
// kind share their contexts and expects them in one class.
func TestClusterWords(t *testing.T) {
	var corpus []string
	for _, subj := range []string{"the cat", "the dog", "a cat", "a dog", "the bird", "a bird"} {
		for _, verb := range []string{"sleeps", "runs", "eats", "sings"} {
			for _, adv := range []string{"today", "often", "again", "now"} {
				corpus = append(corpus, subj+" "+verb+" "+adv+" .")
			}
		}
	}
	var sents [][]uint64
	name := map[string]uint64{}
	for _, s := range corpus {
		var x []uint64
		for _, w := range strings.Fields(s) {
			h, ok := name[w]
			if !ok {
				h = uint64(len(name) + 1)
				name[w] = h
			}
			x = append(x, h)
		}
		sents = append(sents, x)
	}
	cl := clusterWords(sents, 6, 10)
	if again := clusterWords(sents, 6, 10); len(again) != len(cl) {
		t.Fatal("two clusterings differ in size")
	} else {
		for w, c := range cl {
			if again[w] != c {
				t.Fatal("two clusterings differ")
			}
		}
	}
	tests := []struct {
		a, b string
		same bool
	}{
		{"cat", "dog", true},
		{"dog", "bird", true},
		{"sleeps", "eats", true},
		{"today", "often", true},
		{"the", "a", true},
		{"cat", "sleeps", false},
		{"the", "cat", false},
		{"eats", "now", false},
	}
	for _, tc := range tests {
		if got := cl[name[tc.a]] == cl[name[tc.b]]; got != tc.same {
			t.Errorf("%s and %s in one class: %v, want %v (%v)", tc.a, tc.b, got, tc.same, cl)
		}
	}
}

// TestOptionalFeatures trains parsers with the optional feature sets
// and expects them to learn the training sentences and to keep their
// features through writing and reading.
func TestOptionalFeatures(t *testing.T) {
	for _, opt := range []Options{
		{Epochs: 10, Joint: true, Clusters: true},
		{Epochs: 10, Joint: true, Context: true},
		{Epochs: 10, Joint: true, Clusters: true, Context: true},
		{Epochs: 10, Context: true},
	} {
		t.Run(fmt.Sprintf("clusters=%v,context=%v,joint=%v", opt.Clusters, opt.Context, opt.Joint), func(t *testing.T) {
			testOptionalFeatures(t, opt)
		})
	}
}

func testOptionalFeatures(t *testing.T, opt Options) {
	ss := tinySentences(t)
	p, err := Train(ss, nil, opt)
	if err != nil {
		t.Fatal(err)
	}
	if opt.Clusters != (len(p.clusters) > 0) {
		t.Fatalf("%d clusters", len(p.clusters))
	}
	if uas, las := p.Evaluate(ss); uas < 0.95 || las < 0.9 {
		t.Errorf("training UAS %.3f LAS %.3f, want ≥ 0.95 / 0.9", uas, las)
	}
	r := roundTrip(t, p)
	if len(r.clusters) != len(p.clusters) || r.feats != p.feats {
		t.Fatalf("read %d clusters, features %#x, want %d, %#x", len(r.clusters), r.feats, len(p.clusters), p.feats)
	}
	if got, want := parseAll(r, ss), parseAll(p, ss); !equal(got, want) {
		t.Error("read parser parses differently")
	}
	// Without clusters the parser is written in the old format.
	q, err := Train(ss, nil, Options{Epochs: 2, Joint: true})
	if err != nil {
		t.Fatal(err)
	}
	var b bytes.Buffer
	if _, err := q.WriteTo(&b); err != nil {
		t.Fatal(err)
	}
	if !bytes.HasPrefix(b.Bytes()[1:], []byte(magicV4)) {
		t.Errorf("parser without clusters not written as %s", magicV4)
	}
}

// TestContext checks the comma counts, bracket groups and quotation
// parities of the context features on an invented sentence.
func TestContext(t *testing.T) {
	sent := strings.Fields(`He said , " we ( the union , too ) will strike " today`)
	var buf lex.Buffer
	words := make([]lex.Word, len(sent))
	for i, w := range sent {
		lex.Analyze(w, &buf, &words[i])
	}
	var x extra
	x.context(words)
	tests := []struct {
		i, j   int // words
		commas int // between i and j
		group  bool
		quote  bool
	}{
		{0, 1, 0, true, true},
		{1, 4, 1, true, false},          // "said" … "we": the comma, the opening quote
		{4, 6, 0, false, true},          // "we" outside, "the" inside the brackets
		{6, 9, 1, true, true},           // "the" … "too": same brackets
		{4, 11, 1, true, true},          // "we" … "will": the brackets between are closed
		{1, 14, 2, true, true},          // "said" … "today": both quotes passed
		{11, len(sent), 0, true, false}, // "will" … the root
	}
	for _, tc := range tests {
		commas := x.comma[tc.j] - x.comma[tc.i+1]
		if commas != tc.commas || (x.group[tc.i] == x.group[tc.j]) != tc.group || (x.quote[tc.i] == x.quote[tc.j]) != tc.quote {
			t.Errorf("%d–%d: commas %d group %v quote %v, want %d %v %v", tc.i, tc.j, commas,
				x.group[tc.i] == x.group[tc.j], x.quote[tc.i] == x.quote[tc.j], tc.commas, tc.group, tc.quote)
		}
	}
}
