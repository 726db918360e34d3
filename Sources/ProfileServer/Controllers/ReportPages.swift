import DiffEngine
import EventStore
import Hummingbird
import LedgerModel
import ProfileModel
import Reports

/// The reports over many revisions: the changelog (page and Atom feed) and the progress of
/// every country or of one.
extension LedgerSite {
  func addReportPages(to router: Router<BasicRequestContext>) {
    get("/changelog", on: router, as: .page) { call in
      let query = try self.changelogQuery(call.query)
      if query.defaulted {
        return .redirect(
          Paths.changelog(since: query.since, until: query.until, countries: query.countries))
      }
      return self.render(try self.changelogView(query, head: call.head))
    }
    get("/changelog.atom", on: router, as: .document) { call in
      let changelog = try self.changelog(try self.changelogQuery(call.query))
      return Rendered(contentType: Rendered.atom, body: changelog.atom())
    }
    page("/progress", on: router) { call in
      try self.progressView(call.query, head: call.head)
    }
    page("/countries/{country}/progress", on: router) { call in
      try self.countryProgressView(try call.path("country"), query: call.query, head: call.head)
    }
  }

  // MARK: Changelog

  /// The changelog's range and countries as a request asks for them.
  struct ChangelogQuery {
    var since: ProfileDate?
    var until: ProfileDate?
    var countries: [String]
    /// Whether the request named no range, so that the default one was taken.
    var defaulted = false
  }

  /// The changelog's range and countries as the request's `parameters` ask for them, the
  /// range defaulting to the last `defaultChangelogDays` up to the latest revision; refused
  /// when it holds more revisions than one response carries.
  func changelogQuery(_ parameters: Query) throws -> ChangelogQuery {
    let (since, until) = try parameters.range()
    var query = ChangelogQuery(
      since: since, until: until, countries: try parameters.countries())
    if since == nil, until == nil, let range = try ledger.dateRange() {
      query.until = range.latest
      query.since = range.latest.shifted(days: 1 - options.defaultChangelogDays)
      query.defaulted = true
    }
    let count = try ledger.revisionCount(
      since: query.since, until: query.until, countries: query.countries)
    if count > options.maxChangelogRevisions {
      throw ServerError.rangeTooLarge(revisions: count, limit: options.maxChangelogRevisions)
    }
    return query
  }

  /// The changelog `query` asks for, as the page, the feed and the JSON API show it.
  func changelog(_ query: ChangelogQuery) throws -> Changelog {
    let changes = try ledger.changes(
      since: query.since, until: query.until, countries: query.countries)
    return Changelog(changes, since: query.since, until: query.until, format: format)
  }

  func changelogView(_ query: ChangelogQuery, head: LogHead) throws -> ChangelogView {
    let changelog = try changelog(query)
    let summary = changelog.summary
    let groups = changelog.byCountry.map { group in
      ChangelogView.Country(
        code: group.country, name: name(group.country), href: Paths.country(group.country),
        entries: group.entries.reversed().map { entry in
          let date = entry.revision.effectiveDate
          return ChangelogView.Entry(
            date: date.iso, number: entry.revision.number, outcome: entry.outcome.rawValue,
            correction: entry.outcome == .corrected, first: entry.isFirst,
            dateOnly: entry.isDateOnly,
            indicators: entry.indicators.map { change in
              let line = ChangeLine(change, format: format)
              return ChangelogView.Change(
                title: line.title, status: line.status, classes: line.classes,
                regressed: line.regressed, items: format.itemLines(change.items),
                words: change.words.map(Format.inline) ?? [],
                reviewed: entry.reviews[change.id]?.summary)
            },
            figures: entry.figures.map { ChangeLine($0, format: format) },
            diffHref: entry.previous.map {
              Paths.diff(group.country, from: $0.effectiveDate, to: date)
            },
            profileHref: Paths.profile(group.country, date),
            sourceHref: Paths.source(group.country, date))
        })
    }
    // The neighbouring ranges of the same length, for paging through time.
    var earlier: String?
    var later: String?
    if let since = query.since, let until = query.until {
      let days = until.dayNumber - since.dayNumber + 1
      earlier = Paths.changelog(
        since: since.shifted(days: -days), until: since.shifted(days: -1),
        countries: query.countries)
      later = Paths.changelog(
        since: until.shifted(days: 1), until: until.shifted(days: days),
        countries: query.countries)
    }
    let title = [query.since.map { "from \($0.iso)" }, query.until.map { "to \($0.iso)" }]
      .compactMap { $0 }.joined(separator: " ")
    let range = Format.range(since: query.since, until: query.until, in: try ledger.dateRange())
    let path = { (feed: Bool) in
      Paths.changelog(
        since: query.since, until: query.until, countries: query.countries, feed: feed)
    }
    return ChangelogView(
      chrome: Chrome(
        "Changelog" + (title.isEmpty ? "" : " " + title), head: head,
        alternates: [
          .json("/api" + path(false)), Link(href: path(true), label: "Atom"),
        ]),
      since: query.since?.iso ?? "", until: query.until?.iso ?? "",
      country: query.countries.joined(separator: " "),
      range: range.prefix(1).uppercased() + range.dropFirst(),
      countries: groups,
      summary: [
        Format.count(summary.revisions, "revision"),
        Format.count(summary.indicatorChanges, "indicator change"),
        Format.count(summary.figureChanges, "figure change"), "\(summary.dateOnly) date-only",
      ].joined(separator: ", "),
      empty: changelog.entries.isEmpty,
      filtered: query.countries.isEmpty
        ? nil : query.countries.map { name($0) }.joined(separator: ", "),
      earlier: earlier, later: later)
  }

