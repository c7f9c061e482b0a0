// Package clean turns scraped article text into the canonical text that all
// of petrel's byte offsets refer to (doc.Doc.Text).
//
// Clean normalises the text to Unicode NFC, turns CRLF and CR into LF, drops
// stray markup that scrapers leave behind (HTML tags and comments, character
// entities, markdown images and links, [caption]-style shortcodes, dangling
// image-link tails such as ".jpeg)" at a line's start or end), removes
// zero-width characters and soft hyphens, collapses runs of spaces and tabs,
// trims every line and keeps at most one blank line between paragraphs.
// Quotes, dashes and every word of the text are left as they are.
package clean

import (
	"bufio"
	_ "embed"
	"encoding/binary"
	"fmt"
	"html"
	"strings"
	"sync"
	"unicode/utf8"
	"unsafe"

	"golang.org/x/text/unicode/norm"
)

//go:embed data/html-tags.txt
var htmlTagsFile string

// htmlTagsName is the name of the embedded tag list in error messages.
const htmlTagsName = "data/html-tags.txt"

// Cleaner cleans scraped text. It is immutable after New and safe for
// concurrent use.
type Cleaner struct {
	// tags maps a lower-case HTML element name to true when the element
	// is a block (its tag becomes a line break).
	tags map[string]bool
}

// New returns a Cleaner with the embedded HTML tag list. It panics if the
// embedded list is malformed, which Lint reports and the tests rule out.
func New() *Cleaner {
	tags, errs := parseTags(htmlTagsName, htmlTagsFile)
	if len(errs) > 0 {
		panic(fmt.Sprintf("clean: embedded data: %v", errs[0]))
	}
	return &Cleaner{tags: tags}
}

// Lint checks the embedded data files and returns one error per malformed
// line, each prefixed with file:line.
func Lint() []error {
	_, errs := parseTags(htmlTagsName, htmlTagsFile)
	return errs
}

// parseTags reads a tag list: one lower-case element name a line, optionally
// followed by the word "block"; '#' starts a comment line.
func parseTags(name, data string) (map[string]bool, []error) {
	tags := make(map[string]bool)
	var errs []error
	sc := bufio.NewScanner(strings.NewReader(data))
	for n := 1; sc.Scan(); n++ {
		line := strings.TrimSpace(sc.Text())
		if line == "" || line[0] == '#' {
			continue
		}
		f := strings.Fields(line)
		bad := len(f) > 2 || (len(f) == 2 && f[1] != "block")
		for i := 0; i < len(f[0]) && !bad; i++ {
			c := f[0][i]
			bad = !(c >= 'a' && c <= 'z' || c >= '0' && c <= '9' && i > 0)
		}
		if bad {
			errs = append(errs, fmt.Errorf("%s:%d: want a lower-case element name and optionally \"block\", got %q", name, n, line))
			continue
		}
		if _, dup := tags[f[0]]; dup {
			errs = append(errs, fmt.Errorf("%s:%d: duplicate element %q", name, n, f[0]))
			continue
		}
		tags[f[0]] = len(f) == 2
	}
	return tags, errs
}

// defaultCleaner is the Cleaner behind the package-level Clean; it is built
// once from immutable embedded data.
var defaultCleaner = sync.OnceValue(New)

// Clean cleans s with the default Cleaner; see Cleaner.Clean.
func Clean(s string) string { return defaultCleaner().Clean(s) }

// Clean returns the cleaned text of s (see the package documentation). The
// result never ends with white space and never starts with a blank line.
func (c *Cleaner) Clean(s string) string {
	if i := firstNonASCII(s); i < len(s) && !norm.NFC.IsNormalString(s[max(i-1, 0):]) {
		// ASCII is NFC, and an ASCII byte is a starter that nothing before it
		// composes with, so the check may begin just before the first
		// non-ASCII byte.
		s = norm.NFC.String(s)
	}
	if strings.IndexByte(s, '\r') >= 0 {
		s = strings.ReplaceAll(s, "\r\n", "\n")
		s = strings.ReplaceAll(s, "\r", "\n")
	}
	if strings.Contains(s, "\u2028") || strings.Contains(s, "\u2029") {
		s = strings.NewReplacer("\u2028", "\n", "\u2029", "\n").Replace(s)
	}
	if strings.IndexByte(s, '<') >= 0 || strings.IndexByte(s, '&') >= 0 || strings.IndexByte(s, '[') >= 0 {
		s = c.markup(s)
	}
	return lines(s)
}

// firstNonASCII returns the index of the first byte of s above 0x7F, or
// len(s).
func firstNonASCII(s string) int {
	i := 0
	for ; i+8 <= len(s); i += 8 {
		if binary.LittleEndian.Uint64([]byte(s[i:i+8]))&0x8080808080808080 != 0 {
			break
		}
	}
	for ; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			return i
		}
	}
	return i
}

