package conllu

import (
	"strconv"
	"strings"

	"github.com/petrel-events/petrel/doc"
)

// FromDoc converts the sentences and tokens of d into CoNLL-U sentences,
// one word per token, with "# sent_id" and "# text" comments. idPrefix
// starts each sentence id. Line breaks inside a sentence become spaces
// in its "# text" comment, which must be one line.
func FromDoc(d *doc.Doc, idPrefix string) []*Sentence {
	out := make([]*Sentence, 0, len(d.Sentences))
	for i, s := range d.Sentences {
		cs := &Sentence{Comments: []string{
			"sent_id = " + idPrefix + strconv.Itoa(i+1),
			"text = " + oneLine.Replace(d.Surface(s.Span)),
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

var oneLine = strings.NewReplacer("\r\n", " ", "\n", " ", "\r", " ")

func isSpace(c byte) bool { return c == ' ' || c == '\n' || c == '\t' || c == '\r' }

// ToDoc converts sentences into one document whose text is their words
// separated by single spaces (sentences by a newline), with every
// annotation of the words kept on the tokens: the inverse of FromDoc up to
// white space. It is for evaluations and fixtures that start from a
// treebank.
func ToDoc(id string, ss []*Sentence) *doc.Doc {
	d := &doc.Doc{ID: id}
	var b []byte
	for si, s := range ss {
		if si > 0 {
			b = append(b, '\n')
		}
		sent := doc.Sentence{Span: doc.Span{Start: len(b)}, TokenStart: len(d.Tokens)}
		for wi, w := range s.Words {
			if wi > 0 {
				b = append(b, ' ')
			}
			start := len(b)
			b = append(b, w.Form...)
			d.Tokens = append(d.Tokens, doc.Token{Span: doc.Span{Start: start, End: len(b)}, Lemma: w.Lemma,
				UPOS: w.UPOS, XPOS: w.XPOS, Feats: w.Feats, Head: w.Head, DepRel: w.DepRel, Sentence: si, SpaceAfter: true})
		}
		sent.End, sent.TokenEnd = len(b), len(d.Tokens)
		d.Sentences = append(d.Sentences, sent)
	}
	d.Text = string(b)
	for i := range d.Tokens {
		d.Tokens[i].Text = d.Text[d.Tokens[i].Start:d.Tokens[i].End]
	}
	return d
}
