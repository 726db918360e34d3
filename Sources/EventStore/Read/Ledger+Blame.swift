import Foundation
import GRDB
import LedgerModel
import ProfileModel

extension Ledger {
  /// Who introduced each indicator's and figure's reading in the revision of `country` in
  /// effect on `asOf` (default: the latest), or `nil` when none is in effect then.
  ///
  /// Read from the projections alone: one pass over the text ids of the indicators
  /// (`indicator_values`) and the figure values (`figure_values`) of the country's revisions
  /// in effect up to that date, oldest first, finding where each one's last run began.
  public func blame(country: String, asOf: ProfileDate? = nil) throws -> Blame? {
    try read { db in
      let revisions = try RevisionsInEffect.of(country: country, through: asOf, in: db)
      guard let current = revisions.last else { return nil }
      let bySeq = Dictionary(uniqueKeysWithValues: revisions.map { ($0.seq, $0) })
      let through = current.effectiveDate.iso

      // Indicators: the start of each one's last run of equal text ids.
      var runs: [String: (textID: Int64, start: Int, count: Int)] = [:]
      let values = try Row.fetchCursor(
        db.cachedStatement(
          sql: """
            SELECT v.seq, v.indicator, v.text_id
            FROM revisions r JOIN indicator_values v ON v.seq = r.seq
            WHERE r.country = ? AND r.superseded_by IS NULL AND r.effective_date <= ?
            ORDER BY r.effective_date, r.seq
            """),
        arguments: [country, through])
      while let row = try values.next() {
        let seq: Int = row[0]
        let indicator: String = row[1]
        let textID: Int64 = row[2]
        if let run = runs[indicator], run.textID == textID {
          runs[indicator]?.count = run.count + 1
        } else {
          runs[indicator] = (textID, seq, 1)
        }
      }
      var indicators: [Blame.Line] = []
      let readings = try Row.fetchCursor(
        db.cachedStatement(
          sql: """
            SELECT v.indicator, t.status, t.items FROM indicator_values v
            JOIN indicator_texts t ON t.id = v.text_id WHERE v.seq = ? ORDER BY v.indicator
            """),
        arguments: [current.seq])
      while let row = try readings.next() {
        let id: String = row[0]
        guard let run = runs[id], let introducedBy = bySeq[run.start] else { continue }
        let items: String = row[2]
        indicators.append(
          Blame.Line(
            id: id, status: row[1],
            items: (try? CanonicalReader.strings(from: Array(items.utf8))) ?? [],
            value: nil, source: nil, introducedBy: introducedBy, revisions: run.count))
      }

      // Figures: the start of each one's last run of equal values (a figure a revision
      // leaves out breaks the run).
      var figureRuns: [String: (value: String?, start: Int, count: Int, lastSeq: Int)] = [:]
      var latest: [(id: String, source: DataSource?)] = []
      let figures = try Row.fetchCursor(
        db.cachedStatement(
          sql: """
            SELECT f.seq, f.figure, f.value, f.source_name, f.source_period
            FROM revisions r JOIN figure_values f ON f.seq = r.seq
            WHERE r.country = ? AND r.superseded_by IS NULL AND r.effective_date <= ?
            ORDER BY r.effective_date, r.seq, f.position
            """),
        arguments: [country, through])
      var previousSeq: Int?
      var seqBefore: [Int: Int] = [:]
      for (earlier, later) in zip(revisions, revisions.dropFirst()) {
        seqBefore[later.seq] = earlier.seq
      }
      while let row = try figures.next() {
        let seq: Int = row[0]
        let id: String = row[1]
        let value: String? = row[2]
        if seq != previousSeq {
          previousSeq = seq
          if seq == current.seq { latest = [] }
        }
        if let run = figureRuns[id], run.value == value, run.lastSeq == seqBefore[seq] {
          figureRuns[id] = (value, run.start, run.count + 1, seq)
        } else {
          figureRuns[id] = (value, seq, 1, seq)
        }
        if seq == current.seq {
          let name: String? = row[3]
          latest.append((id, name.map { DataSource(name: $0, period: row[4] ?? "") }))
        }
      }
      let figureLines = latest.compactMap { figure -> Blame.Line? in
        guard let run = figureRuns[figure.id], let introducedBy = bySeq[run.start] else {
          return nil
        }
        return Blame.Line(
          id: figure.id, status: nil, items: [], value: run.value, source: figure.source,
          introducedBy: introducedBy, revisions: run.count)
      }
      return Blame(
        country: country, revision: current, revisionsInEffect: revisions.count,
        indicators: indicators, figures: figureLines)
    }
  }
}
