package quotes

import (
	"strings"

	"github.com/petrel-events/petrel/doc"
)

// tree is the dependency tree of one sentence.
type tree struct{ *doc.Tree }

// newTree returns the parse of sentence s, or nil when it is unparsed.
func newTree(d *doc.Doc, s int) *tree {
	sent := d.Sentences[s]
	if sent.TokenEnd <= sent.TokenStart || d.Tokens[sent.TokenStart].Head < 0 {
		return nil
	}
	return &tree{d.Tree(s)}
}

// relBase returns the relation of token i without its subtype.
func (t *tree) relBase(i int) string {
	r, _, _ := strings.Cut(t.Tokens[i].DepRel, ":")
	return r
}

// treeSpeaker returns the subject phrase of the cue verb at token k (cue
// start cs, lemma lemma) from the parse. adjacent is false when the
// subject is borrowed from the verb the cue depends on ("…, saying …",
// "arrived and said"); an "Asked …" participle borrows none.
func (st *state) treeSpeaker(k, cs int, lemma string) (sp doc.Span, adjacent, ok bool) {
	t := st.tree
	if t == nil {
		return doc.Span{}, false, false
	}
	i := k - t.Base
	if sp, ok := st.subject(i); ok {
		return sp, true, true
	}
	if st.askedParticiple(i, cs-t.Base, lemma) {
		return doc.Span{}, false, false
	}
	switch t.relBase(i) {
	case "conj", "advcl", "xcomp":
		if h := t.Heads[i]; h >= 0 {
			if sp, ok := st.subject(h); ok {
				return sp, false, true
			}
		}
	}
	return doc.Span{}, false, false
}

// subject returns the active subject phrase of tree token i. Subjects
// the parser splits in two ("County freeholder | Ernest Coursey said")
// are joined.
func (st *state) subject(i int) (doc.Span, bool) {
	t := st.tree
	var out doc.Span
	found := false
	for _, c := range t.Kids[i] {
		if c > i || !t.RelIs(c, "nsubj") || strings.HasSuffix(t.Tokens[c].DepRel, ":pass") {
			continue
		}
		sp, ok := st.phrase(c)
		if !ok {
			continue
		}
		if found && st.d.Text[out.End:sp.Start] != " " {
			out, found = sp, true // not adjacent: the nearer one
			continue
		}
		if !found {
			out = sp
		}
		out.End = sp.End
		found = true
	}
	if !found {
		// A subject after the verb: "said Maria Lind".
		if c := t.Child(i, "nsubj"); c > i && !strings.HasSuffix(t.Tokens[c].DepRel, ":pass") {
			return st.phrase(c)
		}
		return out, false
	}
	return st.subjectLeft(i, out), true
}

// relPronoun holds the relative pronouns.
var relPronoun = set("who", "whom", "whose", "which", "that")

// demonstrative holds the demonstrative determiners.
var demonstrative = set("this", "that", "these", "those")

