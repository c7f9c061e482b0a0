package store

import (
	"cmp"
	"context"
	"crypto/sha256"
	"database/sql"
	"encoding/hex"
	"errors"
	"fmt"
	"maps"
	"slices"
	"strings"
	"time"

	"github.com/petrel-events/petrel/doc"
)

// PutDocuments implements Store. The batch is one transaction: on any
// error nothing of it is stored. With Options.Append (SQLite) the batch is
// appended to the ingest log instead (applog.go); otherwise a log left by
// an appending writer is compacted first, so documents are stored in the
// order they were handed to the store.
func (s *SQLite) PutDocuments(ctx context.Context, docs []*doc.Doc) (PutStats, error) {
	if s.opts.Append && !s.pg && !s.bulk {
		return s.appendDocs(ctx, docs)
	}
	prep := prepare(docs)
	s.mu.Lock()
	defer s.mu.Unlock()
	var stats PutStats
	if !s.pg && !s.bulk {
		var err error
		if stats, err = s.compactLocked(ctx); err != nil {
			return stats, err
		}
	}
	ps, err := s.putTx(ctx, s.opts.RollupEvery, func(*sql.Tx) ([]*doc.Doc, []prepared, error) { return docs, prep, nil }, nil)
	stats.Add(ps)
	return stats, err
}

// putTx stores, in one transaction, the documents load gives (with their
// prepared form), deferring the rollups until deferEvery increments are
// pending (0: applied with the batch); after, if not nil, runs last in the
// transaction. load returning errLogEmpty ends the transaction with
// nothing done.
func (s *SQLite) putTx(ctx context.Context, deferEvery int, load func(*sql.Tx) ([]*doc.Doc, []prepared, error), after func(*batch) error) (PutStats, error) {
	// The transaction's connection: for COPY (PostgreSQL) and the
	// driver's statements (SQLite, rawexec.go).
	conn, release, err := s.writeConn(ctx)
	if err != nil {
		return PutStats{}, fmt.Errorf("store: connect: %w", classify(err))
	}
	defer release()
	tx, err := s.beginWrite(ctx, conn)
	if err != nil {
		return PutStats{}, fmt.Errorf("store: begin: %w", classify(err))
	}
	docs, prep, err := load(tx)
	if err != nil {
		tx.Rollback()
		if errors.Is(err, errLogEmpty) {
			return PutStats{}, err
		}
		return PutStats{}, fmt.Errorf("store: %w", classify(err))
	}
	b := &batch{
		s: s, tx: tx, conn: conn, ctx: ctx, now: s.opts.Now().Unix(), prep: prep, deferEvery: deferEvery,
		touched: map[int64]bool{}, newActors: map[string]doc.ActorRef{}, newPlaces: map[placeKey]int64{},
	}
	defer b.closeRaw()
	// The pending rows of a batch reach their full size before they are
	// inserted: allocated once rather than grown by doubling.
	nev := 0
	for _, d := range docs {
		nev += len(d.Events)
	}
	b.pendingEvents = make([]any, 0, nev*eventFields)
	b.pendingRecords = make([]any, 0, nev*2)
	b.pendingMentions = make([]any, 0, nev*mentionCols)
	err = b.run(docs)
	if err == nil && after != nil {
		err = after(b)
	}
	if err != nil {
		tx.Rollback()
		s.pend = nil
		return PutStats{}, fmt.Errorf("store: %w", classify(err))
	}
	if err := tx.Commit(); err != nil {
		tx.Rollback()
		s.pend = nil
		return PutStats{}, fmt.Errorf("store: commit: %w", classify(err))
	}
	s.pend = b.pend
	for c := range b.newActors {
		s.knownActors[c] = true
	}
	for k, id := range b.newPlaces {
		s.knownPlaces[k] = id
	}
	return b.stats, nil
}

// writeConn returns the connection for a write transaction: the
// compaction's pinned one (SQLite.pin) while there is one, else one of the
// pool's, which release gives back.
func (s *SQLite) writeConn(ctx context.Context) (conn *sql.Conn, release func(), err error) {
	if s.pin != nil {
		return s.pin, func() {}, nil
	}
	if conn, err = s.db.Conn(ctx); err != nil {
		return nil, nil, err
	}
	return conn, func() { conn.Close() }, nil
}

// beginWrite starts a write transaction: BEGIN IMMEDIATE for SQLite
// (_txlock); for PostgreSQL a transaction on conn that takes the writers'
// advisory lock, waiting up to a minute for another writer.
func (s *SQLite) beginWrite(ctx context.Context, conn *sql.Conn) (*sql.Tx, error) {
	if !s.pg {
		if conn != nil {
			return conn.BeginTx(ctx, nil)
		}
		return s.db.BeginTx(ctx, nil)
	}
	tx, err := conn.BeginTx(ctx, nil)
	if err != nil {
		return nil, err
	}
	for _, q := range []string{"SET LOCAL lock_timeout = '60s'", fmt.Sprintf("SELECT pg_advisory_xact_lock(%d)", pgLockKey)} {
		if _, err := tx.ExecContext(ctx, q); err != nil {
			tx.Rollback()
			return nil, err
		}
	}
	return tx, nil
}

