import Foundation
import ProfileModel

/// One indicator's status move between two consecutive revisions in effect.
public struct StatusTransition: Hashable, Codable, Sendable {
  /// The indicator's catalog number, e.g. `1.2.1`.
  public var indicator: String
  public var before: IndicatorStatus
  public var after: IndicatorStatus
  /// The review standing on the reading moved into, whose status `after` is; nil for the
  /// reader's.
  public var review: ReviewMark?

  public init(
    indicator: String, before: IndicatorStatus, after: IndicatorStatus, review: ReviewMark? = nil
  ) {
    self.indicator = indicator
    self.before = before
    self.after = after
    self.review = review
  }
}

/// A country's indicator statuses over a date range, read from the projections: the
/// statuses of the revision the range starts from, then the status moves into each later
/// revision in the range. Enough to score every revision without reading one.
public struct StatusSeries: Hashable, Sendable {
  /// One revision in effect and the status moves into it from the one before.
  public struct Step: Hashable, Sendable {
    public var revision: RevisionRef
    /// Empty for the first step, whose statuses are ``StatusSeries/baseline``.
    public var transitions: [StatusTransition]

    public init(revision: RevisionRef, transitions: [StatusTransition]) {
      self.revision = revision
      self.transitions = transitions
    }
  }

  /// ISO 3166-1 alpha-3 code.
  public var country: String
  /// The revisions the range covers, oldest first. The first is the start: the revision in
  /// effect the day before `since` when there is one (``startsBeforeRange``), else the
  /// country's first revision in the range. Empty when no revision is in effect by `until`.
  public var steps: [Step]
  /// Whether the first step is dated before the range: the state the range starts from.
  public var startsBeforeRange: Bool
  /// The statuses of the first step's revision, by indicator number.
  public var baseline: [String: IndicatorStatus]
  /// The country's latest revision in effect in the whole store, whatever the range.
  public var latest: RevisionRef

  public init(
    country: String, steps: [Step], startsBeforeRange: Bool,
    baseline: [String: IndicatorStatus], latest: RevisionRef
  ) {
    self.country = country
    self.steps = steps
    self.startsBeforeRange = startsBeforeRange
    self.baseline = baseline
    self.latest = latest
  }

  /// Whether a revision is dated in the range: more than the start alone.
  public var hasRevisionInRange: Bool { steps.count > (startsBeforeRange ? 1 : 0) }
}
