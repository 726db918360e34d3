import Foundation
import ProfileModel

/// A revision in effect, as reports name it: its place in the country's history and its
/// event.
public struct RevisionRef: Hashable, Codable, Sendable {
  /// The event that recorded the reading.
  public var seq: Int
  /// 1-based position among the country's revisions in effect, oldest first: the number
  /// `profiles diff` accepts for FROM and TO.
  public var number: Int
  /// The document's "Last updated" date.
  public var effectiveDate: ProfileDate
  /// When the store recorded it (UTC, ISO 8601).
  public var recordedAt: String
  /// SHA-256 of the reading's canonical JSON.
  public var contentHash: String

  public init(
    seq: Int, number: Int, effectiveDate: ProfileDate, recordedAt: String, contentHash: String
  ) {
    self.seq = seq
    self.number = number
    self.effectiveDate = effectiveDate
    self.recordedAt = recordedAt
    self.contentHash = contentHash
  }
}
