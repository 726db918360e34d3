#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// A document's bytes turned into clean, numbered lines.
///
/// Undoes what converters and editors do to text, so the reader above it sees one shape:
/// byte-order mark, CRLF/CR line endings (and CR CR LF, one line end however many CRs come
/// before the LF), form feeds, no-break and thin spaces, runs of spaces, trailing
/// whitespace, and the mojibake some converters produce (`¡¯` for `’`). Line numbers stay
/// those an editor shows for the original file.
///
/// Collapsing runs of spaces would lose what a layout-preserving conversion says with them
/// (side-by-side columns, indentation), so each run of two or more spaces, and each line's
/// indentation, is kept as a ``Gap`` with the column the text after it starts at: the
/// ``PageLayout`` stage reads columns from them. A form feed before a line's text (a page
/// break, as `pdftotext` writes it) is kept as ``Line/startsPage``.
///
/// The cleaned lines are kept back to back in one buffer, each line a range of it, so that
/// reading a document allocates no string per line.
struct SourceText {
  struct Line {
    /// 1-based line number in the original file.
    var number: Int
    /// Where the line is in ``SourceText/bytes``: trimmed, spaces collapsed, mojibake
    /// repaired.
    var start: Int
    var end: Int
    /// The line's indentation and its runs of two or more spaces, in ``SourceText/gaps``.
    var gaps: Range<Int> = 0..<0
    /// A form feed came before the line's text: a new page starts here.
    var startsPage = false
  }

  /// Where a run of spaces was collapsed.
  struct Gap {
    /// Where the text after the run starts, from the start of its line (0 for indentation).
    var offset: Int
    /// The column (in characters of the original line) where the text after the run starts.
    var column: Int
  }

  /// The cleaned text of every line, with nothing between them.
  var bytes: [UInt8]
  var lines: [Line]
  /// The gaps of every line, in line order.
  var gaps: [Gap]
  var diagnostics: [Diagnostic]

  init(bytes: [UInt8]) {
    var diagnostics: [Diagnostic] = []
    var buffer = bytes
    if buffer.starts(with: [0xEF, 0xBB, 0xBF]) { buffer.removeFirst(3) }
    let nulIndex = buffer.withUnsafeBufferPointer { bytes -> Int? in
      guard let base = bytes.baseAddress, let found = memchr(base, 0, bytes.count) else {
        return nil
      }
      return UnsafeRawPointer(found) - UnsafeRawPointer(base)
    }
    if let nul = nulIndex {
      let line = buffer[..<nul].reduce(1) { $0 + ($1 == 0x0A ? 1 : 0) }
      diagnostics.append(
        .error(line: line, "file contains NUL bytes: this is not a text document"))
      self.bytes = []
      self.lines = []
      self.gaps = []
      self.diagnostics = diagnostics
      return
    }
    if !SourceText.isValidUTF8(buffer) {
      let line = SourceText.firstInvalidUTF8Line(buffer)
      diagnostics.append(
        .warning(line: line, "file is not valid UTF-8; read as Windows-1252"))
      buffer = SourceText.decodeWindows1252(buffer)
    }
    // One pass: cleaned bytes go to `out`; each line is a range of it. Spaces are collapsed
    // and leading/trailing ones dropped as they come.
    var lines: [Line] = []
    var gaps: [Gap] = []
    var suspects: [Int] = []
    var out = [UInt8](unsafeUninitializedCapacity: buffer.count) { out, length in
      buffer.withUnsafeBufferPointer { bytes in
        length = SourceText.clean(
          bytes, into: out, lines: &lines, gaps: &gaps, suspects: &suspects)
      }
    }

    var repairedLines: [Int] = []
    for index in suspects {
      let line = lines[index]
      guard
        let repaired = out.withUnsafeBufferPointer({ out -> String? in
          let text = out.slice(line.start, line.end)
          return Mojibake.mayNeedRepair(text) ? Mojibake.repair(text.string) : nil
        })
      else { continue }
      // The repaired line goes after the others; its range points there. Its gaps no longer
      // fall where they were, so it reads as one piece.
      lines[index].gaps = 0..<0
      lines[index].start = out.count
      out.append(contentsOf: repaired.utf8)
      lines[index].end = out.count
      repairedLines.append(line.number)
    }

    if let first = repairedLines.first {
      let lineList = repairedLines.count == 1 ? "" : " (\(repairedLines.count) lines)"
      diagnostics.append(
        .warning(line: first, "repaired converter mojibake such as '¡¯' for '’'\(lineList)"))
    }
    self.bytes = out
    self.lines = lines
    self.gaps = gaps
    self.diagnostics = diagnostics
  }

