import Foundation
import GRDB
import LedgerModel
import ProfileModel
import ProfileParsing
import ProfileTestSupport
import Testing

@testable import EventStore

/// `verify` detects every way of altering the log behind the store's back.
@Suite struct VerifyTests {
  /// A store on disk holding a short synthetic history, and its head.
  func store() throws -> (ledger: Ledger, path: String, head: String) {
    let path = FileManager.default.temporaryDirectory
      .appendingPathComponent("verify-\(UUID().uuidString).sqlite").path
    let ledger = try Ledger(path: path)
    let documents = try SyntheticCorpus(countries: 2, revisions: 3, seed: 5).all().map {
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
      "UPDATE events SET recorded_at = '\(event.recordedAt)', hash = '\(event.hash)' WHERE seq = 3")
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
      second, "UPDATE sources SET zlib = x'\(hex(forged))', size = 16 WHERE hash = '\(source)'")
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
  ])
  func eachProjectionIsComparedRowByRow(sql: String, named: String) throws {
    let (_, path, _) = try store()
    defer { try? FileManager.default.removeItem(atPath: path) }
    try tamper(path, sql)
    let found = try #require(try problem(path))
    #expect(found.message.contains("projections differ from a rebuild"))
    #expect(found.message.contains(named), "\(found.message)")
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
