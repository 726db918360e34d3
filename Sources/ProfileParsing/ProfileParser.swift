import ProfileModel

/// Reads a Cyberwellness profile document into a ``Profile``, with diagnostics.
///
/// The reader is driven by an ``IndicatorCatalog``: headings, figures, list lead-ins and
/// status phrases all come from it. It never throws and never crashes on bad input; every
/// problem becomes a ``Diagnostic`` tied to a line, and all of them are reported at once.
///
/// ```swift
/// let result = ProfileParser.standard.parse(bytes)
/// if let profile = result.profile { print(profile.country.code, profile.lastUpdated) }
/// for d in result.diagnostics { print(d.formatted(path: "belize.txt")) }
/// ```
public final class ProfileParser: Sendable {
  /// Bumped whenever the same document could read differently — a change to the reader's code
  /// or to the embedded catalog's rules — and recorded with each reading: `rebuild --reparse`
  /// and ingest's "already read" shortcut compare it to know which stored readings are out of
  /// date. A test pins the catalog's ``IndicatorCatalog/digest`` to this version, so that the
  /// rules cannot change without it.
  public static let version = 4

  /// A parser for the embedded 2015 catalog and country table. Building one compiles the
  /// catalog's phrases, so share this instance.
  public static let standard = ProfileParser()

  public let catalog: IndicatorCatalog
  public let countries: CountryDirectory
  let sections: SectionReader
  /// Finds the countries the text makes the subject of its sentences.
  let subjects: CountrySubjects
  private let headings: [String: Heading]
  /// The heading numbers packed into integers (see ``ProfileParser/packed(_:)``), beside
  /// their headings, when every number is ASCII and fits: an ASCII number is then found by
  /// comparing integers, without hashing a string.
  private let packedNumbers: [UInt64]?
  private let packedHeadings: [Heading]
  private let foldedTitle: String
  /// The background heading and its aliases.
  private let foldedBackgrounds: [String]
  private let foldedEndMarkers: [String]
  private let foldedDatePrefixes: [String]
  private let foldedRunningHeaders: [String]
  private let foldedFigureLabels: [String]
  /// The footer lines up to their first link, for finding them run into a paragraph.
  private let footerStarts: [[UInt8]]
  /// The data-source lead-in, upper case.
  let dataSourcePrefix: String
  /// "(" and the data-source lead-in, lower case: where a data source starts in a line.
  let dataSourceOpening: [UInt8]
  /// The figure labels, lower case.
  let lowercasedFigureLabels: [[UInt8]]
  /// The end markers written in capitals (`DISCLAIMER`), found case-sensitively inside a line.
  private let capitalEndMarkers: [[UInt8]]
  /// For each byte: whether a line starting with it may be a running header, the title,
  /// BACKGROUND, an end marker or the date line (all compared ignoring ASCII case).
  private let mayStartKeyLine: [Bool]
  /// For each byte: whether a line starting with it may be anything but content: markup, a
  /// heading number, page furniture or one of the lines above.
  private let mayStartNonContent: [Bool]

  private struct Heading {
    enum Kind {
      case group
      case indicator(Int)
    }
    var kind: Kind
    /// The catalog title and its aliases, folded.
    var titles: [[UInt8]]
  }

