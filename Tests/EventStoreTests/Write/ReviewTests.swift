import EventStore
import Foundation
import GRDB
import LedgerModel
import ProfileModel
import ProfileParsing
import ProfileTestSupport
import StoreTestSupport
import Testing

/// Reviews: events of their own, hash-chained, read beside the machine's reading.
@Suite struct ReviewTests {
  let march = ProfileDate(iso: "2015-03-02")!
  let september = ProfileDate(iso: "2015-09-14")!
  let reviewedAt = TestStore.recordedAt(100)

  /// Belize on 2 March 2015, then on 14 September 2015 with the same 1.2.2 and another 1.2.1.
  func store(_ engine: StoreEngine) throws -> Ledger {
    try TestStore.make(
      [
        try Documents.belize(),
        Documents.dated(try Documents.belizeWithCIRT(), "14 September 2015"),
      ], in: try engine.makeLedger())
  }

  func review(
    _ ledger: Ledger, _ date: ProfileDate, _ indicator: String, _ verdict: ReviewVerdict,
    at index: Int = 100, expectedVersion: Int? = nil
  ) throws -> Review {
    try ledger.review(
      country: "BLZ", date: date, indicator: indicator, verdict: verdict, reviewer: "alice",
      note: "the section says so", expectedVersion: expectedVersion,
      recordedAt: TestStore.recordedAt(index))
  }

  @Test(arguments: StoreEngine.allCases)
  func aReviewIsAnEventOfTheStreamAndLeavesTheReadingOnRecord(engine: StoreEngine) throws {
    let ledger = try store(engine)
    let before = try #require(try ledger.profile(country: "BLZ", asOf: march))
    #expect(before.profile.indicator("1.2.2")?.status == .absent)
    let review = try review(ledger, march, "1.2.2", .corrected(status: .partial, items: nil))

    let events = try ledger.events()
    let event = try #require(events.last)
    #expect(event.seq == review.seq && event.kind == .reviewed && event.country == "BLZ")
    #expect(event.streamVersion == 3 && event.effectiveDate == march)
    #expect(event.prevHash == events[events.count - 2].hash)
    #expect(event.contentHash == CanonicalJSON.sha256Hex(review.payload))
    #expect(try ledger.verify().isIntact)

    let after = try #require(try ledger.profile(country: "BLZ", asOf: march))
    #expect(after.profile == before.profile, "the machine's reading is unchanged")
    #expect(after.seq == before.seq)
    let reviewed = try #require(after.reviews["1.2.2"])
    #expect(reviewed.status == .partial && reviewed.machineStatus == .absent)
    #expect(reviewed.review.reviewer == "alice" && reviewed.review.note == "the section says so")
    #expect(after.reviewedProfile.indicator("1.2.2")?.status == .partial)
    #expect(after.reviewedProfile.indicator("1.2.1") == before.profile.indicator("1.2.1"))
  }

  @Test func theReviewPayloadIsCanonicalAndReadsBack() throws {
    let review = Review(
      seq: 9, country: "BLZ", revision: 2, effectiveDate: march, subject: .indicator("1.1.1"),
      verdict: .corrected(status: .present, items: ["Criminal Code"]), reviewer: "bob",
      note: "a \"law\" is in force", recordedAt: "2026-01-01T00:00:00.000000Z")
    #expect(
      String(decoding: review.payload, as: UTF8.self)
        == #"{"action":"set","indicator":"1.1.1","items":["Criminal Code"],"#
        + #""note":"a \"law\" is in force","reviewer":"bob","revision":2,"status":"present"}"#)
    let read = Review(
      payload: review.payload, seq: 9, country: "BLZ", effectiveDate: march,
      recordedAt: review.recordedAt)
    #expect(read == review)
    #expect(
      Review(
        payload: Array(
          #"{"action":"set","indicator":"1.1.1","note":"n","reviewer":"r","revision":1}"#.utf8),
        seq: 1, country: "BLZ", effectiveDate: march, recordedAt: "") == nil,
      "set without a status is not a review")
  }

