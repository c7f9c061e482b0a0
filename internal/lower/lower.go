// Package lower lower-cases words for map look-ups that allocate nothing.
package lower

import (
	"strings"
	"unicode/utf8"
)

// Append appends strings.ToLower(s) to b. ASCII text is lower-cased byte by
// byte, so m[string(Append(buf[:0], s))] with a large enough buffer on the
// stack allocates nothing; other text goes through strings.ToLower.
func Append(b []byte, s string) []byte {
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			return append(b, strings.ToLower(s)...)
		}
	}
	for i := 0; i < len(s); i++ {
		c := s[i]
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		b = append(b, c)
	}
	return b
}