  public init(
    catalog: IndicatorCatalog = .cyberwellness2015, countries: CountryDirectory = .standard
  ) {
    self.catalog = catalog
    self.countries = countries
    self.sections = SectionReader(catalog: catalog)
    self.subjects = CountrySubjects(directory: countries)
    var headings: [String: Heading] = [:]
    for group in catalog.groups {
      headings[group.number] = Heading(
        kind: .group,
        titles: ([group.title] + (group.aliases ?? [])).map { Array(ProfileParser.fold($0).utf8) })
    }
    for (index, indicator) in catalog.indicators.enumerated() {
      headings[indicator.number] = Heading(
        kind: .indicator(index),
        titles: ([indicator.title] + (indicator.aliases ?? [])).map {
          Array(ProfileParser.fold($0).utf8)
        })
    }
    self.headings = headings
    let packedNumbers = headings.keys.map { number in
      number.isASCIIText && !number.utf8.contains(0)
        ? number.withUTF8Bytes(ProfileParser.packed) : nil
    }
    if packedNumbers.allSatisfy({ $0 != nil }) {
      self.packedNumbers = packedNumbers.map { $0! }
      self.packedHeadings = Array(headings.values)
    } else {
      self.packedNumbers = nil
      self.packedHeadings = []
    }
    foldedTitle = ProfileParser.fold(catalog.title)
    foldedBackgrounds = ([catalog.backgroundHeading] + (catalog.backgroundAliases ?? [])).map(
      ProfileParser.fold)
    foldedEndMarkers = catalog.endMarkers.map(ProfileParser.fold)
    let datePrefix = ProfileParser.fold(catalog.dateLinePrefix)
    foldedDatePrefixes =
      datePrefix.hasSuffix(" ON") ? [datePrefix, String(datePrefix.dropLast(3))] : [datePrefix]
    foldedRunningHeaders = catalog.runningHeaders.map(ProfileParser.fold)
    foldedFigureLabels = catalog.figures.map { ProfileParser.fold($0.label) }
    let capitalEndMarkers = catalog.endMarkers.filter { marker in
      marker.count >= 6 && marker.allSatisfy { $0.isUppercase || $0 == " " }
    }
    // A footer line that starts with a capital end marker is found by the marker.
    footerStarts = catalog.footer.compactMap { line in
      let start = String(line.prefix { $0 != "<" && $0 != "[" }).trimmed
      guard start.count >= 16, !capitalEndMarkers.contains(where: { line.hasPrefix($0) }) else {
        return nil
      }
      return Array(start.utf8)
    }
    dataSourcePrefix = catalog.dataSourcePrefix.asciiUppercased
    dataSourceOpening = Array(("(" + catalog.dataSourcePrefix).asciiLowercased.utf8)
    lowercasedFigureLabels = catalog.figures.map { Array($0.label.asciiLowercased.utf8) }
    self.capitalEndMarkers = capitalEndMarkers.map { Array($0.utf8) }
    let keys =
      [foldedTitle] + foldedBackgrounds + foldedEndMarkers + foldedDatePrefixes
      + foldedRunningHeaders
    var mayStart = [Bool](repeating: false, count: 256)
    for key in keys {
      guard let first = key.utf8.first else {
        // An empty key matches every line.
        mayStart = [Bool](repeating: true, count: 256)
        break
      }
      mayStart[Int(first)] = true
      if first &- 0x41 < 26 { mayStart[Int(first | 0x20)] = true }
    }
    mayStartKeyLine = mayStart
    for byte in "[<0123456789pP -/_=*~".utf8 { mayStart[Int(byte)] = true }
    mayStart[0xE2] = true  // box-drawing rules
    mayStartNonContent = mayStart
  }

  /// Reads a document given as text.
  public func parse(text: String) -> ParseResult { parse(bytes: Array(text.utf8)) }

  /// Reads a document given as the bytes of its file (`Data`, `[UInt8]`, …).
  @inlinable
  public func parse(_ bytes: some Collection<UInt8>) -> ParseResult { parse(bytes: Array(bytes)) }

  /// Reads a document given as the bytes of its file.
  public func parse(bytes: [UInt8]) -> ParseResult { parse(bytes: bytes, supplied: .none) }

  /// Reads a document, with values supplied for what it does not give.
  ///
  /// A supplied value is used only where the document gives none (no "Last updated" line, a
  /// country name no table knows); where the document gives a different one, that is an
  /// error naming both. A warning says what was supplied, and ``ParseResult/supplied`` lists
  /// the profile's values that were supplied rather than read.
  ///
  /// ```swift
  /// let date = ProfileDate(iso: "2015-03-02")
  /// let result = ProfileParser.standard.parse(bytes: truncated, supplied: .init(date: date))
  /// result.supplied  // [.date]
  /// ```
  public func parse(bytes: [UInt8], supplied: SuppliedValues) -> ParseResult {
    var reading = DocumentReading(parser: self, supplied: supplied)
    reading.read(SourceText(bytes: bytes))
    var result = reading.result()
    if result.profile != nil { result.supplied = reading.suppliedFields }
    return result
  }

