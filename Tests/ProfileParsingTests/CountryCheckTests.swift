import Foundation
import ProfileModel
import ProfileParsing
import ProfileTestSupport
import Testing

/// The country of a document: read from its whole name block, and refused when its text
/// speaks of another country, or when the name could be two.
@Suite struct CountryCheckTests {
  static func fixture(_ name: String) throws -> String {
    try String(
      contentsOf: FixtureTests.fixtures.appendingPathComponent(name + ".txt"), encoding: .utf8)
  }

  static func parse(_ text: String, supplied: SuppliedValues = .none) -> ParseResult {
    ProfileParser.standard.parse(text: text, supplied: supplied)
  }

  @Test(arguments: [
    ("country-dprk", "PRK"), ("country-drc-partner-congo", "COD"),
    ("country-prefix-equatorial-guinea", "GNQ"), ("country-wrapped-micronesia", "FSM"),
    ("country-wrapped-bolivia", "BOL"), ("country-sudan-suffix", "SDN"),
    ("country-principality-three-lines", "LIE"), ("country-partners-named", "BHS"),
  ])
  func namesThatContainAnotherReadAsTheirOwnCountry(name: String, code: String) throws {
    let result = Self.parse(try Self.fixture(name))
    #expect(result.profile?.country.code == code, "\(name): \(result.diagnostics)")
  }

  @Test func aTextAboutAnotherCountryIsRefusedNamingBoth() throws {
    let result = Self.parse(try Self.fixture("error-country-body-disagrees"))
    #expect(result.profile == nil)
    let error = try #require(result.errors.first)
    #expect(error.message.contains("Korea (Rep. of) (KOR)"))
    #expect(error.message.contains("(PRK)"))
    #expect(error.message.contains("'North Korea'"))
    #expect(error.line == 28)
  }

  /// The Korea fixture's text says "The Republic of Korea has …" throughout.
  @Test(arguments: [
    ("North Korea", false), ("The Democratic People's Republic of Korea", false),
    ("Korea", true), ("South Korea", true), ("The Republic of Korea", true),
  ])
  func theHeadingIsCheckedAgainstTheSubjectOfTheText(subject: String, reads: Bool) throws {
    let text = try Self.fixture("itu-name-korea")
      .replacingOccurrences(of: "The Republic of Korea", with: subject)
    let result = Self.parse(text)
    #expect((result.profile != nil) == reads, "\(subject): \(result.errors)")
  }

  /// A paragraph wrapped by the converter may put the line end inside the name or between the
  /// name and its verb: the subject is still seen.
  @Test(arguments: [
    "North\nKorea has", "North Korea\nhas", "The Democratic People's\nRepublic of Korea has",
  ])
  func aSubjectWrappedOverALineEndIsStillSeen(subject: String) throws {
    let text = try Self.fixture("itu-name-korea")
      .replacingOccurrences(of: "The Republic of Korea has", with: subject)
    let result = Self.parse(text)
    #expect(result.profile == nil, "\(subject.debugDescription) read as a subject")
    #expect(result.errors.first?.message.contains("(PRK)") == true, "\(result.errors)")
  }

  /// Other countries named as partners, neighbours or donors, or once as a subject, are no
  /// alarm; twice as a subject and more often than the country itself, they are.
  @Test func otherCountriesNamedInPassingAreNoAlarm() throws {
    var text = try Self.fixture("itu-name-korea")
    text = text.replacingOccurrences(
      of: "hosted the Seoul Conference on Cyberspace in 2013.",
      with: "hosted the Seoul Conference on Cyberspace in 2013. Japan has sent observers, "
        + "with the support of Canada, Singapore and Australia.")
    #expect(Self.parse(text).profile?.country.code == "KOR")
    // Japan the subject of more sentences than Korea: refused.
    let japan = try Self.fixture("itu-name-korea")
      .replacingOccurrences(of: "The Republic of Korea", with: "Japan")
    let result = Self.parse(japan)
    #expect(result.profile == nil)
    #expect(result.errors.first?.message.contains("Japan (JPN)") == true)
  }

  @Test func anAmbiguousNameIsAnErrorNamingTheCandidates() throws {
    let text = try Self.fixture("country-sudan-suffix")
      .replacingOccurrences(of: "SUDAN (REPUBLIC OF)", with: "GUINEA\nNIGER")
    let result = Self.parse(text)
    #expect(result.profile == nil)
    let message = try #require(result.errors.first?.message)
    #expect(message.contains("Guinea (GIN)") && message.contains("Niger (NER)"), "\(message)")
    #expect(message.contains("not guessed"))
  }

  @Test func anUnknownNameIsAnErrorWithTheNearestNames() throws {
    let result = Self.parse(try Self.fixture("error-country-unknown-name"))
    #expect(result.profile == nil)
    #expect(
      result.errors.first?.message.hasPrefix("unknown country 'FREE STATE OF / OCEANA'") == true)
  }
}
