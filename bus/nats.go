package bus

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"log/slog"
	"net"
	"path/filepath"
	"strings"
	"sync"
	"time"

	"github.com/nats-io/nats-server/v2/server"
	"github.com/nats-io/nats.go"
	"github.com/nats-io/nats.go/jetstream"

	"github.com/petrel-events/petrel/doc"
)

// Options tunes a bus. The zero value is the single-machine default.
type Options struct {
	// Replicas is the number of servers that keep each stream (1, or 3 in
	// a cluster). 0 means 1.
	Replicas int
	// MaxAckPending caps the documents handed out to workers and not yet
	// acknowledged; the server stops delivering past it. 0 means
	// DefaultMaxAckPending. It must exceed workers × fetch batch, or
	// fetches stall (docs/deploy.md).
	MaxAckPending int
	// AckWait is how long a worker may hold a document before it is
	// redelivered to another. 0 means DefaultAckWait.
	AckWait time.Duration
	// Name names the client connection (shown by the server).
	Name string
	// Logger receives connection events; nil means slog.Default.
	Logger *slog.Logger
}

// Defaults of Options.
const (
	DefaultMaxAckPending = 1024
	DefaultAckWait       = 60 * time.Second
	// maxOutstanding bounds the unacknowledged asynchronous publishes.
	maxOutstanding = 1024
	// publishAckWait is how long Flush waits for the acknowledgement of
	// an asynchronous publish before it sends the message again
	// synchronously: when a node dies, its acknowledgements may never
	// come, and the stream's duplicate window makes the resend safe.
	publishAckWait = 5 * time.Second
)

// errNoAck is the reason a publish is sent again when its acknowledgement
// did not come within publishAckWait.
var errNoAck = fmt.Errorf("no acknowledgement within %s", publishAckWait)

func (o *Options) defaults() {
	if o.Replicas <= 0 {
		o.Replicas = 1
	}
	if o.MaxAckPending <= 0 {
		o.MaxAckPending = DefaultMaxAckPending
	}
	if o.AckWait <= 0 {
		o.AckWait = DefaultAckWait
	}
	if o.Logger == nil {
		o.Logger = slog.Default()
	}
	if o.Name == "" {
		o.Name = "petrel"
	}
}

// natsBus implements Bus over a NATS connection.
type natsBus struct {
	nc   *nats.Conn
	js   jetstream.JetStream
	opts Options
	log  *slog.Logger
	srv  *Server // embedded server, or nil

	consOnce sync.Once
	cons     jetstream.Consumer
	consErr  error

	mu      sync.Mutex
	futures []jetstream.PubAckFuture
}

// Connect joins the NATS servers at urls (comma-separated nats:// URLs)
// and makes sure the streams exist.
func Connect(ctx context.Context, urls string, opts Options) (Bus, error) {
	opts.defaults()
	nc, err := nats.Connect(urls, connOptions(opts)...)
	if err != nil {
		return nil, fmt.Errorf("bus: connecting to %s: %w", urls, err)
	}
	b, err := newNatsBus(ctx, nc, opts, nil)
	if err != nil {
		nc.Close()
		return nil, err
	}
	return b, nil
}

func connOptions(opts Options) []nats.Option {
	log := opts.Logger
	return []nats.Option{
		nats.Name(opts.Name),
		nats.MaxReconnects(-1),
		nats.ReconnectWait(200 * time.Millisecond),
		nats.RetryOnFailedConnect(false),
		nats.DisconnectErrHandler(func(_ *nats.Conn, err error) {
			if err != nil {
				log.Warn("bus: disconnected", "err", err)
			}
		}),
		nats.ReconnectHandler(func(nc *nats.Conn) { log.Info("bus: reconnected", "server", nc.ConnectedUrlRedacted()) }),
	}
}

func newNatsBus(ctx context.Context, nc *nats.Conn, opts Options, srv *Server) (*natsBus, error) {
	js, err := jetstream.New(nc, jetstream.WithPublishAsyncMaxPending(maxOutstanding))
	if err != nil {
		return nil, fmt.Errorf("bus: %w", err)
	}
	b := &natsBus{nc: nc, js: js, opts: opts, log: opts.Logger, srv: srv}
	if err := b.ensureStreams(ctx); err != nil {
		return nil, err
	}
	return b, nil
}

