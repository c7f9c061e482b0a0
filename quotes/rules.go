package quotes

import (
	"sort"
	"strings"

	"github.com/petrel-events/petrel/actorcode"
	"github.com/petrel-events/petrel/doc"
)

// Closed word classes of the shallow rules (immutable tables).
var (
	// subjectPronouns can be a speaker on their own.
	subjectPronouns = set("he", "she", "they", "we", "i", "you", "it", "who", "which", "one", "everyone", "someone", "nobody", "many", "others", "some")
	// objectPronouns are addressees: "told them that".
	objectPronouns = set("me", "him", "her", "us", "them", "you", "reporters", "journalists", "supporters", "voters",
		"listeners", "viewers", "lawmakers", "members", "delegates", "attendees", "senators", "congress", "parliament", "everyone", "people")
	// determiners start a noun phrase.
	determiners = set("the", "a", "an", "this", "these", "those", "his", "her", "its", "their", "our", "my", "your", "that's", "every", "each", "no", "another")
	// nounMarkers before a cue word make it a noun: "the report", "his claim".
	nounMarkers = set("the", "a", "an", "this", "these", "those", "his", "her", "its", "their", "our", "my", "your",
		"'s", "’s", "every", "each", "no", "another", "first", "any", "such", "of", "to", "for", "so-called")
	// boundaries end a noun phrase scanned leftwards.
	boundaries = set("and", "or", "but", "nor", "so", "yet", "while", "as", "because", "since", "although", "though",
		"when", "whenever", "after", "before", "if", "unless", "until", "that", "which", "where", "whereas", "than",
		"then", "however", "meanwhile", "instead", "in", "on", "at", "to", "from", "with", "by", "during", "into",
		"over", "under", "about", "against", "among", "through", "via", "per", "without", "within", "like", "is", "are",
		"was", "were", "be", "been", "being", "has", "have", "had", "do", "does", "did", "will", "would", "can", "could",
		"should", "may", "might", "must", "not", "also", "still", "now", "here", "there", "even", "who", "whom", "whose",
		"what", "why", "how", "said", "says", "say", "told", "asked", "added", "what's", "it's", "upon", "toward", "towards",
		"—", "–", ";", ":", ",", "(", "[", "]", "!", "?", ".", "…", "said:", "once", "just", "only", "ago", "later", "earlier")
	// sentenceAdverbs open a sentence without being part of its subject.
	sentenceAdverbs = set("then", "but", "and", "still", "now", "yet", "so", "also", "however", "later", "meanwhile",
		"instead", "moreover", "indeed", "thus", "today", "yesterday", "separately", "earlier", "previously", "afterward")
	// colonNonSources are headline words before a colon that do not speak.
	colonNonSources = set("note", "update", "editor", "editor's", "editor’s", "correction", "clarification", "photo", "photos", "video",
		"related", "watch", "read", "source", "sources", "click", "caption", "image", "listen", "warning", "breaking",
		"exclusive", "analysis", "opinion", "q", "a", "question", "answer", "transcript", "live", "subscribe", "email", "latest", "wow", "look", "name")
)

// adjunctStarts open a phrase that may follow a cue after its content:
// "“…,” she said to cheers."
var adjunctStarts = set("to", "at", "in", "on", "during", "after", "before", "from", "while", "as", "of", "with", "outside", "inside", "afterward", "afterwards", "later", "recently", "last", "this")

// nounPreps may join a noun phrase inside a speaker: "officials in the
// capital", "a spokesman for the army".
var nounPreps = set("of", "for", "in", "from", "at")

// subordinators open a subordinate clause at the start of a content.
var subordinators = set("while", "although", "though", "if", "when", "because", "since", "after", "before", "unless", "once", "as", "whereas", "until")

// relatives open a relative clause.
var relatives = set("who", "whom", "whose", "which", "that", "where")

// skipAdverbs stand between a subject and its verb without belonging to
// either: "Carter, however, said".
var skipAdverbs = set("however", "though", "too", "meanwhile", "instead", "therefore", "nonetheless", "nevertheless")

// Cue lemmas whose content may be an infinitive ("vowed to fight").
var toComplement = set("vow", "promise", "pledge", "ask", "urge", "agree", "decide", "hope", "expect", "order",
	"demand", "propose", "want", "plan", "refuse", "seek", "threaten", "continue", "claim", "remind", "tell", "warn",
	"caution", "recommend", "swear", "appear", "seem", "call", "point", "respond", "reply", "refer")

// Cue lemmas of thought, whose prepositional object is no content ("think
// about it").
var cognitive = set("think", "believe", "feel", "know", "hope", "worry", "wonder", "fear", "doubt", "guess", "figure",
	"reckon", "expect", "speculate", "muse")

// prepositions that cannot open the content of a cognitive verb.
var prepositions = set("about", "of", "for", "on", "at", "in", "with", "into", "up", "out", "back", "over", "so", "it", "this", "that's", "like")

// connectors join a following attribution to a content: "said X and
// added Y", "…, which he said …".
var connectors = set("and", "but", ",", "with", "which", "who", "whom", "while", "as", "because", "after", "—", "–", ";", "though", "although", "whereas")

func set(words ...string) map[string]bool {
	m := make(map[string]bool, len(words))
	for _, w := range words {
		m[w] = true
	}
	return m
}

