import DiffEngine
import EventStore
import Hummingbird
import LedgerModel
import ProfileModel
import Reports

/// The pages about the countries: the list, each country's timeline and its profile as of a
/// date.
extension LedgerSite {
  func addCountryPages(to router: Router<BasicRequestContext>) {
    page("/", on: router) { call in
      try self.countriesView(filter: try call.query.value("q") ?? "", head: call.head)
    }
    router.get("/countries") { _, _ in Response.redirect(to: "/", type: .permanent) }
    page("/countries/{country}", on: router) { call in
      try self.timelineView(try call.path("country"), head: call.head)
    }
    page("/countries/{country}/profile", "/countries/{country}/profile/{date}", on: router) {
      call in
      try self.profileView(
        try call.path("country"), date: call.optionalPath("date"), head: call.head)
    }
  }

  /// Every recorded country by name, or those whose name or code has `filter` in it (see
  /// ``CountrySearch``).
  func countriesView(filter: String = "", head: LogHead) throws -> CountriesView {
    let pillars = format.catalog.pillars
    let standings = try ledger.standings()
    let wanted = CountrySearch.key(filter)
    let shown = standings.filter { CountrySearch.matches($0.country, key: wanted) }
      .map { (key: CountrySearch.sortKey($0.country), standing: $0) }
      .sorted { ($0.key, $0.standing.country) < ($1.key, $1.standing.country) }
      .map(\.standing)
    let rows = shown.map { standing in
      let score = PolicyScore(statuses: standing.statuses, catalog: format.catalog)
      return CountriesView.Row(
        code: standing.country, name: name(standing.country), href: Paths.country(standing.country),
        revisions: standing.latest.number, latestDate: standing.latest.effectiveDate.iso,
        latestHref: Paths.profile(standing.country, standing.latest.effectiveDate),
        scores: score.pillars.map { ScoreCell($0) }, overall: ScoreCell(score.overall))
    }
    let filtered = !wanted.isEmpty
    let countries =
      filtered
      ? "\(rows.count) of " + Format.count(standings.count, "country", "countries")
      : Format.count(rows.count, "country", "countries")
    return CountriesView(
      chrome: Chrome("Countries", head: head, alternates: [.json("/api/countries")]),
      filter: filter, filtered: filtered, pillars: pillars.map(\.title), countries: rows,
      summary: countries + ", "
        + Format.count(rows.reduce(0) { $0 + $1.revisions }, "revision") + " in effect",
      empty: standings.isEmpty, unmatched: !standings.isEmpty && rows.isEmpty)
  }

  func timelineView(_ name: String, head: LogHead) throws -> TimelineView {
    let (code, revisions) = try recordedCountry(name)
    let history = try ledger.history(country: code)
    let changes = Dictionary(
      try ledger.changes(countries: [code]).map { ($0.revision.seq, $0) }
    ) { a, _ in a }
    var number = 0
    var entries: [TimelineView.Entry] = []
    for revision in history {
      let inEffect = revision.supersededBy == nil
      if inEffect { number += 1 }
      let change = inEffect ? changes[revision.seq] : nil
      let indicators = (change?.indicators ?? []).map {
        IndicatorChange(id: $0.id, before: $0.before, after: $0.after)
      }
      let figures = change?.figureChanges ?? []
      let date = revision.effectiveDate
      entries.append(
        TimelineView.Entry(
          number: inEffect ? String(number) : "–", seq: revision.seq, date: date.iso,
          recordedAt: revision.recordedAt, outcome: revision.outcome.rawValue,
          correction: revision.outcome == .corrected, superseded: !inEffect,
          supersededBy: revision.supersededBy, supersededAt: revision.supersededAt,
          counts: [.present, .partial, .absent, .unknown, .missing].map {
            revision.statusCounts[$0, default: 0]
          },
          reviewed: revision.reviewed,
          first: inEffect && change?.previous == nil,
          dateOnly: inEffect && change?.previous != nil && indicators.isEmpty && figures.isEmpty,
          changes: indicators.map { ChangeLine($0, format: format) },
          figures: figures.map { ChangeLine($0, format: format) },
          diffHref: change?.previous.map { Paths.diff(code, from: $0.effectiveDate, to: date) },
          profileHref: inEffect ? Paths.profile(code, date) : nil,
          blameHref: inEffect ? Paths.blame(code, date) : nil,
          sourceHref: inEffect ? Paths.source(code, date) : Paths.eventSource(revision.seq)))
    }
    return TimelineView(
      chrome: Chrome(
        "\(self.name(code)) (\(code)): timeline", head: head,
        alternates: [.json("/api/countries/\(code)/history")]),
      code: code, name: self.name(code),
      summary: [
        Format.count(revisions.count, "revision") + " in effect",
        Format.count(history.count, "reading") + " recorded",
        Format.count(history.filter { $0.outcome == .corrected }.count, "correction"),
      ].joined(separator: ", "),
      entries: entries.reversed(), links: CountryLinks(code, revisions: revisions))
  }

