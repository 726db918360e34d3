import Foundation
import GRDB
import LedgerModel
import ProfileModel

extension Ledger {
  /// Every country's latest revision in effect with its statuses (reviewed ones where a
  /// review stands), by country code: what a list of countries with a score per pillar
  /// needs, read from the projections alone, in the same few statements however many
  /// countries there are.
  public func standings() throws -> [CountryStanding] {
    try read { db in
      let latest = try RevisionsInEffect.latest(in: db)
      // Reviewed statuses in place of the reader's, where reviews stand.
      let statuses = Ledger.applying(
        try Ledger.reviewedReadings(countries: [], in: db),
        to: try RevisionsInEffect.statuses(of: latest.map(\.revision.seq), in: db))
      return latest.map { country, revision in
        CountryStanding(country: country, latest: revision, statuses: statuses[revision.seq] ?? [:])
      }
    }
  }
}
