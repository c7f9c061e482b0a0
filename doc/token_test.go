package doc

import (
	"strings"
	"testing"
)

func TestLowerText(t *testing.T) {
	for _, tc := range []struct {
		tok  Token
		want string
	}{
		{Token{Text: "Ministry"}, "ministry"},  // Lower not set: computed
		{Token{Text: "ÖL", Lower: "öl"}, "öl"}, // set: read
		{Token{Text: "plain", Lower: "plain"}, "plain"},
		{Token{}, ""},
		{Token{Text: "\xff"}, strings.ToLower("\xff")}, // invalid UTF-8 is not empty lower-cased
	} {
		if got := tc.tok.LowerText(); got != tc.want {
			t.Errorf("LowerText(%+v) = %q, want %q", tc.tok, got, tc.want)
		}
	}
}
