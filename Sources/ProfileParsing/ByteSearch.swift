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

/// The reader's view of a piece of text: UTF-8 bytes in a buffer that it does not own (a line,
/// a paragraph, an item). Strings are made only of what ends up in a reading.
extension UnsafeBufferPointer where Element == UInt8 {
  /// The bytes in `start..<end`, indexed from zero.
  @inline(__always)
  func slice(_ start: Int, _ end: Int) -> UnsafeBufferPointer<UInt8> {
    UnsafeBufferPointer(rebasing: self[start..<end])
  }

  /// The bytes from `start` to the end, indexed from zero.
  @inline(__always)
  func slice(from start: Int) -> UnsafeBufferPointer<UInt8> { slice(start, count) }

  /// The text as a `String`.
  var string: String { String(decoding: self, as: UTF8.self) }

  /// Without leading and trailing spaces, exactly like `trimmed` on a string: what is
  /// dropped is whole characters, so a combining mark on a space goes with it.
  var trimmingSpaces: UnsafeBufferPointer<UInt8> {
    var start = 0
    var end = count
    while start < end && self[start] == 0x20 {
      start &+= EdgeCharacter.first(of: slice(start, end))!.utf8Count
    }
    while end > start && self[end &- 1] == 0x20 {
      end &-= EdgeCharacter.last(of: slice(start, end))!.utf8Count
    }
    return slice(start, end)
  }

  /// Whether the byte occurs in the text.
  @inline(__always)
  func containsByte(_ byte: UInt8) -> Bool {
    guard let base = baseAddress else { return false }
    return memchr(base, Int32(byte), count) != nil
  }

  /// Whether every byte is ASCII.
  var isASCII: Bool {
    guard let base = baseAddress else { return true }
    // Eight bytes at a time, then the rest.
    let raw = UnsafeRawPointer(base)
    var any: UInt64 = 0
    var i = 0
    while i &+ 8 <= count {
      any |= raw.loadUnaligned(fromByteOffset: i, as: UInt64.self)
      i &+= 8
    }
    while i < count {
      any |= UInt64(self[i])
      i &+= 1
    }
    return any & 0x8080_8080_8080_8080 == 0
  }

  /// The offset of the first occurrence of `needle` at or after `start`, if any.
  func offset(of needle: UnsafeBufferPointer<UInt8>, from start: Int = 0) -> Int? {
    guard let first = needle.first else { return start }
    let length = needle.count
    guard let base = baseAddress, length <= count else { return nil }
    var i = start
    // memchr finds each candidate first byte; the rest is compared in place.
    while i <= count &- length,
      let found = memchr(base + i, Int32(first), count &- length &+ 1 &- i)
    {
      i = UnsafeRawPointer(found) - UnsafeRawPointer(base)
      var j = 1
      while j < length && self[i &+ j] == needle[j] { j &+= 1 }
      if j == length { return i }
      i &+= 1
    }
    return nil
  }

  /// The offset of the first occurrence of `needle` at or after `start`, if any.
  @inline(__always)
  func offset(of needle: [UInt8], from start: Int = 0) -> Int? {
    needle.withUnsafeBufferPointer { offset(of: $0, from: start) }
  }

  /// The offset of the first occurrence of `needle` at or after `start`, if any.
  @inline(__always)
  func offset(of needle: StaticString, from start: Int = 0) -> Int? {
    offset(
      of: UnsafeBufferPointer(start: needle.utf8Start, count: needle.utf8CodeUnitCount),
      from: start)
  }

  /// ``offset(of:from:)`` ignoring ASCII case; `lowerNeedle` is given in lower case.
  func offset(ofLowercased lowerNeedle: UnsafeBufferPointer<UInt8>, from start: Int = 0) -> Int? {
    guard let first = lowerNeedle.first else { return start }
    let length = lowerNeedle.count
    guard length <= count else { return nil }
    var i = start
    while i <= count &- length {
      if self[i].asciiLowercased == first {
        var j = 1
        while j < length && self[i &+ j].asciiLowercased == lowerNeedle[j] { j &+= 1 }
        if j == length { return i }
      }
      i &+= 1
    }
    return nil
  }

  /// ``offset(ofLowercased:from:)`` for a needle held in an array.
  @inline(__always)
  func offset(ofLowercased lowerNeedle: [UInt8], from start: Int = 0) -> Int? {
    lowerNeedle.withUnsafeBufferPointer { offset(ofLowercased: $0, from: start) }
  }

  /// Whether the text starts with `lowerPrefix` (given in lower case), ignoring ASCII case.
  func hasPrefix(ignoringLowercase lowerPrefix: UnsafeBufferPointer<UInt8>) -> Bool {
    guard lowerPrefix.count <= count else { return false }
    var i = 0
    while i < lowerPrefix.count {
      if self[i].asciiLowercased != lowerPrefix[i] { return false }
      i &+= 1
    }
    return true
  }

  /// Whether the text starts with `upperPrefix` (given in upper case), ignoring ASCII case.
  @inline(__always)
  func hasPrefix(ignoringCase upperPrefix: UnsafeBufferPointer<UInt8>) -> Bool {
    guard upperPrefix.count <= count else { return false }
    var i = 0
    while i < upperPrefix.count {
      if self[i].asciiUppercased != upperPrefix[i] { return false }
      i &+= 1
    }
    return true
  }

  /// Whether the text starts with `prefix`, byte for byte.
  @inline(__always)
  func hasPrefix(_ prefix: StaticString) -> Bool {
    let length = prefix.utf8CodeUnitCount
    guard length <= count else { return false }
    let bytes = prefix.utf8Start
    var i = 0
    while i < length {
      if self[i] != bytes[i] { return false }
      i &+= 1
    }
    return true
  }
}

extension UInt8 {
  /// The byte with ASCII `A`–`Z` mapped to lower case.
  @inline(__always)
  var asciiLowercased: UInt8 { self &- 0x41 < 26 ? self | 0x20 : self }

  /// The byte with ASCII `a`–`z` mapped to upper case.
  @inline(__always)
  var asciiUppercased: UInt8 { self &- 0x61 < 26 ? self ^ 0x20 : self }
}

extension Array where Element == UInt8 {
  /// Every occurrence of `target` replaced by `replacement`, left to right.
  func replacingAll(_ target: [UInt8], with replacement: [UInt8]) -> [UInt8] {
    withUnsafeBufferPointer { bytes in
      guard !target.isEmpty, var found = bytes.offset(of: target) else { return self }
      var result: [UInt8] = []
      result.reserveCapacity(count)
      var done = 0
      while true {
        result.append(contentsOf: bytes.slice(done, found))
        result.append(contentsOf: replacement)
        done = found + target.count
        guard let next = bytes.offset(of: target, from: done) else { break }
        found = next
      }
      result.append(contentsOf: bytes.slice(from: done))
      return result
    }
  }
}
