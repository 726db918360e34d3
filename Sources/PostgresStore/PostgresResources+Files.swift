// swift-format-ignore-file
// Generated from Schema/postgres/ by `swift run embed-resources`. Do not edit: change the files
// there and run it again.

extension PostgresResources {
  static let files: [String: String] = [
    "ledger-v2.sql": #"""
-- ProfileLedger store on PostgreSQL, schema version 2: what migration v2 adds to a version 1
-- store, as Schema/ledger-v7.sql adds it to the SQLite store: a document or a reading may be
-- compressed against a keyframe, an earlier one of its country compressed with the fixed
-- dictionary alone. The preset dictionary of such a row is Schema/zlib-dictionary.txt
-- followed by the keyframe's bytes, of which the last 32768 bytes (see ledger-v7.sql).
-- NULL: compressed with the fixed dictionary alone, as every row before v2.

ALTER TABLE sources ADD COLUMN base text REFERENCES sources (hash);
ALTER TABLE events ADD COLUMN reading_base bigint REFERENCES events (seq);

"""#,
    "ledger.sql": #"""
-- ProfileLedger store on PostgreSQL, schema version 1: the log (events and sources), as the
-- SQLite store keeps it (Schema/ledger.sql to ledger-v6.sql), column for column, so that a
-- log moves between the two engines hash for hash. Hashes are lower-case hex text, times
-- ISO 8601 text, as the event's hash covers them.
--
-- `events` and `sources` are append-only: the triggers below refuse UPDATE, DELETE and
-- TRUNCATE, and the role that writes the store is granted INSERT and SELECT only.

CREATE TABLE sources (
  hash text PRIMARY KEY,  -- SHA-256 of the document's bytes
  size integer NOT NULL,
  zlib bytea NOT NULL  -- the document, zlib-compressed with Schema/zlib-dictionary.txt
);

CREATE TABLE events (
  seq bigint PRIMARY KEY,
  kind text NOT NULL CHECK (kind IN ('recorded', 'corrected', 'withdrawn', 'reviewed')),
  country text NOT NULL,
  stream_version integer NOT NULL,
  effective_date text NOT NULL,
  recorded_at text NOT NULL,
  parser_version integer NOT NULL,
  catalog text NOT NULL,
  source_hash text REFERENCES sources (hash),
  content_hash text,
  reading_size integer,
  reading_zlib bytea,
  supersedes bigint REFERENCES events (seq),
  prev_hash text NOT NULL,
  hash text NOT NULL UNIQUE,
  supplied text CHECK (supplied IN ('country', 'date', 'country,date')),
  text_hash text REFERENCES sources (hash),
  extractor text CHECK ((extractor IS NULL) = (text_hash IS NULL)),
  UNIQUE (country, stream_version)
);

CREATE INDEX events_by_country_date ON events (country, effective_date);
CREATE INDEX events_by_source ON events (source_hash, parser_version);
CREATE INDEX events_by_text ON events (text_hash) WHERE text_hash IS NOT NULL;

CREATE FUNCTION refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION '% are append-only: % refused', TG_TABLE_NAME, TG_OP;
END;
$$;

CREATE TRIGGER events_refuse_change BEFORE UPDATE OR DELETE ON events
  FOR EACH ROW EXECUTE FUNCTION refuse_change();
CREATE TRIGGER events_refuse_truncate BEFORE TRUNCATE ON events
  FOR EACH STATEMENT EXECUTE FUNCTION refuse_change();
CREATE TRIGGER sources_refuse_change BEFORE UPDATE OR DELETE ON sources
  FOR EACH ROW EXECUTE FUNCTION refuse_change();
CREATE TRIGGER sources_refuse_truncate BEFORE TRUNCATE ON sources
  FOR EACH STATEMENT EXECUTE FUNCTION refuse_change();

"""#,
  ]
}
