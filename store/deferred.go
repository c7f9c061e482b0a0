package store

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
)

// deferred is what the rollups, rollup_day, rollup_place and the text index
// lack with Options.RollupEvery: the increments of the stored events whose
// event_id is above after, summed by flushDeferred. The table
// rollups_pending (schema 6) holds after and the token of the store that
// holds these increments in memory; any other writer reads the events back
// instead (replay), so a killed run loses and duplicates nothing.
type deferred struct {
	after, token int64
	rolls        []rolled
	codes        codeTab
	dayR         map[dayRoll]*sumVal
	placeR       map[placeRoll]*sumVal
}

// syncPending runs at the start of a batch (SQLite, not bulk). When the
// database has deferred increments it makes them the batch's: from memory
// when this store's are current, else read back from the events above
// after. Deferring, the batch then keeps adding to them (b.pend); not
// deferring, it applies them first. Deferring with nothing pending, it
// marks the events from now on as pending.
func (b *batch) syncPending(deferring bool) error {
	var after, token int64
	err := b.tx.QueryRowContext(b.ctx, "SELECT after, token FROM rollups_pending").Scan(&after, &token)
	switch {
	case errors.Is(err, sql.ErrNoRows):
		b.s.pend = nil
		if !deferring {
			return nil
		}
		if err := b.tx.QueryRowContext(b.ctx, "SELECT coalesce(max(event_id), 0) FROM events").Scan(&after); err != nil {
			return err
		}
		if _, err := b.tx.ExecContext(b.ctx, "INSERT INTO rollups_pending (after, token) VALUES (?, ?)", after, b.s.token); err != nil {
			return err
		}
		b.usePending(&deferred{after: after, token: b.s.token})
		return nil
	case err != nil:
		return err
	}
	if p := b.s.pend; p != nil && p.after == after && p.token == token {
		b.usePending(p)
	} else {
		b.s.pend = nil
		b.usePending(&deferred{after: after, token: b.s.token})
		if _, err := b.bulkChunk(after, -1); err != nil {
			return err
		}
		if token != b.s.token {
			if _, err := b.tx.ExecContext(b.ctx, "UPDATE rollups_pending SET token = ?", b.s.token); err != nil {
				return err
			}
		}
	}
	if !deferring {
		return b.flushDeferred()
	}
	return nil
}

// usePending makes p's increments the batch's.
func (b *batch) usePending(p *deferred) {
	b.pend = p
	b.rolls, b.codes, b.dayR, b.placeR = p.rolls, p.codes, p.dayR, p.placeR
}

// keepPending stores the batch's increments back into b.pend (before the
// commit; PutDocuments keeps b.pend once committed).
func (b *batch) keepPending() {
	if p := b.pend; p != nil {
		p.rolls, p.codes, p.dayR, p.placeR = b.rolls, b.codes, b.dayR, b.placeR
	}
}

// flushDeferred applies the deferred increments: the rollups and
// rollup_day/rollup_place in key order, the events above after to the
// text index; nothing is pending afterwards.
func (b *batch) flushDeferred() error {
	p := b.pend
	if p == nil {
		return nil
	}
	if err := b.flushRollups(); err != nil {
		return err
	}
	if b.dayR != nil {
		if err := b.flushDayPlace(); err != nil {
			return err
		}
	}
	if _, err := b.exec(`INSERT INTO events_fts(rowid, evidence) SELECT event_id, evidence FROM events WHERE event_id > ?`, p.after); err != nil {
		return err
	}
	if _, err := b.exec("DELETE FROM rollups_pending"); err != nil {
		return err
	}
	b.pend = nil
	b.rolls, b.codes = b.rolls[:0], codeTab{}
	return nil
}

// applyPending applies the deferred increments, this store's or read back
// from the events, in a transaction of its own (Finish, Close, and Open
// after a run that stopped with increments pending).
func (s *SQLite) applyPending(ctx context.Context) error {
	conn, release, err := s.writeConn(ctx)
	if err != nil {
		return fmt.Errorf("store: apply deferred rollups: %w", classify(err))
	}
	defer release()
	tx, err := s.beginWrite(ctx, conn)
	if err != nil {
		return fmt.Errorf("store: apply deferred rollups: %w", classify(err))
	}
	defer tx.Rollback()
	b := &batch{s: s, tx: tx, conn: conn, ctx: ctx}
	defer b.closeRaw()
	err = b.syncPending(false)
	if err == nil {
		err = tx.Commit()
	}
	s.pend = nil
	if err != nil {
		return fmt.Errorf("store: apply deferred rollups: %w", classify(err))
	}
	return nil
}

// pendingLeft reports whether the database has deferred increments.
func (s *SQLite) pendingLeft(ctx context.Context) (bool, error) {
	var n int
	err := s.db.QueryRowContext(ctx, "SELECT count(*) FROM rollups_pending").Scan(&n)
	return n > 0, err
}
