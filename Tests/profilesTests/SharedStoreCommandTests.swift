import EventStore
import Foundation
import PostgresStore
import ProfileTestSupport
import StoreTestSupport
import Testing

#if canImport(FoundationNetworking)
  import FoundationNetworking
#endif

/// `profiles` on a store on PostgreSQL, as users on several machines run it: writers at
/// once on overlapping documents, a writer killed mid-transaction, and what a user is told
/// when the server or the store is not there.
@Suite(.enabled(if: StoreEngine.server != nil, Comment(rawValue: StoreEngine.noServer)))
struct SharedStoreCommandTests {
  let profiles = CommandRunner()

  /// A corpus of `countries` × `revisions` documents written under a new directory, and
  /// their paths in path order (each country's revisions by date).
  func corpus(_ countries: Int, _ revisions: Int, in directory: URL) throws -> [String] {
    let root = directory.appendingPathComponent("corpus")
    _ = try SyntheticCorpus(countries: countries, revisions: revisions).write(to: root)
    return try FileManager.default.subpathsOfDirectory(atPath: root.path)
      .filter { $0.hasSuffix(".txt") }.sorted().map { root.appendingPathComponent($0).path }
  }

  /// The server's log, fetched into a new replica in memory.
  func fetched(_ address: PostgresAddress) throws -> Ledger {
    let ledger = try Ledger(
      shared: try PostgresSharedLog.open(address, password: nil, creating: false))
    try ledger.sync()
    return ledger
  }

