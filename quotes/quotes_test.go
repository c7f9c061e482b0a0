package quotes

import (
	"bufio"
	"context"
	"fmt"
	"os"
	"strconv"
	"strings"
	"testing"

	"github.com/petrel-events/petrel/doc"
	"github.com/petrel-events/petrel/nlp/tokenize"
)

// fixture is one test document with its expected quotes, each rendered as
// "kind | cue | speaker | content" (plus " | code" for parsed fixtures).
type fixture struct {
	name string
	d    *doc.Doc
	want []string
}

// render prints a quote the way fixtures expect it.
func render(q doc.Quote, withCode bool) string {
	cue, spk := "-", "-"
	if q.Cue != nil {
		cue = q.Cue.Text
	}
	if q.Speaker != nil {
		spk = q.Speaker.Text
	}
	s := fmt.Sprintf("%s | %s | %s | %s", q.Kind, cue, spk, q.Content.Text)
	if withCode {
		s += " | " + q.SpeakerCode
	}
	return s
}

// readSurface reads testdata/surface.txt and tokenizes its texts.
func readSurface(t *testing.T) []fixture {
	t.Helper()
	data, err := os.ReadFile("testdata/surface.txt")
	if err != nil {
		t.Fatal(err)
	}
	tok := tokenize.New()
	var out []fixture
	var text []string
	flush := func() {
		if len(out) == 0 {
			return
		}
		f := &out[len(out)-1]
		f.d = &doc.Doc{ID: f.name, Text: strings.Join(text, "\n")}
		tok.Process(f.d)
		text = nil
	}
	lines := strings.Split(string(data), "\n")
	for i := 0; i < len(lines); i++ {
		line := lines[i]
		switch {
		case strings.HasPrefix(line, "## "):
			flush()
			out = append(out, fixture{name: strings.TrimPrefix(line, "## ")})
		case strings.HasPrefix(line, "#") || len(out) == 0:
		case strings.HasPrefix(line, "> "):
			want := strings.TrimPrefix(line, "> ")
			// An expected content may run over the following lines.
			for i+1 < len(lines) && lines[i+1] != "" && !strings.HasPrefix(lines[i+1], ">") && !strings.HasPrefix(lines[i+1], "#") {
				i++
				want += "\n" + lines[i]
			}
			f := &out[len(out)-1]
			f.want = append(f.want, want)
		case line != "":
			text = append(text, line)
		}
	}
	flush()
	return out
}

func TestSurface(t *testing.T) {
	r, err := New()
	if err != nil {
		t.Fatal(err)
	}
	for _, f := range readSurface(t) {
		t.Run(f.name, func(t *testing.T) {
			if err := r.Process(context.Background(), f.d); err != nil {
				t.Fatal(err)
			}
			checkQuotes(t, f, false)
		})
	}
}

func checkQuotes(t *testing.T, f fixture, withCode bool) {
	t.Helper()
	var got []string
	for _, q := range f.d.Quotes {
		got = append(got, render(q, withCode))
		if f.d.Text[q.Content.Start:q.Content.End] != q.Content.Text {
			t.Errorf("content span %v does not hold its text %q", q.Content.Span, q.Content.Text)
		}
	}
	if strings.Join(got, "\n") != strings.Join(f.want, "\n") {
		t.Errorf("%s\ngot:\n  %s\nwant:\n  %s", f.d.Text, strings.Join(got, "\n  "), strings.Join(f.want, "\n  "))
	}
}

// readParsed reads testdata/parsed.dep: hand-parsed documents with actor
// mentions.
func readParsed(t *testing.T) []fixture {
	t.Helper()
	return readParsedFile(t, "testdata/parsed.dep")
}

// readParsedFile reads a file of hand-parsed documents laid out like
// testdata/parsed.dep.
// parsedFixture returns the document of the named sentence of
// testdata/parsed.dep.
func parsedFixture(t *testing.T, name string) *doc.Doc {
	t.Helper()
	for _, f := range readParsed(t) {
		if f.name == name {
			return f.d
		}
	}
	t.Fatalf("no %s fixture", name)
	return nil
}

