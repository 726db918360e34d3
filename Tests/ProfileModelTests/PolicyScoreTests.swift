import ProfileModel
import ProfileParsing
import ProfileTestSupport
import Testing

/// The policy score: present 1, partial ½, absent 0; unknown and missing out of the
/// denominator; per pillar and overall.
@Suite struct PolicyScoreTests {
  let catalog = IndicatorCatalog.cyberwellness2015

  @Test func pointsOverTheIndicatorsWithAKnownStatus() {
    // Legal: 1.1.1 present, 1.1.2 partial → 1.5/2. Technical: 1.2.1 absent, 1.2.2 unknown,
    // 1.2.3 missing → 0/1. Everything else absent.
    var statuses = Dictionary(
      uniqueKeysWithValues: catalog.indicators.map { ($0.number, IndicatorStatus.absent) })
    statuses["1.1.1"] = .present
    statuses["1.1.2"] = .partial
    statuses["1.2.2"] = .unknown
    statuses["1.2.3"] = .missing
    let score = PolicyScore(statuses: statuses, catalog: catalog)
    #expect(score.pillars.map(\.pillar) == catalog.pillars.map(\.id))
    let legal = score["legal"]!
    #expect(legal.text == "1.5/2")
    #expect(legal.value == 0.75)
    let technical = score["technical"]!
    #expect(technical.scored == 1)
    #expect(technical.unscored == 2)
    #expect(technical.value == 0)
    #expect(technical.text == "0/1")
    #expect(score.overall.scored == 19)
    #expect(score.overall.text == "1.5/19")
    #expect(score.overall.value == 1.5 / 19)
    #expect(score["overall"] == score.overall)
  }

  @Test func aPillarWithNothingToScoreHasNoValue() {
    let statuses = Dictionary(
      uniqueKeysWithValues: catalog.indicators.map { ($0.number, IndicatorStatus.unknown) })
    let score = PolicyScore(statuses: statuses, catalog: catalog)
    #expect(score.overall.value == nil)
    #expect(score.overall.text == "0/0")
    // An indicator the statuses leave out counts as missing.
    #expect(PolicyScore(statuses: [:], catalog: catalog).overall.unscored == 21)
  }

  @Test func applyingAMoveEqualsScoringAgain() {
    var rng = SeededRandom(seed: 42)
    let statuses = IndicatorStatus.allCases
    for _ in 0..<200 {
      var before = Dictionary(
        uniqueKeysWithValues: catalog.indicators.map {
          ($0.number, statuses.randomElement(using: &rng)!)
        })
      var score = PolicyScore(statuses: before, catalog: catalog)
      let number = catalog.indicators.randomElement(using: &rng)!.number
      let after = statuses.randomElement(using: &rng)!
      score.apply(number, from: before[number]!, to: after, catalog: catalog)
      before[number] = after
      #expect(score == PolicyScore(statuses: before, catalog: catalog), "\(number) → \(after)")
    }
  }

  @Test func theScoreOfAReadingIsTheScoreOfItsGeneratedStatuses() throws {
    for revision in SyntheticCorpus(countries: 3, revisions: 6, seed: 9).all() {
      let profile = try #require(ProfileParser.standard.parse(text: revision.text).profile)
      #expect(PolicyScore(profile) == PolicyScore(statuses: revision.statuses))
    }
  }

  @Test func belize() throws {
    // 5 present, 2 partial, 13 absent, 1 unknown (the Belize seed): 6 points of 20.
    let profile = try #require(ProfileParser.standard.parse(text: try Documents.belize()).profile)
    let score = PolicyScore(profile)
    #expect(score.overall.text == "6/20")
    #expect(score.overall.value == 0.3)
    #expect(score["capacity-building"]?.text == "1/3")
    #expect(score["child-online-protection"]?.text == "1/4")
  }
}