// verbCue builds the quote of the cue verb at token k of sentence [a, b).
func (st *state) verbCue(a, b, k int, lemma string) {
	if k > a && (nounMarkers[st.low[k-1]] || pastVerb(st.d.Tokens[k-1].Text)) {
		return
	}
	if st.tree != nil && st.r.lx.frame[lemma] {
		st.frameCue(a, k)
		return
	}
	// Cue span [cs, ce): auxiliaries and adverbs on the left, adjunct
	// phrases and a colon on the right.
	cs := k
	for cs > a && (st.r.lx.before[st.low[cs-1]] || st.mannerAdverb(cs-1)) && st.quote[cs-1] < 0 && !st.used[cs-1] {
		cs--
	}
	// ce ends the cue with its adjuncts, cueEnd the cue proper: a skip
	// phrase ("said Tuesday") stands outside it.
	ce := k + 1
	n, joins := st.afterPhrase(ce, b)
	ce += n
	cueEnd := ce
	if !joins {
		cueEnd = k + 1
	}
	colon := false
	if ce < b && st.low[ce] == ":" {
		ce++
		colon = true
		if cueEnd == ce-1 {
			cueEnd = ce
		}
	}
	cue := st.tokSpan(cs, cueEnd)

	// The speaker: the parse's subject, a noun phrase on the left, or one
	// after the cue when a quotation precedes ("“…,” said X").
	var spk *doc.Span
	lo, hi := cs, ce // the chunk of speaker and cue
	if sp, adjacent, ok := st.treeSpeaker(k, cs, lemma); ok {
		spk = &sp
		if adjacent {
			if i := st.tokenAt(sp.Start, a); i < lo {
				lo = i
			}
			if i := st.tokenAt(sp.End-1, a); i >= hi {
				hi = i + 1
			}
			// A subject cut short by a misparse ("…, one longtime
			// friend said."): the noun phrase after a separator.
			if lo < cs && lo > a && !st.separator(lo-1) {
				if start, ok := st.leftNP(a, cs-1); ok && start < lo && start > a && st.separator(start-1) {
					sp := st.tokSpan(start, cs)
					spk, lo = &sp, start
				}
			} else if lo > a && st.low[lo-1] == "," && st.low[cs-1] == "," && st.quote[lo-1] < 0 {
				// "The losing candidate, Jorge Pizarro, said": the
				// parse hangs the noun before the appositive name
				// elsewhere; the speaker is the whole appositive.
				if start, ok := st.leftNP(a, cs-1); ok && start < lo && (start == a || st.separator(start-1)) {
					sp := st.tokSpan(start, cs)
					spk, lo = &sp, start
				}
			}
		}
	} else if start, ok := st.leftNP(a, cs-1); ok {
		sp := st.tokSpan(start, cs)
		spk, lo = &sp, start
	} else if cs > a && st.separator(cs-1) && !strings.HasSuffix(st.low[k], "ing") {
		if end, ok := st.rightNP(ce, b); ok {
			sp := st.tokSpan(ce, end)
			spk, hi = &sp, end
		}
	}
	// Content before the chunk: "“…,” X said." / "…, X said."
	rightEnds := hi >= b || (hi == b-1 && st.finalPunct(hi)) || (hi < b && (st.low[hi] == "," || adjunctStarts[st.low[hi]] && !st.colonAfter(hi, b))) ||
		(spk != nil && st.noContentAfter(k, lemma)) || st.askedAfter(hi, b)
	if lo > a && st.separator(lo-1) && rightEnds && !colon {
		if content, ok := st.contentBefore(a, lo-1); ok {
			interrupted := hi+1 < b && st.low[hi] == "," && !st.finalPunct(hi+1)
			switch st.fragmentBefore(content, lo-1, k, a, interrupted) {
			case fragInterrupted:
				// "In his province, Marlow said, farms are losing
				// money.": the content runs over the attribution.
				if e := st.contentEnd(hi+1, b); e > hi+1 && !st.anyUsed(hi+1, e) && !st.cueWithin(hi+1, e) {
					content.End = st.d.Tokens[e-1].End
					st.emit(cue, spk, content, st.quoteKind(content, KindIndirect), a)
					return
				}
				st.emit(cue, spk, content, st.quoteKind(content, KindIndirect), a)
				st.continuation(cue, spk, b, hi)
				return
			case fragAdjunct:
				// "In a letter, Marlow asked the mayor to …": the
				// opening phrase is the cue's adjunct, not its content,
				// unless no content follows the cue.
				n, cue, spk := len(st.out), cue, spk
				defer func() {
					if len(st.out) == n && !st.used[k] && !st.treeCue(a, b, k, lemma) {
						st.emit(cue, spk, content, st.quoteKind(content, KindIndirect), a)
						st.continuation(cue, spk, b, hi)
					}
				}()
			default:
				st.emit(cue, spk, content, st.quoteKind(content, KindIndirect), a)
				st.continuation(cue, spk, b, hi)
				return
			}
		}
	}
	// "“…” Trump said." with the quotation closing the sentence before.
	if lo == a && rightEnds && !colon && a > 0 && st.quoteEnd(a-1) >= 0 && spk != nil {
		q := st.spans[st.quote[a-1]]
		if !strings.Contains(st.d.Text[q.End:st.d.Tokens[a].Start], "\n") && !st.used[a-1] {
			st.emit(cue, spk, q, KindDirect, a)
			return
		}
	}
	if spk != nil && hi > ce {
		// "said X" with nothing before it is no attribution.
		return
	}

	// Content after the cue: "X said (that) …", "X told reporters …".
	if spk == nil {
		if !st.sharedSubject(a, cs, k) {
			return
		}
		spk = st.borrowedSubject(a, cs)
	}
	c := ce
	if st.r.lx.addressee[lemma] {
		c = st.skipAddressee(c, b)
	}
	if c < b && st.low[c] == "," {
		c++
	}
	tail := false
	if c == ce {
		if n := st.cueTail(k, c, b); n > c {
			ce, c, tail = n, n, true
			cue = st.tokSpan(cs, ce)
		}
	}
	if c < b && !tail && (st.low[c] == "by" || (st.low[c] == "to" && !toComplement[lemma]) ||
		(cognitive[lemma] && prepositions[st.low[c]])) {
		return
	}
	var content doc.Span
	if sp, ok := st.treeContent(k); ok {
		content = sp
		// "said X and criticized Y": the joined attribution is not content.
		i, j := st.tokenRange(sp, a)
		if e := st.nextAttribution(i, j); e < j && e > i {
			content.End = st.d.Tokens[e-1].End
		}
	} else {
		e := st.contentEnd(c, b)
		if e <= c {
			// "X said:" closing its sentence: the next quotation.
			if colon && b < len(st.d.Tokens) {
				if q := st.quoteStart(b); q >= 0 {
					st.emit(cue, spk, st.spans[q], KindDirect, a)
				}
			}
			return
		}
		e = st.nextAttribution(c, e)
		e = st.siblingClause(k, c, e)
		if e <= c {
			return
		}
		content = st.tokSpan(c, e)
	}
	// "said X and that Y": a second complement clause joins the content.
	if j := st.tokenAt(content.End-1, a) + 1; j+2 < b && (st.low[j] == "and" || st.low[j] == "but") &&
		st.low[j+1] == "that" && !st.used[j] && !st.used[j+1] && st.quote[j] < 0 {
		if e := st.nextAttribution(j+1, st.contentEnd(j+1, b)); e > j+2 {
			content.End = st.d.Tokens[e-1].End
		}
	}
	// A quotation that starts inside the content and runs on past the
	// sentence belongs to it.
	if last := st.tokenAt(content.End-1, a); st.quote[last] >= 0 {
		if q := st.spans[st.quote[last]]; q.End > content.End {
			content.End = q.End
		}
	}
	kind := st.quoteKind(content, KindIndirect)
	if colon && kind == KindIndirect {
		kind = KindColon
	}
	st.emit(cue, spk, content, kind, a)
}

