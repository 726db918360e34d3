import Crypto
import Dispatch
import Foundation
import GRDB
import GRDBSQLite
import LedgerModel
import ParallelMap
import ProfileModel

/// What `verify` found: the log's length and head, and the first thing wrong, if any.
public struct Verification: Hashable, Sendable {
  /// Something the log's own hashes show was altered, dropped or broken.
  public struct Problem: Hashable, Sendable, CustomStringConvertible {
    /// The event at fault, if the problem is in one.
    public var seq: Int?
    public var message: String

    public var description: String {
      seq.map { "event \($0): \(message)" } ?? message
    }
  }

  /// Events checked, in log order.
  public var events: Int
  /// The last event's hash: what an auditor notes to check later that the log still extends it.
  public var head: String
  /// The first problem found; verification stops there.
  public var problem: Problem?

  public var isIntact: Bool { problem == nil }
}

extension Ledger {
  /// Recomputes the hash chain from the first event, checks that each event's reading and
  /// each stored source still hash to what the chain records, and that stream versions run
  /// without gaps. With `head`, also that the log still contains that event, which a chain
  /// intact to the end means nothing before it was changed or dropped. Last, that the
  /// projections equal a fresh rebuild from the events.
  ///
  /// One pass over the log, a few hundred events at a time: while this thread checks a
  /// batch in log order and replays it into projections rebuilt aside, the next batch's
  /// hashes are recomputed and its readings decoded on the other cores. Then each projection
  /// of the store and of the rebuild is read through in the same order, side by side.
  ///
  /// Its memory does not grow with the store. The rebuild goes to a temporary database on
  /// disk (SQLite's, in `SQLITE_TMPDIR` or `TMPDIR`, deleted when closed) behind a page
  /// cache of ``verificationPageCache``, not to one in memory, which held the whole rebuilt
  /// projections (about 2 KB a revision: 250 MB of resident memory at 100,000 revisions).
  /// The store is read through a cache as small, since each of its pages is read once.
  /// Nothing is remembered per event or per reading: a source document is checked with the
  /// first event that names it, which SQLite finds through the events' indexes, and the two
  /// sides' readings are matched by row id while both number the texts alike, by digest
  /// otherwise. Rebuilding and comparing a country at a time would have kept memory as low
  /// without the file, but the texts are shared by every country and the log is replayed
  /// in its own order; on disk, the CPU spent per event is what it was in memory. See
  /// `Documentation/Performance.md`.
  public func verify(head expected: String? = nil, projections: Bool = true) throws
    -> Verification
  {
    guard projections else {
      return try read { db in
        try Ledger.withPageCache(Ledger.verificationPageCache, db) {
          try Ledger.verify(db, head: expected, rebuildingInto: nil)
        }
      }
    }
    return try verify(head: expected, rebuildingInto: try Ledger.temporaryProjections())
  }

  /// ``verify(head:projections:)``, the store read through a page cache of `pageCache` KiB
  /// and the projections rebuilt into `rebuilt` (made by ``temporaryProjections(pageCache:)``),
  /// which a test may then inspect.
  func verify(
    head expected: String?, pageCache: Int = verificationPageCache,
    rebuildingInto rebuilt: DatabaseQueue
  ) throws -> Verification {
    try read { db in
      try Ledger.withPageCache(pageCache, db) {
        try rebuilt.write { target in
          try Ledger.verify(db, head: expected, rebuildingInto: target)
        }
      }
    }
  }

  /// The page cache, in KiB, of each connection `verify` reads or writes through: the
  /// store's, which reads each page of the log and of the projections once, in order, and
  /// the rebuild's, whose pages go to its file once the cache is full and are read back
  /// from the operating system's cache when needed again. 2 MiB, SQLite's default: on
  /// 100,000 revisions, caches of 4, 8 and 16 MiB spent the same CPU within the noise of a
  /// shared machine, each with more memory (see `Documentation/Performance.md`).
  static let verificationPageCache = 2 * 1024

