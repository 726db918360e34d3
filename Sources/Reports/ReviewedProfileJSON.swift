import LedgerModel
import ProfileModel

/// A profile as `profiles show --format json` and the API give it: the reading's fields, each reviewed indicator with the
/// reviewed status and items in place of the reader's and a `review` object beside them that
/// says who reviewed, when, in which event, why, and what the reader read.
///
/// The fields are the `Profile`'s own, under the same names (a test checks that an
/// unreviewed profile encodes as the reading's canonical JSON, byte for byte).
public struct ReviewedProfileJSON: Encodable, Sendable {
  public struct Indicator: Encodable, Sendable {
    public var id: String
    public var status: IndicatorStatus
    public var items: [String]
    public var text: String
    public var evidence: StatusEvidence?
    public var review: ReviewJSON?
  }

  /// The review standing on an indicator, and the reader's reading it stands beside.
  public struct ReviewJSON: Encodable, Sendable {
    public var reviewer: String
    public var note: String
    public var recordedAt: String
    /// The review's event.
    public var event: Int
    /// The event of the revision reviewed: this one, or one that reads the indicator the
    /// same (or that this one corrected).
    public var revision: Int
    /// `set` (the reviewer's status and items) or `confirm` (the reader's, confirmed).
    public var action: String
    public var machineStatus: IndicatorStatus
    public var machineItems: [String]
  }

  /// A figure: the reading's fields, the reviewed value where a review stands, and the
  /// review beside it.
  public struct Figure: Encodable, Sendable {
    public var id: String
    public var value: String?
    public var source: DataSource?
    public var review: FigureReviewJSON?

    /// As `FigureReading` encodes: no `value` key when there is none.
    public func encode(to encoder: any Encoder) throws {
      var container = encoder.container(keyedBy: CodingKeys.self)
      try container.encode(id, forKey: .id)
      try container.encodeIfPresent(value, forKey: .value)
      try container.encodeIfPresent(source, forKey: .source)
      try container.encodeIfPresent(review, forKey: .review)
    }

    enum CodingKeys: String, CodingKey { case id, value, source, review }
  }

  /// The review standing on a figure, and the value the reader read.
  public struct FigureReviewJSON: Encodable, Sendable {
    public var reviewer: String
    public var note: String
    public var recordedAt: String
    public var event: Int
    public var revision: Int
    public var action: String
    public var machineValue: String?

    public func encode(to encoder: any Encoder) throws {
      var container = encoder.container(keyedBy: CodingKeys.self)
      try container.encode(reviewer, forKey: .reviewer)
      try container.encode(note, forKey: .note)
      try container.encode(recordedAt, forKey: .recordedAt)
      try container.encode(event, forKey: .event)
      try container.encode(revision, forKey: .revision)
      try container.encode(action, forKey: .action)
      // Null, not left out, where the reader read no value.
      try container.encode(machineValue, forKey: .machineValue)
    }

    enum CodingKeys: String, CodingKey {
      case reviewer, note, recordedAt, event, revision, action, machineValue
    }
  }

  public var catalog: String
  public var country: Country
  public var lastUpdated: ProfileDate
  public var figures: [Figure]
  public var indicators: [Indicator]

  public init(_ stored: StoredProfile) {
    let profile = stored.reviewedProfile
    catalog = profile.catalog
    country = profile.country
    lastUpdated = profile.lastUpdated
    figures = profile.figures.map { figure in
      Figure(
        id: figure.id, value: figure.value, source: figure.source,
        review: stored.figureReviews[figure.id].map { reviewed in
          FigureReviewJSON(
            reviewer: reviewed.review.reviewer, note: reviewed.review.note,
            recordedAt: reviewed.review.recordedAt, event: reviewed.review.seq,
            revision: reviewed.review.revision, action: reviewed.review.verdict.action,
            machineValue: reviewed.machineValue)
        })
    }
    indicators = profile.indicators.map { reading in
      Indicator(
        id: reading.id, status: reading.status, items: reading.items, text: reading.text,
        evidence: reading.evidence,
        review: stored.reviews[reading.id].map { reviewed in
          ReviewJSON(
            reviewer: reviewed.review.reviewer, note: reviewed.review.note,
            recordedAt: reviewed.review.recordedAt, event: reviewed.review.seq,
            revision: reviewed.review.revision, action: reviewed.review.verdict.action,
            machineStatus: reviewed.machineStatus, machineItems: reviewed.machineItems)
        })
    }
  }
}
