import Foundation
import GRDB
import LedgerModel
import ProfileModel

/// The rows of revisions recorded at the end of their streams, gathered in memory and written
/// together: a few multi-row statements per table for a whole batch of documents, rather
/// than eight or nine statements and a savepoint for each.
///
/// Staging a revision (``Ledger/stageAtEnd(_:to:state:parserVersion:recordedAt:into:in:)``)
/// decides everything about it from what the writer knows: its event, whether each indicator
/// changed (by digest, against the stream's latest revision), its counts. Only the ids of
/// readings the writer has not seen are left to ``flush(state:in:)``, which looks them up
/// by digest, all at once, and numbers the new ones.
struct AppendBatch {
  /// An event to append, with its reading compressed.
  struct EventRow {
    var event: LedgerEvent
    /// Its hashes as bytes, as the row keeps them.
    var hashes: StoredEventHashes
    var readingSize: Int
    var readingZlib: [UInt8]
    /// The event whose reading `readingZlib` is a delta against; nil for one compressed alone.
    var readingBase: Int?
    /// The stream's version the event follows: what a conflict reports.
    var expectedVersion: Int
  }

  struct SourceRow {
    var hash: SHA256Hash
    var size: Int
    var zlib: [UInt8]
    /// The document `zlib` is a delta against; nil for one compressed alone.
    var base: SHA256Hash?
  }

  struct RevisionRow {
    var seq: Int
    var country: String
    var effectiveDate: String
    var recordedAt: String
    var contentHash: SHA256Hash
    var counts: (present: Int, partial: Int, absent: Int, unknown: Int, missing: Int)
    /// Indicators that differ from the stream's previous revision; nil for its first.
    var changed: Int?
  }

  struct ValueRow {
    var seq: Int
    var indicator: String
    var digest: WriterState.Digest
    /// The reading's id, when the writer knew it at staging; else found by the flush.
    var textID: Int64?
  }

  struct FigureRow {
    var seq: Int
    var position: Int
    var figure: FigureReading
  }

  struct MarkRow {
    var seq: Int
    var position: Int
    var reading: IndicatorReading
    var reason: String

    /// The readings of `indicators` the reader marked for review, at their places.
    static func of(_ indicators: [IndicatorReading], seq: Int) -> [MarkRow] {
      indicators.enumerated().compactMap { position, reading in
        reading.evidence?.review.map {
          MarkRow(seq: seq, position: position, reading: reading, reason: $0)
        }
      }
    }
  }

  struct ChangeRow {
    var country: String
    var from: Int
    var to: Int
    var indicator: String
    var fromStatus: String
    var toStatus: String
  }

  private(set) var sources: [SourceRow] = []
  private(set) var events: [EventRow] = []
  private(set) var revisions: [RevisionRow] = []
  private(set) var values: [ValueRow] = []
  private(set) var figures: [FigureRow] = []
  private(set) var changes: [ChangeRow] = []
  private(set) var marks: [MarkRow] = []
  /// The readings whose ids the writer did not know when they were staged: each is either
  /// stored already (found by digest) or inserted by the flush.
  private(set) var texts: [WriterState.Digest: PreparedRevision.StoredIndicator] = [:]

  /// The keyframes staged: readings compressed alone, by country, date and content hash (with
  /// their events' seqs), and documents that will be stored compressed alone. A revision
  /// later in the batch may be a delta against them.
  private var keyframeReadings: [PreparedRevision.ReadingBase: Int] = [:]
  private var keyframeDocuments: Set<SHA256Hash> = []

  /// The seq of the staged keyframe reading `base`, if it is staged.
  func keyframeReading(_ base: PreparedRevision.ReadingBase) -> Int? {
    var key = base
    key.seq = nil
    return keyframeReadings[key]
  }

  /// Whether the document `hash` is staged to be stored compressed alone.
  func stagesKeyframeDocument(_ hash: SHA256Hash) -> Bool { keyframeDocuments.contains(hash) }

  /// Whether nothing is staged.
  var isEmpty: Bool { revisions.isEmpty && events.isEmpty }

  /// Stages a document; `keyframe` when the store will hold it compressed alone (it is, and
  /// no row of the same document compressed otherwise is stored already).
  mutating func stage(source: SourceRow, keyframe: Bool = false) {
    sources.append(source)
    if keyframe, source.base == nil { keyframeDocuments.insert(source.hash) }
  }

