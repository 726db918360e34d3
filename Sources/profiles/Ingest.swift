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
      // Documents are read on every core and recorded on one thread. With glibc's default of
      // an allocator arena per thread (up to eight per core), what each arena has freed is
      // reused by its own threads only, and a long run's memory grows with them; two arenas
      // keep it flat, at no cost in time measured.
      Allocator.limitArenas(to: 2)
      let files = try documents()
      let supplied = try self.supplied.values(for: files)
      // From here on, SIGINT and SIGTERM stop the run between batches.
      let stop = Ingestion.StopRequest()
      let signals = InterruptSignals(requesting: stop)
      defer { withExtendedLifetime(signals) {} }
      // Each batch's outcomes are written once committed, and not kept: the run's memory does
      // not grow with the number of documents.
      let options = Ingestion.Options(
        batchSize: batch, atomic: atomic, supplied: supplied, keepsOutcomes: false)
      // A store is made only once there is something to record in it.
      let ingestion =
        FileManager.default.fileExists(atPath: store.path)
        ? Ingestion(ledger: try store.open(creating: true), options: options)
        : Ingestion(creatingStore: { [store] in try store.open(creating: true) }, options: options)
      let progress = ProgressBar(total: files.count)
      let output = OutcomeWriter(format: format, progress: progress)
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
          case .outcomes(let outcomes): output.write(outcomes)
          }
        }
      } catch {
        // What the batches before committed stays, and is reported before the error.
        progress.finish()
        if output.written > 0 {
          try output.finish(ledger: ingestion.ledger, path: store.path)
        }
        throw (error as? Ingestion.StoreFailure)?.underlying ?? error
      }
      progress.finish()
      if atomic && result.rejected > 0 {
        StandardError.write(
          "--atomic: \(plural(result.rejected, "document")) rejected; nothing recorded")
      }
      try output.finish(ledger: ingestion.ledger, path: store.path)
      if result.interrupted {
        let committed = result.documents
        StandardError.write(
          "interrupted: \(committed) of \(plural(files.count, "document")) committed, "
            + "\(files.count - committed) not recorded")
        throw ExitCode(130)
      }
      if result.rejected > 0 || result.failed > 0 { throw ExitCode.failure }
    }

    /// The documents the paths name, every one checked to be there before any is read: a
    /// mistyped path stops the run before it records anything, rather than half-way.
    func documents() throws -> DocumentList {
      let files: DocumentList
      do {
        files = try DocumentFiles.list(paths)
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
  }
}

