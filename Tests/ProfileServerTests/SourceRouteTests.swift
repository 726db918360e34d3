import EventStore
import Foundation
import Hummingbird
import HummingbirdTesting
import Ingestion
import LedgerModel
import ProfileParsing
import ProfileServer
import ProfileTestSupport
import Testing

/// A document ingested as a PDF: its page shows the text read from it and what extracted
/// it, `raw` gives the PDF with its content type, `text` the text.
@Suite struct SourceRouteTests {
  let fixtures = SourceTree.root().appendingPathComponent("Tests/IngestionTests/Fixtures")

  /// A store holding Malta's PDF, read from the text pdftotext extracts.
  func store() throws -> (Ledger, pdf: [UInt8], text: ExtractedText) {
    let pdf = Array(try Data(contentsOf: fixtures.appendingPathComponent("malta.pdf")))
    let text = try PDFText.extractText(pdf, path: "malta.pdf")
    let profile = try #require(ProfileParser.standard.parse(bytes: text.bytes).profile)
    let ledger = try Ledger()
    _ = try ledger.recordBatch(
      prepared: [PreparedRevision(source: pdf, profile: profile, extraction: text)],
      parserVersion: ProfileParser.version)
    return (ledger, pdf, text)
  }

  @Test func aPDFIsServedAsAPDFWithItsTextBeside() async throws {
    let (ledger, pdf, text) = try store()
    let site = try LedgerSite(ledger: ledger, logger: ServerStore.quietLogger)
    try await Application(router: site.router()).test(.router) { client in
      for base in ["/countries/MLT/source/2014-08-12", "/events/1/source"] {
        let page = try await client.execute(uri: base, method: .get)
        #expect(page.status == .ok)
        let body = String(buffer: page.body)
        #expect(body.contains("is a PDF, kept byte for byte (5296 bytes)"), "\(base)")
        #expect(body.contains(#"<a href="\#(base)/raw" type="application/pdf">PDF</a>"#))
        #expect(body.contains("extracted by <code>\(text.extractor)</code>"))
        #expect(body.contains("CYBERWELLNESS PROFILE"), "the text read is shown")

        let raw = try await client.execute(uri: base + "/raw", method: .get)
        #expect(raw.headers[.contentType] == "application/pdf")
        #expect(Array(buffer: raw.body) == pdf)

        let plain = try await client.execute(uri: base + "/text", method: .get)
        #expect(plain.headers[.contentType] == "text/plain; charset=utf-8")
        #expect(Array(buffer: plain.body) == text.bytes)
      }
      // The reading's page and the history say where the text came from.
      let profile = String(
        buffer: try await client.execute(uri: "/countries/MLT/profile/2014-08-12", method: .get)
          .body)
      #expect(
        profile.contains("read from a PDF, its text extracted by <code>\(text.extractor)</code>"))
      let history = String(
        buffer: try await client.execute(uri: "/api/countries/MLT/history", method: .get).body)
      #expect(history.contains("\"extractor\" : \"\(text.extractor)\""), "\(history)")
      let (validator, schema) = try ReviewRouteTests.schema("RevisionSummary")
      guard case .array(let revisions) = try JSONValue.parse(history) else {
        Issue.record("the history is not an array")
        return
      }
      for revision in revisions {
        #expect(validator.errors(revision, against: schema) == [])
      }
    }
  }
}
