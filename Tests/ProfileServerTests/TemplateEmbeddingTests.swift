import Foundation
import ProfileTestSupport
import Testing

@testable import ProfileServer

/// What runs must be what is reviewed: every template is embedded byte for byte.
@Suite struct EmbeddedTemplatesTests {
  let embedded = EmbeddedFiles(
    folder: "Sources/ProfileServer/Templates",
    generated: "Sources/ProfileServer/EmbeddedTemplates+Files.swift", type: "Templates",
    test: "EmbeddedTemplatesTests", advice: "change the template and re-record.",
    embeddedName: { $0.hasSuffix(".mustache") ? String($0.dropLast(".mustache".count)) : nil })

  @Test func embeddedSourceIsUpToDate() throws {
    let (committed, expected) = try embedded.committedAndExpected()
    #expect(
      committed == expected,
      "EmbeddedTemplates+Files.swift is stale: run PROFILES_RECORD=1 swift test --filter EmbeddedTemplatesTests"
    )
  }

  @Test func everyTemplateIsEmbeddedAndParses() throws {
    let files = try embedded.files()
    #expect(Templates.files.keys.sorted() == files.map(\.name))
    for file in files { #expect(Templates.files[file.name] == file.text) }
    _ = try Templates.library()
  }
}
