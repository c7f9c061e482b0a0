package store

import (
	"cmp"
	"context"
	"database/sql"
	"errors"
	"fmt"
	"log/slog"
	"math/rand/v2"
	"net/url"
	"os"
	"strings"
	"sync"
	"time"

	"modernc.org/sqlite"

	"github.com/petrel-events/petrel/doc"
)

// DefaultPath is the database file petrel uses unless told otherwise.
const DefaultPath = "petrel.db"

// Options tunes a SQLite store. The zero value is the default.
type Options struct {
	// Window is the merge window in days: events with the same merge key
	// whose dates differ by at most Window days are one event. 0 means
	// DefaultWindow; negative means the same day only.
	Window int
	// Jaccard is the shingle-set similarity from which a document is a
	// near-duplicate of an earlier one. 0 means DefaultJaccard.
	Jaccard float64
	// BusyTimeout is how long to wait for another process's lock before
	// failing with ErrLocked. 0 means 5 seconds.
	BusyTimeout time.Duration
	// MaxPages caps the database size in pages (SQLite's max_page_count);
	// tests use it to simulate a full disk. 0 means no cap.
	MaxPages int64
	// CacheMB is SQLite's page cache per connection, in MiB; 0 means 64.
	// Bulk loads into large databases want the indexes they update in
	// memory (petrel db synth uses 1024).
	CacheMB int
	// ReadOnly opens the database for queries only.
	ReadOnly bool
	// Bulk (SQLite only, an empty database) loads without the rollups, the
	// text index and the secondary indexes that no write look-up reads;
	// Finish (or Close) builds them from the stored events with set-based
	// statements. See docs/store.md, "Bulk mode".
	Bulk bool
	// RollupEvery (SQLite) defers the rollups, rollup_day, rollup_place
	// and the text index of new events until this many are pending: they
	// are then applied in one sorted pass, in the transaction of the batch
	// that reaches the count (and at Finish and Close). Until then queries
	// of those tables lag behind the events. 0 applies them with every
	// batch. See docs/store.md, "Deferred rollups".
	RollupEvery int
	// Append (SQLite, not Bulk) makes PutDocuments append the documents
	// to the ingest log (one row each, durable with the batch's commit)
	// instead of storing them; Compact stores them, as do Finish and
	// Close, and any batch of a store that does not append. Until then
	// queries do not see them (Stats.Pending counts them). See
	// docs/store.md, "The ingest log".
	Append bool
	// CompactEvery, with Append, compacts after the append that brings the
	// log to this many event records; 0 leaves it to Compact, Finish and
	// Close.
	CompactEvery int
	// Logger receives debug messages; nil means slog.Default.
	Logger *slog.Logger
	// Now stamps documents and events with the time they were stored; nil
	// means time.Now.
	Now func() time.Time
}

// DefaultWindow is the default merge window, in days.
const DefaultWindow = 1

// DefaultJaccard is the default near-duplicate threshold.
const DefaultJaccard = 0.5

// SQLite is the SQLite implementation of Store.
type SQLite struct {
	db   *sql.DB
	path string
	opts Options
	log  *slog.Logger
	// mu serialises writers of this process; other processes are kept out
	// by SQLite's own lock (BEGIN IMMEDIATE).
	mu sync.Mutex
	// actors and places already known to be in their tables.
	knownActors map[string]bool
	knownPlaces map[placeKey]int64
	// pg selects the PostgreSQL dialect (OpenPostgres).
	pg bool
	// noPrune makes ConflictIndex always use the full GROUP BY (tests).
	noPrune bool
	// bulk is set while a bulk load (Options.Bulk) is not finished;
	// bulkIndexes are the statements that create the indexes and triggers
	// it dropped.
	bulk        bool
	bulkIndexes []string
	// pend holds the deferred rollup increments (Options.RollupEvery)
	// that this store has in memory; token identifies it in
	// rollups_pending.
	pend  *deferred
	token int64
	// logged counts the event records this store appended to the ingest
	// log since its last compaction (Options.CompactEvery).
	logged int
	// memLog holds, by seq, the documents this store appended to the
	// ingest log (what the log keeps of them), up to memLogEvents event
	// records, so that compaction need not decode them again.
	memLog       map[int64]*doc.Doc
	memLogEvents int
	// pin, during a compaction of a large backlog, is the connection all
	// its chunks run on; bands is its filter of stored LSH buckets
	// (bandfilter.go), nil when there is none.
	pin   *sql.Conn
	bands *bandFilter
}

var _ Store = (*SQLite)(nil)

