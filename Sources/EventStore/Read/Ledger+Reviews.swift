import Foundation
import GRDB
import LedgerModel
import ProfileModel

/// Reviews, and the reviewed readings they give.
///
/// A review judges a reading: it stands on every revision of the country that reads the
/// indicator the same way (the same text, items and status), and on the correction that
/// replaced the revision reviewed, until a review of that revision says otherwise. Where
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
          SELECT v.seq, v.revision_seq, r.effective_date, v.indicator, v.action, v.status,
            v.items, v.reviewer, v.note, v.recorded_at
          FROM reviews v JOIN revisions r ON r.seq = v.revision_seq
          WHERE v.country = ? AND \(condition) ORDER BY v.seq
          """),
      arguments: [country, cutoff])
    var reviews: [Review] = []
    while let row = try rows.next() {
      let verdict: ReviewVerdict
      switch row[4] as String {
      case "set":
        let items = (row[6] as String?).flatMap {
          try? JSONDecoder().decode([String].self, from: Data($0.utf8))
        }
        verdict = .corrected(status: row[5] as IndicatorStatus? ?? .unknown, items: items)
      case "confirm": verdict = .confirmed
      default: verdict = .cleared
      }
      reviews.append(
        Review(
          seq: row[0], country: country, revision: row[1],
          effectiveDate: ProfileDate(iso: row[2] as String) ?? .invalid, indicator: row[3],
          verdict: verdict, reviewer: row[7], note: row[8], recordedAt: row[9]))
    }
    return reviews
  }

  /// The reviewed readings of `country` as known at `knownAt`: for each revision (by its
  /// event) the indicators a standing review covers. Empty for a country never reviewed,
  /// at the cost of one indexed query.
  static func reviewedReadings(country: String, knownAt: KnownAt?, in db: Database) throws
    -> [Int: [String: ReviewedReading]]
  {
    // The review standing on each reviewed (revision, indicator): the last one, unless it
    // clears.
    var standing: [ReadingKey: Review] = [:]
    for review in try reviews(country: country, knownAt: knownAt, in: db) {
      let key = ReadingKey(revision: review.revision, indicator: review.indicator)
      standing[key] = review.verdict == .cleared ? nil : review
    }
    guard !standing.isEmpty else { return [:] }

    // The machine's readings of the reviewed indicators, in every revision of the country.
    let indicators = Set(standing.keys.map(\.indicator)).sorted()
    let placeholders = Array(repeating: "?", count: indicators.count).joined(separator: ", ")
    let rows = try Row.fetchCursor(
      db,
      sql: """
        SELECT v.seq, v.indicator, v.text_id, t.status, t.items, r.superseded_by
        FROM revisions r JOIN indicator_values v ON v.seq = r.seq
          JOIN indicator_texts t ON t.id = v.text_id
        WHERE r.country = ? AND v.indicator IN (\(placeholders))
        """, arguments: StatementArguments([country] + indicators))
    struct Machine {
      var textID: Int64
      var status: IndicatorStatus
      var items: [String]
    }
    var machine: [ReadingKey: Machine] = [:]
    var supersededBy: [Int: Int] = [:]
    while let row = try rows.next() {
      let key = ReadingKey(revision: row[0], indicator: row[1])
      let items = (try? JSONDecoder().decode([String].self, from: Data((row[4] as String).utf8)))
      machine[key] = Machine(
        textID: row[2], status: row[3] as IndicatorStatus? ?? .missing, items: items ?? [])
      if let by = row[5] as Int? { supersededBy[key.revision] = by }
    }

    // Each standing review, on every reading it covers; the strongest claim wins.
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
      for (other, reading) in machine
      where other.indicator == key.indicator && reading.textID == reviewed.textID {
        claim(other, review, direct: false)
      }
      // The correction that replaced the revision reviewed, and any that replaced it.
      var revision = key.revision
      var seen: Set<Int> = [revision]
      while let next = supersededBy[revision], seen.insert(next).inserted {
        let replaced = ReadingKey(revision: next, indicator: key.indicator)
        if machine[replaced] != nil { claim(replaced, review, direct: false) }
        revision = next
      }
    }
    var result: [Int: [String: ReviewedReading]] = [:]
    for (key, held) in claims {
      guard let reading = machine[key] else { continue }
      let judged = machine[ReadingKey(revision: held.review.revision, indicator: key.indicator)]
      result[key.revision, default: [:]][key.indicator] = ReviewedReading(
        review: held.review, machineStatus: reading.status, machineItems: reading.items,
        confirmed: judged.map { ($0.status, $0.items) })
    }
    return result
  }

  /// The countries with a review recorded: the only ones whose reports read anything but
  /// the machine's readings.
  static func reviewedCountries(in db: Database) throws -> Set<String> {
    Set(try String.fetchAll(db.cachedStatement(sql: "SELECT DISTINCT country FROM reviews")))
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

/// One indicator of one revision.
private struct ReadingKey: Hashable {
  var revision: Int
  var indicator: String
}
