// Package conllu reads and writes CoNLL-U, the Universal Dependencies file
// format (https://universaldependencies.org/format.html).
//
// Reading then writing a file reproduces it byte for byte when it is in the
// canonical form: comments first, multiword-token lines just before their
// first word, empty nodes after the word they follow, one blank line after
// each sentence.
package conllu

import (
	"bufio"
	"fmt"
	"io"
	"os"
	"strconv"
	"strings"
)

// Word is one syntactic word: a CoNLL-U line with an integer ID.
type Word struct {
	ID     int
	Form   string
	Lemma  string
	UPOS   string
	XPOS   string
	Feats  string
	Head   int // 0 for the root, -1 when unknown ("_")
	DepRel string
	Deps   string
	Misc   string
}

// MultiToken is a multiword token such as "don't" covering words
// First..Last.
type MultiToken struct {
	First, Last int
	Form        string
	Misc        string
}

// EmptyNode is an enhanced-graph empty node ("8.1"), kept verbatim. After is
// the ID of the word it follows.
type EmptyNode struct {
	After int
	Line  string
}

// Sentence is one CoNLL-U sentence.
type Sentence struct {
	Comments []string // without the leading "# "
	Words    []Word
	Multi    []MultiToken
	Empty    []EmptyNode
}

// Comment returns the value of a "# key = value" comment, or "".
func (s *Sentence) Comment(key string) string {
	for _, c := range s.Comments {
		k, v, ok := strings.Cut(c, "=")
		if ok && strings.TrimSpace(k) == key {
			return strings.TrimSpace(v)
		}
	}
	return ""
}

// SpaceAfter reports whether MISC does not hold SpaceAfter=No.
func SpaceAfter(misc string) bool {
	for f := range strings.SplitSeq(misc, "|") {
		if f == "SpaceAfter=No" {
			return false
		}
	}
	return true
}

// Text returns the sentence's "# text" comment, or rebuilds the text from
// the tokens and their SpaceAfter flags.
func (s *Sentence) Text() string {
	if t := s.Comment("text"); t != "" {
		return t
	}
	var b strings.Builder
	for _, tok := range s.Tokens() {
		b.WriteString(tok.Form)
		if tok.SpaceAfter {
			b.WriteByte(' ')
		}
	}
	return strings.TrimRight(b.String(), " ")
}

// Token is a surface token: a multiword token or a word outside any.
type Token struct {
	Form        string
	First, Last int // the word IDs it covers
	SpaceAfter  bool
}

// Tokens lists the surface tokens of the sentence in order.
func (s *Sentence) Tokens() []Token {
	var out []Token
	mi := 0
	for i := 0; i < len(s.Words); i++ {
		w := s.Words[i]
		if mi < len(s.Multi) && s.Multi[mi].First == w.ID {
			m := s.Multi[mi]
			out = append(out, Token{Form: m.Form, First: m.First, Last: m.Last, SpaceAfter: SpaceAfter(m.Misc)})
			for i+1 < len(s.Words) && s.Words[i+1].ID <= m.Last {
				i++
			}
			mi++
			continue
		}
		out = append(out, Token{Form: w.Form, First: w.ID, Last: w.ID, SpaceAfter: SpaceAfter(w.Misc)})
	}
	return out
}

// Reader reads sentences one at a time.
type Reader struct {
	sc   *bufio.Scanner
	line int
}

// NewReader returns a Reader on r.
func NewReader(r io.Reader) *Reader {
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 1<<16), 1<<24)
	return &Reader{sc: sc}
}

// Next returns the next sentence, or io.EOF after the last one.
func (r *Reader) Next() (*Sentence, error) {
	var s *Sentence
	for r.sc.Scan() {
		r.line++
		line := strings.TrimSuffix(r.sc.Text(), "\r")
		if line == "" {
			if s != nil {
				return s, nil
			}
			continue
		}
		if s == nil {
			s = &Sentence{}
		}
		if strings.HasPrefix(line, "#") {
			s.Comments = append(s.Comments, strings.TrimPrefix(strings.TrimPrefix(line, "#"), " "))
			continue
		}
		if err := s.addLine(line); err != nil {
			return nil, fmt.Errorf("conllu: line %d: %w", r.line, err)
		}
	}
	if err := r.sc.Err(); err != nil {
		return nil, fmt.Errorf("conllu: %w", err)
	}
	if s != nil {
		return s, nil
	}
	return nil, io.EOF
}

