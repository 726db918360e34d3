import ArgumentParser
import EventStore
import Foundation
import Ingestion
import LedgerModel
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
        Directories are searched for .txt and .pdf files. A PDF (known by its first bytes, \
        whatever its name) is kept as it is, as the document of record, and read from the \
        text pdftotext extracts from it (poppler-utils), which is kept beside it. A PDF that \
        reads as a revision recorded from a text conversion becomes that revision's document \
        of record, in a correction.

        Every path is checked before any document is read: a path that is not there stops \
        the run with nothing recorded. A store that does not exist is created once there is \
        a document to record, so a run that records nothing creates none.

        SIGINT (Ctrl-C) or SIGTERM stops the run between batches: the batch being recorded \
        is committed whole, the outcomes of the documents committed are printed, and the \
        rest are not recorded (ingest them again to record them).

        Exit status: 0 when every document is recorded or unchanged, 1 when any is rejected, \
        a path cannot be read or the store fails, 64 on a usage error, 130 when interrupted.
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

    @Option(help: "Documents recorded per transaction.")
    var batch: Int = IngestBatch.size

    @Flag(
      name: .shortAndLong,
      help: ArgumentHelp(
        "Print no warnings; errors, the outcomes and the summary still.",
        discussion: "--format json keeps every diagnostic."))
    var quiet = false

    @OptionGroup var supplied: SuppliedOptions

    func validate() throws {
      if batch < 1 { throw ValidationError("--batch \(batch) is not a positive number") }
    }

    struct Line: Encodable {
      var path: String
      /// An ``IngestOutcome``, or `skipped` for a readable document an atomic ingest did not
      /// record because another was rejected.
      var outcome: String
      var country: String?
      var date: String?
      var seq: Int?
      var diagnostics: [String]
      /// The values supplied, not read (`date`, `country`); absent when all were read.
      var supplied: [String]?

      init(_ outcome: Ingestion.Outcome) {
        path = outcome.path
        self.outcome = outcome.kind.rawValue
        country = outcome.country
        date = outcome.date?.iso
        seq = outcome.seq
        diagnostics = outcome.diagnostics.map { $0.formatted(path: outcome.path) }
        supplied = outcome.supplied.isEmpty ? nil : outcome.supplied.map(\.rawValue)
      }
    }

    mutating func run() throws {
      let files = try documents()
      let supplied = try self.supplied.values(for: files)
      // From here on, SIGINT and SIGTERM stop the run between batches.
      let stop = Ingestion.StopRequest()
      let signals = InterruptSignals(requesting: stop)
      defer { withExtendedLifetime(signals) {} }
      let options = Ingestion.Options(batchSize: batch, atomic: atomic, supplied: supplied)
      // A store is made only once there is something to record in it.
      let ingestion =
        FileManager.default.fileExists(atPath: store.path)
        ? Ingestion(ledger: try store.open(creating: true), options: options)
        : Ingestion(creatingStore: { [store] in try store.open(creating: true) }, options: options)
      let progress = ProgressBar(total: files.count)
      let result: Ingestion.Report
      do {
        result = try ingestion.run(files: files, stop: stop) { event in
          switch event {
          case .progress(let done, _): progress.update(done)
          case .read(let outcome):
            for diagnostic in outcome.diagnostics where !quiet || diagnostic.severity == .error {
              progress.write(diagnostic.formatted(path: outcome.path))
            }
          case .failed(let outcome):
            progress.write("\(outcome.path): error: \(outcome.failure ?? "not recorded")")
          }
        }
      } catch let failure as Ingestion.StoreFailure {
        // What the batches before committed stays, and is reported before the error.
        progress.finish()
        if !failure.committed.isEmpty {
          try report(failure.committed, ledger: ingestion.ledger)
        }
        throw failure.underlying
      }
      progress.finish()
      if atomic && result.rejected > 0 {
        StandardError.write(
          "--atomic: \(plural(result.rejected, "document")) rejected; nothing recorded")
      }
      try report(result.outcomes, ledger: ingestion.ledger)
      if result.interrupted {
        let committed = result.outcomes.count
        StandardError.write(
          "interrupted: \(committed) of \(plural(files.count, "document")) committed, "
            + "\(files.count - committed) not recorded")
        throw ExitCode(130)
      }
      if result.rejected > 0 || result.failed > 0 { throw ExitCode.failure }
    }

    /// The documents the paths name, every one checked to be there before any is read: a
    /// mistyped path stops the run before it records anything, rather than half-way.
    func documents() throws -> [String] {
      let files: [String]
      do {
        files = try DocumentFiles.expand(paths)
      } catch let error as DocumentFileError {
        throw ProfilesError.nothingRecorded(reason: error.description)
      }
      let unreadable = DocumentFiles.unreadable(files)
      guard unreadable.isEmpty else {
        // "cannot read a.txt, b.txt: no such file", a clause per reason.
        let reasons = unreadable.map(\.reason).reduce(into: [String]()) {
          if !$0.contains($1) { $0.append($1) }
        }
        let clauses = reasons.map { reason in
          let paths = unreadable.filter { $0.reason == reason }.map(\.path)
          return "cannot read \(paths.joined(separator: ", ")): \(reason)"
        }
        throw ProfilesError.nothingRecorded(reason: clauses.joined(separator: "; "))
      }
      return files
    }

    /// Prints the outcomes and the summary, as `--format` asks. `ledger` is `nil` when the
    /// run made no store.
    func report(_ outcomes: [Ingestion.Outcome], ledger: Ledger?) throws {
      let lines = outcomes.map(Line.init)
      let counts = Dictionary(grouping: lines, by: \.outcome).mapValues(\.count)
      let events = try ledger?.eventCount() ?? 0
      let path = ledger?.name ?? store.path
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
        // Outcomes only some runs have, there when they happened: the counts add up.
        for outcome in Ingestion.Outcome.Kind.occasional where counts[outcome.rawValue] != nil {
          summary[outcome.rawValue] = counts[outcome.rawValue]
        }
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes]
        let data = try encoder.encode(
          Report(documents: lines, summary: summary, store: path, events: events))
        print(String(decoding: data, as: UTF8.self))
      case .text:
        for line in lines {
          let outcome = line.outcome.padding(toLength: 11, withPad: " ", startingAt: 0)
          let what = line.country.map { "\($0) \(line.date ?? "")" } ?? "-"
          let supplied = (line.supplied ?? []).map { "  (\($0) supplied with --\($0), not read)" }
          print(
            "\(outcome) \(what.padding(toLength: 15, withPad: " ", startingAt: 0)) \(line.path)"
              + supplied.joined())
        }
        // Every outcome, and those only some runs have (skipped, failed) when they happened,
        // so that the counts add up to the documents.
        let tally =
          IngestOutcome.allCases.map { "\(counts[$0.rawValue, default: 0]) \($0.rawValue)" }
          + Ingestion.Outcome.Kind.occasional.compactMap { outcome in
            counts[outcome.rawValue].map { "\($0) \(outcome.rawValue)" }
          }
        let warnings = outcomes.map { $0.diagnostics.filter { $0.severity == .warning }.count }
          .reduce(0, +)
        print(
          "\(plural(lines.count, "document")): \(tally.joined(separator: ", ")); "
            + "\(plural(warnings, "warning")); \(plural(events, "event")) in \(path)")
      }
    }
  }
}

