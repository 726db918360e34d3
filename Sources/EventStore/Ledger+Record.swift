import Crypto
import Dispatch
import Foundation
import GRDB
import ProfileModel

/// What recording one document did, and the event it wrote (none when unchanged).
public struct IngestResult: Hashable, Sendable {
  public var outcome: IngestOutcome
  public var country: String
  public var effectiveDate: ProfileDate
  public var event: LedgerEvent?
}

extension Ledger {
  /// Records one document's reading: a new revision, a correction, a backfill, or nothing
  /// when that reading is already recorded for the country and date (however long ago).
  ///
  /// - Parameters:
  ///   - source: the document's exact bytes, stored once by content hash.
  ///   - profile: its reading.
  ///   - parserVersion: the version of the reader that produced `profile`.
  ///   - recordedAt: the transaction time to stamp.
  public func record(
    source: [UInt8], profile: Profile, parserVersion: Int, recordedAt: Date = Date()
  ) throws -> IngestResult {
    try write { db in
      try Ledger.record(
        in: db, source: source, profile: profile, parserVersion: parserVersion,
        recordedAt: Ledger.timestamp(recordedAt))
    }
  }

  /// Records several documents in one transaction: all of them or none.
  public func recordAll(
    _ documents: [(source: [UInt8], profile: Profile)], parserVersion: Int,
    recordedAt: Date = Date()
  ) throws -> [IngestResult] {
    try write { db in
      try documents.map {
        try Ledger.record(
          in: db, source: $0.source, profile: $0.profile, parserVersion: parserVersion,
          recordedAt: Ledger.timestamp(recordedAt))
      }
    }
  }

  /// Records many documents in one transaction, each in a savepoint of its own: a document
  /// that fails is rolled back alone and reported, the others are recorded. Much faster than
  /// a transaction per document; a crash still leaves each revision wholly in or not at all.
  public func recordBatch(
    _ documents: [(source: [UInt8], profile: Profile)], parserVersion: Int,
    recordedAt: Date = Date()
  ) throws -> [Result<IngestResult, LedgerError>] {
    let stamp = Ledger.timestamp(recordedAt)
    let prepared = PreparedRevision.prepare(documents)
    return try write { db in
      try prepared.map { revision in
        var outcome: Result<IngestResult, LedgerError>!
        try db.inSavepoint {
          do {
            outcome = .success(
              try Ledger.record(
                in: db, revision, parserVersion: parserVersion, recordedAt: stamp))
            return .commit
          } catch let error as LedgerError {
            outcome = .failure(error)
          } catch let error as DatabaseError {
            outcome = .failure(Ledger.translate(error, path: path))
          }
          return .rollback
        }
        return outcome
      }
    }
  }

  static func record(
    in db: Database, source: [UInt8], profile: Profile, parserVersion: Int, recordedAt: String
  ) throws -> IngestResult {
    try record(
      in: db, PreparedRevision(source: source, profile: profile), parserVersion: parserVersion,
      recordedAt: recordedAt)
  }

  static func record(
    in db: Database, _ prepared: PreparedRevision, parserVersion: Int, recordedAt: String
  ) throws -> IngestResult {
    let profile = prepared.profile
    let country = profile.country.code
    let date = profile.lastUpdated
    let contentHash = prepared.contentHash

    // Idempotency: this reading for this country and date, recorded at any time, is a no-op.
    let seen =
      try Bool.fetchOne(
        db.cachedStatement(
          sql: """
            SELECT EXISTS (SELECT 1 FROM events
            WHERE country = ? AND effective_date = ? AND content_hash = ? AND kind != 'withdrawn')
            """),
        arguments: [country, date.iso, contentHash]) ?? false
    if seen {
      return IngestResult(outcome: .unchanged, country: country, effectiveDate: date, event: nil)
    }

    let current = try Int.fetchOne(
      db.cachedStatement(
        sql: """
          SELECT seq FROM revisions
          WHERE country = ? AND effective_date = ? AND superseded_by IS NULL
          """),
      arguments: [country, date.iso])
    let later =
      try Bool.fetchOne(
        db.cachedStatement(
          sql: """
            SELECT EXISTS (SELECT 1 FROM revisions
            WHERE country = ? AND effective_date > ? AND superseded_by IS NULL)
            """),
        arguments: [country, date.iso]) ?? false
    let outcome: IngestOutcome = current != nil ? .corrected : later ? .backfilled : .recorded
    let kind: EventKind = current != nil ? .corrected : .recorded

    let version =
      try Int.fetchOne(
        db.cachedStatement(sql: "SELECT max(stream_version) FROM events WHERE country = ?"),
        arguments: [country])
      ?? 0
    let head = try Row.fetchOne(
      db.cachedStatement(sql: "SELECT seq, hash, recorded_at FROM events ORDER BY seq DESC LIMIT 1")
    )
    let seq = (head?[0] as Int? ?? 0) + 1
    let prevHash = head?[1] as String? ?? LedgerEvent.genesisHash
    // Recorded times never go backwards along the log, whatever the clock does, so that
    // "as known at" agrees with the order of events.
    let recordedAt = max(recordedAt, head?[2] as String? ?? recordedAt)
    let sourceHash = prepared.sourceHash
    var event = LedgerEvent(
      seq: seq, kind: kind, country: country, streamVersion: version + 1, effectiveDate: date,
      recordedAt: recordedAt, parserVersion: parserVersion, catalog: profile.catalog,
      sourceHash: sourceHash, contentHash: contentHash, supersedes: current, prevHash: prevHash,
      hash: "")
    event.hash = event.computedHash

    let stored =
      try Bool.fetchOne(
        db.cachedStatement(sql: "SELECT EXISTS (SELECT 1 FROM sources WHERE hash = ?)"),
        arguments: [sourceHash]) ?? false
    if !stored {
      try db.cachedStatement(sql: "INSERT INTO sources (hash, size, zlib) VALUES (?, ?, ?)")
        .execute(arguments: [sourceHash, prepared.sourceSize, Data(prepared.sourceZlib)])
    }
    try append(event, prepared: prepared, in: db, expectedVersion: version)
    try project(event, prepared: prepared, outcome: outcome, in: db)
    return IngestResult(outcome: outcome, country: country, effectiveDate: date, event: event)
  }

