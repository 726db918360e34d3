import EventStore
import Foundation
import Hummingbird
import HummingbirdTesting
import LedgerModel
import Logging
import ProfileServer

/// `pages STORE [rounds] [ROUTE…]`: every page and API route of `profiles serve` on an
/// existing store (or the routes given), rendered on every request (no page cache), through
/// the router without a socket, one request at a time: the wall time's p50 and p99 and the
/// CPU time's p50 of `rounds` requests per route (default 50). The routes name the country
/// with the most revisions in effect (the first by code among equals), its latest revision
/// and the one before it.
func pagesBenchmark(_ arguments: [String]) {
  guard let path = arguments.first, FileManager.default.fileExists(atPath: path) else {
    print("usage: profiles-benchmark pages STORE [rounds] [ROUTE…]")
    exit(64)
  }
  let rounds = arguments.dropFirst().first.flatMap(Int.init) ?? 50
  let ledger = try! Ledger(path: path, options: .init(readOnly: true))
  var logger = Logger(label: "profiles-benchmark")
  logger.logLevel = .error
  let site = try! LedgerSite(ledger: ledger, options: .init(cachedPages: 0), logger: logger)
  let given = Array(arguments.dropFirst(2))
  let routes = given.isEmpty ? pageRoutes(ledger) : given
  let results = PageTimings()
  let done = DispatchSemaphore(value: 0)
  Task {
    do {
      try await Application(router: site.router()).test(.router) { client in
        // The changelog's default range, as the page redirects to it.
        let redirect = try await client.execute(uri: "/changelog", method: .get)
        let range = redirect.headers[.location].map { String($0.drop { $0 != "?" }) } ?? ""
        for route in routes {
          let uri = route.replacingOccurrences(of: "?RANGE", with: range)
          var wall: [Duration] = []
          var cpu: [Duration] = []
          var response = try await client.execute(uri: uri, method: .get)
          for _ in 0..<rounds {
            let c0 = processCPUTime()
            let t0 = ContinuousClock.now
            response = try await client.execute(uri: uri, method: .get)
            wall.append(ContinuousClock.now - t0)
            cpu.append(processCPUTime() - c0)
          }
          results.add((uri, Int(response.status.code), response.body.readableBytes, wall, cpu))
        }
      }
    } catch {
      print("error: \(error)")
      exit(1)
    }
    done.signal()
  }
  done.wait()
  let head = try! ledger.head()
  print("\(path): head event #\(head.seq); \(rounds) requests per route, one at a time")
  print(
    pad("route", 52, left: true) + pad("status", 7) + pad("bytes", 10) + pad("p50 ms", 9)
      + pad("p99 ms", 9) + pad("CPU p50 ms", 12))
  for (uri, status, bytes, wall, cpu) in results.rows {
    let ms = { (samples: [Duration], p: Double) in
      String(format: "%.2f", seconds(percentile(samples, p)) * 1e3)
    }
    print(
      pad(uri, 52, left: true) + pad(String(status), 7) + pad(String(bytes), 10)
        + pad(ms(wall, 50), 9) + pad(ms(wall, 99), 9) + pad(ms(cpu, 50), 12))
  }
}

/// The routes timed, for the country with the most revisions in effect; `?RANGE` stands for
/// the changelog's default range.
private func pageRoutes(_ ledger: Ledger) -> [String] {
  let countries = try! ledger.countries()
  guard let country = countries.max(by: { ($0.revisions, $1.code) < ($1.revisions, $0.code) })
  else {
    print("the store holds no revisions")
    exit(1)
  }
  let code = country.code
  let revisions = try! ledger.revisionsInEffect(country: code)
  let latest = revisions[revisions.count - 1]
  let previous = revisions[max(0, revisions.count - 2)]
  let (from, to) = (previous.effectiveDate.iso, latest.effectiveDate.iso)
  let query = String(code.prefix(2)).lowercased()
  return [
    "/", "/?q=\(query)", "/progress", "/changelog?RANGE", "/changelog.atom?RANGE", "/reviews",
    "/countries/\(code)", "/countries/\(code)/diff/\(from)/\(to)", "/countries/\(code)/blame",
    "/countries/\(code)/blame/\(from)", "/countries/\(code)/profile/\(from)",
    "/countries/\(code)/source/\(from)", "/countries/\(code)/source/\(from)/raw",
    "/countries/\(code)/progress", "/events/\(previous.seq)/source", "/openapi.json",
    "/api/countries", "/api/countries/\(code)/history", "/api/countries/\(code)/profile",
    "/api/countries/\(code)/profile/\(from)", "/api/countries/\(code)/diff/\(from)/\(to)",
    "/api/countries/\(code)/blame", "/api/countries/\(code)/progress", "/api/changelog",
    "/api/changelog?RANGE", "/api/progress", "/api/reviews",
  ]
}

/// The timings of each route, gathered from the task that makes the requests.
private final class PageTimings: @unchecked Sendable {
  typealias Row = (uri: String, status: Int, bytes: Int, wall: [Duration], cpu: [Duration])
  private let lock = NSLock()
  private var collected: [Row] = []

  func add(_ row: Row) { lock.withLock { collected.append(row) } }
  var rows: [Row] { lock.withLock { collected } }
}
