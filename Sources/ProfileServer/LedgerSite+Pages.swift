import DiffEngine
import EventStore
import Hummingbird
import LedgerModel
import ProfileModel
import Reports

extension LedgerSite {
  func addPages(to router: Router<BasicRequestContext>) {
    router.get("/") { request, _ in
      try self.respond(request, kind: .page) { head in try self.countriesPage(head) }
    }
    router.get("/countries") { _, _ in Response.redirect(to: "/", type: .permanent) }
    router.get("/countries/{country}") { request, context in
      try self.respond(request, kind: .page) { head in
        try self.timelinePage(try context.parameters.require("country"), head: head)
      }
    }
    router.get("/countries/{country}/profile") { request, context in
      try self.respond(request, kind: .page) { head in
        try self.profilePage(try context.parameters.require("country"), date: nil, head: head)
      }
    }
    router.get("/countries/{country}/profile/{date}") { request, context in
      try self.respond(request, kind: .page) { head in
        try self.profilePage(
          try context.parameters.require("country"),
          date: try context.parameters.require("date"), head: head)
      }
    }
    router.get("/countries/{country}/diff") { request, context in
      try self.respond(request, kind: .page) { _ in
        try self.diffRedirect(try context.parameters.require("country"), request: request)
      }
    }
    router.get("/countries/{country}/diff/{from}/{to}") { request, context in
      try self.respond(request, kind: .page) { head in
        try self.diffPage(
          try context.parameters.require("country"), from: try context.parameters.require("from"),
          to: try context.parameters.require("to"), head: head)
      }
    }
    router.get("/countries/{country}/blame") { request, context in
      try self.respond(request, kind: .page) { head in
        try self.blamePage(try context.parameters.require("country"), date: nil, head: head)
      }
    }
    router.get("/countries/{country}/blame/{date}") { request, context in
      try self.respond(request, kind: .page) { head in
        try self.blamePage(
          try context.parameters.require("country"),
          date: try context.parameters.require("date"), head: head)
      }
    }
    router.get("/countries/{country}/source/{date}") { request, context in
      try self.respond(request, kind: .page) { head in
        try self.sourcePage(
          try context.parameters.require("country"),
          date: try context.parameters.require("date"), raw: false, head: head)
      }
    }
    router.get("/countries/{country}/source/{date}/raw") { request, context in
      try self.respond(request, kind: .document) { head in
        try self.sourcePage(
          try context.parameters.require("country"),
          date: try context.parameters.require("date"), raw: true, head: head)
      }
    }
    router.get("/events/{seq}/source") { request, context in
      try self.respond(request, kind: .page) { head in
        try self.eventSourcePage(try context.parameters.require("seq"), raw: false, head: head)
      }
    }
    router.get("/events/{seq}/source/raw") { request, context in
      try self.respond(request, kind: .document) { head in
        try self.eventSourcePage(try context.parameters.require("seq"), raw: true, head: head)
      }
    }
    router.get("/countries/{country}/progress") { request, context in
      try self.respond(request, kind: .page) { head in
        try self.countryProgressPage(
          try context.parameters.require("country"), request: request, head: head)
      }
    }
    router.get("/changelog") { request, _ in
      try self.respond(request, kind: .page) { head in try self.changelogPage(request, head: head) }
    }
    router.get("/changelog.atom") { request, _ in
      try self.respond(request, kind: .document) { head in
        try self.changelogFeed(request, head: head)
      }
    }
    router.get("/progress") { request, _ in
      try self.respond(request, kind: .page) { head in try self.progressPage(request, head: head) }
    }
    router.get("/openapi.json") { request, _ in
      try self.respond(request, kind: .document) { _ in
        Rendered(contentType: Rendered.json, body: ServerResources.file("openapi.json") ?? "{}")
      }
    }
  }

  // MARK: Shared lookups

