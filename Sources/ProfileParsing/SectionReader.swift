import ProfileModel

/// Reads one indicator section's lines into normalised text, list items and a status.
///
/// Built once per catalog: its phrase matcher holds every capture phrase, and its status
/// reader the catalog's evidence phrases.
final class SectionReader: Sendable {
  /// A body line with what separated it from the line before.
  struct BodyLine {
    var number: Int
    /// Where the line is in the document's text.
    var start: Int
    var end: Int
    /// Blank lines or page furniture came between this line and the previous body line.
    var afterGap: Bool
  }

  struct Reading {
    var status: IndicatorStatus
    var items: [String]
    var text: String
    /// What the status rests on; `nil` for a section without text.
    var evidence: StatusEvidence?
  }

  /// A paragraph or a list item: a range of the section's joined lines.
  fileprivate struct Block {
    var isItem: Bool
    var start: Int
    var end: Int
  }

  let catalog: IndicatorCatalog
  /// The item captures' phrases, by capture index.
  private let matcher: PhraseMatcher
  private let statuses: StatusReader
  /// The list lead-ins, lower case.
  private let leadIns: [[UInt8]]
  private let noneItems: Set<String>
  /// The none-items, lower case, when they are all ASCII: then items are compared by bytes.
  private let asciiNoneItems: [[UInt8]]?

  init(catalog: IndicatorCatalog) {
    self.catalog = catalog
    self.matcher = PhraseMatcher(
      phrases: catalog.itemCaptures.map { $0.after ?? $0.before ?? "" })
    self.statuses = StatusReader(catalog: catalog)
    self.leadIns = catalog.listLeadIns.map { Array($0.asciiLowercased.utf8) }
    self.noneItems = Set(catalog.noneItems.map { $0.asciiLowercased })
    self.asciiNoneItems =
      noneItems.allSatisfy(\.isASCIIText)
      ? catalog.noneItems.map { Array($0.asciiLowercased.utf8) } : nil
  }

  /// Buffers that ``read(_:in:indicator:scratch:)`` reuses from one section to the next.
  struct Scratch {
    fileprivate var joined: [UInt8] = []
    fileprivate var blocks: [Block] = []
    fileprivate var text: [UInt8] = []
  }

  /// Reads the body `lines` of section `indicator`, each a range of `source`.
  func read(
    _ lines: ArraySlice<BodyLine>, in source: UnsafeBufferPointer<UInt8>, indicator: String
  ) -> Reading {
    var scratch = Scratch()
    return read(lines, in: source, indicator: indicator, scratch: &scratch)
  }

