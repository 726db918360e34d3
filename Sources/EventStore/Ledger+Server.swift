import Foundation
import GRDB
import LedgerModel
import ProfileModel

extension Ledger {
  /// The head of the log, in one indexed lookup: cheap enough to ask on every request.
  public func head() throws -> LogHead {
    try read { db in
      guard
        let row = try Row.fetchOne(
          db.cachedStatement(sql: "SELECT seq, hash FROM events ORDER BY seq DESC LIMIT 1"))
      else { return LogHead(seq: 0, hash: LedgerEvent.genesisHash) }
      return LogHead(seq: row[0], hash: row[1])
    }
  }

  /// Every country's latest revision in effect with its statuses, by country code: what a
  /// list of countries with a score per pillar needs, read from the projections alone.
  public func standings() throws -> [CountryStanding] {
    try read { db in
      var standings: [CountryStanding] = []
      var index: [Int: Int] = [:]
      let rows = try Row.fetchCursor(
        db,
        sql: """
          SELECT country, seq, effective_date, recorded_at, content_hash FROM revisions
          WHERE superseded_by IS NULL ORDER BY country, effective_date, seq
          """)
      while let row = try rows.next() {
        let country: String = row[0]
        let number = standings.last?.country == country ? standings.last!.latest.number + 1 : 1
        let revision = RevisionRef(
          seq: row[1], number: number,
          effectiveDate: ProfileDate(iso: row[2] as String) ?? .invalid, recordedAt: row[3],
          contentHash: row[4])
        if number == 1 {
          standings.append(CountryStanding(country: country, latest: revision, statuses: [:]))
        } else {
          standings[standings.count - 1].latest = revision
        }
      }
      for (position, standing) in standings.enumerated() { index[standing.latest.seq] = position }
      let seqs = Array(index.keys).sorted()
      for chunk in stride(from: 0, to: seqs.count, by: 500) {
        let part = seqs[chunk..<min(chunk + 500, seqs.count)]
        let values = try Row.fetchCursor(
          db,
          sql: """
            SELECT v.seq, v.indicator, t.status
            FROM indicator_values v JOIN indicator_texts t ON t.id = v.text_id
            WHERE v.seq IN (\(Array(repeating: "?", count: part.count).joined(separator: ", ")))
            """, arguments: StatementArguments(Array(part)))
        while let row = try values.next() {
          guard let position = index[row[0]] else { continue }
          standings[position].statuses[row[1]] = IndicatorStatus(rawValue: row[2]) ?? .missing
        }
      }
      return standings
    }
  }

  /// How many revisions in effect are dated from `since` to `until` (inclusive; open when
  /// `nil`) for `countries` (all when empty): the size of the changelog of that range,
  /// counted before building it.
  public func revisionCount(
    since: ProfileDate? = nil, until: ProfileDate? = nil, countries: [String] = []
  ) throws -> Int {
    try read { db in
      let placeholders = Array(repeating: "?", count: countries.count).joined(separator: ", ")
      return try Int.fetchOne(
        db,
        sql: """
          SELECT count(*) FROM revisions
          WHERE superseded_by IS NULL AND effective_date >= ? AND effective_date <= ?
          \(countries.isEmpty ? "" : "AND country IN (\(placeholders))")
          """,
        arguments: StatementArguments(
          [since?.iso ?? "0000-01-01", until?.iso ?? "9999-12-31"] + countries)) ?? 0
    }
  }

  /// The earliest and latest effective dates of the revisions in effect, or `nil` for an
  /// empty store.
  public func dateRange() throws -> (first: ProfileDate, latest: ProfileDate)? {
    try read { db in
      guard
        let row = try Row.fetchOne(
          db,
          sql: """
            SELECT min(effective_date), max(effective_date) FROM revisions
            WHERE superseded_by IS NULL
            """),
        let first = (row[0] as String?).flatMap({ ProfileDate(iso: $0) }),
        let latest = (row[1] as String?).flatMap({ ProfileDate(iso: $0) })
      else { return nil }
      return (first, latest)
    }
  }

  /// The original bytes of the document that event `seq` recorded a reading of, with the
  /// event's country and effective date; `nil` when no such event holds a source. Reaches a
  /// superseded reading's document, which ``source(country:date:)`` does not.
  public func source(seq: Int) throws -> (country: String, date: ProfileDate, bytes: [UInt8])? {
    try read { db in
      guard
        let row = try Row.fetchOne(
          db,
          sql: """
            SELECT e.country, e.effective_date, s.size, s.zlib
            FROM events e JOIN sources s ON s.hash = e.source_hash WHERE e.seq = ?
            """,
          arguments: [seq]),
        let date = ProfileDate(iso: row[1] as String)
      else { return nil }
      let compressed: Data = row[3]
      return (row[0], date, try Deflate.decompress(Array(compressed), size: row[2]))
    }
  }
}