  /// The country a path names, with its revisions in effect (at least one).
  func recordedCountry(_ name: String) throws -> (code: String, revisions: [RevisionRef]) {
    let code = try RequestValues.country(name).code
    let revisions = try ledger.revisionsInEffect(country: code)
    guard !revisions.isEmpty else {
      throw ServerError.notRecorded(country: code, detail: "no revisions recorded")
    }
    return (code, revisions)
  }

  /// The revision in effect on `date` among `revisions`.
  func revision(on date: ProfileDate, in revisions: [RevisionRef], country: String) throws
    -> RevisionRef
  {
    guard let revision = revisions.last(where: { $0.effectiveDate <= date }) else {
      throw ServerError.notRecorded(
        country: country,
        detail:
          "no revision in effect on \(date.iso) (the first is dated \(revisions[0].effectiveDate.iso))"
      )
    }
    return revision
  }

  func stored(_ revision: RevisionRef, country: String) throws -> Profile {
    try storedRecord(revision, country: country).profile
  }

  /// The reading of `revision` with what its event says of it (the values supplied, not read).
  func storedRecord(_ revision: RevisionRef, country: String) throws -> StoredProfile {
    guard let stored = try ledger.profile(seq: revision.seq) else {
      throw ServerError.notRecorded(
        country: country, detail: "event #\(revision.seq) holds no reading")
    }
    return stored
  }

  // MARK: Countries

  struct CountryRow {
    var code: String
    var name: String
    var href: String
    var revisions: Int
    var latestDate: String
    var latestHref: String
    var scores: [ScoreCell]
    var overall: ScoreCell
  }

  struct CountriesView {
    var chrome: Chrome
    var pillars: [String]
    var countries: [CountryRow]
    var total: Int
    var revisions: Int
    var empty: Bool
  }

  func countriesPage(_ head: LogHead) throws -> Rendered {
    let pillars = format.catalog.pillars
    let rows = try ledger.standings().map { standing in
      let score = PolicyScore(statuses: standing.statuses, catalog: format.catalog)
      return CountryRow(
        code: standing.country, name: name(standing.country), href: Paths.country(standing.country),
        revisions: standing.latest.number, latestDate: standing.latest.effectiveDate.iso,
        latestHref: Paths.profile(standing.country, standing.latest.effectiveDate),
        scores: score.pillars.map { ScoreCell($0) }, overall: ScoreCell(score.overall))
    }
    let view = CountriesView(
      chrome: chrome(
        "Countries", head: head, alternates: [Link(href: "/api/countries", label: "JSON")]),
      pillars: pillars.map(\.title), countries: rows, total: rows.count,
      revisions: rows.reduce(0) { $0 + $1.revisions }, empty: rows.isEmpty)
    return Rendered(contentType: Rendered.html, body: templates.page("countries", view))
  }

  // MARK: Timeline

  struct ChangeLine {
    var title: String
    var status: String
    var classes: String
    var regressed: Bool
  }

  struct TimelineEntry {
    var number: String
    var seq: Int
    var date: String
    var recordedAt: String
    var outcome: String
    var correction: Bool
    var superseded: Bool
    var supersededBy: Int?
    var supersededAt: String?
    var counts: [Int]
    var first: Bool
    var dateOnly: Bool
    var changes: [ChangeLine]
    var figures: [ChangeLine]
    var diffHref: String?
    var profileHref: String?
    var blameHref: String?
    var sourceHref: String
  }

  struct TimelineView {
    var chrome: Chrome
    var code: String
    var name: String
    var inEffect: Int
    var recorded: Int
    var corrections: Int
    var entries: [TimelineEntry]
    var links: CountryLinks
  }

  /// The links every page about a country carries.
  struct CountryLinks {
    var timeline: String
    var latestProfile: String
    var latestDiff: String?
    var blame: String
    var progress: String
    var changelog: String
  }

