-- ProfileLedger store, schema version 1.
--
-- `events` and `sources` are the source of truth: append-only, and the triggers below make
-- SQLite itself refuse UPDATE and DELETE on them. Every other table is a projection: a pure
-- function of the events, kept in the same transaction as each append and rebuildable.
-- Dates are ISO 8601 text (yyyy-mm-dd for effective dates, UTC timestamps for recorded
-- times), so that text order is time order.

-- Source documents, byte for byte, stored once per content. `zlib` columns hold RFC 1950
-- streams compressed with the preset dictionary Schema/zlib-dictionary.txt (named by its
-- Adler-32 in each stream's header): Python reads one with
-- zlib.decompressobj(zdict=open('zlib-dictionary.txt','rb').read()).decompress(blob).
CREATE TABLE sources (
  hash TEXT PRIMARY KEY NOT NULL,  -- SHA-256 of the document's bytes, lower-case hex
  size INTEGER NOT NULL,  -- the document's length in bytes
  zlib BLOB NOT NULL  -- the document, compressed
);

-- One row per event; `seq` is the global order, `stream_version` the order within a country.
CREATE TABLE events (
  seq INTEGER PRIMARY KEY NOT NULL,
  kind TEXT NOT NULL CHECK (kind IN ('recorded', 'corrected', 'withdrawn')),
  country TEXT NOT NULL,  -- ISO 3166-1 alpha-3
  stream_version INTEGER NOT NULL,
  effective_date TEXT NOT NULL,  -- the document's "Last updated" date
  recorded_at TEXT NOT NULL,  -- transaction time, UTC
  parser_version INTEGER NOT NULL,
  catalog TEXT NOT NULL,
  source_hash TEXT REFERENCES sources (hash),
  content_hash TEXT,  -- SHA-256 of the reading's canonical JSON
  reading_size INTEGER,  -- length of that JSON in bytes
  reading_zlib BLOB,  -- that JSON, zlib-compressed
  supersedes INTEGER REFERENCES events (seq),  -- for corrections and withdrawals
  prev_hash TEXT NOT NULL,  -- `hash` of the previous event; 64 zeros for the first
  hash TEXT NOT NULL UNIQUE,  -- SHA-256 over prev_hash and the event's canonical form
  UNIQUE (country, stream_version)
);

CREATE INDEX events_by_country_date ON events (country, effective_date);

CREATE TRIGGER events_refuse_update BEFORE UPDATE ON events
BEGIN
  SELECT RAISE(ABORT, 'events are append-only: UPDATE refused');
END;

CREATE TRIGGER events_refuse_delete BEFORE DELETE ON events
BEGIN
  SELECT RAISE(ABORT, 'events are append-only: DELETE refused');
END;

CREATE TRIGGER sources_refuse_update BEFORE UPDATE ON sources
BEGIN
  SELECT RAISE(ABORT, 'sources are append-only: UPDATE refused');
END;

CREATE TRIGGER sources_refuse_delete BEFORE DELETE ON sources
BEGIN
  SELECT RAISE(ABORT, 'sources are append-only: DELETE refused');
END;

-- Projection: every recorded reading, with what became of it.
CREATE TABLE revisions (
  seq INTEGER PRIMARY KEY NOT NULL REFERENCES events (seq),
  country TEXT NOT NULL,
  effective_date TEXT NOT NULL,
  recorded_at TEXT NOT NULL,
  outcome TEXT NOT NULL CHECK (outcome IN ('recorded', 'corrected', 'backfilled')),
  content_hash TEXT NOT NULL,
  superseded_by INTEGER REFERENCES events (seq),  -- the correction that replaced it
  superseded_at TEXT,  -- when that correction was recorded
  present INTEGER NOT NULL,
  partial INTEGER NOT NULL,
  absent INTEGER NOT NULL,
  unknown INTEGER NOT NULL,
  missing INTEGER NOT NULL,
  changed INTEGER  -- indicators that differ from the revision in effect before it; NULL for the first
);

CREATE INDEX revisions_by_country_date ON revisions (country, effective_date, seq);

-- Projection: each distinct reading of an indicator, stored once however many revisions
-- repeat it.
CREATE TABLE indicator_texts (
  id INTEGER PRIMARY KEY NOT NULL,
  digest BLOB NOT NULL UNIQUE,  -- first 16 bytes of the SHA-256 of the reading's canonical JSON
  indicator TEXT NOT NULL,  -- catalog number, e.g. 1.2.1
  status TEXT NOT NULL,  -- present, partial, absent, unknown or missing
  items TEXT NOT NULL,  -- JSON array of strings
  text TEXT NOT NULL  -- the section's normalised text
);

-- Projection: which reading each revision gives each indicator.
CREATE TABLE indicator_values (
  seq INTEGER NOT NULL REFERENCES events (seq),
  indicator TEXT NOT NULL,
  text_id INTEGER NOT NULL REFERENCES indicator_texts (id),
  PRIMARY KEY (seq, indicator)
) WITHOUT ROWID;

-- Each revision's reading of each indicator, in full.
CREATE VIEW indicator_readings AS
SELECT v.seq, v.indicator, t.status, t.items, t.text
FROM indicator_values v JOIN indicator_texts t ON t.id = v.text_id;

-- Projection: indicators that changed between consecutive revisions in effect of a country.
CREATE TABLE indicator_changes (
  country TEXT NOT NULL,
  from_seq INTEGER NOT NULL REFERENCES events (seq),
  to_seq INTEGER NOT NULL REFERENCES events (seq),
  indicator TEXT NOT NULL,
  from_status TEXT NOT NULL,
  to_status TEXT NOT NULL,
  PRIMARY KEY (to_seq, indicator)
) WITHOUT ROWID;

CREATE INDEX indicator_changes_by_country ON indicator_changes (country, to_seq);

-- Countries with their revisions in effect.
CREATE VIEW countries AS
SELECT
  country,
  count(*) AS revisions,
  min(effective_date) AS first_date,
  max(effective_date) AS latest_date
FROM revisions
WHERE superseded_by IS NULL
GROUP BY country;
