import Foundation
import ResourceEmbedding
import Testing

@testable import ProfileServer

/// What runs must be what is reviewed: every template is embedded byte for byte, and parses.
/// (`EmbeddedResourceTests` checks that the generated source is up to date.)
@Suite struct EmbeddedTemplatesTests {
  @Test func everyTemplateIsEmbeddedAndParses() throws {
    let resource = try #require(EmbeddedResource.all.first { $0.type == "Templates" })
    let files = try resource.files(root: EmbeddedResource.packageRoot())
    #expect(Templates.files.keys.sorted() == files.map(\.name))
    for file in files { #expect(Templates.files[file.name] == file.text) }
    _ = try Templates.library()
  }

  @Test func theOpenAPIDocumentIsEmbeddedByteForByte() throws {
    let resource = try #require(EmbeddedResource.all.first { $0.type == "ServerResources" })
    let files = try resource.files(root: EmbeddedResource.packageRoot())
    #expect(files.map(\.name) == ["changelog.schema.json", "openapi.json"])
    for file in files { #expect(ServerResources.file(file.name) == file.text) }
  }
}
