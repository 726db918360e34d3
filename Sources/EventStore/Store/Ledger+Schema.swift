import Foundation
import GRDB
import LedgerModel
import ProfileModel

extension Ledger {
  /// The store's schema as SQLite reports it: one statement per table, index, trigger and
  /// view, in name order. Compared with `Schema/ledger.sql` by the tests.
  public func schemaStatements() throws -> [String] {
    try read { db in
      try String.fetchAll(
        db,
        sql: """
          SELECT sql FROM sqlite_master
          WHERE sql IS NOT NULL AND name NOT LIKE 'sqlite_%' AND name != 'grdb_migrations'
          ORDER BY type, name
          """)
    }
  }

  /// The columns of `table`, in order: what a store on another engine must mirror.
  public func columns(of table: String) throws -> [String] {
    try read { db in try db.columns(in: table).map(\.name) }
  }

  /// Migration v3: fills `figure_values` from the readings already stored, one revision at a
  /// time, so that a version 1 store answers like one written by this version.
  static func fillFigureValues(in db: Database) throws {
    try forEachStoredReading(in: db) { seq, profile in
      try projectFigures(seq: seq, profile.figures, in: db)
    }
  }

  /// Migration v7: fills `marked_readings` from the readings already stored.
  static func fillMarkedReadings(in db: Database) throws {
    try forEachStoredReading(in: db) { seq, profile in
      try projectMarks(seq: seq, profile.indicators, in: db)
    }
  }

  /// Each revision's reading, decoded, in log order: for a migration that fills a new
  /// projection. The migrations that use it come before v8, so no reading is a delta yet.
  private static func forEachStoredReading(
    in db: Database, _ body: (Int, Profile) throws -> Void
  ) throws {
    let rows = try Row.fetchCursor(
      db,
      sql: """
        SELECT r.seq, e.reading_size, e.reading_zlib
        FROM revisions r JOIN events e ON e.seq = r.seq ORDER BY r.seq
        """)
    while let row = try rows.next() {
      let compressed: Data = row[2]
      let reading = try Deflate.decompress(Array(compressed), size: row[1])
      try body(row[0], try Profile.decode(json: reading))
    }
  }
}

extension Ledger {
  /// Calls `handler` with each statement the store runs from now on, its values written in:
  /// for the tests of query plans. A store in memory only, which has one connection.
  func traceStatements(_ handler: @escaping @Sendable (String) -> Void) throws {
    try writer.writeWithoutTransaction { db in
      db.trace(options: .statement) { handler($0.expandedDescription) }
    }
  }

  /// How SQLite runs `sql`: the `detail` of each line of `EXPLAIN QUERY PLAN`.
  func queryPlan(_ sql: String) throws -> [String] {
    try read { db in
      try Row.fetchAll(db, sql: "EXPLAIN QUERY PLAN " + sql).map { $0["detail"] }
    }
  }

  /// The opcodes of the program SQLite compiles `sql` to (`EXPLAIN`), in order.
  func opcodes(_ sql: String) throws -> [String] {
    try read { db in
      try Row.fetchAll(db, sql: "EXPLAIN " + sql).map { $0["opcode"] }
    }
  }
}
