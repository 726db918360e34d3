/// `/countries/C/profile/D`: the reading in effect on a date, with its scores. Where a review
/// stands on an indicator, the row shows the reviewed status and items, marked, with who
/// reviewed, when, why, and what the reader read; the scores count the reviewed statuses.
struct ProfileView: PageView {
  struct IndicatorRow: Encodable {
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
    /// Whether it is marked and no review stands on it yet: it is in the review queue.
    var pending: Bool
    /// The review standing on the reading, whose status and items the row shows.
    var reviewed: ReviewMark?
  }

  struct FigureRow: Encodable {
    var label: String
    var value: String
    var source: String
    /// The review standing on the value: who, which event, what the reader read, why.
    var reviewed: String?
  }

  struct PillarScore: Encodable {
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
  /// For a revision read from a PDF: what extracted the text that was read.
  var extractor: String?
  var figures: [FigureRow]
  var indicators: [IndicatorRow]
  /// `2 indicators reviewed`, when reviews stand on any. (Not `reviewed`: a row without a
  /// review would find this one in the enclosing view.)
  var reviewedSummary: String?
  var scores: [PillarScore]
  var links: CountryLinks
  var sourceHref: String
  var blameHref: String
}
