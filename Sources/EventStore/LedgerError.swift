/// What can go wrong with a ledger file, named with the file and the cause.
public enum LedgerError: Error, Hashable, Sendable, CustomStringConvertible {
  /// Another writer appended to the country's stream first; re-read and retry.
  case versionConflict(country: String, expected: Int)
  /// The file is not a ProfileLedger store (or is damaged).
  case notALedger(path: String, reason: String)
  /// The file was written by a newer schema than this program knows.
  case newerSchema(path: String, found: String)
  /// SQLite refused an operation.
  case database(path: String, message: String)
  /// No such country or revision.
  case unknownCountry(String, suggestions: [String])
  case noRevision(country: String, date: String)

  public var description: String {
    switch self {
    case .versionConflict(let country, let expected):
      "stream \(country) moved past version \(expected) while appending; retry"
    case .notALedger(let path, let reason):
      "\(path) is not a ProfileLedger store: \(reason)"
    case .newerSchema(let path, let found):
      "\(path) was written by a newer ProfileLedger (schema \(found)); upgrade profiles to read it"
    case .database(let path, let message):
      "\(path): \(message)"
    case .unknownCountry(let name, let suggestions):
      suggestions.isEmpty
        ? "unknown country '\(name)'"
        : "unknown country '\(name)'; did you mean \(suggestions.joined(separator: ", "))?"
    case .noRevision(let country, let date):
      "no revision of \(country) dated \(date)"
    }
  }
}
