import Foundation
import GRDB
import ProfileModel
import Synchronization

/// A revision whose document and reading are stored with the fixed dictionary alone, so that
/// later revisions of its country may be stored as deltas against them (schema v8).
struct Keyframe: Sendable {
  let country: String
  let sourceHash: SHA256Hash
  let source: [UInt8]
  /// The document's standalone compressed size: a delta much larger than half of it means
  /// the country's documents drifted away from this one, and a new keyframe is due.
  let sourceZlibCount: Int
  let date: String
  let contentHash: SHA256Hash
  let reading: [UInt8]
  let readingZlibCount: Int

  /// What a delta names as its reading's base until the writer knows the event's seq.
  var readingBase: PreparedRevision.ReadingBase {
    PreparedRevision.ReadingBase(country: country, date: date, contentHash: contentHash)
  }
}

/// The latest keyframe of each country, as preparation chose them: what the next batch's
/// documents are compressed against.
///
/// A cache of the store, bounded, and never trusted by the writer: it checks each base is
/// stored before naming it, and tells the cache to forget a country whose base it did not
/// find (a document rolled back, or recorded as unchanged).
final class Keyframes: Sendable {
  private let byCountry = Mutex<[String: Keyframe]>([:])

  /// Countries remembered at most: about 2 MB (a document and a reading of some 8 KB each),
  /// whatever the size of the store; past it, keyframes are read from the store again.
  static let limit = 256

  func keyframe(_ country: String) -> Keyframe? {
    byCountry.withLock { $0[country] }
  }

  func remember(_ keyframes: [Keyframe]) {
    byCountry.withLock { cache in
      if cache.count + keyframes.count > Keyframes.limit { cache = [:] }
      for keyframe in keyframes { cache[keyframe.country] = keyframe }
    }
  }

  func forget(country: String) {
    _ = byCountry.withLock { $0.removeValue(forKey: country) }
  }

  func forgetAll() {
    byCountry.withLock { $0 = [:] }
  }

  /// The latest keyframe of `country` stored: the latest revision read from a text document
  /// whose document and reading are both stored without a base. Every revision of a store
  /// older than v8 is one.
  static func stored(country: String, in db: Database) throws -> Keyframe? {
    guard
      let row = try Row.fetchOne(
        db.cachedStatement(
          sql: """
            SELECT e.effective_date, e.content_hash, e.reading_size, e.reading_zlib, s.hash,
              s.size, s.zlib
            FROM events e JOIN sources s ON s.hash = e.source_hash
            WHERE e.country = ? AND e.kind IN ('recorded', 'corrected')
              AND e.reading_base IS NULL AND e.text_hash IS NULL AND s.base IS NULL
            ORDER BY e.seq DESC LIMIT 1
            """),
        arguments: [country])
    else { return nil }
    guard let contentHash = row.storedHash(1), let sourceHash = row.storedHash(4) else {
      return nil
    }
    let readingZlib = [UInt8](row[3] as Data)
    let sourceZlib = [UInt8](row[6] as Data)
    return Keyframe(
      country: country, sourceHash: sourceHash,
      source: try Deflate.decompress(sourceZlib, size: row[5]),
      sourceZlibCount: sourceZlib.count, date: row[0], contentHash: contentHash,
      reading: try Deflate.decompress(readingZlib, size: row[2]),
      readingZlibCount: readingZlib.count)
  }
}