// subjectLeft widens the subject sp of tree token i over what the parser
// hangs on the verb before it: an earlier subject of a coordination
// ("The family, protesters | and civic leaders"), a name before an
// appositive subject ("Rendell, | a Clinton surrogate,"), a word tagged
// as punctuation ("PolitiFact | Executive Director …").
func (st *state) subjectLeft(i int, sp doc.Span) doc.Span {
	t := st.tree
	lo := st.tokIdx(sp.Start) - t.Base
	for lo > 0 {
		k := lo - 1
		free := func(j int) bool { return st.quote[t.Base+j] < 0 && !st.taken(t.Base+j, true) }
		if !free(k) {
			break
		}
		tk := t.Tokens[k]
		if t.Heads[k] == i && tk.UPOS == "PUNCT" && isCapitalized(tk.Text) && !isPunct(st.low[t.Base+k]) {
			lo = k // a word the tagger took for punctuation
			continue
		}
		// skip a comma or coordinator hung on the verb or the subject
		j := k
		gap, cc := false, false
		for j >= 0 && free(j) && (st.low[t.Base+j] == "," || t.RelIs(j, "cc") && (t.Heads[j] == i || t.Heads[j] >= lo)) {
			gap = true
			cc = cc || t.RelIs(j, "cc")
			j--
		}
		if !gap || j < 0 || !free(j) || st.inTime(t.Base+j) {
			break
		}
		// the phrase's root before the gap: "The family, | protesters"
		for h := t.Heads[j]; h >= 0 && h < j; h = t.Heads[j] {
			j = h
		}
		if t.Heads[j] != i {
			break
		}
		// an appositive subject after a name: "Rendell, | a Clinton surrogate,"
		art := st.low[t.Base+lo] == "a" || st.low[t.Base+lo] == "an" || st.low[t.Base+lo] == "the"
		if first := st.tokIdx(sp.Start) - t.Base; t.Tokens[first].UPOS == "PRON" && (!cc || j != k-1 || relPronoun[st.low[t.Base+first]]) {
			break // "Cruz, who", "…, and he": no coordination; "my siblings and I" is one
		}
		joined := false
		appos := !cc && st.low[t.Base+k] == "," && art && t.Tokens[j].UPOS == "PROPN" ||
			(t.RelIs(j, "discourse") || t.RelIs(j, "dislocated") || t.RelIs(j, "vocative")) && isCapitalized(t.Tokens[j].Text)
		// a role before the name: "Trump's attorney, | Alan Garten,"
		if !cc && st.low[t.Base+k] == "," && t.Tokens[st.tokIdx(sp.Start)-t.Base].UPOS == "PROPN" && t.Tokens[j].UPOS == "NOUN" &&
			(t.RelIs(j, "nsubj") || (t.RelIs(j, "dislocated") || t.Tokens[j].DepRel == "obl:unmarked" || t.Tokens[j].DepRel == "obl:npmod") &&
				i+1 < len(t.Tokens) && !isPunct(st.low[t.Base+i+1])) {
			// (or hung on the verb as a bare noun phrase: "Another
			// delegate, | Maria Cole of Austin, said she"; not "The
			// good news, | Lane said, is …")
			l, h := t.Extent(j)
			np := !demonstrative[st.low[t.Base+l]] && (t.Tokens[l].UPOS == "DET" || t.RelIs(l, "nmod:poss")) &&
				(l == 0 || st.quote[t.Base+l-1] < 0) // not after a quotation: "“…,” the dawn of …, Bozell said"
			if !t.RelIs(j, "nsubj") && l > 0 && !isPunct(st.low[t.Base+l-1]) {
				np = false // "Although Lee is not yet a candidate, | Ruiz …"
			}
			for m := l; m <= h && np; m++ {
				u := t.Tokens[m].UPOS
				np = u != "VERB" && u != "AUX" && (u != "PUNCT" || m == h && st.low[t.Base+m] == ",") // a noun phrase, not a clause
			}
			if np {
				appos = true
				joined = true
			}
		}
		switch {
		case joined:
		case t.RelIs(j, "nsubj") && !strings.HasSuffix(t.Tokens[j].DepRel, ":pass"):
			joined = cc || appos // a split coordination
		case t.RelIs(j, "discourse") || t.RelIs(j, "dislocated") || t.RelIs(j, "vocative"):
			joined = appos && !cc && st.low[t.Base+k] == "," && art
		}
		if !joined {
			break
		}
		if appos && !cc {
			// the appositive's closing comma: "Rendell, a Clinton surrogate, said"
			if e := st.tokIdx(sp.End-1) - t.Base + 1; e < i && st.low[t.Base+e] == "," && free(e) {
				sp.End = t.Tokens[e].End
			}
		}
		l, _ := t.Extent(j)
		for l < j && !free(l) {
			l++
		}
		lo = l
	}
	if s := t.Tokens[lo].Start; s < sp.Start {
		sp.Start = s
	}
	return sp
}

// phrase returns the span of the subtree of tree token i as a speaker
// phrase: the stretch around i that crosses no quotation and no token of
// an earlier quote, without punctuation at its edges except the comma
// that closes an appositive ("Jana Novak, the party's leader,").
func (st *state) phrase(i int) (doc.Span, bool) {
	_, hi := st.tree.Extent(i)
	return st.phraseTo(i, hi)
}

