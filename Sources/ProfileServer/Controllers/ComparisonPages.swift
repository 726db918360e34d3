import DiffEngine
import EventStore
import Hummingbird
import LedgerModel
import ProfileModel
import Reports

/// The pages that compare revisions: the diff of two, and the blame of one (each reading
/// with the revision that introduced it).
extension LedgerSite {
  func addComparisonPages(to router: Router<BasicRequestContext>) {
    get("/countries/{country}/diff", on: router, as: .page) { call in
      try self.diffRedirect(try call.path("country"), query: call.query)
    }
    page("/countries/{country}/diff/{from}/{to}", on: router) { call in
      try self.diffView(
        try call.path("country"), from: try call.path("from"), to: try call.path("to"),
        head: call.head)
    }
    page("/countries/{country}/blame", "/countries/{country}/blame/{date}", on: router) { call in
      try self.blameView(try call.path("country"), date: call.optionalPath("date"), head: call.head)
    }
  }

  /// Two revisions of a country compared, as the diff page and the JSON API show them.
  struct Comparison {
    /// The country's revisions in effect, and the dates asked for: the report compares the
    /// revisions in effect on them.
    var revisions: [RevisionRef]
    var asked: (from: ProfileDate, to: ProfileDate)
    var report: DiffReport
    /// The indicators the newer revision reads.
    var newerIndicators: Int
    /// The reviews standing on each revision, by indicator: the report compares the
    /// reviewed statuses and items in place of the reader's.
    var olderReviews: [String: ReviewedReading]
    var newerReviews: [String: ReviewedReading]
  }

  /// The revisions of the country `name` in effect on the dates `from` and `to`, compared.
  func comparison(_ name: String, from: String, to: String) throws -> Comparison {
    let (code, revisions) = try recordedCountry(name)
    let fromDate = try RequestValues.date(from, parameter: "from")
    let toDate = try RequestValues.date(to, parameter: "to")
    if fromDate > toDate {
      throw ServerError.reversedRange(from: "from \(fromDate.iso)", to: "to \(toDate.iso)")
    }
    let older = try revision(on: fromDate, in: revisions, country: code)
    let newer = try revision(on: toDate, in: revisions, country: code)
    // Reviewed statuses in place of the reader's, where reviews stand, as `profiles diff`.
    let a = try storedRecord(older, country: code)
    let b = try storedRecord(newer, country: code)
    let diff = ProfileDiff(from: a.reviewedProfile, to: b.reviewedProfile)
    return Comparison(
      revisions: revisions, asked: (fromDate, toDate),
      report: DiffReport(country: code, from: older, to: newer, diff: diff, format: format),
      newerIndicators: b.profile.indicators.count, olderReviews: a.reviews,
      newerReviews: b.reviews)
  }

  /// The blame of the country `name` as of the date `text` names (the latest without one).
  func blame(_ name: String, date text: String?) throws -> (
    code: String, revisions: [RevisionRef], date: ProfileDate?, blame: Blame
  ) {
    let (code, revisions) = try recordedCountry(name)
    let date = try text.map { try RequestValues.date($0, parameter: "date") }
    guard let blame = try ledger.readingHistory(country: code, asOf: date).map(Blame.init) else {
      throw ServerError.notRecorded(
        country: code,
        detail:
          "no revision in effect on \(date?.iso ?? "-") (the first is dated \(revisions[0].effectiveDate.iso))"
      )
    }
    return (code, revisions, date, blame)
  }

  /// `/countries/C/diff?from=&to=` (the form's target) and `/countries/C/diff`: a redirect
  /// to the permalink, by default the previous revision against the latest.
  func diffRedirect(_ name: String, query: Query) throws -> Rendered {
    let (code, revisions) = try recordedCountry(name)
    let latest = revisions[revisions.count - 1]
    let from = try query.date("from")
    let to = try query.date("to")
    let older = from ?? revisions[max(0, revisions.count - 2)].effectiveDate
    return .redirect(Paths.diff(code, from: older, to: to ?? latest.effectiveDate))
  }

