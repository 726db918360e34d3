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
    }
  }
}