  /// Copies `bytes` to `out` with whitespace collapsed and line ends removed; appends where
  /// each line is in `out` to `lines`, and returns how many bytes of `out` are used. `gaps`
  /// gets the runs of spaces collapsed, `suspects` the indices of lines with bytes that may
  /// start mojibake.
  private static func clean(
    _ bytes: UnsafeBufferPointer<UInt8>, into out: UnsafeMutableBufferPointer<UInt8>,
    lines: inout [Line], gaps: inout [Gap], suspects: inout [Int]
  ) -> Int {
    guard let source = bytes.baseAddress, let target = out.baseAddress else { return 0 }
    lines.reserveCapacity(bytes.count / 8 + 16)
    var number = 1
    var lineStart = 0
    var sourceLineStart = 0
    var lineGaps = 0
    var startsPage = false
    var suspect = false
    var length = 0
    let count = bytes.count
    var index = 0
    while index < count {
      // The common case: words and single spaces, copied eight bytes at a time up to the
      // first byte that needs a look (the bytes past it are overwritten later).
      if index &+ 8 <= count {
        let chunk = UInt64(
          littleEndian: UnsafeRawPointer(source + index).loadUnaligned(as: UInt64.self))
        let spaceMayLead = length > lineStart && target[length &- 1] != 0x20
        let irregular = SourceText.irregularBytes(chunk, spaceMayLead: spaceMayLead)
        UnsafeMutableRawPointer(target + length).storeBytes(
          of: chunk.littleEndian, as: UInt64.self)
        let plain = irregular == 0 ? 8 : irregular.trailingZeroBitCount &>> 3
        index &+= plain
        length &+= plain
        if irregular == 0 { continue }
      }
      let byte = source[index]
      index &+= 1
      if byte &- 0x21 < 0xA1 {  // printable ASCII and UTF-8 tails
        target[length] = byte
        length &+= 1
        continue
      }
      var space = false
      switch byte {
      case 0x0A, 0x0D:
        while length > lineStart && target[length &- 1] == 0x20 { length &-= 1 }
        // A run that ended the line is no gap.
        while gaps.count > lineGaps, gaps[gaps.count &- 1].offset >= length &- lineStart,
          gaps[gaps.count &- 1].offset > 0
        {
          gaps.removeLast()
        }
        if suspect { suspects.append(lines.count) }
        lines.append(
          Line(
            number: number, start: lineStart, end: length, gaps: lineGaps..<gaps.count,
            startsPage: startsPage))
        lineStart = length
        lineGaps = gaps.count
        startsPage = false
        suspect = false
        number &+= 1
        if byte == 0x0D {
          // CR LF and CR CR LF end one line; a CR alone ends a line too.
          var next = index
          while next < count, source[next] == 0x0D { next &+= 1 }
          if next < count, source[next] == 0x0A { index = next &+ 1 }
        }
        sourceLineStart = index
      case 0x20, 0x09:
        // A run of spaces: kept as a gap when it indents the line or is two or more wide.
        let leading = length == lineStart
        let runStart = index &- 1
        while index < count, source[index] == 0x20 || source[index] == 0x09 { index &+= 1 }
        let wide = leading || index &- runStart >= 2 || target[length &- 1] == 0x20
        if !leading && target[length &- 1] != 0x20 {
          target[length] = 0x20
          length &+= 1
        }
        if wide {
          let column = SourceText.column(source, from: sourceLineStart, to: index)
          gaps.append(Gap(offset: length &- lineStart, column: column))
        }
      case 0x0C:
        if length == lineStart { startsPage = true }
        space = true
      case 0x0B:
        space = true
      case 0xC2 where index < count && source[index] == 0xA0:  // no-break space
        space = true
        index &+= 1
      case 0xE2
      where index &+ 1 < count && source[index] == 0x80
        && (source[index &+ 1] == 0xAF || (0x80...0x8A).contains(source[index &+ 1])):
        // narrow no-break space, en/em/thin/hair spaces
        space = true
        index &+= 2
      default:
        if byte == 0xC2 || byte == 0xC3 { suspect = true }
        target[length] = byte
        length &+= 1
      }
      if space, length > lineStart, target[length &- 1] != 0x20 {
        target[length] = 0x20
        length &+= 1
      }
    }
    while length > lineStart && target[length &- 1] == 0x20 { length &-= 1 }
    while gaps.count > lineGaps, gaps[gaps.count &- 1].offset >= length &- lineStart,
      gaps[gaps.count &- 1].offset > 0
    {
      gaps.removeLast()
    }
    if length > lineStart {
      if suspect { suspects.append(lines.count) }
      lines.append(
        Line(
          number: number, start: lineStart, end: length, gaps: lineGaps..<gaps.count,
          startsPage: startsPage))
    } else {
      gaps.removeSubrange(lineGaps...)
    }
    return length
  }

