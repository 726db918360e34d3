import Foundation
import GRDB
import LedgerModel
import ProfileModel

/// What the writer knows of the store between its transactions: the log's head, each
/// country's stream, and the ids of indicator readings already stored. Recording a revision
/// at the end of a stream then needs no queries, only inserts.
///
/// It is a cache of the database, never a second source of truth:
/// - it is used only inside write transactions, which the store's single writer connection
///   serialises;
/// - each transaction first reads `PRAGMA data_version`, which changes when any other
///   connection (another process) has committed, and then starts afresh;
/// - a transaction that fails or rolls back, wholly or in part, empties it.
final class WriterState: @unchecked Sendable {
  /// The last event of the log.
  struct Head {
    var seq: Int
    /// Its hash in hex, as the next event's hash covers it, and as the store keeps it (nil
    /// when the store holds no 32 bytes there, having been altered by hand).
    var hash: String
    var stored: SHA256Hash?
    var recordedAt: String
  }

  /// One indicator's reading in a revision: its digest (which names its row in
  /// `indicator_texts`) and its status.
  struct Value {
    var digest: Data
    var status: String
  }

  /// A country's stream as far as appending to it needs.
  struct Stream {
    /// The stream's last version (0 when empty).
    var version: Int
    /// Every reading recorded and not withdrawn, by effective date and content hash.
    var recorded: Set<Reading>
    /// The revisions in effect, by effective date.
    var inEffect: [String: Int]
    /// The latest effective date in effect, and that revision's indicator values.
    var latestDate: String?
    var latestSeq: Int?
    var latestValues: [String: Value]

    /// A reading recorded for a date.
    struct Reading: Hashable {
      var date: String
      var contentHash: SHA256Hash
    }

    static func key(date: String, contentHash: SHA256Hash) -> Reading {
      Reading(date: date, contentHash: contentHash)
    }
  }

  /// A reading's digest (16 bytes) as a key held inline, with no allocation of its own.
  struct Digest: Hashable {
    var high: UInt64
    var low: UInt64

    /// The 16 bytes, as stored.
    var data: Data {
      var bytes = Data(count: 16)
      for offset in 0..<8 {
        bytes[offset] = UInt8(truncatingIfNeeded: high >> (56 - 8 * offset))
        bytes[8 + offset] = UInt8(truncatingIfNeeded: low >> (56 - 8 * offset))
      }
      return bytes
    }

    init?(_ digest: Data) {
      guard digest.count == 16 else { return nil }
      var high: UInt64 = 0
      var low: UInt64 = 0
      for (offset, byte) in digest.enumerated() {
        if offset < 8 {
          high = high << 8 | UInt64(byte)
        } else {
          low = low << 8 | UInt64(byte)
        }
      }
      self.high = high
      self.low = low
    }
  }

  /// Each country's latest keyframe, for preparing the next batches: unlike the rest, kept
  /// through resets (the writer checks every base it names), and safe from any thread.
  let keyframes = Keyframes()

  private var dataVersion: Int?
  private var head: Head?
  private var headKnown = false
  private var streams: [String: Stream] = [:]
  /// When each cached stream was last used (a tick of `clock`).
  private var lastUse: [String: Int] = [:]
  private var clock = 0
  /// The readings the cached streams hold (`recorded`), all together.
  private(set) var cachedReadings = 0
  private var textIDs: [Digest: Int64] = [:]
  /// Countries whose streams hold revisions staged and not yet written: never forgotten
  /// until they are (``unpinAll()``), for the database would not give them back.
  private var pinned: Set<String> = []
  private var placeholderLists: [Int: String] = [:]

  /// Bounds the memory of the text ids, whatever the size of the store: once full, they are
  /// forgotten and learnt again.
  var maximumTextIDs = 8_192
  /// Bounds the memory of the cached streams, whose size grows with each country's history
  /// (some 64 bytes a reading, its date and hash held inline): past it, the streams used least recently are forgotten,
  /// and read again when next needed. Documents that come a country at a time (a folder
  /// each) use one stream at a time; documents that come a date at a time for every country
  /// read each stream again once their countries' histories together pass it.
  var maximumCachedReadings = 8_192

  /// How many text ids are remembered.
  var rememberedTextIDs: Int { textIDs.count }
  /// How many streams are cached.
  var cachedStreams: Int { streams.count }

  /// Starts a transaction: forgets everything if another connection has committed since.
  func begin(_ db: Database) throws {
    let version = try Int.fetchOne(db, sql: "PRAGMA data_version")
    if version != dataVersion { reset() }
    dataVersion = version
  }

  /// Forgets everything; the next transaction reads what it needs from the database.
  func reset() {
    dataVersion = nil
    head = nil
    headKnown = false
    streams = [:]
    lastUse = [:]
    cachedReadings = 0
    textIDs = [:]
    pinned = []
  }

  /// Keeps `country`'s stream until ``unpinAll()``: it holds staged revisions.
  func pin(_ country: String) { pinned.insert(country) }

  /// The staged revisions are written: their streams may be forgotten again, and are, past
  /// the bound.
  func unpinAll() {
    guard !pinned.isEmpty else { return }
    pinned.removeAll(keepingCapacity: true)
    trim(keeping: nil)
  }