  /// ``parse(bytes:supplied:)`` for a document given as text.
  public func parse(text: String, supplied: SuppliedValues) -> ParseResult {
    parse(bytes: Array(text.utf8), supplied: supplied)
  }

  // MARK: Lines

  enum LineKind {
    case blank
    case furniture
    case title(rest: String)
    case background
    case group(number: String)
    case indicator(index: Int, printed: String?)
    case unknownHeading(String)
    case endMarker
    case date(rest: String)
    case content
  }

  /// The catalog heading numbered `number`, if any.
  private func heading(numbered number: UnsafeBufferPointer<UInt8>) -> Heading? {
    guard let packedNumbers, number.isASCII else { return headings[number.string] }
    guard let key = ProfileParser.packed(number) else { return nil }  // longer than any
    return packedNumbers.firstIndex(of: key).map { packedHeadings[$0] }
  }

  /// Up to eight bytes in one integer. Text holds no NUL bytes, so different numbers give
  /// different integers.
  private static func packed(_ bytes: UnsafeBufferPointer<UInt8>) -> UInt64? {
    guard bytes.count <= 8 else { return nil }
    var key: UInt64 = 0
    for byte in bytes { key = key << 8 | UInt64(byte) }
    return key
  }

  /// Whether `text` is nothing but a catalog section number ("1.2.1", "2.").
  func isSectionNumber(_ text: UnsafeBufferPointer<UInt8>) -> Bool {
    guard let first = text.first, first &- 0x30 < 10, text.count <= 12 else { return false }
    var end = text.count
    while end > 0 && text[end - 1] == UInt8(ascii: ".") { end -= 1 }
    return heading(numbered: text.slice(0, end)) != nil
  }

  /// What a line is. Link markup is looked through first, so that a line reads the same
  /// before and after the writer normalises it.
  func classify(_ raw: UnsafeBufferPointer<UInt8>) -> LineKind {
    guard let first = raw.first else { return .blank }
    // Most lines are prose, and their first byte tells: markup cannot hide a key line behind
    // another first byte, as lines never start with a space.
    guard mayStartNonContent[Int(first)] else { return .content }
    guard InlineMarkup.mayContainMarkup(raw) else { return classifyStripped(raw) }
    var stripped: [UInt8] = []
    var links: [String] = []
    InlineMarkup.strip(raw, into: &stripped, links: &links)
    return stripped.withUnsafeBufferPointer { classifyStripped($0.trimmingSpaces) }
  }

  /// ``classify(_:)`` for a line without markup.
  private func classifyStripped(_ text: UnsafeBufferPointer<UInt8>) -> LineKind {
    guard let first = text.first else { return .content }
    if ProfileParser.isPageNumber(text) || ProfileParser.isRule(text)
      || ProfileParser.isPageMarker(text)
    {
      return .furniture
    }
    if first &- 0x30 < 10 {
      return heading(text) ?? .content
    }
    // Most lines are prose: one table look-up tells that none of the keys below can match.
    guard mayStartKeyLine[Int(first)] else { return .content }
    for header in foldedRunningHeaders where header.hasPrefix(of: text) {
      let rest = text.slice(from: header.utf8.count)
      if rest.allSatisfy({ $0 == 0x20 || $0 &- 0x30 < 10 }) { return .furniture }
    }
    if foldedTitle.hasPrefix(of: text) {
      return .title(rest: text.slice(from: foldedTitle.utf8.count).trimmingSpaces.string)
    }
    for background in foldedBackgrounds
    where background.hasPrefix(of: text)
      && text.slice(from: background.utf8.count).allSatisfy({ $0 == 0x20 || $0 == 0x3A })
    {
      return .background
    }
    for marker in foldedEndMarkers where marker.hasPrefix(of: text) { return .endMarker }
    for prefix in foldedDatePrefixes where prefix.hasPrefix(of: text) {
      var rest = Substring(text.slice(from: prefix.utf8.count).string)
      while let first = rest.first, first == " " || first == ":" { rest.removeFirst() }
      return .date(rest: String(rest))
    }
    return .content
  }

