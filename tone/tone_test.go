package tone

import (
	"math"
	"strings"
	"testing"

	"github.com/petrel-events/petrel/doc"
)

func tokens(s string) []doc.Token {
	var out []doc.Token
	for _, w := range strings.Fields(s) {
		out = append(out, doc.Token{Text: w})
	}
	return out
}

func TestScore(t *testing.T) {
	s := New()
	tests := []struct {
		text               string
		words              int
		positive, negative float64
		sign               int // sign of the tone
	}{
		{"Leaders welcomed the peaceful agreement .", 5, 60, 0, 1},
		{"Rebels killed and wounded civilians in a brutal attack .", 9, 0, 44.44, -1},
		{"The committee met on Tuesday .", 5, 0, 0, 0},
		{"", 0, 0, 0, 0},
	}
	for _, tc := range tests {
		got := s.Score(tokens(tc.text))
		if got.Words != tc.words {
			t.Errorf("%q: %d words, want %d", tc.text, got.Words, tc.words)
		}
		if math.Abs(got.Positive-tc.positive) > 0.01 || math.Abs(got.Negative-tc.negative) > 0.01 {
			t.Errorf("%q: positive %.2f negative %.2f, want %.2f %.2f", tc.text, got.Positive, got.Negative, tc.positive, tc.negative)
		}
		if sign := int(math.Copysign(1, got.Tone)); got.Tone == 0 && tc.sign != 0 || got.Tone != 0 && sign != tc.sign {
			t.Errorf("%q: tone %.2f, want sign %d", tc.text, got.Tone, tc.sign)
		}
	}
}
