package store

import (
	"context"
	"database/sql"
	"database/sql/driver"
	"errors"
	"fmt"
	"net/url"
	"regexp"
	"strconv"
	"strings"
	"sync"

	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/pgconn"
	"github.com/jackc/pgx/v5/stdlib"
)

// DB is the database/sql implementation of Store. It speaks two dialects:
// SQLite (Open) and PostgreSQL (OpenPostgres). Both run the same code for
// identity, near-duplicates, merging, rollups and queries; the PostgreSQL
// dialect differs in placeholders ($n), its schema types (translated from
// the SQLite migrations, so the schema is the same), a transaction-level
// advisory lock instead of SQLite's write lock, and COPY for the bulk
// inserts of events and mentions.
type DB = SQLite

// IsPostgres reports whether target names a PostgreSQL database
// (postgres:// or postgresql:// URL) rather than a SQLite file.
func IsPostgres(target string) bool {
	return strings.HasPrefix(target, "postgres://") || strings.HasPrefix(target, "postgresql://")
}

// OpenTarget opens a PostgreSQL database when target is a postgres:// URL,
// else the SQLite file target.
func OpenTarget(ctx context.Context, target string, opts Options) (*DB, error) {
	if IsPostgres(target) {
		return OpenPostgres(ctx, target, opts)
	}
	return Open(ctx, target, opts)
}

// pgLockKey is the advisory lock that serialises writers (and migrations)
// across processes, as SQLite's BEGIN IMMEDIATE does: merging an event
// needs to see the events stored before it.
const pgLockKey = 0x70657472656c // "petrel"

// OpenPostgres connects to the PostgreSQL database at dsn (a postgres://
// URL) and brings its schema up to date. Options.BusyTimeout bounds the
// wait for another writer's lock (as lock_timeout); MaxPages is ignored.
func OpenPostgres(ctx context.Context, dsn string, opts Options) (*DB, error) {
	opts = withDefaults(opts)
	if opts.Bulk && !opts.ReadOnly {
		return nil, fmt.Errorf("open %s: bulk mode is SQLite only", redact(dsn))
	}
	cfg, err := pgx.ParseConfig(dsn)
	if err != nil {
		return nil, fmt.Errorf("open %s: %w", redact(dsn), err)
	}
	if cfg.RuntimeParams == nil {
		cfg.RuntimeParams = map[string]string{}
	}
	cfg.RuntimeParams["lock_timeout"] = strconv.FormatInt(opts.BusyTimeout.Milliseconds(), 10)
	if opts.ReadOnly {
		cfg.RuntimeParams["default_transaction_read_only"] = "on"
	}
	db := sql.OpenDB(pgConnector{stdlib.GetConnector(*cfg)})
	db.SetMaxOpenConns(8)
	db.SetMaxIdleConns(4)
	s := &SQLite{db: db, path: redact(dsn), opts: opts, log: opts.Logger, pg: true,
		knownActors: map[string]bool{}, knownPlaces: map[placeKey]int64{}}
	if err := s.pgInit(ctx); err != nil {
		db.Close()
		return nil, fmt.Errorf("open %s: %w", redact(dsn), err)
	}
	return s, nil
}

func redact(dsn string) string {
	u, err := url.Parse(dsn)
	if err != nil {
		return "postgres://…"
	}
	return u.Redacted()
}