func (s *Sentence) addLine(line string) error {
	f := strings.Split(line, "\t")
	if len(f) != 10 {
		return fmt.Errorf("want 10 tab-separated fields, got %d", len(f))
	}
	id := f[0]
	if a, b, ok := strings.Cut(id, "-"); ok {
		first, err1 := strconv.Atoi(a)
		last, err2 := strconv.Atoi(b)
		if err1 != nil || err2 != nil || last < first {
			return fmt.Errorf("bad multiword token ID %q", id)
		}
		s.Multi = append(s.Multi, MultiToken{First: first, Last: last, Form: f[1], Misc: f[9]})
		return nil
	}
	if strings.Contains(id, ".") {
		s.Empty = append(s.Empty, EmptyNode{After: len(s.Words), Line: line})
		return nil
	}
	n, err := strconv.Atoi(id)
	if err != nil || n != len(s.Words)+1 {
		return fmt.Errorf("bad word ID %q (want %d)", id, len(s.Words)+1)
	}
	head := -1
	if f[6] != "_" {
		if head, err = strconv.Atoi(f[6]); err != nil {
			return fmt.Errorf("bad HEAD %q", f[6])
		}
	}
	s.Words = append(s.Words, Word{ID: n, Form: f[1], Lemma: f[2], UPOS: f[3], XPOS: f[4],
		Feats: f[5], Head: head, DepRel: f[7], Deps: f[8], Misc: f[9]})
	return nil
}

// ReadAll reads every sentence from r.
func ReadAll(r io.Reader) ([]*Sentence, error) {
	rd := NewReader(r)
	var out []*Sentence
	for {
		s, err := rd.Next()
		if err == io.EOF {
			return out, nil
		}
		if err != nil {
			return out, err
		}
		out = append(out, s)
	}
}

// ReadFile reads every sentence of a CoNLL-U file.
func ReadFile(path string) ([]*Sentence, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, fmt.Errorf("conllu: %w", err)
	}
	defer f.Close()
	ss, err := ReadAll(bufio.NewReaderSize(f, 1<<16))
	if err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	return ss, nil
}

func orBlank(s string) string {
	if s == "" {
		return "_"
	}
	return s
}

// Write writes s in CoNLL-U, followed by a blank line.
func Write(w io.Writer, s *Sentence) error {
	var b strings.Builder
	for _, c := range s.Comments {
		b.WriteString("# ")
		b.WriteString(c)
		b.WriteByte('\n')
	}
	mi, ei := 0, 0
	for ei < len(s.Empty) && s.Empty[ei].After == 0 {
		b.WriteString(s.Empty[ei].Line)
		b.WriteByte('\n')
		ei++
	}
	for _, wd := range s.Words {
		for mi < len(s.Multi) && s.Multi[mi].First == wd.ID {
			m := s.Multi[mi]
			fmt.Fprintf(&b, "%d-%d\t%s\t_\t_\t_\t_\t_\t_\t_\t%s\n", m.First, m.Last, m.Form, orBlank(m.Misc))
			mi++
		}
		head := "_"
		if wd.Head >= 0 {
			head = strconv.Itoa(wd.Head)
		}
		b.WriteString(strconv.Itoa(wd.ID))
		for _, v := range []string{wd.Form, wd.Lemma, wd.UPOS, wd.XPOS, wd.Feats, head, wd.DepRel, wd.Deps, wd.Misc} {
			b.WriteByte('\t')
			b.WriteString(orBlank(v))
		}
		b.WriteByte('\n')
		for ei < len(s.Empty) && s.Empty[ei].After == wd.ID {
			b.WriteString(s.Empty[ei].Line)
			b.WriteByte('\n')
			ei++
		}
	}
	b.WriteByte('\n')
	_, err := io.WriteString(w, b.String())
	return err
}

// WriteAll writes every sentence.
func WriteAll(w io.Writer, ss []*Sentence) error {
	for _, s := range ss {
		if err := Write(w, s); err != nil {
			return err
		}
	}
	return nil
}
