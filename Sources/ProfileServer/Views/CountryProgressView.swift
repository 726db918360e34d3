/// `/countries/C/progress`: a country's scores over time, as charts and a table, with every
/// move of an indicator's status.
struct CountryProgressView: PageView {
  struct Point: Encodable {
    var number: Int
    var date: String
    var href: String
    var scores: [ScoreCell]
  }

  struct Transition: Encodable {
    var date: String
    var indicator: String
    var move: String
    var change: String
    var regressed: Bool
    var href: String
    /// The review standing on the reading moved into: who, which event, what the reader read.
    var reviewed: String?
  }

  var chrome: Chrome
  var code: String
  var name: String
  var since: String
  var until: String
  /// The full chart and one per pillar, inline SVG.
  var chart: String
  var charts: [String]
  var partTitles: [String]
  var trajectory: [Point]
  var transitions: [Transition]
  var links: CountryLinks
  var method: String
}
