package main

import (
	"encoding/json"
	"fmt"
	"io"
	"io/fs"
	"os"
	"sort"
	"strings"
	"text/tabwriter"
	"time"

	"github.com/spf13/cobra"

	"github.com/petrel-events/petrel/kb"
	"github.com/petrel-events/petrel/kb/petrarch"
)

func newKBCmd() *cobra.Command {
	cmd := &cobra.Command{
		Use:   "kb",
		Short: "Inspect and check the knowledge base (actors, agents, places of power)",
		Long: `The knowledge base is the set of *.kb files embedded in petrel (kb/data) plus
any directories given with --kb. The format is documented in docs/kb.md.`,
	}
	cmd.AddCommand(newKBLintCmd(), newKBWhoCmd(), newKBStatsCmd(), newKBCoverageCmd())
	return cmd
}

// kbSources returns the embedded data (unless noEmbedded) and the user dirs.
func kbSources(dirs []string, noEmbedded bool) []fs.FS {
	var fsys []fs.FS
	if !noEmbedded {
		fsys = append(fsys, kb.Data())
	}
	for _, d := range dirs {
		fsys = append(fsys, kb.Dir(d))
	}
	return fsys
}

func newKBLintCmd() *cobra.Command {
	var noEmbedded bool
	cmd := &cobra.Command{
		Use: "lint [DIR...]",
		Example: `  petrel kb lint
  petrel kb lint my-kb/`,
		Short: "Check KB files and report problems as file:line: reason",
		Long: `lint checks the embedded KB files and the *.kb files of each DIR, together:
bad dates, roles ending before they start, malformed codes, unknown sectors,
countries, keys, kinds and parents, duplicate ids, and names claimed by two
entries with different codes on overlapping dates. It exits with status 1 when
it finds a problem.`,
		RunE: func(cmd *cobra.Command, args []string) error {
			for _, d := range args {
				if st, err := os.Stat(d); err != nil || !st.IsDir() {
					return fmt.Errorf("kb lint: %s is not a directory", d)
				}
			}
			ds, err := kb.Lint(kbSources(args, noEmbedded)...)
			if err != nil {
				return err
			}
			w := cmd.OutOrStdout()
			for _, d := range ds {
				fmt.Fprintln(w, d.Error())
			}
			if len(ds) > 0 {
				fmt.Fprintf(cmd.ErrOrStderr(), "petrel kb lint: %d problem(s)\n", len(ds))
				return exitError{1}
			}
			fmt.Fprintln(cmd.ErrOrStderr(), "petrel kb lint: no problems")
			return nil
		},
	}
	cmd.Flags().BoolVar(&noEmbedded, "no-embedded", false, "check only the given directories, not the embedded KB")
	return cmd
}

// whoRow is one line of `petrel kb who`.
type whoRow struct {
	ID      string `json:"id"`
	Kind    string `json:"kind"`
	Name    string `json:"name"`
	Code    string `json:"code"`
	Country string `json:"country"`
	Sector  string `json:"sector"`
	Title   string `json:"title,omitempty"`
	Start   string `json:"start,omitempty"`
	End     string `json:"end,omitempty"`
	Active  bool   `json:"active"`
	Via     string `json:"via"`
	Source  string `json:"source"`
}

func newKBWhoCmd() *cobra.Command {
	var on string
	var asJSON, noEmbedded bool
	var dirs []string
	cmd := &cobra.Command{
		Use: "who NAME",
		Example: `  petrel kb who "Vladimir Putin" --on 2022-02-24
  petrel kb who Putin --on 2005-01-01 --json`,
		Short: "List the KB entries known by a name, roles valid on --on first",
		Args:  cobra.ExactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			day := time.Now().UTC().Truncate(24 * time.Hour)
			if on != "" {
				d, err := time.Parse(time.DateOnly, on)
				if err != nil {
					return fmt.Errorf("kb who: --on %q: want YYYY-MM-DD", on)
				}
				day = d
			}
			k, err := kb.Load(kbSources(dirs, noEmbedded)...)
			if err != nil {
				return err
			}
			var rows []whoRow
			for _, c := range k.Who(args[0], day) {
				r := whoRow{ID: c.Entity.ID, Kind: string(c.Entity.Kind), Name: c.Entity.Name, Code: c.Code,
					Country: c.Country, Sector: c.Sector, Active: c.Active, Via: c.Via.String(), Source: c.Entity.Pos.String()}
				if c.Role != nil {
					r.Title, r.Start, r.End = c.Role.Title, c.Role.StartText, c.Role.EndText
					r.Source = c.Role.Pos.String()
				}
				rows = append(rows, r)
			}
			return printWho(cmd.OutOrStdout(), rows, asJSON, args[0], day)
		},
	}
	cmd.Flags().StringVar(&on, "on", "", "date YYYY-MM-DD (default today)")
	cmd.Flags().BoolVar(&asJSON, "json", false, "print JSON")
	cmd.Flags().StringSliceVar(&dirs, "kb", nil, "extra KB directory (repeatable)")
	cmd.Flags().BoolVar(&noEmbedded, "no-embedded", false, "do not load the embedded KB")
	return cmd
}

