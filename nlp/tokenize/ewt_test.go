package tokenize

import (
	"bufio"
	"fmt"
	"os"
	"strings"
	"testing"

	"github.com/petrel-events/petrel/internal/sharedtest"
)

// ewtSentence is one sentence of a CoNLL-U file.
type ewtSentence struct {
	text           string
	newDoc, newPar bool
	tokens         []ewtToken
}

// ewtToken is one written token and its syntactic words (one word unless
// it is a multiword token).
type ewtToken struct {
	form  string
	words []string
}

// readCoNLLU reads the sentences of a CoNLL-U file.
func readCoNLLU(t testing.TB, path string) []ewtSentence {
	t.Helper()
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	var out []ewtSentence
	var cur ewtSentence
	rangeEnd := 0
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 1<<20)
	for sc.Scan() {
		line := sc.Text()
		switch {
		case line == "":
			if cur.text != "" || len(cur.tokens) > 0 {
				out = append(out, cur)
			}
			cur, rangeEnd = ewtSentence{}, 0
		case strings.HasPrefix(line, "# newdoc"):
			cur.newDoc = true
		case strings.HasPrefix(line, "# newpar"):
			cur.newPar = true
		case strings.HasPrefix(line, "# text = "):
			cur.text = line[len("# text = "):]
		case line[0] == '#':
		default:
			cols := strings.Split(line, "\t")
			if len(cols) < 2 || strings.Contains(cols[0], ".") {
				continue
			}
			if lo, hi, ok := strings.Cut(cols[0], "-"); ok {
				var a, b int
				fmt.Sscan(lo, &a)
				fmt.Sscan(hi, &b)
				rangeEnd = b
				cur.tokens = append(cur.tokens, ewtToken{form: cols[1]})
				continue
			}
			var id int
			fmt.Sscan(cols[0], &id)
			if id <= rangeEnd {
				tk := &cur.tokens[len(cur.tokens)-1]
				tk.words = append(tk.words, cols[1])
				continue
			}
			cur.tokens = append(cur.tokens, ewtToken{form: cols[1], words: []string{cols[1]}})
		}
	}
	if cur.text != "" {
		out = append(out, cur)
	}
	if err := sc.Err(); err != nil {
		t.Fatal(err)
	}
	return out
}

// ewtGold is a raw text rebuilt from a treebank with its gold spans.
type ewtGold struct {
	text                    string
	tokens, words, sentence map[[2]int]bool
	nTokens, nWords, nSents int
}

// rebuildEWT joins the sentences' texts: a space within a paragraph, a
// newline between paragraphs and a blank line between documents. It
// aligns the gold tokens and words to the text.
func rebuildEWT(sents []ewtSentence) ewtGold {
	g := ewtGold{tokens: map[[2]int]bool{}, words: map[[2]int]bool{}, sentence: map[[2]int]bool{}}
	var b strings.Builder
	for i, s := range sents {
		if i > 0 {
			switch {
			case s.newDoc:
				b.WriteString("\n\n")
			case s.newPar:
				b.WriteString("\n")
			default:
				b.WriteString(" ")
			}
		}
		base := b.Len()
		b.WriteString(s.text)
		pos, first, last := 0, -1, -1
		for _, tk := range s.tokens {
			g.nTokens++
			g.nWords += len(tk.words)
			for pos < len(s.text) && (s.text[pos] == ' ' || s.text[pos] == '\t') {
				pos++
			}
			k := strings.Index(s.text[pos:], tk.form)
			if k < 0 {
				continue
			}
			start := base + pos + k
			end := start + len(tk.form)
			pos += k + len(tk.form)
			if first < 0 {
				first = start
			}
			last = end
			g.tokens[[2]int{start, end}] = true
			if strings.EqualFold(strings.Join(tk.words, ""), tk.form) {
				ws := start
				for _, w := range tk.words {
					g.words[[2]int{ws, ws + len(w)}] = true
					ws += len(w)
				}
			}
		}
		if first >= 0 {
			g.sentence[[2]int{first, last}] = true
			g.nSents++
		}
	}
	g.text = b.String()
	return g
}

// prf is precision, recall and F1 in percent.
type prf struct{ p, r, f float64 }