// ensureStreams creates or updates the two streams, retrying while a new
// cluster elects its leader.
func (b *natsBus) ensureStreams(ctx context.Context) error {
	cfgs := []jetstream.StreamConfig{{
		Name:        DocStream,
		Subjects:    []string{DocSubject},
		Retention:   jetstream.WorkQueuePolicy,
		Storage:     jetstream.FileStorage,
		Replicas:    b.opts.Replicas,
		Duplicates:  duplicateSpan,
		Description: "petrel documents to code",
	}, {
		Name:        EventStream,
		Subjects:    []string{EventSubject},
		Retention:   jetstream.LimitsPolicy,
		Storage:     jetstream.FileStorage,
		Replicas:    b.opts.Replicas,
		Duplicates:  duplicateSpan,
		MaxAge:      eventsMaxAge,
		Description: "petrel coded events, one message per stored document",
	}}
	for _, cfg := range cfgs {
		if err := retry(ctx, 30*time.Second, func(ctx context.Context) error {
			_, err := b.js.CreateOrUpdateStream(ctx, cfg)
			return err
		}); err != nil {
			return fmt.Errorf("bus: stream %s: %w", cfg.Name, err)
		}
	}
	return nil
}

// retry runs f until it succeeds, ctx ends or limit passes.
func retry(ctx context.Context, limit time.Duration, f func(context.Context) error) error {
	ctx, cancel := context.WithTimeout(ctx, limit)
	defer cancel()
	wait := 100 * time.Millisecond
	for {
		actx, acancel := context.WithTimeout(ctx, 5*time.Second)
		err := f(actx)
		acancel()
		if err == nil {
			return nil
		}
		select {
		case <-ctx.Done():
			return err
		case <-time.After(wait):
		}
		wait = min(2*wait, time.Second)
	}
}

func (b *natsBus) PublishDocument(ctx context.Context, d *doc.Doc) error {
	data, err := EncodeDoc(d)
	if err != nil {
		return err
	}
	return b.publish(ctx, DocSubject, data, DocHash(d))
}

func (b *natsBus) publish(ctx context.Context, subject string, data []byte, id string) error {
	b.mu.Lock()
	n := len(b.futures)
	b.mu.Unlock()
	if n >= maxOutstanding/2 {
		if err := b.Flush(ctx); err != nil {
			return err
		}
	}
	f, err := b.js.PublishMsgAsync(&nats.Msg{Subject: subject, Data: data}, jetstream.WithMsgID(id))
	if err != nil {
		return fmt.Errorf("bus: publish: %w", err)
	}
	b.mu.Lock()
	b.futures = append(b.futures, f)
	b.mu.Unlock()
	return nil
}

func (b *natsBus) Flush(ctx context.Context) error {
	b.mu.Lock()
	fs := b.futures
	b.futures = nil
	b.mu.Unlock()
	var errs []error
	deadline := time.NewTimer(publishAckWait)
	defer deadline.Stop()
	expired := false
	for _, f := range fs {
		var err error
		if expired {
			// The acknowledgements still missing were lost with a
			// node: no more waiting for the rest of the batch.
			select {
			case <-f.Ok():
				continue
			case err = <-f.Err():
			default:
				err = errNoAck
			}
		} else {
			select {
			case <-f.Ok():
				continue
			case err = <-f.Err():
				// A cluster changing leader refuses a publish.
			case <-deadline.C:
				expired, err = true, errNoAck
			case <-ctx.Done():
				return ctx.Err()
			}
		}
		// Resend once, synchronously and with a deadline; the message id
		// keeps the stream from storing it twice.
		rctx, cancel := context.WithTimeout(ctx, publishAckWait)
		_, rerr := b.js.PublishMsg(rctx, f.Msg(), jetstream.WithMsgID(f.Msg().Header.Get(jetstream.MsgIDHeader)))
		cancel()
		if rerr != nil {
			errs = append(errs, fmt.Errorf("bus: publish: %w (retry: %w)", err, rerr))
		}
	}
	return errors.Join(errs...)
}

