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
