import Crypto
import Foundation
import GRDB
import LedgerModel
import ParallelMap
import ProfileModel

extension Ledger {
  /// Records one document's reading: a new revision, a correction, a backfill, or nothing
  /// when that reading is already recorded for the country and date (however long ago).
  ///
  /// - Parameters:
  ///   - source: the document's exact bytes, stored once by content hash.
  ///   - profile: its reading.
  ///   - parserVersion: the version of the reader that produced `profile`.
  ///   - recordedAt: the transaction time to stamp.
  public func record(
    source: [UInt8], profile: Profile, parserVersion: Int, recordedAt: Date = Date()
  ) throws -> IngestResult {
    let prepared = prepare([(source, profile)])[0]
    return try write { db in
      try Ledger.record(
        in: db, [prepared], state: state,
        parserVersion: parserVersion, recordedAt: Ledger.timestamp(recordedAt))[0]
    }
  }

  /// Records several documents in one transaction: all of them or none.
  public func recordAll(
    _ documents: [(source: [UInt8], profile: Profile)], parserVersion: Int,
    recordedAt: Date = Date()
  ) throws -> [IngestResult] {
    try recordAll(
      prepared: prepare(documents), parserVersion: parserVersion,
      recordedAt: recordedAt)
  }

  /// ``recordAll(_:parserVersion:recordedAt:)`` for revisions already prepared.
  public func recordAll(
    prepared: [PreparedRevision], parserVersion: Int, recordedAt: Date = Date()
  ) throws -> [IngestResult] {
    let stamp = Ledger.timestamp(recordedAt)
    return try write { db in
      try Ledger.record(
        in: db, prepared, state: state, parserVersion: parserVersion, recordedAt: stamp)
    }
  }

  /// Records many documents in one transaction, each wholly or not at all: a document that
  /// fails is rolled back alone and reported, the others are recorded. Much faster than a
  /// transaction per document; a crash still leaves each revision wholly in or not at all.
  public func recordBatch(
    _ documents: [(source: [UInt8], profile: Profile)], parserVersion: Int,
    recordedAt: Date = Date()
  ) throws -> [Result<IngestResult, LedgerError>] {
    try recordBatch(
      prepared: prepare(documents), parserVersion: parserVersion,
      recordedAt: recordedAt)
  }

  /// ``recordBatch(_:parserVersion:recordedAt:)`` for revisions already prepared, so that a
  /// caller can prepare the next batch while this one is written.
  ///
  /// Revisions at the end of their streams, the common case, are staged and written together
  /// (``AppendBatch``) in a savepoint; should that fail, it is rolled back and they are
  /// recorded again one at a time, each in a savepoint of its own, so that only the documents
  /// at fault fail. Any other revision is recorded alone, the staged ones written first.
  public func recordBatch(
    prepared: [PreparedRevision], parserVersion: Int, recordedAt: Date = Date()
  ) throws -> [Result<IngestResult, LedgerError>] {
    let stamp = Ledger.timestamp(recordedAt)
    return try write { db in
      var results = [Result<IngestResult, LedgerError>?](repeating: nil, count: prepared.count)
      var batch = AppendBatch()
      var staged: [Int] = []

      func alone(_ index: Int) throws -> Result<IngestResult, LedgerError> {
        try savepoint(in: db) {
          try Ledger.record(
            in: db, [prepared[index]], state: state, parserVersion: parserVersion,
            recordedAt: stamp)[0]
        }
      }
      func flush() throws {
        guard !staged.isEmpty else { return }
        defer { staged.removeAll() }
        let written = try savepoint(in: db) {
          try batch.flush(state: state, in: db)
          state.unpinAll()
        }
        guard case .failure = written else { return }
        batch = AppendBatch()
        for index in staged { results[index] = try alone(index) }
      }

      for index in prepared.indices {
        switch try Ledger.place(
          prepared[index], state: state, parserVersion: parserVersion, recordedAt: stamp,
          into: &batch, in: db)
        {
        case .unchanged(let result):
          results[index] = .success(result)
        case .staged(let result):
          results[index] = .success(result)
          staged.append(index)
        case .needsQueries:
          try flush()
          results[index] = try alone(index)
        }
      }
      try flush()
      return results.map { $0! }
    }
  }

