import Foundation

/// What can go wrong with a ledger file, named with the file and the cause.
public enum LedgerError: Error, Hashable, Sendable, CustomStringConvertible {
  /// Another writer appended to the country's stream first; re-read and retry.
  case versionConflict(country: String, expected: Int)
  /// The file is not a ProfileLedger store (or is damaged).
  case notALedger(path: String, reason: String)
  /// The file was written by a newer schema than this program knows.
  case newerSchema(path: String, found: String)
  /// The store's schema is older than this program's, and a store opened read-only cannot
  /// be upgraded.
  case olderSchema(path: String, found: String)
  /// The store cannot be written: the file, its directory or the open mode is read-only.
  case readOnly(path: String, reason: String)
  /// Another connection held the write lock for longer than the busy timeout.
  case locked(path: String, waited: TimeInterval)
  /// SQLite ran out of room: the disk is full or the store reached its page limit. The
  /// transaction that needed the room was rolled back.
  case full(path: String)
  /// The file cannot be opened at all.
  case cannotOpen(path: String, reason: String)
  /// The operating system failed a read or a write.
  case ioError(path: String, message: String)
  /// SQLite refused an operation.
  case database(path: String, message: String)
  /// The replica at `path` holds event `seq`, which the shared log at `log` does not: it
  /// was written without the log, or the log was replaced.
  case replicaDiverges(path: String, log: String, seq: Int)
  /// An event of the shared log at `log` (or a document, when `seq` is 0) fails its checks.
  case sharedLogInvalid(log: String, seq: Int, message: String)

  public var description: String {
    switch self {
    case .versionConflict(let country, let expected):
      "stream \(country) moved past version \(expected) while appending; retry"
    case .notALedger(let path, let reason):
      "\(path) is not a ProfileLedger store: \(reason)"
    case .newerSchema(let path, let found):
      "\(path) was written by a newer ProfileLedger (schema \(found)); upgrade profiles to read it"
    case .olderSchema(let path, let found) where found == "none":
      "\(path): the store has no schema yet, and a read-only store cannot be given one"
    case .olderSchema(let path, let found):
      "\(path): the store has schema \(found) and needs an upgrade to \(Ledger.schemaVersion), "
        + "which a read-only store cannot take; run any command on it once with write access"
    case .readOnly(let path, let reason):
      "\(path): the store is read-only (\(reason))"
    case .locked(let path, let waited):
      "\(path): the store is locked by another writer; waited \(LedgerError.seconds(waited)) s"
    case .full(let path):
      "\(path): the disk or the store is full; the last transaction was rolled back"
    case .cannotOpen(let path, let reason):
      "\(path): cannot open the store (\(reason))"
    case .ioError(let path, let message):
      "\(path): disk I/O error (\(message))"
    case .database(let path, let message):
      "\(path): \(message)"
    case .replicaDiverges(let path, let log, let seq):
      "\(path): this replica's event \(seq) is not the one the log at \(log) holds: the "
        + "replica was written without the log, or the log was replaced; move the replica "
        + "aside and it is fetched again from the log"
    case .sharedLogInvalid(let log, let seq, let message) where seq == 0:
      "\(log): \(message)"
    case .sharedLogInvalid(let log, let seq, let message):
      "\(log): event \(seq): \(message)"
    }
  }

  /// `30`, `0.5`: seconds without a trailing `.0`.
  static func seconds(_ value: TimeInterval) -> String {
    value == value.rounded() ? String(Int(value)) : String(format: "%g", value)
  }
}