// batch is the state of one PutDocuments transaction.
type batch struct {
	s     *SQLite
	tx    *sql.Tx
	conn  *sql.Conn // the transaction's connection (nil in side transactions)
	ctx   context.Context
	now   int64
	stats PutStats
	// prep is the prepared form of the batch's documents, by position.
	prep []prepared
	// deferEvery defers the rollups until this many increments are
	// pending (Options.RollupEvery; compaction defers to its end).
	deferEvery int

	stmts map[string]*sql.Stmt
	// raw are the driver statements of insertRows (SQLite with conn).
	raw rawStmts

	// rolls are the batch's rollup increments, one per event added or
	// removed, summed by key at flushRollups; codes interns their codes.
	rolls []rolled
	codes codeTab
	// sortBuf is sortRuns' scratch space.
	sortBuf []uint64
	// pend, with Options.RollupEvery, holds the increments left for a
	// later batch (deferred.go); rolls, codes, dayR and placeR are then
	// its own.
	pend *deferred
	// dayR and placeR are the rollup_day and rollup_place increments of
	// the pending new events (SQLite), applied with their insert.
	dayR   map[dayRoll]*sumVal
	placeR map[placeRoll]*sumVal
	// touched events need their counts recomputed at the end.
	touched map[int64]bool
	// New events, their records (event_records rows) and mentions wait
	// here for a bulk insert; local indexes the new events by merge key;
	// nextID numbers them.
	pendingEvents, pendingRecords, pendingMentions []any
	local                                          map[int64][]localEvent
	// stored are the events stored before the batch that its event
	// records may merge into, by merge key (prefetch); deleted are events
	// the batch deleted.
	stored  map[int64][]localEvent
	deleted map[int64]bool
	// storedBands are the documents in the LSH buckets of the batch's
	// documents as stored before it (prefetch); batchBands those the batch
	// added; rebanded documents' stored buckets no longer count.
	storedBands, batchBands map[int64][]int64
	rebanded                map[int64]bool
	// pendingLSH are the batch's doc_lsh rows (band hash, document key),
	// inserted in key order at flushPending.
	pendingLSH [][2]int64
	// maybeDoc holds the IDs, URLs and content hashes ("i", "u", "h" +
	// value) that may be stored: those of the batch found stored before it
	// (prefetchDocs) and those the batch stores. find skips the look-ups
	// of the others.
	maybeDoc map[string]bool
	// pendingDocs are the new documents (SQLite) waiting for flushDocs,
	// numbered from nextDoc on.
	pendingDocs []any
	nextDoc     int64
	nextID      int64
	newActors   map[string]doc.ActorRef
	newPlaces   map[placeKey]int64
}

type placeKey struct {
	name, country string
	lat, lon      float64
}

// codeTab interns the actor codes and countries of a batch's rollup keys.
type codeTab struct {
	ids  map[string]int32
	strs []string
}

func (c *codeTab) id(s string) int32 {
	if id, ok := c.ids[s]; ok {
		return id
	}
	if c.ids == nil {
		c.ids = map[string]int32{}
	}
	id := int32(len(c.strs))
	c.ids[s] = id
	c.strs = append(c.strs, s)
	return id
}

// ranks returns each interned string's rank in byte order, by id.
func (c *codeTab) ranks() []int32 {
	order := make([]int32, len(c.strs))
	for i := range order {
		order[i] = int32(i)
	}
	slices.SortFunc(order, func(x, y int32) int { return strings.Compare(c.strs[x], c.strs[y]) })
	rank := make([]int32, len(c.strs))
	for r, id := range order {
		rank[id] = int32(r)
	}
	return rank
}

type dayRoll struct {
	day               int64
	quad              int
	plover, cameoRoot string
}

type placeRoll struct {
	month         int64
	country, name string
	located       int
	lat, lon      float64
}

type sumVal struct {
	n    int64
	gold float64
}

// stmt returns a prepared statement of the transaction.
func (b *batch) stmt(q string) (*sql.Stmt, error) {
	if st, ok := b.stmts[q]; ok {
		return st, nil
	}
	if b.stmts == nil {
		b.stmts = map[string]*sql.Stmt{}
	}
	st, err := b.tx.PrepareContext(b.ctx, q)
	if err != nil {
		return nil, err
	}
	b.stmts[q] = st
	return st, nil
}

func (b *batch) exec(q string, args ...any) (sql.Result, error) {
	st, err := b.stmt(q)
	if err != nil {
		return nil, err
	}
	return st.ExecContext(b.ctx, args...)
}

// multiRows is the number of rows per multi-row INSERT.
const multiRows = 256

// insertRows runs "head VALUES (...),(...) tail" over rows of ncols values,
// multiRows rows per statement.
func (b *batch) insertRows(head, tail string, ncols int, rows []any) error {
	if b.conn != nil && !b.s.pg {
		return b.insertRowsRaw(head, tail, ncols, rows)
	}
	ph := "(?" + strings.Repeat(",?", ncols-1) + ")"
	for len(rows) > 0 {
		n := min(len(rows)/ncols, multiRows)
		q := head + " VALUES " + ph + strings.Repeat(","+ph, n-1) + " " + tail
		if _, err := b.exec(q, rows[:n*ncols]...); err != nil {
			return err
		}
		rows = rows[n*ncols:]
	}
	return nil
}

func (b *batch) queryRow(q string, args ...any) (*sql.Row, error) {
	st, err := b.stmt(q)
	if err != nil {
		return nil, err
	}
	return st.QueryRowContext(b.ctx, args...), nil
}

func (b *batch) run(docs []*doc.Doc) error {
	if !b.s.pg && !b.s.bulk {
		if err := b.syncPending(b.deferEvery > 0); err != nil {
			return err
		}
	}
	if err := b.prefetch(docs); err != nil {
		return err
	}
	for i, d := range docs {
		if err := b.ctx.Err(); err != nil {
			return err
		}
		if err := b.putDoc(d, &b.prep[i]); err != nil {
			return fmt.Errorf("document %s: %w", d.ID, err)
		}
	}
	if err := b.flushPending(); err != nil {
		return err
	}
	if err := b.recount(); err != nil {
		return err
	}
	if b.pend != nil && len(b.rolls) >= b.deferEvery {
		if err := b.flushDeferred(); err != nil {
			return err
		}
	}
	if b.pend != nil {
		b.keepPending()
	} else if err := b.flushRollups(); err != nil {
		return err
	}
	return b.flushActors()
}

