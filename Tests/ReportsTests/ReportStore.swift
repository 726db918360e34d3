import EventStore
import Foundation
import LedgerModel
import ProfileModel
import ProfileParsing
import ProfileTestSupport

/// A small deterministic store for the report tests: Belize's real profile and three later
/// revisions made from it (a CIRT established, an act renamed, the population revised; a
/// re-issue that changes only the date; a regression and a new internet figure), and two
/// synthetic countries of five revisions each. Every revision is recorded at a fixed time.
enum ReportStore {
  /// The Belize documents, oldest first.
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
    let third = second.replacingOccurrences(
      of: "Last updated on 14 September 2015", with: "Last updated on 20 January 2016")
    var fourth = try Documents.belize(
      replacing: "1.2.1", with: "Belize is presently working on establishing a national CIRT.")
    fourth = fourth.replacingOccurrences(
      of: "- Electronic Transactions Act - Electronic Evidence Act.",
      with: "- Electronic Transactions Act 2015 - Electronic Evidence Act.")
    fourth = fourth.replacingOccurrences(
      of: "Total Population: 324 000", with: "Total Population: 330 000")
    fourth = fourth.replacingOccurrences(
      of: "Internet users, percentage of population: 31.70%",
      with: "Internet users, percentage of population: 35.20%")
    fourth = fourth.replacingOccurrences(
      of: "Last updated on 2 March 2015", with: "Last updated on 1 June 2016")
    return [try Documents.belize(), second, third, fourth]
  }

  /// Every document of the store, in the order recorded.
  static func documents() throws -> [String] {
    try belizeDocuments()
      + SyntheticCorpus(countries: 2, revisions: 5, seed: 11).all().map(\.text)
  }

  /// A new store in memory holding `documents()`.
  static func make() throws -> Ledger {
    let ledger = try Ledger()
    for (index, text) in try documents().enumerated() {
      let bytes = Array(text.utf8)
      guard let profile = ProfileParser.standard.parse(bytes).profile else {
        throw CocoaError(.fileReadCorruptFile)
      }
      _ = try ledger.record(
        source: bytes, profile: profile, parserVersion: ProfileParser.version,
        recordedAt: Date(timeIntervalSince1970: 1_750_000_000 + Double(index) * 60))
    }
    return ledger
  }
}
