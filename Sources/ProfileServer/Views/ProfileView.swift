/// `/countries/C/profile/D`: the reading in effect on a date, with its scores.
struct ProfileView: PageView {
  struct IndicatorRow {
    var id: String
    var title: String
    var pillar: String
    var status: String
    var items: [String]
    var text: String
    /// The rule and words the status rests on, shown on demand.
    var rule: String?
    var words: String?
    /// Why the reader marked the reading for review, if it did.
    var review: String?
  }

  struct FigureRow {
    var label: String
    var value: String
    var source: String
  }

  struct PillarScore {
    var title: String
    var score: ScoreCell
  }

  var chrome: Chrome
  var code: String
  var name: String
  var printedName: String
  var number: Int
  var count: Int
  var seq: Int
  var date: String
  /// The date asked for, when the revision in effect on it is dated earlier.
  var asked: String?
  /// "date supplied with --date, not read", for values the document did not give.
  var supplied: [String]
  var figures: [FigureRow]
  var indicators: [IndicatorRow]
  var scores: [PillarScore]
  var links: CountryLinks
  var sourceHref: String
  var blameHref: String
}
