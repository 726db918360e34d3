import EventStore
import Foundation
import PostgresStore
import Testing

/// The engines a store runs on, for tests that must give the same answers on each: the
/// store's suite runs once per engine (`@Test(arguments: StoreEngine.allCases)`).
///
/// On PostgreSQL, each store is a new PostgreSQL schema on the server that
/// `PROFILES_TEST_POSTGRES` names (as `Scripts/postgres-cluster start DIR` prints it), worked
/// on through a replica in memory. Without that server, a test case on PostgreSQL is
/// cancelled, and reported skipped with the reason, never passed silently.
public enum StoreEngine: String, CaseIterable, Sendable, CustomTestStringConvertible {
  case sqlite
  case postgres

  public var testDescription: String { rawValue }

  /// The test server, if one is set.
  public static let server: PostgresAddress? = ProcessInfo.processInfo.environment[
    "PROFILES_TEST_POSTGRES"
  ].flatMap { $0.isEmpty ? nil : try? PostgresAddress($0) }

  /// Why the PostgreSQL cases do not run.
  public static let noServer =
    "no PostgreSQL server: set PROFILES_TEST_POSTGRES (Scripts/postgres-cluster start DIR)"

  /// A new, empty store on this engine.
  public func makeLedger() throws -> Ledger {
    switch self {
    case .sqlite: return try Ledger()
    case .postgres: return try Ledger(shared: try StoreEngine.newSharedLog())
    }
  }

  /// A new, empty store on this engine, in the file `path` (on PostgreSQL, the replica).
  public func makeLedger(path: String) throws -> Ledger {
    switch self {
    case .sqlite: return try Ledger(path: path)
    case .postgres: return try Ledger(path: path, shared: try StoreEngine.newSharedLog())
    }
  }

  /// Another replica of `ledger`'s log, fetched afresh from the server; on SQLite, `ledger`
  /// itself. What a second machine would see.
  public func replica(of ledger: Ledger) throws -> Ledger {
    guard let shared = ledger.shared as? PostgresSharedLog else { return ledger }
    let replica = try Ledger(shared: try StoreEngine.open(shared.namespace!, creating: false))
    try replica.sync()
    return replica
  }

  /// A shared log in a new PostgreSQL schema of the test server; cancels the running test
  /// when there is no server.
  public static func newSharedLog() throws -> PostgresSharedLog {
    try open("t_" + UUID().uuidString.prefix(12).lowercased(), creating: true)
  }

  /// The shared log in PostgreSQL schema `namespace` of the test server.
  public static func open(_ namespace: String, creating: Bool) throws -> PostgresSharedLog {
    guard let server else { try Test.cancel(Comment(rawValue: noServer)) }
    return try PostgresSharedLog.open(
      server, password: server.password(), creating: creating, namespace: namespace)
  }
}

extension StoreEngine {
  /// A new, empty database on the test server, for a store that commands reach by its
  /// address; cancels the running test when there is no server.
  public static func newDatabase() async throws -> PostgresAddress {
    guard let server else { try Test.cancel(Comment(rawValue: noServer)) }
    var fresh = server
    fresh.database =
      "profiles_test_"
      + UUID().uuidString.prefix(12).lowercased()
      .replacingOccurrences(of: "-", with: "_")
    let name = fresh.database
    try await PostgresLog.withLog(at: server, password: server.password()) { log in
      try await log.execute("CREATE DATABASE \(name)")
    }
    return fresh
  }
}
