-- ProfileLedger store, schema version 2: what it adds to version 1 (ledger.sql).

-- Events by the exact document they recorded and the reader that read it: a document
-- ingested again, byte for byte, by the same parser version needs no reading to be known
-- unchanged.
CREATE INDEX events_by_source ON events (source_hash, parser_version);
