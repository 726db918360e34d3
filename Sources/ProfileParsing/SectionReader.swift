import ProfileModel

/// Reads one indicator section's lines into normalised text, list items and a status.
///
/// Built once per catalog: its phrase matcher holds every status and capture phrase.
final class SectionReader: Sendable {
  /// A body line with what separated it from the line before.
  struct BodyLine {
    var number: Int
    var text: String
    /// Blank lines or page furniture came between this line and the previous body line.
    var afterGap: Bool
  }

  struct Reading {
    var status: IndicatorStatus
    var items: [String]
    var text: String
  }

  private enum Block {
    case paragraph(String)
    case item(String)
  }

  let catalog: IndicatorCatalog
  private let matcher: PhraseMatcher
  /// For each phrase in the matcher: the status rule it belongs to, or the capture.
  private let phraseRule: [Int?]
  private let phraseCapture: [Int?]
  private let leadIns: [String]
  private let noneItems: Set<String>

  init(catalog: IndicatorCatalog) {
    self.catalog = catalog
    var phrases: [String] = []
    var phraseRule: [Int?] = []
    var phraseCapture: [Int?] = []
    for (index, rule) in catalog.statusRules.enumerated() {
      for phrase in rule.phrases ?? [] {
        phrases.append(phrase)
        phraseRule.append(index)
        phraseCapture.append(nil)
      }
    }
    for (index, capture) in catalog.itemCaptures.enumerated() {
      phrases.append(capture.after ?? capture.before ?? "")
      phraseRule.append(nil)
      phraseCapture.append(index)
    }
    self.matcher = PhraseMatcher(phrases: phrases)
    self.phraseRule = phraseRule
    self.phraseCapture = phraseCapture
    self.leadIns = catalog.listLeadIns.map { $0.asciiLowercased }
    self.noneItems = Set(catalog.noneItems.map { $0.asciiLowercased })
  }

  func read(_ lines: [BodyLine], indicator: String) -> Reading {
    // 1. Lines into paragraphs and list items.
    var blocks: [Block] = []
    for line in lines {
      if let pieces = SectionReader.bulletPieces(line.text) {
        blocks += pieces.map(Block.item)
        continue
      }
      switch blocks.last {
      case .item(let item)?
      where !line.afterGap && !(item.hasSuffix(".") && line.text.first?.isUppercase == true):
        blocks[blocks.count - 1] = .item(SectionReader.join(item, line.text))
      case .paragraph(let paragraph)?
      where !line.afterGap || SectionReader.continuesAcrossBreak(paragraph, line.text):
        blocks[blocks.count - 1] = .paragraph(SectionReader.join(paragraph, line.text))
      default:
        blocks.append(.paragraph(line.text))
      }
    }

    // 2. Normalise; split items that follow a lead-in on the same paragraph.
    var textLines: [String] = []
    var bulletItems: [String] = []
    var links: [String] = []
    var sawNoneItem = false
    func addItem(_ raw: String) {
      let stripped = InlineMarkup.strip(raw)
      links += stripped.links
      let item = SectionReader.cleanItem(stripped.text)
      guard !item.isEmpty else { return }
      textLines.append("- " + item)
      if noneItems.contains(item.asciiLowercased) {
        sawNoneItem = true
      } else {
        bulletItems.append(item)
      }
    }
    for block in blocks {
      switch block {
      case .item(let raw):
        addItem(raw)
      case .paragraph(let raw):
        let stripped = InlineMarkup.strip(raw)
        links += stripped.links
        let (lead, rest) = splitLeadIn(stripped.text)
        textLines.append(lead.trimmed)
        if let rest {
          for piece in SectionReader.bulletPieces(rest) ?? [rest] { addItem(piece) }
        }
      }
    }
    let text = textLines.joined(separator: "\n").nfc
    if text.isEmpty {
      return Reading(status: .missing, items: [], text: "")
    }

    // 3. Status: the first rule that holds.
    let lower = text.asciiLowercased
    let matches = matcher.matches(in: lower)
    var matchedRules = Set<Int>()
    for match in matches { if let rule = phraseRule[match.phrase] { matchedRules.insert(rule) } }
    var status: IndicatorStatus?
    for (index, rule) in catalog.statusRules.enumerated() {
      if let only = rule.indicators, !only.contains(indicator) { continue }
      let holds: Bool
      switch rule.when {
      case .emptyList?: holds = sawNoneItem && bulletItems.isEmpty
      case .listedItems?: holds = !bulletItems.isEmpty
      case nil: holds = matchedRules.contains(index)
      }
      if holds {
        status = rule.status
        break
      }
    }

    // 4. Items: listed, linked, and captured from prose of sections that report something.
    var items = bulletItems + links.map { SectionReader.cleanItem($0) }
    let resolved = status ?? catalog.defaultStatus
    if resolved == .present || resolved == .partial {
      items += captures(matches, in: text)
    }
    return Reading(
      status: resolved, items: SectionReader.ordered(items, in: text), text: text)
  }

