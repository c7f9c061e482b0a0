package quotes

import (
	"bufio"
	"context"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/petrel-events/petrel/doc"
)

// Roles of an attribution, in report order.
var Roles = []string{"cue", "source", "content"}

// Attribution is one attributed statement as a set of spans per role
// ("cue", "source", "content"); a role may have several discontinuous
// fragments ("“…,” she said. “…”" has a content in two pieces).
type Attribution map[string][]doc.Span

// Attributions turns quotes into attributions: the quotes that share a cue
// become one attribution whose content has several fragments.
func Attributions(qs []doc.Quote) []Attribution {
	var out []Attribution
	byCue := map[doc.Span]int{}
	for _, q := range qs {
		if q.Cue == nil {
			out = append(out, Attribution{"content": {q.Content.Span}})
			if q.Speaker != nil {
				out[len(out)-1]["source"] = []doc.Span{q.Speaker.Span}
			}
			continue
		}
		i, ok := byCue[q.Cue.Span]
		if !ok {
			i = len(out)
			byCue[q.Cue.Span] = i
			out = append(out, Attribution{"cue": {q.Cue.Span}})
			if q.Speaker != nil {
				out[i]["source"] = []doc.Span{q.Speaker.Span}
			}
		}
		out[i]["content"] = append(out[i]["content"], q.Content.Span)
	}
	return out
}

// ReadBrat reads the attributions of a brat standoff file (PolNeAR's
// format) over text. Brat offsets count characters; the spans returned
// are byte offsets into text. Only attributions (E lines) and their
// Source, Cue and Content text-bound annotations are read.
func ReadBrat(text string, r io.Reader) ([]Attribution, error) {
	// Character offset → byte offset.
	bytePos := make([]int, 0, len(text)+1)
	for i := range text {
		bytePos = append(bytePos, i)
	}
	bytePos = append(bytePos, len(text))
	type tb struct {
		label string
		frags []doc.Span
	}
	tbs := map[string]tb{}
	var events [][]string
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 0, 64*1024), 4*1024*1024)
	for n := 1; sc.Scan(); n++ {
		fields := strings.Split(sc.Text(), "\t")
		if len(fields) < 2 {
			continue
		}
		switch fields[0][0] {
		case 'T':
			label, ranges, ok := strings.Cut(fields[1], " ")
			if !ok {
				return nil, fmt.Errorf("line %d: no offsets in %q", n, fields[1])
			}
			var frags []doc.Span
			for _, rg := range strings.Split(ranges, ";") {
				a, b, ok := strings.Cut(strings.TrimSpace(rg), " ")
				s, err1 := strconv.Atoi(a)
				e, err2 := strconv.Atoi(b)
				if !ok || err1 != nil || err2 != nil || s < 0 || e < s || e >= len(bytePos) {
					return nil, fmt.Errorf("line %d: bad offsets %q", n, rg)
				}
				frags = append(frags, doc.Span{Start: bytePos[s], End: bytePos[e]})
			}
			tbs[fields[0]] = tb{label: label, frags: frags}
		case 'E':
			events = append(events, strings.Fields(fields[1]))
		}
	}
	if err := sc.Err(); err != nil {
		return nil, err
	}
	var out []Attribution
	for _, ev := range events {
		a := Attribution{}
		for _, arg := range ev {
			role, id, ok := strings.Cut(arg, ":")
			role = strings.ToLower(strings.TrimRight(role, "0123456789"))
			t, found := tbs[id]
			if !ok || !found {
				continue
			}
			switch role {
			case "source", "cue", "content":
				a[role] = append(a[role], t.frags...)
			}
		}
		if len(a) > 0 {
			out = append(out, a)
		}
	}
	return out, nil
}

// PRF is a precision, recall and F1 over counts.
type PRF struct {
	// Hit counts for precision and recall, and the totals they divide.
	PredHit, Pred, GoldHit, Gold float64
}

// P returns the precision.
func (s PRF) P() float64 { return ratio(s.PredHit, s.Pred) }

// R returns the recall.
func (s PRF) R() float64 { return ratio(s.GoldHit, s.Gold) }

// F returns the F1 score.
func (s PRF) F() float64 {
	p, r := s.P(), s.R()
	if p+r == 0 {
		return 0
	}
	return 2 * p * r / (p + r)
}

func ratio(a, b float64) float64 {
	if b == 0 {
		return 0
	}
	return a / b
}

