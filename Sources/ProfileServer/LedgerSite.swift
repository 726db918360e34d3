import EventStore
import Foundation
import HTTPTypes
import Hummingbird
import LedgerModel
import Logging
import Mustache
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
  let templates: MustacheLibrary
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
    let router = Router(options: .autoGenerateHeadEndpoints)
    router.add(middleware: SiteMiddleware(site: self))
    addPages(to: router)
    addAPI(to: router)
    return router
  }

  // MARK: Responding

  /// What a route answers with: an HTML page, JSON, or another document (feed, text).
  enum Kind {
    case page
    case api
    case document
  }

  /// The response to `request`, from the cache when it holds one for the log's current head,
  /// else rendered by `render` (and cached when it succeeded).
  func respond(
    _ request: Request, kind: Kind, _ render: (LogHead) throws -> Rendered
  ) throws -> Response {
    let head = try heads.current(ledger)
    let etag = "\"\(head.hash.prefix(24))-\(Templates.version)\""
    if let header = request.headers[.ifNoneMatch], LedgerSite.matches(header, etag: etag) {
      var headers = HTTPFields()
      headers[.eTag] = etag
      headers[.cacheControl] = "no-cache"
      return Response(status: .notModified, headers: headers)
    }
    let target = request.uri.string
    let rendered: Rendered
    if let cached = cache.lookup(target, head: head.hash) {
      rendered = cached
    } else {
      do {
        rendered = try render(head)
      } catch let error as ServerError {
        return errorResponse(error, kind: kind, head: head)
      }
      if rendered.status == .ok { cache.store(rendered, for: target, head: head.hash) }
    }
    var headers = LedgerSite.headers(for: rendered)
    if rendered.status == .ok {
      headers[.eTag] = etag
      headers[.cacheControl] = "no-cache"
    }
    return Response(
      status: rendered.status, headers: headers, body: ResponseBody(byteBuffer: rendered.body))
  }

  /// Whether an `If-None-Match` header names `etag` (or is `*`); weak tags compare equal.
  static func matches(_ header: String, etag: String) -> Bool {
    header.split(separator: ",").contains { part in
      var tag = part.trimmingCharacters(in: .whitespaces)
      if tag.hasPrefix("W/") { tag.removeFirst(2) }
      return tag == etag || tag == "*"
    }
  }

  static func headers(for rendered: Rendered) -> HTTPFields {
    var headers = HTTPFields()
    headers[.contentType] = rendered.contentType
    headers[.contentLength] = String(rendered.body.readableBytes)
    headers[.xContentTypeOptions] = "nosniff"
    if rendered.contentType == Rendered.html {
      // No script runs and nothing is fetched from elsewhere: the pages work offline.
      headers[.contentSecurityPolicy] =
        "default-src 'none'; style-src 'unsafe-inline'; img-src 'self' data:; form-action 'self'"
    }
    if let location = rendered.location { headers[.location] = location }
    return headers
  }

  /// The error as a page or as JSON, with the status it calls for.
  func errorResponse(_ error: ServerError, kind: Kind, head: LogHead?) -> Response {
    let rendered = errorRendered(error, kind: kind, head: head)
    return Response(
      status: rendered.status, headers: LedgerSite.headers(for: rendered),
      body: ResponseBody(byteBuffer: rendered.body))
  }

  func errorRendered(_ error: ServerError, kind: Kind, head: LogHead?) -> Rendered {
    switch kind {
    case .api, .document:
      let body = APIError(error: .init(status: Int(error.status.code), message: error.message))
      return Rendered(status: error.status, contentType: Rendered.json, body: JSON.encode(body))
    case .page:
      struct ErrorView {
        var chrome: Chrome
        var status: Int
        var reason: String
        var message: String
      }
      let view = ErrorView(
        chrome: Chrome(
          title: "\(error.status.code) \(error.status.reasonPhrase)", permalink: nil,
          headSeq: head?.seq ?? 0, headHash: String((head?.hash ?? "").prefix(12))),
        status: Int(error.status.code), reason: error.status.reasonPhrase, message: error.message)
      return Rendered(
        status: error.status, contentType: Rendered.html, body: templates.page("error", view))
    }
  }

  /// The page chrome at `head`.
  func chrome(_ title: String, head: LogHead, permalink: String? = nil, alternates: [Link] = [])
    -> Chrome
  {
    Chrome(
      title: title, permalink: permalink, headSeq: head.seq,
      headHash: String(head.hash.prefix(12)), alternates: alternates)
  }

  /// The name of a country as the directory prints it.
  func name(_ code: String) -> String {
    CountryDirectory.standard.entry(code: code)?.name ?? code
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
  /// flight and returns.
  public func serve(host: String, port: Int) async throws {
    let app = Application(
      router: router(),
      configuration: ApplicationConfiguration(
        address: .hostname(host, port: port), serverName: "profiles"),
      logger: logger)
    try await app.runService(gracefulShutdownSignals: [.sigterm, .sigint])
  }
}
