package quotes

import (
	"strings"
	"testing"
	"testing/fstest"
)

func TestLintEmbedded(t *testing.T) {
	for _, err := range Lint(Data()) {
		t.Error(err)
	}
}

func TestLintReportsLines(t *testing.T) {
	fsys := fstest.MapFS{cuesFile: {Data: []byte("[say]\nsay said\nSay\nsay\n[odd]\nword\n[addressee]\ntell\n" +
		"[after]\non air\n[skip]\non air\n[frame]\nlook\n[phrase]\nmake\n[chain]\ngo on\n" +
		"[experiencer]\nanger\nanger\nresonate with me\n")}}
	errs := Lint(fsys)
	want := []string{
		"data/cues.txt:3: \"Say\" is not lower case",
		"data/cues.txt:4: duplicate lemma \"say\"",
		"data/cues.txt:5: unknown section",
		"data/cues.txt:6: entry \"word\" outside a section",
		"data/cues.txt:12: phrase \"on air\" is in both the after and the skip sections",
		"data/cues.txt:16: want a verb lemma and the words after it",
		"data/cues.txt:18: want one word",
		"data/cues.txt:21: duplicate entry \"anger\"",
		"data/cues.txt:22: want a verb lemma and at most one preposition",
		"addressee verb \"tell\" is not in the say section",
		"frame verb \"look\" is not in the say section",
	}
	checkErrors(t, errs, want)
}

func TestRegularForms(t *testing.T) {
	tests := []struct {
		lemma string
		want  string
	}{
		{"say", "say says sayed saying"},
		{"deny", "deny denies denied denying"},
		{"stress", "stress stresses stressed stressing"},
		{"note", "note notes noted noting"},
		{"agree", "agree agrees agreed agreeing"},
		{"warn", "warn warns warned warning"},
	}
	for _, tt := range tests {
		if got := strings.Join(regularForms(tt.lemma), " "); got != tt.want {
			t.Errorf("regularForms(%q) = %q, want %q", tt.lemma, got, tt.want)
		}
	}
}

func TestLintVerbClasses(t *testing.T) {
	fsys := fstest.MapFS{
		cuesFile: {Data: []byte("[say]\nsay said\n")},
		verbClassFile: {Data: []byte("# comment\nsay communication stative\nclaim\nSay communication\n" +
			"say cognition\nmull cognition thinking\nnote communication communication\n")},
	}
	errs := Lint(fsys)
	want := []string{
		"data/verbclass.txt:3: verb \"claim\" has no class",
		"data/verbclass.txt:4: \"Say\" is not lower case",
		"data/verbclass.txt:5: duplicate verb \"say\"",
		"data/verbclass.txt:6: unknown class \"thinking\"",
		"data/verbclass.txt:7: class \"communication\" twice",
	}
	checkErrors(t, errs, want)
}

func TestVerbClassesEmbedded(t *testing.T) {
	r, err := New()
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		lemma string
		first string // the class of the most frequent sense; "" for none
	}{
		{"say", "communication"},
		{"chronicle", "communication"},
		{"believe", "cognition"},
		{"run", "motion"},
		{"petrel", ""},
	}
	for _, tt := range tests {
		got := ""
		if cs := r.lx.verbClass[tt.lemma]; len(cs) > 0 {
			got = cs[0]
		}
		if got != tt.first {
			t.Errorf("first class of %q = %q, want %q", tt.lemma, got, tt.first)
		}
	}
	// A folder without the list loads, with no classes.
	r2, err := NewFromFS(fstest.MapFS{cuesFile: {Data: []byte("[say]\nsay said\n")}})
	if err != nil || len(r2.lx.verbClass) != 0 {
		t.Errorf("without verbclass.txt: err %v, %d classes", err, len(r2.lx.verbClass))
	}
}

// checkErrors checks that errs are, in order, errors containing want.
func checkErrors(t *testing.T, errs []error, want []string) {
	t.Helper()
	if len(errs) != len(want) {
		t.Fatalf("got %d errors %v, want %d", len(errs), errs, len(want))
	}
	for i, w := range want {
		if !strings.Contains(errs[i].Error(), w) {
			t.Errorf("error %d = %q, want it to contain %q", i, errs[i], w)
		}
	}
}
