import DiffEngine
import EventStore
import Hummingbird
import LedgerModel
import ProfileModel
import Reports

/// The JSON API: each route answers what the command of the same name prints with
/// `--format json`, described by `Schema/openapi.json` (served at `/openapi.json`, with the
/// changelog's schema it refers to at `/changelog.schema.json`).
extension LedgerSite {
  func addAPI(to router: Router<BasicRequestContext>) {
    for document in ["openapi.json", "changelog.schema.json"] {
      get(RouterPath("/" + document), on: router, as: .document) { _ in
        Rendered(contentType: Rendered.json, body: ServerResources.file(document) ?? "{}")
      }
    }
    let api = router.group("/api")
    get("/countries", on: api, as: .api) { _ in
      Rendered(contentType: Rendered.json, body: JSON.encode(try self.ledger.countries()))
    }
    get("/countries/{country}/history", on: api, as: .api) { call in
      let (code, _) = try self.recordedCountry(try call.path("country"))
      return Rendered(
        contentType: Rendered.json, body: JSON.encode(try self.ledger.history(country: code)))
    }
    get("/countries/{country}/profile", "/countries/{country}/profile/{date}", on: api, as: .api) {
      call in
      try self.profileJSON(
        try call.path("country"), date: call.optionalPath("date"), query: call.query)
    }
    get("/countries/{country}/diff/{from}/{to}", on: api, as: .api) { call in
      let compared = try self.comparison(
        try call.path("country"), from: try call.path("from"), to: try call.path("to"))
      return Rendered(contentType: Rendered.json, body: try compared.report.json())
    }
    get("/countries/{country}/blame", "/countries/{country}/blame/{date}", on: api, as: .api) {
      call in
      let (_, _, date, blame) = try self.blame(
        try call.path("country"), date: call.optionalPath("date"))
      return Rendered(
        contentType: Rendered.json,
        body: try BlameReport(blame, asOf: date, format: self.format).json())
    }
    get("/countries/{country}/progress", on: api, as: .api) { call in
      let (code, _) = try self.recordedCountry(try call.path("country"))
      return try self.progressJSON(call.query, countries: [code])
    }
    get("/changelog", on: api, as: .api) { call in
      let changelog = try self.changelog(try self.changelogQuery(call.query))
      return Rendered(contentType: Rendered.json, bytes: changelog.jsonBytes())
    }
    get("/progress", on: api, as: .api) { call in
      try self.progressJSON(call.query, countries: try call.query.countries())
    }
    get("/reviews", on: api, as: .api) { call in
      Rendered(
        contentType: Rendered.json,
        body: try self.reviewQueue(
          try call.query.countries(), warnings: try call.query.flag("warnings")
        ).json())
    }
  }

  /// The profile in effect on `date` (default: the latest), as known at `known-at`: the
  /// canonical JSON `profiles show --format json` prints, with the reviewed status and items
  /// of each indicator a review stands on (as known at `known-at`) and the review beside
  /// them (see ``ReviewedProfileJSON``). A profile no review stands on is the reading's
  /// canonical JSON byte for byte.
  func profileJSON(_ name: String, date text: String?, query: Query) throws -> Rendered {
    let (code, _) = try recordedCountry(name)
    let date = try text.map { try RequestValues.date($0, parameter: "date") }
    // A time, or an event number: the store just after that event.
    let known = try query.knownAt()
    guard let stored = try ledger.profile(country: code, asOf: date, known: known) else {
      var detail = "no revision in effect"
      if let date { detail += " on \(date.iso)" }
      if known != nil, let knownAt = try query.value("known-at") {
        detail += " as known at \(knownAt)"
      }
      throw ServerError.notRecorded(country: code, detail: detail)
    }
    return Rendered(
      contentType: Rendered.json,
      bytes: try CanonicalJSON.encode(ReviewedProfileJSON(stored), pretty: true))
  }

  /// The progress report `request` asks for, of `countries`, as JSON.
  func progressJSON(_ query: Query, countries: [String]) throws -> Rendered {
    Rendered(
      contentType: Rendered.json,
      bytes: try progressReport(query, countries: countries).report.jsonBytes())
  }
}
