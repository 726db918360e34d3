import CZlib
import LedgerModel
import ProfileModel

/// zlib compression of stored documents and readings (RFC 1950), through the system's zlib,
/// with a preset dictionary.
///
/// Profiles repeat their template's headings and phrases, and readings repeat their keys, so
/// compressing each one against a dictionary of that common text (`Schema/zlib-dictionary.txt`)
/// keeps the ledger smaller than the documents it holds. Each stream names its dictionary by
/// Adler-32 in its header, and any zlib reads it back given that file (for example Python's
/// `zlib.decompressobj(zdict=…)`). A re-issue of a document is compressed against an earlier
/// one of its country as well, its keyframe (`compress(_:base:)`, schema v8), and is read
/// with it.
enum Deflate {
  enum Failure: Error, Equatable {
    case corrupt(code: Int32)
  }

  /// The preset dictionary; it never changes once stores exist that use it.
  static let dictionary: [UInt8] = {
    guard let text = StoreResources.file("zlib-dictionary.txt") else {
      preconditionFailure("Schema/zlib-dictionary.txt is not embedded")
    }
    return Array(text.utf8)
  }()

  /// A stream with the dictionary already loaded, never used itself: each compression
  /// starts from a copy of it, which costs a fraction of loading the dictionary anew.
  /// `deflateCopy` only reads its source, so threads share it.
  ///
  /// Level 3; a 16 KiB window (`windowBits` 14), which holds the dictionary and a document,
  /// and `memLevel` 7, which keeps the state to copy small.
  private static let primed = PrimedStream()

  private final class PrimedStream: @unchecked Sendable {
    let stream = UnsafeMutablePointer<z_stream>.allocate(capacity: 1)

    init() {
      stream.initialize(to: z_stream())
      var code = deflateInit2_(
        stream, 3, Z_DEFLATED, 14, 7, Z_DEFAULT_STRATEGY, zlibVersion(),
        Int32(MemoryLayout<z_stream>.size))
      precondition(code == Z_OK, "zlib deflateInit failed with \(code)")  // out of memory only
      code = Deflate.dictionary.withUnsafeBufferPointer {
        deflateSetDictionary(stream, $0.baseAddress, uInt($0.count))
      }
      precondition(code == Z_OK, "zlib deflateSetDictionary failed with \(code)")
    }
  }

  static func compress(_ bytes: [UInt8]) -> [UInt8] {
    let stream = UnsafeMutablePointer<z_stream>.allocate(capacity: 1)
    defer { stream.deallocate() }
    var code = deflateCopy(stream, primed.stream)
    precondition(code == Z_OK, "zlib deflateCopy failed with \(code)")  // out of memory only
    defer { deflateEnd(stream) }
    var out = [UInt8](repeating: 0, count: Int(deflateBound(stream, uLong(bytes.count))))
    code = bytes.withUnsafeBufferPointer { source in
      out.withUnsafeMutableBufferPointer { destination in
        stream.pointee.next_in = UnsafeMutablePointer(mutating: source.baseAddress)
        stream.pointee.avail_in = uInt(source.count)
        stream.pointee.next_out = destination.baseAddress
        stream.pointee.avail_out = uInt(destination.count)
        return deflate(stream, Z_FINISH)
      }
    }
    precondition(code == Z_STREAM_END, "zlib deflate failed with \(code)")
    // A copy as long as the output, without the bound's spare bytes (several times what a
    // document compresses to): compressed parts wait in memory until their batch is written.
    return Array(out[..<Int(stream.pointee.total_out)])
  }

  /// The preset dictionary of a stream compressed against `base`, a keyframe's bytes: the
  /// fixed dictionary followed by the base, of which the last 32 KiB (zlib's largest window).
  static func dictionary(base: [UInt8]) -> [UInt8] {
    let whole = dictionary + base
    return whole.count <= maxDictionary ? whole : Array(whole.suffix(maxDictionary))
  }

