import Foundation
import GRDB

/// The one way the store's compressed rows are read: the columns a query selects for a
/// document (`sources`) or a reading (`events`), with those of its base when it is a delta
/// (schema v8), and their decompression.
///
/// ```swift
/// let sql = "SELECT \(StoredBytes.reading("e")) FROM events e WHERE e.seq = ?"
/// let reading = try StoredBytes.decompress(row, at: 0)
/// ```
enum StoredBytes {
  /// The four columns of the reading of `events`, the alias of an `events` table: its size and
  /// zlib, and its base's (NULL for a reading compressed alone).
  static func reading(_ events: String) -> String {
    """
    \(events).reading_size, \(events).reading_zlib,
      (SELECT reading_size FROM events WHERE seq = \(events).reading_base),
      (SELECT reading_zlib FROM events WHERE seq = \(events).reading_base)
    """
  }

  /// The four columns of the document of `sources`, the alias of a `sources` table, likewise.
  static func document(_ sources: String) -> String {
    """
    \(sources).size, \(sources).zlib,
      (SELECT size FROM sources WHERE hash = \(sources).base),
      (SELECT zlib FROM sources WHERE hash = \(sources).base)
    """
  }

  /// The bytes of the four columns from `index` of `row`; nil when the row has none (a
  /// withdrawal's reading, a missing document).
  ///
  /// - Throws: `Deflate.Failure` when a stream, or its base's, does not decompress.
  static func decompress(_ row: Row, at index: Int) throws -> [UInt8]? {
    try compressed(row, at: index)?.decompress()
  }

  /// The four columns from `index` of `row` as they are, to decompress later (on another
  /// thread); nil when the row has none.
  static func compressed(_ row: Row, at index: Int) -> Compressed? {
    guard let size = row[index] as Int?, let zlib = row[index + 1] as Data? else { return nil }
    return Compressed(
      size: size, zlib: [UInt8](zlib), baseSize: row[index + 2],
      baseZlib: (row[index + 3] as Data?).map { [UInt8]($0) })
  }

  /// A stored row's compressed bytes, with its base's when it is a delta.
  struct Compressed: Sendable {
    var size: Int
    var zlib: [UInt8]
    var baseSize: Int?
    var baseZlib: [UInt8]?

    func decompress() throws -> [UInt8] {
      try Deflate.decompress(zlib, size: size, baseZlib: baseZlib, baseSize: baseSize)
    }
  }
}
