package store

import (
	"context"
	"database/sql"
)

// migrations are the schema versions, in order: migrations[i] takes a
// database from user_version i to i+1. Never edit a released migration;
// append a new one.
var migrations = []string{
	// 1: documents, events, mentions, actors, places, near-duplicate index
	// and rollups.
	`
CREATE TABLE documents (
	doc_key      INTEGER PRIMARY KEY,
	id           TEXT NOT NULL,
	url          TEXT NOT NULL DEFAULT '',
	outlet       TEXT NOT NULL DEFAULT '',
	title        TEXT NOT NULL DEFAULT '',
	published    TEXT NOT NULL DEFAULT '',
	fetched      INTEGER NOT NULL,
	content_hash TEXT NOT NULL,
	lang         TEXT NOT NULL DEFAULT '',
	tone         REAL,
	duplicate_of INTEGER,
	jaccard      REAL,
	shingles     BLOB
);
CREATE UNIQUE INDEX documents_id ON documents(id);
CREATE INDEX documents_url ON documents(url) WHERE url <> '';
CREATE INDEX documents_hash ON documents(content_hash);
CREATE TABLE doc_lsh (
	band_hash INTEGER NOT NULL,
	doc_key   INTEGER NOT NULL,
	PRIMARY KEY (band_hash, doc_key)
) WITHOUT ROWID;
CREATE TABLE places (
	place_id INTEGER PRIMARY KEY,
	name     TEXT NOT NULL,
	country  TEXT NOT NULL,
	lat      REAL NOT NULL,
	lon      REAL NOT NULL,
	UNIQUE (name, country, lat, lon)
);
CREATE TABLE actors (
	code    TEXT PRIMARY KEY,
	name    TEXT NOT NULL DEFAULT '',
	country TEXT NOT NULL DEFAULT '',
	sector  TEXT NOT NULL DEFAULT ''
) WITHOUT ROWID;
CREATE TABLE events (
	event_id      INTEGER PRIMARY KEY,
	merge_key     INTEGER NOT NULL,
	dyad_key      INTEGER NOT NULL,
	day           INTEGER NOT NULL,
	src_code      TEXT NOT NULL,
	src_country   TEXT NOT NULL,
	tgt_code      TEXT NOT NULL,
	tgt_country   TEXT NOT NULL,
	cameo_code    TEXT NOT NULL,
	cameo_root    TEXT NOT NULL,
	quad_class    INTEGER NOT NULL,
	goldstein     REAL NOT NULL,
	plover_type   TEXT NOT NULL,
	negated       INTEGER NOT NULL,
	hypothetical  INTEGER NOT NULL,
	future        INTEGER NOT NULL,
	reported      INTEGER NOT NULL,
	place_id      INTEGER,
	loc_name      TEXT NOT NULL DEFAULT '',
	loc_country   TEXT NOT NULL DEFAULT '',
	lat           REAL,
	lon           REAL,
	evidence      TEXT NOT NULL DEFAULT '',
	record        TEXT NOT NULL,
	num_mentions  INTEGER NOT NULL,
	num_sources   INTEGER NOT NULL,
	num_articles  INTEGER NOT NULL,
	first_doc     INTEGER NOT NULL,
	added         INTEGER NOT NULL
);
CREATE INDEX events_day ON events(day, merge_key);
CREATE INDEX events_src ON events(src_code, day);
CREATE INDEX events_tgt ON events(tgt_code, day);
CREATE TABLE event_mentions (
	event_id   INTEGER NOT NULL,
	doc_key    INTEGER NOT NULL,
	sentence   INTEGER NOT NULL,
	start      INTEGER NOT NULL,
	"end"      INTEGER NOT NULL,
	outlet     TEXT NOT NULL,
	record_id  TEXT NOT NULL,
	near_dup   INTEGER NOT NULL DEFAULT 0,
	PRIMARY KEY (event_id, doc_key, sentence, start, "end")
) WITHOUT ROWID;
CREATE INDEX event_mentions_doc ON event_mentions(doc_key);
CREATE TABLE rollup_dyad (
	grain     INTEGER NOT NULL,
	src_code  TEXT NOT NULL,
	tgt_code  TEXT NOT NULL,
	period    INTEGER NOT NULL,
	n         INTEGER NOT NULL,
	goldstein REAL NOT NULL,
	q1 INTEGER NOT NULL, q2 INTEGER NOT NULL, q3 INTEGER NOT NULL, q4 INTEGER NOT NULL,
	PRIMARY KEY (grain, src_code, tgt_code, period)
) WITHOUT ROWID;
CREATE TABLE rollup_actor (
	grain  INTEGER NOT NULL,
	role   INTEGER NOT NULL,
	period INTEGER NOT NULL,
	code   TEXT NOT NULL,
	n      INTEGER NOT NULL,
	goldstein REAL NOT NULL,
	q1 INTEGER NOT NULL, q2 INTEGER NOT NULL, q3 INTEGER NOT NULL, q4 INTEGER NOT NULL,
	PRIMARY KEY (grain, role, period, code)
) WITHOUT ROWID;
CREATE INDEX rollup_actor_code ON rollup_actor(grain, role, code, period);
CREATE TABLE rollup_pair (
	grain       INTEGER NOT NULL,
	period      INTEGER NOT NULL,
	src_country TEXT NOT NULL,
	tgt_country TEXT NOT NULL,
	n           INTEGER NOT NULL,
	goldstein   REAL NOT NULL,
	coop        INTEGER NOT NULL,
	conflict    INTEGER NOT NULL,
	PRIMARY KEY (grain, period, src_country, tgt_country)
) WITHOUT ROWID;
CREATE INDEX rollup_pair_src ON rollup_pair(grain, src_country, period);
CREATE INDEX rollup_pair_tgt ON rollup_pair(grain, tgt_country, period)
`,
	// 2: the busiest country pairs of each period first, for the pruned
	// conflict–cooperation index (toppairs.go).
	`
CREATE INDEX rollup_pair_top ON rollup_pair(grain, period, n)
`,
	// 3: text search and the rollups of the dashboard's map and timeline,
	// kept by triggers (SQLite; pgMigrations has PostgreSQL's version).
	// events_fts indexes the evidence sentences (FTS5, external content);
	// rollup_day counts events per day, QuadClass, PLOVER type and CAMEO
	// root; rollup_place counts events per month and location (located = 0:
	// a country without coordinates); event_deletions counts deleted events
	// (readers that follow the events by key reload when it changes). The
	// triggers fire on inserts,
	// deletes and updates of the counted columns only, so recounting an
	// event's mentions costs nothing. Trigger bodies keep their statements
	// on one line: splitSQL splits the script at ";\n".
	`
CREATE VIRTUAL TABLE events_fts USING fts5(evidence, content='events', content_rowid='event_id', tokenize='unicode61 remove_diacritics 2');
INSERT INTO events_fts(events_fts) VALUES ('rebuild');
CREATE TRIGGER events_fts_ai AFTER INSERT ON events BEGIN INSERT INTO events_fts(rowid, evidence) VALUES (new.event_id, new.evidence); END;
CREATE TRIGGER events_fts_ad AFTER DELETE ON events BEGIN INSERT INTO events_fts(events_fts, rowid, evidence) VALUES ('delete', old.event_id, old.evidence); END;
CREATE TRIGGER events_fts_au AFTER UPDATE OF evidence ON events BEGIN INSERT INTO events_fts(events_fts, rowid, evidence) VALUES ('delete', old.event_id, old.evidence); INSERT INTO events_fts(rowid, evidence) VALUES (new.event_id, new.evidence); END;
CREATE TABLE event_deletions (n INTEGER NOT NULL);
INSERT INTO event_deletions (n) VALUES (0);
CREATE TRIGGER event_deletions_ad AFTER DELETE ON events BEGIN UPDATE event_deletions SET n = n + 1; END;
CREATE TABLE rollup_day (
	day         INTEGER NOT NULL,
	quad_class  INTEGER NOT NULL,
	plover_type TEXT NOT NULL,
	cameo_root  TEXT NOT NULL,
	n           INTEGER NOT NULL,
	goldstein   REAL NOT NULL,
	PRIMARY KEY (day, quad_class, plover_type, cameo_root)
) WITHOUT ROWID;
CREATE INDEX rollup_day_type ON rollup_day(plover_type, day);
INSERT INTO rollup_day (day, quad_class, plover_type, cameo_root, n, goldstein)
	SELECT day, quad_class, plover_type, cameo_root, count(*), sum(goldstein) FROM events GROUP BY day, quad_class, plover_type, cameo_root;
CREATE TRIGGER rollup_day_ai AFTER INSERT ON events BEGIN INSERT INTO rollup_day (day, quad_class, plover_type, cameo_root, n, goldstein) VALUES (new.day, new.quad_class, new.plover_type, new.cameo_root, 1, new.goldstein) ON CONFLICT (day, quad_class, plover_type, cameo_root) DO UPDATE SET n = n + 1, goldstein = goldstein + excluded.goldstein; END;
CREATE TRIGGER rollup_day_ad AFTER DELETE ON events BEGIN UPDATE rollup_day SET n = n - 1, goldstein = goldstein - old.goldstein WHERE day = old.day AND quad_class = old.quad_class AND plover_type = old.plover_type AND cameo_root = old.cameo_root; END;
CREATE TRIGGER rollup_day_au AFTER UPDATE OF day, quad_class, plover_type, cameo_root, goldstein ON events BEGIN UPDATE rollup_day SET n = n - 1, goldstein = goldstein - old.goldstein WHERE day = old.day AND quad_class = old.quad_class AND plover_type = old.plover_type AND cameo_root = old.cameo_root; INSERT INTO rollup_day (day, quad_class, plover_type, cameo_root, n, goldstein) VALUES (new.day, new.quad_class, new.plover_type, new.cameo_root, 1, new.goldstein) ON CONFLICT (day, quad_class, plover_type, cameo_root) DO UPDATE SET n = n + 1, goldstein = goldstein + excluded.goldstein; END;
CREATE TABLE rollup_place (
	month       INTEGER NOT NULL,
	loc_country TEXT NOT NULL,
	loc_name    TEXT NOT NULL,
	located     INTEGER NOT NULL,
	lat         REAL NOT NULL,
	lon         REAL NOT NULL,
	n           INTEGER NOT NULL,
	goldstein   REAL NOT NULL,
	PRIMARY KEY (month, loc_country, loc_name, located, lat, lon)
) WITHOUT ROWID;
INSERT INTO rollup_place (month, loc_country, loc_name, located, lat, lon, n, goldstein)
	SELECT CAST(strftime('%Y', day * 86400, 'unixepoch') AS INTEGER) * 12 + CAST(strftime('%m', day * 86400, 'unixepoch') AS INTEGER) - 1,
		loc_country, loc_name, lat IS NOT NULL, coalesce(lat, 0), coalesce(lon, 0), count(*), sum(goldstein)
	FROM events WHERE loc_country <> '' OR lat IS NOT NULL GROUP BY 1, 2, 3, 4, 5, 6;
CREATE TRIGGER rollup_place_ai AFTER INSERT ON events WHEN new.loc_country <> '' OR new.lat IS NOT NULL BEGIN INSERT INTO rollup_place (month, loc_country, loc_name, located, lat, lon, n, goldstein) VALUES (CAST(strftime('%Y', new.day * 86400, 'unixepoch') AS INTEGER) * 12 + CAST(strftime('%m', new.day * 86400, 'unixepoch') AS INTEGER) - 1, new.loc_country, new.loc_name, new.lat IS NOT NULL, coalesce(new.lat, 0), coalesce(new.lon, 0), 1, new.goldstein) ON CONFLICT (month, loc_country, loc_name, located, lat, lon) DO UPDATE SET n = n + 1, goldstein = goldstein + excluded.goldstein; END;
CREATE TRIGGER rollup_place_ad AFTER DELETE ON events WHEN old.loc_country <> '' OR old.lat IS NOT NULL BEGIN UPDATE rollup_place SET n = n - 1, goldstein = goldstein - old.goldstein WHERE month = CAST(strftime('%Y', old.day * 86400, 'unixepoch') AS INTEGER) * 12 + CAST(strftime('%m', old.day * 86400, 'unixepoch') AS INTEGER) - 1 AND loc_country = old.loc_country AND loc_name = old.loc_name AND located = (old.lat IS NOT NULL) AND lat = coalesce(old.lat, 0) AND lon = coalesce(old.lon, 0); END;
CREATE TRIGGER rollup_place_au AFTER UPDATE OF day, loc_country, loc_name, lat, lon, goldstein ON events BEGIN UPDATE rollup_place SET n = n - 1, goldstein = goldstein - old.goldstein WHERE (old.loc_country <> '' OR old.lat IS NOT NULL) AND month = CAST(strftime('%Y', old.day * 86400, 'unixepoch') AS INTEGER) * 12 + CAST(strftime('%m', old.day * 86400, 'unixepoch') AS INTEGER) - 1 AND loc_country = old.loc_country AND loc_name = old.loc_name AND located = (old.lat IS NOT NULL) AND lat = coalesce(old.lat, 0) AND lon = coalesce(old.lon, 0); INSERT INTO rollup_place (month, loc_country, loc_name, located, lat, lon, n, goldstein) SELECT CAST(strftime('%Y', new.day * 86400, 'unixepoch') AS INTEGER) * 12 + CAST(strftime('%m', new.day * 86400, 'unixepoch') AS INTEGER) - 1, new.loc_country, new.loc_name, new.lat IS NOT NULL, coalesce(new.lat, 0), coalesce(new.lon, 0), 1, new.goldstein WHERE new.loc_country <> '' OR new.lat IS NOT NULL ON CONFLICT (month, loc_country, loc_name, located, lat, lon) DO UPDATE SET n = n + 1, goldstein = goldstein + excluded.goldstein; END
`,
	// 4: the text index, rollup_day and rollup_place follow inserted events
	// by one set-based statement per bulk insert (put.go, indexNewEvents)
	// instead of a trigger per row; the delete and update triggers stay.
	`
DROP TRIGGER events_fts_ai;
DROP TRIGGER rollup_day_ai;
DROP TRIGGER rollup_place_ai
`,
	// 5: the event record's JSON leaves the events row for event_records
	// (record.go: new records are compressed; those moved here stay plain
	// JSON). The events row shrinks from about 1,000 bytes to 240.
	`
CREATE TABLE event_records (
	event_id INTEGER PRIMARY KEY,
	record   BLOB NOT NULL
);
INSERT INTO event_records (event_id, record) SELECT event_id, CAST(record AS BLOB) FROM events;
ALTER TABLE events DROP COLUMN record
`,
	// 6: deferred rollups (Options.RollupEvery, deferred.go): while a row
	// is here, the events above after are stored but not yet in the
	// rollups, rollup_day, rollup_place and the text index; token names the
	// store holding their increments in memory. Older petrels, which
	// would count those events twice, refuse the file.
	`
CREATE TABLE rollups_pending (
	after INTEGER NOT NULL,
	token INTEGER NOT NULL
)
`,
	// 7: the ingest log (Options.Append, applog.go): documents appended
	// and not yet stored, oldest first; events is the number of their event
	// records; seq is never reused (AUTOINCREMENT), so a writer's memory of
	// the rows it appended cannot be mistaken for another's. Older petrels,
	// which would not see them, refuse the file.
	`
CREATE TABLE ingest_log (
	seq    INTEGER PRIMARY KEY AUTOINCREMENT,
	events INTEGER NOT NULL,
	doc    BLOB NOT NULL
)
`,
	// 8: no statement. New event records are written in a binary form
	// (record.go, first byte 3) that older petrels cannot decode; the
	// version makes them refuse the file with ErrNewerSchema instead of
	// failing on the records they read.
	"",
}