// nextAttribution returns where a content running over tokens [c, e)
// ends: before the next cue of the sentence that a connector joins
// ("said X and added Y", "…, which he said …"), else e.
func (st *state) nextAttribution(c, e int) int {
	for k := c + 1; k < e; k++ {
		if st.quote[k] >= 0 {
			continue
		}
		if st.askedAfter(k, e) {
			// "said, “…,” when asked whether …"
			end := k
			for end > c+1 && st.low[end-1] == "," && st.quote[end-1] < 0 {
				end--
			}
			return end
		}
		if _, ok := st.cueVerb(k); !ok || nounMarkers[st.low[k-1]] {
			continue
		}
		cs := k
		for cs > c && st.r.lx.before[st.low[cs-1]] {
			cs--
		}
		lo := cs
		if subjectPronouns[st.low[cs-1]] {
			lo = cs - 1
		} else if start, ok := st.coreNP(c, cs-1); ok {
			lo = start
		}
		if lo == cs && st.quotedComma(lo-1) && lo-1 > c && ingForm(st.low[k]) {
			// "“…,” adding that …": the participle's clause is an
			// attribution of its own; the content keeps its quotation.
			return lo
		}
		if lo <= c || !(connectors[st.low[lo-1]] || (st.low[lo-1] == "that" && lo-1 > c && !st.nounClause(lo-1, k))) {
			continue
		}
		if s, ok := st.subjectBefore(k, c, lo-1); ok {
			// "said she and her aides referred to …", "that firms such
			// as A and B wanted …": the connector lies inside the
			// verb's subject, which the parse starts before it; the
			// cut, if any, comes before the whole subject ("…, but
			// his friends and allies expect …").
			lo = s
			if lo <= c || !connectors[st.low[lo-1]] {
				continue
			}
		}
		if st.low[lo-1] == "," && (subordinators[st.low[c]] || (c+1 < e && st.low[c] == "that" && subordinators[st.low[c+1]])) {
			// "warned that while A, B signals C": the comma closes the
			// subordinate clause, not the content.
			continue
		}
		end := lo - 1
		for end > c && (connectors[st.low[end-1]] || st.low[end-1] == "and") {
			end--
		}
		return end
	}
	return e
}

// subjectBefore returns, on a parsed sentence, where the subject of the
// verb at token k starts when it starts after token c and before the
// connector at token j ("and", "or"), and a noun phrase after j is a
// conjunct inside it: the connector joins the subject's nouns, not two
// attributions.
func (st *state) subjectBefore(k, c, j int) (int, bool) {
	t := st.tree
	if t == nil || k < t.Base || k-t.Base >= len(t.Tokens) || st.low[j] != "and" && st.low[j] != "or" {
		return 0, false
	}
	s := t.Child(k-t.Base, "nsubj")
	if s < 0 || t.Base+s >= j {
		return 0, false
	}
	lo, _ := t.Extent(s)
	if t.Base+lo <= c {
		return 0, false
	}
	for m := j + 1 - t.Base; m < k-t.Base; m++ {
		if h := t.Heads[m]; t.RelIs(m, "conj") && h >= lo && t.Base+h < j && nominal(t.Tokens[h].UPOS) {
			return t.Base + lo, true
		}
	}
	return 0, false
}

// pastVerb reports whether a word before a cue looks like a lower-case
// past verb, which makes the cue no verb of its own: "helped found".
func pastVerb(w string) bool {
	return len(w) > 4 && w[len(w)-2:] == "ed" && !isCapitalized(w) && w != "need" && w != "speed"
}

// sharedSubject reports whether the cue verb at k with cue start cs takes
// its subject from an earlier clause: a participle after a comma ("…,
// saying that …") or a verb after "and".
func (st *state) sharedSubject(a, cs, k int) bool {
	if cs <= a {
		return false
	}
	prev := st.low[cs-1]
	w := st.low[k]
	if st.quotedComma(cs - 1) {
		prev = ","
	}
	switch prev {
	case ",", "—", "–", "while", "by", "after", "before", "when", "as":
		return len(w) > 4 && w[len(w)-3:] == "ing"
	case "and", "but":
		return len(w) > 3 && (w[len(w)-2:] == "ed" || w[len(w)-3:] == "ing" || st.r.lx.forms[w] != w)
	}
	return false
}

// quotedComma reports whether token j closes a quotation that ends with
// a comma (`“…,”`).
func (st *state) quotedComma(j int) bool {
	return j > 0 && st.quote[j] >= 0 && st.quoteEnd(j) >= 0 && st.low[j-1] == ","
}

// ingForm reports whether w looks like an -ing participle.
func ingForm(w string) bool { return len(w) > 4 && w[len(w)-3:] == "ing" }