  /// Runs `body` in a savepoint: on a ledger error or a database error that leaves the
  /// transaction usable, rolls it back, forgets what the writer learnt in it, and returns
  /// the error.
  private func savepoint<T>(in db: Database, _ body: () throws -> T) throws -> Result<
    T, LedgerError
  > {
    // Through cached statements: cheaper than parsing the savepoint's SQL each time.
    try db.cachedStatement(sql: "SAVEPOINT revision").execute()
    let outcome: Result<T, LedgerError>
    do {
      let result = try body()
      try db.cachedStatement(sql: "RELEASE SAVEPOINT revision").execute()
      return .success(result)
    } catch let error as LedgerError {
      outcome = .failure(error)
    } catch let error as DatabaseError {
      // A full disk, a lost lock or an I/O error fails the whole batch, which SQLite may
      // already have rolled back: the error ends the transaction.
      if Ledger.failsTheTransaction(error) { throw error }
      outcome = .failure(translate(error))
    }
    try db.cachedStatement(sql: "ROLLBACK TO SAVEPOINT revision").execute()
    try db.cachedStatement(sql: "RELEASE SAVEPOINT revision").execute()
    // What the writer learnt in the savepoint is rolled back with it.
    state.reset()
    return outcome
  }

  /// Records `prepared` in order, in the current transaction: those at the end of their
  /// streams staged and written together, the others alone, after what was staged before.
  static func record(
    in db: Database, _ prepared: [PreparedRevision], state: WriterState, parserVersion: Int,
    recordedAt: String
  ) throws -> [IngestResult] {
    var batch = AppendBatch()
    defer { state.unpinAll() }
    let results = try prepared.map { revision in
      switch try place(
        revision, state: state, parserVersion: parserVersion, recordedAt: recordedAt,
        into: &batch, in: db)
      {
      case .unchanged(let result), .staged(let result):
        return result
      case .needsQueries:
        try batch.flush(state: state, in: db)
        return try recordNotStaged(
          in: db, revision, state: state, parserVersion: parserVersion, recordedAt: recordedAt)
      }
    }
    try batch.flush(state: state, in: db)
    return results
  }

  /// Where a revision goes, decided from what the writer knows.
  enum Placement {
    /// Its reading is recorded already for that country and date.
    case unchanged(IngestResult)
    /// It is the latest of its stream, and staged.
    case staged(IngestResult)
    /// Anything else: a correction, a backfill, or a document that may take the place of
    /// the one of record; decided with queries, once what is staged is written.
    case needsQueries
  }

  /// Stages `prepared` into `batch` when it is the latest revision of its stream; says
  /// whether it is unchanged or needs queries otherwise.
  static func place(
    _ prepared: PreparedRevision, state: WriterState, parserVersion: Int, recordedAt: String,
    into batch: inout AppendBatch, in db: Database
  ) throws -> Placement {
    let profile = prepared.profile
    let country = profile.country.code
    let date = profile.lastUpdated
    var stream = try state.stream(country, db)

    // Idempotency: this reading for this country and date, recorded at any time, is a no-op;
    // but for a PDF of the reading in effect, recorded from a text conversion, which may
    // become the document of record (asked of the store, once the staged rows are in).
    let key = WriterState.Stream.key(date: date.iso, contentHash: prepared.contentHash)
    if stream.recorded.contains(key) {
      guard prepared.extraction == nil else { return .needsQueries }
      return .unchanged(
        IngestResult(outcome: .unchanged, country: country, effectiveDate: date, event: nil))
    }
    // The common case, a revision later than any in effect: staged from what the writer
    // knows.
    guard stream.inEffect[date.iso] == nil, stream.latestDate.map({ $0 < date.iso }) ?? true
    else { return .needsQueries }
    let prepared = try prepared.confirmingBases(
      in: db, keyframes: state.keyframes, staged: batch)
    let event = try stageAtEnd(
      prepared, to: &stream, state: state, parserVersion: parserVersion, recordedAt: recordedAt,
      into: &batch, in: db)
    state.setStream(stream, for: country)
    state.pin(country)
    return .staged(
      IngestResult(outcome: .recorded, country: country, effectiveDate: date, event: event))
  }

