import ProfileModel

/// Reads one indicator section's lines into normalised text, list items and a status.
///
/// Built once per catalog: its phrase matcher holds the status reader's evidence phrases and
/// every capture phrase, so a section's text is scanned once.
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

  /// A paragraph or a list entry (bulleted or numbered): a range of the section's joined
  /// lines.
  fileprivate struct Block {
    var isListEntry: Bool
    var start: Int
    var end: Int
  }

  let catalog: IndicatorCatalog
  /// The status reader's phrases, then the item captures' phrases (by capture index, from
  /// `captureBase`): a section's text is scanned once for both.
  private let matcher: PhraseMatcher
  private let captureBase: Int
  private let statuses: StatusReader
  /// The list lead-ins, lower case.
  private let leadIns: [[UInt8]]
  private let noneItems: Set<String>
  /// The none-items, lower case, when they are all ASCII: then items are compared by bytes.
  private let asciiNoneItems: [[UInt8]]?

  init(catalog: IndicatorCatalog) {
    self.catalog = catalog
    let statuses = StatusReader(catalog: catalog)
    self.statuses = statuses
    self.captureBase = statuses.phrases.count
    self.matcher = PhraseMatcher(
      phrases: statuses.phrases + catalog.itemCaptures.map { $0.after ?? $0.before ?? "" })
    self.leadIns = catalog.listLeadIns.map { Array($0.asciiLowercased.utf8) }
    self.noneItems = Set(catalog.noneItems.map { $0.asciiLowercased })
    self.asciiNoneItems =
      noneItems.allSatisfy(\.isASCIIText)
      ? catalog.noneItems.map { Array($0.asciiLowercased.utf8) } : nil
  }

  /// Buffers that ``read(_:in:scratch:)`` reuses from one section to the next.
  struct Scratch {
    fileprivate var joined: [UInt8] = []
    fileprivate var blocks: [Block] = []
    fileprivate var text: [UInt8] = []
    fileprivate var matches: [PhraseMatcher.Match] = []
    fileprivate var status = StatusReader.Scratch()
  }

  /// Reads the body `lines` of one section, each a range of `source`.
  func read(
    _ lines: ArraySlice<BodyLine>, in source: UnsafeBufferPointer<UInt8>
  ) -> Reading {
    var scratch = Scratch()
    return read(lines, in: source, scratch: &scratch)
  }

  /// Reads the body `lines` of one section, each a range of `source`. with buffers
  /// kept in `scratch`.
  func read(
    _ lines: ArraySlice<BodyLine>, in source: UnsafeBufferPointer<UInt8>,
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
      var afterGap = line.afterGap
      while true {
        // Lines are told apart and joined by how they read, markup stripped, so that the
        // writer's document, whose lines are those of the text, is cut where the text was.
        let (joins, glued, isListEntry) = SectionReader.asRead(text) {
          read -> (Bool, Bool, Bool?) in
          // A line that reads as nothing ("[](#)") is no line of the text.
          if read.isEmpty { return (false, false, nil) }
          // A list entry starts a block of its own; how it splits is decided once it is whole.
          if SectionReader.bulletMarkLength(read) != nil
            || ListEntries.numberingLength(read) != nil
          {
            return (false, false, true)
          }
          guard let last = blocks.last else { return (false, false, false) }
          // Markup this line opens may close on a later line ("[convention" / "…](#)"):
          // the line goes on from the first character that markup cannot take away.
          let read = SectionReader.droppingOpeners(read)
          return joined.withUnsafeBufferPointer { joined in
            SectionReader.asRead(joined.slice(last.start, last.end)) { previous in
              let joins =
                last.isListEntry
                ? !afterGap && SectionReader.entryContinues(previous, read)
                : !afterGap || SectionReader.continuesAcrossBreak(previous, read)
              return (joins, joins && SectionReader.gluesHyphenated(previous, read), false)
            }
          }
        }
        guard let isListEntry else { break }
        if joins {
          if !glued { joined.append(0x20) }
          joined.append(contentsOf: text)
          blocks[blocks.count - 1].end = joined.count
          break
        }
        // A list mark that got no entry ("•" alone, "• -----") is no line of the text: the
        // line is read again against the block before it, as the writer's document has it.
        if let last = blocks.last, last.isListEntry,
          joined.withUnsafeBufferPointer({
            SectionReader.marksNothing($0.slice(last.start, last.end))
          })
        {
          joined.removeSubrange(last.start...)
          blocks.removeLast()
          afterGap = true
          continue
        }
        blocks.append(
          Block(isListEntry: isListEntry, start: joined.count, end: joined.count + text.count))
        joined.append(contentsOf: text)
        break
      }
    }

    // 2. Normalise; split items that follow a lead-in on the same paragraph.
    built.bytes.reserveCapacity(joined.count + 2 * blocks.count)
    joined.withUnsafeBufferPointer { joined in
      for block in blocks {
        let raw = joined.slice(block.start, block.end)
        if InlineMarkup.mayContainMarkup(raw) {
          var stripped: [UInt8] = []
          var links: [String] = []
          InlineMarkup.strip(raw, into: &stripped, links: &links)
          stripped.withUnsafeBufferPointer { addBlock($0.trimmingSpaces, links: links, to: &built) }
        } else {
          addBlock(raw, links: [], to: &built)
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
      // The status reader's phrases and the captures' phrases (from `captureBase`) are found
      // in one scan; each reader takes the matches of its own.
      scratch.matches.removeAll(keepingCapacity: true)
      matcher.matches(in: bytes, into: &scratch.matches)
      let (status, evidence) = statuses.read(
        bytes, matches: scratch.matches,
        lists: StatusReader.Lists(firstItem: bulletItems.first, noneItem: built.noneItem),
        scratch: &scratch.status)

      // 4. Items: listed, linked, and captured from prose of sections that report something.
      var items = bulletItems
      if !links.isEmpty { items += links.map { SectionReader.cleanItem($0) } }
      if status == .present || status == .partial {
        let captured = captures(scratch.matches, in: bytes)
        if !captured.isEmpty { items += captured }
      }
      return Reading(
        status: status, items: SectionReader.ordered(items, in: bytes), text: text,
        evidence: evidence)
    }
  }

  /// The items a text yields by itself (lists and prose captures, not links): the writer uses
  /// this to know which items it must mark up as links.
  func plainItems(text: String) -> Set<String> {
    let lines = text.split(separator: "\n").enumerated().map {
      BodyLine(
        number: $0.offset + 1,
        start: text.utf8.distance(from: text.startIndex, to: $0.element.startIndex),
        end: text.utf8.distance(from: text.startIndex, to: $0.element.endIndex), afterGap: true)
    }
    let items = Array(text.utf8).withUnsafeBufferPointer {
      read(lines[...], in: $0).items
    }
    return Set(items.map(SectionReader.key))
  }

  // MARK: Pieces

  /// Where a list lead-in ("… through the following instruments:") ends in `paragraph`, and
  /// the text after it (nil when there is none); nil when there is no lead-in.
  private func splitLeadIn(_ paragraph: UnsafeBufferPointer<UInt8>) -> (
    Int, UnsafeBufferPointer<UInt8>?
  )? {
    guard paragraph.containsByte(UInt8(ascii: ":")) else { return nil }
    for leadIn in leadIns {
      guard let start = leadIn.withUnsafeBufferPointer({ paragraph.offset(ofLowercased: $0) })
      else { continue }
      let cut = start + leadIn.count
      let rest = paragraph.slice(from: cut).trimmingSpaces
      return (cut, rest.isEmpty ? nil : rest)
    }
    return nil
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

  /// The items the capture phrases among `matches` (those from `captureBase`) find.
  private func captures(_ matches: [PhraseMatcher.Match], in bytes: UnsafeBufferPointer<UInt8>)
    -> [String]
  {
    var found: [String] = []
    for match in matches where match.phrase >= captureBase {
      let capture = catalog.itemCaptures[match.phrase - captureBase]
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
    /// The first entry that says the list is empty ("None"), as printed.
    var noneItem: String?
    /// A list lead-in came last, maybe followed by list entries: numbered lines that follow
    /// are entries of its list.
    var listOpen = false

    mutating func startLine() {
      if lineCount > 0 { bytes.append(0x0A) }
      lineCount += 1
    }

    mutating func addLine(_ line: UnsafeBufferPointer<UInt8>) {
      startLine()
      bytes.append(contentsOf: line)
    }
  }

  /// Adds a block, markup stripped, with the links its markup named.
  private func addBlock(
    _ block: UnsafeBufferPointer<UInt8>, links: [String], to text: inout SectionText
  ) {
    if block.isEmpty { return }  // markup around nothing, over several lines
    if let mark = SectionReader.bulletMarkLength(block) {
      addEntries(of: block, after: mark, links: links, to: &text)
    } else if text.listOpen, let numbering = ListEntries.numberingLength(block) {
      addEntries(of: block, after: numbering, links: links, to: &text)
    } else {
      text.links += links
      addParagraph(block, to: &text)
    }
  }

  /// Adds the entries of a list line whose mark or numbering is `markLength` bytes long: each
  /// entry as a line "- Entry", and its item to the list. A line whose entries have no letter
  /// ("- 2011 - 2012") names no item and stays in the text as it is.
  private func addEntries(
    of line: UnsafeBufferPointer<UInt8>, after markLength: Int, links: [String],
    to text: inout SectionText
  ) {
    let entries = ListEntries.entries(of: line.slice(from: markLength).trimmingSpaces.string)
    // A bullet alone, or a rule after it, lists nothing and is dropped (and its line joins
    // nothing: see `marksNothing`); a numbered line, and a line of years or numbers, stays
    // in the text as it reads.
    let bulleted = SectionReader.bulletMarkLength(line) != nil
    if entries.isEmpty && bulleted { return }
    if entries.isEmpty || (entries.count == 1 && !ListEntries.hasLetter(entries[0].text)) {
      text.addLine(line.trimmingSpaces)
      text.links += links
      return
    }
    addEntries(entries, to: &text)
    // A link inside an entry that is not in force is not an item either.
    let dropped = entries.filter { $0.item == nil }.map(\.text)
    text.links += links.filter { link in !dropped.contains { $0.contains(link) } }
  }

  /// Adds `entries` as lines "- Entry", and their items to the list.
  private func addEntries(_ entries: [ListEntries.Entry], to text: inout SectionText) {
    for entry in entries {
      text.startLine()
      text.bytes.append(UInt8(ascii: "-"))
      text.bytes.append(0x20)
      text.bytes.append(contentsOf: entry.text.utf8)
      if isNoneItem(entry.text) {
        if text.noneItem == nil { text.noneItem = entry.text }
      } else if let item = entry.item {
        text.bulletItems.append(item)
      }
    }
  }

  /// Adds a paragraph as a line of the text, and the entries after its list lead-in, if it
  /// has one. Entries without a letter leave the paragraph whole.
  private func addParagraph(_ paragraph: UnsafeBufferPointer<UInt8>, to text: inout SectionText) {
    guard let (cut, rest) = splitLeadIn(paragraph) else {
      text.listOpen = false
      text.addLine(paragraph.trimmingSpaces)
      return
    }
    text.listOpen = true
    guard let rest else {
      text.addLine(paragraph.trimmingSpaces)
      return
    }
    let mark = SectionReader.bulletMarkLength(rest) ?? 0
    let entries = ListEntries.entries(of: rest.slice(from: mark).trimmingSpaces.string)
    if entries.count == 1, !ListEntries.hasLetter(entries[0].text) {
      text.addLine(paragraph.trimmingSpaces)
      return
    }
    text.addLine(paragraph.slice(0, cut).trimmingSpaces)
    addEntries(entries, to: &text)
  }

  /// The length in UTF-8 bytes of the list mark that starts `line`, if it is a bullet line.
  /// A dash doubled ("--") starts no list, and an asterisk only with a space after it.
  static func bulletMarkLength(_ line: UnsafeBufferPointer<UInt8>) -> Int? {
    guard let lead = line.first else { return nil }
    // ASCII marks are checked on the byte; others are rarer and checked as scalars.
    if lead < 0x80 && lead != UInt8(ascii: "-") && lead != UInt8(ascii: "*") { return nil }
    guard let mark = bulletMarkBytes.first(where: { line.starts(with: $0) }) else { return nil }
    if lead == UInt8(ascii: "-"), line.count > 1, line[1] == UInt8(ascii: "-") { return nil }
    if lead == UInt8(ascii: "*"), line.count < 2 || line[1] != 0x20 { return nil }
    return mark.count
  }

  /// `line` without the brackets, angle brackets and spaces it starts with.
  private static func droppingOpeners(_ line: UnsafeBufferPointer<UInt8>)
    -> UnsafeBufferPointer<UInt8>
  {
    var start = 0
    while start < line.count,
      line[start] == UInt8(ascii: "[") || line[start] == UInt8(ascii: "<") || line[start] == 0x20
    {
      start += 1
    }
    return line.slice(from: start)
  }

  /// Whether `block` is a bullet line that lists nothing: after its mark no letter or digit,
  /// so that it has no entry and adds nothing to the text.
  private static func marksNothing(_ block: UnsafeBufferPointer<UInt8>) -> Bool {
    asRead(block) { read in
      guard let mark = bulletMarkLength(read) else { return false }
      let rest = read.slice(from: mark)
      // In ASCII text, each byte is a character, and the letters and digits are ASCII's.
      if rest.isASCII { return !rest.contains { ($0 | 0x20) &- 0x61 < 26 || $0 &- 0x30 < 10 } }
      return !rest.string.contains { $0.isLetter || $0.isNumber }
    }
  }

  /// Hyphen, bullet, en dash, asterisk, middle dot, squares and circles, and the Symbol-font
  /// bullet (U+F0B7) that PDF converters emit.
  private static let bulletMarks: [Unicode.Scalar] = [
    "-", "\u{2022}", "\u{2013}", "*", "\u{00B7}", "\u{25AA}", "\u{25CF}", "\u{25E6}", "\u{F0B7}",
  ]
  private static let bulletMarkBytes = bulletMarks.map { Array(String($0).utf8) }

  /// Whether `next`, a line after a list entry with no blank line between, goes on with it:
  /// unless the entry ended a sentence and `next` starts a new one, or inside parentheses or
  /// brackets the entry left open ("(Chapter 28." / "Articles 272, 274)").
  private static func entryContinues(
    _ entry: UnsafeBufferPointer<UInt8>, _ next: UnsafeBufferPointer<UInt8>
  ) -> Bool {
    guard EdgeCharacter.last(of: entry)?.isOne(of: ".") == true,
      EdgeCharacter.first(of: next)?.isUppercase == true
    else { return true }
    var depth = 0
    for byte in entry {
      if byte == UInt8(ascii: "(") || byte == UInt8(ascii: "[") {
        depth += 1
      } else if byte == UInt8(ascii: ")") || byte == UInt8(ascii: "]") {
        depth = max(0, depth - 1)
      }
    }
    return depth > 0
  }

  /// Calls `body` with `text` as it reads: without its markup, if it has any.
  private static func asRead<R>(
    _ text: UnsafeBufferPointer<UInt8>, _ body: (UnsafeBufferPointer<UInt8>) -> R
  ) -> R {
    guard InlineMarkup.mayContainMarkup(text) else { return body(text) }
    var stripped: [UInt8] = []
    var links: [String] = []
    InlineMarkup.strip(text, into: &stripped, links: &links)
    return stripped.withUnsafeBufferPointer { body($0.trimmingSpaces) }
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

  /// Deduplicated (case-insensitively), in order of first mention in the text, without what
  /// cannot be an item (a year, a stray number, a bill): the list entries were already held
  /// to this, links and names captured from prose are held to it here.
  static func ordered(_ items: [String], in text: UnsafeBufferPointer<UInt8>) -> [String] {
    // Nearly always every item is one: then the list is not copied.
    let items =
      items.allSatisfy(ListEntries.isItemName) ? items : items.filter(ListEntries.isItemName)
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
