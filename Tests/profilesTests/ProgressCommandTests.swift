import Foundation
import ProfileModel
import ProfileTestSupport
import Testing

#if canImport(FoundationXML)
  import FoundationXML
#endif

/// `profiles progress`, run as a user runs it on a store of the Belize snapshot, a later
/// revision that establishes a CIRT and one that regresses it, and two synthetic countries.
@Suite struct ProgressCommandTests {
  let profiles = CommandRunner()
  let directory: URL

  init() throws {
    directory = FileManager.default.temporaryDirectory
      .appendingPathComponent("profiles-\(UUID().uuidString)")
    let documents = directory.appendingPathComponent("documents")
    let belize = documents.appendingPathComponent("belize")
    try FileManager.default.createDirectory(at: belize, withIntermediateDirectories: true)
    var second = try Documents.belize(
      replacing: "1.2.1",
      with: "Belize has an officially recognized national CIRT known as CERT-BZ.")
    second = second.replacingOccurrences(
      of: "Last updated on 2 March 2015", with: "Last updated on 14 September 2015")
    var third = try Documents.belize(
      replacing: "1.2.1", with: "Belize is presently working on establishing a national CIRT.")
    third = third.replacingOccurrences(
      of: "Last updated on 2 March 2015", with: "Last updated on 20 January 2016")
    for (date, text) in [
      ("2015-03-02", try Documents.belize()), ("2015-09-14", second), ("2016-01-20", third),
    ] {
      try Data(text.utf8).write(to: belize.appendingPathComponent("\(date).txt"))
    }
    try SyntheticCorpus(countries: 2, revisions: 4, seed: 3).write(to: documents)
    let ingest = try profiles.run(["ingest", documents.path], in: directory)
    #expect(ingest.status == 0, "\(ingest.stderr)")
  }

  func run(_ arguments: [String]) throws -> CommandRunner.Outcome {
    try profiles.run(arguments, in: directory)
  }

  @Test func rankingWithTransitionsAndRegressions() throws {
    let outcome = try run(["progress"])
    #expect(outcome.status == 0, "\(outcome.stderr)")
    #expect(
      outcome.stdout.hasPrefix(
        "Policy progress over all revisions, ranked by the change in the overall score\n"))
    #expect(outcome.stdout.contains("3 countries with revisions in the range"))
    #expect(outcome.stdout.contains("▼ REGRESSIONS"))
    #expect(
      outcome.stdout.contains(
        "Belize (BLZ)  2016-01-20  rev 3  regressed ▼   1.2.1 CIRT  present → partial"))
    #expect(
      outcome.stdout.contains("2015-09-14  rev 2  established   1.2.1 CIRT  absent → present"))
    // Belize: 6/20 → 6.5/20.
    #expect(outcome.stdout.contains("30.0% (20) → 32.5% (20)"))

    let range = try run([
      "progress", "--since", "2015-06-01", "--until", "2015-12-31", "--country", "BLZ",
    ])
    #expect(range.status == 0)
    #expect(
      range.stdout.contains(
        "revision 1 (2015-03-02, in effect before 2015-06-01) → revision 2 (2015-09-14)"))
    #expect(range.stdout.contains("No regressions."))

    let none = try run(["progress", "--since", "2030-01-01"])
    #expect(none.status == 0)
    #expect(none.stdout.contains("No revision in the range:"))
    #expect(none.stdout.contains("No country has a revision in the range.\n"))
    #expect(
      none.stdout.contains(
        "Belize (BLZ)       latest revision 3 (2016-01-20), overall 32.5% (6.5/20) throughout"))
  }

  @Test func everyFormat() throws {
    let json = try run(["progress", "--format", "json"])
    #expect(json.status == 0)
    let object = try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any]
    #expect(object?["version"] as? Int == 1)
    #expect((object?["countries"] as? [Any])?.count == 3)
    let csv = try run(["progress", "--format", "csv", "--pillar", "Technical"])
    #expect(csv.status == 0)
    #expect(csv.stdout.hasPrefix("rank,country,name,part,"))
    #expect(csv.stdout.split(separator: "\r\n").count == 4)
    let markdown = try run(["progress", "--format", "markdown"])
    #expect(markdown.stdout.hasPrefix("# Policy progress\n"))
    #expect(markdown.stdout.contains("## Regressions"))
  }

  @Test func trajectoryWithSparklinesAndChart() throws {
    let text = try run(["progress", "belize"])
    #expect(text.status == 0, "\(text.stderr)")
    #expect(text.stdout.hasPrefix("Belize (BLZ): 3 revisions in effect, 2015-03-02 → 2016-01-20\n"))
    #expect(text.stdout.contains("  Technical                ▁▃▂  0.0% → 16.7%  +16.7"))
    let chart = directory.appendingPathComponent("belize.svg")
    let svg = try run(["progress", "BLZ", "--format", "svg", "--output", chart.path])
    #expect(svg.status == 0, "\(svg.stderr)")
    #expect(svg.stdout.isEmpty)
    let data = try Data(contentsOf: chart)
    #expect(XMLParser(data: data).parse())
    #expect(String(decoding: data, as: UTF8.self).contains("Belize (BLZ): policy score by pillar"))
  }

  @Test func usageErrors() throws {
    let unknown = try run(["progress", "Belise"])
    #expect(unknown.status == 64)
    #expect(unknown.stderr.contains("unknown country 'Belise'; nearest: Belize (BLZ)"))
    let pillar = try run(["progress", "--pillar", "legality"])
    #expect(pillar.status == 64)
    #expect(pillar.stderr.contains("unknown pillar 'legality'; pillars: legal, technical"))
    let svg = try run(["progress", "--format", "svg"])
    #expect(svg.status == 64)
    #expect(svg.stderr.contains("--format svg draws one country's trajectory: name a COUNTRY"))
    let both = try run(["progress", "BLZ", "--country", "BLZ"])
    #expect(both.status == 64)
    let reversed = try run(["progress", "--since", "2016-01-01", "--until", "2015-01-01"])
    #expect(reversed.status == 64)
    #expect(try run(["progress", "--since", "2015/01/01"]).status == 64)
    #expect(try run(["progress", "--format", "pdf"]).status == 64)
    let early = try run(["progress", "BLZ", "--until", "2014-01-01"])
    #expect(early.status == 1)
    #expect(early.stderr.contains("BLZ: no revision in effect by 2014-01-01 (latest 2016-01-20)"))
    let missing = try profiles.run(["progress", "--db", "nowhere.sqlite"], in: directory)
    #expect(missing.status == 1)
  }
}
