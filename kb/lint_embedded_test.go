package kb

import (
	"testing"
)

// TestEmbeddedClean checks that the shipped KB files pass lint.
func TestEmbeddedClean(t *testing.T) {
	ds, err := Lint(Data())
	if err != nil {
		t.Fatal(err)
	}
	for _, d := range ds {
		t.Error(d)
	}
}
