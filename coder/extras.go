package coder

import (
	"strings"
	"time"

	"github.com/petrel-events/petrel/doc"
)

// fillDate sets the event date from a date expression attached to the
// trigger's clause (or to the speech verb that reports it), else from the
// document's published date.
func (c *Coder) fillDate(d *doc.Doc, t *tree, ev *doc.Event, trig, speech int) {
	anchors := map[int]bool{trig: true}
	x := trig
	if h := t.Heads[x]; h >= 0 && t.Tokens[x].UPOS == "NOUN" && t.Tokens[h].UPOS == "VERB" && t.RelIs(x, "obj", "nsubj:pass") {
		// An event noun carried by its verb: "agreed on Thursday to
		// impose sanctions", "sanctions were imposed on Friday".
		anchors[h] = true
		x = h
	}
	for ; x >= 0 && t.Heads[x] >= 0 && (t.RelIs(x, "conj") || t.toComplement(x)); x = t.Heads[x] {
		anchors[t.Heads[x]] = true
	}
	sent := d.Sentences[ev.Sentence]
	// A date of the event's own clause first, then one of the speech
	// verb that reports it: "said on Monday that troops had seized the
	// town on Saturday" is Saturday's seizure.
	if tx := attachedDate(d, t, sent, anchors); tx != nil {
		ev.Date, ev.DatePrecision = tx.Value, tx.Precision
		return
	}
	if speech >= 0 {
		anchors[speech] = true
		if tx := attachedDate(d, t, sent, anchors); tx != nil {
			ev.Date, ev.DatePrecision = tx.Value, tx.Precision
			return
		}
	}
	if tx := nearDay(d, sent); tx != nil && c.reachesAnchor(t, tx, anchors) {
		ev.Date, ev.DatePrecision = tx.Value, tx.Precision
		return
	}
	// The sentence's only date, in a prepositional phrase the parser hung
	// inside the subject or object (not an event noun): "attacked the
	// town in March".
	if tx := onlyDate(d, sent); tx != nil && prepositional(t, tx) && c.reachesAnchor(t, tx, anchors) {
		ev.Date, ev.DatePrecision = tx.Value, tx.Precision
		return
	}
	if d.Published.Known() {
		ev.Date = d.Published.Format("2006-01-02")
		ev.DatePrecision = "document"
	}
}

// attachedDate returns the first date of the sentence attached to an
// anchor, directly or through an oblique phrase of it, or nil.
func attachedDate(d *doc.Doc, t *tree, sent doc.Sentence, anchors map[int]bool) *doc.Timex {
	for k := range d.Times {
		tx := &d.Times[k]
		if tx.Type != "date" || !sent.Contains(tx.Span) || tx.Value == "" || strings.HasSuffix(tx.Value, "_REF") {
			continue
		}
		for i, tok := range t.Tokens {
			if !tx.Contains(tok.Span) {
				continue
			}
			h := t.Heads[i]
			if h >= 0 && !tx.Contains(t.Tokens[h].Span) && (anchors[h] || t.RelIs(i, "obl", "nmod") && obliqueOf(t, h, anchors)) {
				return tx
			}
		}
	}
	return nil
}

// onlyDate returns the sentence's one calendar date expression, or nil
// when it has none or several.
func onlyDate(d *doc.Doc, sent doc.Sentence) *doc.Timex {
	var found *doc.Timex
	for k := range d.Times {
		tx := &d.Times[k]
		if tx.Type != "date" || !sent.Contains(tx.Span) || tx.Value == "" || strings.HasSuffix(tx.Value, "_REF") {
			continue
		}
		if found != nil {
			return nil
		}
		found = tx
	}
	return found
}

// prepositional reports whether the date tx opens with "in", "on" or
// "during" as its case marker ("in March", "on May 5"), not a modifier of
// a noun ("the 2019 law", "last year's vote").
func prepositional(t *tree, tx *doc.Timex) bool {
	for i, tok := range t.Tokens {
		if !tx.Contains(tok.Span) || t.Heads[i] < 0 || tx.Contains(t.Tokens[t.Heads[i]].Span) {
			continue
		}
		for k := range t.Tokens {
			if t.Heads[k] == i && t.RelIs(k, "case") {
				switch strings.ToLower(t.Tokens[k].Text) {
				case "in", "on", "during":
					return true
				}
			}
		}
		return false
	}
	return false
}