/// Writes `profiles ingest`'s outcomes as `--format` asks, a batch at a time as they become
/// final, and the summary at the end; it keeps only their counts. The JSON is, byte for byte,
/// what encoding the whole report at once gives.
final class OutcomeWriter {
  let format: Profiles.Ingest.Format
  let progress: ProgressBar
  /// How many outcomes were written.
  private(set) var written = 0
  private var counts: [String: Int] = [:]
  private var warnings = 0
  private let encoder: JSONEncoder = {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes]
    return encoder
  }()

  init(format: Profiles.Ingest.Format, progress: ProgressBar) {
    self.format = format
    self.progress = progress
  }

  struct Report: Encodable {
    var documents: [Profiles.Ingest.Line]
    var summary: [String: Int]
    var store: String
    var events: Int
  }

  /// What follows the documents in the JSON report.
  struct Closing: Encodable {
    var summary: [String: Int]
    var store: String
    var events: Int
  }

  func write(_ outcomes: [Ingestion.Outcome]) {
    guard !outcomes.isEmpty else { return }
    var text = ""
    for outcome in outcomes {
      let line = Profiles.Ingest.Line(outcome)
      counts[line.outcome, default: 0] += 1
      warnings += outcome.diagnostics.filter { $0.severity == .warning }.count
      switch format {
      case .text:
        let kind = line.outcome.padding(toLength: 11, withPad: " ", startingAt: 0)
        let what = line.country.map { "\($0) \(line.date ?? "")" } ?? "-"
        let supplied = (line.supplied ?? []).map { "  (\($0) supplied with --\($0), not read)" }
        text += "\(kind) \(what.padding(toLength: 15, withPad: " ", startingAt: 0)) \(line.path)"
        text += supplied.joined() + "\n"
      case .json:
        // Each document as the whole report's encoding nests it: two levels in.
        text += written == 0 ? "{\n  \"documents\" : [\n" : ",\n"
        let object = String(decoding: (try? encoder.encode(line)) ?? Data(), as: UTF8.self)
        text += object.split(separator: "\n", omittingEmptySubsequences: false)
          .map { $0.isEmpty ? "" : "    " + $0 }.joined(separator: "\n")
      }
      written += 1
    }
    progress.output(text)
  }

  /// Writes the summary: `ledger` is `nil` when the run made no store.
  func finish(ledger: Ledger?, path storePath: String) throws {
    // The head's number: events are numbered from 1 without a gap (`verify` holds the log to
    // it), so this is their count, in one indexed lookup where counting reads a whole index.
    let events = try ledger?.head().seq ?? 0
    let path = ledger?.name ?? storePath
    switch format {
    case .json:
      var summary: [String: Int] = [:]
      for outcome in IngestOutcome.allCases {
        summary[outcome.rawValue] = counts[outcome.rawValue, default: 0]
      }
      // Outcomes only some runs have, there when they happened: the counts add up.
      for outcome in Ingestion.Outcome.Kind.occasional where counts[outcome.rawValue] != nil {
        summary[outcome.rawValue] = counts[outcome.rawValue]
      }
      guard written > 0 else {
        let data = try encoder.encode(
          Report(documents: [], summary: summary, store: path, events: events))
        return progress.output(String(decoding: data, as: UTF8.self) + "\n")
      }
      let closing = String(
        decoding: try encoder.encode(Closing(summary: summary, store: path, events: events)),
        as: UTF8.self)
      // `{\n  "events" …`: the documents' array closes where the whole report's would.
      progress.output("\n  ],\n" + closing.dropFirst(2) + "\n")
    case .text:
      // Every outcome, and those only some runs have (skipped, failed) when they happened,
      // so that the counts add up to the documents.
      let tally =
        IngestOutcome.allCases.map { "\(counts[$0.rawValue, default: 0]) \($0.rawValue)" }
        + Ingestion.Outcome.Kind.occasional.compactMap { outcome in
          counts[outcome.rawValue].map { "\($0) \(outcome.rawValue)" }
        }
      progress.output(
        "\(plural(written, "document")): \(tally.joined(separator: ", ")); "
          + "\(plural(warnings, "warning")); \(plural(events, "event")) in \(path)\n")
    }
  }
}

/// The C library's memory allocator.
enum Allocator {
  /// Limits glibc's allocator to `count` arenas (`mallopt(M_ARENA_MAX, count)`); elsewhere,
  /// nothing. Called before the threads it concerns allocate.
  static func limitArenas(to count: Int32) {
    #if os(Linux)
      // `mallopt` is declared in malloc.h, which the Glibc module leaves out.
      typealias Mallopt = @convention(c) (Int32, Int32) -> Int32
      let arenaMaximum: Int32 = -8  // M_ARENA_MAX
      guard let symbol = dlsym(nil, "mallopt") else { return }
      _ = unsafeBitCast(symbol, to: Mallopt.self)(arenaMaximum, count)
    #endif
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

  /// Writes `text` to standard output; when that is the terminal the bar is on, the bar is
  /// cleared before it and drawn again after.
  func output(_ text: String) {
    guard let drawn, isatty(STDOUT_FILENO) == 1 else { return print(text, terminator: "") }
    FileHandle.standardError.write(Data("\r\u{1B}[K".utf8))
    print(text, terminator: "")
    fflush(nil)  // standard output, before the bar is drawn again
    FileHandle.standardError.write(Data(drawn.utf8))
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
