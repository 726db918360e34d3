import LedgerModel
import ProfileModel

/// A profile as a short, aligned text table: who, when, figures, and each indicator's status
/// and items. The text form of `profiles parse`.
public struct ProfileSummary: Sendable {
  public let catalog: IndicatorCatalog

  public init(catalog: IndicatorCatalog = .cyberwellness2015) {
    self.catalog = catalog
  }

  /// The profile as text.
  public func render(_ profile: Profile) -> String {
    render(StoredProfile(seq: 0, recordedAt: "", profile: profile))
  }

  /// A stored profile as text: each reviewed indicator (figure) shows the reviewed status and
  /// items (value), marked, and what the reader read, with the reviewer, time and note below
  /// it; the tally counts the reviewed statuses. The content hash is the recorded reading's.
  public func render(_ stored: StoredProfile) -> String {
    let machine = stored.profile
    let profile = stored.reviewedProfile
    let reviews = stored.reviews
    let figureReviews = stored.figureReviews
    var lines: [String] = []
    lines.append(
      "\(profile.country.name) (\(profile.country.code)), last updated \(profile.lastUpdated.long)")
    lines.append("catalog \(profile.catalog) · content sha256 \(machine.contentHash)")
    lines.append("")
    let labels = profile.figures.map { figure in
      catalog.figures.first { $0.id == figure.id }?.label ?? figure.id
    }
    let labelWidth = labels.map(\.count).max() ?? 0
    for (figure, label) in zip(profile.figures, labels) {
      let unit = catalog.figures.first { $0.id == figure.id }?.unit ?? .count
      let review = figureReviews[figure.id]
      var line = label.padded(to: labelWidth) + "  " + unit.format(figure.value).padded(to: 12)
      if let source = figure.source {
        line += source.period.isEmpty ? source.name : "\(source.name), \(source.period)"
      }
      lines.append(line.trimmedRight)
      if let review {
        let verb = review.review.verdict.label(changingTheReading: review.changesTheReading)
        lines.append(
          String(repeating: " ", count: labelWidth + 2) + "(\(verb); read as "
            + "\(unit.format(review.machineValue))) \(verb) by \(review.review.reviewer) at "
            + "\(review.review.recordedAt) (event #\(review.review.seq)): \(review.review.note)")
      }
    }
    lines.append("")
    let titleWidth = catalog.indicators.map(\.title.count).max() ?? 0
    for reading in profile.indicators {
      let title = catalog.indicator(reading.id)?.title ?? ""
      var line =
        reading.id.padded(to: 6) + " " + title.padded(to: titleWidth) + "  "
        + reading.status.rawValue.padded(to: 8)
      if !reading.items.isEmpty { line += "  " + reading.items.joined(separator: " · ") }
      if let review = reviews[reading.id] {
        let verb = review.review.verdict.label(changingTheReading: review.changesTheReading)
        line += "  (\(verb); read as \(review.machineStatus.rawValue))"
        lines.append(line.trimmedRight)
        lines.append(
          String(repeating: " ", count: 7) + "\(verb) by \(review.review.reviewer) at "
            + "\(review.review.recordedAt) (event #\(review.review.seq)): \(review.review.note)")
        continue
      }
      if reading.needsReview { line += "  (marked for review)" }
      lines.append(line.trimmedRight)
    }
    lines.append("")
    let counts = profile.statusCounts
    let tally = IndicatorStatus.allCases.map { "\(counts[$0, default: 0]) \($0.rawValue)" }
    var total = "\(profile.indicators.count) indicators: " + tally.joined(separator: ", ")
    let marked = profile.indicators.filter { $0.needsReview && reviews[$0.id] == nil }.count
    if marked > 0 { total += "; \(marked) marked for review" }
    if !reviews.isEmpty { total += "; \(reviews.count) reviewed" }
    lines.append(total)
    return lines.joined(separator: "\n") + "\n"
  }
}

extension String {
  func padded(to width: Int) -> String {
    count >= width ? self : self + String(repeating: " ", count: width - count)
  }

  var trimmedRight: String {
    var s = Substring(self)
    while s.last == " " { s.removeLast() }
    return String(s)
  }
}
