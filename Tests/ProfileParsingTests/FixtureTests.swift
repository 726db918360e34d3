import Foundation
import ProfileModel
import ProfileParsing
import ProfileTestSupport
import Testing

/// Every fixture document reads to its golden reading and golden diagnostics, and every
/// reading survives a trip through the writer.
@Suite struct FixtureTests {
  static let fixtures = SourceTree.directory().appendingPathComponent("Fixtures")
  static let golden = SourceTree.directory().appendingPathComponent("Golden")

  static let names: [String] = {
    let files = (try? FileManager.default.contentsOfDirectory(atPath: fixtures.path)) ?? []
    return files.filter { $0.hasSuffix(".txt") }.map { String($0.dropLast(4)) }.sorted()
  }()

  static func read(_ name: String) throws -> ParseResult {
    let data = try Data(contentsOf: fixtures.appendingPathComponent(name + ".txt"))
    return ProfileParser.standard.parse(data)
  }

  @Test func thereAreEnoughFixtures() {
    #expect(Self.names.count >= 12)
    #expect(Self.names.filter { $0.hasPrefix("error-") }.count >= 5)
  }

  @Test(arguments: names)
  func readsAsGolden(name: String) throws {
    let result = try Self.read(name)
    let diagnostics = result.diagnostics.map { $0.formatted(path: name + ".txt") + "\n" }.joined()
    let goldenDiagnostics = try Golden.expected(
      diagnostics, file: Self.golden.appendingPathComponent(name + ".diagnostics.txt"))
    #expect(diagnostics == goldenDiagnostics, "diagnostics of \(name) differ from Golden/")

    if name.hasPrefix("error-") {
      #expect(result.profile == nil && result.hasErrors, "\(name) should not read")
      return
    }
    let profile = try #require(result.profile, "\(name) should read: \(result.errors)")
    let json = String(decoding: try CanonicalJSON.encode(profile, pretty: true), as: UTF8.self)
    let goldenJSON = try Golden.expected(
      json, file: Self.golden.appendingPathComponent(name + ".json"))
    #expect(json == goldenJSON, "reading of \(name) differs from Golden/\(name).json")
  }

  @Test(arguments: names.filter { !$0.hasPrefix("error-") })
  func writerOutputReadsBackToTheSameProfile(name: String) throws {
    let profile = try #require(try Self.read(name).profile)
    let rendered = ProfileWriter().render(profile)
    let reread = ProfileParser.standard.parse(text: rendered)
    #expect(!reread.hasErrors, "rendered \(name) has errors: \(reread.errors)")
    #expect(reread.profile == profile, "parse(render(p)) != p for \(name)")
  }
}
