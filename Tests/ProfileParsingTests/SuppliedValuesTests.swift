import Foundation
import ProfileModel
import ProfileParsing
import ProfileTestSupport
import Testing

/// Values supplied for what a document lacks: used only where it gives none, an error where
/// it gives another, and reported as supplied.
@Suite struct SuppliedValuesTests {
  static let march2 = ProfileDate(iso: "2015-03-02")!

  static func parse(_ name: String, _ supplied: SuppliedValues) throws -> ParseResult {
    ProfileParser.standard.parse(text: try CountryCheckTests.fixture(name), supplied: supplied)
  }

  @Test func anUndatedDocumentReadsWithASuppliedDate() throws {
    #expect(try Self.parse("error-undated-cut-off", .none).profile == nil)
    let result = try Self.parse("error-undated-cut-off", SuppliedValues(date: Self.march2))
    let profile = try #require(result.profile, "\(result.diagnostics)")
    #expect(profile.lastUpdated == Self.march2)
    #expect(profile.country.code == "LCA")
    #expect(result.supplied == [.date])
    #expect(
      result.warnings.contains { $0.message.contains("the date 2015-03-02 is supplied, not read") })
  }

  @Test func aSuppliedDateThatDiffersFromTheDocumentsIsAnErrorNamingBoth() throws {
    let result = try Self.parse("itu-name-korea", SuppliedValues(date: Self.march2))
    #expect(result.profile == nil)
    let error = try #require(result.errors.first)
    #expect(error.message.contains("2015-01-06") && error.message.contains("2015-03-02"))
    #expect(error.line != nil)
  }

  @Test func aSuppliedDateTheDocumentAgreesWithIsReadNotSupplied() throws {
    let date = ProfileDate(iso: "2015-01-06")!
    let result = try Self.parse("itu-name-korea", SuppliedValues(date: date))
    #expect(result.profile?.lastUpdated == date)
    #expect(result.supplied == [])
    #expect(result.diagnostics == (try Self.parse("itu-name-korea", .none)).diagnostics)
  }

  @Test func anUnknownNameReadsWithASuppliedCountry() throws {
    let result = try Self.parse("error-country-unknown-name", SuppliedValues(country: "NRU"))
    let profile = try #require(result.profile, "\(result.diagnostics)")
    #expect(profile.country.code == "NRU")
    #expect(profile.country.name == "FREE STATE OF OCEANA")
    #expect(result.supplied == [.country])
    #expect(
      result.warnings.contains { $0.message.contains("country NRU (Nauru) supplied, not read") })
  }

  @Test func aSuppliedCountryThatDiffersFromTheNameIsAnErrorNamingBoth() throws {
    let result = try Self.parse("itu-name-korea", SuppliedValues(country: "PRK"))
    #expect(result.profile == nil)
    let message = try #require(result.errors.first?.message)
    #expect(message.contains("(KOR)") && message.contains("(PRK)"), "\(message)")
    // The same country supplied is no error, and nothing is recorded as supplied.
    let same = try Self.parse("itu-name-korea", SuppliedValues(country: "KOR"))
    #expect(same.profile?.country.code == "KOR")
    #expect(same.supplied == [])
  }

  @Test func aSuppliedCountryChoosesAmongTheCandidatesOfAnAmbiguousName() throws {
    let text = try CountryCheckTests.fixture("country-sudan-suffix")
      .replacingOccurrences(of: "SUDAN (REPUBLIC OF)", with: "GUINEA\nNIGER")
      .replacingOccurrences(of: "Sudan", with: "Guinea")
    let chosen = ProfileParser.standard.parse(text: text, supplied: SuppliedValues(country: "GIN"))
    #expect(chosen.profile?.country.code == "GIN", "\(chosen.diagnostics)")
    #expect(chosen.supplied == [.country])
    let neither = ProfileParser.standard.parse(text: text, supplied: SuppliedValues(country: "BLZ"))
    #expect(neither.profile == nil)
    #expect(neither.errors.first?.message.contains("BLZ is none of them") == true)
  }

  @Test func aSuppliedCountryIsStillCheckedAgainstTheText() throws {
    let result = try Self.parse("error-country-body-disagrees", SuppliedValues(country: "KOR"))
    #expect(result.profile == nil)
    #expect(result.errors.first?.message.contains("(PRK)") == true)
  }

  @Test func anUnknownSuppliedCodeIsAnError() throws {
    let result = try Self.parse("itu-name-korea", SuppliedValues(country: "XYZ"))
    #expect(result.profile == nil)
    #expect(result.errors.first?.message.contains("'XYZ'") == true)
  }
}