  private func heading(_ text: UnsafeBufferPointer<UInt8>) -> LineKind? {
    var end = 0
    while end < text.count, text[end] == 0x2E || text[end] &- 0x30 < 10 { end += 1 }
    guard end + 1 < text.count, text[end] == 0x20 else { return nil }
    var numberEnd = end
    while numberEnd > 0, text[numberEnd - 1] == 0x2E { numberEnd -= 1 }
    let number = text.slice(0, numberEnd)
    let printed = text.slice(from: end + 1)
    guard let heading = heading(numbered: number) else {
      let dotted = number.containsByte(UInt8(ascii: "."))
      return dotted && ProfileParser.isShouting(printed)
        ? .unknownHeading("\(number.string) \(printed.string)") : nil
    }
    let matches = heading.titles.contains { ProfileParser.isTitle(printed, $0) }
    guard matches || ProfileParser.isShouting(printed) else { return nil }
    switch heading.kind {
    case .group: return .group(number: number.string)
    case .indicator(let index):
      return .indicator(index: index, printed: matches ? nil : printed.string)
    }
  }

  /// Whether `printed` is the upper-case `title`, ignoring case and a trailing colon.
  static func isTitle(_ printed: UnsafeBufferPointer<UInt8>, _ title: [UInt8]) -> Bool {
    guard title.withUnsafeBufferPointer({ printed.hasPrefix(ignoringCase: $0) }) else {
      return false
    }
    return printed.slice(from: title.count).allSatisfy { $0 == 0x3A || $0 == 0x20 }
  }

  /// Written in capitals, as headings are: letters, and none of them lower case.
  static func isShouting(_ text: UnsafeBufferPointer<UInt8>) -> Bool {
    if text.isASCII {
      return text.contains { $0 &- 0x41 < 26 } && !text.contains { $0 &- 0x61 < 26 }
    }
    let string = text.string
    return string.contains { $0.isLetter } && !string.contains { $0.isLowercase }
  }

  /// Bare page numbers: "12", "Page 12", "- 12 -", "12 / 40".
  static func isPageNumber(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
    guard bytes.count <= 16, var index = bytes.indices.first else { return false }
    if bytes[0] | 0x20 == UInt8(ascii: "p") {
      guard bytes.count > 5, bytes[1] | 0x20 == UInt8(ascii: "a"),
        bytes[2] | 0x20 == UInt8(ascii: "g"), bytes[3] | 0x20 == UInt8(ascii: "e"),
        bytes[4] == 0x20
      else { return false }
      index = 5
    }
    var digits = 0
    while index < bytes.count {
      switch bytes[index] {
      case UInt8(ascii: "0")...UInt8(ascii: "9"): digits += 1
      case UInt8(ascii: " "), UInt8(ascii: "-"), UInt8(ascii: "/"): break
      default: return false
      }
      index += 1
    }
    return (1...6).contains(digits)
  }

  /// A rule drawn with dashes, underscores, equals signs or box-drawing lines.
  static func isRule(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
    let first = bytes.first ?? 0
    guard
      first == 0x2D || first == 0x5F || first == 0x3D || first == 0x2A || first == 0x7E
        || first == 0xE2
    else { return false }
    var ascii = true
    for byte in bytes {
      if byte >= 0x80 {
        ascii = false
      } else if !ProfileParser.isRuleByte(byte) {
        return false  // an ASCII character that is not part of a rule
      }
    }
    if ascii { return bytes.count >= 4 }
    let text = bytes.string
    return text.unicodeScalars.count >= 4
      && text.unicodeScalars.allSatisfy { "-_=*~–—─━".unicodeScalars.contains($0) || $0 == " " }
  }