// borrowedSubject returns the subject a cue without one of its own takes
// from its sentence [a, …): the speaker of the sentence's previous quote,
// else the phrase before the sentence's first auxiliary or cue verb.
func (st *state) borrowedSubject(a, cs int) *doc.Span {
	start := st.d.Tokens[a].Start
	for i := len(st.out) - 1; i >= 0; i-- {
		q := st.out[i]
		if q.Cue.Start < start {
			break
		}
		if q.Speaker != nil {
			sp := q.Speaker.Span
			return &sp
		}
	}
	for j := a + 1; j < cs; j++ {
		_, cue := st.cueVerb(j)
		if !st.r.lx.before[st.low[j]] && !cue && !pastVerb(st.d.Tokens[j].Text) {
			continue
		}
		if i, ok := st.leftNP(a, j-1); ok && (i == a || sentenceAdverbs[st.low[a]]) {
			sp := st.tokSpan(i, j)
			return &sp
		}
		return nil
	}
	return nil
}

// separator reports whether token k separates a content from its
// attribution: a comma, a dash or a closing quotation mark.
func (st *state) separator(k int) bool {
	switch st.low[k] {
	case ",", "—", "–":
		return true
	}
	return st.quoteEnd(k) >= 0
}

// contentBefore returns the content that ends at the separator sep of a
// sentence starting at a: the quotation the separator closes (or that ends
// just before a comma separator), else the clause from the sentence start.
func (st *state) contentBefore(a, sep int) (doc.Span, bool) {
	if q := st.quoteEnd(sep); q >= 0 {
		return st.spans[q], true
	}
	if q := st.quoteEnd(sep - 1); q >= 0 && sep-1 >= a {
		return st.spans[q], true
	}
	start := a
	for i := a; i < sep; i++ {
		if st.used[i] {
			start = i + 1
		}
	}
	for start < sep && (st.low[start] == "," || st.low[start] == "and" || st.low[start] == "but") {
		start++
	}
	if sep-start < 3 {
		return doc.Span{}, false
	}
	sp := st.tokSpan(start, sep)
	if q := st.quote[start]; q >= 0 && st.spans[q].Start < sp.Start {
		sp.Start = st.spans[q].Start
	}
	return sp, true
}

// ownAttribution reports whether quotation q ends with a comma inside its
// closing mark and more of its sentence follows: "“…,” she added." has
// an attribution of its own, which no earlier one continues into.
func (st *state) ownAttribution(q int) bool {
	sp := st.spans[q]
	k := st.tokIdx(sp.End - 1)
	if k < 1 || k+1 >= len(st.d.Tokens) || st.low[k-1] != "," || st.d.Tokens[k+1].Sentence != st.d.Tokens[k].Sentence {
		return false
	}
	return !st.finalPunct(k + 1)
}

// continuation adds the quotation that goes on after an attribution:
// "“…,” X said, “…”" or "“…,” X said on Friday. “…”" in the same
// paragraph. hi is the first token after the attribution in sentence
// [a, b); the words up to the quotation may only be adjuncts (no cue, no
// other quotation).
func (st *state) continuation(cue doc.Span, spk *doc.Span, b, hi int) {
	next := -1
	relative := false
	for j := hi; j <= b && j < len(st.d.Tokens); j++ {
		if qt := st.quoteStart(j); qt >= 0 && j > hi && j < b && st.titleAfter(hi, j) {
			if e := st.tokIdx(st.spans[qt].End - 1); e < b && e-j <= 7 {
				// a title after the attribution: "he said on “Meet
				// the Press.” “…”"
				j = e
				continue
			}
		}
		if st.quoteStart(j) >= 0 {
			if j == b || (j > hi && st.low[j-1] == ",") || j == hi {
				next = j
			}
			break
		}
		if j == b || st.quote[j] >= 0 || st.used[j] || st.low[j] == ":" || st.low[j] == ";" || (st.finalPunct(j) && j != b-1) {
			break
		}
		if _, ok := st.cueVerb(j); ok && !relative {
			break
		}
		if j > hi && st.low[j-1] == "," && relativeStarts[st.low[j]] {
			// "“…,” said X, who declined to be named. “…”": the
			// speaker's relative clause is no attribution of its own.
			relative = true
		}
	}
	q := st.quoteStart(next)
	if q < 0 || st.used[next] || st.ownAttribution(q) {
		return
	}
	between := st.d.Text[st.d.Tokens[hi-1].End:st.spans[q].Start]
	if strings.Contains(between, "\n") && !st.wholeParagraph(q, next) {
		return
	}
	st.emit(cue, spk, st.spans[q], KindDirect, next)
}

// titlePreps come before the title of a show or paper after an
// attribution: "said on “Meet the Press”".
var titlePreps = set("on", "to", "in")

// titleAfter reports whether a title preposition stands among the
// four tokens before token j, after token hi, with no separator
// between: "said on ABC's “This Week.”".
func (st *state) titleAfter(hi, j int) bool {
	for k := j - 1; k >= hi && k >= j-4; k-- {
		if titlePreps[st.low[k]] {
			return true
		}
		if isPunct(st.low[k]) || st.quote[k] >= 0 {
			return false
		}
	}
	return false
}

// relativeStarts open a relative clause on a speaker after a comma.
var relativeStarts = set("who", "whose", "whom", "which")

// wholeParagraph reports whether quotation q, opened at token k, makes
// up its paragraph alone, with no attribution of its own beside it: a
// quotation paragraph right after an attribution goes on with its
// speaker ("“…,” said X. ¶ “…”").
func (st *state) wholeParagraph(q, k int) bool {
	sp := st.spans[q]
	if k > 0 && !strings.Contains(st.d.Text[st.d.Tokens[k-1].End:sp.Start], "\n") {
		return false
	}
	e := st.tokIdx(sp.End - 1)
	if e+1 < len(st.d.Tokens) && !strings.Contains(st.d.Text[sp.End:st.d.Tokens[e+1].Start], "\n") {
		return false
	}
	return true
}