  /// A new, empty store schema in a temporary database on disk, for `verify` to rebuild the
  /// projections into: SQLite makes the file, removes it from the directory at once and
  /// frees its space when the connection closes. Its projections refer to events it does
  /// not hold, so foreign keys are off; it is thrown away, so nothing is synced.
  static func temporaryProjections(pageCache: Int = verificationPageCache) throws
    -> DatabaseQueue
  {
    var configuration = Configuration()
    configuration.foreignKeysEnabled = false
    configuration.prepareDatabase { db in
      try db.execute(sql: "PRAGMA synchronous = OFF")
      try db.execute(sql: "PRAGMA cache_size = -\(pageCache)")
    }
    // An empty path: a private, temporary database on disk.
    let queue = try DatabaseQueue(path: "", configuration: configuration)
    try Ledger.migrate(queue, path: "")
    return queue
  }

  /// Runs `body` with the page cache of `db` at `kib`, then sets it back.
  static func withPageCache<T>(_ kib: Int, _ db: Database, _ body: () throws -> T) throws -> T {
    let saved = try Int.fetchOne(db, sql: "PRAGMA cache_size") ?? -2000
    try db.execute(sql: "PRAGMA cache_size = -\(kib)")
    defer { try? db.execute(sql: "PRAGMA cache_size = \(saved)") }
    return try body()
  }

