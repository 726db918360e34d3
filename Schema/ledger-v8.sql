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
