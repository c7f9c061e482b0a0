package store

import (
	"context"
	"fmt"
	"strings"
	"unicode"
)

// WordEvents estimates how many events the text index finds for text
// (SQLite, schema 3): the smallest number of events that have a word
// beginning with one of text's words, from events_fts_terms. A caller
// choosing between the index and a scan in date order uses it: a common
// word is found faster by reading the newest events.
func (s *SQLite) WordEvents(ctx context.Context, text string) (int64, error) {
	best := int64(-1)
	for _, tok := range wordTokens(text) {
		var n int64
		if err := s.db.QueryRowContext(ctx, `SELECT coalesce(sum(doc), 0) FROM events_fts_terms WHERE term >= ? AND term < ?`, tok, tok+"\U0010FFFF").Scan(&n); err != nil {
			return 0, fmt.Errorf("store: word counts: %w", classify(err))
		}
		if best < 0 || n < best {
			best = n
		}
	}
	return max(best, 0), nil
}

// wordTokens splits text into lower-case runs of letters and digits.
func wordTokens(text string) []string {
	var out []string
	for _, w := range strings.Fields(strings.ToLower(text)) {
		out = append(out, strings.FieldsFunc(w, func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) })...)
	}
	return out
}

// WordMatch returns a condition on the events table aliased alias that
// narrows them, through the text index of schema 3, to those whose
// evidence has words beginning with each word of text (FTS5 on SQLite, the
// GIN index of to_tsvector('simple', evidence) on PostgreSQL), and its
// argument. ok is false when text has no letters or digits to look up.
// The index matches word prefixes; callers that want substrings keep their
// substring condition beside it.
func WordMatch(alias, text string, pg bool) (cond string, arg any, ok bool) {
	var terms []string
	for _, tok := range wordTokens(text) {
		if pg {
			terms = append(terms, "'"+tok+"':*")
		} else {
			terms = append(terms, `"`+tok+`"*`)
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
