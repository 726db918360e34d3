import Foundation
import GRDB
import ProfileModel
import ProfileTestSupport
import Testing

/// Stores that cannot be written, are locked, fill up or are not stores: each command fails
/// with one line naming the file and the cause, exit 1, and the store is left as it was.
@Suite struct StoreFaultTests {
  let profiles = CommandRunner()
  let root = SourceTree.root()
  let directory: URL

  init() throws {
    directory = try temporaryDirectory("profiles")
  }

  var belize: String { root.appendingPathComponent("Snapshots/belize/2015-03-02.txt").path }
  var korea: String {
    root.appendingPathComponent("Tests/ProfileParsingTests/Fixtures/itu-name-korea.txt").path
  }
  var store: String { directory.appendingPathComponent("profiles.sqlite").path }

  func run(_ arguments: [String], environment: [String: String] = [:]) throws
    -> CommandRunner.Outcome
  {
    try profiles.run(arguments, in: directory, environment: environment)
  }

  /// Every row of every table, in order, read without writing.
  func digest(_ path: String) throws -> String {
    try StoreContent.digest(of: path)
  }

  @Test func aLockedStoreFailsAfterTheBusyTimeoutAndStaysReadable() throws {
    #expect(try run(["ingest", belize]).status == 0)
    let before = try digest(store)
    let other = try DatabaseQueue(path: store)
    try other.inDatabase { db in
      // Another writer holds the write lock for the whole of the ingest below.
      try db.execute(sql: "BEGIN IMMEDIATE")
      let start = Date()
      let ingest = try run(["ingest", korea], environment: ["PROFILES_BUSY_TIMEOUT": "0.5"])
      #expect(Date().timeIntervalSince(start) >= 0.5)
      #expect(ingest.status == 1)
      #expect(
        ingest.stderr
          == "Error: profiles.sqlite: the store is locked by another writer; waited 0.5 s\n")
      #expect(ingest.stdout == "")
      // Readers are not blocked by a writer.
      let countries = try run(["countries"])
      #expect(countries.status == 0)
      #expect(countries.stdout.hasSuffix("1 country, 1 revision in effect\n"))
      try db.execute(sql: "ROLLBACK")
    }
    #expect(try digest(store) == before)
    #expect(try run(["verify"]).stdout.hasPrefix("1 event verified"))
    let bad = try run(["ingest", korea], environment: ["PROFILES_BUSY_TIMEOUT": "soon"])
    #expect(bad.status == 64)
    #expect(bad.stderr.contains("PROFILES_BUSY_TIMEOUT 'soon' is not a number of seconds"))
  }

  @Test func aFullStoreKeepsWhatWasCommittedBeforeAndRollsBackTheRest() throws {
    let corpus = directory.appendingPathComponent("corpus")
    try SyntheticCorpus(countries: 3, revisions: 40, seed: 7).write(to: corpus)
    let files = try FileManager.default.subpathsOfDirectory(atPath: corpus.path)
      .filter { $0.hasSuffix(".txt") }.sorted()
      .map { corpus.appendingPathComponent($0).path }
    #expect(files.count == 120)
    // The pages the first two batches of 32 take, measured on a store of their own.
    let calibration = directory.appendingPathComponent("calibration.sqlite").path
    #expect(
      try run(["ingest", "--batch", "32", "--db", calibration] + files.prefix(64)).status == 0)
    let pages = try DatabaseQueue(path: calibration).read { db in
      try Int.fetchOne(db, sql: "PRAGMA page_count") ?? 0
    }

    let full = try run(
      ["ingest", "--batch", "32", corpus.path],
      environment: ["PROFILES_MAX_PAGES": String(pages + 2)])
    #expect(full.status == 1)
    #expect(
      full.stderr
        == "Error: profiles.sqlite: the disk or the store is full; the last transaction was rolled back\n"
    )
    // The two batches committed before are reported, then the error.
    #expect(
      full.stdout.hasSuffix(
        "64 documents: 64 recorded, 0 unchanged, 0 corrected, 0 backfilled, 0 rejected; "
          + "0 warnings; 64 events in profiles.sqlite\n"))
    let verify = try run(["verify"])
    #expect(verify.status == 0, "\(verify.stderr)")
    #expect(verify.stdout.hasPrefix("64 events verified"))

    let rest = try run(["ingest", "--batch", "32", corpus.path])
    #expect(rest.status == 0)
    #expect(rest.stdout.contains("120 documents: 56 recorded, 64 unchanged,"))
    #expect(try run(["verify"]).stdout.hasPrefix("120 events verified"))
  }

  static let canSwitchUser =
    getuid() == 0 && FileManager.default.isExecutableFile(atPath: "/usr/bin/setpriv")

  /// Runs the command as the unprivileged user `nobody`, for whom file permissions hold.
  func runAsNobody(_ arguments: [String]) throws -> CommandRunner.Outcome {
    let switched = CommandRunner(executable: URL(fileURLWithPath: "/usr/bin/setpriv"))
    return try switched.run(
      ["--reuid=65534", "--regid=65534", "--clear-groups", profiles.executable.path]
        + arguments, in: URL(fileURLWithPath: "/"))
  }

  @Test(
    .enabled(
      if: canSwitchUser,
      "needs root and util-linux's setpriv, to run the command as a user file permissions bind"
    ))
  func aReadOnlyStoreIsReadButNeverWritten() throws {
    // A store owned by root, mode 0444, in a directory `nobody` may read.
    let shared = directory.appendingPathComponent("shared")
    try FileManager.default.createDirectory(at: shared, withIntermediateDirectories: true)
    let documents = directory.appendingPathComponent("documents")
    try FileManager.default.createDirectory(at: documents, withIntermediateDirectories: true)
    try FileManager.default.copyItem(
      atPath: korea, toPath: documents.appendingPathComponent("korea.txt").path)
    let path = shared.appendingPathComponent("profiles.sqlite").path
    #expect(try run(["ingest", "--db", path, belize]).status == 0)
    let before = try digest(path)
    // As a store copied or left behind: its log checkpointed, no -wal or -shm beside it.
    try DatabaseQueue(path: path).writeWithoutTransaction { try $0.checkpoint(.truncate) }
    for suffix in ["-wal", "-shm"] where FileManager.default.fileExists(atPath: path + suffix) {
      try FileManager.default.removeItem(atPath: path + suffix)
    }
    try FileManager.default.setAttributes([.posixPermissions: 0o444], ofItemAtPath: path)
    let document = documents.appendingPathComponent("korea.txt").path

    let ingest = try runAsNobody(["ingest", "--db", path, document])
    #expect(ingest.status == 1)
    #expect(ingest.stderr == "Error: \(path): the store is read-only (the file is not writable)\n")

    // In a read-only directory SQLite cannot create the -shm file a WAL store is read with.
    let cannot = try runAsNobody(["countries", "--db", path])
    #expect(cannot.status == 1)
    #expect(
      cannot.stderr
        == "Error: \(path): cannot open the store (its directory is read-only and there is no "
        + "\(path)-shm: SQLite reads a store in WAL mode only with that file beside it; make the "
        + "directory writable, or copy the store)\n")

    // Where it can, every reading command works on the read-only file.
    try FileManager.default.setAttributes([.posixPermissions: 0o777], ofItemAtPath: shared.path)
    for arguments in [
      ["countries"], ["history", "BLZ"], ["show", "BLZ"], ["source", "BLZ", "2015-03-02"],
      ["blame", "BLZ"], ["changelog"], ["progress"], ["verify"],
    ] {
      let outcome = try runAsNobody(arguments + ["--db", path])
      #expect(outcome.status == 0, "\(arguments): \(outcome.stderr)")
      #expect(!outcome.stdout.isEmpty, "\(arguments)")
    }
    let again = try runAsNobody(["ingest", "--db", path, document])
    #expect(again.status == 1)
    #expect(again.stderr == "Error: \(path): the store is read-only (the file is not writable)\n")
    let rebuild = try runAsNobody(["rebuild", "--db", path])
    #expect(rebuild.status == 1)
    #expect(rebuild.stderr.hasPrefix("Error: \(path): the store is read-only ("))

    // An empty file would become a store where it may be written; here it cannot.
    let empty = shared.appendingPathComponent("empty.sqlite").path
    FileManager.default.createFile(
      atPath: empty, contents: Data(), attributes: [.posixPermissions: 0o444])
    let unset = try runAsNobody(["countries", "--db", empty])
    #expect(unset.status == 1)
    #expect(
      unset.stderr
        == "Error: \(empty): the store has no schema yet, and a read-only store cannot be given one\n"
    )

    #expect(try digest(path) == before)
    try FileManager.default.setAttributes([.posixPermissions: 0o644], ofItemAtPath: path)
    #expect(try run(["verify", "--db", path]).stdout.hasPrefix("1 event verified"))
  }

  /// Files that are not stores: every command refuses them and leaves them as they were.
  @Test(arguments: ["garbage", "other-tables", "newer-schema", "directory"])
  func notAStore(_ kind: String) throws {
    let path = directory.appendingPathComponent("\(kind).sqlite").path
    let expected: String
    switch kind {
    case "garbage":
      try Data(String(repeating: "not a database\n", count: 500).utf8)
        .write(to: URL(fileURLWithPath: path))
      expected = "Error: \(path) is not a ProfileLedger store: file is not a database\n"
    case "other-tables":
      try DatabaseQueue(path: path).write { try $0.execute(sql: "CREATE TABLE t (x)") }
      expected = "Error: \(path) is not a ProfileLedger store: it holds other tables (t)\n"
    case "newer-schema":
      #expect(try run(["ingest", "--db", path, belize]).status == 0)
      try DatabaseQueue(path: path).write { db in
        try db.execute(sql: "INSERT INTO grdb_migrations (identifier) VALUES ('v10')")
      }
      expected =
        "Error: \(path) was written by a newer ProfileLedger (schema v10); upgrade profiles to read it\n"
    default:
      try FileManager.default.createDirectory(
        atPath: path, withIntermediateDirectories: false)
      expected = "Error: \(path): cannot open the store (it is a directory)\n"
    }
    // A store's content, whatever its log holds; other files byte for byte.
    let snapshot = {
      try kind == "newer-schema" ? Data(self.digest(path).utf8) : self.contents(path)
    }
    let before = try snapshot()
    for arguments in [["countries"], ["verify"], ["ingest", belize], ["rebuild"]] {
      let outcome = try run(arguments + ["--db", path])
      #expect(outcome.status == 1, "\(arguments)")
      #expect(outcome.stderr == expected, "\(arguments)")
    }
    #expect(try snapshot() == before)
  }

  /// The bytes of a file, or the names in a directory.
  func contents(_ path: String) throws -> Data {
    var isDirectory: ObjCBool = false
    _ = FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory)
    if isDirectory.boolValue {
      return Data(try FileManager.default.contentsOfDirectory(atPath: path).joined().utf8)
    }
    return try Data(contentsOf: URL(fileURLWithPath: path))
  }

  @Test func anEmptyFileBecomesAStore() throws {
    FileManager.default.createFile(atPath: store, contents: Data())
    let countries = try run(["countries"])
    #expect(countries.status == 0, "\(countries.stderr)")
    #expect(try run(["ingest", belize]).stdout.hasSuffix("1 event in profiles.sqlite\n"))
  }
}
