// Package petrarch reads the dictionary formats of the PETRARCH and TABARI
// event coders, so that users can bring the Phoenix dictionaries (or their
// own) to petrel:
//
//   - actor dictionaries (.actors): phrases with "+synonym" lines and dated
//     codes "[CODE >YYMMDD]", "[CODE <YYMMDD]", "[CODE YYMMDD-YYMMDD]",
//     read into kb.Entity values (people get dated kb.Role values);
//   - agent dictionaries: "PHRASE {PLURAL} [~CODE]" with "!MARKER! = ..."
//     substitution sets, read into kb.Entity agents;
//   - verb dictionaries in the CAMEO.2.0 / PETRARCH format: "&SYNSET"
//     definitions, "--- NAME [CODE] ---" blocks of verbs with irregular
//     forms in {...}, patterns "- PRE * POST [CODE]" with (...)
//     prepositional and {...} noun-phrase groups, and "~" transformations;
//   - discard lists, issue lists, preposition lists and PETR_config.ini.
//
// Readers never drop an entry silently: every line they cannot use is
// reported as a Diag with file and line, and the rest of the file is read.
package petrarch

import (
	"bufio"
	"bytes"
	"fmt"
	"io"
	"strings"
)

// Diag is a problem in a dictionary line.
type Diag struct {
	File string
	Line int
	Msg  string
}

func (d Diag) Error() string { return fmt.Sprintf("%s:%d: %s", d.File, d.Line, d.Msg) }

// line is a dictionary line with comments removed.
type line struct {
	n       int
	text    string // trimmed of trailing space, comments removed
	raw     string
	comment string // the text of a "#" comment, if any
	indent  bool   // the raw line starts with white space
}

// lines reads r, removing "<!-- -->" comments (also across lines), "#"
// comments and, when semicolon is true, the legacy ";" comments. Blank
// lines are kept (as empty text) because some formats end blocks with them.
func lines(r io.Reader, semicolon bool) ([]line, error) {
	data, err := io.ReadAll(r)
	if err != nil {
		return nil, err
	}
	out := make([]line, 0, bytes.Count(data, []byte{'\n'})+1)
	sc := bufio.NewScanner(bytes.NewReader(data))
	sc.Buffer(make([]byte, 0, 64*1024), 1<<20)
	inXML := false
	n := 0
	for sc.Scan() {
		n++
		raw := sc.Text()
		s := raw
		if inXML || strings.Contains(s, "<!--") {
			s, inXML = stripXML(s, inXML)
		}
		l := line{n: n, raw: raw, indent: len(raw) > 0 && (raw[0] == ' ' || raw[0] == '\t')}
		if i := strings.IndexByte(s, '#'); i >= 0 {
			l.comment = strings.TrimSpace(s[i+1:])
			s = s[:i]
		}
		if semicolon {
			if i := strings.IndexByte(s, ';'); i >= 0 {
				s = s[:i]
			}
		}
		l.text = strings.TrimSpace(s)
		out = append(out, l)
	}
	return out, sc.Err()
}

// stripXML removes "<!-- -->" comments from s; inXML tells whether s
// starts inside a comment, and the result whether it ends inside one.
func stripXML(s string, inXML bool) (string, bool) {
	var b strings.Builder
	for s != "" {
		if inXML {
			i := strings.Index(s, "-->")
			if i < 0 {
				return b.String(), true
			}
			s = s[i+3:]
			inXML = false
			continue
		}
		i := strings.Index(s, "<!--")
		if i < 0 {
			b.WriteString(s)
			break
		}
		b.WriteString(s[:i])
		s = s[i+4:]
		inXML = true
	}
	return b.String(), inXML
}

// phrase turns a dictionary phrase ("UNITED_NATIONS_", "HAMAS WING") into
// words separated by single spaces.
func phrase(s string) string {
	s = strings.ReplaceAll(s, "_", " ")
	return strings.Join(strings.Fields(s), " ")
}

// bracketsTail is brackets that stops at text after the last group and
// returns it as tail instead of failing.
func bracketsTail(s string) (head string, groups []string, tail string, ok bool) {
	i := strings.IndexByte(s, '[')
	if i < 0 {
		h, g, ok := brackets(s)
		return h, g, "", ok
	}
	head = strings.TrimSpace(s[:i])
	rest := s[i:]
	for {
		rest = strings.TrimSpace(rest)
		if rest == "" || rest[0] != '[' {
			return head, groups, rest, len(groups) > 0
		}
		j := strings.IndexByte(rest, ']')
		if j < 0 {
			return head, groups, rest, false
		}
		groups = append(groups, strings.TrimSpace(rest[1:j]))
		rest = rest[j+1:]
	}
}

// brackets returns the contents of every "[...]" group in s and the text
// before the first group. ok is false when a bracket is not closed.
func brackets(s string) (head string, groups []string, ok bool) {
	i := strings.IndexByte(s, '[')
	if i < 0 {
		return strings.TrimSpace(s), nil, !strings.Contains(s, "]")
	}
	head = strings.TrimSpace(s[:i])
	rest := s[i:]
	for {
		rest = strings.TrimSpace(rest)
		if rest == "" {
			return head, groups, true
		}
		if rest[0] != '[' {
			return head, groups, false
		}
		j := strings.IndexByte(rest, ']')
		if j < 0 {
			return head, groups, false
		}
		groups = append(groups, strings.TrimSpace(rest[1:j]))
		rest = rest[j+1:]
	}
}
