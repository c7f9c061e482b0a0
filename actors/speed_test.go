package actors

import (
	"strings"
	"testing"
	"unicode"
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
