/// A document's lines with the page layout undone: what a layout-preserving conversion
/// (`pdftotext -layout`, or converters that mark each page) adds to the text, taken away.
///
/// The stage between ``SourceText`` (bytes → clean lines) and the reading of sections. It
/// gives the reader one shape whatever the conversion:
/// - page markers (`----- Page 2-----`), form feeds, running headers and page numbers are
///   dropped wherever they fall; a paragraph that a page break split is joined again;
/// - side-by-side columns (the two background figures, their data sources, instrument lists
///   in two or three columns) become one entry per line, column after column, an entry's
///   wrapped lines joined;
/// - a heading number separated from its title (`1.2.1` / blank line / `CIRT`) is joined to
///   it, and a heading or footer run into a paragraph is split out onto a line of its own;
/// - a date's ordinal suffix lifted onto a line of its own (`th` above `Last updated on 12
///   August 2014`) is dropped.
///
/// Blank lines become ``Line/afterGap``, as the section reader separates paragraphs by them.
struct PageLayout {
  struct Line {
    /// 1-based line number in the original file (of the first line, for joined lines).
    var number: Int
    /// Where the line is in ``PageLayout/bytes``.
    var start: Int
    var end: Int
    /// Blank lines or a rule came between this line and the previous one (not a page break
    /// inside a paragraph).
    var afterGap: Bool
  }

  /// The source's cleaned text, followed by the text of lines this stage joined.
  private(set) var bytes: [UInt8]
  private(set) var lines: [Line] = []

  private let parser: ProfileParser
  private let source: [SourceText.Line]
  private let gaps: [SourceText.Gap]
  private var pendingGap = false
  private var pageBreak = false
  /// The lines since the last gap: how many, and the widest (its last column).
  private var paragraphLines = 0
  private var paragraphWidth = 0
  /// The last column of the line emitted last (0 when it was joined from several).
  private var lastWidth = 0
  init(_ text: SourceText, parser: ProfileParser) {
    self.parser = parser
    self.bytes = text.bytes
    self.source = text.lines
    self.gaps = text.gaps
    lines.reserveCapacity(source.count)
    var index = 0
    while index < source.count { index = read(at: index) }
  }

  /// Reads the source line at `index` (and those that belong with it); returns the index of
  /// the next line to read.
  private mutating func read(at index: Int) -> Int {
    let line = source[index]
    if line.start == line.end {
      pendingGap = true
      return index + 1
    }
    if line.startsPage { pageBreak = true }
    enum Found {
      case furniture(ProfileParser.Furniture)
      case ordinalSuffix
      case sectionNumber
      case text
    }
    let found = bytes.withUnsafeBufferPointer { bytes -> Found in
      let text = bytes.slice(line.start, line.end)
      if let furniture = parser.furniture(text) { return .furniture(furniture) }
      if PageLayout.isOrdinalSuffix(text) { return .ordinalSuffix }
      if parser.isSectionNumber(text) { return .sectionNumber }
      return .text
    }
    switch found {
    case .furniture(.pageBreak):
      pageBreak = true
      return index + 1
    case .furniture(.rule):
      pendingGap = true
      return index + 1
    case .ordinalSuffix:
      // "th" lifted above "Last updated on 12 August 2014": the date reads without it.
      if let next = nextNonBlank(after: index),
        bytes.withUnsafeBufferPointer({
          parser.isDateLine($0.slice(source[next].start, source[next].end))
        })
      {
        return index + 1
      }
    case .sectionNumber:
      if let next = nextNonBlank(after: index, blanksAllowed: 3),
        let merged = mergedHeading(line, source[next])
      {
        emit(merged, number: line.number)
        return next + 1
      }
    case .text:
      if gaps[line.gaps].contains(where: { $0.offset > 0 }), let next = readColumns(at: index) {
        return next
      }
    }
    let breaks = bytes.withUnsafeBufferPointer {
      parser.runInBreaks($0.slice(line.start, line.end))
    }
    if breaks.isEmpty {
      emit(line.start..<line.end, number: line.number, line: line)
      return index + 1
    }
    var start = line.start
    for cut in breaks {
      emit(start..<trimmedEnd(start, line.start + cut), number: line.number, line: line)
      start = line.start + cut
    }
    emit(start..<line.end, number: line.number, line: line)
    return index + 1
  }

  /// The index of the next non-blank source line after `index`, if no more than
  /// `blanksAllowed` blank lines come before it.
  private func nextNonBlank(after index: Int, blanksAllowed: Int = .max) -> Int? {
    var next = index + 1
    var blanks = 0
    while next < source.count, source[next].start == source[next].end {
      blanks += 1
      if blanks > blanksAllowed { return nil }
      next += 1
    }
    return next < source.count ? next : nil
  }

