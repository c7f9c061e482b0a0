package main

import (
	"context"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"text/tabwriter"
	"time"
	"unicode/utf8"

	"github.com/spf13/cobra"

	"github.com/petrel-events/petrel/doc"
	"github.com/petrel-events/petrel/evaluate"
	"github.com/petrel-events/petrel/internal/sharedtest"
	"github.com/petrel-events/petrel/nlp/tokenize"
	"github.com/petrel-events/petrel/places"
	"github.com/petrel-events/petrel/places/geoeval"
)

// newEvalGeoCmd returns `petrel eval geo`.
func newEvalGeoCmd() *cobra.Command {
	var (
		set, dir, dump, half string
		errs                 int
	)
	cmd := &cobra.Command{
		Use: "geo [--set lgl|gwn]",
		Example: `  petrel eval geo
  petrel eval geo --set gwn --errors 30`,
		Short: "Score toponym recognition and resolution on LGL or GeoWebNews",
		Long: `Geo runs the tokenizer and the places layer on every article of a
geoparsing gold set (../shared/eval/geo-dev by default) and reports toponym
recognition precision, recall and F1 (a prediction matches a gold toponym
when their spans overlap) and accuracy@161 km (the share of correctly
recognised toponyms whose resolved coordinates lie within 161 km of the
gold). On LGL it also scores the outputs of five other geoparsers
(baselines-lgl) the same way. Gold toponyms are those with coordinates.`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			if dir == "" {
				d, ok := sharedtest.Find()
				if !ok {
					return fmt.Errorf("no ../shared folder beside the module: give --dir")
				}
				dir = filepath.Join(d, "eval", "geo-dev")
			}
			return runEvalGeo(cmd.Context(), cmd.OutOrStdout(), set, dir, half, errs, dump)
		},
	}
	cmd.Flags().StringVar(&set, "set", "lgl", "gold set: lgl or gwn")
	cmd.Flags().StringVar(&dir, "dir", "", "folder with lgl.xml, GWN.xml and baselines-lgl (default ../shared/eval/geo-dev)")
	cmd.Flags().StringVar(&half, "half", "", "score only the odd- or even-numbered articles (odd: 1st, 3rd, ...; even: 2nd, 4th, ...): choose rules on one half, confirm on the other")
	cmd.Flags().IntVar(&errs, "errors", 0, "print the N most frequent resolution errors and misses")
	cmd.Flags().StringVar(&dump, "dump", "", "write every miss, false alarm and resolution error with its context to FILE")
	return cmd
}

func runEvalGeo(ctx context.Context, w io.Writer, set, dir, half string, nerr int, dump string) error {
	var arts []geoeval.Article
	var err error
	switch set {
	case "lgl":
		arts, err = geoeval.ReadFile(filepath.Join(dir, "lgl.xml"), geoeval.ReadLGL)
	case "gwn":
		arts, err = geoeval.ReadFile(filepath.Join(dir, "GWN.xml"), geoeval.ReadGWN)
	default:
		return fmt.Errorf("unknown set %q: want lgl or gwn", set)
	}
	if err != nil {
		return err
	}
	if arts, err = evaluate.Half(arts, half, nil); err != nil {
		return err
	}
	start := time.Now()
	rec, err := places.New()
	if err != nil {
		return err
	}
	load := time.Since(start)
	tok := tokenize.New()
	var size int
	start = time.Now()
	s, preds, err := geoeval.Run(ctx, arts, func(ctx context.Context, d *doc.Doc) error {
		size += len(d.Text)
		tok.Process(d)
		return rec.Process(ctx, d)
	})
	if err != nil {
		return err
	}
	elapsed := time.Since(start)
	gold := 0
	for _, a := range arts {
		gold += len(a.Toponyms)
	}
	if half != "" {
		set += " " + half + " half"
	}
	fmt.Fprintf(w, "set: %s (%d articles, %d gold toponyms with coordinates)\n", set, len(arts), gold)
	fmt.Fprintf(w, "gazetteer load %v; tokenize+places %v for %.1f MB\n\n", load.Round(time.Millisecond), elapsed.Round(time.Millisecond), float64(size)/1e6)
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', tabwriter.AlignRight)
	fmt.Fprintln(tw, "system\tpred\tP\tR\tF1\tresolved\tacc@161\tmean ln(1+km)\t")
	row := func(name string, s geoeval.Score) {
		fmt.Fprintf(tw, "%s\t%d\t%.3f\t%.3f\t%.3f\t%d\t%.3f\t%.2f\t\n", name, s.Pred, s.Precision(), s.Recall(), s.F1(),
			s.Resolved, s.Acc161(), s.SumLogErr/float64(max(s.Resolved, 1)))
	}
	row("petrel", s)
	if set == "lgl" && half == "" {
		for _, b := range []string{"clavin", "edin", "geo", "topo", "yahoo"} {
			p := filepath.Join(dir, "baselines-lgl", "lgl_"+b+".txt")
			bp, err := geoeval.ReadFile(p, func(r io.Reader) ([][]geoeval.Toponym, error) { return geoeval.ReadBaseline(r, arts) })
			if err != nil {
				return err
			}
			row(b, geoeval.ScoreAll(arts, bp))
		}
	}
	if err := tw.Flush(); err != nil {
		return err
	}
	if len(s.ByType) > 0 {
		fmt.Fprintln(w, "\nrecall by GeoWebNews type:")
		types := make([]string, 0, len(s.ByType))
		for t := range s.ByType {
			types = append(types, t)
		}
		sort.Strings(types)
		for _, t := range types {
			c := s.ByType[t]
			fmt.Fprintf(w, "  %-22s %4d/%4d  %.3f\n", t, c[1], c[0], float64(c[1])/float64(max(c[0], 1)))
		}
	}
	if nerr > 0 {
		printGeoErrors(w, arts, preds, nerr)
	}
	if dump != "" {
		return dumpGeoErrors(dump, arts, preds)
	}
	return nil
}