  func diffView(_ name: String, from: String, to: String, head: LogHead) throws -> DiffView {
    let compared = try comparison(name, from: from, to: to)
    let report = compared.report
    let (code, older, newer, diff) = (report.country, report.from, report.to, report.diff)
    let indicators = diff.indicators.map { change in
      let sides = change.words.map(Format.sides)
      return DiffView.Indicator(
        id: change.id, title: format.indicatorTitle(change.id), status: format.status(change),
        classes: format.classes(change), regressed: change.classes.contains(.regressed),
        items: format.itemLines(change.items),
        before: sides?.before ?? [
          WordSegment(text: change.before?.text ?? "", deleted: false, inserted: false)
        ],
        after: sides?.after ?? [
          WordSegment(text: change.after?.text ?? "", deleted: false, inserted: false)
        ],
        beforeStatus: change.before?.status.rawValue ?? "none",
        afterStatus: change.after?.status.rawValue ?? "none", textChanged: change.words != nil,
        beforeReview: compared.olderReviews[change.id].map {
          ReviewMark($0, country: code, seq: older.seq)
        },
        afterReview: compared.newerReviews[change.id].map {
          ReviewMark($0, country: code, seq: newer.seq)
        })
    }
    // Every reviewed reading of either revision, changed or not, in catalog order.
    let reviewedIDs = Set(compared.olderReviews.keys).union(compared.newerReviews.keys)
      .sorted { $0.compare($1, options: .numeric) == .orderedAscending }
    let reviews = reviewedIDs.flatMap { id in
      [(older, compared.olderReviews[id]), (newer, compared.newerReviews[id])]
        .compactMap { revision, reading in
          reading.map { reading in
            Link(
              href: Paths.profile(code, revision.effectiveDate) + "#indicator-\(id)",
              label:
                "\(format.indicatorTitle(id)) on \(revision.effectiveDate.iso): "
                + ReviewMark(reading, country: code, seq: revision.seq).badge)
          }
        }
    }
    let options = { (selected: RevisionRef) in
      compared.revisions.reversed().map {
        SelectOption(
          value: $0.effectiveDate.iso, label: "\($0.number): \($0.effectiveDate.iso)",
          selected: $0.seq == selected.seq)
      }
    }
    let moved =
      older.effectiveDate != compared.asked.from || newer.effectiveDate != compared.asked.to
    return DiffView(
      chrome: Chrome(
        "\(self.name(code)) (\(code)): \(older.effectiveDate.iso) → \(newer.effectiveDate.iso)",
        head: head,
        permalink: moved
          ? Paths.diff(code, from: older.effectiveDate, to: newer.effectiveDate) : nil,
        alternates: [.json("/api/countries/\(code)/diff/\(from)/\(to)")]),
      code: code, name: self.name(code), from: older, to: newer,
      fromDate: older.effectiveDate.iso, toDate: newer.effectiveDate.iso,
      summary: report.summary, empty: diff.isEmpty, indicators: indicators, reviews: reviews,
      figures: diff.figures.map {
        DiffView.Figure(
          label: format.figureLabel($0.id), before: format.figureValue($0.id, $0.before),
          after: format.figureValue($0.id, $0.after), change: format.figureChange($0))
      },
      unchanged: Format.count(
        max(0, compared.newerIndicators - diff.indicators.count), "indicator"),
      fromOptions: options(older), toOptions: options(newer),
      links: CountryLinks(code, revisions: compared.revisions),
      fromHref: Paths.profile(code, older.effectiveDate),
      toHref: Paths.profile(code, newer.effectiveDate),
      fromSource: Paths.source(code, older.effectiveDate),
      toSource: Paths.source(code, newer.effectiveDate), action: "/countries/\(code)/diff")
  }

  func blameView(_ name: String, date text: String?, head: LogHead) throws -> BlameView {
    let (code, revisions, date, blame) = try self.blame(name, date: text)
    let previous = Dictionary(
      zip(revisions.dropFirst(), revisions).map { ($0.seq, $1) }
    ) { a, _ in a }
    func row(_ line: Blame.Line, title: String, value: String) -> BlameView.Row {
      let introduced = line.introducedBy
      let href =
        previous[introduced.seq].map {
          Paths.diff(code, from: $0.effectiveDate, to: introduced.effectiveDate)
        } ?? Paths.profile(code, introduced.effectiveDate)
      return BlameView.Row(
        title: title, status: line.status?.rawValue ?? "", value: value,
        since: introduced.effectiveDate.iso, number: introduced.number, seq: introduced.seq,
        stood: line.revisions, href: href,
        introducedHref: Paths.profile(code, introduced.effectiveDate),
        reviewed: line.review?.summary)
    }
    let dated = blame.revision.effectiveDate
    return BlameView(
      chrome: Chrome(
        "\(self.name(code)) (\(code)): blame as of \(dated.iso)", head: head,
        permalink: date == nil ? Paths.blame(code, dated) : nil,
        alternates: [.json("/api/countries/\(code)/blame/\(dated.iso)")]),
      code: code, name: self.name(code), revision: blame.revision, date: dated.iso,
      inEffect: blame.revisionsInEffect, asked: date.flatMap { $0 == dated ? nil : $0.iso },
      indicators: blame.indicators.map { line in
        row(line, title: format.indicatorTitle(line.id), value: line.items.joined(separator: " · "))
      },
      figures: blame.figures.map { line in
        row(
          line, title: format.figureLabel(line.id),
          value: format.figureValue(
            line.id, FigureReading(id: line.id, value: line.value, source: line.source))
            + " (\(format.source(line.source)))")
      },
      links: CountryLinks(code, revisions: revisions))
  }
}
