import DiffEngine
import LedgerModel
import ProfileModel

/// How a word diff marks deleted and inserted words.
public enum Highlight: Sendable {
  /// `[-deleted-]{+inserted+}`, like `git diff --word-diff`: for files and pipes.
  case plain
  /// The markers of `plain`, in red and green: for a terminal. The markers stay, so that
  /// a deletion and the insertion after it read as two runs in colour too, and without
  /// telling red from green.
  case ansi
  /// `~~deleted~~ **inserted**`, with Markdown's special characters escaped.
  case markdown
  /// `<del>deleted</del><ins>inserted</ins>`, HTML-escaped.
  case html
}

/// Wording shared by the reports: names, statuses, values and word diffs.
public struct ChangeFormat: Sendable {
  public let catalog: IndicatorCatalog
  public let countries: CountryDirectory

  public init(
    catalog: IndicatorCatalog = .cyberwellness2015, countries: CountryDirectory = .standard
  ) {
    self.catalog = catalog
    self.countries = countries
  }

  /// `Belize (BLZ)`.
  public func countryName(_ code: String) -> String {
    "\(countries.entry(code: code)?.name ?? code) (\(code))"
  }

  /// `1.2.1 CIRT`.
  public func indicatorTitle(_ id: String) -> String {
    guard let title = catalog.indicator(id)?.title else { return id }
    return "\(id) \(title)"
  }

  /// The pillar's id, e.g. `technical`.
  public func pillar(_ id: String) -> String {
    catalog.indicator(id)?.pillar ?? ""
  }

  /// `Total Population`.
  public func figureLabel(_ id: String) -> String {
    catalog.figures.first { $0.id == id }?.label ?? id
  }

  private func unit(_ id: String) -> IndicatorCatalog.Figure.Unit {
    catalog.figures.first { $0.id == id }?.unit ?? .count
  }

  /// A figure's value as printed: `324 000`, `31.70%`, `n/a`; `none` when not given.
  public func figureValue(_ id: String, _ reading: FigureReading?) -> String {
    guard let reading else { return "none" }
    return unit(id).format(reading.value)
  }

  /// `United Nations Statistics Division, December 2012`.
  public func source(_ source: DataSource?) -> String {
    guard let source else { return "no source" }
    return source.period.isEmpty ? source.name : "\(source.name), \(source.period)"
  }

  /// `absent → present`, or the status alone when it did not change.
  public func status(_ change: IndicatorChange) -> String {
    if let status = change.status { return "\(status.before.rawValue) → \(status.after.rawValue)" }
    return (change.after ?? change.before)?.status.rawValue ?? "missing"
  }

  /// `established, expanded`.
  public func classes(_ change: IndicatorChange) -> String {
    change.classes.map(\.rawValue).joined(separator: ", ")
  }

  /// The figure's change in one line: `324 000 → 330 000 (+6 000, +1.85%)`, with the data
  /// source's change when it changed.
  public func figureChange(_ change: FigureChange) -> String {
    var line =
      "\(figureValue(change.id, change.before)) → \(figureValue(change.id, change.after))"
    if let delta = change.delta {
      let decimals = max(
        Self.decimals(change.before?.value), Self.decimals(change.after?.value))
      var parts = [absolute(delta.absolute, decimals: decimals, id: change.id)]
      if let relative = delta.relative { parts.append(Self.percent(relative)) }
      line += " (\(parts.joined(separator: ", ")))"
    }
    if change.sourceChanged, change.before != nil, change.after != nil {
      line += "; source \(source(change.before?.source)) → \(source(change.after?.source))"
    }
    return line
  }

  /// A signed difference with the values' decimals: `+6 000`, `-0.20 points`.
  public func absolute(_ value: Double, decimals: Int, id: String) -> String {
    let magnitude = String(format: "%.\(decimals)f", abs(value))
    let sign = value < 0 ? "-" : "+"
    switch unit(id) {
    case .count:
      let parts = magnitude.split(separator: ".", maxSplits: 1)
      let grouped = IndicatorCatalog.Figure.Unit.count.format(String(parts[0]))
      return sign + grouped + (parts.count > 1 ? "." + parts[1] : "")
    case .percent:
      return sign + magnitude + " points"
    }
  }

