// Package match finds known names in token sequences: a word-level trie with
// longest match. Patterns are token sequences, each with an int32 value (an
// index into the caller's table). A pattern is either case-sensitive (proper
// names: "Putin", "the Kremlin") or case-folded (lower-case nouns:
// "troops", "foreign minister"); at each position the longest match over
// both tables wins, the case-sensitive one on a tie.
//
// A Trie is built once (Add) and then only read: reads are safe for
// concurrent use, Add is not. Split is the tokenizer petrel uses on both
// sides when patterns and text are plain strings; callers with their own
// tokens (doc.Token texts) call Longest and FindAll directly.
package match

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
)

const (
	rootExact = 0
	rootFold  = 1
)

// Trie is a word-level trie over token sequences.
type Trie struct {
	// fids interns lower-cased tokens; forms[fid] lists the case-sensitive
	// spellings seen with that lower-cased form and their exact ids.
	fids   *vocab
	forms  [][]form
	nexact int32
	edges  map[uint64]int32 // node<<32 | token id → child node
	// rootE and rootF are the children of the two roots, indexed by exact
	// and folded token id (0: none), so the first step needs no hashing.
	rootE, rootF []int32
	// single[node] is the value of a terminal node, valid when has[node];
	// nodes with several values keep them all in multi.
	single []int32
	has    []bool
	multi  map[int32][]int32
	n      int // patterns added
}

// New returns an empty Trie.
func New() *Trie { return NewSize(0) }

// NewSize returns an empty Trie sized for about n patterns.
func NewSize(n int) *Trie {
	return &Trie{
		fids:   newVocab(n),
		edges:  make(map[uint64]int32, 3*n),
		single: make([]int32, 2, 3*n+2),
		has:    make([]bool, 2, 3*n+2),
		multi:  map[int32][]int32{},
	}
}

// Len returns the number of patterns added.
func (t *Trie) Len() int { return t.n }

// Nodes returns the number of trie nodes.
func (t *Trie) Nodes() int { return len(t.single) }

type form struct {
	s  string
	id int32
}

// intern returns the folded id of tok and, unless fold, its exact id.
func (t *Trie) intern(tok string, fold bool) int32 {
	var buf [64]byte
	var fid int32
	var ok bool
	if b, h, ascii := lowerHash(tok, buf[:0:64]); ascii {
		fid, ok = t.fids.getBytes(b, h)
	} else {
		fid, ok = t.fids.get(lower(tok))
	}
	if !ok {
		fid = int32(len(t.forms))
		t.fids.put(lower(tok), fid)
		t.forms = append(t.forms, nil)
	}
	if fold {
		return fid
	}
	for _, f := range t.forms[fid] {
		if f.s == tok {
			return f.id
		}
	}
	id := t.nexact
	t.nexact++
	t.forms[fid] = append(t.forms[fid], form{tok, id})
	return id
}

// Add adds a pattern of one or more tokens with value v. With fold, the
// pattern matches regardless of case (it is stored lower-cased). Adding the
// same pattern and value twice stores the value once.
func (t *Trie) Add(tokens []string, v int32, fold bool) {
	if len(tokens) == 0 {
		return
	}
	node := int32(rootExact)
	if fold {
		node = rootFold
	}
	for _, tok := range tokens {
		id := t.intern(tok, fold)
		key := uint64(node)<<32 | uint64(uint32(id))
		child, ok := t.edges[key]
		if !ok {
			child = int32(len(t.single))
			t.single = append(t.single, 0)
			t.has = append(t.has, false)
			t.edges[key] = child
			switch node {
			case rootExact:
				t.rootE = setGrow(t.rootE, id, child)
			case rootFold:
				t.rootF = setGrow(t.rootF, id, child)
			}
		}
		node = child
	}
	t.n++
	switch {
	case !t.has[node]:
		t.has[node], t.single[node] = true, v
	case t.multi[node] != nil:
		if !slices.Contains(t.multi[node], v) {
			t.multi[node] = append(t.multi[node], v)
		}
	case t.single[node] != v:
		t.multi[node] = []int32{t.single[node], v}
	}
}

// setGrow sets s[i] = v, growing s as needed.
func setGrow(s []int32, i, v int32) []int32 {
	for int(i) >= len(s) {
		s = append(s, 0)
	}
	s[i] = v
	return s
}

