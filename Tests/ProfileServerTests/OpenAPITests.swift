import EventStore
import Foundation
import Hummingbird
import HummingbirdTesting
import LedgerModel
import ProfileModel
import ProfileServer
import ProfileTestSupport
import Testing

/// The JSON API against `Schema/openapi.json`: every route's real responses, 200s and errors,
/// checked against the schema the document gives for that route and status.
@Suite struct OpenAPITests {
  let schemaFolder = SourceTree.root().appendingPathComponent("Schema")

  func document(_ name: String) throws -> JSONValue {
    try JSONValue.parse(
      String(
        decoding: try Data(contentsOf: schemaFolder.appendingPathComponent(name)), as: UTF8.self))
  }

  /// A request, the path template it answers to in the document, and the status expected.
  static let requests: [(uri: String, template: String, status: Int)] = [
    ("/api/countries", "/api/countries", 200),
    ("/api/countries/BLZ/history", "/api/countries/{country}/history", 200),
    ("/api/countries/belize/history", "/api/countries/{country}/history", 200),
    ("/api/countries/XYZ/history", "/api/countries/{country}/history", 404),
    ("/api/countries/BLZ/profile", "/api/countries/{country}/profile", 200),
    (
      "/api/countries/BLZ/profile?known-at=2025-06-15T16:00:00Z",
      "/api/countries/{country}/profile", 200
    ),
    ("/api/countries/BLZ/profile/2015-12-31", "/api/countries/{country}/profile/{date}", 200),
    ("/api/countries/BLZ/profile/2001-01-01", "/api/countries/{country}/profile/{date}", 404),
    ("/api/countries/BLZ/profile/2001-13-01", "/api/countries/{country}/profile/{date}", 400),
    (
      "/api/countries/BLZ/diff/2015-03-02/2016-06-01",
      "/api/countries/{country}/diff/{from}/{to}", 200
    ),
    (
      "/api/countries/BLZ/diff/2016-06-01/2015-03-02",
      "/api/countries/{country}/diff/{from}/{to}", 400
    ),
    ("/api/countries/BLZ/blame", "/api/countries/{country}/blame", 200),
    ("/api/countries/BLZ/blame/2015-10-01", "/api/countries/{country}/blame/{date}", 200),
    ("/api/countries/BLZ/blame/1999-10-01", "/api/countries/{country}/blame/{date}", 404),
    ("/api/countries/BLZ/progress", "/api/countries/{country}/progress", 200),
    (
      "/api/countries/BLZ/progress?since=2015-06-01&pillar=technical",
      "/api/countries/{country}/progress", 200
    ),
    ("/api/changelog", "/api/changelog", 200),
    ("/api/changelog?since=2015-01-01&until=2016-12-31", "/api/changelog", 200),
    ("/api/changelog?since=2015-01-01&country=BLZ&country=belize", "/api/changelog", 200),
    ("/api/changelog?since=2016-01-01&until=2015-01-01", "/api/changelog", 400),
    ("/api/progress", "/api/progress", 200),
    ("/api/progress?since=2015-06-01&until=2016-12-31&country=BLZ", "/api/progress", 200),
    ("/api/progress?pillar=nothing", "/api/progress", 400),
    ("/api/reviews", "/api/reviews", 200),
    ("/api/reviews?country=BLZ&country=JAM", "/api/reviews", 200),
    ("/api/reviews?country=XYZ", "/api/reviews", 404),
    ("/api/reviews?warnings=yes", "/api/reviews", 400),
    ("/api/countries/BLZ/progress?pillar=LEGAL", "/api/countries/{country}/progress", 400),
    ("/api/countries/BLZ/progress?since=", "/api/countries/{country}/progress", 400),
  ]

