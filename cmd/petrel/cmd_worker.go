package main

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"net"
	"net/http"
	"os"
	"os/signal"
	"runtime"
	"syscall"
	"time"

	"github.com/spf13/cobra"

	"github.com/petrel-events/petrel/bus"
	"github.com/petrel-events/petrel/coder"
	"github.com/petrel-events/petrel/doc"
	"github.com/petrel-events/petrel/worker"
)

// busFlags are the flags of the commands that use the bus.
type busFlags struct {
	target        string
	nats          string
	dir           string
	listen        string
	replicas      int
	maxAckPending int
	ackWait       time.Duration
}

func (f *busFlags) register(cmd *cobra.Command, def string) {
	fl := cmd.Flags()
	fl.StringVar(&f.target, "bus", def, `work queue: "embedded" (a NATS server in this process, files under --bus-dir) or NATS URLs nats://host:4222,...`)
	fl.StringVar(&f.nats, "nats", "", "NATS cluster URLs, nats://host:4222,... (the same as --bus URLS)")
	fl.StringVar(&f.dir, "bus-dir", "petrel-bus", "directory of the embedded bus's JetStream files")
	fl.StringVar(&f.listen, "bus-listen", "127.0.0.1:4222", "client address of the embedded bus (other petrel processes on this machine join it)")
	fl.IntVar(&f.replicas, "replicas", 1, "copies of each stream in a NATS cluster (3 for a 3-node cluster)")
	fl.IntVar(&f.maxAckPending, "max-ack-pending", bus.DefaultMaxAckPending, "documents handed out to workers and not yet acknowledged; must exceed workers × --batch")
	fl.DurationVar(&f.ackWait, "ack-wait", bus.DefaultAckWait, "time a worker may hold a document before it is given to another")
}

// enabled reports whether a bus was asked for.
func (f *busFlags) enabled() bool { return f.target != "" || f.nats != "" }

func (f *busFlags) open(ctx context.Context, log *slog.Logger, name string) (bus.Bus, error) {
	opts := bus.Options{Replicas: f.replicas, MaxAckPending: f.maxAckPending, AckWait: f.ackWait, Logger: log, Name: name}
	target := f.target
	if f.nats != "" {
		target = f.nats
	}
	if target == "embedded" {
		return bus.OpenEmbedded(ctx, f.dir, f.listen, opts)
	}
	return bus.Connect(ctx, target, opts)
}

func newWorkerCmd() *cobra.Command {
	var (
		bf          busFlags
		sf          storeFlags
		batchSize   int
		jobs        int
		httpAddr    string
		keepNegated bool
		noEvents    bool
		drainWait   time.Duration
	)
	cmd := &cobra.Command{
		Use:   "worker [flags]",
		Short: "Code documents from the work queue and store their events",
		Long: `Worker takes documents that petrel ingest --bus published from the work
queue (NATS JetStream), codes them, stores them with their events in the
event database (a SQLite file or PostgreSQL, --db postgres://...), publishes
their events to the event stream and acknowledges them only after the
database commit. Run as many workers as there are cores to spare, on as
many machines: each document goes to one worker, and one that dies leaves
its documents to the others. SIGTERM (or Ctrl-C) drains: the batch in hand
is finished and acknowledged, then the worker exits; a second signal exits
at once (the batch is redelivered). --http serves /healthz and /metrics
(Prometheus). See docs/deploy.md.`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			ctx := cmd.Context()
			if ctx == nil {
				ctx = context.Background()
			}
			log, err := newLogger(cmd)
			if err != nil {
				return err
			}
			if batchSize < 1 {
				return fmt.Errorf("--batch must be at least 1")
			}
			if jobs <= 0 {
				jobs = runtime.GOMAXPROCS(0)
			}
			// hard ends the run at once; ctx (the first signal) drains.
			hard, kill := context.WithCancel(context.WithoutCancel(ctx))
			defer kill()
			p, _, err := newPipeline(pipelineConfig{coder: coder.Config{DropNegated: !keepNegated}})
			if err != nil {
				return err
			}
			st, err := sf.open(hard, log, false)
			if err != nil {
				return err
			}
			defer st.Close()
			b, err := bf.open(hard, log, "petrel-worker")
			if err != nil {
				return err
			}
			defer b.Close()
			w := worker.New(worker.Config{
				Bus: b, Store: st, Batch: batchSize, Jobs: jobs, NoEvents: noEvents, Logger: log,
				Code: func(ctx context.Context, d *doc.Doc) error { return p.Process(ctx, d) },
			})
			if httpAddr != "" {
				ln, err := net.Listen("tcp", httpAddr)
				if err != nil {
					return fmt.Errorf("--http: %w", err)
				}
				srv := &http.Server{Handler: w.Handler(), ReadHeaderTimeout: 5 * time.Second}
				go srv.Serve(ln)
				defer srv.Close()
				log.Info("worker: metrics", "url", "http://"+ln.Addr().String()+"/metrics")
			}
			go func() {
				select {
				case <-hard.Done():
					return
				case <-ctx.Done():
				}
				log.Info("worker: draining (a second signal stops at once)")
				w.Drain()
				sig := make(chan os.Signal, 1)
				signal.Notify(sig, os.Interrupt, syscall.SIGTERM)
				defer signal.Stop(sig)
				select {
				case <-sig:
				case <-time.After(drainWait):
					log.Warn("worker: drain timed out")
				case <-hard.Done():
				}
				kill()
			}()
			log.Info("worker: started", "db", st.Path(), "batch", batchSize, "jobs", jobs)
			err = w.Run(hard)
			log.Info("worker: stopped", "documents", w.M.Documents(), "events", w.M.Events(), "redeliveries", w.M.Redeliveries(), "errors", w.M.Errors())
			if errors.Is(err, context.Canceled) {
				return nil
			}
			return err
		},
	}
	bf.register(cmd, "embedded")
	sf.register(cmd, true)
	fl := cmd.Flags()
	fl.IntVar(&batchSize, "batch", 64, "documents per fetch and per database transaction")
	fl.IntVarP(&jobs, "jobs", "j", 0, "documents coded in parallel (default GOMAXPROCS)")
	fl.StringVar(&httpAddr, "http", "", "address for /healthz and /metrics, e.g. :9090 (default: none)")
	fl.BoolVar(&keepNegated, "keep-negated", false, "keep events marked negated (dropped by default, as petrel code does)")
	fl.BoolVar(&noEvents, "no-event-stream", false, "do not publish coded events to the event stream")
	fl.DurationVar(&drainWait, "drain-timeout", 60*time.Second, "how long SIGTERM waits for the batch in hand")
	return cmd
}
