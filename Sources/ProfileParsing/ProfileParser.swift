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
public struct ProfileParser: Sendable {
  /// Bumped whenever the same document could read differently; recorded with each reading.
  public static let version = 1

  /// A parser for the embedded 2015 catalog and country table. Building one compiles the
  /// catalog's phrases, so share this instance.
  public static let standard = ProfileParser()

  public let catalog: IndicatorCatalog
  public let countries: CountryDirectory
  let sections: SectionReader
  private let headings: [String: Heading]
  private let indicatorIndex: [String: Int]
  private let foldedTitle: String
  private let foldedBackground: String
  private let foldedEndMarkers: [String]
  private let foldedDatePrefixes: [String]
  private let foldedRunningHeaders: [String]
  private let foldedFigureLabels: [String]

  private struct Heading {
    enum Kind { case group, indicator(Int) }
    var kind: Kind
    var number: String
    var title: String
    var titles: Set<String>
  }

  public init(catalog: IndicatorCatalog = .cyberwellness2015, countries: CountryDirectory = .standard) {
    self.catalog = catalog
    self.countries = countries
    self.sections = SectionReader(catalog: catalog)
    var headings: [String: Heading] = [:]
    for group in catalog.groups {
      headings[group.number] = Heading(
        kind: .group, number: group.number, title: group.title,
        titles: Set(([group.title] + (group.aliases ?? [])).map(ProfileParser.fold)))
    }
    var indicatorIndex: [String: Int] = [:]
    for (index, indicator) in catalog.indicators.enumerated() {
      headings[indicator.number] = Heading(
        kind: .indicator(index), number: indicator.number, title: indicator.title,
        titles: Set(([indicator.title] + (indicator.aliases ?? [])).map(ProfileParser.fold)))
      indicatorIndex[indicator.number] = index
    }
    self.headings = headings
    self.indicatorIndex = indicatorIndex
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
  public func parse(text: String) -> ParseResult { parse(Array(text.utf8)) }

  /// Reads a document given as the bytes of its file.
  public func parse(_ bytes: some Collection<UInt8>) -> ParseResult {
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
      raw.utf8.contains(UInt8(ascii: "[")) || raw.utf8.contains(UInt8(ascii: "<"))
      ? InlineMarkup.strip(raw).text.trimmed : raw
    if text.isEmpty { return .content }
    if ProfileParser.isPageNumber(text) || ProfileParser.isRule(text) { return .furniture }
    let folded = ProfileParser.fold(text)
    for header in foldedRunningHeaders where folded.hasPrefix(header) {
      let rest = folded.dropFirst(header.count)
      if rest.allSatisfy({ $0 == " " || $0.isNumber }) { return .furniture }
    }
    if folded.hasPrefix(foldedTitle) {
      return .title(rest: String(text.unicodeScalars.dropFirst(catalog.title.unicodeScalars.count)).trimmed)
    }
    if folded == foldedBackground { return .background }
    if let first = text.utf8.first, (0x30...0x39).contains(first), let heading = heading(text) {
      return heading
    }
    for marker in foldedEndMarkers where folded.hasPrefix(marker) { return .endMarker }
    for prefix in foldedDatePrefixes where folded.hasPrefix(prefix) {
      var rest = Substring(text.unicodeScalars.dropFirst(prefix.unicodeScalars.count).map(Character.init))
      while let first = rest.first, first == " " || first == ":" { rest.removeFirst() }
      return .date(rest: String(rest))
    }
    return .content
  }

  private func heading(_ text: String) -> LineKind? {
    let scalars = Array(text.unicodeScalars)
    var end = 0
    while end < scalars.count, scalars[end] == "." || ("0"..."9").contains(scalars[end]) {
      end += 1
    }
    guard end < scalars.count, scalars[end] == " " else { return nil }
    var number = String(String.UnicodeScalarView(scalars[..<end]))
    while number.hasSuffix(".") { number.removeLast() }
    let printed = String(String.UnicodeScalarView(scalars[(end + 1)...])).trimmed
    let title = ProfileParser.fold(printed)
    guard !title.isEmpty else { return nil }
    let shouting = printed.contains { $0.isLetter } && !printed.contains { $0.isLowercase }
    guard let heading = headings[number] else {
      return shouting && number.contains(".") ? .unknownHeading("\(number) \(printed)") : nil
    }
    let matches = heading.titles.contains(title)
    guard matches || shouting else { return nil }
    switch heading.kind {
    case .group: return .group(number: number)
    case .indicator(let index): return .indicator(index: index, printed: matches ? nil : printed)
    }
  }

  /// Bare page numbers: "12", "Page 12", "- 12 -", "12 / 40".
  static func isPageNumber(_ text: String) -> Bool {
    var s = Substring(text.asciiLowercased)
    if s.hasPrefix("page ") { s = s.dropFirst(5) }
    let digits = s.filter { $0.isASCII && $0.isNumber }
    guard !digits.isEmpty, digits.count <= 6 else { return false }
    return s.allSatisfy { ($0.isASCII && $0.isNumber) || $0 == " " || $0 == "-" || $0 == "/" }
  }

  /// A rule drawn with dashes, underscores, equals signs or box-drawing lines.
  static func isRule(_ text: String) -> Bool {
    text.unicodeScalars.count >= 4
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

  func foldedLabelIndex(_ folded: String) -> (Int, Int)? {
    for (index, label) in foldedFigureLabels.enumerated() where folded.hasPrefix(label) {
      return (index, label.unicodeScalars.count)
    }
    return nil
  }
}
