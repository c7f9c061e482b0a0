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
	st.mergeStatementCues()
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
		if c := st.adjunctBeforeQuote(s, e); c > s {
			// "told reporters on Monday, “We will rebuild.”": the
			// adjunct before the quotation is no part of the content
			s = c
			sp.Start = toks[s].Start
			q.Content = st.d.NewTextSpan(sp)
		}
		if q.Kind == KindMixed {
			// a content cut down to its quotation is direct
			q.Kind = st.quoteKind(sp, q.Kind)
		}
		st.cueColon(q)
		st.statementCue(n)
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

// statementCue widens the cue of quote n when it is a lone participle
// after the document a verb put out ("sent an email to members saying
// …", "issued a statement saying …"): PolNeAR's cue runs from that verb
// ("issued a statement saying"; train: 20 of the gold cues).
func (st *state) statementCue(n int) {
	q := &st.out[n]
	toks := st.d.Tokens
	if q.Cue == nil {
		return
	}
	k := st.tokIdx(q.Cue.Start)
	if k >= len(toks) || toks[k].End != q.Cue.End || !statementParticiples[st.low[k]] {
		return
	}
	// the document noun, maybe with a short prepositional phrase after
	// it ("an email to members saying")
	d := -1
	for j := k - 1; j >= 0 && j >= k-5 && toks[j].Sentence == toks[k].Sentence; j-- {
		if st.quote[j] >= 0 {
			return
		}
		if documentNouns[st.lemma[j]] && toks[j].UPOS == "NOUN" {
			d = j
			break
		}
		if u := toks[j].UPOS; u != "ADP" && u != "DET" && u != "NOUN" && u != "PROPN" && u != "PRON" && u != "ADJ" {
			return
		}
	}
	if d < 1 {
		return
	}
	v := -1
	for j := d - 1; j >= 0 && j >= d-5 && toks[j].Sentence == toks[k].Sentence; j-- {
		u := toks[j].UPOS
		if u == "VERB" {
			v = j
			break
		}
		if st.quote[j] >= 0 || (u != "DET" && u != "ADJ" && u != "NOUN" && u != "NUM" && u != "ADP" && u != "PART" && u != "ADV") {
			return
		}
	}
	if v < 0 {
		return
	}
	for m := range st.out {
		if m == n {
			continue
		}
		o := st.out[m]
		if o.Cue != nil && o.Cue.Start < toks[k].Start && o.Cue.End > toks[v].Start ||
			o.Content.Start < toks[k].Start && o.Content.End > toks[v].Start {
			return
		}
	}
	cs := v
	for cs > 0 && toks[cs-1].Sentence == toks[k].Sentence && st.r.lx.before[st.low[cs-1]] && st.quote[cs-1] < 0 {
		cs--
	}
	if q.Speaker != nil && q.Speaker.End > toks[cs].Start && q.Speaker.Start < q.Cue.End {
		// the participle took a noun of the phrase for its speaker
		// ("members"): the verb's subject is the source
		st.tree = st.sentenceTree(toks[k].Sentence)
		if st.tree == nil {
			return
		}
		sp, ok := st.subject(v - st.tree.Base)
		if !ok || sp.End > toks[cs].Start {
			return
		}
		s := st.d.NewTextSpan(sp)
		q.Speaker, q.SpeakerCode = &s, st.speakerCode(sp, st.tokIdx(sp.Start))
	}
	c := st.d.NewTextSpan(doc.Span{Start: toks[cs].Start, End: q.Cue.End})
	q.Cue = &c
}

// statementParticiples introduce the words of a document: "a statement
// saying …".
var statementParticiples = set("saying", "stating", "calling", "declaring", "warning", "arguing", "claiming", "urging", "announcing", "accusing", "demanding", "asking", "noting")

// documentNouns are what a statement participle may follow.
var documentNouns = set("statement", "release", "letter", "memo", "email", "e-mail", "note", "message", "post", "tweet", "video", "ad", "report", "notice", "filing", "op-ed", "editorial", "column", "text", "communique", "communiqué", "declaration")

// mergeStatementCues joins a quote whose cue a model grew over the
// participle of another quote ("issued" → "issued a statement saying it
// took", beside "saying" → "it took …") into that other quote: one
// attribution, cue from the wider cue's start to the participle, content
// the participle's.
func (st *state) mergeStatementCues() {
	drop := -1
	for n := range st.out {
		b := &st.out[n]
		if b.Cue == nil {
			continue
		}
		k := st.tokIdx(b.Cue.Start)
		if k >= len(st.d.Tokens) || st.d.Tokens[k].End != b.Cue.End || !statementParticiples[st.low[k]] {
			continue
		}
		for m := range st.out {
			a := st.out[m]
			if m == n || a.Cue == nil || a.Cue.Start >= b.Cue.Start || a.Cue.End < b.Cue.End {
				continue
			}
			c := st.d.NewTextSpan(doc.Span{Start: a.Cue.Start, End: b.Cue.End})
			b.Cue = &c
			b.Speaker, b.SpeakerCode = a.Speaker, a.SpeakerCode
			drop = m
			break
		}
		if drop >= 0 {
			break
		}
	}
	if drop >= 0 {
		st.out = append(st.out[:drop], st.out[drop+1:]...)
		st.mergeStatementCues()
	}
}

// adjunctBeforeQuote returns where the quotation starts in a content
// over tokens [s, e] that opens with a short prepositional or time
// adjunct and a comma before a quotation running to the content's end
// ("on Monday, “…”"), or -1.
func (st *state) adjunctBeforeQuote(s, e int) int {
	if st.quote[s] >= 0 || st.quote[e] < 0 || st.d.Tokens[s].UPOS != "ADP" && !st.inTime(s) {
		return -1
	}
	for k := s + 1; k <= e && k <= s+7; k++ {
		if st.quoteStart(k) >= 0 {
			if st.low[k-1] != "," || k-1 == s || st.spans[st.quote[k]].End < st.d.Tokens[e].End {
				return -1
			}
			return k
		}
		if u := st.d.Tokens[k-1].UPOS; u == "VERB" || u == "AUX" || u == "SCONJ" || u == "PRON" || st.low[k-1] == "that" {
			return -1
		}
	}
	return -1
}
