import Foundation
import GRDB
import LedgerModel
import ProfileModel

/// A country's history: its revisions, what it read on a date or at a recorded time, the
/// events of the log.
extension Ledger {
  /// Every country with revisions in effect, by code.
  public func countries() throws -> [CountrySummary] {
    try read { db in
      try Row.fetchAll(
        db,
        sql: "SELECT country, revisions, first_date, latest_date FROM countries ORDER BY country"
      ).map { row in
        CountrySummary(
          code: row["country"], revisions: row["revisions"],
          firstDate: ProfileDate(iso: row["first_date"] as String)!,
          latestDate: ProfileDate(iso: row["latest_date"] as String)!)
      }
    }
  }

  /// Every reading recorded for `country`, in effective-date order, corrections included;
  /// with `known`, as the store knew them at a time or just after an event: the readings
  /// recorded by then, superseded only by corrections recorded by then.
  public func history(country: String, known: KnownAt? = nil) throws -> [RevisionSummary] {
    try read { db in
      // Columns by position: this runs for every page view and report.
      let rows = try Row.fetchCursor(
        db.cachedStatement(
          sql: """
            SELECT r.seq, r.effective_date, r.recorded_at, r.outcome, r.content_hash,
              r.superseded_by, r.superseded_at, r.present, r.partial, r.absent, r.unknown,
              r.missing, r.changed, EXISTS (SELECT 1 FROM reviews WHERE country = ?1)
            FROM revisions r
            WHERE r.country = ?1 ORDER BY r.effective_date, r.seq
            """),
        arguments: [country])
      // The few events with values supplied or an extractor, through their own index.
      var provenance: [Int: (supplied: String?, extractor: String?)] = [:]
      let events = try Row.fetchCursor(
        db.cachedStatement(
          sql: """
            SELECT seq, supplied, extractor FROM events
            WHERE country = ? AND (supplied IS NOT NULL OR extractor IS NOT NULL)
            """),
        arguments: [country])
      while let row = try events.next() { provenance[row[0]] = (row[1], row[2]) }
      var history: [RevisionSummary] = []
      var reviewed = false
      while let row = try rows.next() {
        reviewed = row[13]
        let seq: Int = row[0]
        let events = provenance[seq]
        history.append(
          RevisionSummary(
            seq: seq, effectiveDate: ProfileDate(iso: row[1] as String) ?? ProfileDate.invalid,
            recordedAt: row[2], outcome: IngestOutcome(rawValue: row[3]) ?? .recorded,
            contentHash: row.hex(4) ?? "", supersededBy: row[5], supersededAt: row[6],
            statusCounts: [
              .present: row[7], .partial: row[8], .absent: row[9], .unknown: row[10],
              .missing: row[11],
            ],
            changed: row[12],
            supplied: events?.supplied.flatMap(SuppliedField.fields(stored:)),
            extractor: events?.extractor))
      }
      if let known { history = try Ledger.history(history, as: known, in: db) }
      // The reviewed statuses counted in place of the machine's.
      guard reviewed else { return history }
      let reviews = try Ledger.reviewedReadings(country: country, knownAt: known, in: db)
      for index in history.indices {
        guard let readings = reviews[history[index].seq] else { continue }
        history[index].reviewed = readings.count
        for reading in readings.values {
          history[index].statusCounts[reading.machineStatus, default: 0] -= 1
          history[index].statusCounts[reading.status, default: 0] += 1
        }
      }
      return history
    }
  }

  /// The profile of `country` in effect on `asOf` (default: latest), as the store knew it
  /// at `knownAt` (an ISO 8601 UTC time; default: now). Both time axes, one query.
  public func profile(country: String, asOf: ProfileDate? = nil, knownAt: String? = nil) throws
    -> StoredProfile?
  {
    try profile(country: country, asOf: asOf, known: knownAt.map(KnownAt.time))
  }

  /// The profile of `country` in effect on `asOf` (default: latest), as the store knew it
  /// at a time or just after an event (default: now), with the reviews standing then.
  public func profile(country: String, asOf: ProfileDate? = nil, known: KnownAt?) throws
    -> StoredProfile?
  {
    try read { db in
      let (condition, cutoff) = Ledger.condition(known, placeholder: "?3")
      guard
        let row = try Row.fetchOne(
          db.cachedStatement(
            sql: """
              SELECT seq, recorded_at, supplied, extractor,
                EXISTS (SELECT 1 FROM reviews WHERE country = ?1) AS reviewed,
                \(StoredBytes.reading("e"))
              FROM events e
              WHERE country = ?1 AND kind IN ('recorded', 'corrected') AND effective_date <= ?2
                AND \(condition)
              ORDER BY effective_date DESC, seq DESC LIMIT 1
              """),
          arguments: [country, asOf?.iso ?? "9999-12-31", cutoff])
      else { return nil }
      guard let reading = try StoredBytes.decompress(row, at: 5) else { return nil }
      let profile = try Profile.decode(json: reading)
      let seq: Int = row["seq"]
      // The reviews only where the country has any: the common case costs no query.
      let overlay =
        row["reviewed"]
        ? try Ledger.reviewOverlay(country: country, knownAt: known, in: db) : .init()
      return StoredProfile(
        seq: seq, recordedAt: row["recorded_at"], profile: profile,
        supplied: (row["supplied"] as String?).flatMap(SuppliedField.fields(stored:)) ?? [],
        extractor: row["extractor"], reviews: overlay.readings[seq] ?? [:],
        figureReviews: overlay.figures[seq] ?? [:])
    }
  }

