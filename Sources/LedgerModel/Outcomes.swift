import Foundation
import ProfileModel

/// What recording one document did, and the event it wrote (none when unchanged).
public struct IngestResult: Hashable, Sendable {
  public var outcome: IngestOutcome
  public var country: String
  public var effectiveDate: ProfileDate
  public var event: LedgerEvent?

  public init(
    outcome: IngestOutcome, country: String, effectiveDate: ProfileDate, event: LedgerEvent? = nil
  ) {
    self.outcome = outcome
    self.country = country
    self.effectiveDate = effectiveDate
    self.event = event
  }
}

/// What an export wrote.
public struct ExportSummary: Hashable, Sendable {
  /// Events written, one line each after the header.
  public var events: Int
  /// Distinct source documents written.
  public var sources: Int
  /// The last event's hash (the genesis hash for an empty log).
  public var head: String
  /// Bytes written, header included.
  public var bytes: Int

  public init(events: Int, sources: Int, head: String, bytes: Int) {
    self.events = events
    self.sources = sources
    self.head = head
    self.bytes = bytes
  }
}

/// What an import did.
public struct ImportSummary: Hashable, Sendable {
  /// Events in the file.
  public var events: Int
  /// Events of the file the store already held, identical.
  public var present: Int
  /// Events appended to the store.
  public var appended: Int
  /// Source documents added to the store.
  public var sources: Int
  /// The log's head after the import: the file's.
  public var head: String

  public init(events: Int, present: Int, appended: Int, sources: Int, head: String) {
    self.events = events
    self.present = present
    self.appended = appended
    self.sources = sources
    self.head = head
  }
}

/// What `verify` found: the log's length and head, and the first thing wrong, if any.
public struct Verification: Hashable, Sendable {
  /// Something the log's own hashes show was altered, dropped or broken.
  public struct Problem: Hashable, Sendable, CustomStringConvertible {
    /// The event at fault, if the problem is in one.
    public var seq: Int?
    public var message: String

    public var description: String {
      seq.map { "event \($0): \(message)" } ?? message
    }

    public init(seq: Int? = nil, message: String) {
      self.seq = seq
      self.message = message
    }
  }

  /// Events checked, in log order.
  public var events: Int
  /// The last event's hash: what an auditor notes to check later that the log still extends it.
  public var head: String
  /// The first problem found; verification stops there.
  public var problem: Problem?

  public var isIntact: Bool { problem == nil }

  public init(events: Int, head: String, problem: Problem? = nil) {
    self.events = events
    self.head = head
    self.problem = problem
  }
}

/// What reading one stored source again did to its revision.
public struct ReparseResult<Failure: Error>: Sendable where Failure: Sendable {
  public enum Outcome: Sendable {
    /// The new reading differs from the recorded one: recorded as a correction (`event`).
    case corrected(LedgerEvent)
    /// The new reading is the recorded one; nothing written.
    case unchanged
    /// The current reader cannot read the source; nothing written.
    case unreadable(Failure)
    /// The source now reads as another country or date; nothing written.
    case moved(country: String, effectiveDate: ProfileDate)
  }

  /// The revision whose source was read again: its event, country and date, and source.
  public var seq: Int
  public var country: String
  public var effectiveDate: ProfileDate
  public var sourceHash: String
  public var outcome: Outcome

  /// Whether the source could not be given a reading for its own country and date.
  public var isRejected: Bool {
    switch outcome {
    case .unreadable, .moved: true
    case .corrected, .unchanged: false
    }
  }

  public init(
    seq: Int, country: String, effectiveDate: ProfileDate, sourceHash: String, outcome: Outcome
  ) {
    self.seq = seq
    self.country = country
    self.effectiveDate = effectiveDate
    self.sourceHash = sourceHash
    self.outcome = outcome
  }
}

/// What ``Ledger/reparse(parserVersion:catalog:recordedAt:read:)`` did, source by source.
public struct ReparseReport<Failure: Error>: Sendable where Failure: Sendable {
  /// One result per source read again, in log order.
  public var results: [ReparseResult<Failure>]
  /// Revisions in effect whose reading the current reader made already: not read again.
  public var skipped: Int

  public init(results: [ReparseResult<Failure>], skipped: Int) {
    self.results = results
    self.skipped = skipped
  }
}
