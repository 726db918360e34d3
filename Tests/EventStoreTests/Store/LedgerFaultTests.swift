import Foundation
import GRDB
import LedgerModel
import ProfileModel
import ProfileParsing
import ProfileTestSupport
import Testing

@testable import EventStore

/// SQLite's failures as ledger errors, each naming the store and the cause, with nothing
/// recorded lost and nothing half written.
@Suite struct LedgerFaultTests {
  let directory: URL

  init() throws {
    directory = try temporaryDirectory("ledger")
  }

  var path: String { directory.appendingPathComponent("store.sqlite").path }

  /// Synthetic revisions, read.
  func documents(_ countries: Int, _ revisions: Int) throws -> [(
    source: [UInt8], profile: Profile
  )] {
    try SyntheticCorpus(countries: countries, revisions: revisions, seed: 3).all().map {
      let bytes = Array($0.text.utf8)
      return (bytes, try #require(ProfileParser.standard.parse(bytes).profile))
    }
  }

  @Test func aReadOnlyLedgerReadsAndRefusesToWrite() throws {
    let docs = try documents(1, 3)
    _ = try Ledger(path: path).recordAll(Array(docs.prefix(2)), parserVersion: 1)
    let ledger = try Ledger(path: path, options: .init(readOnly: true))
    #expect(try ledger.eventCount() == 2)
    #expect(throws: LedgerError.readOnly(path: path, reason: "opened for reading only")) {
      _ = try ledger.recordAll([docs[2]], parserVersion: 1)
    }
    #expect(try ledger.eventCount() == 2)
    #expect(try ledger.verify().problem == nil)
  }

  @Test func aReadOnlyLedgerDoesNotUpgradeOrInitialiseAStore() throws {
    FileManager.default.createFile(atPath: path, contents: Data())
    #expect(throws: LedgerError.olderSchema(path: path, found: "none")) {
      _ = try Ledger(path: path, options: .init(readOnly: true))
    }
    #expect(
      "\(LedgerError.olderSchema(path: path, found: "none"))"
        == "\(path): the store has no schema yet, and a read-only store cannot be given one")
    #expect(try Data(contentsOf: URL(fileURLWithPath: path)).isEmpty)
  }

  @Test func aWriterLockedOutFailsAfterItsBusyTimeout() throws {
    let docs = try documents(1, 2)
    let ledger = try Ledger(path: path, options: .init(busyTimeout: 0.2))
    _ = try ledger.recordAll([docs[0]], parserVersion: 1)
    let other = try DatabaseQueue(path: path)
    try other.inDatabase { db in
      try db.execute(sql: "BEGIN IMMEDIATE")
      #expect(throws: LedgerError.locked(path: path, waited: 0.2)) {
        _ = try ledger.recordBatch([docs[1]], parserVersion: 1)
      }
      try db.execute(sql: "ROLLBACK")
    }
    #expect(
      "\(LedgerError.locked(path: path, waited: 0.2))"
        == "\(path): the store is locked by another writer; waited 0.2 s")
    #expect("\(LedgerError.locked(path: "p", waited: 30))".hasSuffix("waited 30 s"))
    // Once the lock is released the same batch goes in.
    #expect(try ledger.recordBatch([docs[1]], parserVersion: 1).count == 1)
    #expect(try ledger.eventCount() == 2)
  }

  @Test func aFullStoreRollsBackTheWholeBatchAndKeepsTheCommittedOnes() throws {
    let docs = try documents(2, 30)
    let first = try Ledger(path: path)
    _ = try first.recordBatch(Array(docs.prefix(20)), parserVersion: 1)
    let pages = try first.read { db in try Int.fetchOne(db, sql: "PRAGMA page_count") ?? 0 }
    let capped = try Ledger(path: path, options: .init(maxPageCount: pages + 1))
    #expect(throws: LedgerError.full(path: path)) {
      _ = try capped.recordBatch(Array(docs.dropFirst(20)), parserVersion: 1)
    }
    #expect(try capped.eventCount() == 20)
    #expect(try capped.verify().problem == nil)
    // The writer forgot what the rolled-back batch taught it: the next batch is whole.
    let results = try first.recordBatch(Array(docs.dropFirst(20)), parserVersion: 1)
    #expect(results.allSatisfy { (try? $0.get().outcome) == .recorded })
    #expect(try first.eventCount() == 60)
    #expect(try first.verify().problem == nil)
  }

  @Test func unopenableFilesNameTheirCause() throws {
    #expect(throws: LedgerError.cannotOpen(path: directory.path, reason: "it is a directory")) {
      _ = try Ledger(path: directory.path)
    }
    let nowhere = directory.appendingPathComponent("missing/store.sqlite").path
    #expect(
      throws: LedgerError.cannotOpen(
        path: nowhere, reason: "there is no directory \(directory.path)/missing")
    ) {
      _ = try Ledger(path: nowhere)
    }
  }
}
