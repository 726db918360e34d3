import Foundation
import GRDB
import LedgerModel
import ProfileModel

extension Ledger {
  /// The revisions in effect for `country`, oldest first, numbered from 1.
  public func revisionsInEffect(country: String) throws -> [RevisionRef] {
    try read { db in try Ledger.revisionsInEffect(country: country, through: nil, in: db) }
  }

  static func revisionsInEffect(country: String, through date: ProfileDate?, in db: Database)
    throws -> [RevisionRef]
  {
    let rows = try Row.fetchCursor(
      db.cachedStatement(
        sql: """
          SELECT seq, effective_date, recorded_at, content_hash FROM revisions
          WHERE country = ? AND superseded_by IS NULL AND effective_date <= ?
          ORDER BY effective_date, seq
          """),
      arguments: [country, date?.iso ?? "9999-12-31"])
    var revisions: [RevisionRef] = []
    while let row = try rows.next() {
      revisions.append(
        RevisionRef(
          seq: row[0], number: revisions.count + 1,
          effectiveDate: ProfileDate(iso: row[1] as String) ?? .invalid, recordedAt: row[2],
          contentHash: row[3]))
    }
    return revisions
  }

  /// The reading recorded by event `seq`, with the values its event says were supplied.
  public func profile(seq: Int) throws -> StoredProfile? {
    try read { db in
      guard
        let row = try Row.fetchOne(
          db,
          sql: """
            SELECT recorded_at, reading_size, reading_zlib, supplied FROM events WHERE seq = ?
            """,
          arguments: [seq]),
        let compressed = row[2] as Data?
      else { return nil }
      let reading = try Deflate.decompress(Array(compressed), size: row[1])
      return StoredProfile(
        seq: seq, recordedAt: row[0], profile: try Profile.decode(json: reading),
        supplied: (row[3] as String?).flatMap(SuppliedField.fields(stored:)) ?? [])
    }
  }

  /// Who introduced each indicator's and figure's reading in the revision of `country` in
  /// effect on `asOf` (default: the latest), or `nil` when none is in effect then.
  ///
  /// Read from the projections alone: one pass over the text ids of the indicators
  /// (`indicator_values`) and the figure values (`figure_values`) of the country's revisions
  /// in effect up to that date, oldest first, finding where each one's last run began.
  public func blame(country: String, asOf: ProfileDate? = nil) throws -> Blame? {
    try read { db in
      let revisions = try Ledger.revisionsInEffect(country: country, through: asOf, in: db)
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
            id: id, status: IndicatorStatus(rawValue: row[1]) ?? .missing,
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
      let from = since?.iso ?? "0000-01-01"
      let to = until?.iso ?? "9999-12-31"
      let placeholders = Array(repeating: "?", count: countries.count).joined(separator: ", ")
      let countryFilter = countries.isEmpty ? "" : "AND r.country IN (\(placeholders))"
      let countryArguments = countries.map { $0 as DatabaseValueConvertible? }

      // The revisions in effect up to `until`, numbered per country; those from `since` on
      // are reported, each with the one before it.
      struct Reported {
        var country: String
        var revision: RevisionRef
        var previous: RevisionRef?
        var outcome: IngestOutcome
      }
      var reported: [Reported] = []
      var previousOf: [String: RevisionRef] = [:]
      let rows = try Row.fetchCursor(
        db,
        sql: """
          SELECT r.country, r.seq, r.effective_date, r.recorded_at, r.content_hash, r.outcome
          FROM revisions r
          WHERE r.superseded_by IS NULL AND r.effective_date <= ? \(countryFilter)
          ORDER BY r.country, r.effective_date, r.seq
          """, arguments: StatementArguments([to] + countryArguments))
      while let row = try rows.next() {
        let country: String = row[0]
        let previous = previousOf[country]
        let revision = RevisionRef(
          seq: row[1], number: (previous?.number ?? 0) + 1,
          effectiveDate: ProfileDate(iso: row[2] as String) ?? .invalid, recordedAt: row[3],
          contentHash: row[4])
        previousOf[country] = revision
        if revision.effectiveDate.iso >= from {
          reported.append(
            Reported(
              country: country, revision: revision, previous: previous,
              outcome: IngestOutcome(rawValue: row[5]) ?? .recorded))
        }
      }
      guard !reported.isEmpty else { return [] }

      // The indicators that changed into each reported revision, with both text ids: the
      // projection's rows in key order (by revision), those not reported skipped.
      let reportedSeqs = Set(reported.map(\.revision.seq))
      var changed: [Int: [(indicator: String, before: Int64, after: Int64)]] = [:]
      var textIDs = Set<Int64>()
      let changes = try Row.fetchCursor(
        db,
        sql: """
          SELECT c.to_seq, c.indicator, a.text_id, b.text_id
          FROM indicator_changes c
            JOIN indicator_values a ON a.seq = c.from_seq AND a.indicator = c.indicator
            JOIN indicator_values b ON b.seq = c.to_seq AND b.indicator = c.indicator
          \(countries.isEmpty ? "" : "WHERE c.country IN (\(placeholders))")
          """, arguments: StatementArguments(countryArguments))
      while let row = try changes.next() {
        let seq: Int = row[0]
        guard reportedSeqs.contains(seq) else { continue }
        let before: Int64 = row[2]
        let after: Int64 = row[3]
        changed[seq, default: []].append((row[1], before, after))
        textIDs.insert(before)
        textIDs.insert(after)
      }
      let texts = try Ledger.indicatorReadings(Array(textIDs), in: db)

      // The figures of every revision reported and of the ones before them.
      var figureSeqs = Set<Int>()
      for entry in reported {
        figureSeqs.insert(entry.revision.seq)
        if let previous = entry.previous { figureSeqs.insert(previous.seq) }
      }
      let figures = try Ledger.figureReadings(keeping: figureSeqs, in: db)

      return reported.map { entry in
        let indicators = (changed[entry.revision.seq] ?? []).compactMap {
          change -> IndicatorPair? in
          guard let before = texts[change.before], let after = texts[change.after] else {
            return nil
          }
          return IndicatorPair(id: change.indicator, before: before, after: after)
        }
        var figurePairs: [FigurePair] = []
        if let previous = entry.previous {
          let before = figures[previous.seq] ?? []
          let after = figures[entry.revision.seq] ?? []
          for figure in after where !before.contains(figure) {
            figurePairs.append(
              FigurePair(id: figure.id, before: before.first { $0.id == figure.id }, after: figure))
          }
          for figure in before where !after.contains(where: { $0.id == figure.id }) {
            figurePairs.append(FigurePair(id: figure.id, before: figure, after: nil))
          }
        }
        return RevisionChanges(
          country: entry.country, revision: entry.revision, previous: entry.previous,
          outcome: entry.outcome, indicators: indicators, figures: figurePairs)
      }
    }
  }

