import DiffEngine
import EventStore
import Foundation
import LedgerModel
import ProfileModel
import ProfileParsing
import ProfileTestSupport
import Testing

@testable import Reports

#if canImport(FoundationXML)
  import FoundationXML
#endif

/// `profiles progress` on a synthetic series whose statuses are known: scores, changes,
/// ranking and transitions against the generator's ground truth and the diff engine.
@Suite struct ProgressTests {
  static let corpus = SyntheticCorpus(countries: 6, revisions: 12, seed: 23)

  /// A store in memory holding the corpus, and the corpus's revisions by country.
  static func store() throws -> (Ledger, [String: [SyntheticCorpus.Revision]]) {
    let ledger = try Ledger()
    var truth: [String: [SyntheticCorpus.Revision]] = [:]
    for (index, revision) in corpus.all().enumerated() {
      let bytes = Array(revision.text.utf8)
      let profile = try #require(ProfileParser.standard.parse(bytes).profile)
      _ = try ledger.record(
        source: bytes, profile: profile, parserVersion: ProfileParser.version,
        recordedAt: Date(timeIntervalSince1970: 1_750_000_000 + Double(index) * 60))
      truth[revision.country, default: []].append(revision)
    }
    return (ledger, truth)
  }

  @Test func scoresFollowTheGroundTruthAtEveryRevision() throws {
    let (ledger, truth) = try ProgressTests.store()
    let report = ProgressReport(try ledger.statusSeries())
    #expect(report.ranked.count == 6)
    for country in report.countries {
      let revisions = try #require(truth[country.country])
      #expect(country.trajectory.count == revisions.count)
      for (point, revision) in zip(country.trajectory, revisions) {
        #expect(point.revision.effectiveDate == revision.date)
        #expect(
          point.score == PolicyScore(statuses: revision.statuses),
          "\(revision.country) \(revision.date)")
      }
      let first = PolicyScore(statuses: revisions[0].statuses)
      let last = PolicyScore(statuses: revisions[revisions.count - 1].statuses)
      for part in report.parts {
        let expected = last[part]!.value.flatMap { b in first[part]!.value.map { b - $0 } }
        #expect(country.delta(part) == expected, "\(country.country) \(part)")
      }
    }
  }

  @Test func countriesAreRankedByTheChangeInTheirScore() throws {
    let (ledger, _) = try ProgressTests.store()
    for pillar in [nil, "legal", "child-online-protection"] as [String?] {
      let report = ProgressReport(try ledger.statusSeries(), pillar: pillar)
      let part = pillar ?? "overall"
      let deltas = report.ranked.map { $0.delta(part) ?? -.infinity }
      #expect(deltas == deltas.sorted(by: >), "\(part)")
      #expect(report.ranked.map(\.rank) == Array(1...report.ranked.count).map(Optional.some))
      #expect(
        report.parts
          == (pillar.map { [$0] } ?? IndicatorCatalog.cyberwellness2015.pillars.map(\.id) + [
            "overall"
          ]))
      if let pillar {
        #expect(report.countries.allSatisfy { $0.transitions.allSatisfy { $0.pillar == pillar } })
      }
    }
  }

  /// Every status move the generator made is listed, once, with the class the diff engine
  /// gives the same two revisions.
  @Test func transitionsAreTheStatusMovesClassedAsTheDiffClassesThem() throws {
    let (ledger, truth) = try ProgressTests.store()
    let report = ProgressReport(try ledger.statusSeries())
    var regressed = 0
    for country in report.countries {
      let revisions = try #require(truth[country.country])
      var expected: [String] = []
      for (before, after) in zip(revisions, revisions.dropFirst()) {
        for (id, status) in after.statuses.sorted(by: { $0.key < $1.key })
        where before.statuses[id] != status {
          expected.append(
            "\(after.date.iso) \(id) \(before.statuses[id]!.rawValue)→\(status.rawValue)")
        }
      }
      #expect(
        country.transitions.map {
          "\($0.revision.effectiveDate.iso) \($0.indicator) \($0.before.rawValue)→\($0.after.rawValue)"
        }
          == expected, "\(country.country)")
      for transition in country.transitions {
        let from = try #require(try ledger.profile(seq: transition.previous.seq)).profile
        let to = try #require(try ledger.profile(seq: transition.revision.seq)).profile
        let change = try #require(
          ProfileDiff(from: from, to: to).indicators.first { $0.id == transition.indicator })
        #expect(
          change.classes.contains(transition.change), "\(country.country) \(transition.indicator)")
        if transition.change == .regressed { regressed += 1 }
      }
    }
    #expect(regressed > 0, "the series should hold regressions")
    #expect(report.regressions.count == regressed)
  }

  /// The range starts from the revision in effect before --since, and counts the moves of
  /// the revisions dated in it: the changelog's revisions for the same range.
  @Test func aRangeStartsFromTheRevisionInEffectBeforeIt() throws {
    let (ledger, truth) = try ProgressTests.store()
    let code = try #require(truth.keys.sorted().first)
    let revisions = try #require(truth[code])
    let since = revisions[4].date
    let until = revisions[8].date
    let report = ProgressReport(
      try ledger.statusSeries(since: since, until: until, countries: [code]), since: since,
      until: until)
    let country = try #require(report.countries.first)
    #expect(country.startsBeforeRange)
    #expect(country.start.revision.effectiveDate == revisions[3].date)
    #expect(country.start.revision.number == 4)
    #expect(country.end.revision.effectiveDate == until)
    #expect(country.start.score == PolicyScore(statuses: revisions[3].statuses))
    #expect(country.end.score == PolicyScore(statuses: revisions[8].statuses))
    let changelog = try ledger.changes(since: since, until: until, countries: [code])
    #expect(
      Set(country.transitions.map(\.revision.seq)).isSubset(of: Set(changelog.map(\.revision.seq))))
    #expect(country.trajectory.count == 6)

    // Before the country's first revision: it starts from its first in the range.
    let early = ProgressReport(
      try ledger.statusSeries(since: ProfileDate(year: 2000, month: 1, day: 1)!, countries: [code]))
    #expect(early.countries.first?.startsBeforeRange == false)
    #expect(early.countries.first?.start.revision.number == 1)

    // After its latest: no revision in the range, the latest date named.
    let late = ProgressReport(
      try ledger.statusSeries(since: ProfileDate(year: 2030, month: 1, day: 1)!),
      since: ProfileDate(year: 2030, month: 1, day: 1)!)
    #expect(late.ranked.isEmpty)
    #expect(late.unchanged.count == 6)
    #expect(late.text().contains("latest revision 12 (\(revisions[11].date.iso))"))
    // Before its first: not yet in.
    let before = ProgressReport(
      try ledger.statusSeries(until: ProfileDate(year: 2000, month: 1, day: 1)!))
    #expect(before.countries.isEmpty)
    #expect(before.notYetIn.count == 6)
  }

  /// The chart's coordinates print as `%.1f` prints them, exact halves and signs included.
  @Test func chartNumbersPrintAsPrintfPrintsThem() {
    var generator = SystemRandomNumberGenerator()
    var values: [Double] = [
      0, -0.0, 0.05, 0.15, 0.25, 0.35, 0.45, 0.75, 2.25, -0.05, -0.04, -0.25, 1e-300, 5e-324,
      123456.05, 999.95, 0.95, 9.95, 704, 92.0, 470.00000000000006, 1e14 + 0.25,
    ]
    for _ in 0..<20000 {
      values.append(Double.random(in: -1000...1000, using: &generator))
      values.append(Double(Int.random(in: -20000...20000, using: &generator)) / 20)
      values.append(Double.random(in: 0...1, using: &generator) * 378 + 92)
    }
    for value in values {
      #expect(ProgressReport.oneDecimal(value) == String(format: "%.1f", value), "\(value)")
    }
  }

  @Test func sparklinesSpanTheScale() {
    #expect(ProgressReport.sparkline([0, 0.5, 1, nil, 0.25]) == "▁▅█ ▃")
  }

  @Test func theChartIsWellFormedXML() throws {
    let (ledger, truth) = try ProgressTests.store()
    for code in truth.keys.sorted() {
      let svg = ProgressReport(try ledger.statusSeries(countries: [code])).svg()
      let parser = XMLParser(data: Data(svg.utf8))
      #expect(parser.parse(), "\(code): \(String(describing: parser.parserError))")
      #expect(svg.components(separatedBy: "<polyline").count - 1 == 7)
    }
  }
}

