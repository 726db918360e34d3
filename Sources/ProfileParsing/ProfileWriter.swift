import ProfileModel

/// Renders a ``Profile`` back into the document layout.
///
/// The output reads back to the same profile (`parse(render(p)) == p` for every reading the
/// parser produces), which makes the writer a check on the reader's canonical form and a way
/// to show any revision as a document.
public struct ProfileWriter: Sendable {
  public let parser: ProfileParser

  public init(parser: ProfileParser = .standard) {
    self.parser = parser
  }

  public func render(_ profile: Profile) -> String {
    let catalog = parser.catalog
    var blocks: [String] = [catalog.title, profile.country.name, catalog.backgroundHeading]
    // A data source goes to the first figure above it still without one: figures with a
    // source are written first, so that each source reads back as its own figure's.
    let figures =
      profile.figures.filter { $0.source != nil } + profile.figures.filter { $0.source == nil }
    for figure in figures {
      guard let spec = catalog.figures.first(where: { $0.id == figure.id }) else { continue }
      blocks.append("\(spec.label): \(spec.unit.format(figure.value))")
      if let source = figure.source {
        let period = source.period.isEmpty ? "" : ", \(source.period)"
        // A name with brackets of its own cannot be a link: it is written as it reads, with
        // any markup the reader would find in it escaped.
        var line = "[\(source.name)](#)\(period)"
        if source.name.contains(where: { $0 == "[" || $0 == "]" }) {
          line = source.name + period
          if InlineMarkup.escaped(line) != line {
            line = InlineMarkup.escaped(source.name)
            if !source.period.isEmpty { line += ", " + InlineMarkup.escaped(source.period) }
          }
        }
        blocks.append("(\(catalog.dataSourcePrefix) \(line))")
      }
    }
    let readings = Dictionary(
      profile.indicators.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
    // Missing sections are left out, unless all are: a document needs one indicator heading to
    // read as a profile, and a heading without text reads as missing.
    let allMissing = profile.indicators.allSatisfy { $0.status == .missing }
    for group in catalog.groups {
      blocks.append(
        group.number.contains(".")
          ? "\(group.number) \(group.title)" : "\(group.number). \(group.title)")
      for indicator in catalog.indicators
      where ProfileWriter.parent(of: indicator.number) == group.number {
        guard let reading = readings[indicator.number], reading.status != .missing || allMissing
        else { continue }
        blocks.append("\(indicator.number) \(indicator.title)")
        blocks += body(reading)
      }
    }
    blocks += catalog.footer
    blocks.append("\(catalog.dateLinePrefix) \(profile.lastUpdated.long)")
    return blocks.joined(separator: "\n\n") + "\n"
  }

  /// Paragraphs separated by blank lines; consecutive list items kept together. Items that
  /// the text does not yield by itself were links: they are marked up as links again.
  private func body(_ reading: IndicatorReading) -> [String] {
    let plain = parser.sections.plainItems(text: reading.text)
    let linked = reading.items.filter { !plain.contains(SectionReader.key($0)) }
      .sorted { $0.utf8.count > $1.utf8.count }
    var blocks: [String] = []
    var pendingLinks = linked
    for line in reading.text.split(separator: "\n").map(String.init) {
      // Text that would read as markup (brackets left by links the reader looked through)
      // is escaped; the links are then marked up where the line still reads the same.
      var marked = InlineMarkup.escaped(line)
      pendingLinks = pendingLinks.filter { name in
        guard let linkedLine = ProfileWriter.link(name, in: marked) else { return true }
        marked = linkedLine
        return false
      }
      marked = marked.hasPrefix("- ") ? keptAsListEntry(marked) : keptAsText(marked)
      if isSectionNumber(marked) {
        // A line that is only a heading number ("1.") would be joined to a title on the
        // lines after it, across up to three blank lines: four keep it text.
        marked += "\n\n\n"
      }
      if marked.hasPrefix("- "), let last = blocks.last, last.hasPrefix("- ") {
        blocks[blocks.count - 1] = last + "\n" + marked
      } else {
        blocks.append(marked)
      }
    }
    return blocks
  }

  /// A paragraph that would read as a line of another kind where it stands ("Last updated on
  /// …" joined from two lines of the document): broken after its first word, so that neither
  /// line reads as such and the reader joins the two back into the same paragraph.
  ///
  /// The rest is broken again while it would not read as text either, or would read as a
  /// list entry: `1.4.2 * PROFILE` is written `1.4.2` / `*` / `PROFILE`.
  private func keptAsText(_ line: String) -> String {
    guard !readsAsParagraphLine(line), let space = line.firstIndex(of: " ") else { return line }
    let first = String(line[..<space])
    let rest = String(line[line.index(after: space)...])
    guard readsAsParagraphLine(first) else { return line }
    let kept = keptAsText(rest)
    guard kept != rest || readsAsParagraphLine(rest) else { return line }
    return first + "\n" + kept
  }

  /// Whether `line`, alone, reads as a line of a paragraph: text, and not a list entry.
  private func readsAsParagraphLine(_ line: String) -> Bool {
    guard readsAsText(line) else { return false }
    return Array(line.utf8).withUnsafeBufferPointer { SectionReader.bulletMarkLength($0) == nil }
  }

  /// A list entry that would not read as one ("- 1.2 TECHNICAL MEASURES" reads as a bullet
  /// and a heading run into it): written with no space after its mark, which the reader
  /// takes as the same entry and no heading.
  private func keptAsListEntry(_ line: String) -> String {
    guard !readsAsText(line) else { return line }
    let tight = "-" + line.dropFirst(2)
    return readsAsText(tight) ? tight : line
  }

  private func isSectionNumber(_ line: String) -> Bool {
    Array(line.utf8).withUnsafeBufferPointer { parser.isSectionNumber($0) }
  }

  /// Whether `line`, alone, reads as a line of text: not a line of another kind, and with no
  /// heading the reader would split out of it as run in.
  private func readsAsText(_ line: String) -> Bool {
    Array(line.utf8).withUnsafeBufferPointer { bytes in
      guard case .content = parser.classify(bytes) else { return false }
      return parser.runInBreaks(bytes).isEmpty
    }
  }

  /// `line` with the first occurrence of `name` made a link where the reader reads the line
  /// back as the same text with one more link, `name`: not inside a link already there, and
  /// not where the link's `)` would close an earlier `[…](` left open. Brackets that close
  /// nothing or open nothing are only text (the reader takes the last `[` before a `]` as the
  /// start of a link).
  private static func link(_ name: String, in line: String) -> String? {
    let current = InlineMarkup.strip(line)
    let expectedLinks = (current.links + InlineMarkup.strip("[" + name + "](#)").links).sorted()
    var searchStart = line.startIndex
    while let range = line[searchStart...].firstRange(of: name) {
      let candidate =
        String(line[..<range.lowerBound]) + "[" + name + "](#)" + line[range.upperBound...]
      let read = InlineMarkup.strip(candidate)
      if read.text == current.text && read.links.sorted() == expectedLinks {
        return candidate
      }
      searchStart = range.upperBound
    }
    return nil
  }

  private static func parent(of number: String) -> String {
    guard let dot = number.lastIndex(of: ".") else { return number }
    return String(number[..<dot])
  }
}
