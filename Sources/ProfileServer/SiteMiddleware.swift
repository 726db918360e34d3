import Foundation
import Hummingbird
import Logging

/// Logs every request (method, target, status, time taken) and answers what no route
/// matched, or what failed, with an error the client can read: 405 for a method the path's
/// route does not take, 404 for a path no route has.
struct SiteMiddleware: RouterMiddleware {
  typealias Context = BasicRequestContext
  let site: LedgerSite
  /// The site's routes, to tell a method not allowed from a path not there.
  let routes: RouteTable
  var logger: Logger { site.logger }

  func handle(
    _ request: Request, context: Context, next: (Request, Context) async throws -> Response
  ) async throws -> Response {
    let start = ContinuousClock.now
    var response: Response
    do {
      response = try await next(request, context)
    } catch let error as HTTPError where error.status == .notFound {
      let path = request.uri.path
      let allowed = routes.methods(at: path)
      response = site.errorResponse(
        allowed.isEmpty
          ? .noSuchPage(path: path)
          : .methodNotAllowed(
            method: request.method.rawValue, path: path, allowed: allowed.map(\.rawValue)),
        kind: path.hasPrefix("/api/") ? .api : .page, head: try? site.heads.current(site.ledger),
        path: path)
    } catch let error as HTTPResponseError {
      response = try error.response(from: request, context: context)
    } catch {
      logger.error("\(request.method) \(request.uri): \(error)")
      response = SiteMiddleware.plain(
        .internalServerError, "the store could not be read: \(error)",
        api: request.uri.path.hasPrefix("/api/"))
    }
    let elapsed = ContinuousClock.now - start
    let micros =
      elapsed.components.seconds * 1_000_000 + elapsed.components.attoseconds / 1_000_000_000_000
    logger.info(
      "\(request.method) \(request.uri) \(response.status.code) \(micros / 1000).\(String(micros % 1000 / 100)) ms"
    )
    return response
  }

  /// A short error response for what never reached a route: JSON under `/api/`, else HTML.
  static func plain(_ status: HTTPResponse.Status, _ message: String, api: Bool) -> Response {
    let rendered: Rendered
    if api {
      rendered = Rendered(
        status: status, contentType: Rendered.json,
        body: JSON.encode(APIError(error: .init(status: Int(status.code), message: message))))
    } else {
      let escaped = message.replacingOccurrences(of: "&", with: "&amp;")
        .replacingOccurrences(of: "<", with: "&lt;").replacingOccurrences(of: ">", with: "&gt;")
      rendered = Rendered(
        status: status, contentType: Rendered.html,
        body: """
          <!DOCTYPE html>
          <html lang="en"><head><meta charset="utf-8"><title>\(status.code) \(status.reasonPhrase)</title></head>
          <body><h1>\(status.code) \(status.reasonPhrase)</h1><p class="error">\(escaped)</p>
          <p><a href="/">Countries</a></p></body></html>

          """)
    }
    return Response(
      status: status, headers: LedgerSite.headers(for: rendered),
      body: ResponseBody(byteBuffer: rendered.body))
  }
}

/// The paths of a router's routes and the methods each answers, for a request no route
/// matched: its path may be a route's, asked with another method.
struct RouteTable: Sendable {
  let routes: [(path: RouterPath, methods: [HTTPRequest.Method])]

  /// The table of `routes` (as `Router.routes` lists them); a route that answers GET answers
  /// HEAD too, as the site's router generates it.
  init(_ routes: [Router<BasicRequestContext>.RouteDescription]) {
    var methods: [String: [HTTPRequest.Method]] = [:]
    var paths: [String: RouterPath] = [:]
    for route in routes {
      paths[route.path.description] = route.path
      methods[route.path.description, default: []].append(route.method)
      if route.method == .get { methods[route.path.description]!.append(.head) }
    }
    self.routes = paths.keys.sorted().map { (paths[$0]!, methods[$0]!) }
  }

  /// The methods the route at `path` answers; none when no route has the path.
  func methods(at path: String) -> [HTTPRequest.Method] {
    let components = path.split(separator: "/")
    let route = routes.first { route in
      route.path.components.count == components.count
        && zip(route.path.components, components).allSatisfy { $0 ~= $1 }
    }
    return route?.methods ?? []
  }
}
