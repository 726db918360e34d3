import Crypto
import Foundation

/// A SHA-256 hash as a value: its 32 bytes, held inline (making, comparing and hashing one
/// allocates nothing).
///
/// People, files and the hash chain see a hash as 64 lower-case hex digits (``hex``); the
/// store keeps its bytes (schema v9), so that it takes half the room in the rows and indexes
/// that name it.
public struct SHA256Hash: Hashable, Sendable, CustomStringConvertible {
  /// The 32 bytes, in order: the tuple's layout is its elements' in order.
  private var words: (UInt64, UInt64, UInt64, UInt64) = (0, 0, 0, 0)

  /// The hash of `bytes`.
  public init(of bytes: some DataProtocol) {
    let digest =
      bytes.withContiguousStorageIfAvailable { SHA256.hash(data: UnsafeRawBufferPointer($0)) }
      ?? SHA256.hash(data: bytes)
    Swift.withUnsafeMutableBytes(of: &words) { out in
      digest.withUnsafeBytes { out.copyMemory(from: $0) }
    }
  }

  /// The hash whose bytes are `bytes`; nil when they are not 32.
  public init?(bytes: UnsafeRawBufferPointer) {
    guard bytes.count == 32 else { return nil }
    Swift.withUnsafeMutableBytes(of: &words) { $0.copyMemory(from: bytes) }
  }

  /// The hash whose bytes are `bytes` (a `Data`, an array of bytes); nil when they are not 32.
  public init?(_ bytes: some ContiguousBytes) {
    guard let hash = bytes.withUnsafeBytes({ SHA256Hash(bytes: $0) }) else { return nil }
    self = hash
  }

  /// The hash written `hex`: 64 lower-case hex digits, nothing else (the form every hash of
  /// the log has, so that writing it back gives the same text).
  public init?(hex: String) {
    var text = hex
    let parsed = text.withUTF8 { utf8 -> (UInt64, UInt64, UInt64, UInt64)? in
      guard utf8.count == 64 else { return nil }
      var words: (UInt64, UInt64, UInt64, UInt64) = (0, 0, 0, 0)
      let valid = Swift.withUnsafeMutableBytes(of: &words) { out -> Bool in
        for index in 0..<32 {
          guard let high = SHA256Hash.digitValue(utf8[2 * index]),
            let low = SHA256Hash.digitValue(utf8[2 * index + 1])
          else { return false }
          out[index] = high << 4 | low
        }
        return true
      }
      return valid ? words : nil
    }
    guard let parsed else { return nil }
    words = parsed
  }

  /// 64 zero digits: the hash the first event of a log follows.
  public static let zero = SHA256Hash(words: (0, 0, 0, 0))

  private init(words: (UInt64, UInt64, UInt64, UInt64)) { self.words = words }

  /// The value of a lower-case hex digit.
  private static func digitValue(_ byte: UInt8) -> UInt8? {
    switch byte {
    case 0x30...0x39: byte - 0x30
    case 0x61...0x66: byte - 0x57
    default: nil
    }
  }

  /// The 64 lower-case hex digits.
  public var hex: String {
    withUnsafeBytes { bytes in
      String(unsafeUninitializedCapacity: 64) { out in
        for (index, byte) in bytes.enumerated() {
          let high = byte >> 4
          let low = byte & 0x0F
          out[2 * index] = high < 10 ? 0x30 + high : 0x57 + high
          out[2 * index + 1] = low < 10 ? 0x30 + low : 0x57 + low
        }
        return 64
      }
    }
  }

  public var description: String { hex }

  /// Calls `body` with the 32 bytes.
  public func withUnsafeBytes<R>(_ body: (UnsafeRawBufferPointer) throws -> R) rethrows -> R {
    try Swift.withUnsafeBytes(of: words, body)
  }

  /// The 32 bytes.
  public var data: Data { withUnsafeBytes { Data($0) } }

  public static func == (a: SHA256Hash, b: SHA256Hash) -> Bool {
    a.words.0 == b.words.0 && a.words.1 == b.words.1 && a.words.2 == b.words.2
      && a.words.3 == b.words.3
  }

  public func hash(into hasher: inout Hasher) {
    hasher.combine(words.0)
    hasher.combine(words.1)
    hasher.combine(words.2)
    hasher.combine(words.3)
  }
}