  /// Records a revision that ``place(_:state:parserVersion:recordedAt:into:in:)`` could not
  /// stage, with queries; nothing may be staged and unwritten.
  static func recordNotStaged(
    in db: Database, _ prepared: PreparedRevision, state: WriterState, parserVersion: Int,
    recordedAt: String
  ) throws -> IngestResult {
    let profile = prepared.profile
    let country = profile.country.code
    let date = profile.lastUpdated
    let stream = try state.stream(country, db)
    let key = WriterState.Stream.key(date: date.iso, contentHash: prepared.contentHash)
    if stream.recorded.contains(key),
      try !Ledger.inEffectFromTextDocument(
        country: country, date: date, contentHash: prepared.contentHash, in: db)
    {
      return IngestResult(outcome: .unchanged, country: country, effectiveDate: date, event: nil)
    }
    let prepared = try prepared.confirmingBases(in: db, keyframes: state.keyframes)
    // Corrections and backfills change what is in effect around them: recorded with queries,
    // and the writer reads the country's stream afresh next time.
    defer { state.forget(country: country) }
    let result = try recordWithQueries(
      in: db, prepared, parserVersion: parserVersion, recordedAt: recordedAt)
    if let event = result.event { state.setHead(event) }
    return result
  }

  /// Whether the revision in effect for `country` on `date` gives the reading `contentHash`
  /// and was read from a document as it is (not from a text extracted from it).
  static func inEffectFromTextDocument(
    country: String, date: ProfileDate, contentHash: SHA256Hash, in db: Database
  ) throws -> Bool {
    try Bool.fetchOne(
      db.cachedStatement(
        sql: """
          SELECT EXISTS (
            SELECT 1 FROM revisions r JOIN events e ON e.seq = r.seq
            WHERE r.country = ? AND r.effective_date = ? AND r.superseded_by IS NULL
              AND r.content_hash = ? AND e.text_hash IS NULL)
          """),
      arguments: [country, date.iso, contentHash]) ?? false
  }

  /// Records a revision whatever its place in the stream, reading the projections for it.
  static func recordWithQueries(
    in db: Database, _ prepared: PreparedRevision, parserVersion: Int, recordedAt: String
  ) throws -> IngestResult {
    let profile = prepared.profile
    let country = profile.country.code
    let date = profile.lastUpdated

    // The reading in effect for this date (a correction supersedes it), and whether a later
    // date is in effect (then this is a backfill): one query.
    let neighbours = try Row.fetchOne(
      db.cachedStatement(
        sql: """
          SELECT max(CASE WHEN effective_date = ?2 THEN seq END), max(effective_date > ?2)
          FROM revisions
          WHERE country = ?1 AND effective_date >= ?2 AND superseded_by IS NULL
          """),
      arguments: [country, date.iso])
    let current = neighbours?[0] as Int?
    let later = (neighbours?[1] as Int? ?? 0) == 1
    let outcome: IngestOutcome = current != nil ? .corrected : later ? .backfilled : .recorded
    let kind: EventKind = current != nil ? .corrected : .recorded

    // The stream's version and the log's head, in one query.
    let head = try Row.fetchOne(
      db.cachedStatement(
        sql: """
          SELECT (SELECT max(stream_version) FROM events WHERE country = ?),
            (SELECT seq FROM events ORDER BY seq DESC LIMIT 1),
            (SELECT hash FROM events ORDER BY seq DESC LIMIT 1),
            (SELECT recorded_at FROM events ORDER BY seq DESC LIMIT 1)
          """),
      arguments: [country])
    let version = head?[0] as Int? ?? 0
    let seq = (head?[1] as Int? ?? 0) + 1
    // The hash of the event before, in hex and as stored; the genesis hash for the first.
    let prevHash = head?.hex(2) ?? LedgerEvent.genesisHash
    let previous = head?.hasNull(atIndex: 2) == false ? head?.storedHash(2) : SHA256Hash.zero
    // Recorded times strictly increase along the log, whatever the clock does, so that
    // "as known at" agrees with the order of events.
    let recordedAt = Ledger.stamp(recordedAt, after: head?[3] as String?)
    let (event, hashes) = prepared.event(
      seq: seq, kind: kind, streamVersion: version + 1, recordedAt: recordedAt,
      parserVersion: parserVersion, supersedes: current, prevHash: prevHash, previous: previous)

    let parts = prepared.storedParts
    try append(
      event, hashes: hashes, prepared: prepared, parts: parts, in: db, expectedVersion: version)
    try project(
      event, prepared: prepared, parts: parts, outcome: outcome, hasLater: later, in: db)
    return IngestResult(outcome: outcome, country: country, effectiveDate: date, event: event)
  }

