/// `/countries/C`: every reading recorded for a country, newest first, with what each
/// revision changed.
struct TimelineView: PageView {
  /// A reading: a revision in effect, or one a correction superseded.
  struct Entry: Encodable {
    /// The revision's number, or a dash for a superseded reading.
    var number: String
    var seq: Int
    var date: String
    var recordedAt: String
    var outcome: String
    var correction: Bool
    var superseded: Bool
    var supersededBy: Int?
    var supersededAt: String?
    /// The indicators read present, partial, absent, unknown and missing (reviewed statuses
    /// counted where reviews stand).
    var counts: [Int]
    /// How many of its indicators a review stands on; nil when none does.
    var reviewed: Int?
    var first: Bool
    var dateOnly: Bool
    var changes: [ChangeLine]
    var figures: [ChangeLine]
    var diffHref: String?
    var profileHref: String?
    var blameHref: String?
    var sourceHref: String
  }

  var chrome: Chrome
  var code: String
  var name: String
  /// `3 revisions in effect, 4 readings recorded, 1 correction`.
  var summary: String
  var entries: [Entry]
  var links: CountryLinks
}