/// A progress bar on standard error (never standard output), redrawn in place: shown only
/// on a terminal and for many files. While it shows, lines for standard error go through
/// ``write(_:)``, which clears the bar before the line and draws it again after, so that a
/// diagnostic never shares a line with it.
final class ProgressBar {
  let total: Int
  let shown: Bool
  /// The bar as last drawn, while it is on the screen.
  private var drawn: String?

  init(total: Int) {
    self.total = total
    shown = total >= 50 && isatty(STDERR_FILENO) == 1
  }

  func update(_ done: Int) {
    guard shown, done % 10 == 0 else { return }
    let width = 30
    let filled = width * done / max(total, 1)
    let bar = String(repeating: "#", count: filled) + String(repeating: ".", count: width - filled)
    let line = "[\(bar)] \(done)/\(total)"
    drawn = line
    FileHandle.standardError.write(Data("\r\(line)".utf8))
  }

  /// Writes `line` to standard error on a line of its own, and the bar again below it.
  func write(_ line: String) {
    guard let drawn else { return StandardError.write(line) }
    FileHandle.standardError.write(Data("\r\u{1B}[K\(line)\n\(drawn)".utf8))
  }

  /// Clears the bar, for good.
  func finish() {
    guard drawn != nil else { return }
    FileHandle.standardError.write(Data("\r\u{1B}[K".utf8))
    drawn = nil
  }
}

/// SIGINT and SIGTERM while documents are recorded: rather than end the process in the
/// middle of a batch (the default), each asks the run to stop between batches. Further
/// signals are ignored until the process exits, so that the outcomes are printed whole.
final class InterruptSignals {
  private var sources: [any DispatchSourceSignal] = []

  init(requesting stop: Ingestion.StopRequest) {
    for number in [SIGINT, SIGTERM] {
      // Ignored as a signal, the process is told of it through the source.
      signal(number, SIG_IGN)
      let source = DispatchSource.makeSignalSource(signal: number, queue: .global())
      source.setEventHandler { stop.request() }
      source.resume()
      sources.append(source)
    }
  }
}
