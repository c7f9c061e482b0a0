package model

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/petrel-events/petrel/doc"
)

// SimpleSegment fills d.Sentences and d.Tokens (with Head -1). It is a
// simple stand-in for the tokenizer of package nlp/tokenize, used until
// that package is available: words split at white space, leading
// and trailing punctuation and English clitics; sentences end after . ! ?
// before an upper-case letter, a quote or a line break, and at blank lines.
func SimpleSegment(d *doc.Doc) {
	text := d.Text
	d.Sentences, d.Tokens = nil, nil
	add := func(start, end int) {
		d.Tokens = append(d.Tokens, doc.Token{Span: doc.Span{Start: start, End: end}, Text: text[start:end], Head: -1,
			Sentence: len(d.Sentences), SpaceAfter: end < len(text) && unicode.IsSpace(rune(text[end]))})
	}
	sentStart := 0
	closeSentence := func() {
		if len(d.Tokens) > sentStart {
			first, last := d.Tokens[sentStart], d.Tokens[len(d.Tokens)-1]
			d.Sentences = append(d.Sentences, doc.Sentence{Span: doc.Span{Start: first.Start, End: last.End},
				TokenStart: sentStart, TokenEnd: len(d.Tokens)})
			sentStart = len(d.Tokens)
		}
	}
	i := 0
	for i < len(text) {
		r, sz := utf8.DecodeRuneInString(text[i:])
		if unicode.IsSpace(r) {
			if r == '\n' && strings.HasPrefix(strings.TrimLeft(text[i+1:], " \t\r"), "\n") {
				closeSentence()
			}
			i += sz
			continue
		}
		j := i
		for j < len(text) {
			r, sz := utf8.DecodeRuneInString(text[j:])
			if unicode.IsSpace(r) {
				break
			}
			j += sz
		}
		splitWord(text, i, j, add)
		// Sentence end: the chunk ends in . ! ? (maybe followed by quotes
		// or brackets) and the next chunk starts with an upper-case letter,
		// a digit or an opening quote.
		chunk := strings.TrimRight(text[i:j], "\"'”’)]")
		if strings.HasSuffix(chunk, ".") || strings.HasSuffix(chunk, "!") || strings.HasSuffix(chunk, "?") {
			rest := strings.TrimLeft(text[j:], " \t\r\n")
			nr, _ := utf8.DecodeRuneInString(rest)
			if rest == "" || unicode.IsUpper(nr) || unicode.IsDigit(nr) || strings.ContainsRune("\"“‘'(", nr) {
				if !isAbbreviation(chunk) {
					closeSentence()
				}
			}
		}
		i = j
	}
	closeSentence()
}

func isAbbreviation(chunk string) bool {
	w := strings.ToLower(chunk)
	switch w {
	case "mr.", "mrs.", "ms.", "dr.", "prof.", "gen.", "sen.", "rep.", "gov.", "lt.", "col.", "sgt.", "st.", "jr.", "sr.", "u.s.", "u.k.", "u.n.", "e.g.", "i.e.", "vs.", "no.", "jan.", "feb.", "aug.", "sept.", "oct.", "nov.", "dec.":
		return true
	}
	return len(w) == 2 && unicode.IsLetter(rune(w[0]))
}

// splitWord splits the white-space-free chunk text[i:j] into tokens.
func splitWord(text string, i, j int, add func(start, end int)) {
	// Leading punctuation.
	for i < j {
		r, sz := utf8.DecodeRuneInString(text[i:j])
		if !isPunct(r) || r == '-' && i+sz < j && unicode.IsDigit(rune(text[i+sz])) {
			break
		}
		add(i, i+sz)
		i += sz
	}
	// Trailing punctuation, collected from the right.
	var tail [][2]int
	for j > i {
		r, sz := utf8.DecodeLastRuneInString(text[i:j])
		if !isPunct(r) {
			break
		}
		if r == '.' && strings.Count(text[i:j], ".") > 1 && j-sz > i && unicode.IsLetter(rune(text[j-sz-1])) {
			break // U.S.
		}
		tail = append(tail, [2]int{j - sz, j})
		j -= sz
	}
	if i < j {
		w := text[i:j]
		lw := strings.ToLower(w)
		split := -1
		for _, c := range []string{"n't", "n’t", "'s", "’s", "'re", "’re", "'ve", "’ve", "'ll", "’ll", "'d", "’d", "'m", "’m"} {
			if strings.HasSuffix(lw, c) && len(lw) > len(c) {
				split = len(w) - len(c)
				break
			}
		}
		if split > 0 {
			add(i, i+split)
			add(i+split, j)
		} else {
			add(i, j)
		}
	}
	for k := len(tail) - 1; k >= 0; k-- {
		add(tail[k][0], tail[k][1])
	}
}

func isPunct(r rune) bool {
	return unicode.IsPunct(r) || unicode.IsSymbol(r)
}
