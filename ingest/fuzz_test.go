package ingest

import (
	"bytes"
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/petrel-events/petrel/doc"
)

// FuzzRead feeds arbitrary bytes to every reader: none may panic (a
// recovered panic shows as an "internal error" report), loop, or emit a
// document with empty text.
func FuzzRead(f *testing.F) {
	files, _ := filepath.Glob("testdata/*/*")
	for _, p := range files {
		if b, err := os.ReadFile(p); err == nil && len(b) < 8<<10 {
			f.Add(b)
		}
	}
	f.Add(buildWARC(f, fixtureRecords(f)[:3], true))
	f.Add([]byte("WARC/1.1\r\nContent-Length: -5\r\n\r\n"))
	f.Add([]byte{0x1f, 0x8b, 0x08, 0x00})
	f.Fuzz(func(t *testing.T, b []byte) {
		for _, format := range []string{"", FormatText, FormatJSONL, FormatHTML, FormatFeed, FormatWARC} {
			r := &Reader{Options: Options{Format: format, MaxDocBytes: 1 << 20}, Stdin: bytes.NewReader(b)}
			r.OnError = func(err error) {
				if strings.Contains(err.Error(), "internal error") {
					t.Errorf("format %q: %v", format, err)
				}
			}
			err := r.Read(context.Background(), []string{"-"}, func(d *doc.Doc) error {
				if strings.TrimSpace(d.Text) == "" || d.ID == "" {
					t.Errorf("format %q: empty text or ID in %+v", format, d)
				}
				return nil
			})
			if err != nil {
				t.Errorf("format %q: Read returned %v", format, err)
			}
		}
	})
}
