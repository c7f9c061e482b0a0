package store

import (
	"context"
	"database/sql"
	"encoding/json"
	"errors"
	"fmt"
	"runtime"
	"slices"
	"sync"
	"sync/atomic"
	"time"

	"github.com/petrel-events/petrel/doc"
)

// The ingest log (schema 7, Options.Append, SQLite): PutDocuments appends
// each document, with its event records, as one compressed row of
// ingest_log, in the transaction of its batch, and stores nothing else.
// Compact stores the logged documents, oldest first, through the same code
// as PutDocuments (identity, near-duplicates, merging, rollups, text
// index), a chunk of logChunk documents per transaction that also deletes
// the chunk's log rows: a document is in the log or stored, never both and
// never neither, whenever the process dies. Storing a document twice
// changes nothing, so appending one that is already stored or logged is
// harmless. See docs/store.md, "The ingest log".

// logChunk is the number of logged documents Compact stores per
// transaction.
var logChunk = 10000

// errLogEmpty ends compaction: the ingest log has no rows.
var errLogEmpty = errors.New("store: the ingest log is empty")

// logDoc is what the ingest log keeps of a document: the fields
// PutDocuments reads.
type logDoc struct {
	ID        string      `json:"id"`
	URL       string      `json:"url,omitempty"`
	Source    string      `json:"source,omitempty"`
	Title     string      `json:"title,omitempty"`
	Lang      string      `json:"lang,omitempty"`
	Published doc.Time    `json:"published"`
	Text      string      `json:"text"`
	Tone      *float64    `json:"tone,omitempty"`
	Events    []doc.Event `json:"events"`
}

// encodeLog encodes the rows appendDocs writes (a variable for the
// benchmarks of the earlier JSON form).
var encodeLog = encodeLogDoc

// encodeLogDoc returns a document's ingest_log.doc: its binary form
// (logcodec.go).
func encodeLogDoc(d *doc.Doc) ([]byte, error) {
	return encodeLogBinary(d), nil
}

// encodeLogJSON is the ingest_log.doc that petrels before the binary form
// wrote: the logDoc JSON, compressed as event records are (record.go; the
// record dictionary fits the events, which are most of the bytes). Tests
// use it: such rows are still read.
func encodeLogJSON(d *doc.Doc) ([]byte, error) {
	ld := logDoc{ID: d.ID, URL: d.URL, Source: d.Source, Title: d.Title, Lang: d.Lang, Published: d.Published, Text: d.Text, Events: d.Events}
	if d.Tone != nil {
		ld.Tone = &d.Tone.Tone
	}
	js, err := json.Marshal(ld)
	if err != nil {
		return nil, fmt.Errorf("document %s: %w", d.ID, err)
	}
	return encodeRecord(js), nil
}

// decodeLogDoc is the inverse of encodeLogDoc and encodeLogJSON.
func decodeLogDoc(b []byte) (*doc.Doc, error) {
	if len(b) > 0 && b[0] == logBinary1 {
		return decodeLogBinary(b[1:])
	}
	js, err := DecodeRecord(b)
	if err != nil {
		return nil, err
	}
	var ld logDoc
	if err := json.Unmarshal(js, &ld); err != nil {
		return nil, err
	}
	d := &doc.Doc{ID: ld.ID, URL: ld.URL, Source: ld.Source, Title: ld.Title, Lang: ld.Lang, Published: ld.Published, Text: ld.Text, Events: ld.Events}
	if ld.Tone != nil {
		d.Tone = &doc.Tone{Tone: *ld.Tone}
	}
	return d, nil
}

// memLogMax is the number of appended event records a store keeps in
// memory for its compaction (memLog); beyond it they are decoded from the
// log.
var memLogMax = 200_000

// logView is what the ingest log keeps of d (encodeLogDoc), sharing its
// text and events: a coded document's tokens and parse are not kept.
func logView(d *doc.Doc) *doc.Doc {
	v := &doc.Doc{ID: d.ID, URL: d.URL, Source: d.Source, Title: d.Title, Lang: d.Lang, Published: d.Published, Text: d.Text, Events: d.Events}
	if d.Tone != nil {
		v.Tone = &doc.Tone{Tone: d.Tone.Tone}
	}
	return v
}

