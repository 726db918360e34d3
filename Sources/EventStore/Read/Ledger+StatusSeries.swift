import Foundation
import GRDB
import LedgerModel
import ProfileModel

extension Ledger {
  /// Each country's statuses over the effective dates `since` to `until` (inclusive; open
  /// when `nil`), for `countries` (all when empty), by country code.
  ///
  /// The range starts from the revision in effect the day before `since` (without `since`,
  /// or for a country with none before it, from its first revision in the range), so that
  /// the moves listed are those of the revisions dated in the range, as the changelog lists
  /// them. Read from the projections alone: `revisions` for the revisions in effect,
  /// `indicator_values` and `indicator_texts` for the start's statuses (one revision per
  /// country), and `indicator_changes` for the moves. No stored reading is decoded.
  public func statusSeries(
    since: ProfileDate? = nil, until: ProfileDate? = nil, countries: [String] = []
  ) throws -> [StatusSeries] {
    try read { db in
      let placeholders = Array(repeating: "?", count: countries.count).joined(separator: ", ")
      let countryArguments = StatementArguments(countries)

      // Every revision in effect, numbered per country; kept: the start and those in range.
      var series: [StatusSeries] = []
      var current: (country: String, start: RevisionRef?, steps: [RevisionRef])?
      var latest: RevisionRef?
      func finish() {
        guard let entry = current, let latest else { return }
        var steps = entry.steps
        if let start = entry.start { steps.insert(start, at: 0) }
        series.append(
          StatusSeries(
            country: entry.country,
            steps: steps.map { StatusSeries.Step(revision: $0, transitions: []) },
            startsBeforeRange: entry.start != nil, baseline: [:], latest: latest))
      }
      try RevisionsInEffect.forEach(countries: countries, in: db) { entry in
        if current?.country != entry.country {
          finish()
          current = (entry.country, nil, [])
        }
        latest = entry.revision
        let date = entry.revision.effectiveDate
        if let since, date < since {
          current!.start = entry.revision
        } else if until.map({ date <= $0 }) ?? true {
          current!.steps.append(entry.revision)
        }
      }
      finish()

      // The start's statuses, and where each later revision sits.
      var place: [Int: (series: Int, step: Int)] = [:]
      var startOf: [Int: Int] = [:]
      for (s, entry) in series.enumerated() {
        guard let first = entry.steps.first else { continue }
        startOf[first.revision.seq] = s
        for step in 1..<max(entry.steps.count, 1) {
          place[entry.steps[step].revision.seq] = (s, step)
        }
      }
      for (seq, statuses) in try RevisionsInEffect.statuses(of: startOf.keys, in: db) {
        if let s = startOf[seq] { series[s].baseline = statuses }
      }

      // The status moves into each later revision: the projection's rows in key order.
      guard !place.isEmpty else {
        try Ledger.applyReviews(to: &series, in: db)
        return series
      }
      let changes = try Row.fetchCursor(
        db,
        sql: """
          SELECT to_seq, indicator, from_status, to_status FROM indicator_changes
          WHERE from_status != to_status \(countries.isEmpty ? "" : "AND country IN (\(placeholders))")
          """, arguments: countryArguments)
      while let row = try changes.next() {
        let seq: Int = row[0]
        guard let (s, step) = place[seq] else { continue }
        series[s].steps[step].transitions.append(
          StatusTransition(
            indicator: row[1], before: row[2],
            after: row[3]))
      }
      try Ledger.applyReviews(to: &series, in: db)
      return series
    }
  }
}

extension Ledger {
  /// The series of reviewed countries with the reviewed statuses: the baseline's, and the
  /// moves of each reviewed indicator recomputed from the statuses on either side.
  /// Reads the same few statements however many countries are reviewed.
  fileprivate static func applyReviews(to series: inout [StatusSeries], in db: Database) throws {
    let overlays = try reviewOverlays(countries: series.map(\.country), knownAt: nil, in: db)
    let reviewedSeries = series.indices.filter {
      !(overlays[series[$0].country]?.readings.isEmpty ?? true)
    }
    guard !reviewedSeries.isEmpty else { return }
    // The statuses of every revision of the reviewed countries' series, read at once.
    let machine = try RevisionsInEffect.statuses(
      of: reviewedSeries.flatMap { series[$0].steps.map(\.revision.seq) }, in: db)
    for index in reviewedSeries {
      let reviewed = overlays[series[index].country]?.readings ?? [:]
      let indicators = Set(reviewed.values.flatMap(\.keys))
      let seqs = series[index].steps.map(\.revision.seq)
      guard !indicators.isEmpty, let first = seqs.first else { continue }
      var own: [Int: [String: IndicatorStatus]] = [:]
      for seq in seqs { own[seq] = machine[seq] }
      let statuses = applying(reviewed, to: own)
      series[index].baseline = statuses[first] ?? series[index].baseline
      for step in series[index].steps.indices.dropFirst() {
        var transitions = series[index].steps[step].transitions.filter {
          !indicators.contains($0.indicator)
        }
        for indicator in indicators {
          guard let before = statuses[seqs[step - 1]]?[indicator],
            let after = statuses[seqs[step]]?[indicator], before != after
          else { continue }
          transitions.append(
            StatusTransition(
              indicator: indicator, before: before, after: after,
              review: reviewed[seqs[step]]?[indicator].map(ReviewMark.init)))
        }
        series[index].steps[step].transitions = transitions.sorted {
          $0.indicator.compare($1.indicator, options: .numeric) == .orderedAscending
        }
      }
    }
  }
}
