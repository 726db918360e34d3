import DiffEngine
import EventStore
import Hummingbird
import LedgerModel
import ProfileModel
import Reports

extension LedgerSite {
  // MARK: Changelog

  /// The changelog's range and countries as a request asks for them, the range defaulting to
  /// the last `defaultChangelogDays` up to the latest revision; refused when it holds more
  /// revisions than one response carries.
  func changelogQuery(_ request: Request) throws -> (
    since: ProfileDate?, until: ProfileDate?, countries: [String], defaulted: Bool
  ) {
    var (since, until) = try RequestValues.range(request)
    let countries = try RequestValues.countries(request)
    var defaulted = false
    if since == nil, until == nil, let range = try ledger.dateRange() {
      until = range.latest
      since = range.latest.shifted(days: 1 - options.defaultChangelogDays)
      defaulted = true
    }
    let count = try ledger.revisionCount(since: since, until: until, countries: countries)
    if count > options.maxChangelogRevisions {
      throw ServerError.rangeTooLarge(revisions: count, limit: options.maxChangelogRevisions)
    }
    return (since, until, countries, defaulted)
  }

  struct ChangelogChange {
    var title: String
    var status: String
    var classes: String
    var regressed: Bool
    var items: [String]
    var words: [WordSegment]
  }

  struct ChangelogEntry {
    var date: String
    var number: Int
    var outcome: String
    var correction: Bool
    var first: Bool
    var dateOnly: Bool
    var indicators: [ChangelogChange]
    var figures: [ChangeLine]
    var diffHref: String?
    var profileHref: String
    var sourceHref: String
  }

  struct ChangelogCountry {
    var code: String
    var name: String
    var href: String
    var entries: [ChangelogEntry]
  }

  struct ChangelogView {
    var chrome: Chrome
    var since: String
    var until: String
    var country: String
    var countries: [ChangelogCountry]
    var revisions: Int
    var indicatorChanges: Int
    var figureChanges: Int
    var dateOnly: Int
    var empty: Bool
    var filtered: [String]
    var earlier: String?
    var later: String?
  }