  private static func verify(
    _ db: Database, head expected: String?, rebuildingInto target: Database?
  ) throws -> Verification {
    var checked = 0
    var previousHash = LedgerEvent.genesisHash
    var versions: [String: Int] = [:]
    var sawExpected = expected == nil
    let replay = WriterState()
    func fail(_ seq: Int?, _ message: String) -> Verification {
      Verification(events: checked, head: previousHash, problem: .init(seq: seq, message: message))
    }

    // Checks a batch whose hashes were recomputed, in log order: the first problem
    // reported is the first in the log.
    func consume(_ batch: (events: [VerifiedEvent], results: [VerifiedEvent.Result])) throws
      -> Verification?
    {
      for (item, result) in zip(batch.events, batch.results) {
        let seq = item.seq
        guard seq == checked + 1 else {
          return fail(seq, "follows event \(checked): the events between are missing")
        }
        guard let event = item.event else {
          return fail(seq, "its kind or effective date is not valid")
        }
        if let malformed = item.malformedHash { return fail(seq, malformed) }
        guard event.prevHash == previousHash else {
          return fail(seq, "its previous hash is not the hash of event \(seq - 1)")
        }
        guard result.hashMatches else {
          return fail(seq, "its hash does not match its fields: the event was altered")
        }
        let version = versions[event.country, default: 0] + 1
        guard event.streamVersion == version else {
          return fail(
            seq, "stream \(event.country) version \(event.streamVersion) where \(version) was due")
        }
        versions[event.country] = version
        guard item.basesAreKeyframes else {
          return fail(
            seq,
            "it is compressed against a base that is not an earlier keyframe of \(event.country)")
        }
        switch result.reading {
        case .intact, .none: break
        case .unreadable: return fail(seq, "its reading cannot be decompressed")
        case .altered:
          return fail(seq, "its reading does not hash to its content hash: it was altered")
        }
        if let sourceHash = event.sourceHash, let source = item.source {
          guard source != nil else {
            return fail(seq, "its source document \(sourceHash) is missing")
          }
          guard result.sourceIntact else {
            return fail(seq, "its source document no longer hashes to \(sourceHash)")
          }
        }
        if let textHash = event.textHash, let text = item.text {
          guard text != nil else {
            return fail(seq, "its extracted text \(textHash) is missing")
          }
          guard result.textIntact else {
            return fail(seq, "its extracted text no longer hashes to \(textHash)")
          }
        }
        if let target, let prepared = result.prepared {
          switch prepared {
          case .success(.reading(let revision, let parts)):
            var staged = AppendBatch()
            try Ledger.project(
              event, prepared: revision, parts: parts, state: replay, staging: &staged,
              in: target)
            try staged.flush(state: replay, in: target)
            replay.unpinAll()
          case .success(.review(let review)):
            try Ledger.project(review, in: target)
          case .failure(let error):
            return fail(
              seq,
              "its \(event.kind == .reviewed ? "review" : "reading") cannot be read back: \(error)")
          }
        }
        if event.hash == expected { sawExpected = true }
        previousHash = event.hash
        checked += 1
      }
      return nil
    }

    // Read through SQLite's C API: the rows are only copied into the batch, and a source
    // document's bytes only for the first event that names it, as source or as text (the
    // last two columns say which; SQLite answers through the events' indexes on both, so
    // that nothing is remembered from event to event).
    let statement = try db.makeStatement(
      sql: """
        SELECT e.seq, e.kind, e.country, e.stream_version, e.effective_date, e.recorded_at,
          e.parser_version, e.catalog, e.source_hash, e.content_hash, e.reading_size,
          e.reading_zlib, e.supersedes, e.prev_hash, e.hash, s.size, s.zlib, e.supplied,
          e.text_hash, e.extractor, t.size, t.zlib,
          e.source_hash IS NOT NULL
            AND NOT EXISTS (
              SELECT 1 FROM events f WHERE f.source_hash = e.source_hash AND f.seq < e.seq)
            AND NOT EXISTS (
              SELECT 1 FROM events f WHERE f.text_hash = e.source_hash AND f.seq < e.seq),
          e.text_hash IS NOT NULL AND e.text_hash IS NOT e.source_hash
            AND NOT EXISTS (
              SELECT 1 FROM events f WHERE f.source_hash = e.text_hash AND f.seq < e.seq)
            AND NOT EXISTS (
              SELECT 1 FROM events f WHERE f.text_hash = e.text_hash AND f.seq < e.seq),
          (SELECT reading_size FROM events WHERE seq = e.reading_base),
          (SELECT reading_zlib FROM events WHERE seq = e.reading_base),
          e.reading_base IS NULL OR coalesce((
            SELECT b.reading_base IS NULL AND b.country = e.country AND b.seq < e.seq
            FROM events b WHERE b.seq = e.reading_base), 0),
          (SELECT size FROM sources WHERE hash = s.base),
          (SELECT zlib FROM sources WHERE hash = s.base),
          s.base IS NULL OR (coalesce((SELECT b.base IS NULL FROM sources b WHERE b.hash = s.base), 0)
            AND EXISTS (SELECT 1 FROM events x
              WHERE x.source_hash = s.base AND x.country = e.country AND x.seq < e.seq)),
          (SELECT size FROM sources WHERE hash = t.base),
          (SELECT zlib FROM sources WHERE hash = t.base),
          t.base IS NULL OR (coalesce((SELECT b.base IS NULL FROM sources b WHERE b.hash = t.base), 0)
            AND EXISTS (SELECT 1 FROM events x
              WHERE x.text_hash = t.base AND x.country = e.country AND x.seq < e.seq)),
          s.base, t.base
        FROM events e LEFT JOIN sources s ON s.hash = e.source_hash
        LEFT JOIN sources t ON t.hash = e.text_hash
        ORDER BY e.seq
        """)
    let row = RawRow(statement.sqliteStatement)
    var pending: VerifiedBatch?
    var exhausted = false
    while true {
      var events: [VerifiedEvent] = []
      events.reserveCapacity(256)
      // Stepped no further once done: SQLite would start the query again.
      while !exhausted, events.count < 256 {
        guard try row.step(in: db) else {
          exhausted = true
          break
        }
        let seq = row.int(0) ?? 0
        guard let kind = row.text(1).flatMap(EventKind.init(rawValue:)),
          let date = row.text(4).flatMap(ProfileDate.init(iso:))
        else {
          events.append(VerifiedEvent(seq: seq))
          continue
        }
        // Every hash in hex, as the event's hash covers it; the first that is not 32 bytes
        // (schema v9) is the event's problem.
        var malformed: String?
        func hash(_ column: Int32, _ name: String) -> String? {
          row.hash(column, name, problem: &malformed)
        }
        let event = LedgerEvent(
          seq: seq, kind: kind, country: row.text(2) ?? "", streamVersion: row.int(3) ?? 0,
          effectiveDate: date, recordedAt: row.text(5) ?? "", parserVersion: row.int(6) ?? 0,
          catalog: row.text(7) ?? "", sourceHash: hash(8, "source_hash"),
          contentHash: hash(9, "content_hash"), supersedes: row.int(12),
          prevHash: hash(13, "prev_hash") ?? "", hash: hash(14, "hash") ?? "",
          // A value that names no field is kept as an impossible one, so the hash fails.
          supplied: row.text(17).map { SuppliedField.fields(stored: $0) ?? [.country, .country] }
            ?? [], textHash: hash(18, "text_hash"), extractor: row.text(19))
        _ = hash(33, "source document's base")
        _ = hash(34, "extracted text's base")
        var item = VerifiedEvent(
          seq: seq, event: event, readingSize: row.int(10), readingZlib: row.bytes(11))
        item.malformedHash = malformed
        // The base a row is compressed against (schema v8), when it has one.
        func compressedBase(size: Int32, zlib: Int32) -> (size: Int, zlib: [UInt8])? {
          guard let size = row.int(size), let zlib = row.bytes(zlib) else { return nil }
          return (size: size, zlib: zlib)
        }
        item.readingBase = compressedBase(size: 24, zlib: 25)
        item.basesAreKeyframes = row.int(26) == 1
        // Each stored document is checked with the first event that names it.
        func document(first: Int32, size: Int32, zlib: Int32, base: Int32)
          -> (size: Int, zlib: [UInt8], base: (size: Int, zlib: [UInt8])?)??
        {
          guard row.int(first) == 1 else { return nil }
          guard let size = row.int(size), let zlib = row.bytes(zlib) else { return .some(nil) }
          if row.int(base + 2) != 1 { item.basesAreKeyframes = false }
          return .some((size: size, zlib: zlib, base: compressedBase(size: base, zlib: base + 1)))
        }
        item.source = document(first: 22, size: 15, zlib: 16, base: 27)
        item.text = document(first: 23, size: 20, zlib: 21, base: 30)
        events.append(item)
      }
      let next =
        events.isEmpty ? nil : VerifiedBatch(events, replay: target != nil)
      if let pending, let failure = try consume(pending.finished()) { return failure }
      pending = next
      if next == nil { break }
    }
    if !sawExpected, let expected {
      return fail(
        nil, "the log does not contain head \(expected): events up to it were changed or dropped")
    }
    if let target {
      var sameTextIDs = true
      for (sql, kind) in Ledger.comparedProjections {
        let difference = try firstDifference(
          kind == .values && !sameTextIDs ? Ledger.valuesWithDigests : sql, kind, db, target,
          sameTextIDs: &sameTextIDs)
        if let difference {
          return fail(nil, "the projections differ from a rebuild from the events: \(difference)")
        }
      }
    }
    return Verification(events: checked, head: previousHash, problem: nil)
  }

