import DiffEngine
import EventStore
import Foundation
import LedgerModel
import ProfileModel
import ProfileTestSupport
import Reports
import Testing

/// Every output format of diff, blame and changelog, on the deterministic `ReportStore`,
/// against the files in `Golden/` (re-recorded with `PROFILES_RECORD=1`).
@Suite struct ReportGoldenTests {
  let golden = SourceTree.directory().appendingPathComponent("Golden")

  func expectGolden(_ actual: String, _ name: String) throws {
    let expected = try Golden.expected(actual, file: golden.appendingPathComponent(name))
    #expect(actual == expected, "output differs from Golden/\(name)")
  }

  /// The diff of Belize's revisions `a` → `b` (numbers from 1).
  func belizeDiff(_ ledger: Ledger, _ a: Int, _ b: Int) throws -> DiffReport {
    let revisions = try ledger.revisionsInEffect(country: "BLZ")
    let from = try #require(try ledger.profile(seq: revisions[a - 1].seq))
    let to = try #require(try ledger.profile(seq: revisions[b - 1].seq))
    return DiffReport(
      country: "BLZ", from: revisions[a - 1], to: revisions[b - 1],
      diff: ProfileDiff(from: from.profile, to: to.profile))
  }

  @Test func diffFormats() throws {
    let ledger = try ReportStore.make()
    let report = try belizeDiff(ledger, 1, 2)
    try expectGolden(report.text(highlight: .plain), "diff-belize.txt")
    try expectGolden(report.markdown(), "diff-belize.md")
    try expectGolden(try report.json(), "diff-belize.json")
    try expectGolden(try belizeDiff(ledger, 2, 3).text(), "diff-belize-date-only.txt")
    try expectGolden(try belizeDiff(ledger, 2, 4).text(), "diff-belize-regressed.txt")
  }

  /// In colour, a deletion and the insertion replacing it keep their markers: they do not
  /// run together into one word.
  @Test func diffInColourKeepsTheMarkersInColour() throws {
    let report = try belizeDiff(try ReportStore.make(), 1, 2)
    let text = report.text(highlight: .ansi)
    #expect(text.contains("\u{1B}[31m[-does not have-]\u{1B}[0m\u{1B}[32m{+has+}\u{1B}[0m"))
    #expect(report.text(highlight: .plain).contains("[-does not have-]{+has+}"))
    let colourless = text.replacing(/\u{1B}\[[0-9]*m/, with: "")
    #expect(colourless == report.text(highlight: .plain))
  }

  @Test func blameFormats() throws {
    let ledger = try ReportStore.make()
    let blame = Blame(history: try #require(try ledger.readingHistory(country: "BLZ")))
    try expectGolden(BlameReport(blame).text(), "blame-belize.txt")
    try expectGolden(try BlameReport(blame).json(), "blame-belize.json")
    let asOf = ProfileDate(year: 2016, month: 3, day: 1)!
    let earlier = Blame(
      history: try #require(try ledger.readingHistory(country: "BLZ", asOf: asOf)))
    try expectGolden(BlameReport(earlier, asOf: asOf).text(), "blame-belize-as-of.txt")
  }

  @Test func changelogFormats() throws {
    let ledger = try ReportStore.make()
    let changelog = Changelog(try ledger.changes())
    try expectGolden(changelog.markdown(), "changelog.md")
    try expectGolden(changelog.json(), "changelog.json")
    try expectGolden(changelog.csv(), "changelog.csv")
    try expectGolden(changelog.atom(), "changelog.atom")
    let since = ProfileDate(year: 2015, month: 6, day: 1)!
    let until = ProfileDate(year: 2016, month: 3, day: 1)!
    let range = Changelog(
      try ledger.changes(since: since, until: until, countries: ["BLZ"]), since: since,
      until: until)
    try expectGolden(range.markdown(), "changelog-belize-2015-2016.md")
  }

  @Test func progressFormats() throws {
    let ledger = try ReportStore.make()
    let progress = ProgressReport(try ledger.statusSeries())
    try expectGolden(progress.text(), "progress.txt")
    try expectGolden(progress.markdown(), "progress.md")
    try expectGolden(progress.json(), "progress.json")
    try expectGolden(progress.csv(), "progress.csv")
    let since = ProfileDate(year: 2015, month: 6, day: 1)!
    let until = ProfileDate(year: 2016, month: 12, day: 31)!
    let range = ProgressReport(
      try ledger.statusSeries(since: since, until: until), since: since, until: until)
    try expectGolden(range.text(), "progress-2015-2016.txt")
    let technical = ProgressReport(try ledger.statusSeries(), pillar: "technical")
    try expectGolden(technical.text(), "progress-technical.txt")
    let belize = ProgressReport(try ledger.statusSeries(countries: ["BLZ"]))
    try expectGolden(belize.trajectoryText(), "progress-belize.txt")
    try expectGolden(belize.svg(), "progress-belize.svg")
    let synthetic = try #require(try ledger.countries().map(\.code).first { $0 != "BLZ" })
    let series = ProgressReport(try ledger.statusSeries(countries: [synthetic]))
    try expectGolden(series.trajectoryText(), "progress-\(synthetic.lowercased()).txt")
    try expectGolden(series.svg(), "progress-\(synthetic.lowercased()).svg")
  }
}