// parallel runs f(i) for i in [0, n), on one goroutine per processor, a
// chunk of prepareChunk at a time.
func parallel(n int, f func(i int)) {
	var next atomic.Int64
	var wg sync.WaitGroup
	for range min(runtime.GOMAXPROCS(0), (n+prepareChunk-1)/prepareChunk) {
		wg.Go(func() {
			for {
				i := int(next.Add(prepareChunk)) - prepareChunk
				if i >= n {
					return
				}
				for j := i; j < min(i+prepareChunk, n); j++ {
					f(j)
				}
			}
		})
	}
	wg.Wait()
}

// appendDocs appends docs to the ingest log in one transaction; with
// Options.CompactEvery it then compacts once that many event records are
// logged.
func (s *SQLite) appendDocs(ctx context.Context, docs []*doc.Doc) (PutStats, error) {
	rows := make([]any, 2*len(docs))
	errs := make([]error, len(docs))
	parallel(len(docs), func(i int) {
		rows[2*i] = len(docs[i].Events)
		rows[2*i+1], errs[i] = encodeLog(docs[i])
	})
	if err := errors.Join(errs...); err != nil {
		return PutStats{}, fmt.Errorf("store: %w", err)
	}
	n := 0
	for _, d := range docs {
		n += len(d.Events)
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	tx, err := s.beginWrite(ctx, nil)
	if err != nil {
		return PutStats{}, fmt.Errorf("store: begin: %w", classify(err))
	}
	b := &batch{s: s, tx: tx, ctx: ctx}
	var last int64
	if len(rows) > 0 {
		err = b.insertRows("INSERT INTO ingest_log (events, doc)", "", 2, rows)
		if err == nil {
			// The batch's rows are numbered last-len(docs)+1 .. last: the
			// write lock is held, and AUTOINCREMENT numbers from the
			// largest seq ever used.
			err = tx.QueryRowContext(ctx, "SELECT last_insert_rowid()").Scan(&last)
		}
	}
	if err == nil {
		err = tx.Commit()
	}
	if err != nil {
		tx.Rollback()
		return PutStats{}, fmt.Errorf("store: append to the ingest log: %w", classify(err))
	}
	if s.memLogEvents+n <= memLogMax {
		if s.memLog == nil {
			s.memLog = map[int64]*doc.Doc{}
		}
		for i, d := range docs {
			s.memLog[last-int64(len(docs)-1-i)] = logView(d)
		}
		s.memLogEvents += n
	}
	stats := PutStats{Logged: len(docs)}
	s.logged += n
	if s.opts.CompactEvery > 0 && s.logged >= s.opts.CompactEvery {
		cs, err := s.compactLocked(ctx)
		stats.Add(cs)
		if err != nil {
			return stats, err
		}
	}
	return stats, nil
}

// Compact stores the documents of the ingest log (Options.Append), oldest
// first, and empties it; it returns what storing them did. Without
// Options.RollupEvery the rollups and the text index of the whole
// compaction are applied once, at its end. A store that does not append
// compacts before each batch; petrel ingest and db synth compact at the
// end of the run, the server in the background.
func (s *SQLite) Compact(ctx context.Context) (PutStats, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.compactLocked(ctx)
}

func (s *SQLite) compactLocked(ctx context.Context) (_ PutStats, retErr error) {
	var total PutStats
	if s.pg || s.bulk {
		return total, nil
	}
	deferEvery := s.opts.RollupEvery
	if deferEvery == 0 {
		deferEvery = 1 << 30
	}
	var empty bool
	if err := s.db.QueryRowContext(ctx, "SELECT NOT EXISTS (SELECT 1 FROM ingest_log)").Scan(&empty); err != nil || empty {
		return total, classify(err)
	}
	large, logged, err := s.largeBacklog(ctx)
	if err != nil {
		return total, classify(err)
	}
	if large {
		if err := s.dropIndexes(ctx); err != nil {
			return total, fmt.Errorf("compact: %w", classify(err))
		}
		// The chunks, the deferred rollups and the indexes' rebuild run
		// on one connection (its page cache stays warm), with a filter of
		// the stored LSH buckets (bandfilter.go).
		if s.pin, err = s.db.Conn(ctx); err != nil {
			return total, fmt.Errorf("compact: %w", classify(err))
		}
		defer func() {
			s.pin.Close()
			s.pin, s.bands = nil, nil
		}()
	}
	firstChunk := true
	// The indexes dropped for a large backlog (now or by a run that
	// stopped) are built again however the compaction ends.
	stopped := false
	defer func() {
		if !stopped {
			if err := s.restoreIndexes(context.WithoutCancel(ctx)); err != nil && retErr == nil {
				retErr = fmt.Errorf("compact: %w", classify(err))
			}
		}
	}()
	var last int64
	load := func(tx *sql.Tx) ([]*doc.Doc, []prepared, error) {
		if large && !noBandFilter {
			if err := s.syncBandFilter(ctx, tx, firstChunk, logged); err != nil {
				return nil, nil, err
			}
			firstChunk = false
		}
		rows, err := tx.QueryContext(ctx, "SELECT seq, doc FROM ingest_log ORDER BY seq LIMIT ?", logChunk)
		if err != nil {
			return nil, nil, err
		}
		defer rows.Close()
		var blobs [][]byte
		var docs []*doc.Doc
		for rows.Next() {
			var b sql.RawBytes
			if err := rows.Scan(&last, &b); err != nil {
				return nil, nil, err
			}
			d := s.memLog[last]
			if d == nil {
				blobs = append(blobs, slices.Clone(b))
			} else {
				blobs = append(blobs, nil)
			}
			docs = append(docs, d)
		}
		if err := rows.Err(); err != nil {
			return nil, nil, err
		}
		if len(docs) == 0 {
			return nil, nil, errLogEmpty
		}
		prep := make([]prepared, len(docs))
		errs := make([]error, len(docs))
		parallel(len(docs), func(i int) {
			var recs [][]byte
			if docs[i] == nil {
				if b := blobs[i]; len(b) > 0 && b[0] == logBinary1 {
					docs[i], recs, errs[i] = decodeLogRecords(b[1:], true)
				} else {
					docs[i], errs[i] = decodeLogDoc(b)
				}
			}
			if errs[i] == nil {
				prep[i] = prepareDoc(docs[i], recs)
			}
		})
		if err := errors.Join(errs...); err != nil {
			return nil, nil, fmt.Errorf("ingest log: %w", err)
		}
		return docs, prep, nil
	}
	// The chunk's rows go in the transaction that stores them.
	del := func(b *batch) error {
		_, err := b.exec("DELETE FROM ingest_log WHERE seq <= ?", last)
		return err
	}
	// A long compaction reports its progress to the log every
	// compactProgress.
	started, lastReport, done := time.Now(), time.Now(), 0
	for {
		if err := ctx.Err(); err != nil {
			return total, err
		}
		if time.Since(lastReport) >= compactProgress {
			s.log.Info("compacting the ingest log", "documents", done, "of", logged, "events", total.Events+total.Merged,
				"elapsed", time.Since(started).Round(time.Second))
			lastReport = time.Now()
		}
		ps, err := s.putTx(ctx, deferEvery, load, del)
		if errors.Is(err, errLogEmpty) {
			break
		}
		if err != nil {
			return total, fmt.Errorf("compact: %w", err)
		}
		total.Add(ps)
		done += ps.Documents + ps.Unchanged + ps.Replaced + ps.NearDuplicates
		if compactStop != nil && compactStop() {
			stopped = true
			return total, errors.New("compact: stopped (test)")
		}
		for seq := range s.memLog { // stored: forget them
			if seq <= last {
				delete(s.memLog, seq)
			}
		}
	}
	s.logged, s.memLog, s.memLogEvents = 0, nil, 0
	if s.opts.RollupEvery == 0 && s.pend != nil {
		if large {
			s.log.Info("compacting the ingest log: rollups and text index", "documents", done, "events", total.Events+total.Merged,
				"elapsed", time.Since(started).Round(time.Second))
		}
		if err := s.applyPending(ctx); err != nil {
			return total, err
		}
	}
	if large {
		s.log.Info("compacting the ingest log: rebuilding indexes", "elapsed", time.Since(started).Round(time.Second))
	}
	return total, nil
}

// compactProgress is how often a compaction logs its progress.
const compactProgress = 30 * time.Second

// compactDropped are the secondary indexes a compaction of a large
// backlog drops and builds again at its end (CREATE INDEX sorts once
// instead of inserting row by row in random order): those that no
// statement of the write path reads (merging reads events_day,
// near-duplicates and replacements the documents', mentions' and LSH
// rows' keys, the rollup upserts their primary keys). The tables keep the
// same rows; each table's indexes come back in the same order.
var compactDropped = []string{"events_src", "events_tgt", "rollup_actor_code", "rollup_pair_src", "rollup_pair_tgt", "rollup_pair_top", "rollup_day_type"}

// noBandFilter, in tests, turns the LSH bucket filter off.
var noBandFilter bool

// compactStop, in tests, ends a compaction after a chunk as a killed
// process would: the dropped indexes are not built again.
var compactStop func() bool

// largeBacklog reports whether the ingest log holds at least as many
// documents as the database stores (a fresh or small database): then
// compaction drops compactDropped and builds them again once, which costs
// at most about what the compaction itself indexes.
// It also returns the number of logged documents.
func (s *SQLite) largeBacklog(ctx context.Context) (bool, int64, error) {
	var logged, stored int64
	err := s.db.QueryRowContext(ctx, `SELECT (SELECT coalesce(max(seq) - min(seq) + 1, 0) FROM ingest_log),
		(SELECT coalesce(max(doc_key), 0) FROM documents)`).Scan(&logged, &stored)
	return logged > 0 && logged >= stored, logged, err
}

// dropIndexes drops compactDropped, keeping their definitions in the
// table compact_indexes, in one transaction. The table marks the
// database: until restoreIndexes has built the indexes again (at the end
// of the compaction, or when a writer opens a database whose compaction
// stopped) queries are slower, not wrong.
func (s *SQLite) dropIndexes(ctx context.Context) error {
	tx, err := s.beginWrite(ctx, nil)
	if err != nil {
		return err
	}
	defer tx.Rollback()
	var n int
	if err := tx.QueryRowContext(ctx, "SELECT count(*) FROM sqlite_master WHERE name = 'compact_indexes'").Scan(&n); err != nil || n > 0 {
		return err // already dropped by a compaction that stopped
	}
	if _, err := tx.ExecContext(ctx, "CREATE TABLE compact_indexes (seq INTEGER PRIMARY KEY, name TEXT NOT NULL, sql TEXT NOT NULL)"); err != nil {
		return err
	}
	for i, name := range compactDropped {
		var def string
		switch err := tx.QueryRowContext(ctx, "SELECT sql FROM sqlite_master WHERE type = 'index' AND name = ?", name).Scan(&def); {
		case errors.Is(err, sql.ErrNoRows):
			continue
		case err != nil:
			return err
		}
		if _, err := tx.ExecContext(ctx, "INSERT INTO compact_indexes (seq, name, sql) VALUES (?, ?, ?)", i, name, def); err != nil {
			return err
		}
		if _, err := tx.ExecContext(ctx, "DROP INDEX "+name); err != nil {
			return err
		}
	}
	return tx.Commit()
}

// restoreIndexes builds the indexes a compaction dropped (dropIndexes),
// if any, in their first order, and removes compact_indexes, in one
// transaction.
func (s *SQLite) restoreIndexes(ctx context.Context) error {
	var n int
	if err := s.db.QueryRowContext(ctx, "SELECT count(*) FROM sqlite_master WHERE name = 'compact_indexes'").Scan(&n); err != nil || n == 0 {
		return err
	}
	conn, release, err := s.writeConn(ctx)
	if err != nil {
		return err
	}
	defer release()
	tx, err := s.beginWrite(ctx, conn)
	if err != nil {
		return err
	}
	defer tx.Rollback()
	rows, err := tx.QueryContext(ctx, "SELECT sql FROM compact_indexes ORDER BY seq")
	if err != nil {
		return err
	}
	var defs []string
	for rows.Next() {
		var def string
		if err := rows.Scan(&def); err != nil {
			rows.Close()
			return err
		}
		defs = append(defs, def)
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return err
	}
	// CREATE INDEX sorts the table's keys; with worker threads SQLite
	// sorts parts of them on other cores (wall time only: 1M events on 2
	// cores, the seven indexes in 24.6–26.9 s against 28.7–29.7 s, the same
	// CPU). The setting stays on this connection only while it builds.
	pragmas := []string{fmt.Sprintf("PRAGMA threads = %d", min(runtime.GOMAXPROCS(0), 4))}
	pragmas = append(pragmas, defs...)
	for _, def := range append(pragmas, "DROP TABLE compact_indexes", "PRAGMA threads = 0") {
		t0 := time.Now()
		if _, err := tx.ExecContext(ctx, def); err != nil {
			return fmt.Errorf("%s: %w", def, err)
		}
		s.log.Debug("store: compaction rebuilds an index", "statement", def, "took", time.Since(t0))
	}
	return tx.Commit()
}

// LogPending counts the documents and event records in the ingest log:
// appended (Options.Append) and not yet stored, so not seen by queries.
func (s *SQLite) LogPending(ctx context.Context) (docs, events int64, err error) {
	err = s.db.QueryRowContext(ctx, "SELECT count(*), coalesce(sum(events), 0) FROM ingest_log").Scan(&docs, &events)
	return docs, events, classify(err)
}
