package ingest

import (
	"bytes"
	"compress/gzip"
	"errors"
	"fmt"
	"io"
	"path/filepath"
	"strings"
)

// formatJSON is a .json file: one JSON object, an array of objects, or a
// sequence of objects, any of them spread over several lines.
const formatJSON = "json"

// sniffLen is how many leading bytes format detection looks at.
const sniffLen = 1024

// extFormats maps lower-case file extensions to formats.
var extFormats = map[string]string{
	".txt":    FormatText,
	".text":   FormatText,
	".md":     FormatText,
	".jsonl":  FormatJSONL,
	".ndjson": FormatJSONL,
	".json":   formatJSON,
	".html":   FormatHTML,
	".htm":    FormatHTML,
	".xhtml":  FormatHTML,
	".xml":    FormatFeed,
	".rss":    FormatFeed,
	".atom":   FormatFeed,
	".warc":   FormatWARC,
}

// binaryMagic names the file types refused by their first bytes.
var binaryMagic = []struct {
	magic string
	kind  string
}{
	{"\x89PNG\r\n\x1a\n", "PNG image"},
	{"\xff\xd8\xff", "JPEG image"},
	{"GIF87a", "GIF image"},
	{"GIF89a", "GIF image"},
	{"%PDF-", "PDF document"},
	{"PK\x03\x04", "zip archive"},
	{"\x7fELF", "ELF executable"},
	{"MZ", "Windows executable"},
	{"BZh", "bzip2 archive"},
	{"\xfd7zXZ\x00", "xz archive"},
	{"\x28\xb5\x2f\xfd", "zstd archive"},
	{"7z\xbc\xaf\x27\x1c", "7z archive"},
}

// Detect returns the format of an input named name whose content begins with
// head: from the extension (.txt .md → text, .jsonl .ndjson .json → jsonl,
// .html .htm → html, .xml .rss .atom → feed, .warc → warc; a trailing .gz is
// ignored) and else from the content. It returns an error wrapping ErrBinary
// for an image, archive or executable.
func Detect(name string, head []byte) (string, error) {
	if isGzip(head) {
		return "", fmt.Errorf("gzip-compressed: decompress before detection")
	}
	lower := strings.ToLower(name)
	lower = strings.TrimSuffix(lower, ".gz")
	f, err := detect(lower, head)
	return publicFormat(f), err
}

func detect(name string, head []byte) (string, error) {
	for _, m := range binaryMagic {
		if bytes.HasPrefix(head, []byte(m.magic)) && (m.magic != "MZ" || bytes.IndexByte(head, 0) >= 0) {
			return "", fmt.Errorf("%w (%s)", ErrBinary, m.kind)
		}
	}
	if f, ok := extFormats[strings.ToLower(filepath.Ext(name))]; ok {
		return f, nil
	}
	return sniff(head), nil
}

// Detect's exported form reports a .json file as jsonl.
func publicFormat(f string) string {
	if f == formatJSON {
		return FormatJSONL
	}
	return f
}

// sniff guesses the format from the first bytes of the content.
func sniff(head []byte) string {
	b := bytes.TrimPrefix(head, utf8BOM)
	b = bytes.TrimLeft(b, " \t\r\n")
	if bytes.HasPrefix(b, []byte("WARC/1.")) {
		return FormatWARC
	}
	if len(b) > 0 && (b[0] == '{' || b[0] == '[') {
		return FormatJSONL
	}
	if len(b) == 0 || b[0] != '<' {
		return FormatText
	}
	lower := bytes.ToLower(b)
	// Skip an XML declaration, comments and processing instructions.
	for {
		switch {
		case bytes.HasPrefix(lower, []byte("<?")):
			i := bytes.Index(lower, []byte("?>"))
			if i < 0 {
				return FormatText
			}
			lower = bytes.TrimLeft(lower[i+2:], " \t\r\n")
			continue
		case bytes.HasPrefix(lower, []byte("<!--")):
			i := bytes.Index(lower, []byte("-->"))
			if i < 0 {
				return FormatHTML
			}
			lower = bytes.TrimLeft(lower[i+3:], " \t\r\n")
			continue
		}
		break
	}
	for _, p := range []string{"<rss", "<feed", "<rdf:rdf"} {
		if bytes.HasPrefix(lower, []byte(p)) {
			return FormatFeed
		}
	}
	for _, p := range []string{"<!doctype html", "<html", "<head", "<body", "<meta", "<title", "<article", "<div", "<p>"} {
		if bytes.HasPrefix(lower, []byte(p)) {
			return FormatHTML
		}
	}
	return FormatText
}

var utf8BOM = []byte{0xef, 0xbb, 0xbf}

func hasUTF16BOM(head []byte) bool {
	return bytes.HasPrefix(head, []byte{0xff, 0xfe}) || bytes.HasPrefix(head, []byte{0xfe, 0xff})
}

func isGzip(head []byte) bool { return len(head) >= 2 && head[0] == 0x1f && head[1] == 0x8b }

// gzipReader decompresses a (possibly multi-member) gzip stream and says
// "truncated or corrupt gzip data" when it fails.
type gzipReader struct{ z *gzip.Reader }

func newGzipReader(r io.Reader) (*gzipReader, error) {
	z, err := gzip.NewReader(r)
	if err != nil {
		return nil, fmt.Errorf("gzip: %w", err)
	}
	return &gzipReader{z}, nil
}

func (g *gzipReader) Read(p []byte) (int, error) {
	n, err := g.z.Read(p)
	if err != nil && err != io.EOF {
		if errors.Is(err, io.ErrUnexpectedEOF) {
			err = fmt.Errorf("truncated gzip data: %w", err)
		} else {
			err = fmt.Errorf("corrupt gzip data: %w", err)
		}
	}
	return n, err
}

func (g *gzipReader) Close() error { return g.z.Close() }
