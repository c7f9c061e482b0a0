package main

import (
	"context"
	"encoding/json"
	"fmt"
	"os"
	"runtime/pprof"
	"slices"
	"time"

	"github.com/spf13/cobra"

	"github.com/petrel-events/petrel/doc"
	"github.com/petrel-events/petrel/internal/sharedtest"
	"github.com/petrel-events/petrel/store"
)

func newDBCmd() *cobra.Command {
	cmd := &cobra.Command{
		Use:   "db",
		Short: "Inspect the event database; build synthetic ones and time the dashboard queries",
	}
	cmd.AddCommand(newDBStatsCmd(), newDBCheckCmd(), newDBVacuumCmd(), newDBCompactCmd(), newDBSynthCmd(), newDBBenchCmd())
	return cmd
}

func newDBStatsCmd() *cobra.Command {
	var sf storeFlags
	cmd := &cobra.Command{
		Use:   "stats",
		Short: "Count the documents, events, mentions, actors and places stored",
		Args:  cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			st, err := sf.openFor(cmd, true)
			if err != nil {
				return err
			}
			defer st.Close()
			s, err := st.Stats(cmd.Context())
			if err != nil {
				return err
			}
			enc := json.NewEncoder(cmd.OutOrStdout())
			enc.SetIndent("", "  ")
			return enc.Encode(s)
		},
	}
	sf.register(cmd, false)
	return cmd
}

func newDBCheckCmd() *cobra.Command {
	var sf storeFlags
	cmd := &cobra.Command{
		Use:   "check",
		Short: "Verify every page of the database (reads the whole file)",
		Args:  cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			st, err := sf.openFor(cmd, true)
			if err != nil {
				return err
			}
			defer st.Close()
			if err := st.Check(cmd.Context()); err != nil {
				return err
			}
			fmt.Fprintln(cmd.OutOrStdout(), "ok")
			return nil
		},
	}
	sf.register(cmd, false)
	return cmd
}

func newDBVacuumCmd() *cobra.Command {
	var sf storeFlags
	cmd := &cobra.Command{
		Use:   "vacuum",
		Short: "Migrate the database if need be and give its free space back to the file system",
		Long: `Vacuum opens the database read-write (which applies the missing schema
migrations) and rewrites it compactly (VACUUM). A migration that moves data,
such as schema 5's, leaves the space it freed inside the file; vacuum gives it
back. It needs as much free disk as the database and holds the write lock
while it runs.`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			st, err := sf.openFor(cmd, false)
			if err != nil {
				return err
			}
			defer st.Close()
			if err := st.Vacuum(cmd.Context()); err != nil {
				return err
			}
			fmt.Fprintln(cmd.OutOrStdout(), "ok")
			return nil
		},
	}
	sf.register(cmd, false)
	return cmd
}

func newDBCompactCmd() *cobra.Command {
	var sf storeFlags
	cmd := &cobra.Command{
		Use:   "compact",
		Short: "Store the documents of the ingest log (petrel ingest --append)",
		Long: `Compact stores the documents that petrel ingest --append (or db synth
--append) appended to the ingest log and that no compaction has stored yet
(a run killed before its end leaves them there): oldest first, through the
same code as ingest, a chunk per transaction. Queries see them afterwards.`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			st, err := sf.openFor(cmd, false)
			if err != nil {
				return err
			}
			defer st.Close()
			ps, err := st.Compact(cmd.Context())
			if err != nil {
				return err
			}
			fmt.Fprintf(cmd.OutOrStdout(), "compacted: %d documents stored, %d unchanged, %d replaced, %d near-duplicates, %d new events, %d merged\n",
				ps.Documents, ps.Unchanged, ps.Replaced, ps.NearDuplicates, ps.Events, ps.Merged)
			return nil
		},
	}
	sf.register(cmd, true)
	return cmd
}

