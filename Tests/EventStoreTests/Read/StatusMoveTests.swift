import DiffEngine
import Foundation
import GRDB
import LedgerModel
import ProfileModel
import ProfileParsing
import ProfileTestSupport
import StoreTestSupport
import Testing

@testable import EventStore

/// How alike the two texts of each status move are is a projection (`similarity` in
/// `indicator_changes`, schema v10): the review queue reads the moves over its threshold
/// alone, and numbers only their revisions.
@Suite struct StatusMoveTests {
  /// Belize in March (1.2.1 absent), then in September with 1.2.1 present over nearly the
  /// same words, then a synthetic series of four countries: moves of every kind.
  static func documents() throws -> [String] {
    let context =
      "The Ministry of National Security coordinates the response to incidents with its"
      + " regional partners and the police, and"
    let absent = try Documents.belize(
      replacing: "1.2.1",
      with: context + " Belize does not have an officially recognized national CIRT.")
    let present = try Documents.belize(
      replacing: "1.2.1", with: context + " Belize has an officially recognized national CIRT.")
    return [absent, Documents.dated(present, "14 September 2015")]
      + SyntheticCorpus(countries: 4, revisions: 12, seed: 3).all().map(\.text)
  }

  /// Every row of `indicator_changes`, with both texts, by revision and indicator.
  func changes(_ ledger: Ledger) throws -> [Row] {
    try ledger.read { db in
      try Row.fetchAll(
        db,
        sql: """
          SELECT c.to_seq, c.indicator, c.from_status, c.to_status, c.similarity, a.text, b.text
          FROM indicator_changes c
            JOIN indicator_readings a ON a.seq = c.from_seq AND a.indicator = c.indicator
            JOIN indicator_readings b ON b.seq = c.to_seq AND b.indicator = c.indicator
          ORDER BY 1, 2
          """)
    }
  }

  /// The store's measure of each move is the word similarity of its texts, and only moves
  /// have one: written one document at a time, in a batch, or out of order (backfills
  /// relinking the moves around them).
  @Test(arguments: StoreEngine.allCases)
  func eachMoveIsMeasuredAndNothingElse(engine: StoreEngine) throws {
    let texts = try StatusMoveTests.documents()
    var random = SeededRandom(seed: 11)
    let batch = try engine.makeLedger()
    _ = try batch.recordBatch(
      prepared: batch.prepare(
        try texts.map {
          let bytes = Array($0.utf8)
          return (bytes, try #require(ProfileParser.standard.parse(bytes).profile))
        }), parserVersion: ProfileParser.version)
    let stores = [
      try TestStore.make(texts, in: try engine.makeLedger()), batch,
      try TestStore.make(texts.shuffled(using: &random), in: try engine.makeLedger()),
    ]
    for ledger in stores {
      let rows = try changes(ledger)
      let moves = rows.filter { $0[2] as String != $0[3] as String }
      #expect(rows.count > 20)
      #expect(moves.count > 5)
      for row in rows {
        let similarity: Double? = row[4]
        if row[2] as String == row[3] as String {
          #expect(similarity == nil, "\(row)")
        } else {
          #expect(similarity == ItemChanges.similarity(row[5], row[6]), "\(row)")
        }
      }
      #expect(try ledger.statusMoves().count == moves.count)
    }
    // The same moves, measured alike (the two stores differ only in recording times).
    func moves(_ ledger: Ledger) throws -> [String] {
      try ledger.statusMoves().map {
        "\($0.country) \($0.previous.number) \($0.revision.number) \($0.after.id) "
          + "\($0.before.status) \($0.after.status) \($0.similarity ?? -1)"
      }
    }
    #expect(try moves(stores[1]) == (try moves(stores[0])))
    #expect(try moves(stores[2]) == (try moves(stores[0])))
  }

  /// Above a threshold, the moves are those of all moves whose texts are that alike, with
  /// the revisions numbered as the country's history numbers them.
  @Test(arguments: StoreEngine.allCases)
  func theMovesOverAThresholdAreThoseOfAllMoves(engine: StoreEngine) throws {
    let ledger = try TestStore.make(try StatusMoveTests.documents(), in: try engine.makeLedger())
    let all = try ledger.statusMoves()
    #expect(all.count == (try changes(ledger).filter { $0[2] as String != $0[3] as String }.count))
    for threshold in [0.0, 0.3, 0.5, ReviewQueueThreshold.barelyChanged, 1.0] {
      let expected = all.filter {
        ItemChanges.similarity($0.before.text, $0.after.text) >= threshold
      }
      #expect(try ledger.statusMoves(alike: threshold) == expected, "\(threshold)")
    }
    let barely = try ledger.statusMoves(alike: ReviewQueueThreshold.barelyChanged)
    #expect(barely.map(\.country) == ["BLZ"])
    #expect(barely.map(\.before.status) == [.absent])
    #expect(barely.map(\.after.status) == [.present])
    for move in all {
      let history = try ledger.revisionsInEffect(country: move.country)
      let index = try #require(history.firstIndex { $0.seq == move.revision.seq })
      #expect(index > 0)
      #expect(move.revision == history[index])
      #expect(move.previous == history[index - 1])
    }
    #expect(try ledger.statusMoves(countries: ["BLZ"], alike: 0.8) == barely)
    #expect(try ledger.statusMoves(countries: ["JAM"], alike: 0) == [])
  }

  /// Migration v10 measures the moves a version 9 store holds, and `verify` finds a measure
  /// that disagrees with the texts.
  @Test func aVersion9StoreGetsItsMeasuresAndVerifyChecksThem() throws {
    let path = FileManager.default.temporaryDirectory
      .appendingPathComponent("moves-\(UUID().uuidString).sqlite").path
    defer { try? FileManager.default.removeItem(atPath: path) }
    let expected = try changes(
      try TestStore.make(try StatusMoveTests.documents(), in: Ledger(path: path)))
    // What a version 9 store is: no column, none of the indexes v10 makes, no migration v10
    // recorded.
    try DatabaseQueue(path: path).write { db in
      try db.execute(sql: "DROP INDEX indicator_changes_by_similarity")
      try db.execute(sql: "DROP INDEX events_with_provenance")
      try db.execute(sql: "DROP INDEX revisions_in_effect")
      try db.execute(
        sql: """
          CREATE INDEX revisions_in_effect ON revisions (country, effective_date, seq)
          WHERE superseded_by IS NULL
          """)
      try db.execute(sql: "ALTER TABLE indicator_changes DROP COLUMN similarity")
      try db.execute(sql: "DELETE FROM grdb_migrations WHERE identifier = 'v10'")
    }
    let migrated = try Ledger(path: path)
    #expect(try changes(migrated) == expected)
    #expect(try migrated.verify().isIntact)
    try DatabaseQueue(path: path).write { db in
      try db.execute(
        sql: "UPDATE indicator_changes SET similarity = 0.5 WHERE similarity IS NOT NULL")
    }
    let problem = try #require(try Ledger(path: path).verify().problem)
    #expect(problem.message.contains("'change'"), "\(problem.message)")
  }
}

/// The review queue's threshold, as `ReviewQueue.barelyChanged` gives it (the store's tests do
/// not depend on the reports).
enum ReviewQueueThreshold {
  static let barelyChanged = 0.8
}
