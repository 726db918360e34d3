/// Removes the markup that converters leave in running text, keeping what it names.
///
/// `[Name](#)` and `[Name](http://…)` become `Name` (and `Name` is reported as a link, since
/// links on profiles name partner bodies and conventions); `<http://…>` becomes `http://…`.
/// A `[` with another `[` before its `]` is text: a link's name never holds a `[`.
enum InlineMarkup {
  struct Stripped {
    var text: String
    var links: [String]
  }

  static func strip(_ text: String) -> Stripped {
    guard text.containsByte(UInt8(ascii: "[")) || text.containsByte(UInt8(ascii: "<")) else {
      return Stripped(text: text, links: [])
    }
    var out: [UInt8] = []
    var links: [String] = []
    text.withUTF8Bytes { strip($0, into: &out, links: &links) }
    return Stripped(text: String(decoding: out, as: UTF8.self), links: links)
  }

  /// `text` written so that ``strip(_:)`` reads it back unchanged and without links: an empty
  /// link, `[]()`, which strips to nothing, follows each `[` and `<`, so that neither starts
  /// markup. Text that already reads back unchanged is returned as it is.
  static func escaped(_ text: String) -> String {
    let read = strip(text)
    if read.text == text && read.links.isEmpty { return text }
    var out: [UInt8] = []
    out.reserveCapacity(text.utf8.count + 16)
    for byte in text.utf8 {
      out.append(byte)
      if byte == UInt8(ascii: "[") || byte == UInt8(ascii: "<") { out += Array("[]()".utf8) }
    }
    return String(decoding: out, as: UTF8.self)
  }

  /// Whether `text` may hold markup: only then need it be stripped.
  @inline(__always)
  static func mayContainMarkup(_ text: UnsafeBufferPointer<UInt8>) -> Bool {
    text.containsByte(UInt8(ascii: "[")) || text.containsByte(UInt8(ascii: "<"))
  }

  /// Appends `bytes` without their markup to `out`, and the link names to `links`.
  static func strip(
    _ bytes: UnsafeBufferPointer<UInt8>, into out: inout [UInt8], links: inout [String]
  ) {
    /// The index of the first `byte` at or after `start`.
    func find(_ byte: UInt8, from start: Int) -> Int? {
      var index = start
      while index < bytes.count {
        if bytes[index] == byte { return index }
        index += 1
      }
      return nil
    }
    /// The index of the first `[` or `]` at or after `start`.
    func findBracket(from start: Int) -> Int? {
      var index = start
      while index < bytes.count {
        if bytes[index] == UInt8(ascii: "[") || bytes[index] == UInt8(ascii: "]") { return index }
        index += 1
      }
      return nil
    }
    /// Appends what markup stands for, and returns where reading resumes (`next`, or after
    /// the spaces there): a space is never doubled at either edge, so that a link wrapped
    /// onto the next line (`the [` / `Convention …](#)`) or an empty link between two spaces
    /// reads as text written without the markup would.
    func appendMarkup(_ piece: UnsafeBufferPointer<UInt8>, resumingAt next: Int) -> Int {
      var start = 0
      if out.last == 0x20 {
        while start < piece.count && piece[start] == 0x20 { start += 1 }
      }
      out.append(contentsOf: piece.slice(start, piece.count))
      var next = next
      if out.last == 0x20 {
        while next < bytes.count && bytes[next] == 0x20 { next += 1 }
      }
      return next
    }
    out.reserveCapacity(out.count + bytes.count)
    var i = 0
    while i < bytes.count {
      // Copy the run of text up to the next possible markup at once.
      var next = i
      while next < bytes.count && bytes[next] != UInt8(ascii: "[")
        && bytes[next] != UInt8(ascii: "<")
      {
        next += 1
      }
      if next > i {
        out.append(contentsOf: bytes.slice(i, next))
        i = next
        continue
      }
      let byte = bytes[i]
      // A link's name holds no `[`: in `the [ITU-IMPACT [FIRST](#)` the inner `[` starts
      // the link and the earlier one is text.
      if byte == UInt8(ascii: "["), let close = findBracket(from: i + 1),
        bytes[close] == UInt8(ascii: "]"),
        close + 1 < bytes.count, bytes[close + 1] == UInt8(ascii: "("),
        let end = find(UInt8(ascii: ")"), from: close + 2)
      {
        let name = bytes.slice(i + 1, close)
        let linkText = name.trimmingSpaces
        if !linkText.isEmpty { links.append(linkText.string) }
        i = appendMarkup(name, resumingAt: end + 1)
        continue
      }
      if byte == UInt8(ascii: "<"), let end = find(UInt8(ascii: ">"), from: i + 1) {
        let inner = bytes.slice(i + 1, end)
        let lower = String(decoding: inner.prefix(8), as: UTF8.self).asciiLowercased
        if lower.hasPrefix("http://") || lower.hasPrefix("https://") || lower.hasPrefix("www.")
          || lower.hasPrefix("mailto:")
        {
          i = appendMarkup(inner, resumingAt: end + 1)
          continue
        }
      }
      out.append(byte)
      i += 1
    }
  }
}

extension StringProtocol {
  /// Without leading and trailing spaces (lines are already free of other whitespace).
  var trimmed: String {
    let ends = withUTF8Bytes { bytes in (bytes.first, bytes.last) }
    guard let first = ends.0, let last = ends.1 else { return "" }
    if first != 0x20 && last != 0x20 { return String(self) }
    var s = Substring(self)
    while s.utf8.first == 0x20 { s = s.dropFirst() }
    while s.utf8.last == 0x20 { s = s.dropLast() }
    return String(s)
  }
}