  /// Appends `event`, checking that the stream is still at `expectedVersion`.
  static func append(
    _ event: LedgerEvent, prepared: PreparedRevision, in db: Database, expectedVersion: Int
  ) throws {
    do {
      try db.cachedStatement(
        sql: """
          INSERT INTO events (seq, kind, country, stream_version, effective_date, recorded_at,
            parser_version, catalog, source_hash, content_hash, reading_size, reading_zlib,
            supersedes, prev_hash, hash)
          VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
          """
      ).execute(arguments: [
        event.seq, event.kind.rawValue, event.country, event.streamVersion,
        event.effectiveDate.iso, event.recordedAt, event.parserVersion, event.catalog,
        event.sourceHash, event.contentHash, prepared.readingSize, Data(prepared.readingZlib),
        event.supersedes, event.prevHash, event.hash,
      ])
    } catch let error as DatabaseError
      where error.extendedResultCode == .SQLITE_CONSTRAINT_UNIQUE
      || error.extendedResultCode == .SQLITE_CONSTRAINT_PRIMARYKEY
    {
      throw LedgerError.versionConflict(country: event.country, expected: expectedVersion)
    }
  }
}

/// A reading with everything derived from it that needs no store — canonical bytes, hashes,
/// compressed forms — made before the write transaction, on every core.
struct PreparedRevision: Sendable {
  let profile: Profile
  let contentHash: String
  let readingSize: Int
  let readingZlib: [UInt8]
  let sourceHash: String
  let sourceSize: Int
  let sourceZlib: [UInt8]
  /// Each indicator's reading as stored in `indicator_texts`, with its digest.
  let indicators: [StoredIndicator]

  struct StoredIndicator: Sendable {
    let id: String
    let status: String
    let items: String
    let text: String
    let digest: [UInt8]
  }

  init(source: [UInt8], profile: Profile) {
    self.profile = profile.normalized()
    let reading = Array(self.profile.canonicalJSON())
    contentHash = CanonicalJSON.sha256Hex(reading)
    readingSize = reading.count
    readingZlib = Deflate.compress(reading)
    sourceHash = CanonicalJSON.sha256Hex(source)
    sourceSize = source.count
    sourceZlib = Deflate.compress(source)
    indicators = self.profile.indicators.map { reading in
      var canonical = CanonicalWriter(capacity: 512)
      reading.writeCanonical(into: &canonical)
      var items = CanonicalWriter(capacity: 64)
      items.array(reading.items) { w, item in w.string(item) }
      return StoredIndicator(
        id: reading.id, status: reading.status.rawValue,
        items: String(decoding: items.bytes, as: UTF8.self), text: reading.text,
        digest: Array(SHA256.hash(data: canonical.bytes).prefix(16)))
    }
  }

  static func prepare(_ documents: [(source: [UInt8], profile: Profile)]) -> [PreparedRevision] {
    let slots = UnsafeMutableBufferPointer<PreparedRevision?>.allocate(capacity: documents.count)
    slots.initialize(repeating: nil)
    defer { slots.deallocate() }
    let shared = SharedSlots(slots)
    DispatchQueue.concurrentPerform(iterations: documents.count) { index in
      shared.slots[index] = PreparedRevision(
        source: documents[index].source, profile: documents[index].profile)
    }
    return slots.map { $0! }
  }
}

/// Slots written at distinct indices by concurrent iterations.
private struct SharedSlots<Element>: @unchecked Sendable {
  let slots: UnsafeMutableBufferPointer<Element>
  init(_ slots: UnsafeMutableBufferPointer<Element>) { self.slots = slots }
}
