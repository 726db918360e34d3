import ProfileModel

/// An indicator's status before and after, with the direction on the progress scale.
public struct StatusChange: Hashable, Codable, Sendable {
  /// Which way a status moved.
  public enum Direction: String, Hashable, Codable, Sendable {
    /// Up the scale absent < partial < present.
    case up
    /// Down that scale.
    case down
    /// To or from `unknown` or `missing`, which are not on the scale.
    case unranked

    /// The direction of a move from `before` to `after`, or `nil` when they are equal.
    public init?(from before: IndicatorStatus, to after: IndicatorStatus) {
      guard before != after else { return nil }
      switch (before.progressRank, after.progressRank) {
      case (let x?, let y?): self = y > x ? .up : .down
      default: self = .unranked
      }
    }

    public var reversed: Direction {
      switch self {
      case .up: .down
      case .down: .up
      case .unranked: .unranked
      }
    }
  }

  public var before: IndicatorStatus
  public var after: IndicatorStatus
  public var direction: Direction

  /// The change from `before` to `after`, or `nil` when the status is the same.
  public init?(from before: IndicatorStatus, to after: IndicatorStatus) {
    guard let direction = Direction(from: before, to: after) else { return nil }
    self.before = before
    self.after = after
    self.direction = direction
  }

  public var reversed: StatusChange {
    StatusChange(from: after, to: before)!
  }
}