// phraseTo is phrase with the subtree cut after tree token limit.
func (st *state) phraseTo(i, limit int) (doc.Span, bool) {
	t := st.tree
	lo, hi := t.Extent(i)
	hi = min(hi, limit)
	if st.inTime(t.Base + i) {
		return doc.Span{}, false // "said Wednesday" parsed as a subject
	}
	for k := i - 1; k >= lo; k-- {
		if qs, ok := st.titleQuote(t.Base+k, t.Base+lo, t.Base+hi, false); ok {
			k = qs - t.Base
			continue
		}
		if st.quote[t.Base+k] >= 0 || st.taken(t.Base+k, true) {
			lo = k + 1
			break
		}
	}
	closing := -1 // the closing mark of a title quotation kept at the end
	for k := i + 1; k <= hi; k++ {
		if qe, ok := st.titleQuote(t.Base+k, t.Base+lo, t.Base+hi, true); ok {
			k = qe - t.Base
			closing = k
			continue
		}
		if st.quote[t.Base+k] >= 0 || st.taken(t.Base+k, true) {
			hi = k - 1
			break
		}
	}
	for lo < i && isPunct(st.low[t.Base+lo]) && st.quoteStart(t.Base+lo) < 0 {
		lo++
	}
	for hi > i && hi != closing && isPunct(st.low[t.Base+hi]) && st.low[t.Base+hi] != ")" {
		if st.low[t.Base+hi] == "," && hi-1 > lo {
			inner := false
			for k := lo + 1; k < hi; k++ {
				inner = inner || st.low[t.Base+k] == ","
			}
			if inner {
				break
			}
		}
		hi--
	}
	if st.quote[t.Base+i] >= 0 || st.taken(t.Base+i, true) || isPunct(st.low[t.Base+i]) {
		return doc.Span{}, false
	}
	sp := doc.Span{Start: t.Tokens[lo].Start, End: t.Tokens[hi].End}
	if hi == closing {
		// the speaker edge model, trained on speakers that stopped
		// before any quotation, would drop the title
		if st.keepSpk == nil {
			st.keepSpk = map[doc.Span]bool{}
		}
		st.keepSpk[sp] = true
	}
	return sp, true
}

// titleQuote reports whether a short quotation that no quote has taken
// opens (forward) or closes (backward) at token k inside [lo, hi]: a
// title or nickname inside a noun phrase ("a host of “The Late Hour,”",
// "the “Clean Air” ad"). It returns the quotation's other end.
func (st *state) titleQuote(k, lo, hi int, forward bool) (int, bool) {
	if st.quote[k] < 0 {
		return 0, false
	}
	q := st.quote[k]
	a, e := k, k
	for a > lo && st.quote[a-1] == q {
		a--
	}
	for e < hi && st.quote[e+1] == q {
		e++
	}
	if (forward && a != k) || (!forward && e != k) || st.quoteStart(a) != q || st.quoteEnd(e) != q || e-a > 7 {
		return 0, false
	}
	for j := a; j <= e; j++ {
		if st.used[j] || st.d.Tokens[j].UPOS == "VERB" || st.d.Tokens[j].UPOS == "AUX" || (j < e-1 && st.finalPunct(j)) {
			return 0, false
		}
	}
	if forward {
		return e, true
	}
	return a, true
}

// noContentAfter reports whether the cue verb at token k has no clause or
// object to its right that could be its content, besides the addressee of
// a verb like "tell" ("Obama told reporters.").
func (st *state) noContentAfter(k int, lemma string) bool {
	t := st.tree
	if t == nil {
		return false
	}
	i := k - t.Base
	objs := 0
	for _, c := range t.Kids[i] {
		if c < i {
			continue
		}
		switch t.relBase(c) {
		case "ccomp", "xcomp", "csubj":
			return false
		case "obj", "iobj":
			if !st.r.lx.addressee[lemma] {
				return false
			}
			if objs++; objs > 1 {
				return false
			}
		}
	}
	return true
}

// treeContent returns the clausal complement of the cue verb at token k
// when it follows the cue: "said (that) …".
func (st *state) treeContent(k int) (doc.Span, bool) {
	t := st.tree
	if t == nil {
		return doc.Span{}, false
	}
	i := k - t.Base
	c := t.Child(i, "ccomp")
	if c < 0 {
		return doc.Span{}, false
	}
	lo, hi := t.Extent(c)
	if lo <= i {
		return doc.Span{}, false
	}
	if o := st.splitSubject(i, c); o > i && o < lo {
		// "said a date for the trial would be set": the parser made
		// the clause's subject the cue's object
		lo = o
	}
	for hi > lo && (t.Tokens[hi].Text == "," || t.Tokens[hi].Text == ".") && st.quote[t.Base+hi] < 0 {
		hi--
	}
	return doc.Span{Start: t.Tokens[lo].Start, End: t.Tokens[hi].End}, true
}