func readParsedFile(t *testing.T, path string) []fixture {
	t.Helper()
	fh, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer fh.Close()
	var out []fixture
	var b strings.Builder
	type pending struct{ text, code, ante string }
	var mentions []pending
	glued := false // the last token had SpaceAfter=No
	newSentence := func(d *doc.Doc) {
		if n := len(d.Sentences); n > 0 && d.Sentences[n-1].TokenEnd == len(d.Tokens) {
			return
		}
		d.Sentences = append(d.Sentences, doc.Sentence{TokenStart: len(d.Tokens), TokenEnd: len(d.Tokens)})
	}
	finish := func() {
		if len(out) == 0 {
			return
		}
		d := out[len(out)-1].d
		d.Text = b.String()
		for i := range d.Sentences {
			s := &d.Sentences[i]
			s.Span = doc.Span{Start: d.Tokens[s.TokenStart].Start, End: d.Tokens[s.TokenEnd-1].End}
		}
		// Actor mentions at their first occurrence after the previous one.
		from := 0
		for _, m := range mentions {
			i := strings.Index(d.Text[from:], m.text)
			if i < 0 {
				t.Fatalf("%s: mention %q not in the text", out[len(out)-1].name, m.text)
			}
			sp := doc.Span{Start: from + i, End: from + i + len(m.text)}
			men := doc.Mention{Span: sp, Text: m.text, Code: m.code, Antecedent: -1}
			if m.ante != "" {
				for j, prev := range d.Actors {
					if prev.Text == m.ante {
						men.Antecedent = j
						men.Via = "coref"
					}
				}
			}
			d.Actors = append(d.Actors, men)
			from = sp.End
		}
		b.Reset()
		mentions = nil
		glued = false
	}
	sc := bufio.NewScanner(fh)
	for sc.Scan() {
		line := sc.Text()
		switch {
		case strings.HasPrefix(line, "## "):
			finish()
			out = append(out, fixture{name: strings.TrimPrefix(line, "## "), d: &doc.Doc{}})
			newSentence(out[len(out)-1].d)
		case strings.HasPrefix(line, "#") || strings.TrimSpace(line) == "" || len(out) == 0:
		case line == "--":
			newSentence(out[len(out)-1].d)
		case strings.HasPrefix(line, "@ "):
			m := strings.TrimPrefix(line, "@ ")
			if text, ante, ok := strings.Cut(m, " -> "); ok {
				mentions = append(mentions, pending{text: text, ante: ante})
			} else if text, code, ok := strings.Cut(m, " = "); ok {
				mentions = append(mentions, pending{text: text, code: code})
			}
		case strings.HasPrefix(line, "> "):
			f := &out[len(out)-1]
			f.want = append(f.want, strings.TrimPrefix(line, "> "))
		default:
			fs := strings.Fields(line)
			if len(fs) != 6 && (len(fs) != 7 || fs[6] != "SpaceAfter=No") {
				t.Fatalf("bad token line %q", line)
			}
			head, err := strconv.Atoi(fs[4])
			if err != nil {
				t.Fatalf("bad head in %q", line)
			}
			d := out[len(out)-1].d
			if b.Len() > 0 && !glued {
				b.WriteByte(' ')
			}
			glued = len(fs) == 7
			start := b.Len()
			b.WriteString(fs[0])
			d.Tokens = append(d.Tokens, doc.Token{
				Span: doc.Span{Start: start, End: b.Len()}, Text: fs[0], Lemma: fs[1], UPOS: fs[2], XPOS: fs[3],
				Head: head, DepRel: fs[5], Sentence: len(d.Sentences) - 1,
			})
			d.Sentences[len(d.Sentences)-1].TokenEnd = len(d.Tokens)
		}
	}
	finish()
	return out
}

