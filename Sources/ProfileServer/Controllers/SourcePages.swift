import EventStore
import Hummingbird
import LedgerModel
import ProfileModel

/// The documents as they were ingested: a revision's by country and date, any reading's
/// (a superseded one too) by event, each as a page and as raw text.
extension LedgerSite {
  func addSourcePages(to router: Router<BasicRequestContext>) {
    page("/countries/{country}/source/{date}", on: router) { call in
      self.sourceView(
        try self.countrySource(try call.path("country"), date: try call.path("date")),
        head: call.head)
    }
    get("/countries/{country}/source/{date}/raw", on: router, as: .document) { call in
      try self.countrySource(try call.path("country"), date: try call.path("date")).raw
    }
    page("/events/{seq}/source", on: router) { call in
      self.sourceView(try self.eventSource(try call.path("seq")), head: call.head)
    }
    get("/events/{seq}/source/raw", on: router, as: .document) { call in
      try self.eventSource(try call.path("seq")).raw
    }
  }

  /// A document and where it belongs: what the source page and its raw text show.
  struct SourceDocument {
    var country: String
    var date: ProfileDate
    var bytes: [UInt8]
    /// The address of the raw text, the page's title and the reading it gave, if in effect.
    var rawHref: String
    var title: String
    var profileHref: String?

    var raw: Rendered { Rendered(contentType: Rendered.text, bytes: bytes) }
  }

  /// The document of the country `name`'s revision dated `text`.
  func countrySource(_ name: String, date text: String) throws -> SourceDocument {
    let (code, _) = try recordedCountry(name)
    let date = try RequestValues.date(text, parameter: "date")
    guard let bytes = try ledger.source(country: code, date: date) else {
      throw ServerError.notRecorded(country: code, detail: "no revision dated \(date.iso)")
    }
    return SourceDocument(
      country: code, date: date, bytes: bytes, rawHref: Paths.rawSource(code, date),
      title: "document of \(date.iso)", profileHref: Paths.profile(code, date))
  }

  /// The document of event number `text`.
  func eventSource(_ text: String) throws -> SourceDocument {
    guard let seq = Int(text), seq > 0 else {
      throw ServerError.badParameter(parameter: "event", value: text, expected: "an event number")
    }
    guard let source = try ledger.source(seq: seq) else { throw ServerError.noSuchEvent(seq) }
    return SourceDocument(
      country: source.country, date: source.date, bytes: source.bytes,
      rawHref: Paths.eventSource(seq) + "/raw", title: "document of event #\(seq)",
      profileHref: nil)
  }

  func sourceView(_ document: SourceDocument, head: LogHead) -> SourceView {
    let code = document.country
    return SourceView(
      chrome: Chrome(
        "\(name(code)) (\(code)): \(document.title)", head: head,
        alternates: [Link(href: document.rawHref, label: "raw text")]),
      code: code, name: name(code), date: document.date.iso,
      text: String(decoding: document.bytes, as: UTF8.self), rawHref: document.rawHref,
      profileHref: document.profileHref, timeline: Paths.country(code),
      bytes: document.bytes.count)
  }
}
