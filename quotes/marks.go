package quotes

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/petrel-events/petrel/doc"
)

// Quotation marks. Single quotation marks (the British style) count only
// in pairs that scanSingles finds outside the double ones: ’ and ' are
// also apostrophes.
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
		r, n := rune(text[i]), 1
		if r >= utf8.RuneSelf {
			r, n = utf8.DecodeRuneInString(text[i:])
		}
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
	return mergeSpans(out, scanSingles(text, out))
}

// scanSingles returns the quotations in single marks of text (' ‘ ’)
// outside the double ones (doubles, in text order): an opening mark
// before a word after white space, closed by a mark after a word or
// punctuation that no letter or digit follows ("don't" is no mark), nor
// a space and a lower-case word after an s ("the drivers' union" is a
// possessive). A single word between single marks, with no punctuation
// before the closing one, is a scare quote or a title, no quotation. A quotation still open at a paragraph end goes on when the
// next paragraph opens with a single mark; otherwise it is dropped, as is
// one that would take in a double mark.
func scanSingles(text string, doubles []doc.Span) []doc.Span {
	var out []doc.Span
	open := -1
	d := 0
	for i := 0; i < len(text); {
		for d < len(doubles) && doubles[d].End <= i {
			d++
		}
		if d < len(doubles) && doubles[d].Start <= i {
			open = -1 // a double quotation drops an open single one
			i = doubles[d].End
			continue
		}
		r, n := rune(text[i]), 1
		if r >= utf8.RuneSelf {
			r, n = utf8.DecodeRuneInString(text[i:])
		}
		switch {
		case r == '\n' && open >= 0:
			j := i
			for j < len(text) && (text[j] == '\n' || text[j] == ' ' || text[j] == '\t') {
				j++
			}
			next, m := utf8.DecodeRuneInString(text[min(j, len(text)):])
			if j < len(text) && (next == '\'' || next == '‘') {
				i = j + m
				continue
			}
			open = -1
		case (r == '\'' || r == '‘') && opensWord(text, i, n):
			// A mark before a word while one is open: the open one was
			// an apostrophe ("the so-called 'experts' were … 'plan'").
			open = i
		case (r == '\'' || r == '’') && open >= 0 && singleCloses(text, i, n):
			in := text[open:i]
			if strings.ContainsAny(in, " \n") || strings.ContainsAny(in[len(in)-1:], ".,!?") {
				out = append(out, doc.Span{Start: open, End: i + n})
			}
			open = -1
		}
		i += n
	}
	return out
}

// singleCloses reports whether the single mark at [i, i+n) can close a
// quotation: after a word or punctuation, before no letter or digit, and
// not the apostrophe of a plural possessive ("the drivers' union").
func singleCloses(text string, i, n int) bool {
	if i == 0 {
		return false
	}
	prev, _ := utf8.DecodeLastRuneInString(text[:i])
	if unicode.IsSpace(prev) || prev == '(' {
		return false
	}
	if i+n >= len(text) {
		return true
	}
	next, _ := utf8.DecodeRuneInString(text[i+n:])
	if unicode.IsLetter(next) || unicode.IsDigit(next) {
		return false
	}
	if (prev == 's' || prev == 'S') && next == ' ' && i+n+1 < len(text) {
		after, _ := utf8.DecodeRuneInString(text[i+n+1:])
		if unicode.IsLower(after) || unicode.IsDigit(after) {
			return false
		}
	}
	return true
}

// mergeSpans merges two lists of spans in text order.
func mergeSpans(a, b []doc.Span) []doc.Span {
	if len(b) == 0 {
		return a
	}
	out := make([]doc.Span, 0, len(a)+len(b))
	for len(a) > 0 || len(b) > 0 {
		if len(b) == 0 || len(a) > 0 && a[0].Start < b[0].Start {
			out, a = append(out, a[0]), a[1:]
		} else {
			out, b = append(out, b[0]), b[1:]
		}
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