  /// Requests to a store where reviews stand (`ServerStore.reviewed()`): reviewed readings
  /// in profiles, counts in the history, entries in the queue.
  static let reviewedRequests: [(uri: String, template: String, status: Int)] = [
    ("/api/countries/BLZ/profile", "/api/countries/{country}/profile", 200),
    ("/api/countries/BLZ/profile/2015-03-02", "/api/countries/{country}/profile/{date}", 200),
    (
      "/api/countries/BLZ/profile/2015-03-02?known-at=2025-06-15T16:00:00Z",
      "/api/countries/{country}/profile/{date}", 200
    ),
    ("/api/countries/BLZ/history", "/api/countries/{country}/history", 200),
    (
      "/api/countries/BLZ/diff/2015-03-02/2015-09-14",
      "/api/countries/{country}/diff/{from}/{to}", 200
    ),
    ("/api/reviews", "/api/reviews", 200),
    ("/api/reviews?country=BLZ", "/api/reviews", 200),
  ]

  @Test func everyResponseMatchesTheDocument() async throws {
    try await check(Self.requests, on: try ServerStore.make())
  }

  @Test func responsesWithReviewsMatchTheDocument() async throws {
    try await check(Self.reviewedRequests, on: try ServerStore.reviewed())
  }

  /// Each of `requests` to a site over `ledger`: its status, and its body against the schema
  /// the document gives for its route and status.
  func check(_ requests: [(uri: String, template: String, status: Int)], on ledger: Ledger)
    async throws
  {
    let openapi = try document("openapi.json")
    var checker = JSONSchemaValidator(root: openapi)
    checker.documents["changelog.schema.json"] = try document("changelog.schema.json")
    let validator = checker
    let app = Application(
      router: try LedgerSite(ledger: ledger, logger: ServerStore.quietLogger).router())
    try await app.test(.router) { client in
      for request in requests {
        let response = try await client.execute(uri: request.uri, method: .get)
        #expect(Int(response.status.code) == request.status, "\(request.uri): \(response.status)")
        #expect(response.headers[.contentType] == "application/json; charset=utf-8")
        // The operation's response for the status, following a reference to a shared one.
        let pointer =
          "#/paths/\(request.template.replacingOccurrences(of: "/", with: "~1"))/get/responses/\(request.status)"
        var described = try #require(
          JSONSchemaValidator.resolve(pointer, in: openapi), "\(pointer) is not in the document")
        if case .object(let members) = described, case .string(let reference)? = members["$ref"] {
          described = try #require(JSONSchemaValidator.resolve(reference, in: openapi))
        }
        let schema = try #require(
          JSONSchemaValidator.resolve("#/content/application~1json/schema", in: described))
        let value = try JSONValue.parse(String(buffer: response.body))
        let errors = validator.errors(value, against: schema)
        #expect(errors.isEmpty, "\(request.uri): \(errors.prefix(5))")
      }
    }
  }

  @Test func everyOperationIsExercised() throws {
    let openapi = try document("openapi.json")
    guard case .object(let paths)? = JSONSchemaValidator.resolve("#/paths", in: openapi) else {
      Issue.record("no paths")
      return
    }
    let exercised = Set(Self.requests.map(\.template))
    #expect(Set(paths.keys) == exercised)
  }

  @Test func theAPIAnswersAsTheCommandsDo() async throws {
    let ledger = try ServerStore.make()
    let app = Application(
      router: try LedgerSite(ledger: ledger, logger: ServerStore.quietLogger).router())
    try await app.test(.router) { client in
      let countries = try await client.execute(uri: "/api/countries", method: .get)
      let decoded = try JSONDecoder().decode(
        [CountrySummary].self, from: Data(countries.body.readableBytesView))
      #expect(decoded == (try ledger.countries()))
      let profile = try await client.execute(
        uri: "/api/countries/BLZ/profile/2015-09-14", method: .get)
      let stored = try #require(
        try ledger.profile(country: "BLZ", asOf: ProfileDate(iso: "2015-09-14")))
      let canonical = try CanonicalJSON.encode(stored.profile, pretty: true)
      #expect(String(buffer: profile.body) == String(decoding: canonical, as: UTF8.self))
    }
  }
}
