import DiffEngine
import EventStore
import Hummingbird
import LedgerModel
import ProfileModel
import Reports

/// The JSON API: each route answers what the command of the same name prints with
/// `--format json`, described by `Schema/openapi.json`.
extension LedgerSite {
  func addAPI(to router: Router<BasicRequestContext>) {
    let api = router.group("/api")
    api.get("/countries") { request, _ in
      try self.respond(request, kind: .api) { _ in
        Rendered(contentType: Rendered.json, body: JSON.encode(try self.ledger.countries()))
      }
    }
    api.get("/countries/{country}/history") { request, context in
      try self.respond(request, kind: .api) { _ in
        let (code, _) = try self.recordedCountry(try context.parameters.require("country"))
        return Rendered(
          contentType: Rendered.json, body: JSON.encode(try self.ledger.history(country: code)))
      }
    }
    api.get("/countries/{country}/profile") { request, context in
      try self.respond(request, kind: .api) { _ in
        try self.profileJSON(try context.parameters.require("country"), date: nil, request: request)
      }
    }
    api.get("/countries/{country}/profile/{date}") { request, context in
      try self.respond(request, kind: .api) { _ in
        try self.profileJSON(
          try context.parameters.require("country"), date: try context.parameters.require("date"),
          request: request)
      }
    }
    api.get("/countries/{country}/diff/{from}/{to}") { request, context in
      try self.respond(request, kind: .api) { _ in
        try self.diffJSON(
          try context.parameters.require("country"), from: try context.parameters.require("from"),
          to: try context.parameters.require("to"))
      }
    }
    api.get("/countries/{country}/blame") { request, context in
      try self.respond(request, kind: .api) { _ in
        try self.blameJSON(try context.parameters.require("country"), date: nil)
      }
    }
    api.get("/countries/{country}/blame/{date}") { request, context in
      try self.respond(request, kind: .api) { _ in
        try self.blameJSON(
          try context.parameters.require("country"), date: try context.parameters.require("date"))
      }
    }
    api.get("/countries/{country}/progress") { request, context in
      try self.respond(request, kind: .api) { _ in
        let (code, _) = try self.recordedCountry(try context.parameters.require("country"))
        return try self.progressJSON(request, countries: [code])
      }
    }
    api.get("/changelog") { request, _ in
      try self.respond(request, kind: .api) { _ in
        let query = try self.changelogQuery(request)
        let changes = try self.ledger.changes(
          since: query.since, until: query.until, countries: query.countries)
        let changelog = Changelog(
          changes, since: query.since, until: query.until, format: self.format)
        return Rendered(contentType: Rendered.json, bytes: changelog.jsonBytes())
      }
    }
    api.get("/progress") { request, _ in
      try self.respond(request, kind: .api) { _ in
        try self.progressJSON(request, countries: try RequestValues.countries(request))
      }
    }
  }

  /// The profile in effect on `date` (default: the latest), as known at `known-at`: the
  /// canonical JSON `profiles show --format json` prints.
  func profileJSON(_ name: String, date text: String?, request: Request) throws -> Rendered {
    let (code, _) = try recordedCountry(name)
    let date = try text.map { try RequestValues.date($0, parameter: "date") }
    var knownAt: String?
    if let text = request.uri.queryParameters.get("known-at"), !text.isEmpty {
      knownAt = try LedgerSite.normalizeTime(text)
    }
    guard let stored = try ledger.profile(country: code, asOf: date, knownAt: knownAt) else {
      var detail = "no revision in effect"
      if let date { detail += " on \(date.iso)" }
      if let knownAt { detail += " as known at \(knownAt)" }
      throw ServerError.notRecorded(country: code, detail: detail)
    }
    return Rendered(
      contentType: Rendered.json, bytes: try CanonicalJSON.encode(stored.profile, pretty: true))
  }

  /// `2026-01-31` (the end of that day), `2026-01-31T12:00:00Z` or with fractional seconds,
  /// in the store's form `2026-01-31T12:00:00.000000Z`.
  static func normalizeTime(_ text: String) throws -> String {
    if ProfileDate(iso: text) != nil { return text + "T23:59:59.999999Z" }
    let pattern = /^(\d{4}-\d{2}-\d{2})T(\d{2}:\d{2}:\d{2})(\.\d{1,6})?Z$/
    guard let match = text.wholeMatch(of: pattern), ProfileDate(iso: match.1) != nil else {
      throw ServerError.badParameter(
        parameter: "known-at", value: text, expected: "a UTC time (e.g. 2026-01-31T12:00:00Z)")
    }
    var fraction = String(match.3?.dropFirst() ?? "")
    fraction += String(repeating: "0", count: 6 - fraction.count)
    return "\(match.1)T\(match.2).\(fraction)Z"
  }

  func diffJSON(_ name: String, from: String, to: String) throws -> Rendered {
    let (code, revisions) = try recordedCountry(name)
    let fromDate = try RequestValues.date(from, parameter: "from")
    let toDate = try RequestValues.date(to, parameter: "to")
    if fromDate > toDate {
      throw ServerError.reversedRange(from: "from \(fromDate.iso)", to: "to \(toDate.iso)")
    }
    let older = try revision(on: fromDate, in: revisions, country: code)
    let newer = try revision(on: toDate, in: revisions, country: code)
    let diff = ProfileDiff(
      from: try stored(older, country: code), to: try stored(newer, country: code))
    let report = DiffReport(country: code, from: older, to: newer, diff: diff, format: format)
    return Rendered(contentType: Rendered.json, body: try report.json())
  }

  func blameJSON(_ name: String, date text: String?) throws -> Rendered {
    let (code, revisions) = try recordedCountry(name)
    let date = try text.map { try RequestValues.date($0, parameter: "date") }
    guard let blame = try ledger.blame(country: code, asOf: date) else {
      throw ServerError.notRecorded(
        country: code,
        detail:
          "no revision in effect on \(date?.iso ?? "-") (the first is dated \(revisions[0].effectiveDate.iso))"
      )
    }
    return Rendered(
      contentType: Rendered.json, body: try BlameReport(blame, asOf: date, format: format).json())
  }

  func progressJSON(_ request: Request, countries: [String]) throws -> Rendered {
    let (since, until) = try RequestValues.range(request)
    let pillar = try RequestValues.pillar(request)
    let series = try ledger.statusSeries(since: since, until: until, countries: countries)
    let report = ProgressReport(series, since: since, until: until, pillar: pillar, format: format)
    return Rendered(contentType: Rendered.json, body: report.json())
  }
}