extension ProgressTests {
  /// A reviewed reading moves the score as its reviewed status does, and the move says who
  /// reviewed it.
  @Test func aReviewedMoveIsScoredAsReviewedAndMarked() throws {
    let ledger = try TestStore.make([
      try Documents.belize(),
      Documents.dated(try Documents.belizeWithCIRT(), "14 September 2015"),
    ])
    let machine = ProgressReport(try ledger.statusSeries())
    let established = try #require(
      machine.countries.first?.transitions.first { $0.indicator == "1.2.1" })
    #expect(established.after == .present && established.review == nil)
    let review = try ledger.review(
      country: "BLZ", date: ProfileDate(iso: "2015-09-14")!, indicator: "1.2.1",
      verdict: .corrected(status: .partial, items: nil), reviewer: "alice",
      note: "not yet operational", recordedAt: TestStore.recordedAt(50))
    let reviewed = ProgressReport(try ledger.statusSeries())
    let country = try #require(reviewed.countries.first)
    let move = try #require(country.transitions.first { $0.indicator == "1.2.1" })
    #expect(move.before == .absent && move.after == .partial && move.change == .advanced)
    #expect(move.review?.reviewer == "alice" && move.review?.event == review.seq)
    let partial = try #require(machine.countries.first?.end.score["overall"]?.value)
    #expect(try #require(country.end.score["overall"]?.value) < partial)
    #expect(reviewed.text().contains("absent → partial  (reviewed by alice, event #\(review.seq))"))
    #expect(
      reviewed.markdown().contains("absent → partial (reviewed by alice, event #\(review.seq))"))
    #expect(reviewed.json().contains(#""machineStatus": "present""#))
    #expect(!machine.json().contains("machineStatus"))
  }
}
