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
    var bytes: [UInt8] = []
    _ = try ledger.exportLog { bytes += $0 }
    let lines = String(decoding: bytes, as: UTF8.self).split(separator: "\n").map(String.init)
    #expect(lines.count == 7)

    let header = try validator("header")
    #expect(header.errors(try JSONValue.parse(lines[0])) == [])
    let event = try validator("event")
    let schema = try JSONSerialization.jsonObject(with: Data(contentsOf: schemaURL))
    let definitions = (schema as? [String: Any])?["$defs"] as? [String: Any]
    let required = (definitions?["event"] as? [String: Any])?["required"] as? [String]
    for line in lines.dropFirst() {
      #expect(event.errors(try JSONValue.parse(line)) == [], "\(line.prefix(80))")
      // Keys in the documented order: each "key": at its place.
      let keys = try #require(required)
      let positions = keys.compactMap { line.range(of: "\"\($0)\":")?.lowerBound }
      #expect(positions.count == keys.count && positions == positions.sorted())
    }
    // A line that breaks it is caught.
    #expect(
      !event.errors(
        try JSONValue.parse(
          lines[1].replacingOccurrences(of: "\"kind\":\"recorded\"", with: "\"kind\":\"deleted\""))
      ).isEmpty)
  }
}
