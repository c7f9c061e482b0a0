package quotes

import (
	"unicode"
	"unicode/utf8"

	"github.com/petrel-events/petrel/doc"
)

// Quotation marks. Single quotation marks are left alone: in news they
// mostly mark titles and scare quotes, and ’ is also the apostrophe.
const (
	leftDouble  = '“'
	rightDouble = '”'
	lowDouble   = '„'
	leftGuill   = '«'
	rightGuill  = '»'
	straight    = '"'
)

// isQuoteMark reports whether s is a double quotation mark.
func isQuoteMark(s string) bool {
	if s == "''" {
		return true
	}
	r, n := utf8.DecodeRuneInString(s)
	if n != len(s) {
		return false
	}
	switch r {
	case leftDouble, rightDouble, lowDouble, leftGuill, rightGuill, straight:
		return true
	}
	return false
}

// scanQuotes returns the spans of the quotations in text, each from its
// opening mark to its closing mark inclusive. A quotation that is still
// open at the end of a paragraph continues when the next paragraph starts
// with an opening mark (the convention for quotes that run over several
// paragraphs); otherwise it ends with its paragraph. Quotations do not
// nest: an opening mark inside an open quotation is ignored.
func scanQuotes(text string) []doc.Span {
	var out []doc.Span
	open := -1    // byte offset of the opening mark, or -1
	lastText := 0 // end of the last non-space rune seen
	for i := 0; i < len(text); {
		r, n := utf8.DecodeRuneInString(text[i:])
		switch {
		case r == '\n':
			if open >= 0 && !continuesQuote(text, i) {
				// An unclosed quotation ends with its paragraph.
				if lastText > open+1 {
					out = append(out, doc.Span{Start: open, End: lastText})
				}
				open = -1
			}
			if open >= 0 {
				// Skip to the re-opening mark of the next paragraph.
				j := i
				for j < len(text) && (text[j] == '\n' || text[j] == ' ' || text[j] == '\t') {
					j++
				}
				_, m := utf8.DecodeRuneInString(text[j:])
				i = j + m
				continue
			}
		case r == leftDouble || r == lowDouble || r == leftGuill:
			if open < 0 {
				open = i
			} else if !opensWord(text, i, n) {
				// A left mark used as a closing one: “…“.
				out = append(out, doc.Span{Start: open, End: i + n})
				open = -1
			}
		case r == rightDouble || r == rightGuill:
			if open >= 0 {
				out = append(out, doc.Span{Start: open, End: i + n})
				open = -1
			} else if opensWord(text, i, n) {
				// A right mark used as an opening one.
				open = i
			}
		case r == '\'' && i+1 < len(text) && text[i+1] == '\'':
			// Two apostrophes stand for a straight quotation mark.
			n = 2
			switch {
			case open < 0 && !closesWord(text, i+1):
				open = i
			case open >= 0:
				if i+2 < len(text) && text[i+2] == '\'' {
					n = 3 // a third apostrophe closes a nested quotation
				}
				out = append(out, doc.Span{Start: open, End: i + n})
				open = -1
			}
		case r == straight:
			switch {
			case open < 0 && !closesWord(text, i):
				open = i
			case open >= 0:
				out = append(out, doc.Span{Start: open, End: i + n})
				open = -1
			}
		}
		if !unicode.IsSpace(r) {
			lastText = i + n
		}
		i += n
	}
	if open >= 0 && lastText > open+1 {
		out = append(out, doc.Span{Start: open, End: lastText})
	}
	return out
}

// continuesQuote reports whether the paragraph after the newline at i
// starts with an opening quotation mark.
func continuesQuote(text string, i int) bool {
	j := i
	for j < len(text) && (text[j] == '\n' || text[j] == ' ' || text[j] == '\t') {
		j++
	}
	if j >= len(text) {
		return false
	}
	r, _ := utf8.DecodeRuneInString(text[j:])
	return r == leftDouble || r == lowDouble || r == leftGuill || r == straight
}

// opensWord reports whether the mark at [i, i+n) stands before a word
// after white space: a mark that opens a quotation.
func opensWord(text string, i, n int) bool {
	if i+n >= len(text) {
		return false
	}
	next, _ := utf8.DecodeRuneInString(text[i+n:])
	if !unicode.IsLetter(next) && !unicode.IsDigit(next) {
		return false
	}
	if i == 0 {
		return true
	}
	prev, _ := utf8.DecodeLastRuneInString(text[:i])
	return unicode.IsSpace(prev) || prev == '(' || prev == '—'
}

// closesWord reports whether the straight mark at i follows a word or
// punctuation and precedes white space: a closing mark with no opening one.
func closesWord(text string, i int) bool {
	if i == 0 {
		return false
	}
	prev, _ := utf8.DecodeLastRuneInString(text[:i])
	if unicode.IsSpace(prev) || prev == '(' {
		return false
	}
	if i+1 >= len(text) {
		return true
	}
	next, _ := utf8.DecodeRuneInString(text[i+1:])
	return unicode.IsSpace(next) || unicode.IsPunct(next)
}