// child returns the child of node along token id.
func (t *Trie) child(node, id int32) (int32, bool) {
	switch node {
	case rootExact:
		if int(id) < len(t.rootE) && t.rootE[id] != 0 {
			return t.rootE[id], true
		}
		return 0, false
	case rootFold:
		if int(id) < len(t.rootF) && t.rootF[id] != 0 {
			return t.rootF[id], true
		}
		return 0, false
	}
	c, ok := t.edges[uint64(node)<<32|uint64(uint32(id))]
	return c, ok
}

// values returns the values of a terminal node (shared, not copied).
func (t *Trie) values(node int32) []int32 {
	if m, ok := t.multi[node]; ok {
		return m
	}
	return t.single[node : node+1 : node+1]
}

// AddString adds the pattern Split(s).
func (t *Trie) AddString(s string, v int32, fold bool) { t.Add(Split(s), v, fold) }

// Match is a match of tokens[Start:End].
type Match struct {
	Start, End int
	Values     []int32 // shared with the trie: do not modify
	Folded     bool    // matched the case-folded table
}

// IDs looks up a token: its id in the case-sensitive table and the id of
// its lower-cased form (-1 when unknown). buf is scratch space.
func (t *Trie) IDs(tok string, buf []byte) (exact, folded int32) {
	exact, folded = -1, -1
	var ok bool
	if b, h, ascii := lowerHash(tok, buf); ascii {
		folded, ok = t.fids.getBytes(b, h)
	} else {
		folded, ok = t.fids.get(lower(tok))
	}
	if !ok {
		return -1, -1
	}
	for _, f := range t.forms[folded] {
		if f.s == tok {
			exact = f.id
			break
		}
	}
	return exact, folded
}

// Longest returns the longest pattern that starts at tokens[i]; End == Start
// when there is none.
func (t *Trie) Longest(tokens []string, i int) Match {
	var buf [64]byte
	n := len(tokens) - i
	if n > 16 {
		n = 16 // longer names are not expected; keeps the scratch small
	}
	var exact, folded [16]int32
	for k := 0; k < n; k++ {
		exact[k], folded[k] = t.IDs(tokens[i+k], buf[:0:64])
		if exact[k] < 0 && folded[k] < 0 {
			n = k
			break
		}
	}
	return t.longestIDs(exact[:n], folded[:n], i)
}

// longestIDs walks both tables over interned ids starting at token i.
func (t *Trie) longestIDs(exact, folded []int32, i int) Match {
	best := Match{Start: i, End: i}
	node := int32(rootExact)
	bestNode := int32(-1)
	for j, id := range exact {
		if id < 0 {
			break
		}
		child, ok := t.child(node, id)
		if !ok {
			break
		}
		node = child
		if t.has[node] {
			best.End, bestNode = i+j+1, node
		}
	}
	if bestNode >= 0 {
		best.Values = t.values(bestNode)
	}
	node = rootFold
	for j, id := range folded {
		if id < 0 {
			break
		}
		child, ok := t.child(node, id)
		if !ok {
			break
		}
		node = child
		if t.has[node] && i+j+1 > best.End {
			best.End, best.Values, best.Folded = i+j+1, t.values(node), true
		}
	}
	return best
}

// FindAll scans tokens left to right and returns the longest,
// non-overlapping matches.
func (t *Trie) FindAll(tokens []string) []Match {
	var out []Match
	for i := 0; i < len(tokens); {
		m := t.Longest(tokens, i)
		if m.End > i {
			out = append(out, m)
			i = m.End
			continue
		}
		i++
	}
	return out
}

func isASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			return false
		}
	}
	return true
}

func isLowerASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if c := s[i]; c >= utf8.RuneSelf || 'A' <= c && c <= 'Z' {
			return false
		}
	}
	return true
}

func lower(s string) string {
	if isLowerASCII(s) {
		return s
	}
	if isASCII(s) {
		return strings.ToLower(s)
	}
	r := []rune(s)
	for i, c := range r {
		r[i] = unicode.ToLower(c)
	}
	return string(r)
}

// Span is a token's byte range in a text.
type Span struct{ Start, End int }