  func countryLinks(_ code: String, revisions: [RevisionRef]) -> CountryLinks {
    let latest = revisions[revisions.count - 1]
    return CountryLinks(
      timeline: Paths.country(code), latestProfile: Paths.profile(code, latest.effectiveDate),
      latestDiff: revisions.count >= 2
        ? Paths.diff(
          code, from: revisions[revisions.count - 2].effectiveDate, to: latest.effectiveDate)
        : nil,
      blame: Paths.blame(code, latest.effectiveDate), progress: Paths.countryProgress(code),
      changelog: Paths.changelog(since: nil, until: nil, countries: [code]))
  }

  func timelinePage(_ name: String, head: LogHead) throws -> Rendered {
    let (code, revisions) = try recordedCountry(name)
    let history = try ledger.history(country: code)
    let changes = Dictionary(
      try ledger.changes(countries: [code]).map { ($0.revision.seq, $0) }
    ) { a, _ in a }
    var number = 0
    var entries: [TimelineEntry] = []
    for revision in history {
      let inEffect = revision.supersededBy == nil
      if inEffect { number += 1 }
      let change = inEffect ? changes[revision.seq] : nil
      let indicators = (change?.indicators ?? []).map {
        IndicatorChange(id: $0.id, before: $0.before, after: $0.after)
      }
      let figures = (change?.figures ?? []).map {
        FigureChange(id: $0.id, before: $0.before, after: $0.after)
      }
      let date = revision.effectiveDate
      entries.append(
        TimelineEntry(
          number: inEffect ? String(number) : "–", seq: revision.seq, date: date.iso,
          recordedAt: revision.recordedAt, outcome: revision.outcome.rawValue,
          correction: revision.outcome == .corrected, superseded: !inEffect,
          supersededBy: revision.supersededBy, supersededAt: revision.supersededAt,
          counts: [.present, .partial, .absent, .unknown, .missing].map {
            revision.statusCounts[$0, default: 0]
          },
          first: inEffect && change?.previous == nil,
          dateOnly: inEffect && change?.previous != nil && indicators.isEmpty && figures.isEmpty,
          changes: indicators.map {
            ChangeLine(
              title: format.indicatorTitle($0.id), status: format.status($0),
              classes: format.classes($0), regressed: $0.classes.contains(.regressed))
          },
          figures: figures.map {
            ChangeLine(
              title: format.figureLabel($0.id), status: format.figureChange($0), classes: "",
              regressed: false)
          },
          diffHref: change?.previous.map { Paths.diff(code, from: $0.effectiveDate, to: date) },
          profileHref: inEffect ? Paths.profile(code, date) : nil,
          blameHref: inEffect ? Paths.blame(code, date) : nil,
          sourceHref: inEffect ? Paths.source(code, date) : Paths.eventSource(revision.seq)))
    }
    let view = TimelineView(
      chrome: chrome(
        "\(self.name(code)) (\(code)): timeline", head: head,
        alternates: [Link(href: "/api/countries/\(code)/history", label: "JSON")]),
      code: code, name: self.name(code), inEffect: revisions.count, recorded: history.count,
      corrections: history.filter { $0.outcome == .corrected }.count,
      entries: entries.reversed(), links: countryLinks(code, revisions: revisions))
    return Rendered(contentType: Rendered.html, body: templates.page("timeline", view))
  }

  // MARK: Profile

  struct IndicatorRow {
    var id: String
    var title: String
    var pillar: String
    var status: String
    var items: [String]
    var text: String
    /// The rule and words the status rests on, shown on demand.
    var rule: String?
    var words: String?
    /// Why the reader marked the reading for review, if it did.
    var review: String?
  }

  struct FigureRow {
    var label: String
    var value: String
    var source: String
  }

  struct ProfileView {
    var chrome: Chrome
    var code: String
    var name: String
    var printedName: String
    var number: Int
    var count: Int
    var seq: Int
    var date: String
    var asked: String?
    /// "date supplied with --date, not read", for values the document did not give.
    var supplied: [String]
    var figures: [FigureRow]
    var indicators: [IndicatorRow]
    var scores: [PillarScore]
    var links: CountryLinks
    var sourceHref: String
    var blameHref: String
  }

