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
}
