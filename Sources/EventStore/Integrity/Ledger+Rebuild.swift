import Foundation
import GRDB
import LedgerModel
import ParallelMap
import ProfileModel

extension Ledger {
  /// The projection tables, in an order that deletes rows before the rows they refer to.
  static let projectionTables = [
    "reviews", "marked_readings", "indicator_changes", "indicator_values", "figure_values",
    "revisions", "indicator_texts",
  ]

  /// Recreates every projection from the events, in one transaction: the projections are a
  /// pure function of the log. Returns the number of events replayed.
  public func rebuildProjections() throws -> Int {
    try write { db in
      for table in Ledger.projectionTables {
        try db.execute(sql: "DELETE FROM \(table)")
      }
      // What the writer remembered of the projections (text ids) no longer holds.
      state.reset()
      return try Ledger.replay(from: db, into: db)
    }
  }

  /// Replays the events of `source`, in log order, into the (empty) projections of `target`,
  /// as recording them in that order did. Both may be the same database. With `after`, only
  /// the events after that one, into projections that already hold the events up to it.
  ///
  /// Events are read a few hundred at a time; each batch's readings are decompressed,
  /// decoded and hashed on every core, then projected in order on this thread.
  static func replay(from source: Database, into target: Database, after: Int = 0) throws -> Int {
    let rows = try Row.fetchCursor(
      source,
      sql: """
        SELECT seq, kind, country, stream_version, effective_date, recorded_at, parser_version,
          catalog, source_hash, content_hash, reading_size, reading_zlib, supersedes, prev_hash,
          hash, supplied, \(StoredBytes.reading("e"))
        FROM events e WHERE seq > ? ORDER BY seq
        """, arguments: [after])
    var count = 0
    let state = WriterState()
    var batch: [ReplayedEvent] = []
    batch.reserveCapacity(replayBatchSize)
    func projectBatch() throws {
      let prepared = batch.concurrentMap { $0.prepare() }
      // Revisions at the end of their streams are staged and written together.
      var staged = AppendBatch()
      for (replayed, result) in zip(batch, prepared) {
        switch try result.get() {
        case .reading(let prepared, let parts)?:
          try project(
            replayed.event, prepared: prepared, parts: parts, state: state, staging: &staged,
            in: target)
        case .review(let review)?:
          try staged.flush(state: state, in: target)
          try project(review, in: target)
        case nil: continue
        }
      }
      try staged.flush(state: state, in: target)
      state.unpinAll()
      batch.removeAll(keepingCapacity: true)
    }
    while let row = try rows.next() {
      guard let kind = EventKind(rawValue: row[1]), let date = ProfileDate(iso: row[4] as String)
      else { throw LedgerError.database(path: "", message: "event \(row[0] as Int) is not valid") }
      let event = LedgerEvent(
        seq: row[0], kind: kind, country: row[2], streamVersion: row[3], effectiveDate: date,
        recordedAt: row[5], parserVersion: row[6], catalog: row[7], sourceHash: row.hex(8),
        contentHash: row.hex(9), supersedes: row[12], prevHash: row.hex(13) ?? "",
        hash: row.hex(14) ?? "",
        supplied: (row[15] as String?).flatMap(SuppliedField.fields(stored:)) ?? [])
      count += 1
      batch.append(
        ReplayedEvent(
          event: event, reading: kind == .withdrawn ? nil : StoredBytes.compressed(row, at: 16)))
      if batch.count == replayBatchSize { try projectBatch() }
    }
    try projectBatch()
    return count
  }

  /// Events replayed per batch.
  private static let replayBatchSize = 256

