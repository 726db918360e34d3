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
