import ProfileModel

/// A small line chart of one score over time, as inline SVG: a step line (a score holds
/// until the next revision), a dot per revision, gridlines at 0, 50 and 100%.
struct PillarChart {
  var title: String
  var colour: String
  /// Each revision's date and score (0 to 1; `nil` when nothing could be scored).
  var points: [(date: ProfileDate, value: Double?)]
  /// The time axis, shared by the charts of one page so that they line up.
  var first: Int
  var last: Int

  static let width = 300.0
  static let height = 130.0

  func svg() -> String {
    let (left, right, top, bottom) = (34.0, PillarChart.width - 8, 22.0, PillarChart.height - 20)
    let span = Double(max(last - first, 1))
    func x(_ date: ProfileDate) -> Double {
      left + Double(date.dayNumber - first) / span * (right - left)
    }
    func y(_ value: Double) -> Double { bottom - value * (bottom - top) }
    func n(_ value: Double) -> String {
      let scaled = Int((value * 10).rounded())
      return "\(scaled / 10).\(abs(scaled % 10))"
    }
    var out =
      ##"<svg xmlns="http://www.w3.org/2000/svg" class="chart" viewBox="0 0 \##(Int(PillarChart.width)) \##(Int(PillarChart.height))" width="\##(Int(PillarChart.width))" height="\##(Int(PillarChart.height))" role="img" aria-label="\##(HTMLText.escape(title))">"##
    out += "<title>\(HTMLText.escape(title))</title>"
    out +=
      ##"<text x="\##(n(left))" y="14" font-size="12" font-weight="600" fill="#111827">\##(HTMLText.escape(title))</text>"##
    for step in [0.0, 0.5, 1.0] {
      out +=
        ##"<line x1="\##(n(left))" y1="\##(n(y(step)))" x2="\##(n(right))" y2="\##(n(y(step)))" stroke="\##(step == 0 ? "#9CA3AF" : "#E5E7EB")"/>"##
      out +=
        ##"<text x="\##(n(left - 4))" y="\##(n(y(step) + 4))" font-size="10" text-anchor="end" fill="#6B7280">\##(Int(step * 100))%</text>"##
    }
    var path: [String] = []
    var previous: Double?
    var dots = ""
    for point in points {
      guard let value = point.value else {
        previous = nil
        continue
      }
      let px = x(point.date)
      if let previous { path.append("\(n(px)),\(n(previous))") }
      path.append("\(n(px)),\(n(y(value)))")
      previous = y(value)
      dots +=
        ##"<circle cx="\##(n(px))" cy="\##(n(y(value)))" r="2.5" fill="\##(colour)"><title>\##(point.date.iso): \##(Format.percent(value))</title></circle>"##
    }
    if let previous { path.append("\(n(right)),\(n(previous))") }
    if !path.isEmpty {
      out +=
        ##"<polyline points="\##(path.joined(separator: " "))" fill="none" stroke="\##(colour)" stroke-width="2"/>"##
    }
    out += dots
    if let first = points.first?.date, let last = points.last?.date {
      out +=
        ##"<text x="\##(n(left))" y="\##(n(PillarChart.height - 5))" font-size="10" fill="#6B7280">\##(first.iso)</text>"##
      out +=
        ##"<text x="\##(n(right))" y="\##(n(PillarChart.height - 5))" font-size="10" text-anchor="end" fill="#6B7280">\##(last.iso)</text>"##
    }
    return out + "</svg>"
  }
}

/// HTML text escaping for what the site writes without a template.
enum HTMLText {
  /// The characters that would end a text or an attribute value, and what stands for them.
  static let entities: [Character: String] = [
    "&": "&amp;", "<": "&lt;", ">": "&gt;", "\"": "&quot;",
  ]

  static func escape(_ text: String) -> String {
    var out = ""
    out.reserveCapacity(text.utf8.count)
    for character in text {
      if let entity = entities[character] { out += entity } else { out.append(character) }
    }
    return out
  }
}