  struct PillarScore {
    var title: String
    var score: ScoreCell
  }

  func profilePage(_ name: String, date text: String?, head: LogHead) throws -> Rendered {
    let (code, revisions) = try recordedCountry(name)
    let date = try text.map { try RequestValues.date($0, parameter: "date") }
    let revision =
      try date.map { try self.revision(on: $0, in: revisions, country: code) }
      ?? revisions[revisions.count - 1]
    let record = try storedRecord(revision, country: code)
    let profile = record.profile
    let score = PolicyScore(profile, catalog: format.catalog)
    let view = ProfileView(
      chrome: chrome(
        "\(self.name(code)) (\(code)) as of \(revision.effectiveDate.iso)", head: head,
        permalink: date == nil ? Paths.profile(code, revision.effectiveDate) : nil,
        alternates: [
          Link(
            href: "/api/countries/\(code)/profile/\(revision.effectiveDate.iso)", label: "JSON")
        ]),
      code: code, name: self.name(code), printedName: profile.country.name,
      number: revision.number, count: revisions.count, seq: revision.seq,
      date: revision.effectiveDate.iso,
      asked: date.flatMap { $0 == revision.effectiveDate ? nil : $0.iso },
      supplied: record.supplied.map { "\($0.rawValue) supplied with --\($0.rawValue), not read" },
      figures: profile.figures.map {
        FigureRow(
          label: format.figureLabel($0.id), value: format.figureValue($0.id, $0),
          source: format.source($0.source))
      },
      indicators: profile.indicators.map { reading in
        let pillar = format.pillar(reading.id)
        return IndicatorRow(
          id: reading.id, title: format.catalog.indicator(reading.id)?.title ?? reading.id,
          pillar: format.catalog.pillars.first { $0.id == pillar }?.title ?? "",
          status: reading.status.rawValue, items: reading.items, text: reading.text,
          rule: reading.evidence?.rule,
          words: reading.evidence.flatMap { $0.words.isEmpty ? nil : $0.words },
          review: reading.evidence?.review)
      },
      scores: zip(format.catalog.pillars, score.pillars).map {
        PillarScore(title: $0.title, score: ScoreCell($1))
      } + [PillarScore(title: "Overall", score: ScoreCell(score.overall))],
      links: countryLinks(code, revisions: revisions),
      sourceHref: Paths.source(code, revision.effectiveDate),
      blameHref: Paths.blame(code, revision.effectiveDate))
    return Rendered(contentType: Rendered.html, body: templates.page("profile", view))
  }

  // MARK: Diff

  struct DiffIndicator {
    var id: String
    var title: String
    var status: String
    var classes: String
    var regressed: Bool
    var items: [String]
    var before: [WordSegment]
    var after: [WordSegment]
    var beforeStatus: String
    var afterStatus: String
    var textChanged: Bool
  }

  struct DiffFigure {
    var label: String
    var before: String
    var after: String
    var change: String
  }

  struct RevisionOption {
    var value: String
    var label: String
    var selected: Bool
  }

  struct DiffView {
    var chrome: Chrome
    var code: String
    var name: String
    var from: RevisionRef
    var to: RevisionRef
    var fromDate: String
    var toDate: String
    var summary: String
    var empty: Bool
    var indicators: [DiffIndicator]
    var figures: [DiffFigure]
    var unchanged: Int
    var fromOptions: [RevisionOption]
    var toOptions: [RevisionOption]
    var links: CountryLinks
    var fromHref: String
    var toHref: String
    var fromSource: String
    var toSource: String
    var action: String
  }

  /// `/countries/C/diff?from=&to=` (the form's target) and `/countries/C/diff`: a redirect
  /// to the permalink, by default the previous revision against the latest.
  func diffRedirect(_ name: String, request: Request) throws -> Rendered {
    let (code, revisions) = try recordedCountry(name)
    let latest = revisions[revisions.count - 1]
    let from = try RequestValues.date(request, "from")
    let to = try RequestValues.date(request, "to")
    let older = from ?? revisions[max(0, revisions.count - 2)].effectiveDate
    return .redirect(Paths.diff(code, from: older, to: to ?? latest.effectiveDate))
  }