// RoleScore holds the scores of one role.
type RoleScore struct {
	// Exact counts spans that match a gold span exactly (the extent from
	// the first to the last fragment, white space trimmed).
	Exact PRF
	// Overlap counts spans that share a byte with a gold span, matched one
	// to one.
	Overlap PRF
	// Token counts the non-space bytes that predicted and gold spans share
	// (Citron's overlap measure).
	Token PRF
}

// Scorer accumulates span scores over documents.
type Scorer struct {
	Docs  int
	Roles map[string]*RoleScore
}

// NewScorer returns an empty Scorer.
func NewScorer() *Scorer {
	s := &Scorer{Roles: map[string]*RoleScore{}}
	for _, r := range Roles {
		s.Roles[r] = &RoleScore{}
	}
	return s
}

// Add scores the predicted attributions of a document against the gold
// ones.
func (s *Scorer) Add(text string, gold, pred []Attribution) {
	s.Docs++
	for _, role := range Roles {
		g := roleSpans(text, gold, role)
		p := roleSpans(text, pred, role)
		rs := s.Roles[role]
		scoreExact(&rs.Exact, g, p)
		scoreOverlap(&rs.Overlap, g, p)
		scoreTokens(&rs.Token, text, g, p)
	}
}

// RoleHulls returns the distinct spans of a role in as as exact matching
// scores them: each attribution's fragments from the first to the last,
// white space trimmed.
func RoleHulls(text string, as []Attribution, role string) []doc.Span {
	var out []doc.Span
	seen := map[doc.Span]bool{}
	for _, fr := range roleSpans(text, as, role) {
		if h := hull(fr); !seen[h] {
			seen[h] = true
			out = append(out, h)
		}
	}
	return out
}

// roleSpans returns the distinct fragment lists of a role, each trimmed of
// white space.
func roleSpans(text string, as []Attribution, role string) [][]doc.Span {
	var out [][]doc.Span
	seen := map[string]bool{}
	for _, a := range as {
		var frags []doc.Span
		for _, f := range a[role] {
			f = trimSpace(text, f)
			if f.Len() > 0 {
				frags = append(frags, f)
			}
		}
		if len(frags) == 0 {
			continue
		}
		sort.Slice(frags, func(i, j int) bool { return frags[i].Start < frags[j].Start })
		key := fmt.Sprint(frags)
		if seen[key] {
			continue
		}
		seen[key] = true
		out = append(out, frags)
	}
	return out
}

// trimSpace returns sp without the white space at its edges: ASCII
// spaces and line breaks, and Unicode spaces such as the no-break space
// that some gold spans end with ("said\u00a0").
func trimSpace(text string, sp doc.Span) doc.Span {
	for sp.Start < sp.End {
		if isSpaceByte(text[sp.Start]) {
			sp.Start++
			continue
		}
		r, n := utf8.DecodeRuneInString(text[sp.Start:sp.End])
		if r < utf8.RuneSelf || !unicode.IsSpace(r) {
			break
		}
		sp.Start += n
	}
	for sp.End > sp.Start {
		if isSpaceByte(text[sp.End-1]) {
			sp.End--
			continue
		}
		r, n := utf8.DecodeLastRuneInString(text[sp.Start:sp.End])
		if r < utf8.RuneSelf || !unicode.IsSpace(r) {
			break
		}
		sp.End -= n
	}
	return sp
}

func isSpaceByte(c byte) bool { return c == ' ' || c == '\n' || c == '\t' || c == '\r' }

// hull returns the extent of fragments.
func hull(frags []doc.Span) doc.Span {
	h := frags[0]
	for _, f := range frags[1:] {
		h.Start, h.End = min(h.Start, f.Start), max(h.End, f.End)
	}
	return h
}

func scoreExact(s *PRF, gold, pred [][]doc.Span) {
	count := map[doc.Span]int{}
	for _, g := range gold {
		count[hull(g)]++
	}
	hits := 0
	for _, p := range pred {
		if h := hull(p); count[h] > 0 {
			count[h]--
			hits++
		}
	}
	s.PredHit += float64(hits)
	s.GoldHit += float64(hits)
	s.Pred += float64(len(pred))
	s.Gold += float64(len(gold))
}

func overlaps(a, b []doc.Span) bool {
	for _, x := range a {
		for _, y := range b {
			if x.Overlaps(y) {
				return true
			}
		}
	}
	return false
}

