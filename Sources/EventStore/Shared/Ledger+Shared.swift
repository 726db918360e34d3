import Foundation
import GRDB
import LedgerModel
import ProfileModel

extension Ledger {
  /// What a replica fetches from its shared log per transaction when it catches up.
  static let syncBatchSize = 1_000

  /// Brings this replica up to its shared log: fetches the events it lacks, checks each
  /// (its hash, its link to the event before, its reading and documents against their
  /// hashes) and appends them with their projections, a thousand per transaction. Returns
  /// the number of events appended; 0 for a store without a shared log.
  ///
  /// - Throws: ``LedgerError/replicaDiverges(path:log:seq:)`` when the replica holds an
  ///   event the log does not; ``LedgerError/sharedLogInvalid(log:seq:message:)`` when an
  ///   event of the log fails its checks. Nothing is appended then.
  @discardableResult
  public func sync() throws -> Int {
    guard let shared else { return 0 }
    // Up to date, as usually: one question to the server, and nothing written here.
    let local = try head()
    let latest = try shared.records(after: max(local.seq - 1, 0), limit: 2)
    if local.seq == 0 ? latest.isEmpty : latest.map(\.event.hash) == [local.hash] { return 0 }
    var appended = 0
    while true {
      let count = try localWrite { db in
        try catchUp(
          in: db, limit: Ledger.syncBatchSize,
          fetch: { try shared.records(after: $0, limit: $1) }, documents: shared.documents)
      }
      appended += count
      if count < Ledger.syncBatchSize { return appended }
    }
  }

  /// Checks the whole of the shared log, as the server holds it now: every event's hash,
  /// its link to the one before, its reading and the documents it names against their
  /// hashes, and that this replica's events are the log's. It reads the whole log,
  /// documents included.
  public func verifySharedLog() throws -> Verification {
    guard let shared else { return try verify(projections: false) }
    var checker = SharedLogChecker(address: shared.address)
    var checkedDocuments = Set<String>()
    while true {
      let records = try shared.records(after: checker.head.seq, limit: Ledger.syncBatchSize)
      do {
        let local = try read { db in
          try Ledger.localHashes(from: checker.head.seq + 1, count: records.count, in: db)
        }
        let wanted = Set(records.flatMap(\.documentHashes)).subtracting(checkedDocuments)
        let documents = try shared.documents(Array(wanted))
        try SharedLogChecker.check(documents, log: shared.address) {
          try shared.documents([$0]).first
        }
        for document in documents { checkedDocuments.insert(document.hash) }
        for record in records {
          try checker.check(record) { try shared.records(after: $0 - 1, limit: 1).first }
          for hash in record.documentHashes where !checkedDocuments.contains(hash) {
            throw LedgerError.sharedLogInvalid(
              log: shared.address, seq: record.event.seq,
              message: "the document \(hash) it names is missing")
          }
          if let mine = local[record.event.seq], mine != record.event.hash {
            throw LedgerError.replicaDiverges(
              path: path, log: shared.address, seq: record.event.seq)
          }
        }
      } catch LedgerError.sharedLogInvalid(_, let seq, let message) {
        return Verification(
          events: checker.head.seq, head: checker.head.hash,
          problem: .init(seq: seq, message: message))
      }
      if records.count < Ledger.syncBatchSize {
        return Verification(events: checker.head.seq, head: checker.head.hash, problem: nil)
      }
    }
  }

  /// The hashes of the replica's events `from`..<`from + count`, by seq.
  private static func localHashes(from seq: Int, count: Int, in db: Database) throws
    -> [Int: String]
  {
    var hashes: [Int: String] = [:]
    let rows = try Row.fetchCursor(
      db, sql: "SELECT seq, hash FROM events WHERE seq >= ? AND seq < ?",
      arguments: [seq, seq + count])
    while let row = try rows.next() { hashes[row[0]] = row.hex(1) }
    return hashes
  }

