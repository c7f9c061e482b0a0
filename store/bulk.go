package store

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"strings"
	"time"

	"github.com/petrel-events/petrel/doc"
)

// bulkDropped are the indexes a bulk load drops and Finish builds again:
// those no look-up of PutDocuments reads (merging reads events_day,
// near-duplicates and replacements event_mentions_doc and the documents'
// indexes, which stay).
// The delete and update triggers that keep the text index, rollup_day and
// rollup_place go too (an FTS5 delete of a row never indexed corrupts it).
var bulkDropped = []struct{ kind, name string }{
	{"index", "events_src"}, {"index", "events_tgt"}, {"index", "rollup_actor_code"}, {"index", "rollup_pair_src"},
	{"index", "rollup_pair_tgt"}, {"index", "rollup_pair_top"}, {"index", "rollup_day_type"},
	{"trigger", "events_fts_ad"}, {"trigger", "events_fts_au"}, {"trigger", "rollup_day_ad"}, {"trigger", "rollup_day_au"},
	{"trigger", "rollup_place_ad"}, {"trigger", "rollup_place_au"},
}

// ErrBulkUnfinished is returned by Open for a database whose bulk load
// stopped before Finish: it lacks its rollups and some indexes.
var ErrBulkUnfinished = errors.New("the database's bulk load did not finish (no rollups): load it again into a new file")

// ErrBulkNotEmpty is returned by Open with Options.Bulk on a database that
// holds events.
var ErrBulkNotEmpty = errors.New("bulk mode needs an empty database")

// startBulk checks that the database is empty and drops the indexes
// Finish builds, remembering their definitions.
func (s *SQLite) startBulk(ctx context.Context) error {
	if s.pg {
		return errors.New("bulk mode is SQLite only")
	}
	var n int64
	if err := s.db.QueryRowContext(ctx, "SELECT (SELECT count(*) FROM (SELECT 1 FROM events LIMIT 1)) + (SELECT count(*) FROM (SELECT 1 FROM ingest_log LIMIT 1))").Scan(&n); err != nil {
		return err
	}
	if n > 0 {
		return ErrBulkNotEmpty
	}
	tx, err := s.db.BeginTx(ctx, nil)
	if err != nil {
		return err
	}
	defer tx.Rollback()
	if _, err := tx.ExecContext(ctx, "CREATE TABLE bulk_unfinished (x INTEGER)"); err != nil {
		return err
	}
	var defs []string
	for _, d := range bulkDropped {
		var def string
		if err := tx.QueryRowContext(ctx, "SELECT sql FROM sqlite_master WHERE type = ? AND name = ?", d.kind, d.name).Scan(&def); err != nil {
			return fmt.Errorf("%s %s: %w", d.kind, d.name, err)
		}
		if _, err := tx.ExecContext(ctx, "DROP "+strings.ToUpper(d.kind)+" "+d.name); err != nil {
			return err
		}
		defs = append(defs, def)
	}
	if err := tx.Commit(); err != nil {
		return err
	}
	s.bulk, s.bulkIndexes = true, defs
	return nil
}

// bulkChunkEvents is how many events Finish sums in memory before writing
// their rollups (upserts, so a key shared by two chunks adds up).
var bulkChunkEvents = 500_000 // a variable for the test

// bulkRollups fills the rollups from the stored events, read once in
// event order, with the code of the incremental path (roll, rollNew,
// flushRollups, flushDayPlace): its sums, written in key order.
func (b *batch) bulkRollups() error {
	for _, t := range []string{"rollup_dyad", "rollup_actor", "rollup_pair", "rollup_day", "rollup_place"} {
		if _, err := b.exec("DELETE FROM " + t); err != nil {
			return err
		}
	}
	for after := int64(-1 << 62); ; {
		last, err := b.bulkChunk(after, bulkChunkEvents)
		if err != nil || last == after {
			if err != nil {
				return err
			}
			break
		}
		after = last
		if err := b.flushRollups(); err != nil {
			return err
		}
		if b.dayR != nil {
			if err := b.flushDayPlace(); err != nil {
				return err
			}
		}
		b.rolls, b.codes = b.rolls[:0], codeTab{}
	}
	_, err := b.exec(`INSERT INTO events_fts(events_fts) VALUES ('rebuild')`)
	return err
}

// bulkChunk sums the rollups of up to limit events (all with -1) after
// event_id after and returns the last one read (after when none is left).
func (b *batch) bulkChunk(after int64, limit int) (int64, error) {
	rows, err := b.tx.QueryContext(b.ctx, `SELECT event_id, day, src_code, tgt_code, src_country, tgt_country, quad_class, goldstein, plover_type, cameo_root,
		loc_country, loc_name, lat, lon FROM events WHERE event_id > ? ORDER BY event_id LIMIT ?`, after, limit)
	if err != nil {
		return after, err
	}
	defer rows.Close()
	var e doc.Event
	for rows.Next() {
		var r eventRow
		var lat, lon sql.NullFloat64
		if err := rows.Scan(&after, &r.day, &r.srcCode, &r.tgtCode, &r.srcCountry, &r.tgtCountry, &r.quad, &r.goldstein, &e.PLOVER.Type, &e.CAMEO.Root,
			&r.locCountry, &r.locName, &lat, &lon); err != nil {
			return after, err
		}
		if lat.Valid {
			r.lat, r.lon = lat.Float64, lon.Float64
		}
		b.roll(&r, 1)
		b.rollNew(&r, &e)
	}
	return after, rows.Err()
}

// Finish ends a bulk load (Options.Bulk): in one transaction it fills the
// rollups and the text index from the stored events and builds the
// dropped indexes, giving the database an incremental load would have
// made. The store then writes incrementally. Without Bulk it applies the
// deferred rollups (Options.RollupEvery), if any. Close calls it.
func (s *SQLite) Finish(ctx context.Context) error {
	s.mu.Lock()
	defer s.mu.Unlock()
	if !s.bulk {
		if s.opts.Append {
			if _, err := s.compactLocked(ctx); err != nil {
				return err
			}
		}
		if s.pend == nil {
			return nil
		}
		return s.applyPending(ctx)
	}
	tx, err := s.db.BeginTx(ctx, nil)
	if err != nil {
		return fmt.Errorf("store: finish bulk load: %w", classify(err))
	}
	defer tx.Rollback()
	b := &batch{s: s, tx: tx, ctx: ctx}
	if err := b.bulkRollups(); err != nil {
		return fmt.Errorf("store: finish bulk load: %w", classify(err))
	}
	for _, q := range append(s.bulkIndexes, "DROP TABLE bulk_unfinished") {
		t0 := time.Now()
		if _, err := tx.ExecContext(ctx, q); err != nil {
			return fmt.Errorf("store: finish bulk load: %s: %w", strings.Fields(q)[0]+" "+strings.Fields(q)[2], classify(err))
		}
		s.log.Debug("store: bulk load finish", "statement", strings.Join(strings.Fields(q)[:min(8, len(strings.Fields(q)))], " "), "took", time.Since(t0))
	}
	if err := tx.Commit(); err != nil {
		return fmt.Errorf("store: finish bulk load: %w", classify(err))
	}
	s.bulk, s.bulkIndexes = false, nil
	return nil
}
