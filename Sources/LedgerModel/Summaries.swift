import Foundation
import ProfileModel

/// A country in the store: its revisions in effect and their date range.
public struct CountrySummary: Hashable, Codable, Sendable {
  public var code: String
  public var revisions: Int
  public var firstDate: ProfileDate
  public var latestDate: ProfileDate

  public init(code: String, revisions: Int, firstDate: ProfileDate, latestDate: ProfileDate) {
    self.code = code
    self.revisions = revisions
    self.firstDate = firstDate
    self.latestDate = latestDate
  }
}

/// One recorded reading as the history lists it.
public struct RevisionSummary: Hashable, Codable, Sendable {
  public var seq: Int
  public var effectiveDate: ProfileDate
  public var recordedAt: String
  public var outcome: IngestOutcome
  public var contentHash: String
  /// The correction that replaced this reading, if any, and when it was recorded.
  public var supersededBy: Int?
  public var supersededAt: String?
  public var statusCounts: [IndicatorStatus: Int]
  /// Indicators that differ from the revision in effect before; nil for the first.
  public var changed: Int?
  /// The values supplied when it was recorded, not read from its document; nil when all
  /// were read.
  public var supplied: [SuppliedField]? = nil
  /// For a document whose text was extracted (a PDF): what extracted it; nil for a document
  /// read as it is.
  public var extractor: String? = nil
  /// How many of its indicators a review stands on (``statusCounts`` counts their reviewed
  /// statuses); nil when none does.
  public var reviewed: Int? = nil

  public init(
    seq: Int, effectiveDate: ProfileDate, recordedAt: String, outcome: IngestOutcome,
    contentHash: String, supersededBy: Int? = nil, supersededAt: String? = nil,
    statusCounts: [IndicatorStatus: Int], changed: Int? = nil, supplied: [SuppliedField]? = nil,
    extractor: String? = nil
  ) {
    self.seq = seq
    self.effectiveDate = effectiveDate
    self.recordedAt = recordedAt
    self.outcome = outcome
    self.contentHash = contentHash
    self.supersededBy = supersededBy
    self.supersededAt = supersededAt
    self.statusCounts = statusCounts
    self.changed = changed
    self.supplied = supplied
    self.extractor = extractor
  }
}

/// A profile as the store holds it: the reading and the event that recorded it.
public struct StoredProfile: Hashable, Sendable {
  public var seq: Int
  public var recordedAt: String
  /// The reading as the reader recorded it, which its content hash covers.
  public var profile: Profile
  /// The values supplied when it was recorded, not read from its document.
  public var supplied: [SuppliedField] = []
  /// For a document whose text was extracted (a PDF): what extracted it.
  public var extractor: String?
  /// The reviews standing on its indicators (as known at the time asked), by indicator.
  public var reviews: [String: ReviewedReading] = [:]
  /// The reviews standing on its background figures, by figure id.
  public var figureReviews: [String: ReviewedFigure] = [:]

  public init(
    seq: Int, recordedAt: String, profile: Profile, supplied: [SuppliedField] = [],
    extractor: String? = nil, reviews: [String: ReviewedReading] = [:],
    figureReviews: [String: ReviewedFigure] = [:]
  ) {
    self.seq = seq
    self.recordedAt = recordedAt
    self.profile = profile
    self.supplied = supplied
    self.extractor = extractor
    self.reviews = reviews
    self.figureReviews = figureReviews
  }

  /// The reading with each reviewed indicator's status and items as its review gives them:
  /// what reports read.
  public var reviewedProfile: Profile {
    guard !reviews.isEmpty || !figureReviews.isEmpty else { return profile }
    var reviewed = profile
    for index in reviewed.indicators.indices {
      guard let review = reviews[reviewed.indicators[index].id] else { continue }
      reviewed.indicators[index].status = review.status
      reviewed.indicators[index].items = review.items
    }
    for index in reviewed.figures.indices {
      guard let review = figureReviews[reviewed.figures[index].id] else { continue }
      reviewed.figures[index].value = review.value
    }
    return reviewed
  }
}

/// A document the store already holds a reading of, as the same reader would read it again.
public struct RecordedDocument: Hashable, Sendable {
  public var country: String
  public var effectiveDate: ProfileDate

  public init(country: String, effectiveDate: ProfileDate) {
    self.country = country
    self.effectiveDate = effectiveDate
  }
}

/// A country's latest revision in effect and its indicators' statuses.
public struct CountryStanding: Hashable, Sendable {
  public var country: String
  /// The latest revision in effect; `number` is the count of revisions in effect.
  public var latest: RevisionRef
  /// Each indicator's status in that revision, by catalog number.
  public var statuses: [String: IndicatorStatus]

  public init(country: String, latest: RevisionRef, statuses: [String: IndicatorStatus]) {
    self.country = country
    self.latest = latest
    self.statuses = statuses
  }
}

/// A point on the recorded-time axis: the store as it was at a time, or just after an event.
public enum KnownAt: Hashable, Sendable {
  /// Everything recorded at or before this time (UTC, the store's form
  /// `2026-01-31T12:00:00.000000Z`).
  case time(String)
  /// Everything up to and including this event.
  case event(Int)
}

extension KnownAt {
  /// `42` (just after event 42), `2026-01-31` (the end of that day), or a UTC time
  /// `2026-01-31T12:00:00Z` with up to six decimals, in the store's form
  /// `2026-01-31T12:00:00.000000Z`; nil for anything else: an event number below 1 or with a
  /// sign, a day or a time of day that does not exist (`2026-02-30`, `24:00:00`).
  public init?(parsing text: String) {
    if !text.isEmpty, text.utf8.allSatisfy({ (0x30...0x39).contains($0) }) {
      guard let event = Int(text), event >= 1 else { return nil }
      self = .event(event)
      return
    }
    if ProfileDate(iso: text) != nil {
      self = .time(text + "T23:59:59.999999Z")
      return
    }
    let pattern = /^([0-9]{4}-[0-9]{2}-[0-9]{2})T([0-9]{2}):([0-9]{2}):([0-9]{2})(\.[0-9]{1,6})?Z$/
    guard let match = text.wholeMatch(of: pattern), ProfileDate(iso: match.1) != nil,
      let hour = Int(match.2), hour < 24, let minute = Int(match.3), minute < 60,
      let second = Int(match.4), second < 60
    else {
      return nil
    }
    var fraction = String(match.5?.dropFirst() ?? "")
    fraction += String(repeating: "0", count: 6 - fraction.count)
    self = .time("\(match.1)T\(match.2):\(match.3):\(match.4).\(fraction)Z")
  }
}
