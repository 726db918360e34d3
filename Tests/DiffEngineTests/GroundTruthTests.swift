import DiffEngine
import ProfileModel
import ProfileParsing
import ProfileTestSupport
import Testing

/// Over consecutive revisions of the synthetic corpus, the diff reports exactly the
/// indicators and figures the generator changed: no more, no less.
@Suite struct GroundTruthTests {
  @Test func diffsReportExactlyWhatTheGeneratorChanged() throws {
    let corpus = SyntheticCorpus(countries: 40, revisions: 30, seed: 2015)
    var pairs = 0
    var dateOnly = 0
    var classes: [ChangeClass: Int] = [:]
    for index in 0..<corpus.countries {
      var previous: Profile?
      for revision in corpus.series(index) {
        let profile = try #require(ProfileParser.standard.parse(text: revision.text).profile)
        defer { previous = profile }
        guard let previous else { continue }
        pairs += 1
        let label = "\(revision.country) \(revision.date)"
        let diff = ProfileDiff(from: previous, to: profile)
        #expect(Set(diff.indicators.map(\.id)) == revision.changedIndicators, "\(label)")
        #expect(
          Set(diff.figures.filter(\.valueChanged).map(\.id)) == revision.changedFigures, "\(label)")
        #expect(
          Set(diff.figures.filter(\.sourceChanged).map(\.id)) == revision.changedSources, "\(label)"
        )
        #expect(diff.dateChange?.after == revision.date, "\(label)")
        #expect(diff.countryChange == nil && diff.catalogChange == nil, "\(label)")
        let nothingChanged =
          revision.changedIndicators.isEmpty && revision.changedFigures.isEmpty
          && revision.changedSources.isEmpty
        #expect(diff.isDateOnly == nothingChanged, "\(label)")
        if nothingChanged { dateOnly += 1 }
        for change in diff.indicators {
          // The generator's statuses say which way each change went.
          let status = try #require(change.after?.status)
          #expect(status == revision.statuses[change.id], "\(label) \(change.id)")
          for changeClass in change.classes { classes[changeClass, default: 0] += 1 }
        }
      }
    }
    #expect(pairs >= 1_000)
    #expect(dateOnly > 0, "the corpus should hold date-only revisions")
    for expected: ChangeClass in [
      .established, .advanced, .regressed, .expanded, .reduced, .reworded,
    ] {
      #expect(classes[expected, default: 0] > 0, "no \(expected) change in the corpus")
    }
  }
}
