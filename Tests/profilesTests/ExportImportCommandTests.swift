import Foundation
import GRDB
import ProfileModel
import ProfileTestSupport
import Testing

/// `profiles export` and `profiles import`, run as a user runs them on a store with
/// corrections and backfills, each test in a fresh directory.
@Suite struct ExportImportCommandTests {
  let profiles = CommandRunner()
  let directory: URL

  init() throws {
    directory = FileManager.default.temporaryDirectory
      .appendingPathComponent("profiles-\(UUID().uuidString)")
    let documents = directory.appendingPathComponent("documents")
    try SyntheticCorpus(countries: 2, revisions: 3, seed: 9).write(to: documents)
    let belize = directory.appendingPathComponent("belize")
    try FileManager.default.createDirectory(at: belize, withIntermediateDirectories: true)
    try Data(try Documents.belize().utf8).write(to: belize.appendingPathComponent("a.txt"))
    let older = try Documents.belize(
      replacing: "1.2.1", with: "Belize will be establishing a national CIRT by end of 2014."
    ).replacingOccurrences(of: "2 March 2015", with: "12 August 2014")
    try Data(older.utf8).write(to: belize.appendingPathComponent("b.txt"))
    let corrected = try Documents.belize(
      replacing: "1.2.1",
      with: "Belize has an officially recognized national CIRT known as BZ-CIRT.")
    try Data(corrected.utf8).write(to: belize.appendingPathComponent("c.txt"))
  }

  func run(_ arguments: [String], stdin: Data? = nil) throws -> CommandRunner.Outcome {
    try profiles.run(arguments, stdin: stdin, in: directory)
  }

  /// A store of 9 events: 6 synthetic revisions, then Belize recorded, backfilled, corrected.
  func ingest(
    _ paths: [String] = ["documents", "belize/a.txt", "belize/b.txt", "belize/c.txt"],
    into db: String = "profiles.sqlite"
  ) throws {
    for path in paths {
      let outcome = try run(["ingest", "--db", db, path])
      #expect(outcome.status == 0, "\(outcome.stderr)")
    }
  }

  /// Every row of every table, sorted: the store's logical content.
  /// Every table's rows, but how documents and readings are compressed (a store may hold
  /// the same bytes as deltas or alone): `export` compares those.
  func dump(_ db: String) throws -> String {
    let queue = try DatabaseQueue(path: directory.appendingPathComponent(db).path)
    let compression: Set = ["zlib", "base", "reading_zlib", "reading_base"]
    return try queue.read { db in
      try String.fetchAll(
        db, sql: "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name"
      ).map { table in
        let columns = try db.columns(in: table).map(\.name).filter { !compression.contains($0) }
        return try Row.fetchAll(
          db, sql: "SELECT \(columns.joined(separator: ", ")) FROM \(table)"
        ).map(\.description).sorted().joined(separator: "\n")
      }.joined(separator: "\n")
    }
  }

  func file(_ name: String) throws -> Data {
    try Data(contentsOf: directory.appendingPathComponent(name))
  }