// pgMigrations replaces, for PostgreSQL, the migrations whose SQLite text
// does not translate (pgSchema translates the others): 3 is a GIN index of
// the evidence's words instead of FTS5 and the trigger-kept rollups (the
// server answers the map and the timeline from the events and the other
// rollups there); 4 is empty, PostgreSQL having none of the triggers it
// drops; 5 stores the records as bytes (BYTEA); 7 has no AUTOINCREMENT
// (PostgreSQL never appends to the ingest log; the table is there, empty,
// for the queries that count it).
var pgMigrations = map[int]string{
	3: `
CREATE INDEX events_evidence_words ON events USING GIN (to_tsvector('simple', evidence))
`,
	4: ``,
	5: `
CREATE TABLE event_records (
	event_id BIGINT PRIMARY KEY,
	record   BYTEA NOT NULL
);
INSERT INTO event_records (event_id, record) SELECT event_id, convert_to(record, 'UTF8') FROM events;
ALTER TABLE events DROP COLUMN record
`,
	7: `
CREATE TABLE ingest_log (
	seq    BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,
	events INTEGER NOT NULL,
	doc    BYTEA NOT NULL
)
`,
}

// migrationSteps are Go steps of a migration, run after its SQL in the same
// transaction (both backends).
var migrationSteps = map[int]func(context.Context, *sql.Tx) error{
	5: encodeMovedRecords,
}