// splitSubject returns where the object of the cue verb at tree token i
// starts when it stands right before the verb's clausal complement c,
// which has no subject of its own, and the cue takes no addressee: the
// parser's slip on "said a date … would be set"; else -1.
func (st *state) splitSubject(i, c int) int {
	t := st.tree
	if st.r.lx.addressee[st.lemma[t.Base+i]] || t.Child(c, "nsubj", "expl", "csubj") >= 0 {
		return -1
	}
	o := t.Child(i, "obj")
	if o < 0 || o < i || o > c {
		return -1
	}
	lo, hi := t.Extent(o)
	if lo <= i {
		return -1
	}
	cl, _ := t.Extent(c)
	for k := hi + 1; k < cl; k++ {
		if t.Heads[k] != c || isPunct(st.low[t.Base+k]) {
			return -1
		}
	}
	return lo
}

// clauseSpan returns the tokens [lo, hi] of the subtree of tree token c as
// a content: cut where it meets the cue chunk [cs, ce) or a token of an
// earlier quote, without edge punctuation outside quotations.
func (st *state) clauseSpan(c, cs, ce int) (lo, hi int, ok bool) {
	t := st.tree
	lo, hi = t.Extent(c)
	if c >= ce {
		lo = max(lo, ce)
	} else {
		hi = min(hi, cs-1)
	}
	for k := c; k >= lo; k-- {
		if st.used[t.Base+k] {
			lo = k + 1
			break
		}
	}
	for k := c; k <= hi; k++ {
		if st.used[t.Base+k] {
			hi = k - 1
			break
		}
	}
	for lo < hi && st.quote[t.Base+lo] < 0 && (st.low[t.Base+lo] == "," || st.low[t.Base+lo] == ":" || st.low[t.Base+lo] == "—") {
		lo++
	}
	for hi > lo && st.quote[t.Base+hi] < 0 && isPunct(st.low[t.Base+hi]) && st.low[t.Base+hi] != ")" {
		hi--
	}
	return lo, hi, lo <= hi && !st.used[t.Base+c]
}

// treeCue builds the quote of the cue verb at token k from the parse
// alone, for the constructions the surface rules leave: a subject found
// up a chain of xcomp, advcl, acl and conj heads ("went on to say",
// "told a rally, saying …"), a content that is the verb's clausal
// complement, object or prepositional object ("called for X", whose
// preposition joins the cue), or the clause the verb interrupts
// ("…, EgyptAir said on Thursday."). It reports whether it emitted.
func (st *state) treeCue(a, b, k int, lemma string) bool {
	t := st.tree
	if t == nil {
		return false
	}
	i := k - t.Base
	if st.r.lx.frame[lemma] && st.frameToCue(i) {
		return false
	}
	// The cue: adjacent auxiliaries, negation and adverbs on the left.
	cs := i
	for cs > 0 && t.Heads[cs-1] == i && t.RelIs(cs-1, "aux", "advmod", "mark") && st.quote[t.Base+cs-1] < 0 &&
		!st.used[t.Base+cs-1] && (t.RelIs(cs-1, "aux") || st.r.lx.before[st.low[t.Base+cs-1]] || st.low[t.Base+cs-1] == "to" || st.mannerAdverb(cs-1+t.Base)) {
		cs--
	}
	ce := i + 1
	if ce < len(t.Tokens) && t.Heads[ce] == i && t.RelIs(ce, "compound:prt") {
		ce++
	}
	// The speaker.
	var spk *doc.Span
	if s := t.Child(i, "nsubj"); s >= 0 && !strings.HasSuffix(t.Tokens[s].DepRel, ":pass") {
		if sp, ok := st.subject(i); ok {
			spk = &sp
		}
	} else if h := t.Heads[i]; s < 0 && h >= 0 && h < i && t.Tokens[i].DepRel == "acl" && nominal(t.Tokens[h].UPOS) && !(t.Tokens[i].XPOS == "VBN" && st.byAgent(i)) {
		// A participle on its speaker: "those supporting Clinton".
		if sp, ok := st.phraseTo(h, cs-1); ok {
			spk = &sp
		}
	} else if s < 0 && !st.askedParticiple(i, cs, lemma) {
		h, via := t.Heads[i], i
		for n := 0; h >= 0 && n < 3 && t.RelIs(via, "xcomp", "advcl", "acl", "conj"); n++ {
			if s := t.Child(h, "nsubj"); s >= 0 && !strings.HasSuffix(t.Tokens[s].DepRel, ":pass") {
				if sp, ok := st.subject(h); ok {
					spk = &sp
				}
				break
			}
			h, via = t.Heads[h], h
		}
	}
	if spk == nil {
		return st.passiveCue(a, i, cs, ce, lemma)
	}
	// The content: a complement after the cue, else one before it, else
	// the clause the cue interrupts.
	content := -1
	for _, rel := range []string{"ccomp", "xcomp", "obj", "obl"} {
		for _, c := range t.Kids[i] {
			if c < ce || !t.RelIs(c, rel) || (rel == "obj" && st.r.lx.addressee[lemma] && t.Child(i, "ccomp", "xcomp") >= 0) {
				continue
			}
			if rel == "obl" {
				cp := t.Child(c, "case")
				if cp < 0 || cp != ce || !contentPreps[st.low[t.Base+cp]] {
					continue
				}
				ce = cp + 1 // "called for": the preposition joins the cue
			}
			content = c
			break
		}
		if content >= 0 {
			break
		}
	}
	var lo, hi int
	ok := false
	if content >= 0 {
		lo, hi, ok = st.clauseSpan(content, cs, ce)
	} else if g, gok := st.relativeGap(i, cs); gok {
		lo, hi, ok = g, g, true
		if g == t.Heads[i] {
			lo = st.nounLeft(g)
		}
	} else if c := t.Child(i, "ccomp", "parataxis"); c >= 0 && c < cs {
		lo, hi, ok = st.clauseSpan(c, cs, ce)
	} else if t.RelIs(i, "parataxis", "ccomp") && t.Heads[i] >= 0 && t.Heads[i] < cs {
		lo, hi, ok = st.clauseSpan(t.Heads[i], cs, ce)
		if ok {
			// Only the clause before the attribution.
			sl, _ := st.tokenRange(*spk, a)
			hi = min(hi, sl-t.Base-1)
			for hi > lo && st.quote[t.Base+hi] < 0 && isPunct(st.low[t.Base+hi]) {
				hi--
			}
			ok = hi-lo >= 2
		}
	}
	if !ok {
		return false
	}
	sp := doc.Span{Start: t.Tokens[lo].Start, End: t.Tokens[hi].End}
	if sp.Overlaps(*spk) {
		return false
	}
	cue := st.tokSpan(t.Base+cs, t.Base+ce)
	st.emit(cue, spk, sp, st.quoteKind(sp, KindIndirect), a)
	if sp.End <= cue.Start {
		_, hi := st.tokenRange(*spk, a)
		st.continuation(cue, spk, b, max(hi, t.Base+ce))
	}
	return true
}

