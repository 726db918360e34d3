import EventStore
import Foundation
import LedgerModel
import PostgresStore
import ProfileModel
import ProfileParsing
import ProfileTestSupport
import StoreTestSupport
import Testing

/// A store on PostgreSQL as replicas see it: the same events as on SQLite, byte for byte;
/// one chain whatever the number of replicas writing; a server whose log was altered, or a
/// replica that went its own way, found and refused.
@Suite(.enabled(if: StoreEngine.server != nil, Comment(rawValue: StoreEngine.noServer)))
struct SharedLogTests {
  /// Belize in March 2015, June 2015 with a CIRT, and March 2015 corrected.
  let documents: [String]

  init() throws {
    documents = [
      try Documents.belize(),
      Documents.dated(try Documents.belizeWithCIRT(), "1 June 2015"),
      try Documents.belize(replacing: "1.2.1", with: "Belize has a CIRT in progress."),
    ]
  }

  /// The store's log as the log file carries it, every byte.
  func export(_ ledger: Ledger) throws -> [UInt8] {
    var bytes: [UInt8] = []
    _ = try ledger.exportLog { bytes += $0 }
    return bytes
  }

  func importing(_ log: [UInt8], into ledger: Ledger) throws -> ImportSummary {
    var lines = log.split(separator: UInt8(ascii: "\n")).map(Array.init).makeIterator()
    return try ledger.importLog { lines.next() }
  }

  @Test func aDocumentGivesTheSameEventOnEitherEngine() throws {
    let sqlite = try TestStore.make(documents)
    let postgres = try TestStore.make(documents, in: try StoreEngine.postgres.makeLedger())
    #expect(try postgres.head() == sqlite.head())
    #expect(try export(postgres) == export(sqlite))
    // A machine that never wrote fetches the same log, and answers the same.
    let replica = try StoreEngine.postgres.replica(of: postgres)
    #expect(try export(replica) == export(sqlite))
    #expect(try replica.history(country: "BLZ") == sqlite.history(country: "BLZ"))
    #expect(try replica.verify().isIntact)
  }

  @Test func aLogMovesBetweenTheEnginesHashForHash() throws {
    let sqlite = try TestStore.make(documents)
    let log = try export(sqlite)
    let postgres = try StoreEngine.postgres.makeLedger()
    let summary = try importing(log, into: postgres)
    #expect(summary.appended == 3)
    #expect(summary.head == (try sqlite.head().hash))
    let back = try Ledger()
    _ = try importing(try export(try StoreEngine.postgres.replica(of: postgres)), into: back)
    #expect(try export(back) == log)
  }

  @Test func replicasWritingInTurnKeepOneChain() throws {
    let first = try StoreEngine.postgres.makeLedger()
    let second = try StoreEngine.postgres.replica(of: first)
    // Each writes without having fetched what the other wrote just before.
    try TestStore.record(documents[0], in: first, index: 0)
    try TestStore.record(documents[1], in: second, index: 1)
    try TestStore.record(documents[2], in: first, index: 2)
    try TestStore.record(documents[1], in: second, index: 3)  // known: nothing to append
    try second.sync()
    let alone = try TestStore.make(documents)
    for ledger in [first, second] {
      #expect(try ledger.eventCount() == 3)
      #expect(try ledger.history(country: "BLZ") == alone.history(country: "BLZ"))
      #expect(try ledger.history(country: "BLZ").map(\.outcome).contains(.corrected))
      #expect(try ledger.verify().isIntact)
    }
    #expect(try export(first) == export(second))
    #expect(try first.verifySharedLog().events == 3)
  }

