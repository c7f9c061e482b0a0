package quotes

import (
	"bytes"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"unicode/utf8"
)

var updateWire = flag.Bool("update-wire", false, "rewrite testdata/wire/data from testdata/wire/*.spec")

// TestWireFixtures checks that the brat files of the invented wire
// stories (testdata/wire/data/BATCH/{text,attributions}, scored by
// `petrel eval quotes --dir quotes/testdata/wire --split BATCH`) are
// those the human-editable specs testdata/wire/BATCH.spec give, and that
// every span of a spec is found in its story; -update-wire rewrites them.
//
// A spec holds stories: a line "=== NAME", the story's lines (paragraphs
// apart by a blank line), a line "---", then one attribution a line,
// "cue | source | content" ("-" for no source). A span is a piece of the
// story's text: "x [y] z" finds "x y z" and keeps y; "y@2" is the second
// occurrence; fragments are joined by " ++ ".
func TestWireFixtures(t *testing.T) {
	specs, err := filepath.Glob(filepath.Join("testdata", "wire", "*.spec"))
	if err != nil || len(specs) == 0 {
		t.Fatalf("no wire specs: %v", err)
	}
	for _, spec := range specs {
		batch := strings.TrimSuffix(filepath.Base(spec), ".spec")
		src, err := os.ReadFile(spec)
		if err != nil {
			t.Fatal(err)
		}
		stories, err := parseWireSpec(string(src))
		if err != nil {
			t.Fatalf("%s: %v", spec, err)
		}
		for _, s := range stories {
			ann, err := s.brat()
			if err != nil {
				t.Errorf("%s: %s: %v", spec, s.name, err)
				continue
			}
			files := map[string]string{
				filepath.Join("testdata", "wire", "data", batch, "text", s.name+".txt"):              s.text,
				filepath.Join("testdata", "wire", "data", batch, "attributions", s.name+"_gold.ann"): ann,
			}
			for path, want := range files {
				if *updateWire {
					if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
						t.Fatal(err)
					}
					if err := os.WriteFile(path, []byte(want), 0o644); err != nil {
						t.Fatal(err)
					}
					continue
				}
				got, err := os.ReadFile(path)
				if err != nil || !bytes.Equal(got, []byte(want)) {
					t.Errorf("%s is not what %s gives (go test ./quotes -run WireFixtures -update-wire)", path, spec)
				}
			}
			if _, err := ReadBrat(s.text, strings.NewReader(ann)); err != nil {
				t.Errorf("%s: %v", s.name, err)
			}
		}
	}
}

type wireStory struct {
	name  string
	text  string
	attrs [][3]string
}

func parseWireSpec(src string) ([]wireStory, error) {
	var out []wireStory
	var cur *wireStory
	inText := false
	var lines []string
	for n, line := range strings.Split(src, "\n") {
		switch {
		case strings.HasPrefix(line, "=== "):
			out = append(out, wireStory{name: strings.TrimSpace(line[4:])})
			cur = &out[len(out)-1]
			inText, lines = true, nil
		case cur == nil:
			continue // comments before the first story
		case inText && line == "---":
			cur.text = strings.TrimSpace(strings.Join(lines, "\n")) + "\n"
			inText = false
		case inText:
			lines = append(lines, line)
		case strings.TrimSpace(line) == "" || strings.HasPrefix(line, "#"):
		default:
			f := strings.Split(line, " | ")
			if len(f) != 3 {
				return nil, fmt.Errorf("line %d: want cue | source | content", n+1)
			}
			cur.attrs = append(cur.attrs, [3]string{strings.TrimSpace(f[0]), strings.TrimSpace(f[1]), strings.TrimSpace(f[2])})
		}
	}
	return out, nil
}

// find returns the byte span of one spec piece in text.
func findPiece(text, piece string) (int, int, error) {
	occ := 1
	if i := strings.LastIndex(piece, "@"); i > 0 {
		if n, err := strconv.Atoi(piece[i+1:]); err == nil {
			occ, piece = n, piece[:i]
		}
	}
	lo, hi := strings.Index(piece, "["), strings.Index(piece, "]")
	whole, keepA, keepB := piece, 0, len(piece)
	if lo >= 0 && hi > lo {
		whole = piece[:lo] + piece[lo+1:hi] + piece[hi+1:]
		keepA, keepB = lo, hi-1
	}
	at := -1
	for from, k := 0, 0; k < occ; k++ {
		i := strings.Index(text[from:], whole)
		if i < 0 {
			return 0, 0, fmt.Errorf("%q (occurrence %d) not in the text", whole, k+1)
		}
		at = from + i
		from = at + 1
	}
	if occ == 1 && strings.Count(text, whole) > 1 {
		return 0, 0, fmt.Errorf("%q occurs %d times: add @N or context", whole, strings.Count(text, whole))
	}
	return at + keepA, at + keepB, nil
}

// brat returns the story's attributions as a brat standoff file
// (character offsets, PolNeAR's labels).
func (s wireStory) brat() (string, error) {
	var b strings.Builder
	t, e := 0, 0
	chars := func(i int) int { return utf8.RuneCountInString(s.text[:i]) }
	tb := func(label, field string) (string, error) {
		var ranges, texts []string
		for _, piece := range strings.Split(field, " ++ ") {
			a, z, err := findPiece(s.text, piece)
			if err != nil {
				return "", err
			}
			ranges = append(ranges, fmt.Sprintf("%d %d", chars(a), chars(z)))
			texts = append(texts, s.text[a:z])
		}
		t++
		id := fmt.Sprintf("T%d", t)
		fmt.Fprintf(&b, "%s\t%s %s\t%s\n", id, label, strings.Join(ranges, ";"), strings.ReplaceAll(strings.Join(texts, " "), "\n", " "))
		return id, nil
	}
	for _, a := range s.attrs {
		cue, err := tb("Cue", a[0])
		if err != nil {
			return "", err
		}
		content, err := tb("Content", a[2])
		if err != nil {
			return "", err
		}
		e++
		if a[1] == "-" {
			fmt.Fprintf(&b, "E%d\tAttribution-no-source:%s Content:%s Cue:%s\n", e, cue, content, cue)
			continue
		}
		src, err := tb("Source", a[1])
		if err != nil {
			return "", err
		}
		fmt.Fprintf(&b, "E%d\tAttribution:%s Content:%s Cue:%s Source:%s\n", e, cue, content, cue, src)
	}
	return b.String(), nil
}