  /// The projections as `verify` compares them: ``projectionContentQueries``, but for the
  /// readings, which are listed with their row ids, so that a revision's readings need no
  /// join to their texts while both sides number the texts alike.
  private static let comparedProjections: [(String, ComparedRows)] = [
    (projectionContentQueries[0], .plain),
    (
      """
      SELECT id, 'text', digest, indicator, status, items, text FROM indicator_texts
      ORDER BY digest
      """, .texts
    ),
    (
      "SELECT 'value', seq, indicator, text_id FROM indicator_values ORDER BY seq, indicator",
      .values
    ),
    (projectionContentQueries[3], .plain),
    (projectionContentQueries[4], .plain),
    (projectionContentQueries[5], .plain),
    (projectionContentQueries[6], .plain),
  ]

  /// The readings of each revision with the digest of each one's text after its row id:
  /// compared instead when the store numbers its texts otherwise than a rebuild does (a
  /// reading that names an id no text has gets no digest).
  private static let valuesWithDigests = """
    SELECT 'value', v.seq, v.indicator, v.text_id, t.digest
    FROM indicator_values v LEFT JOIN indicator_texts t ON t.id = v.text_id
    ORDER BY v.seq, v.indicator
    """

  /// How the rows of a compared query are matched.
  private enum ComparedRows {
    /// Every column compared.
    case plain
    /// The first column is a text's row id, store-specific: not compared, but noted when
    /// the two sides give a text different ids.
    case texts
    /// The fourth column is a text's row id: the two must name the same text. While both
    /// sides give every text the same id, the ids are compared; otherwise the texts'
    /// digests, in a fifth column.
    case values
  }

