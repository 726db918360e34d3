import Foundation
import GRDB
import LedgerModel
import ProfileModel

/// What a date range of the log holds, counted before it is read.
extension Ledger {
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
}
