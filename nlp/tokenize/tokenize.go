// Package tokenize splits cleaned news text into sentences and tokens that
// follow the Universal Dependencies English EWT conventions, the input the
// dependency parser was trained on.
//
// It is a hand-written single-pass scanner. Punctuation is split off;
// clitics are split as EWT does (don't → do n't, Russia’s → Russia ’s);
// hyphenated compounds are split except after a listed prefix
// (15-year → 15 - year, but e-mail, post-war); numbers, times, dates, URLs,
// e-mail addresses, @handles and #hashtags stay whole; abbreviations keep
// their period. Words that EWT analyses as several words (cannot, gonna)
// become several tokens whose spans each cover part of the written word.
// Every token's Text is Doc.Text[Start:End].
//
// The word lists (abbreviations, titles, sentence starters, multiword
// tokens, hyphen prefixes) are embedded text files in data/; see
// docs/tokenize.md.
package tokenize

import (
	"errors"
	"fmt"
	"io/fs"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/petrel-events/petrel/doc"
)

// Tokenizer splits text into sentences and tokens. It is immutable after
// construction and safe for concurrent use.
type Tokenizer struct {
	lx *lexicon
	// scanners recycles scan buffers between calls.
	scanners sync.Pool
}

// New returns a Tokenizer with the embedded word lists. It panics if they
// are malformed, which Lint reports and the tests rule out.
func New() *Tokenizer {
	t, err := NewFromFS(dataFS)
	if err != nil {
		panic(err)
	}
	return t
}

// NewFromFS returns a Tokenizer with the word lists in fsys, laid out like
// the embedded data folder (data/abbreviations.txt, ...). The error joins
// every malformed line, each as "file:line: message".
func NewFromFS(fsys fs.FS) (*Tokenizer, error) {
	lx, errs := loadLexicon(fsys)
	if len(errs) > 0 {
		return nil, fmt.Errorf("tokenize: malformed word lists: %w", errors.Join(errs...))
	}
	return &Tokenizer{lx: lx}, nil
}

// Name returns the component name, "tokenize".
func (t *Tokenizer) Name() string { return "tokenize" }

// Process fills d.Sentences and d.Tokens from d.Text, replacing any
// previous sentences and tokens. Tokens are unparsed (Head -1).
func (t *Tokenizer) Process(d *doc.Doc) {
	d.Sentences, d.Tokens = t.Tokenize(d.Text)
}

// Tokenize splits text into sentences and tokens. Token.Text is a substring
// of text (no copy); sentence spans run from their first token's start to
// their last token's end.
func (t *Tokenizer) Tokenize(text string) ([]doc.Sentence, []doc.Token) {
	sc := t.newScanner(text)
	sc.run()
	toks := make([]doc.Token, len(sc.toks))
	// Fields are set one by one: assigning a whole doc.Token would copy its
	// seven string headers through the GC's bulk write barrier.
	for i, c := range sc.toks {
		t := &toks[i]
		t.Start, t.End = c.Start, c.End
		t.Text = text[c.Start:c.End]
		t.Lower = strings.ToLower(t.Text)
		t.Head = -1
		t.Sentence = int(c.sent)
		t.SpaceAfter = c.space
	}
	sents := splitDatelines(sc.sents, toks)
	t.release(sc)
	return sents, toks
}

// splitDatelines makes the dateline that opens a wire story a sentence of
// its own ("WASHINGTON (Reuters) - Hillary Clinton said ...", "MOSCOW,
// Sept. 5 — Officials ..."), so that the parser does not take the city for
// the subject. A dateline is one to five upper-case words (commas,
// slashes and state abbreviations such as "N.M." between them), an
// optional date, then a credit in brackets, a dash or both, before a
// capitalised word.
func splitDatelines(sents []doc.Sentence, toks []doc.Token) []doc.Sentence {
	var out []doc.Sentence
	for i, s := range sents {
		end := datelineEnd(toks[s.TokenStart:s.TokenEnd])
		if end <= 0 {
			if out != nil {
				out = append(out, s)
			}
			continue
		}
		if out == nil {
			out = make([]doc.Sentence, 0, len(sents)+4)
			out = append(out, sents[:i]...)
		}
		cut := s.TokenStart + end
		out = append(out,
			doc.Sentence{Span: doc.Span{Start: s.Start, End: toks[cut-1].End}, TokenStart: s.TokenStart, TokenEnd: cut},
			doc.Sentence{Span: doc.Span{Start: toks[cut].Start, End: s.End}, TokenStart: cut, TokenEnd: s.TokenEnd})
	}
	if out == nil {
		return sents
	}
	for k, s := range out {
		for x := s.TokenStart; x < s.TokenEnd; x++ {
			toks[x].Sentence = k
		}
	}
	return out
}

// datelineEnd returns the number of tokens of the dateline that opens a
// sentence, or 0 (see splitDatelines).
func datelineEnd(ts []doc.Token) int {
	k, words := 0, 0
	for k < len(ts) && k < 12 {
		w := ts[k].Text
		switch {
		case upperWord(w):
			words++
		case (w == "," || w == "/") && words > 0 && k+1 < len(ts) && upperWord(ts[k+1].Text):
		default:
			goto date
		}
		k++
	}
date:
	if words == 0 || words > 5 || k >= len(ts) || len(ts[0].Text) < 3 {
		// "US - China talks" is a headline, not a dateline
		return 0
	}
	// ", Philippines –", ", Lebanon —", ", Minn. (AP)": a country or state
	// in title case, or a state's abbreviation, when a dash or a credit
	// follows it
	if k+2 < len(ts) && ts[k].Text == "," && (titleWord(ts[k+1].Text) || titleWord(strings.TrimSuffix(ts[k+1].Text, ".")) && !monthWord(strings.TrimSuffix(ts[k+1].Text, "."))) && !monthWord(ts[k+1].Text) {
		d := k + 2
		if d+1 < len(ts) && titleWord(ts[d].Text) {
			d++ // "New Mexico"
		}
		if d < len(ts) && (isDash(ts[d].Text) || ts[d].Text == "(") {
			// "NAIROBI, Kenya (AP) —": the credit may come first
			k = d
		}
	}
	// ", Sept. 5" or ", September 5"
	if k+2 < len(ts) && ts[k].Text == "," && monthWord(ts[k+1].Text) && isDigit(ts[k+2].Text[0]) {
		k += 3
	}
	marked := false
	if k+2 < len(ts) && ts[k].Text == "(" && ts[k+2].Text == ")" || k+3 < len(ts) && ts[k].Text == "(" && ts[k+3].Text == ")" {
		for ts[k].Text != ")" {
			k++
		}
		k++
		marked = true
	}
	if k < len(ts) && isDash(ts[k].Text) {
		k++
		marked = true
	}
	if !marked || k+1 >= len(ts) {
		return 0
	}
	next := ts[k].Text
	if next == "" || next[0] < 'A' || next[0] > 'Z' || upperWord(next) && len(next) > 1 {
		return 0
	}
	return k
}

