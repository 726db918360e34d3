import Foundation
import ProfileTestSupport
import Testing

/// `profiles ingest` as a user meets it: paths that are not there.
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
}
