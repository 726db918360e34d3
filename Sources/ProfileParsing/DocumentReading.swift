import ProfileModel

/// One pass over a document's lines: the state the parser keeps while it reads.
struct DocumentReading {
  private enum Place {
    case preamble
    case header
    case background
    case group(String)
    case section(Int)
    case skipping
    case footer
  }

  private struct Section {
    var headingLine: Int
    /// The section's lines in `bodyLines`: a section's lines come one after the other.
    var lines: Range<Int>
  }

  /// A line of text with its number, for the few places that read lines as strings.
  private struct TextLine {
    var number: Int
    var text: String
    /// Where lines joined to this one start in `text` (UTF-8 offsets) and their numbers.
    var joined: [(offset: Int, number: Int)] = []

    /// The number of the line that holds the byte at `offset`.
    func number(at offset: Int) -> Int {
      joined.last { $0.offset <= offset }?.number ?? number
    }
  }

  let parser: ProfileParser
  /// The parser's catalog, read in place rather than copied into each reading.
  private var catalog: IndicatorCatalog { parser.catalog }
  private var diagnostics: [Diagnostic] = []
  /// The document's cleaned lines, back to back; every ``PageLayout/Line`` is a range of it.
  private var text: [UInt8] = []
  private var place = Place.preamble
  private var lineCount = 0
  private var lastLine = 0
  private var titleLine: Int?
  private var preambleLines: [PageLayout.Line] = []
  private var headerLines: [PageLayout.Line] = []
  private var backgroundLine: Int?
  private var backgroundLines: [PageLayout.Line] = []
  /// By indicator index.
  private var sections: [Section?]
  /// The body lines of all sections, in document order.
  private var bodyLines: [SectionReader.BodyLine] = []
  private var sectionCount = 0
  private var lastSection: Int?
  private var sawHeading = false
  private var groupsWithText = Set<String>()
  private var endMarkerLine: Int?
  private var dateLine: TextLine?
  private var gap = false

  /// Values given for what the document may not say; see ``ProfileParser/parse(bytes:supplied:)``.
  let supplied: SuppliedValues
  /// The profile's values taken from `supplied`, not read.
  private(set) var suppliedFields: [SuppliedField] = []

  init(parser: ProfileParser, supplied: SuppliedValues = .none) {
    self.parser = parser
    self.supplied = supplied
    self.sections = [Section?](repeating: nil, count: parser.catalog.indicators.count)
  }

  mutating func read(_ source: SourceText) {
    diagnostics += source.diagnostics
    lineCount = source.lines.count
    let layout = PageLayout(source, parser: parser)
    text = layout.bytes
    for line in layout.lines {
      lastLine = max(lastLine, line.number)
      consume(line)
    }
    if let last = source.lines.last { lastLine = max(lastLine, last.number) }
  }

  /// A line for `bytes` that are not in the source: stored after the source's lines.
  private mutating func append(_ bytes: some Collection<UInt8>, number: Int) -> PageLayout.Line {
    let start = text.count
    text.append(contentsOf: bytes)
    return PageLayout.Line(number: number, start: start, end: text.count, afterGap: false)
  }

  /// `lines` with their text, from the document's `text`.
  private static func textLines(_ lines: [PageLayout.Line], in text: [UInt8]) -> [TextLine] {
    text.withUnsafeBufferPointer { text in
      lines.map { TextLine(number: $0.number, text: text.slice($0.start, $0.end).string) }
    }
  }

