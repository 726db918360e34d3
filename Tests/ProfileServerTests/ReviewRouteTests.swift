import EventStore
import Foundation
import Hummingbird
import HummingbirdTesting
import LedgerModel
import ProfileModel
import ProfileServer
import ProfileTestSupport
import Testing

/// Reviews on the site: pages and the API show the reviewed statuses and items, say who
/// reviewed, when, in which event, why, and what the reader read; the review queue lists what
/// no review stands on yet. The store is `ServerStore.reviewDocuments()`.
@Suite struct ReviewRouteTests {
  /// Runs `body` with a client of a site over `ledger`.
  func withSite(
    _ ledger: Ledger, _ body: @Sendable (any TestClientProtocol) async throws -> Void
  ) async throws {
    let site = try LedgerSite(ledger: ledger, logger: ServerStore.quietLogger)
    try await Application(router: site.router()).test(.router) { client in
      try await body(client)
    }
  }

  /// A validator of `Schema/openapi.json` and its schema `name`.
  static func schema(_ name: String) throws -> (JSONSchemaValidator, JSONValue) {
    let openapi = try JSONValue.parse(
      String(
        contentsOf: SourceTree.root().appendingPathComponent("Schema/openapi.json"),
        encoding: .utf8))
    let schema = try #require(
      JSONSchemaValidator.resolve("#/components/schemas/\(name)", in: openapi))
    return (JSONSchemaValidator(root: openapi), schema)
  }

  func get(_ client: any TestClientProtocol, _ uri: String) async throws -> String {
    let response = try await client.execute(uri: uri, method: .get)
    #expect(response.status == .ok, "\(uri): \(response.status)")
    return String(buffer: response.body)
  }

  /// The part of `page` from the element whose id is `id` to the end of its row (or
  /// section): what the page says of one indicator.
  static func element(_ id: String, in page: String, until end: String = "</tr>") -> String? {
    guard let start = page.range(of: "id=\"\(id)\"") else { return nil }
    let rest = page[start.lowerBound...]
    guard let close = rest.range(of: end) else { return String(rest) }
    return String(rest[..<close.upperBound])
  }

  // MARK: Pages

  @Test func theProfilePageShowsTheReviewedReadingAndWhoReviewedIt() async throws {
    let ledger = try ServerStore.makeForReview()
    let cirt = try ServerStore.reviewCIRT(ledger)
    let standards = try ServerStore.reviewStandards(ledger)
    let march = try #require(try ledger.profile(country: "BLZ", asOf: ServerStore.march))
    #expect(march.profile.indicator("1.2.1")?.status == .absent)
    let machineStandards = try #require(march.profile.indicator("1.2.2")?.status)
    try await withSite(ledger) { client in
      let page = try await get(client, "/countries/BLZ/profile/2015-03-02")
      let row = try #require(Self.element("indicator-1.2.1", in: page), "no row for 1.2.1")
      // The reviewed status and items in the reading's place, marked, with the reader's.
      #expect(row.contains("<span class=\"status status-partial\">partial</span>"))
      #expect(!row.contains("status-absent\">absent</span>"))
      #expect(row.contains("reviewed; read as absent"))
      #expect(row.contains("<div>• CERT-BZ</div>"))
      #expect(row.contains("the reader read absent: no items"))
      // Who, when, in which event, and why: visible, not behind a click.
      #expect(
        row.contains(
          "reviewed by alice at \(cirt.recordedAt) (event #\(cirt.seq)): "
            + "<q class=\"note\">The CIRT was being set up in March: partial.</q>"))
      #expect(page.contains("2 indicators reviewed, shown in place of the reader"))
      // The scores count the reviewed statuses: the page's differ from the reader's.
      let standardsRow = try #require(Self.element("indicator-1.2.2", in: page))
      #expect(standardsRow.contains("status-absent\">absent</span>"))
      #expect(standardsRow.contains("reviewed; read as \(machineStandards.rawValue)"))
      #expect(standardsRow.contains("reviewed by bob at \(standards.recordedAt)"))
      // A reviewed reading is no longer flagged for review; one not reviewed still is.
      #expect(!standardsRow.contains("<span class=\"review\""))
      let certification = try #require(Self.element("indicator-1.2.3", in: page))
      #expect(certification.contains("<span class=\"review\""))
      #expect(!certification.contains("reviewed by"))

      // September reads 1.2.2 the same: the March review stands on it, and says so.
      let september = try await get(client, "/countries/BLZ/profile/2015-09-14")
      let carried = try #require(Self.element("indicator-1.2.2", in: september))
      #expect(carried.contains("status-absent\">absent</span>"))
      #expect(
        carried.contains(
          "a review of <a href=\"/countries/BLZ/profile/2015-03-02#indicator-1.2.2\">event #1, "
            + "dated 2015-03-02</a>"))
      // September's 1.2.1 was not reviewed: the reader's reading, unmarked.
      let cirtInSeptember = try #require(Self.element("indicator-1.2.1", in: september))
      #expect(cirtInSeptember.contains("status-present\">present</span>"))
      #expect(!cirtInSeptember.contains("reviewed"))
    }
  }

  @Test func theDiffComparesTheReviewedReadingsAndMarksThem() async throws {
    let ledger = try ServerStore.reviewed()
    try await withSite(ledger) { client in
      let page = try await get(client, "/countries/BLZ/diff/2015-03-02/2015-09-14")
      let change = try #require(
        Self.element("indicator-1.2.1", in: page, until: "</section>"), "1.2.1 did not change")
      #expect(change.contains("partial → present"))
      #expect(change.contains("status-partial\">partial</span> 2015-03-02"))
      #expect(change.contains("reviewed; read as absent"))
      #expect(change.contains("reviewed by alice at"))
      #expect(change.contains("The CIRT was being set up in March: partial."))
      // Every reviewed reading of either side is listed, changed or not.
      let reviews = try #require(Self.element("reviews", in: page, until: "</div>"))
      #expect(reviews.contains("/countries/BLZ/profile/2015-03-02#indicator-1.2.1"))
      #expect(reviews.contains("/countries/BLZ/profile/2015-03-02#indicator-1.2.2"))
      #expect(reviews.contains("/countries/BLZ/profile/2015-09-14#indicator-1.2.2"))
      #expect(!reviews.contains("/countries/BLZ/profile/2015-09-14#indicator-1.2.1"))

      // The API's diff compares the reviewed readings too, as `profiles diff` does.
      let api = try await get(client, "/api/countries/BLZ/diff/2015-03-02/2015-09-14")
      #expect(api.contains("\"partial\""))

      // A review of the newer side is marked on that side.
      let confirmation = try ServerStore.confirmCIRT(ledger)
      let confirmed = try await get(client, "/countries/BLZ/diff/2015-03-02/2015-09-14")
      let after = try #require(
        Self.element("indicator-1.2.1", in: confirmed, until: "</section>")?
          .components(separatedBy: "<div class=\"after\">").last)
      #expect(after.contains("status-present\">present</span> 2015-09-14"))
      #expect(after.contains("confirmed; read as present"))
      #expect(
        after.contains(
          "confirmed by carol at \(confirmation.recordedAt) (event #\(confirmation.seq)): "
            + "<q class=\"note\">CERT-BZ is named.</q>"))
    }
    // Without reviews the same diff reads absent → present, unmarked.
    try await withSite(try ServerStore.makeForReview()) { client in
      let page = try await get(client, "/countries/BLZ/diff/2015-03-02/2015-09-14")
      let change = try #require(Self.element("indicator-1.2.1", in: page, until: "</section>"))
      #expect(change.contains("absent → present"))
      #expect(!page.contains("class=\"badge reviewed\"") && !page.contains("reviewed by"))
      #expect(!page.contains("id=\"reviews\""))
    }
  }

  @Test func theTimelineCountsTheReviewedIndicators() async throws {
    try await withSite(try ServerStore.reviewed()) { client in
      let page = try await get(client, "/countries/BLZ")
      let march = try #require(Self.element("event-1", in: page, until: "</li>"))
      let september = try #require(Self.element("event-2", in: page, until: "</li>"))
      #expect(march.contains("<span class=\"reviewed-count\">2 reviewed</span>"))
      #expect(september.contains("<span class=\"reviewed-count\">1 reviewed</span>"))
    }
    try await withSite(try ServerStore.makeForReview()) { client in
      let page = try await get(client, "/countries/BLZ")
      #expect(!page.contains("reviewed-count"))
    }
  }

  @Test func theBlamePageMarksTheReviewedReadings() async throws {
    // September's 1.2.2 reads as March's, which bob reviewed: absent, reviewed.
    try await withSite(try ServerStore.reviewed()) { client in
      let page = try await get(client, "/countries/BLZ/blame")
      let rows = page.components(separatedBy: "<tr>").filter { $0.contains("STANDARDS") }
      let row = try #require(rows.first)
      #expect(row.contains("<span class=\"review\""))
      #expect(row.contains("reviewed by bob (event #"))
      #expect(row.contains("No framework is approved: absent."))
      #expect(
        !page.components(separatedBy: "<tr>").contains {
          $0.contains("CERTIFICATION") && $0.contains("reviewed by")
        })
    }
  }

  @Test func theChangelogPageMarksReviewedChanges() async throws {
    // September's 1.2.1 (present, CERT-BZ) confirmed by carol: the change into it is marked.
    let ledger = try ServerStore.makeForReview()
    try ServerStore.confirmCIRT(ledger)
    try await withSite(ledger) { client in
      let page = try await get(client, "/changelog?since=2015-01-01&until=2016-12-31&country=BLZ")
      #expect(page.contains("<span class=\"badge reviewed\""))
      #expect(page.contains("reviewed by carol (event #"))
      #expect(page.contains("; read as present): CERT-BZ is named."))
      let progress = try await get(client, "/countries/BLZ/progress")
      #expect(progress.contains("reviewed by carol (event #"))
    }
  }

  @Test func theQueueListsTheReadersWarningsWhenAsked() async throws {
    let ledger = try ServerStore.makeForReview()
    let mojibake = String(
      decoding: try Data(
        contentsOf: SourceTree.root().appendingPathComponent(
          "Tests/ProfileParsingTests/Fixtures/mojibake.txt")), as: UTF8.self)
    try TestStore.record(mojibake, in: ledger, index: 10)
    let (validator, schema) = try Self.schema("ReviewQueue")
    try await withSite(ledger) { client in
      let plain = try await get(client, "/api/reviews")
      #expect(!plain.contains(#""reason": "warning""#))
      let body = try await get(client, "/api/reviews?warnings=1")
      #expect(body.contains(#""reason": "warning""#))
      let value = try JSONValue.parse(body)
      #expect(
        validator.errors(value, against: schema).isEmpty,
        "\(validator.errors(value, against: schema))")
      let page = try await get(client, "/reviews?warnings=1")
      #expect(page.contains("warning at line"))
      #expect(!(try await get(client, "/reviews")).contains("warning at line"))
    }
  }

  // MARK: API

  @Test func theAPIProfileCarriesAFiguresReview() async throws {
    let ledger = try ServerStore.makeForReview()
    let review = try ledger.review(
      country: "BLZ", date: ServerStore.march, subject: .figure("population"),
      verdict: .revalued("330000"), reviewer: "dan", note: "UN table",
      recordedAt: TestStore.recordedAt(60))
    let (validator, schema) = try Self.schema("Profile")
    try await withSite(ledger) { client in
      let value = try JSONValue.parse(
        try await get(client, "/api/countries/BLZ/profile/2015-03-02"))
      #expect(
        validator.errors(value, against: schema).isEmpty,
        "\(validator.errors(value, against: schema))")
      guard case .object(let members) = value, case .array(let figures)? = members["figures"],
        case .object(let population)? = figures.first
      else {
        Issue.record("no figures: \(value)")
        return
      }
      #expect(population["value"] == .string("330000"))
      guard case .object(let mark)? = population["review"] else {
        Issue.record("the population carries no review: \(population)")
        return
      }
      #expect(mark["machineValue"] == .string("324000") && mark["reviewer"] == .string("dan"))
      #expect(mark["event"] == .number(Double(review.seq)))
      // The page shows the reviewed value, marked, with the reader's.
      let page = try await get(client, "/countries/BLZ/profile/2015-03-02")
      let table = try #require(Self.element("figures", in: page, until: "</table>"))
      #expect(table.contains("330 000 <span class=\"badge reviewed\""))
      #expect(table.contains("reviewed by dan at "))
      #expect(table.contains("; read as 324 000: UN table"))
    }
  }

  @Test func theAPIProfileCarriesTheReviewBesideTheReadersReading() async throws {
    let ledger = try ServerStore.makeForReview()
    let cirt = try ServerStore.reviewCIRT(ledger)
    let (validator, schema) = try Self.schema("Profile")
    try await withSite(ledger) { client in
      let body = try await get(client, "/api/countries/BLZ/profile/2015-03-02")
      let value = try JSONValue.parse(body)
      #expect(validator.errors(value, against: schema).isEmpty)
      let indicator = try #require(Self.indicator("1.2.1", in: value))
      #expect(indicator["status"] == .string("partial"))
      #expect(indicator["items"] == .array([.string("CERT-BZ")]))
      guard case .object(let review)? = indicator["review"] else {
        Issue.record("1.2.1 carries no review: \(indicator)")
        return
      }
      #expect(
        review == [
          "reviewer": .string("alice"), "note": .string(cirt.note),
          "recordedAt": .string(cirt.recordedAt), "event": .number(Double(cirt.seq)),
          "revision": .number(1), "action": .string("set"),
          "machineStatus": .string("absent"), "machineItems": .array([]),
        ])
      // Only reviewed indicators carry one.
      #expect(Self.indicator("1.2.2", in: value)?["review"] == nil)

      // Known at a time before the review: the reader's reading, as it was then.
      let before = try await get(
        client, "/api/countries/BLZ/profile/2015-03-02?known-at=2025-06-15T15:30:00Z")
      let stored = try #require(try ledger.profile(country: "BLZ", asOf: ServerStore.march))
      #expect(
        before
          == String(decoding: try CanonicalJSON.encode(stored.profile, pretty: true), as: UTF8.self)
      )
      #expect(body != before)
      // Just after event 2, the September revision, before the review (event 3): the same.
      #expect(try await get(client, "/api/countries/BLZ/profile/2015-03-02?known-at=2") == before)
      #expect(
        try await get(client, "/api/countries/BLZ/profile/2015-03-02?known-at=\(cirt.seq)") == body)
    }
  }

  /// The reading of `id` in a profile's JSON.
  static func indicator(_ id: String, in profile: JSONValue) -> [String: JSONValue]? {
    guard case .object(let members) = profile, case .array(let indicators)? = members["indicators"]
    else { return nil }
    for case .object(let indicator) in indicators where indicator["id"] == .string(id) {
      return indicator
    }
    return nil
  }

  // MARK: The queue

  @Test func theQueueListsMarkedReadingsUntilAReviewStandsOnThem() async throws {
    let ledger = try ServerStore.makeForReview()
    try await withSite(ledger) { client in
      let page = try await get(client, "/reviews")
      #expect(page.contains("<h1>Review queue</h1>"))
      // Both revisions' 1.2.2, oldest first, each linked to its row in the revision's page.
      let march = try #require(Self.element("queue-1-1.2.2", in: page), "March's 1.2.2")
      #expect(march.contains("href=\"/countries/BLZ/profile/2015-03-02#indicator-1.2.2\""))
      #expect(march.contains("marked: "))
      let september = try #require(Self.element("queue-2-1.2.2", in: page), "September's")
      #expect(september.contains("href=\"/countries/BLZ/profile/2015-09-14#indicator-1.2.2\""))
      let (first, second) = (
        try #require(page.range(of: "id=\"queue-1-1.2.2\"")),
        try #require(page.range(of: "id=\"queue-2-1.2.2\""))
      )
      #expect(first.lowerBound < second.lowerBound)
      #expect(page.contains("id=\"queue-1-1.2.3\""))
      let api = try await get(client, "/api/reviews?country=BLZ")
      #expect(api.contains("1.2.2") && api.contains("2015-09-14"))

      // Filtered to another country: nothing. An unknown one: not found.
      let jamaica = try await get(client, "/reviews?country=JAM")
      #expect(jamaica.contains("Nothing to review."))
      #expect(!jamaica.contains("queue-1-1.2.2"))
      let unknown = try await client.execute(uri: "/reviews?country=XYZ", method: .get)
      #expect(unknown.status == .notFound)

      // A review of March's 1.2.2 stands on September's too: both leave the queue.
      try ServerStore.reviewStandards(ledger)
      let after = try await get(client, "/reviews")
      #expect(!after.contains("queue-1-1.2.2"))
      #expect(!after.contains("queue-2-1.2.2"))
      #expect(after.contains("id=\"queue-1-1.2.3\""))
      let filtered = try await get(client, "/reviews?country=belize")
      #expect(!filtered.contains("queue-1-1.2.2") && filtered.contains("queue-1-1.2.3"))
      let afterAPI = try await get(client, "/api/reviews")
      #expect(!afterAPI.contains("1.2.2") && afterAPI.contains("1.2.3"))
    }
  }

  @Test func everyPageLinksTheQueue() async throws {
    try await withSite(try ServerStore.makeForReview()) { client in
      for uri in ["/", "/countries/BLZ", "/reviews", "/no/such/page"] {
        let body = String(buffer: try await client.execute(uri: uri, method: .get).body)
        #expect(body.contains("<a href=\"/reviews\">Reviews</a>"), "\(uri)")
      }
    }
  }

  // MARK: Caching

  /// A review is an event: the head moves, so cached pages and ETags of the reading it stands
  /// on are not served again.
  @Test func aReviewMovesTheHeadSoNoCachedPageHidesIt() async throws {
    let ledger = try ServerStore.makeForReview()
    try await withSite(ledger) { client in
      var tags: [String: String] = [:]
      let uris = [
        "/countries/BLZ/profile/2015-03-02", "/api/countries/BLZ/profile/2015-03-02",
        "/countries/BLZ", "/countries/BLZ/diff/2015-03-02/2015-09-14", "/reviews",
        "/api/reviews",
      ]
      for uri in uris {
        let first = try await client.execute(uri: uri, method: .get)
        let cached = try await client.execute(uri: uri, method: .get)
        #expect(first.headers[.eTag] == cached.headers[.eTag])
        #expect(String(buffer: first.body) == String(buffer: cached.body))
        tags[uri] = first.headers[.eTag]
        #expect(!String(buffer: first.body).contains("reviewed by alice"))
      }
      try ServerStore.reviewCIRT(ledger)
      for uri in uris {
        let again = try await client.execute(
          uri: uri, method: .get, headers: [.ifNoneMatch: tags[uri]!])
        #expect(again.status == .ok, "\(uri) answered \(again.status) after a review")
        #expect(again.headers[.eTag] != tags[uri], "\(uri)")
      }
      let page = try await get(client, "/countries/BLZ/profile/2015-03-02")
      #expect(page.contains("reviewed by alice"))
      let api = try await get(client, "/api/countries/BLZ/profile/2015-03-02")
      #expect(api.contains("\"reviewer\" : \"alice\""))
      let timeline = try await get(client, "/countries/BLZ")
      #expect(timeline.contains("1 reviewed"))
    }
  }
}
