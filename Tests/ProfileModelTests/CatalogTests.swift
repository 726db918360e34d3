import ProfileModel
import Testing

@Suite struct CatalogTests {
  let catalog = IndicatorCatalog.cyberwellness2015

  @Test func catalogIsConsistent() {
    #expect(catalog.problems() == [])
  }

  @Test func templateHasTwentyOneIndicatorsInSixPillars() {
    #expect(catalog.indicators.count == 21)
    #expect(catalog.indicators.first?.number == "1.1.1")
    #expect(catalog.indicators.last?.number == "2.4")
    let pillars = Dictionary(grouping: catalog.indicators, by: \.pillar).mapValues(\.count)
    #expect(
      pillars == [
        "legal": 2, "technical": 3, "organizational": 4, "capacity-building": 4, "cooperation": 4,
        "child-online-protection": 4,
      ])
    #expect(catalog.pillar(of: "1.2.1")?.title == "Technical")
    #expect(catalog.indicators.filter(\.isList).map(\.number) == ["1.1.1", "1.1.2", "2.1"])
  }

  @Test func problemsAreReportedForABrokenCatalog() {
    var broken = catalog
    broken.indicators[0].pillar = "nonsense"
    broken.indicators[1].number = broken.indicators[2].number
    broken.statusEvidence.negation[0] = "Upper Case"
    let problems = broken.problems()
    #expect(problems.contains("indicator 1.1.1 names unknown pillar 'nonsense'"))
    #expect(problems.contains("number 1.2.1 is used twice"))
    #expect(problems.contains { $0.contains("'Upper Case' must be non-empty lower case") })
  }

  @Test func figureUnitsFormatAsDocumentsPrintThem() {
    typealias Unit = IndicatorCatalog.Figure.Unit
    #expect(Unit.count.format("324000") == "324 000")
    #expect(Unit.count.format("33397000") == "33 397 000")
    #expect(Unit.count.format("999") == "999")
    #expect(Unit.percent.format("31.70") == "31.70%")
    #expect(Unit.percent.format(nil) == "n/a")
  }
}
