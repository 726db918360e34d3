import EventStore
import Foundation
import Ingestion
import LedgerModel
import ProfileModel
import ProfileParsing
import ProfileTestSupport
import Testing

/// Ingestion driven as a library: documents in, outcomes, diagnostics and progress out.
@Suite struct IngestionTests {
  /// Three revisions of Belize (the seed and two edits of it, later dated) and an unreadable
  /// document, as files in a new directory.
  static func documents() throws -> (directory: URL, files: [String]) {
    let directory = try temporaryDirectory("ingestion")
    let seed = try Documents.belize()
    let texts = [
      ("a-2015-03-02.txt", seed),
      (
        "b-2015-06-01.txt",
        seed.replacingOccurrences(of: "2 March 2015", with: "1 June 2015")
      ),
      ("c-unreadable.txt", "Nothing here reads as a profile.\n"),
      (
        "d-2015-09-01.txt",
        try Documents.belize(
          replacing: "1.2.1", with: "Belize has an officially recognized national CIRT."
        )
        .replacingOccurrences(of: "2 March 2015", with: "1 September 2015")
      ),
    ]
    for (name, text) in texts {
      try Data(text.utf8).write(to: directory.appendingPathComponent(name))
    }
    return (directory, try DocumentFiles.expand([directory.path]))
  }

  /// A directory named through a symbolic link is searched; its files keep the name given.
  @Test func aLinkedDirectoryIsSearchedWhereItPoints() throws {
    let (directory, files) = try Self.documents()
    defer { try? FileManager.default.removeItem(at: directory) }
    let link = directory.deletingLastPathComponent().appendingPathComponent(
      "linked-\(UUID().uuidString)")
    try FileManager.default.createSymbolicLink(at: link, withDestinationURL: directory)
    defer { try? FileManager.default.removeItem(at: link) }
    let linked = try DocumentFiles.expand([link.path])
    #expect(linked.count == files.count)
    #expect(linked.first == link.path + "/a-2015-03-02.txt")
  }

  @Test func eachDocumentGetsAnOutcomeInOrderAndTheCallerHearsAsItGoes() throws {
    let (directory, files) = try Self.documents()
    defer { try? FileManager.default.removeItem(at: directory) }
    #expect(files.map { ($0 as NSString).lastPathComponent }.first == "a-2015-03-02.txt")
    let ledger = try Ledger()
    var read: [String] = []
    var progress: [Int] = []
    var told: [[Ingestion.Outcome]] = []
    let report = try Ingestion(ledger: ledger, options: .init(batchSize: 2)).run(files: files) {
      switch $0 {
      case .read(let outcome): read.append(outcome.path)
      case .progress(let done, let total):
        #expect(total == 4)
        progress.append(done)
      case .failed(let outcome): Issue.record("not expected: \(outcome)")
      case .outcomes(let outcomes): told.append(outcomes)
      }
    }
    #expect(read == files)
    #expect(progress == [0, 2, 4])
    #expect(report.outcomes.map(\.kind) == [.recorded, .recorded, .rejected, .recorded])
    #expect(report.rejected == 1 && report.failed == 0)
    // Each batch's outcomes are told once final, in order.
    #expect(told.map { $0.map(\.path) } == [Array(files.prefix(2)), Array(files.suffix(2))])
    #expect(told.flatMap { $0 } == report.outcomes)
    #expect(report.documents == 4 && report.counts == [.recorded: 3, .rejected: 1])
    let rejected = report.outcomes[2]
    #expect(rejected.country == nil && rejected.seq == nil)
    #expect(rejected.diagnostics.contains { $0.severity == .error })
    #expect(report.outcomes[3].date == ProfileDate(iso: "2015-09-01"))
    #expect(report.outcomes.compactMap(\.seq) == [1, 2, 3])
    #expect(try ledger.history(country: "BLZ").count == 3)

    // The same files again: nothing new, and the recorded ones are unchanged.
    let again = try Ingestion(ledger: ledger).run(files: files)
    #expect(again.outcomes.map(\.kind) == [.unchanged, .unchanged, .rejected, .unchanged])
    #expect(try ledger.eventCount() == 3)
  }

  /// A run that keeps no outcomes tells each batch's once final and only counts them: what
  /// it holds does not grow with the number of documents.
  @Test func aRunThatKeepsNoOutcomesTellsThemABatchAtATime() throws {
    let (directory, files) = try Self.documents()
    defer { try? FileManager.default.removeItem(at: directory) }
    for atomic in [false, true] {
      var told: [[Ingestion.Outcome]] = []
      let report = try Ingestion(
        ledger: try Ledger(), options: .init(batchSize: 2, atomic: atomic, keepsOutcomes: false)
      ).run(files: DocumentList(files)) {
        if case .outcomes(let outcomes) = $0 { told.append(outcomes) }
      }
      #expect(report.outcomes.isEmpty)
      #expect(report.documents == 4 && report.rejected == 1)
      #expect(told.flatMap { $0 }.map(\.path) == files)
      if atomic {
        // Final only at the end, all at once: skipped for the rejected one.
        #expect(told.count == 1)
        #expect(report.counts == [.skipped: 3, .rejected: 1])
      } else {
        #expect(told.map(\.count) == [2, 2])
        #expect(report.counts == [.recorded: 3, .rejected: 1])
        #expect(told.flatMap { $0 }.compactMap(\.seq) == [1, 2, 3])
      }
    }
  }