  @Test(arguments: StoreEngine.allCases) func aReviewHoldsWhereTheReadingIsTheSameAndNowhereElse(
    engine: StoreEngine
  ) throws {
    let ledger = try store(engine)
    // 1.2.2 reads the same in both revisions; 1.2.1 differs.
    _ = try review(ledger, march, "1.2.2", .corrected(status: .partial, items: nil))
    _ = try review(ledger, march, "1.2.1", .corrected(status: .unknown, items: nil), at: 101)
    let later = try #require(try ledger.profile(country: "BLZ", asOf: september))
    #expect(later.reviews["1.2.2"]?.status == .partial, "carried: the same reading")
    #expect(later.reviews["1.2.1"] == nil, "not carried: 1.2.1 reads otherwise")
    #expect(later.reviewedProfile.indicator("1.2.1")?.status == .present)

    // A review of the later revision itself wins there over the one carried to it.
    _ = try review(ledger, september, "1.2.2", .confirmed, at: 102)
    let reviewed = try #require(try ledger.profile(country: "BLZ", asOf: september))
    #expect(reviewed.reviews["1.2.2"]?.status == .absent)
    #expect(reviewed.reviews["1.2.2"]?.changesTheReading == false)
    #expect(try ledger.profile(country: "BLZ", asOf: march)?.reviews["1.2.2"]?.status == .partial)
  }