  /// `line`, a section number, and `next` as one line, if the two make a heading and `next`
  /// is not a line of its own kind (another heading, say).
  private func mergedHeading(_ line: SourceText.Line, _ next: SourceText.Line) -> [UInt8]? {
    bytes.withUnsafeBufferPointer { text in
      guard case .content = parser.classify(text.slice(next.start, next.end)),
        !parser.isSectionNumber(text.slice(next.start, next.end))
      else { return nil }
      let merged =
        Array(text.slice(line.start, line.end)) + [0x20] + Array(text.slice(next.start, next.end))
      switch merged.withUnsafeBufferPointer({ parser.classify($0) }) {
      case .group, .indicator(_, nil): return merged
      default: return nil
      }
    }
  }

  private func trimmedEnd(_ start: Int, _ end: Int) -> Int {
    var end = end
    while end > start, bytes[end - 1] == 0x20 { end -= 1 }
    return end
  }

  // MARK: Output

  /// Adds a line made of `text`, which is not in the source.
  private mutating func emit(_ text: [UInt8], number: Int) {
    let start = bytes.count
    bytes.append(contentsOf: text)
    emit(start..<bytes.count, number: number, line: nil)
  }

  /// Adds the line at `range` of ``bytes``; `line` is the source line it comes from, if it is
  /// all of one, for its width.
  private mutating func emit(_ range: Range<Int>, number: Int, line: SourceText.Line?) {
    guard !range.isEmpty else { return }
    var gap = pendingGap
    if pageBreak, let last = lines.last {
      gap = !bytes.withUnsafeBufferPointer {
        continuesAcrossPage(
          $0.slice(last.start, last.end), $0.slice(range.lowerBound, range.upperBound))
      }
    }
    if gap {
      paragraphLines = 0
      paragraphWidth = 0
    }
    let width = line.map(self.width) ?? 0
    paragraphLines += 1
    paragraphWidth = max(paragraphWidth, width)
    lastWidth = width
    lines.append(
      Line(number: number, start: range.lowerBound, end: range.upperBound, afterGap: gap))
    pendingGap = false
    pageBreak = false
  }

  /// Where a source line's text ends: its last column, counting bytes after its last gap
  /// (the lines of one paragraph are compared, so UTF-8 letters of two bytes matter little).
  private func width(_ line: SourceText.Line) -> Int {
    guard let last = line.gaps.last.map({ gaps[$0] }) else { return line.end - line.start }
    return last.column + line.end - line.start - last.offset
  }

  /// Whether `next`, the first line of a page, continues the paragraph that `previous`
  /// ended the page before: the sentence is not over, or the last line was as wide as the
  /// paragraph's others (a full line ends with a sentence only by chance).
  private func continuesAcrossPage(
    _ previous: UnsafeBufferPointer<UInt8>, _ next: UnsafeBufferPointer<UInt8>
  ) -> Bool {
    guard let last = EdgeCharacter.last(of: previous), let first = EdgeCharacter.first(of: next)
    else { return false }
    if SectionReader.bulletMarkLength(next) != nil { return false }
    if last.isOne(of: ".:;!?") {
      return paragraphLines >= 2 && lastWidth > 0 && lastWidth >= paragraphWidth - 8
        && first.isUppercase
    }
    return first.isLowercase || SectionReader.bulletMarkLength(previous) == nil
  }

  // MARK: Columns

  /// A run of text on a source line between gaps.
  private struct Piece {
    var column: Int
    var start: Int
    var end: Int
    var width: Int
    var opensEntry: Bool
  }

  /// One entry of a column: where its parts are.
  private struct Entry {
    var number: Int
    var parts: [Range<Int>]
  }

  /// Reads the side-by-side block that starts at source line `index`, if one does: a row
  /// whose pieces open two or more entries (list items, figures, data sources), and the
  /// rows under it whose pieces fall into the same columns. Emits the entries column by
  /// column and returns the index after the block.
  private mutating func readColumns(at index: Int) -> Int? {
    let first = pieces(of: source[index])
    guard first.count >= 2, first[0].opensEntry else { return nil }
    let starts = first.filter(\.opensEntry).map(\.column)
    guard starts.count >= 2 else { return nil }
    var columns = [[Entry]](repeating: [], count: starts.count)
    guard place(first, number: source[index].number, starts: starts, in: &columns) else {
      return nil
    }
    var next = index + 1
    while next < source.count {
      let line = source[next]
      if line.start == line.end || line.startsPage { break }
      let kind = bytes.withUnsafeBufferPointer { parser.classify($0.slice(line.start, line.end)) }
      guard case .content = kind else { break }
      if !place(pieces(of: line), number: line.number, starts: starts, in: &columns) { break }
      next += 1
    }
    for column in columns {
      for entry in column {
        if entry.parts.count == 1 {
          emit(entry.parts[0], number: entry.number, line: nil)
          continue
        }
        var joined: [UInt8] = []
        for part in entry.parts {
          if !joined.isEmpty { joined.append(0x20) }
          joined.append(contentsOf: bytes[part])
        }
        emit(joined, number: entry.number)
      }
    }
    return next
  }

