import Foundation
import ProfileTestSupport
import Testing

@testable import ProfileServer

/// What runs must be what is reviewed: every template is embedded byte for byte.
@Suite struct EmbeddedTemplatesTests {
  let folder = SourceTree.root().appendingPathComponent("Sources/ProfileServer/Templates")
  let generated = SourceTree.root().appendingPathComponent(
    "Sources/ProfileServer/EmbeddedTemplates+Files.swift")

  func templateFiles() throws -> [(name: String, text: String)] {
    try FileManager.default.contentsOfDirectory(atPath: folder.path)
      .filter { $0.hasSuffix(".mustache") }
      .sorted()
      .map { name in
        (
          String(name.dropLast(".mustache".count)),
          String(decoding: try Data(contentsOf: folder.appendingPathComponent(name)), as: UTF8.self)
        )
      }
  }

  /// The Swift source that embeds `files`.
  func source(for files: [(name: String, text: String)]) -> String {
    var lines = [
      "// swift-format-ignore-file",
      "// Generated from Sources/ProfileServer/Templates/ by `PROFILES_RECORD=1 swift test --filter EmbeddedTemplatesTests`.",
      "// Do not edit: change the template and re-record.",
      "",
      "extension Templates {",
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
    let expected = source(for: try templateFiles())
    if Golden.isRecording { try Data(expected.utf8).write(to: generated) }
    let committed = String(decoding: try Data(contentsOf: generated), as: UTF8.self)
    #expect(
      committed == expected,
      "EmbeddedTemplates+Files.swift is stale: run PROFILES_RECORD=1 swift test --filter EmbeddedTemplatesTests"
    )
  }

  @Test func everyTemplateIsEmbeddedAndParses() throws {
    let files = try templateFiles()
    #expect(Templates.files.keys.sorted() == files.map(\.name))
    for file in files { #expect(Templates.files[file.name] == file.text) }
    _ = try Templates.library()
  }
}
