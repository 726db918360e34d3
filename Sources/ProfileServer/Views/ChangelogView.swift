/// `/changelog`: the revisions dated in a range, by country, with what each changed.
struct ChangelogView: PageView {
  struct Change: Encodable {
    var title: String
    var status: String
    var classes: String
    var regressed: Bool
    var items: [String]
    var words: [WordSegment]
    /// The review standing on the newer reading: who, which event, what the reader read, why.
    var reviewed: String?
  }

  struct Entry: Encodable {
    var date: String
    var number: Int
    var outcome: String
    var correction: Bool
    var first: Bool
    var dateOnly: Bool
    var indicators: [Change]
    var figures: [ChangeLine]
    var diffHref: String?
    var profileHref: String
    var sourceHref: String
  }

  struct Country: Encodable {
    var code: String
    var name: String
    var href: String
    var entries: [Entry]
  }

  var chrome: Chrome
  /// The form's values.
  var since: String
  var until: String
  var country: String
  /// `From 2015-06-01 to 2016-06-01 (the latest revision)`.
  var range: String
  var countries: [Country]
  /// `3 revisions, 4 indicator changes, 1 figure change, 0 date-only`.
  var summary: String
  var empty: Bool
  /// The names of the countries the changelog is filtered to, joined ("Belize, Malta");
  /// `nil` when it is not filtered.
  var filtered: String?
  /// The neighbouring ranges of the same length.
  var earlier: String?
  var later: String?
}