  /// Places a row's pieces in `columns`; `false`, with `columns` unchanged, when the row does
  /// not fit them (a piece crosses into the next column, or continues nothing).
  private func place(
    _ row: [Piece], number: Int, starts: [Int], in columns: inout [[Entry]]
  ) -> Bool {
    var placed = columns
    for piece in row {
      let column = starts.lastIndex { $0 <= piece.column + 1 } ?? 0
      if column + 1 < starts.count, piece.column + piece.width > starts[column + 1] { return false }
      if piece.opensEntry {
        placed[column].append(Entry(number: number, parts: [piece.start..<piece.end]))
        continue
      }
      guard let last = placed[column].last else { return false }
      let continues =
        piece.column > starts[column]
        || bytes.withUnsafeBufferPointer { bytes in
          last.parts.contains { bytes.slice($0.lowerBound, $0.upperBound).containsByte(0x28) }
            && !last.parts.contains {
              bytes.slice($0.lowerBound, $0.upperBound).containsByte(0x29)
            }
        }
      guard continues else { return false }
      placed[column][placed[column].count - 1].parts.append(piece.start..<piece.end)
    }
    columns = placed
    return true
  }

  /// The pieces of a source line, split at its gaps; a bare bullet mark is one piece with
  /// the text after it.
  private func pieces(of line: SourceText.Line) -> [Piece] {
    var bounds: [(column: Int, start: Int)] = []
    for gap in gaps[line.gaps] {
      if gap.offset == 0 {
        bounds.append((gap.column, line.start))
      } else {
        bounds.append((gap.column, line.start + gap.offset))
      }
    }
    if bounds.first?.start != line.start { bounds.insert((0, line.start), at: 0) }
    return bytes.withUnsafeBufferPointer { bytes in
      var pieces: [Piece] = []
      var pendingBullet: (column: Int, start: Int)?
      for (index, bound) in bounds.enumerated() {
        let end = index + 1 < bounds.count ? bounds[index + 1].start - 1 : line.end
        guard end > bound.start else { continue }
        let text = bytes.slice(bound.start, end)
        if PageLayout.isBareBullet(text) {
          pendingBullet = pendingBullet ?? bound
          continue
        }
        let start = pendingBullet ?? bound
        pendingBullet = nil
        let whole = bytes.slice(start.start, end)
        pieces.append(
          Piece(
            column: start.column, start: start.start, end: end,
            width: PageLayout.characters(whole), opensEntry: parser.opensEntry(whole)))
      }
      if let bullet = pendingBullet {
        pieces.append(
          Piece(
            column: bullet.column, start: bullet.start, end: line.end, width: 1, opensEntry: false))
      }
      return pieces
    }
  }

  // MARK: Characters

  /// A list mark with nothing after it: `-`, `•`, `*`, `–`, `·`.
  private static func isBareBullet(_ text: UnsafeBufferPointer<UInt8>) -> Bool {
    switch text.count {
    case 1: return text[0] == UInt8(ascii: "-") || text[0] == UInt8(ascii: "*")
    case 2: return text[0] == 0xC2 && text[1] == 0xB7  // ·
    case 3:
      return text[0] == 0xE2 && text[1] == 0x80 && (text[2] == 0xA2 || text[2] == 0x93)  // • –
    default: return false
    }
  }

  /// `st`, `nd`, `rd` or `th` alone: an ordinal suffix a converter lifted off its number.
  private static func isOrdinalSuffix(_ text: UnsafeBufferPointer<UInt8>) -> Bool {
    guard text.count == 2 else { return false }
    let pair = (text[0] | 0x20, text[1] | 0x20)
    return pair == (0x73, 0x74) || pair == (0x6E, 0x64) || pair == (0x72, 0x64)
      || pair == (0x74, 0x68)
  }

  /// The characters in `text` (UTF-8 lead bytes).
  private static func characters(_ text: UnsafeBufferPointer<UInt8>) -> Int {
    var count = 0
    for byte in text where byte < 0x80 || byte >= 0xC0 { count += 1 }
    return count
  }
}