func (b *natsBus) PublishEvents(ctx context.Context, d *doc.Doc) error {
	data, err := json.Marshal(EventMessage{DocID: d.ID, URL: d.URL, Source: d.Source, Events: d.Events})
	if err != nil {
		return err
	}
	return b.publish(ctx, EventSubject, data, DocHash(d))
}

// consumer returns the durable pull consumer of the workers.
func (b *natsBus) consumer(ctx context.Context) (jetstream.Consumer, error) {
	b.consOnce.Do(func() {
		cfg := jetstream.ConsumerConfig{
			Durable:       WorkerGroup,
			AckPolicy:     jetstream.AckExplicitPolicy,
			AckWait:       b.opts.AckWait,
			MaxAckPending: b.opts.MaxAckPending,
			MaxWaiting:    512,
			Replicas:      b.opts.Replicas,
		}
		b.consErr = retry(ctx, 30*time.Second, func(ctx context.Context) error {
			var err error
			b.cons, err = b.js.CreateOrUpdateConsumer(ctx, DocStream, cfg)
			return err
		})
		if b.consErr != nil {
			b.consErr = fmt.Errorf("bus: consumer %s: %w", WorkerGroup, b.consErr)
		}
	})
	return b.cons, b.consErr
}

func (b *natsBus) Fetch(ctx context.Context, max int, wait time.Duration) ([]*Delivery, error) {
	cons, err := b.consumer(ctx)
	if err != nil {
		return nil, err
	}
	batch, err := cons.Fetch(max, jetstream.FetchMaxWait(wait))
	if err != nil {
		return nil, fmt.Errorf("bus: fetch: %w", err)
	}
	var out []*Delivery
	for m := range batch.Messages() {
		dl := &Delivery{msg: m, Delivered: 1}
		if md, err := m.Metadata(); err == nil {
			dl.Delivered = md.NumDelivered
		}
		dl.Doc, dl.Err = DecodeDoc(m.Data())
		out = append(out, dl)
	}
	if err := batch.Error(); err != nil && !errors.Is(err, nats.ErrTimeout) && len(out) == 0 {
		return nil, fmt.Errorf("bus: fetch: %w", err)
	}
	return out, nil
}

func (b *natsBus) Depth(ctx context.Context) (pending, inFlight uint64, err error) {
	cons, err := b.consumer(ctx)
	if err != nil {
		return 0, 0, err
	}
	info, err := cons.Info(ctx)
	if err != nil {
		return 0, 0, fmt.Errorf("bus: consumer info: %w", err)
	}
	return info.NumPending, uint64(max(info.NumAckPending, 0)), nil
}

func (b *natsBus) Close() error {
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	err := b.Flush(ctx)
	if b.nc != nil && !b.nc.IsClosed() {
		done := make(chan struct{})
		b.nc.SetClosedHandler(func(*nats.Conn) { close(done) })
		if derr := b.nc.Drain(); derr == nil {
			select {
			case <-done:
			case <-ctx.Done():
				b.nc.Close()
			}
		} else {
			b.nc.Close()
		}
	}
	if b.srv != nil {
		b.srv.Shutdown()
	}
	return err
}

// ServerConfig configures an embedded NATS server.
type ServerConfig struct {
	// Dir holds the JetStream file store (Dir/jetstream).
	Dir string
	// Listen is the client address, host:port; "" means 127.0.0.1 on a
	// random port.
	Listen string
	// Name is the server's name, unique in a cluster; "" picks one.
	Name string
	// Cluster, when set, makes the server a member of a cluster: the
	// cluster name, the route address of this server (host:port) and the
	// route URLs of all members (nats://host:port).
	Cluster       string
	ClusterListen string
	Routes        []string
	// Debug logs the server's messages.
	Debug bool
}

