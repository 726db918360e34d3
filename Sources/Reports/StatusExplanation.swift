import ProfileModel

/// Why each indicator of a reading has its status: one line per indicator with the status,
/// the rule that decided it and the words of the text it rests on, and what the reader marked
/// for review. The text of `profiles parse --explain`.
///
/// ```
/// 1.2.1  CIRT        absent   negation     "does not have"
/// 2.3    INSTITUTIO… unknown  undecided    marked for review: no rule decides: …
/// ```
public struct StatusExplanation: Sendable {
  public let catalog: IndicatorCatalog

  public init(catalog: IndicatorCatalog = .cyberwellness2015) {
    self.catalog = catalog
  }

  public func render(_ profile: Profile) -> String {
    let titleWidth = catalog.indicators.map(\.title.count).max() ?? 0
    let ruleWidth = profile.indicators.compactMap { $0.evidence?.rule.count }.max() ?? 0
    var lines: [String] = []
    for reading in profile.indicators {
      let title = catalog.indicator(reading.id)?.title ?? ""
      var line =
        reading.id.padded(to: 6) + " " + title.padded(to: titleWidth) + "  "
        + reading.status.rawValue.padded(to: 8)
      if let evidence = reading.evidence {
        line += "  " + evidence.rule.padded(to: ruleWidth)
        if !evidence.words.isEmpty { line += "  \"\(evidence.words)\"" }
        if let review = evidence.review { line += "  marked for review: \(review)" }
      } else if reading.status == .missing {
        line += "  no such section in the document"
      }
      lines.append(line.trimmedRight)
    }
    let marked = profile.indicators.filter(\.needsReview).count
    lines.append("")
    lines.append(
      marked == 0
        ? "no reading marked for review"
        : "\(marked) of \(profile.indicators.count) readings marked for review")
    return lines.joined(separator: "\n") + "\n"
  }
}