// pgInit creates the version table and applies the missing migrations,
// translated to PostgreSQL, each in a transaction holding the writers'
// lock.
func (s *SQLite) pgInit(ctx context.Context) error {
	if _, err := s.db.ExecContext(ctx, `CREATE TABLE IF NOT EXISTS petrel_schema (version BIGINT NOT NULL)`); err != nil {
		if !s.opts.ReadOnly {
			return classify(err)
		}
	}
	v, err := s.version(ctx)
	if err != nil {
		return err
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
	s.mu.Lock()
	defer s.mu.Unlock()
	for {
		tx, err := s.db.BeginTx(ctx, nil)
		if err != nil {
			return classify(err)
		}
		if _, err := tx.ExecContext(ctx, "SELECT pg_advisory_xact_lock(?)", pgLockKey); err != nil {
			tx.Rollback()
			return classify(err)
		}
		var v int
		if err := tx.QueryRowContext(ctx, "SELECT coalesce(max(version), 0) FROM petrel_schema").Scan(&v); err != nil {
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
		script := pgSchema(migrations[v])
		if m, ok := pgMigrations[v+1]; ok {
			script = m
		}
		for _, stmt := range splitSQL(script) {
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
		if _, err := tx.ExecContext(ctx, "DELETE FROM petrel_schema"); err != nil {
			tx.Rollback()
			return classify(err)
		}
		if _, err := tx.ExecContext(ctx, "INSERT INTO petrel_schema (version) VALUES (?)", v+1); err != nil {
			tx.Rollback()
			return classify(err)
		}
		if err := tx.Commit(); err != nil {
			return classify(err)
		}
		s.log.Debug("store: migrated", "db", s.path, "version", v+1)
	}
}

// Translations of the SQLite schema into PostgreSQL's types: 64-bit
// integers, double precision reals, byte arrays, and text compared byte by
// byte (COLLATE "C"), as SQLite compares it.
var (
	pgRowID   = regexp.MustCompile(`\bINTEGER PRIMARY KEY\b`)
	pgInteger = regexp.MustCompile(`\bINTEGER\b`)
	pgReal    = regexp.MustCompile(`\bREAL\b`)
	pgBlob    = regexp.MustCompile(`\bBLOB\b`)
	pgText    = regexp.MustCompile(`\bTEXT\b`)
	pgRowless = regexp.MustCompile(`\)\s*WITHOUT ROWID`)
	// pgIndexedBy matches SQLite's "INDEXED BY name" hint.
	pgIndexedBy = regexp.MustCompile(`\bINDEXED BY \w+`)
)

// pgSchema translates a SQLite migration script to PostgreSQL.
func pgSchema(script string) string {
	script = pgRowless.ReplaceAllString(script, ")")
	script = pgRowID.ReplaceAllString(script, "BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY")
	script = pgInteger.ReplaceAllString(script, "BIGINT")
	script = pgReal.ReplaceAllString(script, "DOUBLE PRECISION")
	script = pgBlob.ReplaceAllString(script, "BYTEA")
	return pgText.ReplaceAllString(script, `TEXT COLLATE "C"`)
}

// pgConnector wraps pgx's database/sql connector with the dialect
// translation of pgConn.
type pgConnector struct{ inner driver.Connector }

func (c pgConnector) Connect(ctx context.Context) (driver.Conn, error) {
	dc, err := c.inner.Connect(ctx)
	if err != nil {
		return nil, err
	}
	return &pgConn{dc.(*stdlib.Conn)}, nil
}

func (c pgConnector) Driver() driver.Driver { return c.inner.Driver() }

// pgConn is a pgx connection that takes the SQLite spelling of the
// store's statements: ? and ?N placeholders, INSERT OR IGNORE, instr(),
// and booleans stored as integers.
type pgConn struct{ *stdlib.Conn }

func (c *pgConn) Prepare(q string) (driver.Stmt, error) { return c.Conn.Prepare(rebind(q)) }

func (c *pgConn) PrepareContext(ctx context.Context, q string) (driver.Stmt, error) {
	return c.Conn.PrepareContext(ctx, rebind(q))
}

func (c *pgConn) ExecContext(ctx context.Context, q string, args []driver.NamedValue) (driver.Result, error) {
	return c.Conn.ExecContext(ctx, rebind(q), args)
}

func (c *pgConn) QueryContext(ctx context.Context, q string, args []driver.NamedValue) (driver.Rows, error) {
	return c.Conn.QueryContext(ctx, rebind(q), args)
}

// CheckNamedValue stores booleans as 0 and 1, as SQLite does.
func (c *pgConn) CheckNamedValue(nv *driver.NamedValue) error {
	if b, ok := nv.Value.(bool); ok {
		nv.Value = boolInt(b)
		return nil
	}
	return c.Conn.CheckNamedValue(nv)
}

func boolInt(b bool) int64 {
	if b {
		return 1
	}
	return 0
}

var rebinds sync.Map // SQLite statement → PostgreSQL statement

// rebind translates a statement from SQLite's spelling to PostgreSQL's.
func rebind(q string) string {
	if v, ok := rebinds.Load(q); ok {
		return v.(string)
	}
	in := q
	ignore := false
	if t := strings.TrimSpace(q); strings.HasPrefix(t, "INSERT OR IGNORE INTO") {
		q = "INSERT INTO" + strings.TrimPrefix(t, "INSERT OR IGNORE INTO")
		ignore = true
	}
	q = strings.ReplaceAll(q, "instr(", "strpos(")
	// SQLite's index hints; PostgreSQL's planner chooses for itself.
	q = pgIndexedBy.ReplaceAllString(q, "")
	var sb strings.Builder
	n := 0
	for i := 0; i < len(q); i++ {
		c := q[i]
		switch c {
		case '\'':
			j := strings.IndexByte(q[i+1:], '\'')
			if j < 0 {
				sb.WriteString(q[i:])
				i = len(q)
				continue
			}
			sb.WriteString(q[i : i+j+2])
			i += j + 1
		case '?':
			j := i + 1
			for j < len(q) && q[j] >= '0' && q[j] <= '9' {
				j++
			}
			if j > i+1 {
				sb.WriteString("$" + q[i+1:j])
				i = j - 1
			} else {
				n++
				sb.WriteString("$" + strconv.Itoa(n))
			}
		default:
			sb.WriteByte(c)
		}
	}
	if ignore {
		sb.WriteString(" ON CONFLICT DO NOTHING")
	}
	out := sb.String()
	rebinds.Store(in, out)
	return out
}

// pgCopy inserts rows of ncols values into table with COPY, on the
// connection of the batch's transaction.
func (b *batch) pgCopy(table string, cols []string, flat []any) error {
	if len(flat) == 0 {
		return nil
	}
	ncols := len(cols)
	rows := make([][]any, 0, len(flat)/ncols)
	for i := 0; i+ncols <= len(flat); i += ncols {
		r := make([]any, ncols)
		for j, v := range flat[i : i+ncols] {
			switch v := v.(type) {
			case bool:
				r[j] = boolInt(v)
			default:
				r[j] = v
			}
		}
		rows = append(rows, r)
	}
	return b.conn.Raw(func(dc any) error {
		pc, ok := dc.(*pgConn)
		if !ok {
			return fmt.Errorf("store: COPY on a %T connection", dc)
		}
		n, err := pc.Conn.Conn().CopyFrom(b.ctx, pgx.Identifier{table}, cols, pgx.CopyFromRows(rows))
		if err == nil && int(n) != len(rows) {
			err = fmt.Errorf("store: COPY %s: %d of %d rows", table, n, len(rows))
		}
		return err
	})
}

var eventColumns = []string{"event_id", "merge_key", "dyad_key", "day", "src_code", "src_country", "tgt_code", "tgt_country",
	"cameo_code", "cameo_root", "quad_class", "goldstein", "plover_type", "negated", "hypothetical", "future", "reported",
	"place_id", "loc_name", "loc_country", "lat", "lon", "evidence", "num_mentions", "num_sources", "num_articles", "first_doc", "added"}

var mentionColumns = []string{"event_id", "doc_key", "sentence", "start", "end", "outlet", "record_id", "near_dup"}

// pgFlushPending is flushPending with COPY. Mentions are deduplicated
// here, as INSERT OR IGNORE does for SQLite: the rows of one flush all
// belong to documents new in this batch.
func (b *batch) pgFlushPending() error {
	if err := b.pgCopy("events", eventColumns, b.pendingEvents); err != nil {
		return err
	}
	b.pendingEvents = b.pendingEvents[:0]
	if err := b.pgCopy("event_records", []string{"event_id", "record"}, b.pendingRecords); err != nil {
		return err
	}
	b.pendingRecords = b.pendingRecords[:0]
	clear(b.local)
	type mkey struct {
		ev, doc          int64
		sent, start, end int
	}
	seen := map[mkey]bool{}
	uniq := b.pendingMentions[:0:0]
	for i := 0; i+mentionCols <= len(b.pendingMentions); i += mentionCols {
		r := b.pendingMentions[i : i+mentionCols]
		k := mkey{r[0].(int64), r[1].(int64), r[2].(int), r[3].(int), r[4].(int)}
		if seen[k] {
			continue
		}
		seen[k] = true
		uniq = append(uniq, r...)
	}
	if err := b.pgCopy("event_mentions", mentionColumns, uniq); err != nil {
		return err
	}
	b.pendingMentions = b.pendingMentions[:0]
	return nil
}

// pgClassify maps PostgreSQL errors to the store's sentinel errors.
func pgClassify(err error) error {
	var pe *pgconn.PgError
	if !errors.As(err, &pe) {
		return err
	}
	switch pe.Code {
	case "55P03": // lock_not_available
		return fmt.Errorf("%w (waited for the lock timeout; is another petrel migrating it?): %w", ErrLocked, err)
	case "53100": // disk_full
		return fmt.Errorf("%w: the last batch was rolled back, everything before it is stored: %w", ErrFull, err)
	}
	return err
}

// OpenPostgresRaw returns a plain database/sql handle on a PostgreSQL
// database (PostgreSQL spelling, no schema work), for tools and tests.
func OpenPostgresRaw(ctx context.Context, dsn string) (*sql.DB, error) {
	cfg, err := pgx.ParseConfig(dsn)
	if err != nil {
		return nil, fmt.Errorf("open %s: %w", redact(dsn), err)
	}
	db := stdlib.OpenDB(*cfg)
	if err := db.PingContext(ctx); err != nil {
		db.Close()
		return nil, fmt.Errorf("open %s: %w", redact(dsn), err)
	}
	return db, nil
}
