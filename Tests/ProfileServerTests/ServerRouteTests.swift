import EventStore
import Foundation
import Hummingbird
import HummingbirdTesting
import LedgerModel
import Logging
import ProfileModel
import ProfileParsing
import ProfileServer
import ProfileTestSupport
import Testing

/// Every route of `profiles serve`, through the router without a socket.
@Suite struct ServerRouteTests {
  /// Runs `body` with a client of a site over a new test store.
  func withSite(
    options: LedgerSite.Options = LedgerSite.Options(),
    _ body: @Sendable (Ledger, any TestClientProtocol) async throws -> Void
  ) async throws {
    let ledger = try ServerStore.make()
    let site = try LedgerSite(ledger: ledger, options: options, logger: ServerStore.quietLogger)
    let app = Application(router: site.router())
    try await app.test(.router) { client in try await body(ledger, client) }
  }

  static func text(_ response: TestResponse) -> String { String(buffer: response.body) }

  // MARK: Pages

  /// A page, the text it must show, and the content type.
  static let pages: [(uri: String, expected: [String])] = [
    (
      "/",
      [
        "<h1>Countries</h1>", "id=\"country-BLZ\"", "2016-06-01", "Legal",
        "3 countries, 11 revisions in effect.",
      ]
    ),
    (
      "/countries/BLZ",
      [
        "<h1>Belize", "event #3", "correction", "superseded by #3", "1.2.1 CIRT",
        "/countries/BLZ/diff/2015-09-14/2016-06-01", "regressed",
        "3 revisions in effect, 4 readings recorded, 1 correction. Newest first.",
      ]
    ),
    ("/countries/belize", ["<h1>Belize"]),
    (
      "/countries/BLZ/diff/2015-03-02/2015-09-14",
      ["<h1>Belize", "1.2.1 CIRT", "<ins>", "<del>", "absent → present", "331 000"]
    ),
    ("/countries/BLZ/blame/2016-06-01", ["blame as of 2016-06-01", "id=\"blame\"", "1.2.1 CIRT"]),
    ("/countries/BLZ/blame", ["blame as of 2016-06-01", "Permalink"]),
    (
      "/countries/BLZ/profile/2015-12-31",
      [
        "as of 2015-09-14", "CERT-BZ", "the revision in effect on 2015-12-31",
        "<details class=\"evidence\"><summary>why</summary>rule <code>negation</code>: “does not have”",
      ]
    ),
    (
      "/countries/BLZ/source/2015-03-02",
      ["document of 2015-03-02", "Last updated on 2 March 2015"]
    ),
    ("/events/2/source", ["document of event #2", "Total Population: 330 000"]),
    (
      "/countries/BLZ/progress",
      ["<svg", "id=\"pillar-charts\"", "Scores by revision", "regressed"]
    ),
    (
      "/changelog?since=2015-01-01&until=2016-12-31",
      ["<h1>Changelog</h1>", "id=\"country-BLZ\"", "<ins>"]
    ),
    ("/changelog?since=2015-01-01&until=2016-12-31&country=BLZ", ["Belize", "revision 3"]),
    (
      "/changelog?since=2016-01-01&until=2016-12-31&country=BLZ",
      [": 1 revision, ", ", 1 figure change, 0 date-only."]
    ),
    (
      "/progress",
      [
        "<h1>Progress</h1>", "id=\"ranking\"", "Regressions",
        "Ranked by the change in the Overall score from 2013-01-01 (the first revision) to "
          + "2016-06-01 (the latest revision).",
      ]
    ),
    (
      "/progress?since=2016-01-01&pillar=technical",
      [
        "Ranked by the change in the Technical score from 2016-01-01 to 2016-06-01 (the latest "
          + "revision)."
      ]
    ),
    ("/progress?until=2015-12-31", ["score from 2013-01-01 (the first revision) to 2015-12-31."]),
    (
      "/changelog?since=2016-01-01&country=BLZ",
      ["From 2016-01-01 to 2016-06-01 (the latest revision) · Belize"]
    ),
    ("/reviews", ["<h1>Review queue</h1>", "to review, oldest first", "<a href=\"/reviews\">"]),
    ("/reviews?country=BLZ", ["<h1>Review queue</h1>", "of Belize"]),
  ]