  /// Reads the body `lines` of section `indicator`, each a range of `source`, with buffers
  /// kept in `scratch`.
  func read(
    _ lines: ArraySlice<BodyLine>, in source: UnsafeBufferPointer<UInt8>, indicator: String,
    scratch: inout Scratch
  ) -> Reading {
    // 1. Lines into paragraphs and list items, each a range of `joined`. Only the last block
    // grows, so each block is contiguous.
    var joined: [UInt8] = []
    var blocks: [Block] = []
    var built = SectionText()
    swap(&joined, &scratch.joined)
    swap(&blocks, &scratch.blocks)
    swap(&built.bytes, &scratch.text)
    defer {
      swap(&joined, &scratch.joined)
      swap(&blocks, &scratch.blocks)
      swap(&built.bytes, &scratch.text)
    }
    joined.removeAll(keepingCapacity: true)
    blocks.removeAll(keepingCapacity: true)
    built.bytes.removeAll(keepingCapacity: true)
    joined.reserveCapacity(lines.reduce(0) { $0 + $1.end - $1.start + 1 })
    for line in lines {
      let text = source.slice(line.start, line.end)
      if let pieces = SectionReader.bulletPieces(text) {
        pieces.withPieces(of: text) { piece in
          blocks.append(Block(isItem: true, start: joined.count, end: joined.count + piece.count))
          joined.append(contentsOf: piece)
        }
        continue
      }
      if let last = blocks.last {
        let (joins, glued) = joined.withUnsafeBufferPointer { joined -> (Bool, Bool) in
          let previous = joined.slice(last.start, last.end)
          let joins =
            last.isItem
            ? !line.afterGap
              && !(EdgeCharacter.last(of: previous)?.isOne(of: ".") == true
                && EdgeCharacter.first(of: text)?.isUppercase == true)
            : !line.afterGap || SectionReader.continuesAcrossBreak(previous, text)
          return (joins, joins && SectionReader.gluesHyphenated(previous, text))
        }
        if joins {
          if !glued { joined.append(0x20) }
          joined.append(contentsOf: text)
          blocks[blocks.count - 1].end = joined.count
          continue
        }
      }
      blocks.append(Block(isItem: false, start: joined.count, end: joined.count + text.count))
      joined.append(contentsOf: text)
    }

    // 2. Normalise; split items that follow a lead-in on the same paragraph.
    built.bytes.reserveCapacity(joined.count + 2 * blocks.count)
    joined.withUnsafeBufferPointer { joined in
      for block in blocks {
        let raw = joined.slice(block.start, block.end)
        if block.isItem {
          addItem(raw, to: &built)
        } else if InlineMarkup.mayContainMarkup(raw) {
          var stripped: [UInt8] = []
          InlineMarkup.strip(raw, into: &stripped, links: &built.links)
          stripped.withUnsafeBufferPointer { addParagraph($0, to: &built) }
        } else {
          addParagraph(raw, to: &built)
        }
      }
    }
    let bulletItems = built.bulletItems
    let links = built.links
    let decoded = String(decoding: built.bytes, as: UTF8.self)
    let text = built.bytes.withUnsafeBufferPointer(\.isASCII) ? decoded : decoded.nfc
    if text.isEmpty {
      return Reading(status: .missing, items: [], text: "")
    }

    return text.withUTF8Bytes { bytes in
      // 3. Status, on the evidence of the text and its lists.
      let (status, evidence) = statuses.read(
        bytes,
        lists: StatusReader.Lists(firstItem: bulletItems.first, noneItem: built.noneItem))

      // 4. Items: listed, linked, and captured from prose of sections that report something.
      var items = bulletItems
      if !links.isEmpty { items += links.map { SectionReader.cleanItem($0) } }
      if status == .present || status == .partial {
        let captured = captures(matcher.matches(in: bytes), in: bytes)
        if !captured.isEmpty { items += captured }
      }
      return Reading(
        status: status, items: SectionReader.ordered(items, in: bytes), text: text,
        evidence: evidence)
    }
  }

  /// The items a text yields by itself (lists and prose captures, not links): the writer uses
  /// this to know which items it must mark up as links.
  func plainItems(text: String, indicator: String) -> Set<String> {
    let lines = text.split(separator: "\n").enumerated().map {
      BodyLine(
        number: $0.offset + 1,
        start: text.utf8.distance(from: text.startIndex, to: $0.element.startIndex),
        end: text.utf8.distance(from: text.startIndex, to: $0.element.endIndex), afterGap: true)
    }
    let items = Array(text.utf8).withUnsafeBufferPointer {
      read(lines[...], in: $0, indicator: indicator).items
    }
    return Set(items.map(SectionReader.key))
  }

  // MARK: Pieces

  /// Where a list lead-in ("… through the following instruments:") ends in `paragraph`, and
  /// the text after it; the whole paragraph and `nil` when there is none.
  private func splitLeadIn(_ paragraph: UnsafeBufferPointer<UInt8>) -> (
    Int, UnsafeBufferPointer<UInt8>?
  ) {
    let whole = (paragraph.count, UnsafeBufferPointer<UInt8>?.none)
    guard paragraph.containsByte(UInt8(ascii: ":")) else { return whole }
    for leadIn in leadIns {
      guard let start = leadIn.withUnsafeBufferPointer({ paragraph.offset(ofLowercased: $0) })
      else { continue }
      let cut = start + leadIn.count
      let rest = paragraph.slice(from: cut).trimmingSpaces
      if rest.isEmpty { return whole }
      return (cut, rest)
    }
    return whole
  }

  /// Whether `item` is one of the catalog's words for an empty list ("None").
  private func isNoneItem(_ item: String) -> Bool {
    guard let asciiNoneItems, item.isASCIIText else {
      return noneItems.contains(item.asciiLowercased)
    }
    return item.withUTF8Bytes { item in
      asciiNoneItems.contains { none in
        none.count == item.count && zip(none, item).allSatisfy { $0 == $1.asciiLowercased }
      }
    }
  }

