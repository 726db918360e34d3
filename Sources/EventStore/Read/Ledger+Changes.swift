import Foundation
import GRDB
import LedgerModel
import ProfileModel

extension Ledger {
  /// What every revision in effect dated from `since` to `until` (inclusive; open when
  /// `nil`) changed from the revision in effect before it, for `countries` (all when empty);
  /// by country code, then effective date.
  ///
  /// Read from the projections: `indicator_changes` names the indicators that changed,
  /// `indicator_texts` gives their two readings (each read once), and `figure_values` the
  /// figures of both revisions. No stored reading is decoded.
  public func changes(
    since: ProfileDate? = nil, until: ProfileDate? = nil, countries: [String] = []
  ) throws -> [RevisionChanges] {
    try read { db in
      try Ledger.changes(since: since, until: until, countries: countries, in: db)
    }
  }

  /// ``changes(since:until:countries:)`` a few countries at a time, in constant memory
  /// whatever the store's size: `body` is given the store's changes as ``ChangeGroups``, which
  /// it may read through as often as it needs (a changelog counts first, then writes), all
  /// in one read transaction, so that every pass sees the same log.
  public func withChangeGroups<Result>(
    since: ProfileDate? = nil, until: ProfileDate? = nil, countries: [String] = [],
    countriesPerGroup: Int = 32, _ body: (ChangeGroups) throws -> Result
  ) throws -> Result {
    try read { db in
      let codes =
        countries.isEmpty
        ? try RevisionsInEffect.recordedCountries(in: db) : Array(Set(countries)).sorted()
      return try body(
        ChangeGroups(
          db: db, since: since, until: until, countries: codes,
          countriesPerGroup: max(countriesPerGroup, 1)))
    }
  }

  /// The changes of a store, country group by country group; see
  /// ``withChangeGroups(since:until:countries:countriesPerGroup:_:)``.
  public struct ChangeGroups {
    let db: Database
    let since: ProfileDate?
    let until: ProfileDate?
    let countries: [String]
    let countriesPerGroup: Int

    /// Calls `body` with each group's changes (by country code, then effective date), in
    /// country order; groups with no change are left out.
    public func forEach(_ body: ([RevisionChanges]) throws -> Void) throws {
      for start in stride(from: 0, to: countries.count, by: countriesPerGroup) {
        let group = Array(countries[start..<min(start + countriesPerGroup, countries.count)])
        let changes = try Ledger.changes(since: since, until: until, countries: group, in: db)
        if !changes.isEmpty { try body(changes) }
      }
    }
  }