// upperWord reports whether w is an upper-case word of two or more
// letters, dots allowed ("MOSCOW", "N.M.", "U.S.").
func upperWord(w string) bool {
	letters := 0
	for i := 0; i < len(w); i++ {
		switch c := w[i]; {
		case c >= 'A' && c <= 'Z':
			letters++
		case c == '.' || c == '\'' || c == '-':
		default:
			return false
		}
	}
	return letters >= 2
}

// isDash reports whether w is a dash written between a dateline and its
// story.
func isDash(w string) bool {
	return w == "-" || w == "--" || w == "—" || w == "–"
}

// titleWord reports whether w is a capitalised word in lower case after
// its first letter ("Lebanon", "Philippines").
func titleWord(w string) bool {
	if len(w) < 2 || w[0] < 'A' || w[0] > 'Z' {
		return false
	}
	for i := 1; i < len(w); i++ {
		if c := w[i]; c < 'a' || c > 'z' {
			return false
		}
	}
	return true
}

// monthWord reports whether w names a month, in full or abbreviated.
func monthWord(w string) bool {
	switch strings.TrimSuffix(w, ".") {
	case "Jan", "January", "Feb", "February", "Mar", "March", "Apr", "April", "May", "Jun", "June",
		"Jul", "July", "Aug", "August", "Sep", "Sept", "September", "Oct", "October", "Nov", "November", "Dec", "December":
		return true
	}
	return false
}

// newScanner prepares a scan of text, reusing a released scanner's buffer.
func (t *Tokenizer) newScanner(text string) *scanner {
	sc, _ := t.scanners.Get().(*scanner)
	if sc == nil {
		sc = &scanner{lx: t.lx}
	}
	*sc = scanner{
		lx:       t.lx,
		text:     text,
		toks:     sc.toks[:0],
		sents:    make([]doc.Sentence, 0, len(text)/110+4),
		abbrevAt: -1,
	}
	if cap(sc.toks) < len(text)/5 {
		sc.toks = make([]ctok, 0, len(text)/5+16)
	}
	return sc
}

// release returns sc's buffer for reuse.
func (t *Tokenizer) release(sc *scanner) {
	if cap(sc.toks) > 1<<22 {
		return // do not keep huge buffers
	}
	sc.text, sc.sents = "", nil
	t.scanners.Put(sc)
}

// ctok is a token during the scan: a compact form of doc.Token.
type ctok struct {
	Start, End int
	sent       int32
	// space is true when white space follows the token.
	space bool
	// part is true for the second and later parts of a written word
	// (n't in don't, not in cannot).
	part bool
}

// kind classifies a token for sentence segmentation.
type kind uint8

const (
	kWord     kind = iota // words, numbers and other tokens
	kPeriod               // "."
	kStop                 // "?", "!", "?!", "!!!"
	kEllipsis             // "...", "…"
	kClose                // closing quotes and brackets, which stay with the sentence before
)

// pending is the sentence-boundary decision left open until the next token
// is seen.
type pending uint8

const (
	pendNone     pending = iota
	pendPeriod           // after "."
	pendStop             // after "?" or "!"
	pendEllipsis         // after "..."
	pendAbbrev           // after an abbreviation that may end a sentence
	pendSoft             // after a URL, an e-mail address, a clock time's AM/PM or "Regards,"
	pendHard             // after a mail time stamp or a rule line: ends the sentence unless attached
	pendNewline          // after a line break
	pendPara             // after a line break that surely ends the sentence
)

// scanner holds the state of one Tokenize call.
type scanner struct {
	lx    *lexicon
	text  string
	toks  []ctok
	sents []doc.Sentence
	// sentStart is the index of the first token of the open sentence.
	sentStart int
	pend      pending
	// closed is true when closing quotes or brackets followed the
	// pending full stop.
	closed bool
	// abbrevAt is the index of the last non-closing token when it is an
	// abbreviation ending with a period, else -1.
	abbrevAt int
	// lineStart is true while no token has been read on the current line.
	lineStart bool
	// url is true while emitting a URL or e-mail address.
	url bool
	// afterURL is true when the last token was a URL or e-mail address.
	afterURL bool
}

// span is a byte range of the text.
type span struct{ s, e int }

// asciiSpace marks the ASCII white-space bytes.
var asciiSpace = [128]bool{' ': true, '\t': true, '\n': true, '\r': true, '\v': true, '\f': true}

// isSpaceRune reports whether the non-ASCII rune r separates tokens.
func isSpaceRune(r rune) bool {
	return unicode.IsSpace(r) || r == 0x200B || r == 0x2060 || r == 0xFEFF
}

