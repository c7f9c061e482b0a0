// Package udeval scores CoNLL-U output against a gold file the way the
// CoNLL 2018 shared task did: tokens, sentences and words are aligned on
// their character spans (white space ignored), words inside multiword
// tokens by the longest common subsequence of their forms, and every
// metric is an F1 over the aligned words. With identical tokenization the
// F1 figures equal plain accuracies.
package udeval

import (
	"errors"
	"fmt"
	"strings"
	"unicode"

	"github.com/petrel-events/petrel/nlp/conllu"
)

// Score counts one metric.
type Score struct {
	Gold, System, Correct int
}

// Precision returns Correct/System.
func (s Score) Precision() float64 { return ratio(s.Correct, s.System) }

// Recall returns Correct/Gold.
func (s Score) Recall() float64 { return ratio(s.Correct, s.Gold) }

// F1 returns the harmonic mean of precision and recall.
func (s Score) F1() float64 { return ratio(2*s.Correct, s.Gold+s.System) }

func ratio(a, b int) float64 {
	if b == 0 {
		return 0
	}
	return float64(a) / float64(b)
}

// Result holds every metric.
type Result struct {
	Tokens, Sentences, Words Score
	UPOS, XPOS, UFeats       Score
	Lemmas                   Score
	UAS                      Score
	// LAS compares the universal part of the relation (before ':'), as
	// the CoNLL 2018 script does; LASFull compares full labels with
	// subtypes (nsubj:pass, obl:agent ...).
	LAS, LASFull Score
}

// Metrics lists the metrics in report order with their names.
func (r *Result) Metrics() []struct {
	Name  string
	Score Score
} {
	return []struct {
		Name  string
		Score Score
	}{
		{"Tokens", r.Tokens}, {"Sentences", r.Sentences}, {"Words", r.Words},
		{"UPOS", r.UPOS}, {"XPOS", r.XPOS}, {"UFeats", r.UFeats}, {"Lemmas", r.Lemmas},
		{"UAS", r.UAS}, {"LAS", r.LAS}, {"LAS (full labels)", r.LASFull},
	}
}

type span struct{ start, end int }

type word struct {
	span  span
	multi bool
	w     *conllu.Word
	head  int // global index of the head word, -1 for the root
}

type file struct {
	chars     []rune
	tokens    []span
	sentences []span
	words     []word
}

func load(ss []*conllu.Sentence) *file {
	f := &file{}
	for _, s := range ss {
		sentStart := len(f.chars)
		base := len(f.words)
		for _, t := range s.Tokens() {
			start := len(f.chars)
			for _, r := range t.Form {
				if !unicode.IsSpace(r) {
					f.chars = append(f.chars, r)
				}
			}
			sp := span{start, len(f.chars)}
			f.tokens = append(f.tokens, sp)
			for id := t.First; id <= t.Last; id++ {
				w := &s.Words[id-1]
				head := -1
				if w.Head > 0 {
					head = base + w.Head - 1
				}
				f.words = append(f.words, word{span: sp, multi: t.Last > t.First, w: w, head: head})
			}
		}
		if len(f.chars) > sentStart {
			f.sentences = append(f.sentences, span{sentStart, len(f.chars)})
		}
	}
	return f
}

func spanScore(gold, sys []span) Score {
	s := Score{Gold: len(gold), System: len(sys)}
	i, j := 0, 0
	for i < len(gold) && j < len(sys) {
		switch {
		case gold[i].start < sys[j].start:
			i++
		case gold[i].start > sys[j].start:
			j++
		default:
			if gold[i].end == sys[j].end {
				s.Correct++
			}
			i++
			j++
		}
	}
	return s
}

// Evaluate scores system against gold. Their texts, without white space,
// must be identical.
func Evaluate(gold, system []*conllu.Sentence) (*Result, error) {
	g, s := load(gold), load(system)
	if string(g.chars) != string(s.chars) {
		i := 0
		for i < len(g.chars) && i < len(s.chars) && g.chars[i] == s.chars[i] {
			i++
		}
		return nil, fmt.Errorf("udeval: the texts differ at character %d: gold %q, system %q",
			i, snippet(g.chars, i), snippet(s.chars, i))
	}
	if len(g.words) == 0 {
		return nil, errors.New("udeval: empty gold file")
	}
	r := &Result{
		Tokens:    spanScore(g.tokens, s.tokens),
		Sentences: spanScore(g.sentences, s.sentences),
	}
	align := alignWords(g.words, s.words)
	// gold index → system index
	toSys := make([]int, len(g.words))
	for i := range toSys {
		toSys[i] = -2
	}
	for _, p := range align {
		toSys[p[0]] = p[1]
	}
	all := []*Score{&r.Words, &r.UPOS, &r.XPOS, &r.UFeats, &r.Lemmas, &r.UAS, &r.LAS, &r.LASFull}
	for _, sc := range all {
		sc.Gold, sc.System = len(g.words), len(s.words)
	}
	for _, p := range align {
		gw, sw := g.words[p[0]], s.words[p[1]]
		r.Words.Correct++
		if gw.w.UPOS == sw.w.UPOS {
			r.UPOS.Correct++
		}
		if gw.w.XPOS == sw.w.XPOS {
			r.XPOS.Correct++
		}
		if feats(gw.w.Feats) == feats(sw.w.Feats) {
			r.UFeats.Correct++
		}
		if gw.w.Lemma == sw.w.Lemma || gw.w.Lemma == "_" {
			r.Lemmas.Correct++
		}
		headOK := gw.head == -1 && sw.head == -1 || gw.head >= 0 && toSys[gw.head] == sw.head
		if headOK {
			r.UAS.Correct++
			if universal(gw.w.DepRel) == universal(sw.w.DepRel) {
				r.LAS.Correct++
			}
			if gw.w.DepRel == sw.w.DepRel {
				r.LASFull.Correct++
			}
		}
	}
	return r, nil
}