func printWho(w io.Writer, rows []whoRow, asJSON bool, name string, day time.Time) error {
	if asJSON {
		enc := json.NewEncoder(w)
		enc.SetIndent("", "  ")
		if rows == nil {
			rows = []whoRow{}
		}
		return enc.Encode(rows)
	}
	if len(rows) == 0 {
		fmt.Fprintf(w, "no KB entry is known as %q\n", name)
		return exitError{1}
	}
	tw := tabwriter.NewWriter(w, 0, 4, 2, ' ', 0)
	fmt.Fprintf(tw, "ON %s\tNAME\tCODE\tCOUNTRY\tSECTOR\tTITLE\tSTART\tEND\tKIND\tID\n", day.Format(time.DateOnly))
	for _, r := range rows {
		mark := ""
		if r.Active {
			mark = "*"
		}
		fmt.Fprintf(tw, "%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\n", mark, r.Name, r.Code, dash(r.Country), dash(r.Sector), dash(r.Title), dash(r.Start), dash(r.End), r.Kind, r.ID)
	}
	return tw.Flush()
}

func dash(s string) string {
	if s == "" {
		return "-"
	}
	return s
}

func newKBStatsCmd() *cobra.Command {
	var asJSON, noEmbedded bool
	var dirs []string
	cmd := &cobra.Command{
		Use: "stats",
		Example: `  petrel kb stats
  petrel kb stats --kb my-kb/ --json`,
		Short: "Count the KB's countries, organisations, groups, people, roles and aliases",
		Args:  cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			k, err := kb.Load(kbSources(dirs, noEmbedded)...)
			if err != nil {
				return err
			}
			st := k.Stats()
			w := cmd.OutOrStdout()
			if asJSON {
				m := map[string]int{"entries": st.Entities, "roles": st.Roles, "aliases": st.Aliases,
					"demonyms": st.Demonyms, "capitals": st.Capitals, "nouns": st.Nouns, "titles": st.Titles, "names": st.Names}
				for kind, n := range st.ByKind {
					m[string(kind)] = n
				}
				enc := json.NewEncoder(w)
				enc.SetIndent("", "  ")
				return enc.Encode(m)
			}
			line := func(label string, n int) { fmt.Fprintf(w, "%-16s %7d\n", label, n) }
			for _, kind := range kb.Kinds {
				line(string(kind), st.ByKind[kind])
			}
			line("entries", st.Entities)
			line("roles", st.Roles)
			line("aliases", st.Aliases)
			line("demonyms", st.Demonyms)
			line("capitals", st.Capitals)
			line("agent nouns", st.Nouns)
			line("titles", st.Titles)
			line("distinct names", st.Names)
			return nil
		},
	}
	cmd.Flags().BoolVar(&asJSON, "json", false, "print JSON")
	cmd.Flags().StringSliceVar(&dirs, "kb", nil, "extra KB directory (repeatable)")
	cmd.Flags().BoolVar(&noEmbedded, "no-embedded", false, "do not load the embedded KB")
	return cmd
}

func newKBCoverageCmd() *cobra.Command {
	var after string
	var dirs []string
	var missing int
	cmd := &cobra.Command{
		Use:     "coverage PHOENIX_ACTORS_FILE",
		Example: `  petrel kb coverage Phoenix.Countries.actors.txt --after 2016-01-01 --missing 20`,
		Short:   "Share of a PETRARCH actor dictionary's people (active after --after) that the KB knows",
		Long: `coverage reads a PETRARCH/TABARI .actors file (for example the Phoenix
Phoenix.Countries.actors.txt), keeps the people (entries with dated codes) with
a role active on or after --after, and reports the share whose name or one of
whose synonyms the KB knows (compared regardless of case).`,
		Args: cobra.ExactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			since, err := time.Parse(time.DateOnly, after)
			if err != nil {
				return fmt.Errorf("kb coverage: --after %q: want YYYY-MM-DD", after)
			}
			k, err := kb.Load(kbSources(dirs, false)...)
			if err != nil {
				return err
			}
			f, err := os.Open(args[0])
			if err != nil {
				return err
			}
			defer f.Close()
			d, err := petrarch.ReadActors(f, args[0])
			if err != nil {
				return err
			}
			cov := petrarch.Coverage(k, d, since)
			w := cmd.OutOrStdout()
			fmt.Fprintf(w, "people with a role active since %s: %d\nknown to the KB: %d (%.1f%%)\n",
				after, cov.People, cov.Known, cov.Percent())
			if missing > 0 {
				names := cov.Missing
				sort.Strings(names)
				if len(names) > missing {
					names = names[:missing]
				}
				fmt.Fprintf(w, "missing (first %d): %s\n", len(names), strings.Join(names, "; "))
			}
			return nil
		},
	}
	cmd.Flags().StringVar(&after, "after", "2016-01-01", "count people with a role active on or after this date")
	cmd.Flags().StringSliceVar(&dirs, "kb", nil, "extra KB directory (repeatable)")
	cmd.Flags().IntVar(&missing, "missing", 0, "list up to N people the KB does not know")
	return cmd
}
