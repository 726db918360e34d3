import Foundation
import GRDB
import LedgerModel
import ProfileModel

/// The documents the log holds, as recorded.
extension Ledger {
  /// The document in effect for `country` on exactly `date`, as ingested, with the text
  /// extracted from it if it is not text.
  public func source(country: String, date: ProfileDate) throws -> StoredDocument? {
    try read { db in
      let seq = try Int.fetchOne(
        db,
        sql: """
          SELECT seq FROM events
          WHERE country = ? AND effective_date = ? AND kind IN ('recorded', 'corrected')
          ORDER BY seq DESC LIMIT 1
          """,
        arguments: [country, date.iso])
      return try seq.flatMap { try Ledger.document(seq: $0, in: db) }
    }
  }

  /// The document that event `seq` recorded a reading of, as ingested, with the event's
  /// country and effective date and the text extracted from it if it is not text; `nil` when
  /// no such event holds a document. Reaches a superseded reading's document, which
  /// ``source(country:date:)`` does not.
  public func source(seq: Int) throws -> StoredDocument? {
    try read { db in try Ledger.document(seq: seq, in: db) }
  }

  private static func document(seq: Int, in db: Database) throws -> StoredDocument? {
    guard
      let row = try Row.fetchOne(
        db,
        sql: """
          SELECT e.country, e.effective_date, e.extractor, \(StoredBytes.document("s")),
            \(StoredBytes.document("t"))
          FROM events e JOIN sources s ON s.hash = e.source_hash
          LEFT JOIN sources t ON t.hash = e.text_hash
          WHERE e.seq = ?
          """,
        arguments: [seq]),
      let date = ProfileDate(iso: row[1] as String)
    else { return nil }
    var extraction: ExtractedText?
    if let extractor = row[2] as String?, let text = try StoredBytes.decompress(row, at: 7) {
      extraction = ExtractedText(bytes: text, extractor: extractor)
    }
    guard let bytes = try StoredBytes.decompress(row, at: 3) else { return nil }
    return StoredDocument(
      country: row[0], date: date, seq: seq, bytes: bytes, extraction: extraction)
  }

  /// The documents among `sourceHashes` (SHA-256 of their bytes) whose reading by this
  /// parser version and catalog is recorded and not withdrawn. Reading one again would give
  /// the same reading, so ingesting it again is *unchanged* without reading it.
  public func recordedDocuments(
    sourceHashes: [SHA256Hash], parserVersion: Int, catalog: String
  ) throws -> [SHA256Hash: RecordedDocument] {
    try read { db in
      var found: [SHA256Hash: RecordedDocument] = [:]
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
          guard let hash = row.storedHash(0), let date = ProfileDate(iso: row[2] as String)
          else { continue }
          found[hash] = RecordedDocument(country: row[1], effectiveDate: date)
        }
      }
      return found
    }
  }
}
