import ProfileModel

/// What a country's revisions in effect up to a date said, oldest first, as blame needs it:
/// for each revision, a key per indicator reading (equal keys, equal readings) and its
/// figures' values; and the latest revision's indicators and figures in full.
public struct ReadingHistory: Sendable {
  /// One revision in effect and what it said.
  public struct Revision: Sendable {
    public var ref: RevisionRef
    /// Each indicator's reading, as a key the store gives identical readings.
    public var indicators: [(id: String, key: Int64)]
    /// The figures' values as printed, in the revision's order.
    public var figures: [(id: String, value: String?)]

    public init(
      ref: RevisionRef, indicators: [(id: String, key: Int64)],
      figures: [(id: String, value: String?)]
    ) {
      self.ref = ref
      self.indicators = indicators
      self.figures = figures
    }
  }

  /// One indicator's reading in the latest revision.
  public struct Reading: Hashable, Sendable {
    public var id: String
    /// The status reports read: the reviewed one where a review stands.
    public var status: IndicatorStatus
    public var items: [String]
    /// The review standing on it, if any.
    public var review: ReviewMark?

    public init(id: String, status: IndicatorStatus, items: [String], review: ReviewMark? = nil) {
      self.id = id
      self.status = status
      self.items = items
      self.review = review
    }
  }

  public var country: String
  /// The revisions in effect, oldest first; never empty.
  public var revisions: [Revision]
  /// The latest revision's indicators, in id order.
  public var latest: [Reading]
  /// The latest revision's figures, in its order.
  public var latestFigures: [FigureReading]

  public init(
    country: String, revisions: [Revision], latest: [Reading], latestFigures: [FigureReading]
  ) {
    self.country = country
    self.revisions = revisions
    self.latest = latest
    self.latestFigures = latestFigures
  }
}