  /// `+1.85%`.
  public static func percent(_ ratio: Double) -> String {
    String(format: "%+.2f%%", ratio * 100)
  }

  static func decimals(_ value: String?) -> Int {
    guard let value, let point = value.utf8.firstIndex(of: UInt8(ascii: ".")) else { return 0 }
    return value.utf8.distance(from: point, to: value.utf8.endIndex) - 1
  }

  /// The items' changes as lines: `items added: X · Y`, `items removed: Z`,
  /// `likely rename: A → B (similarity 0.60)`.
  public func itemLines(_ items: ItemChanges?) -> [String] {
    guard let items else { return [] }
    var lines: [String] = []
    if !items.added.isEmpty { lines.append("items added: " + items.added.joined(separator: " · ")) }
    if !items.removed.isEmpty {
      lines.append("items removed: " + items.removed.joined(separator: " · "))
    }
    for rename in items.renames {
      lines.append(
        "likely rename: \(rename.from) → \(rename.to) (similarity \(Self.similarity(rename)))")
    }
    return lines
  }

  /// `0.60`.
  public static func similarity(_ rename: ItemRename) -> String {
    String(format: "%.2f", rename.similarity)
  }

  /// The word diff as one text with deleted and inserted words marked.
  public static func words(_ runs: [WordRun], _ highlight: Highlight) -> String {
    var out = ""
    var previous: WordRun.Kind?
    for run in runs {
      // A space between runs, except between a deletion and the insertion replacing it.
      let afterDeletion = previous == .deleted
      if previous != nil, !(afterDeletion && run.kind == .inserted) { out += " " }
      previous = run.kind
      let text: String
      switch highlight {
      case .plain, .ansi: text = run.text
      case .markdown: text = Markdown.escape(run.text)
      case .html: text = HTML.escape(run.text)
      }
      switch (run.kind, highlight) {
      case (.equal, _): out += text
      case (.deleted, .plain): out += "[-\(text)-]"
      case (.inserted, .plain): out += "{+\(text)+}"
      case (.deleted, .ansi): out += "\u{1B}[31m[-\(text)-]\u{1B}[0m"
      case (.inserted, .ansi): out += "\u{1B}[32m{+\(text)+}\u{1B}[0m"
      case (.deleted, .markdown): out += "~~\(text)~~"
      case (.inserted, .markdown): out += (afterDeletion ? " " : "") + "**\(text)**"
      case (.deleted, .html): out += "<del>\(text)</del>"
      case (.inserted, .html): out += "<ins>\(text)</ins>"
      }
    }
    return out
  }
}

/// Markdown text escaping.
enum Markdown {
  /// `text` with the characters that would start emphasis, code, links or HTML escaped.
  static func escape(_ text: String) -> String {
    // Most text has none of them: returned as it is.
    let special = text.utf8.contains {
      switch $0 {
      case 0x5C, 0x2A, 0x5F, 0x7E, 0x60, 0x5B, 0x5D, 0x3C, 0x3E, 0x23, 0x7C: true
      default: false
      }
    }
    guard special else { return text }
    var out = ""
    out.reserveCapacity(text.utf8.count)
    for character in text {
      switch character {
      case "\\", "*", "_", "~", "`", "[", "]", "<", ">", "#", "|": out.append("\\")
      default: break
      }
      out.append(character)
    }
    return out
  }
}

/// HTML and XML text escaping.
enum HTML {
  static func escape(_ text: String) -> String {
    guard text.utf8.contains(where: { $0 == 0x26 || $0 == 0x3C || $0 == 0x3E || $0 == 0x22 })
    else { return text }
    var out = ""
    out.reserveCapacity(text.utf8.count + 16)
    for character in text {
      switch character {
      case "&": out += "&amp;"
      case "<": out += "&lt;"
      case ">": out += "&gt;"
      case "\"": out += "&quot;"
      default: out.append(character)
      }
    }
    return out
  }
}
