import DiffEngine
import Foundation
import GRDB
import LedgerModel
import ProfileModel

extension Ledger {
  /// Updates the projection tables for a newly appended event, in its transaction.
  static func project(
    _ event: LedgerEvent, prepared: PreparedRevision, parts: PreparedRevision.Parts,
    outcome: IngestOutcome, hasLater: Bool, in db: Database
  ) throws {
    let counts = prepared.profile.statusCounts
    try db.cachedStatement(
      sql: """
        INSERT INTO revisions (seq, country, effective_date, recorded_at, outcome, content_hash,
          present, partial, absent, unknown, missing)
        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
        """
    ).execute(arguments: [
      event.seq, event.country, event.effectiveDate.iso, event.recordedAt, outcome.rawValue,
      prepared.contentHash, counts[.present, default: 0], counts[.partial, default: 0],
      counts[.absent, default: 0], counts[.unknown, default: 0], counts[.missing, default: 0],
    ])
    if let superseded = event.supersedes {
      try db.cachedStatement(
        sql: "UPDATE revisions SET superseded_by = ?, superseded_at = ? WHERE seq = ?"
      ).execute(arguments: [event.seq, event.recordedAt, superseded])
    }
    try projectIndicators(event, parts.indicators, in: db)
    try projectFigures(seq: event.seq, prepared.profile.figures, in: db)
    try projectMarks(seq: event.seq, prepared.profile.indicators, in: db)
    try relinkChanges(around: event, superseded: event.supersedes, hasLater: hasLater, in: db)
  }

  /// Points the revision's indicators at their readings in `indicator_texts`, adding the
  /// readings not stored yet. Most indicators read as in the country's previous revision, so
  /// that revision's digests are looked up first, in one query.
  private static func projectIndicators(
    _ event: LedgerEvent, _ indicators: [PreparedRevision.StoredIndicator], in db: Database
  ) throws {
    var previous: [String: (id: Int64, digest: Data)] = [:]
    let rows = try Row.fetchCursor(
      db.cachedStatement(
        sql: """
          SELECT v.indicator, v.text_id, t.digest
          FROM indicator_values v JOIN indicator_texts t ON t.id = v.text_id
          WHERE v.seq = (SELECT max(seq) FROM revisions WHERE country = ? AND seq < ?)
          """),
      arguments: [event.country, event.seq])
    while let row = try rows.next() {
      previous[row[0]] = (row[1], row[2])
    }
    var values: [DatabaseValueConvertible?] = []
    values.reserveCapacity(indicators.count * 3)
    for reading in indicators {
      let digest = reading.digest
      var id: Int64
      if let known = previous[reading.id], known.digest == digest {
        id = known.id
      } else {
        try db.cachedStatement(
          sql: """
            INSERT OR IGNORE INTO indicator_texts (digest, indicator, status, items, text)
            VALUES (?, ?, ?, ?, ?)
            """
        ).execute(arguments: [digest, reading.id, reading.status, reading.items, reading.text])
        id =
          try Int64.fetchOne(
            db.cachedStatement(sql: "SELECT id FROM indicator_texts WHERE digest = ?"),
            arguments: [digest]) ?? 0
      }
      values += [event.seq, reading.id, id]
    }
    // One statement for all the revision's indicators.
    let placeholders = Array(repeating: "(?, ?, ?)", count: indicators.count)
      .joined(separator: ", ")
    try db.cachedStatement(
      sql: "INSERT INTO indicator_values (seq, indicator, text_id) VALUES \(placeholders)"
    ).execute(arguments: StatementArguments(values))
  }

  /// Recomputes the changes into the new revision and into the one after it in effect.
  private static func relinkChanges(
    around event: LedgerEvent, superseded: Int?, hasLater: Bool, in db: Database
  ) throws {
    let previous = try Int.fetchOne(
      db.cachedStatement(
        sql: """
          SELECT seq FROM revisions WHERE country = ? AND effective_date < ? AND superseded_by IS NULL
          ORDER BY effective_date DESC LIMIT 1
          """),
      arguments: [event.country, event.effectiveDate.iso])
    // A revision later than this one exists only for backfills and corrections.
    let next =
      hasLater || superseded != nil
      ? try Int.fetchOne(
        db.cachedStatement(
          sql: """
            SELECT seq FROM revisions
            WHERE country = ? AND effective_date > ? AND superseded_by IS NULL
            ORDER BY effective_date ASC LIMIT 1
            """),
        arguments: [event.country, event.effectiveDate.iso]) : nil
    for seq in [next, superseded].compactMap({ $0 }) {
      try db.cachedStatement(sql: "DELETE FROM indicator_changes WHERE to_seq = ?")
        .execute(arguments: [seq])
    }
    try link(from: previous, to: event.seq, country: event.country, in: db)
    if let next { try link(from: event.seq, to: next, country: event.country, in: db) }
  }