// ContentHash is the identity of a document's text: the first 128 bits of
// its SHA-256, in hex.
func ContentHash(text string) string {
	sum := sha256.Sum256([]byte(text))
	return hex.EncodeToString(sum[:16])
}

// existing is a stored document matching a new one.
type existing struct {
	key              int64
	hash, outlet, id string
	byHash           bool
}

// find looks a document up by ID, then URL, then content hash.
func (b *batch) find(d *doc.Doc, hash string) (*existing, error) {
	try := func(q, arg string, byHash bool) (*existing, error) {
		if err := b.flushDocs(); err != nil {
			return nil, err
		}
		row, err := b.queryRow(q, arg)
		if err != nil {
			return nil, err
		}
		e := &existing{byHash: byHash}
		switch err := row.Scan(&e.key, &e.hash, &e.outlet, &e.id); {
		case errors.Is(err, sql.ErrNoRows):
			return nil, nil
		case err != nil:
			return nil, err
		}
		return e, nil
	}
	if d.ID != "" && b.maybeDoc["i"+d.ID] {
		if e, err := try("SELECT doc_key, content_hash, outlet, id FROM documents WHERE id = ?", d.ID, false); e != nil || err != nil {
			return e, err
		}
	}
	if d.URL != "" && b.maybeDoc["u"+d.URL] {
		if e, err := try("SELECT doc_key, content_hash, outlet, id FROM documents WHERE url = ? ORDER BY doc_key LIMIT 1", d.URL, false); e != nil || err != nil {
			return e, err
		}
	}
	if !b.maybeDoc["h"+hash] {
		return nil, nil
	}
	return try("SELECT doc_key, content_hash, outlet, id FROM documents WHERE content_hash = ? ORDER BY doc_key LIMIT 1", hash, true)
}

// prefetchDocs fills b.maybeDoc with the batch's IDs, URLs and content
// hashes that are stored, 500 values per statement.
func (b *batch) prefetchDocs(docs []*doc.Doc, chunk int) error {
	b.maybeDoc = map[string]bool{}
	var ids, urls, hashes []any
	for i, d := range docs {
		if d.ID != "" {
			ids = append(ids, d.ID)
		}
		if d.URL != "" {
			urls = append(urls, d.URL)
		}
		hashes = append(hashes, b.prep[i].hash)
	}
	for _, c := range []struct {
		col, prefix string
		vals        []any
	}{{"id", "i", ids}, {"url", "u", urls}, {"content_hash", "h", hashes}} {
		for vals := c.vals; len(vals) > 0; {
			n := min(len(vals), chunk)
			st, err := b.stmt("SELECT " + c.col + " FROM documents WHERE " + c.col + " IN (?" + strings.Repeat(",?", n-1) + ")")
			if err != nil {
				return err
			}
			rows, err := st.QueryContext(b.ctx, vals[:n]...)
			if err != nil {
				return err
			}
			for rows.Next() {
				var v string
				if err := rows.Scan(&v); err != nil {
					rows.Close()
					return err
				}
				b.maybeDoc[c.prefix+v] = true
			}
			rows.Close()
			if err := rows.Err(); err != nil {
				return err
			}
			vals = vals[n:]
		}
	}
	return nil
}

// noteDoc notes the ID, URL and content hash of a document the batch
// stores, for find; empty values are skipped.
func (b *batch) noteDoc(id, url, hash string) {
	for _, k := range [3]string{"i" + id, "u" + url, "h" + hash} {
		if len(k) > 1 {
			b.maybeDoc[k] = true
		}
	}
}

func (b *batch) putDoc(d *doc.Doc, p *prepared) error {
	hash := p.hash
	old, err := b.find(d, hash)
	if err != nil {
		return err
	}
	var key int64
	replace := false
	switch {
	case old == nil:
	case !old.byHash && old.hash == hash, old.byHash && old.outlet == d.Source:
		b.stats.Unchanged++
		return nil
	case !old.byHash:
		replace = true
		key = old.key
		if err := b.removeDoc(key); err != nil {
			return err
		}
	}
	sh, bands := p.sd.sh, p.sd.bands
	var dupOf int64
	var jac float64
	if old != nil && old.byHash {
		// Same text from another outlet: a duplicate of it.
		if dupOf, err = b.root(old.key); err != nil {
			return err
		}
		jac = 1
	} else if dupOf, jac, err = b.nearDuplicate(sh, bands, key); err != nil {
		return err
	}
	var tone any
	if d.Tone != nil {
		tone = d.Tone.Tone
	}
	var dupArg, jacArg any
	if dupOf != 0 {
		dupArg, jacArg = dupOf, jac
	}
	if replace {
		_, err = b.exec(`UPDATE documents SET url=?, outlet=?, title=?, published=?, fetched=?, content_hash=?, lang=?, tone=?, duplicate_of=?, jaccard=?, shingles=? WHERE doc_key=?`,
			d.URL, d.Source, d.Title, d.Published.String(), b.now, hash, d.Lang, tone, dupArg, jacArg, encodeShingles(sh), key)
		b.stats.Replaced++
	} else {
		id := d.ID
		if id == "" {
			id = hash
		}
		b.noteDoc(id, "", "")
		if b.s.pg {
			var row *sql.Row
			row, err = b.queryRow(`INSERT INTO documents (id, url, outlet, title, published, fetched, content_hash, lang, tone, duplicate_of, jaccard, shingles) VALUES (?,?,?,?,?,?,?,?,?,?,?,?) RETURNING doc_key`,
				id, d.URL, d.Source, d.Title, d.Published.String(), b.now, hash, d.Lang, tone, dupArg, jacArg, encodeShingles(sh))
			if err == nil {
				err = row.Scan(&key)
			}
		} else {
			// SQLite: the key SQLite would give (the largest plus one),
			// the row inserted in bulk with the others (flushDocs).
			if key, err = b.docKey(); err == nil {
				b.pendingDocs = append(b.pendingDocs, key, id, d.URL, d.Source, d.Title, d.Published.String(), b.now, hash, d.Lang, tone, dupArg, jacArg, encodeShingles(sh))
			}
		}
		b.stats.Documents++
	}
	if err != nil {
		return err
	}
	b.noteDoc(d.ID, d.URL, hash)
	for _, h := range bands {
		b.pendingLSH = append(b.pendingLSH, [2]int64{h, key})
		if !slices.Contains(b.batchBands[h], key) {
			b.batchBands[h] = append(b.batchBands[h], key)
		}
	}
	if dupOf != 0 {
		b.stats.NearDuplicates++
		return b.putDuplicateEvents(d, key, dupOf, p.ev)
	}
	for i := range d.Events {
		if err := b.putEvent(d, key, &d.Events[i], &p.ev[i]); err != nil {
			return err
		}
	}
	return nil
}

