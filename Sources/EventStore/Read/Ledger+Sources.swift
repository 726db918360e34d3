import Foundation
import GRDB
import LedgerModel
import ProfileModel

/// The documents the log holds, as recorded.
extension Ledger {
  /// The original bytes of the document in effect for `country` on exactly `date`.
  public func source(country: String, date: ProfileDate) throws -> [UInt8]? {
    try read { db in
      guard
        let row = try Row.fetchOne(
          db,
          sql: """
            SELECT s.size, s.zlib FROM events e JOIN sources s ON s.hash = e.source_hash
            WHERE e.country = ? AND e.effective_date = ? AND e.kind IN ('recorded', 'corrected')
            ORDER BY e.seq DESC LIMIT 1
            """,
          arguments: [country, date.iso])
      else { return nil }
      let compressed: Data = row["zlib"]
      return try Deflate.decompress(Array(compressed), size: row["size"])
    }
  }

  /// The original bytes of the document that event `seq` recorded a reading of, with the
  /// event's country and effective date; `nil` when no such event holds a source. Reaches a
  /// superseded reading's document, which ``source(country:date:)`` does not.
  public func source(seq: Int) throws -> (country: String, date: ProfileDate, bytes: [UInt8])? {
    try read { db in
      guard
        let row = try Row.fetchOne(
          db,
          sql: """
            SELECT e.country, e.effective_date, s.size, s.zlib
            FROM events e JOIN sources s ON s.hash = e.source_hash WHERE e.seq = ?
            """,
          arguments: [seq]),
        let date = ProfileDate(iso: row[1] as String)
      else { return nil }
      let compressed: Data = row[3]
      return (row[0], date, try Deflate.decompress(Array(compressed), size: row[2]))
    }
  }

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
              AND kind IN ('recorded', 'corrected')
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
