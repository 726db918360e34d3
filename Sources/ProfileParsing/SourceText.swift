/// A document's bytes turned into clean, numbered lines.
///
/// Undoes what converters and editors do to text, so the reader above it sees one shape:
/// byte-order mark, CRLF/CR line endings, form feeds, no-break and thin spaces, runs of
/// spaces, trailing whitespace, and the mojibake some converters produce (`¡¯` for `’`).
/// Line numbers stay those an editor shows for the original file.
struct SourceText {
  struct Line {
    /// 1-based line number in the original file.
    var number: Int
    /// The line, trimmed, spaces collapsed, mojibake repaired.
    var text: String
  }

  var lines: [Line]
  var diagnostics: [Diagnostic]

  init(bytes: some Collection<UInt8>) {
    var diagnostics: [Diagnostic] = []
    var buffer = Array(bytes)
    if buffer.starts(with: [0xEF, 0xBB, 0xBF]) { buffer.removeFirst(3) }
    if let nul = buffer.firstIndex(of: 0) {
      let line = buffer[..<nul].reduce(1) { $0 + ($1 == 0x0A ? 1 : 0) }
      diagnostics.append(
        .error(line: line, "file contains NUL bytes: this is not a text document"))
      self.lines = []
      self.diagnostics = diagnostics
      return
    }
    if String(validating: buffer, as: UTF8.self) == nil {
      let line = SourceText.firstInvalidUTF8Line(buffer)
      diagnostics.append(
        .warning(line: line, "file is not valid UTF-8; read as Windows-1252"))
      buffer = Array(SourceText.decodeWindows1252(buffer).utf8)
    }
    var lines: [Line] = []
    var repairedLines: [Int] = []
    var number = 1
    var lineBytes: [UInt8] = []
    lineBytes.reserveCapacity(256)
    var index = 0
    let count = buffer.count

    func flush() {
      var text = String(decoding: lineBytes, as: UTF8.self)
      if let repaired = Mojibake.repair(text) {
        text = repaired
        repairedLines.append(number)
      }
      lines.append(Line(number: number, text: text))
      lineBytes.removeAll(keepingCapacity: true)
    }

    func appendSpace() {
      if let last = lineBytes.last, last != 0x20 { lineBytes.append(0x20) }
    }

    while index < count {
      let byte = buffer[index]
      switch byte {
      case 0x0A:
        SourceText.trimTrailingSpace(&lineBytes)
        flush()
        number += 1
      case 0x0D:
        SourceText.trimTrailingSpace(&lineBytes)
        flush()
        number += 1
        if index + 1 < count, buffer[index + 1] == 0x0A { index += 1 }
      case 0x20, 0x09, 0x0B, 0x0C:
        appendSpace()
      case 0xC2 where index + 1 < count && buffer[index + 1] == 0xA0:  // no-break space
        appendSpace()
        index += 1
      case 0xE2
      where index + 2 < count && buffer[index + 1] == 0x80
        && (buffer[index + 2] == 0xAF || (0x80...0x8A).contains(buffer[index + 2])):
        // narrow no-break space, en/em/thin/hair spaces
        appendSpace()
        index += 2
      default:
        lineBytes.append(byte)
      }
      index += 1
    }
    SourceText.trimTrailingSpace(&lineBytes)
    if !lineBytes.isEmpty { flush() }

    if let first = repairedLines.first {
      let lineList = repairedLines.count == 1 ? "" : " (\(repairedLines.count) lines)"
      diagnostics.append(
        .warning(line: first, "repaired converter mojibake such as '¡¯' for '’'\(lineList)"))
    }
    // Trim leading spaces last, so indentation never hides in a line's text.
    for i in lines.indices where lines[i].text.first == " " {
      lines[i].text = String(lines[i].text.drop { $0 == " " })
    }
    self.lines = lines
    self.diagnostics = diagnostics
  }

  private static func trimTrailingSpace(_ bytes: inout [UInt8]) {
    while bytes.last == 0x20 { bytes.removeLast() }
  }

