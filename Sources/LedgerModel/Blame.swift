import Foundation
import ProfileModel

/// For each indicator and figure of the revision in effect on a date, the revision that
/// introduced its current reading.
public struct Blame: Hashable, Codable, Sendable {
  /// One indicator's or figure's current reading and where it comes from.
  public struct Line: Hashable, Codable, Sendable {
    /// Indicator number (`1.2.1`) or figure id (`population`).
    public var id: String
    /// The indicator's status; `nil` for figures.
    public var status: IndicatorStatus?
    /// The indicator's items; empty for figures.
    public var items: [String]
    /// The figure's value as printed digits; `nil` for indicators and unreadable values.
    public var value: String?
    /// The figure's data source; `nil` for indicators.
    public var source: DataSource?
    /// The first revision of the run of revisions, up to the current one, that all give this
    /// reading: since its effective date the reading has stood unchanged.
    public var introducedBy: RevisionRef
    /// How many revisions in effect, the introducing one included, give this reading.
    public var revisions: Int
    /// The review standing on the indicator's reading, whose status and items these are.
    public var review: ReviewMark?

    public init(
      id: String, status: IndicatorStatus? = nil, items: [String], value: String? = nil,
      source: DataSource? = nil, introducedBy: RevisionRef, revisions: Int,
      review: ReviewMark? = nil
    ) {
      self.review = review
      self.id = id
      self.status = status
      self.items = items
      self.value = value
      self.source = source
      self.introducedBy = introducedBy
      self.revisions = revisions
    }
  }

  public var country: String
  /// The revision in effect on the date asked for.
  public var revision: RevisionRef
  /// How many revisions were in effect up to it.
  public var revisionsInEffect: Int
  /// Indicators in id order.
  public var indicators: [Line]
  /// Figures in the revision's order.
  public var figures: [Line]

  public init(
    country: String, revision: RevisionRef, revisionsInEffect: Int, indicators: [Line],
    figures: [Line]
  ) {
    self.country = country
    self.revision = revision
    self.revisionsInEffect = revisionsInEffect
    self.indicators = indicators
    self.figures = figures
  }
}