// Tokenize splits text into word tokens: runs of letters, digits and
// word-internal marks (hyphen, apostrophe, period between letters as in
// "U.S." or "al-Assad") are words; every other non-space character is a
// token of its own; a final period stays on a word only when the word
// already contains one ("U.S." but "Moscow" + "."). The possessive "'s" is a
// separate token.
func Tokenize(text string, dst []Span) []Span {
	dst = dst[:0]
	i := 0
	for i < len(text) {
		if c := text[i]; c < utf8.RuneSelf {
			if c == ' ' || c == '\n' || c == '\t' || c == '\r' {
				i++
				continue
			}
			if asciiWord[c] {
				// fast path: a run of ASCII letters and digits
				j := i + 1
				for j < len(text) && text[j] < utf8.RuneSelf && asciiWord[text[j]] {
					j++
				}
				if j == len(text) || (text[j] == ' ' || text[j] == ',' || text[j] == '\n') {
					dst = append(dst, Span{i, j})
					i = j
					continue
				}
			}
		}
		r, w := utf8.DecodeRuneInString(text[i:])
		if unicode.IsSpace(r) || r == '_' {
			// An underscore joins the words of a compound as a space
			// does ("Dol_Amroth", PETRARCH's compound marker).
			i += w
			continue
		}
		if (r == '\'' || r == '’') && i+w < len(text) && (text[i+w] == 's' || text[i+w] == 'S') && !isWordByte(text, i+w+1) {
			dst = append(dst, Span{i, i + w + 1}) // possessive 's
			i += w + 1
			continue
		}
		if !isWordRune(r) {
			dst = append(dst, Span{i, i + w})
			i += w
			continue
		}
		start := i
		dots := 0
		i += w
		for i < len(text) {
			r, w = utf8.DecodeRuneInString(text[i:])
			if isWordRune(r) {
				i += w
				continue
			}
			if r == '-' || r == '.' || r == '\'' || r == '’' {
				// keep an inner mark when a letter or digit follows
				if i+w < len(text) {
					n, _ := utf8.DecodeRuneInString(text[i+w:])
					if isWordRune(n) {
						if r == '.' {
							dots++
						}
						if (r == '\'' || r == '’') && (n == 's' || n == 'S') && !isWordByte(text, i+w+1) {
							break // possessive 's
						}
						i += w
						continue
					}
				}
				if r == '.' && dots > 0 {
					i += w // "U.S."
				}
			}
			break
		}
		dst = append(dst, Span{start, i})
	}
	return dst
}

func isWordByte(text string, i int) bool {
	if i >= len(text) {
		return false
	}
	r, _ := utf8.DecodeRuneInString(text[i:])
	return isWordRune(r)
}

// asciiWord marks ASCII letters and digits.
var asciiWord = func() (t [utf8.RuneSelf]bool) {
	for c := 0; c < utf8.RuneSelf; c++ {
		t[c] = 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || '0' <= c && c <= '9'
	}
	return t
}()

func isWordRune(r rune) bool {
	if r < utf8.RuneSelf {
		return asciiWord[r]
	}
	return unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.Is(unicode.Mn, r)
}

// Split returns the tokens of s as strings (see Tokenize).
func Split(s string) []string {
	spans := Tokenize(s, nil)
	out := make([]string, len(spans))
	for i, sp := range spans {
		out[i] = s[sp.Start:sp.End]
	}
	return out
}

// Scanner matches plain text against a Trie, reusing its buffers. It is not
// safe for concurrent use; use one per goroutine.
type Scanner struct {
	t             *Trie
	spans         []Span
	exact, folded []int32
	buf           [64]byte
}

// NewScanner returns a Scanner over t.
func NewScanner(t *Trie) *Scanner { return &Scanner{t: t} }

// TextMatch is a match in a text: the byte span and the values.
type TextMatch struct {
	Span
	Values []int32
	Folded bool
}

// Scan tokenizes text and calls fn for each longest non-overlapping match.
func (s *Scanner) Scan(text string, fn func(TextMatch)) {
	s.spans = Tokenize(text, s.spans)
	s.exact, s.folded = s.exact[:0], s.folded[:0]
	for _, sp := range s.spans {
		e, f := s.t.IDs(text[sp.Start:sp.End], s.buf[:0:64])
		s.exact = append(s.exact, e)
		s.folded = append(s.folded, f)
	}
	for i := 0; i < len(s.spans); {
		m := s.t.longestIDs(s.exact[i:], s.folded[i:], i)
		if m.End > i && i+1 < len(s.spans) && strings.EqualFold(text[s.spans[i].Start:s.spans[i].End], "the") {
			// "The United Nations General Assembly": a name that
			// starts with "The" gives way to a longer one right after
			// the article.
			if n := s.t.longestIDs(s.exact[i+1:], s.folded[i+1:], i+1); n.End > m.End {
				i++
				continue
			}
		}
		if m.End > i {
			fn(TextMatch{Span: Span{s.spans[i].Start, s.spans[m.End-1].End}, Values: m.Values, Folded: m.Folded})
			i = m.End
			continue
		}
		i++
	}
}
