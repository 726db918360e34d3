import Foundation
import ProfileModel
import ProfileTestSupport
import Testing

/// What runs must be what is reviewed: every file of `Schema/` is embedded byte for byte.
@Suite struct EmbeddedSchemaTests {
  let schema = SourceTree.root().appendingPathComponent("Schema")
  let generated = SourceTree.root().appendingPathComponent(
    "Sources/ProfileModel/EmbeddedSchema+Files.swift")

  func schemaFiles() throws -> [(name: String, text: String)] {
    try FileManager.default.contentsOfDirectory(atPath: schema.path)
      .filter { !$0.hasPrefix(".") }
      .sorted()
      .map { name in
        (
          name,
          String(decoding: try Data(contentsOf: schema.appendingPathComponent(name)), as: UTF8.self)
        )
      }
  }

  /// The Swift source that embeds `files`.
  func source(for files: [(name: String, text: String)]) -> String {
    var lines = [
      "// swift-format-ignore-file",
      "// Generated from Schema/ by `PROFILES_RECORD=1 swift test --filter EmbeddedSchemaTests`.",
      "// Do not edit: change the file in Schema/ and re-record.",
      "",
      "extension EmbeddedSchema {",
      "  static let files: [String: String] = [",
    ]
    for file in files {
      lines.append("    \"\(file.name)\": #\"\"\"")
      lines.append(file.text + "\n\"\"\"#,")
    }
    lines += ["  ]", "}"]
    return lines.joined(separator: "\n") + "\n"
  }

  @Test func embeddedSourceIsUpToDate() throws {
    let expected = source(for: try schemaFiles())
    if Golden.isRecording { try Data(expected.utf8).write(to: generated) }
    let committed = String(decoding: try Data(contentsOf: generated), as: UTF8.self)
    #expect(
      committed == expected,
      "EmbeddedSchema+Files.swift is stale: run PROFILES_RECORD=1 swift test --filter EmbeddedSchemaTests"
    )
  }

  @Test func everySchemaFileIsEmbeddedByteForByte() throws {
    let files = try schemaFiles()
    #expect(EmbeddedSchema.fileNames == files.map(\.name))
    for file in files {
      #expect(
        EmbeddedSchema.file(file.name) == file.text,
        "Schema/\(file.name) differs from the binary's copy")
    }
  }
}
