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
  /// `3 countries, 11 revisions in effect`.
  var summary: String
  var empty: Bool
}