// afterPhrase returns the length in tokens of the adjunct phrase of the
// word list that starts at token i, or 0, and whether it joins the cue
// (an after phrase) or stands outside it (a skip phrase).
func (st *state) afterPhrase(i, b int) (int, bool) {
next:
	for _, p := range st.r.lx.after {
		if i+len(p) > b {
			continue
		}
		for j, w := range p {
			if st.low[i+j] != w || st.quote[i+j] >= 0 {
				continue next
			}
		}
		if k := i + len(p); k < b && st.low[k] == "with" {
			// "said in an interview with CNN": PolNeAR leaves the
			// adjunct out of the cue.
			return 0, false
		}
		return len(p), !st.r.lx.skip[strings.Join(p, " ")]
	}
	return 0, false
}

// leftNP returns the start of the noun phrase that ends at token end of a
// sentence starting at a: a pronoun, a phrase up to a boundary word, or a
// phrase followed by an appositive or relative clause between commas
// ("Smith, the party's leader,").
func (st *state) leftNP(a, end int) (int, bool) {
	if end < a || st.quote[end] >= 0 || st.used[end] {
		return 0, false
	}
	w := st.low[end]
	if skipAdverbs[w] && end > a {
		end--
		w = st.low[end]
	}
	if subjectPronouns[w] {
		return end, true
	}
	if w == "," {
		// Walk back over up to four comma-separated segments; the first
		// comma whose left side is a subject phrase (not the tail of a
		// relative clause) opens the appositive.
		commas := 0
		for j := end - 1; j > a && end-j < 40; j-- {
			if st.quote[j] >= 0 || st.used[j] || st.finalPunct(j) || st.low[j] == ":" || st.low[j] == ";" {
				return 0, false
			}
			if st.low[j] != "," || j == end-1 {
				continue
			}
			commas++
			if commas > 4 {
				return 0, false
			}
			start, ok := st.coreNP(a, j-1)
			if !ok {
				continue
			}
			if start > a && relatives[st.low[start-1]] {
				continue
			}
			return start, true
		}
		return 0, false
	}
	return st.coreNP(a, end)
}

// coreNP returns the start of the noun phrase without commas that ends at
// token end.
func (st *state) coreNP(a, end int) (int, bool) {
	j := end
	n := 0
	content := false
	for j >= a {
		w := st.low[j]
		if st.quote[j] >= 0 || st.used[j] {
			break
		}
		if w == ")" {
			k := j - 1
			for k > a && st.low[k] != "(" && j-k < 10 {
				k--
			}
			if st.low[k] != "(" {
				return 0, false
			}
			j = k - 1
			continue
		}
		if determiners[w] {
			j--
			if j > a && nounPreps[st.low[j]] && !boundaries[st.low[j-1]] && !isPunct(st.low[j-1]) && st.quote[j-1] < 0 {
				j--
				continue
			}
			break
		}
		if nounPreps[w] && j > a && j < end && !boundaries[st.low[j-1]] && !isPunct(st.low[j-1]) && st.quote[j-1] < 0 {
			// "officials in the capital", "the head of the agency"
			j--
			continue
		}
		if boundaries[w] || (isPunct(w) && w != "-" && w != "&" && w != "'s" && w != "’s" && w != "." && !st.pluralPossessive(j, a)) {
			break
		}
		if j == a && sentenceAdverbs[w] {
			break
		}
		content = true
		j--
		n++
		if n > 10 {
			return 0, false
		}
	}
	start := j + 1
	if start > end || !content {
		return 0, false
	}
	return start, true
}

// pluralPossessive reports whether token j is the apostrophe of a plural
// possessive ("farmers' groups"), glued to a word ending in "s" after
// token a.
func (st *state) pluralPossessive(j, a int) bool {
	w := st.low[j]
	if w != "'" && w != "’" || j <= a || j+1 >= len(st.low) {
		return false
	}
	toks := st.d.Tokens
	return toks[j-1].End == toks[j].Start && strings.HasSuffix(st.low[j-1], "s") && toks[j+1].Start > toks[j].End
}

// rightNP returns the end (exclusive) of the speaker after an inverted cue
// ("…,” said John Smith, a spokesman.") that starts at token i.
func (st *state) rightNP(i, b int) (int, bool) {
	if i >= b {
		return 0, false
	}
	if boundaries[st.low[i]] || isPunct(st.low[i]) {
		return 0, false
	}
	e := i
	for e < b && st.quote[e] < 0 {
		if st.low[e] == "," && e+1 < b {
			if _, ok := st.r.lx.forms[st.low[e+1]]; ok || st.low[e+1] == "according" {
				break
			}
		}
		e++
	}
	end := st.contentEnd(i, e)
	if end-i > 30 {
		// A long relative clause or appositive: the name alone.
		for k := i + 1; k < end; k++ {
			if st.low[k] == "," {
				end = k
				break
			}
		}
	}
	if end <= i || end-i > 30 {
		return 0, false
	}
	return end, true
}

// skipAddressee returns the first token after the addressee of a verb
// like "tell" that starts at token i: "told reporters that", "told CNN".
func (st *state) skipAddressee(i, b int) int {
	if i >= b {
		return i
	}
	if objectPronouns[st.low[i]] {
		return i + 1
	}
	opensContent := func(k int) bool {
		if k >= b {
			return false
		}
		w := st.low[k]
		return w == "that" || w == "," || w == ":" || st.quoteStart(k) >= 0 || subjectPronouns[w] || determiners[w]
	}
	if isCapitalized(st.d.Tokens[i].Text) && st.low[i] != "i" {
		k := i
		for k < b && k-i < 5 && isCapitalized(st.d.Tokens[k].Text) {
			k++
		}
		if opensContent(k) {
			return k
		}
	}
	if determiners[st.low[i]] {
		for k := i + 1; k < b && k-i < 5; k++ {
			if st.low[k] == "that" || st.low[k] == "," {
				return k
			}
			if st.low[k] == ":" && st.quoteStart(k+1) >= 0 {
				return k + 1 // "told a news conference: “…”"
			}
		}
	}
	// A noun addressee with a prepositional phrase, when the parse
	// slips: "told analysts on a conference call that …".
	if t := st.d.Tokens[i]; t.UPOS == "NOUN" || determiners[st.low[i]] {
		for k := i + 1; k < b && k-i < 8; k++ {
			u := st.d.Tokens[k].UPOS
			if st.low[k] == "that" && k > i+1 {
				return k
			}
			if st.low[k] == ":" && st.quoteStart(k+1) >= 0 {
				return k + 1
			}
			if u != "NOUN" && u != "PROPN" && u != "ADJ" && u != "DET" && u != "ADP" && u != "NUM" {
				break
			}
		}
	}
	return i
}