// markup removes HTML tags and comments, decodes character entities, drops
// markdown images and shortcode tags, and reduces markdown links to their
// text.
func (c *Cleaner) markup(s string) string {
	b := make([]byte, 0, len(s))
	skipFrom, skipTo := -1, -1   // the "](url)" tail of a link whose text is being copied
	closers := map[string]bool{} // shortcode name → whether s holds its closing tag
	for i := 0; i < len(s); {
		if skipFrom >= 0 && i >= skipFrom {
			if i == skipFrom {
				i = skipTo
			}
			skipFrom = -1
			continue
		}
		ch := s[i]
		switch ch {
		case '<':
			if n, block := c.tagLen(s[i:]); n > 0 {
				if block && len(b) > 0 && b[len(b)-1] != '\n' {
					b = append(b, '\n')
				}
				i += n
				continue
			}
		case '&':
			if n, rep := entity(s[i:]); n > 0 {
				b = append(b, rep...)
				i += n
				continue
			}
		case '!':
			if n := imageLen(s[i:]); n > 0 {
				i += n
				continue
			}
		case '[':
			if n := shortcodeLen(s[i:], s, closers); n > 0 {
				i += n
				continue
			}
			if close, end := linkParts(s[i:]); close > 0 && skipFrom < 0 {
				skipFrom, skipTo = i+close, i+end
				i++
				continue
			}
		}
		// Copy up to the next byte where markup may start, in one step.
		limit := len(s)
		if skipFrom > i {
			limit = skipFrom
		}
		j := i + 1
		for j < limit && !markupStart[s[j]] {
			j++
		}
		b = append(b, s[i:j]...)
		i = j
	}
	return ownString(b)
}

// markupStart marks the bytes where Cleaner.markup may find something to
// remove.
var markupStart = [256]bool{'<': true, '&': true, '!': true, '[': true}

// tagLen returns the length of the HTML tag or comment at the start of t,
// and whether it breaks the line; 0 when t does not start with a known tag.
func (c *Cleaner) tagLen(t string) (n int, block bool) {
	if strings.HasPrefix(t, "<!--") {
		if end := strings.Index(t, "-->"); end >= 0 {
			return end + 3, false
		}
		return 0, false
	}
	j := 1
	if j < len(t) && t[j] == '/' {
		j++
	}
	k := j
	for k < len(t) && k-j < 16 && isASCIIAlnum(t[k]) {
		k++
	}
	if k == j || k >= len(t) || !isASCIILetter(t[j]) {
		return 0, false
	}
	var buf [16]byte
	name := buf[:0]
	for _, ch := range []byte(t[j:k]) {
		name = append(name, ch|0x20)
	}
	block, ok := c.tags[string(name)]
	if !ok {
		return 0, false
	}
	switch t[k] {
	case '>':
		return k + 1, block
	case ' ', '\t', '\n', '/':
	default:
		return 0, false
	}
	for m := k; m < len(t) && m < k+2048; m++ {
		switch t[m] {
		case '>':
			// Attributes must look like attributes (name=value), so
			// that "a <b and c> d" stays text.
			if attrs := strings.Trim(t[k:m], " \t\n/"); attrs != "" && strings.IndexByte(attrs, '=') < 0 {
				return 0, false
			}
			return m + 1, block
		case '<':
			return 0, false
		}
	}
	return 0, false
}

// entity returns the length of the character reference at the start of t
// and its decoded text; 0 when t does not start with a known reference.
func entity(t string) (int, string) {
	end := -1
	for k := 1; k < len(t) && k <= 12; k++ {
		ch := t[k]
		if ch == ';' {
			end = k
			break
		}
		if !isASCIIAlnum(ch) && !(k == 1 && ch == '#') {
			return 0, ""
		}
	}
	if end < 2 {
		return 0, ""
	}
	ref := t[:end+1]
	dec := html.UnescapeString(ref)
	if dec == ref {
		return 0, ""
	}
	return len(ref), dec
}

// maxMarkup bounds how far a markdown or shortcode construct may reach, so
// that text full of brackets is still cleaned in linear time.
const maxMarkup = 2048

// lineEnd returns the index of the first newline in t, or len(t), looking
// at most maxMarkup bytes ahead.
func lineEnd(t string) int {
	t = t[:min(len(t), maxMarkup)]
	if i := strings.IndexByte(t, '\n'); i >= 0 {
		return i
	}
	return len(t)
}

