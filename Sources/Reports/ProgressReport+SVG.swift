import DiffEngine
import Foundation
import LedgerModel
import ProfileModel

extension ProgressReport {
  /// Line colours per part: the Okabe–Ito palette, told apart with any colour vision.
  public static let colours: [String: String] = [
    "legal": "#0072B2", "technical": "#E69F00", "organizational": "#009E73",
    "capacity-building": "#CC79A7", "cooperation": "#56B4E9",
    "child-online-protection": "#D55E00", "overall": "#1F2937",
  ]

  /// `value` with one decimal exactly as `String(format: "%.1f", value)` prints it: the
  /// binary value rounded to tenths, an exact half to even, `-0.0` for a negative value
  /// that rounds to zero. Worked out on the value's bits: a chart prints hundreds of
  /// coordinates, and `String(format:)` costs microseconds each.
  static func oneDecimal(_ value: Double) -> String {
    // Beyond a chart's coordinates, where tenths would not fit the arithmetic below.
    guard value.isFinite, abs(value) < 1e15 else { return String(format: "%.1f", value) }
    // |value| = significand × 2^exponent, the significand an integer below 2^53.
    let significand: UInt64
    let exponent: Int
    if value.exponentBitPattern == 0 {
      significand = value.significandBitPattern
      exponent = -1074
    } else {
      significand = (1 << 52) | value.significandBitPattern
      exponent = Int(value.exponentBitPattern) - 1075
    }
    // |value| × 10 = scaled × 2^exponent, below 2^57: rounded to an integer, half to even.
    let scaled = significand * 10
    var tenths: UInt64
    if exponent >= 0 {
      tenths = scaled << UInt64(exponent)
    } else if exponent <= -63 {
      tenths = 0
    } else {
      let shift = UInt64(-exponent)
      tenths = scaled >> shift
      let remainder = scaled & ((1 << shift) - 1)
      let half: UInt64 = 1 << (shift - 1)
      if remainder > half || (remainder == half && tenths % 2 == 1) { tenths += 1 }
    }
    return (value.sign == .minus ? "-" : "") + String(tenths / 10) + "." + String(tenths % 10)
  }

