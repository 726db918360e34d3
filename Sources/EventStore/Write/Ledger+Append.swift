import Foundation
import GRDB
import LedgerModel
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
    let event = prepared.event(
      seq: (head?.seq ?? 0) + 1, kind: .recorded, streamVersion: stream.version + 1,
      recordedAt: Ledger.stamp(stamp, after: head?.recordedAt), parserVersion: parserVersion,
      supersedes: nil, prevHash: head?.hash ?? LedgerEvent.genesisHash)

    let parts = prepared.storedParts
    try append(event, prepared: prepared, parts: parts, in: db, expectedVersion: stream.version)
    try projectAtEnd(event, prepared: prepared, parts: parts, to: &stream, state: state, in: db)
    state.setHead(event)
    return event
  }

  /// Records the projections of `event`, the latest revision of its stream, from what the
  /// writer knows of `stream`; updates `stream`.
  static func projectAtEnd(
    _ event: LedgerEvent, prepared: PreparedRevision, parts: PreparedRevision.Parts,
    to stream: inout WriterState.Stream, state: WriterState, in db: Database
  ) throws {
    let country = event.country
    // Each indicator's stored reading: the previous revision's when the digest matches,
    // else one already stored, else a new row.
    let indicators = parts.indicators
    var values: [String: WriterState.Value] = [:]
    values.reserveCapacity(indicators.count)
    var changes: [(indicator: String, from: String, to: String)] = []
    var counts = (present: 0, partial: 0, absent: 0, unknown: 0, missing: 0)
    for index in indicators.indices {
      let digest = indicators[index].digest
      let previous = stream.latestValues[indicators[index].id]
      let id: Int64
      if let previous, previous.digest == digest {
        id = previous.textID
      } else {
        id = try storedTextID(indicators[index], state: state, in: db)
      }
      let status = indicators[index].status
      values[indicators[index].id] = WriterState.Value(textID: id, digest: digest, status: status)
      if let previous, previous.textID != id {
        changes.append((indicators[index].id, previous.status, status))
      }
      switch IndicatorStatus(rawValue: status) {
      case .present: counts.present += 1
      case .partial: counts.partial += 1
      case .absent: counts.absent += 1
      case .unknown: counts.unknown += 1
      case .missing, nil: counts.missing += 1
      }
    }

    try FastInsert.run(
      db.cachedStatement(
        sql: """
          INSERT INTO revisions (seq, country, effective_date, recorded_at, outcome, content_hash,
            present, partial, absent, unknown, missing, changed)
          VALUES (?, ?, ?, ?, 'recorded', ?, ?, ?, ?, ?, ?, ?)
          """), in: db
    ) {
      $0.int(event.seq)
      $0.text(country)
      $0.text(event.effectiveDate.iso)
      $0.text(event.recordedAt)
      $0.text(prepared.contentHash)
      $0.int(counts.present)
      $0.int(counts.partial)
      $0.int(counts.absent)
      $0.int(counts.unknown)
      $0.int(counts.missing)
      $0.int(stream.latestSeq == nil ? nil : changes.count)
    }

    try FastInsert.run(
      db.cachedStatement(
        sql: "INSERT INTO indicator_values (seq, indicator, text_id) VALUES "
          + state.placeholders(rows: indicators.count, columns: 3)), in: db
    ) { binder in
      for index in indicators.indices {
        binder.int(event.seq)
        binder.text(indicators[index].id)
        binder.int(values[indicators[index].id]?.textID ?? 0)
      }
    }

    try Ledger.projectFigures(seq: event.seq, prepared.profile.figures, in: db)

    if let from = stream.latestSeq, !changes.isEmpty {
      try FastInsert.run(
        db.cachedStatement(
          sql: """
            INSERT INTO indicator_changes (country, from_seq, to_seq, indicator, from_status,
              to_status) VALUES
            """ + state.placeholders(rows: changes.count, columns: 6)), in: db
      ) { binder in
        for change in changes {
          binder.text(country)
          binder.int(from)
          binder.int(event.seq)
          binder.text(change.indicator)
          binder.text(change.from)
          binder.text(change.to)
        }
      }
    }

    stream.version += 1
    stream.recorded.insert(
      WriterState.Stream.key(date: event.effectiveDate.iso, contentHash: prepared.contentHash))
    stream.inEffect[event.effectiveDate.iso] = event.seq
    stream.latestDate = event.effectiveDate.iso
    stream.latestSeq = event.seq
    stream.latestValues = values
  }

  /// The id of `reading` in `indicator_texts`, inserting it if it is not stored yet.
  private static func storedTextID(
    _ reading: PreparedRevision.StoredIndicator, state: WriterState, in db: Database
  ) throws -> Int64 {
    if let id = state.knownTextID(reading.digest) { return id }
    // Most readings the writer has not seen are new: inserted at once, looked up otherwise.
    try FastInsert.run(
      db.cachedStatement(
        sql: """
          INSERT OR IGNORE INTO indicator_texts (digest, indicator, status, items, text)
          VALUES (?, ?, ?, ?, ?)
          """), in: db
    ) {
      $0.blob(reading.digest)
      $0.text(reading.id)
      $0.text(reading.status)
      $0.text(reading.items)
      $0.text(reading.text)
    }
    let id =
      db.changesCount == 1
      ? db.lastInsertedRowID
      : try Int64.fetchOne(
        db.cachedStatement(sql: "SELECT id FROM indicator_texts WHERE digest = ?"),
        arguments: [reading.digest]) ?? 0
    state.remember(reading.digest, id)
    return id
  }

}
