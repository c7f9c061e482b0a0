package main

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"testing"

	"github.com/petrel-events/petrel/doc"
	"github.com/petrel-events/petrel/quotes"
)

func TestSpanExp(t *testing.T) {
	if os.Getenv("SPANEXP") == "" {
		t.Skip()
	}
	ctx := context.Background()
	dir := "/work/shared/eval/quotes-polnear"
	tr, err := loadPolNeAR(ctx, dir, "train", "/tmp/cues-cache")
	if err != nil {
		t.Fatal(err)
	}
	r0, err := quotes.New()
	if err != nil {
		t.Fatal(err)
	}
	r0 = r0.WithSpanModel(nil)
	quotes.SetSpanIndep(os.Getenv("INDEP") != "")
	epochs := []int{1, 3, 5, 8}
	if e := os.Getenv("EPOCHS"); e != "" {
		n, _ := strconv.Atoi(e)
		epochs = []int{n}
	}
	ex := make([][]quotes.SpanExample, len(tr.Docs))
	n := 0
	for i, d := range tr.Docs {
		ex[i] = r0.SpanExamples(d, tr.Gold[i])
		n += len(ex[i])
	}
	fmt.Println("examples", n)
	base := scoreSplit(r0, tr)
	fmt.Printf("base %.4f %.4f %.4f\n", base.Roles["cue"].Exact.F(), base.Roles["source"].Exact.F(), base.Roles["content"].Overlap.F())
	const folds = 5
	for _, ep := range epochs {
		sc := quotes.NewScorer()
		for k := 0; k < folds; k++ {
			var train []quotes.SpanExample
			for i := range ex {
				if i%folds != k {
					train = append(train, ex[i]...)
				}
			}
			m := quotes.TrainSpans(train, ep, 0)
			acc, zero, tot := 0, 0, 0
			for i := range ex {
				if i%folds != k {
					continue
				}
				for _, e := range ex[i] {
					tot++
					if e.Gold == 0 {
						zero++
					}
					if quotes.SpanBest(m, e) == e.Gold {
						acc++
					}
				}
			}
			fmt.Printf("fold %d: acc %d zero %d of %d\n", k, acc, zero, tot)
			r := r0.WithSpanModel(m)
			for i, d := range tr.Docs {
				if i%folds == k {
					sc.Add(d.Text, tr.Gold[i], quotes.Attributions(r.Find(d)))
				}
			}
		}
		fmt.Printf("epochs %d: %.4f %.4f %.4f\n", ep, sc.Roles["cue"].Exact.F(), sc.Roles["source"].Exact.F(), sc.Roles["content"].Overlap.F())
	}
}

func TestSpanDev(t *testing.T) {
	if os.Getenv("SPANDEV") == "" {
		t.Skip()
	}
	ctx := context.Background()
	dir := "/work/shared/eval/quotes-polnear"
	tr, _ := loadPolNeAR(ctx, dir, "train", "/tmp/cues-cache")
	dv, _ := loadPolNeAR(ctx, dir, "dev", "/tmp/cues-cache")
	r0, _ := quotes.New()
	r0 = r0.WithSpanModel(nil)
	quotes.SetSpanIndep(os.Getenv("INDEP") != "")
	var train []quotes.SpanExample
	for i, d := range tr.Docs {
		train = append(train, r0.SpanExamples(d, tr.Gold[i])...)
	}
	ep, _ := strconv.Atoi(os.Getenv("EPOCHS"))
	m := quotes.TrainSpans(train, ep, 0)
	acc, zero, tot := 0, 0, 0
	for i, d := range dv.Docs {
		for _, e := range r0.SpanExamples(d, dv.Gold[i]) {
			tot++
			if e.Gold == 0 {
				zero++
			}
			if quotes.SpanBest(m, e) == e.Gold {
				acc++
			}
		}
	}
	fmt.Printf("dev: acc %d zero %d of %d\n", acc, zero, tot)
	if os.Getenv("FULL") != "" {
		b := scoreSplit(r0, dv)
		s := scoreSplit(r0.WithSpanModel(m), dv)
		fmt.Printf("dev base %.4f %.4f %.4f\n", b.Roles["cue"].Exact.F(), b.Roles["source"].Exact.F(), b.Roles["content"].Overlap.F())
		fmt.Printf("dev span %.4f %.4f %.4f\n", s.Roles["cue"].Exact.F(), s.Roles["source"].Exact.F(), s.Roles["content"].Overlap.F())
	}
}

