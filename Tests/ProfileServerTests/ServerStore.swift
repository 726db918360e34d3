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
    let cirt = "Belize has an officially recognized national CIRT known as CERT-BZ."
    var second = try Documents.belize(replacing: "1.2.1", with: cirt)
    second = second.replacingOccurrences(
      of: "- Electronic Transactions Act - Electronic Evidence Act.",
      with: "- Electronic Transactions Act 2015 - Electronic Evidence Act.")
    second = second.replacingOccurrences(
      of: "Total Population: 324 000", with: "Total Population: 330 000")
    second = second.replacingOccurrences(
      of: "Last updated on 2 March 2015", with: "Last updated on 14 September 2015")
    // The same date, read differently: recorded as a correction of the second.
    let corrected = second.replacingOccurrences(
      of: "Total Population: 330 000", with: "Total Population: 331 000")
    var fourth = try Documents.belize(
      replacing: "1.2.1", with: "Belize is presently working on establishing a national CIRT.")
    fourth = fourth.replacingOccurrences(
      of: "Last updated on 2 March 2015", with: "Last updated on 1 June 2016")
    return [try Documents.belize(), second, corrected, fourth]
  }

  static func documents() throws -> [String] {
    try belizeDocuments()
      + SyntheticCorpus(countries: 2, revisions: 4, seed: 11).all().map(\.text)
  }

  /// Records `text` in `ledger` at the `index`-th fixed time.
  static func record(_ text: String, in ledger: Ledger, index: Int) throws {
    let bytes = Array(text.utf8)
    guard let profile = ProfileParser.standard.parse(bytes).profile else {
      throw CocoaError(.fileReadCorruptFile)
    }
    _ = try ledger.record(
      source: bytes, profile: profile, parserVersion: ProfileParser.version,
      recordedAt: Date(timeIntervalSince1970: 1_750_000_000 + Double(index) * 60))
  }

  /// A new store in memory holding `documents()`.
  static func make() throws -> Ledger {
    let ledger = try Ledger()
    for (index, text) in try documents().enumerated() {
      try record(text, in: ledger, index: index)
    }
    return ledger
  }
}