  @Test func aRoundTripThroughTheCommandGivesTheSameLogAndOutput() throws {
    try ingest()
    let head = try #require(
      try run(["verify"]).stdout.split(separator: " ").last.map { String($0.dropLast()) })
    let export = try run(["export", "--output", "log.jsonl"])
    #expect(export.status == 0, "\(export.stderr)")
    #expect(
      export.stdout
        == "exported 9 events and 9 source documents to log.jsonl (\(try file("log.jsonl").count) bytes); head \(head)\n"
    )
    let imported = try run(["import", "log.jsonl", "--db", "copy.sqlite"])
    #expect(imported.status == 0, "\(imported.stderr)")
    #expect(imported.stdout == "log.jsonl: 9 events: 0 already present, 9 appended; head \(head)\n")

    let verify = try run(["verify", "--db", "copy.sqlite", "--head", head])
    #expect(verify.status == 0)
    #expect(verify.stdout.hasPrefix("9 events verified; head \(head)\n"))
    for command in [
      ["history", "BLZ"], ["show", "BLZ"], ["show", "BLZ", "--as-of", "2014-12-31"],
      ["history", "AFG"], ["countries"],
    ] {
      let original = try run(command)
      #expect(original.status == 0)
      #expect(try run(command + ["--db", "copy.sqlite"]).stdout == original.stdout, "\(command)")
    }
    #expect(try run(["history", "BLZ"]).stdout.contains("corrected"))
    // Export → import → export: byte for byte, to standard output this time.
    let again = try run(["export", "--db", "copy.sqlite"])
    #expect(again.status == 0)
    #expect(Data(again.stdout.utf8) == (try file("log.jsonl")))
    // `-o -` names standard output, as it does for `source`: no file called "-".
    let dash = try run(["export", "--db", "copy.sqlite", "-o", "-"])
    #expect(Data(dash.stdout.utf8) == (try file("log.jsonl")))
    #expect(!FileManager.default.fileExists(atPath: directory.appendingPathComponent("-").path))
  }

  @Test func importFromStandardInputAppendsOnlyWhatIsMissing() throws {
    // The log exported with the synthetic revisions only, then with Belize's too.
    try ingest(["documents"])
    let prefix = try run(["export"])
    try ingest(["belize/a.txt", "belize/b.txt", "belize/c.txt"])
    let full = try run(["export"])
    #expect(
      try run(["import", "-", "--db", "copy.sqlite"], stdin: Data(prefix.stdout.utf8))
        .stdout.contains("6 events: 0 already present, 6 appended"))
    let rest = try run(["import", "-", "--db", "copy.sqlite"], stdin: Data(full.stdout.utf8))
    #expect(rest.status == 0, "\(rest.stderr)")
    #expect(rest.stdout.hasPrefix("<stdin>: 9 events: 6 already present, 3 appended; head "))
    #expect(try run(["verify", "--db", "copy.sqlite"]).status == 0)
    #expect(try dump("copy.sqlite") == dump("profiles.sqlite"))
    #expect(try run(["export", "--db", "copy.sqlite"]).stdout == full.stdout)
  }

  @Test func aBadLineIsNamedAndNothingIsImported() throws {
    try ingest(["documents"])
    #expect(try run(["export", "-o", "prefix.jsonl"]).status == 0)
    try ingest(["belize/a.txt", "belize/b.txt", "belize/c.txt"])
    #expect(try run(["export", "-o", "log.jsonl"]).status == 0)
    var lines = String(decoding: try file("log.jsonl"), as: UTF8.self)
      .split(separator: "\n").map(String.init)
    lines[3] = lines[3].replacingOccurrences(of: #""kind":"recorded""#, with: #""kind":"recorded"#)
    try Data((lines.joined(separator: "\n") + "\n").utf8)
      .write(to: directory.appendingPathComponent("bad.jsonl"))

    // Into a new store: refused, and no store is left behind.
    let fresh = try run(["import", "bad.jsonl", "--db", "new.sqlite"])
    #expect(fresh.status == 1)
    #expect(fresh.stdout == "")
    #expect(fresh.stderr == "bad.jsonl:4: error: not valid JSON\nnothing imported\n")
    #expect(
      !FileManager.default.fileExists(atPath: directory.appendingPathComponent("new.sqlite").path))

    // Into a store holding part of the log: refused, and the store is unchanged.
    #expect(try run(["import", "prefix.jsonl", "--db", "partial.sqlite"]).status == 0)
    let before = try dump("partial.sqlite")
    let partial = try run(["import", "bad.jsonl", "--db", "partial.sqlite"])
    #expect(partial.status == 1)
    #expect(partial.stderr.hasPrefix("bad.jsonl:4: error: not valid JSON\n"))
    #expect(try dump("partial.sqlite") == before)
  }

  @Test func aDivergingStoreIsRefusedNamingTheFirstDifferingEvent() throws {
    try ingest()
    #expect(try run(["export", "-o", "log.jsonl"]).status == 0)
    // Another store that recorded Belize first: its event 1 is not the file's.
    try ingest(["belize/a.txt"], into: "other.sqlite")
    let before = try dump("other.sqlite")
    let outcome = try run(["import", "log.jsonl", "--db", "other.sqlite"])
    #expect(outcome.status == 1)
    #expect(outcome.stderr.hasPrefix("log.jsonl:2: error: the logs diverge at event 1: "))
    #expect(outcome.stderr.hasSuffix("nothing imported; other.sqlite is unchanged\n"))
    #expect(try dump("other.sqlite") == before)
  }

  @Test func usageAndMissingFiles() throws {
    #expect(try run(["import"]).status == 64)
    let missing = try run(["import", "no-such.jsonl"])
    #expect(missing.status == 1)
    #expect(missing.stderr == "Error: cannot read no-such.jsonl: no such file\n")
    let noStore = try run(["export"])
    #expect(noStore.status == 1)
    #expect(noStore.stderr.contains("no store at profiles.sqlite"))
  }
}
