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
  /// Bumped whenever the same document could read differently; recorded with each reading.
  public static let version = 1

  /// A parser for the embedded 2015 catalog and country table. Building one compiles the
  /// catalog's phrases, so share this instance.
  public static let standard = ProfileParser()

  public let catalog: IndicatorCatalog
  public let countries: CountryDirectory
  let sections: SectionReader
  private let headings: [String: Heading]
  private let foldedTitle: String
  private let foldedBackground: String
  private let foldedEndMarkers: [String]
  private let foldedDatePrefixes: [String]
  private let foldedRunningHeaders: [String]
  private let foldedFigureLabels: [String]

  private struct Heading {
    enum Kind {
      case group
      case indicator(Int)
    }
    var kind: Kind
    /// The catalog title and its aliases, folded.
    var titles: [String]
  }

  public init(
    catalog: IndicatorCatalog = .cyberwellness2015, countries: CountryDirectory = .standard
  ) {
    self.catalog = catalog
    self.countries = countries
    self.sections = SectionReader(catalog: catalog)
    var headings: [String: Heading] = [:]
    for group in catalog.groups {
      headings[group.number] = Heading(
        kind: .group,
        titles: ([group.title] + (group.aliases ?? [])).map(ProfileParser.fold))
    }
    for (index, indicator) in catalog.indicators.enumerated() {
      headings[indicator.number] = Heading(
        kind: .indicator(index),
        titles: ([indicator.title] + (indicator.aliases ?? [])).map(ProfileParser.fold))
    }
    self.headings = headings
    foldedTitle = ProfileParser.fold(catalog.title)
    foldedBackground = ProfileParser.fold(catalog.backgroundHeading)
    foldedEndMarkers = catalog.endMarkers.map(ProfileParser.fold)
    let datePrefix = ProfileParser.fold(catalog.dateLinePrefix)
    foldedDatePrefixes =
      datePrefix.hasSuffix(" ON") ? [datePrefix, String(datePrefix.dropLast(3))] : [datePrefix]
    foldedRunningHeaders = catalog.runningHeaders.map(ProfileParser.fold)
    foldedFigureLabels = catalog.figures.map { ProfileParser.fold($0.label) }
  }

  /// Reads a document given as text.
  public func parse(text: String) -> ParseResult { parse(bytes: Array(text.utf8)) }

  /// Reads a document given as the bytes of its file (`Data`, `[UInt8]`, …).
  @inlinable
  public func parse(_ bytes: some Collection<UInt8>) -> ParseResult { parse(bytes: Array(bytes)) }

  /// Reads a document given as the bytes of its file.
  public func parse(bytes: [UInt8]) -> ParseResult {
    var reading = DocumentReading(parser: self)
    reading.read(SourceText(bytes: bytes))
    return reading.result()
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

  /// Whether `text` is nothing but a catalog section number ("1.2.1", "2.").
  func isSectionNumber(_ text: String) -> Bool {
    guard let first = text.utf8.first, (0x30...0x39).contains(first), text.utf8.count <= 12 else {
      return false
    }
    var number = Substring(text)
    while number.hasSuffix(".") { number.removeLast() }
    return headings[String(number)] != nil
  }

  /// What a line is. Link markup is looked through first, so that a line reads the same
  /// before and after the writer normalises it.
  func classify(_ raw: String) -> LineKind {
    if raw.isEmpty { return .blank }
    let text =
      raw.containsByte(UInt8(ascii: "[")) || raw.containsByte(UInt8(ascii: "<"))
      ? InlineMarkup.strip(raw).text.trimmed : raw
    if text.isEmpty { return .content }
    if ProfileParser.isPageNumber(text) || ProfileParser.isRule(text) { return .furniture }
    let first = text.utf8.first!
    if (0x30...0x39).contains(first) {
      return heading(text) ?? .content
    }
    for header in foldedRunningHeaders where text.hasPrefix(ignoringCase: header) {
      let rest = text.utf8.dropFirst(header.utf8.count)
      if rest.allSatisfy({ $0 == 0x20 || (0x30...0x39).contains($0) }) { return .furniture }
    }
    if text.hasPrefix(ignoringCase: foldedTitle) {
      return .title(rest: String(text[text.utf8Index(foldedTitle.utf8.count)...]).trimmed)
    }
    if text.hasPrefix(ignoringCase: foldedBackground), ProfileParser.fold(text) == foldedBackground
    {
      return .background
    }
    for marker in foldedEndMarkers where text.hasPrefix(ignoringCase: marker) { return .endMarker }
    for prefix in foldedDatePrefixes where text.hasPrefix(ignoringCase: prefix) {
      var rest = text[text.utf8Index(prefix.utf8.count)...]
      while let first = rest.first, first == " " || first == ":" { rest.removeFirst() }
      return .date(rest: String(rest))
    }
    return .content
  }

  private func heading(_ text: String) -> LineKind? {
    let parts = text.withUTF8Bytes { bytes -> (number: String, printed: String)? in
      var end = 0
      while end < bytes.count, bytes[end] == 0x2E || (0x30...0x39).contains(bytes[end]) { end += 1 }
      guard end + 1 < bytes.count, bytes[end] == 0x20 else { return nil }
      var numberEnd = end
      while numberEnd > 0, bytes[numberEnd - 1] == 0x2E { numberEnd -= 1 }
      return (
        String(decoding: UnsafeBufferPointer(rebasing: bytes[..<numberEnd]), as: UTF8.self),
        String(decoding: UnsafeBufferPointer(rebasing: bytes[(end + 1)...]), as: UTF8.self)
      )
    }
    guard let (number, printed) = parts else { return nil }
    guard let heading = headings[number] else {
      let dotted = number.containsByte(UInt8(ascii: "."))
      return dotted && ProfileParser.isShouting(printed)
        ? .unknownHeading("\(number) \(printed)") : nil
    }
    let matches = heading.titles.contains { ProfileParser.isTitle(printed, $0) }
    guard matches || ProfileParser.isShouting(printed) else { return nil }
    switch heading.kind {
    case .group: return .group(number: number)
    case .indicator(let index): return .indicator(index: index, printed: matches ? nil : printed)
    }
  }

  /// Whether `printed` is the upper-case `title`, ignoring case and a trailing colon.
  static func isTitle(_ printed: String, _ title: String) -> Bool {
    guard printed.hasPrefix(ignoringCase: title) else { return false }
    return printed.utf8.dropFirst(title.utf8.count).allSatisfy { $0 == 0x3A || $0 == 0x20 }
  }

  /// Written in capitals, as headings are: letters, and none of them lower case.
  static func isShouting(_ text: String) -> Bool {
    if text.utf8.allSatisfy({ $0 < 0x80 }) {
      return text.utf8.contains { (0x41...0x5A).contains($0) }
        && !text.utf8.contains { (0x61...0x7A).contains($0) }
    }
    return text.contains { $0.isLetter } && !text.contains { $0.isLowercase }
  }

  /// Bare page numbers: "12", "Page 12", "- 12 -", "12 / 40".
  static func isPageNumber(_ text: String) -> Bool {
    text.withUTF8Bytes { bytes in
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
  }

  /// A rule drawn with dashes, underscores, equals signs or box-drawing lines.
  static func isRule(_ text: String) -> Bool {
    let first = text.withUTF8Bytes { $0.first ?? 0 }
    guard
      first == 0x2D || first == 0x5F || first == 0x3D || first == 0x2A || first == 0x7E
        || first == 0xE2
    else { return false }
    return text.unicodeScalars.count >= 4
      && text.unicodeScalars.allSatisfy { "-_=*~–—─━".unicodeScalars.contains($0) || $0 == " " }
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
