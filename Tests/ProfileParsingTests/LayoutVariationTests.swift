import Foundation
import ProfileModel
import ProfileParsing
import ProfileTestSupport
import Testing

/// What each layout fixture exists to prove, stated outright (the goldens hold the rest).
@Suite struct LayoutVariationTests {
  func profile(_ name: String) throws -> Profile {
    let result = try FixtureTests.read(name)
    return try #require(result.profile, "\(name): \(result.diagnostics)")
  }

  /// Fuzz findings are left out: they are mutated documents, with markers glued into the
  /// middle of a line as no converter writes them.
  @Test(arguments: FixtureTests.names.filter { !$0.hasPrefix("error-") && !$0.hasPrefix("fuzz-") })
  func noPageFurnitureInAnyText(name: String) throws {
    let p = try profile(name)
    for indicator in p.indicators {
      for furniture in ["Page 1", "Page 2", "Page 3", "Global Cybersecurity Index", "DISCLAIMER"] {
        #expect(
          !indicator.text.localizedCaseInsensitiveContains(furniture),
          "\(name) \(indicator.id) holds '\(furniture)'")
      }
    }
  }

  @Test(arguments: [
    "layout-columns-malta.layout", "layout-columns-uruguay.pages", "layout-markers-tonga.pages",
    "belize-seed.pages",
  ])
  func sideBySideFiguresEachKeepTheirValueAndSource(name: String) throws {
    let p = try profile(name)
    let population = try #require(p.figure("population"))
    let users = try #require(p.figure("internet-users"))
    #expect(population.value != nil && users.value != nil)
    #expect(population.source?.name == "United Nations Statistics Division")
    #expect(users.source == DataSource(name: "ITU Statistics", period: "December 2013"))
  }

  @Test func figuresAndSourcesGluedByASingleSpaceAreReadApart() throws {
    let seed = try Documents.belize()
    let glued = seed.replacingOccurrences(
      of: """
        Total Population: 324 000

        (data source: [United Nations Statistics Division](#), December 2012)

        Internet users, percentage of population: 31.70%

        (data source: [ITU Statistics](#), December 2013)
        """,
      with: """
        Total Population: 324 000 Internet users, percentage of population: 31.70%
        (data source: [United Nations Statistics Division](#), December 2012) (data source: [ITU Statistics](#), December 2013)
        """)
    #expect(glued != seed)
    let expected = try #require(ProfileParser.standard.parse(text: seed).profile)
    let result = ProfileParser.standard.parse(text: glued)
    #expect(result.profile?.figures == expected.figures, "\(result.diagnostics)")
  }

  /// A data source cut short before its closing parenthesis is joined to the next line; when
  /// that line is the next figure, it is still read as the figure, not as the source's end.
  @Test func aFigureAfterAnUnclosedDataSourceIsStillAFigure() throws {
    let seed = try Documents.belize()
    let cut = seed.replacingOccurrences(
      of: """
        (data source: [United Nations Statistics Division](#), December 2012)

        Internet users
        """,
      with: """
        (data source: United Nations Statistics Division, December 2012

        Internet users
        """)
    #expect(cut != seed)
    let result = ProfileParser.standard.parse(text: cut)
    let figures = try #require(result.profile?.figures)
    #expect(figures.map(\.id) == ["population", "internet-users"])
    #expect(figures[0].source?.name == "United Nations Statistics Division")
    #expect(figures[0].source?.period == "December 2012")
    #expect(figures[1].value == "31.70")
    #expect(figures[1].source?.name == "ITU Statistics")
    #expect(result.diagnostics.isEmpty, "\(result.diagnostics)")
  }

  /// A line is cut at every figure label after a space in it, not only at the first label:
  /// a data source holding one would be cut there when written back on a line of its own.
  @Test func aLineIsCutAtEveryFigureLabelInIt() throws {
    let seed = try Documents.belize()
    let label = "Internet users, percentage of population"
    let glued = seed.replacingOccurrences(
      of: "\(label): 31.70%",
      with: "\(label): 31.70% (data source: ITU,\(label): 2 \(label): 3, 2013)")
    #expect(glued != seed)
    let result = ProfileParser.standard.parse(text: glued)
    let profile = try #require(result.profile)
    let internet = try #require(profile.figure("internet-users"))
    #expect(internet.value == "31.70")
    #expect(
      internet.source
        == DataSource(name: "ITU,Internet users", period: "percentage of population: 2"))
    #expect(
      result.diagnostics.contains { $0.message == "'\(label)' is given twice; the first is kept" },
      "\(result.diagnostics)")
    #expect(ProfileParser.standard.parse(text: ProfileWriter().render(profile)).profile == profile)
  }

  @Test func listsInColumnsGiveOneItemEachInReadingOrder() throws {
    let p = try profile("layout-columns-uruguay.layout")
    #expect(
      p.indicator("1.1.1")?.items == [
        "Penal Code", "Law 18.515 on Media", "Law 19.580 on Gender Violence",
        "Law 18.600 on Electronic Documents and Signatures", "Law 17.616 on Intellectual Property",
        "Law 18.331 on Personal Data Protection", "Code of Criminal Procedure",
        "Law 19.293 on Criminal Procedure Reform",
      ])
  }

  @Test func aHeadingSplitByABlankLineIsSeen() throws {
    let p = try profile("layout-heading-blank-line")
    #expect(p.indicators.allSatisfy { $0.status != .missing })
    #expect(p.indicator("1.1.2")?.text.contains("draft Network Security Bill") == true)
  }

  @Test func headingsRunIntoAParagraphOrAnItemAreSplitOut() throws {
    let p = try profile("layout-heading-run-in")
    #expect(p.indicators.allSatisfy { $0.status != .missing })
    #expect(
      p.indicator("1.1.1")?.items == [
        "Penal Code (Part VIII, Offences against Computer Systems)", "Electronic Evidence Act 2012",
      ])
    #expect(p.indicator("1.5.1")?.text.contains("1.5.2") == false)
    #expect(p.indicator("1.2.3")?.text.hasPrefix("There is no cybersecurity framework") == true)
  }

  @Test(arguments: ["layout-disclaimer-run-in", "layout-disclaimer-page-marker"])
  func theDisclaimerStaysOutOfTheLastSection(name: String) throws {
    let p = try profile(name)
    let text = try #require(p.indicator("2.4")?.text)
    #expect(text.hasPrefix("There is no website or hotline"))
    #expect(text.hasSuffix("."), "\(text)")
  }

  @Test func backroundIsTheBackgroundHeading() throws {
    let p = try profile("layout-backround")
    #expect(p.figures.count == 2 && p.figures.allSatisfy { $0.value != nil })
  }

  @Test(arguments: [
    ("layout-lifted-ordinal", "2014-08-12"),  // "th" lifted above "12      August 2014"
    ("layout-heading-run-in", "2015-01-22"),  // "22th January 2015"
    ("layout-disclaimer-run-in", "2015-01-08"),  // "8th JANUARY 2015"
    ("layout-columns-malta.layout", "2014-08-12"),  // a raised "th" in the PDF
  ])
  func datesAsConvertersLeaveThem(name: String, iso: String) throws {
    #expect(try profile(name).lastUpdated.iso == iso)
  }

  @Test func aThreeDigitYearIsAnError() throws {
    let result = try FixtureTests.read("error-short-year")
    #expect(result.profile == nil)
    #expect(result.errors.map(\.message).contains { $0.contains("no four-digit year") })
  }

  @Test func aDocumentCutOffAfterTheLastSectionSaysHowToGiveTheDate() throws {
    let result = try FixtureTests.read("error-cut-after-last-section")
    #expect(result.profile == nil)
    let message = try #require(result.errors.first?.message)
    #expect(message.contains("--date YYYY-MM-DD") && message.contains("2.4"))
    #expect(!message.contains("truncated"))
  }

  @Test func thePdfsStaySmall() throws {
    let folder = FixtureTests.fixtures.appendingPathComponent("pdf")
    let names = try FileManager.default.contentsOfDirectory(atPath: folder.path)
    #expect(names.filter { $0.hasSuffix(".pdf") }.count >= 3)
    for name in names {
      let size = try Data(contentsOf: folder.appendingPathComponent(name)).count
      #expect(size < 20_000, "\(name) is \(size) bytes")
    }
  }
}
