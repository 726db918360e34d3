import Foundation
import LedgerModel
import ProfileModel
import ProfileParsing
import ProfileTestSupport
import StoreTestSupport
import Testing

@testable import EventStore

/// The store's read queries on a small history of Belize: three revisions, the second
/// corrected once, and what each query answers of it.
@Suite struct ReadQueryTests {
  let documents = LedgerTests()

  /// March, June (recorded, then corrected: the CIRT becomes present), September.
  func ledger(_ engine: StoreEngine) throws -> Ledger {
    let ledger = try engine.makeLedger()
    let cirt = "Belize has an officially recognized national CIRT."
    for (index, doc) in [
      try documents.document(),
      try documents.document(date: "1 June 2015"),
      try documents.document(date: "1 June 2015", cirt: cirt),
      try documents.document(date: "1 September 2015", cirt: cirt),
    ].enumerated() {
      _ = try documents.record(ledger, doc, at: Double(index) * 60)
    }
    return ledger
  }

  @Test(arguments: StoreEngine.allCases) func revisionsInEffectAreNumberedWithoutTheSupersededOne(
    engine: StoreEngine
  ) throws {
    let ledger = try ledger(engine)
    let revisions = try ledger.revisionsInEffect(country: "BLZ")
    #expect(revisions.map(\.number) == [1, 2, 3])
    #expect(revisions.map(\.seq) == [1, 3, 4])
    #expect(revisions.map(\.effectiveDate.iso) == ["2015-03-02", "2015-06-01", "2015-09-01"])
    #expect(try ledger.revisionsInEffect(country: "KOR").isEmpty)
  }

  /// A revision named by number or by date is found through the index as the list of
  /// revisions in effect finds it, the superseded one never; so are the first and latest.
  @Test(arguments: StoreEngine.allCases) func aRevisionByNumberOrDateIsTheOneTheListGives(
    engine: StoreEngine
  ) throws {
    let ledger = try ledger(engine)
    let revisions = try ledger.revisionsInEffect(country: "BLZ")
    for revision in revisions {
      #expect(try ledger.revisionInEffect(country: "BLZ", number: revision.number) == revision)
    }
    for number in [-1, 0, 4, 99] {
      #expect(try ledger.revisionInEffect(country: "BLZ", number: number) == nil)
    }
    let first = try #require(ProfileDate(iso: "2015-01-01"))
    for day in stride(from: 0, through: 300, by: 7) {
      let date = first.adding(days: day)
      #expect(
        try ledger.revisionInEffect(country: "BLZ", on: date)
          == revisions.last { $0.effectiveDate <= date }, "\(date.iso)")
    }
    let span = try #require(try ledger.revisionsInEffectSpan(country: "BLZ"))
    #expect(span.first == revisions.first && span.latest == revisions.last)
    #expect(try ledger.revisionsInEffectSpan(country: "KOR") == nil)
    #expect(try ledger.revisionInEffect(country: "KOR", number: 1) == nil)
  }

  @Test(arguments: StoreEngine.allCases) func standingsGiveEachCountrysLatestRevisionAndItsStatuses(
    engine: StoreEngine
  ) throws {
    let ledger = try ledger(engine)
    let standings = try ledger.standings()
    #expect(standings.map(\.country) == ["BLZ"])
    let belize = try #require(standings.first)
    #expect(belize.latest.number == 3 && belize.latest.seq == 4)
    #expect(belize.statuses["1.2.1"] == .present)
    #expect(belize.statuses.count == IndicatorCatalog.cyberwellness2015.indicators.count)
  }

  @Test(arguments: StoreEngine.allCases) func theReadingHistoryKeysEqualReadingsAlike(
    engine: StoreEngine
  ) throws {
    let ledger = try ledger(engine)
    let history = try #require(try ledger.readingHistory(country: "BLZ"))
    #expect(history.revisions.map(\.ref.number) == [1, 2, 3])
    func key(_ revision: Int, _ id: String) -> Int64? {
      history.revisions[revision].indicators.first { $0.id == id }?.key
    }
    #expect(key(0, "1.2.1") != key(1, "1.2.1"))
    #expect(key(1, "1.2.1") == key(2, "1.2.1"))
    #expect(key(0, "1.1.1") == key(2, "1.1.1"))
    #expect(history.latest.first { $0.id == "1.2.1" }?.status == .present)
    #expect(history.latestFigures.map(\.id) == ["population", "internet-users"])
    // Up to a date: only the revisions in effect then.
    let march = try #require(
      try ledger.readingHistory(country: "BLZ", asOf: ProfileDate(iso: "2015-05-01")))
    #expect(march.revisions.map(\.ref.number) == [1])
    #expect(try ledger.readingHistory(country: "BLZ", asOf: ProfileDate(iso: "2015-01-01")) == nil)
  }

  @Test(arguments: StoreEngine.allCases) func statusSeriesStartFromTheRevisionBeforeTheRange(
    engine: StoreEngine
  ) throws {
    let ledger = try ledger(engine)
    let series = try ledger.statusSeries(since: ProfileDate(iso: "2015-06-01"))
    let belize = try #require(series.first)
    #expect(belize.startsBeforeRange)
    #expect(belize.steps.map(\.revision.number) == [1, 2, 3])
    #expect(belize.baseline["1.2.1"] != .present)
    #expect(belize.steps[1].transitions.map(\.indicator) == ["1.2.1"])
    #expect(belize.steps[1].transitions.first?.after == .present)
    #expect(belize.steps[2].transitions.isEmpty)
  }

  @Test(arguments: StoreEngine.allCases) func changesPairEachRevisionWithTheOneBefore(
    engine: StoreEngine
  ) throws {
    let ledger = try ledger(engine)
    let changes = try ledger.changes()
    #expect(changes.map(\.revision.number) == [1, 2, 3])
    #expect(changes[0].previous == nil && changes[0].previousFigures == nil)
    #expect(changes[1].previous?.number == 1)
    #expect(changes[1].indicators.map(\.id) == ["1.2.1"])
    #expect(changes[2].indicators.isEmpty)
    #expect(changes[1].previousFigures == changes[1].figures)
    #expect(try ledger.revisionCount(since: ProfileDate(iso: "2015-06-01")) == 2)
    #expect(try ledger.dateRange()?.latest.iso == "2015-09-01")
  }
}
