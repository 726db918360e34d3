import Foundation
import GRDB
import LedgerModel
import ProfileModel
import ProfileParsing
import ProfileTestSupport
import StoreTestSupport
import Synchronization
import Testing

@testable import EventStore

/// The store's reports read reviewed statuses where reviews stand, and the machine's
/// everywhere else.
@Suite struct ReviewedReadTests {
  let march = ProfileDate(iso: "2015-03-02")!
  let september = ProfileDate(iso: "2015-09-14")!

  /// Belize in March (no CIRT: 1.2.1 absent), then in September with one (present).
  func store(_ engine: StoreEngine) throws -> Ledger {
    try TestStore.make(
      [
        try Documents.belize(),
        Documents.dated(try Documents.belizeWithCIRT(), "14 September 2015"),
      ], in: try engine.makeLedger())
  }

  func review(_ ledger: Ledger, _ date: ProfileDate, _ indicator: String, _ status: IndicatorStatus)
    throws
  {
    try ledger.review(
      country: "BLZ", date: date, indicator: indicator,
      verdict: .corrected(status: status, items: nil), reviewer: "alice", note: "checked",
      recordedAt: TestStore.recordedAt(50))
  }

  @Test(arguments: StoreEngine.allCases) func historyCountsTheReviewedStatuses(engine: StoreEngine)
    throws
  {
    let ledger = try store(engine)
    let before = try ledger.history(country: "BLZ")
    try review(ledger, march, "1.2.2", .partial)
    let after = try ledger.history(country: "BLZ")
    // 1.2.2 reads the same in both revisions: the review holds in both.
    for (old, new) in zip(before, after) {
      #expect(new.reviewed == 1)
      #expect(new.statusCounts[.absent] == old.statusCounts[.absent]! - 1)
      #expect(new.statusCounts[.partial] == old.statusCounts[.partial]! + 1)
    }
    #expect(before.allSatisfy { $0.reviewed == nil })
  }

  @Test(arguments: StoreEngine.allCases) func progressAndTheChangelogReadTheReviewedStatuses(
    engine: StoreEngine
  ) throws {
    let ledger = try store(engine)
    let machine = try #require(try ledger.statusSeries().first)
    #expect(
      machine.steps[1].transitions.contains {
        $0 == StatusTransition(indicator: "1.2.1", before: .absent, after: .present)
      })
    // The March reading was wrong: the CIRT existed already.
    try review(ledger, march, "1.2.1", .present)
    let reviewed = try #require(try ledger.statusSeries().first)
    #expect(reviewed.baseline["1.2.1"] == .present)
    #expect(!reviewed.steps[1].transitions.contains { $0.indicator == "1.2.1" })
    #expect(
      reviewed.steps[1].transitions.filter { $0.indicator != "1.2.1" }
        == machine.steps[1].transitions.filter { $0.indicator != "1.2.1" })

    let change = try #require(try ledger.changes().last?.indicators.first { $0.id == "1.2.1" })
    #expect(change.before.status == .present && change.after.status == .present)
    // The machine's readings stay on record.
    #expect(
      try ledger.profile(country: "BLZ", asOf: march)?.profile.indicator("1.2.1")?.status == .absent
    )
  }

  @Test(arguments: StoreEngine.allCases)
  func theQueueLeavesOutWhatAReviewStandsOn(engine: StoreEngine) throws {
    // Belize with a 1.2.2 no rule decides, in March and September alike.
    let undecided = try Documents.belize(
      replacing: "1.2.2", with: "Standards are a matter for the ministry in Belize.")
    let ledger = try TestStore.make(
      [undecided, Documents.dated(undecided, "14 September 2015")], in: try engine.makeLedger())
    let marked = try ledger.readingsMarkedForReview()
    #expect(marked.map(\.indicator).contains("1.2.2"))
    #expect(marked.filter { $0.indicator == "1.2.2" }.map(\.revision.number) == [1, 2])
    try review(ledger, march, "1.2.2", .absent)
    // One review holds for both revisions: the same reading.
    #expect(!(try ledger.readingsMarkedForReview()).contains { $0.indicator == "1.2.2" })
    #expect(try ledger.readingsMarkedForReview(countries: ["JAM"]).isEmpty)
  }

  @Test(arguments: StoreEngine.allCases) func statusMovesCarryBothReadingsAndLeaveOutReviewedOnes(
    engine: StoreEngine
  ) throws {
    let ledger = try store(engine)
    let moves = try ledger.statusMoves()
    let cirt = try #require(moves.first { $0.after.id == "1.2.1" })
    #expect(cirt.before.status == .absent && cirt.after.status == .present)
    #expect(cirt.previous.number == 1 && cirt.revision.number == 2)
    #expect(cirt.after.text.contains("CERT-BZ"))
    try review(ledger, september, "1.2.1", .present)
    #expect(!(try ledger.statusMoves()).contains { $0.after.id == "1.2.1" })
  }

  @Test(arguments: StoreEngine.allCases) func standingsGiveTheReviewedStatuses(engine: StoreEngine)
    throws
  {
    let ledger = try store(engine)
    #expect(try ledger.standings().first?.statuses["1.2.2"] == .absent)
    try review(ledger, march, "1.2.2", .partial)
    // September repeats March's 1.2.2: the review holds on the latest revision too.
    #expect(try ledger.standings().first?.statuses["1.2.2"] == .partial)
  }
}

