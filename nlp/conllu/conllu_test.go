package conllu

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/petrel-events/petrel/doc"
	"github.com/petrel-events/petrel/internal/sharedtest"
)

func roundTrip(t *testing.T, path string) {
	t.Helper()
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	ss, err := ReadAll(bytes.NewReader(want))
	if err != nil {
		t.Fatal(err)
	}
	var got bytes.Buffer
	if err := WriteAll(&got, ss); err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(got.Bytes(), want) {
		g, w := got.Bytes(), want
		i := 0
		for i < len(g) && i < len(w) && g[i] == w[i] {
			i++
		}
		t.Fatalf("%s: round trip differs at byte %d: got %q, want %q", path, i,
			g[max(0, i-40):min(len(g), i+40)], w[max(0, i-40):min(len(w), i+40)])
	}
}

func TestRoundTrip(t *testing.T) {
	for _, p := range []string{
		filepath.Join("..", "model", "testdata", "tiny.conllu"),
		sharedtestPath(t, "dev"),
		sharedtestPath(t, "test"),
	} {
		if p != "" {
			roundTrip(t, p)
		}
	}
}

func sharedtestPath(t *testing.T, split string) string {
	if _, ok := sharedtest.Find(); !ok {
		return ""
	}
	return sharedtest.Path(t, "data", "ud-english-ewt", "en_ewt-ud-"+split+".conllu")
}

func TestParse(t *testing.T) {
	ss, err := ReadFile(filepath.Join("..", "model", "testdata", "tiny.conllu"))
	if err != nil {
		t.Fatal(err)
	}
	if len(ss) != 30 {
		t.Fatalf("got %d sentences, want 30", len(ss))
	}
	s := ss[18]
	tests := []struct {
		name, got, want string
	}{
		{"text", s.Text(), "They don't expect a quick deal."},
		{"comment", s.Comment("sent_id"), "fixture-19"},
		{"multiword", s.Multi[0].Form, "don't"},
		{"word", s.Words[2].Lemma, "not"},
		{"rebuilt text", (&Sentence{Words: s.Words, Multi: s.Multi}).Text(), "They don't expect a quick deal."},
	}
	for _, tc := range tests {
		if tc.got != tc.want {
			t.Errorf("%s: got %q, want %q", tc.name, tc.got, tc.want)
		}
	}
	toks := s.Tokens()
	if len(toks) != 7 || toks[1].First != 2 || toks[1].Last != 3 {
		t.Errorf("tokens: got %+v", toks)
	}
}

func TestReadErrors(t *testing.T) {
	for _, in := range []string{
		"1\ta\n",
		"2\ta\ta\tX\tX\t_\t0\troot\t_\t_\n",
		"1\ta\ta\tX\tX\t_\tx\troot\t_\t_\n",
		"1-0\ta\t_\t_\t_\t_\t_\t_\t_\t_\n",
	} {
		if _, err := ReadAll(bytes.NewReader([]byte(in))); err == nil {
			t.Errorf("ReadAll(%q): want an error", in)
		}
	}
}

func TestToDoc(t *testing.T) {
	ss, err := ReadAll(strings.NewReader("# text = He left.\n1\tHe\the\tPRON\tPRP\t_\t2\tnsubj\t_\t_\n2\tleft\tleave\tVERB\tVBD\t_\t0\troot\t_\tSpaceAfter=No\n3\t.\t.\tPUNCT\t.\t_\t2\tpunct\t_\t_\n\n"))
	if err != nil {
		t.Fatal(err)
	}
	d := ToDoc("x", ss)
	if d.Text != "He left ." || len(d.Tokens) != 3 || len(d.Sentences) != 1 {
		t.Fatalf("ToDoc: %q, %d tokens, %d sentences", d.Text, len(d.Tokens), len(d.Sentences))
	}
	for _, tok := range d.Tokens {
		if d.Text[tok.Start:tok.End] != tok.Text {
			t.Errorf("token %q reads %q", tok.Text, d.Text[tok.Start:tok.End])
		}
	}
	if tok := d.Tokens[1]; tok.Lemma != "leave" || tok.Head != 0 || tok.DepRel != "root" {
		t.Errorf("token 2 = %+v", tok)
	}
}

// TestFromDocLineBreaks: a sentence spanning lines still writes readable
// CoNLL-U (one-line "# text" comment).
func TestFromDocLineBreaks(t *testing.T) {
	d := &doc.Doc{Text: "Width:\r\n100%;\nheight\rok"}
	for _, tk := range [][2]int{{0, 5}, {5, 6}, {8, 12}, {12, 13}, {14, 20}, {21, 23}} {
		d.Tokens = append(d.Tokens, doc.Token{Span: doc.Span{Start: tk[0], End: tk[1]}, Text: d.Text[tk[0]:tk[1]], UPOS: "X", DepRel: "dep", Head: 1})
	}
	d.Sentences = []doc.Sentence{{Span: doc.Span{Start: 0, End: len(d.Text)}, TokenStart: 0, TokenEnd: len(d.Tokens)}}
	var b strings.Builder
	if err := WriteAll(&b, FromDoc(d, "s")); err != nil {
		t.Fatal(err)
	}
	ss, err := ReadAll(strings.NewReader(b.String()))
	if err != nil {
		t.Fatalf("written CoNLL-U does not read back: %v\n%s", err, b.String())
	}
	if got, want := ss[0].Comment("text"), "Width: 100%; height ok"; got != want {
		t.Errorf("text %q, want %q", got, want)
	}
}