  /// A list of paths held compactly gives each path back as given, at any place.
  @Test func aDocumentListGivesBackEveryPath() throws {
    var paths: [String] = []
    for country in ["afghanistan", "åland-islands", "côte-d’ivoire", "e", "e-two", "z"] {
      for day in 1...45 {
        paths.append("corpus/\(country)/2015-\(day < 10 ? "0" : "")\(day).txt")
      }
    }
    paths.append("/" + String(repeating: "long/", count: 60) + "x.pdf")
    paths.append("-")
    paths.append("")
    paths.append("corpus/afghanistan/2015-01.txt")
    let list = DocumentList(paths)
    #expect(list.count == paths.count)
    #expect(Array(list) == paths)
    #expect(list[100] == paths[100] && list[31] == paths[31] && list[32] == paths[32])
    #expect(Array(list[40..<90]) == Array(paths[40..<90]))
    #expect(DocumentList().isEmpty)

    let (directory, files) = try Self.documents()
    defer { try? FileManager.default.removeItem(at: directory) }
    #expect(try DocumentFiles.list([directory.path]) == DocumentList(files))
    #expect(Array(try DocumentFiles.list([directory.path, "-"])) == files + ["-"])
  }

  @Test func anAtomicRunWithARejectedDocumentRecordsNothing() throws {
    let (directory, files) = try Self.documents()
    defer { try? FileManager.default.removeItem(at: directory) }
    let ledger = try Ledger()
    let report = try Ingestion(ledger: ledger, options: .init(atomic: true)).run(files: files)
    #expect(report.outcomes.map(\.kind) == [.skipped, .skipped, .rejected, .skipped])
    #expect(try ledger.eventCount() == 0)

    let readable = files.filter { !$0.hasSuffix("c-unreadable.txt") }
    let recorded = try Ingestion(ledger: ledger, options: .init(atomic: true)).run(files: readable)
    #expect(recorded.outcomes.map(\.kind) == [.recorded, .recorded, .recorded])
    #expect(try ledger.eventCount() == 3)
  }

  @Test func suppliedValuesAreRecordedAsSupplied() throws {
    let directory = try temporaryDirectory("ingestion")
    defer { try? FileManager.default.removeItem(at: directory) }
    let undated = try Documents.belize().replacingOccurrences(
      of: "Last updated on 2 March 2015", with: "")
    let file = directory.appendingPathComponent("undated.txt")
    try Data(undated.utf8).write(to: file)
    let ledger = try Ledger()
    let date = try #require(ProfileDate(iso: "2015-03-02"))
    let report = try Ingestion(ledger: ledger, options: .init(supplied: .init(date: date)))
      .run(files: [file.path])
    #expect(report.outcomes.map(\.kind) == [.recorded])
    #expect(report.outcomes[0].supplied == [.date])
  }

  @Test func aStopEndsTheRunAtTheNextBatchWithWhatWasCommitted() throws {
    let (directory, files) = try Self.documents()
    defer { try? FileManager.default.removeItem(at: directory) }
    let ledger = try Ledger()
    let stop = Ingestion.StopRequest()
    // Asked while the first batch is read: that batch is recorded, no other is.
    let report = try Ingestion(ledger: ledger, options: .init(batchSize: 2))
      .run(files: files, stop: stop) { if case .read = $0 { stop.request() } }
    #expect(report.interrupted)
    #expect(report.outcomes.map(\.path) == Array(files.prefix(2)))
    #expect(report.outcomes.map(\.kind) == [.recorded, .recorded])
    #expect(try ledger.eventCount() == 2)

    // An atomic run records at its end: stopped, it records nothing.
    let atomic = Ingestion(ledger: try Ledger(), options: .init(batchSize: 2, atomic: true))
    let none = try atomic.run(files: files, stop: stop)
    #expect(none.interrupted && none.outcomes.isEmpty)
    #expect(try atomic.ledger?.eventCount() == 0)
  }

  /// A store to be created is created once there is something to record, and not before.
  @Test func aStoreIsCreatedOnlyForSomethingToRecord() throws {
    let (directory, files) = try Self.documents()
    defer { try? FileManager.default.removeItem(at: directory) }
    let path = directory.appendingPathComponent("profiles.sqlite").path
    let unreadable = files.filter { $0.hasSuffix("c-unreadable.txt") }
    // Nothing readable; readable documents an atomic run skips for a rejected one.
    for options in [Ingestion.Options(), Ingestion.Options(atomic: true)] {
      let ingestion = Ingestion(creatingStore: { try Ledger(path: path) }, options: options)
      let report = try ingestion.run(files: options.atomic ? files : unreadable)
      #expect(report.rejected == 1)
      #expect(ingestion.ledger == nil)
      #expect(!FileManager.default.fileExists(atPath: path))
    }
    let ingestion = Ingestion(
      creatingStore: { try Ledger(path: path) }, options: .init(batchSize: 2))
    let report = try ingestion.run(files: files)
    #expect(report.outcomes.map(\.kind) == [.recorded, .recorded, .rejected, .recorded])
    #expect(FileManager.default.fileExists(atPath: path))
    #expect(try ingestion.ledger?.eventCount() == 3)
  }

  @Test func unreadablePathsAreFoundBeforeAnyIsRead() throws {
    let (directory, files) = try Self.documents()
    defer { try? FileManager.default.removeItem(at: directory) }
    let unreadable = DocumentFiles.unreadable(files + ["/no/such.txt", "-", "/no/other.pdf"])
    #expect(unreadable.map(\.path) == ["/no/such.txt", "/no/other.pdf"])
    #expect(unreadable.map(\.reason) == ["no such file", "no such file"])
  }

  @Test func aMissingFileIsAnErrorNamingIt() throws {
    let ledger = try Ledger()
    #expect(throws: DocumentFileError.cannotRead(path: "/no/such.txt", reason: "no such file")) {
      try Ingestion(ledger: ledger).run(files: ["/no/such.txt"])
    }
    #expect(try ledger.eventCount() == 0)
  }
}