// tokenRange returns the token range [i, j) of span sp, searching from
// token from.
func (st *state) tokenRange(sp doc.Span, from int) (int, int) {
	return st.tokenAt(sp.Start, from), st.tokenAt(sp.End-1, from) + 1
}

// contentPreps open a prepositional content that joins its cue:
// "called for X", "referred to X", "warned of X".
var contentPreps = set("for", "to", "of", "about", "on", "against", "with", "at")

// cueTail returns where the content of the cue verb at token k starts when
// it follows the cue at token c: after the verb's particle ("pointed
// out") and after the preposition of a prepositional content ("called
// for", "referred to"), which join the cue; else c.
func (st *state) cueTail(k, c, b int) int {
	t := st.tree
	if t == nil || c >= b {
		return c
	}
	i, j := k-t.Base, c-t.Base
	if t.Heads[j] == i && t.RelIs(j, "compound:prt") && st.quote[c] < 0 {
		j++
		c++
	}
	if c < b && contentPreps[st.low[c]] && st.quote[c] < 0 && t.RelIs(j, "case") {
		if h := t.Heads[j]; h > j && t.Heads[h] == i && t.RelIs(h, "obl", "obj") {
			c++
		}
	}
	return c
}

// frameCue builds the quote of a verb of appearance at token k of a
// sentence starting at a: no source, the cue with its auxiliaries and
// adverbs, and a content from the subject to the end of the verb's
// clause, around the cue ("Trump sometimes seems fixated on China").
func (st *state) frameCue(a, k int) {
	t := st.tree
	i := k - t.Base
	s := t.Child(i, "nsubj")
	if s < 0 || s > i || t.RelIs(s, "expl") {
		return
	}
	cs := i
	for cs > s+1 && t.Heads[cs-1] == i && t.RelIs(cs-1, "aux", "advmod") && st.quote[t.Base+cs-1] < 0 {
		cs--
	}
	c := t.Child(i, "xcomp", "ccomp")
	if c < i {
		return
	}
	if st.frameToCue(i) {
		return
	}
	lo, _, ok := st.clauseSpan(s, cs, cs)
	if !ok {
		return
	}
	_, hi := t.Extent(c)
	for k := i + 1; k <= hi; k++ {
		if st.used[t.Base+k] {
			hi = k - 1
			break
		}
	}
	for hi > i && st.quote[t.Base+hi] < 0 && isPunct(st.low[t.Base+hi]) && st.low[t.Base+hi] != ")" {
		hi--
	}
	if hi <= i {
		return
	}
	content := doc.Span{Start: t.Tokens[lo].Start, End: t.Tokens[hi].End}
	st.emit(st.tokSpan(t.Base+cs, k+1), nil, content, st.quoteKind(content, KindIndirect), a)
}