// run scans the whole text.
func (sc *scanner) run() {
	text := sc.text
	sc.lineStart = true
	for i := 0; i < len(text); {
		c := text[i]
		if c < utf8.RuneSelf {
			if asciiSpace[c] {
				if c == '\n' {
					sc.newline()
				}
				i++
				continue
			}
		} else {
			r, size := utf8.DecodeRuneInString(text[i:])
			if isSpaceRune(r) {
				if r == 0x2028 || r == 0x2029 {
					sc.newline()
				}
				i += size
				continue
			}
		}
		j := i + 1
		for j < len(text) {
			c := text[j]
			if c < utf8.RuneSelf {
				if asciiSpace[c] {
					break
				}
				j++
				continue
			}
			r, size := utf8.DecodeRuneInString(text[j:])
			if isSpaceRune(r) {
				break
			}
			j += size
		}
		sc.chunk(i, j)
		sc.lineStart = false
		i = j
	}
	sc.closeSentence()
	if n := len(sc.toks); n > 0 {
		sc.toks[n-1].space = sc.toks[n-1].End < len(text)
	}
}

// newline records a line break.
func (sc *scanner) newline() {
	sc.lineStart = true
	if len(sc.toks) == sc.sentStart {
		return
	}
	if sc.pend == pendNone || sc.pend == pendSoft {
		sc.pend = pendNewline
	} else {
		sc.pend = pendPara
	}
}

// emit appends the token text[s:e]. part marks the second and later parts
// of a written word; ab is the abbreviation class of a token that ends with
// an abbreviation's period.
func (sc *scanner) emit(s, e int, part bool, ab abbrevClass) {
	k := kWord
	if ab == abbrevNone {
		k = sc.classify(s, e)
	}
	n := len(sc.toks)
	if n > sc.sentStart && (sc.pend == pendNone || sc.pend == pendSoft) && sc.startsBlock(n, s, e) {
		sc.pend = pendHard
	}
	if sc.pend != pendNone {
		attached := n > 0 && s == sc.toks[n-1].End
		if k == kClose && attached && sc.pend < pendNewline {
			sc.closed = true
		} else {
			if sc.boundary(s, e) {
				sc.closeSentence()
				n = len(sc.toks)
			}
			sc.pend, sc.closed = pendNone, false
		}
	}
	if n > 0 {
		sc.toks[n-1].space = s > sc.toks[n-1].End
	}
	sc.toks = append(sc.toks, ctok{Start: s, End: e, sent: int32(len(sc.sents)), space: true, part: part})
	switch k {
	case kPeriod:
		sc.pend = pendPeriod
	case kStop:
		sc.pend = pendStop
	case kEllipsis:
		sc.pend = pendEllipsis
	case kWord:
		if ab == abbrevEnd {
			sc.pend = pendAbbrev
		} else if sc.hardEnd(n, s, e) {
			sc.pend = pendHard
		} else if sc.url || sc.softEnd(n, s, e) {
			sc.pend = pendSoft
		}
	}
	sc.afterURL = sc.url
	if k != kClose {
		sc.abbrevAt = -1
		if ab != abbrevNone {
			sc.abbrevAt = n
		}
	}
}

// classify returns the kind of the token text[s:e].
func (sc *scanner) classify(s, e int) kind {
	c := sc.text[s]
	if c < utf8.RuneSelf {
		switch c {
		case '.':
			if e-s == 1 {
				return kPeriod
			}
			if strings.Trim(sc.text[s:e], ".") == "" {
				return kEllipsis
			}
			if strings.Trim(sc.text[s:e], ".?!") == "" {
				return kStop
			}
		case '?', '!':
			if strings.Trim(sc.text[s:e], ".?!") == "" {
				return kStop
			}
		case '"', '\'', ')', ']', '}':
			if strings.Trim(sc.text[s:e], "\"')]}") == "" {
				return kClose
			}
		}
		return kWord
	}
	r, size := utf8.DecodeRuneInString(sc.text[s:e])
	if size == e-s {
		switch r {
		case '…':
			return kEllipsis
		case '”', '’', '»', '›':
			return kClose
		}
	}
	return kWord
}

// boundary decides whether a sentence ends before the token text[s:e],
// given the pending decision.
func (sc *scanner) boundary(s, e int) bool {
	if sc.pend < pendNewline && sc.attached(s) && !(sc.pend == pendPeriod && sc.startsUpper(s)) {
		// "franz371...@gmail.com", "the can.?", "room!it was": a token
		// written against the full stop goes on with its sentence; only
		// a capital after a plain period ("end.The") is taken for a
		// missing space.
		return false
	}
	switch sc.pend {
	case pendPara:
		return true
	case pendNewline:
		return !sc.startsLower(s)
	case pendPeriod:
		return sc.startsSentence(s) || sc.startsLower(s) && sc.plainWordBeforePeriod()
	case pendStop:
		// Web text starts sentences in lower case after "?" and "!",
		// but “Why?” he asked goes on.
		return sc.startsSentence(s) || sc.startsLower(s) && !sc.closed
	case pendEllipsis:
		return sc.startsSentence(s)
	case pendAbbrev:
		_, ok := sc.lx.starters[sc.text[s:e]]
		return ok
	case pendSoft:
		return sc.startsUpper(s)
	case pendHard:
		return true
	}
	return false
}

// plainWordBeforePeriod reports whether the period just read follows a
// lower-case word of two or more letters, which is no abbreviation: web
// text often starts sentences in lower case, news text does not, and a
// period before a lower-case word in news mostly ends an unlisted
// abbreviation, which is short or capitalised.
func (sc *scanner) plainWordBeforePeriod() bool {
	n := len(sc.toks)
	if n < 2 || sc.toks[n-2].End != sc.toks[n-1].Start {
		return false
	}
	w := sc.text[sc.toks[n-2].Start:sc.toks[n-2].End]
	if len(w) < 2 {
		return false
	}
	for i := 0; i < len(w); i++ {
		if w[i] < 'a' || w[i] > 'z' {
			return false
		}
	}
	return true
}