  /// The profile in effect on the date `text` names (the latest without one).
  func profileView(_ name: String, date text: String?, head: LogHead) throws -> ProfileView {
    let (code, revisions) = try recordedCountry(name)
    let date = try text.map { try RequestValues.date($0, parameter: "date") }
    let revision =
      try date.map { try self.revision(on: $0, in: revisions, country: code) }
      ?? revisions[revisions.count - 1]
    let record = try storedRecord(revision, country: code)
    // The reviewed statuses and items where reviews stand, marked row by row.
    let profile = record.reviewedProfile
    let score = PolicyScore(profile, catalog: format.catalog)
    return ProfileView(
      chrome: Chrome(
        "\(self.name(code)) (\(code)) as of \(revision.effectiveDate.iso)", head: head,
        permalink: date == nil ? Paths.profile(code, revision.effectiveDate) : nil,
        alternates: [.json("/api/countries/\(code)/profile/\(revision.effectiveDate.iso)")]),
      code: code, name: self.name(code), printedName: profile.country.name,
      number: revision.number, count: revisions.count, seq: revision.seq,
      date: revision.effectiveDate.iso,
      asked: date.flatMap { $0 == revision.effectiveDate ? nil : $0.iso },
      supplied: record.supplied.map { "\($0.rawValue) supplied with --\($0.rawValue), not read" },
      extractor: record.extractor,
      figures: profile.figures.map { figure in
        ProfileView.FigureRow(
          label: format.figureLabel(figure.id), value: format.figureValue(figure.id, figure),
          source: format.source(figure.source),
          reviewed: record.figureReviews[figure.id].map { reviewed in
            let read = format.figureValue(
              figure.id, FigureReading(id: figure.id, value: reviewed.machineValue))
            return "reviewed by \(reviewed.review.reviewer) at \(reviewed.review.recordedAt) "
              + "(event #\(reviewed.review.seq)); read as \(read): \(reviewed.review.note)"
          })
      },
      indicators: profile.indicators.map { reading in
        let pillar = format.pillar(reading.id)
        return ProfileView.IndicatorRow(
          id: reading.id, title: format.catalog.indicator(reading.id)?.title ?? reading.id,
          pillar: format.catalog.pillars.first { $0.id == pillar }?.title ?? "",
          status: reading.status.rawValue, items: reading.items, text: reading.text,
          rule: reading.evidence?.rule,
          words: reading.evidence.flatMap { $0.words.isEmpty ? nil : $0.words },
          review: reading.evidence?.review,
          pending: reading.needsReview && record.reviews[reading.id] == nil,
          reviewed: record.reviews[reading.id].map {
            ReviewMark($0, country: code, seq: revision.seq)
          })
      },
      reviewedSummary: record.reviews.isEmpty
        ? nil
        : Format.count(record.reviews.count, "indicator") + " reviewed",
      scores: zip(format.catalog.pillars, score.pillars).map {
        ProfileView.PillarScore(title: $0.title, score: ScoreCell($1))
      } + [ProfileView.PillarScore(title: "Overall", score: ScoreCell(score.overall))],
      links: CountryLinks(code, revisions: revisions),
      sourceHref: Paths.source(code, revision.effectiveDate),
      blameHref: Paths.blame(code, revision.effectiveDate))
  }
}
