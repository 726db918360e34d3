import DiffEngine
import Foundation
import LedgerModel
import ProfileModel

/// The changes between two revisions of a country's profile, as text, Markdown or JSON: the
/// output of `profiles diff`.
///
/// ```swift
/// let report = DiffReport(country: "BLZ", from: older, to: newer,
///                         diff: ProfileDiff(from: a, to: b))
/// print(report.text(highlight: .plain))
/// ```
public struct DiffReport: Sendable {
  public var country: String
  public var from: RevisionRef
  public var to: RevisionRef
  public var diff: ProfileDiff
  public var format: ChangeFormat

  public init(
    country: String, from: RevisionRef, to: RevisionRef, diff: ProfileDiff,
    format: ChangeFormat = ChangeFormat()
  ) {
    self.country = country
    self.from = from
    self.to = to
    self.diff = diff
    self.format = format
  }

  /// `revision 2 (2015-06-01)`.
  static func name(_ revision: RevisionRef) -> String {
    "revision \(revision.number) (\(revision.effectiveDate.iso))"
  }

  /// `2 indicators and 1 figure changed`, `date only: …`, `no differences`.
  public var summary: String {
    if diff.isEmpty { return "no differences" }
    if diff.isDateOnly {
      return
        "date only: nothing but the date changed (\(diff.from.lastUpdated.iso) → \(diff.to.lastUpdated.iso))"
    }
    var parts: [String] = []
    if !diff.indicators.isEmpty {
      parts.append(count(diff.indicators.count, "indicator"))
    }
    if !diff.figures.isEmpty { parts.append(count(diff.figures.count, "figure")) }
    var line = parts.isEmpty ? "" : parts.joined(separator: " and ") + " changed"
    if let name = diff.countryChange {
      line += (line.isEmpty ? "" : "; ") + "name \(name.before.name) → \(name.after.name)"
    }
    if let catalog = diff.catalogChange {
      line += (line.isEmpty ? "" : "; ") + "catalog \(catalog.before) → \(catalog.after)"
    }
    return line
  }

  /// The report as text; `highlight` marks the word diffs (`.plain` or `.ansi`).
  public func text(highlight: Highlight = .plain) -> String {
    let bold = highlight == .ansi ? "\u{1B}[1m" : ""
    let reset = highlight == .ansi ? "\u{1B}[0m" : ""
    var lines = [
      "\(bold)\(format.countryName(country)): \(Self.name(from)) → \(Self.name(to))\(reset)",
      summary,
    ]
    for change in diff.indicators {
      lines.append("")
      var head = "\(bold)\(format.indicatorTitle(change.id))\(reset)  \(format.status(change))"
      head += "  [\(format.classes(change))]"
      lines.append(head)
      for line in format.itemLines(change.items) { lines.append("  \(line)") }
      if let words = change.words {
        let text = ChangeFormat.words(words, highlight)
        lines.append("  text: " + text.replacing(ascii: UInt8(ascii: "\n"), with: "\n        "))
      }
    }
    if !diff.figures.isEmpty { lines.append("") }
    for change in diff.figures {
      lines.append("\(format.figureLabel(change.id))  \(format.figureChange(change))")
    }
    return lines.joined(separator: "\n") + "\n"
  }

  /// The report as Markdown.
  public func markdown() -> String {
    var out = "## \(format.countryName(country)): \(Self.name(from)) → \(Self.name(to))\n\n"
    out += summary.prefix(1).uppercased() + summary.dropFirst() + ".\n"
    if !diff.indicators.isEmpty {
      out += "\n### Indicators\n\n"
      for change in diff.indicators { out += MarkdownBlocks.indicatorItem(change, format: format) }
    }
    if !diff.figures.isEmpty {
      out += "\n### Figures\n\n"
      for change in diff.figures { out += MarkdownBlocks.figure(change, format: format) }
    }
    return out
  }

  /// The report as JSON: the two revisions and the diff as `DiffEngine` encodes it
  /// (`version` 1; keys sorted).
  public func json() throws -> String {
    struct Document: Encodable {
      var version = 1
      var country: String
      var name: String
      var from: RevisionRef
      var to: RevisionRef
      var isEmpty: Bool
      var isDateOnly: Bool
      var diff: ProfileDiff
    }
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes]
    let document = Document(
      country: country, name: format.countries.entry(code: country)?.name ?? country,
      from: from, to: to, isEmpty: diff.isEmpty, isDateOnly: diff.isDateOnly, diff: diff)
    return String(decoding: try encoder.encode(document), as: UTF8.self) + "\n"
  }
}

/// Markdown blocks shared by the diff and the changelog.
enum MarkdownBlocks {
  /// `- **1.2.1 CIRT**: absent → present (established, expanded)`, then the items'
  /// changes and the text's word diff as nested lines.
  static func indicatorItem(_ change: IndicatorChange, format: ChangeFormat) -> String {
    var out = "- **\(Markdown.escape(format.indicatorTitle(change.id)))**: "
    out += "\(format.status(change)) (\(format.classes(change)))\n"
    for line in format.itemLines(change.items) { out += "  - \(Markdown.escape(line))\n" }
    if let words = change.words {
      let lines = ChangeFormat.words(words, .markdown).split(
        separator: "\n", omittingEmptySubsequences: false)
      out += "  - text: \(lines[0])\n"
      for line in lines.dropFirst() { out += "    \(line)\n" }
    }
    return out
  }

  /// `  - reviewed by alice (event #12; read as absent): the note`.
  static func review(_ review: ReviewMark) -> String {
    "  - reviewed by \(Markdown.escape(review.reviewer)) (event #\(review.event); read as "
      + "\(review.machineStatus.rawValue)): \(Markdown.escape(review.note))\n"
  }

  /// `  - reviewed by alice (event #12; read as 324 000): the note`.
  static func review(_ review: ReviewedFigure, format: ChangeFormat) -> String {
    let read = format.figureValue(
      review.review.subject.id,
      FigureReading(id: review.review.subject.id, value: review.machineValue))
    return
      "  - reviewed by \(Markdown.escape(review.review.reviewer)) (event #\(review.review.seq); "
      + "read as \(Markdown.escape(read))): \(Markdown.escape(review.review.note))\n"
  }

  /// `- Total Population: 324 000 → 330 000 (+6 000, +1.85%)`.
  static func figure(_ change: FigureChange, format: ChangeFormat) -> String {
    "- \(format.figureLabel(change.id)): \(Markdown.escape(format.figureChange(change)))\n"
  }
}

/// "1 indicator", "2 indicators".
func count(_ n: Int, _ one: String, _ many: String? = nil) -> String {
  "\(n) \(n == 1 ? one : many ?? one + "s")"
}
