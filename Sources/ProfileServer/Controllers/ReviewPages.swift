import EventStore
import Hummingbird
import Ingestion
import LedgerModel
import ProfileModel
import Reports

/// The review queue: what a reviewer should look at, as `profiles review --pending` lists it.
extension LedgerSite {
  func addReviewPages(to router: Router<BasicRequestContext>) {
    page("/reviews", on: router) { call in
      try self.reviewsView(
        try call.query.countries(), warnings: try call.query.flag("warnings"), head: call.head)
    }
  }

  /// The review queue of `countries` (every country when empty), oldest first; with
  /// `warnings`, the reader's warnings of each revision too (its source read again).
  func reviewQueue(_ countries: [String], warnings: Bool = false) throws -> ReviewQueue {
    ReviewQueue(
      marked: try ledger.readingsMarkedForReview(countries: countries),
      moves: try ledger.statusMoves(countries: countries, alike: ReviewQueue.barelyChanged),
      warnings: warnings ? try ledger.readingWarnings(countries: countries) : [])
  }

  func reviewsView(_ countries: [String], warnings: Bool = false, head: LogHead) throws
    -> ReviewsView
  {
    let queue = try reviewQueue(countries, warnings: warnings)
    let entries = queue.entries.map { entry in
      let code = entry.country
      let date = entry.revision.effectiveDate
      let (reason, diffHref): (String, String?) =
        switch entry.reason {
        case .marked: ("marked", nil)
        case .moved(_, let previous, _):
          ("moved", Paths.diff(code, from: previous.effectiveDate, to: date))
        case .warning: ("warning", nil)
        }
      return ReviewsView.Entry(
        code: code, name: name(code), countryHref: Paths.country(code), date: date.iso,
        number: entry.revision.number, seq: entry.revision.seq,
        href: Paths.profile(code, date) + "#indicator-\(entry.indicator)",
        indicator: entry.indicator, title: format.catalog.indicator(entry.indicator)?.title ?? "",
        status: entry.statusText, reason: reason,
        explanation: entry.explanation,
        diffHref: diffHref)
    }
    return ReviewsView(
      chrome: Chrome(
        "Review queue", head: head,
        alternates: [.json("/api" + Paths.reviews(countries: countries))]),
      country: countries.joined(separator: " "),
      filtered: countries.isEmpty ? nil : countries.map { name($0) }.joined(separator: ", "),
      entries: entries, total: entries.count, empty: entries.isEmpty,
      command: "profiles review COUNTRY DATE INDICATOR (--status S | --confirm) --note \"…\"")
  }
}
