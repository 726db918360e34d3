import Foundation
import LedgerModel

/// A log kept on a server and shared by several stores, each a replica of it on its own
/// machine (see ``Ledger/init(path:options:shared:)``).
///
/// The shared log holds the events and the documents they name, nothing derived: each
/// replica keeps its own projections, brought up to date from the events it fetches. The
/// log is the source of truth; a replica only ever holds a prefix of it, and may be deleted
/// and fetched again at any time.
///
/// Writing takes the log's write lock for a transaction (``beginWrite()``): the writer first
/// fetches what others appended, appends its own events after them, and commits on the
/// server before its replica. Writers on any number of machines so keep one linear chain.
public protocol SharedLog: Sendable {
  /// Where the log is, for messages: `postgres://auditor@db.example.org:5432/profiles`.
  var address: String { get }

  /// The events after `seq`, at most `limit` of them, in order, as committed when asked.
  func records(after seq: Int, limit: Int) throws -> [LogRecord]

  /// The documents with these hashes (the log holds each once).
  func documents(_ hashes: [String]) throws -> [LogDocument]

  /// Starts a write transaction holding the log's write lock, which it keeps until it
  /// commits or rolls back.
  func beginWrite() throws -> any SharedLogWrite
}

/// A write transaction on a ``SharedLog``, holding its write lock.
public protocol SharedLogWrite {
  /// The events after `seq`, in order: what other writers appended before the lock was
  /// taken.
  func records(after seq: Int) throws -> [LogRecord]

  /// The documents with these hashes.
  func documents(_ hashes: [String]) throws -> [LogDocument]

  /// Appends `records`, which continue the log, with the documents they name that the log
  /// may not hold yet.
  func append(_ records: [LogRecord], documents: [LogDocument]) throws

  /// Commits: the records are in the log, for every reader.
  func commit() throws

  /// Gives up the transaction; nothing it appended is kept.
  func rollback()
}

/// One event as the log stores it: its fields, and its reading (or review) compressed.
public struct LogRecord: Hashable, Sendable {
  public var event: LedgerEvent
  /// The reading's size before compression; nil when the event has none (a withdrawal).
  public var readingSize: Int?
  /// The reading, compressed with the store's dictionary (`Schema/zlib-dictionary.txt`),
  /// followed by the reading of the event `readingBase` when there is one.
  public var readingZlib: [UInt8]?
  /// The earlier event of the same country (a keyframe) whose reading the reading is
  /// compressed against; nil when it is compressed with the dictionary alone.
  public var readingBase: Int?

  public init(event: LedgerEvent, readingSize: Int?, readingZlib: [UInt8]?, readingBase: Int? = nil)
  {
    self.event = event
    self.readingSize = readingSize
    self.readingZlib = readingZlib
    self.readingBase = readingBase
  }

  /// The documents the event names: its source and the text extracted from it.
  public var documentHashes: [String] {
    [event.sourceHash, event.textHash].compactMap { $0 }
  }
}

/// A document as the log stores it: under the SHA-256 of its bytes, compressed.
public struct LogDocument: Hashable, Sendable {
  public var hash: String
  public var size: Int
  public var zlib: [UInt8]
  /// The hash of the document (a keyframe of the same country) `zlib` is compressed against;
  /// nil when it is compressed with the dictionary alone.
  public var base: String?

  public init(hash: String, size: Int, zlib: [UInt8], base: String? = nil) {
    self.hash = hash
    self.size = size
    self.zlib = zlib
    self.base = base
  }
}