  static func changes(
    since: ProfileDate?, until: ProfileDate?, countries: [String], in db: Database
  ) throws -> [RevisionChanges] {
    // The revisions in effect in the range, numbered per country, each with the one before
    // it. From `since` on, only the range is read: the revisions before it are counted,
    // not listed.
    struct Reported {
      var country: String
      var revision: RevisionRef
      var previous: RevisionRef?
      var outcome: IngestOutcome
    }
    var reported: [Reported] = []
    try RevisionsInEffect.forEach(dated: since, through: until, countries: countries, in: db) {
      entry, previous in
      reported.append(
        Reported(
          country: entry.country, revision: entry.revision, previous: previous,
          outcome: entry.outcome))
    }
    // From `since` on, the reviews of the countries reported only.
    var countries = countries
    if since != nil {
      countries = []
      for entry in reported where countries.last != entry.country {
        countries.append(entry.country)
      }
    }
    guard !reported.isEmpty else { return [] }

    // The indicators that changed into each reported revision, with both text ids, in
    // the projection's key order (by revision, then indicator).
    var changed: [Int: [(indicator: String, before: Int64, after: Int64)]] = [:]
    var textIDs = Set<Int64>()
    let changes = try Row.fetchCursor(
      db.cachedStatement(
        sql: """
          SELECT c.to_seq, c.indicator, a.text_id, b.text_id
          FROM indicator_changes c
            JOIN indicator_values a ON a.seq = c.from_seq AND a.indicator = c.indicator
            JOIN indicator_values b ON b.seq = c.to_seq AND b.indicator = c.indicator
          WHERE c.to_seq IN (SELECT value FROM json_each(?))
          ORDER BY c.to_seq, c.indicator
          """),
      arguments: [SQLList.seqs(reported.map(\.revision.seq))])
    while let row = try changes.next() {
      let seq: Int = row[0]
      let before: Int64 = row[2]
      let after: Int64 = row[3]
      changed[seq, default: []].append((row[1], before, after))
      textIDs.insert(before)
      textIDs.insert(after)
    }
    let texts = try Ledger.indicatorReadings(textIDs, in: db)

    // The figures of every revision reported and of the ones before them.
    var figureSeqs = Set<Int>()
    for entry in reported {
      figureSeqs.insert(entry.revision.seq)
      if let previous = entry.previous { figureSeqs.insert(previous.seq) }
    }
    var figures = try Ledger.figureReadings(of: figureSeqs, in: db)

    // Reviewed readings and values, in place of the machine's, for the countries reviewed.
    let overlay = try Ledger.reviewOverlay(countries: countries, in: db)
    let reviewed = overlay.readings
    let reviewedFigures = overlay.figures
    for (seq, reviews) in reviewedFigures where figures[seq] != nil {
      for index in figures[seq]!.indices {
        if let review = reviews[figures[seq]![index].id] {
          figures[seq]![index].value = review.value
        }
      }
    }
    func reading(_ id: Int64, seq: Int?, indicator: String) -> IndicatorReading? {
      guard var reading = texts[id] else { return nil }
      if let seq, let review = reviewed[seq]?[indicator] {
        reading.status = review.status
        reading.items = review.items
      }
      return reading
    }

    return reported.map { entry in
      let indicators = (changed[entry.revision.seq] ?? []).compactMap {
        change -> IndicatorPair? in
        guard
          let before = reading(
            change.before, seq: entry.previous?.seq, indicator: change.indicator),
          let after = reading(change.after, seq: entry.revision.seq, indicator: change.indicator)
        else {
          return nil
        }
        return IndicatorPair(id: change.indicator, before: before, after: after)
      }
      var changes = RevisionChanges(
        country: entry.country, revision: entry.revision, previous: entry.previous,
        outcome: entry.outcome, indicators: indicators,
        previousFigures: entry.previous.map { figures[$0.seq] ?? [] },
        figures: figures[entry.revision.seq] ?? [])
      if let standing = reviewed[entry.revision.seq] {
        for pair in indicators {
          if let review = standing[pair.id] { changes.reviews[pair.id] = ReviewMark(review) }
        }
      }
      changes.figureReviews = reviewedFigures[entry.revision.seq] ?? [:]
      return changes
    }
  }

  /// The stored indicator readings with these ids, in one statement.
  private static func indicatorReadings(_ ids: Set<Int64>, in db: Database) throws
    -> [Int64: IndicatorReading]
  {
    var readings: [Int64: IndicatorReading] = [:]
    readings.reserveCapacity(ids.count)
    let rows = try Row.fetchCursor(
      db.cachedStatement(
        sql: """
          SELECT id, indicator, status, items, text FROM indicator_texts
          WHERE id IN (SELECT value FROM json_each(?))
          """),
      arguments: [SQLList.seqs(ids.lazy.map(Int.init))])
    while let row = try rows.next() {
      let items: String = row[3]
      readings[row[0]] = IndicatorReading(
        id: row[1], status: row[2],
        items: items == "[]" ? [] : (try? CanonicalReader.strings(from: Array(items.utf8))) ?? [],
        text: row[4])
    }
    return readings
  }

  /// The figures of the revisions recorded by events `seqs`, each revision's in order, in one
  /// statement.
  private static func figureReadings(of seqs: Set<Int>, in db: Database) throws
    -> [Int: [FigureReading]]
  {
    var figures: [Int: [FigureReading]] = [:]
    let rows = try Row.fetchCursor(
      db.cachedStatement(
        sql: """
          SELECT seq, figure, value, source_name, source_period FROM figure_values
          WHERE seq IN (SELECT value FROM json_each(?))
          ORDER BY seq, position
          """),
      arguments: [SQLList.seqs(seqs)])
    while let row = try rows.next() {
      let name: String? = row[3]
      figures[row[0], default: []].append(
        FigureReading(
          id: row[1], value: row[2],
          source: name.map { DataSource(name: $0, period: row[4] ?? "") }))
    }
    return figures
  }
}