  @Test func fourWritersOnOverlappingDocumentsRecordEachRevisionOnce() async throws {
    let address = try await StoreEngine.newDatabase()
    let directory = try temporaryDirectory("profiles-writers")
    defer { try? FileManager.default.removeItem(at: directory) }
    let files = try corpus(4, 30, in: directory)
    // Writer i takes half the corpus, starting a quarter further than writer i - 1: every
    // document is given to two writers, in a different order by each.
    let sets = (0..<4).map { writer in
      (0..<files.count / 2).map { files[(writer * files.count / 4 + $0) % files.count] }
    }
    let outcomes = try await withThrowingTaskGroup(of: CommandRunner.Outcome.self) { group in
      for (writer, set) in sets.enumerated() {
        let replica = directory.appendingPathComponent("replica-\(writer).sqlite").path
        group.addTask {
          try profiles.run(
            ["ingest", "--db", address.url, "--quiet", "--batch", "8"]
              + (writer % 2 == 0 ? set : set.reversed()),
            environment: ["PROFILES_REPLICA": replica])
        }
      }
      return try await group.reduce(into: []) { $0.append($1) }
    }
    for outcome in outcomes { #expect(outcome.status == 0, "\(outcome.stderr)") }

    let log = try fetched(address)
    #expect(try log.eventCount() == files.count, "events lost or duplicated")
    #expect(try log.verify().isIntact)
    let revisions = try log.countries().map(\.revisions).reduce(0, +)
    #expect(revisions == files.count)
    let verify = try profiles.run(
      ["verify", "--db", address.url],
      environment: ["PROFILES_REPLICA": directory.appendingPathComponent("auditor.sqlite").path])
    #expect(verify.status == 0, "\(verify.stderr)")
    #expect(verify.stdout.hasPrefix("\(files.count) events verified; head "))
  }

  @Test func aWriterKilledMidTransactionLeavesTheLogValid() async throws {
    let address = try await StoreEngine.newDatabase()
    let directory = try temporaryDirectory("profiles-killed")
    defer { try? FileManager.default.removeItem(at: directory) }
    let files = try corpus(4, 40, in: directory)
    let replica = ["PROFILES_REPLICA": directory.appendingPathComponent("replica.sqlite").path]

    let process = Process()
    process.executableURL = profiles.executable
    process.arguments = ["ingest", "--db", address.url, "--batch", "4"] + files
    process.environment = ProcessInfo.processInfo.environment.merging(replica) { $1 }
    process.standardOutput = FileHandle.nullDevice
    process.standardError = FileHandle.nullDevice
    try process.run()
    // Killed once some batches are on the server, while others are being written.
    let log = try PostgresSharedLog.open(address, password: nil, creating: true)
    let deadline = Date().addingTimeInterval(60)
    while try log.head().seq < 12, process.isRunning, Date() < deadline { usleep(2_000) }
    kill(process.processIdentifier, SIGKILL)
    process.waitUntilExit()

    let recorded = try fetched(address)
    let count = try recorded.eventCount()
    #expect(count >= 12 && count < files.count, "the kill did not land mid-ingest: \(count)")
    #expect(count % 4 == 0, "a batch was half committed: \(count) events")
    #expect(try recorded.verify().isIntact)

    // The same ingest, on the killed writer's replica, records the rest.
    let again = try profiles.run(
      ["ingest", "--db", address.url, "--quiet"] + files, environment: replica)
    #expect(again.status == 0, "\(again.stderr)")
    #expect(again.stdout.contains("\(files.count - count) recorded, \(count) unchanged"))
    #expect(try fetched(address).eventCount() == files.count)
  }

  @Test func aMissingServerOrStoreIsNamedAndNothingIsCreated() async throws {
    let address = try await StoreEngine.newDatabase()
    let directory = try temporaryDirectory("profiles-missing")
    defer { try? FileManager.default.removeItem(at: directory) }
    let replica = ["PROFILES_REPLICA": directory.appendingPathComponent("replica.sqlite").path]

    let empty = try profiles.run(["history", "belize", "--db", address.url], environment: replica)
    #expect(empty.status == 1)
    #expect(empty.stderr.contains("the database holds no ProfileLedger store"))

    let nowhere = try profiles.run(
      ["history", "belize", "--db", "postgres://nobody@/profiles?host=\(directory.path)"],
      environment: replica)
    #expect(nowhere.status == 1)
    #expect(nowhere.stderr.contains("cannot connect"), "\(nowhere.stderr)")

    let secret = try profiles.run(
      ["history", "belize", "--db", "postgres://auditor:hunter2@db.example.org/profiles"],
      environment: replica)
    #expect(secret.status == 64)
    #expect(secret.stderr.contains("PGPASSWORD"))
    #expect(!secret.stderr.contains("hunter2"))
    #expect(!FileManager.default.fileExists(atPath: replica["PROFILES_REPLICA"]!))
  }

  /// Starts `profiles serve` on the store at `address` with its own replica, on a port the
  /// system chooses; returns the process and the URL it serves.
  func serve(_ address: PostgresAddress, replica: String) throws -> (Process, URL) {
    let process = Process()
    process.executableURL = profiles.executable
    process.arguments = ["serve", "--db", address.url, "--port", "0"]
    process.environment = ProcessInfo.processInfo.environment.merging([
      "PROFILES_REPLICA": replica
    ]) { $1 }
    let err = Pipe()
    process.standardError = err
    process.standardOutput = FileHandle.nullDevice
    try process.run()
    let serving = /read-only on (http:\/\/127.0.0.1:\d+\/)\n/
    var logged = ""
    while logged.firstMatch(of: serving) == nil {
      let data = err.fileHandleForReading.availableData
      if data.isEmpty { break }  // it ended
      logged += String(decoding: data, as: UTF8.self)
    }
    guard let match = logged.firstMatch(of: serving) else {
      process.terminate()
      throw CocoaError(.fileReadUnknown, userInfo: [NSLocalizedDescriptionKey: logged])
    }
    return (process, URL(string: String(match.1))!)
  }

  @Test func serversOfOneLogEachShowACommitAsSoonAsItIsMade() async throws {
    let address = try await StoreEngine.newDatabase()
    let directory = try temporaryDirectory("profiles-servers")
    defer { try? FileManager.default.removeItem(at: directory) }
    let documents = SourceTree.root().appendingPathComponent("Tests/IngestionTests/Fixtures")
    let writer = ["PROFILES_REPLICA": directory.appendingPathComponent("writer.sqlite").path]
    let first = try profiles.run(
      ["ingest", "--db", address.url, documents.appendingPathComponent("malta.txt").path],
      environment: writer)
    #expect(first.status == 0, "\(first.stderr)")

    var servers: [(Process, URL)] = []
    defer { for (process, _) in servers { process.terminate() } }
    for index in 0..<2 {
      servers.append(
        try serve(
          address, replica: directory.appendingPathComponent("server-\(index).sqlite").path))
    }
    func page(_ url: URL) async throws -> String {
      let (body, _) = try await URLSession.shared.data(
        from: url.appendingPathComponent("countries/MLT"))
      return String(decoding: body, as: UTF8.self)
    }
    for (_, url) in servers {
      // Rendered and cached before the commit.
      #expect(try await page(url).contains("2014-08-12"))
      #expect(try await !page(url).contains("2015-03-02"))
    }
    let second = try profiles.run(
      ["ingest", "--db", address.url, documents.appendingPathComponent("malta-2015.txt").path],
      environment: writer)
    #expect(second.status == 0, "\(second.stderr)")
    // Servers hear of each commit at once; they also ask every 5 s, which this must beat.
    let committed = Date()
    for (_, url) in servers {
      while try await !page(url).contains("2015-03-02"), Date() < committed + 4 {
        try await Task.sleep(for: .milliseconds(20))
      }
      #expect(try await page(url).contains("2015-03-02"), "\(url) still shows the old page")
    }
  }

  @Test func theDocumentedRolesWriteAndReadButCannotAlter() async throws {
    let server = try #require(StoreEngine.server)
    let page = try String(
      contentsOf: SourceTree.root().appendingPathComponent("Documentation/PostgreSQL.md"),
      encoding: .utf8)
    let blocks = page.matches(of: /```sql\n([\s\S]*?)```/).map { String($0.1) }
    #expect(blocks.count == 2, "the page's two SQL blocks")
    // Roles belong to the whole server: named apart for this run.
    let tag = UUID().uuidString.prefix(8).lowercased()
    func named(_ sql: String) -> String {
      sql.replacing(/profiles_(owner|writer|reader)/) { "profiles_\($0.1)_\(tag)" }
        .replacingOccurrences(of: "DATABASE profiles ", with: "DATABASE profiles_\(tag) ")
    }
    var database = server
    database.database = "profiles_\(tag)"
    for (address, block) in zip([server, database], blocks) {
      let statements = PostgresLog.statementsOfSchema(named(block))
      try await PostgresLog.withLog(at: address, password: address.password()) { log in
        for statement in statements {
          try await log.execute(statement)
        }
      }
    }
    func role(_ name: String) -> PostgresAddress {
      var address = database
      address.user = "profiles_\(name)_\(tag)"
      return address
    }
    let directory = try temporaryDirectory("profiles-roles")
    defer { try? FileManager.default.removeItem(at: directory) }
    let fixtures = SourceTree.root().appendingPathComponent("Tests/IngestionTests/Fixtures")
    func run(_ name: String, _ arguments: [String]) throws -> CommandRunner.Outcome {
      try profiles.run(
        arguments + ["--db", role(name).url],
        environment: ["PROFILES_REPLICA": directory.appendingPathComponent("\(name).sqlite").path])
    }

    let created = try run("owner", ["ingest", fixtures.appendingPathComponent("malta.txt").path])
    #expect(created.status == 0, "\(created.stderr)")
    let written = try run(
      "writer", ["ingest", fixtures.appendingPathComponent("malta-2015.txt").path])
    #expect(written.status == 0, "\(written.stderr)")
    let refused = try run(
      "reader", ["ingest", fixtures.appendingPathComponent("uruguay.txt").path])
    #expect(refused.status == 1)
    #expect(refused.stderr.contains("permission denied"), "\(refused.stderr)")
    let read = try run("reader", ["history", "malta"])
    #expect(read.stdout.contains("2 revisions in effect"), "\(read.stdout)\(read.stderr)")

    let writer = try PostgresSharedLog.open(role("writer"), password: nil, creating: false)
    for statement in [
      "UPDATE events SET country = 'XXX'", "DELETE FROM sources", "TRUNCATE events",
      "ALTER TABLE events DISABLE TRIGGER events_refuse_change",
    ] {
      #expect(throws: (any Error).self, "the writer could run \(statement)") {
        try writer.execute(statement)
      }
    }
    #expect(try writer.head().seq == 2)
  }

