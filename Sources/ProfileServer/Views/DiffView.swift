import EventStore
import LedgerModel

/// `/countries/C/diff/FROM/TO`: two revisions side by side, word by word, with reviewed
/// statuses and items in place of the reader's where reviews stand, marked.
struct DiffView: PageView {
  struct Indicator: Encodable {
    var id: String
    var title: String
    var status: String
    var classes: String
    var regressed: Bool
    var items: [String]
    var before: [WordSegment]
    var after: [WordSegment]
    var beforeStatus: String
    var afterStatus: String
    var textChanged: Bool
    /// The review standing on each side, whose status and items the diff compares.
    var beforeReview: ReviewMark?
    var afterReview: ReviewMark?
  }

  struct Figure: Encodable {
    var label: String
    var before: String
    var after: String
    var change: String
  }

  var chrome: Chrome
  var code: String
  var name: String
  var from: RevisionRef
  var to: RevisionRef
  var fromDate: String
  var toDate: String
  var summary: String
  var empty: Bool
  var indicators: [Indicator]
  /// The reviewed readings of either revision, each linked to its row in the profile.
  var reviews: [Link]
  var figures: [Figure]
  /// The indicators of the newer revision the diff leaves alone: `20 indicators`.
  var unchanged: String
  var fromOptions: [SelectOption]
  var toOptions: [SelectOption]
  var links: CountryLinks
  var fromHref: String
  var toHref: String
  var fromSource: String
  var toSource: String
  /// The form's target, which redirects to the permalink of the revisions chosen.
  var action: String
}
