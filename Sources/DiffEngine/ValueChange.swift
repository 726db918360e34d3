/// A value before and after a change.
public struct ValueChange<Value: Hashable & Codable & Sendable>: Hashable, Codable, Sendable {
  public var before: Value
  public var after: Value

  public init(before: Value, after: Value) {
    self.before = before
    self.after = after
  }

  /// The change from `before` to `after`, or `nil` when they are equal.
  public init?(_ before: Value, _ after: Value) {
    guard before != after else { return nil }
    self.init(before: before, after: after)
  }

  /// The same change the other way round.
  public var reversed: ValueChange {
    ValueChange(before: after, after: before)
  }
}