  /// The items a text yields by itself (lists and prose captures, not links): the writer uses
  /// this to know which items it must mark up as links.
  func plainItems(text: String, indicator: String) -> Set<String> {
    let lines = text.split(separator: "\n").enumerated().map {
      BodyLine(number: $0.offset + 1, text: String($0.element), afterGap: true)
    }
    return Set(read(lines, indicator: indicator).items.map(SectionReader.key))
  }

  // MARK: Pieces

  private func splitLeadIn(_ paragraph: String) -> (String, String?) {
    guard paragraph.containsByte(UInt8(ascii: ":")) else { return (paragraph, nil) }
    let lower = paragraph.asciiLowercased
    for leadIn in leadIns {
      guard let start = lower.utf8Offset(of: leadIn) else { continue }
      let cut = paragraph.utf8Index(start + leadIn.utf8.count)
      let rest = paragraph[cut...].trimmed
      if rest.isEmpty { return (paragraph, nil) }
      return (String(paragraph[..<cut]), rest)
    }
    return (paragraph, nil)
  }

  private func captures(_ matches: [PhraseMatcher.Match], in text: String) -> [String] {
    guard matches.contains(where: { phraseCapture[$0.phrase] != nil }) else { return [] }
    var found: [String] = []
    let bytes = Array(text.utf8)
    for match in matches {
      guard let index = phraseCapture[match.phrase] else { continue }
      let capture = catalog.itemCaptures[index]
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
          SectionReader.dropArticle(String(decoding: bytes[match.end..<end], as: UTF8.self)))
        if SectionReader.looksLikeName(item) { found.append(item) }
      } else {
        var start = match.start
        while start > 0 {
          let b = bytes[start - 1]
          if b == 0x0A || b == UInt8(ascii: ";") { break }
          if b == 0x20, start >= 2, bytes[start - 2] == UInt8(ascii: ".") { break }
          start -= 1
        }
        let clause = String(decoding: bytes[start..<match.start], as: UTF8.self)
        guard clause.utf8.count <= 200 else { continue }
        for part in SectionReader.splitNames(clause) {
          let item = SectionReader.cleanItem(SectionReader.dropArticle(part))
          if SectionReader.looksLikeName(item) { found.append(item) }
        }
      }
    }
    return found
  }

  /// The pieces of a bullet line ("- A - B." → ["A", "B."]), or nil if it is not one.
  static func bulletPieces(_ line: String) -> [String]? {
    guard let lead = line.utf8.first else { return nil }
    // ASCII marks are checked on the byte; others are rarer and checked as scalars.
    if lead < 0x80 && lead != UInt8(ascii: "-") && lead != UInt8(ascii: "*") { return nil }
    guard let first = line.unicodeScalars.first, bulletMarks.contains(first) else { return nil }
    if first == "-", line.utf8.dropFirst().first == UInt8(ascii: "-") { return nil }
    if first == "*", line.utf8.dropFirst().first != 0x20 { return nil }
    var rest = String(line.unicodeScalars.dropFirst()).trimmed
    if rest.utf8.contains(where: { $0 >= 0x80 }) {
      for separator in [" • ", "•", " · ", " ▪ ", " – "] {
        rest = rest.replacingAll(separator, with: " - ")
      }
    }
    return rest.pieces(separatedBy: " - ").map(\.trimmed).filter { !$0.isEmpty }
  }

  /// Hyphen, bullet, en dash, asterisk, middle dot, squares and circles, and the Symbol-font
  /// bullet (U+F0B7) that PDF converters emit.
  private static let bulletMarks: Set<Unicode.Scalar> = [
    "-", "\u{2022}", "\u{2013}", "*", "\u{00B7}", "\u{25AA}", "\u{25CF}", "\u{25E6}", "\u{F0B7}",
  ]

  /// A paragraph interrupted by a page break goes on when the next line starts in lower case
  /// and the paragraph did not end a sentence.
  private static func continuesAcrossBreak(_ paragraph: String, _ next: String) -> Bool {
    guard let last = paragraph.last, let first = next.first else { return false }
    return !".:;!?".contains(last) && first.isLowercase
  }

  private static func join(_ a: String, _ b: String) -> String {
    if a.hasSuffix("-"), a.dropLast().last?.isLetter == true, b.first?.isLowercase == true {
      return a + b
    }
    return a + " " + b
  }

  /// An item without list punctuation: "Electronic Evidence Act." → "Electronic Evidence Act".
  static func cleanItem(_ raw: String) -> String {
    var item = Substring(raw.trimmed)
    while let last = item.last, ".,;:".contains(last) { item.removeLast() }
    while let first = item.first, first == " " || first == ":" { item.removeFirst() }
    return String(item).trimmed.nfc
  }

  private static func dropArticle(_ raw: String) -> String {
    let text = raw.trimmed
    for article in ["the ", "The "] where text.hasPrefix(article) {
      return String(text.dropFirst(article.count))
    }
    return text
  }

  /// Whether a phrase captured from prose has the shape of a proper name: every word
  /// capitalised, a number or a short joining word ("Ministry of Youth and ICT", "Rw-CSIRT"),
  /// so that a clause like "X runs a programme and" is not taken for a name.
  static func looksLikeName(_ item: String) -> Bool {
    guard !item.isEmpty, item.utf8.count <= 120 else { return false }
    var firstWord = true
    var lastWordJoins = false
    for word in item.utf8.split(separator: 0x20) {
      // The first letter that is not an opening quote or parenthesis.
      guard let initial = word.first(where: { $0 != 0x28 && $0 != 0x22 && $0 != 0x27 }) else {
        continue
      }
      let lower = (0x61...0x7A).contains(initial)
      let joins =
        lower && SectionReader.joiningWords.contains(String(decoding: word, as: UTF8.self))
      if lower && (firstWord || !joins) { return false }
      firstWord = false
      lastWordJoins = joins
    }
    return !lastWordJoins
  }

  private static let joiningWords: Set<String> = [
    "of", "and", "the", "for", "on", "in", "to", "de", "du", "des", "la", "le", "et", "y", "del",
    "da", "do", "dos", "e", "an", "a", "at", "against",
  ]

  /// "The Ministry of X and the Police" → ["The Ministry of X", "the Police"].
  private static func splitNames(_ clause: String) -> [String] {
    var parts = [clause]
    for separator in [", and the ", " and the ", ", the ", " as well as the "] {
      parts = parts.flatMap { $0.pieces(separatedBy: separator) }
    }
    return parts
  }

  /// Deduplicated (case-insensitively), in order of first mention in the text.
  static func ordered(_ items: [String], in text: String) -> [String] {
    if items.count < 2 { return items }
    var seen = Set<String>()
    var unique: [(position: Int, order: Int, item: String)] = []
    for (order, item) in items.enumerated() where seen.insert(key(item)).inserted {
      let position = text.utf8Offset(of: item) ?? Int.max
      unique.append((position, order, item))
    }
    unique.sort {
      ($0.position, -$0.item.utf8.count, $0.order) < ($1.position, -$1.item.utf8.count, $1.order)
    }
    return unique.map(\.item)
  }

  static func key(_ item: String) -> String { item.asciiLowercased }
}
