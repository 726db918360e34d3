import Foundation
import GRDB
import LedgerModel
import ProfileModel
import ProfileParsing
import ProfileTestSupport
import StoreTestSupport
import Testing

@testable import EventStore

/// Reading stored sources again with the current reader: corrections for readings that
/// changed, nothing for the rest, and history extended, never rewritten.
@Suite struct ReparseTests {
  let parser = ProfileParser.standard

  /// The Belize document dated `date` (as printed), and the reading the current reader gives.
  func document(date: String) throws -> (source: [UInt8], profile: Profile) {
    let text = try Documents.belize().replacingOccurrences(
      of: "Last updated on 2 March 2015", with: "Last updated on \(date)")
    let bytes = Array(text.utf8)
    return (bytes, try #require(parser.parse(bytes).profile))
  }

  /// Records `profile` as an earlier reader's reading of `source`.
  @discardableResult
  func recordAsOlderReader(_ ledger: Ledger, source: [UInt8], profile: Profile, at seconds: Double)
    throws -> IngestResult
  {
    try ledger.record(
      source: source, profile: profile, parserVersion: ProfileParser.version - 1,
      recordedAt: Date(timeIntervalSince1970: 1_700_000_000 + seconds))
  }

  func reparse(_ ledger: Ledger) throws -> ReparseReport<ReadFailure> {
    try ledger.reparse(
      parserVersion: ProfileParser.version, catalog: parser.catalog.id,
      recordedAt: Date(timeIntervalSince1970: 1_800_000_000)
    ) { source in
      let result = ProfileParser.standard.parse(bytes: source)
      return result.profile.map { .success($0) } ?? .failure(ReadFailure(result.diagnostics))
    }
  }

  struct ReadFailure: Error {
    var diagnostics: [Diagnostic]
    init(_ diagnostics: [Diagnostic]) { self.diagnostics = diagnostics }
  }

  /// A store an earlier reader wrote: one reading that differs from its source, one that
  /// agrees, one whose source no longer reads, one whose source now reads as another date,
  /// and one made by the current reader.
  func olderStore() throws -> (ledger: Ledger, misread: Profile, truth: Profile) {
    let ledger = try Ledger()
    let march = try document(date: "2 March 2015")
    var misread = march.profile
    misread.indicators[0].status = .present
    misread.indicators[0].items = ["Criminal Code Act (misread)"]
    try recordAsOlderReader(ledger, source: march.source, profile: misread, at: 0)

    let june = try document(date: "1 June 2015")
    try recordAsOlderReader(ledger, source: june.source, profile: june.profile, at: 1)

    // A source the current reader rejects: the date line is gone.
    let undated = try document(date: "1 July 2015")
    let truncated = Array(
      String(decoding: undated.source, as: UTF8.self)
        .replacingOccurrences(of: "Last updated on 1 July 2015", with: "").utf8)
    try recordAsOlderReader(ledger, source: truncated, profile: undated.profile, at: 2)

    // A source that now reads as 2 August, recorded as 3 August.
    let august = try document(date: "2 August 2015")
    var misdated = august.profile
    misdated.lastUpdated = try #require(ProfileDate(iso: "2015-08-03"))
    try recordAsOlderReader(ledger, source: august.source, profile: misdated, at: 3)

    let september = try document(date: "1 September 2015")
    _ = try ledger.record(
      source: september.source, profile: september.profile, parserVersion: ProfileParser.version,
      recordedAt: Date(timeIntervalSince1970: 1_700_000_004))
    return (ledger, misread, march.profile)
  }

  /// Every projection row, by what it says.
  func projectionRows(_ ledger: Ledger) throws -> [String] {
    try ledger.read { db in
      try Ledger.projectionContentQueries.flatMap { sql in
        try Row.fetchAll(db, sql: sql).map(\.description)
      }
    }
  }

  @Test func aChangedReadingIsRecordedAsACorrectionAndTheRestAsReported() throws {
    let (ledger, misread, truth) = try olderStore()
    let before = try ledger.events()
    let report = try reparse(ledger)

    #expect(report.skipped == 1)
    #expect(
      report.results.map(\.effectiveDate.iso) == [
        "2015-03-02", "2015-06-01", "2015-07-01", "2015-08-03",
      ])
    guard case .corrected(let event) = report.results[0].outcome else {
      Issue.record("expected a correction, got \(report.results[0].outcome)")
      return
    }
    #expect(event.seq == 6)
    #expect(event.kind == .corrected)
    #expect(event.supersedes == 1)
    #expect(event.parserVersion == ProfileParser.version)
    #expect(event.catalog == parser.catalog.id)
    #expect(event.sourceHash == before[0].sourceHash)
    guard case .unchanged = report.results[1].outcome else {
      Issue.record("expected unchanged, got \(report.results[1].outcome)")
      return
    }
    guard case .unreadable(let failure) = report.results[2].outcome else {
      Issue.record("expected unreadable, got \(report.results[2].outcome)")
      return
    }
    #expect(failure.diagnostics.contains { $0.severity == .error })
    guard case .moved(let country, let date) = report.results[3].outcome else {
      Issue.record("expected moved, got \(report.results[3].outcome)")
      return
    }
    #expect(country == "BLZ" && date.iso == "2015-08-02")
    #expect(report.results.filter(\.isRejected).count == 2)

    // History extended: every earlier event as it was, one correction after them.
    let after = try ledger.events()
    #expect(Array(after.prefix(before.count)) == before)
    #expect(after.count == before.count + 1)
    let inEffect = try #require(
      try ledger.profile(country: "BLZ", asOf: ProfileDate(iso: "2015-03-02")))
    #expect(inEffect.seq == 6)
    #expect(inEffect.profile == truth.normalized())
    let asKnownBefore = try #require(
      try ledger.profile(
        country: "BLZ", asOf: ProfileDate(iso: "2015-03-02"),
        knownAt: "2025-01-01T00:00:00.000000Z"))
    #expect(asKnownBefore.profile == misread.normalized())
    let history = try ledger.history(country: "BLZ")
    #expect(history.first { $0.seq == 1 }?.supersededBy == 6)
    #expect(history.first { $0.seq == 6 }?.outcome == .corrected)
    #expect(try ledger.verify().isIntact)
  }

  @Test func readingAgainTwiceRecordsNothingTheSecondTime() throws {
    let (ledger, _, _) = try olderStore()
    _ = try reparse(ledger)
    let events = try ledger.events()
    let projections = try projectionRows(ledger)

    let again = try reparse(ledger)
    #expect(try ledger.events() == events)
    #expect(try projectionRows(ledger) == projections)
    // The correction was made by this reader: skipped; the rest are read and left alone.
    #expect(again.skipped == 2)
    #expect(again.results.map(\.seq) == [2, 3, 4])
    #expect(!again.results.contains { if case .corrected = $0.outcome { true } else { false } })
    #expect(try ledger.verify().isIntact)
  }

  @Test(arguments: StoreEngine.allCases) func aStoreReadByTheCurrentReaderIsLeftAlone(
    engine: StoreEngine
  ) throws {
    let ledger = try engine.makeLedger()
    let doc = try document(date: "2 March 2015")
    _ = try ledger.record(
      source: doc.source, profile: doc.profile, parserVersion: ProfileParser.version)
    let report = try reparse(ledger)
    #expect(report.results.isEmpty)
    #expect(report.skipped == 1)
    #expect(try ledger.eventCount() == 1)
  }
}
