import DiffEngine
import LedgerModel
import ProfileModel

extension ProgressReport {
  /// `from 2013-07-01 to 2013-12-31`, `from 2013-07-01`, `up to 2013-12-31`, `over all revisions`.
  var rangeText: String {
    switch (since, until) {
    case (let since?, let until?): "from \(since.iso) to \(until.iso)"
    case (let since?, nil): "from \(since.iso)"
    case (nil, let until?): "up to \(until.iso)"
    case (nil, nil): "over all revisions"
    }
  }

  /// `2 progressed, 1 regressed, 1 level`: countries by the sign of their change.
  var directionSummary: String {
    var up = 0
    var down = 0
    var level = 0
    for country in ranked {
      let delta = country.delta(rankedBy) ?? 0
      if delta > 1e-9 { up += 1 } else if delta < -1e-9 { down += 1 } else { level += 1 }
    }
    return "\(up) up, \(down) down, \(level) level"
  }

  /// The report as text: the ranking with a sparkline per country, every regression, the
  /// countries with no revision in the range, then each ranked country's scores per pillar
  /// and the transitions behind them.
  public func text() -> String {
    var lines: [String] = []
    let scope = pillar.map { "the \(partTitle($0)) score" } ?? "the overall score"
    lines.append("Policy progress \(rangeText), ranked by the change in \(scope)")
    lines.append(ProgressReport.method)
    lines.append(
      "\(ProgressReport.count(ranked.count, "country", "countries")) with revisions in the range "
        + "(\(directionSummary)); \(unchanged.count + notYetIn.count) without")
    lines.append("")

    if ranked.isEmpty { lines.append("No country has a revision in the range.") }
    let names = ranked.map { format.countryName($0.country) }
    let nameWidth = max(7, names.map(\.count).max() ?? 0)
    let cells = ranked.map { country -> String in
      let before = country.start.score[rankedBy]!
      let after = country.end.score[rankedBy]!
      return "\(ProgressReport.percent(before.value)) (\(before.scored)) → "
        + "\(ProgressReport.percent(after.value)) (\(after.scored))"
    }
    let cellWidth = max(20, cells.map(\.count).max() ?? 0)
    if !ranked.isEmpty {
      lines.append(
        "rank  " + "country".padded(to: nameWidth) + "  from        to          "
          + "\(rankedBy == "overall" ? "overall" : rankedBy) (n)".padded(to: cellWidth)
          + "  change  est  adv  reg  trajectory")
    }
    for (index, country) in ranked.enumerated() {
      let regressions = country.count(.regressed)
      var line =
        String(country.rank ?? 0).leftPadded(4) + "  " + names[index].padded(to: nameWidth) + "  "
        + country.start.revision.effectiveDate.iso + "  " + country.end.revision.effectiveDate.iso
        + "  " + cells[index].padded(to: cellWidth) + "  "
        + ProgressReport.points(country.delta(rankedBy)).leftPadded(6)
      for change in [ChangeClass.established, .advanced, .regressed] {
        line += String(country.count(change)).leftPadded(5)
      }
      line += "  " + ProgressReport.sparkline(country.trajectory.map { $0.score[rankedBy]?.value })
      if regressions > 0 { line += "  ▼ " + ProgressReport.count(regressions, "regression") }
      lines.append(line)
    }

    let regressions = regressions
    lines.append("")
    if ranked.isEmpty {
      lines.removeLast()
    } else if regressions.isEmpty {
      lines.append("No regressions.")
    } else {
      let countries = Set(regressions.map(\.country.country)).count
      lines.append(
        "▼ REGRESSIONS: \(ProgressReport.count(regressions.count, "indicator")) in "
          + ProgressReport.count(countries, "country", "countries"))
      let width = regressions.map { format.countryName($0.country.country).count }.max() ?? 0
      for (country, transition) in regressions {
        lines.append(
          "  " + format.countryName(country.country).padded(to: width) + "  "
            + transitionLine(transition))
      }
    }

    if !unchanged.isEmpty || !notYetIn.isEmpty {
      lines.append("")
      lines.append("No revision in the range:")
      let entries =
        unchanged.map { ($0.country, $0.latest, Optional($0.end)) }
        + notYetIn.map { ($0.country, $0.latest, Point?.none) }
      let width = entries.map { format.countryName($0.0).count }.max() ?? 0
      for (code, latest, standing) in entries.sorted(by: { $0.0 < $1.0 }) {
        var line =
          "  " + format.countryName(code).padded(to: width) + "  latest revision "
          + "\(latest.number) (\(latest.effectiveDate.iso))"
        if let standing, let part = standing.score[rankedBy] {
          line += ", \(rankedBy) \(ProgressReport.percent(part.value)) (\(part.text)) throughout"
        }
        lines.append(line)
      }
    }

    for country in ranked {
      lines.append("")
      lines.append(contentsOf: detail(country))
    }
    return lines.joined(separator: "\n") + "\n"
  }

