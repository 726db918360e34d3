import Foundation
import ProfileModel
import ProfileParsing
import ProfileTestSupport
import Testing

/// Every real document under `Snapshots/` reads exactly as its reviewed `.json` beside it.
@Suite struct SnapshotTests {
  static let snapshots = SourceTree.root().appendingPathComponent("Snapshots")

  static let documents: [String] = {
    let all = FileManager.default.enumerator(atPath: snapshots.path)?.allObjects as? [String] ?? []
    return all.filter { $0.hasSuffix(".txt") }.sorted()
  }()

  @Test func theBelizeSeedIsThere() {
    #expect(Self.documents.contains("belize/2015-03-02.txt"))
  }

  @Test(arguments: documents)
  func readsAsCommitted(path: String) throws {
    let data = try Data(contentsOf: Self.snapshots.appendingPathComponent(path))
    let result = ProfileParser.standard.parse(data)
    #expect(result.diagnostics == [], "\(path): \(result.diagnostics)")
    let profile = try #require(result.profile)
    // The file lives at <country slug>/<last updated>.txt.
    let slug = CountryDirectory.standard.entry(code: profile.country.code)?.slug
    #expect(path == "\(slug ?? "?")/\(profile.lastUpdated.iso).txt")
    let json = String(decoding: try CanonicalJSON.encode(profile, pretty: true), as: UTF8.self)
    let golden = try Golden.expected(
      json, file: Self.snapshots.appendingPathComponent(String(path.dropLast(4)) + ".json"))
    #expect(json == golden, "\(path) no longer reads as its committed .json")
    #expect(ProfileParser.standard.parse(text: ProfileWriter().render(profile)).profile == profile)
  }

  @Test func belizeReadsAsReviewed() throws {
    let data = try Data(contentsOf: Self.snapshots.appendingPathComponent("belize/2015-03-02.txt"))
    let profile = try #require(ProfileParser.standard.parse(data).profile)
    #expect(profile.country == Country(code: "BLZ", name: "BELIZE"))
    #expect(profile.lastUpdated.iso == "2015-03-02")
    #expect(profile.figure("population")?.value == "324000")
    #expect(profile.figure("internet-users")?.value == "31.70")
    let statuses = profile.indicators.map(\.status)
    #expect(statuses.filter { $0 == .present }.count == 5)
    #expect(profile.indicator("1.3.1")?.status == .partial)
    #expect(profile.indicator("1.4.3")?.status == .unknown)
    #expect(
      profile.indicator("1.1.2")?.items == [
        "Electronic Transactions Act", "Electronic Evidence Act",
      ])
    #expect(profile.indicator("1.5.4")?.items == ["ITU-IMPACT", "CICTE-OAS"])
  }
}