// docKey numbers a new document (SQLite).
func (b *batch) docKey() (int64, error) {
	if b.nextDoc == 0 {
		row, err := b.queryRow("SELECT coalesce(max(doc_key), 0) + 1 FROM documents")
		if err != nil {
			return 0, err
		}
		if err := row.Scan(&b.nextDoc); err != nil {
			return 0, err
		}
	}
	b.nextDoc++
	return b.nextDoc - 1, nil
}

// docCols is the number of columns of a pending documents row.
const docCols = 13

// flushDocs inserts the batch's pending new documents; every statement
// that reads documents runs after it.
func (b *batch) flushDocs() error {
	if len(b.pendingDocs) == 0 {
		return nil
	}
	err := b.insertRows("INSERT INTO documents (doc_key, id, url, outlet, title, published, fetched, content_hash, lang, tone, duplicate_of, jaccard, shingles)",
		"", docCols, b.pendingDocs)
	b.pendingDocs = b.pendingDocs[:0]
	return err
}

// root follows duplicate_of to the original document.
func (b *batch) root(key int64) (int64, error) {
	if err := b.flushDocs(); err != nil {
		return 0, err
	}
	for range 10 {
		row, err := b.queryRow("SELECT duplicate_of FROM documents WHERE doc_key = ?", key)
		if err != nil {
			return 0, err
		}
		var up sql.NullInt64
		if err := row.Scan(&up); err != nil {
			return 0, err
		}
		if !up.Valid {
			return key, nil
		}
		key = up.Int64
	}
	return key, nil
}

// maxCandidates bounds the LSH candidates verified per document.
const maxCandidates = 64

// nearDuplicate returns the original of the stored document most similar
// to sh, if its Jaccard similarity reaches the threshold; self is skipped.
func (b *batch) nearDuplicate(sh []uint64, bands [Bands]int64, self int64) (int64, float64, error) {
	if len(sh) == 0 {
		return 0, 0, nil
	}
	var cands []int64
	for _, h := range bands {
		for _, k := range b.storedBands[h] {
			if k != self && !b.rebanded[k] {
				cands = append(cands, k)
			}
		}
		for _, k := range b.batchBands[h] {
			if k != self {
				cands = append(cands, k)
			}
		}
	}
	slices.Sort(cands)
	cands = slices.Compact(cands)
	cands = cands[:min(len(cands), maxCandidates)]
	var best int64
	bestJ := 0.0
	if len(cands) > 0 {
		if err := b.flushDocs(); err != nil {
			return 0, 0, err
		}
	}
	for _, k := range cands {
		row, err := b.queryRow("SELECT shingles FROM documents WHERE doc_key = ?", k)
		if err != nil {
			return 0, 0, err
		}
		var blob []byte
		if err := row.Scan(&blob); err != nil {
			return 0, 0, err
		}
		if j := Jaccard(sh, decodeShingles(blob)); j >= b.s.opts.Jaccard && (j > bestJ || j == bestJ && k < best) {
			best, bestJ = k, j
		}
	}
	if best == 0 {
		return 0, 0, nil
	}
	r, err := b.root(best)
	if err != nil || r == self {
		return 0, 0, err
	}
	return r, bestJ, nil
}

// removeDoc takes a stored document's mentions away before it is replaced;
// events left without mentions are deleted.
func (b *batch) removeDoc(key int64) error {
	if err := b.flushPending(); err != nil {
		return err
	}
	// Deleted events leave the rollups now: the deferred increments go
	// first, and the rest of the batch is not deferred.
	if err := b.flushDeferred(); err != nil {
		return err
	}
	st, err := b.stmt("SELECT DISTINCT event_id FROM event_mentions WHERE doc_key = ?")
	if err != nil {
		return err
	}
	rows, err := st.QueryContext(b.ctx, key)
	if err != nil {
		return err
	}
	var ids []int64
	for rows.Next() {
		var id int64
		if err := rows.Scan(&id); err != nil {
			rows.Close()
			return err
		}
		ids = append(ids, id)
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return err
	}
	if _, err := b.exec("DELETE FROM event_mentions WHERE doc_key = ?", key); err != nil {
		return err
	}
	// The document's LSH buckets, from its stored shingles.
	row, err := b.queryRow("SELECT shingles FROM documents WHERE doc_key = ?", key)
	if err != nil {
		return err
	}
	var blob []byte
	if err := row.Scan(&blob); err != nil {
		return err
	}
	for _, h := range BandHashes(Signature(decodeShingles(blob))) {
		if _, err := b.exec("DELETE FROM doc_lsh WHERE band_hash = ? AND doc_key = ?", h, key); err != nil {
			return err
		}
		b.batchBands[h] = slices.DeleteFunc(b.batchBands[h], func(k int64) bool { return k == key })
	}
	b.rebanded[key] = true
	for _, id := range ids {
		row, err := b.queryRow("SELECT count(*) FROM event_mentions WHERE event_id = ?", id)
		if err != nil {
			return err
		}
		var n int
		if err := row.Scan(&n); err != nil {
			return err
		}
		if n > 0 {
			b.touched[id] = true
			continue
		}
		row, err = b.queryRow("SELECT day, src_code, tgt_code, src_country, tgt_country, quad_class, goldstein FROM events WHERE event_id = ?", id)
		if err != nil {
			return err
		}
		var r eventRow
		if err := row.Scan(&r.day, &r.srcCode, &r.tgtCode, &r.srcCountry, &r.tgtCountry, &r.quad, &r.goldstein); err != nil {
			return err
		}
		if !b.s.bulk {
			b.roll(&r, -1)
		}
		if _, err := b.exec("DELETE FROM events WHERE event_id = ?", id); err != nil {
			return err
		}
		if _, err := b.exec("DELETE FROM event_records WHERE event_id = ?", id); err != nil {
			return err
		}
		if b.deleted == nil {
			b.deleted = map[int64]bool{}
		}
		b.deleted[id] = true
		delete(b.touched, id)
	}
	return nil
}