// nearDay returns the sentence's one date of day precision within a week
// of publication ("on Sunday", "yesterday"; eight days, for a time of day
// in another zone), or nil when it has none or several.
func nearDay(d *doc.Doc, sent doc.Sentence) *doc.Timex {
	if !d.Published.Known() {
		return nil
	}
	var found *doc.Timex
	for k := range d.Times {
		tx := &d.Times[k]
		if tx.Type != "date" || tx.Precision != "day" || !sent.Contains(tx.Span) {
			continue
		}
		day, err := time.Parse("2006-01-02", tx.Value)
		if err != nil || day.Sub(d.Published.Time).Abs() > 8*24*time.Hour {
			continue
		}
		if found != nil {
			return nil
		}
		found = tx
	}
	return found
}

// reachesAnchor reports whether the date tx hangs, through nominal
// phrases, from the subject or object of an anchor: the parser often
// hangs a weekday there ("met his counterpart in Cairo on Sunday",
// "Khamenei on Monday ruled out"). Not when that subject or object is an
// event noun, which the date may be of ("criticized the invasion of X on
// Friday").
func (c *Coder) reachesAnchor(t *tree, tx *doc.Timex, anchors map[int]bool) bool {
	for i, tok := range t.Tokens {
		if !tx.Contains(tok.Span) || t.Heads[i] < 0 || tx.Contains(t.Tokens[t.Heads[i]].Span) {
			continue
		}
		x := i
		for steps := 0; steps < 6 && t.Heads[x] >= 0; steps++ {
			if anchors[t.Heads[x]] {
				return t.RelIs(x, "obj", "nsubj", "nsubj:pass", "obl", "iobj") && (x == i || len(c.dict.byNoun[t.lemma(x)]) == 0)
			}
			if !t.RelIs(x, "nmod", "obl", "appos", "compound", "flat") {
				return false
			}
			x = t.Heads[x]
		}
		return false
	}
	return false
}

// obliqueOf reports whether noun h lies in an oblique phrase of one of the
// anchors, through nominal modifiers only: the date of "met Lavrov in
// Moscow, Russia on April 5" hangs from "Russia", the place where they met.
// A date inside the object ("criticized the invasion of Iraq in 2003")
// dates the object, not the event, and is not taken.
func obliqueOf(t *tree, h int, anchors map[int]bool) bool {
	for steps := 0; h >= 0 && steps < 6; steps++ {
		up := t.Heads[h]
		if up < 0 {
			return false
		}
		if anchors[up] {
			return t.RelIs(h, "obl")
		}
		if !t.RelIs(h, "nmod", "appos", "conj", "flat", "obl") || t.Tokens[up].UPOS == "VERB" {
			return false
		}
		h = up
	}
	return false
}

// fillQuote attaches the quote whose content holds the trigger.
func (c *Coder) fillQuote(d *doc.Doc, ev *doc.Event, trig doc.Span) {
	for k := range d.Quotes {
		q := &d.Quotes[k]
		if q.Content.Contains(trig) {
			content := q.Content
			ev.Quote = &content
			return
		}
	}
}

// mergeRestated merges events of a document that restate one another: same
// CAMEO code, same source and target actors (all coded, told apart by
// actorIdentity) and factuality (sameFactuality: reported or not alike).
// The later ones
// become extra evidence of the first.
func mergeRestated(d *doc.Doc) {
	if len(d.Events) < 2 {
		return
	}
	keyOf := func(e *doc.Event) string {
		if len(e.Actors) == 0 {
			return ""
		}
		var b strings.Builder
		b.WriteString(e.CAMEO.Code)
		for _, side := range [][]doc.ActorRef{e.Actors, e.Recipients} {
			b.WriteByte('|')
			for _, a := range side {
				if a.Code == "" {
					return ""
				}
				b.WriteString(actorIdentity(a))
				b.WriteByte(',')
			}
		}
		// Factuality only: who tells it is not whether it happened
		// ("X warned that any strike would ..." told again without
		// the warning is the same hypothetical strike).
		m := e.Modality
		m.Reported = false
		b.WriteString(modKey(m))
		return b.String()
	}
	first := map[string]int{}
	out := d.Events[:0]
	for _, e := range d.Events {
		k := keyOf(&e)
		if k != "" {
			if at, ok := first[k]; ok {
				out[at].Mentions = append(out[at].Mentions, e.Evidence)
				continue
			}
			first[k] = len(out)
		}
		out = append(out, e)
	}
	d.Events = out
}

func modKey(m doc.Modality) string {
	b := []byte("----")
	for i, v := range []bool{m.Negated, m.Hypothetical, m.Future, m.Reported} {
		if v {
			b[i] = '+'
		}
	}
	return string(b)
}