  @inline(__always)
  private static func isRuleByte(_ byte: UInt8) -> Bool {
    switch byte {
    case UInt8(ascii: "-"), UInt8(ascii: "_"), UInt8(ascii: "="), UInt8(ascii: "*"),
      UInt8(ascii: "~"), UInt8(ascii: " "):
      true
    default: false
    }
  }

  /// A converter's page marker: `----------------------- Page 2-----------------------`,
  /// with any number of dashes (or other rule characters) and spaces, `Page 2 of 7` too.
  static func isPageMarker(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
    guard bytes.count >= 6, bytes.count <= 200 else { return false }
    var index = 0
    while index < bytes.count, isRuleByte(bytes[index]) { index += 1 }
    let ruleBefore = bytes[0..<index].contains { $0 != 0x20 }
    guard index + 4 < bytes.count, bytes[index] | 0x20 == UInt8(ascii: "p"),
      bytes[index + 1] | 0x20 == UInt8(ascii: "a"), bytes[index + 2] | 0x20 == UInt8(ascii: "g"),
      bytes[index + 3] | 0x20 == UInt8(ascii: "e")
    else { return false }
    index += 4
    var digits = 0
    var words = 0  // "of" between two numbers
    while index < bytes.count {
      let byte = bytes[index]
      if byte &- 0x30 < 10 {
        digits += 1
      } else if byte == 0x20 {
      } else if byte | 0x20 == UInt8(ascii: "o"), index + 1 < bytes.count,
        bytes[index + 1] | 0x20 == UInt8(ascii: "f"), digits > 0, words == 0
      {
        words += 1
        index += 1
      } else {
        break
      }
      index += 1
    }
    guard (1...8).contains(digits) else { return false }
    let after = bytes.slice(from: index)
    guard after.allSatisfy(isRuleByte) else { return false }
    return ruleBefore || after.contains { $0 != 0x20 }
  }

  /// What a line of page furniture is.
  enum Furniture {
    /// A page marker, running header or page number: a page ends before the next line.
    case pageBreak
    /// A rule drawn across the page.
    case rule
  }

  /// The page furniture `text` is, if any: a page marker, running header, page number or rule.
  func furniture(_ text: UnsafeBufferPointer<UInt8>) -> Furniture? {
    guard let first = text.first, mayStartNonContent[Int(first)] else { return nil }
    if ProfileParser.isPageNumber(text) || ProfileParser.isPageMarker(text) { return .pageBreak }
    if ProfileParser.isRule(text) { return .rule }
    guard mayStartKeyLine[Int(first)] else { return nil }
    for header in foldedRunningHeaders where header.hasPrefix(of: text) {
      let rest = text.slice(from: header.utf8.count)
      if rest.allSatisfy({ $0 == 0x20 || $0 &- 0x30 < 10 }) { return .pageBreak }
    }
    return nil
  }

  /// Whether `text` is the date line ("Last updated on …").
  func isDateLine(_ text: UnsafeBufferPointer<UInt8>) -> Bool {
    guard let first = text.first, mayStartKeyLine[Int(first)] else { return false }
    return foldedDatePrefixes.contains { $0.hasPrefix(of: text) }
  }

  /// Whether `text` opens an entry of a side-by-side layout: a list item, a background
  /// figure or a data source.
  func opensEntry(_ text: UnsafeBufferPointer<UInt8>) -> Bool {
    guard let first = text.first else { return false }
    if first == UInt8(ascii: "(") {
      var prefix = dataSourcePrefix
      return prefix.withUTF8 { text.slice(from: 1).trimmingSpaces.hasPrefix(ignoringCase: $0) }
    }
    if SectionReader.bulletMarkLength(text) != nil { return true }
    return foldedFigureLabels.contains { $0.hasPrefix(of: text) }
  }