  private mutating func consume(_ line: PageLayout.Line) {
    if line.afterGap { gap = true }
    let kind = text.withUnsafeBufferPointer { parser.classify($0.slice(line.start, line.end)) }
    switch kind {
    case .blank, .furniture:
      gap = true
      return
    case .title(let rest):
      if titleLine == nil, case .preamble = place {
        titleLine = line.number
        place = .header
        if !rest.isEmpty { headerLines.append(append(rest.utf8, number: line.number)) }
      }
    case .background:
      if backgroundLine != nil {
        diagnostics.append(.warning(line: line.number, "a second BACKGROUND heading; ignored"))
      } else {
        backgroundLine = line.number
        place = .background
      }
    case .group(let number):
      sawHeading = true
      place = .group(number)
    case .indicator(let index, let printed):
      sawHeading = true
      // Read from the catalog only for a diagnostic: most headings need none.
      var indicator: IndicatorCatalog.Indicator { catalog.indicators[index] }
      if let first = sections[index] {
        diagnostics.append(
          .error(
            line: line.number,
            "section \(indicator.number) \(indicator.title) appears twice (first at line \(first.headingLine))"
          ))
        place = .skipping
        break
      }
      if let printed {
        diagnostics.append(
          .warning(
            line: line.number,
            "heading '\(indicator.number) \(printed)' differs from the catalog title '\(indicator.title)'"
          ))
      }
      if let last = lastSection, last > index {
        let previous = catalog.indicators[last]
        diagnostics.append(
          .warning(
            line: line.number,
            "section \(indicator.number) comes after \(previous.number); the template puts it before"
          ))
      }
      sections[index] = Section(
        headingLine: line.number, lines: bodyLines.count..<bodyLines.count)
      sectionCount += 1
      lastSection = index
      place = .section(index)
    case .unknownHeading(let heading):
      sawHeading = true
      diagnostics.append(
        .warning(
          line: line.number,
          "section '\(heading)' is not in catalog \(catalog.id); its text is ignored"))
      place = .skipping
    case .endMarker:
      if endMarkerLine == nil { endMarkerLine = line.number }
      place = .footer
    case .date(let rest):
      if let first = dateLine {
        diagnostics.append(
          .warning(
            line: line.number,
            "another '\(catalog.dateLinePrefix)' line (first at line \(first.number)); ignored"))
      } else {
        dateLine = TextLine(number: line.number, text: rest)
      }
      place = .footer
    case .content:
      switch place {
      case .preamble: preambleLines.append(line)
      case .header: headerLines.append(line)
      case .background: backgroundLines.append(line)
      case .group(let number):
        if groupsWithText.insert(number).inserted {
          diagnostics.append(
            .warning(
              line: line.number,
              "text under group heading \(number) before its first indicator; ignored"))
        }
      case .section(let index):
        bodyLines.append(
          SectionReader.BodyLine(
            number: line.number, start: line.start, end: line.end, afterGap: gap))
        if let start = sections[index]?.lines.lowerBound {
          sections[index]?.lines = start..<bodyLines.count
        }
      case .skipping, .footer:
        break
      }
    }
    gap = false
  }

  // MARK: Result

  mutating func result() -> ParseResult {
    if lineCount == 0 || (titleLine == nil && backgroundLine == nil && !sawHeading) {
      if !diagnostics.contains(where: { $0.severity == .error }) {
        let message =
          lineCount == 0
          ? "the file is empty"
          : "not a profile document: no '\(catalog.title)' title, "
            + "\(catalog.backgroundHeading) heading or numbered section found"
        diagnostics.append(.error(line: lineCount == 0 ? nil : 1, message))
      }
      return ParseResult(profile: nil, diagnostics: diagnostics)
    }
    if titleLine == nil {
      diagnostics.append(.warning(line: 1, "no '\(catalog.title)' title line"))
    }
    let country = readCountry()
    let figures = readFigures()
    let indicators = readIndicators()
    let date = readDate()
    diagnostics.sort { ($0.line ?? 0) < ($1.line ?? 0) }
    guard let country, let date, !diagnostics.contains(where: { $0.severity == .error }) else {
      return ParseResult(profile: nil, diagnostics: diagnostics)
    }
    let profile = Profile(
      catalog: catalog.id, country: country, lastUpdated: date, figures: figures,
      indicators: indicators)
    return ParseResult(profile: profile, diagnostics: diagnostics)
  }

