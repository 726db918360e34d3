import Testing

@testable import ProfileParsing

/// The layout stage on its own: lines in, lines out, each with its number and whether a gap
/// came before it.
@Suite struct PageLayoutTests {
  struct Out: Equatable, CustomStringConvertible {
    var number: Int
    var text: String
    var afterGap: Bool
    var description: String { "\(number)\(afterGap ? "+" : " ")\(text)" }
  }

  func layout(_ text: String) -> [Out] {
    let layout = PageLayout(SourceText(bytes: Array(text.utf8)), parser: .standard)
    return layout.bytes.withUnsafeBufferPointer { bytes in
      layout.lines.map {
        Out(number: $0.number, text: bytes.slice($0.start, $0.end).string, afterGap: $0.afterGap)
      }
    }
  }

  func texts(_ text: String) -> [String] { layout(text).map(\.text) }

  // MARK: Source text

  @Test func crCrLfEndsOneLineAndKeepsEditorLineNumbers() {
    let out = layout("One\r\r\nTwo\r\r\n\r\r\nThree\r\r\n")
    #expect(
      out == [
        Out(number: 1, text: "One", afterGap: false),
        Out(number: 2, text: "Two", afterGap: false),
        Out(number: 4, text: "Three", afterGap: true),
      ])
  }

  @Test func gapsKeepTheColumnsTheTextStartsAt() {
    let source = SourceText(bytes: Array("   ab  cd    ef \u{0C}x\n\u{0C}  gh".utf8))
    let first = source.gaps[source.lines[0].gaps].map { [$0.offset, $0.column] }
    #expect(first == [[0, 3], [3, 7], [6, 13]])
    #expect(source.lines[1].startsPage && source.gaps[source.lines[1].gaps].map(\.column) == [2])
  }

  // MARK: Pages

  @Test(arguments: [
    "----------------------- Page 2-----------------------",
    "---Page 12---",
    "------------ Page 3 of 7 ------------",
    "=== Page 4 ===",
  ])
  func pageMarkersAreDropped(marker: String) {
    #expect(texts("Before.\n\(marker)\nAfter.") == ["Before.", "After."])
  }

  @Test func aSentenceSplitByAPageBreakIsOneParagraphAgain() {
    let text = """
      The strategy is to be adopted by the cabinet before the end of the
      \u{0C}
      ----------------------- Page 2-----------------------
                                   Global Cybersecurity Index & Cyberwellness Profiles

      coming year.
      """
    #expect(layout(text).map(\.afterGap) == [false, false])
  }

  @Test func aPageBreakAfterAFinishedSentenceKeepsTheParagraphsApart() {
    let text =
      "It is done.\n\n   7\n\u{0C}Global Cybersecurity Index & Cyberwellness Profiles\nNext one."
    #expect(layout(text).map(\.afterGap) == [false, true])
  }

  @Test func aFormFeedAloneIsAPageBreak() {
    #expect(layout("the text goes on\n\u{0C}over the page.").map(\.afterGap) == [false, false])
  }

  // MARK: Columns

  @Test func sideBySideFiguresAndSourcesAreSplitColumnByColumn() {
    let text = """
      Total Population: 324 000                                        Internet users, percentage of population: 31.70%
      (data source: United Nations Statistics Division,                (data source: ITU Statistics, December 2013)
      December 2012)
      """
    #expect(
      texts(text) == [
        "Total Population: 324 000",
        "(data source: United Nations Statistics Division, December 2012)",
        "Internet users, percentage of population: 31.70%",
        "(data source: ITU Statistics, December 2013)",
      ])
  }

  @Test func aValueAfterAWideGapStaysWithItsLabel() {
    let text =
      "Total Population: 105 000" + String(repeating: " ", count: 50)
      + "Internet users, percentage of population:        35.00%"
    #expect(
      texts(text) == [
        "Total Population: 105 000", "Internet users, percentage of population: 35.00%",
      ])
  }

  @Test func listsInColumnsReadColumnAfterColumnWithWrappedNamesJoined() {
    let text = """
      - Penal Code                        - Law 18.600 on Electronic            - Code of Criminal Procedure
      - Law 18.515 on Media                 Documents and Signatures            - Law 19.293 on Criminal
      - Law 19.580 on Gender              - Law 17.616 on Intellectual            Procedure Reform
        Violence                            Property
      """
    #expect(
      texts(text) == [
        "- Penal Code", "- Law 18.515 on Media", "- Law 19.580 on Gender Violence",
        "- Law 18.600 on Electronic Documents and Signatures",
        "- Law 17.616 on Intellectual Property", "- Code of Criminal Procedure",
        "- Law 19.293 on Criminal Procedure Reform",
      ])
  }

  @Test func bulletsSetApartFromTheirText() {
    let text =
      "-    Penal Code (Part VIII, Offences against          -     Electronic Evidence Act\n"
      + "     Computer Systems)\n"
    #expect(
      texts(text) == [
        "- Penal Code (Part VIII, Offences against Computer Systems)",
        "- Electronic Evidence Act",
      ])
  }

  @Test func aParagraphAfterAColumnListIsNotPartOfIt() {
    let text =
      "- A Act                - B Act\nThe text goes on here.\n1.1.2 REGULATION AND COMPLIANCE"
    #expect(
      texts(text) == [
        "- A Act", "- B Act", "The text goes on here.", "1.1.2 REGULATION AND COMPLIANCE",
      ])
  }

  @Test func proseWithWideGapsIsNotSplit() {
    let text = "More           information         is        available            on           ITU"
    #expect(texts(text) == ["More information is available on ITU"])
  }

  // MARK: Headings, footer, date

  @Test func aHeadingNumberAndTitleApartAreOneHeading() {
    #expect(texts("1.2.1\n\nCIRT\nText.") == ["1.2.1 CIRT", "Text."])
    #expect(texts("1.1.1           CRIMINAL LEGISLATION") == ["1.1.1 CRIMINAL LEGISLATION"])
    // A number that makes no heading with the next line stays as it is.
    #expect(texts("1.2.1\n\nThe text.") == ["1.2.1", "The text."])
  }

  @Test func headingsAndFooterRunIntoALineAreSplitOut() {
    #expect(
      texts("None in Canada. 1.1.2 REGULATION AND COMPLIANCE")
        == ["None in Canada.", "1.1.2 REGULATION AND COMPLIANCE"])
    #expect(
      texts("1.2.3 CERTIFICATION There is none.") == ["1.2.3 CERTIFICATION", "There is none."])
    #expect(
      texts("No hotline in Japan. DISCLAIMER: Please refer to <http://x>")
        == ["No hotline in Japan.", "DISCLAIMER: Please refer to <http://x>"])
    // Citations of a section, other numbers and titles in lower case stay in the text.
    #expect(texts("As in 1.2.1 above, Law 18.515 on Media.").count == 1)
    #expect(texts("See 1.1.2 Regulation and compliance.").count == 1)
  }

  @Test func aLiftedOrdinalSuffixIsDropped() {
    #expect(
      texts("                   th\nLast updated on 12                   August 2014")
        == ["Last updated on 12 August 2014"])
    #expect(texts("th\nThe text.") == ["th", "The text."])
  }
}