  @Test func aWriteTheServerRefusesLeavesTheReplicaAsItWas() throws {
    let ledger = try StoreEngine.postgres.makeLedger()
    let log = try #require(ledger.shared as? PostgresSharedLog)
    try TestStore.record(documents[0], in: ledger, index: 0)
    try log.execute(
      """
      CREATE FUNCTION refuse_insert() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN RAISE EXCEPTION 'the server is read-only today'; END; $$
      """)
    try log.execute(
      "CREATE TRIGGER refuse_insert BEFORE INSERT ON events FOR EACH ROW EXECUTE FUNCTION refuse_insert()"
    )
    #expect {
      try TestStore.record(documents[1], in: ledger, index: 1)
    } throws: { "\($0)".contains("the server is read-only today") }
    #expect(try ledger.eventCount() == 1, "the replica kept an event the server refused")
    try log.execute("DROP TRIGGER refuse_insert ON events")
    try TestStore.record(documents[1], in: ledger, index: 1)
    #expect(try ledger.eventCount() == 2)
    #expect(try StoreEngine.postgres.replica(of: ledger).eventCount() == 2)
  }

  @Test func anEventAlteredOnTheServerIsFoundAndNotFetched() throws {
    let ledger = try TestStore.make(documents, in: try StoreEngine.postgres.makeLedger())
    let log = try #require(ledger.shared as? PostgresSharedLog)
    // Only the tables' owner can lift the guard: the role that writes cannot.
    try log.execute("ALTER TABLE events DISABLE TRIGGER events_refuse_change")
    try log.execute("UPDATE events SET effective_date = '2015-03-03' WHERE seq = 2")
    let verification = try ledger.verifySharedLog()
    #expect(verification.problem?.seq == 2)
    #expect(verification.problem?.message.contains("altered") == true)
    #expect(verification.events == 1)
    #expect {
      _ = try StoreEngine.postgres.replica(of: ledger)
    } throws: { error in
      guard case LedgerError.sharedLogInvalid(_, let seq, _) = error else { return false }
      return seq == 2
    }
  }

  @Test func aReplicaOfAnotherLogIsRefused() throws {
    let directory = try temporaryDirectory("replica")
    defer { try? FileManager.default.removeItem(at: directory) }
    let path = directory.appendingPathComponent("replica.sqlite").path
    let first = try Ledger(path: path, shared: try StoreEngine.newSharedLog())
    try TestStore.record(documents[0], in: first, index: 0)
    let other = try StoreEngine.newSharedLog()
    let elsewhere = try Ledger(shared: other)
    try TestStore.record(documents[1], in: elsewhere, index: 5)
    let replica = try Ledger(path: path, shared: other)
    #expect(throws: LedgerError.replicaDiverges(path: path, log: other.address, seq: 1)) {
      try replica.sync()
    }
    #expect(try replica.eventCount() == 1, "the replica was changed")
  }

  @Test func theMigratedSchemaIsTheSchemaFileAndMirrorsTheSQLiteLog() throws {
    let log = try StoreEngine.newSharedLog()
    let file = try PostgresLog.migrations.map {
      try String(
        contentsOf: SourceTree.root().appendingPathComponent("Schema/postgres/\($0.1)"),
        encoding: .utf8)
    }.joined(separator: "\n")
    // What the files name, and what the server holds in the store's schema: tables,
    // functions, triggers and the indexes that no constraint makes.
    let named = Set(
      file.matches(of: /\nCREATE (?:TABLE|INDEX|TRIGGER|FUNCTION) (\w+)/).map { String($0.1) })
    let schema = try #require(log.namespace)
    let held = try Set(
      log.column(
        """
        SELECT c.relname::text FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
        WHERE n.nspname = '\(schema)' AND (c.relkind = 'r' OR (c.relkind = 'i'
          AND NOT EXISTS (SELECT 1 FROM pg_constraint k WHERE k.conindid = c.oid)))
        UNION ALL SELECT p.proname::text FROM pg_proc p JOIN pg_namespace n
          ON n.oid = p.pronamespace WHERE n.nspname = '\(schema)'
        UNION ALL SELECT t.tgname::text FROM pg_trigger t JOIN pg_class c ON c.oid = t.tgrelid
          JOIN pg_namespace n ON n.oid = c.relnamespace
          WHERE n.nspname = '\(schema)' AND NOT t.tgisinternal
        """))
    #expect(held == named.union(["schema_migrations"]))
    // The log's tables have the SQLite store's columns, in the same order.
    let sqlite = try Ledger()
    for table in ["events", "sources"] {
      let columns = try log.column(
        """
        SELECT column_name::text FROM information_schema.columns
        WHERE table_schema = '\(schema)' AND table_name = '\(table)' ORDER BY ordinal_position
        """)
      #expect(columns == (try sqlite.columns(of: table)), "\(table)")
    }
  }

  @Test func storesOpenedAtOnceOnANewDatabaseMakeItOnce() throws {
    let namespace = "t_" + UUID().uuidString.prefix(12).lowercased()
    let failures = Failures()
    DispatchQueue.concurrentPerform(iterations: 4) { _ in
      do {
        _ = try StoreEngine.open(namespace, creating: true)
      } catch {
        failures.add("\(error)")
      }
    }
    #expect(failures.all.isEmpty)
    let log = try StoreEngine.open(namespace, creating: false)
    #expect(try log.column("SELECT name FROM schema_migrations") == PostgresLog.migrations.map(\.0))
  }
}

/// Errors collected from several threads.
final class Failures: @unchecked Sendable {
  private let lock = NSLock()
  private var errors: [String] = []
  func add(_ error: String) { lock.withLock { errors.append(error) } }
  var all: [String] { lock.withLock { errors } }
}
