import Foundation
import GRDB
import LedgerModel
import ProfileModel
import ProfileParsing
import ProfileTestSupport
import Testing

@testable import EventStore

/// Every SHA-256 kept as its 32 bytes (schema v9): a version 8 store migrated in place, with
/// the same log to the byte; a hash of another length, or altered, found by `verify`.
@Suite struct HashBlobTests {
  static let recordedAt = Date(timeIntervalSince1970: 1_500_000_000)

  /// A new directory, removed by the caller.
  func directory() throws -> URL {
    let directory = FileManager.default.temporaryDirectory.appendingPathComponent(UUID().uuidString)
    try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
    return directory
  }

  /// A store at `path` with a hash in every column that holds one: documents stored as
  /// deltas (`sources.base`), a correction, a document read from an extracted text
  /// (`text_hash`), a review.
  @discardableResult
  func store(at path: String) throws -> Ledger {
    let ledger = try Ledger(path: path)
    let documents = try SyntheticCorpus(countries: 2, revisions: 3, seed: 11).all().map {
      let bytes = Array($0.text.utf8)
      return (bytes, try #require(ProfileParser.standard.parse(bytes: bytes).profile))
    }
    _ = try ledger.recordBatch(
      prepared: ledger.prepare(documents), parserVersion: ProfileParser.version,
      recordedAt: Self.recordedAt)
    for (index, text) in [
      try Documents.belize(),
      try Documents.belize(replacing: "1.2.1", with: "Belize has a CIRT in progress."),
    ].enumerated() {
      try TestStore.record(text, in: ledger, index: index)
    }
    let text = Array(Documents.dated(try Documents.belize(), "1 June 2015").utf8)
    let pdf = PreparedRevision(
      source: Array("%PDF-1.4 Belize \(CanonicalJSON.sha256Hex(text))\n".utf8),
      profile: try #require(ProfileParser.standard.parse(bytes: text).profile),
      extraction: ExtractedText(bytes: text, extractor: "pdftotext 22.12.0 -layout"))
    _ = try ledger.recordAll(
      prepared: [pdf], parserVersion: ProfileParser.version, recordedAt: TestStore.recordedAt(2))
    try ledger.review(
      country: "BLZ", date: try #require(ProfileDate(iso: "2015-06-01")), indicator: "1.2.1",
      verdict: .confirmed, reviewer: "alice", note: "checked",
      recordedAt: TestStore.recordedAt(3))
    return ledger
  }

  func export(_ ledger: Ledger) throws -> [UInt8] {
    var bytes: [UInt8] = []
    _ = try ledger.exportLog { bytes += $0 }
    return bytes
  }

  /// For each hash column: how many values it holds, and how many are not of the `type`
  /// and `length` given.
  func hashColumns(_ path: String, type: String, length: Int) throws -> [String: (Int, Int)] {
    try DatabaseQueue(path: path).read { db in
      var counts: [String: (Int, Int)] = [:]
      for (table, columns) in OlderStore.hashColumns {
        for column in columns {
          let row = try #require(
            try Row.fetchOne(
              db,
              sql: """
                SELECT count(\(column)), count(
                    CASE WHEN typeof(\(column)) NOT IN ('null', ?) OR length(\(column)) != ? THEN 1
                    END)
                FROM \(table)
                """, arguments: [type, length]))
          counts["\(table).\(column)"] = (row[0], row[1])
        }
      }
      return counts
    }
  }

  /// Alters the file as someone with the file and `sqlite3` could: triggers dropped first.
  func tamper(_ path: String, _ sql: String) throws {
    var configuration = Configuration()
    configuration.foreignKeysEnabled = false
    try DatabaseQueue(path: path, configuration: configuration).write { db in
      for trigger in [
        "events_refuse_update", "events_refuse_delete", "sources_refuse_update",
        "sources_refuse_delete",
      ] {
        try db.execute(sql: "DROP TRIGGER IF EXISTS \(trigger)")
      }
      try db.execute(sql: sql)
    }
  }

  @Test func aVersion8StoreIsMigratedInPlaceWithTheSameLog() throws {
    let directory = try directory()
    defer { try? FileManager.default.removeItem(at: directory) }
    let written = directory.appendingPathComponent("current.sqlite").path
    let current = try store(at: written)
    let log = try export(current)
    let events = try current.events()
    let head = try current.headHash()
    let path = directory.appendingPathComponent("v8.sqlite").path
    try OlderStore.make(at: path, version: 8, from: written)

    // Version 8: every hash 64 hex digits of text, the head the same.
    let before = try hashColumns(path, type: "text", length: 64)
    for (column, (count, other)) in before {
      #expect(count > 0, "\(column) holds no hash")
      #expect(other == 0, "\(column)")
    }
    #expect(
      try DatabaseQueue(path: path).read { db in
        try String.fetchOne(db, sql: "SELECT hash FROM events ORDER BY seq DESC LIMIT 1")
      } == head)

