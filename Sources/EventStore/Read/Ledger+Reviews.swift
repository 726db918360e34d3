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
    try reviews(countries: [country], knownAt: knownAt, in: db)[country] ?? []
  }

  /// Every review of `countries` (all when empty) recorded up to `knownAt`, by country, each
  /// country's in log order: one statement.
  static func reviews(countries: [String], knownAt: KnownAt?, in db: Database) throws
    -> [String: [Review]]
  {
    let (condition, cutoff) = Ledger.condition(
      knownAt, seq: "v.seq", recordedAt: "v.recorded_at")
    let rows = try Row.fetchCursor(
      db.cachedStatement(
        sql: """
          SELECT v.seq, v.revision_seq, r.effective_date, v.subject, v.figure, v.action,
            v.status, v.items, v.value, v.reviewer, v.note, v.recorded_at, v.country
          FROM reviews v JOIN revisions r ON r.seq = v.revision_seq
          WHERE \(condition)
            \(countries.isEmpty ? "" : "AND v.country IN (SELECT value FROM json_each(?))")
          ORDER BY v.seq
          """),
      arguments: countries.isEmpty ? [cutoff] : [cutoff, SQLList.json(countries)])
    var reviews: [String: [Review]] = [:]
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
      let country: String = row[12]
      reviews[country, default: []].append(
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
    try reviewOverlays(countries: [country], knownAt: knownAt, in: db)[country] ?? ReviewOverlay()
  }

  /// The reviewed readings and figures of each reviewed country among `countries` (all when
  /// empty) as known at `knownAt`, by country: three statements however many countries are
  /// reviewed (one when none is), the reviews, then the machine's readings and figures of
  /// every reviewed subject in every revision of its country.
  static func reviewOverlays(countries: [String], knownAt: KnownAt?, in db: Database) throws
    -> [String: ReviewOverlay]
  {
    let reviews = try reviews(countries: countries, knownAt: knownAt, in: db)
    guard !reviews.isEmpty else { return [:] }
    var standingReadings: [String: [ReadingKey: Review]] = [:]
    var standingFigures: [String: [ReadingKey: Review]] = [:]
    for (country, reviews) in reviews {
      standingReadings[country] = standing(reviews, figures: false)
      standingFigures[country] = standing(reviews, figures: true)
    }
    let readings = try reviewedReadings(standing: standingReadings, in: db)
    let figures = try reviewedFigures(standing: standingFigures, in: db)
    var overlays: [String: ReviewOverlay] = [:]
    for country in reviews.keys {
      overlays[country] = ReviewOverlay(
        readings: readings[country] ?? [:], figures: figures[country] ?? [:])
    }
    return overlays
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

  /// The readings `standing` (by country, the reviews standing on its indicators) cover, by
  /// country: one statement reads the machine's readings of every reviewed indicator in
  /// every revision of its country.
  private static func reviewedReadings(
    standing: [String: [ReadingKey: Review]], in db: Database
  ) throws -> [String: [Int: [String: ReviewedReading]]] {
    let subjects = subjectsArgument(standing)
    guard subjects != "[]" else { return [:] }
    let rows = try Row.fetchCursor(
      db.cachedStatement(
        sql: """
          SELECT r.country, v.seq, v.indicator, v.text_id, t.status, t.items, r.superseded_by
          FROM (SELECT json_extract(value, '$[0]') AS country, json_extract(value, '$[1]') AS subject
              FROM json_each(?)) s
            JOIN revisions r ON r.country = s.country
            JOIN indicator_values v ON v.seq = r.seq AND v.indicator = s.subject
            JOIN indicator_texts t ON t.id = v.text_id
          """),
      arguments: [subjects])
    var machine: [String: [ReadingKey: (status: IndicatorStatus, items: [String])]] = [:]
    var texts: [String: [ReadingKey: Int64]] = [:]
    var supersededBy: [String: [Int: Int]] = [:]
    while let row = try rows.next() {
      let country: String = row[0]
      let key = ReadingKey(revision: row[1], subject: row[2])
      let items = (try? JSONDecoder().decode([String].self, from: Data((row[5] as String).utf8)))
      machine[country, default: [:]][key] = (row[4] as IndicatorStatus? ?? .missing, items ?? [])
      texts[country, default: [:]][key] = row[3]
      if let by = row[6] as Int? { supersededBy[country, default: [:]][key.revision] = by }
    }

    var result: [String: [Int: [String: ReviewedReading]]] = [:]
    for (country, standing) in standing {
      let machine = machine[country] ?? [:]
      let claimed = claims(
        standing, machine: texts[country] ?? [:], supersededBy: supersededBy[country] ?? [:])
      for (key, review) in claimed {
        guard let reading = machine[key] else { continue }
        let judged = machine[ReadingKey(revision: review.revision, subject: key.subject)]
        result[country, default: [:]][key.revision, default: [:]][key.subject] =
          ReviewedReading(
            review: review, machineStatus: reading.status, machineItems: reading.items,
            confirmed: judged)
      }
    }
    return result
  }

  /// The figures `standing` (by country, the reviews standing on its figures) cover, by
  /// country, then revision (event). A figure reads the same as another where its value and
  /// data source are the same.
  private static func reviewedFigures(
    standing: [String: [ReadingKey: Review]], in db: Database
  ) throws -> [String: [Int: [String: ReviewedFigure]]] {
    let subjects = subjectsArgument(standing)
    guard subjects != "[]" else { return [:] }
    let rows = try Row.fetchCursor(
      db.cachedStatement(
        sql: """
          SELECT r.country, f.seq, f.figure, f.value, f.source_name, f.source_period,
            r.superseded_by
          FROM (SELECT json_extract(value, '$[0]') AS country, json_extract(value, '$[1]') AS subject
              FROM json_each(?)) s
            JOIN revisions r ON r.country = s.country
            JOIN figure_values f ON f.seq = r.seq AND f.figure = s.subject
          """),
      arguments: [subjects])
    var values: [String: [ReadingKey: String?]] = [:]
    var same: [String: [ReadingKey: [String?]]] = [:]
    var supersededBy: [String: [Int: Int]] = [:]
    while let row = try rows.next() {
      let country: String = row[0]
      let key = ReadingKey(revision: row[1], subject: row[2])
      values[country, default: [:]][key] = row[3] as String?
      same[country, default: [:]][key] = [row[3], row[4], row[5]]
      if let by = row[6] as Int? { supersededBy[country, default: [:]][key.revision] = by }
    }
    var result: [String: [Int: [String: ReviewedFigure]]] = [:]
    for (country, standing) in standing {
      let values = values[country] ?? [:]
      let claimed = claims(
        standing, machine: same[country] ?? [:], supersededBy: supersededBy[country] ?? [:])
      for (key, review) in claimed {
        guard let value = values[key] else { continue }
        let judged = values[ReadingKey(revision: review.revision, subject: key.subject)]
        result[country, default: [:]][key.revision, default: [:]][key.subject] =
          ReviewedFigure(review: review, machineValue: value, confirmed: judged)
      }
    }
    return result
  }

  /// The (country, subject) pairs standing reviews are on, as one argument: a JSON array of
  /// pairs, which `json_each` reads back.
  private static func subjectsArgument(_ standing: [String: [ReadingKey: Review]]) -> String {
    var pairs: [[String]] = []
    for (country, standing) in standing.sorted(by: { $0.key < $1.key }) {
      for subject in Set(standing.keys.map(\.subject)).sorted() {
        pairs.append([country, subject])
      }
    }
    return SQLList.json(pairs)
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
