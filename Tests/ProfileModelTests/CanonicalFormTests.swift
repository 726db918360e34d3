import Foundation
import ProfileModel
import ProfileParsing
import ProfileTestSupport
import Testing

@Suite struct CanonicalFormTests {
  func profile(name: String = "CÔTE D'IVOIRE", text: String = "Le décret n° 2013") -> Profile {
    Profile(
      catalog: "itu-cyberwellness-2015", country: Country(code: "CIV", name: name),
      lastUpdated: ProfileDate(year: 2015, month: 1, day: 13)!,
      figures: [
        FigureReading(
          id: "population", value: "19840000",
          source: DataSource(name: "United Nations Statistics Division", period: "December 2012"))
      ],
      indicators: [IndicatorReading(id: "1.2.1", status: .present, items: ["CI-CERT"], text: text)])
  }

  @Test func canonicalJSONHasSortedKeysAndNoEscapedSlashes() throws {
    let json = String(decoding: profile(text: "a/b").canonicalJSON(), as: UTF8.self)
    #expect(json.hasPrefix(#"{"catalog":"itu-cyberwellness-2015","country":{"code":"CIV","#))
    #expect(json.contains(#""text":"a/b""#))
    #expect(json.contains(#""lastUpdated":"2015-01-13""#))
  }

  @Test func decomposedAndPrecomposedTextHashTheSame() {
    let precomposed = profile(name: "C\u{00D4}TE D'IVOIRE")
    let decomposed = profile(name: "CO\u{0302}TE D'IVOIRE")
    #expect(Array(precomposed.name.unicodeScalars) != Array(decomposed.name.unicodeScalars))
    #expect(precomposed.contentHash == decomposed.contentHash)
    #expect(decomposed.normalized().country.name.unicodeScalars.count == 13)
  }

  @Test func hashIsStableAndSensitiveToContent() {
    let a = profile()
    #expect(a.contentHash == profile().contentHash)
    #expect(a.contentHash.count == 64)
    var b = a
    b.indicators[0].status = .partial
    #expect(a.contentHash != b.contentHash)
  }

  @Test func sha256MatchesAKnownVector() {
    #expect(
      CanonicalJSON.sha256Hex(Data("abc".utf8))
        == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
  }

  @Test func profileRoundTripsThroughJSON() throws {
    let data = try CanonicalJSON.encode(profile(), pretty: true)
    #expect(try JSONDecoder().decode(Profile.self, from: data) == profile())
  }

  @Test(arguments: ["2015-02-29", "2015-13-01", "15-03-02", "2015-3-2", "2016-02-30"])
  func impossibleDatesAreRejected(iso: String) {
    #expect(ProfileDate(iso: iso) == nil)
  }

  /// A date reads the same from a string, a part of one, and a string not stored as UTF-8.
  @Test func datesReadFromAnyStringForm() {
    let line = "Last updated 2016-02-29, again"
    let slice = line.dropFirst(13).prefix(10)
    #expect(ProfileDate(iso: slice) == ProfileDate(year: 2016, month: 2, day: 29))
    let bridged = String(decoding: Array("2015-03-02".utf16), as: UTF16.self)
    #expect(ProfileDate(iso: bridged) == ProfileDate(year: 2015, month: 3, day: 2))
    #expect(ProfileDate(iso: line.dropFirst(13).prefix(11)) == nil)
    #expect(ProfileDate(iso: "2015-03-0٢") == nil)
  }

  @Test func datesOrderAndPrint() {
    let leap = ProfileDate(iso: "2016-02-29")
    #expect(leap?.long == "29 February 2016")
    #expect(ProfileDate(iso: "2014-08-12")! < ProfileDate(iso: "2015-03-02")!)
  }
}

extension Profile {
  fileprivate var name: String { country.name }
}

@Suite struct CanonicalWriterTests {
  /// The hand-written canonical form is byte for byte what JSONEncoder writes with sorted
  /// keys and unescaped slashes, on every fixture and on awkward text.
  @Test func canonicalBytesEqualJSONEncoderSortedOutput() throws {
    let fixtures = SourceTree.root().appendingPathComponent("Tests/ProfileParsingTests/Fixtures")
    let names = try FileManager.default.contentsOfDirectory(atPath: fixtures.path)
      .filter { $0.hasSuffix(".txt") && !$0.hasPrefix("error-") }
    var profiles = try names.map { name in
      try #require(
        ProfileParser.standard.parse(Data(contentsOf: fixtures.appendingPathComponent(name)))
          .profile)
    }
    #expect(profiles.count >= 12)
    var awkward = profiles[0]
    awkward.indicators[0].text = "quote \" backslash \\ slash / tab \t bell \u{7} nul \u{0} é ’ 🇧🇿"
    awkward.figures[0].source = nil
    awkward.figures[1].value = nil
    profiles.append(awkward)
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
    for profile in profiles {
      let expected = try encoder.encode(profile.normalized())
      #expect(
        profile.canonicalJSON() == expected,
        "\(profile.country.code): \(String(decoding: profile.canonicalJSON(), as: UTF8.self))")
    }
  }
}