    // Opened by this version: migrated in place, every hash 32 bytes, as many as before.
    let ledger = try Ledger(path: path)
    let after = try hashColumns(path, type: "blob", length: 32)
    for (column, (count, other)) in after {
      #expect(count == before[column]?.0, "\(column)")
      #expect(other == 0, "\(column)")
    }
    #expect(try ledger.schemaStatements() == Ledger().schemaStatements())
    let verification = try ledger.verify(head: head)
    #expect(verification.isIntact, "\(verification)")
    #expect(verification.head == head)
    #expect(try ledger.events() == events)
    #expect(try export(ledger) == log)

    // Recording goes on after it, chained to the events migrated.
    try TestStore.record(
      Documents.dated(try Documents.belize(), "1 January 2016"), in: ledger, index: 9)
    #expect(try ledger.events().last?.prevHash == head)
    #expect(try ledger.verify().isIntact)
  }

  /// A hash altered by hand in a version 8 store is not mended by the migration: it is kept
  /// as it was, and `verify` names it.
  @Test func aHashAlteredBeforeTheMigrationIsKeptForVerifyToFind() throws {
    let directory = try directory()
    defer { try? FileManager.default.removeItem(at: directory) }
    let written = directory.appendingPathComponent("current.sqlite").path
    try store(at: written)
    let path = directory.appendingPathComponent("v8.sqlite").path
    try OlderStore.make(at: path, version: 8, from: written)
    try tamper(path, "UPDATE events SET prev_hash = upper(prev_hash) WHERE seq = 3")
    let problem = try #require(try Ledger(path: path).verify().problem)
    #expect(problem.seq == 3)
    #expect(problem.message.hasPrefix("its prev_hash is the text '"))
    #expect(problem.message.hasSuffix("...', not the 32 bytes of a SHA-256"))
  }

  static let tamperings: [(sql: String, seq: Int?, message: String)] = [
    (
      "UPDATE events SET hash = substr(hash, 1, 31) WHERE seq = 2", 2,
      "its hash is 31 bytes, not the 32 bytes of a SHA-256"
    ),
    (
      "UPDATE events SET content_hash = zeroblob(33) WHERE seq = 3", 3,
      "its content_hash is 33 bytes, not the 32 bytes of a SHA-256"
    ),
    (
      "UPDATE events SET source_hash = lower(hex(source_hash)) WHERE seq = 4", 4,
      "its source_hash is the text '"
    ),
    // The right length, another value: the chain is broken.
    (
      "UPDATE events SET prev_hash = zeroblob(32) WHERE seq = 2", 2,
      "its previous hash is not the hash of event 1"
    ),
    (
      "UPDATE sources SET base = substr(base, 2) WHERE base IS NOT NULL", nil,
      "its source document's base is 31 bytes, not the 32 bytes of a SHA-256"
    ),
    (
      "UPDATE revisions SET content_hash = substr(content_hash, 1, 16) WHERE seq = 5", nil,
      "the projections differ from a rebuild from the events"
    ),
  ]

  @Test(arguments: tamperings)
  func verifyFindsAHashOfAnotherLengthOrAltered(
    tampering: (sql: String, seq: Int?, message: String)
  ) throws {
    let directory = try directory()
    defer { try? FileManager.default.removeItem(at: directory) }
    let path = directory.appendingPathComponent("store.sqlite").path
    #expect(try store(at: path).verify().isIntact)
    try tamper(path, tampering.sql)
    let problem = try #require(try Ledger(path: path).verify().problem)
    if let seq = tampering.seq { #expect(problem.seq == seq) }
    #expect(problem.message.contains(tampering.message), "\(problem)")
  }

  /// `export` copies no store whose hashes are not 32 bytes.
  @Test func exportRefusesAHashOfAnotherLength() throws {
    let directory = try directory()
    defer { try? FileManager.default.removeItem(at: directory) }
    let path = directory.appendingPathComponent("store.sqlite").path
    try store(at: path)
    try tamper(path, "UPDATE events SET prev_hash = substr(prev_hash, 1, 20) WHERE seq = 2")
    #expect(
      throws: LogFileError.damagedStore(
        path: path, seq: 2, message: "its prev_hash is 20 bytes, not the 32 bytes of a SHA-256")
    ) {
      _ = try export(try Ledger(path: path))
    }
  }

  @Test func aHashReadsAndWritesAsHex() throws {
    let bytes = Array("profiles".utf8)
    let hash = SHA256Hash(of: bytes)
    #expect(hash.hex == CanonicalJSON.sha256Hex(bytes))
    #expect(SHA256Hash(hex: hash.hex) == hash)
    #expect(SHA256Hash(hash.data) == hash)
    #expect(SHA256Hash.zero.hex == LedgerEvent.genesisHash)
    // Only the form every hash of the log has.
    #expect(SHA256Hash(hex: hash.hex.uppercased()) == nil)
    #expect(SHA256Hash(hex: String(hash.hex.dropLast())) == nil)
    #expect(SHA256Hash(hex: hash.hex + "0") == nil)
    #expect(SHA256Hash(Data(count: 31)) == nil)
  }
}
