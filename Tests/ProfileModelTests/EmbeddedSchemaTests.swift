import Foundation
import ProfileModel
import ProfileTestSupport
import Testing

/// What runs must be what is reviewed: every file of `Schema/` is embedded byte for byte.
@Suite struct EmbeddedSchemaTests {
  let embedded = EmbeddedFiles(
    folder: "Schema", generated: "Sources/ProfileModel/EmbeddedSchema+Files.swift",
    type: "EmbeddedSchema", test: "EmbeddedSchemaTests",
    advice: "change the file in Schema/ and re-record.",
    embeddedName: { $0.hasPrefix(".") ? nil : $0 })

  @Test func embeddedSourceIsUpToDate() throws {
    let (committed, expected) = try embedded.committedAndExpected()
    #expect(
      committed == expected,
      "EmbeddedSchema+Files.swift is stale: run PROFILES_RECORD=1 swift test --filter EmbeddedSchemaTests"
    )
  }

  @Test func everySchemaFileIsEmbeddedByteForByte() throws {
    let files = try embedded.files()
    #expect(EmbeddedSchema.fileNames == files.map(\.name))
    for file in files {
      #expect(
        EmbeddedSchema.file(file.name) == file.text,
        "Schema/\(file.name) differs from the binary's copy")
    }
  }
}
