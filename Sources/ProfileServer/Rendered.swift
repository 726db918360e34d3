import Hummingbird

/// A response body as the site renders it, before the headers that depend on the request:
/// what the page cache keeps.
struct Rendered: Sendable {
  var status: HTTPResponse.Status = .ok
  var contentType: String
  var body: ByteBuffer

  static let html = "text/html; charset=utf-8"
  static let json = "application/json; charset=utf-8"
  static let text = "text/plain; charset=utf-8"
  static let atom = "application/atom+xml; charset=utf-8"
  static let svg = "image/svg+xml; charset=utf-8"

  init(status: HTTPResponse.Status = .ok, contentType: String, body: String) {
    self.status = status
    self.contentType = contentType
    self.body = ByteBuffer(string: body)
  }

  init(status: HTTPResponse.Status = .ok, contentType: String, bytes: some Sequence<UInt8>) {
    self.status = status
    self.contentType = contentType
    self.body = ByteBuffer(bytes: bytes)
  }

  /// A redirect to `location` (a path on this site): no body.
  static func redirect(_ location: String, status: HTTPResponse.Status = .seeOther) -> Rendered {
    var rendered = Rendered(status: status, contentType: text, body: "")
    rendered.location = location
    return rendered
  }

  var location: String?
}
