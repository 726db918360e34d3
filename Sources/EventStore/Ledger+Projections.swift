import Foundation
import GRDB
import ProfileModel

extension Ledger {
  /// Updates the projection tables for a newly appended event, in its transaction.
  static func project(
    _ event: LedgerEvent, reading: Data, profile: Profile, outcome: IngestOutcome, in db: Database
  ) throws {
    let counts = profile.statusCounts
    try db.cachedStatement(
      sql: """
        INSERT INTO revisions (seq, country, effective_date, recorded_at, outcome, content_hash,
          present, partial, absent, unknown, missing)
        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
        """
    ).execute(arguments: [
      event.seq, event.country, event.effectiveDate.iso, event.recordedAt, outcome.rawValue,
      event.contentHash, counts[.present, default: 0], counts[.partial, default: 0],
      counts[.absent, default: 0], counts[.unknown, default: 0], counts[.missing, default: 0],
    ])
    if let superseded = event.supersedes {
      try db.cachedStatement(
        sql: "UPDATE revisions SET superseded_by = ?, superseded_at = ? WHERE seq = ?"
      ).execute(arguments: [event.seq, event.recordedAt, superseded])
    }
    // The indicator rows come straight from the event's canonical reading, inside SQLite:
    // each distinct reading of an indicator is stored once, then referenced.
    let json = String(decoding: reading, as: UTF8.self)
    try db.cachedStatement(
      sql: """
        INSERT OR IGNORE INTO indicator_texts (indicator, status, items, text)
        SELECT value ->> '$.id', value ->> '$.status', value -> '$.items', value ->> '$.text'
        FROM json_each(?, '$.indicators')
        """
    ).execute(arguments: [json])
    try db.cachedStatement(
      sql: """
        INSERT INTO indicator_values (seq, indicator, text_id)
        SELECT ?, t.indicator, t.id
        FROM json_each(?, '$.indicators') i JOIN indicator_texts t
          ON t.indicator = i.value ->> '$.id' AND t.status = i.value ->> '$.status'
          AND t.items = i.value -> '$.items' AND t.text = i.value ->> '$.text'
        """
    ).execute(arguments: [event.seq, json])
    try relinkChanges(around: event, superseded: event.supersedes, in: db)
  }

  /// Recomputes the changes into the new revision and into the one after it in effect.
  private static func relinkChanges(
    around event: LedgerEvent, superseded: Int?, in db: Database
  ) throws {
    let previous = try Int.fetchOne(
      db.cachedStatement(
        sql: """
          SELECT seq FROM revisions WHERE country = ? AND effective_date < ? AND superseded_by IS NULL
          ORDER BY effective_date DESC LIMIT 1
          """),
      arguments: [event.country, event.effectiveDate.iso])
    let next = try Int.fetchOne(
      db.cachedStatement(
        sql: """
          SELECT seq FROM revisions WHERE country = ? AND effective_date > ? AND superseded_by IS NULL
          ORDER BY effective_date ASC LIMIT 1
          """),
      arguments: [event.country, event.effectiveDate.iso])
    var stale = [event.seq]
    if let next { stale.append(next) }
    if let superseded { stale.append(superseded) }
    for seq in stale {
      try db.cachedStatement(sql: "DELETE FROM indicator_changes WHERE to_seq = ?").execute(
        arguments: [seq])
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
    let count =
      try Int.fetchOne(
        db.cachedStatement(sql: "SELECT count(*) FROM indicator_changes WHERE to_seq = ?"),
        arguments: [to]) ?? 0
    try db.cachedStatement(sql: "UPDATE revisions SET changed = ? WHERE seq = ?").execute(
      arguments: [count, to])
  }
}
