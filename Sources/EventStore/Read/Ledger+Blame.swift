import Foundation
import GRDB
import LedgerModel
import ProfileModel

extension Ledger {
  /// What the revisions of `country` in effect up to `asOf` (default: the latest) said,
  /// oldest first, or `nil` when none is in effect then: what `Blame` is worked out from.
  ///
  /// Read from the projections alone: the text ids of the indicators (`indicator_values`),
  /// the figure values (`figure_values`), and the latest revision's statuses and items
  /// (`indicator_texts`). No stored reading is decoded.
  public func readingHistory(country: String, asOf: ProfileDate? = nil) throws
    -> ReadingHistory?
  {
    try read { db in
      let refs = try RevisionsInEffect.of(country: country, through: asOf, in: db)
      guard let current = refs.last else { return nil }
      var revisions = refs.map { ReadingHistory.Revision(ref: $0, indicators: [], figures: []) }
      let index = Dictionary(uniqueKeysWithValues: refs.enumerated().map { ($1.seq, $0) })
      let through = current.effectiveDate.iso

      let values = try Row.fetchCursor(
        db.cachedStatement(
          sql: """
            SELECT v.seq, v.indicator, v.text_id
            FROM revisions r JOIN indicator_values v ON v.seq = r.seq
            WHERE r.country = ? AND r.superseded_by IS NULL AND r.effective_date <= ?
            """),
        arguments: [country, through])
      while let row = try values.next() {
        guard let position = index[row[0]] else { continue }
        revisions[position].indicators.append((row[1], row[2]))
      }

      let figures = try Row.fetchCursor(
        db.cachedStatement(
          sql: """
            SELECT f.seq, f.figure, f.value, f.source_name, f.source_period
            FROM revisions r JOIN figure_values f ON f.seq = r.seq
            WHERE r.country = ? AND r.superseded_by IS NULL AND r.effective_date <= ?
            ORDER BY r.effective_date, r.seq, f.position
            """),
        arguments: [country, through])
      var latestFigures: [FigureReading] = []
      while let row = try figures.next() {
        let seq: Int = row[0]
        guard let position = index[seq] else { continue }
        revisions[position].figures.append((row[1], row[2]))
        if seq == current.seq {
          let name: String? = row[3]
          latestFigures.append(
            FigureReading(
              id: row[1], value: row[2],
              source: name.map { DataSource(name: $0, period: row[4] ?? "") }))
        }
      }

      var latest: [ReadingHistory.Reading] = []
      let readings = try Row.fetchCursor(
        db.cachedStatement(
          sql: """
            SELECT v.indicator, t.status, t.items FROM indicator_values v
            JOIN indicator_texts t ON t.id = v.text_id WHERE v.seq = ? ORDER BY v.indicator
            """),
        arguments: [current.seq])
      while let row = try readings.next() {
        let items: String = row[2]
        latest.append(
          ReadingHistory.Reading(
            id: row[0], status: row[1],
            items: (try? CanonicalReader.strings(from: Array(items.utf8))) ?? []))
      }
      // Reviewed figure values in every revision, so that runs follow them; the latest
      // revision's reviewed readings, as reviewed.
      let overlay = try Ledger.reviewOverlay(country: country, knownAt: nil, in: db)
      if !overlay.figures.isEmpty {
        for position in revisions.indices {
          guard let reviews = overlay.figures[revisions[position].ref.seq] else { continue }
          for index in revisions[position].figures.indices {
            if let review = reviews[revisions[position].figures[index].id] {
              revisions[position].figures[index].value = review.value
            }
          }
        }
        for index in latestFigures.indices {
          if let review = overlay.figures[current.seq]?[latestFigures[index].id] {
            latestFigures[index].value = review.value
          }
        }
      }
      if let reviewed = overlay.readings[current.seq] {
        for index in latest.indices {
          guard let review = reviewed[latest[index].id] else { continue }
          latest[index].status = review.status
          latest[index].items = review.items
          latest[index].review = ReviewMark(review)
        }
      }
      return ReadingHistory(
        country: country, revisions: revisions, latest: latest, latestFigures: latestFigures)
    }
  }
}
