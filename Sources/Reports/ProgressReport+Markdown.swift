import DiffEngine
import LedgerModel
import ProfileModel

extension ProgressReport {
  /// The report as Markdown: the ranking as a table, the regressions, the countries with no
  /// revision in the range, then a section per ranked country with its scores per pillar and
  /// its transitions.
  public func markdown() -> String {
    var lines: [String] = []
    lines.append("# Policy progress")
    lines.append("")
    let scope = pillar.map { "the \(partTitle($0)) score" } ?? "the overall score"
    lines.append("Countries \(rangeText), ranked by the change in \(scope).")
    lines.append(
      "Score: present 1, partial ½, absent 0, over the indicators read present, partial or "
        + "absent (unknown and missing left out; *n* is that denominator).")
    lines.append("")
    lines.append(
      "| rank | country | from | to | \(partTitle(rankedBy)) (n) | change | established | advanced | regressed | trajectory |"
    )
    lines.append("| ---: | --- | --- | --- | --- | ---: | ---: | ---: | ---: | --- |")
    for country in ranked {
      let before = country.start.score[rankedBy]!
      let after = country.end.score[rankedBy]!
      let regressions = country.count(.regressed)
      let cells: [String] = [
        String(country.rank ?? 0), Markdown.escape(format.countryName(country.country)),
        country.start.revision.effectiveDate.iso, country.end.revision.effectiveDate.iso,
        "\(ProgressReport.percent(before.value)) (\(before.scored)) → \(ProgressReport.percent(after.value)) (\(after.scored))",
        ProgressReport.points(country.delta(rankedBy)), String(country.count(.established)),
        String(country.count(.advanced)), regressions > 0 ? "**\(regressions)** ▼" : "0",
        ProgressReport.sparkline(country.trajectory.map { $0.score[rankedBy]?.value }),
      ]
      lines.append("| " + cells.joined(separator: " | ") + " |")
    }
    lines.append("")
    let regressions = regressions
    lines.append("## Regressions")
    lines.append("")
    if regressions.isEmpty {
      lines.append("None.")
    } else {
      for (country, transition) in regressions {
        lines.append(
          "- ▼ **\(Markdown.escape(format.countryName(country.country)))**, "
            + "\(transition.revision.effectiveDate.iso) (revision \(transition.revision.number)): "
            + "\(Markdown.escape(format.indicatorTitle(transition.indicator))), "
            + "\(transition.before.rawValue) → \(transition.after.rawValue)"
            + ProgressReport.reviewNote(transition))
      }
    }
    if !unchanged.isEmpty || !notYetIn.isEmpty {
      lines.append("")
      lines.append("## No revision in the range")
      lines.append("")
      let entries =
        unchanged.map { ($0.country, $0.latest) } + notYetIn.map { ($0.country, $0.latest) }
      for (code, latest) in entries.sorted(by: { $0.0 < $1.0 }) {
        lines.append(
          "- \(Markdown.escape(format.countryName(code))): latest revision \(latest.number) "
            + "(\(latest.effectiveDate.iso))")
      }
    }
    for country in ranked {
      let start = country.start.revision
      let end = country.end.revision
      lines.append("")
      lines.append(
        "## \(country.rank ?? 0). \(Markdown.escape(format.countryName(country.country)))")
      lines.append("")
      var from = "Revision \(start.number) (\(start.effectiveDate.iso)"
      if country.startsBeforeRange, let since { from += ", in effect before \(since.iso)" }
      lines.append("\(from)) → revision \(end.number) (\(end.effectiveDate.iso)).")
      lines.append("")
      lines.append("| pillar | start | end | change |")
      lines.append("| --- | ---: | ---: | ---: |")
      for part in parts {
        guard let before = country.start.score[part], let after = country.end.score[part] else {
          continue
        }
        lines.append(
          "| \(partTitle(part)) | \(ProgressReport.percent(before.value)) (\(before.text)) | "
            + "\(ProgressReport.percent(after.value)) (\(after.text)) | "
            + "\(ProgressReport.points(country.delta(part))) |")
      }
      if !country.transitions.isEmpty { lines.append("") }
      for transition in country.transitions {
        let label =
          transition.change == .regressed ? "**regressed** ▼" : transition.change.rawValue
        lines.append(
          "- \(transition.revision.effectiveDate.iso) (revision \(transition.revision.number)), "
            + "\(label): \(Markdown.escape(format.indicatorTitle(transition.indicator))), "
            + "\(transition.before.rawValue) → \(transition.after.rawValue)"
            + ProgressReport.reviewNote(transition))
      }
    }
    return lines.joined(separator: "\n") + "\n"
  }
}

extension ProgressReport {
  /// ` (reviewed by alice, event #12)` for a move into a reviewed reading; empty otherwise.
  static func reviewNote(_ transition: Transition) -> String {
    transition.review.map {
      " (reviewed by \(Markdown.escape($0.reviewer)), event #\($0.event))"
    } ?? ""
  }
}
