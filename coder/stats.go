package coder

import (
	"fmt"
	"io"
	"sort"
	"text/tabwriter"
)

// Stats summarises a pattern dictionary: how many patterns and trigger
// words it has, overall and per CAMEO root.
type Stats struct {
	Classes  int
	Groups   int
	Patterns int // patterns yielding events (null patterns left out)
	Null     int // null patterns ("=> ---"): exceptions that yield no event
	Verbs    int // distinct verb triggers ("crack down" counts apart from "crack")
	Nouns    int // distinct noun triggers
	Sets     int
	Roots    []RootStats // per CAMEO root of the patterns' codes, "01".."20"
}

// Triggers is the number of distinct trigger words, verbs and nouns.
func (s Stats) Triggers() int { return s.Verbs + s.Nouns }

// RootStats counts the patterns yielding codes of one CAMEO root.
type RootStats struct {
	Root     string
	Patterns int
	Codes    int // distinct CAMEO codes produced
	Triggers int // distinct trigger words with a pattern of this root
}

// Stats counts the dictionary's classes, patterns and triggers.
func (d *Dictionary) Stats() Stats {
	s := Stats{Classes: len(d.Classes), Sets: len(d.Sets)}
	verbs, nouns := map[string]bool{}, map[string]bool{}
	type rootAcc struct {
		patterns int
		codes    map[string]bool
		triggers map[string]bool
	}
	roots := map[string]*rootAcc{}
	for _, c := range d.Classes {
		for _, g := range c.Groups {
			s.Groups++
			for _, v := range g.Verbs {
				verbs[v] = true
			}
			for _, n := range g.Nouns {
				nouns[n] = true
			}
			for _, p := range g.Patterns {
				if p.Code == NullCode {
					s.Null++
					continue
				}
				s.Patterns++
				root := p.Code[:2]
				r := roots[root]
				if r == nil {
					r = &rootAcc{codes: map[string]bool{}, triggers: map[string]bool{}}
					roots[root] = r
				}
				r.patterns++
				r.codes[p.Code] = true
				for _, v := range g.Verbs {
					r.triggers["v:"+v] = true
				}
				for _, n := range g.Nouns {
					r.triggers["n:"+n] = true
				}
			}
		}
	}
	s.Verbs, s.Nouns = len(verbs), len(nouns)
	for root, r := range roots {
		s.Roots = append(s.Roots, RootStats{Root: root, Patterns: r.patterns, Codes: len(r.codes), Triggers: len(r.triggers)})
	}
	sort.Slice(s.Roots, func(i, j int) bool { return s.Roots[i].Root < s.Roots[j].Root })
	return s
}

// Write prints the statistics as a table.
func (s Stats) Write(w io.Writer) error {
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', tabwriter.AlignRight)
	fmt.Fprintln(tw, "root\tpatterns\tcodes\ttriggers\t")
	for _, r := range s.Roots {
		fmt.Fprintf(tw, "%s\t%d\t%d\t%d\t\n", r.Root, r.Patterns, r.Codes, r.Triggers)
	}
	fmt.Fprintf(tw, "all\t%d\t\t%d\t\n", s.Patterns, s.Triggers())
	if err := tw.Flush(); err != nil {
		return err
	}
	_, err := fmt.Fprintf(w, "%d classes, %d trigger groups, %d verbs, %d nouns, %d word sets, %d null patterns\n",
		s.Classes, s.Groups, s.Verbs, s.Nouns, s.Sets, s.Null)
	return err
}