// accordingTo builds the quote of "according to X" at token k of
// sentence [a, b).
func (st *state) accordingTo(a, b, k int) {
	cue := st.tokSpan(k, k+2)
	i := k + 2
	e := i
	for e < b && st.low[e] != "," && st.quote[e] < 0 && e-i < 20 {
		e++
	}
	srcEnd := st.contentEnd(i, e)
	if srcEnd <= i {
		return
	}
	src := st.tokSpan(i, srcEnd)
	lead := true // only adverbs and conjunctions before "according"
	for j := a; j < k; j++ {
		if !sentenceAdverbs[st.low[j]] && st.low[j] != "," {
			lead = false
		}
	}
	if lead {
		c := e
		if c < b && st.low[c] == "," {
			c++
		}
		end := st.contentEnd(c, b)
		if end <= c {
			return
		}
		st.emit(cue, &src, st.tokSpan(c, end), KindIndirect, a)
		return
	}
	start := a
	for j := a; j < k; j++ {
		if st.used[j] {
			start = j + 1
		}
	}
	end := k
	for end > start && (st.low[end-1] == "," || st.low[end-1] == "—") {
		end--
	}
	if end == k && end-1 > start && copulas[st.low[end-1]] {
		// "That's according to the exit polls": the copula joins the
		// cue, its subject is the content.
		end--
		cue = st.tokSpan(end, k+2)
	}
	if end <= start {
		return
	}
	before := st.tokSpan(start, end)
	if q := st.quote[start]; q >= 0 && st.spans[q].Start < before.Start {
		before.Start = st.spans[q].Start
	}
	st.emit(cue, &src, before, KindIndirect, a)
	if e < b && st.low[e] == "," {
		if end := st.contentEnd(e+1, b); end > e+1 {
			st.emit(cue, &src, st.tokSpan(e+1, end), KindIndirect, a)
		}
	}
}

// toWhom builds the quote of a sentence of [a, b) that opens with "To"
// and a name or an object pronoun up to a comma, the holder of the view
// the rest of the sentence states ("To Lind, the rules are a
// betrayal."): cue "To", source the phrase, content the rest, as
// PolNeAR marks it (train: 11 of 13 such openings; one with a
// determiner, "To a person,", "To no one's surprise,", mostly not).
func (st *state) toWhom(a, b int) {
	if st.low[a] != "to" || a+2 >= b || st.used[a] || st.quote[a] >= 0 {
		return
	}
	w := st.d.Tokens[a+1].Text
	if !isCapitalized(w) && !objectPronouns[st.low[a+1]] {
		return
	}
	c := -1
	for k := a + 1; k < b && k <= a+8; k++ {
		if st.low[k] == "," {
			c = k
			break
		}
		if u := st.d.Tokens[k].UPOS; u == "VERB" || u == "AUX" || st.quote[k] >= 0 || st.used[k] || isPunct(st.low[k]) && st.low[k] != "." {
			return
		}
	}
	if c < a+2 {
		return
	}
	end := st.contentEnd(c+1, b)
	if end-(c+1) < 3 {
		return
	}
	for k := c + 1; k < end; k++ {
		if st.used[k] {
			return
		}
	}
	src := st.tokSpan(a+1, c)
	content := st.tokSpan(c+1, end)
	st.emit(st.tokSpan(a, a+1), &src, content, st.quoteKind(content, KindIndirect), a)
}

// copulas are the forms of "be" a cue "according to" may take before
// it.
var copulas = set("'s", "’s", "is", "was", "are", "were")

// headlinePreps may stand in the "X: …" phrase of a headline.
var headlinePreps = set("to", "on", "at")

// colonHeadline builds the quote of a short "X: …" statement of sentence
// [a, b), as in headlines ("Minister: talks will resume").
func (st *state) colonHeadline(a, b int) {
	c := -1
	for k := a; k < b && k <= a+5; k++ {
		if st.low[k] == ":" {
			c = k
			break
		}
	}
	if c <= a || st.used[a] || colonNonSources[st.low[a]] || !isCapitalized(st.d.Tokens[a].Text) {
		return
	}
	srcEnd := c
	for k := a; k < c; k++ {
		if k > a && k < c-1 && headlinePreps[st.low[k]] && srcEnd == c && st.headline(a, b) {
			// "Mayor to council: …", "Minister on talks: …": the
			// addressee or topic is no part of the source; "X at Y: …"
			// keeps its place
			if st.low[k] != "at" {
				srcEnd = k
			}
			continue
		}
		if st.quote[k] >= 0 || st.used[k] || (isPunct(st.low[k]) && st.low[k] != "." && st.low[k] != "-") ||
			boundaries[st.low[k]] || colonNonSources[st.low[k]] {
			return
		}
		if _, ok := st.r.lx.forms[st.low[k]]; ok {
			return
		}
	}
	end := st.contentEnd(c+1, b)
	if end-(c+1) < 2 || isDigitText(st.low[c+1]) {
		return
	}
	src := st.tokSpan(a, srcEnd)
	content := st.tokSpan(c+1, end)
	if last := st.tokenAt(content.End-1, a); st.quote[last] >= 0 {
		if q := st.spans[st.quote[last]]; q.End > content.End {
			content.End = q.End
		}
	}
	kind := st.quoteKind(content, KindColon)
	if kind == KindMixed {
		kind = KindColon
	}
	st.emit(st.tokSpan(c, c+1), &src, content, kind, a)
}

