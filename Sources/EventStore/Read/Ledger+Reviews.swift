import Foundation
import GRDB
import LedgerModel
import ProfileModel

/// Reviews, and the reviewed readings they give.
///
/// A review judges a reading: it stands on every revision of the country that reads the
/// indicator the same way (the same text, items and status; for a figure, the same value and
/// source), and on the correction that replaced the revision reviewed, until a review of
/// that revision says otherwise. Where
/// several reviews stand on one reading, a review of that revision itself wins over one
/// carried from another, and a later one over an earlier.
extension Ledger {
  /// Every review of `country`'s revisions recorded up to `knownAt` (default: all), in log
  /// order, clears included.
  public func reviews(country: String, knownAt: KnownAt? = nil) throws -> [Review] {
    try read { db in try Ledger.reviews(country: country, knownAt: knownAt, in: db) }
  }

  static func reviews(country: String, knownAt: KnownAt?, in db: Database) throws -> [Review] {
    let (condition, cutoff) = Ledger.condition(
      knownAt, seq: "v.seq", recordedAt: "v.recorded_at")
    let rows = try Row.fetchCursor(
      db.cachedStatement(
        sql: """
          SELECT v.seq, v.revision_seq, r.effective_date, v.subject, v.figure, v.action,
            v.status, v.items, v.value, v.reviewer, v.note, v.recorded_at
          FROM reviews v JOIN revisions r ON r.seq = v.revision_seq
          WHERE v.country = ? AND \(condition) ORDER BY v.seq
          """),
      arguments: [country, cutoff])
    var reviews: [Review] = []
    while let row = try rows.next() {
      let figure: Bool = row[4]
      let verdict: ReviewVerdict
      switch row[5] as String {
      case "set" where figure: verdict = .revalued(row[8] ?? "")
      case "set":
        let items = (row[7] as String?).flatMap {
          try? JSONDecoder().decode([String].self, from: Data($0.utf8))
        }
        verdict = .corrected(status: row[6] as IndicatorStatus? ?? .unknown, items: items)
      case "confirm": verdict = .confirmed
      default: verdict = .cleared
      }
      reviews.append(
        Review(
          seq: row[0], country: country, revision: row[1],
          effectiveDate: ProfileDate(iso: row[2] as String) ?? .invalid,
          subject: figure ? .figure(row[3]) : .indicator(row[3]), verdict: verdict,
          reviewer: row[9], note: row[10], recordedAt: row[11]))
    }
    return reviews
  }

  /// The reviews standing on a country's indicators and figures, by revision (event).
  struct ReviewOverlay {
    var readings: [Int: [String: ReviewedReading]] = [:]
    var figures: [Int: [String: ReviewedFigure]] = [:]
  }

  /// The reviewed readings and figures of `country` as known at `knownAt`, from one read of
  /// its reviews. Empty for a country never reviewed, at the cost of one indexed query.
  static func reviewOverlay(country: String, knownAt: KnownAt?, in db: Database) throws
    -> ReviewOverlay
  {
    let all = try reviews(country: country, knownAt: knownAt, in: db)
    guard !all.isEmpty else { return ReviewOverlay() }
    return ReviewOverlay(
      readings: try reviewedReadings(
        country: country, standing: standing(all, figures: false), in: db),
      figures: try reviewedFigures(
        country: country, standing: standing(all, figures: true), in: db))
  }

  /// The review standing on each reviewed (revision, subject) among `reviews`, figures or
  /// indicators: the last one, unless it clears.
  private static func standing(_ reviews: [Review], figures: Bool) -> [ReadingKey: Review] {
    var standing: [ReadingKey: Review] = [:]
    for review in reviews where review.subject.isFigure == figures {
      let key = ReadingKey(revision: review.revision, subject: review.subject.id)
      standing[key] = review.verdict == .cleared ? nil : review
    }
    return standing
  }

  /// Which standing review holds on which reading: on its own, on every reading of the
  /// country that is the same (`same` gives equal keys to equal readings), and on the
  /// corrections that replaced its revision. A review of the revision itself wins over one
  /// carried there, and a later over an earlier.
  private static func claims<Same: Hashable>(
    _ standing: [ReadingKey: Review], machine: [ReadingKey: Same], supersededBy: [Int: Int]
  ) -> [ReadingKey: Review] {
    var claims: [ReadingKey: (review: Review, direct: Bool)] = [:]
    func claim(_ key: ReadingKey, _ review: Review, direct: Bool) {
      if let held = claims[key],
        (held.direct && !direct) || (held.direct == direct && held.review.seq > review.seq)
      {
        return
      }
      claims[key] = (review, direct)
    }
    for (key, review) in standing {
      guard let reviewed = machine[key] else { continue }
      claim(key, review, direct: true)
      for (other, reading) in machine where other.subject == key.subject && reading == reviewed {
        claim(other, review, direct: false)
      }
      var revision = key.revision
      var seen: Set<Int> = [revision]
      while let next = supersededBy[revision], seen.insert(next).inserted {
        let replaced = ReadingKey(revision: next, subject: key.subject)
        if machine[replaced] != nil { claim(replaced, review, direct: false) }
        revision = next
      }
    }
    return claims.mapValues(\.review)
  }

