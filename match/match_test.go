package match

import (
	"fmt"
	"math/rand/v2"
	"reflect"
	"strings"
	"testing"
)

func TestSplit(t *testing.T) {
	tests := []struct {
		in   string
		want []string
	}{
		{"Russian forces shelled Kyiv.", []string{"Russian", "forces", "shelled", "Kyiv", "."}},
		{"the U.S. said", []string{"the", "U.S.", "said"}},
		{"in the U.S.", []string{"in", "the", "U.S."}},
		{"Russia's army", []string{"Russia", "'s", "army"}},
		{"al-Assad's forces", []string{"al-Assad", "'s", "forces"}},
		{"Gen. Smith, 54", []string{"Gen", ".", "Smith", ",", "54"}},
		{"Côte d'Ivoire", []string{"Côte", "d'Ivoire"}},
		{`"No," he said`, []string{`"`, "No", ",", `"`, "he", "said"}},
		{"the Prince of Dol_Amroth", []string{"the", "Prince", "of", "Dol", "Amroth"}}, // "_" joins like a space
		{"New_York_Times ", []string{"New", "York", "Times"}},
	}
	for _, tt := range tests {
		if got := Split(tt.in); !reflect.DeepEqual(got, tt.want) {
			t.Errorf("Split(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestLongest(t *testing.T) {
	tr := New()
	tr.AddString("Vladimir Putin", 1, false)
	tr.AddString("Putin", 2, false)
	tr.AddString("United States", 3, false)
	tr.AddString("United States of America", 4, false)
	tr.AddString("foreign minister", 5, true)
	tr.AddString("minister", 6, true)
	tr.AddString("Foreign Minister Sergei Lavrov", 7, false)
	tr.AddString("troops", 8, true)
	tr.AddString("Troops", 9, false) // exact wins a tie
	tests := []struct {
		text string
		want []string // "text=values"
	}{
		{"Vladimir Putin met Putin", []string{"Vladimir Putin=[1]", "Putin=[2]"}},
		{"the United States of America and the United States of Mexico", []string{"United States of America=[4]", "United States=[3]"}},
		{"the Foreign Minister said", []string{"Foreign Minister=[5]"}},
		{"Foreign Minister Sergei Lavrov said", []string{"Foreign Minister Sergei Lavrov=[7]"}},
		{"the FOREIGN MINISTER", []string{"FOREIGN MINISTER=[5]"}},
		{"putin", nil},
		{"Troops and troops", []string{"Troops=[9]", "troops=[8]"}},
	}
	for _, tt := range tests {
		toks := Split(tt.text)
		var got []string
		for _, m := range tr.FindAll(toks) {
			got = append(got, fmt.Sprintf("%s=%v", strings.Join(toks[m.Start:m.End], " "), m.Values))
		}
		if !reflect.DeepEqual(got, tt.want) {
			t.Errorf("FindAll(%q) = %q, want %q", tt.text, got, tt.want)
		}
	}
}

func TestScanner(t *testing.T) {
	tr := New()
	tr.AddString("the Kremlin", 1, false)
	tr.AddString("U.S.", 2, false)
	text := "A U.S. envoy visited the Kremlin."
	var got []string
	NewScanner(tr).Scan(text, func(m TextMatch) { got = append(got, text[m.Start:m.End]) })
	if want := []string{"U.S.", "the Kremlin"}; !reflect.DeepEqual(got, want) {
		t.Errorf("Scan = %q, want %q", got, want)
	}
}

// TestScannerArticle checks that a name starting with "The" gives way to a
// longer name that starts right after the article, and only then.
func TestScannerArticle(t *testing.T) {
	tr := New()
	tr.AddString("The United Nations", 1, false)
	tr.AddString("United Nations General Assembly", 2, false)
	tr.AddString("the Kremlin", 3, false)
	tr.AddString("Kremlin", 4, false)
	for _, tc := range []struct{ text, want string }{
		{"The United Nations General Assembly voted.", "United Nations General Assembly"},
		{"The United Nations voted.", "The United Nations"},
		{"He went to the Kremlin.", "the Kremlin"},
	} {
		var got []string
		text := tc.text
		NewScanner(tr).Scan(text, func(m TextMatch) { got = append(got, text[m.Start:m.End]) })
		if len(got) != 1 || got[0] != tc.want {
			t.Errorf("Scan(%q) = %q, want %q", text, got, tc.want)
		}
	}
}

// synthetic builds n deterministic patterns (capitalised one- to
// four-word names, a fifth of them lower-case folded nouns) and a text of
// about size bytes that mentions some of them among filler words.
func synthetic(n, size int) (pats []string, text string) {
	r := rand.New(rand.NewPCG(1, 2))
	syl := []string{"ka", "lo", "mi", "ra", "tu", "ven", "dor", "sa", "ne", "bri", "gan", "hol", "zi", "pe", "mar", "ost"}
	word := func() string {
		var b strings.Builder
		for k := 0; k < 2+r.IntN(2); k++ {
			b.WriteString(syl[r.IntN(len(syl))])
		}
		return b.String()
	}
	for i := 0; i < n; i++ {
		k := 1 + r.IntN(4)
		ws := make([]string, k)
		for j := range ws {
			w := word()
			if i%5 != 0 {
				w = strings.ToUpper(w[:1]) + w[1:]
			}
			ws[j] = w
		}
		pats = append(pats, strings.Join(ws, " "))
	}
	filler := strings.Fields("the said on in a of to and that officials forces government minister was were has have after talks with over by for against")
	var b strings.Builder
	for b.Len() < size {
		if r.IntN(8) == 0 {
			b.WriteString(pats[r.IntN(len(pats))])
		} else {
			b.WriteString(filler[r.IntN(len(filler))])
		}
		if r.IntN(12) == 0 {
			b.WriteString(". ")
		} else {
			b.WriteByte(' ')
		}
	}
	return pats, b.String()
}

func build(pats []string) *Trie {
	tr := New()
	for i, p := range pats {
		tr.AddString(p, int32(i), i%5 == 0)
	}
	return tr
}

func TestSynthetic(t *testing.T) {
	pats, text := synthetic(2000, 20000)
	tr := build(pats)
	n := 0
	NewScanner(tr).Scan(text, func(m TextMatch) { n++ })
	if n == 0 {
		t.Fatal("no matches")
	}
}

func BenchmarkBuild(b *testing.B) {
	pats, _ := synthetic(50000, 0)
	toks := make([][]string, len(pats))
	for i, p := range pats {
		toks[i] = Split(p)
	}
	b.ReportAllocs()
	for b.Loop() {
		tr := NewSize(len(toks))
		for i, tk := range toks {
			tr.Add(tk, int32(i), i%5 == 0)
		}
	}
}

func BenchmarkMatch(b *testing.B) {
	pats, text := synthetic(50000, 1<<20)
	tr := build(pats)
	s := NewScanner(tr)
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	for b.Loop() {
		s.Scan(text, func(TextMatch) {})
	}
}
