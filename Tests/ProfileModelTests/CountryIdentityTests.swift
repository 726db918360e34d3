import ProfileModel
import Testing

/// Country names as profiles print them, and the names that contain one another: a name
/// resolves to its own country, never to one whose name it merely contains, and what cannot
/// be told apart is ambiguous, never guessed.
@Suite struct CountryIdentityTests {
  let directory = CountryDirectory.standard

  /// Printed forms → code: ITU's forms, official names with designations before or after,
  /// abbreviations, and every name of the pairs that contain one another.
  static let printed: [(String, String)] = [
    ("BELIZE", "BLZ"), ("KOREA (REP. OF)", "KOR"), ("REPUBLIC OF KOREA", "KOR"),
    ("SOUTH KOREA", "KOR"), ("KOREA", "KOR"),
    ("DEMOCRATIC PEOPLE'S REPUBLIC OF KOREA", "PRK"), ("DEM. PEOPLE'S REP. OF KOREA", "PRK"),
    ("KOREA (DEMOCRATIC PEOPLE'S REPUBLIC OF)", "PRK"), ("NORTH KOREA", "PRK"),
    ("DPR KOREA", "PRK"),
    ("CONGO", "COG"), ("REPUBLIC OF THE CONGO", "COG"), ("CONGO (REP. OF THE)", "COG"),
    ("DEMOCRATIC REPUBLIC OF THE CONGO", "COD"), ("DEM. REP. OF THE CONGO", "COD"),
    ("CONGO (DEMOCRATIC REPUBLIC OF THE)", "COD"), ("THE DEMOCRATIC REPUBLIC OF CONGO", "COD"),
    ("GUINEA", "GIN"), ("REPUBLIC OF GUINEA", "GIN"), ("EQUATORIAL GUINEA", "GNQ"),
    ("REPUBLIC OF EQUATORIAL GUINEA", "GNQ"), ("GUINEA-BISSAU", "GNB"), ("GUINEA BISSAU", "GNB"),
    ("REPUBLIC OF GUINEA-BISSAU", "GNB"), ("PAPUA NEW GUINEA", "PNG"),
    ("INDEPENDENT STATE OF PAPUA NEW GUINEA", "PNG"),
    ("SUDAN", "SDN"), ("SUDAN (REPUBLIC OF)", "SDN"), ("REPUBLIC OF THE SUDAN", "SDN"),
    ("SOUTH SUDAN", "SSD"), ("REPUBLIC OF SOUTH SUDAN", "SSD"),
    ("SOUTH SUDAN (REPUBLIC OF)", "SSD"),
    ("NIGER", "NER"), ("REPUBLIC OF THE NIGER", "NER"), ("NIGER (REPUBLIC OF)", "NER"),
    ("NIGERIA", "NGA"), ("FEDERAL REPUBLIC OF NIGERIA", "NGA"),
    ("DOMINICA", "DMA"), ("COMMONWEALTH OF DOMINICA", "DMA"), ("DOMINICAN REPUBLIC", "DOM"),
    ("MICRONESIA (FEDERAL STATES OF)", "FSM"), ("FEDERATED STATES OF MICRONESIA", "FSM"),
    ("MICRONESIA", "FSM"),
    ("PLURINATIONAL STATE OF BOLIVIA", "BOL"), ("BOLIVIA (PLURINATIONAL STATE OF)", "BOL"),
    ("KYRGYZ REPUBLIC", "KGZ"), ("KYRGYZSTAN", "KGZ"),
    ("COMMONWEALTH OF THE BAHAMAS", "BHS"), ("THE BAHAMAS", "BHS"),
    ("PRINCIPALITY OF ANDORRA", "AND"), ("PRINCIPALITY OF LIECHTENSTEIN", "LIE"),
    ("PRINCIPALITY OF MONACO", "MCO"), ("MONACO (PRINCIPALITY OF)", "MCO"),
    ("IRAN (ISLAMIC REPUBLIC OF)", "IRN"), ("ISLAMIC REPUBLIC OF IRAN", "IRN"),
    ("UNITED REPUBLIC OF TANZANIA", "TZA"), ("BOLIVARIAN REPUBLIC OF VENEZUELA", "VEN"),
    ("LAO P.D.R.", "LAO"), ("LAO PEOPLE'S DEMOCRATIC REPUBLIC", "LAO"),
    ("SULTANATE OF OMAN", "OMN"), ("KINGDOM OF SAUDI ARABIA", "SAU"),
    ("HASHEMITE KINGDOM OF JORDAN", "JOR"), ("GRAND DUCHY OF LUXEMBOURG", "LUX"),
    ("ARAB REPUBLIC OF EGYPT", "EGY"), ("STATE OF LIBYA", "LBY"),
    ("REPUBLIC OF SOUTH AFRICA", "ZAF"), ("REPUBLIC OF MOLDOVA", "MDA"),
    ("PEOPLE'S REPUBLIC OF CHINA", "CHN"), ("REPUBLIC OF CHINA", "TWN"),
    ("CÔTE D'IVOIRE", "CIV"), ("COTE D’IVOIRE", "CIV"), ("ST. KITTS & NEVIS", "KNA"),
    ("SAINT VINCENT AND THE GRENADINES", "VCT"),
    ("THE FORMER YUGOSLAV REPUBLIC OF MACEDONIA", "MKD"), ("VIET NAM", "VNM"),
    ("REPUBLIC OF TRINIDAD AND TOBAGO", "TTO"), ("KINGDOM OF TONGA", "TON"),
  ]

