import EventStore
import Foundation
import LedgerModel
import ProfileModel
import ProfileParsing
import ProfileTestSupport
import Testing

/// `Schema/export.schema.json` describes what `exportLog` writes, line by line.
@Suite struct ExportSchemaTests {
  let schemaURL = SourceTree.root().appendingPathComponent("Schema/export.schema.json")

  /// A validator of one of the schema's definitions.
  func validator(_ definition: String) throws -> JSONSchemaValidator {
    let schema = try JSONValue.parse(
      String(decoding: try Data(contentsOf: schemaURL), as: UTF8.self))
    guard case .object(let members) = schema, let definitions = members["$defs"] else {
      throw CocoaError(.fileReadCorruptFile)
    }
    return JSONSchemaValidator(
      root: .object(["$defs": definitions, "$ref": .string("#/$defs/\(definition)")]))
  }

  @Test func everyLineOfAnExportMatchesTheSchemaWithKeysInItsOrder() throws {
    let ledger = try Ledger()
    let documents = try SyntheticCorpus(countries: 2, revisions: 3, seed: 4).all().map {
      let bytes = Array($0.text.utf8)
      return (bytes, try #require(ProfileParser.standard.parse(bytes).profile))
    }
    _ = try ledger.recordBatch(documents, parserVersion: ProfileParser.version)
    // A document read from an extracted text, as a PDF is: its line has text_hash,
    // extractor and text.
    let text = try SyntheticCorpus(countries: 3, revisions: 1, seed: 5).all().last!.text
    let pdf = PreparedRevision(
      source: Array("%PDF-1.4 \(text.count)".utf8),
      profile: try #require(ProfileParser.standard.parse(Array(text.utf8)).profile),
      extraction: ExtractedText(bytes: Array(text.utf8), extractor: "pdftotext 1.0 -layout"))
    _ = try ledger.recordBatch(prepared: [pdf], parserVersion: ProfileParser.version)
    var bytes: [UInt8] = []
    _ = try ledger.exportLog { bytes += $0 }
    let lines = String(decoding: bytes, as: UTF8.self).split(separator: "\n").map(String.init)
    #expect(lines.count == 8)
    #expect(lines[7].contains(#""extractor":"pdftotext 1.0 -layout""#))

    let header = try validator("header")
    #expect(header.errors(try JSONValue.parse(lines[0])) == [])
    let event = try validator("event")
    let schema = try JSONSerialization.jsonObject(with: Data(contentsOf: schemaURL))
    let definitions = (schema as? [String: Any])?["$defs"] as? [String: Any]
    let required = try #require(
      (definitions?["event"] as? [String: Any])?["required"] as? [String])
    // The properties in the order the schema lists them (which a dictionary forgets).
    let schemaText = try String(contentsOf: schemaURL, encoding: .utf8)
    let eventText = try #require(schemaText.range(of: #""event": {"#)?.upperBound)
    let documentText = try #require(schemaText.range(of: #""document": {"#)?.lowerBound)
    let order = schemaText[eventText..<documentText].matches(of: /\n {8}"(\w+)": \{/)
      .map { String($0.1) }
    #expect(order.count == 20)
    for line in lines.dropFirst() {
      #expect(event.errors(try JSONValue.parse(line)) == [], "\(line.prefix(80))")
      // Keys in the documented order: each "key": at its place, the required ones always.
      let positions = order.compactMap { line.range(of: "\"\($0)\":")?.lowerBound }
      #expect(required.allSatisfy { line.contains("\"\($0)\":") })
      #expect(positions == positions.sorted())
    }
    // An event with an extracted text and no text is caught.
    #expect(
      event.errors(
        try JSONValue.parse(lines[7].replacingOccurrences(of: #","text":"#, with: #","txt":"#))
      ).contains {
        $0.contains("'text_hash' without 'text'")
      })
    // A line that breaks it is caught.
    #expect(
      !event.errors(
        try JSONValue.parse(
          lines[1].replacingOccurrences(of: "\"kind\":\"recorded\"", with: "\"kind\":\"deleted\""))
      ).isEmpty)
  }
}