// frameToCue reports whether the verb of appearance at tree token i
// leaves its quote to the cue verb of its "to"-clause: "She appeared to
// suggest that …" is the cue "appeared to suggest" with the subject as
// its source (PolNeAR train: 35 "seem/appear to" cues of 37 have one).
func (st *state) frameToCue(i int) bool {
	t := st.tree
	c := t.Child(i, "xcomp")
	if c < i || t.Tokens[c].UPOS != "VERB" {
		return false
	}
	m := t.Child(c, "mark")
	if m <= i || m >= c || st.low[t.Base+m] != "to" {
		return false
	}
	_, ok := st.cueDecision(t.Base + c)
	return ok
}

// nominal reports whether a UPOS tag is a noun or pronoun.
func nominal(upos string) bool { return upos == "NOUN" || upos == "PROPN" || upos == "PRON" }

// inTime reports whether token k lies inside a time expression.
func (st *state) inTime(k int) bool { return st.timeTok[k] }

// mannerAdverb reports whether token k is an adverb in -ly that modifies
// the verb it precedes ("grudgingly agreed", "officially endorsed"); it
// joins the cue.
func (st *state) mannerAdverb(k int) bool {
	t := st.tree
	if t == nil || k+1 >= t.Base+len(t.Tokens) {
		return false
	}
	i := k - t.Base
	return t.Tokens[i].UPOS == "ADV" && strings.HasSuffix(st.low[k], "ly") && !isCapitalized(t.Tokens[i].Text) && t.RelIs(i, "advmod") &&
		t.Heads[i] > i && st.quote[k] < 0 && !skipAdverbs[st.low[k]] && !sentenceAdverbs[st.low[k]]
}

// inSource builds the quote of "in" whose object is a source noun of the
// word list ("In a Fox poll, Cruz had 38 percent support", "Clinton led
// in the latest poll"): the cue is "in", the source its noun phrase and
// the content the rest of the sentence (after a leading phrase) or the
// clause before it. It reports whether it emitted.
func (st *state) inSource(a, b, k int) bool {
	t := st.tree
	if t == nil {
		return false
	}
	i := k - t.Base
	h := t.Heads[i]
	if h <= i || !t.RelIs(i, "case") || !st.r.lx.in[st.lemma[t.Base+h]] {
		return false
	}
	if t.Tokens[h].XPOS == "NNS" {
		// "led in the polls", "trails in national polls": a standing,
		// not a source (PolNeAR marks none).
		return false
	}
	_, hi := t.Extent(h)
	for j := i + 1; j <= hi; j++ {
		if st.used[t.Base+j] || st.quote[t.Base+j] >= 0 {
			return false
		}
	}
	for hi > i && isPunct(st.low[t.Base+hi]) {
		hi--
	}
	if hi <= i {
		return false
	}
	src := doc.Span{Start: t.Tokens[i+1].Start, End: t.Tokens[hi].End}
	lead := true // only adverbs, commas and time words before "in"
	for j := a; j < k; j++ {
		if !sentenceAdverbs[st.low[j]] && st.low[j] != "," && !st.inTime(j) {
			lead = false
		}
	}
	var content doc.Span
	if lead {
		c := t.Base + hi + 1
		if c < b && st.low[c] == "," {
			c++
		}
		end := st.contentEnd(c, b)
		if end-c < 3 {
			return false
		}
		content = st.tokSpan(c, end)
	} else {
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
		if end-start < 3 {
			return false
		}
		content = st.tokSpan(start, end)
	}
	st.emit(st.tokSpan(k, k+1), &src, content, st.quoteKind(content, KindIndirect), a)
	return true
}

