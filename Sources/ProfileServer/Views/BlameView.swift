import EventStore
import LedgerModel

/// `/countries/C/blame/D`: each reading of a revision with the revision that introduced it.
struct BlameView: PageView {
  struct Row: Encodable {
    var title: String
    var status: String
    var value: String
    /// The introducing revision: its date, number and event, and its diff with the one
    /// before it (its profile when it is the first).
    var since: String
    var number: Int
    var seq: Int
    /// The revisions the reading has stood through.
    var stood: Int
    var href: String
    var introducedHref: String
    /// The review standing on the reading: who, which event, what the reader read, why.
    var reviewed: String?
  }

  var chrome: Chrome
  var code: String
  var name: String
  var revision: RevisionRef
  var date: String
  var inEffect: Int
  /// The date asked for, when the revision in effect on it is dated earlier.
  var asked: String?
  var indicators: [Row]
  var figures: [Row]
  var links: CountryLinks
}
