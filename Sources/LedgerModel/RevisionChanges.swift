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

/// One figure's readings on either side of a change; `nil` where a document does not give it.
public struct FigurePair: Hashable, Sendable {
  public var id: String
  public var before: FigureReading?
  public var after: FigureReading?

  public init(id: String, before: FigureReading?, after: FigureReading?) {
    self.id = id
    self.before = before
    self.after = after
  }
}

/// What one revision in effect changed from the revision in effect before it, read from the
/// projections: the readings of the indicators and figures that differ.
public struct RevisionChanges: Hashable, Sendable {
  /// ISO 3166-1 alpha-3 code.
  public var country: String
  public var revision: RevisionRef
  /// The revision in effect before it; `nil` for the country's first.
  public var previous: RevisionRef?
  public var outcome: IngestOutcome
  /// The indicators whose readings differ, in id order.
  public var indicators: [IndicatorPair]
  /// The figures whose readings differ, in the revision's order.
  public var figures: [FigurePair]

  public init(
    country: String, revision: RevisionRef, previous: RevisionRef?, outcome: IngestOutcome,
    indicators: [IndicatorPair], figures: [FigurePair]
  ) {
    self.country = country
    self.revision = revision
    self.previous = previous
    self.outcome = outcome
    self.indicators = indicators
    self.figures = figures
  }
}
