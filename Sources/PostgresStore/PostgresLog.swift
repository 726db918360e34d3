import Foundation
import Logging
import PostgresNIO

/// A store's log on a PostgreSQL server, for administration and tests: a connection to it,
/// and its schema, brought up to date by ``migrate()``. Commands work through
/// ``PostgresSharedLog``.
///
/// ```swift
/// try await PostgresLog.withLog(at: address, password: address.password()) { log in
///   try await log.migrate()
/// }
/// ```
public struct PostgresLog: Sendable {
  let connection: PostgresConnection
  let logger: Logger

  /// The migrations, in order: each one's name and the file of `Schema/postgres/` it runs.
  /// A file, once released, never changes; a new schema is a new file.
  public static let migrations = [("v1", "ledger.sql"), ("v2", "ledger-v2.sql")]

  /// The schema version this program writes (the last migration's name).
  public static let schemaVersion = migrations.last!.0

  /// Runs `body` with the log at `address`, connected while it runs.
  public static func withLog<Result: Sendable>(
    at address: PostgresAddress, password: String?,
    logger: Logger = Logger(label: "profiles.postgres"),
    _ body: @Sendable (PostgresLog) async throws -> Result
  ) async throws -> Result {
    let connection = try await PostgresConnection.connect(
      configuration: try address.connectionConfiguration(password: password), id: 3,
      logger: logger)
    do {
      let result = try await body(PostgresLog(connection: connection, logger: logger))
      try await connection.close()
      return result
    } catch {
      try? await connection.close()
      throw error
    }
  }

  /// Applies the migrations the store lacks, each in a transaction of its own, under an
  /// advisory lock so that two processes opening a new store at once apply each once.
  /// Returns the names applied.
  @discardableResult
  public func migrate() async throws -> [String] {
    try PostgresLog.migrate(on: connection, logger: logger)
  }

  /// ``migrate()`` on one connection, waiting for each statement.
  @discardableResult
  static func migrate(on connection: PostgresConnection, logger: Logger) throws -> [String] {
    func run(_ query: PostgresQuery) throws -> PostgresQueryResult {
      try connection.query(query, logger: logger).wait()
    }
    var applied: [String] = []
    for (name, file) in PostgresLog.migrations {
      guard let sql = PostgresResources.file(file) else {
        preconditionFailure("Schema/postgres/\(file) is not embedded")
      }
      _ = try run("BEGIN")
      do {
        // The lock first, then even the table of migrations: processes opening a new store
        // at the same moment make it, and apply each migration, one after the other.
        _ = try run("SELECT pg_advisory_xact_lock(\(PostgresLog.migrationLock))")
        _ = try run("CREATE TABLE IF NOT EXISTS schema_migrations (name text PRIMARY KEY)")
        if try run("SELECT 1 FROM schema_migrations WHERE name = \(name)").isEmpty {
          for statement in PostgresLog.statementsOfSchema(sql) {
            _ = try run(PostgresQuery(unsafeSQL: statement))
          }
          _ = try run("INSERT INTO schema_migrations (name) VALUES (\(name))")
          applied.append(name)
        }
        _ = try run("COMMIT")
      } catch {
        _ = try? run("ROLLBACK")
        throw error
      }
    }
    return applied
  }

  /// The migrations the store has had, in order.
  public func appliedMigrations() async throws -> [String] {
    try PostgresLog.appliedMigrations(on: connection, logger: logger)
  }

  /// ``appliedMigrations()`` on one connection: none when the database has no store.
  static func appliedMigrations(on connection: PostgresConnection, logger: Logger) throws
    -> [String]
  {
    let exists = try connection.query(
      "SELECT to_regclass('schema_migrations') IS NOT NULL", logger: logger
    ).wait()
    guard try exists.first?.decode(Bool.self) == true else { return [] }
    let rows = try connection.query(
      "SELECT name FROM schema_migrations ORDER BY name", logger: logger
    ).wait()
    return try rows.map { try $0.decode(String.self) }
  }

  /// Runs `sql`, one statement with no parameters, for set-up and for tests.
  public func execute(_ sql: String) async throws {
    _ = try await connection.query(PostgresQuery(unsafeSQL: sql), logger: logger)
  }

  /// How many rows `table` holds.
  public func count(_ table: String) async throws -> Int {
    let rows = try await connection.query(
      PostgresQuery(unsafeSQL: "SELECT count(*) FROM \(table)"), logger: logger)
    for try await count in rows.decode(Int.self) { return count }
    return 0
  }

  /// The statements of a schema file, in order: each ends with `;` at the end of a line,
  /// outside a `$$`-quoted function body; lines of comments alone are left out.
  public static func statementsOfSchema(_ sql: String) -> [String] {
    var statements: [String] = []
    var current: [Substring] = []
    var quoted = false
    for line in sql.split(separator: "\n", omittingEmptySubsequences: false) {
      if !quoted, line.trimmingPrefix(while: \.isWhitespace).hasPrefix("--") { continue }
      current.append(line)
      if line.ranges(of: "$$").count % 2 == 1 { quoted.toggle() }
      if !quoted, line.hasSuffix(";") {
        statements.append(
          current.joined(separator: "\n").trimmingCharacters(in: .whitespacesAndNewlines))
        current = []
      }
    }
    return statements
  }

  /// The statements of every migration, in order (what a new store runs).
  public static func embeddedSchemaStatements() -> [String] {
    migrations.flatMap { statementsOfSchema(PostgresResources.file($0.1) ?? "") }
  }

  /// The advisory lock key of migrations (any number the store's other locks do not use).
  static let migrationLock: Int64 = 0x5052_4F46_494C_4553  // "PROFILES"
}
