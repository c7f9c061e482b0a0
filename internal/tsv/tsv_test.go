package tsv

import (
	"errors"
	"strings"
	"testing"
)

func TestRows(t *testing.T) {
	in := "# a comment\ncode\tname\n\nRUS\tRussia\nUKR\tUkraine\n"
	var got []string
	err := Rows("t.tsv", []byte(in), func(line int, f []string) error {
		got = append(got, strings.Join(f, "="))
		return nil
	})
	if err != nil || strings.Join(got, ",") != "RUS=Russia,UKR=Ukraine" {
		t.Fatalf("Rows = %v, %q", err, got)
	}
	err = Rows("t.tsv", []byte(in), func(line int, f []string) error { return errors.New("bad") })
	if err == nil || err.Error() != "t.tsv:4: bad" {
		t.Fatalf("error = %v, want t.tsv:4: bad", err)
	}
}