  /// zlib's largest window, and so the most of a preset dictionary a stream can use.
  static let maxDictionary = 32 * 1024

  /// Compresses `bytes` against `base`, an earlier document (or reading) of the same country,
  /// whose text a re-issue mostly repeats: the stream refers back to it rather than spell it
  /// out again. A 32 KiB window (`windowBits` 15), so that matches reach the whole base.
  static func compress(_ bytes: [UInt8], base: [UInt8]) -> [UInt8] {
    var stream = z_stream()
    var code = deflateInit2_(
      &stream, 3, Z_DEFLATED, 15, 8, Z_DEFAULT_STRATEGY, zlibVersion(),
      Int32(MemoryLayout<z_stream>.size))
    precondition(code == Z_OK, "zlib deflateInit failed with \(code)")  // out of memory only
    defer { deflateEnd(&stream) }
    code = dictionary(base: base).withUnsafeBufferPointer {
      deflateSetDictionary(&stream, $0.baseAddress, uInt($0.count))
    }
    precondition(code == Z_OK, "zlib deflateSetDictionary failed with \(code)")
    var out = [UInt8](repeating: 0, count: Int(deflateBound(&stream, uLong(bytes.count))))
    code = bytes.withUnsafeBufferPointer { source in
      out.withUnsafeMutableBufferPointer { destination in
        stream.next_in = UnsafeMutablePointer(mutating: source.baseAddress)
        stream.avail_in = uInt(source.count)
        stream.next_out = destination.baseAddress
        stream.avail_out = uInt(destination.count)
        return deflate(&stream, Z_FINISH)
      }
    }
    precondition(code == Z_STREAM_END, "zlib deflate failed with \(code)")
    return Array(out[..<Int(stream.total_out)])
  }

  /// Decompresses a stored row: `bytes`, `size` bytes once inflated, compressed with the fixed
  /// dictionary alone, or with `base` (the bytes of its keyframe) after it.
  static func decompress(_ bytes: [UInt8], size: Int, base: [UInt8]? = nil) throws -> [UInt8] {
    var stream = z_stream()
    guard inflateInit_(&stream, zlibVersion(), Int32(MemoryLayout<z_stream>.size)) == Z_OK else {
      throw Failure.corrupt(code: Z_MEM_ERROR)
    }
    defer { inflateEnd(&stream) }
    var out = [UInt8](repeating: 0, count: max(size, 1))
    let code = bytes.withUnsafeBufferPointer { source in
      out.withUnsafeMutableBufferPointer { destination -> Int32 in
        stream.next_in = UnsafeMutablePointer(mutating: source.baseAddress)
        stream.avail_in = uInt(source.count)
        stream.next_out = destination.baseAddress
        stream.avail_out = uInt(destination.count)
        var code = inflate(&stream, Z_FINISH)
        if code == Z_NEED_DICT {
          let preset = base.map { dictionary(base: $0) } ?? dictionary
          code = preset.withUnsafeBufferPointer {
            inflateSetDictionary(&stream, $0.baseAddress, uInt($0.count))
          }
          if code == Z_OK { code = inflate(&stream, Z_FINISH) }
        }
        return code
      }
    }
    guard code == Z_STREAM_END, Int(stream.total_out) == size else {
      throw Failure.corrupt(code: code)
    }
    out.removeLast(out.count - size)
    return out
  }

  /// Decompresses a stored row and, for a delta, its base row first (a keyframe, compressed
  /// with the fixed dictionary alone): what every reader of `sources.zlib` and
  /// `events.reading_zlib` calls, given the row's columns and its base's.
  static func decompress(
    _ bytes: [UInt8], size: Int, baseZlib: [UInt8]?, baseSize: Int?
  ) throws -> [UInt8] {
    guard let baseZlib, let baseSize else { return try decompress(bytes, size: size) }
    return try decompress(bytes, size: size, base: decompress(baseZlib, size: baseSize))
  }
}