  @Test(arguments: StoreEngine.allCases) func beforeTheReviewWasRecordedTheMachinesReadingStands(
    engine: StoreEngine
  ) throws {
    let ledger = try store(engine)
    let review = try review(ledger, march, "1.2.2", .corrected(status: .partial, items: nil))
    let before = try #require(
      try ledger.profile(country: "BLZ", asOf: march, knownAt: TestStore.recordedAt(99).iso))
    #expect(before.reviews.isEmpty)
    let at = try #require(
      try ledger.profile(country: "BLZ", asOf: march, knownAt: review.recordedAt))
    #expect(at.reviews["1.2.2"]?.status == .partial)
  }

  @Test(arguments: StoreEngine.allCases)
  func theStoreAsItWasAfterAnEventSeparatesAReadingFromItsCorrection(engine: StoreEngine) throws {
    // A reading and its correction in one batch: one clock time, two recorded times.
    let ledger = try engine.makeLedger()
    let first = try Documents.belize()
    let second = try Documents.belize(
      replacing: "1.2.2", with: "Belize has adopted the ISO 27001 standard for government.")
    let documents = try [first, second].map { text in
      let bytes = Array(text.utf8)
      return (bytes, try #require(ProfileParser.standard.parse(bytes: bytes).profile))
    }
    _ = try ledger.recordAll(
      documents, parserVersion: ProfileParser.version, recordedAt: TestStore.recordedAt(0))
    let events = try ledger.events()
    #expect(events.map(\.kind) == [.recorded, .corrected])
    #expect(events[0].recordedAt < events[1].recordedAt)

    let before = try #require(try ledger.profile(country: "BLZ", known: .event(1)))
    #expect(before.seq == 1 && before.profile.indicator("1.2.2")?.status == .absent)
    let after = try #require(try ledger.profile(country: "BLZ", known: .event(2)))
    #expect(after.seq == 2 && after.profile.indicator("1.2.2")?.status == .present)
    #expect(try ledger.profile(country: "BLZ", known: .time(events[0].recordedAt))?.seq == 1)

    let history = try ledger.history(country: "BLZ", known: .event(1))
    #expect(history.map(\.seq) == [1] && history[0].supersededBy == nil)
    #expect(try ledger.history(country: "BLZ").first?.supersededBy == 2)

    // A review on the recorded-time axis like every event.
    _ = try ledger.review(
      country: "BLZ", date: march, indicator: "1.2.2", verdict: .confirmed, reviewer: "alice",
      note: "adopted", recordedAt: TestStore.recordedAt(0))
    #expect(try ledger.profile(country: "BLZ", known: .event(2))?.reviews.isEmpty == true)
    #expect(try ledger.profile(country: "BLZ", known: .event(3))?.reviews["1.2.2"] != nil)
    #expect(try ledger.history(country: "BLZ", known: .event(3)).last?.reviewed == 1)
  }

  @Test(arguments: StoreEngine.allCases) func aClearWithdrawsTheReviewAndNeedsOneToWithdraw(
    engine: StoreEngine
  ) throws {
    let ledger = try store(engine)
    #expect(throws: ReviewError.nothingToClear(country: "BLZ", date: march, indicator: "1.2.2")) {
      try review(ledger, march, "1.2.2", .cleared)
    }
    _ = try review(ledger, march, "1.2.2", .corrected(status: .partial, items: ["ISO 27001"]))
    #expect(
      try ledger.profile(country: "BLZ", asOf: march)?.reviews["1.2.2"]?.items == ["ISO 27001"])
    _ = try review(ledger, march, "1.2.2", .cleared, at: 101)
    #expect(try ledger.profile(country: "BLZ", asOf: march)?.reviews.isEmpty == true)
    #expect(try ledger.reviews(country: "BLZ").map(\.verdict.action) == ["set", "clear"])
    #expect(throws: ReviewError.self) { try review(ledger, march, "1.2.2", .cleared, at: 102) }
  }

  @Test(arguments: StoreEngine.allCases) func aReviewFollowsTheCorrectionThatReplacesItsRevision(
    engine: StoreEngine
  ) throws {
    let ledger = try store(engine)
    _ = try review(ledger, march, "1.2.2", .corrected(status: .partial, items: nil))
    // A correction of 2 March whose 1.2.2 reads otherwise.
    let corrected = try Documents.belize(
      replacing: "1.2.2", with: "There is no officially approved national framework here.")
    try TestStore.record(corrected, in: ledger, index: 200)
    let history = try ledger.history(country: "BLZ")
    #expect(history.contains { $0.outcome == .corrected })
    let stored = try #require(try ledger.profile(country: "BLZ", asOf: march))
    #expect(stored.reviews["1.2.2"]?.status == .partial)
    #expect(stored.reviews["1.2.2"]?.review.revision != stored.seq)
  }

  @Test(arguments: StoreEngine.allCases) func reviewsSurviveReadingTheSourcesAgain(
    engine: StoreEngine
  ) throws {
    let ledger = try engine.makeLedger()
    let bytes = Array(try Documents.belize().utf8)
    let profile = try #require(ProfileParser.standard.parse(bytes: bytes).profile)
    _ = try ledger.record(source: bytes, profile: profile, parserVersion: 1)
    _ = try review(ledger, march, "1.2.2", .corrected(status: .partial, items: nil))
    _ = try review(ledger, march, "1.1.1", .corrected(status: .present, items: nil), at: 101)
    _ = try review(ledger, march, "1.2.3", .confirmed, at: 102)
    // A newer reader: 1.2.2 now partial (it agrees), 1.2.3 present (the confirmation of
    // absent stands against it), 1.1.1 unchanged.
    let report = try ledger.reparse(parserVersion: 2, catalog: profile.catalog) { _ in
      var reread = profile
      for index in reread.indicators.indices {
        switch reread.indicators[index].id {
        case "1.2.2": reread.indicators[index].status = .partial
        case "1.2.3": reread.indicators[index].status = .present
        default: break
        }
      }
      return Result<Profile, CocoaError>.success(reread)
    }
    guard case .corrected(let correction)? = report.results.first?.outcome else {
      Issue.record("no correction: \(report.results)")
      return
    }
    let stored = try #require(try ledger.profile(country: "BLZ"))
    #expect(stored.seq == correction.seq)
    #expect(stored.reviews["1.2.2"]?.changesTheReading == false, "the reader now agrees")
    #expect(
      stored.reviews["1.1.1"]?.status == .present
        && stored.reviews["1.1.1"]?.machineStatus == .absent)
    #expect(stored.reviews["1.2.3"]?.status == .absent, "a confirmation holds to what it confirmed")
    #expect(stored.reviewedProfile.indicator("1.2.3")?.status == .absent)
    #expect(try ledger.verify().isIntact)
  }

  @Test(arguments: StoreEngine.allCases) func aBackfilledRevisionThatReadsTheSameTakesTheReview(
    engine: StoreEngine
  ) throws {
    let ledger = try store(engine)
    _ = try review(ledger, march, "1.2.2", .corrected(status: .partial, items: nil))
    // An earlier issue, ingested later, whose 1.2.2 reads as March's; its 1.2.1 too.
    try TestStore.record(
      Documents.dated(try Documents.belize(), "5 January 2015"), in: ledger, index: 300)
    let january = ProfileDate(iso: "2015-01-05")!
    let history = try ledger.history(country: "BLZ")
    #expect(history.first?.outcome == .backfilled && history.first?.reviewed == 1)
    let stored = try #require(try ledger.profile(country: "BLZ", asOf: january))
    #expect(stored.reviews["1.2.2"]?.status == .partial)
    #expect(stored.reviews["1.2.2"]?.review.revision != stored.seq)
    // No move between January and March: both read partial, reviewed.
    let series = try #require(try ledger.statusSeries().first)
    #expect(series.baseline["1.2.2"] == .partial)
    #expect(!series.steps[1].transitions.contains { $0.indicator == "1.2.2" })
  }

  @Test(arguments: StoreEngine.allCases)
  func aFigureReviewGivesTheValueWhereTheFigureReadsTheSame(engine: StoreEngine) throws {
    // March and September both give the population as 324 000, from the same source.
    let ledger = try TestStore.make(
      [try Documents.belize(), Documents.dated(try Documents.belize(), "14 September 2015")],
      in: try engine.makeLedger())
    let review = try ledger.review(
      country: "BLZ", date: march, subject: .figure("population"), verdict: .revalued("330000"),
      reviewer: "alice", note: "the UN table says 330 000", recordedAt: reviewedAt)
    #expect(
      String(decoding: review.payload, as: UTF8.self)
        == #"{"action":"set","figure":"population","note":"the UN table says 330 000","#
        + #""reviewer":"alice","revision":1,"value":"330000"}"#)
    for date in [march, september] {
      let stored = try #require(try ledger.profile(country: "BLZ", asOf: date))
      #expect(stored.profile.figure("population")?.value == "324000", "the reading stays")
      #expect(stored.figureReviews["population"]?.value == "330000")
      #expect(stored.figureReviews["population"]?.machineValue == "324000")
      #expect(stored.reviewedProfile.figure("population")?.value == "330000")
      #expect(stored.reviews.isEmpty && stored.figureReviews["internet-users"] == nil)
    }
    // Blame and the changelog read the reviewed value: no change between the two.
    let blame = try #require(try ledger.readingHistory(country: "BLZ"))
    #expect(blame.latestFigures.first { $0.id == "population" }?.value == "330000")
    #expect(try ledger.changes().last?.figureReviews["population"]?.value == "330000")
    // Confirm, clear, and what a figure cannot be given.
    #expect(throws: ReviewError.self) {
      try ledger.review(
        country: "BLZ", date: march, subject: .figure("population"),
        verdict: .corrected(status: .present, items: nil), reviewer: "a", note: "n")
    }
    #expect(throws: ReviewError.self) {
      try ledger.review(
        country: "BLZ", date: march, subject: .figure("population"), verdict: .revalued("3 3"),
        reviewer: "a", note: "n")
    }
    #expect(throws: ReviewError.self) {
      try ledger.review(
        country: "BLZ", date: march, subject: .figure("area"), verdict: .confirmed,
        reviewer: "a", note: "n")
    }
    _ = try ledger.review(
      country: "BLZ", date: march, subject: .figure("population"), verdict: .cleared,
      reviewer: "alice", note: "withdrawn", recordedAt: TestStore.recordedAt(101))
    #expect(try ledger.profile(country: "BLZ")?.figureReviews.isEmpty == true)

    // The log carries figure reviews like the others.
    #expect(try ledger.verify().isIntact)
    var bytes: [UInt8] = []
    _ = try ledger.exportLog { bytes += $0 }
    var lines = bytes.split(separator: 0x0A).map(Array.init)[...]
    let copy = try Ledger()
    _ = try copy.importLog { lines.popFirst() }
    #expect(try copy.reviews(country: "BLZ") == ledger.reviews(country: "BLZ"))
    #expect(try copy.reviews(country: "BLZ").first?.subject == .figure("population"))
  }

  @Test(arguments: StoreEngine.allCases) func concurrentReviewsOfOneStreamConflictByVersion(
    engine: StoreEngine
  ) throws {
    let ledger = try store(engine)
    let version = try ledger.events().filter { $0.country == "BLZ" }.count
    _ = try review(
      ledger, march, "1.2.2", .corrected(status: .partial, items: nil), expectedVersion: version)
    #expect(throws: LedgerError.versionConflict(country: "BLZ", expected: version)) {
      try review(ledger, march, "1.2.2", .confirmed, at: 101, expectedVersion: version)
    }
    // Read again, and retried, it is recorded.
    _ = try review(ledger, march, "1.2.2", .confirmed, at: 102, expectedVersion: version + 1)
    #expect(try ledger.reviews(country: "BLZ").count == 2)
  }

  @Test(arguments: StoreEngine.allCases) func whatCannotBeReviewedIsRefusedAndNothingRecorded(
    engine: StoreEngine
  ) throws {
    let ledger = try store(engine)
    let head = try ledger.headHash()
    #expect(throws: ReviewError.noRevision(country: "BLZ", date: ProfileDate(iso: "2015-03-03")!)) {
      try review(ledger, ProfileDate(iso: "2015-03-03")!, "1.2.2", .confirmed)
    }
    #expect(throws: ReviewError.noIndicator(country: "BLZ", date: march, indicator: "7.7")) {
      try review(ledger, march, "7.7", .confirmed)
    }
    #expect(throws: ReviewError.missing(field: "note")) {
      try ledger.review(
        country: "BLZ", date: march, indicator: "1.2.2", verdict: .confirmed, reviewer: "alice",
        note: "  ")
    }
    #expect(try ledger.headHash() == head)
  }

  @Test(arguments: StoreEngine.allCases) func reviewsAreRebuiltVerifiedExportedAndImported(
    engine: StoreEngine
  ) throws {
    let ledger = try store(engine)
    _ = try review(ledger, march, "1.2.2", .corrected(status: .partial, items: ["A", "B"]))
    _ = try review(ledger, september, "1.1.1", .confirmed, at: 101)
    let reviews = try ledger.reviews(country: "BLZ")
    #expect(try ledger.rebuildProjections() == 4)
    #expect(try ledger.reviews(country: "BLZ") == reviews)
    #expect(try ledger.verify().isIntact)

    var bytes: [UInt8] = []
    _ = try ledger.exportLog { bytes += $0 }
    let lines = bytes.split(separator: 0x0A).map(Array.init)
    let last = try #require(
      try JSONSerialization.jsonObject(with: Data(lines.last!)) as? [String: Any])
    #expect(last["kind"] as? String == "reviewed")
    #expect(last["review"] as? String == String(decoding: reviews[1].payload, as: UTF8.self))
    #expect(last["reading"] == nil)

    let copy = try Ledger()
    var remaining = lines[...]
    let summary = try copy.importLog { remaining.popFirst() }
    #expect(summary.appended == 4)
    #expect(try copy.headHash() == ledger.headHash())
    #expect(try copy.reviews(country: "BLZ") == reviews)
    #expect(try copy.verify().isIntact)
  }

  @Test func verifyFindsAReviewProjectionThatDiffersFromTheEvents() throws {
    let path = FileManager.default.temporaryDirectory
      .appendingPathComponent("review-\(UUID().uuidString).sqlite").path
    defer { try? FileManager.default.removeItem(atPath: path) }
    let ledger = try Ledger(path: path)
    try TestStore.record(try Documents.belize(), in: ledger, index: 0)
    _ = try review(ledger, march, "1.2.2", .corrected(status: .partial, items: nil))
    #expect(try ledger.verify().isIntact)
    try DatabaseQueue(path: path).write { db in
      try db.execute(sql: "UPDATE reviews SET status = 'present'")
    }
    let problem = try #require(try Ledger(path: path).verify().problem)
    #expect(problem.message.contains("projections differ from a rebuild"))
    #expect(problem.message.contains("'review'"), "\(problem.message)")
  }

  @Test(arguments: StoreEngine.allCases) func aVersion1LogStillImports(engine: StoreEngine) throws {
    let ledger = try store(engine)
    var bytes: [UInt8] = []
    _ = try ledger.exportLog { bytes += $0 }
    var lines = bytes.split(separator: 0x0A).map(Array.init)
    lines[0] = Array(
      String(decoding: lines[0], as: UTF8.self)
        .replacingOccurrences(of: #""version":2"#, with: #""version":1"#).utf8)
    let copy = try Ledger()
    var remaining = lines[...]
    #expect(try copy.importLog { remaining.popFirst() }.appended == 2)
    #expect(try copy.headHash() == ledger.headHash())
  }
}

extension Date {
  /// The store's form of this time.
  fileprivate var iso: String {
    let formatter = ISO8601DateFormatter()
    formatter.formatOptions = [.withInternetDateTime, .withFractionalSeconds]
    return formatter.string(from: self).replacingOccurrences(of: ".000Z", with: ".000000Z")
  }
}