  mutating func stage(event row: EventRow) {
    events.append(row)
    if row.readingBase == nil, let contentHash = row.hashes.content {
      let key = PreparedRevision.ReadingBase(
        country: row.event.country, date: row.event.effectiveDate.iso, contentHash: contentHash)
      keyframeReadings[key] = row.event.seq
    }
  }
  mutating func stage(revision: RevisionRow) { revisions.append(revision) }
  mutating func stage(figures readings: [FigureReading], seq: Int) {
    for (position, figure) in readings.enumerated() {
      figures.append(FigureRow(seq: seq, position: position, figure: figure))
    }
  }
  mutating func stage(change: ChangeRow) { changes.append(change) }
  /// Stages the readings of `indicators` the reader marked for review.
  mutating func stage(marks indicators: [IndicatorReading], seq: Int) {
    marks += MarkRow.of(indicators, seq: seq)
  }

  /// Stages one indicator's value; `reading` is kept if the writer does not know its id.
  mutating func stage(
    value indicator: PreparedRevision.StoredIndicator, seq: Int, state: WriterState
  ) {
    guard let digest = WriterState.Digest(indicator.digest) else {
      preconditionFailure("an indicator's digest is 16 bytes")
    }
    let id = state.knownTextID(digest)
    values.append(ValueRow(seq: seq, indicator: indicator.id, digest: digest, textID: id))
    if id == nil, texts[digest] == nil { texts[digest] = indicator }
  }

  /// Writes everything staged, in the order the tables refer to each other, and empties
  /// the batch. A failure leaves the rows of the statements already run in the transaction:
  /// the caller rolls it back to a savepoint taken before.
  mutating func flush(state: WriterState, in db: Database) throws {
    defer { self = AppendBatch() }
    guard !isEmpty else { return }
    try BulkInsert.run(
      "INSERT OR IGNORE INTO sources (hash, size, zlib, base)", columns: 4, sources,
      state: state, in: db
    ) {
      $0.hash($1.hash)
      $0.int($1.size)
      $0.blob($1.zlib)
      $0.hash($1.base)
    }
    do {
      try BulkInsert.run(
        "INSERT INTO events (\(FastInsert.eventColumns))", columns: FastInsert.eventColumnCount,
        events, state: state, in: db
      ) {
        FastInsert.bindEvent(
          $1.event, hashes: $1.hashes, readingSize: $1.readingSize, readingZlib: $1.readingZlib,
          readingBase: $1.readingBase, to: &$0)
      }
    } catch let error as DatabaseError where error.isUniquenessViolation && events.count == 1 {
      throw LedgerError.versionConflict(
        country: events[0].event.country, expected: events[0].expectedVersion)
    }
    let ids = try textIDs(state: state, in: db)
    try BulkInsert.run(
      """
      INSERT INTO revisions (seq, country, effective_date, recorded_at, outcome, content_hash,
        present, partial, absent, unknown, missing, changed)
      """, columns: 12, revisions, state: state, in: db
    ) {
      $0.int($1.seq)
      $0.text($1.country)
      $0.text($1.effectiveDate)
      $0.text($1.recordedAt)
      $0.text(IngestOutcome.recorded.rawValue)
      $0.hash($1.contentHash)
      $0.int($1.counts.present)
      $0.int($1.counts.partial)
      $0.int($1.counts.absent)
      $0.int($1.counts.unknown)
      $0.int($1.counts.missing)
      $0.int($1.changed)
    }
    try BulkInsert.run(
      "INSERT INTO indicator_values (seq, indicator, text_id)", columns: 3, values,
      state: state, in: db
    ) {
      $0.int($1.seq)
      $0.text($1.indicator)
      $0.int($1.textID ?? ids[$1.digest] ?? 0)
    }
    try BulkInsert.run(
      "INSERT INTO figure_values (seq, figure, position, value, source_name, source_period)",
      columns: 6, figures, state: state, in: db
    ) {
      $0.int($1.seq)
      $0.text($1.figure.id)
      $0.int($1.position)
      $0.text($1.figure.value)
      $0.text($1.figure.source?.name)
      $0.text($1.figure.source?.period)
    }
    try BulkInsert.run(
      "INSERT INTO marked_readings (seq, position, indicator, status, reason)", columns: 5,
      marks, state: state, in: db
    ) {
      $0.int($1.seq)
      $0.int($1.position)
      $0.text($1.reading.id)
      $0.text($1.reading.status.rawValue)
      $0.text($1.reason)
    }
    try BulkInsert.run(
      """
      INSERT INTO indicator_changes (country, from_seq, to_seq, indicator, from_status,
        to_status)
      """, columns: 6, changes, state: state, in: db
    ) {
      $0.text($1.country)
      $0.int($1.from)
      $0.int($1.to)
      $0.text($1.indicator)
      $0.text($1.fromStatus)
      $0.text($1.toStatus)
    }
    // The texts of a status move are in the store only now: the earlier one may be in it
    // from before the batch.
    var moved: [Int] = []
    for change in changes where change.fromStatus != change.toStatus && moved.last != change.to {
      moved.append(change.to)
    }
    if !moved.isEmpty { try Ledger.measureMoves(into: moved, in: db) }
  }