  /// Runs `body` in a transaction of the replica alone, as a catch-up does.
  func localWrite<T>(_ body: (Database) throws -> T) throws -> T {
    do {
      return try writer.writeWithoutTransaction { db in
        var result: T?
        do {
          try db.inTransaction {
            result = try body(db)
            return .commit
          }
        } catch {
          state.reset()
          throw error
        }
        // What the writer knew of the replica no longer holds once events were appended.
        state.reset()
        return result!
      }
    } catch let error as DatabaseError {
      throw translate(error)
    }
  }

  /// Appends to the replica, in the transaction of `db`, the events of the shared log after
  /// its head (at most `limit`), checked, with the documents it lacks and their
  /// projections. Returns the number appended.
  func catchUp(
    in db: Database, limit: Int, fetch: (_ after: Int, _ limit: Int) throws -> [LogRecord],
    documents: ([String]) throws -> [LogDocument]
  ) throws -> Int {
    let address = shared?.address ?? path
    let head = try Row.fetchOne(
      db, sql: "SELECT seq, hash FROM events ORDER BY seq DESC LIMIT 1"
    ).map { LogHead(seq: $0[0], hash: $0.hex(1) ?? "") }
    // The replica's last event is fetched again, to be sure it is the log's.
    var records = try fetch(
      max((head?.seq ?? 0) - 1, 0), head == nil || limit == .max ? limit : limit + 1)
    if let head {
      guard let first = records.first, first.event.seq == head.seq, first.event.hash == head.hash
      else { throw LedgerError.replicaDiverges(path: path, log: address, seq: head.seq) }
      records.removeFirst()
    }
    guard !records.isEmpty else { return 0 }

    var checker = SharedLogChecker(
      address: address, head: head ?? LogHead(seq: 0, hash: LedgerEvent.genesisHash))
    for record in records { try checker.check(record) { try Ledger.record($0, in: db) } }
    try checkStreamVersions(records, log: address, in: db)

    // The documents the replica lacks, fetched once each and checked.
    var known = Set<String>()
    var missing: [String] = []
    for hash in records.flatMap(\.documentHashes) where known.insert(hash).inserted {
      let stored =
        try Bool.fetchOne(
          db.cachedStatement(sql: "SELECT EXISTS (SELECT 1 FROM sources WHERE hash = ?)"),
          arguments: [SHA256Hash(hex: hash)]) ?? false
      if !stored { missing.append(hash) }
    }
    let fetched = missing.isEmpty ? [] : try documents(missing)
    try SharedLogChecker.check(fetched, log: address) { try Ledger.document($0, in: db) }
    let given = Set(fetched.map(\.hash))
    if let absent = missing.first(where: { !given.contains($0) }) {
      let seq = records.first { $0.documentHashes.contains(absent) }?.event.seq
      throw LedgerError.sharedLogInvalid(
        log: address, seq: seq ?? 0, message: "the document \(absent) it names is missing")
    }
    try Ledger.insert(documents: fetched, in: db)
    for record in records {
      try FastInsert.insertEvent(
        record.event, readingSize: record.readingSize, readingZlib: record.readingZlib,
        readingBase: record.readingBase, in: db)
    }
    _ = try Ledger.replay(from: db, into: db, after: head?.seq ?? 0)
    return records.count
  }

  /// Checks that each record continues its country's stream.
  private func checkStreamVersions(_ records: [LogRecord], log: String, in db: Database) throws {
    var versions: [String: Int] = [:]
    for record in records {
      let country = record.event.country
      let last: Int
      if let known = versions[country] {
        last = known
      } else {
        last =
          try Int.fetchOne(
            db.cachedStatement(sql: "SELECT max(stream_version) FROM events WHERE country = ?"),
            arguments: [country]) ?? 0
      }
      guard record.event.streamVersion == last + 1 else {
        throw LedgerError.sharedLogInvalid(
          log: log, seq: record.event.seq,
          message:
            "stream \(country) version \(record.event.streamVersion) where \(last + 1) was due")
      }
      versions[country] = last + 1
    }
  }

