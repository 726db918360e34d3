-- ProfileLedger store, schema version 5: what migration v5 adds to a version 4 store
-- (Schema/ledger.sql, ledger-v2.sql, ledger-v3.sql, ledger-v4.sql): reviews.

-- Events of a fourth kind, 'reviewed': a person's judgement of one indicator (or one
-- background figure) of a revision. Its payload, where a reading's JSON is kept
-- (`reading_size`, `reading_zlib`), is the review's canonical JSON, and `content_hash` its
-- SHA-256:
--   {"action":"set","indicator":"1.2.1","items":[…],"note":"…","reviewer":"…","revision":12,
--    "status":"present"}
--   {"action":"set","figure":"population","note":"…","reviewer":"…","revision":12,
--    "value":"330000"}
-- (`action` set, confirm or clear; `indicator` or `figure`; with set, `status` and `items` for
-- an indicator, `value` for a figure; `revision` the event of the revision reviewed).
-- `source_hash` and `supersedes` are NULL, `parser_version` 0.
--
-- SQLite cannot change a CHECK constraint in place, so the table is made anew with the same
-- rows, columns, indexes and triggers; no row changes, so no hash does.
CREATE TABLE events_v5 (
  seq INTEGER PRIMARY KEY NOT NULL,
  kind TEXT NOT NULL CHECK (kind IN ('recorded', 'corrected', 'withdrawn', 'reviewed')),
  country TEXT NOT NULL,
  stream_version INTEGER NOT NULL,
  effective_date TEXT NOT NULL,
  recorded_at TEXT NOT NULL,
  parser_version INTEGER NOT NULL,
  catalog TEXT NOT NULL,
  source_hash TEXT REFERENCES sources (hash),
  content_hash TEXT,
  reading_size INTEGER,
  reading_zlib BLOB,
  supersedes INTEGER REFERENCES events (seq),
  prev_hash TEXT NOT NULL,
  hash TEXT NOT NULL UNIQUE,
  supplied TEXT CHECK (supplied IN ('country', 'date', 'country,date')),
  UNIQUE (country, stream_version)
);

INSERT INTO events_v5
SELECT seq, kind, country, stream_version, effective_date, recorded_at, parser_version, catalog,
  source_hash, content_hash, reading_size, reading_zlib, supersedes, prev_hash, hash, supplied
FROM events ORDER BY seq;

DROP TRIGGER events_refuse_update;
DROP TRIGGER events_refuse_delete;
DROP TABLE events;
ALTER TABLE events_v5 RENAME TO events;

CREATE INDEX events_by_country_date ON events (country, effective_date);
CREATE INDEX events_by_source ON events (source_hash, parser_version);

CREATE TRIGGER events_refuse_update BEFORE UPDATE ON events
BEGIN
  SELECT RAISE(ABORT, 'events are append-only: UPDATE refused');
END;

CREATE TRIGGER events_refuse_delete BEFORE DELETE ON events
BEGIN
  SELECT RAISE(ABORT, 'events are append-only: DELETE refused');
END;

-- Projection: every review, as its event records it.
CREATE TABLE reviews (
  seq INTEGER PRIMARY KEY NOT NULL REFERENCES events (seq),  -- the review's event
  country TEXT NOT NULL,
  revision_seq INTEGER NOT NULL REFERENCES events (seq),  -- the revision reviewed
  subject TEXT NOT NULL,  -- the indicator's number (1.2.1) or the figure's id (population)
  figure INTEGER NOT NULL CHECK (figure IN (0, 1)),  -- 1 when the subject is a figure
  action TEXT NOT NULL CHECK (action IN ('set', 'confirm', 'clear')),
  status TEXT,  -- with set on an indicator: the reviewed status
  items TEXT,  -- with set on an indicator, when given: the reviewed items, a JSON array
  value TEXT,  -- with set on a figure: the reviewed value, plain digits
  reviewer TEXT NOT NULL,
  note TEXT NOT NULL,
  recorded_at TEXT NOT NULL
);

CREATE INDEX reviews_by_country ON reviews (country, subject, seq);
