import Foundation
import ProfileModel
import ProfileParsing
import ProfileTestSupport
import Testing

/// The generator writes documents that read as it meant them, and says truly what changed.
@Suite struct SyntheticCorpusTests {
  @Test func documentsReadAsGeneratedAndChangesAreTheTruth() throws {
    let corpus = SyntheticCorpus(countries: 12, revisions: 25, seed: 7)
    var pairs = 0
    var changedSeen = 0
    for index in 0..<corpus.countries {
      var previous: Profile?
      for revision in corpus.series(index) {
        let result = ProfileParser.standard.parse(text: revision.text)
        #expect(
          result.diagnostics == [], "\(revision.country) \(revision.date): \(result.diagnostics)")
        let profile = try #require(result.profile)
        #expect(profile.country.code == revision.country)
        #expect(profile.lastUpdated == revision.date)
        for reading in profile.indicators {
          #expect(
            reading.status == revision.statuses[reading.id],
            "\(revision.country) \(revision.date) \(reading.id)")
        }
        if let previous {
          pairs += 1
          let changed = Set(
            zip(previous.indicators, profile.indicators).filter { $0 != $1 }.map(\.0.id))
          #expect(changed == revision.changedIndicators, "\(revision.country) \(revision.date)")
          let figures = Set(
            zip(previous.figures, profile.figures).filter { $0.value != $1.value }.map(\.0.id))
          #expect(figures == revision.changedFigures, "\(revision.country) \(revision.date)")
          changedSeen += changed.count
          #expect(previous.lastUpdated < profile.lastUpdated)
        }
        previous = profile
      }
    }
    #expect(pairs == 12 * 24)
    #expect(changedSeen > pairs / 2, "the generator should change something most of the time")
  }

  @Test func theSameSeedGivesTheSameCorpus() {
    let a = SyntheticCorpus(countries: 3, revisions: 4, seed: 1).all().map(\.text)
    let b = SyntheticCorpus(countries: 3, revisions: 4, seed: 1).all().map(\.text)
    let c = SyntheticCorpus(countries: 3, revisions: 4, seed: 2).all().map(\.text)
    #expect(a == b)
    #expect(a != c)
    #expect(a.allSatisfy { $0.contains("Synthetic") })
  }
}
