package actors

import (
	"github.com/petrel-events/petrel/internal/lower"
	"unicode/utf8"
)

// hasLowerSuffix reports whether strings.ToLower(s) ends with suffix, without
// lower-casing s (which may be a whole document's text before a mention).
// suffix must be lower-case ASCII without 'i' and 'k': the only runes beyond
// ASCII whose lower case is ASCII are U+0130 (to 'i') and U+212A, the
// Kelvin sign (to 'k'), so a lower-cased s ends with such a suffix exactly
// when s ends with the same ASCII bytes in either case.
func hasLowerSuffix(s, suffix string) bool {
	if len(s) < len(suffix) {
		return false
	}
	tail := s[len(s)-len(suffix):]
	for i := 0; i < len(tail); i++ {
		c := tail[i]
		if c >= utf8.RuneSelf {
			return false
		}
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		if c != suffix[i] {
			return false
		}
	}
	return true
}

// genderedWord returns gendered[strings.ToLower(w)], lower-casing an ASCII w
// in a buffer on the stack.
func genderedWord(w string) string {
	var buf [32]byte
	return gendered[string(lower.Append(buf[:0], w))]
}
