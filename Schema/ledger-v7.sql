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
