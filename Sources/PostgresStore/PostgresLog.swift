import Foundation
import Logging
import PostgresNIO

/// A store's log on a PostgreSQL server: a pool of connections to it, and its schema,
/// brought up to date by ``migrate()``.
///
/// ```swift
/// try await PostgresLog.withLog(at: address, password: address.password()) { log in
///   try await log.migrate()
/// }
/// ```
public struct PostgresLog: Sendable {
  let client: PostgresClient
  let logger: Logger

  /// The migrations, in order: each one's name and the file of `Schema/postgres/` it runs.
  /// A file, once released, never changes; a new schema is a new file.
  static let migrations = [("v1", "ledger.sql")]

  /// The schema version this program writes (the last migration's name).
  public static let schemaVersion = migrations.last!.0

  /// Runs `body` with the log at `address`, connected while it runs.
  public static func withLog<Result: Sendable>(
    at address: PostgresAddress, password: String?,
    logger: Logger = Logger(label: "profiles.postgres"),
    _ body: @Sendable (PostgresLog) async throws -> Result
  ) async throws -> Result {
    let configuration: PostgresClient.Configuration
    switch address.endpoint {
    case .tcp(let host, let port):
      let tls: PostgresClient.Configuration.TLS =
        switch address.tls {
        case .disable: .disable
        case .prefer: .prefer(.makeClientConfiguration())
        case .require: .require(.makeClientConfiguration())
        }
      configuration = .init(
        host: host, port: port, username: address.user, password: password,
        database: address.database, tls: tls)
    case .socket(let directory, let port):
      configuration = .init(
        unixSocketPath: "\(directory)/.s.PGSQL.\(port)", username: address.user,
        password: password, database: address.database)
    }
    let client = PostgresClient(configuration: configuration, backgroundLogger: logger)
    return try await withThrowingTaskGroup(of: Void.self) { group in
      group.addTask { await client.run() }
      defer { group.cancelAll() }
      return try await body(PostgresLog(client: client, logger: logger))
    }
  }

  /// Applies the migrations the store lacks, each in a transaction of its own, under an
  /// advisory lock so that two processes opening a new store at once apply each once.
  /// Returns the names applied.
  @discardableResult
  public func migrate() async throws -> [String] {
    try await client.withConnection { connection in
      _ = try await connection.query(
        "CREATE TABLE IF NOT EXISTS schema_migrations (name text PRIMARY KEY)", logger: logger)
      var applied: [String] = []
      for (name, file) in PostgresLog.migrations {
        guard let sql = PostgresResources.file(file) else {
          preconditionFailure("Schema/postgres/\(file) is not embedded")
        }
        let done = try await connection.withTransaction(logger: logger) { transaction in
          _ = try await transaction.query(
            "SELECT pg_advisory_xact_lock(\(PostgresLog.migrationLock))", logger: logger)
          let rows = try await transaction.query(
            "SELECT 1 FROM schema_migrations WHERE name = \(name)", logger: logger)
          for try await _ in rows { return false }
          for statement in PostgresLog.statementsOfSchema(sql) {
            _ = try await transaction.query(PostgresQuery(unsafeSQL: statement), logger: logger)
          }
          _ = try await transaction.query(
            "INSERT INTO schema_migrations (name) VALUES (\(name))", logger: logger)
          return true
        }
        if done { applied.append(name) }
      }
      return applied
    }
  }

  /// The migrations the store has had, in order.
  public func appliedMigrations() async throws -> [String] {
    var names: [String] = []
    let rows = try await client.query(
      "SELECT name FROM schema_migrations ORDER BY name", logger: logger)
    for try await name in rows.decode(String.self) { names.append(name) }
    return names
  }

  /// Runs `sql`, one statement with no parameters, for set-up and for tests.
  public func execute(_ sql: String) async throws {
    _ = try await client.query(PostgresQuery(unsafeSQL: sql), logger: logger)
  }

  /// How many rows `table` holds.
  public func count(_ table: String) async throws -> Int {
    let rows = try await client.query(
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
