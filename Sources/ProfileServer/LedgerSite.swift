import EventStore
import Foundation
import HTTPTypes
import Hummingbird
import LedgerModel
import Logging
import ProfileModel
import Reports

/// The auditor's web view and JSON API over a store, read-only.
///
/// Pages are rendered on the server from the templates in `Templates/` (embedded in the
/// binary), with one inline style sheet and no script; the JSON API mirrors the commands and
/// is described by `Schema/openapi.json`. Every response to a GET carries the log's head as
/// its ETag, and rendered responses are cached per head: a request whose `If-None-Match`
/// names the current head gets 304, and a page asked for again is not rendered again until
/// the log moves.
///
/// ```swift
/// let site = try LedgerSite(ledger: try Ledger(path: "profiles.sqlite", options: readOnly))
/// let app = Application(router: site.router(), configuration: .init(address: .hostname("127.0.0.1", port: 8080)))
/// try await app.runService()
/// ```
public final class LedgerSite: Sendable {
  /// How much the site keeps and returns.
  public struct Options: Sendable {
    /// Rendered responses kept in memory (0: none, every request renders).
    public var cachedPages: Int
    /// The most revisions a changelog response (page, JSON or feed) carries.
    public var maxChangelogRevisions: Int
    /// The days a changelog without `since` or `until` covers, up to the latest revision.
    public var defaultChangelogDays: Int

    public init(
      cachedPages: Int = 1024, maxChangelogRevisions: Int = 1000, defaultChangelogDays: Int = 90
    ) {
      self.cachedPages = cachedPages
      self.maxChangelogRevisions = maxChangelogRevisions
      self.defaultChangelogDays = defaultChangelogDays
    }
  }

  let ledger: Ledger
  let options: Options
  let cache: PageCache
  let heads: HeadWatch
  let templates: TemplateLibrary
  let logger: Logger
  let format = ChangeFormat()

  /// A site over `ledger`, which it only reads.
  public init(ledger: Ledger, options: Options = Options(), logger: Logger? = nil) throws {
    self.ledger = ledger
    self.options = options
    self.cache = PageCache(maxEntries: options.cachedPages)
    self.heads = HeadWatch(path: ledger.path)
    self.templates = try Templates.library()
    self.logger = logger ?? Logger(label: "profiles.serve")
  }

  /// The site's routes, with the middleware that logs each request and answers errors.
  public func router() -> Router<BasicRequestContext> {
    // The routes are added once more to a router of their own, to learn their paths: the
    // middleware answers a method a route does not take with 405 and the methods it does.
    let routes = RouteTable(addRoutes(to: Router()).routes)
    let router = Router(options: .autoGenerateHeadEndpoints)
    router.add(middleware: SiteMiddleware(site: self, routes: routes))
    return addRoutes(to: router)
  }

  /// `router` with every page, document and API route of the site.
  private func addRoutes(to router: Router<BasicRequestContext>) -> Router<BasicRequestContext> {
    addCountryPages(to: router)
    addComparisonPages(to: router)
    addSourcePages(to: router)
    addReportPages(to: router)
    addReviewPages(to: router)
    addAPI(to: router)
    return router
  }
}

/// The body of an error from the API: `{"error": {"message": …, "status": 404}}`.
struct APIError: Codable, Sendable {
  struct Detail: Codable, Sendable {
    var status: Int
    var message: String
  }
  var error: Detail
}

/// JSON as the commands print it: keys sorted, indented, slashes unescaped.
enum JSON {
  static func encode(_ value: some Encodable) -> String {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes]
    guard let data = try? encoder.encode(value) else { return "{}\n" }
    return String(decoding: data, as: UTF8.self) + "\n"
  }
}

extension HTTPField.Name {
  static let xContentTypeOptions = HTTPField.Name("X-Content-Type-Options")!
}

extension LedgerSite {
  /// Serves the site on `host`:`port` until SIGINT or SIGTERM, then finishes the requests in
  /// flight and returns. `listening` is called once the server listens, with its port (the
  /// one the system chose, for port 0).
  ///
  /// - Throws: ``ListenFailure`` when the server cannot listen (the port is taken, the host
  ///   is not this machine's, …): then nothing was served.
  public func serve(
    host: String, port: Int, listening: @escaping @Sendable (_ port: Int) async -> Void = { _ in }
  ) async throws {
    let started = ListenFailure.Watch()
    let app = Application(
      router: router(),
      configuration: ApplicationConfiguration(
        address: .hostname(host, port: port), serverName: "profiles"),
      onServerRunning: { channel in
        started.listened()
        await listening(channel.localAddress?.port ?? port)
      },
      logger: logger)
    do {
      try await app.runService(gracefulShutdownSignals: [.sigterm, .sigint])
    } catch let error where !started.hasListened {
      throw ListenFailure(host: host, port: port, error: error)
    }
  }
}