// softEnd reports whether the token text[s:e], just appended as token n,
// may end a sentence that has no final punctuation, web and e-mail style:
// "AM" or "PM" after a clock time ("08:02 PM All: ..."), the ">" closing
// an e-mail address, or the comma of a letter closing ("Regards, Debra").
// A capitalised word must follow (see boundary). Each holds for 85 % or
// more of such places in UD English EWT train.
func (sc *scanner) softEnd(n, s, e int) bool {
	w := sc.text[s:e]
	switch {
	case n == 0:
		return false
	case w == "AM" || w == "PM" || w == "am" || w == "pm":
		p := sc.toks[n-1]
		return isClock(sc.text[p.Start:p.End])
	case w == ">":
		return sc.afterURL && sc.toks[n-1].End == s
	case w == "," || w == "-":
		if w == "," && sc.toks[n-1].End == s && sc.isClosing(n-1) {
			return true
		}
		return sc.isGreeting(n)
	}
	// "¶Thanks Carlos", "¶Regards Molly": a closing without comma that
	// starts its line and sentence, before no sentence starter ("Best"
	// and "Thanks For ..." mostly start a title).
	if n != sc.sentStart || !sc.lineStart || sc.lowerIs(n, "best") || !sc.isClosing(n) {
		return false
	}
	_, starter := sc.lx.starters[sc.nextChunk(e)]
	return !starter
}

// isGreeting reports whether the comma or dash just appended as token n
// ends a salutation: "Dear Mr. Horton," "Hi all -" (a greeting word and at
// most three more words), or a single capitalised word before a dash
// ("Carol - I think ...", "Hello - I spoke ...").
func (sc *scanner) isGreeting(n int) bool {
	first := sc.sentStart
	if n-first < 1 || n-first > 4 {
		return false
	}
	if sc.lowerIs(first, "dear") || sc.lowerIs(first, "hi") || sc.lowerIs(first, "hello") || sc.lowerIs(first, "hey") {
		return true
	}
	t := sc.toks[n]
	return n-first == 1 && sc.text[t.Start:t.End] == "-" && sc.toks[n-1].End < t.Start && sc.startsUpper(sc.toks[first].Start)
}

// isClosing reports whether token i is a letter closing that starts at
// most one token into its sentence: a word of data/closings.txt, or "you"
// after "thank".
func (sc *scanner) isClosing(i int) bool {
	if sc.lowerIs(i, "you") {
		return i > 0 && sc.lowerIs(i-1, "thank") && i-1 <= sc.sentStart+1
	}
	p := sc.toks[i]
	if p.End-p.Start > 16 {
		return false
	}
	var buf [16]byte
	_, ok := sc.lx.closings[string(appendLower(buf[:0], sc.text[p.Start:p.End]))]
	return ok
}

// lowerIs reports whether token i is the lower-case word w in any case.
func (sc *scanner) lowerIs(i int, w string) bool {
	t := sc.toks[i]
	return t.End-t.Start == len(w) && hasPrefixFold(sc.text[t.Start:t.End], w)
}

// startsBlock reports whether the token text[s:e], about to become token n,
// starts a sentence whatever precedes it, web and e-mail style: the date of
// a forwarded mail's time stamp ("Kay Mann 02/13/2001 04:13 PM" is
// segmented "Kay Mann | 02/13/2001 04:13 PM"), a rule line ("-----",
// "=====") or a URL directly after a URL.
func (sc *scanner) startsBlock(n, s, e int) bool {
	w := sc.text[s:e]
	switch {
	case isRule(w):
		return !isRule(sc.text[sc.toks[n-1].Start:sc.toks[n-1].End])
	case sc.url:
		return sc.afterURL && sc.toks[n-1].End < s
	}
	if !isDate(w) || !isClock(sc.nextChunk(e)) {
		return false
	}
	// "... wrote on 05/03/2001 01:32:35 PM" goes on.
	p := sc.text[sc.toks[n-1].Start:sc.toks[n-1].End]
	return strings.ContainsFunc(p, func(r rune) bool { return r < 'a' || r > 'z' })
}

// hardEnd reports whether the token text[s:e], just appended as token n,
// ends a sentence whatever follows: the clock time of a mail time stamp
// (with its AM or PM if one follows), a rule line, and ">>" before a word.
func (sc *scanner) hardEnd(n, s, e int) bool {
	w := sc.text[s:e]
	if isRule(w) {
		return true
	}
	if w == ">>" {
		// the end of an attachment's name: "<< File: a.doc >> Are you ..."
		nx := sc.nextChunk(e)
		return nx != "" && isLetter(nx[0])
	}
	if n == 0 {
		return false
	}
	p := sc.toks[n-1]
	pw := sc.text[p.Start:p.End]
	switch {
	case isAMPM(w):
		return n >= 2 && isClock(pw) && isDate(sc.text[sc.toks[n-2].Start:sc.toks[n-2].End])
	case isClock(w):
		return isDate(pw) && !isAMPM(sc.nextChunk(e))
	}
	return false
}

// nextChunk returns the white-space-free run that follows the space after
// e on the same line, or "".
func (sc *scanner) nextChunk(e int) string {
	t := sc.text
	i := e
	for i < len(t) && (t[i] == ' ' || t[i] == '\t') {
		i++
	}
	if i == e {
		return ""
	}
	j := i
	for j < len(t) && t[j] > ' ' {
		j++
	}
	return t[i:j]
}

func isAMPM(w string) bool { return w == "AM" || w == "PM" || w == "am" || w == "pm" }

// isRule reports whether w is a rule line: five or more of one of the
// bytes - = * ~ (not _, which mostly marks a blank to fill in).
func isRule(w string) bool {
	if len(w) < 5 {
		return false
	}
	switch w[0] {
	case '-', '=', '*', '~':
	default:
		return false
	}
	return strings.Count(w, w[:1]) == len(w)
}