  func diffPage(_ name: String, from: String, to: String, head: LogHead) throws -> Rendered {
    let (code, revisions) = try recordedCountry(name)
    let fromDate = try RequestValues.date(from, parameter: "from")
    let toDate = try RequestValues.date(to, parameter: "to")
    if fromDate > toDate {
      throw ServerError.reversedRange(from: "from \(fromDate.iso)", to: "to \(toDate.iso)")
    }
    let older = try revision(on: fromDate, in: revisions, country: code)
    let newer = try revision(on: toDate, in: revisions, country: code)
    let a = try stored(older, country: code)
    let b = try stored(newer, country: code)
    let diff = ProfileDiff(from: a, to: b)
    let report = DiffReport(country: code, from: older, to: newer, diff: diff, format: format)
    let indicators = diff.indicators.map { change in
      let sides = change.words.map(Format.sides)
      return DiffIndicator(
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
        afterStatus: change.after?.status.rawValue ?? "none", textChanged: change.words != nil)
    }
    let options = { (selected: RevisionRef) in
      revisions.reversed().map {
        RevisionOption(
          value: $0.effectiveDate.iso, label: "\($0.number): \($0.effectiveDate.iso)",
          selected: $0.seq == selected.seq)
      }
    }
    let view = DiffView(
      chrome: chrome(
        "\(self.name(code)) (\(code)): \(older.effectiveDate.iso) → \(newer.effectiveDate.iso)",
        head: head,
        permalink: older.effectiveDate != fromDate || newer.effectiveDate != toDate
          ? Paths.diff(code, from: older.effectiveDate, to: newer.effectiveDate) : nil,
        alternates: [
          Link(href: "/api/countries/\(code)/diff/\(from)/\(to)", label: "JSON")
        ]),
      code: code, name: self.name(code), from: older, to: newer,
      fromDate: older.effectiveDate.iso, toDate: newer.effectiveDate.iso,
      summary: report.summary, empty: diff.isEmpty, indicators: indicators,
      figures: diff.figures.map {
        DiffFigure(
          label: format.figureLabel($0.id), before: format.figureValue($0.id, $0.before),
          after: format.figureValue($0.id, $0.after), change: format.figureChange($0))
      },
      unchanged: max(0, b.indicators.count - diff.indicators.count),
      fromOptions: options(older), toOptions: options(newer),
      links: countryLinks(code, revisions: revisions),
      fromHref: Paths.profile(code, older.effectiveDate),
      toHref: Paths.profile(code, newer.effectiveDate),
      fromSource: Paths.source(code, older.effectiveDate),
      toSource: Paths.source(code, newer.effectiveDate), action: "/countries/\(code)/diff")
    return Rendered(contentType: Rendered.html, body: templates.page("diff", view))
  }

  // MARK: Blame

  struct BlameRow {
    var title: String
    var status: String
    var value: String
    var since: String
    var number: Int
    var seq: Int
    var stood: Int
    var href: String
    var introducedHref: String
  }

  struct BlameView {
    var chrome: Chrome
    var code: String
    var name: String
    var revision: RevisionRef
    var date: String
    var inEffect: Int
    var asked: String?
    var indicators: [BlameRow]
    var figures: [BlameRow]
    var links: CountryLinks
  }

