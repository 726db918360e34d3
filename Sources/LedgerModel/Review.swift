import Foundation
import ProfileModel

/// What a review judges: one indicator's reading, or one background figure's value.
public enum ReviewSubject: Hashable, Sendable {
  /// An indicator, by catalog number (`1.2.1`).
  case indicator(String)
  /// A background figure, by catalog id (`population`).
  case figure(String)

  /// The indicator's number or the figure's id.
  public var id: String {
    switch self {
    case .indicator(let id), .figure(let id): id
    }
  }

  public var isFigure: Bool {
    if case .figure = self { return true }
    return false
  }
}

/// What a reviewer said of one indicator's reading, or one figure's value, in one revision.
public enum ReviewVerdict: Hashable, Sendable {
  /// The reading's status (and, when given, its items) are wrong: these are right.
  case corrected(status: IndicatorStatus, items: [String]?)
  /// The figure's value is wrong: this is right (plain digits, as readings give values).
  case revalued(String)
  /// The machine's reading is right as it stands.
  case confirmed
  /// An earlier review of this reading is withdrawn: the machine's reading stands again,
  /// unreviewed.
  case cleared

  /// `set`, `confirm` or `clear`, as the review's payload names it.
  public var action: String {
    switch self {
    case .corrected, .revalued: "set"
    case .confirmed: "confirm"
    case .cleared: "clear"
    }
  }
}

/// A person's judgement of the reader's reading of one indicator (or one figure), recorded as
/// an event of the country's stream (kind `reviewed`), hash-chained like every other.
///
/// The event's payload is the review's canonical JSON (``payload``), kept where a reading's
/// JSON is kept and covered by the event's content hash. A review names the revision it
/// judges by that revision's event, and never changes it: the machine's reading stays on
/// record, and reports read the reviewed value beside it.
public struct Review: Hashable, Sendable {
  /// The review's own event.
  public var seq: Int
  public var country: String
  /// The event of the revision reviewed.
  public var revision: Int
  /// That revision's effective date.
  public var effectiveDate: ProfileDate
  /// The indicator or figure judged.
  public var subject: ReviewSubject
  public var verdict: ReviewVerdict
  /// Who reviewed: `--by`, `$PROFILES_REVIEWER` or the login name.
  public var reviewer: String
  /// Why: required, so that the judgement can be audited.
  public var note: String
  /// When the review was recorded (UTC, ISO 8601): reviews live on the recorded-time axis.
  public var recordedAt: String

  public init(
    seq: Int, country: String, revision: Int, effectiveDate: ProfileDate, subject: ReviewSubject,
    verdict: ReviewVerdict, reviewer: String, note: String, recordedAt: String
  ) {
    self.seq = seq
    self.country = country
    self.revision = revision
    self.effectiveDate = effectiveDate
    self.subject = subject
    self.verdict = verdict
    self.reviewer = reviewer
    self.note = note
    self.recordedAt = recordedAt
  }

  /// The fields of the payload, in key order: `indicator` or `figure`; `status` (and
  /// `items`) or `value` with `set`.
  private struct Payload: Codable {
    var action: String
    var figure: String?
    var indicator: String?
    var items: [String]?
    var note: String
    var reviewer: String
    var revision: Int
    var status: IndicatorStatus?
    var value: String?
  }

  /// The review as its event stores it: canonical JSON with sorted keys, whose SHA-256 is
  /// the event's content hash.
  public var payload: [UInt8] {
    var payload = Payload(
      action: verdict.action, note: note, reviewer: reviewer, revision: revision)
    switch subject {
    case .indicator(let id): payload.indicator = id
    case .figure(let id): payload.figure = id
    }
    switch verdict {
    case .corrected(let status, let items):
      payload.status = status
      payload.items = items
    case .revalued(let value): payload.value = value
    case .confirmed, .cleared: break
    }
    // Encoding these plain fields cannot fail.
    return [UInt8](try! CanonicalJSON.encode(payload))
  }

  /// The review stored by event `seq`, from its payload; nil when the payload is not one.
  public init?(
    payload: [UInt8], seq: Int, country: String, effectiveDate: ProfileDate, recordedAt: String
  ) {
    guard let fields = try? JSONDecoder().decode(Payload.self, from: Data(payload)) else {
      return nil
    }
    let subject: ReviewSubject
    switch (fields.indicator, fields.figure) {
    case (let id?, nil): subject = .indicator(id)
    case (nil, let id?): subject = .figure(id)
    default: return nil
    }
    let verdict: ReviewVerdict
    switch (fields.action, fields.status, fields.value, subject.isFigure) {
    case ("set", let status?, nil, false): verdict = .corrected(status: status, items: fields.items)
    case ("set", nil, let value?, true) where fields.items == nil: verdict = .revalued(value)
    case ("confirm", nil, nil, _) where fields.items == nil: verdict = .confirmed
    case ("clear", nil, nil, _) where fields.items == nil: verdict = .cleared
    default: return nil
    }
    self.init(
      seq: seq, country: country, revision: fields.revision, effectiveDate: effectiveDate,
      subject: subject, verdict: verdict, reviewer: fields.reviewer, note: fields.note,
      recordedAt: recordedAt)
  }
}

/// The review that stands on one indicator of one revision, with the machine's reading it
/// was made against.
public struct ReviewedReading: Hashable, Sendable {
  /// The latest review that applies (never a cleared one).
  public var review: Review
  /// The status the reader gave this revision.
  public var machineStatus: IndicatorStatus
  /// The items the reader found in it.
  public var machineItems: [String]
  /// The status reports read: the reviewer's, or, for a confirmation, the status the
  /// reviewer confirmed.
  public var status: IndicatorStatus
  /// The items reports read.
  public var items: [String]

