import Foundation
import ProfileModel
import ProfileParsing
import ProfileTestSupport
import Testing

/// Unreadable documents yield `path:line: error:` diagnostics, all at once, and no profile.
@Suite struct DiagnosticTests {
  func errors(_ name: String) throws -> [String] {
    let result = try FixtureTests.read(name)
    #expect(result.profile == nil)
    return result.errors.map { $0.formatted(path: "f.txt") }
  }

  @Test func notAProfile() throws {
    #expect(
      try errors("error-not-a-profile") == [
        "f.txt:1: error: not a profile document: no 'CYBERWELLNESS PROFILE' title, BACKGROUND heading or numbered section found"
      ])
  }

  @Test func truncatedDocument() throws {
    let found = try errors("error-truncated")
    #expect(found.count == 1)
    #expect(found[0].contains("error: the document ends in section 1.3.2 ROADMAP FOR GOVERNANCE"))
    #expect(found[0].contains("it looks truncated"))
  }

  @Test func noCountry() throws {
    #expect(
      try errors("error-no-country").contains { $0.contains("error: no country name between") })
  }

  @Test func noDate() throws {
    #expect(
      try errors("error-no-date").contains {
        $0.contains("error: no 'Last updated on <date>' line")
      })
  }

  @Test func impossibleDate() throws {
    #expect(
      try errors("error-bad-date").contains {
        $0.hasSuffix("error: '31 February 2015' is not a calendar date")
      })
  }

  @Test func repeatedSection() throws {
    let found = try errors("error-repeated-section")
    #expect(found.count == 1)
    #expect(found[0].contains("error: section 1.2.1 CIRT appears twice (first at line "))
  }

  @Test func allProblemsAreReportedAtOnce() throws {
    let document =
      try Documents.belize()
      .replacingOccurrences(of: "BELIZE\n", with: "ATLANTIS\n")
      .replacingOccurrences(of: "Last updated on 2 March 2015", with: "Last updated on sometime")
      + "\n1.2.1 CIRT\n\nAgain.\n"
    let result = ProfileParser.standard.parse(text: document)
    let messages = result.errors.map(\.message)
    #expect(messages.count == 3, "\(messages)")
    #expect(messages.contains { $0.hasPrefix("unknown country 'ATLANTIS'") })
    #expect(messages.contains { $0.hasPrefix("cannot read the date 'sometime'") })
    #expect(messages.contains { $0.hasPrefix("section 1.2.1 CIRT appears twice") })
    #expect(result.errors.allSatisfy { $0.line != nil })
  }

  @Test func emptyAndBinaryFiles() {
    #expect(ProfileParser.standard.parse([UInt8]()).errors.map(\.message) == ["the file is empty"])
    let binary = ProfileParser.standard.parse([0x43, 0x59, 0x00, 0x0A, 0xFF])
    #expect(binary.errors.first?.message == "file contains NUL bytes: this is not a text document")
  }

  @Test func invalidUTF8IsReadAsWindows1252WithAWarning() throws {
    let text = try Documents.belize()
      .replacingOccurrences(of: "ICT Road Show", with: "ICT Road Show \u{1}")
    var bytes = Array(text.utf8)
    let marker = try #require(bytes.firstIndex(of: 0x01))
    bytes.replaceSubrange(marker...marker, with: [0x93, 0x41, 0x94])  // “A” in Windows-1252
    let result = ProfileParser.standard.parse(bytes)
    #expect(result.profile != nil)
    #expect(
      result.warnings.contains { $0.message == "file is not valid UTF-8; read as Windows-1252" })
    #expect(
      result.profile?.indicator("1.4.2")?.text.contains("ICT Road Show \u{201C}A\u{201D}") == true)
  }
}