  /// The column at `end` of a line that starts at `start`: its characters, not counting
  /// control characters (a form feed takes no room) or UTF-8 continuation bytes.
  private static func column(_ source: UnsafePointer<UInt8>, from start: Int, to end: Int) -> Int {
    var column = 0
    var index = start
    while index < end {
      let byte = source[index]
      if byte >= 0x20 && (byte < 0x80 || byte >= 0xC0) { column &+= 1 }
      index &+= 1
    }
    return column
  }

  /// Of eight bytes (the first in the low byte), those that cannot be copied as they are,
  /// marked by their high bit: all but printable ASCII, UTF-8 tails below 0xC2 (0xC2 and 0xC3
  /// may start mojibake or a no-break space) and single spaces, a leading one only if
  /// `spaceMayLead`.
  @inline(__always)
  private static func irregularBytes(_ chunk: UInt64, spaceMayLead: Bool) -> UInt64 {
    let lowBits: UInt64 = 0x7F7F_7F7F_7F7F_7F7F
    let highBits: UInt64 = 0x8080_8080_8080_8080
    let low = chunk & lowBits
    // Per byte, bit 7 of each sum says whether the low seven bits reach a bound; no sum
    // carries into the next byte.
    let atLeastC2 = (low &+ 0x3E3E_3E3E_3E3E_3E3E) & chunk & highBits
    let belowSpace = ~((low &+ 0x6060_6060_6060_6060) | chunk) & highBits
    let notSpace = chunk ^ 0x2020_2020_2020_2020
    let spaces = ~(((notSpace & lowBits) &+ lowBits) | notSpace) & highBits
    let secondSpaces = spaces & (spaces << 8)
    let leadingSpace = spaceMayLead ? 0 : spaces & 0x80
    return atLeastC2 | belowSpace | secondSpaces | leadingSpace
  }