// isDate reports whether w is a numeric date with slashes: 1/2/03,
// 02/13/2001.
func isDate(w string) bool {
	if len(w) < 5 || len(w) > 10 || strings.Count(w, "/") != 2 {
		return false
	}
	for i := 0; i < len(w); i++ {
		if c := w[i]; !isDigit(c) && c != '/' {
			return false
		}
	}
	return w[0] != '/' && w[len(w)-1] != '/' && !strings.Contains(w, "//")
}

// isClock reports whether w is a clock time: h:mm or hh:mm, with optional
// seconds.
func isClock(w string) bool {
	if len(w) < 4 || len(w) > 8 {
		return false
	}
	colon := strings.IndexByte(w, ':')
	if colon < 1 || colon > 2 {
		return false
	}
	for i := 0; i < len(w); i++ {
		if c := w[i]; (c < '0' || c > '9') && c != ':' {
			return false
		}
	}
	return true
}

// attached reports whether the token starting at s follows the previous
// token with no white space.
func (sc *scanner) attached(s int) bool {
	n := len(sc.toks)
	return n > 0 && sc.toks[n-1].End == s
}

// startsUpper reports whether the text at s starts with an upper-case letter.
func (sc *scanner) startsUpper(s int) bool {
	c := sc.text[s]
	if c < utf8.RuneSelf {
		return c >= 'A' && c <= 'Z'
	}
	r, _ := utf8.DecodeRuneInString(sc.text[s:])
	return unicode.IsUpper(r)
}

// startsLower reports whether the text at s starts with a lower-case letter.
func (sc *scanner) startsLower(s int) bool {
	c := sc.text[s]
	if c < utf8.RuneSelf {
		return c >= 'a' && c <= 'z'
	}
	r, _ := utf8.DecodeRuneInString(sc.text[s:])
	return unicode.IsLower(r)
}

// startsSentence reports whether a token starting at s can begin a
// sentence after a full stop: not a lower-case word and not punctuation
// that continues a sentence.
func (sc *scanner) startsSentence(s int) bool {
	c := sc.text[s]
	if c < utf8.RuneSelf {
		switch {
		case c >= 'a' && c <= 'z':
			return false
		case c == ',' || c == ';' || c == ':' || c == ')' || c == ']' || c == '}' || c == '%' || c == '.':
			return false
		}
		return true
	}
	r, _ := utf8.DecodeRuneInString(sc.text[s:])
	switch r {
	case '”', '’', '»', '›':
		return false
	}
	return !unicode.IsLower(r)
}

// closeSentence ends the open sentence, if it has tokens. When its last
// word is an abbreviation, the period is split off as the sentence's final
// punctuation, as EWT does.
func (sc *scanner) closeSentence() {
	n := len(sc.toks)
	if n == sc.sentStart {
		return
	}
	if i := sc.abbrevAt; i >= sc.sentStart {
		sc.splitPeriod(i)
		n++
	}
	sc.sents = append(sc.sents, doc.Sentence{
		Span:       doc.Span{Start: sc.toks[sc.sentStart].Start, End: sc.toks[n-1].End},
		TokenStart: sc.sentStart,
		TokenEnd:   n,
	})
	sc.sentStart = n
	sc.abbrevAt = -1
}

// splitPeriod splits the final period off token i into a token of its own.
func (sc *scanner) splitPeriod(i int) {
	t := &sc.toks[i]
	end := t.End
	t.End--
	t.space = false
	dot := ctok{Start: end - 1, End: end, sent: t.sent, space: true}
	if i+1 < len(sc.toks) {
		dot.space = sc.toks[i+1].Start > end
	}
	sc.toks = append(sc.toks, ctok{})
	copy(sc.toks[i+2:], sc.toks[i+1:])
	sc.toks[i+1] = dot
}

// chunk tokenizes the white-space-free run text[a:b].
func (sc *scanner) chunk(a, b int) {
	text := sc.text
	lineStart := sc.lineStart
	if isEmoticon(text[a:b]) {
		sc.emit(a, b, false, abbrevNone)
		sc.pend = pendEllipsis // a capitalised word after it starts a sentence
		return
	}
	for a < b {
		n := sc.leadLen(a, b)
		if n == 0 {
			break
		}
		sc.emit(a, a+n, false, abbrevNone)
		a += n
		lineStart = false
	}
	if a >= b {
		return
	}
	if e := sc.urlEnd(a, b); e > a {
		sc.url = true
		sc.emit(a, e, false, abbrevNone)
		sc.url = false
		if e < b {
			sc.chunk(e, b)
		}
		return
	}
	// Peel trailing punctuation, innermost last.
	var stack [16]span
	ns := 0
	e := b
	ab := abbrevNone
peel:
	for e > a && ns < len(stack) {
		c := text[e-1]
		if c >= utf8.RuneSelf {
			r, size := utf8.DecodeLastRuneInString(text[a:e])
			switch r {
			case '”', '’', '»', '›', '…', '—', '–', '）':
				if e-size == a {
					break peel
				}
				stack[ns] = span{e - size, e}
				ns++
				e -= size
				continue
			}
			break peel
		}
		k := e - 1
		if m := mixedStopLen(text[a:e]); m > 0 {
			// ".?", "!.", "?!.": one token, as EWT writes them
			k = e - m
			if k == a {
				break peel
			}
			stack[ns] = span{k, e}
			ns++
			e = k
			continue
		}
		switch c {
		case '.':
			for k > a && text[k-1] == '.' {
				k--
			}
			if k == a {
				break peel
			}
			if e-k == 1 {
				if ab = sc.abbrevOf(a, e-1, b); ab != abbrevNone {
					break peel
				}
				if e == b && isListMarker(text[a:e-1]) && (lineStart || sc.afterSentenceEnd()) {
					break peel
				}
			}
		case '?', '!':
			for k > a && (text[k-1] == '?' || text[k-1] == '!') {
				k--
			}
		case '\'', '-', '`', '>', '+':
			for k > a && text[k-1] == c {
				k--
			}
		case ',', ';', ':', ')', ']', '}', '"', '*':
		case '%':
			if !isDigit(text[k-1]) {
				break peel
			}
		default:
			break peel
		}
		if k == a {
			break peel
		}
		stack[ns] = span{k, e}
		ns++
		e = k
	}
	sc.core(a, e, ab)
	for i := ns - 1; i >= 0; i-- {
		sc.emit(stack[i].s, stack[i].e, false, abbrevNone)
	}
}

