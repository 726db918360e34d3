import EventStore
import LedgerModel
import ParallelMap
import ProfileModel
import ProfileParsing

extension Ledger {
  /// The warnings the current reader gives of each revision in effect of `countries` (all
  /// when empty): its stored source read again, with the values supplied when it was
  /// recorded, on every core. What the review queue lists beside the readings.
  public func readingWarnings(
    countries: [String] = [], parser: ProfileParser = .standard
  ) throws -> [ReadingWarning] {
    try sourcesInEffect(countries: countries).concurrentMap { source in
      let supplied = SuppliedValues(
        date: source.supplied.contains(.date) ? source.revision.effectiveDate : nil,
        country: source.supplied.contains(.country) ? source.country : nil)
      return parser.parse(bytes: source.bytes, supplied: supplied).diagnostics
        .filter { $0.severity == .warning }
        .map {
          ReadingWarning(
            country: source.country, revision: source.revision, line: $0.line,
            message: $0.message)
        }
    }.flatMap { $0 }
  }
}