func newDBSynthCmd() *cobra.Command {
	var (
		sf      storeFlags
		events  int
		batch   int
		seed    uint64
		cacheMB int
		bulk    bool
		prof    string
	)
	cmd := &cobra.Command{
		Use:   "synth --events N",
		Short: "Fill a database with synthetic coded documents (for load tests)",
		Long: `Synth stores synthetic coded documents (five events each, three years of
dates in order, Zipf-distributed actors, CAMEO codes and places) through the
same code as petrel ingest, without coding, and reports the store's speed:
events per second of wall time and per CPU-second.`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			ctx := cmd.Context()
			if ctx == nil {
				ctx = context.Background()
			}
			log, err := newLogger(cmd)
			if err != nil {
				return err
			}
			sf.cacheMB, sf.bulk = cacheMB, bulk
			if prof != "" {
				f, err := os.Create(prof)
				if err != nil {
					return err
				}
				defer f.Close()
				if err := pprof.StartCPUProfile(f); err != nil {
					return err
				}
				defer pprof.StopCPUProfile()
			}
			st, err := sf.open(ctx, log, false)
			if err != nil {
				return err
			}
			defer st.Close()
			g := store.NewSynth(seed)
			start, cpu0 := time.Now(), sharedtest.CPUTime()
			var gen time.Duration // CPU spent generating, not storing
			stored := 0
			docs := make([]*doc.Doc, 0, batch)
			last := time.Now()
			for stored < events {
				c := sharedtest.CPUTime()
				docs = docs[:0]
				for len(docs) < batch && stored+len(docs)*g.EventsPerDoc < events {
					docs = append(docs, g.Doc())
				}
				gen += sharedtest.CPUTime() - c
				if _, err := st.PutDocuments(ctx, docs); err != nil {
					return err
				}
				stored += len(docs) * g.EventsPerDoc
				if time.Since(last) > 10*time.Second {
					last = time.Now()
					log.Info("synth", "events", stored, "events_per_cpu_s", int(float64(stored)/(sharedtest.CPUTime()-cpu0-gen).Seconds()))
				}
			}
			if sf.appendLog && sf.compactEvery == 0 {
				// (a) the appends alone, (b) the compaction; the line below
				// gives both together.
				appendWall, appendCPU := time.Since(start), sharedtest.CPUTime()-cpu0-gen
				c, t0 := sharedtest.CPUTime(), time.Now()
				if _, err := st.Compact(ctx); err != nil {
					return err
				}
				fmt.Fprintf(cmd.OutOrStdout(), "appended %d events in %s (%.0f events/s wall, %.0f events/CPU-s); compacted in %s (%.0f events/s wall, %.0f events/CPU-s)\n",
					stored, appendWall.Round(time.Second), float64(stored)/appendWall.Seconds(), float64(stored)/appendCPU.Seconds(),
					time.Since(t0).Round(time.Second), float64(stored)/time.Since(t0).Seconds(), float64(stored)/(sharedtest.CPUTime()-c).Seconds())
			}
			c := sharedtest.CPUTime()
			if err := st.Finish(ctx); err != nil { // the bulk load's indexes and rollups count
				return err
			}
			if bulk || sf.rollupEvery > 0 {
				log.Info("synth: bulk load or deferred rollups finished", "cpu_s", (sharedtest.CPUTime() - c).Seconds())
			}
			wall, cpu := time.Since(start), sharedtest.CPUTime()-cpu0-gen
			size := int64(0)
			for _, suf := range []string{"", "-wal"} {
				if fi, err := os.Stat(sf.db + suf); err == nil {
					size += fi.Size()
				}
			}
			fmt.Fprintf(cmd.OutOrStdout(), "stored %d events in %s (%.0f events/s wall, %.0f events/CPU-s); database %.1f MB, %.0f MB per million events\n",
				stored, wall.Round(time.Second), float64(stored)/wall.Seconds(), float64(stored)/cpu.Seconds(),
				float64(size)/(1<<20), float64(size)/(1<<20)/float64(stored)*1e6)
			return nil
		},
	}
	sf.register(cmd, true)
	sf.registerAppend(cmd, 0)
	cmd.Flags().IntVar(&events, "events", 1_000_000, "number of events")
	cmd.Flags().IntVar(&batch, "batch", 10000, "documents per transaction")
	cmd.Flags().IntVar(&cacheMB, "cache-mb", 1024, "SQLite page cache in MiB (keeps the indexes a bulk load updates in memory)")
	cmd.Flags().Uint64Var(&seed, "seed", 1, "random seed")
	cmd.Flags().StringVar(&prof, "cpuprofile", "", "write a CPU profile of the run (runtime/pprof) to this file")
	cmd.Flags().BoolVar(&bulk, "bulk", false, "bulk load (an empty SQLite database only): rollups, text index and some indexes built at the end, included in the figures")
	return cmd
}

func newDBBenchCmd() *cobra.Command {
	var (
		sf   storeFlags
		runs int
	)
	cmd := &cobra.Command{
		Use:   "bench",
		Short: "Time the dashboard's aggregate queries (p50, p95) on a database made by db synth",
		Args:  cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			ctx := cmd.Context()
			if ctx == nil {
				ctx = context.Background()
			}
			log, err := newLogger(cmd)
			if err != nil {
				return err
			}
			st, err := sf.open(ctx, log, true)
			if err != nil {
				return err
			}
			defer st.Close()
			s, err := st.Stats(ctx)
			if err != nil {
				return err
			}
			w := cmd.OutOrStdout()
			fmt.Fprintf(w, "%d events from %s to %s, %d runs per query (CPU: process CPU time per query)\n%-24s %10s %10s %10s %10s %10s\n",
				s.Events, s.FirstDay.Format(time.DateOnly), s.LastDay.Format(time.DateOnly), runs, "query", "p50", "p95", "max", "CPU p50", "CPU p95")
			var all, allCPU []time.Duration
			for _, q := range store.DashboardQueries(s.LastDay) {
				var ts, cs []time.Duration
				for range runs {
					t0, c0 := time.Now(), sharedtest.CPUTime()
					if err := q.Run(ctx, st); err != nil {
						return fmt.Errorf("%s: %w", q.Name, err)
					}
					ts = append(ts, time.Since(t0))
					cs = append(cs, sharedtest.CPUTime()-c0)
				}
				all, allCPU = append(all, ts...), append(allCPU, cs...)
				slices.Sort(ts)
				slices.Sort(cs)
				fmt.Fprintf(w, "%-24s %10s %10s %10s %10s %10s\n", q.Name, pct(ts, 50), pct(ts, 95), ts[len(ts)-1].Round(time.Microsecond), pct(cs, 50), pct(cs, 95))
			}
			slices.Sort(all)
			slices.Sort(allCPU)
			fmt.Fprintf(w, "%-24s %10s %10s %10s %10s %10s\n", "all", pct(all, 50), pct(all, 95), all[len(all)-1].Round(time.Microsecond), pct(allCPU, 50), pct(allCPU, 95))
			return nil
		},
	}
	sf.register(cmd, false)
	cmd.Flags().IntVar(&runs, "runs", 20, "runs of each query")
	return cmd
}

// pct returns the p-th percentile of sorted durations.
func pct(ts []time.Duration, p int) time.Duration {
	i := (len(ts)*p + 99) / 100
	return ts[max(0, min(len(ts)-1, i-1))].Round(time.Microsecond)
}