  @Test func theTableIsLargeEnough() {
    #expect(Self.printed.count >= 60)
  }

  @Test(arguments: printed)
  func printedNamesIdentifyTheirCountry(name: String, code: String) {
    guard case .country(let entry) = directory.identify(name) else {
      Issue.record("'\(name)' does not identify a country: \(directory.identify(name))")
      return
    }
    #expect(entry.code == code, "'\(name)' read as \(entry.code), expected \(code)")
  }

  /// Names of which one contains the other: each is its own country, both ways.
  static let traps: [(short: String, long: String)] = [
    ("GUINEA", "EQUATORIAL GUINEA"), ("GUINEA", "GUINEA-BISSAU"), ("GUINEA", "PAPUA NEW GUINEA"),
    ("GUINEA", "REPUBLIC OF EQUATORIAL GUINEA"),
    ("KOREA (REP. OF)", "DEMOCRATIC PEOPLE'S REPUBLIC OF KOREA"), ("KOREA", "NORTH KOREA"),
    ("CONGO", "DEMOCRATIC REPUBLIC OF THE CONGO"),
    ("REPUBLIC OF THE CONGO", "DEMOCRATIC REPUBLIC OF THE CONGO"),
    ("SUDAN", "SOUTH SUDAN"), ("SUDAN (REPUBLIC OF)", "SOUTH SUDAN (REPUBLIC OF)"),
    ("NIGER", "NIGERIA"), ("DOMINICA", "DOMINICAN REPUBLIC"),
  ]

