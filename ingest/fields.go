package ingest

import (
	"fmt"
	"hash/fnv"
	"io"
	"net/url"
	"strings"

	"github.com/petrel-events/petrel/doc"
)

// finish fills the fields every reader shares and checks the text:
// CRLF and lone CR become LF, an empty text is an error (ErrNoText), an
// unknown Published becomes published, a missing ID is a hash of the URL or
// else of the text, a missing Source is the URL's host.
func finish(d *doc.Doc, published doc.Time) error {
	d.Text = normalizeNewlines(d.Text)
	if strings.TrimSpace(d.Text) == "" {
		return fmt.Errorf("document has %w after extraction", ErrNoText)
	}
	if !d.Published.Known() {
		d.Published = published
	}
	d.URL = strings.TrimSpace(d.URL)
	if d.ID == "" {
		if d.URL != "" {
			d.ID = HashID(d.URL)
		} else {
			d.ID = HashID(d.Text)
		}
	}
	if d.Source == "" {
		d.Source = Host(d.URL)
	}
	d.Lang = normalizeLang(d.Lang)
	return nil
}

// HashID returns a stable document ID for s (a URL or a text): its 64-bit
// FNV-1a hash in 16 hex digits, the same on every run and platform. It names
// documents; it is not a cryptographic hash. (SHA-256 cost a tenth of
// reading, cleaning and tokenizing.)
func HashID(s string) string {
	h := fnv.New64a()
	io.WriteString(h, s)
	return fmt.Sprintf("%016x", h.Sum64())
}

// Host returns the lower-case host of rawURL without a "www." prefix or a
// port, e.g. "example.org" for "https://www.Example.org:443/a"; "" if rawURL
// has no host.
func Host(rawURL string) string {
	u, err := url.Parse(strings.TrimSpace(rawURL))
	if err != nil {
		return ""
	}
	h := strings.ToLower(u.Hostname())
	return strings.TrimPrefix(h, "www.")
}

// normalizeNewlines turns CRLF and lone CR into LF.
func normalizeNewlines(s string) string {
	if !strings.Contains(s, "\r") {
		return s
	}
	s = strings.ReplaceAll(s, "\r\n", "\n")
	return strings.ReplaceAll(s, "\r", "\n")
}

// normalizeLang reduces a language tag to its lower-case primary subtag:
// "en-GB" → "en".
func normalizeLang(tag string) string {
	tag = strings.TrimSpace(tag)
	if i := strings.IndexAny(tag, "-_"); i >= 0 {
		tag = tag[:i]
	}
	return strings.ToLower(tag)
}
