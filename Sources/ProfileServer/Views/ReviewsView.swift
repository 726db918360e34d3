/// `/reviews`: the review queue, oldest first. The readings the reader marked for review,
/// and the statuses that moved between two revisions while the text barely changed, each
/// linked to its row in the revision's page; a reading a review stands on is not listed.
struct ReviewsView: PageView {
  struct Entry: Encodable {
    var code: String
    var name: String
    var countryHref: String
    /// The revision: its date, number and event, and its page at the indicator's row.
    var date: String
    var number: Int
    var seq: Int
    var href: String
    var indicator: String
    var title: String
    /// The reader's status.
    var status: String
    /// `marked` or `moved`.
    var reason: String
    /// `marked: no rule decides` or `moved from absent; the text is 92% the same`.
    var explanation: String
    /// For a move: the diff with the revision before.
    var diffHref: String?
  }

  var chrome: Chrome
  /// The form's value.
  var country: String
  /// The names of the countries the queue is filtered to, joined ("Belize, Malta"); `nil`
  /// when it is not filtered.
  var filtered: String?
  var entries: [Entry]
  var total: Int
  var empty: Bool
  /// How to settle an entry from the command line.
  var command: String
}
