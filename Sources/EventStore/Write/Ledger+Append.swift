import Foundation
import GRDB
import LedgerModel
import ProfileModel

extension Ledger {
  /// Stages `prepared` as the latest revision of its country's stream, into `batch`: the
  /// event and its projections, from what the writer knows (`stream`, the head, the ids of
  /// stored readings), with no query. Updates `stream` and the head; the rows are written
  /// when `batch` is flushed, in the same transaction.
  static func stageAtEnd(
    _ prepared: PreparedRevision, to stream: inout WriterState.Stream, state: WriterState,
    parserVersion: Int, recordedAt stamp: String, into batch: inout AppendBatch,
    in db: Database
  ) throws -> LedgerEvent {
    let head = try state.head(db)
    let (event, hashes) = prepared.event(
      seq: (head?.seq ?? 0) + 1, kind: .recorded, streamVersion: stream.version + 1,
      recordedAt: Ledger.stamp(stamp, after: head?.recordedAt), parserVersion: parserVersion,
      supersedes: nil, prevHash: head?.hash ?? LedgerEvent.genesisHash,
      previous: head == nil ? SHA256Hash.zero : head?.stored)

    let parts = prepared.storedParts
    let keyframe = try parts.sourceBase == nil && storesAlone(document: prepared.sourceHash, in: db)
    batch.stage(
      source: .init(
        hash: prepared.sourceHash, size: prepared.source.count, zlib: parts.sourceZlib,
        base: parts.sourceBase),
      keyframe: keyframe)
    if let extraction = prepared.extraction, let textHash = prepared.textHash,
      let textZlib = parts.textZlib
    {
      batch.stage(
        source: .init(hash: textHash, size: extraction.bytes.count, zlib: textZlib, base: nil))
    }
    batch.stage(
      event: .init(
        event: event, hashes: hashes, readingSize: prepared.reading.count,
        readingZlib: parts.readingZlib, readingBase: parts.readingBase?.seq,
        expectedVersion: stream.version))
    stageProjectionsAtEnd(
      event, prepared: prepared, parts: parts, to: &stream, state: state, into: &batch)
    state.setHead(event, stored: hashes.hash)
    return event
  }

  /// Stages the projections of `event`, the latest revision of its stream, from what the
  /// writer knows of `stream`; updates `stream`. An indicator changed when its reading's
  /// digest differs from the stream's latest revision's.
  static func stageProjectionsAtEnd(
    _ event: LedgerEvent, prepared: PreparedRevision, parts: PreparedRevision.Parts,
    to stream: inout WriterState.Stream, state: WriterState, into batch: inout AppendBatch
  ) {
    let country = event.country
    let indicators = parts.indicators
    var values: [String: WriterState.Value] = [:]
    values.reserveCapacity(indicators.count)
    var changed = 0
    var counts = (present: 0, partial: 0, absent: 0, unknown: 0, missing: 0)
    for indicator in indicators {
      let previous = stream.latestValues[indicator.id]
      values[indicator.id] = WriterState.Value(digest: indicator.digest, status: indicator.status)
      batch.stage(value: indicator, seq: event.seq, state: state)
      if let previous, let from = stream.latestSeq, previous.digest != indicator.digest {
        changed += 1
        batch.stage(
          change: .init(
            country: country, from: from, to: event.seq, indicator: indicator.id,
            fromStatus: previous.status, toStatus: indicator.status))
      }
      switch IndicatorStatus(rawValue: indicator.status) {
      case .present: counts.present += 1
      case .partial: counts.partial += 1
      case .absent: counts.absent += 1
      case .unknown: counts.unknown += 1
      case .missing, nil: counts.missing += 1
      }
    }
    batch.stage(
      revision: .init(
        seq: event.seq, country: country, effectiveDate: event.effectiveDate.iso,
        recordedAt: event.recordedAt, contentHash: prepared.contentHash, counts: counts,
        changed: stream.latestSeq == nil ? nil : changed))
    batch.stage(figures: prepared.profile.figures, seq: event.seq)
    batch.stage(marks: prepared.profile.indicators, seq: event.seq)

    stream.version += 1
    stream.recorded.insert(
      WriterState.Stream.key(date: event.effectiveDate.iso, contentHash: prepared.contentHash))
    stream.inEffect[event.effectiveDate.iso] = event.seq
    stream.latestDate = event.effectiveDate.iso
    stream.latestSeq = event.seq
    stream.latestValues = values
  }

  /// Whether the document `hash`, compressed alone, is what the store will hold: it holds
  /// none yet, or holds it compressed alone already (a document is stored once, in its first
  /// form).
  static func storesAlone(document hash: SHA256Hash, in db: Database) throws -> Bool {
    try Bool.fetchOne(
      db.cachedStatement(sql: "SELECT base IS NULL FROM sources WHERE hash = ?"),
      arguments: [hash]) ?? true
  }
}