  private func captures(_ matches: [PhraseMatcher.Match], in bytes: UnsafeBufferPointer<UInt8>)
    -> [String]
  {
    guard !matches.isEmpty else { return [] }
    var found: [String] = []
    for match in matches {
      let capture = catalog.itemCaptures[match.phrase]
      if capture.after != nil {
        var end = match.end
        while end < bytes.count {
          let b = bytes[end]
          if b == UInt8(ascii: ",") || b == UInt8(ascii: ";") || b == UInt8(ascii: "(")
            || b == 0x0A
          {
            break
          }
          if b == UInt8(ascii: "."), end + 1 == bytes.count || bytes[end + 1] == 0x20 { break }
          end += 1
        }
        let item = SectionReader.cleanItem(
          SectionReader.droppingArticle(bytes.slice(match.end, end)))
        if SectionReader.looksLikeName(item) { found.append(item) }
      } else {
        var start = match.start
        while start > 0 {
          let b = bytes[start - 1]
          if b == 0x0A || b == UInt8(ascii: ";") { break }
          if b == 0x20, start >= 2, bytes[start - 2] == UInt8(ascii: ".") { break }
          start -= 1
        }
        guard match.start - start <= 200 else { continue }
        let clause = bytes.slice(start, match.start)
        for part in SectionReader.splitNames(clause) {
          let item = SectionReader.cleanItem(
            SectionReader.droppingArticle(clause.slice(part.lowerBound, part.upperBound)))
          if SectionReader.looksLikeName(item) { found.append(item) }
        }
      }
    }
    return found
  }

  /// The section's normalised text as it is built, line by line, and what its lists say.
  private struct SectionText {
    /// The lines, separated by line feeds.
    var bytes: [UInt8] = []
    var lineCount = 0
    var bulletItems: [String] = []
    var links: [String] = []
    /// The first item that says the list is empty ("None"), as printed.
    var noneItem: String?

    mutating func startLine() {
      if lineCount > 0 { bytes.append(0x0A) }
      lineCount += 1
    }
  }

  /// Adds a list item: "- Item" as a line of the text, and the item to the list.
  private func addItem(_ raw: UnsafeBufferPointer<UInt8>, to text: inout SectionText) {
    let item: String
    if InlineMarkup.mayContainMarkup(raw) {
      var stripped: [UInt8] = []
      InlineMarkup.strip(raw, into: &stripped, links: &text.links)
      item = stripped.withUnsafeBufferPointer { SectionReader.cleanItem($0) }
    } else {
      item = SectionReader.cleanItem(raw)
    }
    guard !item.isEmpty else { return }
    text.startLine()
    text.bytes.append(UInt8(ascii: "-"))
    text.bytes.append(0x20)
    text.bytes.append(contentsOf: item.utf8)
    if isNoneItem(item) {
      if text.noneItem == nil { text.noneItem = item }
    } else {
      text.bulletItems.append(item)
    }
  }

  /// Adds a paragraph (markup stripped) as a line of the text, and the items after its list
  /// lead-in, if it has one.
  private func addParagraph(_ paragraph: UnsafeBufferPointer<UInt8>, to text: inout SectionText) {
    let (cut, rest) = splitLeadIn(paragraph)
    text.startLine()
    text.bytes.append(contentsOf: paragraph.slice(0, cut).trimmingSpaces)
    guard let rest else { return }
    if let pieces = SectionReader.bulletPieces(rest) {
      pieces.withPieces(of: rest) { addItem($0, to: &text) }
    } else {
      addItem(rest, to: &text)
    }
  }

  /// The pieces of a bullet line ("- A - B." → "A", "B."): ranges of the line, or of
  /// `rewritten` when the line separated them with other marks than " - ".
  struct BulletPieces {
    var rewritten: [UInt8]?
    var ranges: [Range<Int>]

    /// Calls `body` with the bytes of each piece of `line`.
    func withPieces(
      of line: UnsafeBufferPointer<UInt8>, _ body: (UnsafeBufferPointer<UInt8>) -> Void
    ) {
      guard let rewritten else {
        for range in ranges { body(line.slice(range.lowerBound, range.upperBound)) }
        return
      }
      rewritten.withUnsafeBufferPointer { line in
        for range in ranges { body(line.slice(range.lowerBound, range.upperBound)) }
      }
    }
  }

