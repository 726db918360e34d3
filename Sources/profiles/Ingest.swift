import ArgumentParser
import EventStore
import Foundation
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

    @Option(help: "Documents recorded per transaction.")
    var batch: Int = IngestBatch.size

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
    }

    /// What became of one document of a batch before the store.
    enum Read: Sendable {
      /// It could not be read from disk.
      case unreadable(any Error)
      /// These exact bytes were read by this parser and recorded already: unchanged.
      case known(RecordedDocument)
      /// Parsed; readable when it has a profile.
      case parsed(ParseResult)
    }

    /// One batch of documents, read, parsed and prepared for the store.
    struct ReadBatch: Sendable {
      var paths: [String]
      var reads: [Read]
      /// The readable documents, with their offsets in the batch.
      var prepared: [(offset: Int, revision: PreparedRevision)]
    }

    static func read(
      _ paths: [String], for ledger: Ledger, supplied: SuppliedValues = .none
    ) -> ReadBatch {
      let parser = ProfileParser.standard
      let sources = paths.concurrentMap { path in
        Result { () throws -> (bytes: [UInt8], hash: String) in
          let bytes = Array(try DocumentInput.read(path))
          return (bytes, CanonicalJSON.sha256Hex(bytes))
        }
      }
      // Documents ingested before, byte for byte, need no parsing (a failed lookup only
      // means they are parsed).
      let known =
        (try? ledger.recordedDocuments(
          sourceHashes: sources.compactMap { try? $0.get().hash },
          parserVersion: ProfileParser.version, catalog: parser.catalog.id)) ?? [:]
      var reads: [Read?] = []
      var toParse: [(offset: Int, bytes: [UInt8])] = []
      // Documents recorded before under another date or country than the one supplied now:
      // read again, and refused even if they read.
      var recordedOtherwise: [Int: RecordedDocument] = [:]
      for (offset, source) in sources.enumerated() {
        switch source {
        case .failure(let error): reads.append(.unreadable(error))
        case .success(let document):
          if let recorded = known[document.hash], !Ingest.differs(supplied, from: recorded) {
            reads.append(.known(recorded))
          } else {
            recordedOtherwise[offset] = known[document.hash]
            reads.append(nil)  // parsed below
            toParse.append((offset, document.bytes))
          }
        }
      }
      let results = IngestBatch.parse(toParse.map(\.bytes), with: parser, supplied: supplied)
      var documents: [(offset: Int, source: [UInt8], profile: Profile)] = []
      var suppliedFields: [[SuppliedField]] = []
      for (document, var result) in zip(toParse, results) {
        if result.profile != nil, let recorded = recordedOtherwise[document.offset] {
          result.profile = nil
          result.diagnostics.append(
            .error(
              line: nil,
              "this document is recorded as \(recorded.country) \(recorded.effectiveDate.iso); "
                + "the supplied \(Ingest.describe(supplied)) differs: nothing recorded"))
        }
        reads[document.offset] = .parsed(result)
        if let profile = result.profile {
          documents.append((document.offset, document.bytes, profile))
          suppliedFields.append(result.supplied)
        }
      }
      var prepared = ledger.prepare(documents.map { ($0.source, $0.profile) })
      for index in prepared.indices { prepared[index].supplied = suppliedFields[index] }
      return ReadBatch(
        paths: paths, reads: reads.map { $0! },
        prepared: Array(zip(documents.map(\.offset), prepared)))
    }

    /// Whether a value supplied now differs from what a document was recorded with.
    static func differs(_ supplied: SuppliedValues, from recorded: RecordedDocument) -> Bool {
      supplied.date.map { $0 != recorded.effectiveDate } ?? false
        || supplied.country.map { $0 != recorded.country } ?? false
    }

    /// "date 2015-04-01", "country BLZ and date 2015-04-01".
    static func describe(_ supplied: SuppliedValues) -> String {
      [supplied.country.map { "country \($0)" }, supplied.date.map { "date \($0.iso)" }]
        .compactMap { $0 }.joined(separator: " and ")
    }

    mutating func run() throws {
      let files = try DocumentInput.expand(paths)
      let supplied = try self.supplied.values(for: files)
      let ledger = try store.open(creating: true)
      let progress = ProgressBar(total: files.count)
      let atomic = self.atomic
      var lines: [Line] = []
      var kept: [(index: Int, revision: PreparedRevision)] = []
      var failed = 0

      // While the store records one batch, the next is read, parsed, hashed and compressed
      // on the other cores.
      let size = batch
      try pipelined(
        batches: (files.count + size - 1) / size,
        produce: { batch in
          Ingest.read(
            Array(files[batch * size..<min((batch + 1) * size, files.count)]), for: ledger,
            supplied: supplied)
        },
        consume: { batch, read in
          progress.update(batch * size)
          for (path, read) in zip(read.paths, read.reads) {
            switch read {
            case .unreadable(let error): throw error
            case .known(let recorded):
              var line = Line(path: path, outcome: "unchanged", diagnostics: [])
              line.country = recorded.country
              line.date = recorded.effectiveDate.iso
              lines.append(line)
            case .parsed(let result):
              let diagnostics = result.diagnostics.map { $0.formatted(path: path) }
              diagnostics.forEach(StandardError.write)
              var line = Line(path: path, outcome: "rejected", diagnostics: diagnostics)
              line.country = result.profile?.country.code
              line.date = result.profile?.lastUpdated.iso
              if result.profile != nil, !result.supplied.isEmpty {
                line.supplied = result.supplied.map(\.rawValue)
              }
              lines.append(line)
            }
          }
          let first = batch * size
          if atomic {
            kept += read.prepared.map { (first + $0.offset, $0.revision) }
            return
          }
          let results: [Result<IngestResult, LedgerError>]
          do {
            results = try ledger.recordBatch(
              prepared: read.prepared.map(\.revision), parserVersion: ProfileParser.version)
          } catch {
            // The store failed (full, locked, …): what the batches before committed stays,
            // and is reported before the error.
            progress.finish()
            if first > 0 { try report(Array(lines.prefix(first)), ledger: ledger) }
            throw error
          }
          for (entry, result) in zip(read.prepared, results) {
            let index = first + entry.offset
            switch result {
            case .success(let recorded):
              lines[index].outcome = recorded.outcome.rawValue
              lines[index].seq = recorded.event?.seq
            case .failure(let error):
              lines[index].outcome = "failed"
              StandardError.write("\(lines[index].path): error: \(error)")
              failed += 1
            }
          }
        })
      progress.finish()

      let rejected = lines.filter { $0.country == nil }.count
      if atomic {
        if rejected == 0 {
          let results = try ledger.recordAll(
            prepared: kept.map(\.revision), parserVersion: ProfileParser.version)
          for (entry, result) in zip(kept, results) {
            lines[entry.index].outcome = result.outcome.rawValue
            lines[entry.index].seq = result.event?.seq
          }
        } else {
          for entry in kept { lines[entry.index].outcome = "skipped" }
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
          let supplied = (line.supplied ?? []).map { "  (\($0) supplied with --\($0), not read)" }
          print(
            "\(outcome) \(what.padding(toLength: 15, withPad: " ", startingAt: 0)) \(line.path)"
              + supplied.joined())
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
struct ProgressBar {
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