  /// Stores the revision's source document and extracted text (each once per content) and
  /// appends `event` (with its `hashes` as bytes, when the caller has them), checking that
  /// the stream is still at `expectedVersion`.
  static func append(
    _ event: LedgerEvent, hashes: StoredEventHashes? = nil, prepared: PreparedRevision,
    parts: PreparedRevision.Parts, in db: Database, expectedVersion: Int
  ) throws {
    try FastInsert.run(
      db.cachedStatement(
        sql: "INSERT OR IGNORE INTO sources (hash, size, zlib, base) VALUES (?, ?, ?, ?)"),
      in: db
    ) {
      $0.hash(prepared.sourceHash)
      $0.int(prepared.source.count)
      $0.blob(parts.sourceZlib)
      $0.hash(parts.sourceBase)
    }
    if let extraction = prepared.extraction, let textZlib = parts.textZlib {
      try FastInsert.run(
        db.cachedStatement(
          sql: "INSERT OR IGNORE INTO sources (hash, size, zlib) VALUES (?, ?, ?)"), in: db
      ) {
        $0.hash(prepared.textHash)
        $0.int(extraction.bytes.count)
        $0.blob(textZlib)
      }
    }
    do {
      try FastInsert.insertEvent(
        event, hashes: hashes, readingSize: prepared.reading.count,
        readingZlib: parts.readingZlib, readingBase: parts.readingBase?.seq, in: db)
    } catch let error as DatabaseError where error.isUniquenessViolation {
      throw LedgerError.versionConflict(country: event.country, expected: expectedVersion)
    }
  }
}

/// A reading with everything derived from it that needs no store — canonical bytes, hashes,
/// compressed forms — made before the write transaction, on every core.
public struct PreparedRevision: Sendable {
  public let profile: Profile
  let source: [UInt8]
  let reading: [UInt8]
  /// Where each indicator lies in `reading`.
  let indicatorRanges: [CanonicalIndicatorRange]
  /// The SHA-256 of `reading` and of `source`, as the store keeps them (in hex in the event).
  let contentHash: SHA256Hash
  let sourceHash: SHA256Hash
  /// For a document that is not text: the text read from it, and its hash.
  public let extraction: ExtractedText?
  let textHash: SHA256Hash?
  /// The reading's values that were supplied, not read; recorded with its event.
  public var supplied: [SuppliedField] = []
  /// What storing needs beyond the hashes: left out when the reading is known to be recorded
  /// already (so a re-ingest does not compress what it will not write), made on demand then.
  private(set) var parts: Parts?

  struct Parts: Sendable {
    var readingZlib: [UInt8]
    /// The keyframe reading `readingZlib` is compressed against; nil when it is compressed
    /// with the fixed dictionary alone.
    var readingBase: ReadingBase?
    var sourceZlib: [UInt8]
    /// The hash of the keyframe document `sourceZlib` is compressed against; nil likewise.
    var sourceBase: SHA256Hash?
    /// The extracted text, compressed, for a document that has one.
    let textZlib: [UInt8]?
    /// Each indicator's reading as stored in `indicator_texts`, with its digest.
    let indicators: [StoredIndicator]
  }

  /// The reading of a keyframe revision, which a delta names by its event's seq once the
  /// writer found it stored.
  struct ReadingBase: Sendable, Hashable {
    let country: String
    let date: String
    let contentHash: SHA256Hash
    var seq: Int?
  }

  struct StoredIndicator: Sendable {
    let id: String
    let status: String
    let items: String
    let text: String
    let digest: Data
  }

  /// Prepares a revision, with everything storing it needs: the reading `profile` of the
  /// document `source`, read from its `extraction` when it has one (a PDF's text).
  public init(source: [UInt8], profile: Profile, extraction: ExtractedText? = nil) {
    self.init(hashing: source, profile: profile, extraction: extraction)
    parts = makeParts()
  }

  /// Only the canonical reading and the hashes; the parts are made later, if needed.
  init(hashing source: [UInt8], profile: Profile, extraction: ExtractedText? = nil) {
    self.profile = profile.normalized()
    self.source = source
    (reading, indicatorRanges) = self.profile.canonicalBytes()
    contentHash = SHA256Hash(of: reading)
    sourceHash = SHA256Hash(of: source)
    self.extraction = extraction
    textHash = extraction.map { SHA256Hash(of: $0.bytes) }
    parts = nil
  }

