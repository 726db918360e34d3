import ArgumentParser
import EventStore
import Foundation
import ProfileModel
import ProfileParsing

extension Profiles {
  /// `profiles ingest PATH…`: records documents in the store.
  struct Ingest: ParsableCommand {
    static let configuration = CommandConfiguration(
      abstract: "Record documents in the store; one outcome line per document.",
      discussion: """
        Each document is recorded (a new revision), unchanged (that reading is already \
        recorded), corrected (a different reading for a date already recorded; the earlier \
        one stays, superseded), backfilled (older than the latest revision) or rejected \
        (unreadable; its diagnostics go to standard error and nothing is recorded for it). \
        Directories are searched for .txt files. Exits 1 when any document is rejected.
        """
    )

    enum Format: String, ExpressibleByArgument, CaseIterable {
      case text
      case json
    }

    @Argument(help: "Documents or directories.")
    var paths: [String]

    @OptionGroup var store: StoreOptions

    @Flag(help: "Record all documents or, if any is rejected, none.")
    var atomic = false

    @Option(help: "Output format: text or json.")
    var format: Format = .text

    struct Line: Encodable {
      var path: String
      /// An ``IngestOutcome``, or `skipped` for a readable document an atomic ingest did not
      /// record because another was rejected.
      var outcome: String
      var country: String?
      var date: String?
      var seq: Int?
      var diagnostics: [String]
    }

    mutating func run() throws {
      let files = try DocumentInput.expand(paths)
      let ledger = try store.open(creating: true)
      let progress = Progress(total: files.count)
      var lines: [Line] = []
      var readable: [(index: Int, source: [UInt8], profile: Profile)] = []
      for (index, path) in files.enumerated() {
        progress.update(index)
        let bytes = Array(try DocumentInput.read(path))
        let result = ProfileParser.standard.parse(bytes: bytes)
        let diagnostics = result.diagnostics.map { $0.formatted(path: path) }
        diagnostics.forEach(StandardError.write)
        lines.append(Line(path: path, outcome: "rejected", diagnostics: diagnostics))
        guard let profile = result.profile else { continue }
        lines[index].country = profile.country.code
        lines[index].date = profile.lastUpdated.iso
        if atomic {
          readable.append((index, bytes, profile))
        } else {
          let outcome = try Ingest.recordRetrying(ledger, bytes, profile)
          lines[index].outcome = outcome.outcome.rawValue
          lines[index].seq = outcome.event?.seq
        }
      }
      progress.finish()
      let rejected = lines.filter { $0.country == nil }.count
      if atomic {
        if rejected == 0 {
          let results = try ledger.recordAll(
            readable.map { ($0.source, $0.profile) }, parserVersion: ProfileParser.version)
          for (entry, result) in zip(readable, results) {
            lines[entry.index].outcome = result.outcome.rawValue
            lines[entry.index].seq = result.event?.seq
          }
        } else {
          for entry in readable { lines[entry.index].outcome = "skipped" }
          StandardError.write("--atomic: \(rejected) document(s) rejected; nothing recorded")
        }
      }
      try report(lines, ledger: ledger)
      if rejected > 0 { throw ExitCode.failure }
    }

    /// Records one document, retrying when another process appended to the stream first.
    static func recordRetrying(_ ledger: Ledger, _ bytes: [UInt8], _ profile: Profile) throws
      -> IngestResult
    {
      var attempt = 0
      while true {
        do {
          return try ledger.record(
            source: bytes, profile: profile, parserVersion: ProfileParser.version)
        } catch LedgerError.versionConflict where attempt < 5 {
          attempt += 1
        }
      }
    }

    func report(_ lines: [Line], ledger: Ledger) throws {
      let counts = Dictionary(grouping: lines, by: \.outcome).mapValues(\.count)
      let events = try ledger.eventCount()
      switch format {
      case .json:
        struct Report: Encodable {
          var documents: [Line]
          var summary: [String: Int]
          var store: String
          var events: Int
        }
        var summary: [String: Int] = [:]
        for outcome in IngestOutcome.allCases {
          summary[outcome.rawValue] = counts[outcome.rawValue, default: 0]
        }
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes]
        let data = try encoder.encode(
          Report(documents: lines, summary: summary, store: ledger.path, events: events))
        print(String(decoding: data, as: UTF8.self))
      case .text:
        for line in lines {
          let outcome = line.outcome.padding(toLength: 11, withPad: " ", startingAt: 0)
          let what = line.country.map { "\($0) \(line.date ?? "")" } ?? "-"
          print(
            "\(outcome) \(what.padding(toLength: 15, withPad: " ", startingAt: 0)) \(line.path)")
        }
        let tally = IngestOutcome.allCases.map {
          "\(counts[$0.rawValue, default: 0]) \($0.rawValue)"
        }
        let noun = lines.count == 1 ? "document" : "documents"
        print(
          "\(lines.count) \(noun): \(tally.joined(separator: ", ")); "
            + "\(events) event\(events == 1 ? "" : "s") in \(ledger.path)")
      }
    }
  }
}

/// A progress bar on standard error, shown only on a terminal and for many files.
struct Progress {
  let total: Int
  let shown: Bool

  init(total: Int) {
    self.total = total
    shown = total >= 50 && isatty(STDERR_FILENO) == 1
  }

  func update(_ done: Int) {
    guard shown, done % 10 == 0 else { return }
    let width = 30
    let filled = width * done / max(total, 1)
    let bar = String(repeating: "#", count: filled) + String(repeating: ".", count: width - filled)
    FileHandle.standardError.write(Data("\r[\(bar)] \(done)/\(total)".utf8))
  }

  func finish() {
    guard shown else { return }
    FileHandle.standardError.write(Data("\r\u{1B}[K".utf8))
  }
}
