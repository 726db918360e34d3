/// `/progress`: the countries ranked by how their scores moved over a range.
struct ProgressView: PageView {
  struct Row: Encodable {
    var rank: Int?
    var code: String
    var name: String
    var href: String
    var start: String
    var end: String
    var startScore: ScoreCell
    var endScore: ScoreCell
    /// The change of each part's score, overall and by pillar.
    var changes: [DeltaCell]
    var established: Int
    var advanced: Int
    var regressed: Int
  }

  /// A change in percentage points, marked up or down.
  struct DeltaCell: Encodable {
    var text: String
    var up: Bool
    var down: Bool

    init(_ value: Double?) {
      text = Format.points(value)
      up = text.hasPrefix("+")
      down = text.hasPrefix("-")
    }
  }

  struct Regression: Encodable {
    var code: String
    var name: String
    var date: String
    var indicator: String
    var move: String
    var href: String
  }

  var chrome: Chrome
  var since: String
  var until: String
  var pillar: String
  var pillars: [SelectOption]
  var partTitles: [String]
  var rankedBy: String
  /// `from 2015-06-01 to 2016-06-01 (the latest revision)`: the range ranked over.
  var range: String
  var method: String
  var ranked: [Row]
  /// The countries without a revision in the range.
  var unchanged: [Row]
  var regressions: [Regression]
  var notYetIn: [Link]
}