func TestTagDev(t *testing.T) {
	if os.Getenv("TAGDEV") == "" {
		t.Skip()
	}
	ctx := context.Background()
	dir := "/work/shared/eval/quotes-polnear"
	tr, _ := loadPolNeAR(ctx, dir, "train", "/tmp/cues-cache")
	dv, _ := loadPolNeAR(ctx, dir, "dev", "/tmp/cues-cache")
	r0, _ := quotes.New()
	r0 = r0.WithSpanModel(nil)
	var train []quotes.TagSentence
	for i, d := range tr.Docs {
		train = append(train, r0.TagExamples(d, tr.Gold[i])...)
	}
	ep, _ := strconv.Atoi(os.Getenv("EPOCHS"))
	m := quotes.TrainTagger(train, ep, 0)
	tp, np, ng := 0, 0, 0
	addN, addTP := 0, 0
	for i, d := range dv.Docs {
		qs := r0.Find(d)
		overl := func(sp [2]int) bool {
			a, b := d.Tokens[sp[0]].Start, d.Tokens[sp[1]].End
			for _, q := range qs {
				if q.Cue != nil && q.Cue.Start < b && a < q.Cue.End {
					return true
				}
				if q.Speaker != nil && q.Speaker.Start < b && a < q.Speaker.End {
					return true
				}
				if q.Content.Start < b && a < q.Content.End {
					return true
				}
			}
			return false
		}
		gold := map[[2]int]bool{}
		for _, ts := range r0.TagExamples(d, dv.Gold[i]) {
			st := -1
			for k, l := range ts.Labels {
				if l != 2 && st >= 0 {
					gold[[2]int{ts.Base + st, ts.Base + k - 1}] = true
					st = -1
				}
				if l == 1 {
					st = k
				}
			}
			if st >= 0 {
				gold[[2]int{ts.Base + st, ts.Base + len(ts.Labels) - 1}] = true
			}
			for _, sp := range quotes.TagSpans(m, &ts) {
				np++
				if gold[sp] {
					tp++
				}
				if !overl(sp) {
					addN++
					if gold[sp] {
						addTP++
					}
				}
			}
		}
		ng += len(gold)
	}
	p, r := float64(tp)/float64(np), float64(tp)/float64(ng)
	fmt.Printf("additions outside any predicted quote: %d, exact gold %d\n", addN, addTP)
	fmt.Printf("tagger dev: tp %d pred %d gold %d P %.3f R %.3f F %.3f\n", tp, np, ng, p, r, 2*p*r/(p+r))
}

func TestVoteDrops(t *testing.T) {
	if os.Getenv("VOTEDROP") == "" {
		t.Skip()
	}
	ctx := context.Background()
	dir := "/work/shared/eval/quotes-polnear"
	split := os.Getenv("VOTEDROP")
	dv, _ := loadPolNeAR(ctx, dir, split, "/tmp/cues-cache")
	r0, _ := quotes.New()
	r0 = r0.WithSpanModel(nil)
	ms := r0.CueModels()
	drops, dropGold := 0, 0
	for i, d := range dv.Docs {
		var runs [][]doc.Span
		for _, m := range ms {
			var cs []doc.Span
			for _, q := range r0.WithCueModel(m).Find(d) {
				if q.Cue != nil {
					cs = append(cs, q.Cue.Span)
				}
			}
			runs = append(runs, cs)
		}
		final := map[doc.Span]bool{}
		for _, q := range r0.Find(d) {
			if q.Cue != nil {
				final[q.Cue.Span] = true
			}
		}
		var golds []doc.Span
		for _, a := range dv.Gold[i] {
			for _, c := range a["cue"] {
				golds = append(golds, c)
			}
		}
		// cues of member 0 not kept whose overlapping cue appears in >= 2 members
		seen := map[doc.Span]bool{}
		for _, c := range runs[0] {
			if final[c] || seen[c] {
				continue
			}
			seen[c] = true
			n := 0
			for _, r := range runs {
				for _, x := range r {
					if x.Start < c.End && c.Start < x.End {
						n++
						break
					}
				}
			}
			ovFinal := false
			for f := range final {
				if f.Start < c.End && c.Start < f.End {
					ovFinal = true
				}
			}
			if n >= 2 && !ovFinal {
				drops++
				for _, g := range golds {
					if g.Start < c.End && c.Start < g.End {
						dropGold++
						break
					}
				}
			}
		}
	}
	fmt.Printf("%s: member-0 cues dropped by extent disagreement (>=2 members overlap, none kept): %d, overlapping gold %d\n", split, drops, dropGold)
}

