-- ProfileLedger store, schema version 4: what migration v4 adds to a version 3 store
-- (Schema/ledger.sql, ledger-v2.sql, ledger-v3.sql).

-- Which of the event's values were supplied by whoever recorded it rather than read from
-- the document: 'date' (a document cut off before its "Last updated" line), 'country' (a
-- name no table knows), or both. NULL for everything read, as every event before v4 was.
-- Part of the event: covered by its hash when present, exported and verified with it.
ALTER TABLE events ADD COLUMN supplied TEXT CHECK (supplied IN ('country', 'date', 'country,date'));