  /// Where headings, group headings and footer lines start inside `text`, when a converter
  /// ran them into the line before or the text after (`… in Belize. 1.1.2 REGULATION AND
  /// COMPLIANCE Specific legislation …`): each offset is the start of a line of its own.
  ///
  /// Only the catalog's own titles in capitals (and the footer's exact words) are split out,
  /// so that prose citing a section is left alone.
  func runInBreaks(_ text: UnsafeBufferPointer<UInt8>) -> [Int] {
    var breaks: [Int] = []
    if let first = text.first, first &- 0x30 < 10 { runInHeading(at: 0, in: text, breaks: &breaks) }
    // Inside a line a heading number has a dot ("1.1.2", "2."): each dot is a candidate, and
    // memchr finds them.
    var from = 1
    while let dot = text.offset(of: ".", from: from) {
      from = dot + 1
      var start = dot
      while start > 0, text[start - 1] &- 0x30 < 10 { start -= 1 }
      guard start < dot, start > 0, text[start - 1] == 0x20 else { continue }
      runInHeading(at: start, in: text, breaks: &breaks)
    }
    for marker in capitalEndMarkers {
      from = 1
      while let found = marker.withUnsafeBufferPointer({ text.offset(of: $0, from: from) }) {
        if text[found - 1] == 0x20 {
          breaks.append(found)
          break
        }
        from = found + 1
      }
    }
    for start in footerStarts {
      if let found = start.withUnsafeBufferPointer({ text.offset(of: $0, from: 1) }),
        text[found - 1] == 0x20
      {
        breaks.append(found)
      }
    }
    return breaks.count < 2 ? breaks : Array(Set(breaks)).sorted()
  }

  /// Adds to `breaks` where the heading whose number starts at `index` starts and where the
  /// text after its title starts, if a catalog heading is printed there in capitals.
  private func runInHeading(
    at index: Int, in text: UnsafeBufferPointer<UInt8>, breaks: inout [Int]
  ) {
    let count = text.count
    var end = index
    while end < count, text[end] == 0x2E || text[end] &- 0x30 < 10 { end += 1 }
    var numberEnd = end
    while numberEnd > index, text[numberEnd - 1] == 0x2E { numberEnd -= 1 }
    // A group number without a dot ("2 CHILD …") only at the start of a line.
    let bareGroup = numberEnd == index + 1 && end == numberEnd && index > 0
    guard end + 1 < count, text[end] == 0x20, !bareGroup,
      let heading = heading(numbered: text.slice(index, numberEnd))
    else { return }
    let rest = text.slice(from: end + 1)
    var title = 0
    for candidate in heading.titles where candidate.count > title && rest.starts(with: candidate) {
      title = candidate.count
    }
    guard title > 0 else { return }
    let after = end + 1 + title
    guard after == count || text[after] == 0x20 || text[after] == 0x3A else { return }
    if index > 0 { breaks.append(index) }
    var next = after
    while next < count, text[next] == 0x3A || text[next] == 0x20 { next += 1 }
    if next < count, !ProfileParser.isShouting(text.slice(from: next)) { breaks.append(next) }
  }

  /// Upper case, single spaces, no trailing colon: the key headings are compared by.
  static func fold(_ text: String) -> String {
    var s = text.asciiUppercased.trimmed
    while s.hasSuffix(":") {
      s.removeLast()
      s = s.trimmed
    }
    return s
  }

  /// The catalog figure whose label starts `text`, and the label's length in UTF-8 bytes.
  func figureLabel(of text: String) -> (figure: Int, length: Int)? {
    for (index, label) in foldedFigureLabels.enumerated() where text.hasPrefix(ignoringCase: label)
    {
      return (index, label.utf8.count)
    }
    return nil
  }
}

extension String {
  /// Whether `text` starts with this string (given in upper case), ignoring ASCII case.
  @inline(__always)
  fileprivate func hasPrefix(of text: UnsafeBufferPointer<UInt8>) -> Bool {
    var copy = self
    return copy.withUTF8 { text.hasPrefix(ignoringCase: $0) }
  }
}