  /// The pieces of a bullet line, or nil if it is not one (a bullet line may have no pieces).
  static func bulletPieces(_ line: UnsafeBufferPointer<UInt8>) -> BulletPieces? {
    guard let lead = line.first else { return nil }
    // ASCII marks are checked on the byte; others are rarer and checked as scalars.
    if lead < 0x80 && lead != UInt8(ascii: "-") && lead != UInt8(ascii: "*") { return nil }
    guard let mark = bulletMarkBytes.first(where: { line.starts(with: $0) }) else { return nil }
    if lead == UInt8(ascii: "-"), line.count > 1, line[1] == UInt8(ascii: "-") { return nil }
    if lead == UInt8(ascii: "*"), line.count < 2 || line[1] != 0x20 { return nil }
    let rest = line.slice(from: mark.count).trimmingSpaces
    let restOffset = rest.baseAddress.map { $0 - line.baseAddress! } ?? 0
    if rest.isASCII {
      let ranges = pieceRanges(of: rest).map {
        ($0.lowerBound + restOffset)..<($0.upperBound + restOffset)
      }
      return BulletPieces(rewritten: nil, ranges: ranges)
    }
    var rewritten = Array(rest)
    for separator in otherBulletSeparators {
      rewritten = rewritten.replacingAll(separator, with: Array(" - ".utf8))
    }
    let ranges = rewritten.withUnsafeBufferPointer { pieceRanges(of: $0) }
    return BulletPieces(rewritten: rewritten, ranges: ranges)
  }

  /// The non-empty pieces of `text` between " - ", trimmed.
  private static func pieceRanges(of text: UnsafeBufferPointer<UInt8>) -> [Range<Int>] {
    var ranges: [Range<Int>] = []
    var from = 0
    while true {
      let offset = text.offset(of: " - ", from: from)
      let piece = text.slice(from, offset ?? text.count).trimmingSpaces
      if !piece.isEmpty {
        let start = piece.baseAddress! - text.baseAddress!
        ranges.append(start..<(start + piece.count))
      }
      guard let offset else { return ranges }
      from = offset + 3
    }
  }

  /// Hyphen, bullet, en dash, asterisk, middle dot, squares and circles, and the Symbol-font
  /// bullet (U+F0B7) that PDF converters emit.
  private static let bulletMarks: [Unicode.Scalar] = [
    "-", "\u{2022}", "\u{2013}", "*", "\u{00B7}", "\u{25AA}", "\u{25CF}", "\u{25E6}", "\u{F0B7}",
  ]
  private static let bulletMarkBytes = bulletMarks.map { Array(String($0).utf8) }

  /// Separators of list items on one line other than " - ", replaced by it in this order.
  private static let otherBulletSeparators = [" • ", "•", " · ", " ▪ ", " – "].map {
    Array($0.utf8)
  }

  /// A paragraph interrupted by a page break goes on when the next line starts in lower case
  /// and the paragraph did not end a sentence.
  private static func continuesAcrossBreak(
    _ paragraph: UnsafeBufferPointer<UInt8>, _ next: UnsafeBufferPointer<UInt8>
  ) -> Bool {
    guard let last = EdgeCharacter.last(of: paragraph), let first = EdgeCharacter.first(of: next)
    else { return false }
    return !last.isOne(of: ".:;!?") && first.isLowercase
  }

  /// Whether `next` continues a word hyphenated at the end of `text` ("cyber-" / "security"):
  /// then the lines are joined without a space.
  private static func gluesHyphenated(
    _ text: UnsafeBufferPointer<UInt8>, _ next: UnsafeBufferPointer<UInt8>
  ) -> Bool {
    guard let hyphen = EdgeCharacter.last(of: text), hyphen.isOne(of: "-") else { return false }
    let before = text.slice(0, text.count - hyphen.utf8Count)
    return EdgeCharacter.last(of: before)?.isLetter == true
      && EdgeCharacter.first(of: next)?.isLowercase == true
  }

  /// An item without list punctuation: "Electronic Evidence Act." → "Electronic Evidence Act".
  static func cleanItem(_ raw: String) -> String { raw.withUTF8Bytes { cleanItem($0) } }

