/// How a list line reads: the entries it holds, and the item each one names.
///
/// A list line ("- A - B", "• A • B", "- A -B -C") may hold several entries, but it is split
/// only where a list mark separates two names, so that an entry reads as a reader of the
/// document sees it:
/// - never inside parentheses or brackets: "Criminal code (Chapter 28: Articles 272 - 274)"
///   is one entry;
/// - never before a description in lower case: "Data Act – what it governs" is one entry,
///   whose item is the name before the dash, "Data Act" (the description stays in the text);
/// - never before a piece without a letter: "Data Act - 2011" is one entry, and so is
///   "2011 - 2012 - 2013", which names no item at all;
/// - pieces drawn with dashes or other punctuation only (a rule) are dropped.
///
/// An entry names an item unless it has no letter (years, bare numbers, stray numbers) or its
/// own words say that it is not an instrument in force ("Data Protection Bill (draft)",
/// "Computer Act (repealed)", "… revoked by …"): such entries stay in the section's text,
/// and what status they give the section is decided by its rules, not here.
enum ListEntries {
  /// One entry of a list line.
  struct Entry: Hashable, Sendable {
    /// The entry as it stands in the section's text, without its list mark or the
    /// punctuation at its ends.
    var text: String
    /// What it lists, or nil when it names no item (no letter, or not in force).
    var item: String?
  }

  /// The entries of `line`, a list line without its mark.
  static func entries(of line: String) -> [Entry] {
    // Most list lines are one ASCII name whose dashes, if any, join words ("ITU-IMPACT"): a
    // dash separates entries only after a space. Such a line is one entry, read without
    // turning it into characters (which costs more than the rest of the section's reading).
    if isOneASCIIName(line) {
      let text = SectionReader.cleanItem(line)
      let hasDigit = text.utf8.contains { $0 &- 0x30 < 10 }
      guard !text.isEmpty, hasDigit || hasLetter(text) else { return [] }
      let names = hasLetter(text) && isInForce(text)
      return [Entry(text: text, item: names ? text : nil)]
    }
    // Other ASCII lines are read byte by byte, each byte being a character.
    if line.isASCIIText { return entries(of: line.utf8.map(ASCIICharacter.init)) }
    return entries(of: Array(line))
  }

  /// The entries of a list line given as its characters.
  static func entries<C: ListCharacter>(of characters: [C]) -> [Entry] {
    let pieces = pieceRanges(characters)
    // Entries as ranges of `characters`: `nameEnd` ends the name, before any description.
    var ranges: [(start: Int, nameEnd: Int, end: Int, described: Bool)] = []
    var leading: Int?  // where pieces without a letter began, before the first name
    var lastEnd = 0
    for piece in pieces {
      let text = characters[piece]
      let letters = text.contains { $0.isLetter }
      if !letters && !text.contains(where: { $0.isNumber }) { continue }  // a rule, punctuation
      lastEnd = piece.upperBound
      if !letters {
        if ranges.isEmpty {
          leading = leading ?? piece.lowerBound
        } else {
          ranges[ranges.count - 1].end = piece.upperBound
          if !ranges[ranges.count - 1].described {
            ranges[ranges.count - 1].nameEnd = piece.upperBound
          }
        }
      } else if !ranges.isEmpty && startsWithDescription(text) {
        ranges[ranges.count - 1].end = piece.upperBound
        ranges[ranges.count - 1].described = true
      } else {
        ranges.append((leading ?? piece.lowerBound, piece.upperBound, piece.upperBound, false))
        leading = nil
      }
    }
    if let leading { ranges.append((leading, lastEnd, lastEnd, false)) }
    return ranges.compactMap { range in
      let text = SectionReader.cleanItem(C.string(characters[range.start..<range.end]))
      guard !text.isEmpty else { return nil }
      let name = SectionReader.cleanItem(C.string(characters[range.start..<range.nameEnd]))
      let names = hasLetter(name) && isInForce(text)
      return Entry(text: text, item: names ? name : nil)
    }
  }

  /// Whether `line` is ASCII and has no dash that could separate entries: none at its start
  /// or after a space.
  private static func isOneASCIIName(_ line: String) -> Bool {
    var previous: UInt8 = 0x20
    for byte in line.utf8 {
      if byte >= 0x80 || (byte == UInt8(ascii: "-") && previous == 0x20) { return false }
      previous = byte
    }
    return true
  }

  /// Whether `item` (a link or a name captured from prose) may be an item: it has a letter,
  /// and its words do not say that it is not in force.
  static func isItemName(_ item: String) -> Bool {
    hasLetter(item) && isInForce(item)
  }

