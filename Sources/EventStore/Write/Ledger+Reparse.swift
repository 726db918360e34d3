import Foundation
import GRDB
import LedgerModel
import ParallelMap
import ProfileModel

/// What reading one stored source again did to its revision.
public struct ReparseResult<Failure: Error>: Sendable where Failure: Sendable {
  public enum Outcome: Sendable {
    /// The new reading differs from the recorded one: recorded as a correction (`event`).
    case corrected(LedgerEvent)
    /// The new reading is the recorded one; nothing written.
    case unchanged
    /// The current reader cannot read the source; nothing written.
    case unreadable(Failure)
    /// The source now reads as another country or date; nothing written.
    case moved(country: String, effectiveDate: ProfileDate)
  }

  /// The revision whose source was read again: its event, country and date, and source.
  public var seq: Int
  public var country: String
  public var effectiveDate: ProfileDate
  public var sourceHash: String
  public var outcome: Outcome
  /// Whether the text read this time differs from the stored one: with
  /// ``Ledger/reextract(extractor:parserVersion:recordedAt:read:)``, the extractor gave
  /// another text, which is recorded.
  public var newText = false
  /// Whether the text read this time gives the reading recorded before.
  public var sameReading = false

  /// Whether the source could not be given a reading for its own country and date.
  public var isRejected: Bool {
    switch outcome {
    case .unreadable, .moved: true
    case .corrected, .unchanged: false
    }
  }
}

/// What ``Ledger/reparse(parserVersion:catalog:recordedAt:read:)`` did, source by source.
public struct ReparseReport<Failure: Error>: Sendable where Failure: Sendable {
  /// One result per source read again, in log order.
  public var results: [ReparseResult<Failure>]
  /// Revisions in effect whose reading the current reader made already: not read again.
  public var skipped: Int
}

extension Ledger {
  /// Reads the source of every revision in effect again with the current reader, and records
  /// a correction wherever the new reading differs from the recorded one.
  ///
  /// History is extended, never rewritten: a correction is a new event for the same country,
  /// date and source hash, carrying `parserVersion` and the new reading's catalog; the earlier
  /// reading stays, superseded. Revisions whose reading was made by `parserVersion` (or a
  /// later one) with `catalog` are skipped, so running it twice records nothing the second
  /// time. A source that `read` rejects, or that now reads as another country or date, is
  /// reported and nothing is recorded for it. All corrections and their projections are
  /// written in one transaction.
  ///
  /// The store does not parse: `read` turns a source's bytes into a reading or a failure.
  /// It is called concurrently, outside any transaction.
  ///
  /// ```swift
  /// let report = try ledger.reparse(parserVersion: ProfileParser.version,
  ///                                 catalog: parser.catalog.id) { bytes in … }
  /// ```
  public func reparse<Failure: Error & Sendable>(
    parserVersion: Int, catalog: String, recordedAt: Date = Date(),
    read: (_ source: [UInt8]) -> Result<Profile, Failure>
  ) throws -> ReparseReport<Failure> {
    try reparse(parserVersion: parserVersion, catalog: catalog, recordedAt: recordedAt) {
      source, _ in read(source).map { ($0, []) }
    }
  }

  /// ``reparse(parserVersion:catalog:recordedAt:read:)`` for a reader that takes the values
  /// supplied when each revision was recorded (its date, when its document has none), and
  /// says which of its reading's values it took from them; the correction records them too.
  public func reparse<Failure: Error & Sendable>(
    parserVersion: Int, catalog: String, recordedAt: Date = Date(),
    read: (_ source: [UInt8], _ supplied: SuppliedValues) -> Result<
      (profile: Profile, supplied: [SuppliedField]), Failure
    >
  ) throws -> ReparseReport<Failure> {
    let (candidates, skipped) = try reparseCandidates(
      parserVersion: parserVersion, catalog: catalog)
    let readings = candidates.concurrentMap { candidate in
      let supplied = candidate.suppliedValues
      // A document whose text was extracted is read from the stored text.
      return read(candidate.extraction?.bytes ?? candidate.source, supplied).map {
        var prepared = PreparedRevision(
          source: candidate.source, profile: $0.profile, extraction: candidate.extraction)
        prepared.supplied = $0.supplied
        return prepared
      }
    }
    let stamp = Ledger.timestamp(recordedAt)
    let results = try write { db in
      try zip(candidates, readings).compactMap { candidate, reading in
        try Ledger.reparse(
          candidate, reading: reading, state: state, parserVersion: parserVersion,
          recordedAt: stamp, in: db)
      }
    }
    return ReparseReport(results: results, skipped: skipped)
  }

  /// A revision in effect whose source is to be read again.
  struct ReparseCandidate: Sendable {
    var seq: Int
    var country: String
    var effectiveDate: ProfileDate
    /// The source's hash in hex, as reports show it.
    var sourceHash: String
    var contentHash: SHA256Hash
    var source: [UInt8]
    /// The text read from `source`, and what extracted it, for a document that is not text;
    /// and the text's hash, as the event records it.
    var extraction: ExtractedText?
    var textHash: SHA256Hash?
    /// The values supplied when the revision was recorded.
    var supplied: [SuppliedField]