  /// This revision with its parts made: its document and reading compressed against
  /// `keyframe` (an earlier revision of its country), or alone without one.
  func completed(against keyframe: Keyframe? = nil) -> PreparedRevision {
    var copy = self
    if copy.parts == nil { copy.parts = makeParts(against: keyframe) }
    return copy
  }

  /// The parts for storing, made now if they were left out.
  var storedParts: Parts { parts ?? makeParts() }

  /// A delta larger than this fraction of its keyframe's standalone size means the country's
  /// documents have drifted from the keyframe: the revision is stored alone and becomes the
  /// next keyframe. On the synthetic corpus (200 × 50), documents average 176 bytes at 0.3,
  /// against 185 at 0.25, 222 at 0.2 and 202 at 0.5 (581 alone): fewer keyframes cost more
  /// in deltas grown long, more keyframes cost more in themselves.
  static let driftLimit = 0.3

  private func makeParts(against keyframe: Keyframe? = nil) -> Parts {
    // A document read from an extracted text (a PDF) is compressed alone, and so is its text.
    if let keyframe, extraction == nil {
      let sourceZlib = Deflate.compress(source, base: keyframe.source)
      let readingZlib = Deflate.compress(reading, base: keyframe.reading)
      if Double(sourceZlib.count) <= Double(keyframe.sourceZlibCount) * Self.driftLimit,
        Double(readingZlib.count) <= Double(keyframe.readingZlibCount) * Self.driftLimit
      {
        return Parts(
          readingZlib: readingZlib, readingBase: keyframe.readingBase, sourceZlib: sourceZlib,
          sourceBase: keyframe.sourceHash, textZlib: nil, indicators: storedIndicators())
      }
    }
    return Parts(
      readingZlib: Deflate.compress(reading), readingBase: nil,
      sourceZlib: Deflate.compress(source), sourceBase: nil,
      textZlib: extraction.map { Deflate.compress($0.bytes) }, indicators: storedIndicators())
  }

  /// The parts projections need, without the compressed forms only events keep.
  func projectionParts() -> Parts {
    Parts(
      readingZlib: [], readingBase: nil, sourceZlib: [], sourceBase: nil, textZlib: nil,
      indicators: storedIndicators())
  }

  /// This revision as a keyframe for later ones of its country: when it was read from a text
  /// document, and its document and reading are compressed alone.
  var keyframe: Keyframe? {
    guard extraction == nil, let parts, parts.sourceBase == nil, parts.readingBase == nil
    else { return nil }
    return Keyframe(
      country: profile.country.code, sourceHash: sourceHash, source: source,
      sourceZlibCount: parts.sourceZlib.count, date: profile.lastUpdated.iso,
      contentHash: contentHash, reading: reading, readingZlibCount: parts.readingZlib.count)
  }

  /// This revision as it may be stored in the transaction of `db`: a delta names its bases
  /// only when the store holds them as keyframes. A base rolled back with its savepoint, or
  /// never stored (its revision was unchanged), leaves the revision compressed alone, and its
  /// country's keyframe forgotten, so that the next batch finds one the store holds.
  ///
  /// A keyframe staged in `staged`, to be written with this revision, counts as stored: a
  /// batch's revisions of one country are mostly deltas against the batch's first.
  func confirmingBases(in db: Database, keyframes: Keyframes, staged: AppendBatch? = nil)
    throws -> PreparedRevision
  {
    var parts = storedParts
    guard let sourceBase = parts.sourceBase, let readingBase = parts.readingBase else {
      return self
    }
    var copy = self
    if let staged, let seq = staged.keyframeReading(readingBase),
      staged.stagesKeyframeDocument(sourceBase)
    {
      parts.readingBase?.seq = seq
      copy.parts = parts
      return copy
    }
    let row = try Row.fetchOne(
      db.cachedStatement(
        sql: """
          SELECT (SELECT base IS NULL FROM sources WHERE hash = ?1),
            (SELECT seq FROM events
             WHERE country = ?2 AND effective_date = ?3 AND content_hash = ?4
               AND kind IN ('recorded', 'corrected') AND reading_base IS NULL
             ORDER BY seq LIMIT 1)
          """),
      arguments: [sourceBase, readingBase.country, readingBase.date, readingBase.contentHash])
    let sourceIsKeyframe =
      row?[0] as Bool? == true || staged?.stagesKeyframeDocument(sourceBase) == true
    if sourceIsKeyframe, let seq = row?[1] as Int? ?? staged?.keyframeReading(readingBase) {
      parts.readingBase?.seq = seq
    } else {
      keyframes.forget(country: readingBase.country)
      parts.sourceZlib = Deflate.compress(source)
      parts.sourceBase = nil
      parts.readingZlib = Deflate.compress(reading)
      parts.readingBase = nil
    }
    copy.parts = parts
    return copy
  }