  /// The first country's trajectory as an SVG line chart (SVG 1.1, no script, no external
  /// resources): the score of each pillar and overall against the effective date, a step
  /// line per part because a score holds until the next revision, a legend with each part's
  /// latest score and denominator, and a red mark on the revisions with a regression.
  ///
  /// Lines that coincide are drawn a pixel or two apart so that none hides another.
  public func svg() -> String {
    guard let country = countries.first else { return "" }
    let width = 960.0
    let height = 540.0
    let left = 64.0
    let right = 704.0
    let top = 92.0
    let bottom = 470.0
    let font = "font-family=\"system-ui, -apple-system, 'Segoe UI', Helvetica, Arial, sans-serif\""

    // The time axis: the trajectory's dates, padded by 3% (a month or so for one revision).
    let days = country.trajectory.map { ProgressReport.dayNumber($0.revision.effectiveDate) }
    var first = Double(days.first ?? 0)
    var last = Double(days.last ?? 0)
    if last - first < 60 {
      first -= 30
      last += 30
    }
    // A margin on the left, and room on the right to show the latest level.
    let span = last - first
    first -= span * 0.03
    last += span * 0.07
    func x(_ day: Int) -> Double { left + (Double(day) - first) / (last - first) * (right - left) }
    func y(_ value: Double) -> Double { bottom - value * (bottom - top) }
    func number(_ value: Double) -> String { ProgressReport.oneDecimal(value) }

    var svg: [String] = []
    svg.append(##"<?xml version="1.0" encoding="UTF-8"?>"##)
    svg.append(
      ##"<svg xmlns="http://www.w3.org/2000/svg" version="1.1" width="\##(Int(width))" height="\##(Int(height))" viewBox="0 0 \##(Int(width)) \##(Int(height))" \##(font)>"##
    )
    let name = format.countryName(country.country)
    let start = country.start.revision.effectiveDate.iso
    let end = country.end.revision.effectiveDate.iso
    svg.append("<title>\(HTML.escape(name)): policy score by pillar, \(start) to \(end)</title>")
    svg.append(##"<rect width="100%" height="100%" fill="#FFFFFF"/>"##)
    svg.append(
      ##"<text x="\##(Int(left))" y="36" font-size="21" font-weight="600" fill="#111827">\##(HTML.escape(name)): policy score by pillar</text>"##
    )
    let subtitle =
      "\(ProgressReport.count(country.trajectory.count, "revision")), \(start) to \(end) · "
      + "present 1, partial ½, absent 0; unknown and missing left out"
    svg.append(
      ##"<text x="\##(Int(left))" y="60" font-size="13" fill="#6B7280">\##(HTML.escape(subtitle))</text>"##
    )

    // Grid and the score axis.
    svg.append(##"<g font-size="12" fill="#6B7280">"##)
    for step in 0...4 {
      let value = Double(step) / 4
      svg.append(
        ##"<line x1="\##(number(left))" y1="\##(number(y(value)))" x2="\##(number(right))" y2="\##(number(y(value)))" stroke="\##(step == 0 ? "#9CA3AF" : "#E5E7EB")" stroke-width="1"/>"##
      )
      svg.append(
        ##"<text x="\##(number(left - 10))" y="\##(number(y(value) + 4))" text-anchor="end">\##(step * 25)%</text>"##
      )
    }
    // The time axis: ticks on month or year boundaries, at most eight.
    for (day, label) in ProgressReport.timeTicks(from: Int(first.rounded(.up)), to: Int(last)) {
      let position = x(day)
      svg.append(
        ##"<line x1="\##(number(position))" y1="\##(number(bottom))" x2="\##(number(position))" y2="\##(number(bottom + 6))" stroke="#9CA3AF" stroke-width="1"/>"##
      )
      svg.append(
        ##"<text x="\##(number(position))" y="\##(number(bottom + 22))" text-anchor="middle">\##(label)</text>"##
      )
    }
    svg.append(
      ##"<text x="\##(number((left + right) / 2))" y="\##(number(bottom + 46))" text-anchor="middle" fill="#9CA3AF">effective date (“Last updated on”)</text>"##
    )
    svg.append("</g>")

    // A step line per part; the overall score last, on top, with a dot per revision.
    let drawn = parts.filter { $0 != "overall" } + parts.filter { $0 == "overall" }
    let pillarCount = drawn.filter { $0 != "overall" }.count
    for (index, part) in drawn.enumerated() {
      let isOverall = part == "overall"
      let dodge = isOverall ? 0 : (Double(index) - Double(pillarCount - 1) / 2) * 1.8
      var points: [String] = []
      var previousY: Double?
      for (point, day) in zip(country.trajectory, days) {
        guard let value = point.score[part]?.value else {
          previousY = nil
          continue
        }
        let px = x(day)
        let py = y(value) + dodge
        if let previousY { points.append("\(number(px)),\(number(previousY))") }
        points.append("\(number(px)),\(number(py))")
        previousY = py
      }
      // The latest score holds to the end of the axis.
      if let previousY { points.append("\(number(right)),\(number(previousY))") }
      guard !points.isEmpty else { continue }
      let colour = ProgressReport.colours[part] ?? "#6B7280"
      svg.append(
        ##"<polyline points="\##(points.joined(separator: " "))" fill="none" stroke="\##(colour)" stroke-width="\##(isOverall ? 3.5 : 2.2)" stroke-linejoin="round" stroke-linecap="round"\##(isOverall ? "" : ##" stroke-opacity="0.9""##)><title>\##(HTML.escape(partTitle(part)))</title></polyline>"##
      )
      if isOverall {
        for (point, day) in zip(country.trajectory, days) {
          guard let value = point.score[part]?.value else { continue }
          svg.append(
            ##"<circle cx="\##(number(x(day)))" cy="\##(number(y(value)))" r="3.5" fill="#FFFFFF" stroke="\##(colour)" stroke-width="2"><title>revision \##(point.revision.number), \##(point.revision.effectiveDate.iso): \##(ProgressReport.percent(value)) (\##(point.score.overall.text))</title></circle>"##
          )
        }
      }
    }

    // Regressions: a red triangle under the axis at each revision that made one.
    var regressionsBySeq: [Int: [Transition]] = [:]
    for transition in country.transitions where transition.change == .regressed {
      regressionsBySeq[transition.revision.seq, default: []].append(transition)
    }
    for (point, day) in zip(country.trajectory, days) {
      guard let moves = regressionsBySeq[point.revision.seq] else { continue }
      let px = x(day)
      let py = top - 10
      let what = moves.map {
        format.indicatorTitle($0.indicator) + " \($0.before.rawValue) → \($0.after.rawValue)"
      }
      .joined(separator: "; ")
      svg.append(
        ##"<path d="M\##(number(px - 6)),\##(number(py - 5)) L\##(number(px + 6)),\##(number(py - 5)) L\##(number(px)),\##(number(py + 5)) Z" fill="#DC2626"><title>\##(HTML.escape("regressed on \(point.revision.effectiveDate.iso): \(what)"))</title></path>"##
      )
      svg.append(
        ##"<line x1="\##(number(px))" y1="\##(number(py + 5))" x2="\##(number(px))" y2="\##(number(bottom))" stroke="#DC2626" stroke-width="1" stroke-dasharray="3 4" stroke-opacity="0.6"/>"##
      )
    }

    // The legend: each part with its latest score and denominator, overall first.
    let legendX = right + 36
    var legendY = top + 4
    svg.append(##"<g font-size="13">"##)
    svg.append(
      ##"<text x="\##(number(legendX))" y="\##(number(legendY))" font-weight="600" fill="#374151">latest score (points/n)</text>"##
    )
    svg.append(
      ##"<text x="\##(number(legendX))" y="\##(number(legendY + 17))" font-size="12" fill="#6B7280">and change, in % points</text>"##
    )
    legendY += 44
    for part in parts.filter({ $0 == "overall" }) + parts.filter({ $0 != "overall" }) {
      let colour = ProgressReport.colours[part] ?? "#6B7280"
      let score = country.end.score[part]
      svg.append(
        ##"<line x1="\##(number(legendX))" y1="\##(number(legendY - 4))" x2="\##(number(legendX + 22))" y2="\##(number(legendY - 4))" stroke="\##(colour)" stroke-width="\##(part == "overall" ? 3.5 : 2.5)" stroke-linecap="round"/>"##
      )
      svg.append(
        ##"<text x="\##(number(legendX + 30))" y="\##(number(legendY))" fill="#111827"\##(part == "overall" ? ##" font-weight="600""## : "")>\##(HTML.escape(partTitle(part)))</text>"##
      )
      svg.append(
        ##"<text x="\##(number(legendX + 30))" y="\##(number(legendY + 16))" font-size="12" fill="#6B7280">\##(ProgressReport.percent(score?.value)) (\##(score?.text ?? "-")), \##(ProgressReport.points(country.delta(part)))</text>"##
      )
      legendY += 40
    }
    if !regressionsBySeq.isEmpty {
      svg.append(
        ##"<path d="M\##(number(legendX + 5)),\##(number(legendY - 9)) L\##(number(legendX + 17)),\##(number(legendY - 9)) L\##(number(legendX + 11)),\##(number(legendY + 1)) Z" fill="#DC2626"/>"##
      )
      svg.append(
        ##"<text x="\##(number(legendX + 30))" y="\##(number(legendY))" fill="#111827">revision with a regression</text>"##
      )
    }
    svg.append("</g>")
    svg.append("</svg>")
    return svg.joined(separator: "\n") + "\n"
  }

  /// Days since 1970-01-01 of a calendar date (proleptic Gregorian).
  static func dayNumber(_ date: ProfileDate) -> Int {
    let y = date.month <= 2 ? date.year - 1 : date.year
    let era = (y >= 0 ? y : y - 399) / 400
    let yearOfEra = y - era * 400
    let dayOfYear = (153 * (date.month + (date.month > 2 ? -3 : 9)) + 2) / 5 + date.day - 1
    let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
    return era * 146_097 + dayOfEra - 719_468
  }

  /// Ticks on the first of a month, every 1, 2, 3, 6, 12, 24 or 60 months, whichever first
  /// gives at most eight between the day numbers `from` and `to`: `Mar 2013`, or `2014`
  /// when yearly.
  static func timeTicks(from: Int, to: Int) -> [(day: Int, label: String)] {
    let months = [
      "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
    ]
    var year = 1970 + from / 366
    while dayNumber(ProfileDate(year: year + 1, month: 1, day: 1)!) <= from { year += 1 }
    for step in [1, 2, 3, 6, 12, 24, 60] {
      var ticks: [(Int, String)] = []
      var index = year * 12
      while true {
        let (y, m) = (index / 12, index % 12 + 1)
        index += 1
        guard (m - 1) % min(step, 12) == 0, step < 12 || y % (step / 12) == 0 else { continue }
        let day = dayNumber(ProfileDate(year: y, month: m, day: 1)!)
        if day > to { break }
        if day >= from { ticks.append((day, step >= 12 ? String(y) : "\(months[m - 1]) \(y)")) }
      }
      if ticks.count <= 8 { return ticks }
    }
    return []
  }
}
