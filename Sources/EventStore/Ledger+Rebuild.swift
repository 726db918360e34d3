import Foundation
import GRDB
import ProfileModel

extension Ledger {
  /// The projection tables, in an order that deletes rows before the rows they refer to.
  static let projectionTables = [
    "indicator_changes", "indicator_values", "figure_values", "revisions", "indicator_texts",
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
  static func replay(from source: Database, into target: Database, after: Int = 0) throws -> Int {
    let rows = try Row.fetchCursor(
      source,
      sql: """
        SELECT seq, kind, country, stream_version, effective_date, recorded_at, parser_version,
          catalog, source_hash, content_hash, reading_size, reading_zlib, supersedes, prev_hash,
          hash
        FROM events WHERE seq > ? ORDER BY seq
        """, arguments: [after])
    var count = 0
    let state = WriterState()
    while let row = try rows.next() {
      guard let kind = EventKind(rawValue: row[1]), let date = ProfileDate(iso: row[4] as String)
      else { throw LedgerError.database(path: "", message: "event \(row[0] as Int) is not valid") }
      let event = LedgerEvent(
        seq: row[0], kind: kind, country: row[2], streamVersion: row[3], effectiveDate: date,
        recordedAt: row[5], parserVersion: row[6], catalog: row[7], sourceHash: row[8],
        contentHash: row[9], supersedes: row[12], prevHash: row[13], hash: row[14])
      count += 1
      guard kind != .withdrawn, let size = row[10] as Int?, let compressed = row[11] as Data?
      else { continue }
      let reading = try Deflate.decompress(Array(compressed), size: size)
      let profile = try Profile.decode(json: reading)
      let prepared = PreparedRevision(hashing: [], profile: profile)
      let parts = prepared.projectionParts()
      // As when recording: a revision later than any in effect from what is remembered of
      // its stream, anything else with queries.
      var stream = try state.stream(event.country, target)
      if kind == .recorded, stream.inEffect[date.iso] == nil,
        stream.latestDate.map({ $0 < date.iso }) ?? true
      {
        try projectAtEnd(
          event, prepared: prepared, parts: parts, to: &stream, state: state, in: target)
        state.setStream(stream, for: event.country)
        continue
      }
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
    return count
  }

  /// Queries listing every projection's rows, keyed by what they say rather than by row ids,
  /// in a fixed order: two stores hold the same projections when these give equal rows.
  static let projectionContentQueries = [
    """
    SELECT 'revision', seq, country, effective_date, recorded_at, outcome, content_hash,
      superseded_by, superseded_at, present, partial, absent, unknown, missing, changed
    FROM revisions ORDER BY seq
    """,
    """
    SELECT 'value', v.seq, v.indicator, t.digest, t.status, t.items, t.text
    FROM indicator_values v JOIN indicator_texts t ON t.id = v.text_id ORDER BY 2, 3
    """,
    """
    SELECT 'change', country, from_seq, to_seq, indicator, from_status, to_status
    FROM indicator_changes ORDER BY 4, 5
    """,
    """
    SELECT 'figure', seq, figure, position, value, source_name, source_period
    FROM figure_values ORDER BY 2, 3
    """,
    "SELECT 'texts', count(*), count(DISTINCT digest) FROM indicator_texts",
  ]
}