  /// Each indicator's digest and items come from its bytes within the canonical reading,
  /// which are exactly what `IndicatorReading.writeCanonical` writes.
  private func storedIndicators() -> [StoredIndicator] {
    reading.withUnsafeBytes { bytes in
      zip(profile.indicators, indicatorRanges).map { indicator, range in
        StoredIndicator(
          id: indicator.id, status: indicator.status.rawValue,
          items: String(decoding: bytes[range.items], as: UTF8.self), text: indicator.text,
          digest: Data(
            SHA256.hash(data: UnsafeRawBufferPointer(rebasing: bytes[range.object]))
              .prefix(16)))
      }
    }
  }

  /// Prepares `documents` concurrently, in order, for a store not open yet: each country's
  /// later text documents compressed against its first (see ``Ledger/prepare(_:)``).
  public static func prepare(_ documents: [(source: [UInt8], profile: Profile)])
    -> [PreparedRevision]
  {
    prepare(documents.map { ($0.source, $0.profile, nil) })
  }

  /// ``prepare(_:)`` for documents of which some were read from an extracted text.
  public static func prepare(
    _ documents: [(source: [UInt8], profile: Profile, extraction: ExtractedText?)]
  ) -> [PreparedRevision] {
    let hashed = documents.concurrentMap {
      PreparedRevision(hashing: $0.source, profile: $0.profile, extraction: $0.extraction)
    }
    return completed(hashed, storing: Array(hashed.indices), keyframes: [:]).revisions
  }

  /// Makes the parts of `revisions[storing]`, each document and reading of a text document
  /// compressed against its country's latest keyframe: the one in `keyframes` (remembered or
  /// stored), else the first of its country here (a keyframe itself). A revision that drifted
  /// too far from its keyframe is stored alone and becomes the next. Returns the revisions
  /// and each country's latest keyframe among them.
  ///
  /// Each country's revisions are made in order, since each may change the keyframe of the
  /// next; countries on every core.
  static func completed(
    _ revisions: [PreparedRevision], storing: [Int], keyframes: [String: Keyframe]
  ) -> (revisions: [PreparedRevision], latest: [Keyframe]) {
    var countries: [String] = []
    var runs: [String: [Int]] = [:]
    var alone: [Int] = []
    for index in storing {
      guard revisions[index].extraction == nil else {
        alone.append(index)
        continue
      }
      let country = revisions[index].profile.country.code
      if runs[country] == nil { countries.append(country) }
      runs[country, default: []].append(index)
    }
    let made = countries.concurrentMap { country -> [(Int, PreparedRevision)] in
      var keyframe = keyframes[country]
      return runs[country, default: []].map { index in
        let revision = revisions[index].completed(against: keyframe)
        if let next = revision.keyframe { keyframe = next }
        return (index, revision)
      }
    }
    var revisions = revisions
    var latest: [Keyframe] = []
    for run in made {
      for (index, revision) in run { revisions[index] = revision }
      if let last = run.last(where: { $0.1.keyframe != nil })?.1.keyframe { latest.append(last) }
    }
    for (index, revision) in zip(alone, alone.concurrentMap { revisions[$0].completed() }) {
      revisions[index] = revision
    }
    return (revisions, latest)
  }

  /// The event that records this revision, once its place in the log is known (after the
  /// event whose hash is `prevHash`, `previous` as bytes), and its hashes as bytes.
  func event(
    seq: Int, kind: EventKind, streamVersion: Int, recordedAt: String, parserVersion: Int,
    supersedes: Int?, prevHash: String, previous: SHA256Hash?
  ) -> (event: LedgerEvent, hashes: StoredEventHashes) {
    var event = LedgerEvent(
      seq: seq, kind: kind, country: profile.country.code, streamVersion: streamVersion,
      effectiveDate: profile.lastUpdated, recordedAt: recordedAt, parserVersion: parserVersion,
      catalog: profile.catalog, sourceHash: sourceHash.hex, contentHash: contentHash.hex,
      supersedes: supersedes, prevHash: prevHash, hash: "", supplied: supplied,
      textHash: textHash?.hex, extractor: extraction?.extractor)
    let hash = event.computedDigest
    event.hash = hash.hex
    return (
      event,
      StoredEventHashes(
        source: sourceHash, content: contentHash, previous: previous, hash: hash,
        text: textHash)
    )
  }
}

