package actors

import (
	"strings"
	"testing"
)

// TestLowerKey checks lowerKey against strings.ToLower, and that it
// declines non-ASCII words and words longer than its buffer.
func TestLowerKey(t *testing.T) {
	for _, w := range []string{"", "aide", "Spokesman", "ADVISER", "x-Ray_9", "Öl", "İzmir", "\u212aelvin", "averyveryverylongwordthatoverflows"} {
		var buf [24]byte
		b, ascii := lowerKey(buf[:], w)
		wantASCII := len(w) <= len(buf) && strings.IndexFunc(w, func(r rune) bool { return r >= 0x80 }) < 0
		if ascii != wantASCII {
			t.Errorf("lowerKey(%q): ascii %v, want %v", w, ascii, wantASCII)
			continue
		}
		if ascii && string(b) != strings.ToLower(w) {
			t.Errorf("lowerKey(%q) = %q, want %q", w, b, strings.ToLower(w))
		}
	}
}
