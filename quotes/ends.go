package quotes

import (
	"strings"

	"github.com/petrel-events/petrel/doc"
)

// adjustContentEnds moves the right edge of each built content to
// PolNeAR's conventions, whatever rule built it (see docs/quotes.md,
// "Content ends"):
//
//   - a separator left at the start by a later step (the cue extension
//     model eating into the content) goes (`, “…”`), and a colon right
//     after the cue before the content joins the cue (`went on to say:`);
//   - a separator left at the end outside a quotation goes (`…
//     candidate in 2016:`, `…;`, `… -`);
//   - a closing parenthesis whose opening one lies before the content
//     goes, with the period before it (`(… not guilty.)`: the
//     annotators mark the words inside);
//   - the period of an abbreviation with inner periods that ends the
//     sentence joins the content (`… entering the U.S.`, `at 7 p.m.`),
//     where the tokenizer splits it off as the final period.
func (st *state) adjustContentEnds() {
	toks := st.d.Tokens
	for n := range st.out {
		q := &st.out[n]
		sp := q.Content.Span
		if sp.End <= sp.Start {
			continue
		}
		s := st.tokIdx(sp.Start)
		e := st.tokIdx(sp.End - 1)
		if s >= len(toks) || e >= len(toks) || toks[e].End != sp.End || e < s {
			continue
		}
		if toks[s].Start == sp.Start && s < e && st.quote[s] < 0 && leadPunct[st.low[s]] {
			// a separator left at the start by a later step: ", “…”"
			for s < e && st.quote[s] < 0 && leadPunct[st.low[s]] {
				s++
			}
			sp.Start = toks[s].Start
			q.Content = st.d.NewTextSpan(sp)
		}
		st.cueColon(q)
		end := e
		for end > s && st.quote[end] < 0 && trailSeparators[st.low[end]] {
			end--
		}
		if end > s && st.low[end] == ")" && st.quote[end] < 0 && !st.opensInside(s, end) {
			end--
			for end > s && st.quote[end] < 0 && (st.low[end] == "." || trailSeparators[st.low[end]]) {
				end--
			}
		}
		if end == e && end+1 < len(toks) && st.low[end+1] == "." && toks[end+1].Start == toks[end].End &&
			toks[end+1].Sentence == toks[end].Sentence && st.quote[end+1] < 0 && st.quote[end] < 0 &&
			innerPeriods(toks[end].Text) && (end+2 >= len(toks) || toks[end+2].Sentence != toks[end].Sentence) {
			q.Content = st.d.NewTextSpan(doc.Span{Start: sp.Start, End: toks[end+1].End})
			continue
		}
		if end != e {
			q.Content = st.d.NewTextSpan(doc.Span{Start: sp.Start, End: toks[end].End})
		}
	}
}

// trailSeparators are the separators a content never ends with outside
// a quotation.
var trailSeparators = set(":", ";", "-", "--")

// opensInside reports whether an opening parenthesis lies among tokens
// [s, e).
func (st *state) opensInside(s, e int) bool {
	for k := s; k < e; k++ {
		if st.low[k] == "(" {
			return true
		}
	}
	return false
}

// innerPeriods reports whether w is an abbreviation with periods inside
// and a letter last ("U.S", "p.m", "D.C"), whose final period the
// tokenizer splits off at a sentence end.
func innerPeriods(w string) bool {
	i := strings.IndexByte(w, '.')
	if i <= 0 || len(w) > 8 {
		return false
	}
	c := w[len(w)-1]
	return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z'
}

// cueColon takes into the cue of q the colon right after it when the
// content follows the colon ("went on to say: “…”", "released the
// following statement: …"), as PolNeAR keeps it in the cue ("said:").
func (st *state) cueColon(q *doc.Quote) {
	if q.Cue == nil || q.Content.Start < q.Cue.End {
		return
	}
	toks := st.d.Tokens
	c := st.tokIdx(q.Cue.End)
	if c >= len(toks) || st.low[c] != ":" || st.quote[c] >= 0 || c+1 >= len(toks) {
		return
	}
	if c > 0 && toks[c-1].End != q.Cue.End || q.Content.Start != toks[c+1].Start {
		return
	}
	cue := st.d.NewTextSpan(doc.Span{Start: q.Cue.Start, End: toks[c].End})
	q.Cue = &cue
}
