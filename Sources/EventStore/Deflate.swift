import CZlib

/// zlib compression of stored documents and readings (RFC 1950), through the system's zlib.
///
/// Sources and readings are text that repeats itself across a country's revisions; stored
/// compressed, the ledger stays smaller than the documents it keeps. Any zlib reads them back
/// (`python3 -c 'import zlib,sys; …'`).
enum Deflate {
  enum Failure: Error, Equatable {
    case corrupt(code: Int32)
  }

  static func compress(_ bytes: [UInt8]) -> [UInt8] {
    var capacity = compressBound(uLong(bytes.count))
    var out = [UInt8](repeating: 0, count: Int(capacity))
    let code = out.withUnsafeMutableBufferPointer { destination in
      bytes.withUnsafeBufferPointer { source in
        compress2(destination.baseAddress, &capacity, source.baseAddress, uLong(source.count), 6)
      }
    }
    precondition(code == Z_OK, "zlib compress2 failed with \(code)")  // only on out-of-memory
    out.removeLast(out.count - Int(capacity))
    return out
  }

  static func decompress(_ bytes: [UInt8], size: Int) throws -> [UInt8] {
    var length = uLong(size)
    var out = [UInt8](repeating: 0, count: max(size, 1))
    let code = out.withUnsafeMutableBufferPointer { destination in
      bytes.withUnsafeBufferPointer { source in
        uncompress(destination.baseAddress, &length, source.baseAddress, uLong(source.count))
      }
    }
    guard code == Z_OK, Int(length) == size else { throw Failure.corrupt(code: code) }
    out.removeLast(out.count - size)
    return out
  }
}
