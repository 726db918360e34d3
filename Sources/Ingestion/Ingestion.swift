import EventStore
import Foundation
import LedgerModel
import ParallelMap
import ProfileModel
import ProfileParsing

/// Records documents in a store, as `profiles ingest` does: files are read, parsed, hashed
/// and compressed a batch at a time on every core while the store records the batch before;
/// each document gets an outcome, in the order given.
///
/// A caller drives it and decides what to show: outcomes, diagnostics and progress come out
/// as values.
///
/// ```swift
/// let ingestion = Ingestion(ledger: ledger, options: .init(atomic: true))
/// let report = try ingestion.run(files: try DocumentFiles.expand(["profiles/"]))
/// for outcome in report.outcomes { print(outcome.kind, outcome.path) }
/// ```
public struct Ingestion: Sendable {
  public struct Options: Sendable {
    /// Documents recorded per transaction.
    public var batchSize: Int
    /// Record all documents or, if any is rejected, none.
    public var atomic: Bool
    /// Values supplied for what the documents lack (`--date`, `--country`).
    public var supplied: SuppliedValues
    /// Keep every document's outcome in the ``Report``. Without it, the outcomes are only
    /// told, a batch at a time (``Event/outcomes(_:)``), and the report counts them: a run's
    /// memory then does not grow with the number of documents.
    public var keepsOutcomes: Bool

    public init(
      batchSize: Int = IngestBatch.size, atomic: Bool = false, supplied: SuppliedValues = .none,
      keepsOutcomes: Bool = true
    ) {
      self.batchSize = batchSize
      self.atomic = atomic
      self.supplied = supplied
      self.keepsOutcomes = keepsOutcomes
    }
  }

  /// What became of one document.
  public struct Outcome: Hashable, Sendable {
    public enum Kind: String, Hashable, Sendable, CaseIterable {
      case recorded, unchanged, corrected, backfilled, rejected
      /// Readable, but not recorded: an atomic ingest where another document was rejected.
      case skipped
      /// Readable, but the store refused to record it.
      case failed

      /// The outcomes only some runs have, beyond the store's own (``IngestOutcome``).
      public static let occasional: [Kind] = [.skipped, .failed]
    }

    public var path: String
    public var kind: Kind
    /// The country and date the document was read as; `nil` when it was rejected.
    public var country: String?
    public var date: ProfileDate?
    /// The event that recorded it.
    public var seq: Int?
    public var diagnostics: [Diagnostic]
    /// The values supplied, not read.
    public var supplied: [SuppliedField]
    /// Why the store refused it, for `failed`.
    public var failure: String?

    public init(
      path: String, kind: Kind, country: String? = nil, date: ProfileDate? = nil,
      seq: Int? = nil, diagnostics: [Diagnostic] = [], supplied: [SuppliedField] = [],
      failure: String? = nil
    ) {
      self.path = path
      self.kind = kind
      self.country = country
      self.date = date
      self.seq = seq
      self.diagnostics = diagnostics
      self.supplied = supplied
      self.failure = failure
    }
  }

  /// What a run did: one outcome per document, in the order given, and their counts.
  public struct Report: Sendable {
    /// Every document's outcome, in the order given; none unless ``Options/keepsOutcomes``.
    public var outcomes: [Outcome] = []
    /// How many documents had each outcome.
    public var counts: [Outcome.Kind: Int] = [:]
    /// How many warnings the documents' readings had.
    public var warnings = 0
    /// The run was stopped (``StopRequest``) before its end: the outcomes are those of the
    /// documents committed, the first of those given, and the others were not recorded.
    public var interrupted = false
    /// The documents with an outcome.
    public var documents: Int { counts.values.reduce(0, +) }
    /// Documents that could not be read as profiles.
    public var rejected: Int { counts[.rejected, default: 0] }
    /// Documents the store refused.
    public var failed: Int { counts[.failed, default: 0] }

    /// Counts `outcomes`, final, and keeps them if `keeping`.
    mutating func add(_ outcomes: [Outcome], keeping: Bool) {
      for outcome in outcomes {
        counts[outcome.kind, default: 0] += 1
        warnings += outcome.diagnostics.filter { $0.severity == .warning }.count
      }
      if keeping { self.outcomes += outcomes }
    }
  }

  /// What a caller hears while a run goes on.
  public enum Event: Sendable {
    /// A document was read: its diagnostics can be shown now. Its outcome is final but for a
    /// readable document, `skipped` until the store records it.
    case read(Outcome)
    /// `done` of `total` documents are read.
    case progress(done: Int, total: Int)
    /// A readable document the store refused, with the reason.
    case failed(Outcome)
    /// The outcomes of the next documents, in the order given, once they are final: a
    /// batch's once the store has committed it; an atomic run's all at its end.
    case outcomes([Outcome])
  }

  /// The store failed (full, locked, …) in the middle of a run: what the batches before it
  /// committed stays; their outcomes were told, and are counted in `report`.
  public struct StoreFailure: Error, CustomStringConvertible {
    public var underlying: any Error
    /// The outcomes of the documents committed, if the run keeps them.
    public var committed: [Outcome] { report.outcomes }
    public var report: Report
    public var description: String { String(describing: underlying) }
  }

