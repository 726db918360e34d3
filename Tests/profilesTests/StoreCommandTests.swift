import Foundation
import GRDB
import ProfileModel
import ProfileTestSupport
import Testing

/// The store commands, run as a user runs them, each test in a fresh directory.
@Suite struct StoreCommandTests {
  let profiles = CommandRunner()
  let root = SourceTree.root()
  let directory: URL

  init() throws {
    directory = try temporaryDirectory("profiles")
  }

  var snapshots: String { root.appendingPathComponent("Snapshots").path }
  var fixtures: String { root.appendingPathComponent("Tests/ProfileParsingTests/Fixtures").path }

  func run(_ arguments: [String]) throws -> CommandRunner.Outcome {
    try profiles.run(arguments, in: directory)
  }

  /// Every row of every table, in order: the store's logical content, whatever the WAL holds.
  func storeDigest() throws -> String {
    let dump = try StoreContent.rows(of: directory.appendingPathComponent("profiles.sqlite").path)
    #expect(dump.contains("BLZ"))
    return CanonicalJSON.sha256Hex(Data(dump.utf8))
  }

  @Test func theReadmeMainCommandRecordsTheSnapshotsOnceOnly() throws {
    let first = try run(["ingest", snapshots])
    #expect(first.status == 0)
    #expect(
      first.stdout.contains("recorded    BLZ 2015-03-02  \(snapshots)/belize/2015-03-02.txt\n"))
    #expect(
      first.stdout.hasSuffix(
        "1 document: 1 recorded, 0 unchanged, 0 corrected, 0 backfilled, 0 rejected; 0 warnings; 1 event in profiles.sqlite\n"
      ))
    let second = try run(["ingest", snapshots])
    #expect(second.status == 0)
    #expect(second.stdout.hasPrefix("unchanged   BLZ 2015-03-02"))
    #expect(second.stdout.hasSuffix("; 1 event in profiles.sqlite\n"))
  }

  @Test func aRejectedDocumentLeavesTheStoreExactlyAsItWas() throws {
    #expect(try run(["ingest", snapshots]).status == 0)
    let before = try storeDigest()
    let outcome = try run([
      "ingest", "\(fixtures)/error-truncated.txt", "\(fixtures)/error-no-date.txt",
    ])
    #expect(outcome.status == 1)
    #expect(outcome.stdout.contains("rejected    -"))
    #expect(outcome.stderr.contains("error-truncated.txt:60: error: "))
    #expect(try storeDigest() == before)
  }

  @Test func atomicRecordsAllOrNothing() throws {
    let mixed = try run(["ingest", "--atomic", snapshots, "\(fixtures)/error-no-date.txt"])
    #expect(mixed.status == 1)
    #expect(mixed.stderr.contains("--atomic: 1 document rejected; nothing recorded"))
    #expect(mixed.stdout.contains("skipped     BLZ 2015-03-02"))
    // The counts add up to the documents: the skipped one is counted.
    #expect(
      mixed.stdout.contains(
        "2 documents: 0 recorded, 0 unchanged, 0 corrected, 0 backfilled, 1 rejected, 1 skipped;"))
    #expect(mixed.stdout.contains("; 0 events in profiles.sqlite"))
    let clean = try run(["ingest", "--atomic", snapshots, "\(fixtures)/itu-name-korea.txt"])
    #expect(clean.status == 0)
    #expect(clean.stdout.contains("2 recorded"))
  }

  @Test func ingestReportsJSONForMachines() throws {
    let outcome = try run([
      "ingest", "--format", "json", snapshots, "\(fixtures)/error-no-date.txt",
    ])
    #expect(outcome.status == 1)
    struct Report: Decodable {
      struct Line: Decodable {
        var path: String
        var outcome: String
        var country: String?
        var diagnostics: [String]
      }
      var documents: [Line]
      var summary: [String: Int]
      var events: Int
    }
    let report = try JSONDecoder().decode(Report.self, from: Data(outcome.stdout.utf8))
    #expect(report.documents.map(\.outcome) == ["recorded", "rejected"])
    #expect(
      report.documents[1].diagnostics.contains { $0.contains("error-no-date.txt:133: error:") })
    #expect(report.summary["recorded"] == 1 && report.summary["rejected"] == 1)
    #expect(report.events == 1)
  }

  @Test func historyShowSourceAndCountries() throws {
    #expect(try run(["ingest", snapshots, "\(fixtures)/itu-name-korea.txt"]).status == 0)
    let countries = try run(["countries"])
    #expect(countries.status == 0)
    #expect(countries.stdout.contains("BLZ   Belize"))
    #expect(countries.stdout.hasSuffix("2 countries, 2 revisions in effect\n"))

    let history = try run(["history", "belize"])
    #expect(history.status == 0)
    #expect(history.stdout.hasPrefix("Belize (BLZ): 1 revision in effect, 1 recorded\n"))
    #expect(history.stdout.contains(" 2015-03-02  "))
    #expect(history.stdout.contains("recorded      5    2   13    1    0        -"))

    let show = try run(["show", "KOR", "--format", "json"])
    #expect(show.status == 0)
    #expect(show.stdout.contains(#""name" : "KOREA (REP. OF)""#))
    let asOfBefore = try run(["show", "BLZ", "--as-of", "2014-12-31"])
    #expect(asOfBefore.status == 1)
    #expect(asOfBefore.stderr == "Error: BLZ: no revision in effect on 2014-12-31\n")
    let knownBefore = try run(["show", "BLZ", "--known-at", "2000-01-01T00:00:00Z"])
    #expect(knownBefore.status == 1)

    let source = try run(["source", "Belize", "2015-03-02"])
    #expect(source.status == 0)
    let original = try String(
      contentsOf: root.appendingPathComponent("Snapshots/belize/2015-03-02.txt"), encoding: .utf8)
    #expect(source.stdout == original)
  }

  @Test func aCorpusOfSeveralBatchesIsRecordedInFull() throws {
    // 12 countries × 30 revisions: two batches of 256 through the pipeline.
    let corpus = directory.appendingPathComponent("corpus")
    try SyntheticCorpus(countries: 12, revisions: 30, seed: 3).write(to: corpus)
    let first = try run(["ingest", corpus.path])
    #expect(first.status == 0, "\(first.stderr)")
    #expect(
      first.stdout.hasSuffix(
        "360 documents: 360 recorded, 0 unchanged, 0 corrected, 0 backfilled, 0 rejected; 0 warnings; 360 events in profiles.sqlite\n"
      ))
    let again = try run(["ingest", corpus.path])
    #expect(
      again.stdout.hasSuffix(
        "360 documents: 0 recorded, 360 unchanged, 0 corrected, 0 backfilled, 0 rejected; 0 warnings; 360 events in profiles.sqlite\n"
      ))
    let countries = try run(["countries"])
    #expect(countries.stdout.hasSuffix("12 countries, 360 revisions in effect\n"))
  }

  @Test func historyAsJSONHasStatusCountsByName() throws {
    #expect(try run(["ingest", snapshots]).status == 0)
    let outcome = try run(["history", "BLZ", "--format", "json"])
    #expect(outcome.status == 0)
    struct Revision: Decodable {
      var effectiveDate: String
      var outcome: String
      var statusCounts: [String: Int]
    }
    let history = try JSONDecoder().decode([Revision].self, from: Data(outcome.stdout.utf8))
    #expect(history.count == 1)
    #expect(history.first?.effectiveDate == "2015-03-02")
    #expect(
      history.first?.statusCounts
        == ["present": 5, "partial": 2, "absent": 13, "unknown": 1, "missing": 0])
  }

  @Test func badArgumentsAreUsageErrors() throws {
    #expect(try run(["ingest", snapshots]).status == 0)
    let unknown = try run(["history", "Atlantis"])
    #expect(unknown.status == 64)
    #expect(unknown.stderr.contains("unknown country 'Atlantis'; nearest: "))
    #expect(try run(["show", "BLZ", "--as-of", "March 2015"]).status == 64)
    #expect(try run(["show", "BLZ", "--known-at", "yesterday"]).status == 64)
  }

  /// A text not written as a date is told from a date that does not exist.
  @Test(arguments: [
    ("March 2015", "--as-of 'March 2015' is not a date (expected yyyy-mm-dd)"),
    ("2015-3-2", "--as-of '2015-3-2' is not a date (expected yyyy-mm-dd)"),
    ("2015-02-30", "--as-of '2015-02-30' is not a valid date: February 2015 has 28 days"),
    ("2016-02-30", "--as-of '2016-02-30' is not a valid date: February 2016 has 29 days"),
    ("2015-04-31", "--as-of '2015-04-31' is not a valid date: April 2015 has 30 days"),
    ("2015-13-01", "--as-of '2015-13-01' is not a valid date: there is no month 13"),
    ("2015-03-00", "--as-of '2015-03-00' is not a valid date: days start at 01"),
    ("0000-03-02", "--as-of '0000-03-02' is not a valid date: there is no year 0"),
  ])
  func aBadDateSaysWhatIsWrongWithIt(argument: String, message: String) throws {
    let outcome = try run(["show", "BLZ", "--as-of", argument])
    #expect(outcome.status == 64)
    #expect(outcome.stderr.hasPrefix("Error: \(message)"), "\(outcome.stderr)")
  }

  @Test func readingCommandsDoNotCreateAStore() throws {
    let outcome = try run(["countries"])
    #expect(outcome.status == 1)
    #expect(outcome.stderr.contains("no store at profiles.sqlite"))
    #expect(
      !FileManager.default.fileExists(
        atPath: directory.appendingPathComponent("profiles.sqlite").path))
  }

  @Test func theStoreCanBeNamedByOptionOrEnvironment() throws {
    #expect(try run(["ingest", "--db", "a.sqlite", snapshots]).stdout.contains("in a.sqlite"))
    let viaEnvironment = try profiles.run(
      ["countries"], in: directory, environment: ["PROFILES_DB": "a.sqlite"])
    #expect(viaEnvironment.status == 0)
    #expect(viaEnvironment.stdout.contains("BLZ"))
  }

  /// The events in the store, counted by SQL: one per document that reads, so that a new
  /// fixture changes no expectation.
  func eventCount() throws -> Int {
    try DatabaseQueue(path: directory.appendingPathComponent("profiles.sqlite").path).read {
      try Int.fetchOne($0, sql: "SELECT COUNT(*) FROM events") ?? 0
    }
  }

  @Test func verifyProvesTheLogAndFindsATamperedEvent() throws {
    _ = try run(["ingest", snapshots, fixtures])
    let intact = try run(["verify"])
    #expect(intact.status == 0)
    let head = try #require(
      intact.stdout.split(separator: " ").last.map { $0.trimmingCharacters(in: .newlines) })
    #expect(head.count == 64)
    #expect(intact.stdout.hasPrefix("\(try eventCount()) events verified; head \(head)"))
    #expect(try run(["verify", "--head", head]).stdout.contains("the log extends head \(head)"))
    #expect(try run(["verify", "--head", "beef"]).status == 64)

    var configuration = Configuration()
    configuration.foreignKeysEnabled = false
    try DatabaseQueue(
      path: directory.appendingPathComponent("profiles.sqlite").path,
      configuration: configuration
    ).write { db in
      try db.execute(sql: "DROP TRIGGER events_refuse_update")
      try db.execute(sql: "UPDATE events SET country = 'XXX' WHERE seq = 7")
    }
    let tampered = try run(["verify", "--head", head])
    #expect(tampered.status == 1)
    #expect(tampered.stderr.contains("verification failed: event 7: its hash does not match"))
    #expect(tampered.stdout == "6 events intact before the failure\n")
  }

  @Test func rebuildMendsProjectionsThatDisagreeWithTheEvents() throws {
    _ = try run(["ingest", snapshots, fixtures])
    try DatabaseQueue(path: directory.appendingPathComponent("profiles.sqlite").path).write {
      try $0.execute(sql: "UPDATE revisions SET changed = 99 WHERE seq = 3")
    }
    let broken = try run(["verify"])
    #expect(broken.status == 1)
    #expect(broken.stderr.contains("the projections differ from a rebuild from the events"))
    let rebuilt = try run(["rebuild"])
    #expect(rebuilt.status == 0)
    #expect(
      rebuilt.stdout
        == "rebuilt the projections from \(try eventCount()) events in profiles.sqlite\n")
    #expect(try run(["verify"]).status == 0)
  }

  @Test func concurrentIngestsRecordEveryRevisionOnce() throws {
    // Four processes on one store, each with three quarters of the documents in its own
    // order: the same revisions race, and many arrive as backfills.
    let corpus = directory.appendingPathComponent("corpus")
    try SyntheticCorpus(countries: 6, revisions: 40, seed: 9).write(to: corpus)
    let files = try FileManager.default.subpathsOfDirectory(atPath: corpus.path)
      .filter { $0.hasSuffix(".txt") }.sorted()
      .map { corpus.appendingPathComponent($0).path }
    #expect(files.count == 240)
    let statuses = Statuses()
    DispatchQueue.concurrentPerform(iterations: 4) { process in
      var rng = SeededRandom(seed: UInt64(process + 1))
      let mine = files.enumerated().filter { ($0.offset + process) % 4 != 0 }.map(\.element)
      let outcome = try? run(["ingest"] + mine.shuffled(using: &rng))
      statuses.add(outcome?.status ?? -1, outcome?.stderr ?? "did not run")
    }
    #expect(statuses.all == [0, 0, 0, 0], "\(statuses.errors)")
    let verify = try run(["verify"])
    #expect(verify.status == 0, "\(verify.stderr)")
    #expect(verify.stdout.hasPrefix("240 events verified"))
    #expect(try run(["countries"]).stdout.hasSuffix("6 countries, 240 revisions in effect\n"))
  }
}

/// Exit statuses gathered from several threads.
private final class Statuses: @unchecked Sendable {
  private let lock = NSLock()
  private var values: [Int32] = []
  private var messages: [String] = []
  func add(_ status: Int32, _ stderr: String) {
    lock.withLock {
      values.append(status)
      if status != 0 { messages.append(stderr) }
    }
  }
  /// The standard error of each process that failed.
  var errors: [String] { lock.withLock { messages } }
  var all: [Int32] { lock.withLock { values } }
}
