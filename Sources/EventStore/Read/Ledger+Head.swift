import Foundation
import GRDB
import LedgerModel
import ProfileModel

/// Where the log ends.
extension Ledger {
  /// The head of the log, in one indexed lookup: cheap enough to ask on every request.
  public func head() throws -> LogHead {
    try read { db in
      guard
        let row = try Row.fetchOne(
          db.cachedStatement(sql: "SELECT seq, hash FROM events ORDER BY seq DESC LIMIT 1"))
      else { return LogHead(seq: 0, hash: LedgerEvent.genesisHash) }
      return LogHead(seq: row[0], hash: row.hex(1) ?? "")
    }
  }

  /// The number of events in the log.
  public func eventCount() throws -> Int {
    try read { db in try Int.fetchOne(db, sql: "SELECT count(*) FROM events") ?? 0 }
  }

  /// The hash of the last event, or the genesis hash for an empty log.
  public func headHash() throws -> String {
    try read { db in
      try Row.fetchOne(db, sql: "SELECT hash FROM events ORDER BY seq DESC LIMIT 1")?.hex(0)
        ?? LedgerEvent.genesisHash
    }
  }
}