// isDigitText reports whether s starts with a digit ("10:30").
func isDigitText(s string) bool { return s != "" && s[0] >= '0' && s[0] <= '9' }

// tokenAt returns the index of the token holding byte off, searching from
// token from.
func (st *state) tokenAt(off, from int) int {
	toks := st.d.Tokens
	if from == 0 {
		// The scan below from the first token stops at the first token
		// ending after off (tokens are in text order), else the last.
		return min(sort.Search(len(toks), func(i int) bool { return toks[i].End > off }), len(toks)-1)
	}
	k := from
	if k >= len(toks) {
		k = len(toks) - 1
	}
	for k > 0 && toks[k].Start > off {
		k--
	}
	for k+1 < len(toks) && toks[k].End <= off {
		k++
	}
	return k
}

// spanHead returns the token of span sp (starting at or after token k)
// whose syntactic head lies outside it, or -1 (no parse).
func (st *state) spanHead(sp doc.Span, k int) int {
	toks := st.d.Tokens
	for ; k < len(toks) && toks[k].Start < sp.End; k++ {
		t := toks[k]
		if t.Start < sp.Start || t.Head < 0 || t.Sentence >= len(st.d.Sentences) {
			continue
		}
		if t.Head == 0 {
			return k
		}
		h := st.d.Sentences[t.Sentence].TokenStart + t.Head - 1
		if h < len(toks) && (toks[h].Start < sp.Start || toks[h].End > sp.End) {
			return k
		}
	}
	return -1
}

// speakerCode returns the actor code of the mention that covers the
// speaker span sp, following a pronoun to its antecedent; for a relative
// pronoun ("X, who said") the mention before it.
func (st *state) speakerCode(sp doc.Span, at int) string {
	k := st.tokenAt(sp.Start, at)
	if (st.low[k] == "who" || st.low[k] == "which") && k >= 2 && st.low[k-1] == "," {
		prev := st.d.Tokens[k-2]
		sp = doc.Span{Start: prev.Start, End: prev.End}
	}
	best := -1
	head := st.spanHead(sp, k)
	for i, m := range st.d.Actors {
		if !m.Overlaps(sp) {
			continue
		}
		if head >= 0 && m.Overlaps(st.d.Tokens[head].Span) {
			// The mention at the phrase's head: "The United States,
			// a treaty ally of the Philippines," is the United
			// States; "Japan and Australia" Japan first.
			best = i
			break
		}
		// Else the mention holding the end of the phrase.
		if best < 0 || (m.End >= sp.End-1 && st.d.Actors[best].End < sp.End-1) || m.Len() > st.d.Actors[best].Len() && m.End >= st.d.Actors[best].End {
			best = i
		}
	}
	if best < 0 {
		return ""
	}
	for hops := 0; hops < 4; hops++ {
		m := st.d.Actors[best]
		if m.Code != "" || m.Antecedent < 0 || m.Antecedent >= len(st.d.Actors) {
			break
		}
		best = m.Antecedent
	}
	return st.placed(st.d.Actors[best].Code)
}

// placed gives a bare agent code of a domestic sector (lawmakers LEG,
// police COP; not officials GOV, see actorcode.Domestic) the country of
// the story's dateline when the places layer found one ("LIMA (Reuters) -
// Lawmakers said ...": PERLEG), as the event coder does.
func (st *state) placed(code string) string {
	if !actorcode.IsSector(code) || !actorcode.Domestic(code) {
		return code
	}
	if st.dateline != "" {
		if c, err := actorcode.Compose(st.dateline, code); err == nil {
			return c
		}
	}
	return code
}

// askedAfter reports whether tokens from hi open a clause "when asked …"
// (a subordinator and the participle of an addressee verb, not followed
// by "to"): an adjunct of
// the cue before it, and an attribution of its own, not the cue's content
// ("“…,” he said when asked about X.").
func (st *state) askedAfter(hi, b int) bool {
	if hi+1 >= b || !subordinators[st.low[hi]] || !strings.HasSuffix(st.low[hi+1], "ed") ||
		(hi+2 < b && st.low[hi+2] == "to") { // "when asked to do so": a request
		return false
	}
	lemma, ok := st.cueVerb(hi + 1)
	return ok && st.r.lx.addressee[lemma]
}

// respondentCue builds the quote of the cue verb at token k (lemma) when
// the other rules left it without one and the noun phrase right before
// it names poll respondents, a word of the [respondent] section ("those
// surveyed said …", "42% say …", "Some 56 percent of Cuban-Americans
// polled said …": the parser seldom makes that phrase the subject). The
// phrase runs left to the sentence start or a separator; the content is
// the clause after the cue, up to the sentence end, a joined
// attribution or a comma before the next figure ("42% say they are
// liberal, 34% conservative"). It reports whether it emitted.
func (st *state) respondentCue(a, b, k int) bool {
	cs := k
	for cs > a && st.r.lx.before[st.low[cs-1]] && st.quote[cs-1] < 0 && !st.used[cs-1] {
		cs--
	}
	s, marked := cs, false
	for s > a {
		j := s - 1
		w := st.low[j]
		if st.separator(j) || st.quote[j] >= 0 || st.used[j] || boundaries[w] || w == ":" || w == ";" || w == "(" || w == ")" {
			break
		}
		if _, cue := st.r.lx.forms[w]; cue && !st.r.lx.respondent[w] {
			return false // another verb: "voters who say …"
		}
		if st.r.lx.respondent[w] || strings.HasSuffix(w, "%") && st.r.lx.respondent["%"] {
			marked = true
		}
		s = j
	}
	if !marked || s == cs {
		return false
	}
	c := k + 1
	if c < b && st.low[c] == "," {
		c++
	}
	e := st.contentEnd(c, b)
	for j := c + 1; j+1 < e; j++ {
		if st.low[j] == ";" || st.low[j] == "," && (isDigitText(st.low[j+1]) || numberWords[st.low[j+1]]) {
			e = j
			break
		}
	}
	e = st.nextAttribution(c, e)
	if e-c < 2 {
		return false
	}
	for j := c; j < e; j++ {
		if st.used[j] {
			return false
		}
	}
	spk := st.tokSpan(s, cs)
	content := st.tokSpan(c, e)
	st.emit(st.tokSpan(cs, k+1), &spk, content, st.quoteKind(content, KindIndirect), a)
	return true
}

