-- ProfileLedger store, schema version 10: what migration v10 adds to a version 9 store
-- (Schema/ledger.sql, ledger-v2.sql … ledger-v9.sql): how alike the two texts of each status
-- move are.

-- Where an indicator's status moved between two revisions in effect, how alike the two
-- readings' texts are: the Jaccard index of their words (runs of letters and digits,
-- lower-cased), from 0 (no word in common) to 1 (the same words); NULL where the status did
-- not move. A move over barely changed text is a likely misreading, which the review queue
-- lists: it reads the moves over its threshold through the index below rather than every
-- move's two texts. Migration v10 measures the moves already recorded.
ALTER TABLE indicator_changes ADD COLUMN similarity REAL;

CREATE INDEX indicator_changes_by_similarity ON indicator_changes (similarity)
WHERE similarity IS NOT NULL;