func TestAgree(t *testing.T) {
	split := os.Getenv("AGREE")
	if split == "" {
		t.Skip()
	}
	ctx := context.Background()
	dir := "/work/shared/eval/quotes-polnear"
	ps, _ := loadPolNeAR(ctx, dir, split, "/tmp/cues-cache")
	r0, _ := quotes.New()
	base := filepath.Join(dir, "data", split)
	anns, _ := filepath.Glob(filepath.Join(base, "attributions", "*.ann"))
	sort.Strings(anns)
	byName := map[string][]string{}
	for _, a := range anns {
		n := strings.TrimSuffix(filepath.Base(a), ".ann")
		n = n[:strings.LastIndex(n, "_")]
		byName[n] = append(byName[n], a)
	}
	human, sys := quotes.NewScorer(), quotes.NewScorer()
	first := quotes.NewScorer()
	n := 0
	for _, d := range ps.Docs {
		fs := byName[d.ID]
		if len(fs) < 2 {
			continue
		}
		n++
		read := func(f string) []quotes.Attribution {
			fh, _ := os.Open(f)
			defer fh.Close()
			g, err := quotes.ReadBrat(d.Text, fh)
			if err != nil {
				t.Fatal(err)
			}
			return g
		}
		var gs [][]quotes.Attribution
		for _, f := range fs {
			gs = append(gs, read(f))
		}
		pred := quotes.Attributions(r0.Find(d))
		for a := range gs {
			sys.Add(d.Text, gs[a], pred)
			for b := range gs {
				if a != b {
					human.Add(d.Text, gs[a], gs[b])
				}
			}
			if a > 0 {
				first.Add(d.Text, gs[0], gs[a])
			}
		}
	}
	fmt.Println("articles annotated several times:", n)
	for _, x := range []struct {
		n string
		s *quotes.Scorer
	}{{"every annotator against every other (ordered pairs)", human}, {"others against the first (the file petrel is scored on)", first}, {"petrel against every annotator", sys}} {
		fmt.Println("==", x.n)
		x.s.Report(os.Stdout)
	}
}

func TestPerAnnotator(t *testing.T) {
	split := os.Getenv("PERANN")
	if split == "" {
		t.Skip()
	}
	ctx := context.Background()
	dir := "/work/shared/eval/quotes-polnear"
	ps, _ := loadPolNeAR(ctx, dir, split, "/tmp/cues-cache")
	r0, _ := quotes.New()
	base := filepath.Join(dir, "data", split)
	anns, _ := filepath.Glob(filepath.Join(base, "attributions", "*.ann"))
	sort.Strings(anns)
	who := map[string]string{}
	for _, a := range anns {
		n := strings.TrimSuffix(filepath.Base(a), ".ann")
		i := strings.LastIndex(n, "_")
		if _, ok := who[n[:i]]; !ok {
			who[n[:i]] = n[i+1:]
		}
	}
	sc := map[string]*quotes.Scorer{}
	docs := map[string]int{}
	for i, d := range ps.Docs {
		a := who[d.ID]
		if sc[a] == nil {
			sc[a] = quotes.NewScorer()
		}
		docs[a]++
		sc[a].Add(d.Text, ps.Gold[i], quotes.Attributions(r0.Find(d)))
	}
	for a, s := range sc {
		c := s.Roles["cue"].Exact
		fmt.Printf("%s docs %3d gold cues %5.0f cue exact P %.3f R %.3f F %.3f source %.3f content %.3f\n", a, docs[a], c.Gold, c.P(), c.R(), c.F(), s.Roles["source"].Exact.F(), s.Roles["content"].Overlap.F())
	}
}
