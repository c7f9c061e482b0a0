// Package tsv reads the embedded tab-separated tables of petrel's data
// files: "#" comment lines and blank lines are skipped, the first other
// line is a header.
package tsv

import (
	"bufio"
	"bytes"
	"fmt"
	"strings"
)

// Rows calls fn with the line number and the fields of every data row of
// b. name labels errors as "name:line: reason"; fn's errors are wrapped the
// same way and stop the reading.
func Rows(name string, b []byte, fn func(line int, f []string) error) error {
	sc := bufio.NewScanner(bytes.NewReader(b))
	n, header := 0, true
	for sc.Scan() {
		n++
		line := sc.Text()
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		if header {
			header = false
			continue
		}
		if err := fn(n, strings.Split(line, "\t")); err != nil {
			return fmt.Errorf("%s:%d: %w", name, n, err)
		}
	}
	if err := sc.Err(); err != nil {
		return fmt.Errorf("%s: %w", name, err)
	}
	return nil
}
