/// `/`: every country with revisions, its latest revision and that revision's scores.
struct CountriesView: PageView {
  struct Row {
    var code: String
    var name: String
    var href: String
    var revisions: Int
    var latestDate: String
    var latestHref: String
    var scores: [ScoreCell]
    var overall: ScoreCell
  }

  var chrome: Chrome
  /// The pillars' titles, the score columns' headings.
  var pillars: [String]
  var countries: [Row]
  var total: Int
  var revisions: Int
  var empty: Bool
}