func snippet(r []rune, i int) string {
	return string(r[i:min(len(r), i+20)])
}

func universal(rel string) string {
	u, _, _ := strings.Cut(rel, ":")
	return u
}

// feats keeps the universal features, as the CoNLL 2018 script does.
func feats(f string) string {
	if f == "_" {
		return ""
	}
	var keep []string
	for x := range strings.SplitSeq(f, "|") {
		name, _, _ := strings.Cut(x, "=")
		switch name {
		case "Abbr", "AdpType", "AdvType", "Animacy", "Aspect", "Case", "Clusivity", "ConjType", "Definite",
			"Degree", "Evident", "Foreign", "Gender", "Mood", "NounClass", "NumType", "Number", "Person",
			"Polarity", "Polite", "Poss", "PronType", "Reflex", "Tense", "Typo", "VerbForm", "Voice":
			keep = append(keep, x)
		}
	}
	return strings.Join(keep, "|")
}

// alignWords returns aligned (gold, system) word index pairs.
func alignWords(g, s []word) [][2]int {
	var out [][2]int
	gi, si := 0, 0
	for gi < len(g) && si < len(s) {
		if g[gi].multi || s[si].multi {
			gs, ss := gi, si
			gi, si = multiwordSpan(g, s, gi, si)
			out = append(out, lcsAlign(g[gs:gi], s[ss:si], gs, ss)...)
			continue
		}
		switch {
		case g[gi].span == s[si].span:
			out = append(out, [2]int{gi, si})
			gi++
			si++
		case g[gi].span.start <= s[si].span.start:
			gi++
		default:
			si++
		}
	}
	return out
}

// multiwordSpan extends a region from gi, si that covers the multiword
// token(s) there and every word overlapping them.
func multiwordSpan(g, s []word, gi, si int) (int, int) {
	var end int
	if g[gi].multi {
		end = g[gi].span.end
		if !s[si].multi && s[si].span.start < g[gi].span.start {
			si++
		}
	} else {
		end = s[si].span.end
		if !g[gi].multi && g[gi].span.start < s[si].span.start {
			gi++
		}
	}
	for gi < len(g) && g[gi].span.start < end || si < len(s) && s[si].span.start < end {
		if gi < len(g) && (si >= len(s) || g[gi].span.start <= s[si].span.start) {
			if g[gi].multi && g[gi].span.end > end {
				end = g[gi].span.end
			}
			gi++
		} else {
			if s[si].multi && s[si].span.end > end {
				end = s[si].span.end
			}
			si++
		}
	}
	return gi, si
}

// lcsAlign aligns words of two regions by the longest common subsequence
// of their lower-case forms.
func lcsAlign(g, s []word, goff, soff int) [][2]int {
	n, m := len(g), len(s)
	if n == 0 || m == 0 {
		return nil
	}
	lcs := make([][]int, n+1)
	for i := range lcs {
		lcs[i] = make([]int, m+1)
	}
	for i := n - 1; i >= 0; i-- {
		for j := m - 1; j >= 0; j-- {
			if strings.EqualFold(g[i].w.Form, s[j].w.Form) {
				lcs[i][j] = 1 + lcs[i+1][j+1]
			} else {
				lcs[i][j] = max(lcs[i+1][j], lcs[i][j+1])
			}
		}
	}
	var out [][2]int
	i, j := 0, 0
	for i < n && j < m {
		switch {
		case strings.EqualFold(g[i].w.Form, s[j].w.Form):
			out = append(out, [2]int{goff + i, soff + j})
			i++
			j++
		case lcs[i+1][j] >= lcs[i][j+1]:
			i++
		default:
			j++
		}
	}
	return out
}
