import Foundation
import ProfileTestSupport
import Testing

/// `profiles ingest` as a user meets it: paths that are not there, runs that record nothing.
@Suite struct IngestCommandTests {
  let profiles = CommandRunner()
  let root = SourceTree.root()
  let directory: URL

  init() throws {
    directory = try temporaryDirectory("profiles-ingest")
  }

  var snapshots: String { root.appendingPathComponent("Snapshots").path }
  var fixtures: String { root.appendingPathComponent("Tests/ProfileParsingTests/Fixtures").path }
  /// A document that reads, with warnings.
  var mojibake: String { "\(fixtures)/mojibake.txt" }
  var store: URL { directory.appendingPathComponent("profiles.sqlite") }

  func run(_ arguments: [String]) throws -> CommandRunner.Outcome {
    try profiles.run(arguments, in: directory)
  }

  // MARK: Paths that are not there

  @Test func aMissingPathStopsTheRunBeforeAnythingIsReadOrCreated() throws {
    let missing = try run(["ingest", snapshots, "missing.txt", mojibake])
    #expect(missing.status == 1)
    #expect(missing.stderr == "Error: cannot read missing.txt: no such file; nothing recorded\n")
    #expect(missing.stdout == "")
    #expect(!FileManager.default.fileExists(atPath: store.path))

    let several = try run(["ingest", "gone.txt", snapshots, "missing/"])
    #expect(several.status == 1)
    #expect(
      several.stderr
        == "Error: cannot read gone.txt, missing/: no such file; nothing recorded\n")

    let empty = directory.appendingPathComponent("empty")
    try FileManager.default.createDirectory(at: empty, withIntermediateDirectories: true)
    let none = try run(["ingest", snapshots, empty.path])
    #expect(none.status == 1)
    #expect(
      none.stderr == "Error: no .txt or .pdf documents under \(empty.path); nothing recorded\n")
    #expect(!FileManager.default.fileExists(atPath: store.path))
  }

  @Test func aMissingPathLeavesAnExistingStoreAsItWas() throws {
    #expect(try run(["ingest", snapshots]).status == 0)
    let before = try StoreContent.rows(of: store.path)
    let missing = try run(["ingest", mojibake, "missing.txt"])
    #expect(missing.status == 1)
    #expect(missing.stderr.hasSuffix("nothing recorded\n"))
    #expect(try StoreContent.rows(of: store.path) == before)
  }

  // MARK: Runs that record nothing

  @Test func aRunThatRecordsNothingCreatesNoStore() throws {
    let rejected = try run(["ingest", "\(fixtures)/error-no-date.txt"])
    #expect(rejected.status == 1)
    #expect(rejected.stdout.hasPrefix("rejected    -"))
    #expect(rejected.stdout.contains(" 1 rejected; "))
    #expect(rejected.stdout.hasSuffix("; 0 events in profiles.sqlite\n"))
    #expect(!FileManager.default.fileExists(atPath: store.path))

    let atomic = try run(["ingest", "--atomic", snapshots, "\(fixtures)/error-no-date.txt"])
    #expect(atomic.status == 1)
    #expect(atomic.stdout.contains("skipped     BLZ 2015-03-02"))
    #expect(!FileManager.default.fileExists(atPath: store.path))

    // A store that is there stays, whatever the run records.
    #expect(try run(["ingest", snapshots]).status == 0)
    #expect(try run(["ingest", "\(fixtures)/error-no-date.txt"]).status == 1)
    #expect(try run(["verify"]).stdout.hasPrefix("1 event verified"))
  }
}