  /// ``cleanItem(_:)-(String)`` for UTF-8 bytes.
  static func cleanItem(_ raw: UnsafeBufferPointer<UInt8>) -> String {
    let item = raw.trimmingSpaces
    var start = 0
    var end = item.count
    while let last = EdgeCharacter.last(of: item.slice(0, end)), last.isOne(of: ".,;: ") {
      end -= last.utf8Count
    }
    while let first = EdgeCharacter.first(of: item.slice(start, end)), first.isOne(of: " :") {
      start += first.utf8Count
    }
    let cleaned = item.slice(start, end).trimmingSpaces
    return cleaned.isASCII ? cleaned.string : cleaned.string.nfc  // ASCII is in NFC
  }

  /// The text without a leading "the " or "The ".
  private static func droppingArticle(_ raw: UnsafeBufferPointer<UInt8>)
    -> UnsafeBufferPointer<UInt8>
  {
    let text = raw.trimmingSpaces
    guard text.hasPrefix("the ") || text.hasPrefix("The "),
      let space = EdgeCharacter.first(of: text.slice(from: 3)), space.isOne(of: " ")
    else { return text }
    return text.slice(from: 3 + space.utf8Count)
  }

  /// Whether a phrase captured from prose has the shape of a proper name: every word
  /// capitalised, a number or a short joining word ("Ministry of Youth and ICT", "Rw-CSIRT"),
  /// so that a clause like "X runs a programme and" is not taken for a name.
  static func looksLikeName(_ item: String) -> Bool {
    guard !item.isEmpty, item.utf8.count <= 120 else { return false }
    return item.withUTF8Bytes { bytes in
      var firstWord = true
      var lastWordJoins = false
      var start = 0
      while start < bytes.count {
        var end = start
        while end < bytes.count && bytes[end] != 0x20 { end += 1 }
        defer { start = end + 1 }
        let word = bytes.slice(start, end)
        // The first letter that is not an opening quote or parenthesis.
        guard let initial = word.first(where: { $0 != 0x28 && $0 != 0x22 && $0 != 0x27 }) else {
          continue
        }
        let lower = initial &- 0x61 < 26
        let joins = lower && joiningWords.contains { $0.elementsEqual(word) }
        if lower && (firstWord || !joins) { return false }
        firstWord = false
        lastWordJoins = joins
      }
      return !lastWordJoins
    }
  }

  private static let joiningWords: [[UInt8]] = [
    "of", "and", "the", "for", "on", "in", "to", "de", "du", "des", "la", "le", "et", "y", "del",
    "da", "do", "dos", "e", "an", "a", "at", "against",
  ].map { Array($0.utf8) }

  /// "The Ministry of X and the Police" → ["The Ministry of X", "the Police"], as ranges.
  private static func splitNames(_ clause: UnsafeBufferPointer<UInt8>) -> [Range<Int>] {
    var parts = [0..<clause.count]
    for separator in nameSeparators {
      var split: [Range<Int>] = []
      for part in parts {
        var from = part.lowerBound
        let text = clause.slice(0, part.upperBound)
        while let offset = text.offset(of: separator, from: from) {
          split.append(from..<offset)
          from = offset + separator.count
        }
        split.append(from..<part.upperBound)
      }
      parts = split
    }
    return parts
  }

  private static let nameSeparators = [", and the ", " and the ", ", the ", " as well as the "]
    .map { Array($0.utf8) }

  /// Deduplicated (case-insensitively), in order of first mention in the text.
  static func ordered(_ items: [String], in text: UnsafeBufferPointer<UInt8>) -> [String] {
    if items.count < 2 { return items }
    var unique: [(position: Int, order: Int, item: String)] = []
    unique.reserveCapacity(items.count)
    for (order, item) in items.enumerated()
    where !unique.contains(where: { sameKey($0.item, item) }) {
      let position = item.withUTF8Bytes { text.offset(of: $0) } ?? Int.max
      unique.append((position, order, item))
    }
    unique.sort {
      ($0.position, -$0.item.utf8.count, $0.order) < ($1.position, -$1.item.utf8.count, $1.order)
    }
    return unique.map(\.item)
  }

  static func key(_ item: String) -> String { item.asciiLowercased }

  /// `key(a) == key(b)`, without making the keys when both are ASCII.
  private static func sameKey(_ a: String, _ b: String) -> Bool {
    guard a.isASCIIText && b.isASCIIText else { return key(a) == key(b) }
    return a.withUTF8Bytes { a in
      b.withUTF8Bytes { b in
        a.count == b.count && zip(a, b).allSatisfy { $0.asciiLowercased == $1.asciiLowercased }
      }
    }
  }
}
