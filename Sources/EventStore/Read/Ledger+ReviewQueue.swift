import Foundation
import GRDB
import LedgerModel
import ProfileModel

/// What a reviewer should look at: the readings the reader marked, and the status moves
/// between revisions. Both leave out every reading a review stands on.
extension Ledger {
  /// The readings of revisions in effect that the reader marked for review, of `countries`
  /// (all when empty), by country, then effective date, then the indicator's place in the
  /// reading: from `marked_readings`, with only the marked revisions numbered.
  public func readingsMarkedForReview(countries: [String] = []) throws -> [MarkedReading] {
    try read { db in
      var marks: [(seq: Int, indicator: String, status: IndicatorStatus, reason: String)] = []
      var marked: Set<String> = []
      let rows = try Row.fetchCursor(
        db.cachedStatement(
          sql: """
            SELECT r.country, m.seq, m.indicator, m.status, m.reason
            FROM marked_readings m JOIN revisions r ON r.seq = m.seq
            WHERE r.superseded_by IS NULL
              AND (?1 = '[]' OR r.country IN (SELECT value FROM json_each(?1)))
            ORDER BY m.seq, m.position
            """),
        arguments: [SQLList.json(countries)])
      while let row = try rows.next() {
        marked.insert(row[0])
        marks.append((row[1], row[2], IndicatorStatus(rawValue: row[3]) ?? .unknown, row[4]))
      }
      guard !marks.isEmpty else { return [] }
      let reviewed = try Ledger.reviewedReadings(countries: marked.sorted(), in: db)
      let refs = try RevisionsInEffect.refs(of: marks.map(\.seq), in: db)
      var result: [MarkedReading] = []
      for mark in marks where reviewed[mark.seq]?[mark.indicator] == nil {
        guard let (country, revision) = refs[mark.seq] else { continue }
        result.append(
          MarkedReading(
            country: country, revision: revision, indicator: mark.indicator,
            status: mark.status, reason: mark.reason))
      }
      // By country, then effective date; a revision's marks stay in the reading's order.
      return result.enumerated().sorted {
        ($0.element.country, $0.element.revision.effectiveDate, $0.element.revision.seq, $0.offset)
          < (
            $1.element.country, $1.element.revision.effectiveDate, $1.element.revision.seq,
            $1.offset
          )
      }.map(\.element)
    }
  }

  /// The status moves between consecutive revisions in effect of `countries` (all when
  /// empty) whose two texts are at least `alike` the same (``StatusMove/similarity``, 0 for
  /// every move), with both readings, by country, then effective date, then indicator;
  /// moves into or out of a reading a review stands on are left out. Read through
  /// `indicator_changes_by_similarity`: only the moves over the threshold are read, and only
  /// their revisions numbered.
  public func statusMoves(countries: [String] = [], alike: Double = 0) throws -> [StatusMove] {
    try read { db in
      let reviewed = try Ledger.reviewedReadings(countries: countries, in: db)
      let rows = try Row.fetchAll(
        db.cachedStatement(
          sql: """
            SELECT c.from_seq, c.to_seq, c.indicator, c.similarity, a.status, a.items, a.text,
              b.status, b.items, b.text
            FROM indicator_changes c
              JOIN indicator_values va ON va.seq = c.from_seq AND va.indicator = c.indicator
              JOIN indicator_texts a ON a.id = va.text_id
              JOIN indicator_values vb ON vb.seq = c.to_seq AND vb.indicator = c.indicator
              JOIN indicator_texts b ON b.id = vb.text_id
            WHERE c.similarity >= ?
              \(countries.isEmpty ? "" : "AND c.country IN (SELECT value FROM json_each(?))")
            """),
        arguments: StatementArguments(
          [alike] + (countries.isEmpty ? [] : [SQLList.json(countries)])))
      let refs = try RevisionsInEffect.refs(
        of: Set(rows.flatMap { [$0[0] as Int, $0[1] as Int] }), in: db)
      var moves: [StatusMove] = []
      for row in rows {
        let from: Int = row[0]
        let to: Int = row[1]
        let indicator: String = row[2]
        guard let previous = refs[from], let revision = refs[to],
          reviewed[from]?[indicator] == nil, reviewed[to]?[indicator] == nil
        else { continue }
        func reading(_ status: Int, _ items: Int, _ text: Int) -> IndicatorReading {
          let items: String = row[items]
          return IndicatorReading(
            id: indicator, status: row[status],
            items: (try? CanonicalReader.strings(from: Array(items.utf8))) ?? [], text: row[text])
        }
        moves.append(
          StatusMove(
            country: revision.country, previous: previous.revision, revision: revision.revision,
            before: reading(4, 5, 6), after: reading(7, 8, 9), similarity: row[3]))
      }
      return moves.sorted {
        ($0.country, $0.revision.effectiveDate, $0.revision.seq)
          < ($1.country, $1.revision.effectiveDate, $1.revision.seq)
          || ($0.revision.seq == $1.revision.seq
            && $0.after.id.compare($1.after.id, options: .numeric) == .orderedAscending)
      }
    }
  }

  /// The source documents (the text extracted from those that are not text) of the revisions
  /// in effect of `countries` (all when empty), with
  /// the values supplied when each was recorded, by country, then effective date: for
  /// reading them again (the review queue lists the warnings of their reading).
  public func sourcesInEffect(countries: [String] = []) throws -> [StoredSource] {
    try read { db in
      var revisions: [RevisionsInEffect.Entry] = []
      try RevisionsInEffect.forEach(countries: countries, in: db) { revisions.append($0) }
      // Every document in one statement, put in the revisions' order.
      var stored: [Int: (document: StoredBytes.Compressed, supplied: String?)] = [:]
      let rows = try Row.fetchCursor(
        db.cachedStatement(
          sql: """
            SELECT e.seq, e.supplied, \(StoredBytes.document("s"))
            FROM events e JOIN sources s ON s.hash = coalesce(e.text_hash, e.source_hash)
            WHERE e.seq IN (SELECT value FROM json_each(?))
            """),
        arguments: [SQLList.seqs(revisions.map(\.revision.seq))])
      while let row = try rows.next() {
        guard let document = StoredBytes.compressed(row, at: 2) else { continue }
        stored[row[0]] = (document, row[1])
      }
      return try revisions.compactMap { entry in
        guard let document = stored[entry.revision.seq] else { return nil }
        return StoredSource(
          country: entry.country, revision: entry.revision,
          bytes: try document.document.decompress(),
          supplied: document.supplied.flatMap(SuppliedField.fields(stored:)) ?? [])
      }
    }
  }

  /// The reviewed readings and figures of every reviewed country among `countries` (all when
  /// empty), by revision: revisions belong to one country each.
  static func reviewOverlay(countries: [String], in db: Database) throws -> ReviewOverlay {
    var merged = ReviewOverlay()
    for overlay in try reviewOverlays(countries: countries, knownAt: nil, in: db).values {
      merged.readings.merge(overlay.readings) { a, _ in a }
      merged.figures.merge(overlay.figures) { a, _ in a }
    }
    return merged
  }

  /// The reviewed readings of every reviewed country among `countries` (all when empty), by
  /// revision.
  static func reviewedReadings(countries: [String], in db: Database) throws
    -> [Int: [String: ReviewedReading]]
  {
    try reviewOverlay(countries: countries, in: db).readings
  }
}
