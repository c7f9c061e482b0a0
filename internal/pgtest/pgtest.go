// Package pgtest gives tests a fresh PostgreSQL schema of the database
// named by PETREL_TEST_POSTGRES (.ci/run starts PostgreSQL and sets it);
// without it the tests that need PostgreSQL skip.
package pgtest

import (
	"context"
	"database/sql"
	"fmt"
	"net/url"
	"os"
	"sync/atomic"
	"testing"
	"time"

	_ "github.com/jackc/pgx/v5/stdlib" // the "pgx" database/sql driver
)

// Env names the environment variable with the test database's DSN.
const Env = "PETREL_TEST_POSTGRES"

var seq atomic.Int64

// Available reports whether a test database is configured.
func Available() bool { return os.Getenv(Env) != "" }

// DSN returns the DSN of a new, empty schema of the test database (its
// search_path), dropped when the test ends. It skips the test when
// PETREL_TEST_POSTGRES is unset.
func DSN(tb testing.TB) string {
	tb.Helper()
	dsn := os.Getenv(Env)
	if dsn == "" {
		tb.Skipf("%s is not set: no PostgreSQL to test against (.ci/run starts one; see docs/deploy.md)", Env)
	}
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	name := fmt.Sprintf("t_%d_%d_%d", os.Getpid(), time.Now().UnixNano()%1e9, seq.Add(1))
	if err := exec(ctx, dsn, "CREATE SCHEMA "+name); err != nil {
		tb.Fatalf("%s: %v", Env, err)
	}
	tb.Cleanup(func() {
		ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
		defer cancel()
		exec(ctx, dsn, "DROP SCHEMA "+name+" CASCADE")
	})
	u, err := url.Parse(dsn)
	if err != nil {
		tb.Fatalf("%s: %v", Env, err)
	}
	q := u.Query()
	q.Set("search_path", name)
	u.RawQuery = q.Encode()
	return u.String()
}

func exec(ctx context.Context, dsn, stmt string) error {
	db, err := sql.Open("pgx", dsn)
	if err != nil {
		return err
	}
	defer db.Close()
	_, err = db.ExecContext(ctx, stmt)
	return err
}
