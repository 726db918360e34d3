import Foundation
import GRDB
import ProfileTestSupport
import Testing

/// `profiles ingest` as a user meets it on a terminal: the progress bar and the diagnostics
/// beside it, the warning count and `--quiet`, paths that are not there, runs that record
/// nothing, and Ctrl-C.
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

  func run(_ arguments: [String], in directory: URL? = nil) throws -> CommandRunner.Outcome {
    try profiles.run(arguments, in: directory ?? self.directory)
  }

  /// A synthetic corpus of `countries` × `revisions` documents, in a folder of the test's
  /// directory.
  func corpus(countries: Int, revisions: Int) throws -> String {
    let folder = directory.appendingPathComponent("corpus")
    _ = try SyntheticCorpus(countries: countries, revisions: revisions, seed: 11).write(to: folder)
    return folder.path
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

  // MARK: Warnings

  @Test func theSummaryCountsWarningsAndQuietHidesThem() throws {
    let documents = [mojibake, snapshots, "\(fixtures)/error-no-date.txt"]
    let loud = try run(["ingest", "--db", "loud.sqlite"] + documents)
    #expect(loud.status == 1)
    let warnings = loud.stderr.split(separator: "\n").filter { $0.contains(": warning: ") }
    #expect(warnings.count > 1)
    #expect(
      loud.stdout.hasSuffix(
        "3 documents: 2 recorded, 0 unchanged, 0 corrected, 0 backfilled, 1 rejected; "
          + "\(warnings.count) warnings; 2 events in loud.sqlite\n"), "\(loud.stdout)")

    // Errors, outcomes and the summary as before; no warnings.
    let quiet = try run(["ingest", "-q", "--db", "quiet.sqlite"] + documents)
    #expect(quiet.status == 1)
    #expect(!quiet.stderr.contains(": warning: "))
    #expect(quiet.stderr.contains("error-no-date.txt:133: error: "))
    #expect(
      quiet.stdout == loud.stdout.replacingOccurrences(of: "loud.sqlite", with: "quiet.sqlite"))
  }

  /// `--format json` is the same with `--quiet` as without: every diagnostic, no count.
  @Test func quietLeavesJSONAsItIs() throws {
    let arguments = ["ingest", "--format", "json", mojibake, "\(fixtures)/error-no-date.txt"]
    let other = try temporaryDirectory("profiles-ingest")
    defer { try? FileManager.default.removeItem(at: other) }
    let json = try run(arguments)
    let quiet = try run(arguments + ["--quiet"], in: other)
    #expect(json.status == 1 && quiet.status == 1)
    #expect(quiet.stdout == json.stdout)
    #expect(quiet.stdout.contains(": warning: "))
    #expect(!quiet.stdout.contains("\"warnings\""))
    #expect(!quiet.stderr.contains(": warning: "))
  }

  /// The JSON report is written a batch at a time, as each is committed: it is byte for byte
  /// what encoding the whole report at once gives.
  @Test func theJSONReportWrittenABatchAtATimeIsTheWholeReportsEncoding() throws {
    struct Line: Codable {
      var path: String
      var outcome: String
      var country: String?
      var date: String?
      var seq: Int?
      var diagnostics: [String]
      var supplied: [String]?
    }
    struct Report: Codable {
      var documents: [Line]
      var summary: [String: Int]
      var store: String
      var events: Int
    }
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes]
    let corpus = try corpus(countries: 2, revisions: 3)
    let runs = [
      [
        "ingest", "--format", "json", "--batch", "2", corpus, mojibake,
        "\(fixtures)/error-no-date.txt",
      ],
      ["ingest", "--format", "json", corpus],
      ["ingest", "--format", "json", "--db", "one.sqlite", mojibake],
    ]
    for arguments in runs {
      let outcome = try run(arguments)
      let report = try JSONDecoder().decode(Report.self, from: Data(outcome.stdout.utf8))
      #expect(!report.documents.isEmpty)
      let whole = String(decoding: try encoder.encode(report), as: UTF8.self) + "\n"
      #expect(outcome.stdout == whole, "\(arguments)")
    }
  }

  // MARK: On a terminal

  /// The progress bar is cleared before a diagnostic is written and drawn again after it:
  /// on the screen, every diagnostic has a line of its own.
  @Test func diagnosticsNeverShareALineWithTheProgressBar() throws {
    let corpus = try corpus(countries: 2, revisions: 30)
    let outcome = try profiles.run(
      ["ingest", corpus, mojibake, "\(fixtures)/error-no-date.txt"], terminal: .standardError,
      in: directory)
    #expect(outcome.status == 1)
    #expect(
      outcome.stderr.contains("] 0/62"), "no progress bar: \(outcome.stderr.debugDescription)")
    let lines = Self.screen(outcome.stderr)
    let diagnostics = lines.filter { $0.contains(": warning: ") || $0.contains(": error: ") }
    #expect(diagnostics.contains { $0.hasPrefix("\(mojibake):") && $0.contains(": warning: ") })
    #expect(diagnostics.contains { $0.hasPrefix("\(fixtures)/error-no-date.txt:133: error: ") })
    for line in diagnostics {
      #expect(line.hasPrefix("/"), "a diagnostic shares its line: \(line.debugDescription)")
    }
    // Cleared at the end; never on standard output.
    #expect(lines.allSatisfy { !$0.contains("/62") }, "\(lines)")
    #expect(!outcome.stdout.contains("\r") && !outcome.stdout.contains("/62"))
    #expect(outcome.stdout.contains("62 documents: 61 recorded"))

    let quiet = try profiles.run(
      ["ingest", "--quiet", "--db", "quiet.sqlite", corpus, mojibake], terminal: .standardError,
      in: directory)
    #expect(quiet.status == 0)
    #expect(!quiet.stderr.contains(": warning: "))
  }

  /// The lines a terminal shows for `output`: a carriage return goes back to the start of the
  /// line, `ESC[K` clears the line from there, and a line feed starts a new line.
  static func screen(_ output: String) -> [String] {
    var lines: [[Unicode.Scalar]] = [[]]
    var column = 0
    var scalars = Substring(output).unicodeScalars[...]
    while let scalar = scalars.first {
      if scalars.starts(with: "\u{1B}[K".unicodeScalars) {
        lines[lines.count - 1].removeSubrange(min(column, lines[lines.count - 1].count)...)
        scalars = scalars.dropFirst(3)
        continue
      }
      scalars = scalars.dropFirst()
      switch scalar {
      case "\r": column = 0
      case "\n":
        lines.append([])
        column = 0
      default:
        if column < lines[lines.count - 1].count {
          lines[lines.count - 1][column] = scalar
        } else {
          lines[lines.count - 1].append(scalar)
        }
        column += 1
      }
    }
    return lines.map { String(String.UnicodeScalarView($0)) }.filter { !$0.isEmpty }
  }

  // MARK: Interrupted

  /// SIGINT or SIGTERM after the first batch commits: the batch in flight commits whole, the
  /// outcomes of what was committed are written (to a file here), and the count said is the
  /// count of events the log verifies.
  @Test(arguments: [SIGINT, SIGTERM])
  func anInterruptedIngestCommitsWholeBatchesAndSaysHowFarItGot(signal: Int32) throws {
    let corpus = try corpus(countries: 10, revisions: 40)
    let out = directory.appendingPathComponent("out.txt")
    let err = directory.appendingPathComponent("err.txt")
    for file in [out, err] {
      #expect(FileManager.default.createFile(atPath: file.path, contents: nil))
    }
    let process = Process()
    process.executableURL = profiles.executable
    process.arguments = ["ingest", "--db", store.path, "--batch", "10", corpus]
    process.standardOutput = try FileHandle(forWritingTo: out)
    process.standardError = try FileHandle(forWritingTo: err)
    process.standardInput = FileHandle.nullDevice
    try process.run()
    try waitForEvents(10, while: process)
    kill(process.processIdentifier, signal)
    process.waitUntilExit()

    let stdout = try String(contentsOf: out, encoding: .utf8)
    let stderr = try String(contentsOf: err, encoding: .utf8)
    #expect(process.terminationReason == .exit)
    #expect(process.terminationStatus == 130, "\(stderr)")
    let outcomes = stdout.split(separator: "\n").filter { $0.hasPrefix("recorded ") }
    let committed = outcomes.count
    #expect(committed >= 10 && committed < 400 && committed % 10 == 0, "\(committed)")
    #expect(
      stdout.hasSuffix(
        "\(committed) documents: \(committed) recorded, 0 unchanged, 0 corrected, 0 backfilled, "
          + "0 rejected; 0 warnings; \(committed) events in \(store.path)\n"), "\(stdout)")
    #expect(
      stderr.hasSuffix(
        "interrupted: \(committed) of 400 documents committed, \(400 - committed) not recorded\n"),
      "\(stderr)")

    let verify = try run(["verify", "--db", store.path])
    #expect(verify.status == 0)
    #expect(verify.stdout.hasPrefix("\(committed) events verified"), "\(verify.stdout)")
    // The same ingest again records the rest.
    let again = try run(["ingest", "--db", store.path, corpus])
    #expect(again.status == 0)
    #expect(
      again.stdout.contains(
        "400 documents: \(400 - committed) recorded, \(committed) unchanged, "))
  }

  /// Returns once the store holds `events` events; fails if `process` ends first.
  func waitForEvents(_ events: Int, while process: Process) throws {
    var configuration = Configuration()
    configuration.readonly = true
    var reader: DatabaseQueue?
    while process.isRunning {
      if reader == nil, FileManager.default.fileExists(atPath: store.path) {
        reader = try? DatabaseQueue(path: store.path, configuration: configuration)
      }
      // An error (no table yet) reads as no progress.
      let count = try? reader?.read { try Int.fetchOne($0, sql: "SELECT max(seq) FROM events") }
      if let count, count >= events { return }
      usleep(2_000)
    }
    Issue.record("the ingest ended before \(events) events were recorded")
  }
}