    /// The values to supply again when the revision is read again.
    var suppliedValues: SuppliedValues {
      SuppliedValues(
        date: supplied.contains(.date) ? effectiveDate : nil,
        country: supplied.contains(.country) ? country : nil)
    }
  }

  /// The revisions in effect whose reading an earlier reader (or another catalog) made, with
  /// their sources; and how many were made by this reader already.
  func reparseCandidates(parserVersion: Int, catalog: String) throws -> (
    [ReparseCandidate], skipped: Int
  ) {
    try revisionsInEffect { version, revisionCatalog, _ in
      version < parserVersion || (version == parserVersion && revisionCatalog != catalog)
    }
  }

  /// The revisions in effect, with their stored documents, that `wanted` (given a revision's
  /// reader version, catalog and extractor) picks; and how many it passed over (`false`), not
  /// counting those it says are none of its concern (`nil`).
  func revisionsInEffect(
    where wanted: (_ parserVersion: Int, _ catalog: String, _ extractor: String?) -> Bool?
  ) throws -> ([ReparseCandidate], skipped: Int) {
    try read { db in
      let rows = try Row.fetchCursor(
        db,
        sql: """
          SELECT e.seq, e.country, e.effective_date, e.source_hash, e.content_hash,
            e.parser_version, e.catalog, e.supplied, e.extractor, e.text_hash,
            \(StoredBytes.document("s")), \(StoredBytes.document("t"))
          FROM revisions r
          JOIN events e ON e.seq = r.seq
          LEFT JOIN sources s ON s.hash = e.source_hash
          LEFT JOIN sources t ON t.hash = e.text_hash
          WHERE r.superseded_by IS NULL
          ORDER BY e.seq
          """)
      var candidates: [ReparseCandidate] = []
      var skipped = 0
      while let row = try rows.next() {
        let seq: Int = row[0]
        let extractor = row[8] as String?
        switch wanted(row[5], row[6], extractor) {
        case true?: break
        case false?:
          skipped += 1
          continue
        case nil: continue
        }
        guard let date = ProfileDate(iso: row[2] as String), let hash = row.hex(3),
          let contentHash = row.storedHash(4), let source = try StoredBytes.decompress(row, at: 10)
        else {
          throw LedgerError.database(
            path: path, message: "event \(seq): no stored source to read again")
        }
        var extraction: ExtractedText?
        if let extractor {
          guard let text = try StoredBytes.decompress(row, at: 14) else {
            throw LedgerError.database(
              path: path, message: "event \(seq): no stored text to read again")
          }
          extraction = ExtractedText(bytes: text, extractor: extractor)
        }
        candidates.append(
          ReparseCandidate(
            seq: seq, country: row[1], effectiveDate: date, sourceHash: hash,
            contentHash: contentHash, source: source,
            extraction: extraction, textHash: row.storedHash(9),
            supplied: (row[7] as String?).flatMap(SuppliedField.fields(stored:)) ?? []))
      }
      return (candidates, skipped)
    }
  }

  /// Records what reading `candidate` again gave, inside the write transaction. Nil when the
  /// revision is no longer in effect (another writer corrected it since it was read).
  static func reparse<Failure: Error>(
    _ candidate: ReparseCandidate, reading: Result<PreparedRevision, Failure>,
    state: WriterState, parserVersion: Int, recordedAt: String, in db: Database
  ) throws -> ReparseResult<Failure>? {
    let inEffect =
      try Bool.fetchOne(
        db.cachedStatement(
          sql: "SELECT superseded_by IS NULL FROM revisions WHERE seq = ?"),
        arguments: [candidate.seq]) ?? false
    guard inEffect else { return nil }
    var result = ReparseResult<Failure>(
      seq: candidate.seq, country: candidate.country, effectiveDate: candidate.effectiveDate,
      sourceHash: candidate.sourceHash, outcome: .unchanged)
    switch reading {
    case .failure(let failure):
      result.outcome = .unreadable(failure)
    case .success(let prepared):
      let profile = prepared.profile
      if profile.country.code != candidate.country
        || profile.lastUpdated != candidate.effectiveDate
      {
        result.outcome = .moved(country: profile.country.code, effectiveDate: profile.lastUpdated)
      } else if prepared.contentHash != candidate.contentHash
        || prepared.textHash != candidate.textHash
      {
        // A correction of the revision in effect for this date, even when the new reading
        // equals one recorded earlier for it: the reading in effect is what is wrong. A new
        // text extracted from the same document is recorded too, even if it reads the same:
        // the stored text is what the reading is re-derived from.
        defer { state.forget(country: candidate.country) }
        let recorded = try recordWithQueries(
          in: db, prepared, parserVersion: parserVersion, recordedAt: recordedAt)
        guard let event = recorded.event else { return result }
        state.setHead(event)
        result.outcome = .corrected(event)
      }
    }
    return result
  }
}
