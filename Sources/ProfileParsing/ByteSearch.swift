#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Substring search over UTF-8 bytes.
///
/// The reader looks for short ASCII needles in short texts many times per document; a byte
/// loop is an order of magnitude faster here than the generic `firstRange(of:)`.
extension StringProtocol {
  /// The UTF-8 offset of the first occurrence of `needle` at or after `from`, if any.
  func utf8Offset(of needle: String, from start: Int = 0) -> Int? {
    var needle = needle
    return needle.withUTF8 { pattern -> Int? in
      guard let first = pattern.first else { return start }
      let search = { (text: UnsafeBufferPointer<UInt8>) -> Int? in
        let count = text.count
        let length = pattern.count
        guard length <= count else { return nil }
        var i = start
        while i <= count - length {
          if text[i] == first {
            var j = 1
            while j < length && text[i + j] == pattern[j] { j += 1 }
            if j == length { return i }
          }
          i += 1
        }
        return nil
      }
      if let found = self.utf8.withContiguousStorageIfAvailable(search) { return found }
      return Array(self.utf8).withUnsafeBufferPointer(search)
    }
  }

  /// Whether the text contains `needle`, compared byte for byte.
  func containsBytes(_ needle: String) -> Bool { utf8Offset(of: needle) != nil }

  /// The index `offset` UTF-8 bytes from the start.
  func utf8Index(_ offset: Int) -> Index { utf8.index(startIndex, offsetBy: offset) }
}

extension StringProtocol {
  /// Whether the text starts with `upperPrefix` (given in upper case), ignoring ASCII case.
  func hasPrefix(ignoringCase upperPrefix: String) -> Bool {
    withUTF8Bytes { text in
      upperPrefix.withUTF8Bytes { prefix in
        guard prefix.count <= text.count else { return false }
        var i = 0
        while i < prefix.count {
          var byte = text[i]
          if byte &- 0x61 < 26 { byte ^= 0x20 }
          if byte != prefix[i] { return false }
          i += 1
        }
        return true
      }
    }
  }
}

extension StringProtocol {
  /// Runs `body` over the UTF-8 bytes without copying them when the string is native.
  @inline(__always)
  func withUTF8Bytes<R>(_ body: (UnsafeBufferPointer<UInt8>) -> R) -> R {
    if let result = utf8.withContiguousStorageIfAvailable(body) { return result }
    return Array(utf8).withUnsafeBufferPointer(body)
  }

  /// Whether the byte occurs in the text.
  func containsByte(_ byte: UInt8) -> Bool {
    withUTF8Bytes { bytes in
      guard let base = bytes.baseAddress else { return false }
      return memchr(base, Int32(byte), bytes.count) != nil
    }
  }

  /// Whether every character is ASCII.
  var isASCIIText: Bool {
    withUTF8Bytes { bytes in
      var any: UInt8 = 0
      for b in bytes { any |= b }
      return any < 0x80
    }
  }

  /// A copy with ASCII letters `from` mapped to the other case.
  @inline(__always)
  private func mappingASCII(from: ClosedRange<UInt8>) -> String {
    withUTF8Bytes { bytes in
      String(unsafeUninitializedCapacity: bytes.count) { out in
        var i = 0
        while i < bytes.count {
          let b = bytes[i]
          out[i] = from.contains(b) ? b ^ 0x20 : b
          i += 1
        }
        return bytes.count
      }
    }
  }

  /// ASCII upper case; other characters as they are. Cheaper than `uppercased()`.
  var asciiUppercased: String { mappingASCII(from: 0x61...0x7A) }

  /// ASCII lower case; other characters as they are.
  var asciiLowercased: String { mappingASCII(from: 0x41...0x5A) }
}