  /// Forgets one country's stream, after a change this cache does not follow itself.
  func forget(country: String) {
    if let stream = streams.removeValue(forKey: country) {
      cachedReadings -= stream.recorded.count
    }
    lastUse[country] = nil
  }

  /// The log's last event, or nil when the log is empty.
  func head(_ db: Database) throws -> Head? {
    if headKnown { return head }
    let row = try Row.fetchOne(
      db, sql: "SELECT seq, hash, recorded_at FROM events ORDER BY seq DESC LIMIT 1")
    head = row.map {
      Head(seq: $0[0], hash: $0.hex(1) ?? "", stored: $0.storedHash(1), recordedAt: $0[2])
    }
    headKnown = true
    return head
  }

  /// `event` is the log's last event now; `stored` its hash as bytes, when the caller has it.
  func setHead(_ event: LedgerEvent, stored: SHA256Hash? = nil) {
    head = Head(
      seq: event.seq, hash: event.hash, stored: stored ?? SHA256Hash(hex: event.hash),
      recordedAt: event.recordedAt)
    headKnown = true
  }

  /// The stream of `country`, read from the database the first time.
  func stream(_ country: String, _ db: Database) throws -> Stream {
    if let stream = streams[country] {
      clock += 1
      lastUse[country] = clock
      return stream
    }
    let version =
      try Int.fetchOne(
        db.cachedStatement(sql: "SELECT max(stream_version) FROM events WHERE country = ?"),
        arguments: [country]) ?? 0
    var recorded = Set<Stream.Reading>()
    let events = try Row.fetchCursor(
      db.cachedStatement(
        sql: """
          SELECT effective_date, content_hash FROM events
          WHERE country = ? AND kind IN ('recorded', 'corrected') AND content_hash IS NOT NULL
          """),
      arguments: [country])
    while let row = try events.next() {
      guard let contentHash = row.storedHash(1) else { continue }
      recorded.insert(Stream.key(date: row[0], contentHash: contentHash))
    }
    var inEffect: [String: Int] = [:]
    var latest: (date: String, seq: Int)?
    let revisions = try Row.fetchCursor(
      db.cachedStatement(
        sql: """
          SELECT effective_date, seq FROM revisions
          WHERE country = ? AND superseded_by IS NULL ORDER BY effective_date, seq
          """),
      arguments: [country])
    while let row = try revisions.next() {
      let date: String = row[0]
      let seq: Int = row[1]
      inEffect[date] = seq
      latest = (date, seq)
    }
    var values: [String: Value] = [:]
    if let latest {
      let rows = try Row.fetchCursor(
        db.cachedStatement(
          sql: """
            SELECT v.indicator, v.text_id, t.digest, t.status
            FROM indicator_values v JOIN indicator_texts t ON t.id = v.text_id
            WHERE v.seq = ?
            """),
        arguments: [latest.seq])
      while let row = try rows.next() {
        let digest: Data = row[2]
        values[row[0]] = Value(digest: digest, status: row[3])
        remember(digest, row[1])
      }
    }
    let stream = Stream(
      version: version, recorded: recorded, inEffect: inEffect, latestDate: latest?.date,
      latestSeq: latest?.seq, latestValues: values)
    setStream(stream, for: country)
    return stream
  }

  func setStream(_ stream: Stream, for country: String) {
    cachedReadings += stream.recorded.count - (streams[country]?.recorded.count ?? 0)
    streams[country] = stream
    clock += 1
    lastUse[country] = clock
    // The stream just set is kept, however large.
    trim(keeping: country)
  }

  /// Forgets the streams used least recently until the cached readings are within the
  /// bound, but for `kept` and the pinned streams.
  private func trim(keeping kept: String?) {
    while cachedReadings > maximumCachedReadings {
      var oldest: (country: String, tick: Int)?
      for (other, tick) in lastUse
      where other != kept && !pinned.contains(other) && tick < oldest?.tick ?? .max {
        oldest = (other, tick)
      }
      guard let oldest else { break }
      forget(country: oldest.country)
    }
  }

  /// The id of the stored reading with `digest`, if the writer has seen it.
  func knownTextID(_ digest: Data) -> Int64? {
    Digest(digest).flatMap { textIDs[$0] }
  }

  func knownTextID(_ digest: Digest) -> Int64? { textIDs[digest] }

  func remember(_ digest: Digest, _ id: Int64) {
    if textIDs.count >= maximumTextIDs { textIDs.removeAll(keepingCapacity: true) }
    textIDs[digest] = id
  }

  func remember(_ digest: Data, _ id: Int64) {
    if let key = Digest(digest) { remember(key, id) }
  }

  /// `(?, ?, ?), (?, ?, ?)` for `rows` rows of `columns` values, made once per shape.
  func placeholders(rows: Int, columns: Int) -> String {
    let key = rows << 8 | columns
    if let list = placeholderLists[key] { return list }
    let row = "(" + Array(repeating: "?", count: columns).joined(separator: ", ") + ")"
    let list = Array(repeating: row, count: rows).joined(separator: ", ")
    placeholderLists[key] = list
    return list
  }
}
