import EventStore
import Foundation
import ProfileModel
import ProfileParsing

/// Stores for tests, in memory, holding documents recorded at fixed times.
public enum TestStore {
  /// The recorded time of the `index`-th document: a minute after the one before.
  public static func recordedAt(_ index: Int) -> Date {
    Date(timeIntervalSince1970: 1_750_000_000 + Double(index) * 60)
  }

  /// Records `text` in `ledger` at the `index`-th fixed time; throws if it does not read.
  public static func record(_ text: String, in ledger: Ledger, index: Int) throws {
    let bytes = Array(text.utf8)
    guard let profile = ProfileParser.standard.parse(bytes).profile else {
      throw CocoaError(.fileReadCorruptFile)
    }
    _ = try ledger.record(
      source: bytes, profile: profile, parserVersion: ProfileParser.version,
      recordedAt: recordedAt(index))
  }

  /// A new store in memory holding `documents`, recorded in order.
  public static func make(_ documents: [String]) throws -> Ledger {
    try make(documents, in: try Ledger())
  }

  /// `ledger`, empty, with `documents` recorded in it in order.
  public static func make(_ documents: [String], in ledger: Ledger) throws -> Ledger {
    for (index, text) in documents.enumerated() { try record(text, in: ledger, index: index) }
    return ledger
  }
}
