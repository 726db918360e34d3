import Foundation
import ProfileModel
import ProfileParsing
import ProfileTestSupport
import Testing

/// The hand-written reader decodes what the canonical writer writes, as JSONDecoder does.
@Suite struct CanonicalReaderTests {
  func roundTrips(_ profile: Profile) throws {
    let normalized = profile.normalized()
    let json = Array(normalized.canonicalJSON())
    let read = try CanonicalReader.profile(from: json)
    #expect(read == normalized)
    #expect(read == (try JSONDecoder().decode(Profile.self, from: Data(json))))
  }

  @Test func readsEveryFixtureAndTheSyntheticCorpus() throws {
    let fixtures = SourceTree.root().appendingPathComponent("Tests/ProfileParsingTests/Fixtures")
    let names = try FileManager.default.contentsOfDirectory(atPath: fixtures.path)
    var read = 0
    for name in names where name.hasSuffix(".txt") {
      let bytes = try Array(Data(contentsOf: fixtures.appendingPathComponent(name)))
      if let profile = ProfileParser.standard.parse(bytes: bytes).profile {
        try roundTrips(profile)
        read += 1
      }
    }
    for revision in SyntheticCorpus(countries: 5, revisions: 6, seed: 4).all() {
      try roundTrips(try #require(ProfileParser.standard.parse(text: revision.text).profile))
      read += 1
    }
    #expect(read > 40)
  }

  @Test func readsEveryEscapeAndCharacter() throws {
    let text = "quote \" backslash \\ slash / tab \t cr \r lf \n bell \u{07} é 😀 \u{1F}"
    let profile = Profile(
      catalog: "c", country: Country(code: "CIV", name: "CÔTE D'IVOIRE"),
      lastUpdated: ProfileDate(year: 2015, month: 1, day: 13)!,
      figures: [
        FigureReading(id: "population", value: nil, source: nil),
        FigureReading(id: "internet", value: "1.5", source: DataSource(name: "ITU", period: "")),
      ],
      indicators: [
        IndicatorReading(id: "1.1.1", status: .missing),
        IndicatorReading(id: "1.2.1", status: .present, items: [text, "b"], text: text),
      ])
    try roundTrips(profile)
  }

  @Test func readsJSONOfTheSameShapeInAnyLayout() throws {
    let profile = try #require(ProfileParser.standard.parse(text: try Documents.belize()).profile)
    let pretty = try CanonicalJSON.encode(profile.normalized(), pretty: true)
    #expect(try CanonicalReader.profile(from: Array(pretty)) == profile.normalized())
    let escaped =
      #"{"catalog":"c","country":{"name":"A\u00e9\ud83d\ude00","code":"X"},"#
      + #""figures":[],"indicators":[],"lastUpdated":"2015-01-13"}"#
    #expect(try CanonicalReader.profile(from: Array(escaped.utf8)).country.name == "Aé😀")
  }

  @Test func refusesWhatIsNotAProfile() {
    for json in [
      "", "{}", "[]", #"{"catalog":"c"}"#, #"{"catalog":"c","unknown":1}"#,
      #"{"catalog":"c","country":{"code":"X","name":"Y"},"lastUpdated":"2015-02-30"}"#,
      #"{"catalog":"c","country":{"code":"X","name":"Y"},"lastUpdated":"2015-01-13"} x"#,
      #"{"catalog":"\q"}"#, #"{"catalog":"\ud83d"}"#, "{\"catalog\":\"a\u{01}\"}",
    ] {
      #expect(throws: CanonicalReader.Failure.self, "\(json)") {
        try CanonicalReader.profile(from: Array(json.utf8))
      }
    }
  }
}