  /// Stores `documents`, keyframes before the deltas that name them.
  static func insert(documents: [LogDocument], in db: Database) throws {
    for document in documents.filter({ $0.base == nil }) + documents.filter({ $0.base != nil }) {
      try FastInsert.run(
        db.cachedStatement(
          sql: "INSERT OR IGNORE INTO sources (hash, size, zlib, base) VALUES (?, ?, ?, ?)"),
        in: db
      ) {
        $0.hash(hex: document.hash)
        $0.int(document.size)
        $0.blob(document.zlib)
        $0.hash(hex: document.base)
      }
    }
  }

  /// The replica's document `hash`, as the shared log stores it.
  static func document(_ hash: String, in db: Database) throws -> LogDocument? {
    try Row.fetchOne(
      db.cachedStatement(sql: "SELECT size, zlib, base FROM sources WHERE hash = ?"),
      arguments: [SHA256Hash(hex: hash)]
    ).map {
      LogDocument(hash: hash, size: $0[0], zlib: [UInt8]($0[1] as Data), base: $0.hex(2))
    }
  }

  /// The replica's event `seq`, as the shared log stores it.
  static func record(_ seq: Int, in db: Database) throws -> LogRecord? {
    try records(after: seq - 1, limit: 1, in: db).records.first
  }

  /// The replica's events after `seq`, as the shared log stores them, with the documents
  /// they name.
  static func records(after seq: Int, limit: Int = -1, in db: Database) throws -> (
    records: [LogRecord], documents: [LogDocument]
  ) {
    var records: [LogRecord] = []
    let rows = try Row.fetchCursor(
      db,
      sql: """
        SELECT seq, kind, country, stream_version, effective_date, recorded_at, parser_version,
          catalog, source_hash, content_hash, reading_size, reading_zlib, supersedes, prev_hash,
          hash, supplied, text_hash, extractor, reading_base
        FROM events WHERE seq > ? ORDER BY seq LIMIT ?
        """, arguments: [seq, limit])
    while let row = try rows.next() {
      guard let kind = EventKind(rawValue: row[1]), let date = ProfileDate(iso: row[4] as String)
      else { throw LedgerError.database(path: "", message: "event \(row[0] as Int) is not valid") }
      let event = LedgerEvent(
        seq: row[0], kind: kind, country: row[2], streamVersion: row[3], effectiveDate: date,
        recordedAt: row[5], parserVersion: row[6], catalog: row[7], sourceHash: row.hex(8),
        contentHash: row.hex(9), supersedes: row[12], prevHash: row.hex(13) ?? "",
        hash: row.hex(14) ?? "",
        supplied: (row[15] as String?).flatMap(SuppliedField.fields(stored:)) ?? [],
        textHash: row.hex(16), extractor: row[17])
      records.append(
        LogRecord(
          event: event, readingSize: row[10], readingZlib: (row[11] as Data?).map { [UInt8]($0) },
          readingBase: row[18]))
    }
    var documents: [LogDocument] = []
    var seen = Set<String>()
    for hash in records.flatMap(\.documentHashes) where seen.insert(hash).inserted {
      if let document = try document(hash, in: db) { documents.append(document) }
    }
    return (records, documents)
  }
}

/// Checks a shared log's events in order, as they are fetched: each one's hash against its
/// fields, its link to the one before, and its reading against its content hash.
struct SharedLogChecker {
  let address: String
  private(set) var head: LogHead
  /// The readings of keyframes checked, by seq, for the deltas after them: bounded, since a
  /// base not here is asked for again.
  private var keyframes: [Int: (country: String, reading: [UInt8])] = [:]

  init(address: String, head: LogHead = LogHead(seq: 0, hash: LedgerEvent.genesisHash)) {
    self.address = address
    self.head = head
  }

