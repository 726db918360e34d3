import Foundation
import GRDB
import ProfileModel

/// The logical content of a store: every row of every table, in order, read without writing
/// and whatever its write-ahead log holds. Tests compare it before and after a command that
/// must leave the store as it was.
enum StoreContent {
  /// Every row of every table of the store at `path`, one per line, tables by name.
  static func rows(of path: String) throws -> String {
    var configuration = Configuration()
    configuration.readonly = true
    return try DatabaseQueue(path: path, configuration: configuration).read { db in
      try String.fetchAll(
        db, sql: "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name"
      )
      .map { table in
        try Row.fetchAll(db, sql: "SELECT * FROM \(table) ORDER BY 1").map(\.description)
          .joined(separator: "\n")
      }
      .joined(separator: "\n")
    }
  }

  /// The SHA-256 of ``rows(of:)``.
  static func digest(of path: String) throws -> String {
    CanonicalJSON.sha256Hex(Data(try rows(of: path).utf8))
  }
}
