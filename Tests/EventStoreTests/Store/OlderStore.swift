import Foundation
import GRDB
import Testing

@testable import EventStore

/// Stores as earlier versions of `profiles` left them, for the tests of migrations.
enum OlderStore {
  /// The columns that hold a SHA-256, by table: 64 lower-case hex digits before schema v9,
  /// 32 bytes since.
  static let hashColumns = [
    "sources": ["hash", "base"],
    "events": ["source_hash", "content_hash", "prev_hash", "hash", "text_hash"],
    "revisions": ["content_hash"],
  ]

  /// Makes at `path` a store of schema `version` (made by the migrations up to it alone)
  /// holding the rows of the store at `current`, written by this version: column for
  /// column, each hash as the version kept it (in hex before v9).
  static func make(at path: String, version: Int, from current: String) throws {
    let migrations = Ledger.migrations.filter { Int($0.0.dropFirst())! <= version }
    try DatabaseQueue(path: path).writeWithoutTransaction { db in
      try db.inTransaction {
        for (_, file) in migrations {
          try db.execute(sql: try #require(StoreResources.file(file)))
        }
        try db.execute(sql: "CREATE TABLE grdb_migrations (identifier TEXT NOT NULL PRIMARY KEY)")
        for (name, _) in migrations {
          try db.execute(sql: "INSERT INTO grdb_migrations VALUES (?)", arguments: [name])
        }
        return .commit
      }
      try db.execute(sql: "ATTACH DATABASE ? AS current", arguments: [current])
      try db.inTransaction {
        let tables = try String.fetchAll(
          db,
          sql: """
            SELECT name FROM main.sqlite_master
            WHERE type = 'table' AND name NOT IN ('grdb_migrations') AND name NOT LIKE 'sqlite_%'
            ORDER BY name = 'sources' DESC, name = 'events' DESC
            """)
        for table in tables {
          let columns = try db.columns(in: table, in: "main").map(\.name)
          let values = columns.map { column in
            version < 9 && hashColumns[table, default: []].contains(column)
              ? "lower(hex(\(column)))" : column
          }
          // hex(NULL) is '': a NULL stays NULL.
          let selected = zip(columns, values).map { column, value in
            value == column ? column : "CASE WHEN \(column) IS NULL THEN NULL ELSE \(value) END"
          }
          try db.execute(
            sql: """
              INSERT INTO main.\(table) (\(columns.joined(separator: ", ")))
              SELECT \(selected.joined(separator: ", ")) FROM current.\(table)
              """)
        }
        return .commit
      }
      try db.execute(sql: "DETACH DATABASE current")
    }
  }
}