  private static func firstInvalidUTF8Line(_ bytes: [UInt8]) -> Int {
    var line = 1
    var start = 0
    for (i, byte) in bytes.enumerated() where byte == 0x0A {
      if String(validating: bytes[start..<i], as: UTF8.self) == nil { return line }
      line += 1
      start = i + 1
    }
    return line
  }

  /// Windows-1252: Latin-1 with typographic characters in 0x80–0x9F.
  static func decodeWindows1252(_ bytes: [UInt8]) -> String {
    var scalars = String.UnicodeScalarView()
    for byte in bytes {
      if (0x80...0x9F).contains(byte), let mapped = Mojibake.windows1252High[Int(byte - 0x80)] {
        scalars.append(mapped)
      } else {
        scalars.append(Unicode.Scalar(byte))
      }
    }
    return String(scalars)
  }
}

/// Repairs of text that was encoded one way and decoded another by a converter.
enum Mojibake {
  /// GBK bytes read as Latin-1: the punctuation Chinese-locale converters emit.
  static let gbkPunctuation: [(String, String)] = [
    ("¡¯", "\u{2019}"), ("¡®", "\u{2018}"), ("¡°", "\u{201C}"), ("¡±", "\u{201D}"),
    ("¡ì", "§"), ("¡ª", "\u{2014}"), ("¡­", "\u{2026}"), ("¡¤", "·"),
  ]

  /// Characters of Windows-1252 bytes 0x80–0x9F (nil where the code page has none).
  static let windows1252High: [Unicode.Scalar?] = [
    "\u{20AC}", nil, "\u{201A}", "\u{0192}", "\u{201E}", "\u{2026}", "\u{2020}", "\u{2021}",
    "\u{02C6}", "\u{2030}", "\u{0160}", "\u{2039}", "\u{0152}", nil, "\u{017D}", nil,
    nil, "\u{2018}", "\u{2019}", "\u{201C}", "\u{201D}", "\u{2022}", "\u{2013}", "\u{2014}",
    "\u{02DC}", "\u{2122}", "\u{0161}", "\u{203A}", "\u{0153}", nil, "\u{017E}", "\u{0178}",
  ]

  /// The repaired line, or `nil` when it needs no repair. Cheap for clean ASCII lines.
  static func repair(_ line: String) -> String? {
    guard line.utf8.contains(where: { $0 >= 0xC2 }) else { return nil }
    var text = line
    var changed = false
    // UTF-8 read as Windows-1252 ("CÃ´te d'Ivoire", "â€™"): re-encode and decode again.
    if text.contains("Ã") || text.contains("â€") || text.contains("Â"),
      let fixed = undoWindows1252(text)
    {
      text = fixed
      changed = true
    }
    if text.contains("¡") {
      for (bad, good) in gbkPunctuation where text.contains(bad) {
        text = text.replacingAll(bad, with: good)
        changed = true
      }
    }
    return changed ? text : nil
  }

  private static func undoWindows1252(_ text: String) -> String? {
    var bytes: [UInt8] = []
    for scalar in text.unicodeScalars {
      if scalar.value < 0x80 || (0xA0...0xFF).contains(scalar.value) {
        bytes.append(UInt8(scalar.value))
      } else if let index = windows1252High.firstIndex(of: scalar) {
        bytes.append(UInt8(0x80 + index))
      } else {
        return nil
      }
    }
    guard let decoded = String(validating: bytes, as: UTF8.self), decoded != text else {
      return nil
    }
    return decoded
  }
}

extension String {
  /// Every occurrence of `target` replaced by `replacement`, without Foundation.
  func replacingAll(_ target: String, with replacement: String) -> String {
    guard !target.isEmpty else { return self }
    var result = ""
    var rest = self[...]
    while let range = rest.firstRange(of: target) {
      result += rest[..<range.lowerBound]
      result += replacement
      rest = rest[range.upperBound...]
    }
    result += rest
    return result
  }

  /// The parts between occurrences of `separator`, empty parts included.
  func pieces(separatedBy separator: String) -> [String] {
    var parts: [String] = []
    var rest = self[...]
    while let range = rest.firstRange(of: separator) {
      parts.append(String(rest[..<range.lowerBound]))
      rest = rest[range.upperBound...]
    }
    parts.append(String(rest))
    return parts
  }
}