// eventRow is the column form of an event.
type eventRow struct {
	mergeKey, dyadKey   int64
	day                 int64
	srcCode, srcCountry string
	tgtCode, tgtCountry string
	quad                int
	goldstein           float64
	locName, locCountry string
	lat, lon            any
	placeID             any
}

func (b *batch) row(e *doc.Event, pe *prepEvent) (*eventRow, error) {
	r := &eventRow{day: pe.day, quad: e.CAMEO.QuadClass, goldstein: e.CAMEO.Goldstein}
	if len(e.Actors) > 0 {
		r.srcCode, r.srcCountry = e.Actors[0].Code, e.Actors[0].Country
	}
	if len(e.Recipients) > 0 {
		r.tgtCode, r.tgtCountry = e.Recipients[0].Code, e.Recipients[0].Country
	}
	r.dyadKey, r.mergeKey = pe.dyad, pe.merge
	if l := e.Location; l != nil {
		r.locName, r.locCountry = l.Name, l.Country
		if r.locName == "" {
			r.locName = l.Text
		}
		if l.Lat != 0 || l.Lon != 0 {
			r.lat, r.lon = l.Lat, l.Lon
		}
		id, err := b.place(placeKey{r.locName, l.Country, l.Lat, l.Lon})
		if err != nil {
			return nil, err
		}
		r.placeID = id
	}
	for _, lists := range [][]doc.ActorRef{e.Actors, e.Recipients} {
		for _, a := range lists {
			if a.Code != "" && !b.s.knownActors[a.Code] {
				if _, ok := b.newActors[a.Code]; !ok {
					b.newActors[a.Code] = a
				}
			}
		}
	}
	return r, nil
}

// place returns the place_id of a location, adding it if need be.
func (b *batch) place(k placeKey) (int64, error) {
	if id, ok := b.s.knownPlaces[k]; ok {
		return id, nil
	}
	if id, ok := b.newPlaces[k]; ok {
		return id, nil
	}
	if _, err := b.exec("INSERT OR IGNORE INTO places (name, country, lat, lon) VALUES (?,?,?,?)", k.name, k.country, k.lat, k.lon); err != nil {
		return 0, err
	}
	row, err := b.queryRow("SELECT place_id FROM places WHERE name=? AND country=? AND lat=? AND lon=?", k.name, k.country, k.lat, k.lon)
	if err != nil {
		return 0, err
	}
	var id int64
	if err := row.Scan(&id); err != nil {
		return 0, err
	}
	b.newPlaces[k] = id
	return id, nil
}

// EventDay returns the day (days since 1970-01-01) of an event: its own
// date, or for a date coarser than a day the publication date when it falls
// inside it, else the first day of the period; with no date at all the
// publication date; day 0 when nothing is known.
func EventDay(e *doc.Event, published doc.Time) int64 {
	pub := int64(-1)
	if published.Known() {
		pub = DayNumber(published.Time)
	}
	var lo, hi int64 = -1, -1
	switch len(e.Date) {
	case 10:
		if t, err := time.Parse(time.DateOnly, e.Date); err == nil {
			return DayNumber(t)
		}
	case 7:
		if t, err := time.Parse("2006-01", e.Date); err == nil {
			lo, hi = DayNumber(t), DayNumber(t.AddDate(0, 1, -1))
		}
	case 4:
		if t, err := time.Parse("2006", e.Date); err == nil {
			lo, hi = DayNumber(t), DayNumber(t.AddDate(1, 0, -1))
		}
	}
	switch {
	case lo >= 0 && pub >= lo && pub <= hi:
		return pub
	case lo >= 0:
		return lo
	case pub >= 0:
		return pub
	}
	return 0
}

// DayNumber is the number of days from 1970-01-01 to t's date.
func DayNumber(t time.Time) int64 {
	y, m, d := t.Date()
	return time.Date(y, m, d, 0, 0, 0, 0, time.UTC).Unix() / 86400
}

// DayTime is the inverse of DayNumber.
func DayTime(day int64) time.Time { return time.Unix(day*86400, 0).UTC() }