  @Test func theProfilePageSaysWhatWasSuppliedNotRead() async throws {
    let ledger = try Ledger()
    let bytes = Array(try Documents.belize().utf8)
    let profile = try #require(ProfileParser.standard.parse(bytes).profile)
    var prepared = ledger.prepare([(bytes, profile)])
    prepared[0].supplied = [.date]
    _ = try ledger.recordAll(prepared: prepared, parserVersion: ProfileParser.version)
    let site = try LedgerSite(ledger: ledger, logger: ServerStore.quietLogger)
    try await Application(router: site.router()).test(.router) { client in
      let response = try await client.execute(uri: "/countries/BLZ/profile", method: .get)
      #expect(response.status == .ok)
      #expect(
        Self.text(response).contains(
          "<strong class=\"supplied\">date supplied with --date, not read</strong>"))
    }
  }

  @Test func everyPageRendersAsHTML() async throws {
    try await withSite { _, client in
      for page in Self.pages {
        let response = try await client.execute(uri: page.uri, method: .get)
        let body = Self.text(response)
        #expect(response.status == .ok, "\(page.uri): \(response.status)")
        #expect(response.headers[.contentType] == "text/html; charset=utf-8", "\(page.uri)")
        #expect(response.headers[.eTag] != nil, "\(page.uri)")
        #expect(response.headers[.contentSecurityPolicy]?.contains("default-src 'none'") == true)
        #expect(!body.contains("<script"), "\(page.uri)")
        for text in page.expected {
          #expect(body.contains(text), "\(page.uri) does not show \(text)")
        }
      }
    }
  }

  @Test func documentsHaveTheirContentTypes() async throws {
    try await withSite { _, client in
      let raw = try await client.execute(uri: "/countries/BLZ/source/2015-03-02/raw", method: .get)
      #expect(raw.status == .ok)
      #expect(raw.headers[.contentType] == "text/plain; charset=utf-8")
      #expect(Self.text(raw) == (try Documents.belize()))
      let feed = try await client.execute(
        uri: "/changelog.atom?since=2015-01-01&country=BLZ", method: .get)
      #expect(feed.status == .ok)
      #expect(feed.headers[.contentType] == "application/atom+xml; charset=utf-8")
      #expect(Self.text(feed).contains("<feed xmlns=\"http://www.w3.org/2005/Atom\">"))
      let openapi = try await client.execute(uri: "/openapi.json", method: .get)
      #expect(openapi.headers[.contentType] == "application/json; charset=utf-8")
      let document = try String(
        contentsOf: SourceTree.root().appendingPathComponent("Schema/openapi.json"), encoding: .utf8
      )
      #expect(Self.text(openapi) == document)
    }
  }

  @Test func formsAndUndatedAddressesRedirectToPermalinks() async throws {
    try await withSite { _, client in
      let diff = try await client.execute(
        uri: "/countries/BLZ/diff?from=2015-03-02&to=2016-06-01", method: .get)
      #expect(diff.status == .seeOther)
      #expect(diff.headers[.location] == "/countries/BLZ/diff/2015-03-02/2016-06-01")
      let latest = try await client.execute(uri: "/countries/BLZ/diff", method: .get)
      #expect(latest.headers[.location] == "/countries/BLZ/diff/2015-09-14/2016-06-01")
      let changelog = try await client.execute(uri: "/changelog?country=BLZ", method: .get)
      #expect(changelog.status == .seeOther)
      #expect(
        changelog.headers[.location]?.hasPrefix("/changelog?since=") == true
          && changelog.headers[.location]?.hasSuffix("&country=BLZ") == true)
    }
  }

  // MARK: Errors

  /// A request that must fail, its status, and words the error must say.
  static let failures: [(uri: String, status: HTTPResponse.Status, says: String)] = [
    ("/countries/XYZ", .notFound, "unknown country"),
    ("/countries/FRA", .notFound, "no revisions recorded"),
    (
      "/countries/BLZ/diff/2015-03-02/2015-13-01", .badRequest,
      "'2015-13-01' is not a valid date: there is no month 13 (months are 01–12)"
    ),
    ("/countries/BLZ/diff/2016-06-01/2015-03-02", .badRequest, "reversed"),
    ("/countries/BLZ/diff/2001-01-01/2015-03-02", .notFound, "no revision in effect on 2001-01-01"),
    ("/countries/BLZ/source/2015-03-03", .notFound, "no revision dated 2015-03-03"),
    ("/countries/BLZ/blame/yesterday", .badRequest, "'yesterday' is not a date"),
    ("/changelog?since=2016-01-01&until=2015-01-01", .badRequest, "reversed"),
    ("/changelog?since=2015-1-1", .badRequest, "since '2015-1-1' is not a date"),
    ("/progress?pillar=space", .badRequest, "pillar 'space'"),
    ("/events/999/source", .notFound, "no event #999"),
    ("/no/such/page", .notFound, "no page at /no/such/page"),
    ("/countries/..%2F..%2Fetc%2Fpasswd", .notFound, "unknown country"),
    ("/countries/BLZ/source/..%2F..%2F..%2Fetc%2Fpasswd", .badRequest, "is not a date"),
    ("/../../etc/passwd", .notFound, "no page"),
    ("/api/countries/XYZ/history", .notFound, "unknown country 'XYZ'"),
    (
      "/api/countries/BLZ/profile/2015-02-30", .badRequest,
      "'2015-02-30' is not a valid date: February 2015 has 28 days"
    ),
    ("/api/countries/BLZ/profile?known-at=noon", .badRequest, "known-at 'noon'"),
    ("/api/changelog?until=2015-02-30", .badRequest, "until '2015-02-30'"),
    ("/api/nothing", .notFound, "no page at /api/nothing"),
    ("/reviews?country=XYZ", .notFound, "unknown country 'XYZ'"),
    ("/api/reviews?country=XYZ", .notFound, "unknown country 'XYZ'"),
    ("/countries/Bel%ZZ", .notFound, "unknown country 'Bel%ZZ'"),
    // The API refuses what a page takes as not given, and every value outside those the
    // document lists.
    ("/api/countries/BLZ/progress?since=", .badRequest, "since is given no value"),
    ("/api/countries/BLZ/progress?until=2015-13-01", .badRequest, "until '2015-13-01'"),
    ("/api/countries/BLZ/progress?pillar=", .badRequest, "pillar is given no value"),
    ("/api/countries/BLZ/progress?pillar=LEGAL", .badRequest, "pillar 'LEGAL' is not a pillar"),
    ("/api/progress?pillar=capacity+building", .badRequest, "pillar 'capacity building'"),
    ("/api/progress?since=2015-01-01&since=2016-01-01", .badRequest, "since is given 2 times"),
    ("/api/changelog?country=", .badRequest, "country is given no value"),
    ("/api/reviews?warnings=yes", .badRequest, "warnings 'yes' is not 1, true, 0 or false"),
    ("/api/reviews?warnings=", .badRequest, "warnings is given no value"),
    ("/reviews?warnings=yes", .badRequest, "warnings 'yes'"),
    ("/api/countries/BLZ/profile?known-at=", .badRequest, "known-at is given no value"),
    ("/api/countries/BLZ/profile?known-at=%2B3", .badRequest, "known-at '+3'"),
    (
      "/api/countries/BLZ/profile?known-at=2025-06-15T24:00:00Z", .badRequest,
      "known-at '2025-06-15T24:00:00Z'"
    ),
  ]

  @Test func badRequestsSayWhatWasWrong() async throws {
    try await withSite { _, client in
      for failure in Self.failures {
        let response = try await client.execute(uri: failure.uri, method: .get)
        // HTML escapes the quotes around what the request named.
        let body = Self.text(response).replacingOccurrences(of: "&#39;", with: "'")
        #expect(response.status == failure.status, "\(failure.uri): \(response.status)")
        #expect(body.contains(failure.says), "\(failure.uri): \(body)")
        #expect(!body.contains("root:"), "\(failure.uri) leaked a file")
        let api = failure.uri.hasPrefix("/api/")
        #expect(
          response.headers[.contentType]
            == (api ? "application/json; charset=utf-8" : "text/html; charset=utf-8"),
          "\(failure.uri)")
      }
    }
  }

  /// A country in the path is percent-decoded, on pages and in the API alike: a printed
  /// name with spaces and parentheses, a code with an escaped letter.
  @Test func countriesInThePathArePercentDecoded() async throws {
    try await withSite { _, client in
      for uri in [
        "/countries/Afghanistan%20(Islamic%20Rep.%20of)", "/countries/%42LZ/progress",
        "/api/countries/Afghanistan%20(Islamic%20Rep.%20of)/history",
        "/api/countries/%42LZ/blame/2015-10-01",
      ] {
        let response = try await client.execute(uri: uri, method: .get)
        #expect(response.status == .ok, "\(uri): \(response.status)")
      }
      let page = try await client.execute(
        uri: "/countries/Afghanistan%20(Islamic%20Rep.%20of)", method: .get)
      #expect(Self.text(page).contains("<h1>Afghanistan"))
    }
  }

  /// A page's form sends its empty fields: on a page an empty parameter is not given, and a
  /// `+` in a form's value is a space.
  @Test func pagesTakeEmptyParametersAsNotGiven() async throws {
    try await withSite { _, client in
      let progress = try await client.execute(
        uri: "/progress?since=&until=&pillar=", method: .get)
      #expect(progress.status == .ok)
      let diff = try await client.execute(uri: "/countries/BLZ/diff?from=&to=", method: .get)
      #expect(diff.headers[.location] == "/countries/BLZ/diff/2015-09-14/2016-06-01")
      let changelog = try await client.execute(
        uri: "/changelog?since=2013-01-01&until=2016-12-31&country=Afghanistan+(Islamic+Rep.+of)",
        method: .get)
      #expect(changelog.status == .ok)
      #expect(Self.text(changelog).contains("id=\"country-AFG\""))
      #expect(!Self.text(changelog).contains("id=\"country-BLZ\""))
    }
  }

  /// Every route answers GET and HEAD only: another method, declared or not, is answered 405
  /// with the methods the route takes in `Allow`, as JSON under `/api/` and as a page
  /// elsewhere. A path no route has is still 404, whatever the method.
  @Test func otherMethodsAreNotAllowed() async throws {
    let site = try LedgerSite(ledger: try ServerStore.make(), logger: ServerStore.quietLogger)
    let router = site.router()
    let values = [
      "country": "BLZ", "date": "2015-03-02", "from": "2015-03-02", "to": "2016-06-01",
      "seq": "2",
    ]
    let paths = Set(router.routes.map(\.path.description)).map { template in
      values.reduce(template) { $0.replacingOccurrences(of: "{\($1.key)}", with: $1.value) }
    }
    #expect(paths.count > 20)
    let methods: [HTTPRequest.Method] = [
      .post, .put, .delete, .patch, .options, .trace, HTTPRequest.Method("PROPFIND")!,
    ]
    try await Application(router: router).test(.router) { client in
      for path in paths.sorted() {
        #expect(!path.contains("{"), "\(path)")
        let get = try await client.execute(uri: path, method: .get)
        #expect(get.status != .methodNotAllowed, "GET \(path)")
        for method in methods {
          let response = try await client.execute(uri: path, method: method)
          #expect(response.status == .methodNotAllowed, "\(method) \(path): \(response.status)")
          #expect(response.headers[.allow] == "GET, HEAD", "\(method) \(path)")
          #expect(
            response.headers[.contentType]
              == (path.hasPrefix("/api/")
                ? "application/json; charset=utf-8" : "text/html; charset=utf-8"))
          #expect(Self.text(response).contains("does not take \(method.rawValue)"), "\(path)")
        }
      }
      let nowhere = try await client.execute(uri: "/api/nothing", method: .post)
      #expect(nowhere.status == .notFound)
      #expect(nowhere.headers[.allow] == nil)
    }
  }

  /// The countries page lists the countries by name, and its form (a GET, no script) filters
  /// them by name or code, whatever the case and accents.
  /// A changelog or a queue filtered to countries names them in a list, punctuated.
  @Test func filteredSummariesNameTheirCountries() async throws {
    try await withSite { _, client in
      let changelog = Self.text(
        try await client.execute(
          uri: "/changelog?since=2015-01-01&until=2016-12-31&country=BLZ", method: .get))
      #expect(changelog.contains(" · Belize: "), "\(changelog)")
      let reviews = Self.text(
        try await client.execute(uri: "/reviews?country=BLZ", method: .get))
      #expect(reviews.contains(" to review of Belize, oldest first"), "\(reviews)")
    }
  }

  @Test func theCountriesAreListedByNameAndFiltered() async throws {
    try await withSite { _, client in
      let all = Self.text(try await client.execute(uri: "/", method: .get))
      let order = ["country-AFG", "country-ABW", "country-BLZ"].map {
        all.range(of: "id=\"\($0)\"")?.lowerBound
      }
      #expect(order.allSatisfy { $0 != nil })
      #expect(order.compactMap { $0 } == order.compactMap { $0 }.sorted())
      #expect(all.contains("<form class=\"filters no-print\" method=\"get\" action=\"/\""))
      #expect(all.contains("name=\"q\" value=\"\""))
      for (query, shown) in [
        ("q=BEL", ["BLZ"]), ("q=blz", ["BLZ"]), ("q=b%C3%A9lize", ["BLZ"]),
        ("q=%C3%81", ["AFG", "ABW"]),
        ("q=islamic+rep", ["AFG"]), ("q=+", ["AFG", "ABW", "BLZ"]), ("q=", ["AFG", "ABW", "BLZ"]),
      ] {
        let page = Self.text(try await client.execute(uri: "/?" + query, method: .get))
        for code in ["AFG", "ABW", "BLZ"] {
          #expect(
            page.contains("id=\"country-\(code)\"") == shown.contains(code), "\(query): \(code)")
        }
      }
      let filtered = Self.text(try await client.execute(uri: "/?q=bel", method: .get))
      #expect(filtered.contains("1 of 3 countries, 3 revisions in effect."))
      #expect(filtered.contains("value=\"bel\""))
      #expect(filtered.contains("<a href=\"/\">All countries</a>"))
      let none = Self.text(try await client.execute(uri: "/?q=zzz", method: .get))
      #expect(none.contains("No recorded country has “zzz” in its name or code."))
      #expect(!none.contains("id=\"countries\""))
    }
  }

  /// The progress ranking fits the page: the dates a country's change runs between share a
  /// cell, as do its start and end scores; the headings wrap; a screen too narrow for it
  /// scrolls the table in its own box, not the page.
  @Test func theProgressRankingFitsThePage() async throws {
    try await withSite { _, client in
      let page = Self.text(try await client.execute(uri: "/progress", method: .get))
      let table = try #require(page.range(of: "<div class=\"fit\"><table id=\"ranking\">"))
      let head = page[table.upperBound...].prefix { $0 != "\n" }
      #expect(head.components(separatedBy: "</th>").count - 1 == 14)
      #expect(page.contains("<td class=\"dates\">2015-03-02<br>2016-06-01</td>"))
      #expect(page.contains("#ranking th { white-space: normal;"))
      #expect(page.contains(".fit { overflow-x: auto; }"))
      // A country's charts shrink with the page (they keep their proportions).
      let country = Self.text(
        try await client.execute(uri: "/countries/BLZ/progress", method: .get))
      #expect(country.contains(".chart-full svg, svg.chart { max-width: 100%; height: auto; }"))
      #expect(country.contains("viewBox=\"0 0 "))
    }
  }

  /// The page of an unknown or misspelt country suggests the recorded countries nearest to
  /// it, each at the page asked for; a name like no recorded country suggests none, and the
  /// API's error keeps its form.
  @Test func anUnknownCountrySuggestsTheNearestRecordedOnes() async throws {
    try await withSite { _, client in
      let expected = [
        ("/countries/Belise/progress", "/countries/BLZ/progress", "Belize (BLZ)"),
        ("/countries/BLX", "/countries/BLZ", "Belize (BLZ)"),
        ("/countries/afgh", "/countries/AFG", "Afghanistan (AFG)"),
        (
          "/countries/Arubba/diff/2013-01-01/2013-12-31",
          "/countries/ABW/diff/2013-01-01/2013-12-31", "Aruba (ABW)"
        ),
        ("/reviews?country=belise", "/countries/BLZ", "Belize (BLZ)"),
      ]
      for (uri, href, label) in expected {
        let response = try await client.execute(uri: uri, method: .get)
        let body = Self.text(response)
        #expect(response.status == .notFound, "\(uri)")
        #expect(body.contains("<ul id=\"suggestions\">"), "\(uri)")
        #expect(body.contains("<li><a href=\"\(href)\">\(label)</a></li>"), "\(uri): \(body)")
      }
      let far = try await client.execute(uri: "/countries/XYZ", method: .get)
      #expect(far.status == .notFound)
      #expect(!Self.text(far).contains("suggestions"))
      let api = try await client.execute(uri: "/api/countries/Belise/history", method: .get)
      #expect(api.status == .notFound)
      #expect(!Self.text(api).contains("BLZ"))
    }
  }

  @Test func oversizeRangesAreRefused() async throws {
    try await withSite(options: LedgerSite.Options(maxChangelogRevisions: 3)) { _, client in
      for uri in ["/changelog?since=2000-01-01", "/api/changelog?since=2000-01-01"] {
        let response = try await client.execute(uri: uri, method: .get)
        #expect(response.status == .badRequest, "\(uri)")
        #expect(Self.text(response).contains("more than the 3 one response carries"), "\(uri)")
      }
      let narrow = try await client.execute(
        uri: "/api/changelog?since=2016-01-01&country=BLZ", method: .get)
      #expect(narrow.status == .ok)
    }
  }

  // MARK: Caching

  @Test func etagFollowsTheHeadAndTheCacheIsDroppedWhenItMoves() async throws {
    try await withSite { ledger, client in
      let first = try await client.execute(uri: "/countries/BLZ", method: .get)
      let etag = try #require(first.headers[.eTag])
      let again = try await client.execute(
        uri: "/countries/BLZ", method: .get, headers: [.ifNoneMatch: etag])
      #expect(again.status == .notModified)
      #expect(again.body.readableBytes == 0)
      let other = try await client.execute(
        uri: "/api/countries", method: .get, headers: [.ifNoneMatch: "\"stale\", W/\(etag)"])
      #expect(other.status == .notModified)

      // Another writer appends: the tag changes and the page shows the new revision.
      var fifth = try Documents.belize()
      fifth = fifth.replacingOccurrences(
        of: "Last updated on 2 March 2015", with: "Last updated on 3 March 2017")
      try TestStore.record(fifth, in: ledger, index: 100)
      let moved = try await client.execute(
        uri: "/countries/BLZ", method: .get, headers: [.ifNoneMatch: etag])
      #expect(moved.status == .ok)
      #expect(moved.headers[.eTag] != etag)
      #expect(Self.text(moved).contains("2017-03-03"))
      #expect(!Self.text(first).contains("2017-03-03"))
    }
  }

  /// On a store on disk, the head is read again only when the WAL index shows a commit:
  /// several commits by another writer, each seen at once, with nothing stale between.
  @Test func aStoreOnDiskIsSeenToMoveWhenAnotherWriterCommits() async throws {
    let directory = try temporaryDirectory("serve")
    defer { try? FileManager.default.removeItem(at: directory) }
    let path = directory.appendingPathComponent("profiles.sqlite").path
    let writer = try Ledger(path: path)
    try TestStore.record(try Documents.belize(), in: writer, index: 0)
    let site = try LedgerSite(
      ledger: try Ledger(path: path, options: Ledger.Options(readOnly: true)),
      logger: ServerStore.quietLogger)
    let app = Application(router: site.router())
    try await app.test(.router) { client in
      var etags: Set<String> = []
      for year in 2016...2019 {
        let before = try await client.execute(uri: "/countries/BLZ", method: .get)
        let cached = try await client.execute(uri: "/countries/BLZ", method: .get)
        #expect(before.headers[.eTag] == cached.headers[.eTag])
        etags.insert(try #require(before.headers[.eTag]))
        #expect(!Self.text(before).contains("\(year)-03-03"))
        let next = try Documents.belize().replacingOccurrences(
          of: "Last updated on 2 March 2015", with: "Last updated on 3 March \(year)")
        try TestStore.record(next, in: writer, index: year)
        let after = try await client.execute(uri: "/countries/BLZ", method: .get)
        #expect(Self.text(after).contains("\(year)-03-03"), "the commit of \(year) was not seen")
      }
      #expect(etags.count == 4)
    }
  }

  @Test func headRequestsAnswerWithoutABody() async throws {
    try await withSite { _, client in
      let response = try await client.execute(uri: "/countries/BLZ", method: .head)
      #expect(response.status == .ok)
      #expect(response.body.readableBytes == 0)
    }
  }
}
