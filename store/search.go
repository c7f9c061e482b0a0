package store

import (
	"strings"
	"unicode"
)

// WordMatch returns a condition on the events table aliased alias that
// narrows them, through the text index of schema 3, to those whose
// evidence has words beginning with each word of text (FTS5 on SQLite, the
// GIN index of to_tsvector('simple', evidence) on PostgreSQL), and its
// argument. ok is false when text has no letters or digits to look up.
// The index matches word prefixes; callers that want substrings keep their
// substring condition beside it.
func WordMatch(alias, text string, pg bool) (cond string, arg any, ok bool) {
	var terms []string
	for _, w := range strings.Fields(strings.ToLower(text)) {
		for _, tok := range strings.FieldsFunc(w, func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) }) {
			if pg {
				terms = append(terms, "'"+tok+"':*")
			} else {
				terms = append(terms, `"`+tok+`"*`)
			}
		}
	}
	if len(terms) == 0 {
		return "", nil, false
	}
	if pg {
		return "to_tsvector('simple', " + alias + ".evidence) @@ to_tsquery('simple', ?)", strings.Join(terms, " & "), true
	}
	return alias + ".event_id IN (SELECT rowid FROM events_fts WHERE events_fts MATCH ?)", strings.Join(terms, " AND "), true
}