// Server is an embedded NATS server with JetStream.
type Server struct {
	s *server.Server
}

// StartServer starts an embedded NATS server and waits until it accepts
// clients.
func StartServer(cfg ServerConfig) (*Server, error) {
	host, port, err := splitHostPort(cfg.Listen, -1)
	if err != nil {
		return nil, fmt.Errorf("bus: listen address %q: %w", cfg.Listen, err)
	}
	o := &server.Options{
		ServerName:             cfg.Name,
		Host:                   host,
		Port:                   port,
		JetStream:              true,
		StoreDir:               filepath.Join(cfg.Dir, "jetstream"),
		NoSigs:                 true,
		NoLog:                  !cfg.Debug,
		MaxPayload:             8 << 20,
		DisableJetStreamBanner: true,
	}
	if cfg.Cluster != "" {
		ch, cp, err := splitHostPort(cfg.ClusterListen, -1)
		if err != nil {
			return nil, fmt.Errorf("bus: cluster address %q: %w", cfg.ClusterListen, err)
		}
		o.Cluster = server.ClusterOpts{Name: cfg.Cluster, Host: ch, Port: cp}
		o.Routes = server.RoutesFromStr(strings.Join(cfg.Routes, ","))
	}
	s, err := server.NewServer(o)
	if err != nil {
		return nil, fmt.Errorf("bus: nats server: %w", err)
	}
	if cfg.Debug {
		s.ConfigureLogger()
	}
	s.Start()
	if !s.ReadyForConnections(30 * time.Second) {
		s.Shutdown()
		return nil, fmt.Errorf("bus: nats server on %s did not start", cfg.Listen)
	}
	return &Server{s: s}, nil
}

func splitHostPort(addr string, def int) (string, int, error) {
	if addr == "" {
		return "127.0.0.1", def, nil
	}
	h, p, err := net.SplitHostPort(addr)
	if err != nil {
		return "", 0, err
	}
	var port int
	if _, err := fmt.Sscan(p, &port); err != nil {
		return "", 0, fmt.Errorf("port %q: %w", p, err)
	}
	if h == "" {
		h = "0.0.0.0"
	}
	return h, port, nil
}

// ClientURL is the nats:// URL clients connect to.
func (s *Server) ClientURL() string { return s.s.ClientURL() }

// Shutdown stops the server; its file store stays on disk.
func (s *Server) Shutdown() {
	s.s.Shutdown()
	s.s.WaitForShutdown()
}

// OpenEmbedded returns a bus on an embedded NATS server whose file store
// is under dir, listening on listen (host:port; "" is a random loopback
// port). When another petrel already serves the bus on listen, it
// connects to that one instead, so several processes on one machine can
// share it.
func OpenEmbedded(ctx context.Context, dir, listen string, opts Options) (Bus, error) {
	opts.defaults()
	if listen != "" {
		if c, err := net.DialTimeout("tcp", listen, 300*time.Millisecond); err == nil {
			c.Close()
			opts.Logger.Info("bus: joining the embedded bus of another process", "listen", listen)
			return Connect(ctx, "nats://"+listen, opts)
		}
	}
	srv, err := StartServer(ServerConfig{Dir: dir, Listen: listen, Name: "petrel-embedded"})
	if err != nil {
		return nil, err
	}
	nc, err := nats.Connect(srv.ClientURL(), append(connOptions(opts), nats.InProcessServer(srv.s))...)
	if err != nil {
		srv.Shutdown()
		return nil, fmt.Errorf("bus: connecting to the embedded server: %w", err)
	}
	b, err := newNatsBus(ctx, nc, opts, srv)
	if err != nil {
		nc.Close()
		srv.Shutdown()
		return nil, err
	}
	opts.Logger.Debug("bus: embedded server started", "dir", dir, "url", srv.ClientURL())
	return b, nil
}

// IsLeader reports whether this server leads the replicas of stream (in
// the global account).
func (s *Server) IsLeader(stream string) bool {
	return s.s.JetStreamIsStreamLeader(server.DEFAULT_GLOBAL_ACCOUNT, stream)
}
