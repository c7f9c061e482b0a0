package store

import (
	"database/sql/driver"
	"fmt"
	"strings"
)

// The multi-row INSERTs of a SQLite batch (events, records, mentions,
// documents, LSH rows, rollup rows: some 80 bound values an event) run on
// the driver's own statements, through sql.Conn.Raw on the transaction's
// connection, instead of database/sql's: database/sql converts and checks
// every argument into a new []driver.NamedValue and locks the connection
// for each call; here the values are converted once into a reused slice,
// one Raw call runs all the statements of an insertRows, and each
// statement text is built and prepared once per transaction.

// rawKey names a prepared multi-row INSERT: its head, tail and rows.
type rawKey struct {
	head, tail string
	rows       int
}

// rawStmts are a transaction's driver statements (SQLite, on b.conn).
type rawStmts struct {
	stmts map[rawKey]driver.Stmt
	args  []driver.NamedValue
}

// insertRowsRaw is insertRows on the driver's statements.
func (b *batch) insertRowsRaw(head, tail string, ncols int, rows []any) error {
	return b.conn.Raw(func(dc any) error {
		cp, ok := dc.(driver.ConnPrepareContext)
		if !ok {
			return fmt.Errorf("store: driver connection %T cannot prepare", dc)
		}
		if b.raw.stmts == nil {
			b.raw.stmts = map[rawKey]driver.Stmt{}
		}
		for len(rows) > 0 {
			n := min(len(rows)/ncols, multiRows)
			k := rawKey{head, tail, n}
			st := b.raw.stmts[k]
			if st == nil {
				ph := "(?" + strings.Repeat(",?", ncols-1) + ")"
				var err error
				if st, err = cp.PrepareContext(b.ctx, head+" VALUES "+ph+strings.Repeat(","+ph, n-1)+" "+tail); err != nil {
					return err
				}
				b.raw.stmts[k] = st
			}
			ex, ok := st.(driver.StmtExecContext)
			if !ok {
				return fmt.Errorf("store: driver statement %T cannot execute", st)
			}
			args := b.raw.args[:0]
			for i, v := range rows[:n*ncols] {
				v, err := driverValue(v)
				if err != nil {
					return fmt.Errorf("store: argument %d of %s: %w", i+1, head, err)
				}
				args = append(args, driver.NamedValue{Ordinal: i + 1, Value: v})
			}
			b.raw.args = args
			if _, err := ex.ExecContext(b.ctx, args); err != nil {
				return err
			}
			rows = rows[n*ncols:]
		}
		return nil
	})
}

// driverValue converts v as database/sql does for a driver without a
// NamedValueChecker: driver values as they are, the rest through
// driver.DefaultParameterConverter (other integer types, pointers,
// Valuers).
func driverValue(v any) (driver.Value, error) {
	switch v := v.(type) {
	case nil, int64, float64, string, []byte, bool:
		return v, nil
	case int:
		return int64(v), nil
	}
	return driver.DefaultParameterConverter.ConvertValue(v)
}

// closeRaw closes the batch's driver statements (before its connection
// goes back to the pool).
func (b *batch) closeRaw() error {
	if len(b.raw.stmts) == 0 {
		return nil
	}
	return b.conn.Raw(func(any) error {
		var first error
		for _, st := range b.raw.stmts {
			if err := st.Close(); err != nil && first == nil {
				first = err
			}
		}
		b.raw.stmts = nil
		return first
	})
}
