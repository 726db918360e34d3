import EventStore
import Hummingbird
import LedgerModel
import ProfileModel

/// The documents as they were ingested: a revision's by country and date, any reading's
/// (a superseded one too) by event, each as a page, as the document itself (`raw`: a PDF
/// with its content type) and as the text that was read (`text`: for a PDF, the text
/// extracted from it).
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
    get("/countries/{country}/source/{date}/text", on: router, as: .document) { call in
      try self.countrySource(try call.path("country"), date: try call.path("date")).text
    }
    page("/events/{seq}/source", on: router) { call in
      self.sourceView(try self.eventSource(try call.path("seq")), head: call.head)
    }
    get("/events/{seq}/source/raw", on: router, as: .document) { call in
      try self.eventSource(try call.path("seq")).raw
    }
    get("/events/{seq}/source/text", on: router, as: .document) { call in
      try self.eventSource(try call.path("seq")).text
    }
  }

  /// A document and where it belongs: what the source page, the document and its text show.
  struct SourceDocument {
    var stored: StoredDocument
    /// The page's address (the document's and its text's are below it), its title, and the
    /// reading it gave, if in effect.
    var href: String
    var title: String
    var profileHref: String?

    /// The document as ingested, with its content type.
    var raw: Rendered {
      Rendered(
        contentType: stored.isPDF ? "application/pdf" : Rendered.text, bytes: stored.bytes)
    }

    /// What the reader read.
    var text: Rendered { Rendered(contentType: Rendered.text, bytes: stored.text) }
  }

  /// The document of the country `name`'s revision dated `text`.
  func countrySource(_ name: String, date text: String) throws -> SourceDocument {
    let (code, _) = try recordedCountry(name)
    let date = try RequestValues.date(text, parameter: "date")
    guard let stored = try ledger.source(country: code, date: date) else {
      throw ServerError.notRecorded(country: code, detail: "no revision dated \(date.iso)")
    }
    return SourceDocument(
      stored: stored, href: Paths.source(code, date), title: "document of \(date.iso)",
      profileHref: Paths.profile(code, date))
  }

  /// The document of event number `text`.
  func eventSource(_ text: String) throws -> SourceDocument {
    guard let seq = Int(text), seq > 0 else {
      throw ServerError.badParameter(parameter: "event", value: text, expected: "an event number")
    }
    guard let stored = try ledger.source(seq: seq) else { throw ServerError.noSuchEvent(seq) }
    return SourceDocument(
      stored: stored, href: Paths.eventSource(seq), title: "document of event #\(seq)",
      profileHref: nil)
  }

  func sourceView(_ document: SourceDocument, head: LogHead) -> SourceView {
    let stored = document.stored
    let code = stored.country
    let rawHref = document.href + "/raw"
    let textHref = document.href + "/text"
    return SourceView(
      chrome: Chrome(
        "\(name(code)) (\(code)): \(document.title)", head: head,
        alternates: stored.extraction == nil
          ? [Link(href: rawHref, label: "raw text")]
          : [Link(href: rawHref, label: "PDF"), Link(href: textHref, label: "extracted text")]),
      code: code, name: name(code), date: stored.date.iso,
      text: String(decoding: stored.text, as: UTF8.self), rawHref: rawHref,
      extractor: stored.extraction?.extractor, textHref: textHref,
      textSize: Format.count(stored.text.count, "byte"), profileHref: document.profileHref,
      timeline: Paths.country(code), size: Format.count(stored.bytes.count, "byte"))
  }
}