  /// The first row where `sql` gives different results on `actual` and `expected`,
  /// described; nil when the results are equal. Values are compared as SQLite holds them,
  /// through its C API, with no row objects made. Both sides are read in step, in the same
  /// order, a row at a time: nothing is kept from one row to the next but whether the text
  /// ids have agreed so far.
  private static func firstDifference(
    _ sql: String, _ kind: ComparedRows, _ actual: Database, _ expected: Database,
    sameTextIDs: inout Bool
  ) throws -> String? {
    let have = try actual.makeStatement(sql: sql)
    let want = try expected.makeStatement(sql: sql)
    let a = have.sqliteStatement
    let b = want.sqliteStatement
    let columns = sqlite3_column_count(a)
    let compared: Range<Int32> =
      switch kind {
      case .plain: 0..<columns
      case .texts: 1..<columns
      case .values: 0..<3
      }
    // A reading's row is described as the store holds it, without the digest.
    let described: Int32 = kind == .values ? 4 : columns
    func foundRow() -> String { "found \(describe(a, described))" }
    func expectedRow() -> String { "expected \(describe(b, described))" }
    while true {
      let codeA = sqlite3_step(a)
      let codeB = sqlite3_step(b)
      for (code, db) in [(codeA, actual), (codeB, expected)]
      where code != SQLITE_ROW && code != SQLITE_DONE {
        throw DatabaseError(
          resultCode: ResultCode(rawValue: code),
          message: String(cString: sqlite3_errmsg(db.sqliteConnection)), sql: sql)
      }
      switch (codeA == SQLITE_ROW, codeB == SQLITE_ROW) {
      case (false, false): return nil
      case (true, false): return "\(foundRow()), which a rebuild does not have"
      case (false, true): return "missing \(describe(b, described))"
      case (true, true):
        for column in compared where !equal(a, b, column) {
          return "\(foundRow()), \(expectedRow())"
        }
        switch kind {
        case .plain: break
        case .texts:
          if sqlite3_column_int64(a, 0) != sqlite3_column_int64(b, 0) { sameTextIDs = false }
        case .values:
          let sameText =
            columns == 4
            ? equal(a, b, 3)
            : sqlite3_column_type(a, 4) != SQLITE_NULL && equal(a, b, 4)
          guard sameText else {
            return "\(foundRow()), \(expectedRow()), which name other readings"
          }
        }
      }
    }
  }

