-- ProfileLedger store on PostgreSQL, schema version 2: what migration v2 adds to a version 1
-- store, as Schema/ledger-v7.sql adds it to the SQLite store: a document or a reading may be
-- compressed against a keyframe, an earlier one of its country compressed with the fixed
-- dictionary alone. The preset dictionary of such a row is Schema/zlib-dictionary.txt
-- followed by the keyframe's bytes, of which the last 32768 bytes (see ledger-v7.sql).
-- NULL: compressed with the fixed dictionary alone, as every row before v2.

ALTER TABLE sources ADD COLUMN base text REFERENCES sources (hash);
ALTER TABLE events ADD COLUMN reading_base bigint REFERENCES events (seq);
