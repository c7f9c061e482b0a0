package conllu

import (
	"strconv"

	"github.com/petrel-events/petrel/doc"
)

// FromDoc converts the sentences and tokens of d into CoNLL-U sentences,
// one word per token, with "# sent_id" and "# text" comments. idPrefix
// starts each sentence id.
func FromDoc(d *doc.Doc, idPrefix string) []*Sentence {
	out := make([]*Sentence, 0, len(d.Sentences))
	for i, s := range d.Sentences {
		cs := &Sentence{Comments: []string{
			"sent_id = " + idPrefix + strconv.Itoa(i+1),
			"text = " + d.Surface(s.Span),
		}}
		toks := d.Tokens[s.TokenStart:s.TokenEnd]
		for j, t := range toks {
			misc := "_"
			if t.End < len(d.Text) && !isSpace(d.Text[t.End]) {
				misc = "SpaceAfter=No"
			}
			head := t.Head
			cs.Words = append(cs.Words, Word{ID: j + 1, Form: t.Text, Lemma: t.Lemma, UPOS: t.UPOS, XPOS: t.XPOS,
				Feats: t.Feats, Head: head, DepRel: t.DepRel, Deps: "_", Misc: misc})
		}
		out = append(out, cs)
	}
	return out
}

func isSpace(c byte) bool { return c == ' ' || c == '\n' || c == '\t' || c == '\r' }
