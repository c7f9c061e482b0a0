package store

import (
	"context"
	"fmt"
	"strings"
	"unicode"
)

// WordEvents counts, up to limit, the events whose evidence has every
// word of text as a whole word (SQLite, schema 3; 0 when text has no word
// to look up). A caller choosing between the text index and a scan in date
// order uses it: a common word is found faster by reading the newest
// events. Whole words, because FTS5 merges the whole list of a prefix
// before the first match (80 ms for a word in every event of a million),
// while a word's own list stops at limit; a short word (one or two
// letters) counts as limit, the words beginning with it being many.
func (s *SQLite) WordEvents(ctx context.Context, text string, limit int64) (int64, error) {
	toks := wordTokens(text)
	if len(toks) == 0 {
		return 0, nil
	}
	terms := make([]string, len(toks))
	for i, tok := range toks {
		if len([]rune(tok)) <= 2 {
			return limit, nil
		}
		terms[i] = `"` + tok + `"`
	}
	var n int64
	if err := s.db.QueryRowContext(ctx, `SELECT count(*) FROM (SELECT rowid FROM events_fts WHERE events_fts MATCH ? LIMIT ?)`, strings.Join(terms, " AND "), limit).Scan(&n); err != nil {
		return 0, fmt.Errorf("store: word counts: %w", classify(err))
	}
	return n, nil
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
