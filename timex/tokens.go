package timex

// kind is the kind of a token.
type kind uint8

const (
	kWord  kind = iota + 1 // ASCII letters
	kNum                   // a digit, then digits and inner . , : / - before a digit, then letters ("5th", "1990s", "10:30", "2025-09-05")
	kPunct                 // one ASCII punctuation byte, or a run of non-ASCII bytes
)

// letter case of a word token
const (
	caseLower uint8 = iota // "may", "mAy"
	caseTitle              // "May"
	caseUpper              // "MAY"
)

// token is a span of the text. Tokens are small and made in one pass over
// the raw text; the grammar works on them.
type token struct {
	start, end int32
	kind       kind
	wcase      uint8
	nlBefore   bool  // a line break precedes the token
	lex        int16 // index in Recognizer.heads of the word's lexicon entries, 0 if none
	present    bool  // the tagger tagged the word a present-tense verb (VBZ, VBP)
}

// tokenize splits text into tokens, looking every short word up in lex.
func (r *Recognizer) tokenize(text string, toks []token) []token {
	var buf [maxWordLen]byte
	nl := false
	n := len(text)
	for i := 0; i < n; {
		c := text[i]
		switch {
		case c == ' ' || c == '\t' || c == '\r':
			i++
		case c == '\n':
			nl = true
			i++
		case isLetter(c):
			j := i
			upper := 0
			for j < n && isLetter(text[j]) {
				if text[j] <= 'Z' {
					upper++
				}
				j++
			}
			t := token{start: int32(i), end: int32(j), kind: kWord, nlBefore: nl}
			switch {
			case upper == 0:
				t.wcase = caseLower
			case upper == j-i && j-i > 1:
				t.wcase = caseUpper
			case text[i] <= 'Z' && upper == 1:
				t.wcase = caseTitle
			default:
				t.wcase = caseLower
				if text[i] <= 'Z' {
					t.wcase = caseTitle
				}
			}
			if j-i <= maxWordLen && r.filter[filterIndex(text[i], text[j-1], j-i)] {
				w := buf[:j-i]
				for k := range w {
					b := text[i+k]
					if b <= 'Z' {
						b += 'a' - 'A'
					}
					w[k] = b
				}
				t.lex = r.index[string(w)]
			}
			toks = append(toks, t)
			nl = false
			i = j
		case isDigit(c):
			j := i + 1
			for j < n {
				b := text[j]
				if isDigit(b) {
					j++
					continue
				}
				if (b == '.' || b == ',' || b == ':' || b == '/' || b == '-') && j+1 < n && isDigit(text[j+1]) {
					j += 2
					continue
				}
				break
			}
			for j < n && isLetter(text[j]) {
				j++
			}
			toks = append(toks, token{start: int32(i), end: int32(j), kind: kNum, nlBefore: nl})
			nl = false
			i = j
		case c < 0x80:
			toks = append(toks, token{start: int32(i), end: int32(i + 1), kind: kPunct, nlBefore: nl})
			nl = false
			i++
		default:
			j := i + 1
			for j < n && text[j] >= 0x80 {
				j++
			}
			toks = append(toks, token{start: int32(i), end: int32(j), kind: kPunct, nlBefore: nl})
			nl = false
			i = j
		}
	}
	return toks
}

func isLetter(c byte) bool { return c|0x20 >= 'a' && c|0x20 <= 'z' }
func isDigit(c byte) bool  { return c >= '0' && c <= '9' }

// filterSize is the size of Recognizer.filter.
const filterSize = 32 * 32 * (maxWordLen + 1)

// filterIndex maps a word's first and last letters (either case) and its
// length to a slot of Recognizer.filter, a cheap test before the map.
func filterIndex(first, last byte, n int) int {
	return (int(first&0x1f)*32+int(last&0x1f))*(maxWordLen+1) + n
}
