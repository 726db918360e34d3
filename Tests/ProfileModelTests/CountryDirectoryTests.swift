import ProfileTestSupport
import Testing

@testable import ProfileModel

@Suite struct CountryDirectoryTests {
  let directory = CountryDirectory.standard

  @Test(arguments: [
    ("BELIZE", "BLZ"), ("KOREA (REP. OF)", "KOR"), ("IRAN (ISLAMIC REPUBLIC OF)", "IRN"),
    ("VIET NAM", "VNM"), ("CÔTE D'IVOIRE", "CIV"), ("COTE D’IVOIRE", "CIV"),
    ("UNITED KINGDOM", "GBR"),
    ("United States", "USA"), ("RUSSIAN FEDERATION", "RUS"),
    ("BOLIVIA (PLURINATIONAL STATE OF)", "BOL"),
    ("DEM. PEOPLE'S REP. OF KOREA", "PRK"), ("LAO P.D.R.", "LAO"), ("TANZANIA", "TZA"),
    ("CONGO (REP. OF THE)", "COG"), ("DEM. REP. OF THE CONGO", "COD"), ("THE GAMBIA", "GMB"),
    ("THE FORMER YUGOSLAV REPUBLIC OF MACEDONIA", "MKD"), ("ST. KITTS AND NEVIS", "KNA"),
    ("blz", "BLZ"), ("korea-rep-of", "KOR"),
  ])
  func resolvesPrintedNames(name: String, code: String) {
    #expect(directory.resolve(name)?.code == code)
  }

  @Test func unknownNamesDoNotResolveAndGetSuggestions() {
    #expect(directory.resolve("BELIZZE") == nil)
    #expect(directory.resolve("Atlantis") == nil)
    #expect(directory.suggestions(for: "BELIZZE").first?.code == "BLZ")
  }

  @Test func everyCodeIsUniqueAndNoNameBelongsToTwoCountries() {
    // Names are matched by their key, so no key may name two countries.
    #expect(directory.entries.count >= 249)
    #expect(Set(directory.entries.map(\.code)).count == directory.entries.count)
    var owner: [String: String] = [:]
    for entry in directory.entries {
      for name in [entry.name] + entry.aliases {
        let key = CountryDirectory.matchKey(name)
        if let other = owner[key], other != entry.code {
          Issue.record(
            "'\(name)' has the key '\(key)', which names both \(other) and \(entry.code)")
        }
        owner[key] = entry.code
      }
    }
  }

  @Test func slugsAreLowerCaseAscii() {
    #expect(directory.entry(code: "KOR")?.slug == "korea-rep-of")
    #expect(directory.entry(code: "CIV")?.slug == "cote-d-ivoire")
    #expect(directory.entry(code: "BLZ")?.slug == "belize")
    for entry in directory.entries {
      #expect(entry.slug.allSatisfy { $0.isASCII && ($0.isLowercase || $0.isNumber || $0 == "-") })
    }
  }
}

/// The key of an ASCII name is made in one pass over its bytes, not by splitting its folded
/// words: both ways must give the same key for every name.
@Suite struct MatchKeyPathTests {
  @Test func theASCIIPathEqualsSplittingTheWords() {
    var rng = SeededRandom(seed: 5)
    let pieces = [
      "THE", "the", "The", "REP", "Rep.", "rep", "DEM", "ST", "St.", "FED", "STS", "sts", "&",
      "OF", "KOREA", "Congo", "(", ")", ".", ",", "-", " ", "  ", "\t", "`", "'", "D'IVOIRE",
      "THEE", "REPUBLIC", "x", "",
    ]
    for _ in 0..<5_000 {
      let name = (0..<Int.random(in: 0...8, using: &rng)).map { _ in
        pieces.randomElement(using: &rng)!
      }.joined(separator: Bool.random(using: &rng) ? " " : "")
      #expect(
        CountryDirectory.matchKey(name)
          == CountryDirectory.key(ofFolded: CountryDirectory.fold(name)), "\(name)")
    }
  }
}
