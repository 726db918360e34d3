import Foundation
import ProfileModel

/// One indicator's readings on either side of a change.
public struct IndicatorPair: Hashable, Sendable {
  public var id: String
  public var before: IndicatorReading
  public var after: IndicatorReading

  public init(id: String, before: IndicatorReading, after: IndicatorReading) {
    self.id = id
    self.before = before
    self.after = after
  }
}

/// What one revision in effect changed from the revision in effect before it, read from the
/// projections: the readings of the indicators that differ, and the figures of both (the
/// diff engine pairs them, as it pairs any two revisions' figures).
public struct RevisionChanges: Hashable, Sendable {
  /// ISO 3166-1 alpha-3 code.
  public var country: String
  public var revision: RevisionRef
  /// The revision in effect before it; `nil` for the country's first.
  public var previous: RevisionRef?
  public var outcome: IngestOutcome
  /// The indicators whose readings differ, in id order.
  public var indicators: [IndicatorPair]
  /// The figures of the revision before, in its order; `nil` for the country's first.
  public var previousFigures: [FigureReading]?
  /// The figures of the revision, in its order.
  public var figures: [FigureReading]
  /// The reviews standing on the revision's changed indicators (whose `after` readings
  /// are the reviewed ones), by indicator.
  public var reviews: [String: ReviewMark] = [:]
  /// The reviews standing on the revision's figures (whose values `figures` gives), by id.
  public var figureReviews: [String: ReviewedFigure] = [:]

  public init(
    country: String, revision: RevisionRef, previous: RevisionRef?, outcome: IngestOutcome,
    indicators: [IndicatorPair], previousFigures: [FigureReading]?, figures: [FigureReading]
  ) {
    self.country = country
    self.revision = revision
    self.previous = previous
    self.outcome = outcome
    self.indicators = indicators
    self.previousFigures = previousFigures
    self.figures = figures
  }
}