  private static func equal(_ a: OpaquePointer, _ b: OpaquePointer, _ column: Int32) -> Bool {
    let type = sqlite3_column_type(a, column)
    guard type == sqlite3_column_type(b, column) else { return false }
    switch type {
    case SQLITE_NULL: return true
    case SQLITE_INTEGER: return sqlite3_column_int64(a, column) == sqlite3_column_int64(b, column)
    case SQLITE_FLOAT: return sqlite3_column_double(a, column) == sqlite3_column_double(b, column)
    default:
      let pointerA = sqlite3_column_blob(a, column)
      let pointerB = sqlite3_column_blob(b, column)
      let count = sqlite3_column_bytes(a, column)
      guard count == sqlite3_column_bytes(b, column) else { return false }
      guard count > 0, let pointerA, let pointerB else { return true }
      return memcmp(pointerA, pointerB, Int(count)) == 0
    }
  }

  /// `[seq: 12, country: "BLZ", …]`, long values cut short: the first `columns` columns.
  private static func describe(_ statement: OpaquePointer, _ columns: Int32) -> String {
    let fields = (0..<columns).map { column -> String in
      let name = String(cString: sqlite3_column_name(statement, column))
      switch sqlite3_column_type(statement, column) {
      case SQLITE_NULL: return "\(name): NULL"
      case SQLITE_INTEGER, SQLITE_FLOAT:
        return "\(name): \(String(cString: sqlite3_column_text(statement, column)))"
      case SQLITE_TEXT:
        let text = String(cString: sqlite3_column_text(statement, column))
        return "\(name): \"\(text.count > 80 ? text.prefix(77) + "..." : text)\""
      default:
        let count = Int(sqlite3_column_bytes(statement, column))
        let bytes = UnsafeRawBufferPointer(
          start: sqlite3_column_blob(statement, column), count: count)
        return "\(name): x'\(bytes.map { String(format: "%02x", $0) }.joined())'"
      }
    }
    return "[\(fields.joined(separator: ", "))]"
  }
}

/// An event as `verify` reads it, before its hashes are checked.
private struct VerifiedEvent: Sendable {
  var seq: Int
  /// Nil when its kind or date cannot be read.
  var event: LedgerEvent?
  /// What is wrong with the first of its hashes (or its documents' bases) that is not the 32
  /// bytes of a SHA-256; nil when all are.
  var malformedHash: String?
  var readingSize: Int?
  var readingZlib: [UInt8]?
  /// The reading's base, compressed, when the reading is a delta (schema v8).
  var readingBase: (size: Int, zlib: [UInt8])?
  /// Whether every base the event's rows name is an earlier keyframe of its country.
  var basesAreKeyframes = true
  /// The source document, compressed (with its base's when it is a delta), when this is the
  /// first event to use it: `.some(nil)` when the store does not have it.
  var source: (size: Int, zlib: [UInt8], base: (size: Int, zlib: [UInt8])?)?? = nil
  /// The extracted text, compressed, likewise.
  var text: (size: Int, zlib: [UInt8], base: (size: Int, zlib: [UInt8])?)?? = nil

  enum Reading: Sendable { case intact, unreadable, altered }

  struct Result: Sendable {
    var hashMatches = false
    /// Nil when the event has no reading.
    var reading: Reading?
    var sourceIntact = false
    var textIntact = false
    /// The reading prepared for the projections, when they are rebuilt.
    var prepared: Swift.Result<ReplayedPayload, any Error>?
  }

  /// Its hashes recomputed; with `replay`, its reading decoded for the projections.
  func check(replay: Bool) -> Result {
    var result = Result()
    guard let event else { return result }
    result.hashMatches = event.hash == event.computedHash
    if case .some(.some(let source)) = source,
      let bytes = try? Deflate.decompress(
        source.zlib, size: source.size, baseZlib: source.base?.zlib, baseSize: source.base?.size)
    {
      result.sourceIntact = CanonicalJSON.sha256Hex(bytes) == event.sourceHash
    }
    if case .some(.some(let text)) = text,
      let bytes = try? Deflate.decompress(
        text.zlib, size: text.size, baseZlib: text.base?.zlib, baseSize: text.base?.size)
    {
      result.textIntact = CanonicalJSON.sha256Hex(bytes) == event.textHash
    }
    guard let contentHash = event.contentHash else { return result }
    guard let readingSize, let readingZlib,
      let reading = try? Deflate.decompress(
        readingZlib, size: readingSize, baseZlib: readingBase?.zlib, baseSize: readingBase?.size)
    else {
      result.reading = .unreadable
      return result
    }
    guard CanonicalJSON.sha256Hex(reading) == contentHash else {
      result.reading = .altered
      return result
    }
    result.reading = .intact
    if replay, event.kind != .withdrawn {
      result.prepared = Swift.Result { try ReplayedPayload(event, payload: reading) }
    }
    return result
  }
}

