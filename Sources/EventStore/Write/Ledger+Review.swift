import Foundation
import GRDB
import LedgerModel
import ProfileModel

/// Why a review cannot be recorded.
public enum ReviewError: Error, Hashable, Sendable, CustomStringConvertible {
  /// The country has no revision in effect with that effective date.
  case noRevision(country: String, date: ProfileDate)
  /// The revision has no reading of that indicator (or figure).
  case noIndicator(country: String, date: ProfileDate, indicator: String)
  /// A verdict that does not fit its subject: a status for a figure, a value for an indicator.
  case mismatched(subject: String, reason: String)
  /// `clear`, where no review of that reading stands.
  case nothingToClear(country: String, date: ProfileDate, indicator: String)
  /// A review without a note, or without a reviewer.
  case missing(field: String)

  public var description: String {
    switch self {
    case .noRevision(let country, let date):
      "\(country) has no revision in effect dated \(date.iso)"
    case .noIndicator(let country, let date, let indicator):
      "the revision of \(country) dated \(date.iso) has no indicator or figure \(indicator)"
    case .mismatched(let subject, let reason):
      "\(subject): \(reason)"
    case .nothingToClear(let country, let date, let indicator):
      "no review of \(indicator) stands on the revision of \(country) dated \(date.iso); "
        + "nothing to clear"
    case .missing(let field):
      "a review needs a \(field)"
    }
  }
}

extension Ledger {
  /// Records a review of `indicator` in the revision of `country` in effect dated `date`.
  @discardableResult
  public func review(
    country: String, date: ProfileDate, indicator: String, verdict: ReviewVerdict,
    reviewer: String, note: String, expectedVersion: Int? = nil, recordedAt: Date = Date()
  ) throws -> Review {
    try review(
      country: country, date: date, subject: .indicator(indicator), verdict: verdict,
      reviewer: reviewer, note: note, expectedVersion: expectedVersion, recordedAt: recordedAt)
  }

  /// Records a review of `subject` (an indicator, or a background figure) in the revision of
  /// `country` in effect dated `date`: an event of kind `reviewed` in the country's stream,
  /// hash-chained like the others. The revision's reading is not touched; reports read the
  /// reviewed value beside it.
  ///
  /// - Parameters:
  ///   - expectedVersion: the country's stream version the reviewer saw; when the stream
  ///     has moved since (another review, a new revision), nothing is recorded and
  ///     ``LedgerError/versionConflict(country:expected:)`` says so, to be read again and
  ///     retried. `nil` appends at whatever version the stream is.
  ///   - recordedAt: the transaction time to stamp.
  @discardableResult
  public func review(
    country: String, date: ProfileDate, subject: ReviewSubject, verdict: ReviewVerdict,
    reviewer: String, note: String, expectedVersion: Int? = nil, recordedAt: Date = Date()
  ) throws -> Review {
    switch (subject, verdict) {
    case (.figure(let id), .corrected):
      throw ReviewError.mismatched(subject: id, reason: "a figure has a value, not a status")
    case (.indicator(let id), .revalued):
      throw ReviewError.mismatched(subject: id, reason: "an indicator has a status, not a value")
    case (.figure(let id), .revalued(let value))
    where value.isEmpty || !value.allSatisfy({ $0.isASCII && ($0.isNumber || $0 == ".") }):
      throw ReviewError.mismatched(
        subject: id, reason: "'\(value)' is not a value: plain digits, e.g. 330000 or 31.70")
    default: break
    }
    let indicator = subject.id
    let note = note.trimmingCharacters(in: .whitespacesAndNewlines)
    let reviewer = reviewer.trimmingCharacters(in: .whitespacesAndNewlines)
    guard !note.isEmpty else { throw ReviewError.missing(field: "note") }
    guard !reviewer.isEmpty else { throw ReviewError.missing(field: "reviewer") }
    let stamp = Ledger.timestamp(recordedAt)
    return try write { db in
      guard
        let revision = try Row.fetchOne(
          db,
          sql: """
            SELECT r.seq, e.catalog FROM revisions r JOIN events e ON e.seq = r.seq
            WHERE r.country = ? AND r.effective_date = ? AND r.superseded_by IS NULL
            """, arguments: [country, date.iso])
      else { throw ReviewError.noRevision(country: country, date: date) }
      let revisionSeq: Int = revision[0]
      let known = try Bool.fetchOne(
        db,
        sql: subject.isFigure
          ? "SELECT EXISTS (SELECT 1 FROM figure_values WHERE seq = ? AND figure = ?)"
          : "SELECT EXISTS (SELECT 1 FROM indicator_values WHERE seq = ? AND indicator = ?)",
        arguments: [revisionSeq, indicator])
      guard known == true else {
        throw ReviewError.noIndicator(country: country, date: date, indicator: indicator)
      }
      if verdict == .cleared {
        let standing = try String.fetchOne(
          db,
          sql: """
            SELECT action FROM reviews WHERE revision_seq = ? AND subject = ?
            ORDER BY seq DESC LIMIT 1
            """, arguments: [revisionSeq, indicator])
        guard let standing, standing != "clear" else {
          throw ReviewError.nothingToClear(country: country, date: date, indicator: indicator)
        }
      }

      let version =
        try Int.fetchOne(
          db, sql: "SELECT max(stream_version) FROM events WHERE country = ?", arguments: [country]
        ) ?? 0
      if let expectedVersion, expectedVersion != version {
        throw LedgerError.versionConflict(country: country, expected: expectedVersion)
      }
      let head = try state.head(db)
      var review = Review(
        seq: (head?.seq ?? 0) + 1, country: country, revision: revisionSeq, effectiveDate: date,
        subject: subject, verdict: verdict, reviewer: reviewer, note: note,
        recordedAt: Ledger.stamp(stamp, after: head?.recordedAt))
      let payload = review.payload
      var event = LedgerEvent(
        seq: review.seq, kind: .reviewed, country: country, streamVersion: version + 1,
        effectiveDate: date, recordedAt: review.recordedAt, parserVersion: 0,
        catalog: revision[1], contentHash: CanonicalJSON.sha256Hex(payload),
        prevHash: head?.hash ?? LedgerEvent.genesisHash, hash: "")
      event.hash = event.computedHash
      do {
        try FastInsert.insertEvent(
          event, readingSize: payload.count, readingZlib: Deflate.compress(payload), in: db)
      } catch let error as DatabaseError where error.isUniquenessViolation {
        throw LedgerError.versionConflict(country: country, expected: version)
      }
      try Ledger.project(review, in: db)
      state.setHead(event)
      // The stream's version moved: the writer reads it afresh next time.
      state.forget(country: country)
      review.seq = event.seq
      return review
    }
  }

  /// Records `review` in the `reviews` projection, in its event's transaction.
  static func project(_ review: Review, in db: Database) throws {
    var status: String?
    var items: String?
    var value: String?
    switch review.verdict {
    case .corrected(let reviewed, let reviewedItems):
      status = reviewed.rawValue
      items = reviewedItems.map { String(decoding: try! CanonicalJSON.encode($0), as: UTF8.self) }
    case .revalued(let reviewed): value = reviewed
    case .confirmed, .cleared: break
    }
    try db.cachedStatement(
      sql: """
        INSERT INTO reviews (seq, country, revision_seq, subject, figure, action, status, items,
          value, reviewer, note, recorded_at)
        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
        """
    ).execute(arguments: [
      review.seq, review.country, review.revision, review.subject.id, review.subject.isFigure,
      review.verdict.action, status, items, value, review.reviewer, review.note,
      review.recordedAt,
    ])
  }
}