  /// A request that a run stop, made from another thread (a signal handler's) while it goes
  /// on. The run looks between batches: the batch being recorded is committed whole, and no
  /// further batch is read or recorded.
  public final class StopRequest: @unchecked Sendable {
    private let lock = NSLock()
    private var requested = false

    public init() {}

    /// Asks the run to stop at its next batch.
    public func request() { lock.withLock { requested = true } }

    public var isRequested: Bool { lock.withLock { requested } }
  }

  /// The store, once open: the one given, or the one this ingestion created.
  public var ledger: Ledger? { store.ledger }
  public let parser: ProfileParser
  public let options: Options
  private let store: StoreAccess

  /// An ingestion into `ledger`.
  public init(ledger: Ledger, parser: ProfileParser = .standard, options: Options = Options()) {
    self.store = StoreAccess(ledger)
    self.parser = parser
    self.options = options
  }

  /// An ingestion into a store not made yet: `create` makes it when the run first has a
  /// document to record, so that a run that records nothing (every document rejected, or
  /// all of them skipped) leaves no store behind.
  public init(
    creatingStore create: @escaping @Sendable () throws -> Ledger,
    parser: ProfileParser = .standard, options: Options = Options()
  ) {
    self.store = StoreAccess(create: create)
    self.parser = parser
    self.options = options
  }

  /// Records `files`, telling `observe` as it goes. Once `stop` is requested, the run ends at
  /// the next batch with the outcomes of the documents committed, ``Report/interrupted``.
  /// Throws a ``DocumentFileError`` for a file that cannot be read, and a ``StoreFailure``
  /// when the store fails.
  ///
  /// At most two batches are held at once, the one being recorded and the next one being
  /// read (``pipelined(batches:produce:consume:)``), and, unless ``Options/keepsOutcomes``,
  /// nothing else grows with the number of documents; `files` can be a ``DocumentList``.
  public func run<Files: RandomAccessCollection<String> & Sendable>(
    files: Files, stop: StopRequest? = nil, observe: (Event) -> Void = { _ in }
  ) throws -> Report where Files.Index == Int {
    var report = Report()
    /// An atomic run's outcomes, final at its end, and the revisions it records then.
    var pending: [Outcome] = []
    var kept: [(index: Int, revision: PreparedRevision)] = []
    let size = options.batchSize
    let keeping = options.keepsOutcomes
    let reader = self
    let start = files.startIndex
    do {
      try pipelined(
        batches: (files.count + size - 1) / size,
        produce: { batch in
          reader.read(
            Array(files[(start + batch * size)..<(start + min((batch + 1) * size, files.count))]))
        },
        consume: { batch, read in
          // Between batches: everything before this one is committed.
          if stop?.isRequested == true { throw Stopped() }
          observe(.progress(done: batch * size, total: files.count))
          var outcomes: [Outcome] = []
          outcomes.reserveCapacity(read.outcomes.count)
          for outcome in read.outcomes {
            let outcome = try outcome.get()
            observe(.read(outcome))
            outcomes.append(outcome)
          }
          if options.atomic {
            kept += read.prepared.map { (pending.count + $0.offset, $0.revision) }
            pending += outcomes
            return
          }
          if !read.prepared.isEmpty {
            let results: [Result<IngestResult, LedgerError>]
            do {
              results = try store.writable().recordBatch(
                prepared: read.prepared.map(\.revision), parserVersion: ProfileParser.version)
            } catch {
              throw StoreFailure(underlying: error, report: report)
            }
            for (entry, result) in zip(read.prepared, results) {
              let index = entry.offset
              switch result {
              case .success(let recorded):
                outcomes[index].kind = Outcome.Kind(recorded.outcome)
                outcomes[index].seq = recorded.event?.seq
              case .failure(let error):
                outcomes[index].kind = .failed
                outcomes[index].failure = "\(error)"
                observe(.failed(outcomes[index]))
              }
            }
          }
          report.add(outcomes, keeping: keeping)
          observe(.outcomes(outcomes))
        })
    } catch is Stopped {
      // An atomic run records at its end: nothing of it is committed.
      if options.atomic { return Report(interrupted: true) }
      report.interrupted = true
      return report
    }
    observe(.progress(done: files.count, total: files.count))

    if options.atomic {
      if stop?.isRequested == true { return Report(interrupted: true) }
      if pending.allSatisfy({ $0.kind != .rejected }), !kept.isEmpty {
        let results = try store.writable().recordAll(
          prepared: kept.map(\.revision), parserVersion: ProfileParser.version)
        for (entry, result) in zip(kept, results) {
          pending[entry.index].kind = Outcome.Kind(result.outcome)
          pending[entry.index].seq = result.event?.seq
        }
      } else {
        for entry in kept { pending[entry.index].kind = .skipped }
      }
      report.add(pending, keeping: keeping)
      observe(.outcomes(pending))
    }
    return report
  }

  /// Thrown between batches once a stop is requested, to leave the pipeline.
  private struct Stopped: Error {}