  @Test(arguments: traps)
  func aNameNeverReadsAsOneThatContainsItOrThatItContains(short: String, long: String) throws {
    guard case .country(let shortEntry) = directory.identify(short),
      case .country(let longEntry) = directory.identify(long)
    else {
      Issue.record("'\(short)' or '\(long)' does not identify a country")
      return
    }
    #expect(
      shortEntry.code != longEntry.code, "'\(short)' and '\(long)' both read as \(shortEntry.code)")
    // And as blocks, the long name wrapped at every word.
    let words = long.split(separator: " ").map(String.init)
    for cut in 1..<max(words.count, 2) where cut < words.count {
      let lines = [words[..<cut].joined(separator: " "), words[cut...].joined(separator: " ")]
      #expect(
        directory.identify(lines: lines) == .country(longEntry, lines: 0..<2),
        "\(lines) reads as \(directory.identify(lines: lines))")
    }
  }

  @Test(arguments: [
    (["MICRONESIA (FEDERAL", "STATES OF)"], "FSM"), (["PLURINATIONAL STATE OF", "BOLIVIA"], "BOL"),
    (["DEMOCRATIC PEOPLE'S REPUBLIC OF", "KOREA"], "PRK"),
    (["DEMOCRATIC REPUBLIC OF THE", "CONGO"], "COD"),
    (["REPUBLIC OF EQUATORIAL", "GUINEA"], "GNQ"),
    (["PRINCIPALITY", "OF", "LIECHTENSTEIN"], "LIE"), (["REPUBLIC OF", "SOUTH", "SUDAN"], "SSD"),
    (["COMMONWEALTH OF", "THE BAHAMAS"], "BHS"), (["KYRGYZ", "REPUBLIC"], "KGZ"),
  ])
  func wrappedNamesAreReadWhole(lines: [String], code: String) {
    guard case .country(let entry, let span) = directory.identify(lines: lines) else {
      Issue.record("\(lines) does not identify a country: \(directory.identify(lines: lines))")
      return
    }
    #expect(entry.code == code)
    #expect(span == 0..<lines.count)
  }

  @Test func aStrayLineIsLeftOutOfTheName() {
    #expect(
      directory.identify(lines: ["Flag of the country", "BELIZE"])
        == .country(directory.entry(code: "BLZ")!, lines: 1..<2))
  }

  @Test func whatCannotBeToldApartIsAmbiguousAndNamesTheCandidates() {
    let codes: (CountryDirectory.BlockResolution) -> [String] = {
      if case .ambiguous(let entries) = $0 { return entries.map(\.code).sorted() }
      return []
    }
    // Two countries on two lines.
    #expect(codes(directory.identify(lines: ["GUINEA", "NIGER"])) == ["GIN", "NER"])
    // A name whose other words are left over: the longer name is as likely.
    #expect(
      codes(directory.identify(lines: ["EQUATORIAL (MAINLAND)", "GUINEA"])) == ["GIN", "GNQ"])
    #expect(codes(directory.identify(lines: ["DEMOCRATIC (IN PART)", "CONGO"])) == ["COD", "COG"])
    #expect(codes(directory.identify(lines: ["SOUTH-WESTERN", "SUDAN"])) == ["SDN", "SSD"])
    #expect(directory.identify(lines: ["FREE STATE OF OCEANA"]) == .unknown)
    #expect(directory.identify("ATLANTIS") == .unknown)
    #expect(directory.resolve("REPUBLIC OF ATLANTIS") == nil)
  }

  /// A designation before or after any name of a country never makes it another country's,
  /// unless the whole is that other country's own name ("REPUBLIC OF CHINA").
  @Test func designationsNeverLeadToAnotherCountry() throws {
    let designations = [
      "REPUBLIC OF", "PRINCIPALITY OF", "KINGDOM OF", "STATE OF", "COMMONWEALTH OF",
      "FEDERAL REPUBLIC OF", "ISLAMIC REPUBLIC OF", "UNITED REPUBLIC OF",
    ]
    var checked = 0
    for entry in directory.entries {
      for name in [entry.name] + entry.aliases {
        for designation in designations {
          for printed in ["\(designation) \(name)", "\(name) (\(designation))"] {
            checked += 1
            switch directory.identify(printed) {
            case .country(let other) where other.code != entry.code:
              let key = CountryDirectory.matchKey(printed)
              let ownName = ([other.name] + other.aliases).contains {
                CountryDirectory.matchKey($0) == key
              }
              #expect(ownName, "'\(printed)' reads as \(other.code), not \(entry.code)")
            default: break
            }
          }
        }
      }
    }
    #expect(checked > 5000)
  }

  @Test func mentionsThatArePartOfANameCouldNameIt() throws {
    let prk = try #require(directory.entry(code: "PRK"))
    let kor = try #require(directory.entry(code: "KOR"))
    #expect(directory.mention("Korea", couldName: prk))
    #expect(!directory.mention("North Korea", couldName: kor))
    #expect(directory.mention("the Republic of Korea", couldName: kor))
    #expect(!directory.mention("Niger", couldName: try #require(directory.entry(code: "NGA"))))
  }
}
