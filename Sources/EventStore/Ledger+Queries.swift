import Foundation
import GRDB
import LedgerModel
import ProfileModel

extension Ledger {
  /// Every country with revisions in effect, by code.
  public func countries() throws -> [CountrySummary] {
    try read { db in
      try Row.fetchAll(
        db,
        sql: "SELECT country, revisions, first_date, latest_date FROM countries ORDER BY country"
      ).map { row in
        CountrySummary(
          code: row["country"], revisions: row["revisions"],
          firstDate: ProfileDate(iso: row["first_date"] as String)!,
          latestDate: ProfileDate(iso: row["latest_date"] as String)!)
      }
    }
  }

  /// Every reading recorded for `country`, in effective-date order, corrections included.
  public func history(country: String) throws -> [RevisionSummary] {
    try read { db in
      // Columns by position: this runs for every page view and report.
      let rows = try Row.fetchCursor(
        db.cachedStatement(
          sql: """
            SELECT r.seq, r.effective_date, r.recorded_at, r.outcome, r.content_hash,
              r.superseded_by, r.superseded_at, r.present, r.partial, r.absent, r.unknown,
              r.missing, r.changed, e.supplied
            FROM revisions r JOIN events e ON e.seq = r.seq
            WHERE r.country = ? ORDER BY r.effective_date, r.seq
            """),
        arguments: [country])
      var history: [RevisionSummary] = []
      while let row = try rows.next() {
        history.append(
          RevisionSummary(
            seq: row[0], effectiveDate: ProfileDate(iso: row[1] as String) ?? ProfileDate.invalid,
            recordedAt: row[2], outcome: IngestOutcome(rawValue: row[3]) ?? .recorded,
            contentHash: row[4], supersededBy: row[5], supersededAt: row[6],
            statusCounts: [
              .present: row[7], .partial: row[8], .absent: row[9], .unknown: row[10],
              .missing: row[11],
            ],
            changed: row[12],
            supplied: (row[13] as String?).flatMap(SuppliedField.fields(stored:))))
      }
      return history
    }
  }

  /// The profile of `country` in effect on `asOf` (default: latest), as the store knew it
  /// at `knownAt` (an ISO 8601 UTC time; default: now). Both time axes, one query.
  public func profile(country: String, asOf: ProfileDate? = nil, knownAt: String? = nil) throws
    -> StoredProfile?
  {
    try read { db in
      guard
        let row = try Row.fetchOne(
          db,
          sql: """
            SELECT seq, recorded_at, reading_size, reading_zlib, supplied FROM events
            WHERE country = ? AND kind != 'withdrawn' AND effective_date <= ? AND recorded_at <= ?
            ORDER BY effective_date DESC, seq DESC LIMIT 1
            """,
          arguments: [country, asOf?.iso ?? "9999-12-31", knownAt ?? "9999-12-31T23:59:59.999999Z"])
      else { return nil }
      let compressed: Data = row["reading_zlib"]
      let reading = try Deflate.decompress(Array(compressed), size: row["reading_size"])
      let profile = try Profile.decode(json: reading)
      return StoredProfile(
        seq: row["seq"], recordedAt: row["recorded_at"], profile: profile,
        supplied: (row["supplied"] as String?).flatMap(SuppliedField.fields(stored:)) ?? [])
    }
  }

  /// The original bytes of the document in effect for `country` on exactly `date`.
  public func source(country: String, date: ProfileDate) throws -> [UInt8]? {
    try read { db in
      guard
        let row = try Row.fetchOne(
          db,
          sql: """
            SELECT s.size, s.zlib FROM events e JOIN sources s ON s.hash = e.source_hash
            WHERE e.country = ? AND e.effective_date = ? AND e.kind != 'withdrawn'
            ORDER BY e.seq DESC LIMIT 1
            """,
          arguments: [country, date.iso])
      else { return nil }
      let compressed: Data = row["zlib"]
      return try Deflate.decompress(Array(compressed), size: row["size"])
    }
  }

  /// Every event, in log order (for verification and export).
  public func events() throws -> [LedgerEvent] {
    try read { db in
      try Row.fetchAll(db, sql: "SELECT * FROM events ORDER BY seq").map { row in
        LedgerEvent(
          seq: row["seq"], kind: EventKind(rawValue: row["kind"])!, country: row["country"],
          streamVersion: row["stream_version"],
          effectiveDate: ProfileDate(iso: row["effective_date"] as String)!,
          recordedAt: row["recorded_at"], parserVersion: row["parser_version"],
          catalog: row["catalog"], sourceHash: row["source_hash"],
          contentHash: row["content_hash"], supersedes: row["supersedes"],
          prevHash: row["prev_hash"], hash: row["hash"],
          supplied: (row["supplied"] as String?).flatMap(SuppliedField.fields(stored:)) ?? [])
      }
    }
  }

  /// The store's schema as SQLite reports it: one statement per table, index, trigger and
  /// view, in name order. Compared with `Schema/ledger.sql` by the tests.
  public func schemaStatements() throws -> [String] {
    try read { db in
      try String.fetchAll(
        db,
        sql: """
          SELECT sql FROM sqlite_master
          WHERE sql IS NOT NULL AND name NOT LIKE 'sqlite_%' AND name != 'grdb_migrations'
          ORDER BY type, name
          """)
    }
  }
}

extension Ledger {
  /// The documents among `sourceHashes` (SHA-256 of their bytes, hex) whose reading by this
  /// parser version and catalog is recorded and not withdrawn. Reading one again would give
  /// the same reading, so ingesting it again is *unchanged* without reading it.
  public func recordedDocuments(
    sourceHashes: [String], parserVersion: Int, catalog: String
  ) throws -> [String: RecordedDocument] {
    try read { db in
      var found: [String: RecordedDocument] = [:]
      for chunk in stride(from: 0, to: sourceHashes.count, by: 500) {
        let hashes = sourceHashes[chunk..<min(chunk + 500, sourceHashes.count)]
        let placeholders = Array(repeating: "?", count: hashes.count).joined(separator: ", ")
        let rows = try Row.fetchCursor(
          db,
          sql: """
            SELECT source_hash, country, effective_date FROM events
            WHERE source_hash IN (\(placeholders)) AND parser_version = ? AND catalog = ?
              AND kind != 'withdrawn'
            """,
          arguments: StatementArguments(Array(hashes)) + [parserVersion, catalog])
        while let row = try rows.next() {
          guard let date = ProfileDate(iso: row[2] as String) else { continue }
          found[row[0]] = RecordedDocument(country: row[1], effectiveDate: date)
        }
      }
      return found
    }
  }
}
