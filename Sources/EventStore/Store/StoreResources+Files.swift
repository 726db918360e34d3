// swift-format-ignore-file
// Generated from Schema/ by `swift run embed-resources`. Do not edit: change the files
// there and run it again.

extension StoreResources {
  static let files: [String: String] = [
    "ledger-v10.sql": #"""
-- ProfileLedger store, schema version 10: what migration v10 adds to a version 9 store
-- (Schema/ledger.sql, ledger-v2.sql … ledger-v9.sql): how alike the two texts of each status
-- move are; an index of the events that carry more than their reading; and the index of the
-- revisions in effect made covering.

-- Where an indicator's status moved between two revisions in effect, how alike the two
-- readings' texts are: the Jaccard index of their words (runs of letters and digits,
-- lower-cased), from 0 (no word in common) to 1 (the same words); NULL where the status did
-- not move. A move over barely changed text is a likely misreading, which the review queue
-- lists: it reads the moves over its threshold through the index below rather than every
-- move's two texts. Migration v10 measures the moves already recorded.
ALTER TABLE indicator_changes ADD COLUMN similarity REAL;

CREATE INDEX indicator_changes_by_similarity ON indicator_changes (similarity)
WHERE similarity IS NOT NULL;

-- The events recorded with values supplied rather than read (`supplied`), or from text an
-- extractor made (`extractor`), by country: few, and all that a country's history needs of
-- its events, which it would otherwise look up one by one.
CREATE INDEX events_with_provenance ON events (country)
WHERE supplied IS NOT NULL OR extractor IS NOT NULL;

-- `revisions_in_effect` (v7) again, with `superseded_by` (NULL in every entry) as its last
-- column: SQLite reads a column from an index only if the index lists it, even one its
-- condition fixes. Counting, numbering and searching the revisions in effect now read the
-- index alone, not a table row for each entry.
DROP INDEX revisions_in_effect;
CREATE INDEX revisions_in_effect ON revisions (country, effective_date, seq, superseded_by)
WHERE superseded_by IS NULL;

"""#,
    "ledger-v2.sql": #"""
-- ProfileLedger store, schema version 2: what it adds to version 1 (ledger.sql).

-- Events by the exact document they recorded and the reader that read it: a document
-- ingested again, byte for byte, by the same parser version needs no reading to be known
-- unchanged.
CREATE INDEX events_by_source ON events (source_hash, parser_version);

"""#,
    "ledger-v3.sql": #"""
-- ProfileLedger store, schema version 3: what migration v3 adds to a version 2 store
-- (Schema/ledger.sql, Schema/ledger-v2.sql). Like every projection, its rows are a pure function of the events:
-- the migration fills them from the readings already stored, and each append keeps them in
-- its own transaction.

-- Projection: each revision's background figures, so that reports (blame, changelog) read
-- figure values without decompressing and decoding the readings.
CREATE TABLE figure_values (
  seq INTEGER NOT NULL REFERENCES events (seq),
  figure TEXT NOT NULL,  -- catalog figure id, e.g. population
  position INTEGER NOT NULL,  -- the figure's place in the reading, from 0
  value TEXT,  -- plain decimal digits as printed (324000, 31.70); NULL when unreadable
  source_name TEXT,  -- the data source; NULL when the document names none
  source_period TEXT,  -- the period the figure refers to, as printed; may be empty
  PRIMARY KEY (seq, figure)
) WITHOUT ROWID;

"""#,
    "ledger-v4.sql": #"""
-- ProfileLedger store, schema version 4: what migration v4 adds to a version 3 store
-- (Schema/ledger.sql, ledger-v2.sql, ledger-v3.sql).

-- Which of the event's values were supplied by whoever recorded it rather than read from
-- the document: 'date' (a document cut off before its "Last updated" line), 'country' (a
-- name no table knows), or both. NULL for everything read, as every event before v4 was.
-- Part of the event: covered by its hash when present, exported and verified with it.
ALTER TABLE events ADD COLUMN supplied TEXT CHECK (supplied IN ('country', 'date', 'country,date'));

"""#,
    "ledger-v5.sql": #"""
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

"""#,
    "ledger-v6.sql": #"""
-- ProfileLedger store, schema version 6: what migration v6 adds to a version 5 store
-- (Schema/ledger.sql, ledger-v2.sql … ledger-v5.sql): documents whose text is extracted.

-- A document that is not text (a PDF) is kept as it was given, byte for byte, in `sources`
-- (`source_hash`); the text extracted from it, which is what was read, is kept there too,
-- and named by `text_hash`. `extractor` says what extracted it: name, version and arguments
-- (`pdftotext 24.02.0 -layout -enc UTF-8`). Both NULL for a document read as it is, as every
-- event before v6 was; both set, or neither. Part of the event: covered by its hash when
-- present, exported and verified with it.
ALTER TABLE events ADD COLUMN text_hash TEXT REFERENCES sources (hash);
ALTER TABLE events ADD COLUMN extractor TEXT CHECK ((extractor IS NULL) = (text_hash IS NULL));

-- Which events read a given text: a log export writes each stored document once, with the
-- first event that names it, as source or as text.
CREATE INDEX events_by_text ON events (text_hash) WHERE text_hash IS NOT NULL;

"""#,
    "ledger-v7.sql": #"""
-- ProfileLedger store, schema version 7: what migration v7 adds to a version 6 store
-- (Schema/ledger.sql, ledger-v2.sql … ledger-v6.sql): the readings marked for review.

-- Projection: each reading the reader marked for a person to review (`evidence.review` in
-- the revision's canonical reading), with its status and the reader's reason, at its place
-- among the revision's indicators. The review queue reads these rather than decoding every
-- reading in effect. Migration v7 fills it from the readings already stored.
CREATE TABLE marked_readings (
  seq INTEGER NOT NULL REFERENCES events (seq),
  position INTEGER NOT NULL,  -- the indicator's place in the reading, from 0
  indicator TEXT NOT NULL,  -- catalog number, e.g. 1.2.2
  status TEXT NOT NULL,
  reason TEXT NOT NULL,  -- why the reader could not decide, as the reading says
  PRIMARY KEY (seq, position)
) WITHOUT ROWID;

-- The revisions in effect (those no correction superseded) of each country, by date: what
-- numbering, standings, a range's changelog and every other read of the revisions in effect
-- search, without stepping over superseded rows or reading the table for them.
CREATE INDEX revisions_in_effect ON revisions (country, effective_date, seq)
WHERE superseded_by IS NULL;

"""#,
    "ledger-v8.sql": #"""
-- ProfileLedger store, schema version 8: what migration v8 adds to a version 7 store
-- (Schema/ledger.sql, ledger-v2.sql … ledger-v7.sql): documents and readings compressed
-- against an earlier one of their country.

-- A re-issue of a profile repeats most of the text of the one before, so a document may be
-- stored as a delta: compressed with a preset dictionary that ends with the bytes of a
-- keyframe, an earlier document of the same country stored with the fixed dictionary alone
-- (its own `base` NULL). The preset dictionary is the fixed dictionary
-- (Schema/zlib-dictionary.txt) followed by the keyframe's bytes, of which the last 32768
-- bytes; the stream names it by Adler-32 in its header, as before. Python reads a delta with
--   d = zlib.decompressobj(zdict=open('zlib-dictionary.txt','rb').read()).decompress(base_zlib)
--   zlib.decompressobj(zdict=(fixed + d)[-32768:]).decompress(zlib)
-- where `fixed` is the fixed dictionary and `base_zlib` the keyframe's `zlib`. NULL: the row is
-- compressed with the fixed dictionary alone, as every row before v8. A base never has a base
-- itself, so reading any row costs at most two inflations. Not part of any hash: how a row is
-- compressed says nothing of what it holds.
ALTER TABLE sources ADD COLUMN base TEXT REFERENCES sources (hash);

-- A reading (`reading_zlib`) likewise, against the reading of an earlier event of the same
-- country whose own `reading_base` is NULL: the preset dictionary is the fixed dictionary
-- followed by that event's reading, of which the last 32768 bytes.
ALTER TABLE events ADD COLUMN reading_base INTEGER REFERENCES events (seq);

"""#,
    "ledger-v9.sql": #"""
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

"""#,
    "ledger.sql": #"""
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

"""#,
    "zlib-dictionary.txt": #"""
ProfileLedger zlib preset dictionary 1. Stored documents and readings are zlib streams
compressed with this file as preset dictionary (its Adler-32 is in each stream's header).
It must never change: a new dictionary is a new file. Contents: the Belize profile of
2 March 2015 and its canonical reading, the most common text in the store.




CYBERWELLNESS PROFILE

BELIZE



BACKGROUND

Total Population: 324 000

(data source: [United Nations Statistics Division](#), December 2012)

Internet users, percentage of population: 31.70%

(data source: [ITU Statistics](#), December 2013)

1. CYBERSECURITY

1.1 LEGAL MEASURES

1.1.1 CRIMINAL LEGISLATION

Specific legislation on cybercrime has been enacted through the following instruments:

-None.

1.1.2 REGULATION AND COMPLIANCE

Specific legislation and regulation related to cybersecurity has been enacted through the following instruments:

- Electronic Transactions Act - Electronic Evidence Act.

1.2 TECHNICAL MEASURES

1.2.1 CIRT

Belize does not have an officially recognized national CIRT.

1.2.2 STANDARDS

Belize does not have an officially approved national or sector specific cybersecurity framework for implementing internationally recognized cybersecurity standards.

1.2.3 CERTIFICATION

There is no cybersecurity framework for the certification and accreditation of national agencies and public sector professionals.

1.3 ORGANIZATION MEASURES

1.3.1 POLICY

The Ministry of National Security – specifically the focal point for [CICTE-OAS](#) is presently working on establishing an ICT Steering Committee within the Ministry, with the dual aims of developing a national cybersecurity strategy and reviewing and strengthening the legislative framework regarding cybercrime.

1.3.2 ROADMAP FOR GOVERNANCE

There is no national governance roadmap for cybersecurity in Belize.

1.3.3 RESPONSIBLE AGENCY

The Ministry of National Security and the Belize Police Department (BPD) are the agencies responsible for cybersecurity in Belize.

1.3.4 NATIONAL BENCHMARKING

There is no benchmarking or referential to measure cybersecurity development in Belize.

1.4 CAPACITY BUILDING

1.4.1 STANDARDISATION DEVELOPMENT

There is no national or sector-specific research and development program or project for cybersecurity standards, best practices and guidelines in Belize.

1.4.2 MANPOWER DEVELOPMENT

The BPD's IT Unit undertakes an annual countrywide "ICT Road Show" to promote increased awareness of internet and cybersecurity-related issues among the general public.

1.4.3 PROFESSIONAL CERTIFICATION

Belize does not have the exact number of public sector professionals certified under internationally recognized certification programs in cybersecurity.

1.4.4 AGENCY CERTIFICATION

Belize does not have any government and public sector agencies certified under internationally recognized standards in cybersecurity.

1.5 COOPERATION

1.5.1 INTRA-STATE COOPERATION

There is no framework for sharing of cybersecurity assets across borders or with other nation states.

1.5.2 INTRA-AGENCY COOPERATION

Belize does not have an officially recognized national or sector-specific program for sharing cybersecurity assets within the public sector.

1.5.3 PUBLIC SECTOR PARTNERSHIP

Private sector institutions are not legally required to report cyber incidents to national authorities; the BPD has worked to establish cooperative relationships with many private sector entities, and has provided support and assistance when it has been requested.

1.5.4 INTERNATIONAL COOPERATION

Belize is a member of the [ITU-IMPACT](#) initiative and has access to relevant cybersecurity services. Belize participates in the [CICTE-OAS](#).

2. CHILD ONLINE PROTECTION

2.1 NATIONAL LEGISLATION

Specific legislation on child online protection has been enacted through the following instruments:
-None.

2.2 UN CONVENTION AND PROTOCOL

Belize has acceded, with no declarations or reservations to articles 16, 17(e) and 34(c), to the [Convention on the Rights of the Child](#).

Belize has acceded, with no declarations or reservations to articles 2 and 3, to the [Optional Protocol to The Convention on the Rights of the Child on the Sale of Children, Child Prostitution and Child Pornography](#).

2.3 INSTITUTIONAL SUPPORT

There is no agency that is responsible for child online protection in Belize.

2.4 REPORTING MECHANISM

There is no website or hotline to report incidents in Belize.

DISCLAIMER: Please refer to <http://www.itu.int/en/Pages/copyright.aspx>

More information is available on ITU website at <http://www.itu.int/en/ITU-D/Cybersecurity/Pages/default.aspx>

Last updated on 2 March 2015
{"catalog":"itu-cyberwellness-2015","country":{"code":"BLZ","name":"BELIZE"},"figures":[{"id":"population","source":{"name":"United Nations Statistics Division","period":"December 2012"},"value":"324000"},{"id":"internet-users","source":{"name":"ITU Statistics","period":"December 2013"},"value":"31.70"}],"indicators":[{"id":"1.1.1","items":[],"status":"absent","text":"Specific legislation on cybercrime has been enacted through the following instruments:\n- None"},{"id":"1.1.2","items":["Electronic Transactions Act","Electronic Evidence Act"],"status":"present","text":"Specific legislation and regulation related to cybersecurity has been enacted through the following instruments:\n- Electronic Transactions Act\n- Electronic Evidence Act"},{"id":"1.2.1","items":[],"status":"absent","text":"Belize does not have an officially recognized national CIRT."},{"id":"1.2.2","items":[],"status":"absent","text":"Belize does not have an officially approved national or sector specific cybersecurity framework for implementing internationally recognized cybersecurity standards."},{"id":"1.2.3","items":[],"status":"absent","text":"There is no cybersecurity framework for the certification and accreditation of national agencies and public sector professionals."},{"id":"1.3.1","items":["CICTE-OAS"],"status":"partial","text":"The Ministry of National Security – specifically the focal point for CICTE-OAS is presently working on establishing an ICT Steering Committee within the Ministry, with the dual aims of developing a national cybersecurity strategy and reviewing and strengthening the legislative framework regarding cybercrime."},{"id":"1.3.2","items":[],"status":"absent","text":"There is no national governance roadmap for cybersecurity in Belize."},{"id":"1.3.3","items":["Ministry of National Security","Belize Police Department (BPD)"],"status":"present","text":"The Ministry of National Security and the Belize Police Department (BPD) are the agencies responsible for cybersecurity in Belize."},{"id":"1.3.4","items":[],"status":"absent","text":"There is no benchmarking or referential to measure cybersecurity development in Belize."},{"id":"1.4.1","items":[],"status":"absent","text":"There is no national or sector-specific research and development program or project for cybersecurity standards, best practices and guidelines in Belize."},{"id":"1.4.2","items":[],"status":"present","text":"The BPD's IT Unit undertakes an annual countrywide \"ICT Road Show\" to promote increased awareness of internet and cybersecurity-related issues among the general public."},{"id":"1.4.3","items":[],"status":"unknown","text":"Belize does not have the exact number of public sector professionals certified under internationally recognized certification programs in cybersecurity."},{"id":"1.4.4","items":[],"status":"absent","text":"Belize does not have any government and public sector agencies certified under internationally recognized standards in cybersecurity."},{"id":"1.5.1","items":[],"status":"absent","text":"There is no framework for sharing of cybersecurity assets across borders or with other nation states."},{"id":"1.5.2","items":[],"status":"absent","text":"Belize does not have an officially recognized national or sector-specific program for sharing cybersecurity assets within the public sector."},{"id":"1.5.3","items":[],"status":"partial","text":"Private sector institutions are not legally required to report cyber incidents to national authorities; the BPD has worked to establish cooperative relationships with many private sector entities, and has provided support and assistance when it has been requested."},{"id":"1.5.4","items":["ITU-IMPACT","CICTE-OAS"],"status":"present","text":"Belize is a member of the ITU-IMPACT initiative and has access to relevant cybersecurity services. Belize participates in the CICTE-OAS."},{"id":"2.1","items":[],"status":"absent","text":"Specific legislation on child online protection has been enacted through the following instruments:\n- None"},{"id":"2.2","items":["Convention on the Rights of the Child","Optional Protocol to The Convention on the Rights of the Child on the Sale of Children, Child Prostitution and Child Pornography"],"status":"present","text":"Belize has acceded, with no declarations or reservations to articles 16, 17(e) and 34(c), to the Convention on the Rights of the Child.\nBelize has acceded, with no declarations or reservations to articles 2 and 3, to the Optional Protocol to The Convention on the Rights of the Child on the Sale of Children, Child Prostitution and Child Pornography."},{"id":"2.3","items":[],"status":"absent","text":"There is no agency that is responsible for child online protection in Belize."},{"id":"2.4","items":[],"status":"absent","text":"There is no website or hotline to report incidents in Belize."}],"lastUpdated":"2015-03-02"}

"""#,
  ]
}