// mixedStopLen returns the length of the run of full stops that ends w
// when it mixes exactly one period with question or exclamation marks
// (".?", "!.", "?!."), else 0.
func mixedStopLen(w string) int {
	k, dots := len(w), 0
	for k > 0 && (w[k-1] == '.' || w[k-1] == '?' || w[k-1] == '!') {
		if w[k-1] == '.' {
			dots++
		}
		k--
	}
	if dots != 1 || len(w)-k < 2 {
		return 0
	}
	return len(w) - k
}

// afterSentenceEnd reports whether the scan is just past the end of a
// sentence or a colon, where "2." starts a list item.
func (sc *scanner) afterSentenceEnd() bool {
	n := len(sc.toks)
	return n == 0 || sc.pend != pendNone && sc.pend != pendAbbrev || sc.text[sc.toks[n-1].Start:sc.toks[n-1].End] == ":"
}

// leadLen returns the length of the punctuation token that starts the
// chunk text[a:b], or 0 when the chunk starts with a word.
func (sc *scanner) leadLen(a, b int) int {
	text := sc.text
	c := text[a]
	next := byte(0)
	if a+1 < b {
		next = text[a+1]
	}
	if c >= utf8.RuneSelf {
		r, size := utf8.DecodeRuneInString(text[a:b])
		switch r {
		case '“', '‘', '«', '‹', '„', '¡', '¿', '—', '–', '•', '·', '”', '»', '…', '（', '）', '►', '■', '→':
			if r == '‘' && isDigit(next2(text, a+size, b)) {
				return 0
			}
			return size
		case '’':
			if isDigit(next2(text, a+size, b)) || isClitic(text[a:b]) {
				return 0
			}
			return size
		case '£', '€', '¥', '₹', '₽':
			if isDigit(next2(text, a+size, b)) {
				return size
			}
		}
		return 0
	}
	switch c {
	case '"', '(', '[', '{', ')', ']', '}', ',', ';', ':', '%', '|', '/', '\\', '^', '&':
		return 1
	case '\'':
		if isDigit(next) || isClitic(text[a:b]) {
			return 0
		}
		return runLen(text, a, b, '\'')
	case '`', '*', '=', '~', '_', '<', '>':
		return runLen(text, a, b, c)
	case '+':
		if isDigit(next) {
			return 0
		}
		return runLen(text, a, b, c)
	case '-':
		if isDigit(next) {
			return 0
		}
		return runLen(text, a, b, '-')
	case '$':
		if isDigit(next) {
			return 1
		}
	case '#':
		if isDigit(next) || next == 0 {
			return 1
		}
	case '.':
		if next == '.' {
			return runLen(text, a, b, '.')
		}
		if next == 0 {
			return 1
		}
	case '?', '!':
		k := a + 1
		for k < b && (text[k] == '?' || text[k] == '!') {
			k++
		}
		return k - a
	}
	return 0
}

// next2 returns the byte at i if i < b, else 0.
func next2(text string, i, b int) byte {
	if i < b {
		return text[i]
	}
	return 0
}

// runLen returns the length of the run of byte c starting at a.
func runLen(text string, a, b int, c byte) int {
	k := a + 1
	for k < b && text[k] == c {
		k++
	}
	return k - a
}

// urlEnd returns the end of the URL or e-mail address that fills the chunk
// text[a:b] up to trailing punctuation, or a when there is none.
func (sc *scanner) urlEnd(a, b int) int {
	w := sc.text[a:b]
	if len(w) < 5 {
		return a
	}
	switch w[0] | 0x20 {
	case 'h', 'w', 'f', 'm':
		if (w[3] != ':' && w[3] != '.' && w[4] != ':' && w[5%len(w)] != ':') && strings.IndexByte(w, '@') <= 0 {
			return a
		}
	default:
		if strings.IndexByte(w, '@') <= 0 {
			return a
		}
	}
	if !hasPrefixFold(w, "http://") && !hasPrefixFold(w, "https://") && !hasPrefixFold(w, "www.") &&
		!hasPrefixFold(w, "ftp://") && !hasPrefixFold(w, "mailto:") {
		at := strings.IndexByte(w, '@')
		if at <= 0 {
			return a
		}
		if !isAlnum(w[at-1]) {
			// "pop...@spinach.eat", Google Groups' shortened address
			if !strings.HasSuffix(w[:at], "...") || at < 4 || !isAlnum(w[at-4]) {
				return a
			}
		}
		dot := strings.IndexByte(w[at:], '.')
		if dot < 2 || at+dot+1 >= len(w) || !isLetter(w[at+dot+1]) {
			return a
		}
	}
	e := b
	opens := strings.Count(w, "(") - strings.Count(w, ")")
	squares := strings.Count(w, "[") - strings.Count(w, "]")
	for e > a+1 {
		c := sc.text[e-1]
		if c >= utf8.RuneSelf {
			r, size := utf8.DecodeLastRuneInString(sc.text[a:e])
			if r == '”' || r == '’' || r == '»' || r == '…' {
				e -= size
				continue
			}
			break
		}
		switch c {
		case '.', ',', ';', ':', '!', '?', '\'', '"', '>':
			e--
			continue
		case ')':
			if opens < 0 {
				opens++
				e--
				continue
			}
		case ']':
			if squares < 0 {
				squares++
				e--
				continue
			}
		}
		break
	}
	return e
}