// encodeMovedRecords compresses the records that migration 5 moved into
// event_records as plain JSON (record.go), 10,000 at a time in key order.
// Readers take either form; this only saves space.
func encodeMovedRecords(ctx context.Context, tx *sql.Tx) error {
	type rec struct {
		id int64
		js []byte
	}
	for after := int64(-1 << 62); ; {
		rows, err := tx.QueryContext(ctx, `SELECT event_id, record FROM event_records WHERE event_id > ? ORDER BY event_id LIMIT 10000`, after)
		if err != nil {
			return err
		}
		var plain []rec
		n := 0
		for rows.Next() {
			var r rec
			if err := rows.Scan(&r.id, &r.js); err != nil {
				rows.Close()
				return err
			}
			n++
			after = r.id
			if len(r.js) > 0 && r.js[0] == recordPlain {
				plain = append(plain, r)
			}
		}
		rows.Close()
		if err := rows.Err(); err != nil {
			return err
		}
		if n == 0 {
			return nil
		}
		st, err := tx.PrepareContext(ctx, `UPDATE event_records SET record = ? WHERE event_id = ?`)
		if err != nil {
			return err
		}
		for _, r := range plain {
			if _, err := st.ExecContext(ctx, encodeRecord(r.js), r.id); err != nil {
				st.Close()
				return err
			}
		}
		st.Close()
	}
}
