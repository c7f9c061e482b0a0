package ingest

import (
	"bytes"
	"fmt"
	"io"
	"unicode/utf8"

	"golang.org/x/text/encoding"
	"golang.org/x/text/encoding/charmap"
	"golang.org/x/text/encoding/unicode"

	"github.com/petrel-events/petrel/doc"
)

// readText reads one plain-text document.
func (rs *readState) readText(name string, r io.Reader) error {
	b, err := rs.readScratch(r, rs.r.maxDoc()) // DecodeText copies
	if err != nil {
		rs.fail(name, err)
		return nil
	}
	text, err := DecodeText(b)
	if err != nil {
		rs.fail(name, err)
		return nil
	}
	d := &doc.Doc{Text: text, Origin: name}
	if err := rs.send(d); err != nil {
		return rs.recordErr(name, 0, "", err)
	}
	return nil
}

// recordErr reports a per-document error and passes a *stopError on.
func (rs *readState) recordErr(name string, line int, record string, err error) error {
	if err == nil {
		return nil
	}
	if _, ok := err.(*stopError); ok {
		return err
	}
	rs.report(&InputError{Path: name, Line: line, Record: record, Err: err})
	return nil
}

// DecodeText returns b as UTF-8 text. A UTF-8 byte order mark is removed.
// UTF-16 with a byte order mark, and UTF-16 without one whose every other
// byte is NUL, is converted. Text that is not valid UTF-8 is converted from
// Windows-1252 (a superset of Latin-1's printable characters) when it looks
// like it: no control characters, no bytes Windows-1252 leaves undefined, no
// valid multi-byte UTF-8 sequence, and few bytes above 0x7F. Anything else
// is refused: NUL bytes (ErrBinary), damaged UTF-8 and other encodings
// (ErrEncoding), with the line and byte offset of the first bad byte.
func DecodeText(b []byte) (string, error) {
	switch {
	case bytes.HasPrefix(b, utf8BOM):
		b = b[len(utf8BOM):]
		if err := checkUTF8(b); err != nil {
			return "", err
		}
		return string(b), nil
	case bytes.HasPrefix(b, []byte{0xff, 0xfe}):
		return decodeWith(unicode.UTF16(unicode.LittleEndian, unicode.ExpectBOM), b, "UTF-16LE")
	case bytes.HasPrefix(b, []byte{0xfe, 0xff}):
		return decodeWith(unicode.UTF16(unicode.BigEndian, unicode.ExpectBOM), b, "UTF-16BE")
	}
	if i := bytes.IndexByte(b, 0); i >= 0 {
		switch utf16Guess(b) {
		case 'l':
			return decodeWith(unicode.UTF16(unicode.LittleEndian, unicode.IgnoreBOM), b, "UTF-16LE")
		case 'b':
			return decodeWith(unicode.UTF16(unicode.BigEndian, unicode.IgnoreBOM), b, "UTF-16BE")
		}
		return "", fmt.Errorf("%w: NUL byte at %s", ErrBinary, position(b, i))
	}
	if utf8.Valid(b) {
		return string(b), nil
	}
	if looksWindows1252(b) {
		return decodeWith(charmap.Windows1252, b, "Windows-1252")
	}
	return "", checkUTF8(b)
}

// checkUTF8 returns an ErrEncoding error naming the first invalid byte.
func checkUTF8(b []byte) error {
	for i := 0; i < len(b); {
		r, n := utf8.DecodeRune(b[i:])
		if r == utf8.RuneError && n <= 1 {
			return fmt.Errorf("%w: invalid UTF-8 (byte 0x%02x) at %s and not Windows-1252 or UTF-16 either", ErrEncoding, b[i], position(b, i))
		}
		i += n
	}
	return nil
}

// position describes byte offset i in b as "line L, byte I".
func position(b []byte, i int) string {
	return fmt.Sprintf("line %d, byte %d", bytes.Count(b[:i], []byte{'\n'})+1, i)
}

func decodeWith(enc encoding.Encoding, b []byte, name string) (string, error) {
	out, err := enc.NewDecoder().Bytes(b)
	if err != nil {
		return "", fmt.Errorf("%w: cannot decode as %s: %w", ErrEncoding, name, err)
	}
	if i := bytes.IndexByte(out, 0); i >= 0 {
		return "", fmt.Errorf("%w: NUL character in %s text at %s", ErrBinary, name, position(out, i))
	}
	return string(out), nil
}

// utf16Guess returns 'l' or 'b' when b looks like BOM-less UTF-16 text in
// the Latin range (little or big endian), else 0.
func utf16Guess(b []byte) byte {
	n := min(len(b), 4096) &^ 1
	if n < 4 {
		return 0
	}
	var evenNUL, oddNUL int
	for i := 0; i < n; i += 2 {
		if b[i] == 0 {
			evenNUL++
		}
		if b[i+1] == 0 {
			oddNUL++
		}
	}
	half := n / 2
	switch {
	case oddNUL*10 >= half*9 && evenNUL == 0:
		return 'l'
	case evenNUL*10 >= half*9 && oddNUL == 0:
		return 'b'
	}
	return 0
}

// looksWindows1252 reports whether b, which is not valid UTF-8, is
// plausibly Windows-1252 or Latin-1 text.
func looksWindows1252(b []byte) bool {
	high := 0
	for i := 0; i < len(b); i++ {
		c := b[i]
		switch {
		case c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f':
			return false
		case c == 0x7f, c == 0x81, c == 0x8d, c == 0x8f, c == 0x90, c == 0x9d:
			return false
		case c >= 0x80:
			high++
			// A valid multi-byte UTF-8 sequence means damaged UTF-8,
			// not a single-byte encoding.
			if r, n := utf8.DecodeRune(b[i:]); r != utf8.RuneError && n > 1 {
				return false
			}
		}
	}
	return high*5 <= len(b) // at most 20% non-ASCII bytes
}