// abbrevOf returns the abbreviation class of the word text[a:p] followed by
// a period; b is the end of its chunk.
func (sc *scanner) abbrevOf(a, p, b int) abbrevClass {
	w := sc.text[a:p]
	if i := strings.LastIndexAny(w, "-/"); i >= 0 {
		w = w[i+1:]
	}
	if w == "" || len(w) > 24 {
		return abbrevNone
	}
	cls, ok := sc.lx.abbrev[w]
	if !ok {
		var buf [24]byte
		lw := appendLower(buf[:0], w)
		cls, ok = sc.lx.abbrevFold[string(lw)]
	}
	if ok {
		if cls == abbrevNumber {
			if sc.numberFollows(b) {
				return abbrevTitle
			}
			return abbrevNone
		}
		return cls
	}
	if len(w) == 1 && w[0] >= 'A' && w[0] <= 'Z' {
		return abbrevEnd // an initial
	}
	if isDotted(w) {
		return abbrevEnd
	}
	return abbrevNone
}

// numberFollows reports whether the next chunk after b starts with a digit
// (possibly after "#").
func (sc *scanner) numberFollows(b int) bool {
	t := sc.text
	for b < len(t) && (t[b] == ' ' || t[b] == '\t') {
		b++
	}
	if b < len(t) && t[b] == '#' {
		b++
	}
	return b < len(t) && isDigit(t[b])
}

// isDotted reports whether w is single letters joined by periods ("U.S",
// "e.g", "J.K", "a.m").
func isDotted(w string) bool {
	if len(w) < 3 {
		return false
	}
	for i := 0; i < len(w); i++ {
		if i%2 == 0 && !isLetter(w[i]) || i%2 == 1 && w[i] != '.' {
			return false
		}
	}
	return len(w)%2 == 1
}

// isListMarker reports whether w (before a period, at a line's start) is a
// list number or letter: "1", "12", "a", "B".
func isListMarker(w string) bool {
	switch len(w) {
	case 1:
		return isDigit(w[0]) || isLetter(w[0])
	case 2:
		return isDigit(w[0]) && isDigit(w[1])
	}
	return false
}

// emoticons are kept as one token when they fill a chunk.
var emoticons = [...]string{":)", ":(", ":-)", ":-(", ";)", ";-)", ":D", ":-D", ":P", ":p", ":/", ":'(", "<3", "^^", "^_^"}

// isEmoticon reports whether w is a listed emoticon.
func isEmoticon(w string) bool {
	if len(w) > 4 || len(w) < 2 || (w[0] != ':' && w[0] != ';' && w[0] != '<' && w[0] != '^') {
		return false
	}
	for _, e := range emoticons {
		if w == e {
			return true
		}
	}
	return false
}

// clitics are the apostrophe clitics split off a word's end, in lower case.
var clitics = [...]string{"n't", "n’t", "'s", "’s", "`s", "'re", "’re", "'ll", "’ll", "'ve", "’ve", "'d", "’d", "'m", "’m"}

// isClitic reports whether w is a clitic by itself ("'s" written apart).
func isClitic(w string) bool {
	return cliticLen(w) == len(w)
}

// cliticLen returns the byte length of the clitic that ends w, or 0.
func cliticLen(w string) int {
	n := len(w)
	if n < 2 {
		return 0
	}
	// Every clitic has an apostrophe (or the last byte of ’) among the
	// last five bytes.
	quote := false
	for i := max(0, n-5); i < n-1; i++ {
		if c := w[i]; c == '\'' || c == '`' || c == 0x99 {
			quote = true
			break
		}
	}
	if !quote {
		return 0
	}
	for _, c := range clitics {
		if len(c) > n || !hasSuffixFold(w, c) {
			continue
		}
		base := w[:n-len(c)]
		if base == "" {
			return len(c)
		}
		p := base[len(base)-1]
		if c[0] == 'n' || c[1] == 's' || c[1] == 0x80 && c[3] == 's' {
			if !isLetter(p) {
				continue
			}
		} else if !isAlnum(p) && p != '.' {
			continue
		}
		return len(c)
	}
	return 0
}

// core tokenizes a word text[a:e] whose surrounding punctuation is peeled
// off; ab is the class of its final abbreviation period.
func (sc *scanner) core(a, e int, ab abbrevClass) {
	text := sc.text
	w := text[a:e]
	if ab == abbrevNone && len(w) <= sc.lx.maxMulti && len(w) >= 2 && sc.lx.multiLast[w[len(w)-1]|0x20] {
		var buf [32]byte
		lw := appendLower(buf[:0], w)
		if parts, ok := sc.lx.multi[string(lw)]; ok {
			s := a
			for i, n := range parts {
				sc.emit(s, s+n, i > 0, abbrevNone)
				s += n
			}
			return
		}
	}
	if len(w) == 3 && e == sc.chunkEnd(e) && hasPrefixFold(w, "its") && sc.itsContraction(e) {
		sc.emit(a, a+2, false, abbrevNone)
		sc.emit(a+2, e, true, abbrevNone)
		return
	}
	if ab == abbrevNone {
		if n := cliticLen(w); n > 0 && n < len(w) {
			sc.split(a, e-n, abbrevNone)
			sc.emit(e-n, e, true, abbrevNone)
			return
		}
	}
	sc.split(a, e, ab)
}

// chunkEnd returns the end of the white-space-free run holding e.
func (sc *scanner) chunkEnd(e int) int {
	for e < len(sc.text) && sc.text[e] > ' ' {
		e++
	}
	return e
}

// itsContraction reports whether the word "its" ending at e is the
// contraction "it's" written without apostrophe: the next word, on the
// same line, is listed in data/its-contraction.txt.
func (sc *scanner) itsContraction(e int) bool {
	w := sc.nextChunk(e)
	if len(w) > 16 {
		return false
	}
	var buf [16]byte
	_, ok := sc.lx.itsBefore[string(appendLower(buf[:0], w))] // the list holds letters only
	return ok
}