func score(gold map[[2]int]bool, nGold int, sys [][2]int) prf {
	hit := 0
	for _, s := range sys {
		if gold[s] {
			hit++
		}
	}
	p := 100 * float64(hit) / float64(max(1, len(sys)))
	r := 100 * float64(hit) / float64(max(1, nGold))
	f := 0.0
	if p+r > 0 {
		f = 2 * p * r / (p + r)
	}
	return prf{p, r, f}
}

// ewtScores tokenizes the rebuilt text and scores it.
func ewtScores(g ewtGold) (tokens, words, sents prf, sys *scanner) {
	sc := New().newScanner(g.text)
	sc.run()
	var w, tk, ss [][2]int
	for i, t := range sc.toks {
		w = append(w, [2]int{t.Start, t.End})
		if i > 0 && t.part {
			tk[len(tk)-1][1] = t.End
		} else {
			tk = append(tk, [2]int{t.Start, t.End})
		}
	}
	for _, s := range sc.sents {
		ss = append(ss, [2]int{s.Start, s.End})
	}
	return score(g.tokens, g.nTokens, tk), score(g.words, g.nWords, w), score(g.sentence, g.nSents, ss), sc
}

// TestEWT measures token, word and sentence F1 on UD English EWT, CoNLL
// 2018 style (exact character spans). PETREL_EWT_SPLIT picks the part
// (train, dev, test; default dev); PETREL_EWT_ERRORS=1 prints errors.
func TestEWT(t *testing.T) {
	split := os.Getenv("PETREL_EWT_SPLIT")
	if split == "" {
		split = "dev"
	}
	p := sharedtest.Path(t, "data", "ud-english-ewt", "en_ewt-ud-"+split+".conllu")
	g := rebuildEWT(readCoNLLU(t, p))
	tok, word, sent, sc := ewtScores(g)
	t.Logf("EWT %s: tokens P %.2f R %.2f F1 %.2f | words P %.2f R %.2f F1 %.2f | sentences P %.2f R %.2f F1 %.2f",
		split, tok.p, tok.r, tok.f, word.p, word.r, word.f, sent.p, sent.r, sent.f)
	if os.Getenv("PETREL_EWT_ERRORS") != "" {
		printErrors(t, g, sc)
	}
	floors := map[string][3]float64{"dev": {99.0, 98.5, 82.0}, "train": {99.0, 99.0, 84.5}, "test": {98.5, 98.5, 79.0}}
	fl, ok := floors[split]
	if !ok {
		return
	}
	if tok.f < fl[0] || word.f < fl[1] || sent.f < fl[2] {
		t.Errorf("EWT %s below floor: tokens %.2f (min %.1f), words %.2f (min %.1f), sentences %.2f (min %.1f)",
			split, tok.f, fl[0], word.f, fl[1], sent.f, fl[2])
	}
}

func printErrors(t *testing.T, g ewtGold, sc *scanner) {
	sys := map[[2]int]bool{}
	for _, tk := range sc.toks {
		sys[[2]int{tk.Start, tk.End}] = true
	}
	n := 0
	for _, tk := range sc.toks {
		sp := [2]int{tk.Start, tk.End}
		if !g.words[sp] && n < 400 {
			n++
			ctx := g.text[max(0, tk.Start-25):min(len(g.text), tk.End+25)]
			t.Logf("TOK %q in %q", g.text[tk.Start:tk.End], strings.ReplaceAll(ctx, "\n", "¶"))
		}
	}
	ends := map[int]bool{}
	for s := range g.sentence {
		ends[s[1]] = true
	}
	sysEnds := map[int]bool{}
	for _, s := range sc.sents {
		sysEnds[s.End] = true
	}
	n = 0
	for e := range ends {
		if !sysEnds[e] && n < 5000 {
			n++
			t.Logf("MISSED %q", strings.ReplaceAll(g.text[max(0, e-40):e]+"‖"+g.text[e:min(len(g.text), e+30)], "\n", "¶"))
		}
	}
	n = 0
	for e := range sysEnds {
		if !ends[e] && n < 5000 {
			n++
			t.Logf("SPURIOUS %q", strings.ReplaceAll(g.text[max(0, e-40):e]+"‖"+g.text[e:min(len(g.text), e+30)], "\n", "¶"))
		}
	}
}
