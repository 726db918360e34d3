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
      var pending: [(index: Int, source: [UInt8], profile: Profile)] = []
      var failed = 0

      /// Records the documents read so far, in one transaction with a savepoint each.
      func flush() throws {
        defer { pending.removeAll() }
        guard !atomic, !pending.isEmpty else { return }
        let results = try ledger.recordBatch(
          pending.map { ($0.source, $0.profile) }, parserVersion: ProfileParser.version)
        for (entry, result) in zip(pending, results) {
          switch result {
          case .success(let recorded):
            lines[entry.index].outcome = recorded.outcome.rawValue
            lines[entry.index].seq = recorded.event?.seq
          case .failure(let error):
            lines[entry.index].outcome = "failed"
            StandardError.write("\(lines[entry.index].path): error: \(error)")
            failed += 1
          }
        }
      }

      // Documents are read and parsed a batch at a time, on every core, then recorded.
      for start in stride(from: 0, to: files.count, by: IngestBatch.size) {
        progress.update(start)
        let batch = Array(files[start..<min(start + IngestBatch.size, files.count)])
        let sources = try batch.map { Array(try DocumentInput.read($0)) }
        let results = IngestBatch.parse(sources, with: ProfileParser.standard)
        for (offset, (path, result)) in zip(batch, results).enumerated() {
          let diagnostics = result.diagnostics.map { $0.formatted(path: path) }
          diagnostics.forEach(StandardError.write)
          var line = Line(path: path, outcome: "rejected", diagnostics: diagnostics)
          if let profile = result.profile {
            line.country = profile.country.code
            line.date = profile.lastUpdated.iso
            pending.append((start + offset, sources[offset], profile))
          }
          lines.append(line)
        }
        if !atomic { try flush() }
      }
      progress.finish()

      let rejected = lines.filter { $0.country == nil }.count
      if atomic {
        if rejected == 0 {
          let results = try ledger.recordAll(
            pending.map { ($0.source, $0.profile) }, parserVersion: ProfileParser.version)
          for (entry, result) in zip(pending, results) {
            lines[entry.index].outcome = result.outcome.rawValue
            lines[entry.index].seq = result.event?.seq
          }
        } else {
          for entry in pending { lines[entry.index].outcome = "skipped" }
          StandardError.write("--atomic: \(rejected) document(s) rejected; nothing recorded")
        }
      }
      try report(lines, ledger: ledger)
      if rejected > 0 || failed > 0 { throw ExitCode.failure }
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