// Keys returns an event's dyad key (its sorted actor and recipient codes
// and CAMEO root) and merge key (the dyad key and its place). An actor
// without a code is identified by its lower-case name or text.
func Keys(e *doc.Event) (dyad, merge int64) {
	var sb strings.Builder
	side := func(list []doc.ActorRef) {
		ids := make([]string, 0, len(list))
		for _, a := range list {
			id := a.Code
			if id == "" {
				id = "~" + strings.ToLower(cmpOr(a.Name, a.Text))
			}
			ids = append(ids, id)
		}
		slices.Sort(ids)
		ids = slices.Compact(ids)
		sb.WriteString(strings.Join(ids, ","))
		sb.WriteByte('|')
	}
	side(e.Actors)
	side(e.Recipients)
	sb.WriteString(e.CAMEO.Root)
	dyad = hash64(sb.String())
	sb.WriteByte('|')
	if l := e.Location; l != nil {
		sb.WriteString(l.Country)
		sb.WriteByte('/')
		sb.WriteString(strings.ToLower(cmpOr(l.Name, l.Text)))
	}
	return dyad, hash64(sb.String())
}

func cmpOr(a, b string) string {
	if a != "" {
		return a
	}
	return b
}

func hash64(s string) int64 {
	sum := sha256.Sum256([]byte(s))
	var v uint64
	for _, c := range sum[:8] {
		v = v<<8 | uint64(c)
	}
	return int64(v)
}

// localEvent is an event created in this batch, not yet inserted.
type localEvent struct {
	id, day int64
}

// eventCols is the number of columns of a pending events row (eventFields).
const eventFields = 28

// putEvent stores one event record of an original document: merged into
// an event with the same merge key within the window (the nearest day, then
// the oldest), or as a new event. New events and all mentions are inserted
// in bulk at the end of the batch; until then new events are found in
// b.local.
func (b *batch) putEvent(d *doc.Doc, key int64, e *doc.Event, pe *prepEvent) error {
	r, err := b.row(e, pe)
	if err != nil {
		return err
	}
	w := int64(b.s.opts.Window)
	best, bestDist := int64(0), int64(-1)
	consider := func(id, day int64) {
		dist := day - r.day
		if dist < 0 {
			dist = -dist
		}
		if bestDist < 0 || dist < bestDist || dist == bestDist && id < best {
			best, bestDist = id, dist
		}
	}
	for _, list := range [2][]localEvent{b.stored[r.mergeKey], b.local[r.mergeKey]} {
		for _, le := range list {
			if le.day >= r.day-w && le.day <= r.day+w && !b.deleted[le.id] {
				consider(le.id, le.day)
			}
		}
	}
	if bestDist >= 0 {
		b.stats.Merged++
		b.touched[best] = true
		return b.mentions(d, key, best, e, false)
	}
	js := pe.rec
	if pe.err != nil {
		return pe.err
	}
	m := mentionSpans(e)
	evText := d.Surface(doc.Span{Start: e.Evidence.Start, End: e.Evidence.End})
	if b.nextID == 0 {
		row, err := b.queryRow("SELECT coalesce(max(event_id), 0) + 1 FROM events")
		if err != nil {
			return err
		}
		if err := row.Scan(&b.nextID); err != nil {
			return err
		}
	}
	id := b.nextID
	b.nextID++
	b.pendingEvents = append(b.pendingEvents, id, r.mergeKey, r.dyadKey, r.day, r.srcCode, r.srcCountry, r.tgtCode, r.tgtCountry,
		e.CAMEO.Code, e.CAMEO.Root, e.CAMEO.QuadClass, e.CAMEO.Goldstein, e.PLOVER.Type,
		e.Modality.Negated, e.Modality.Hypothetical, e.Modality.Future, e.Modality.Reported, r.placeID, r.locName, r.locCountry, r.lat, r.lon,
		evText, len(m), 1, 1, key, b.now)
	b.pendingRecords = append(b.pendingRecords, id, js)
	if b.local == nil {
		b.local = map[int64][]localEvent{}
	}
	b.local[r.mergeKey] = append(b.local[r.mergeKey], localEvent{id, r.day})
	b.stats.Events++
	if !b.s.bulk {
		b.roll(r, 1)
		if !b.s.pg {
			b.rollNew(r, e)
		}
	}
	return b.insertMentions(d, key, id, e, m, false)
}

// prefetch reads the stored events that the batch's event records may
// merge into (same merge key, day within the window) into b.stored: one
// statement per day and 500 keys instead of one per record. Events the
// batch itself adds are found in b.local, those it deletes in b.deleted.
func (b *batch) prefetch(docs []*doc.Doc) error {
	w := int64(b.s.opts.Window)
	byDay := map[int64]map[int64]bool{}
	for _, p := range b.prep {
		for _, pe := range p.ev {
			mk, day := pe.merge, pe.day
			for dd := -w; dd <= w; dd++ {
				ks := byDay[day+dd]
				if ks == nil {
					ks = map[int64]bool{}
					byDay[day+dd] = ks
				}
				ks[mk] = true
			}
		}
	}
	b.stored = map[int64][]localEvent{}
	const chunk = 500
	if err := b.prefetchBands(docs, chunk); err != nil {
		return err
	}
	if err := b.prefetchDocs(docs, chunk); err != nil {
		return err
	}
	for _, day := range slices.Sorted(maps.Keys(byDay)) {
		keys := slices.Sorted(maps.Keys(byDay[day]))
		for len(keys) > 0 {
			n := min(len(keys), chunk)
			args := make([]any, 0, n+1)
			args = append(args, day)
			for _, k := range keys[:n] {
				args = append(args, k)
			}
			st, err := b.stmt("SELECT event_id, merge_key FROM events WHERE day = ? AND merge_key IN (?" + strings.Repeat(",?", n-1) + ")")
			if err != nil {
				return err
			}
			rows, err := st.QueryContext(b.ctx, args...)
			if err != nil {
				return err
			}
			for rows.Next() {
				var id, mk int64
				if err := rows.Scan(&id, &mk); err != nil {
					rows.Close()
					return err
				}
				b.stored[mk] = append(b.stored[mk], localEvent{id, day})
			}
			rows.Close()
			if err := rows.Err(); err != nil {
				return err
			}
			keys = keys[n:]
		}
	}
	return nil
}