  /// The country of the name block (the lines between the title and BACKGROUND), checked
  /// against the country the text speaks of; or the supplied one, where the block names none.
  private mutating func readCountry() -> Country? {
    let candidates = DocumentReading.textLines(
      titleLine == nil ? preambleLines : headerLines, in: text)
    let anchor = titleLine ?? 1
    var suppliedEntry: CountryDirectory.Entry?
    if let code = supplied.country {
      guard let entry = parser.countries.entry(code: code) else {
        diagnostics.append(
          .error(line: nil, "the supplied country '\(code)' is not a code of the country table"))
        return nil
      }
      suppliedEntry = entry
    }
    // The block as printed, and as shown in messages (with its line breaks).
    let printedBlock = candidates.map(\.text).joined(separator: " ")
    let block = candidates.map(\.text).joined(separator: " / ")
    let country: Country
    let resolution: CountryDirectory.BlockResolution =
      candidates.isEmpty ? .unknown : parser.countries.identify(lines: candidates.map(\.text))
    switch resolution {
    case .country(let entry, let lines):
      let printed = candidates[lines].map(\.text).joined(separator: " ")
      let line = candidates[lines.lowerBound].number
      if let suppliedEntry, suppliedEntry.code != entry.code {
        diagnostics.append(
          .error(
            line: line,
            "the document names \(entry.name) (\(entry.code)) as '\(printed)', but the supplied "
              + "country is \(suppliedEntry.name) (\(suppliedEntry.code))"))
        return nil
      }
      for (index, line) in candidates.enumerated() where !lines.contains(index) {
        diagnostics.append(
          .warning(
            line: line.number,
            "line '\(line.text)' before \(catalog.backgroundHeading) is not the country name; ignored"
          ))
      }
      country = Country(code: entry.code, name: printed.nfc)
    case .ambiguous(let entries):
      let names = entries.map { "\($0.name) (\($0.code))" }.joined(separator: ", ")
      guard let suppliedEntry, entries.contains(suppliedEntry) else {
        diagnostics.append(
          .error(
            line: candidates.first?.number ?? anchor,
            "the country name '\(block)' could be \(names); not guessed"
              + (suppliedEntry.map { ", and the supplied country \($0.code) is none of them" } ?? "")
          ))
        return nil
      }
      diagnostics.append(
        .warning(
          line: candidates.first?.number ?? anchor,
          "the country name '\(block)' could be \(names): country \(suppliedEntry.code) supplied, not read"
        ))
      suppliedFields.append(.country)
      country = Country(code: suppliedEntry.code, name: printedBlock.nfc)
    case .unknown:
      if let suppliedEntry {
        let what = candidates.isEmpty ? "no country name" : "the country name '\(block)' is unknown"
        diagnostics.append(
          .warning(
            line: candidates.first?.number ?? backgroundLine ?? anchor,
            "\(what): country \(suppliedEntry.code) (\(suppliedEntry.name)) supplied, not read"))
        suppliedFields.append(.country)
        let name = candidates.isEmpty ? suppliedEntry.name : printedBlock
        country = Country(code: suppliedEntry.code, name: name.nfc)
      } else if let first = candidates.first {
        let nearest = parser.countries.suggestions(for: printedBlock).map(\.name)
          .joined(separator: ", ")
        diagnostics.append(
          .error(line: first.number, "unknown country '\(block)' (nearest names: \(nearest))"))
        return nil
      } else {
        diagnostics.append(
          .error(
            line: backgroundLine ?? anchor,
            "no country name between the '\(catalog.title)' title and \(catalog.backgroundHeading)"
          ))
        return nil
      }
    }
    return checkedAgainstText(country, anchor: anchor)
  }

  /// `country`, if the text speaks of it: a profile under the wrong heading is refused, not
  /// recorded under another country's code (see ``CountrySubjects``).
  private mutating func checkedAgainstText(_ country: Country, anchor: Int) -> Country? {
    guard let entry = parser.countries.entry(code: country.code) else { return country }
    let disagreement = text.withUnsafeBufferPointer {
      parser.subjects.disagreement(heading: entry, text: $0, lines: bodyLines)
    }
    if let disagreement {
      let other = disagreement.other
      let lines = disagreement.mentions.prefix(3).map { String($0.line) }.joined(separator: ", ")
      diagnostics.append(
        .error(
          line: disagreement.mentions.first?.line ?? anchor,
          "the heading names \(entry.name) (\(entry.code)), but the text speaks of "
            + "\(other.name) (\(other.code)): '\(disagreement.mentions[0].words)' is the subject "
            + "of \(disagreement.mentions.count) sentence(s) (lines \(lines)) and \(entry.code) "
            + "of \(disagreement.agreeing); nothing is read"))
      return nil
    }
    return country
  }

