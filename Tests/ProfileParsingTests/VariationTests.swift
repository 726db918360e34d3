import Foundation
import ProfileModel
import ProfileParsing
import ProfileTestSupport
import Testing

/// The specific things each fixture exists to prove, stated outright (the golden files hold
/// the rest of each reading).
@Suite struct VariationTests {
  func profile(_ name: String) throws -> Profile {
    let result = try FixtureTests.read(name)
    return try #require(result.profile, "\(name): \(result.diagnostics)")
  }

  func text(_ profile: Profile) -> String {
    profile.indicators.map(\.text).joined(separator: "\n")
  }

  @Test func byteOrderMarkCRLFAndTrailingSpacesLeaveNoTrace() throws {
    let p = try profile("crlf-bom-trailing-spaces")
    #expect(p.country == Country(code: "JAM", name: "JAMAICA"))
    #expect(!text(p).contains("\r") && !text(p).contains("\t") && !text(p).contains(" \n"))
    #expect(p.indicators.allSatisfy { $0.status != .missing })
  }

  @Test func crLineEndingsReadLikeLF() throws {
    let p = try profile("cr-line-endings")
    #expect(p.country.code == "GHA")
    #expect(p.indicators.allSatisfy { $0.status != .missing })
  }

  @Test func hardWrappedSentencesAreJoined() throws {
    let p = try profile("blank-runs-hard-wrapped")
    let lead = try #require(p.indicator("1.1.1")?.text.split(separator: "\n").first)
    #expect(lead.hasSuffix("through the following instruments:"))
    #expect(!lead.contains("  "))
    #expect(p.indicator("1.1.1")?.items.count == 2)
  }

  @Test func headingsWithColonsAndIndentationAreRecognised() throws {
    let p = try profile("heading-colons-indent")
    #expect(p.country.code == "EST")
    #expect(p.indicators.allSatisfy { $0.status != .missing })
    #expect(p.figures.count == 2)
  }

  @Test func flagAltTextIsNotTheCountry() throws {
    let result = try FixtureTests.read("flag-alt-text")
    #expect(result.profile?.country == Country(code: "VNM", name: "VIET NAM"))
    #expect(result.warnings.contains { $0.message.contains("Flag of Viet Nam") })
  }

  @Test func missingSectionsReadAsMissing() throws {
    let p = try profile("missing-sections")
    #expect(p.indicator("1.3.4") == IndicatorReading(id: "1.3.4", status: .missing))
    #expect(p.indicator("2.4")?.status == .missing)
    #expect(p.indicators.count == 21)
    #expect(p.indicators.filter { $0.status == .missing }.count == 2)
  }

  @Test func populationWithNoBreakSpacesDoubledColonAndSourcesAfterBothFigures() throws {
    let p = try profile("population-formats")
    #expect(p.figure("population")?.value == "200362000")
    #expect(p.figure("population")?.source?.name == "United Nations Statistics Division")
    #expect(p.figure("internet-users")?.value == "51.60")
    #expect(
      p.figure("internet-users")?.source
        == DataSource(name: "ITU Statistics", period: "December 2013"))
  }

  @Test func populationWithCommas() throws {
    let p = try profile("population-commas")
    #expect(p.figure("population")?.value == "98393574")
    #expect(p.figure("population")?.source?.name == "Philippine Statistics Authority")
    #expect(p.figure("internet-users")?.value == "37.00")
  }

  @Test func listItemVariants() throws {
    let p = try profile("list-variants")
    #expect(
      p.indicator("1.1.1")?.items == [
        "Computer Crimes Act 1997", "Penal Code", "Communications and Multimedia Act 1998",
      ])
    let regulation = try #require(p.indicator("1.1.2")?.items)
    #expect(
      regulation.prefix(3) == [
        "Personal Data Protection Act 2010", "Digital Signature Act 1997",
        "Communications and Multimedia (Technical Standards) Regulations 2000",
      ])
    #expect(p.indicator("2.1")?.items == ["Child Act 2001"])
    #expect(p.indicator("2.1")?.status == .present)
  }

  @Test func noneListsAreEmptyAndAbsent() throws {
    for name in ["missing-sections", "status-phrases"] {
      let p = try profile(name)
      let none = try #require(p.indicators.first { $0.text.hasSuffix("\n- None") })
      #expect(none.items == [] && none.status == .absent, "\(name) \(none.id)")
    }
  }

  @Test func pageFurnitureIsDropped() throws {
    let p = try profile("page-furniture")
    #expect(!text(p).contains("Global Cybersecurity Index"))
    #expect(!text(p).contains("\u{0C}"))
    #expect(!text(p).contains("-----"))
    // The paragraph split by a page break is one paragraph again.
    let partnership = try #require(p.indicator("1.5.3")?.text)
    #expect(!partnership.contains("\n"))
    #expect(partnership.hasSuffix("on a confidential basis."))
  }

  @Test func mojibakeIsRepaired() throws {
    let result = try FixtureTests.read("mojibake")
    let all = text(try #require(result.profile))
    #expect(!all.contains("¡"))
    #expect(all.contains("Garda\u{2019}s") && all.contains("§ 4"))
    #expect(result.warnings.contains { $0.message.contains("mojibake") })
  }

  @Test(
    arguments: [
      ("date-ordinal-th", "2014-08-12"), ("date-ordinal-st", "2014-09-01"),
      ("itu-name-korea", nil), ("crlf-bom-trailing-spaces", nil),
    ] as [(String, String?)])
  func datesWithOrdinals(name: String, iso: String?) throws {
    let p = try profile(name)
    if let iso { #expect(p.lastUpdated.iso == iso) }
  }

  @Test(arguments: [
    ("itu-name-korea", "KOR", "KOREA (REP. OF)"),
    ("itu-name-iran", "IRN", "IRAN (ISLAMIC REPUBLIC OF)"),
    ("itu-name-cote-divoire", "CIV", "CÔTE D'IVOIRE"),
    ("itu-name-united-kingdom", "GBR", "UNITED KINGDOM"),
  ])
  func ituCountryNames(name: String, code: String, printed: String) throws {
    #expect(try profile(name).country == Country(code: code, name: printed))
  }

  @Test func linksBecomeItemsAndPlainText() throws {
    let p = try profile("status-phrases")
    let cooperation = try #require(p.indicator("1.5.4"))
    #expect(cooperation.items.contains("ITU-IMPACT"))
    #expect(!cooperation.text.contains("](#)"))
  }
}
