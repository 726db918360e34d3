import Foundation
import LedgerModel
import ProfileModel

/// Which revision introduced each indicator's and figure's current reading, and since when
/// it has stood: the output of `profiles blame`.
public struct BlameReport: Sendable {
  public var blame: Blame
  /// The date asked for, if any (the revision in effect then may be older).
  public var asOf: ProfileDate?
  public var format: ChangeFormat

  public init(_ blame: Blame, asOf: ProfileDate? = nil, format: ChangeFormat = ChangeFormat()) {
    self.blame = blame
    self.asOf = asOf
    self.format = format
  }

  /// The report as an aligned table, provenance first as in `git blame`: since (the
  /// introducing revision's effective date), its number and event, how many revisions the
  /// reading has stood through, then the indicator or figure and its current reading.
  public func text() -> String {
    let current = blame.revision
    var lines: [String] = []
    var head =
      "\(format.countryName(blame.country)): revision \(current.number) of "
      + "\(blame.revisionsInEffect) in effect (\(current.effectiveDate.iso), event #\(current.seq))"
    if let asOf { head += " as of \(asOf.iso)" }
    lines.append(head)
    lines.append("")
    let titleWidth = blame.indicators.map { format.indicatorTitle($0.id).count }.max() ?? 0
    lines.append("since       rev  event  stood  indicator")
    for line in blame.indicators {
      var text =
        provenance(line) + format.indicatorTitle(line.id).padded(to: titleWidth) + "  "
        + (line.status?.rawValue ?? "").padded(to: 8)
      if !line.items.isEmpty { text += "  " + line.items.joined(separator: " · ") }
      if let review = line.review {
        text += "  (reviewed by \(review.reviewer), event #\(review.event); read as "
        text += "\(review.machineStatus.rawValue))"
      }
      lines.append(text.trimmedRight)
    }
    if !blame.figures.isEmpty {
      lines.append("")
      lines.append("since       rev  event  stood  figure")
      let labelWidth = blame.figures.map { format.figureLabel($0.id).count }.max() ?? 0
      let values = blame.figures.map { line in
        format.figureValue(
          line.id, FigureReading(id: line.id, value: line.value, source: line.source))
      }
      let valueWidth = values.map(\.count).max() ?? 0
      for (line, value) in zip(blame.figures, values) {
        lines.append(
          (provenance(line) + format.figureLabel(line.id).padded(to: labelWidth) + "  "
            + value.padded(to: valueWidth) + "  " + format.source(line.source)).trimmedRight)
      }
    }
    return lines.joined(separator: "\n") + "\n"
  }

  private func provenance(_ line: Blame.Line) -> String {
    line.introducedBy.effectiveDate.iso + "  " + String(line.introducedBy.number).leftPadded(3)
      + "  " + ("#" + String(line.introducedBy.seq)).leftPadded(5) + "  "
      + String(line.revisions).leftPadded(5) + "  "
  }

  /// The report as JSON (`version` 1; keys sorted).
  public func json() throws -> String {
    struct Document: Encodable {
      var version = 1
      var country: String
      var name: String
      var asOf: ProfileDate?
      var blame: Blame
    }
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes]
    let document = Document(
      country: blame.country,
      name: format.countries.entry(code: blame.country)?.name ?? blame.country, asOf: asOf,
      blame: blame)
    return String(decoding: try encoder.encode(document), as: UTF8.self) + "\n"
  }
}

extension String {
  func leftPadded(_ width: Int) -> String {
    count >= width ? self : String(repeating: " ", count: width - count) + self
  }
}