/// A batch of events whose hashes are being recomputed on other threads.
private final class VerifiedBatch: @unchecked Sendable {
  let events: [VerifiedEvent]
  private var results: [VerifiedEvent.Result] = []
  private let done = DispatchSemaphore(value: 0)

  init(_ events: [VerifiedEvent], replay: Bool) {
    self.events = events
    DispatchQueue.global().async {
      self.results = events.concurrentMap { $0.check(replay: replay) }
      self.done.signal()
    }
  }

  /// Waits for the results.
  func finished() -> (events: [VerifiedEvent], results: [VerifiedEvent.Result]) {
    done.wait()
    return (events, results)
  }
}

/// The current row of a statement stepped through SQLite's C API.
private struct RawRow {
  let handle: OpaquePointer

  init(_ handle: OpaquePointer) { self.handle = handle }

  /// Moves to the next row; false after the last.
  func step(in db: Database) throws -> Bool {
    switch sqlite3_step(handle) {
    case SQLITE_ROW: return true
    case SQLITE_DONE: return false
    case let code:
      throw DatabaseError(
        resultCode: ResultCode(rawValue: code),
        message: String(cString: sqlite3_errmsg(db.sqliteConnection)))
    }
  }

  func isNull(_ column: Int32) -> Bool { sqlite3_column_type(handle, column) == SQLITE_NULL }

  func int(_ column: Int32) -> Int? {
    isNull(column) ? nil : Int(sqlite3_column_int64(handle, column))
  }

  func text(_ column: Int32) -> String? {
    guard !isNull(column), let text = sqlite3_column_text(handle, column) else { return nil }
    return String(
      decoding: UnsafeBufferPointer(start: text, count: Int(sqlite3_column_bytes(handle, column))),
      as: UTF8.self)
  }

  /// The hash in `column` in hex: the hex of its bytes, or its text as it is; nil for NULL.
  /// When it is not 32 bytes, and `problem` is nil, `problem` says so, naming it `name`.
  func hash(_ column: Int32, _ name: String, problem: inout String?) -> String? {
    switch sqlite3_column_type(handle, column) {
    case SQLITE_NULL: return nil
    case SQLITE_BLOB:
      let count = Int(sqlite3_column_bytes(handle, column))
      let bytes = UnsafeRawBufferPointer(start: sqlite3_column_blob(handle, column), count: count)
      if let hash = SHA256Hash(bytes: bytes) { return hash.hex }
      if problem == nil { problem = StoredHash.problem(name, found: "\(count) bytes") }
      return StoredHash.hexDigits(bytes)
    case SQLITE_TEXT:
      let value = text(column) ?? ""
      if problem == nil { problem = StoredHash.problem(name, text: value) }
      return value
    default:
      if problem == nil { problem = StoredHash.problem(name, found: "a number") }
      return text(column)
    }
  }

  func bytes(_ column: Int32) -> [UInt8]? {
    guard !isNull(column) else { return nil }
    let count = Int(sqlite3_column_bytes(handle, column))
    guard count > 0, let blob = sqlite3_column_blob(handle, column) else { return [] }
    return Array(UnsafeRawBufferPointer(start: blob, count: count))
  }
}
