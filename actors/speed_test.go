package actors

import (
	"strings"
	"testing"
	"unicode"

	"github.com/petrel-events/petrel/doc"
)

// TestLowerToASCII checks the premise of hasLowerSuffix: only U+0130 and
// U+212A lower-case to ASCII from beyond it.
func TestLowerToASCII(t *testing.T) {
	for r := rune(0x80); r <= unicode.MaxRune; r++ {
		if l := unicode.ToLower(r); l < 0x80 && r != 0x130 && r != 0x212A {
			t.Errorf("%U lower-cases to ASCII %q", r, l)
		}
	}
}

func TestHasLowerSuffix(t *testing.T) {
	texts := []string{
		"", "x", "ex-", "EX-", "Ex-", "the Former", "a FORMER ", "formerly", "Kelvin-LED",
		"an Ally-led", "\u0130ex-", "caf\u00e9 former", "\xffformer", "former\xff", "Ｆormer",
		"fo\u212Amer", "the ex -", "-led", "x-LeD", "bad \xe2\x80 -led",
	}
	for _, s := range texts {
		for _, suf := range []string{"former", "ex-", "-led"} {
			want := strings.HasSuffix(strings.ToLower(s), suf)
			if got := hasLowerSuffix(s, suf); got != want {
				t.Errorf("hasLowerSuffix(%q, %q) = %v, want %v", s, suf, got, want)
			}
		}
	}
}

// mentionGenderPlain is mentionGender as first written, with lists.
func mentionGenderPlain(d *doc.Doc, a doc.Mention) string {
	words := strings.Fields(a.Text)
	if before := strings.Fields(d.Text[max(0, a.Start-12):a.Start]); len(before) > 0 {
		words = append(words, before[len(before)-1])
	}
	for _, w := range words {
		if g := gendered[strings.ToLower(w)]; g != "" {
			return g
		}
	}
	return ""
}

func TestMentionGender(t *testing.T) {
	var words []string
	for w := range gendered {
		words = append(words, w, strings.ToUpper(w), strings.ToUpper(w[:1])+w[1:])
	}
	words = append(words, "Ünal", "MRS\u00c9", "the", "")
	texts := []string{"Dr. Ada Quill", "Colonel Ivo Brask", "the visiting delegate", "a Señora Pardo"}
	for _, w := range words {
		if got, want := genderedWord(w), gendered[strings.ToLower(w)]; got != want {
			t.Errorf("genderedWord(%q) = %q, want %q", w, got, want)
		}
		for _, txt := range texts {
			for _, full := range []string{w + " " + txt, txt + " " + w, "said  " + w + "\t" + txt, "\u00e9" + w + " " + txt} {
				for start := 0; start < len(full); start++ {
					d := &doc.Doc{Text: full}
					m := doc.Mention{Span: doc.Span{Start: start, End: len(full)}, Text: full[start:]}
					if got, want := mentionGender(d, m), mentionGenderPlain(d, m); got != want {
						t.Fatalf("mentionGender(%q at %d) = %q, want %q", full, start, got, want)
					}
				}
			}
		}
	}
}