extension Ledger {
  /// Prepares `documents` concurrently for ``recordBatch(prepared:parserVersion:recordedAt:)``,
  /// skipping the compression of readings the store already holds (one query for all).
  public func prepare(_ documents: [(source: [UInt8], profile: Profile)]) -> [PreparedRevision] {
    prepare(documents.map { ($0.source, $0.profile, nil) })
  }

  /// ``prepare(_:)`` for documents of which some were read from an extracted text.
  public func prepare(
    _ documents: [(source: [UInt8], profile: Profile, extraction: ExtractedText?)]
  ) -> [PreparedRevision] {
    let hashed = documents.concurrentMap {
      PreparedRevision(hashing: $0.source, profile: $0.profile, extraction: $0.extraction)
    }
    let known =
      (try? read { db -> Set<RecordedReading> in
        var known = Set<RecordedReading>()
        // By country and date, through their index: content hashes have none.
        for chunk in stride(from: 0, to: hashed.count, by: 400) {
          let revisions = hashed[chunk..<min(chunk + 400, hashed.count)]
          let values = Array(repeating: "(?, ?)", count: revisions.count)
            .joined(separator: ", ")
          var arguments: [any DatabaseValueConvertible] = []
          for revision in revisions {
            arguments.append(revision.profile.country.code)
            arguments.append(revision.profile.lastUpdated.iso)
          }
          let rows = try Row.fetchCursor(
            db,
            sql: """
              WITH wanted (country, date) AS (VALUES \(values))
              SELECT e.country, e.effective_date, e.content_hash
              FROM wanted JOIN events e ON e.country = wanted.country
                AND e.effective_date = wanted.date
              WHERE e.kind IN ('recorded', 'corrected')
              """, arguments: StatementArguments(arguments))
          while let row = try rows.next() {
            guard let contentHash = row.storedHash(2) else { continue }
            known.insert(RecordedReading(country: row[0], date: row[1], contentHash: contentHash))
          }
        }
        return known
      }) ?? []
    let storing = hashed.indices.filter { index in
      let revision = hashed[index]
      return !known.contains(
        RecordedReading(
          country: revision.profile.country.code, date: revision.profile.lastUpdated.iso,
          contentHash: revision.contentHash))
    }
    return completed(hashed, storing: storing)
  }

  /// ``PreparedRevision/completed(_:storing:keyframes:)`` with each country's keyframe
  /// remembered from an earlier batch, or else stored; remembers the new ones.
  private func completed(_ revisions: [PreparedRevision], storing: [Int]) -> [PreparedRevision] {
    var known: [String: Keyframe] = [:]
    var unknown: [String] = []
    for index in storing where revisions[index].extraction == nil {
      let country = revisions[index].profile.country.code
      if known[country] != nil || unknown.contains(country) { continue }
      if let keyframe = state.keyframes.keyframe(country) {
        known[country] = keyframe
      } else {
        unknown.append(country)
      }
    }
    let stored =
      (try? read { db in
        try unknown.compactMap { try Keyframes.stored(country: $0, in: db) }
      }) ?? []
    for keyframe in stored { known[keyframe.country] = keyframe }
    let (completed, latest) = PreparedRevision.completed(
      revisions, storing: storing, keyframes: known)
    state.keyframes.remember(latest)
    return completed
  }

}

/// A reading recorded for a country and date.
private struct RecordedReading: Hashable {
  var country: String
  var date: String
  var contentHash: SHA256Hash
}

extension DatabaseError {
  /// A UNIQUE or PRIMARY KEY constraint failed: for events, the stream moved on.
  var isUniquenessViolation: Bool {
    extendedResultCode == .SQLITE_CONSTRAINT_UNIQUE
      || extendedResultCode == .SQLITE_CONSTRAINT_PRIMARYKEY
  }
}
