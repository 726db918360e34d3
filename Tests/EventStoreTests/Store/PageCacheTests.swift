import Foundation
import GRDB
import ProfileTestSupport
import Testing

@testable import EventStore

/// Each connection's page cache is sized for its work, in SQLite's setting rather than by
/// what a process happens to use: the writer's, kept as long as a store is open and filled
/// by recording, stays small whatever the size of the store; readers' may hold what a
/// whole-store report reads.
@Suite struct PageCacheTests {
  /// `PRAGMA cache_size`, in KiB (SQLite gives a size in KiB as a negative number).
  static func cacheKiB(_ db: Database) throws -> Int {
    -(try Int.fetchOne(db, sql: "PRAGMA cache_size") ?? 0)
  }

  @Test func theWritersCacheIsSmallAndReadersCachesLarger() throws {
    let directory = try temporaryDirectory("page-cache")
    defer { try? FileManager.default.removeItem(at: directory) }
    let path = directory.appendingPathComponent("store.sqlite").path
    let ledger = try Ledger(path: path)
    #expect(
      try ledger.writer.writeWithoutTransaction { try Self.cacheKiB($0) } == Ledger.writerPageCache)
    #expect(try ledger.read { try Self.cacheKiB($0) } == Ledger.readerPageCache)
    // Recording touches pages all over the hash indexes; a few MiB are enough for it, and
    // the memory of a long ingest holds no more of the store.
    #expect(Ledger.writerPageCache <= 8 * 1024)
    #expect(Ledger.readerPageCache >= 16 * 1024)

    // Opened for reading only, every connection is a reader's.
    let reading = try Ledger(path: path, options: .init(readOnly: true))
    #expect(
      try reading.writer.writeWithoutTransaction { try Self.cacheKiB($0) } == Ledger.readerPageCache
    )
    #expect(try reading.read { try Self.cacheKiB($0) } == Ledger.readerPageCache)
  }
}