  /// The reading recorded by event `seq`, with the values its event says were supplied.
  public func profile(seq: Int) throws -> StoredProfile? {
    try read { db in
      guard
        let row = try Row.fetchOne(
          db.cachedStatement(
            sql: """
              SELECT recorded_at, 0, 0, supplied, country,
                EXISTS (SELECT 1 FROM reviews WHERE country = e.country), extractor,
                \(StoredBytes.reading("e"))
              FROM events e WHERE seq = ? AND kind IN ('recorded', 'corrected')
              """),
          arguments: [seq]),
        let reading = try StoredBytes.decompress(row, at: 7)
      else { return nil }
      let overlay =
        row[5] ? try Ledger.reviewOverlay(country: row[4], knownAt: nil, in: db) : .init()
      return StoredProfile(
        seq: seq, recordedAt: row[0], profile: try Profile.decode(json: reading),
        supplied: (row[3] as String?).flatMap(SuppliedField.fields(stored:)) ?? [],
        extractor: row[6], reviews: overlay.readings[seq] ?? [:],
        figureReviews: overlay.figures[seq] ?? [:])
    }
  }

  /// Every event, in log order (for verification and export).
  public func events() throws -> [LedgerEvent] {
    try read { db in
      try Row.fetchAll(db, sql: "SELECT * FROM events ORDER BY seq").map { row in
        LedgerEvent(
          seq: row["seq"], kind: EventKind(rawValue: row["kind"])!, country: row["country"],
          streamVersion: row["stream_version"],
          effectiveDate: ProfileDate(iso: row["effective_date"] as String)!,
          recordedAt: row["recorded_at"], parserVersion: row["parser_version"],
          catalog: row["catalog"], sourceHash: row.hex("source_hash"),
          contentHash: row.hex("content_hash"), supersedes: row["supersedes"],
          prevHash: row.hex("prev_hash") ?? "", hash: row.hex("hash") ?? "",
          supplied: (row["supplied"] as String?).flatMap(SuppliedField.fields(stored:)) ?? [],
          textHash: row.hex("text_hash"), extractor: row["extractor"])
      }
    }
  }

  /// The revisions in effect for `country`, oldest first, numbered from 1.
  public func revisionsInEffect(country: String) throws -> [RevisionRef] {
    try read { db in try RevisionsInEffect.of(country: country, in: db) }
  }

  /// The `number`-th revision in effect for `country` (from 1, oldest first); nil when it
  /// has fewer. Found through the index, however many revisions the country has.
  public func revisionInEffect(country: String, number: Int) throws -> RevisionRef? {
    try read { db in try RevisionsInEffect.revision(country: country, number: number, in: db) }
  }

  /// The revision of `country` in effect on `date`: the latest dated on or before it; nil
  /// when none is.
  public func revisionInEffect(country: String, on date: ProfileDate) throws -> RevisionRef? {
    try read { db in try RevisionsInEffect.revision(country: country, on: date, in: db) }
  }

  /// The first and the latest revision in effect for `country` (the latest's number is the
  /// count of them); nil when it has none.
  public func revisionsInEffectSpan(country: String) throws -> (
    first: RevisionRef, latest: RevisionRef
  )? {
    try read { db in
      guard let first = try RevisionsInEffect.revision(country: country, number: 1, in: db),
        let latest = try RevisionsInEffect.revision(country: country, in: db)
      else { return nil }
      return (first, latest)
    }
  }
}

extension Ledger {
  /// The SQL condition on an `events` row for being known at `known`, with its argument's
  /// `placeholder`, and that argument.
  static func condition(
    _ known: KnownAt?, seq: String = "seq", recordedAt: String = "recorded_at",
    placeholder: String = "?"
  ) -> (String, any DatabaseValueConvertible) {
    switch known {
    case .event(let last): ("\(seq) <= \(placeholder)", last)
    case .time(let time): ("\(recordedAt) <= \(placeholder)", time)
    case nil: ("\(recordedAt) <= \(placeholder)", Ledger.endOfTime)
    }
  }

  /// `history` as known at `known`: what was recorded later left out, and corrections
  /// recorded later not yet superseding. The status counts and changes are those of each
  /// reading, which no later event alters.
  fileprivate static func history(
    _ history: [RevisionSummary], as known: KnownAt, in db: Database
  ) throws -> [RevisionSummary] {
    func isKnown(seq: Int, recordedAt: String) -> Bool {
      switch known {
      case .event(let last): seq <= last
      case .time(let time): recordedAt <= time
      }
    }
    return history.compactMap { revision in
      guard isKnown(seq: revision.seq, recordedAt: revision.recordedAt) else { return nil }
      var revision = revision
      if let by = revision.supersededBy, let at = revision.supersededAt,
        !isKnown(seq: by, recordedAt: at)
      {
        revision.supersededBy = nil
        revision.supersededAt = nil
      }
      return revision
    }
  }
}
