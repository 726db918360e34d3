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
    let second = Documents.dated(try Documents.belizeWithCIRT(), "14 September 2015")
    let third = Documents.dated(try Documents.belizeWithCIRT(), "20 January 2016")
    var fourth = try Documents.belizeWorkingOnCIRT()
    fourth = fourth.replacingOccurrences(
      of: "- Electronic Transactions Act - Electronic Evidence Act.",
      with: "- Electronic Transactions Act 2015 - Electronic Evidence Act.")
    fourth = fourth.replacingOccurrences(
      of: "Total Population: 324 000", with: "Total Population: 330 000")
    fourth = fourth.replacingOccurrences(
      of: "Internet users, percentage of population: 31.70%",
      with: "Internet users, percentage of population: 35.20%")
    return [try Documents.belize(), second, third, Documents.dated(fourth, "1 June 2016")]
  }

  /// Every document of the store, in the order recorded.
  static func documents() throws -> [String] {
    try belizeDocuments()
      + SyntheticCorpus(countries: 2, revisions: 5, seed: 11).all().map(\.text)
  }

  /// A new store in memory holding `documents()`.
  static func make() throws -> Ledger { try TestStore.make(documents()) }
}