// TestParsed checks the rules on hand-parsed fixtures, with the word list
// deciding the cues: the trained classifier's choices are PolNeAR's and
// are measured on it (docs/quotes.md).
func TestParsed(t *testing.T) {
	r, err := New()
	if err != nil {
		t.Fatal(err)
	}
	r = r.WithCueModel(nil)
	for _, f := range readParsed(t) {
		t.Run(f.name, func(t *testing.T) {
			if err := r.Process(context.Background(), f.d); err != nil {
				t.Fatal(err)
			}
			checkQuotes(t, f, true)
		})
	}
}

func TestScanQuotes(t *testing.T) {
	tests := []struct {
		text string
		want []string
	}{
		{`He said “yes” and “no”.`, []string{"“yes”", "“no”"}},
		{`“One.` + "\n\n" + `“Two,” she said.`, []string{"“One.\n\n“Two,”"}},
		{`“Unclosed` + "\n\nNext paragraph.", []string{"“Unclosed"}},
		{`''Old style,'' he said.`, []string{"''Old style,''"}},
		{`"Straight," she said, "marks."`, []string{`"Straight,"`, `"marks."`}},
		{`The 6" pipe.`, nil},
		// British single marks: pairs only, not apostrophes, plural
		// possessives or one-word scare quotes.
		{`'We are ready,' said the head of the pilots' union. 'Really.'`, []string{`'We are ready,'`, `'Really.'`}},
		{`She said: ‘It’s over, we don’t agree.’`, []string{`‘It’s over, we don’t agree.’`}},
		{`The so-called 'experts' were wrong, the 'plan' too.`, nil},
		{`The drivers' union said it was 'completely unnecessary' to strike.`, []string{`'completely unnecessary'`}},
		{`'First paragraph.` + "\n\n" + `'Second one,' he said.`, []string{"'First paragraph.\n\n'Second one,'"}},
		{`'Never closed` + "\n\nNext.", nil},
		{`He said “it’s a ‘plan’ of sorts” today.`, []string{"“it’s a ‘plan’ of sorts”"}},
	}
	for _, tt := range tests {
		var got []string
		for _, sp := range scanQuotes(tt.text) {
			got = append(got, tt.text[sp.Start:sp.End])
		}
		if strings.Join(got, "|") != strings.Join(tt.want, "|") {
			t.Errorf("scanQuotes(%q) = %q, want %q", tt.text, got, tt.want)
		}
	}
}

func TestProcessHonoursContext(t *testing.T) {
	r, err := New()
	if err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	if err := r.Process(ctx, &doc.Doc{Text: "x"}); err == nil {
		t.Error("Process on a cancelled context: want an error")
	}
}

func TestConcurrentFind(t *testing.T) {
	r, err := New()
	if err != nil {
		t.Fatal(err)
	}
	fixtures := readSurface(t)
	want := make([]int, len(fixtures))
	for i, f := range fixtures {
		want[i] = len(r.Find(f.d))
	}
	done := make(chan error)
	for range 4 {
		go func() {
			for i, f := range fixtures {
				if got := len(r.Find(f.d)); got != want[i] {
					done <- fmt.Errorf("%s: %d quotes, want %d", f.name, got, want[i])
					return
				}
			}
			done <- nil
		}()
	}
	for range 4 {
		if err := <-done; err != nil {
			t.Error(err)
		}
	}
}

// TestDatelineSpeaker checks that a bare domestic agent speaking in a
// story with a dateline city takes that city's country, as in events.
func TestDatelineSpeaker(t *testing.T) {
	r, err := New()
	if err != nil {
		t.Fatal(err)
	}
	d := parsedFixture(t, "dateline-places-speaker")
	d.Places = []doc.Place{{Span: d.Tokens[0].Span, Text: "LORAN", Kind: "city", Country: "LOR"}}
	if err := r.WithCueModel(nil).Process(context.Background(), d); err != nil {
		t.Fatal(err)
	}
	if len(d.Quotes) != 1 || d.Quotes[0].SpeakerCode != "LORLEG" {
		t.Fatalf("quotes %+v, want one by Lawmakers coded LORLEG", d.Quotes)
	}
}
