import Foundation
import ProfileModel

/// The end of the log: its last event's sequence number and hash.
///
/// The log only grows, so the head names the store's whole content: equal heads, equal
/// answers to every query. A reader that caches what it derived from the store keys it by the
/// head and checks the head again to know when to drop it.
public struct LogHead: Hashable, Codable, Sendable {
  /// The last event's `seq`; 0 for an empty log.
  public var seq: Int
  /// The last event's hash; the genesis hash for an empty log.
  public var hash: String

  public init(seq: Int, hash: String) {
    self.seq = seq
    self.hash = hash
  }
}
