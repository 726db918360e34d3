import Foundation
import GRDB
import Hummingbird
import HummingbirdTesting
import LedgerModel
import ProfileModel
import ProfileServer
import ProfileTestSupport
import Testing

@testable import EventStore

/// What a page costs the store, counted rather than timed: every route runs as many SQL
/// statements on a store of three countries as on one of four times as many, each with
/// twice the revisions and a review on each country, so that no page reads one country, one
/// revision or one review at a time.
@Suite struct StatementCountTests {
  /// A store of `countries` synthetic countries of `revisions` revisions each, every country
  /// with a review of an indicator and one of a figure (a change of status in its latest
  /// revision, carried from the first where the reading is the same).
  static func store(countries: Int, revisions: Int) throws -> Ledger {
    let corpus = SyntheticCorpus(countries: countries, revisions: revisions, seed: 5)
    let ledger = try TestStore.make(corpus.all().map(\.text))
    for (index, country) in Set(corpus.all().map(\.country)).sorted().enumerated() {
      let dates = corpus.all().filter { $0.country == country }.map(\.date)
      try ledger.review(
        country: country, date: dates[0], indicator: "1.2.1",
        verdict: .corrected(status: .partial, items: nil), reviewer: "alice",
        note: "Being set up.", recordedAt: TestStore.recordedAt(1000 + 2 * index))
      try ledger.review(
        country: country, date: dates[dates.count - 1], subject: .figure("population"),
        verdict: .revalued("1000"), reviewer: "bob", note: "The census.",
        recordedAt: TestStore.recordedAt(1001 + 2 * index))
    }
    return ledger
  }

  /// The routes, `{C}`, `{FROM}` and `{TO}` standing for a country and two of its dates.
  static let routes = [
    "/", "/?q=a", "/progress", "/progress?since=2014-01-01&pillar=legal",
    "/changelog?since=2000-01-01&until=2030-12-31",
    "/changelog.atom?since=2000-01-01&until=2030-12-31",
    "/reviews", "/reviews?warnings=1", "/countries/{C}", "/countries/{C}/diff/{FROM}/{TO}",
    "/countries/{C}/blame", "/countries/{C}/profile/{FROM}", "/countries/{C}/source/{FROM}",
    "/countries/{C}/progress", "/api/countries", "/api/countries/{C}/history",
    "/api/countries/{C}/profile", "/api/countries/{C}/diff/{FROM}/{TO}",
    "/api/countries/{C}/blame", "/api/countries/{C}/progress",
    "/api/changelog?since=2000-01-01&until=2030-12-31", "/api/progress", "/api/reviews",
    "/api/reviews?warnings=1",
  ]

  /// The statements each of `routes` runs on `ledger`, served without a page cache.
  static func statements(_ ledger: Ledger) async throws -> [String: Int] {
    let counter = Counter()
    // The store in memory has one connection: what it traces, every read runs on.
    try await ledger.writer.writeWithoutTransaction { db in
      db.trace(options: .statement) { _ in counter.increment() }
    }
    let country = try #require(try ledger.countries().first).code
    let revisions = try ledger.revisionsInEffect(country: country)
    let site = try LedgerSite(
      ledger: ledger, options: .init(cachedPages: 0), logger: ServerStore.quietLogger)
    return try await Application(router: site.router()).test(.router) { client in
      var counts: [String: Int] = [:]
      for route in routes {
        let uri = route.replacingOccurrences(of: "{C}", with: country)
          .replacingOccurrences(of: "{FROM}", with: revisions[0].effectiveDate.iso)
          .replacingOccurrences(of: "{TO}", with: revisions[revisions.count - 1].effectiveDate.iso)
        let before = counter.value
        let response = try await client.execute(uri: uri, method: .get)
        #expect(response.status == .ok, "\(uri)")
        counts[route] = counter.value - before
      }
      return counts
    }
  }

  @Test func noRouteReadsOneCountryOrRevisionAtATime() async throws {
    let small = try await Self.statements(try Self.store(countries: 3, revisions: 3))
    let large = try await Self.statements(try Self.store(countries: 12, revisions: 6))
    for route in Self.routes {
      let (few, many) = (small[route] ?? 0, large[route] ?? 0)
      #expect(few > 0, "\(route) runs no statement")
      #expect(few == many, "\(route): \(few) statements for 3 countries, \(many) for 12")
    }
  }

  /// The count itself: a store that reads one row per statement is caught.
  @Test func theCountSeesEveryStatement() async throws {
    let ledger = try Self.store(countries: 2, revisions: 2)
    let counter = Counter()
    try await ledger.writer.writeWithoutTransaction { db in
      db.trace(options: .statement) { _ in counter.increment() }
    }
    let seqs = try ledger.revisionsInEffect(country: try ledger.countries()[0].code).map(\.seq)
    let before = counter.value
    for seq in seqs { _ = try ledger.profile(seq: seq) }
    #expect(counter.value - before >= seqs.count)
  }
}

/// Statements counted as SQLite runs them.
private final class Counter: @unchecked Sendable {
  private let lock = NSLock()
  private var count = 0

  func increment() { lock.withLock { count += 1 } }
  var value: Int { lock.withLock { count } }
}