// imageLen returns the length of the markdown image "![alt](url)" at the
// start of t. An image cut off by the end of the line ("![alt](http://x",
// "![alt") is removed up to the line's end. It returns 0 when t does not
// start with an image.
func imageLen(t string) int {
	if len(t) < 2 || t[1] != '[' {
		return 0
	}
	eol := lineEnd(t)
	line := t[:eol]
	close := bracketEnd(t[1:]) + 1
	if close < 1 {
		if strings.IndexByte(line, ']') >= 0 || eol > 300 {
			return 0 // nested, or too long for a cut-off alt text: leave as text
		}
		return eol
	}
	if close+1 >= len(line) || line[close+1] != '(' {
		return 0
	}
	if paren := strings.IndexByte(line[close:], ')'); paren >= 0 {
		return close + paren + 1
	}
	return eol
}

// linkParts recognises the markdown link "[text](url)" at the start of t.
// It returns the index of "](" and the index just past the link; close is 0
// when t does not start with a link. A link whose URL is cut off by the end
// of the line ends there.
func linkParts(t string) (close, end int) {
	close = bracketEnd(t)
	if close < 1 || close+2 >= len(t) || t[close+1] != '(' {
		return 0, 0
	}
	u := close + 2
	end = u
	for end < len(t) && end-u < maxMarkup {
		c := t[end]
		if c == ')' || c == '\n' {
			break
		}
		if c == ' ' || c == '\t' || c == '[' || c == ']' || c == '(' {
			return 0, 0
		}
		end++
	}
	url := t[u:end]
	if end < len(t) && t[end] == ')' {
		end++
	}
	if url == "" || !looksLikeURL(url) {
		return 0, 0
	}
	return close, end
}

// bracketEnd returns the index of the ']' that closes the '[' at the start
// of t within one line and 512 bytes, or -1 (also when another '[' comes
// first).
func bracketEnd(t string) int {
	for k := 1; k < len(t) && k < 512; k++ {
		switch t[k] {
		case ']':
			return k
		case '[', '\n':
			return -1
		}
	}
	return -1
}

// looksLikeURL reports whether u looks like the target of a link.
func looksLikeURL(u string) bool {
	return strings.HasPrefix(u, "http://") || strings.HasPrefix(u, "https://") ||
		strings.HasPrefix(u, "www.") || strings.HasPrefix(u, "/") ||
		strings.HasPrefix(u, "#") || strings.HasPrefix(u, "mailto:") ||
		strings.IndexByte(u, '.') > 0
}

// shortcodeLen returns the length of the shortcode tag ("[caption id=..]",
// "[/caption]") at the start of t, or 0. An opening tag counts only when the
// text s also holds its closing tag or the tag carries attributes (name=).
func shortcodeLen(t, s string, closers map[string]bool) int {
	j := 1
	closing := len(t) > 1 && t[1] == '/'
	if closing {
		j++
	}
	k := j
	for k < len(t) && (t[k] >= 'a' && t[k] <= 'z' || t[k] == '_') {
		k++
	}
	if k-j < 2 || k-j > 20 || k >= len(t) || (t[k] != ']' && t[k] != ' ') {
		return 0
	}
	end := bracketEnd(t)
	if end < 0 {
		return 0
	}
	if closing {
		if end != k {
			return 0
		}
		return end + 1
	}
	name := t[j:k]
	if strings.Contains(t[k:end], "=") {
		return end + 1
	}
	has, seen := closers[name]
	if !seen {
		has = strings.Contains(s, "[/"+name+"]")
		closers[name] = has
	}
	if has {
		return end + 1
	}
	return 0
}

// lines cleans white space and invisible characters line by line, removes
// dangling image-link tails at line ends and collapses blank lines.
func lines(s string) string {
	out := make([]byte, 0, len(s))
	started, blank := false, false
	for len(s) > 0 {
		var line string
		if nl := strings.IndexByte(s, '\n'); nl >= 0 {
			line, s = s[:nl], s[nl+1:]
		} else {
			line, s = s, ""
		}
		mark := len(out)
		if started {
			out = append(out, '\n')
			if blank {
				out = append(out, '\n')
			}
		}
		start := len(out)
		out = appendLine(out, line)
		from, to := trimResidue(out[start:])
		if from >= to {
			out = out[:mark]
			blank = started
			continue
		}
		if from > 0 || to < len(out)-start {
			n := copy(out[start:], out[start+from:start+to])
			out = out[:start+n]
		}
		started, blank = true, false
	}
	return ownString(out)
}

// ownString returns b as a string without copying it. The caller must not
// touch b again (strings.Builder relies on the same rule).
func ownString(b []byte) string {
	if len(b) == 0 {
		return ""
	}
	return unsafe.String(&b[0], len(b))
}