  /// One country's scores per pillar at the start and end, and its transitions.
  func detail(_ country: Country) -> [String] {
    var lines: [String] = []
    let start = country.start.revision
    let end = country.end.revision
    var head =
      "\(country.rank.map { "\($0). " } ?? "")\(format.countryName(country.country)): "
      + "revision \(start.number) (\(start.effectiveDate.iso)"
    if country.startsBeforeRange, let since { head += ", in effect before \(since.iso)" }
    head += ") → revision \(end.number) (\(end.effectiveDate.iso))"
    lines.append(head)
    let titleWidth = max(6, parts.map { partTitle($0).count }.max() ?? 0)
    lines.append(
      "   " + "pillar".padded(to: titleWidth) + "  " + "start".padded(to: 15) + "  "
        + "end".padded(to: 15) + "  change")
    for part in parts {
      guard let before = country.start.score[part], let after = country.end.score[part] else {
        continue
      }
      lines.append(
        "   " + partTitle(part).padded(to: titleWidth) + "  " + ProgressReport.cell(before) + "  "
          + ProgressReport.cell(after) + "  "
          + ProgressReport.points(country.delta(part)).leftPadded(6))
    }
    if country.transitions.isEmpty {
      lines.append("   no status changed")
    }
    for transition in country.transitions {
      lines.append("   " + transitionLine(transition))
    }
    return lines
  }

  /// `2013-07-16  rev 5  advanced     1.4.2 MANPOWER DEVELOPMENT  absent → partial`.
  func transitionLine(_ transition: Transition) -> String {
    transition.revision.effectiveDate.iso + "  rev " + String(transition.revision.number)
      + "  " + ProgressReport.label(transition.change).padded(to: 12) + "  "
      + format.indicatorTitle(transition.indicator) + "  "
      + "\(transition.before.rawValue) → \(transition.after.rawValue)"
      + (transition.review.map { "  (reviewed by \($0.reviewer), event #\($0.event))" } ?? "")
  }

  /// `45.0%  9/20`, 15 wide.
  static func cell(_ part: PolicyScore.Part) -> String {
    (percent(part.value).leftPadded(6) + "  " + part.text).padded(to: 15)
  }

  /// "1 country", "2 countries".
  static func count(_ count: Int, _ one: String, _ many: String? = nil) -> String {
    "\(count) \(count == 1 ? one : many ?? one + "s")"
  }

  /// A country's trajectory as text: a row per revision with its scores per pillar (points
  /// over the denominator) and overall, the transitions into it, then a sparkline per pillar.
  public func trajectoryText() -> String {
    guard let country = countries.first else { return "" }
    var lines: [String] = []
    let first = country.start.revision
    let last = country.end.revision
    lines.append(
      "\(format.countryName(country.country)): \(ProgressReport.count(country.trajectory.count, "revision")) "
        + "\(rangeText == "over all revisions" ? "in effect" : rangeText), "
        + "\(first.effectiveDate.iso) → \(last.effectiveDate.iso)")
    lines.append(ProgressReport.method)
    lines.append("")
    let pillarParts = parts.filter { $0 != "overall" }
    let abbreviations = pillarParts.map { ProgressReport.abbreviation($0) }
    var header = "rev  date        "
    if pillar == nil { header += "overall (n)     " }
    for abbreviation in abbreviations { header += abbreviation.leftPadded(7) }
    header += "  transitions"
    lines.append(header)
    var byRevision: [Int: [Transition]] = [:]
    for transition in country.transitions {
      byRevision[transition.revision.seq, default: []].append(transition)
    }
    for point in country.trajectory {
      var line =
        String(point.revision.number).leftPadded(3) + "  " + point.revision.effectiveDate.iso
        + "  "
      if pillar == nil {
        line +=
          (ProgressReport.percent(point.score.overall.value).leftPadded(6) + " "
          + "(\(point.score.overall.scored))").padded(to: 16)
      }
      for part in pillarParts {
        line += (point.score[part]?.text ?? "").leftPadded(7)
      }
      let moves = byRevision[point.revision.seq] ?? []
      let counts = [ChangeClass.established, .advanced, .regressed].compactMap { change in
        let n = moves.filter { $0.change == change }.count
        return n == 0 ? nil : "\(n) \(change.rawValue)\(change == .regressed ? " ▼" : "")"
      }
      let others = moves.filter { ![.established, .advanced, .regressed].contains($0.change) }
      line +=
        "  "
        + (counts + (others.isEmpty ? [] : ["\(others.count) other"])).joined(
          separator: ", ")
      lines.append(line.trimmedRight)
    }
    lines.append("")
    lines.append("trajectory (▁ 0% … █ 100%)")
    let titleWidth = parts.map { partTitle($0).count }.max() ?? 0
    for part in parts {
      let values = country.trajectory.map { $0.score[part]?.value }
      lines.append(
        "  " + partTitle(part).padded(to: titleWidth) + "  " + ProgressReport.sparkline(values)
          + "  "
          + "\(ProgressReport.percent(values.first ?? nil)) → \(ProgressReport.percent(values.last ?? nil))  "
          + ProgressReport.points(country.delta(part)))
    }
    if !country.transitions.isEmpty {
      lines.append("")
      lines.append("transitions")
      for transition in country.transitions {
        lines.append("  " + transitionLine(transition))
      }
    }
    return lines.joined(separator: "\n") + "\n"
  }

  /// `legal`, `tech`, `org`, `capac`, `coop`, `COP`: column headings.
  static func abbreviation(_ pillar: String) -> String {
    switch pillar {
    case "technical": "tech"
    case "organizational": "org"
    case "capacity-building": "capac"
    case "cooperation": "coop"
    case "child-online-protection": "COP"
    default: String(pillar.prefix(6))
    }
  }
}
