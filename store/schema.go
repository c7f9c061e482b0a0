package store

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
}