  /// Whether `text` has a letter. ASCII text, nearly all of it, is checked byte by byte:
  /// `Character.isLetter` looks up Unicode properties, and this runs for every entry.
  static func hasLetter(_ text: String) -> Bool {
    var text = text
    let ascii: Bool? = text.withUTF8 { bytes in
      guard bytes.allSatisfy({ $0 < 0x80 }) else { return nil }
      return bytes.contains { ($0 | 0x20) &- 0x61 < 26 }
    }
    return ascii ?? text.contains { $0.isLetter }
  }

  /// Whether no word of `text` says that what it names is not in force: repealed, revoked,
  /// a draft or a bill ("Bill of Rights" excepted: it names an enacted instrument).
  static func isInForce(_ text: String) -> Bool {
    // Most entries hold no word starting with one of the words' stems: they are in force
    // without splitting words.
    guard text.withUTF8Bytes(mayHoldNotInForceWord) else { return true }
    let words = text.lowercased().split { !$0.isLetter }
    for (index, word) in words.enumerated() where notInForceWords.contains(String(word)) {
      let billOfRights =
        word.hasPrefix("bill") && index + 2 < words.count && words[index + 1] == "of"
        && words[index + 2] == "rights"
      if !billOfRights { return false }
    }
    return true
  }

  /// Where each of ``notInForceWords`` starts, lower case.
  private static let notInForceStems: [[UInt8]] = [
    "repeal", "revok", "abrogat", "rescind", "supersed", "draft", "bill",
  ].map { Array($0.utf8) }
  /// Which lower-case ASCII bytes start one of ``notInForceStems``.
  private static let stemFirstBytes: [Bool] = {
    var first = [Bool](repeating: false, count: 256)
    for stem in notInForceStems { first[Int(stem[0])] = true }
    return first
  }()

  /// Whether a word of `bytes` starts with one of ``notInForceStems``, ignoring ASCII case:
  /// one pass, looking at word starts only.
  private static func mayHoldNotInForceWord(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
    var previousIsLetter = false
    for index in bytes.indices {
      let lower = bytes[index] | 0x20
      let isLetter = lower &- UInt8(ascii: "a") < 26
      if isLetter, !previousIsLetter, stemFirstBytes[Int(lower)] {
        let rest = UnsafeBufferPointer(rebasing: bytes[index...])
        for stem in notInForceStems where stem[0] == lower {
          if stem.withUnsafeBufferPointer({ rest.hasPrefix(ignoringLowercase: $0) }) {
            return true
          }
        }
      }
      previousIsLetter = isLetter
    }
    return false
  }

  private static let notInForceWords: Set<String> = [
    "repealed", "revoked", "abrogated", "rescinded", "superseded", "draft", "drafts", "bill",
    "bills",
  ]

  /// Whether a piece after a list mark is a description of the entry before it: its first
  /// word is in lower case ("what it governs", not "e-Government Act").
  private static func startsWithDescription<C: ListCharacter>(_ piece: ArraySlice<C>) -> Bool {
    guard let first = piece.first, first.isLowercase else { return false }
    let word = piece.prefix { $0 != C.space }
    return !word.contains { $0.isUppercase }
  }

  /// The pieces of `line` between list marks, trimmed, outside parentheses and brackets.
  ///
  /// A mark separates where it stands alone between spaces (" - ", " – ", " • ", " · ",
  /// " ▪ "), where a bullet (• or the Symbol-font bullet) stands anywhere, and where a
  /// dash follows a space and precedes a capital, a digit or a parenthesis ("- A -B -C").
  static func pieceRanges<C: ListCharacter>(_ line: [C]) -> [Range<Int>] {
    var ranges: [Range<Int>] = []
    var depth = 0
    var from = 0
    var index = 0
    func close(_ end: Int) {
      var start = from
      var end = end
      while start < end && line[start] == C.space { start += 1 }
      while end > start && line[end - 1] == C.space { end -= 1 }
      if start < end { ranges.append(start..<end) }
    }
    while index < line.count {
      let character = line[index]
      if character == C.openParenthesis || character == C.openBracket {
        depth += 1
      } else if character == C.closeParenthesis || character == C.closeBracket {
        depth = max(0, depth - 1)
      }
      if depth == 0, let length = separatorLength(line, at: index) {
        close(index)
        from = index + length
        index = from
        continue
      }
      index += 1
    }
    close(line.count)
    return ranges
  }

  /// The length of the separator at `index` of `line`, if one starts there.
  private static func separatorLength<C: ListCharacter>(_ line: [C], at index: Int) -> Int? {
    let character = line[index]
    if character.isBullet { return 1 }
    guard index > 0, line[index - 1] == C.space, index + 1 < line.count,
      character.isStandaloneMark
    else { return nil }
    let next = line[index + 1]
    if next == C.space { return 1 }
    guard character.isDash else { return nil }
    return next.isUppercase || next.isNumber || next == C.openParenthesis ? 1 : nil
  }

  /// Marks that separate entries when they stand between spaces.
  fileprivate static let standaloneMarks: Set<Character> = [
    "-", "\u{2013}", "\u{00B7}", "\u{25AA}", "\u{25CF}", "\u{25E6}",
  ]

