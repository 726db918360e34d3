import EventStore
import Foundation
import LedgerModel
import ProfileModel
import ProfileParsing
import ProfileTestSupport
import Testing

/// Blame read from the projections agrees with walking the decoded readings back.
@Suite struct BlameTests {
  @Test func eachLineNamesTheStartOfItsLastRunOfEqualReadings() throws {
    let ledger = try ReportStore.make()
    let corpus = SyntheticCorpus(countries: 3, revisions: 15, seed: 9)
    for revision in corpus.all() {
      let bytes = Array(revision.text.utf8)
      let profile = try #require(ProfileParser.standard.parse(bytes).profile)
      _ = try ledger.record(source: bytes, profile: profile, parserVersion: ProfileParser.version)
    }
    for country in try ledger.countries().map(\.code) {
      let revisions = try ledger.revisionsInEffect(country: country)
      let profiles = try revisions.map { try #require(try ledger.profile(seq: $0.seq)).profile }
      for last in [revisions.count - 1, revisions.count / 2] {
        let blame = Blame(
          history: try #require(
            try ledger.readingHistory(country: country, asOf: revisions[last].effectiveDate)))
        #expect(blame.revision == revisions[last])
        for line in blame.indicators {
          var start = last
          while start > 0,
            profiles[start - 1].indicator(line.id) == profiles[last].indicator(line.id)
          {
            start -= 1
          }
          #expect(line.introducedBy == revisions[start], "\(country) \(line.id)")
          #expect(line.revisions == last - start + 1)
          #expect(line.status == profiles[last].indicator(line.id)?.status)
        }
        #expect(blame.indicators.count == profiles[last].indicators.count)
        for line in blame.figures {
          var start = last
          while start > 0,
            profiles[start - 1].figure(line.id)?.value == profiles[last].figure(line.id)?.value,
            profiles[start - 1].figure(line.id) != nil
          {
            start -= 1
          }
          #expect(line.introducedBy == revisions[start], "\(country) \(line.id)")
          #expect(line.value == profiles[last].figure(line.id)?.value)
        }
        #expect(blame.figures.map(\.id) == profiles[last].figures.map(\.id))
      }
    }
  }

  @Test func noRevisionInEffectIsNil() throws {
    let ledger = try ReportStore.make()
    #expect(
      try ledger.readingHistory(country: "BLZ", asOf: ProfileDate(year: 2014, month: 1, day: 1)!)
        == nil)
    #expect(try ledger.readingHistory(country: "KOR") == nil)
  }
}
