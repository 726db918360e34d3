import Foundation
import GRDB
import ProfileModel

extension Ledger {
  /// Records `prepared` as the latest revision of its country's stream: the event and its
  /// projections, from what the writer knows (`stream`, the head, stored readings), with no
  /// query but for readings it has not seen. Updates `stream` and the head.
  static func appendAtEnd(
    _ prepared: PreparedRevision, to stream: inout WriterState.Stream, state: WriterState,
    parserVersion: Int, recordedAt stamp: String, in db: Database
  ) throws -> LedgerEvent {
    let profile = prepared.profile
    let country = profile.country.code
    let head = try state.head(db)
    var event = LedgerEvent(
      seq: (head?.seq ?? 0) + 1, kind: .recorded, country: country,
      streamVersion: stream.version + 1, effectiveDate: profile.lastUpdated,
      // Recorded times never go backwards along the log, whatever the clock does.
      recordedAt: max(stamp, head?.recordedAt ?? stamp), parserVersion: parserVersion,
      catalog: profile.catalog, sourceHash: prepared.sourceHash,
      contentHash: prepared.contentHash, supersedes: nil,
      prevHash: head?.hash ?? LedgerEvent.genesisHash, hash: "")
    event.hash = event.computedHash

    let parts = prepared.storedParts
    try db.cachedStatement(sql: "INSERT OR IGNORE INTO sources (hash, size, zlib) VALUES (?, ?, ?)")
      .execute(arguments: [event.sourceHash, prepared.source.count, Data(parts.sourceZlib)])
    try append(event, prepared: prepared, parts: parts, in: db, expectedVersion: stream.version)

    // Each indicator's stored reading: the previous revision's when the digest matches,
    // else one already stored, else a new row.
    var values: [String: WriterState.Value] = [:]
    values.reserveCapacity(parts.indicators.count)
    var changes: [(indicator: String, from: String, to: String)] = []
    for reading in parts.indicators {
      let digest = reading.digest
      let previous = stream.latestValues[reading.id]
      let id: Int64
      if let previous, previous.digest == digest {
        id = previous.textID
      } else {
        id = try storedTextID(reading, digest: digest, state: state, in: db)
      }
      values[reading.id] = WriterState.Value(textID: id, digest: digest, status: reading.status)
      if let previous, previous.textID != id {
        changes.append((reading.id, previous.status, reading.status))
      }
    }

    let counts = profile.statusCounts
    try db.cachedStatement(
      sql: """
        INSERT INTO revisions (seq, country, effective_date, recorded_at, outcome, content_hash,
          present, partial, absent, unknown, missing, changed)
        VALUES (?, ?, ?, ?, 'recorded', ?, ?, ?, ?, ?, ?, ?)
        """
    ).execute(arguments: [
      event.seq, country, event.effectiveDate.iso, event.recordedAt, event.contentHash,
      counts[.present, default: 0], counts[.partial, default: 0], counts[.absent, default: 0],
      counts[.unknown, default: 0], counts[.missing, default: 0],
      stream.latestSeq == nil ? nil : changes.count,
    ])

    var arguments: [DatabaseValueConvertible?] = []
    arguments.reserveCapacity(parts.indicators.count * 3)
    for reading in parts.indicators {
      arguments += [event.seq, reading.id, values[reading.id]?.textID]
    }
    try db.cachedStatement(
      sql: "INSERT INTO indicator_values (seq, indicator, text_id) VALUES "
        + state.placeholders(rows: parts.indicators.count, columns: 3)
    ).execute(arguments: StatementArguments(arguments))

    if let from = stream.latestSeq, !changes.isEmpty {
      var arguments: [DatabaseValueConvertible?] = []
      arguments.reserveCapacity(changes.count * 6)
      for change in changes {
        arguments += [country, from, event.seq, change.indicator, change.from, change.to]
      }
      try db.cachedStatement(
        sql: """
          INSERT INTO indicator_changes (country, from_seq, to_seq, indicator, from_status,
            to_status) VALUES
          """ + state.placeholders(rows: changes.count, columns: 6)
      ).execute(arguments: StatementArguments(arguments))
    }

    stream.version += 1
    stream.recorded.insert(
      WriterState.Stream.key(date: event.effectiveDate.iso, contentHash: prepared.contentHash))
    stream.inEffect[event.effectiveDate.iso] = event.seq
    stream.latestDate = event.effectiveDate.iso
    stream.latestSeq = event.seq
    stream.latestValues = values
    state.setHead(event)
    return event
  }

  /// The id of `reading` in `indicator_texts`, inserting it if it is not stored yet.
  private static func storedTextID(
    _ reading: PreparedRevision.StoredIndicator, digest: Data, state: WriterState,
    in db: Database
  ) throws -> Int64 {
    if let id = try state.textID(digest, db) { return id }
    try db.cachedStatement(
      sql: """
        INSERT INTO indicator_texts (digest, indicator, status, items, text)
        VALUES (?, ?, ?, ?, ?)
        """
    ).execute(arguments: [digest, reading.id, reading.status, reading.items, reading.text])
    let id = db.lastInsertedRowID
    state.remember(digest, id)
    return id
  }

}