  /// What became of one document of a batch before the store.
  private enum Read: Sendable {
    /// It could not be read from disk.
    case unreadable(any Error)
    /// These exact bytes were read by this parser and recorded already: unchanged.
    case known(RecordedDocument)
    /// Parsed; readable when it has a profile.
    case parsed(ParseResult)

    /// The document's outcome as far as reading tells: a readable one is `skipped` until the
    /// store records it.
    func outcome(path: String) throws -> Outcome {
      switch self {
      case .unreadable(let error): throw error
      case .known(let recorded):
        return Outcome(
          path: path, kind: .unchanged, country: recorded.country, date: recorded.effectiveDate)
      case .parsed(let result):
        return Outcome(
          path: path, kind: result.profile == nil ? .rejected : .skipped,
          country: result.profile?.country.code,
          date: result.profile?.lastUpdated, diagnostics: result.diagnostics,
          supplied: result.profile == nil ? [] : result.supplied)
      }
    }
  }

  /// One batch of documents, read, parsed and prepared for the store. The documents'
  /// bytes and readings are held only by what the store records.
  private struct ReadBatch: Sendable {
    /// Each document's outcome as far as reading tells, or why it could not be read.
    var outcomes: [Result<Outcome, any Error>]
    /// The readable documents, with their offsets in the batch.
    var prepared: [(offset: Int, revision: PreparedRevision)]
  }

  private func read(_ paths: [String]) -> ReadBatch {
    let supplied = options.supplied
    let sources = paths.concurrentMap { path in
      Result { () throws -> (bytes: [UInt8], hash: SHA256Hash) in
        let bytes = Array(try DocumentFiles.read(path))
        return (bytes, SHA256Hash(of: bytes))
      }
    }
    // Documents ingested before, byte for byte, need no parsing (a failed lookup only
    // means they are parsed). A store not made yet has none.
    let ledger = store.ledger
    let known =
      (try? ledger?.recordedDocuments(
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
        if let recorded = known[document.hash], !Ingestion.differs(supplied, from: recorded) {
          reads.append(.known(recorded))
        } else {
          recordedOtherwise[offset] = known[document.hash]
          reads.append(nil)  // parsed below
          toParse.append((offset, document.bytes))
        }
      }
    }
    // A PDF (known by its bytes) is read from the text extracted from it, which is kept
    // beside it; one whose text cannot be had is rejected with the reason.
    let parser = self.parser
    let read = toParse.concurrentMap { document -> (ParseResult, ExtractedText?) in
      guard PDFText.isPDF(document.bytes) else {
        return (parser.parse(bytes: document.bytes, supplied: supplied), nil)
      }
      do throws(PDFTextError) {
        let text = try PDFText.extractText(document.bytes, path: paths[document.offset])
        return (parser.parse(bytes: text.bytes, supplied: supplied), text)
      } catch {
        return (ParseResult(profile: nil, diagnostics: [.error(line: nil, error.reason)]), nil)
      }
    }
    var documents: [(offset: Int, source: [UInt8], profile: Profile, text: ExtractedText?)] = []
    var suppliedFields: [[SuppliedField]] = []
    for (document, (var result, extraction)) in zip(toParse, read) {
      if result.profile != nil, let recorded = recordedOtherwise[document.offset] {
        result.profile = nil
        result.diagnostics.append(
          .error(
            line: nil,
            "this document is recorded as \(recorded.country) \(recorded.effectiveDate.iso); "
              + "the supplied \(Ingestion.describe(supplied)) differs: nothing recorded"))
      }
      reads[document.offset] = .parsed(result)
      if let profile = result.profile {
        documents.append((document.offset, document.bytes, profile, extraction))
        suppliedFields.append(result.supplied)
      }
    }
    let readings = documents.map { ($0.source, $0.profile, $0.text) }
    var prepared =
      ledger?.prepare(readings)
      ?? PreparedRevision.prepare(readings)
    for index in prepared.indices { prepared[index].supplied = suppliedFields[index] }
    return ReadBatch(
      outcomes: zip(paths, reads).map { path, read in Result { try read!.outcome(path: path) } },
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
}

extension Ingestion.Outcome.Kind {
  init(_ outcome: IngestOutcome) {
    switch outcome {
    case .recorded: self = .recorded
    case .unchanged: self = .unchanged
    case .corrected: self = .corrected
    case .backfilled: self = .backfilled
    case .rejected: self = .rejected
    }
  }
}

/// The store of an ingestion: open from the start, or created by the run when it first has
/// something to record. Batches are read on another thread than the one that records, so
/// access is locked.
private final class StoreAccess: @unchecked Sendable {
  private let lock = NSLock()
  private var opened: Ledger?
  private let create: @Sendable () throws -> Ledger

  init(_ ledger: Ledger) {
    opened = ledger
    create = { ledger }
  }

  init(create: @escaping @Sendable () throws -> Ledger) {
    self.create = create
  }

  /// The store, if it is open.
  var ledger: Ledger? { lock.withLock { opened } }

  /// The store, created now if it is not made yet.
  func writable() throws -> Ledger {
    try lock.withLock {
      if let opened { return opened }
      let ledger = try create()
      opened = ledger
      return ledger
    }
  }
}