  // MARK: Progress

  /// The progress report over the range (and pillar) `query` asks for, of `countries`
  /// (every country when empty).
  func progressReport(_ query: Query, countries: [String] = []) throws -> (
    since: ProfileDate?, until: ProfileDate?, pillar: String?, report: ProgressReport
  ) {
    let (since, until) = try query.range()
    let pillar = try query.pillar()
    let series = try ledger.statusSeries(since: since, until: until, countries: countries)
    let report = ProgressReport(series, since: since, until: until, pillar: pillar, format: format)
    return (since, until, pillar, report)
  }

  func progressView(_ query: Query, head: LogHead) throws -> ProgressView {
    let (since, until, pillar, report) = try progressReport(query)
    func row(_ country: ProgressReport.Country) -> ProgressView.Row {
      ProgressView.Row(
        rank: country.rank, code: country.country, name: name(country.country),
        href: Paths.countryProgress(country.country, since: since, until: until),
        start: country.start.revision.effectiveDate.iso,
        end: country.end.revision.effectiveDate.iso,
        startScore: ScoreCell(country.start.score[report.rankedBy]),
        endScore: ScoreCell(country.end.score[report.rankedBy]),
        changes: report.parts.map { ProgressView.DeltaCell(country.delta($0)) },
        established: country.count(.established), advanced: country.count(.advanced),
        regressed: country.count(.regressed))
    }
    return ProgressView(
      chrome: Chrome(
        "Progress", head: head,
        alternates: [.json("/api" + Paths.progress(since: since, until: until, pillar: pillar))]),
      since: since?.iso ?? "", until: until?.iso ?? "", pillar: pillar ?? "",
      pillars: [SelectOption(value: "", label: "all (rank by overall)", selected: pillar == nil)]
        + format.catalog.pillars.map {
          SelectOption(value: $0.id, label: $0.title, selected: $0.id == pillar)
        },
      partTitles: report.parts.map { report.partTitle($0) },
      rankedBy: report.partTitle(report.rankedBy),
      range: Format.range(since: since, until: until, in: try ledger.dateRange()),
      method: ProgressReport.method,
      ranked: report.ranked.map(row), unchanged: report.unchanged.map(row),
      regressions: report.regressions.map { country, transition in
        ProgressView.Regression(
          code: country.country, name: name(country.country),
          date: transition.revision.effectiveDate.iso,
          indicator: format.indicatorTitle(transition.indicator),
          move: Format.move(transition.before, transition.after),
          href: Paths.diff(
            country.country, from: transition.previous.effectiveDate,
            to: transition.revision.effectiveDate))
      },
      notYetIn: report.notYetIn.map {
        Link(
          href: Paths.country($0.country),
          label: "\(name($0.country)) (\($0.latest.effectiveDate.iso))")
      })
  }

  func countryProgressView(_ name: String, query: Query, head: LogHead) throws
    -> CountryProgressView
  {
    let (code, revisions) = try recordedCountry(name)
    let (since, until) = try query.range()
    let series = try ledger.statusSeries(since: since, until: until, countries: [code])
    let report = ProgressReport(series, since: since, until: until, format: format)
    guard let country = report.countries.first else {
      throw ServerError.notRecorded(
        country: code, detail: "no revision in effect by \(until?.iso ?? "now")")
    }
    // The full chart, without its XML declaration, inline.
    var chart = report.svg()
    if chart.hasPrefix("<?xml"), let end = chart.firstIndex(of: "\n") {
      chart = String(chart[chart.index(after: end)...])
    }
    let first = country.trajectory.first!.revision.effectiveDate.dayNumber
    let last = max(country.trajectory.last!.revision.effectiveDate.dayNumber, first + 30)
    let charts = report.parts.map { part in
      PillarChart(
        title: report.partTitle(part), colour: ProgressReport.colours[part] ?? "#6B7280",
        points: country.trajectory.map { ($0.revision.effectiveDate, $0.score[part]?.value) },
        first: first, last: last
      ).svg()
    }
    return CountryProgressView(
      chrome: Chrome(
        "\(self.name(code)) (\(code)): progress", head: head,
        alternates: [
          .json(
            "/api" + Paths.countryProgress(code, since: since, until: until))
        ]),
      code: code, name: self.name(code), since: since?.iso ?? "", until: until?.iso ?? "",
      chart: chart, charts: charts, partTitles: report.parts.map { report.partTitle($0) },
      trajectory: country.trajectory.reversed().map { point in
        CountryProgressView.Point(
          number: point.revision.number, date: point.revision.effectiveDate.iso,
          href: Paths.profile(code, point.revision.effectiveDate),
          scores: report.parts.map { ScoreCell(point.score[$0]) })
      },
      transitions: country.transitions.reversed().map { transition in
        CountryProgressView.Transition(
          date: transition.revision.effectiveDate.iso,
          indicator: format.indicatorTitle(transition.indicator),
          move: Format.move(transition.before, transition.after),
          change: transition.change.rawValue, regressed: transition.change == .regressed,
          href: Paths.diff(
            code, from: transition.previous.effectiveDate, to: transition.revision.effectiveDate),
          reviewed: transition.review?.summary)
      },
      links: CountryLinks(code, revisions: revisions), method: ProgressReport.method)
  }
}