  private mutating func readFigures() -> [FigureReading] {
    guard backgroundLine != nil else {
      diagnostics.append(
        .warning(
          line: titleLine ?? 1, "no \(catalog.backgroundHeading) section: no figures read"))
      return []
    }
    // Join data-source lines wrapped before their closing parenthesis, then cut the joined
    // lines where a second entry starts: a figure on the line after an unclosed source is
    // still read as a figure, and no source read here holds a place the cut would split when
    // the source is written on one line.
    var joined: [TextLine] = []
    for line in DocumentReading.textLines(backgroundLines, in: text) {
      if var last = joined.last, DocumentReading.opensUnclosedParenthesis(last.text) {
        last.text += " "
        last.joined.append((last.text.utf8.count, line.number))
        last.text += line.text
        joined[joined.count - 1] = last
      } else {
        joined.append(line)
      }
    }
    let lines = joined.flatMap { splitFigureLine($0) }
    var values: [(figure: Int, line: Int, value: String?)] = []
    var sources: [(line: Int, source: DataSource)] = []
    for line in lines {
      if let source = dataSource(line.text) {
        sources.append((line.number, source))
        continue
      }
      guard let (figure, labelLength) = parser.figureLabel(of: line.text) else {
        diagnostics.append(
          .warning(
            line: line.number,
            "unrecognised line in \(catalog.backgroundHeading): '\(line.text)'; ignored"))
        continue
      }
      var rest = String(line.text[line.text.utf8Index(labelLength)...])
      var inlineSource: DataSource?
      // In ASCII text the first "(" byte is the first "(" character.
      let open = rest.isASCIIText ? rest.utf8.firstIndex(of: 0x28) : rest.firstIndex(of: "(")
      if let open, let source = dataSource(String(rest[open...])) {
        inlineSource = source
        rest = String(rest[..<open])
      }
      if values.contains(where: { $0.figure == figure }) {
        diagnostics.append(
          .warning(
            line: line.number,
            "'\(catalog.figures[figure].label)' is given twice; the first is kept"))
        continue
      }
      let value = FigureValue.read(rest, unit: catalog.figures[figure].unit)
      if value == nil {
        diagnostics.append(
          .warning(
            line: line.number,
            "cannot read a number in '\(line.text)'; the figure is recorded without a value"))
      }
      values.append((figure, line.number, value))
      if let inlineSource { sources.append((line.number, inlineSource)) }
    }
    // The n-th data source belongs to the first figure still without one: this reads both
    // "figure, source, figure, source" and "figure, figure, source, source".
    var assigned = [DataSource?](repeating: nil, count: values.count)
    for (line, source) in sources {
      guard let slot = assigned.firstIndex(where: { $0 == nil }) else {
        diagnostics.append(.warning(line: line, "a data source with no figure; ignored"))
        continue
      }
      assigned[slot] = source
    }
    return zip(values, assigned)
      .sorted { $0.0.figure < $1.0.figure }  // catalog order
      .map { value, source in
        FigureReading(id: catalog.figures[value.figure].id, value: value.value, source: source)
      }
  }

  /// A background line cut where a second figure or data source starts in it: side by side
  /// entries that a conversion glued with a single space ("… December 2012) (data source:
  /// ITU Statistics, …)", "Total Population: 324 000 Internet users, …"). The layout stage
  /// splits those it sees apart; these are the ones it cannot see.
  private func splitFigureLine(_ line: TextLine) -> [TextLine] {
    line.text.withUTF8Bytes { text -> [TextLine] in
      // Searched ignoring ASCII case, as in the line lower-cased.
      var cuts: [Int] = []
      var from = 1
      while let found = text.offset(ofLowercased: parser.dataSourceOpening, from: from) {
        var before = found
        while before > 0, text[before - 1] == 0x20 { before -= 1 }
        if before > 0, text[before - 1] == UInt8(ascii: ")") { cuts.append(found) }
        from = found + 1
      }
      // Every label after a space, not only the first: a data source read from a piece never
      // holds one, so written on its own line it reads back whole.
      for label in parser.lowercasedFigureLabels {
        from = 1
        while let found = text.offset(ofLowercased: label, from: from) {
          if text[found - 1] == 0x20 { cuts.append(found) }
          from = found + 1
        }
      }
      guard !cuts.isEmpty else { return [line] }
      var pieces: [TextLine] = []
      var start = 0
      // A cut is before "(" or a label's first letter, after a space or ")": always between
      // two characters, so the pieces are cut from the bytes.
      for cut in cuts.sorted() + [text.count] where cut > start {
        let piece = text.slice(start, cut).trimmingSpaces
        if !piece.isEmpty {
          pieces.append(TextLine(number: line.number(at: start), text: piece.string))
        }
        start = cut
      }
      return pieces
    }
  }

  /// Whether `text` starts with "(" and has no ")": a data source wrapped onto the next line.
  private static func opensUnclosedParenthesis(_ text: String) -> Bool {
    if text.isASCIIText {
      return text.utf8.first == UInt8(ascii: "(") && !text.containsByte(UInt8(ascii: ")"))
    }
    return text.hasPrefix("(") && !text.contains(")")
  }

