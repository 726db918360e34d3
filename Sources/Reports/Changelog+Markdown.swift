import DiffEngine
import ProfileModel

extension Changelog {
  /// The changelog as Markdown in the spirit of Keep a Changelog: a section per country, a
  /// section per revision (newest first) headed `[number] - date`, and in it the indicator
  /// changes grouped by their first class (Established, Regressed, …), then the figures.
  public func markdown() -> String {
    markdownOpening(overview) + markdownSections()
  }

  /// The title and the overview's counts.
  func markdownOpening(_ overview: Overview) -> String {
    var out = "# Changelog\n\n"
    out += "Changes to the country profiles \(rangeDescription), by country, newest first.\n"
    out += Markdown.escape(Changelog.summaryLine(overview.summary)) + ".\n"
    return out
  }

  /// A section per country.
  func markdownSections() -> String {
    var out = ""
    for (country, entries) in byCountry {
      out += "\n## \(Markdown.escape(format.countryName(country)))\n"
      for entry in entries.reversed() {
        out += "\n### [\(entry.revision.number)] - \(entry.revision.effectiveDate.iso)\n\n"
        guard let previous = entry.previous else {
          out += "First revision in the store.\n"
          continue
        }
        out +=
          "Compared with revision \(previous.number) (\(previous.effectiveDate.iso))"
          + (entry.outcome == .recorded ? "" : "; \(entry.outcome.rawValue)") + ".\n"
        if entry.isDateOnly {
          out += "Date only: nothing but the date changed.\n"
          continue
        }
        for group in ChangeClass.allCases {
          let changes = entry.indicators.filter { Changelog.group($0) == group }
          guard !changes.isEmpty else { continue }
          out += "\n#### \(group.rawValue.prefix(1).uppercased() + group.rawValue.dropFirst())\n\n"
          for change in changes {
            out += MarkdownBlocks.indicatorItem(change, format: format)
            if let review = entry.reviews[change.id] { out += MarkdownBlocks.review(review) }
          }
        }
        if !entry.figures.isEmpty {
          out += "\n#### Figures\n\n"
          for change in entry.figures {
            out += MarkdownBlocks.figure(change, format: format)
            if let review = entry.figureReviews[change.id] {
              out += MarkdownBlocks.review(review, format: format)
            }
          }
        }
      }
    }
    return out
  }
}
