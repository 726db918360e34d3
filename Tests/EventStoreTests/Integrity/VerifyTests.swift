import Foundation
import GRDB
import GRDBSQLite
import LedgerModel
import ProfileModel
import ProfileParsing
import ProfileTestSupport
import Testing

@testable import EventStore

/// `verify` detects every way of altering the log behind the store's back.
@Suite struct VerifyTests {
  /// A store on disk holding a short synthetic history, and its head.
  func store(countries: Int = 2, revisions: Int = 3) throws -> (
    ledger: Ledger, path: String, head: String
  ) {
    let path = FileManager.default.temporaryDirectory
      .appendingPathComponent("verify-\(UUID().uuidString).sqlite").path
    let ledger = try Ledger(path: path)
    let documents = try SyntheticCorpus(countries: countries, revisions: revisions, seed: 5).all()
      .map {
        let bytes = Array($0.text.utf8)
        return (bytes, try #require(ProfileParser.standard.parse(bytes: bytes).profile))
      }
    _ = try ledger.recordBatch(documents, parserVersion: ProfileParser.version)
    return (ledger, path, try ledger.headHash())
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

  func problem(_ path: String, head: String? = nil) throws -> Verification.Problem? {
    try Ledger(path: path).verify(head: head).problem
  }

  @Test func anIntactLogVerifiesWithItsHead() throws {
    let (ledger, path, head) = try store()
    defer { try? FileManager.default.removeItem(atPath: path) }
    let result = try ledger.verify(head: head)
    #expect(result.isIntact)
    #expect(result.events == 6)
    #expect(result.head == head)
    // An earlier head is extended too.
    let first = try #require(try ledger.events().first).hash
    #expect(try ledger.verify(head: first).isIntact)
  }

  @Test func anAlteredFieldIsFound() throws {
    let (_, path, _) = try store()
    defer { try? FileManager.default.removeItem(atPath: path) }
    try tamper(path, "UPDATE events SET effective_date = '2013-02-02' WHERE seq = 2")
    let found = try #require(try problem(path))
    #expect(found.seq == 2)
    #expect(found.message.contains("does not match its fields"))
  }

  @Test func aForgedHashBreaksTheNextLink() throws {
    let (ledger, path, _) = try store()
    defer { try? FileManager.default.removeItem(atPath: path) }
    // The forger recomputes the altered event's own hash, but cannot fix the chain after it
    // without rewriting every later event — which would change the head an auditor noted.
    var event = try ledger.events()[2]
    event.recordedAt = "2001-01-01T00:00:00.000000Z"
    event.hash = event.computedHash
    try tamper(
      path,
      "UPDATE events SET recorded_at = '\(event.recordedAt)', hash = x'\(event.hash)' WHERE seq = 3"
    )
    let found = try #require(try problem(path))
    #expect(found.seq == 4)
    #expect(found.message.contains("previous hash"))
  }

  @Test func anAlteredReadingOrSourceIsFound() throws {
    let (ledger, path, _) = try store()
    defer { try? FileManager.default.removeItem(atPath: path) }
    let other = Deflate.compress(Array("{\"catalog\":\"forged\"}".utf8))
    try tamper(
      path,
      """
      UPDATE events SET reading_zlib = x'\(hex(other))', reading_size = 20, reading_base = NULL
      WHERE seq = 5
      """)
    let reading = try #require(try problem(path))
    #expect(reading.seq == 5)
    #expect(reading.message.contains("reading does not hash"))

    let (_, second, _) = try store()
    defer { try? FileManager.default.removeItem(atPath: second) }
    let source = try #require(try ledger.events()[1].sourceHash)
    let forged = Deflate.compress(Array("not the document".utf8))
    try tamper(
      second, "UPDATE sources SET zlib = x'\(hex(forged))', size = 16 WHERE hash = x'\(source)'")
    let found = try #require(try problem(second))
    #expect(found.seq == 2)
    #expect(found.message.contains("source document no longer hashes"))
  }

  @Test func projectionsThatDisagreeWithTheEventsAreFound() throws {
    let (ledger, path, _) = try store()
    defer { try? FileManager.default.removeItem(atPath: path) }
    try tamper(path, "UPDATE revisions SET changed = 9 WHERE seq = 2")
    let found = try #require(try problem(path))
    #expect(found.message.contains("projections differ from a rebuild"))
    // A rebuild from the events mends them.
    #expect(try Ledger(path: path).rebuildProjections() == 6)
    #expect(try problem(path) == nil)
    _ = ledger
  }

  /// Every projection table, altered in a way its row counts do not show, is found, and
  /// the message names the row.
  @Test(arguments: [
    ("UPDATE indicator_texts SET text = text || ' (edited)' WHERE id = 3", "'text'"),
    (
      "UPDATE indicator_values SET text_id = (SELECT max(id) FROM indicator_texts) "
        + "WHERE seq = 1 AND indicator = '1.1.1'", "'value'"
    ),
    (
      "DELETE FROM indicator_changes WHERE to_seq = (SELECT min(to_seq) FROM indicator_changes)",
      "missing"
    ),
    ("UPDATE figure_values SET value = '1' WHERE seq = 4", "'figure'"),
    (
      "INSERT INTO indicator_texts (digest, indicator, status, items, text) "
        + "VALUES (x'00', '1.1.1', 'absent', '[]', 'stray')", "stray"
    ),
    // A row missing, in the middle and at the end of a table's order.
    ("DELETE FROM revisions WHERE seq = 3", "expected ['revision': \"revision\", seq: 3,"),
    ("DELETE FROM figure_values WHERE seq = 6", "missing ['figure': \"figure\", seq: 6,"),
    (
      "DELETE FROM indicator_values WHERE seq = 6 AND indicator = '2.4'",
      "missing ['value': \"value\", seq: 6, indicator: \"2.4\""
    ),
    // A row too many, likewise.
    (
      "INSERT INTO indicator_values VALUES (1, '1.1.9', 1)",
      "found ['value': \"value\", seq: 1, indicator: \"1.1.9\""
    ),
    (
      "INSERT INTO figure_values (seq, figure, position, value) VALUES (99, 'population', 0, '1')",
      "found ['figure': \"figure\", seq: 99, figure: \"population\", position: 0, value: \"1\", source_name: NULL, source_period: NULL], which a rebuild does not have"
    ),
    // A row altered.
    (
      "UPDATE indicator_changes SET to_status = 'unknown' "
        + "WHERE to_seq = (SELECT min(to_seq) FROM indicator_changes)",
      "to_status: \"unknown\""
    ),
    ("UPDATE revisions SET superseded_by = 5 WHERE seq = 4", "superseded_by: 5"),
  ])
  func eachProjectionIsComparedRowByRow(sql: String, named: String) throws {
    let (_, path, _) = try store()
    defer { try? FileManager.default.removeItem(atPath: path) }
    try tamper(path, sql)
    let found = try #require(try problem(path))
    #expect(found.message.contains("projections differ from a rebuild"))
    #expect(found.message.contains(named), "\(found.message)")
  }

  /// A store whose texts have other row ids than a rebuild gives them (made in another
  /// order) holds the same projections: its readings are matched by digest. A reading that
  /// names another text, or none, is still found.
  @Test func readingsAreMatchedByTheirTextsWhateverTheirIDs() throws {
    let renumber = """
      UPDATE indicator_texts SET id = 1000 - id;
      UPDATE indicator_values SET text_id = 1000 - text_id
      """
    let (_, path, _) = try store()
    defer { try? FileManager.default.removeItem(atPath: path) }
    try tamper(path, renumber)
    #expect(try problem(path) == nil)

    for (sql, named) in [
      (
        "UPDATE indicator_values "
          + "SET text_id = (SELECT min(id) FROM indicator_texts WHERE indicator <> '1.1.1') "
          + "WHERE seq = 2 AND indicator = '1.1.1'",
        "which name other readings"
      ),
      ("UPDATE indicator_values SET text_id = 5000 WHERE seq = 3 AND indicator = '2.1'", "5000"),
    ] {
      let (_, altered, _) = try store()
      defer { try? FileManager.default.removeItem(atPath: altered) }
      try tamper(altered, renumber + ";" + sql)
      let found = try #require(try problem(altered))
      #expect(found.message.contains("projections differ from a rebuild"))
      #expect(found.message.contains("which name other readings"), "\(found.message)")
      #expect(found.message.contains(named), "\(found.message)")
    }
  }

  /// `verify` holds neither the rebuilt projections nor the store's pages in memory: the
  /// rebuild is a database on disk and both are read and written through page caches of a
  /// fixed size, here 40 KiB against a store and a rebuild many times larger. (Rebuilt in
  /// memory, the whole rebuild stayed in its cache; through the store's reader cache, the
  /// store's pages up to 64 MiB.) The comparison keeps nothing from row to row.
  @Test func theRebuildAndTheStoreAreReadThroughCachesOfAFixedSize() throws {
    let (ledger, path, head) = try store(countries: 4, revisions: 50)
    defer { try? FileManager.default.removeItem(atPath: path) }
    let cache = 40
    let rebuilt = try Ledger.temporaryProjections(pageCache: cache)
    let result = try ledger.verify(head: head, pageCache: cache, rebuildingInto: rebuilt)
    #expect(result.isIntact)
    #expect(result.events == 200)
    let (rebuiltSize, rebuiltCache) = try rebuilt.read { db in
      (try Self.size(db), Self.cacheUsed(db))
    }
    let (storeSize, storeCache) = try ledger.read { db in (try Self.size(db), Self.cacheUsed(db)) }
    // Each page in a cache costs its size and a few hundred bytes more.
    let bound = cache * 1024 * 3 / 2
    #expect(rebuiltSize > 4 * bound, "the rebuild is too small to tell")
    #expect(storeSize > 4 * bound, "the store is too small to tell")
    #expect(rebuiltCache <= bound, "the rebuild holds \(rebuiltCache) bytes of its pages")
    #expect(storeCache <= bound, "the store's reader holds \(storeCache) bytes of its pages")
    // The rebuild is a file of its own, not the store's.
    #expect(try rebuilt.read { try Int.fetchOne($0, sql: "SELECT count(*) FROM events") } == 0)
    // The reader's own cache is given back.
    #expect(
      try ledger.read { try Int.fetchOne($0, sql: "PRAGMA cache_size") }
        == -Ledger.readerPageCache)
  }

  /// The bytes of a database's pages.
  static func size(_ db: Database) throws -> Int {
    try Int.fetchOne(
      db, sql: "SELECT page_count * page_size FROM pragma_page_count, pragma_page_size")
      ?? 0
  }

  /// The bytes of memory a connection's page cache holds.
  static func cacheUsed(_ db: Database) -> Int {
    var current: Int32 = 0
    var highest: Int32 = 0
    sqlite3_db_status(db.sqliteConnection, SQLITE_DBSTATUS_CACHE_USED, &current, &highest, 0)
    return Int(current)
  }

  @Test func droppedEventsAreFound() throws {
    let (_, path, head) = try store()
    defer { try? FileManager.default.removeItem(atPath: path) }
    // The last event dropped: its projections, left behind, no longer match the log.
    try tamper(path, "DELETE FROM events WHERE seq = 6")
    let leftovers = try #require(try problem(path))
    #expect(leftovers.message.contains("projections differ from a rebuild"))
    // Its projections dropped too: the chain is whole, but no longer reaches the noted head.
    try tamper(
      path,
      """
      DELETE FROM indicator_changes WHERE to_seq = 6; DELETE FROM indicator_values WHERE seq = 6;
      DELETE FROM figure_values WHERE seq = 6; DELETE FROM revisions WHERE seq = 6;
      DELETE FROM indicator_texts WHERE id NOT IN (SELECT text_id FROM indicator_values)
      """)
    #expect(try problem(path) == nil)
    let lost = try #require(try problem(path, head: head))
    #expect(lost.message.contains("does not contain head \(head)"))
    // One from the middle: a gap.
    try tamper(path, "DELETE FROM events WHERE seq = 3")
    let gap = try #require(try problem(path))
    #expect(gap.seq == 4)
    #expect(gap.message.contains("missing"))
  }

  func hex(_ bytes: [UInt8]) -> String {
    bytes.map { String(format: "%02x", $0) }.joined()
  }
}
