import Foundation
import GRDB
import LedgerModel
import ProfileModel

extension Ledger {
  /// Every country's latest revision in effect with its statuses, by country code: what a
  /// list of countries with a score per pillar needs, read from the projections alone.
  public func standings() throws -> [CountryStanding] {
    try read { db in
      var standings: [CountryStanding] = []
      var index: [Int: Int] = [:]
      try RevisionsInEffect.forEach(in: db) { entry in
        if standings.last?.country == entry.country {
          standings[standings.count - 1].latest = entry.revision
        } else {
          standings.append(
            CountryStanding(country: entry.country, latest: entry.revision, statuses: [:]))
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
          standings[position].statuses[row[1]] = row[2]
        }
      }
      return standings
    }
  }
}
