-- ProfileLedger store, schema version 9: what migration v9 changes in a version 8 store
-- (Schema/ledger.sql, ledger-v2.sql … ledger-v8.sql): every SHA-256 kept as its 32 bytes.

-- Each hash the store keeps (a document's, a reading's, an event's and the one it follows)
-- was 64 lower-case hex digits of TEXT; it is now its 32 bytes, a BLOB: half the room in the
-- rows and in the indexes that hold them. Nothing else changes. An event's hash is still the
-- SHA-256 of its fields as text, with the hashes among them in lower-case hex, and `export`
-- writes every hash in hex as before (Documentation/LogFile.md): the chain, the head and the
-- log file are what they were. Python reads a hash as users see it with bytes.hex(), or
-- SQLite with lower(hex(hash)).
--
-- SQLite cannot change a column's type in place, so `sources`, `events` and `revisions` are
-- made anew, as ledger-v5.sql makes `events`, with the same rows, columns, indexes, triggers
-- and views. Each hash is converted by sha256_blob(x), a function the migration registers on
-- its connection (Sources/EventStore/Store/StoredHash.swift): 64 lower-case hex digits become
-- their 32 bytes; any other value (NULL, or one altered by hand) is kept as it is, for
-- `verify` to report. In SQLite 3.41 or later it reads
--   CASE WHEN length(x) = 64 AND x NOT GLOB '*[^0-9a-f]*' THEN unhex(x) ELSE x END

-- Source documents, byte for byte, stored once per content (Schema/ledger.sql,
-- ledger-v8.sql).
CREATE TABLE sources_v9 (
  hash BLOB PRIMARY KEY NOT NULL,  -- SHA-256 of the document's bytes, 32 bytes
  size INTEGER NOT NULL,  -- the document's length in bytes
  zlib BLOB NOT NULL,  -- the document, compressed
  base BLOB REFERENCES sources (hash)  -- the keyframe it is a delta against (v8); NULL if none
);

INSERT INTO sources_v9 (hash, size, zlib, base)
SELECT sha256_blob(hash), size, zlib, sha256_blob(base) FROM sources ORDER BY rowid;

-- One row per event (Schema/ledger.sql, ledger-v4.sql … ledger-v8.sql). Its hash covers the
-- hashes in hex, as before.
CREATE TABLE events_v9 (
  seq INTEGER PRIMARY KEY NOT NULL,
  kind TEXT NOT NULL CHECK (kind IN ('recorded', 'corrected', 'withdrawn', 'reviewed')),
  country TEXT NOT NULL,  -- ISO 3166-1 alpha-3
  stream_version INTEGER NOT NULL,
  effective_date TEXT NOT NULL,  -- the document's "Last updated" date
  recorded_at TEXT NOT NULL,  -- transaction time, UTC
  parser_version INTEGER NOT NULL,
  catalog TEXT NOT NULL,
  source_hash BLOB REFERENCES sources (hash),
  content_hash BLOB,  -- SHA-256 of the reading's canonical JSON
  reading_size INTEGER,  -- length of that JSON in bytes
  reading_zlib BLOB,  -- that JSON, zlib-compressed
  supersedes INTEGER REFERENCES events (seq),  -- for corrections and withdrawals
  prev_hash BLOB NOT NULL,  -- `hash` of the previous event; 32 zero bytes for the first
  hash BLOB NOT NULL UNIQUE,  -- SHA-256 over prev_hash and the event's canonical form
  supplied TEXT CHECK (supplied IN ('country', 'date', 'country,date')),
  text_hash BLOB REFERENCES sources (hash),
  extractor TEXT CHECK ((extractor IS NULL) = (text_hash IS NULL)),
  reading_base INTEGER REFERENCES events (seq),
  UNIQUE (country, stream_version)
);

INSERT INTO events_v9
SELECT seq, kind, country, stream_version, effective_date, recorded_at, parser_version, catalog,
  sha256_blob(source_hash), sha256_blob(content_hash), reading_size, reading_zlib, supersedes,
  sha256_blob(prev_hash), sha256_blob(hash), supplied, sha256_blob(text_hash), extractor,
  reading_base
FROM events ORDER BY seq;

-- Projection: every recorded reading, with what became of it (Schema/ledger.sql).
CREATE TABLE revisions_v9 (
  seq INTEGER PRIMARY KEY NOT NULL REFERENCES events (seq),
  country TEXT NOT NULL,
  effective_date TEXT NOT NULL,
  recorded_at TEXT NOT NULL,
  outcome TEXT NOT NULL CHECK (outcome IN ('recorded', 'corrected', 'backfilled')),
  content_hash BLOB NOT NULL,
  superseded_by INTEGER REFERENCES events (seq),  -- the correction that replaced it
  superseded_at TEXT,  -- when that correction was recorded
  present INTEGER NOT NULL,
  partial INTEGER NOT NULL,
  absent INTEGER NOT NULL,
  unknown INTEGER NOT NULL,
  missing INTEGER NOT NULL,
  changed INTEGER  -- indicators that differ from the revision in effect before it; NULL for the first
);

INSERT INTO revisions_v9
SELECT seq, country, effective_date, recorded_at, outcome, sha256_blob(content_hash),
  superseded_by, superseded_at, present, partial, absent, unknown, missing, changed
FROM revisions ORDER BY seq;

-- The old tables go, with their indexes and triggers; the view on `revisions` first, since
-- SQLite renames a table only while every view reads tables that exist. A store whose
-- triggers were dropped by hand is migrated too (its triggers made again), for `verify` to
-- read it.
DROP VIEW IF EXISTS countries;
DROP TRIGGER IF EXISTS events_refuse_update;
DROP TRIGGER IF EXISTS events_refuse_delete;
DROP TRIGGER IF EXISTS sources_refuse_update;
DROP TRIGGER IF EXISTS sources_refuse_delete;
DROP TABLE revisions;
DROP TABLE events;
DROP TABLE sources;
ALTER TABLE sources_v9 RENAME TO sources;
ALTER TABLE events_v9 RENAME TO events;
ALTER TABLE revisions_v9 RENAME TO revisions;

CREATE INDEX events_by_country_date ON events (country, effective_date);
CREATE INDEX events_by_source ON events (source_hash, parser_version);
CREATE INDEX events_by_text ON events (text_hash) WHERE text_hash IS NOT NULL;
CREATE INDEX revisions_by_country_date ON revisions (country, effective_date, seq);
CREATE INDEX revisions_in_effect ON revisions (country, effective_date, seq)
WHERE superseded_by IS NULL;

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

-- Countries with their revisions in effect (Schema/ledger.sql).
CREATE VIEW countries AS
SELECT
  country,
  count(*) AS revisions,
  min(effective_date) AS first_date,
  max(effective_date) AS latest_date
FROM revisions
WHERE superseded_by IS NULL
GROUP BY country;