// appendLine appends line to out with runs of white space collapsed to one
// space, leading and trailing white space removed, and control, zero-width
// and soft-hyphen characters dropped.
func appendLine(out []byte, line string) []byte {
	start := len(out)
	space := false
	for i := 0; i < len(line); {
		// Copy a run of printable ASCII, with single spaces between words,
		// in one step: most text is nothing else.
		if j := plainRun(line, i); j > i {
			if space && len(out) > start {
				out = append(out, ' ')
			}
			space = false
			out = append(out, line[i:j]...)
			i = j
			continue
		}
		ch := line[i]
		if ch < utf8.RuneSelf {
			i++
			switch {
			case ch == ' ' || ch == '\t' || ch == '\v' || ch == '\f':
				space = true
				continue
			case ch < 0x20 || ch == 0x7f:
				continue
			}
			if space && len(out) > start {
				out = append(out, ' ')
			}
			space = false
			out = append(out, ch)
			continue
		}
		r, size := utf8.DecodeRuneInString(line[i:])
		switch {
		case isInvisible(r):
			i += size
			continue
		case isSpace(r):
			space = true
			i += size
			continue
		}
		if space && len(out) > start {
			out = append(out, ' ')
		}
		space = false
		out = append(out, line[i:i+size]...)
		i += size
	}
	return out
}

// plainRun returns the end of the run of printable ASCII bytes at line[i:],
// taking in single spaces that stand between two such bytes; i if there is
// none.
func plainRun(line string, i int) int {
	j := i
	for j < len(line) {
		c := line[j]
		if c > ' ' && c < 0x7f {
			j++
			continue
		}
		if c == ' ' && j > i && j+1 < len(line) && line[j+1] > ' ' && line[j+1] < 0x7f {
			j += 2
			continue
		}
		break
	}
	return j
}

// isInvisible reports whether r is dropped: zero-width characters, the byte
// order mark, the soft hyphen, C1 controls and the invalid-UTF-8 marker
// produced by decoding stray bytes.
func isInvisible(r rune) bool {
	switch r {
	case 0x00AD, 0x180E, 0x200B, 0x200C, 0x200D, 0x2060, 0xFEFF:
		return true
	}
	return r >= 0x80 && r <= 0x9F
}

// isSpace reports whether r is a non-ASCII space, turned into a plain space.
func isSpace(r rune) bool {
	switch r {
	case 0x00A0, 0x1680, 0x202F, 0x205F, 0x3000:
		return true
	}
	return r >= 0x2000 && r <= 0x200A
}

// trimResidue returns the part [from, to) of a cleaned line that remains
// once a dangling image-link tail is removed from its start and end: a
// "](http://x/y.jpeg)" or ".jpeg)" fragment, as scrapers leave when they cut
// an image link.
func trimResidue(line []byte) (from, to int) {
	to = len(line)
	if strings.IndexByte(string(line), ')') < 0 {
		return 0, to
	}
	sp := strings.IndexByte(string(line), ' ')
	if sp < 0 {
		sp = to
	}
	if sp > 0 && line[sp-1] == ')' && isResidue(string(line[:sp])) {
		from = sp + 1
		if from >= to {
			return to, to
		}
	}
	if line[to-1] != ')' {
		return from, to
	}
	last := strings.LastIndexByte(string(line[from:]), ' ') + 1 + from
	run := string(line[last:to])
	if isResidue(run) {
		cut := last
		if k := strings.Index(run, "]("); k > 0 {
			cut = last + k
		} else if k := urlStart(run); k > 0 {
			cut = last + k
		}
		to = cut
		for to > from && line[to-1] == ' ' {
			to--
		}
	}
	return from, to
}

// isResidue reports whether the white-space-free run is the tail of a cut
// image or link: it ends with an unbalanced ')' and holds "](", starts a URL
// or names an image file.
func isResidue(run string) bool {
	if len(run) < 2 || run[len(run)-1] != ')' {
		return false
	}
	if strings.Contains(run, "](") {
		return true
	}
	if strings.Count(run, "(") >= strings.Count(run, ")") {
		return false
	}
	if urlStart(run) >= 0 {
		return true
	}
	body := strings.TrimRight(run, ")")
	if q := strings.IndexAny(body, "?#"); q >= 0 {
		body = body[:q]
	}
	dot := strings.LastIndexByte(body, '.')
	if dot < 0 {
		return false
	}
	switch strings.ToLower(body[dot+1:]) {
	case "jpg", "jpeg", "png", "gif", "webp", "svg", "bmp", "tif", "tiff", "avif", "heic":
		return true
	}
	return false
}

// urlStart returns the index where a URL starts in run, or -1.
func urlStart(run string) int {
	for _, p := range []string{"http://", "https://", "www."} {
		if k := strings.Index(run, p); k >= 0 {
			return k
		}
	}
	return -1
}

func isASCIILetter(c byte) bool { return c|0x20 >= 'a' && c|0x20 <= 'z' }

func isASCIIAlnum(c byte) bool { return isASCIILetter(c) || c >= '0' && c <= '9' }
