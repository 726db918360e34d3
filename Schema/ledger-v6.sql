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