// split tokenizes text[a:e] at inner punctuation: hyphens (except after a
// listed prefix and inside phone numbers and ISO dates), slashes between
// words, commas and colons outside numbers, brackets, quotes and dashes.
func (sc *scanner) split(a, e int, ab abbrevClass) {
	text := sc.text
	seg := a
	numKeep := numericHyphens(text[a:e])
	for i := a; i < e; {
		c := text[i]
		if c >= utf8.RuneSelf {
			r, size := utf8.DecodeRuneInString(text[i:e])
			switch r {
			case '“', '”', '‘', '«', '»', '—', '–', '…', '（', '）':
				sc.emitSeg(seg, i, abbrevNone)
				sc.emit(i, i+size, false, abbrevNone)
				seg = i + size
			}
			i += size
			continue
		}
		if wordByte[c] {
			if c == '.' && i+1 < e && text[i+1] == '.' {
				j := i + runLen(text, i, e, '.')
				sc.emitSeg(seg, i, abbrevNone)
				sc.emit(i, j, false, abbrevNone)
				seg, i = j, j
				continue
			}
			i++
			continue
		}
		j := i + 1
		keep := false
		switch c {
		case '-':
			j = i + runLen(text, i, e, '-')
			keep = j-i == 1 && i > seg && j < e && (numKeep || sc.isPrefix(text[seg:i]))
		case '/':
			keep = i > seg && j < e && keepSlash(text, seg, i, e)
		case ',', ':':
			keep = i > seg && j < e && isDigit(text[i-1]) && isDigit(text[j])
		case '?', '!':
			for j < e && (text[j] == '?' || text[j] == '!') {
				j++
			}
		}
		if keep {
			i = j
			continue
		}
		sc.emitSeg(seg, i, abbrevNone)
		sc.emit(i, j, false, abbrevNone)
		seg, i = j, j
	}
	sc.emitSeg(seg, e, ab)
}

// wordByte marks the ASCII bytes that do not split a word.
var wordByte = func() (t [128]bool) {
	for c := '0'; c <= '9'; c++ {
		t[c] = true
	}
	for c := 'a'; c <= 'z'; c++ {
		t[c] = true
		t[c-'a'+'A'] = true
	}
	for _, c := range ".&'_@#%$^" {
		t[c] = true
	}
	return t
}()

// emitSeg emits the segment text[s:e], if not empty, splitting "5pm" into
// "5" and "pm" as EWT does.
func (sc *scanner) emitSeg(s, e int, ab abbrevClass) {
	if s >= e {
		return
	}
	if e-s >= 3 && ab == abbrevNone {
		t := sc.text
		if (t[e-1]|0x20) == 'm' && ((t[e-2]|0x20) == 'a' || (t[e-2]|0x20) == 'p') && isDigit(t[e-3]) {
			sc.emit(s, e-2, false, abbrevNone)
			sc.emit(e-2, e, false, abbrevNone)
			return
		}
	}
	sc.emit(s, e, false, ab)
}

// isPrefix reports whether w is a listed hyphen prefix.
func (sc *scanner) isPrefix(w string) bool {
	if len(w) > 12 {
		return false
	}
	var buf [12]byte
	lw := appendLower(buf[:0], w)
	_, ok := sc.lx.prefixes[string(lw)]
	return ok
}

// numericHyphens reports whether w is digits joined by hyphens that stay
// one token: ISO dates and phone numbers (two or more hyphens), or
// "853-3242" and "20006-3700" (a last group of four or more digits not
// after a year). Ranges such as "1969-1970" and "400-500" are split.
func numericHyphens(w string) bool {
	hyphens, group, first := 0, 0, 0
	for i := 0; i < len(w); i++ {
		switch c := w[i]; {
		case isDigit(c):
			group++
		case c == '-':
			if group == 0 {
				return false
			}
			if hyphens == 0 {
				first = group
			}
			hyphens++
			group = 0
		default:
			return false
		}
	}
	switch {
	case hyphens == 0 || group == 0:
		return false
	case hyphens >= 2:
		return true
	}
	return group >= 4 && first != 4
}

// keepSlash reports whether the slash at i inside text[seg:e] joins its
// neighbours: between digits (9/11, 24/7, 11/28/2000) or next to a single
// letter (w/o, l/c).
func keepSlash(text string, seg, i, e int) bool {
	if isDigit(text[i-1]) && isDigit(text[i+1]) {
		return true
	}
	leftOne := isLetter(text[i-1]) && (i-1 == seg || !isLetter(text[i-2]))
	rightOne := isLetter(text[i+1]) && (i+2 == e || !isLetter(text[i+2]))
	return leftOne || rightOne
}

func isDigit(c byte) bool  { return c >= '0' && c <= '9' }
func isLetter(c byte) bool { return c|0x20 >= 'a' && c|0x20 <= 'z' }
func isAlnum(c byte) bool  { return isDigit(c) || isLetter(c) }

// appendLower appends s to dst with ASCII letters lower-cased.
func appendLower(dst []byte, s string) []byte {
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c >= 'A' && c <= 'Z' {
			c += 'a' - 'A'
		}
		dst = append(dst, c)
	}
	return dst
}

// hasPrefixFold reports whether s starts with the lower-case ASCII prefix p,
// ignoring case.
func hasPrefixFold(s, p string) bool {
	if len(s) < len(p) {
		return false
	}
	for i := 0; i < len(p); i++ {
		c := s[i]
		if c >= 'A' && c <= 'Z' {
			c += 'a' - 'A'
		}
		if c != p[i] {
			return false
		}
	}
	return true
}

// hasSuffixFold reports whether s ends with the lower-case suffix p,
// ignoring ASCII case.
func hasSuffixFold(s, p string) bool {
	return len(s) >= len(p) && hasPrefixFold(s[len(s)-len(p):], p)
}