  /// The review as it stands on a reading the reader gave `machineStatus` and
  /// `machineItems`; `confirmed` is the reading the review was made against, which a
  /// confirmation holds to (the same one, but where the review was carried to a correction).
  public init(
    review: Review, machineStatus: IndicatorStatus, machineItems: [String],
    confirmed: (status: IndicatorStatus, items: [String])? = nil
  ) {
    self.review = review
    self.machineStatus = machineStatus
    self.machineItems = machineItems
    switch review.verdict {
    case .corrected(let status, let items):
      self.status = status
      self.items = items ?? machineItems
    case .confirmed, .cleared, .revalued:
      self.status = confirmed?.status ?? machineStatus
      self.items = confirmed?.items ?? machineItems
    }
  }

  /// Whether the reviewed status or items differ from the machine's.
  public var changesTheReading: Bool { status != machineStatus || items != machineItems }
}

/// A machine reading the reader marked for a person to look at: no rule decided, or its
/// rules disagreed.
public struct MarkedReading: Hashable, Sendable {
  public var country: String
  public var revision: RevisionRef
  public var indicator: String
  public var status: IndicatorStatus
  /// The reader's reason, from its evidence.
  public var reason: String

  public init(
    country: String, revision: RevisionRef, indicator: String, status: IndicatorStatus,
    reason: String
  ) {
    self.country = country
    self.revision = revision
    self.indicator = indicator
    self.status = status
    self.reason = reason
  }
}

/// An indicator whose status moved between two consecutive revisions in effect, with both
/// readings: where the text barely changed, a likely misreading.
public struct StatusMove: Hashable, Sendable {
  public var country: String
  public var previous: RevisionRef
  public var revision: RevisionRef
  public var before: IndicatorReading
  public var after: IndicatorReading
  /// How alike the two texts are, from 0 to 1 (the Jaccard index of their words), as the
  /// store measured it when it recorded the move; nil when not measured.
  public var similarity: Double?

  public init(
    country: String, previous: RevisionRef, revision: RevisionRef, before: IndicatorReading,
    after: IndicatorReading, similarity: Double? = nil
  ) {
    self.country = country
    self.previous = previous
    self.revision = revision
    self.before = before
    self.after = after
    self.similarity = similarity
  }
}

/// A review as reports mark a reviewed reading with it: who, when, why, by which event, and
/// what the reader had read.
public struct ReviewMark: Hashable, Codable, Sendable {
  /// The review's event.
  public var event: Int
  public var reviewer: String
  public var note: String
  public var recordedAt: String
  /// The reader's status, which the review replaced or confirmed.
  public var machineStatus: IndicatorStatus

  /// `reviewed by alice (event #12; read as absent): the note`.
  public var summary: String {
    "reviewed by \(reviewer) (event #\(event); read as \(machineStatus.rawValue)): \(note)"
  }

  public init(_ reading: ReviewedReading) {
    event = reading.review.seq
    reviewer = reading.review.reviewer
    note = reading.review.note
    recordedAt = reading.review.recordedAt
    machineStatus = reading.machineStatus
  }
}

/// The source document of a revision in effect, as read (for a PDF, the text extracted from
/// it), with the values supplied when it was recorded.
public struct StoredSource: Hashable, Sendable {
  public var country: String
  public var revision: RevisionRef
  /// What the reader read: the document, or the text extracted from it.
  public var bytes: [UInt8]
  public var supplied: [SuppliedField]

  public init(country: String, revision: RevisionRef, bytes: [UInt8], supplied: [SuppliedField]) {
    self.country = country
    self.revision = revision
    self.bytes = bytes
    self.supplied = supplied
  }
}

/// The review that stands on one background figure of one revision, with the value the
/// reader read.
public struct ReviewedFigure: Hashable, Sendable {
  /// The latest review that applies (never a cleared one).
  public var review: Review
  /// The value the reader gave this revision (plain digits; nil when unreadable).
  public var machineValue: String?
  /// The value reports read: the reviewer's, or, for a confirmation, the value confirmed.
  public var value: String?

  public init(review: Review, machineValue: String?, confirmed: String?? = nil) {
    self.review = review
    self.machineValue = machineValue
    if case .revalued(let value) = review.verdict {
      self.value = value
    } else {
      self.value = confirmed ?? machineValue
    }
  }

  /// Whether the reviewed value differs from the machine's.
  public var changesTheReading: Bool { value != machineValue }
}

/// A warning the reader gives of a revision's source, read again.
public struct ReadingWarning: Hashable, Sendable {
  public var country: String
  public var revision: RevisionRef
  /// The line of the source it names, if any.
  public var line: Int?
  public var message: String

  public init(country: String, revision: RevisionRef, line: Int?, message: String) {
    self.country = country
    self.revision = revision
    self.line = line
    self.message = message
  }
}

extension ReviewVerdict {
  /// How a review is named beside the reading it stands on: `reviewed` where it changes the
  /// reading, `confirmed` for a confirmation, `reviewed, reader agrees` where a newer reading
  /// came to say what the review said.
  public func label(changingTheReading changes: Bool) -> String {
    changes ? "reviewed" : self == .confirmed ? "confirmed" : "reviewed, reader agrees"
  }
}