  /// The ids of the readings the writer did not know at staging: those stored already (one
  /// lookup by digest for all), then the new ones, inserted under the next ids.
  private func textIDs(state: WriterState, in db: Database) throws -> [WriterState.Digest:
    Int64]
  {
    var ids: [WriterState.Digest: Int64] = [:]
    var unknown: [WriterState.Digest] = []
    for value in values where value.textID == nil && ids[value.digest] == nil {
      if let id = state.knownTextID(value.digest) {
        ids[value.digest] = id
      } else {
        ids[value.digest] = -1
        unknown.append(value.digest)
      }
    }
    guard !unknown.isEmpty else { return ids }
    try BulkInsert.select(
      "SELECT digest, id FROM indicator_texts WHERE digest IN", unknown.map(\.data), in: db
    ) { row in
      if let digest = WriterState.Digest(row[0] as Data) { ids[digest] = row[1] }
    }
    var next = (try Int64.fetchOne(db, sql: "SELECT max(id) FROM indicator_texts") ?? 0) + 1
    var new: [(id: Int64, reading: PreparedRevision.StoredIndicator)] = []
    for digest in unknown where ids[digest] == -1 {
      guard let reading = texts[digest] else {
        throw LedgerError.database(
          path: "", message: "a staged reading of the indicators is neither stored nor staged")
      }
      ids[digest] = next
      new.append((next, reading))
      next += 1
    }
    try BulkInsert.run(
      "INSERT INTO indicator_texts (id, digest, indicator, status, items, text)", columns: 6,
      new, state: state, in: db
    ) {
      $0.int($1.id)
      $0.blob($1.reading.digest)
      $0.text($1.reading.id)
      $0.text($1.reading.status)
      $0.text($1.reading.items)
      $0.text($1.reading.text)
    }
    for digest in unknown { state.remember(digest, ids[digest]!) }
    return ids
  }
}

/// Multi-row statements over any number of rows, through a bounded set of prepared
/// statements: rows go in chunks of 128, then 64, 32 … 1 for the rest, so that each table
/// has at most eight statement shapes, each prepared once.
enum BulkInsert {
  static let chunk = 128

  /// The sizes of the statements `count` rows take.
  static func chunks(_ count: Int) -> [Int] {
    var sizes: [Int] = []
    var left = count
    var size = chunk
    while left > 0 {
      while size > left { size /= 2 }
      sizes.append(size)
      left -= size
    }
    return sizes
  }

  /// `insert VALUES (…), (…)` for `rows`, each bound by `bind` in column order.
  static func run<Rows: Collection>(
    _ insert: String, columns: Int, _ rows: Rows, state: WriterState, in db: Database,
    bind: (inout FastInsert, Rows.Element) -> Void
  ) throws {
    var start = rows.startIndex
    for size in chunks(rows.count) {
      let end = rows.index(start, offsetBy: size)
      try FastInsert.run(
        db.cachedStatement(
          sql: insert + " VALUES " + state.placeholders(rows: size, columns: columns)), in: db
      ) { binder in
        for row in rows[start..<end] { bind(&binder, row) }
      }
      start = end
    }
  }

  /// `select (?, ?, …)` for `keys`; `each` is called for every row.
  static func select(
    _ select: String, _ keys: [some DatabaseValueConvertible], in db: Database,
    each: (Row) throws -> Void
  ) throws {
    var start = 0
    for size in chunks(keys.count) {
      let list = Array(repeating: "?", count: size).joined(separator: ", ")
      let rows = try Row.fetchCursor(
        db.cachedStatement(sql: "\(select) (\(list))"),
        arguments: StatementArguments(keys[start..<start + size]))
      while let row = try rows.next() { try each(row) }
      start += size
    }
  }
}