  /// The stored indicator readings with these ids.
  private static func indicatorReadings(_ ids: [Int64], in db: Database) throws
    -> [Int64: IndicatorReading]
  {
    var readings: [Int64: IndicatorReading] = [:]
    readings.reserveCapacity(ids.count)
    for start in stride(from: 0, to: ids.count, by: 500) {
      let chunk = ids[start..<min(start + 500, ids.count)]
      let rows = try Row.fetchCursor(
        db,
        sql: """
          SELECT id, indicator, status, items, text FROM indicator_texts
          WHERE id IN (\(Array(repeating: "?", count: chunk.count).joined(separator: ", ")))
          """, arguments: StatementArguments(Array(chunk)))
      while let row = try rows.next() {
        let items: String = row[3]
        readings[row[0]] = IndicatorReading(
          id: row[1], status: IndicatorStatus(rawValue: row[2]) ?? .missing,
          items: items == "[]" ? [] : (try? CanonicalReader.strings(from: Array(items.utf8))) ?? [],
          text: row[4])
      }
    }
    return readings
  }

  /// The figures of the revisions whose seq is in `keeping`, each revision's in order: the
  /// projection's rows in key order, those not wanted skipped.
  private static func figureReadings(keeping: Set<Int>, in db: Database) throws
    -> [Int: [FigureReading]]
  {
    var figures: [Int: [(position: Int, reading: FigureReading)]] = [:]
    let rows = try Row.fetchCursor(
      db,
      sql: "SELECT seq, figure, position, value, source_name, source_period FROM figure_values")
    while let row = try rows.next() {
      let seq: Int = row[0]
      guard keeping.contains(seq) else { continue }
      let name: String? = row[4]
      figures[seq, default: []].append(
        (
          row[2],
          FigureReading(
            id: row[1], value: row[3],
            source: name.map { DataSource(name: $0, period: row[5] ?? "") })
        ))
    }
    return figures.mapValues { $0.sorted { $0.position < $1.position }.map(\.reading) }
  }
}