  /// "(data source: [ITU Statistics](#), December 2013)".
  private func dataSource(_ text: String) -> DataSource? {
    guard text.utf8.first == UInt8(ascii: "(") else { return nil }
    if text.isASCIIText { return text.withUTF8Bytes { asciiDataSource($0) } }
    var inner = Substring(text).dropFirst()
    if inner.utf8.last == UInt8(ascii: ")") { inner = inner.dropLast() }
    let prefix = parser.dataSourcePrefix
    guard inner.trimmed.hasPrefix(ignoringCase: prefix) else { return nil }
    let body = String(inner.trimmed.utf8.dropFirst(prefix.utf8.count))!.trimmed
    let stripped = InlineMarkup.strip(body)
    if let link = stripped.links.first, stripped.text.trimmed.hasPrefix(link) {
      var period = Substring(stripped.text.trimmed.dropFirst(link.count))
      while let first = period.first, first == "," || first == " " { period.removeFirst() }
      return DataSource(name: link.nfc, period: String(period).trimmed.nfc)
    }
    let text = stripped.text.trimmed
    let parts = text.pieces(separatedBy: ", ")
    guard parts.count > 1 else { return DataSource(name: text.nfc, period: "") }
    return DataSource(
      name: parts.dropLast().joined(separator: ", ").nfc, period: parts.last!.trimmed.nfc)
  }

  /// ``dataSource(_:)`` for ASCII text: every character is one byte, and already in NFC.
  private func asciiDataSource(_ text: UnsafeBufferPointer<UInt8>) -> DataSource? {
    var inner = text.slice(from: 1)
    if inner.last == UInt8(ascii: ")") { inner = inner.slice(0, inner.count - 1) }
    inner = inner.trimmingSpaces
    var prefix = parser.dataSourcePrefix
    guard prefix.withUTF8({ inner.hasPrefix(ignoringCase: $0) }) else { return nil }
    let body = inner.slice(from: prefix.utf8.count).trimmingSpaces
    var stripped: [UInt8] = []
    var links: [String] = []
    if InlineMarkup.mayContainMarkup(body) {
      InlineMarkup.strip(body, into: &stripped, links: &links)
    } else {
      stripped = Array(body)
    }
    return stripped.withUnsafeBufferPointer { stripped in
      let text = stripped.trimmingSpaces
      if var link = links.first, link.withUTF8({ text.starts(with: $0) }) {
        var period = text.slice(from: link.utf8.count)
        while let first = period.first, first == UInt8(ascii: ",") || first == 0x20 {
          period = period.slice(from: 1)
        }
        return DataSource(name: link, period: period.trimmingSpaces.string)
      }
      // Name and period are split at the last ", ".
      var lastSeparator: Int?
      var from = 0
      while let found = text.offset(of: ", ", from: from) {
        lastSeparator = found
        from = found + 2
      }
      guard let lastSeparator else { return DataSource(name: text.string, period: "") }
      return DataSource(
        name: text.slice(0, lastSeparator).string,
        period: text.slice(from: lastSeparator + 2).trimmingSpaces.string)
    }
  }

  private mutating func readIndicators() -> [IndicatorReading] {
    var readings: [IndicatorReading] = []
    var missing: [String] = []
    var scratch = SectionReader.Scratch()
    for (index, indicator) in catalog.indicators.enumerated() {
      guard let section = sections[index] else {
        missing.append(indicator.number)
        readings.append(IndicatorReading(id: indicator.number, status: .missing))
        continue
      }
      let reading = text.withUnsafeBufferPointer {
        parser.sections.read(
          bodyLines[section.lines], in: $0, scratch: &scratch)
      }
      if reading.status == .missing {
        diagnostics.append(
          .warning(
            line: section.headingLine,
            "section \(indicator.number) \(indicator.title) has no text; read as missing"))
      }
      if let review = reading.evidence?.review {
        diagnostics.append(
          .warning(
            line: section.headingLine,
            "section \(indicator.number) \(indicator.title): \(review); read as "
              + "\(reading.status.rawValue) and marked for review"))
      }
      readings.append(
        IndicatorReading(
          id: indicator.number, status: reading.status, items: reading.items, text: reading.text,
          evidence: reading.evidence))
    }
    let truncated = dateLine == nil && endMarkerLine == nil
    if !missing.isEmpty, sectionCount > 0, !truncated {
      let list = missing.count == catalog.indicators.count ? "all" : missing.joined(separator: ", ")
      diagnostics.append(
        .warning(
          line: nil,
          "no section for \(list): read as missing"))
    }
    if sectionCount == 0 {
      diagnostics.append(
        .error(line: lastLine, "no indicator sections of catalog \(catalog.id) found"))
    }
    return readings
  }