// passiveCue builds the quote of a passive cue verb at tree token i with
// the cue tokens [cs, ce): "X was first reported by MSNBC" (source the
// agent, content the subject) and, for verbs of the addressee list, a
// participle with no subject ("Asked about the charges, Rubio said …":
// source the agent if any, content the question). It reports whether it
// emitted.
func (st *state) passiveCue(a, i, cs, ce int, lemma string) bool {
	t := st.tree
	var src *doc.Span
	ag := t.Child(i, "obl:agent")
	if ag < 0 && t.Child(i, "aux:pass", "nsubj:pass") >= 0 {
		// The parser's slip on a number agent: "was rejected by | 64
		// percent" as an object.
		if o := t.Child(i, "obj", "obl"); o > i && t.Child(o, "case") == ce && st.low[t.Base+ce] == "by" {
			ag = o
		}
	}
	if ag > i {
		if by := t.Child(ag, "case"); by == ce && st.low[t.Base+by] == "by" {
			if sp, ok := st.phrase(ag); ok {
				lo := t.Tokens[by+1].Start
				sp.Start = max(sp.Start, lo)
				src = &sp
				ce = by + 1 // "reported by": the preposition joins the cue
			}
		}
	}
	subj := t.Child(i, "nsubj")
	var lo, hi int
	ok, single := false, false
	switch {
	case subj >= 0 && subj < cs && t.Tokens[subj].DepRel == "nsubj:pass" && src != nil:
		lo, hi, ok = st.clauseSpan(subj, cs, cs)
		single = true // "He was backed by …", "it was mentioned by …"
	case subj < 0 && src != nil && t.Tokens[i].DepRel == "acl" && t.Tokens[i].XPOS == "VBN" && t.Heads[i] >= 0 && t.Heads[i] < cs &&
		nominal(t.Tokens[t.Heads[i]].UPOS) && !st.used[t.Base+t.Heads[i]] && st.quote[t.Base+t.Heads[i]] < 0:
		// A reduced passive on its noun: "a measure opposed by unions",
		// "The bill, opposed by House Republicans,": the noun phrase is
		// the content.
		lo, hi, ok, single = st.nounLeft(t.Heads[i]), t.Heads[i], true, true
	case subj < 0 && st.askedParticiple(i, cs, lemma):
		c := -1
		for _, k := range t.Kids[i] {
			if _, cue := st.cueVerb(t.Base + k); cue {
				continue // the main attribution the parser hung on the participle
			}
			question := t.RelIs(k, "advcl") && t.Child(k, "mark") == ce && (st.low[t.Base+ce] == "whether" || st.low[t.Base+ce] == "if")
			if k >= ce && (question || t.RelIs(k, "ccomp", "xcomp") || (t.RelIs(k, "obl") && t.Child(k, "case") == ce && contentPreps[st.low[t.Base+ce]])) {
				c = k
				break
			}
		}
		if c >= 0 {
			if t.RelIs(c, "obl") {
				ce++
			}
			lo, hi, ok = st.clauseSpan(c, cs, ce)
			break
		}
		// The parser hung the question on the main verb ("Asked if he
		// was bullied, the candidate said no"): the question runs from
		// its "if", "whether" or wh-word to the next separator.
		q := ce
		if src != nil {
			_, e := st.tokenRange(*src, t.Base+ce)
			q = e - t.Base
		}
		// Adjuncts before the question stay out of it: "Asked Tuesday
		// about X", "Asked on the radio who won the vote".
		inPP := false
		for n := 0; n < 6 && q < len(t.Tokens) && !questionWords[st.low[t.Base+q]] && st.low[t.Base+q] != "about"; n++ {
			u := t.Tokens[q].UPOS
			inPP = inPP || u == "ADP"
			if st.quote[t.Base+q] >= 0 || st.used[t.Base+q] || !(inPP || st.inTime(t.Base+q) || u == "ADV") || u == "VERB" || u == "AUX" || u == "PUNCT" {
				return false
			}
			if u == "ADV" && q == ce && src == nil && !st.inTime(t.Base+q) {
				ce++ // "asked specifically what …", "Asked later whether …"
			}
			q++
		}
		if q >= len(t.Tokens) || !questionWords[st.low[t.Base+q]] && (st.low[t.Base+q] != "about" || q == ce) {
			return false
		}
		e := q + 1
		for e < len(t.Tokens) && st.quote[t.Base+e] < 0 && !st.used[t.Base+e] && !leadPunct[st.low[t.Base+e]] && !st.finalPunct(t.Base+e) {
			e++
		}
		if e >= len(t.Tokens) || st.low[t.Base+e] != "," || e-q < 2 || st.used[t.Base+q] {
			return false
		}
		lo, hi, ok = q, e-1, true
	}
	if !ok || hi-lo < 1 && !single {
		return false
	}
	sp := doc.Span{Start: t.Tokens[lo].Start, End: t.Tokens[hi].End}
	if src != nil && sp.Overlaps(*src) {
		return false
	}
	st.emit(st.tokSpan(t.Base+cs, t.Base+ce), src, sp, st.quoteKind(sp, KindIndirect), a)
	return true
}

