import EventStore
import Foundation
import LedgerModel
import Logging
import ProfileModel
import ProfileParsing
import ProfileTestSupport

/// A small deterministic store for the server's tests: Belize's real profile and three later
/// revisions (a CIRT established, an act renamed, the population revised; a correction of the
/// second; a regression), and two synthetic countries of four revisions each. Every revision
/// is recorded at a fixed time.
enum ServerStore {
  /// A logger that keeps the test output to failures.
  static let quietLogger: Logger = {
    var logger = Logger(label: "profiles.serve.tests")
    logger.logLevel = .error
    return logger
  }()

  static func belizeDocuments() throws -> [String] {
    let second = Documents.dated(try Documents.belizeWithCIRT(), "14 September 2015")
    // The same date, read differently: recorded as a correction of the second.
    let corrected = second.replacingOccurrences(
      of: "Total Population: 330 000", with: "Total Population: 331 000")
    let fourth = Documents.dated(try Documents.belizeWorkingOnCIRT(), "1 June 2016")
    return [try Documents.belize(), second, corrected, fourth]
  }

  static func documents() throws -> [String] {
    try belizeDocuments()
      + SyntheticCorpus(countries: 2, revisions: 4, seed: 11).all().map(\.text)
  }

  /// A new store in memory holding `documents()`.
  static func make() throws -> Ledger { try TestStore.make(documents()) }

  // MARK: Reviews

  /// Belize in March 2015 and in September 2015, when it has a CIRT (1.2.1 absent, then
  /// present); in both, 1.2.2 and 1.2.3 read so that no rule decides (marked for review)
  /// and word for word the same.
  static func reviewDocuments() throws -> [String] {
    let march = try Documents.belize(
      replacing: "1.2.2", with: "Standards are a matter for the ministry in Belize."
    ).replacingOccurrences(
      of:
        "There is no cybersecurity framework for the certification and accreditation of national agencies and public sector professionals.",
      with: "Certification is a matter for the ministry in Belize.")
    let september = Documents.dated(march, "14 September 2015").replacingOccurrences(
      of: "Belize does not have an officially recognized national CIRT.",
      with: "Belize has an officially recognized national CIRT known as CERT-BZ.")
    return [march, september]
  }

  static let march = ProfileDate(iso: "2015-03-02")!
  static let september = ProfileDate(iso: "2015-09-14")!

  /// `reviewDocuments()` in a new store, no review recorded yet.
  static func makeForReview() throws -> Ledger { try TestStore.make(reviewDocuments()) }

  /// The review of March's 1.2.1 that `reviewed()` records: the CIRT was being set up.
  @discardableResult
  static func reviewCIRT(_ ledger: Ledger) throws -> Review {
    try ledger.review(
      country: "BLZ", date: march, indicator: "1.2.1",
      verdict: .corrected(status: .partial, items: ["CERT-BZ"]), reviewer: "alice",
      note: "The CIRT was being set up in March: partial.", recordedAt: TestStore.recordedAt(50))
  }

  /// The review of March's 1.2.2 that `reviewed()` records, which holds in September too.
  @discardableResult
  static func reviewStandards(_ ledger: Ledger) throws -> Review {
    try ledger.review(
      country: "BLZ", date: march, indicator: "1.2.2",
      verdict: .corrected(status: .absent, items: nil), reviewer: "bob",
      note: "No framework is approved: absent.", recordedAt: TestStore.recordedAt(51))
  }

  /// A confirmation of September's 1.2.1 (present, CERT-BZ), by carol.
  @discardableResult
  static func confirmCIRT(_ ledger: Ledger) throws -> Review {
    try ledger.review(
      country: "BLZ", date: september, indicator: "1.2.1", verdict: .confirmed,
      reviewer: "carol", note: "CERT-BZ is named.", recordedAt: TestStore.recordedAt(52))
  }

  /// `reviewDocuments()` with two reviews: March's 1.2.1 set to partial with an item, and
  /// March's 1.2.2 set to absent (standing on September's too, which reads it the same).
  /// 1.2.3 stays marked, in the queue.
  static func reviewed() throws -> Ledger {
    let ledger = try makeForReview()
    try reviewCIRT(ledger)
    try reviewStandards(ledger)
    return ledger
  }
}