  @Test func everyCommandAnswersTheSameOnEitherEngine() async throws {
    let address = try await StoreEngine.newDatabase()
    let directory = try temporaryDirectory("profiles-engines")
    defer { try? FileManager.default.removeItem(at: directory) }
    let replica = ["PROFILES_REPLICA": directory.appendingPathComponent("replica.sqlite").path]
    let fixtures = SourceTree.root().appendingPathComponent("Tests/IngestionTests/Fixtures")
    let documents = SourceTree.root().appendingPathComponent("Documentation/examples/belize")
    let seed = SourceTree.root().appendingPathComponent("Snapshots")
    let ingest = try profiles.run(
      ["ingest", "--db", address.url, seed.path, documents.path]
        + ["malta.pdf", "malta-2015.txt", "uruguay.txt"].map {
          fixtures.appendingPathComponent($0).path
        }, environment: replica)
    #expect(ingest.status == 0, "\(ingest.stderr)")
    let review = try profiles.run(
      [
        "review", "belize", "2015-03-02", "1.2.1", "--status", "partial", "--by", "alice",
        "--note", "a CIRT is planned", "--db", address.url,
      ], environment: replica)
    #expect(review.status == 0, "\(review.stderr)")

    // The server's log, exported, is an SQLite store of the same events.
    let log = directory.appendingPathComponent("log.jsonl").path
    let sqlite = directory.appendingPathComponent("copy.sqlite").path
    #expect(
      try profiles.run(["export", "--db", address.url, "-o", log], environment: replica).status == 0
    )
    #expect(try profiles.run(["import", log, "--db", sqlite]).status == 0)

    for command in [
      ["countries"], ["history", "belize"], ["history", "malta"],
      ["show", "belize", "--as-of", "2015-12-31"], ["diff", "belize"], ["diff", "malta"],
      ["blame", "belize"], ["changelog"], ["changelog", "--format", "json"],
      ["changelog", "--since", "2015-06-01", "--format", "csv"], ["progress"],
      ["progress", "belize"], ["review", "--pending"], ["source", "malta", "2014-08-12", "--text"],
      ["verify"], ["export"], ["export", "-o", "-"],
    ] {
      let shared = try profiles.run(command + ["--db", address.url], environment: replica)
      let local = try profiles.run(command + ["--db", sqlite])
      #expect(shared.status == 0, "\(command): \(shared.stderr)")
      #expect(!shared.stdoutBytes.isEmpty, "\(command) printed nothing")
      #expect(shared.stdoutBytes == local.stdoutBytes, "\(command) answers differently")
    }
  }
}
