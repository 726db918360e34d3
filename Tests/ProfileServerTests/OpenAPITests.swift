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
    let app = Application(
      router: try LedgerSite(ledger: ledger, logger: ServerStore.quietLogger).router())
    try await app.test(.router) { client in
      // The documents the schemas refer to, as a client of the server reads them.
      var checker = JSONSchemaValidator(root: openapi)
      for reference in Self.externalReferences(openapi) {
        let served = try await client.execute(uri: reference, method: .get)
        checker.documents[reference] = try JSONValue.parse(String(buffer: served.body))
      }
      let validator = checker
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

  /// Every `$ref` of `value` to another document than its own.
  static func externalReferences(_ value: JSONValue) -> Set<String> {
    switch value {
    case .object(let members):
      var references = Set(members.values.flatMap(externalReferences))
      if case .string(let reference)? = members["$ref"], !reference.hasPrefix("#") {
        references.insert(reference)
      }
      return references
    case .array(let elements): return Set(elements.flatMap(externalReferences))
    default: return []
    }
  }

  /// A client that fetched `/openapi.json` from the server can resolve every reference in it:
  /// each names a path on the same server, which serves the document of `Schema/`.
  @Test func everyReferenceOfTheDocumentIsServed() async throws {
    let references = Self.externalReferences(try document("openapi.json"))
    #expect(references == ["/changelog.schema.json"])
    let app = Application(
      router: try LedgerSite(ledger: try ServerStore.make(), logger: ServerStore.quietLogger)
        .router())
    try await app.test(.router) { client in
      for reference in references {
        #expect(reference.hasPrefix("/"), "\(reference) is not a path on the server")
        let served = try await client.execute(uri: reference, method: .get)
        #expect(served.status == .ok, "\(reference)")
        #expect(served.headers[.contentType] == "application/json; charset=utf-8")
        let file = try String(
          contentsOf: schemaFolder.appendingPathComponent(String(reference.dropFirst())),
          encoding: .utf8)
        #expect(String(buffer: served.body) == file, "\(reference)")
      }
    }
  }

  /// A client that knows only the document can exercise every operation: each path
  /// parameter has an example, and with them every path names something the test store
  /// holds (as does the store `Scripts/api-check` makes), so that it answers 200.
  @Test func everyPathParameterHasAnExampleThatExists() async throws {
    let openapi = try document("openapi.json")
    guard case .object(let paths)? = JSONSchemaValidator.resolve("#/paths", in: openapi) else {
      Issue.record("no paths")
      return
    }
    let app = Application(
      router: try LedgerSite(ledger: try ServerStore.make(), logger: ServerStore.quietLogger)
        .router())
    try await app.test(.router) { client in
      for (template, _) in paths.sorted(by: { $0.key < $1.key }) {
        let pointer = "#/paths/\(template.replacingOccurrences(of: "/", with: "~1"))/get/parameters"
        guard case .array(let parameters)? = JSONSchemaValidator.resolve(pointer, in: openapi)
        else { continue }
        var uri = template
        for var parameter in parameters {
          if case .object(let members) = parameter, case .string(let reference)? = members["$ref"] {
            parameter = try #require(JSONSchemaValidator.resolve(reference, in: openapi))
          }
          guard case .object(let members) = parameter, members["in"] == .string("path"),
            case .string(let name)? = members["name"]
          else { continue }
          guard case .string(let example)? = members["example"] else {
            Issue.record("\(template): the path parameter \(name) has no example")
            continue
          }
          uri = uri.replacingOccurrences(of: "{\(name)}", with: example)
        }
        let response = try await client.execute(uri: uri, method: .get)
        #expect(response.status == .ok, "\(uri): \(response.status)")
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

  /// Strings around the edges of `yyyy-mm-dd`: days that exist and days that do not (year
  /// 0, 29 February of leap years and others, month 13, day 32), and near misses.
  static let dateSamples: [String] = {
    var samples = [
      "", "2015-1-01", "20150101", "2015-01-01 ", "+2015-01-01", "\u{0662}015-01-01", "2015/01/01",
    ]
    for year in [0, 1, 4, 99, 100, 400, 999, 1000, 1900, 2000, 2015, 2016, 2100, 9999] {
      for month in 0...13 {
        for day in [0, 1, 9, 10, 28, 29, 30, 31, 32] {
          samples.append(
            String(year + 10000).dropFirst() + "-" + String(month + 100).dropFirst() + "-"
              + String(day + 100).dropFirst())
        }
      }
    }
    return samples
  }()

  /// The schema of `parameter` in the document, following a reference.
  func parameterSchema(_ parameter: String, in openapi: JSONValue) throws -> [String: JSONValue] {
    var schema = try #require(
      JSONSchemaValidator.resolve("#/components/parameters/\(parameter)/schema", in: openapi))
    if case .object(let members) = schema, case .string(let reference)? = members["$ref"] {
      schema = try #require(JSONSchemaValidator.resolve(reference, in: openapi))
    }
    guard case .object(let members) = schema else { throw CocoaError(.coderInvalidValue) }
    return members
  }

  /// A date the document admits is one the server takes, and only such: every date parameter
  /// is a `format: date` whose pattern leaves out days that do not exist, year 0 among them.
  @Test func theDocumentAdmitsExactlyTheDatesTheServerTakes() throws {
    let openapi = try document("openapi.json")
    for parameter in ["date", "from", "to", "since", "until"] {
      let schema = try parameterSchema(parameter, in: openapi)
      #expect(schema["format"] == .string("date"), "\(parameter)")
      guard case .string(let pattern)? = schema["pattern"] else {
        Issue.record("\(parameter) has no pattern")
        continue
      }
      for sample in Self.dateSamples {
        let admitted = sample.range(of: pattern, options: .regularExpression) != nil
        #expect(admitted == (ProfileDate(iso: sample) != nil), "\(parameter): '\(sample)'")
      }
    }
  }

  /// `known-at` as the document describes it is what the server reads: a date, a UTC time to
  /// the microsecond, or an event number from 1.
  @Test func theDocumentAdmitsExactlyTheKnownAtTheServerTakes() throws {
    let schema = try parameterSchema("knownAt", in: try document("openapi.json"))
    guard case .string(let pattern)? = schema["pattern"] else {
      Issue.record("known-at has no pattern")
      return
    }
    let times = [
      "T00:00:00Z", "T23:59:59Z", "T16:00:00.5Z", "T16:00:00.123456Z", "T16:00:00.1234567Z",
      "T24:00:00Z", "T23:60:00Z", "T23:59:60Z", "T16:00:00+00:00", "T16:00:00", "t16:00:00z",
      "T16:00Z", "T1:00:00Z",
    ]
    let samples =
      Self.dateSamples + Self.dateSamples.prefix(200).flatMap { date in times.map { date + $0 } }
      + [
        "1", "42", "007", "0", "00", "+3", "-1", " 1", "1.0", "123456789012345678", "noon",
        "\u{0661}",
      ]
    for sample in samples {
      let admitted = sample.range(of: pattern, options: .regularExpression) != nil
      #expect(admitted == (KnownAt(parsing: sample) != nil), "'\(sample)'")
    }
  }

  @Test func theValidatorChecksDatesAndRefusesOtherFormats() throws {
    let validator = JSONSchemaValidator(root: .object([:]))
    let date = JSONValue.object(["type": .string("string"), "format": .string("date")])
    #expect(validator.errors(.string("2016-02-29"), against: date).isEmpty)
    #expect(
      validator.errors(.string("2015-02-29"), against: date) == ["$: '2015-02-29' is not a date"])
    let email = JSONValue.object(["type": .string("string"), "format": .string("email")])
    #expect(!validator.errors(.string("a@b.c"), against: email).isEmpty)
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