  /// The reviewed readings of `country` as known at `knownAt`: for each revision (by its
  /// event) the indicators a standing review covers.
  static func reviewedReadings(country: String, knownAt: KnownAt?, in db: Database) throws
    -> [Int: [String: ReviewedReading]]
  {
    try reviewOverlay(country: country, knownAt: knownAt, in: db).readings
  }

  /// The readings `standing` (the reviews standing on `country`'s indicators) cover.
  private static func reviewedReadings(
    country: String, standing: [ReadingKey: Review], in db: Database
  ) throws -> [Int: [String: ReviewedReading]] {
    guard !standing.isEmpty else { return [:] }

    // The machine's readings of the reviewed indicators, in every revision of the country.
    let indicators = Set(standing.keys.map(\.subject)).sorted()
    let placeholders = Array(repeating: "?", count: indicators.count).joined(separator: ", ")
    let rows = try Row.fetchCursor(
      db,
      sql: """
        SELECT v.seq, v.indicator, v.text_id, t.status, t.items, r.superseded_by
        FROM revisions r JOIN indicator_values v ON v.seq = r.seq
          JOIN indicator_texts t ON t.id = v.text_id
        WHERE r.country = ? AND v.indicator IN (\(placeholders))
        """, arguments: StatementArguments([country] + indicators))
    var machine: [ReadingKey: (status: IndicatorStatus, items: [String])] = [:]
    var texts: [ReadingKey: Int64] = [:]
    var supersededBy: [Int: Int] = [:]
    while let row = try rows.next() {
      let key = ReadingKey(revision: row[0], subject: row[1])
      let items = (try? JSONDecoder().decode([String].self, from: Data((row[4] as String).utf8)))
      machine[key] = (row[3] as IndicatorStatus? ?? .missing, items ?? [])
      texts[key] = row[2]
      if let by = row[5] as Int? { supersededBy[key.revision] = by }
    }

    var result: [Int: [String: ReviewedReading]] = [:]
    for (key, review) in claims(standing, machine: texts, supersededBy: supersededBy) {
      guard let reading = machine[key] else { continue }
      let judged = machine[ReadingKey(revision: review.revision, subject: key.subject)]
      result[key.revision, default: [:]][key.subject] = ReviewedReading(
        review: review, machineStatus: reading.status, machineItems: reading.items,
        confirmed: judged)
    }
    return result
  }

  /// The figures `standing` (the reviews standing on `country`'s figures) cover: for each
  /// revision (by its event). A figure reads the same as another where its value and data
  /// source are the same.
  private static func reviewedFigures(
    country: String, standing: [ReadingKey: Review], in db: Database
  ) throws -> [Int: [String: ReviewedFigure]] {
    guard !standing.isEmpty else { return [:] }
    let figures = Set(standing.keys.map(\.subject)).sorted()
    let placeholders = Array(repeating: "?", count: figures.count).joined(separator: ", ")
    let rows = try Row.fetchCursor(
      db,
      sql: """
        SELECT f.seq, f.figure, f.value, f.source_name, f.source_period, r.superseded_by
        FROM revisions r JOIN figure_values f ON f.seq = r.seq
        WHERE r.country = ? AND f.figure IN (\(placeholders))
        """, arguments: StatementArguments([country] + figures))
    var values: [ReadingKey: String?] = [:]
    var same: [ReadingKey: [String?]] = [:]
    var supersededBy: [Int: Int] = [:]
    while let row = try rows.next() {
      let key = ReadingKey(revision: row[0], subject: row[1])
      values[key] = row[2] as String?
      same[key] = [row[2], row[3], row[4]]
      if let by = row[5] as Int? { supersededBy[key.revision] = by }
    }
    var result: [Int: [String: ReviewedFigure]] = [:]
    for (key, review) in claims(standing, machine: same, supersededBy: supersededBy) {
      guard let value = values[key] else { continue }
      let judged = values[ReadingKey(revision: review.revision, subject: key.subject)]
      result[key.revision, default: [:]][key.subject] = ReviewedFigure(
        review: review, machineValue: value, confirmed: judged)
    }
    return result
  }

  /// The countries with a review recorded, among `countries` (all when empty): the only
  /// ones whose reports read anything but the machine's readings.
  static func reviewedCountries(among countries: [String] = [], in db: Database) throws
    -> Set<String>
  {
    guard !countries.isEmpty else {
      return Set(
        try String.fetchAll(db.cachedStatement(sql: "SELECT DISTINCT country FROM reviews")))
    }
    var found = Set<String>()
    for chunk in chunks(countries) {
      found.formUnion(
        try String.fetchAll(
          db,
          sql:
            "SELECT DISTINCT country FROM reviews WHERE country IN (\(placeholders(chunk.count)))",
          arguments: StatementArguments(chunk)))
    }
    return found
  }

  /// `statuses` (by revision, then indicator) with each reviewed reading's status in place
  /// of the machine's.
  static func applying(
    _ reviewed: [Int: [String: ReviewedReading]], to statuses: [Int: [String: IndicatorStatus]]
  ) -> [Int: [String: IndicatorStatus]] {
    var statuses = statuses
    for (seq, readings) in reviewed where statuses[seq] != nil {
      for (indicator, reading) in readings { statuses[seq]![indicator] = reading.status }
    }
    return statuses
  }

  /// The latest recorded time any event can have.
  static let endOfTime = "9999-12-31T23:59:59.999999Z"
}

/// One indicator (or figure) of one revision.
private struct ReadingKey: Hashable {
  var revision: Int
  var subject: String
}