  /// The length in UTF-8 bytes of the numbering that starts `line` ("1. ", "2) ", "a) ",
  /// "(iv) "), if it starts with one: a numbered list entry.
  ///
  /// Numbers have one or two digits, so that a wrapped sentence whose line starts with a year
  /// ("2014. The …") is not taken for a list; letters go with a parenthesis ("a)", "(b)"),
  /// lower-case Roman numerals with a parenthesis or a full stop ("iv.", "(ii)").
  static func numberingLength(_ line: UnsafeBufferPointer<UInt8>) -> Int? {
    var index = 0
    let parenthesised = line.first == UInt8(ascii: "(")
    if parenthesised { index = 1 }
    let start = index
    while index < line.count, isAlphanumeric(line[index]) { index += 1 }
    let label = line.slice(start, index)
    guard !label.isEmpty, index + 1 < line.count else { return nil }
    let close = line[index]
    let digits = label.allSatisfy { $0 &- 0x30 < 10 }
    let roman = label.allSatisfy { "ivx".utf8.contains($0) }
    let letter = label.count == 1 && label[0] | 0x20 &- 0x61 < 26
    let valid: Bool
    if parenthesised {
      valid = close == UInt8(ascii: ")") && ((digits && label.count <= 2) || letter || roman)
    } else if close == UInt8(ascii: ")") {
      valid = (digits && label.count <= 2) || letter || roman
    } else if close == UInt8(ascii: ".") {
      valid = (digits && label.count <= 2) || (roman && label.count <= 4)
    } else {
      valid = false
    }
    guard valid, line[index + 1] == 0x20, label.count <= 4 else { return nil }
    var end = index + 1
    while end < line.count && line[end] == 0x20 { end += 1 }
    return end < line.count ? end : nil
  }

  private static func isAlphanumeric(_ byte: UInt8) -> Bool {
    byte &- 0x30 < 10 || byte | 0x20 &- 0x61 < 26
  }
}

/// What ``ListEntries`` asks of a character of a list line. A line of ASCII text is read as
/// its bytes (``ASCIICharacter``), every byte being a character: the same reading as by
/// `Character`, without making one for each (a test checks that both read alike).
protocol ListCharacter: Equatable {
  static var space: Self { get }
  static var openParenthesis: Self { get }
  static var closeParenthesis: Self { get }
  static var openBracket: Self { get }
  static var closeBracket: Self { get }
  var isLetter: Bool { get }
  var isNumber: Bool { get }
  var isUppercase: Bool { get }
  var isLowercase: Bool { get }
  /// A bullet, which separates entries wherever it stands (• or the Symbol-font bullet).
  var isBullet: Bool { get }
  /// A mark that separates entries when it stands between spaces.
  var isStandaloneMark: Bool { get }
  /// A dash, which separates entries before a capital, a digit or a parenthesis, too.
  var isDash: Bool { get }
  /// The text of `characters`.
  static func string(_ characters: ArraySlice<Self>) -> String
}

extension Character: ListCharacter {
  static var space: Character { " " }
  static var openParenthesis: Character { "(" }
  static var closeParenthesis: Character { ")" }
  static var openBracket: Character { "[" }
  static var closeBracket: Character { "]" }
  var isBullet: Bool { self == "\u{2022}" || self == "\u{F0B7}" }
  var isStandaloneMark: Bool { ListEntries.standaloneMarks.contains(self) }
  var isDash: Bool { self == "-" || self == "\u{2013}" }
  static func string(_ characters: ArraySlice<Character>) -> String { String(characters) }
}

/// A character of ASCII text: one byte.
struct ASCIICharacter: ListCharacter {
  var byte: UInt8

  static var space: ASCIICharacter { .init(byte: 0x20) }
  static var openParenthesis: ASCIICharacter { .init(byte: UInt8(ascii: "(")) }
  static var closeParenthesis: ASCIICharacter { .init(byte: UInt8(ascii: ")")) }
  static var openBracket: ASCIICharacter { .init(byte: UInt8(ascii: "[")) }
  static var closeBracket: ASCIICharacter { .init(byte: UInt8(ascii: "]")) }
  var isLetter: Bool { (byte | 0x20) &- 0x61 < 26 }
  var isNumber: Bool { byte &- 0x30 < 10 }
  var isUppercase: Bool { byte &- 0x41 < 26 }
  var isLowercase: Bool { byte &- 0x61 < 26 }
  // The bullets and every mark but the hyphen are outside ASCII.
  var isBullet: Bool { false }
  var isStandaloneMark: Bool { byte == UInt8(ascii: "-") }
  var isDash: Bool { byte == UInt8(ascii: "-") }
  static func string(_ characters: ArraySlice<ASCIICharacter>) -> String {
    String(decoding: characters.map(\.byte), as: UTF8.self)
  }
}
