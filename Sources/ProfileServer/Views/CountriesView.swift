/// `/`: every country with revisions, by name, its latest revision and that revision's
/// scores; `/?q=…`: those whose name or code has the text in it.
struct CountriesView: PageView {
  struct Row: Encodable {
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
  /// The filter's text, as given, and whether it filters (it has a letter or a digit).
  var filter: String
  var filtered: Bool
  /// The pillars' titles, the score columns' headings.
  var pillars: [String]
  var countries: [Row]
  /// `3 countries, 11 revisions in effect`; `1 of 3 countries, …` when filtered.
  var summary: String
  /// Whether the store holds no revisions; whether it does, but none of a country the filter
  /// finds.
  var empty: Bool
  var unmatched: Bool
}