// numberWords start a figure spelled out: "…, thirty percent …".
var numberWords = set("one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "twenty",
	"thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety", "half", "most", "some", "only", "just")

// siblingClause returns where a content running over tokens [c, e) after
// the cue verb at token k ends: before a verb the parse joins to the cue
// verb itself, a conjunct after "and", "but" or a comma or a clause
// after a comma ("tweeted that … and encouraged her followers to …",
// "is questioning the count, encouraging …"), when it is a cue of its
// own; else e. Such a verb is no part of the content, and PolNeAR gives
// a token to one attribution only.
func (st *state) siblingClause(k, c, e int) int {
	t := st.tree
	if t == nil {
		return e
	}
	hk := k - t.Base
	for j := c + 1; j < e; j++ {
		i := j - t.Base
		if t.Heads[i] != hk || st.quote[j] >= 0 || t.Tokens[i].UPOS != "VERB" {
			continue
		}
		if rel := t.relBase(i); rel != "conj" && rel != "advcl" {
			continue
		}
		// The clause starts after the words that join it.
		lo, _ := t.Extent(i)
		s := max(t.Base+lo, c)
		for s < j && siblingJoin[st.low[s]] {
			s++
		}
		p := s - 1
		for p > c && siblingJoin[st.low[p]] {
			p--
		}
		if p == s-1 || p <= c {
			continue
		}
		if _, ok := st.cueDecision(j); !ok {
			continue
		}
		return p + 1
	}
	return e
}

// siblingJoin are the words and marks between a content and a clause
// joined to its cue verb.
var siblingJoin = set("and", "but", ",", "—", "–", "--", ";")

// Kinds of a phrase before an attribution (fragmentBefore).
const (
	fragClause      = iota // a clause of its own: the content
	fragInterrupted        // a piece of the clause the attribution interrupts
	fragAdjunct            // an opening adjunct of the cue verb
)

// fragmentBefore tells what the phrase sp before an attribution is
// (separator sep, cue verb k, sentence start a) on a parsed sentence:
// the cue's own adjunct ("In a letter to the council, Marlow asked …",
// a phrase opening with a preposition or subordinator whose head hangs
// on the cue verb) when no comma follows the attribution; a piece of
// the clause the attribution interrupts when one does and the phrase
// is no clause of its own (no verb heads it, or it hangs on a verb as
// an adjunct: "In the long run, economists say, costs will rise"); else
// a clause. A quotation is always a clause.
func (st *state) fragmentBefore(sp doc.Span, sep, k, a int, interrupted bool) int {
	t := st.tree
	if t == nil || st.quote[st.tokenAt(sp.Start, a)] >= 0 || st.quoteEnd(sep) >= 0 || st.quoteEnd(sep-1) >= 0 {
		return fragClause
	}
	s := st.tokenAt(sp.Start, a)
	h := st.spanHead(sp, s)
	if h < 0 || h < t.Base || h >= t.Base+len(t.Tokens) {
		return fragClause
	}
	hi := h - t.Base
	verbHead := t.Tokens[hi].UPOS == "VERB" || t.Tokens[hi].UPOS == "AUX"
	adjunct := t.RelIs(hi, "obl", "advcl", "advmod", "nmod", "obl:tmod", "obl:npmod")
	opens := t.Tokens[s-t.Base].UPOS == "ADP" || t.Tokens[s-t.Base].UPOS == "SCONJ" || t.Tokens[s-t.Base].XPOS == "WRB"
	if interrupted {
		if !verbHead || adjunct {
			return fragInterrupted
		}
		return fragClause
	}
	if opens && adjunct && t.Heads[hi] == k-t.Base {
		return fragAdjunct
	}
	return fragClause
}

// anyUsed reports whether a token of [i, j) belongs to a quote already.
func (st *state) anyUsed(i, j int) bool {
	for k := i; k < j; k++ {
		if st.used[k] {
			return true
		}
	}
	return false
}

// cueWithin reports whether tokens [i, j) hold a listed cue verb or
// open with a participle ("…, X agreed, praising …", "…, who notes
// …"): an attribution of its own, which no content runs over.
func (st *state) cueWithin(i, j int) bool {
	if strings.HasPrefix(st.d.Tokens[i].XPOS, "VBG") {
		return true
	}
	for k := i + 1; k < j; k++ {
		if _, ok := st.cueVerb(k); ok && st.d.Tokens[k].UPOS == "VERB" && (st.low[k-1] == "who" || st.low[k-1] == "which" ||
			k >= i+2 && (st.low[k-2] == "who" || st.low[k-2] == "which") && st.d.Tokens[k-1].UPOS == "ADV") {
			return true
		}
	}
	return false
}

// nounClause reports whether "that" at token w opens, on a parsed
// sentence, a clause on a noun rather than one of its own: a relative
// pronoun ("the floods that residents feared") or the mark of a
// clause that complements or modifies a noun ("a report that Marlow
// said …"), whose verb is k. PolNeAR keeps such clauses inside the
// content around them.
func (st *state) nounClause(w, k int) bool {
	t := st.d.Tokens
	if t[w].Head < 0 || t[k].Head < 0 {
		return false
	}
	if t[w].UPOS == "PRON" {
		return true
	}
	return strings.HasPrefix(t[k].DepRel, "acl")
}

// colonAfter reports whether the adjunct phrase at token k of a sentence
// ending at b runs, within a few words and no other punctuation, into a
// colon before more words: "replied in a text message: “…”", whose
// content follows the colon.
func (st *state) colonAfter(k, b int) bool {
	for j := k; j < b && j < k+8; j++ {
		if st.low[j] == ":" {
			return j+1 < b
		}
		if st.quote[j] >= 0 || isPunct(st.low[j]) {
			return false
		}
	}
	return false
}