  /// Records which indicators differ between two revisions, and how many, on `to`.
  private static func link(from: Int?, to: Int, country: String, in db: Database) throws {
    guard let from else {
      try db.cachedStatement(sql: "UPDATE revisions SET changed = NULL WHERE seq = ?").execute(
        arguments: [to])
      return
    }
    try db.cachedStatement(
      sql: """
        INSERT INTO indicator_changes (country, from_seq, to_seq, indicator, from_status, to_status)
        SELECT ?, a.seq, b.seq, b.indicator, ta.status, tb.status
        FROM indicator_values a JOIN indicator_values b ON a.indicator = b.indicator
          JOIN indicator_texts ta ON ta.id = a.text_id JOIN indicator_texts tb ON tb.id = b.text_id
        WHERE a.seq = ? AND b.seq = ? AND a.text_id != b.text_id
        """
    ).execute(arguments: [country, from, to])
    // The rows just inserted are the changes: their count is the revision's `changed`.
    try db.cachedStatement(sql: "UPDATE revisions SET changed = ? WHERE seq = ?").execute(
      arguments: [db.changesCount, to])
    try measureMoves(into: [to], in: db)
  }

  /// Measures how alike the two texts of each status move into the revisions `seqs` are
  /// (of every move recorded when nil, as migration v10 does), into `similarity` (schema
  /// v10): what the review queue reads, so that it need not compare every move's texts.
  static func measureMoves(into seqs: [Int]? = nil, in db: Database) throws {
    let moves = try Row.fetchAll(
      db.cachedStatement(
        sql: """
          SELECT c.to_seq, c.indicator, ta.text, tb.text
          FROM indicator_changes c
            JOIN indicator_values va ON va.seq = c.from_seq AND va.indicator = c.indicator
            JOIN indicator_texts ta ON ta.id = va.text_id
            JOIN indicator_values vb ON vb.seq = c.to_seq AND vb.indicator = c.indicator
            JOIN indicator_texts tb ON tb.id = vb.text_id
          WHERE c.from_status != c.to_status
            \(seqs == nil ? "" : "AND c.to_seq IN (SELECT value FROM json_each(?))")
          """),
      arguments: StatementArguments(seqs.map { [SQLList.seqs($0)] } ?? []))
    let update = try db.cachedStatement(
      sql: "UPDATE indicator_changes SET similarity = ? WHERE to_seq = ? AND indicator = ?")
    for move in moves {
      let similarity = ItemChanges.similarity(move[2], move[3])
      try update.execute(arguments: [similarity, move[0], move[1]])
    }
  }

  /// Records the revision's background figures in `figure_values` (schema v3), in the
  /// append's transaction.
  static func projectFigures(seq: Int, _ figures: [FigureReading], in db: Database) throws {
    guard !figures.isEmpty else { return }
    let row = "(?, ?, ?, ?, ?, ?)"
    try FastInsert.run(
      db.cachedStatement(
        sql: """
          INSERT INTO figure_values (seq, figure, position, value, source_name, source_period)
          VALUES
          """ + " " + Array(repeating: row, count: figures.count).joined(separator: ", ")),
      in: db
    ) { binder in
      for (position, figure) in figures.enumerated() {
        binder.int(seq)
        binder.text(figure.id)
        binder.int(position)
        binder.text(figure.value)
        binder.text(figure.source?.name)
        binder.text(figure.source?.period)
      }
    }
  }

  /// Records the revision's readings marked for review in `marked_readings` (schema v7).
  static func projectMarks(seq: Int, _ indicators: [IndicatorReading], in db: Database) throws {
    for mark in AppendBatch.MarkRow.of(indicators, seq: seq) {
      try db.cachedStatement(
        sql: """
          INSERT INTO marked_readings (seq, position, indicator, status, reason)
          VALUES (?, ?, ?, ?, ?)
          """
      ).execute(arguments: [
        seq, mark.position, mark.reading.id, mark.reading.status.rawValue, mark.reason,
      ])
    }
  }
}
