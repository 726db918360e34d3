import Foundation
import GRDB
import LedgerModel
import ProfileModel

extension Ledger {
  /// Every country's latest revision in effect with its statuses (reviewed ones where a
  /// review stands), by country code: what a list of countries with a score per pillar
  /// needs, read from the projections alone.
  public func standings() throws -> [CountryStanding] {
    try read { db in
      var standings: [CountryStanding] = []
      try RevisionsInEffect.forEach(in: db) { entry in
        if standings.last?.country == entry.country {
          standings[standings.count - 1].latest = entry.revision
        } else {
          standings.append(
            CountryStanding(country: entry.country, latest: entry.revision, statuses: [:]))
        }
      }
      // Reviewed statuses in place of the reader's, where reviews stand.
      let statuses = Ledger.applying(
        try Ledger.reviewedReadings(countries: [], in: db),
        to: try RevisionsInEffect.statuses(of: standings.map(\.latest.seq), in: db))
      for position in standings.indices {
        standings[position].statuses = statuses[standings[position].latest.seq] ?? [:]
      }
      return standings
    }
  }
}
