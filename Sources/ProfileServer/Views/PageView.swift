import EventStore
import LedgerModel

/// A page's typed view: the values its template reads by name, and the template that reads
/// them. Templates find the values by their names (see ``TemplateValue``: a view is encoded
/// once per page, with its stored properties' names), so a property renamed here blanks the
/// field in the page unless the template follows; the test `TemplateVariableTests` renders
/// every template against its view and fails on any name that resolves to nothing.
protocol PageView: Encodable {
  /// The partials `head` and `foot` read it.
  var chrome: Chrome { get }
}

extension PageView {
  /// The template's name, its file in `Templates/` without `.mustache`: the type's name
  /// without `View`, in lower case with a dash between words (`CountryProgressView` is
  /// `country-progress`).
  static var template: String {
    var name = ""
    for character in String(describing: Self.self).dropLast("View".count) {
      if character.isUppercase, !name.isEmpty { name += "-" }
      name += character.lowercased()
    }
    return name
  }
}

/// What every page shows around its content: the title, the permalink and the log's head.
struct Chrome: Sendable, Encodable {
  var title: String
  /// The page's dated address, when the address it was asked at is not already one.
  var permalink: String?
  var headSeq: Int
  var headHash: String
  /// The alternate representations of the page: JSON, Atom, raw text.
  var alternates: [Link]

  /// The chrome of a page at `head`; an error page may have no head to show (event #0).
  init(_ title: String, head: LogHead?, permalink: String? = nil, alternates: [Link] = []) {
    self.title = title
    self.permalink = permalink
    self.headSeq = head?.seq ?? 0
    self.headHash = String((head?.hash ?? "").prefix(12))
    self.alternates = alternates
  }
}

/// A link: address and words.
struct Link: Sendable, Encodable {
  var href: String
  var label: String

  /// The page's data as the JSON API gives it.
  static func json(_ href: String) -> Link { Link(href: href, label: "JSON") }
}

/// The links every page about a country carries (the partial `country-nav`).
struct CountryLinks: Encodable {
  var timeline: String
  var latestProfile: String
  var latestDiff: String?
  var blame: String
  var progress: String
  var changelog: String

  /// The links of `code`, whose revisions in effect are `revisions` (at least one).
  init(_ code: String, revisions: [RevisionRef]) {
    let latest = revisions[revisions.count - 1]
    timeline = Paths.country(code)
    latestProfile = Paths.profile(code, latest.effectiveDate)
    latestDiff =
      revisions.count >= 2
      ? Paths.diff(
        code, from: revisions[revisions.count - 2].effectiveDate, to: latest.effectiveDate)
      : nil
    blame = Paths.blame(code, latest.effectiveDate)
    progress = Paths.countryProgress(code)
    changelog = Paths.changelog(since: nil, until: nil, countries: [code])
  }
}