func scoreOverlap(s *PRF, gold, pred [][]doc.Span) {
	taken := make([]bool, len(gold))
	hits := 0
	for _, p := range pred {
		for i, g := range gold {
			if !taken[i] && overlaps(p, g) {
				taken[i] = true
				hits++
				break
			}
		}
	}
	s.PredHit += float64(hits)
	s.GoldHit += float64(hits)
	s.Pred += float64(len(pred))
	s.Gold += float64(len(gold))
}

func scoreTokens(s *PRF, text string, gold, pred [][]doc.Span) {
	mark := func(spans [][]doc.Span) []bool {
		m := make([]bool, len(text))
		for _, frags := range spans {
			for _, f := range frags {
				for i := f.Start; i < f.End && i < len(text); i++ {
					m[i] = !isSpaceByte(text[i])
				}
			}
		}
		return m
	}
	g, p := mark(gold), mark(pred)
	for i := range text {
		if p[i] {
			s.Pred++
			if g[i] {
				s.PredHit++
			}
		}
		if g[i] {
			s.Gold++
			if p[i] {
				s.GoldHit++
			}
		}
	}
}

// Report writes the scores as a table.
func (s *Scorer) Report(w io.Writer) {
	fmt.Fprintf(w, "documents: %d\n", s.Docs)
	fmt.Fprintf(w, "%-8s %-8s %6s %6s %6s %7s %7s\n", "role", "match", "P", "R", "F1", "pred", "gold")
	for _, role := range Roles {
		rs := s.Roles[role]
		for _, m := range []struct {
			name string
			prf  PRF
		}{{"exact", rs.Exact}, {"overlap", rs.Overlap}, {"token", rs.Token}} {
			fmt.Fprintf(w, "%-8s %-8s %6.3f %6.3f %6.3f %7.0f %7.0f\n", role, m.name, m.prf.P(), m.prf.R(), m.prf.F(), m.prf.Pred, m.prf.Gold)
		}
	}
}

// PolNeARDoc is one article of PolNeAR with its gold attributions.
type PolNeARDoc struct {
	Name string
	Text string
	Gold []Attribution
}

// ReadPolNeAR calls fn on every article of a PolNeAR split ("train",
// "dev", "test") under dir (the folder holding data/). An article
// annotated by several annotators is read with the first annotation file
// in name order.
func ReadPolNeAR(ctx context.Context, dir, split string, fn func(PolNeARDoc) error) error {
	base := filepath.Join(dir, "data", split)
	anns, err := filepath.Glob(filepath.Join(base, "attributions", "*.ann"))
	if err != nil {
		return err
	}
	if len(anns) == 0 {
		return fmt.Errorf("polnear: no annotation files in %s", filepath.Join(base, "attributions"))
	}
	sort.Strings(anns)
	done := map[string]bool{}
	for _, ann := range anns {
		if err := ctx.Err(); err != nil {
			return err
		}
		name := strings.TrimSuffix(filepath.Base(ann), ".ann")
		if i := strings.LastIndex(name, "_"); i > 0 {
			name = name[:i]
		}
		if done[name] {
			continue
		}
		done[name] = true
		text, err := os.ReadFile(filepath.Join(base, "text", name+".txt"))
		if err != nil {
			return fmt.Errorf("polnear: %w", err)
		}
		if !utf8.Valid(text) {
			return fmt.Errorf("polnear: %s: text is not UTF-8", name)
		}
		f, err := os.Open(ann)
		if err != nil {
			return fmt.Errorf("polnear: %w", err)
		}
		gold, err := ReadBrat(string(text), f)
		f.Close()
		if err != nil {
			return fmt.Errorf("polnear: %s: %w", ann, err)
		}
		if err := fn(PolNeARDoc{Name: name, Text: string(text), Gold: gold}); err != nil {
			return err
		}
	}
	return nil
}

// Annotation is one annotator's attributions of a PolNeAR article.
type Annotation struct {
	Annotator string // the annotator's id, the last "_" part of the file name
	Gold      []Attribution
}