type shingled struct {
	sh    []uint64
	bands [Bands]int64
}

// prefetchBands reads the LSH buckets of the batch's documents.
func (b *batch) prefetchBands(docs []*doc.Doc, chunk int) error {
	b.storedBands, b.batchBands, b.rebanded = map[int64][]int64{}, map[int64][]int64{}, map[int64]bool{}
	set := map[int64]bool{}
	for i := range docs {
		sd := b.prep[i].sd
		if len(sd.sh) > 0 {
			for _, h := range sd.bands {
				if b.s.bands == nil || b.s.bands.mayHave(h) {
					set[h] = true
				}
			}
		}
	}
	hs := slices.Sorted(maps.Keys(set))
	for len(hs) > 0 {
		n := min(len(hs), chunk)
		args := make([]any, n)
		for i, h := range hs[:n] {
			args[i] = h
		}
		st, err := b.stmt("SELECT band_hash, doc_key FROM doc_lsh WHERE band_hash IN (?" + strings.Repeat(",?", n-1) + ")")
		if err != nil {
			return err
		}
		rows, err := st.QueryContext(b.ctx, args...)
		if err != nil {
			return err
		}
		for rows.Next() {
			var h, k int64
			if err := rows.Scan(&h, &k); err != nil {
				rows.Close()
				return err
			}
			b.storedBands[h] = append(b.storedBands[h], k)
		}
		rows.Close()
		if err := rows.Err(); err != nil {
			return err
		}
		hs = hs[n:]
	}
	return nil
}

// flushPending inserts the batch's new events, mentions and LSH buckets.
func (b *batch) flushPending() error {
	if err := b.flushDocs(); err != nil {
		return err
	}
	if len(b.pendingLSH) > 0 {
		slices.SortFunc(b.pendingLSH, func(x, y [2]int64) int {
			return cmp.Or(cmp.Compare(x[0], y[0]), cmp.Compare(x[1], y[1]))
		})
		rows := make([]any, 0, 2*len(b.pendingLSH))
		for _, r := range b.pendingLSH {
			rows = append(rows, r[0], r[1])
		}
		if err := b.insertRows("INSERT OR IGNORE INTO doc_lsh (band_hash, doc_key)", "", 2, rows); err != nil {
			return err
		}
		if f := b.s.bands; f != nil {
			for _, r := range b.pendingLSH {
				f.add(r[0])
			}
		}
		b.pendingLSH = b.pendingLSH[:0]
	}
	if b.s.pg {
		return b.pgFlushPending()
	}
	if err := b.insertRows(`INSERT INTO events (event_id, merge_key, dyad_key, day, src_code, src_country, tgt_code, tgt_country, cameo_code, cameo_root, quad_class, goldstein, plover_type, negated, hypothetical, future, reported, place_id, loc_name, loc_country, lat, lon, evidence, num_mentions, num_sources, num_articles, first_doc, added)`,
		"", eventFields, b.pendingEvents); err != nil {
		return err
	}
	if err := b.insertRows(`INSERT INTO event_records (event_id, record)`, "", 2, b.pendingRecords); err != nil {
		return err
	}
	b.pendingRecords = b.pendingRecords[:0]
	if n := len(b.pendingEvents); n > 0 && !b.s.bulk && b.pend == nil {
		if err := b.indexNewEvents(b.pendingEvents[0].(int64), b.pendingEvents[n-eventFields].(int64)); err != nil {
			return err
		}
	}
	b.pendingEvents = b.pendingEvents[:0]
	if err := b.insertRows(`INSERT OR IGNORE INTO event_mentions (event_id, doc_key, sentence, start, "end", outlet, record_id, near_dup)`,
		"", mentionCols, b.pendingMentions); err != nil {
		return err
	}
	b.pendingMentions = b.pendingMentions[:0]
	return nil
}

// rollNew adds a new event to the pending rollup_day and rollup_place
// increments (as the schema-3 insert triggers counted it).
func (b *batch) rollNew(r *eventRow, e *doc.Event) {
	if b.dayR == nil {
		b.dayR, b.placeR = map[dayRoll]*sumVal{}, map[placeRoll]*sumVal{}
	}
	add := func(v *sumVal) {
		v.n++
		v.gold += r.goldstein
	}
	dk := dayRoll{r.day, r.quad, e.PLOVER.Type, e.CAMEO.Root}
	if b.dayR[dk] == nil {
		b.dayR[dk] = &sumVal{}
	}
	add(b.dayR[dk])
	if r.locCountry == "" && r.lat == nil {
		return
	}
	pk := placeRoll{month: periodOf(grainMonth, r.day), country: r.locCountry, name: r.locName}
	if r.lat != nil {
		pk.located, pk.lat, pk.lon = 1, r.lat.(float64), r.lon.(float64)
	}
	if b.placeR[pk] == nil {
		b.placeR[pk] = &sumVal{}
	}
	add(b.placeR[pk])
}

// indexNewEvents adds the events first..last (just inserted) to the text
// index, one set-based statement, and applies the pending rollup_day and
// rollup_place increments in key order (schema 4; these were per-row
// triggers before). It runs right after the events' insert, so that a
// delete later in the batch (whose triggers take the event out again)
// finds them counted.
func (b *batch) indexNewEvents(first, last int64) error {
	if _, err := b.exec(`INSERT INTO events_fts(rowid, evidence) SELECT event_id, evidence FROM events WHERE event_id BETWEEN ? AND ?`, first, last); err != nil {
		return err
	}
	return b.flushDayPlace()
}