// Open opens (creating it if need be) the SQLite database at path and
// brings its schema up to date. It fails with ErrNewerSchema when a newer
// petrel wrote the database, ErrCorrupt when the file is not a database and
// ErrLocked when another process holds the lock for longer than
// Options.BusyTimeout.
func Open(ctx context.Context, path string, opts Options) (*SQLite, error) {
	opts = withDefaults(opts)
	if opts.ReadOnly {
		if _, err := os.Stat(path); err != nil {
			return nil, fmt.Errorf("open %s: %w", path, err)
		}
	}
	q := url.Values{}
	q.Add("_pragma", fmt.Sprintf("busy_timeout(%d)", opts.BusyTimeout.Milliseconds()))
	q.Add("_pragma", "foreign_keys(0)")
	q.Add("_pragma", "synchronous(NORMAL)")
	q.Add("_pragma", fmt.Sprintf("cache_size(%d)", -1024*opts.CacheMB))
	q.Add("_pragma", "temp_store(MEMORY)")
	if opts.MaxPages > 0 {
		q.Add("_pragma", fmt.Sprintf("max_page_count(%d)", opts.MaxPages))
	}
	q.Set("_txlock", "immediate")
	if opts.ReadOnly {
		q.Set("mode", "ro")
	}
	dsn := "file:" + (&url.URL{Path: path}).EscapedPath() + "?" + q.Encode()
	db, err := sql.Open("sqlite", dsn)
	if err != nil {
		return nil, fmt.Errorf("open %s: %w", path, err)
	}
	db.SetMaxOpenConns(4)
	db.SetConnMaxIdleTime(time.Minute)
	s := &SQLite{db: db, path: path, opts: opts, log: opts.Logger, token: rand.Int64(),
		knownActors: map[string]bool{}, knownPlaces: map[placeKey]int64{}}
	if err := s.init(ctx); err != nil {
		db.Close()
		return nil, fmt.Errorf("open %s: %w", path, err)
	}
	var unfinished int
	if err := db.QueryRowContext(ctx, "SELECT count(*) FROM sqlite_master WHERE name = 'bulk_unfinished'").Scan(&unfinished); err != nil || unfinished > 0 {
		db.Close()
		return nil, fmt.Errorf("open %s: %w", path, cmp.Or(err, ErrBulkUnfinished))
	}
	if !opts.ReadOnly {
		// A compaction stopped with indexes dropped; a run that deferred
		// its rollups stopped before applying them.
		left, err := s.pendingLeft(ctx)
		if err == nil && left {
			err = s.applyPending(ctx)
		}
		if err == nil {
			err = s.restoreIndexes(ctx)
		}
		if err != nil {
			db.Close()
			return nil, fmt.Errorf("open %s: %w", path, err)
		}
	}
	if opts.Bulk && !opts.ReadOnly {
		if err := s.startBulk(ctx); err != nil {
			db.Close()
			return nil, fmt.Errorf("open %s: %w", path, err)
		}
	}
	return s, nil
}

// withDefaults fills in the zero fields of opts.
func withDefaults(opts Options) Options {
	if opts.Window == 0 {
		opts.Window = DefaultWindow
	} else if opts.Window < 0 {
		opts.Window = 0
	}
	if opts.Jaccard == 0 {
		opts.Jaccard = DefaultJaccard
	}
	if opts.CacheMB <= 0 {
		opts.CacheMB = 64
	}
	// Increments are numbered by int32 when summed (rollItem.seq).
	opts.RollupEvery = min(opts.RollupEvery, 1<<30)
	if opts.BusyTimeout == 0 {
		opts.BusyTimeout = 5 * time.Second
	}
	if opts.Logger == nil {
		opts.Logger = slog.Default()
	}
	if opts.Now == nil {
		opts.Now = time.Now
	}
	return opts
}

// Path returns the database file name (a PostgreSQL URL without its
// password).
func (s *SQLite) Path() string { return s.path }

// DB returns the underlying database handle, for tools and tests.
func (s *SQLite) DB() *sql.DB { return s.db }

// Postgres reports whether the store speaks PostgreSQL (OpenPostgres)
// rather than SQLite.
func (s *SQLite) Postgres() bool { return s.pg }

// Close closes the database.
func (s *SQLite) Close() error {
	if s.bulk || s.pend != nil || (s.opts.Append && !s.opts.ReadOnly) {
		if err := s.Finish(context.Background()); err != nil {
			s.db.Close()
			return err
		}
	}
	return s.db.Close()
}

// init checks the file, sets WAL mode and migrates the schema.
func (s *SQLite) init(ctx context.Context) error {
	// Reading the schema catches files that are not databases; damaged
	// pages are reported as ErrCorrupt when read, and by Check.
	var tables int
	if err := s.db.QueryRowContext(ctx, "SELECT count(*) FROM sqlite_master").Scan(&tables); err != nil {
		return classify(err)
	}
	v, err := s.version(ctx)
	if err != nil {
		return err
	}
	if v == 0 {
		// A file with tables but no version is someone else's.
		var n int
		if err := s.db.QueryRowContext(ctx, "SELECT count(*) FROM sqlite_master WHERE type='table'").Scan(&n); err != nil {
			return classify(err)
		}
		if n > 0 {
			return fmt.Errorf("%w: it has %d tables but no petrel schema version", ErrCorrupt, n)
		}
	}
	if v > len(migrations) {
		return newerSchema(v)
	}
	if s.opts.ReadOnly {
		if v < len(migrations) {
			return fmt.Errorf("schema version %d is older than this petrel's (%d): open it once read-write to migrate", v, len(migrations))
		}
		return nil
	}
	var mode string
	if err := s.db.QueryRowContext(ctx, "PRAGMA journal_mode=WAL").Scan(&mode); err != nil {
		return classify(err)
	}
	return s.migrate(ctx)
}