  private mutating func readDate() -> ProfileDate? {
    let hint = "give it with --date YYYY-MM-DD"
    guard let line = dateLine else {
      if let date = supplied.date {
        suppliedFields.append(.date)
        diagnostics.append(
          .warning(
            line: lastLine,
            "no '\(catalog.dateLinePrefix) <date>' line: the date \(date.iso) is supplied, not read"
          ))
        return date
      }
      let lastIndicator = catalog.indicators.count - 1
      if endMarkerLine == nil, lastSection != lastIndicator {
        var place = "the end of the file"
        if let last = lastSection {
          let indicator = catalog.indicators[last]
          place = "section \(indicator.number) \(indicator.title)"
        }
        diagnostics.append(
          .error(
            line: lastLine,
            "the document ends in \(place) with no '\(catalog.endMarkers.first ?? "")' or "
              + "'\(catalog.dateLinePrefix)' line: it looks truncated"))
      } else {
        // Complete but for its date: some conversions stop after the last section.
        var after = ""
        if endMarkerLine == nil, let last = lastSection {
          let indicator = catalog.indicators[last]
          after = " (the document ends after section \(indicator.number) \(indicator.title))"
        }
        diagnostics.append(
          .error(
            line: lastLine,
            "no '\(catalog.dateLinePrefix) <date>' line\(after): the revision date is required "
              + "(\(hint))"))
      }
      return nil
    }
    let read = DateLine.parse(line.text)
    if let date = supplied.date {
      switch read {
      case .success(let printed) where printed != date:
        diagnostics.append(
          .error(
            line: line.number,
            "the document is dated \(printed.iso) ('\(line.text)'), but the supplied date is "
              + "\(date.iso)"))
        return nil
      case .success:
        return date
      case .failure:
        suppliedFields.append(.date)
        diagnostics.append(
          .warning(
            line: line.number,
            "cannot read the date '\(line.text)': the date \(date.iso) is supplied, not read"))
        return date
      }
    }
    switch read {
    case .success(let date): return date
    case .failure(.unreadable(let text)):
      diagnostics.append(
        .error(
          line: line.number,
          "cannot read the date '\(text)' (expected e.g. '2 March 2015')"))
    case .failure(.impossible(let text)):
      diagnostics.append(.error(line: line.number, "'\(text)' is not a calendar date"))
    case .failure(.shortYear(let text)):
      diagnostics.append(
        .error(
          line: line.number,
          "the date '\(text)' has no four-digit year (expected e.g. '2 March 2015'): "
            + "correct the document, or give the date with --date YYYY-MM-DD"))
    }
    return nil
  }
}

/// Reads the number of a background figure.
enum FigureValue {
  /// "324 000", ": 33 397 000", "98,393,574" → digits; "31.70%", "65.10 %" → "31.70".
  static func read(_ raw: String, unit: IndicatorCatalog.Figure.Unit) -> String? {
    var bytes = Array(raw.utf8)[...]
    while let first = bytes.first, first == 0x3A || first == 0x20 { bytes = bytes.dropFirst() }
    while let last = bytes.last, last == 0x20 || last == 0x2E { bytes = bytes.dropLast() }
    switch unit {
    case .count:
      var digits: [UInt8] = []
      for byte in bytes {
        switch byte {
        case 0x30...0x39: digits.append(byte)
        case 0x20, 0x2C, 0x27: continue  // space, comma, apostrophe between groups
        default: return nil
        }
      }
      while digits.count > 1 && digits.first == 0x30 { digits.removeFirst() }
      return digits.isEmpty ? nil : String(decoding: digits, as: UTF8.self)
    case .percent:
      guard bytes.last == 0x25 else { return nil }
      bytes = bytes.dropLast()
      while bytes.last == 0x20 { bytes = bytes.dropLast() }
      var number: [UInt8] = []
      var seenPoint = false
      for byte in bytes {
        switch byte {
        case 0x30...0x39: number.append(byte)
        case 0x2E, 0x2C:  // a decimal comma reads as a point
          guard !seenPoint, !number.isEmpty else { return nil }
          seenPoint = true
          number.append(0x2E)
        default: return nil
        }
      }
      guard let last = number.last, last != 0x2E else { return nil }
      return String(decoding: number, as: UTF8.self)
    }
  }
}