  /// UTF-8 validation with a fast path for ASCII.
  private static func isValidUTF8(_ bytes: [UInt8]) -> Bool {
    let ascii = bytes.withUnsafeBufferPointer(\.isASCII)
    return ascii || String(validating: bytes, as: UTF8.self) != nil
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

  /// Windows-1252 bytes as UTF-8: Latin-1 with typographic characters in 0x80–0x9F.
  static func decodeWindows1252(_ bytes: [UInt8]) -> [UInt8] {
    var utf8: [UInt8] = []
    utf8.reserveCapacity(bytes.count + bytes.count / 8)
    for byte in bytes {
      if byte < 0x80 {
        utf8.append(byte)
        continue
      }
      var scalar = Unicode.Scalar(byte)
      if byte <= 0x9F, let mapped = Mojibake.windows1252High[Int(byte - 0x80)] { scalar = mapped }
      utf8.append(contentsOf: UTF8.encode(scalar)!)  // every scalar has a UTF-8 form
    }
    return utf8
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

  /// Whether ``repair(_:)`` may change the line: only if it holds one of the sequences that
  /// start its patterns ("Ã", "â€", "Â", "¡"). Accented letters alone (é is C3 A9) do not.
  static func mayNeedRepair(_ line: UnsafeBufferPointer<UInt8>) -> Bool {
    line.offset(of: "Ã") != nil || line.offset(of: "â€") != nil || line.offset(of: "Â") != nil
      || line.offset(of: "¡") != nil
  }

  /// The repaired line, or `nil` when it needs no repair. Cheap for clean ASCII lines.
  ///
  /// Repairs are made until none applies, so that a repaired line needs no more repair: the
  /// text a reading holds reads the same when it is written out and read again.
  static func repair(_ line: String) -> String? {
    var text = line
    var changed = false
    while let repaired = repairOnce(text) {  // each repair shortens the text
      text = repaired
      changed = true
    }
    return changed ? text : nil
  }

  private static func repairOnce(_ line: String) -> String? {
    // Every pattern repaired here starts with the byte 0xC2 or 0xC3 (¡, Â, Ã, â).
    guard line.containsByte(0xC2) || line.containsByte(0xC3) else { return nil }
    var text = line
    var changed = false
    // UTF-8 read as Windows-1252 ("CÃ´te d'Ivoire", "â€™"): re-encode and decode again.
    if text.containsBytes("Ã") || text.containsBytes("â€") || text.containsBytes("Â"),
      let fixed = undoWindows1252(text)
    {
      text = fixed
      changed = true
    }
    if text.containsBytes("¡") {
      for (bad, good) in gbkPunctuation where text.containsBytes(bad) {
        text = text.replacingAll(bad, with: good)
        changed = true
      }
    }
    return changed ? text : nil
  }

  /// `text` with each sequence of characters whose Windows-1252 bytes are one UTF-8
  /// character of the patterns (starting "Â", "Ã" or "â€") replaced by that character; nil
  /// when there is none. Sequences are repaired one by one, each on its own evidence, so that
  /// a repair does not depend on what else is on the line (a line is repaired the same
  /// whether a list entry is on it or on a line of its own, or two lines are joined).
  private static func undoWindows1252(_ text: String) -> String? {
    func byte(_ scalar: Unicode.Scalar) -> UInt8? {
      if scalar.value < 0x80 || (0xA0...0xFF).contains(scalar.value) {
        return UInt8(scalar.value)
      }
      return windows1252High.firstIndex(of: scalar).map { UInt8(0x80 + $0) }
    }
    let scalars = Array(text.unicodeScalars)
    var out = String.UnicodeScalarView()
    var changed = false
    var index = 0
    while index < scalars.count {
      if let lead = byte(scalars[index]), (0xC2...0xF4).contains(lead) {
        let length = lead < 0xE0 ? 2 : lead < 0xF0 ? 3 : 4
        var bytes = [lead]
        while bytes.count < length, index + bytes.count < scalars.count,
          let next = byte(scalars[index + bytes.count]), next & 0xC0 == 0x80
        {
          bytes.append(next)
        }
        let pattern = lead <= 0xC3 || (lead == 0xE2 && bytes.count > 1 && bytes[1] == 0x80)
        if pattern, bytes.count == length, let decoded = String(validating: bytes, as: UTF8.self) {
          out.append(contentsOf: decoded.unicodeScalars)
          index += length
          changed = true
          continue
        }
      }
      out.append(scalars[index])
      index += 1
    }
    return changed ? String(out) : nil
  }
}

extension String {
  /// Every occurrence of `target` replaced by `replacement`, without Foundation.
  func replacingAll(_ target: String, with replacement: String) -> String {
    guard !target.isEmpty else { return self }
    guard var offset = utf8Offset(of: target) else { return self }
    var result = ""
    var done = 0
    let length = target.utf8.count
    repeat {
      result += self[utf8Index(done)..<utf8Index(offset)]
      result += replacement
      done = offset + length
      offset = utf8Offset(of: target, from: done) ?? -1
    } while offset >= 0
    result += self[utf8Index(done)...]
    return result
  }

  /// The parts between occurrences of `separator`, empty parts included.
  func pieces(separatedBy separator: String) -> [String] {
    var parts: [String] = []
    var done = 0
    let length = separator.utf8.count
    while let offset = utf8Offset(of: separator, from: done) {
      parts.append(String(self[utf8Index(done)..<utf8Index(offset)]))
      done = offset + length
    }
    parts.append(String(self[utf8Index(done)...]))
    return parts
  }
}