// dumpGeoErrors writes one line per miss (MISS), false alarm (FA) and
// resolution error of 161 km or more (FAR): article, text, the predicted
// name and coordinates, and 60 bytes of context either side.
func dumpGeoErrors(path string, arts []geoeval.Article, preds [][]geoeval.Toponym) error {
	var b strings.Builder
	ctxOf := func(text string, sp doc.Span) string {
		lo, hi := max(sp.Start-60, 0), min(sp.End+60, len(text))
		for lo > 0 && !utf8.RuneStart(text[lo]) {
			lo--
		}
		for hi < len(text) && !utf8.RuneStart(text[hi]) {
			hi++
		}
		c := text[lo:sp.Start] + "[[" + text[sp.Start:sp.End] + "]]" + text[sp.End:hi]
		return strings.Join(strings.Fields(c), " ")
	}
	matchToponyms(arts, preds, func(a geoeval.Article, g, p *geoeval.Toponym) {
		switch {
		case p == nil:
			fmt.Fprintf(&b, "MISS\t%s\t%s\t%s\t%s\n", a.ID, g.Text, g.Type, ctxOf(a.Text, g.Span))
		case g == nil:
			fmt.Fprintf(&b, "FA\t%s\t%s\t%s\n", a.ID, p.Text, ctxOf(a.Text, p.Span))
		default:
			if km := geoeval.Distance(g.Lat, g.Lon, p.Lat, p.Lon); km >= 161 {
				fmt.Fprintf(&b, "FAR\t%s\t%s\t%.0f km: gold %.2f,%.2f pred %.2f,%.2f\t%s\n", a.ID, g.Text, km, g.Lat, g.Lon, p.Lat, p.Lon, ctxOf(a.Text, g.Span))
			}
		}
	})
	return os.WriteFile(path, []byte(b.String()), 0o644)
}

// matchToponyms pairs each gold toponym of each article with the first
// unused prediction overlapping it and calls f with both (p nil: a miss),
// then with each prediction left over (g nil: a false alarm).
func matchToponyms(arts []geoeval.Article, preds [][]geoeval.Toponym, f func(a geoeval.Article, g, p *geoeval.Toponym)) {
	for i, a := range arts {
		used := make([]bool, len(preds[i]))
		for gi := range a.Toponyms {
			g := &a.Toponyms[gi]
			var hit *geoeval.Toponym
			for j := range preds[i] {
				if !used[j] && g.Overlaps(preds[i][j].Span) {
					used[j], hit = true, &preds[i][j]
					break
				}
			}
			f(a, g, hit)
		}
		for j := range preds[i] {
			if !used[j] {
				f(a, nil, &preds[i][j])
			}
		}
	}
}

// printGeoErrors prints the most frequent misses, false alarms and
// resolution errors (by surface text).
func printGeoErrors(w io.Writer, arts []geoeval.Article, preds [][]geoeval.Toponym, n int) {
	miss, fa, far := map[string]int{}, map[string]int{}, map[string]int{}
	matchToponyms(arts, preds, func(_ geoeval.Article, g, p *geoeval.Toponym) {
		switch {
		case p == nil:
			miss[g.Text]++
		case g == nil:
			fa[p.Text]++
		default:
			if km := geoeval.Distance(g.Lat, g.Lon, p.Lat, p.Lon); km >= 161 {
				far[fmt.Sprintf("%s (%.0f km)", g.Text, km)]++
			}
		}
	})
	for _, x := range []struct {
		title string
		m     map[string]int
	}{{"misses", miss}, {"false alarms", fa}, {"resolution errors", far}} {
		type kv struct {
			k string
			v int
		}
		var kvs []kv
		for k, v := range x.m {
			kvs = append(kvs, kv{k, v})
		}
		sort.Slice(kvs, func(i, j int) bool { return kvs[i].v > kvs[j].v || kvs[i].v == kvs[j].v && kvs[i].k < kvs[j].k })
		var parts []string
		for i := 0; i < len(kvs) && i < n; i++ {
			parts = append(parts, fmt.Sprintf("%s %d", kvs[i].k, kvs[i].v))
		}
		fmt.Fprintf(w, "\n%s: %s\n", x.title, strings.Join(parts, ", "))
	}
}