// questionWords open the question put to someone: "Asked whether …".
var questionWords = set("if", "whether", "what", "why", "how", "who", "whom", "which", "when", "where")

// askedParticiple reports whether the cue verb at tree token i (cue start
// cs) is the passive participle of an addressee verb opening its clause:
// "Asked about …", "when asked whether …". Its source is the one who
// asked, not the subject of the clause it hangs on.
func (st *state) askedParticiple(i, cs int, lemma string) bool {
	t := st.tree
	return st.r.lx.addressee[lemma] && strings.HasSuffix(st.low[t.Base+i], "ed") && t.Child(i, "nsubj") < 0 &&
		(t.Tokens[i].XPOS == "VBN" || cs == 0 || subordinators[st.low[t.Base+cs-1]])
}

// relativePronouns open a relative clause whose object they are: "a
// claim that the office disputes", "which Putin opposed".
var relativePronouns = set("that", "which", "what", "whom")

// gapPronouns are the pronouns a relative clause may modify as its
// missing object: "everything he said", "something they oppose".
var gapPronouns = set("something", "everything", "anything", "nothing", "all", "what")

// relativeGap returns, for a cue verb at tree token i (cue start cs)
// heading a relative clause whose object is missing, the token its
// content is: the relative pronoun that is its object ("which Putin
// opposed"), else the noun the clause modifies, whose phrase up to that
// noun the caller takes ("an arrangement the campaign has criticized").
// The clause needs a subject other than a relative pronoun, and no
// object or clause of its own.
func (st *state) relativeGap(i, cs int) (int, bool) {
	t := st.tree
	if !t.RelIs(i, "acl:relcl") {
		return 0, false
	}
	h := t.Heads[i]
	if h < 0 || h >= i || !nominal(t.Tokens[h].UPOS) || t.Tokens[h].UPOS == "PRON" && !gapPronouns[st.low[t.Base+h]] {
		return 0, false
	}
	s := t.Child(i, "nsubj")
	if s < 0 || s > cs || t.Tokens[s].DepRel != "nsubj" || relativePronouns[st.low[t.Base+s]] || st.low[t.Base+s] == "who" {
		return 0, false
	}
	if t.Child(i, "ccomp", "xcomp", "csubj", "iobj") >= 0 {
		return 0, false
	}
	if o := t.Child(i, "obj"); o >= 0 {
		if o < s && relativePronouns[st.low[t.Base+o]] && !st.used[t.Base+o] && st.quote[t.Base+o] < 0 {
			return o, true
		}
		return 0, false
	}
	if st.used[t.Base+h] || st.quote[t.Base+h] >= 0 {
		return 0, false
	}
	return h, true
}

// nounLeft returns the first token of the noun phrase of tree token h up
// to h: its determiners, possessors, numbers, adjectives and compounds
// with their own words ("the off-the-cuff style"), not a preposition or
// what stands before one ("even if not quite | the lesson").
func (st *state) nounLeft(h int) int {
	t := st.tree
	lo := h
	for k := h - 1; k >= 0; k-- {
		c := k
		for c >= 0 && t.Heads[c] != h {
			c = t.Heads[c]
		}
		if c < 0 || !t.RelIs(c, "det", "amod", "compound", "nmod:poss", "nummod") || st.used[t.Base+k] || st.quote[t.Base+k] >= 0 {
			break
		}
		lo = k
	}
	return lo
}

// byAgent reports whether tree token i has a "by" agent right after it:
// "a measure opposed by unions".
func (st *state) byAgent(i int) bool {
	t := st.tree
	for _, c := range t.Children(i, "obl:agent", "obl", "obj") {
		if p := t.Child(c, "case"); p == i+1 && st.low[t.Base+p] == "by" {
			return true
		}
	}
	return false
}
