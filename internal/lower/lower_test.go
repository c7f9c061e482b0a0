package lower

import (
	"strings"
	"testing"
)

// TestAppend checks Append against strings.ToLower, after a prefix, and
// that ASCII words into a large enough buffer allocate nothing.
func TestAppend(t *testing.T) {
	for _, s := range []string{"", "aide", "Spokesman", "ADVISER", "x-Ray_9", "Öl", "İzmir", "\u212aelvin", "wh\u00e9n", "a very long Phrase That Overflows A Small Buffer"} {
		var buf [24]byte
		if got := string(Append(buf[:0], s)); got != strings.ToLower(s) {
			t.Errorf("Append(%q) = %q, want %q", s, got, strings.ToLower(s))
		}
		if got := string(Append([]byte("pre:"), s)); got != "pre:"+strings.ToLower(s) {
			t.Errorf("Append after a prefix (%q) = %q", s, got)
		}
	}
	m := map[string]bool{"although": true}
	if n := testing.AllocsPerRun(100, func() {
		var buf [24]byte
		_ = m[string(Append(buf[:0], "Although"))]
	}); n != 0 {
		t.Errorf("a look-up allocates %.0f times", n)
	}
}
