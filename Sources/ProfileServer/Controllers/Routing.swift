import EventStore
import Foundation
import HTTPTypes
import Hummingbird
import LedgerModel
import NIOPosix
import ProfileModel

/// What a route's handler is given: the request, the values its path names, and the head of
/// the log the response is rendered at.
struct RouteCall {
  let request: Request
  let context: BasicRequestContext
  let head: LogHead
  /// The request's query parameters, read as the route's kind asks (see ``Query``).
  let query: Query

  /// The path value `name`, which the route's path names, percent-decoded
  /// (`Korea%20(Rep.%20of)` is `Korea (Rep. of)`).
  func path(_ name: String) throws -> String {
    RouteCall.decoded(try context.parameters.require(name))
  }

  /// The path value `name`, percent-decoded, or nil on the route that leaves it out (`/blame`
  /// beside `/blame/{date}`).
  func optionalPath(_ name: String) -> String? {
    context.parameters.get(name).map(RouteCall.decoded)
  }

  /// `text` percent-decoded; as it is when it does not decode (a `%` not followed by two hex
  /// digits, or bytes that are not UTF-8), so that the error names what was sent.
  static func decoded(_ text: String) -> String {
    text.removingPercentEncoding ?? text
  }
}

extension LedgerSite {
  /// What a route answers with: an HTML page, JSON, or another document (feed, text).
  enum Kind {
    case page
    case api
    case document
  }

  /// Adds a GET route at each of `paths` whose response `render` gives, through `respond`:
  /// from the cache or rendered, with its ETag, an error answered as `kind` asks.
  func get(
    _ paths: RouterPath..., on router: some RouterMethods<BasicRequestContext>, as kind: Kind,
    _ render: @escaping @Sendable (RouteCall) throws -> Rendered
  ) {
    for path in paths {
      router.get(path) { request, context in
        // Reading the store and rendering block a thread: on the server's thread pool, in the
        // order requests came, the event loops go on taking and answering the others.
        try await NIOThreadPool.singleton.runIfActive {
          try self.respond(request, kind: kind) { head in
            try render(
              RouteCall(
                request: request, context: context, head: head,
                query: Query(request, emptyIsAbsent: kind != .api)))
          }
        }
      }
    }
  }

  /// Adds a page at each of `paths`: `view` builds its view, which its template renders.
  func page<View: PageView>(
    _ paths: RouterPath..., on router: some RouterMethods<BasicRequestContext>,
    _ view: @escaping @Sendable (RouteCall) throws -> View
  ) {
    for path in paths {
      get(path, on: router, as: .page) { call in self.render(try view(call)) }
    }
  }

  /// The page `view` rendered with its template.
  func render<View: PageView>(_ view: View, status: HTTPResponse.Status = .ok) -> Rendered {
    Rendered(status: status, contentType: Rendered.html, body: templates.page(View.template, view))
  }

  // MARK: Responding

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
        return errorResponse(error, kind: kind, head: head, path: request.uri.path)
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

  /// The error as a page or as JSON, with the status it calls for; the page of an unknown
  /// country suggests recorded ones (see ``suggestions(for:path:)``). `path` is the request's.
  func errorResponse(_ error: ServerError, kind: Kind, head: LogHead?, path: String) -> Response {
    let rendered: Rendered
    switch kind {
    case .api, .document:
      let body = APIError(error: .init(status: Int(error.status.code), message: error.message))
      rendered = Rendered(status: error.status, contentType: Rendered.json, body: JSON.encode(body))
    case .page:
      var suggestions: [Link] = []
      if case .unknownCountry(let name) = error {
        suggestions = self.suggestions(for: name, path: path)
      }
      rendered = render(
        ErrorView(error, head: head, suggestions: suggestions), status: error.status)
    }
    var headers = LedgerSite.headers(for: rendered)
    if case .methodNotAllowed(_, _, let allowed) = error {
      headers[.allow] = allowed.joined(separator: ", ")
    }
    return Response(
      status: rendered.status, headers: headers, body: ResponseBody(byteBuffer: rendered.body))
  }

  /// The recorded countries nearest to `name`, a country no entry of the directory is, each
  /// linked to the page `path` asked for with its code in the name's place
  /// (`/countries/Belise/progress` → `/countries/BLZ/progress`), or to its timeline when the
  /// name was not in the path (a `country` parameter).
  func suggestions(for name: String, path: String) -> [Link] {
    guard let recorded = try? ledger.countries() else { return [] }
    var components = path.split(separator: "/", omittingEmptySubsequences: true).map(String.init)
    let inPath = components.count >= 2 && components[0] == "countries"
    return CountrySearch.nearest(to: name, among: recorded.map(\.code)).map { entry in
      var href = Paths.country(entry.code)
      if inPath {
        components[1] = entry.code
        href = "/" + components.joined(separator: "/")
      }
      return Link(href: href, label: "\(entry.name) (\(entry.code))")
    }
  }

  // MARK: Shared lookups

  /// The country a path names, with its revisions in effect (at least one).
  func recordedCountry(_ name: String) throws -> (code: String, revisions: [RevisionRef]) {
    let code = try RequestValues.country(name).code
    let revisions = try ledger.revisionsInEffect(country: code)
    guard !revisions.isEmpty else {
      throw ServerError.notRecorded(country: code, detail: "no revisions recorded")
    }
    return (code, revisions)
  }

  /// The revision in effect on `date` among `revisions`.
  func revision(on date: ProfileDate, in revisions: [RevisionRef], country: String) throws
    -> RevisionRef
  {
    guard let revision = revisions.last(where: { $0.effectiveDate <= date }) else {
      throw ServerError.notRecorded(
        country: country,
        detail:
          "no revision in effect on \(date.iso) (the first is dated \(revisions[0].effectiveDate.iso))"
      )
    }
    return revision
  }

  /// The reading of `revision` with what its event says of it (the values supplied, not read).
  func storedRecord(_ revision: RevisionRef, country: String) throws -> StoredProfile {
    guard let stored = try ledger.profile(seq: revision.seq) else {
      throw ServerError.notRecorded(
        country: country, detail: "event #\(revision.seq) holds no reading")
    }
    return stored
  }

  /// The name of a country as the directory prints it.
  func name(_ code: String) -> String {
    CountryDirectory.standard.entry(code: code)?.name ?? code
  }
}