// Check verifies every page of the database (SQLite's quick_check, which
// reads the whole file) and returns ErrCorrupt with the first problem.
func (s *SQLite) Check(ctx context.Context) error {
	var check string
	if err := s.db.QueryRowContext(ctx, "PRAGMA quick_check(1)").Scan(&check); err != nil {
		return fmt.Errorf("store: check %s: %w", s.path, classify(err))
	}
	if check != "ok" {
		return fmt.Errorf("store: check %s: %w: %s", s.path, ErrCorrupt, check)
	}
	return nil
}

// Vacuum rewrites the database compactly (SQLite's and PostgreSQL's
// VACUUM), giving the space freed inside it back to the file system.
func (s *SQLite) Vacuum(ctx context.Context) error {
	s.mu.Lock()
	defer s.mu.Unlock()
	if _, err := s.db.ExecContext(ctx, "VACUUM"); err != nil {
		return fmt.Errorf("store: vacuum %s: %w", s.path, classify(err))
	}
	return nil
}

func (s *SQLite) version(ctx context.Context) (int, error) {
	var v int
	if s.pg {
		if err := s.db.QueryRowContext(ctx, "SELECT coalesce(max(version), 0) FROM petrel_schema").Scan(&v); err != nil {
			return 0, classify(err)
		}
		return v, nil
	}
	if err := s.db.QueryRowContext(ctx, "PRAGMA user_version").Scan(&v); err != nil {
		return 0, classify(err)
	}
	return v, nil
}

func newerSchema(v int) error {
	return fmt.Errorf("%w: the database has schema version %d, this petrel knows versions up to %d; use a newer petrel (or another --db)", ErrNewerSchema, v, len(migrations))
}

// migrate applies the migrations the database lacks, each in its own
// transaction that also sets user_version.
func (s *SQLite) migrate(ctx context.Context) error {
	s.mu.Lock()
	defer s.mu.Unlock()
	for {
		tx, err := s.db.BeginTx(ctx, nil)
		if err != nil {
			return classify(err)
		}
		var v int
		if err := tx.QueryRowContext(ctx, "PRAGMA user_version").Scan(&v); err != nil {
			tx.Rollback()
			return classify(err)
		}
		if v > len(migrations) {
			tx.Rollback()
			return newerSchema(v)
		}
		if v == len(migrations) {
			return classify(tx.Rollback())
		}
		for _, stmt := range splitSQL(migrations[v]) {
			if _, err := tx.ExecContext(ctx, stmt); err != nil {
				tx.Rollback()
				return fmt.Errorf("migration %d: %w", v+1, classify(err))
			}
		}
		if step := migrationSteps[v+1]; step != nil {
			if err := step(ctx, tx); err != nil {
				tx.Rollback()
				return fmt.Errorf("migration %d: %w", v+1, classify(err))
			}
		}
		if _, err := tx.ExecContext(ctx, fmt.Sprintf("PRAGMA user_version=%d", v+1)); err != nil {
			tx.Rollback()
			return classify(err)
		}
		if err := tx.Commit(); err != nil {
			return classify(err)
		}
		s.log.Debug("store: migrated", "path", s.path, "version", v+1)
	}
}

func splitSQL(script string) []string {
	var out []string
	for _, st := range strings.Split(script, ";\n") {
		if st = strings.TrimSpace(st); st != "" {
			out = append(out, st)
		}
	}
	return out
}

// classify wraps SQLite errors in the store's sentinel errors.
func classify(err error) error {
	if err == nil {
		return nil
	}
	var se *sqlite.Error
	if !errors.As(err, &se) {
		return pgClassify(err)
	}
	switch se.Code() & 0xff {
	case 5, 6: // SQLITE_BUSY, SQLITE_LOCKED
		return fmt.Errorf("%w (waited for the busy timeout; is another petrel ingesting into it?): %w", ErrLocked, err)
	case 11, 26: // SQLITE_CORRUPT, SQLITE_NOTADB
		return fmt.Errorf("%w: %w", ErrCorrupt, err)
	case 13: // SQLITE_FULL
		return fmt.Errorf("%w: the last batch was rolled back, everything before it is stored: %w", ErrFull, err)
	}
	return err
}
