import Crypto
import Foundation
import GRDB
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
  public func verify(head expected: String? = nil, projections: Bool = true) throws
    -> Verification
  {
    try read { db in
      var checked = 0
      var previousHash = LedgerEvent.genesisHash
      var versions: [String: Int] = [:]
      var sources: Set<String> = []
      var sawExpected = expected == nil
      func fail(_ seq: Int?, _ message: String) -> Verification {
        Verification(
          events: checked, head: previousHash, problem: .init(seq: seq, message: message))
      }

      let rows = try Row.fetchCursor(
        db,
        sql: """
          SELECT seq, kind, country, stream_version, effective_date, recorded_at, parser_version,
            catalog, source_hash, content_hash, reading_size, reading_zlib, supersedes,
            prev_hash, hash
          FROM events ORDER BY seq
          """)
      while let row = try rows.next() {
        let seq: Int = row[0]
        guard seq == checked + 1 else {
          return fail(seq, "follows event \(checked): the events between are missing")
        }
        guard let kind = EventKind(rawValue: row[1]),
          let date = ProfileDate(iso: row[4] as String)
        else { return fail(seq, "its kind or effective date is not valid") }
        let event = LedgerEvent(
          seq: seq, kind: kind, country: row[2], streamVersion: row[3], effectiveDate: date,
          recordedAt: row[5], parserVersion: row[6], catalog: row[7], sourceHash: row[8],
          contentHash: row[9], supersedes: row[12], prevHash: row[13], hash: row[14])
        guard event.prevHash == previousHash else {
          return fail(seq, "its previous hash is not the hash of event \(seq - 1)")
        }
        guard event.hash == event.computedHash else {
          return fail(seq, "its hash does not match its fields: the event was altered")
        }
        let version = versions[event.country, default: 0] + 1
        guard event.streamVersion == version else {
          return fail(
            seq, "stream \(event.country) version \(event.streamVersion) where \(version) was due")
        }
        versions[event.country] = version

        if let contentHash = event.contentHash {
          let size: Int? = row[10]
          let compressed: Data? = row[11]
          guard let size, let compressed,
            let reading = try? Deflate.decompress(Array(compressed), size: size)
          else { return fail(seq, "its reading cannot be decompressed") }
          guard CanonicalJSON.sha256Hex(reading) == contentHash else {
            return fail(seq, "its reading does not hash to its content hash: it was altered")
          }
        }
        if let sourceHash = event.sourceHash, !sources.contains(sourceHash) {
          guard
            let source = try Row.fetchOne(
              db.cachedStatement(sql: "SELECT size, zlib FROM sources WHERE hash = ?"),
              arguments: [sourceHash])
          else { return fail(seq, "its source document \(sourceHash) is missing") }
          let compressed: Data = source[1]
          guard let bytes = try? Deflate.decompress(Array(compressed), size: source[0]),
            CanonicalJSON.sha256Hex(bytes) == sourceHash
          else { return fail(seq, "its source document no longer hashes to \(sourceHash)") }
          sources.insert(sourceHash)
        }
        if event.hash == expected { sawExpected = true }
        previousHash = event.hash
        checked += 1
      }
      if !sawExpected, let expected {
        return fail(
          nil,
          "the log does not contain head \(expected): events up to it were changed or dropped")
      }
      if projections, let difference = try Ledger.projectionDifference(in: db) {
        return fail(nil, "the projections differ from a rebuild from the events: \(difference)")
      }
      return Verification(events: checked, head: previousHash, problem: nil)
    }
  }
}

extension Ledger {
  /// Rebuilds the projections of `db`'s events in a store in memory and compares them with
  /// `db`'s own: the first row that differs, or nil.
  static func projectionDifference(in db: Database) throws -> String? {
    let rebuilt = try Ledger()
    // Its projections refer to events it does not hold.
    try rebuilt.writer.writeWithoutTransaction { try $0.execute(sql: "PRAGMA foreign_keys = OFF") }
    try rebuilt.writer.write { target in _ = try Ledger.replay(from: db, into: target) }
    return try rebuilt.writer.read { target in
      for sql in Ledger.projectionContentQueries {
        let actual = try Row.fetchCursor(db, sql: sql)
        let expected = try Row.fetchCursor(target, sql: sql)
        while let have = try actual.next() {
          guard let want = try expected.next() else {
            return "found \(have), which a rebuild does not have"
          }
          if Array(have.databaseValues) != Array(want.databaseValues) {
            return "found \(have), expected \(want)"
          }
        }
        if let want = try expected.next() { return "missing \(want)" }
      }
      return nil
    }
  }
}