/// The readings marked for review are a projection (`marked_readings`, schema v7): the queue
/// reads them without decoding a single reading, and they agree with the readings.
extension ReviewedReadTests {
  /// Belize in March and September, with a 1.2.2 no rule decides, and a correction of
  /// September that decides it: only March's mark is in effect.
  func markedStore(path: String) throws -> Ledger {
    let undecided = try Documents.belize(
      replacing: "1.2.2", with: "Standards are a matter for the ministry in Belize.")
    let decided = try Documents.belize(
      replacing: "1.2.2", with: "Belize has no officially approved national standards.")
    return try TestStore.make(
      [
        undecided, Documents.dated(undecided, "14 September 2015"),
        Documents.dated(decided, "14 September 2015"),
      ], in: try Ledger(path: path))
  }

  @Test func theMarkedReadingsAreThoseOfTheReadingsInEffect() throws {
    let path = FileManager.default.temporaryDirectory
      .appendingPathComponent("marked-\(UUID().uuidString).sqlite").path
    defer { try? FileManager.default.removeItem(atPath: path) }
    let ledger = try markedStore(path: path)
    let marked = try ledger.readingsMarkedForReview()
    #expect(marked.map(\.indicator) == ["1.2.2"])
    #expect(marked.map(\.revision.effectiveDate) == [march])
    #expect(marked.first?.reason.isEmpty == false)
    // The same as decoding each reading in effect.
    let decoded = try ledger.revisionsInEffect(country: "BLZ").flatMap { revision in
      try #require(try ledger.profile(seq: revision.seq)).profile.indicators
        .filter(\.needsReview).map { (revision.seq, $0.id, $0.evidence?.review) }
    }
    #expect(decoded.map(\.1) == marked.map(\.indicator))
    #expect(decoded.map(\.0) == marked.map(\.revision.seq))
    #expect(decoded.map(\.2) == marked.map(\.reason))
    // No reading is read to list them.
    let statements = Mutex<[String]>([])
    let traced = try Ledger()
    _ = try TestStore.make(
      [
        try Documents.belize(
          replacing: "1.2.2", with: "Standards are a matter for the ministry in Belize.")
      ], in: traced)
    try traced.traceStatements { sql in statements.withLock { $0.append(sql) } }
    #expect(try traced.readingsMarkedForReview().count == 1)
    #expect(!statements.withLock { $0 }.contains { $0.contains("reading_zlib") })
  }

  /// Migration v7 fills the projection from the readings a version 6 store holds, and
  /// `verify` finds a mark that disagrees with its reading.
  @Test func aVersion6StoreGetsItsMarksAndVerifyChecksThem() throws {
    let path = FileManager.default.temporaryDirectory
      .appendingPathComponent("marked-\(UUID().uuidString).sqlite").path
    defer { try? FileManager.default.removeItem(atPath: path) }
    let expected = try markedStore(path: path).readingsMarkedForReview()
    // What a version 6 store is: no table, no migration v7 recorded.
    try DatabaseQueue(path: path).write { db in
      try db.execute(sql: "DROP TABLE marked_readings")
      try db.execute(sql: "DROP INDEX revisions_in_effect")
      try db.execute(sql: "DELETE FROM grdb_migrations WHERE identifier = 'v7'")
    }
    let migrated = try Ledger(path: path)
    #expect(try migrated.readingsMarkedForReview() == expected)
    #expect(try migrated.verify().isIntact)
    try DatabaseQueue(path: path).write { db in
      try db.execute(sql: "UPDATE marked_readings SET reason = 'altered'")
    }
    let problem = try #require(try Ledger(path: path).verify().problem)
    #expect(problem.message.contains("'mark'"), "\(problem.message)")
  }
}