  /// Checks `record`, the event after ``head``; `stored` gives an earlier event its reading
  /// may be compressed against, when this checker did not keep it.
  mutating func check(_ record: LogRecord, stored: (Int) throws -> LogRecord?) throws {
    let event = record.event
    func invalid(_ message: String) -> LedgerError {
      .sharedLogInvalid(log: address, seq: event.seq, message: message)
    }
    guard event.seq == head.seq + 1 else {
      throw invalid("follows event \(head.seq): the events between are missing")
    }
    guard event.prevHash == head.hash else {
      throw invalid("its previous hash is not the hash of event \(head.seq)")
    }
    guard event.computedHash == event.hash else {
      throw invalid("its hash does not match its fields: the event was altered")
    }
    switch (event.contentHash, record.readingSize, record.readingZlib) {
    case (nil, nil, nil): break
    case (let contentHash?, let size?, let zlib?):
      var base: [UInt8]?
      if let seq = record.readingBase {
        base = try keyframe(seq, of: event, stored: stored)
      }
      guard let reading = try? Deflate.decompress(zlib, size: size, base: base) else {
        throw invalid("its reading cannot be decompressed")
      }
      guard CanonicalJSON.sha256Hex(reading) == contentHash else {
        throw invalid("its reading does not hash to its content hash: it was altered")
      }
      if record.readingBase == nil, event.kind != .reviewed {
        if keyframes.count >= 1_024 { keyframes = [:] }
        keyframes[event.seq] = (event.country, reading)
      }
    case (nil, _, _) where event.kind == .withdrawn: break
    default: throw invalid("its reading and its content hash do not go together")
    }
    head = LogHead(seq: event.seq, hash: event.hash)
  }

  /// The reading of the event `seq` that `event`'s reading is compressed against: an
  /// earlier keyframe of the same country, checked.
  private func keyframe(_ seq: Int, of event: LedgerEvent, stored: (Int) throws -> LogRecord?)
    throws -> [UInt8]
  {
    let invalid = LedgerError.sharedLogInvalid(
      log: address, seq: event.seq,
      message: "its reading's base, event \(seq), is not an earlier keyframe of \(event.country)")
    guard seq < event.seq else { throw invalid }
    if let known = keyframes[seq] {
      guard known.country == event.country else { throw invalid }
      return known.reading
    }
    guard let base = try stored(seq), base.event.seq == seq, base.readingBase == nil,
      base.event.country == event.country, let zlib = base.readingZlib,
      let size = base.readingSize, let contentHash = base.event.contentHash,
      let reading = try? Deflate.decompress(zlib, size: size),
      CanonicalJSON.sha256Hex(reading) == contentHash
    else { throw invalid }
    return reading
  }

  /// Checks that each document's bytes hash to the hash it is stored under, keyframes first,
  /// then the deltas against them; `stored` gives a keyframe that is not among `documents`.
  static func check(
    _ documents: [LogDocument], log: String, stored: (String) throws -> LogDocument?
  ) throws {
    func altered(_ document: LogDocument) -> LedgerError {
      .sharedLogInvalid(
        log: log, seq: 0, message: "the document \(document.hash) no longer hashes to its hash")
    }
    var keyframes: [String: [UInt8]] = [:]
    for document in documents where document.base == nil {
      guard let bytes = try? Deflate.decompress(document.zlib, size: document.size),
        CanonicalJSON.sha256Hex(bytes) == document.hash
      else { throw altered(document) }
      keyframes[document.hash] = bytes
    }
    for document in documents {
      guard let base = document.base else { continue }
      if keyframes[base] == nil {
        guard let keyframe = try stored(base), keyframe.base == nil,
          let bytes = try? Deflate.decompress(keyframe.zlib, size: keyframe.size),
          CanonicalJSON.sha256Hex(bytes) == base
        else {
          throw LedgerError.sharedLogInvalid(
            log: log, seq: 0,
            message: "the base \(base) of the document \(document.hash) is not a keyframe")
        }
        keyframes[base] = bytes
      }
      guard
        let bytes = try? Deflate.decompress(
          document.zlib, size: document.size, base: keyframes[base]),
        CanonicalJSON.sha256Hex(bytes) == document.hash
      else { throw altered(document) }
    }
  }
}