// flushDayPlace applies the pending rollup_day and rollup_place
// increments in key order.
func (b *batch) flushDayPlace() error {
	dk := slices.SortedFunc(maps.Keys(b.dayR), func(x, y dayRoll) int {
		return cmp.Or(cmp.Compare(x.day, y.day), cmp.Compare(x.quad, y.quad), cmp.Compare(x.plover, y.plover), cmp.Compare(x.cameoRoot, y.cameoRoot))
	})
	rows := make([]any, 0, 6*len(dk))
	for _, k := range dk {
		v := b.dayR[k]
		rows = append(rows, k.day, k.quad, k.plover, k.cameoRoot, v.n, v.gold)
	}
	if err := b.insertRows("INSERT INTO rollup_day (day, quad_class, plover_type, cameo_root, n, goldstein)",
		"ON CONFLICT (day, quad_class, plover_type, cameo_root) DO UPDATE SET n = n + excluded.n, goldstein = goldstein + excluded.goldstein",
		6, rows); err != nil {
		return err
	}
	pk := slices.SortedFunc(maps.Keys(b.placeR), func(x, y placeRoll) int {
		return cmp.Or(cmp.Compare(x.month, y.month), cmp.Compare(x.country, y.country), cmp.Compare(x.name, y.name),
			cmp.Compare(x.located, y.located), cmp.Compare(x.lat, y.lat), cmp.Compare(x.lon, y.lon))
	})
	rows = rows[:0]
	for _, k := range pk {
		v := b.placeR[k]
		rows = append(rows, k.month, k.country, k.name, k.located, k.lat, k.lon, v.n, v.gold)
	}
	if err := b.insertRows("INSERT INTO rollup_place (month, loc_country, loc_name, located, lat, lon, n, goldstein)",
		"ON CONFLICT (month, loc_country, loc_name, located, lat, lon) DO UPDATE SET n = n + excluded.n, goldstein = goldstein + excluded.goldstein",
		8, rows); err != nil {
		return err
	}
	clear(b.dayR)
	clear(b.placeR)
	return nil
}

// putDuplicateEvents adds the events of a near-duplicate as mentions of
// the original's events with the same dyad key; the others are dropped.
func (b *batch) putDuplicateEvents(d *doc.Doc, key, orig int64, pev []prepEvent) error {
	if len(d.Events) == 0 {
		return nil
	}
	if err := b.flushPending(); err != nil {
		return err
	}
	st, err := b.stmt("SELECT DISTINCT e.event_id, e.dyad_key FROM event_mentions m JOIN events e ON e.event_id = m.event_id WHERE m.doc_key = ? ORDER BY e.event_id")
	if err != nil {
		return err
	}
	rows, err := st.QueryContext(b.ctx, orig)
	if err != nil {
		return err
	}
	byDyad := map[int64]int64{}
	for rows.Next() {
		var id, dk int64
		if err := rows.Scan(&id, &dk); err != nil {
			rows.Close()
			return err
		}
		if _, ok := byDyad[dk]; !ok {
			byDyad[dk] = id
		}
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return err
	}
	for i := range d.Events {
		e := &d.Events[i]
		id, ok := byDyad[pev[i].dyad]
		if !ok {
			b.stats.Dropped++
			continue
		}
		b.stats.Merged++
		b.touched[id] = true
		if err := b.mentions(d, key, id, e, true); err != nil {
			return err
		}
	}
	return nil
}

type span struct{ sentence, start, end int }

// mentionSpans lists the distinct evidence spans of an event record.
func mentionSpans(e *doc.Event) []span {
	out := []span{{e.Evidence.Sentence, e.Evidence.Start, e.Evidence.End}}
	for _, m := range e.Mentions {
		s := span{m.Sentence, m.Start, m.End}
		if !slices.Contains(out, s) {
			out = append(out, s)
		}
	}
	return out
}

func (b *batch) mentions(d *doc.Doc, key, id int64, e *doc.Event, nearDup bool) error {
	return b.insertMentions(d, key, id, e, mentionSpans(e), nearDup)
}

// mentionCols is the number of columns of a pending event_mentions row.
const mentionCols = 8

func (b *batch) insertMentions(d *doc.Doc, key, id int64, e *doc.Event, spans []span, nearDup bool) error {
	for _, m := range spans {
		b.pendingMentions = append(b.pendingMentions, id, key, m.sentence, m.start, m.end, d.Source, e.ID, nearDup)
		b.stats.Mentions++
	}
	return nil
}

// recount recomputes the counts of the events that gained or lost
// mentions in this batch.
func (b *batch) recount() error {
	ids := make([]int64, 0, len(b.touched))
	for id := range b.touched {
		ids = append(ids, id)
	}
	slices.Sort(ids)
	for _, id := range ids {
		if _, err := b.exec(`UPDATE events SET
			num_mentions = (SELECT count(*) FROM event_mentions WHERE event_id = ?1),
			num_articles = (SELECT count(DISTINCT doc_key) FROM event_mentions WHERE event_id = ?1),
			num_sources = (SELECT count(DISTINCT outlet) FROM event_mentions WHERE event_id = ?1)
			WHERE event_id = ?1`, id); err != nil {
			return err
		}
	}
	return nil
}

// Actor roles as stored in rollup_actor.
const (
	roleSource = 0
	roleTarget = 1
)

func (b *batch) flushActors() error {
	for code, a := range b.newActors {
		if _, err := b.exec(`INSERT INTO actors (code, name, country, sector) VALUES (?,?,?,?)
			ON CONFLICT (code) DO UPDATE SET name = CASE WHEN actors.name = '' THEN excluded.name ELSE actors.name END`,
			code, a.Name, a.Country, a.Sector); err != nil {
			return err
		}
	}
	return nil
}

func nonNil[T any](s []T) []T {
	if s == nil {
		return []T{}
	}
	return s
}