// ReadPolNeARAnnotations returns every annotation file of the article
// name of a PolNeAR split over its text, in file name order: the first is
// the one ReadPolNeAR reads. Most articles have one; a few were
// annotated by every annotator (PolNeAR's agreement study).
func ReadPolNeARAnnotations(dir, split, name, text string) ([]Annotation, error) {
	base := filepath.Join(dir, "data", split, "attributions")
	ents, err := os.ReadDir(base) // name order
	if err != nil {
		return nil, fmt.Errorf("polnear: %w", err)
	}
	var out []Annotation
	for _, e := range ents {
		id, ok := strings.CutPrefix(e.Name(), name+"_")
		if !ok || !strings.HasSuffix(id, ".ann") {
			continue
		}
		id = strings.TrimSuffix(id, ".ann")
		if strings.Contains(id, "_") {
			continue // another article whose name starts with this one
		}
		ann := filepath.Join(base, e.Name())
		f, err := os.Open(ann)
		if err != nil {
			return nil, fmt.Errorf("polnear: %w", err)
		}
		gold, err := ReadBrat(text, f)
		f.Close()
		if err != nil {
			return nil, fmt.Errorf("polnear: %s: %w", ann, err)
		}
		out = append(out, Annotation{Annotator: id, Gold: gold})
	}
	if len(out) == 0 {
		return nil, fmt.Errorf("polnear: no annotation file of %s in %s", name, base)
	}
	return out, nil
}

// WriteErrors writes, one a line, how the predicted attributions of a
// document differ from the gold ones, for error analysis: a gold cue no
// prediction touches ("cue-missed"), a predicted cue no gold cue touches
// ("cue-spurious"), a cue found with another extent ("cue-span"), and for
// cues that overlap, a source or content of another extent or missing
// ("source-span", "source-missed", "source-spurious", "content-span").
// Each line is tab-separated: kind, document name, gold text, predicted
// text, and the gold cue's sentence context.
func WriteErrors(w io.Writer, name, text string, gold, pred []Attribution) {
	clip := func(sp doc.Span) string {
		return strings.ReplaceAll(text[sp.Start:sp.End], "\n", " ")
	}
	ext := func(a Attribution, role string) (doc.Span, bool) {
		var frags []doc.Span
		for _, f := range a[role] {
			if f = trimSpace(text, f); f.Len() > 0 {
				frags = append(frags, f)
			}
		}
		if len(frags) == 0 {
			return doc.Span{}, false
		}
		return hull(frags), true
	}
	context := func(sp doc.Span) string {
		s := max(0, sp.Start-80)
		e := min(len(text), sp.End+80)
		for s > 0 && !utf8.RuneStart(text[s]) {
			s--
		}
		for e < len(text) && !utf8.RuneStart(text[e]) {
			e++
		}
		return strings.ReplaceAll(text[s:sp.Start]+"[["+text[sp.Start:sp.End]+"]]"+text[sp.End:e], "\n", " ")
	}
	used := make([]bool, len(pred))
	for _, g := range gold {
		gc, ok := ext(g, "cue")
		if !ok {
			continue
		}
		best := -1
		for i, p := range pred {
			pc, ok := ext(p, "cue")
			if !ok || used[i] || !pc.Overlaps(gc) {
				continue
			}
			if best < 0 || pc == gc {
				best = i
			}
		}
		if best < 0 {
			fmt.Fprintf(w, "cue-missed\t%s\t%s\t\t%s\n", name, clip(gc), context(gc))
			continue
		}
		used[best] = true
		p := pred[best]
		pc, _ := ext(p, "cue")
		if pc != gc {
			fmt.Fprintf(w, "cue-span\t%s\t%s\t%s\t%s\n", name, clip(gc), clip(pc), context(gc))
		}
		gs, gok := ext(g, "source")
		ps, pok := ext(p, "source")
		switch {
		case gok && !pok:
			fmt.Fprintf(w, "source-missed\t%s\t%s\t\t%s\n", name, clip(gs), context(gc))
		case !gok && pok:
			fmt.Fprintf(w, "source-spurious\t%s\t\t%s\t%s\n", name, clip(ps), context(gc))
		case gok && pok && gs != ps:
			fmt.Fprintf(w, "source-span\t%s\t%s\t%s\t%s\n", name, clip(gs), clip(ps), context(gc))
		}
		gt, gok := ext(g, "content")
		pt, pok := ext(p, "content")
		if gok && pok && gt != pt {
			fmt.Fprintf(w, "content-span\t%s\t%s\t%s\t%s\n", name, clip(gt), clip(pt), context(gc))
		}
	}
	for i, p := range pred {
		if used[i] {
			continue
		}
		if pc, ok := ext(p, "cue"); ok {
			fmt.Fprintf(w, "cue-spurious\t%s\t\t%s\t%s\n", name, clip(pc), context(pc))
		}
	}
}