  func changelogPage(_ request: Request, head: LogHead) throws -> Rendered {
    let query = try changelogQuery(request)
    if query.defaulted {
      return .redirect(
        Paths.changelog(since: query.since, until: query.until, countries: query.countries))
    }
    let changes = try ledger.changes(
      since: query.since, until: query.until, countries: query.countries)
    let changelog = Changelog(changes, since: query.since, until: query.until, format: format)
    let summary = changelog.summary
    let groups = changelog.byCountry.map { group in
      ChangelogCountry(
        code: group.country, name: name(group.country), href: Paths.country(group.country),
        entries: group.entries.reversed().map { entry in
          let date = entry.revision.effectiveDate
          return ChangelogEntry(
            date: date.iso, number: entry.revision.number, outcome: entry.outcome.rawValue,
            correction: entry.outcome == .corrected, first: entry.isFirst,
            dateOnly: entry.isDateOnly,
            indicators: entry.indicators.map { change in
              ChangelogChange(
                title: format.indicatorTitle(change.id), status: format.status(change),
                classes: format.classes(change), regressed: change.classes.contains(.regressed),
                items: format.itemLines(change.items),
                words: change.words.map(Format.inline) ?? [])
            },
            figures: entry.figures.map {
              ChangeLine(
                title: format.figureLabel($0.id), status: format.figureChange($0), classes: "",
                regressed: false)
            },
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
    let range = [query.since.map { "from \($0.iso)" }, query.until.map { "to \($0.iso)" }]
      .compactMap { $0 }.joined(separator: " ")
    let apiQuery = Paths.changelog(
      since: query.since, until: query.until, countries: query.countries
    ).dropFirst("/changelog".count)
    let view = ChangelogView(
      chrome: chrome(
        "Changelog" + (range.isEmpty ? "" : " " + range), head: head,
        alternates: [
          Link(href: "/api/changelog" + apiQuery, label: "JSON"),
          Link(
            href: Paths.changelog(
              since: query.since, until: query.until, countries: query.countries, feed: true),
            label: "Atom"),
        ]),
      since: query.since?.iso ?? "", until: query.until?.iso ?? "",
      country: query.countries.joined(separator: " "), countries: groups,
      revisions: summary.revisions, indicatorChanges: summary.indicatorChanges,
      figureChanges: summary.figureChanges, dateOnly: summary.dateOnly,
      empty: changelog.entries.isEmpty, filtered: query.countries.map { name($0) },
      earlier: earlier, later: later)
    return Rendered(contentType: Rendered.html, body: templates.page("changelog", view))
  }

  func changelogFeed(_ request: Request, head: LogHead) throws -> Rendered {
    let query = try changelogQuery(request)
    let changes = try ledger.changes(
      since: query.since, until: query.until, countries: query.countries)
    let changelog = Changelog(changes, since: query.since, until: query.until, format: format)
    return Rendered(contentType: Rendered.atom, body: changelog.atom())
  }

  // MARK: Progress

  struct RankRow {
    var rank: Int?
    var code: String
    var name: String
    var href: String
    var start: String
    var end: String
    var startScore: ScoreCell
    var endScore: ScoreCell
    var changes: [DeltaCell]
    var established: Int
    var advanced: Int
    var regressed: Int
  }

  struct DeltaCell {
    var text: String
    var up: Bool
    var down: Bool
  }

  struct RegressionRow {
    var code: String
    var name: String
    var date: String
    var indicator: String
    var move: String
    var href: String
  }

  struct ProgressView {
    var chrome: Chrome
    var since: String
    var until: String
    var pillar: String
    var pillars: [RevisionOption]
    var partTitles: [String]
    var rankedBy: String
    var method: String
    var ranked: [RankRow]
    var unchanged: [RankRow]
    var regressions: [RegressionRow]
    var notYetIn: [Link]
  }

  func delta(_ value: Double?) -> DeltaCell {
    let text = Format.points(value)
    return DeltaCell(text: text, up: text.hasPrefix("+"), down: text.hasPrefix("-"))
  }

  func progressPage(_ request: Request, head: LogHead) throws -> Rendered {
    let (since, until) = try RequestValues.range(request)
    let pillar = try RequestValues.pillar(request)
    let series = try ledger.statusSeries(since: since, until: until)
    let report = ProgressReport(series, since: since, until: until, pillar: pillar, format: format)
    func row(_ country: ProgressReport.Country) -> RankRow {
      RankRow(
        rank: country.rank, code: country.country, name: name(country.country),
        href: Paths.countryProgress(country.country, since: since, until: until),
        start: country.start.revision.effectiveDate.iso,
        end: country.end.revision.effectiveDate.iso,
        startScore: ScoreCell(country.start.score[report.rankedBy]),
        endScore: ScoreCell(country.end.score[report.rankedBy]),
        changes: report.parts.map { delta(country.delta($0)) },
        established: country.count(.established), advanced: country.count(.advanced),
        regressed: country.count(.regressed))
    }
    let view = ProgressView(
      chrome: chrome(
        "Progress", head: head,
        alternates: [
          Link(
            href: "/api/progress"
              + Paths.progress(since: since, until: until, pillar: pillar).dropFirst(
                "/progress".count), label: "JSON")
        ]),
      since: since?.iso ?? "", until: until?.iso ?? "", pillar: pillar ?? "",
      pillars: [RevisionOption(value: "", label: "all (rank by overall)", selected: pillar == nil)]
        + format.catalog.pillars.map {
          RevisionOption(value: $0.id, label: $0.title, selected: $0.id == pillar)
        },
      partTitles: report.parts.map { report.partTitle($0) },
      rankedBy: report.partTitle(report.rankedBy), method: ProgressReport.method,
      ranked: report.ranked.map(row), unchanged: report.unchanged.map(row),
      regressions: report.regressions.map { country, transition in
        RegressionRow(
          code: country.country, name: name(country.country),
          date: transition.revision.effectiveDate.iso,
          indicator: format.indicatorTitle(transition.indicator),
          move: "\(transition.before.rawValue) → \(transition.after.rawValue)",
          href: Paths.diff(
            country.country, from: transition.previous.effectiveDate,
            to: transition.revision.effectiveDate))
      },
      notYetIn: report.notYetIn.map {
        Link(
          href: Paths.country($0.country),
          label: "\(name($0.country)) (\($0.latest.effectiveDate.iso))")
      })
    return Rendered(contentType: Rendered.html, body: templates.page("progress", view))
  }

  struct TrajectoryRow {
    var number: Int
    var date: String
    var href: String
    var scores: [ScoreCell]
  }

  struct TransitionRow {
    var date: String
    var indicator: String
    var move: String
    var change: String
    var regressed: Bool
    var href: String
  }

  struct CountryProgressView {
    var chrome: Chrome
    var code: String
    var name: String
    var since: String
    var until: String
    var chart: String
    var charts: [String]
    var partTitles: [String]
    var trajectory: [TrajectoryRow]
    var transitions: [TransitionRow]
    var links: CountryLinks
    var method: String
  }

  func countryProgressPage(_ name: String, request: Request, head: LogHead) throws -> Rendered {
    let (code, revisions) = try recordedCountry(name)
    let (since, until) = try RequestValues.range(request)
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
    let view = CountryProgressView(
      chrome: chrome(
        "\(self.name(code)) (\(code)): progress", head: head,
        alternates: [
          Link(
            href: "/api/countries/\(code)/progress"
              + Paths.query([("since", since?.iso), ("until", until?.iso)]), label: "JSON")
        ]),
      code: code, name: self.name(code), since: since?.iso ?? "", until: until?.iso ?? "",
      chart: chart, charts: charts, partTitles: report.parts.map { report.partTitle($0) },
      trajectory: country.trajectory.reversed().map { point in
        TrajectoryRow(
          number: point.revision.number, date: point.revision.effectiveDate.iso,
          href: Paths.profile(code, point.revision.effectiveDate),
          scores: report.parts.map { ScoreCell(point.score[$0]) })
      },
      transitions: country.transitions.reversed().map { transition in
        TransitionRow(
          date: transition.revision.effectiveDate.iso,
          indicator: format.indicatorTitle(transition.indicator),
          move: "\(transition.before.rawValue) → \(transition.after.rawValue)",
          change: transition.change.rawValue, regressed: transition.change == .regressed,
          href: Paths.diff(
            code, from: transition.previous.effectiveDate, to: transition.revision.effectiveDate))
      },
      links: countryLinks(code, revisions: revisions), method: ProgressReport.method)
    return Rendered(contentType: Rendered.html, body: templates.page("country-progress", view))
  }
}