  func blamePage(_ name: String, date text: String?, head: LogHead) throws -> Rendered {
    let (code, revisions) = try recordedCountry(name)
    let date = try text.map { try RequestValues.date($0, parameter: "date") }
    guard let blame = try ledger.blame(country: code, asOf: date) else {
      throw ServerError.notRecorded(
        country: code,
        detail:
          "no revision in effect on \(date?.iso ?? "-") (the first is dated \(revisions[0].effectiveDate.iso))"
      )
    }
    let previous = Dictionary(
      zip(revisions.dropFirst(), revisions).map { ($0.seq, $1) }
    ) { a, _ in a }
    func row(_ line: Blame.Line, title: String, value: String) -> BlameRow {
      let introduced = line.introducedBy
      let href =
        previous[introduced.seq].map {
          Paths.diff(code, from: $0.effectiveDate, to: introduced.effectiveDate)
        } ?? Paths.profile(code, introduced.effectiveDate)
      return BlameRow(
        title: title, status: line.status?.rawValue ?? "", value: value,
        since: introduced.effectiveDate.iso, number: introduced.number, seq: introduced.seq,
        stood: line.revisions, href: href,
        introducedHref: Paths.profile(code, introduced.effectiveDate))
    }
    let view = BlameView(
      chrome: chrome(
        "\(self.name(code)) (\(code)): blame as of \(blame.revision.effectiveDate.iso)", head: head,
        permalink: date == nil ? Paths.blame(code, blame.revision.effectiveDate) : nil,
        alternates: [
          Link(
            href: "/api/countries/\(code)/blame/\(blame.revision.effectiveDate.iso)", label: "JSON")
        ]),
      code: code, name: self.name(code), revision: blame.revision,
      date: blame.revision.effectiveDate.iso, inEffect: blame.revisionsInEffect,
      asked: date.flatMap { $0 == blame.revision.effectiveDate ? nil : $0.iso },
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
      links: countryLinks(code, revisions: revisions))
    return Rendered(contentType: Rendered.html, body: templates.page("blame", view))
  }

  // MARK: Source

  struct SourceView {
    var chrome: Chrome
    var code: String
    var name: String
    var date: String
    var text: String
    var rawHref: String
    var profileHref: String?
    var timeline: String
    var bytes: Int
  }

  func sourcePage(_ name: String, date text: String, raw: Bool, head: LogHead) throws -> Rendered {
    let (code, _) = try recordedCountry(name)
    let date = try RequestValues.date(text, parameter: "date")
    guard let bytes = try ledger.source(country: code, date: date) else {
      throw ServerError.notRecorded(country: code, detail: "no revision dated \(date.iso)")
    }
    if raw { return Rendered(contentType: Rendered.text, bytes: bytes) }
    let view = SourceView(
      chrome: chrome(
        "\(self.name(code)) (\(code)): document of \(date.iso)", head: head,
        alternates: [Link(href: Paths.rawSource(code, date), label: "raw text")]),
      code: code, name: self.name(code), date: date.iso,
      text: String(decoding: bytes, as: UTF8.self), rawHref: Paths.rawSource(code, date),
      profileHref: Paths.profile(code, date), timeline: Paths.country(code), bytes: bytes.count)
    return Rendered(contentType: Rendered.html, body: templates.page("source", view))
  }

  func eventSourcePage(_ text: String, raw: Bool, head: LogHead) throws -> Rendered {
    guard let seq = Int(text), seq > 0 else {
      throw ServerError.badParameter(parameter: "event", value: text, expected: "an event number")
    }
    guard let source = try ledger.source(seq: seq) else { throw ServerError.noSuchEvent(seq) }
    if raw { return Rendered(contentType: Rendered.text, bytes: source.bytes) }
    let view = SourceView(
      chrome: chrome(
        "\(self.name(source.country)) (\(source.country)): document of event #\(seq)", head: head,
        alternates: [Link(href: Paths.eventSource(seq) + "/raw", label: "raw text")]),
      code: source.country, name: self.name(source.country), date: source.date.iso,
      text: String(decoding: source.bytes, as: UTF8.self), rawHref: Paths.eventSource(seq) + "/raw",
      profileHref: nil, timeline: Paths.country(source.country), bytes: source.bytes.count)
    return Rendered(contentType: Rendered.html, body: templates.page("source", view))
  }
}