  /// Projects one replayed event, as recording it did: a revision later than any in effect
  /// staged into `staged` from what is remembered of its stream, anything else with queries,
  /// once what is staged is written.
  static func project(
    _ event: LedgerEvent, prepared: PreparedRevision, parts: PreparedRevision.Parts,
    state: WriterState, staging staged: inout AppendBatch, in target: Database
  ) throws {
    let kind = event.kind
    let date = event.effectiveDate
    var stream = try state.stream(event.country, target)
    if kind == .recorded, stream.inEffect[date.iso] == nil,
      stream.latestDate.map({ $0 < date.iso }) ?? true
    {
      stageProjectionsAtEnd(
        event, prepared: prepared, parts: parts, to: &stream, state: state, into: &staged)
      state.setStream(stream, for: event.country)
      state.pin(event.country)
      return
    }
    try staged.flush(state: state, in: target)
    state.unpinAll()
    state.forget(country: event.country)
    let later =
      try Bool.fetchOne(
        target.cachedStatement(
          sql: """
            SELECT EXISTS (SELECT 1 FROM revisions
            WHERE country = ? AND effective_date > ? AND superseded_by IS NULL)
            """),
        arguments: [event.country, date.iso]) ?? false
    let outcome: IngestOutcome =
      kind == .corrected ? .corrected : later ? .backfilled : .recorded
    try project(
      event, prepared: prepared, parts: parts, outcome: outcome, hasLater: later, in: target)
  }

  /// Queries listing every projection's rows, keyed by what they say rather than by row ids,
  /// in a fixed order: two stores hold the same projections when these give equal rows.
  static let projectionContentQueries = [
    """
    SELECT 'revision', seq, country, effective_date, recorded_at, outcome, content_hash,
      superseded_by, superseded_at, present, partial, absent, unknown, missing, changed
    FROM revisions ORDER BY seq
    """,
    // Each reading's content once, by digest, then which reading each revision gives:
    // together, every revision's readings in full.
    """
    SELECT 'text', digest, indicator, status, items, text FROM indicator_texts ORDER BY digest
    """,
    """
    SELECT 'value', v.seq, v.indicator, t.digest
    FROM indicator_values v JOIN indicator_texts t ON t.id = v.text_id ORDER BY 2, 3
    """,
    """
    SELECT 'change', country, from_seq, to_seq, indicator, from_status, to_status, similarity
    FROM indicator_changes ORDER BY 4, 5
    """,
    """
    SELECT 'figure', seq, figure, position, value, source_name, source_period
    FROM figure_values ORDER BY 2, 3
    """,
    """
    SELECT 'review', seq, country, revision_seq, subject, figure, action, status, items, value,
      reviewer, note, recorded_at
    FROM reviews ORDER BY 2
    """,
    """
    SELECT 'mark', seq, position, indicator, status, reason FROM marked_readings ORDER BY 2, 3
    """,
  ]
}

extension Ledger {
  /// What projecting a stored reading needs, made from its canonical JSON.
  static func prepareReplay(reading: [UInt8]) throws -> (
    PreparedRevision, PreparedRevision.Parts
  ) {
    let prepared = PreparedRevision(hashing: [], profile: try Profile.decode(json: reading))
    return (prepared, prepared.projectionParts())
  }
}

/// An event read for replay, with its compressed reading (none for a withdrawal).
private struct ReplayedEvent: Sendable {
  var event: LedgerEvent
  /// The event's payload: a reading, or a review.
  var reading: StoredBytes.Compressed?

  /// The payload decoded and prepared for the projections; nil when there is none.
  func prepare() -> Result<ReplayedPayload?, any Error> {
    Result {
      guard let reading else { return nil }
      return try ReplayedPayload(
        event, payload: try reading.decompress())
    }
  }
}

/// What an event's payload gives the projections.
enum ReplayedPayload: Sendable {
  case reading(PreparedRevision, PreparedRevision.Parts)
  case review(Review)

  /// `payload` decoded as `event`'s kind says.
  init(_ event: LedgerEvent, payload: [UInt8]) throws {
    guard event.kind == .reviewed else {
      let (prepared, parts) = try Ledger.prepareReplay(reading: payload)
      self = .reading(prepared, parts)
      return
    }
    guard
      let review = Review(
        payload: payload, seq: event.seq, country: event.country,
        effectiveDate: event.effectiveDate, recordedAt: event.recordedAt)
    else {
      throw LedgerError.database(path: "", message: "event \(event.seq): its review cannot be read")
    }
    self = .review(review)
  }
}
