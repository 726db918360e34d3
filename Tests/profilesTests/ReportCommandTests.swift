import Foundation
import ProfileModel
import ProfileTestSupport
import Testing

/// `profiles diff`, `blame` and `changelog`, run as a user runs them on a store of the
/// Belize snapshot and two later revisions made from it.
@Suite struct ReportCommandTests {
  let profiles = CommandRunner()
  let directory: URL

  init() throws {
    directory = FileManager.default.temporaryDirectory
      .appendingPathComponent("profiles-\(UUID().uuidString)")
    let documents = directory.appendingPathComponent("belize")
    try FileManager.default.createDirectory(at: documents, withIntermediateDirectories: true)
    let first = try Documents.belize()
    var second = try Documents.belize(
      replacing: "1.2.1",
      with: "Belize has an officially recognized national CIRT known as CERT-BZ.")
    second = second.replacingOccurrences(
      of: "Last updated on 2 March 2015", with: "Last updated on 14 September 2015")
    let third = second.replacingOccurrences(
      of: "Last updated on 14 September 2015", with: "Last updated on 20 January 2016")
    for (date, text) in [("2015-03-02", first), ("2015-09-14", second), ("2016-01-20", third)] {
      try Data(text.utf8).write(to: documents.appendingPathComponent("\(date).txt"))
    }
    let ingest = try profiles.run(["ingest", documents.path], in: directory)
    #expect(ingest.status == 0, "\(ingest.stderr)")
  }

  func run(_ arguments: [String], environment: [String: String] = [:]) throws
    -> CommandRunner.Outcome
  {
    try profiles.run(arguments, in: directory, environment: environment)
  }

  @Test func diffComparesThePreviousRevisionWithTheLatestByDefault() throws {
    let latest = try run(["diff", "belize"])
    #expect(latest.status == 0)
    #expect(
      latest.stdout.hasPrefix("Belize (BLZ): revision 2 (2015-09-14) → revision 3 (2016-01-20)\n"))
    #expect(latest.stdout.contains("date only: nothing but the date changed"))

    let byNumber = try run(["diff", "BLZ", "1", "2"])
    #expect(byNumber.status == 0)
    #expect(byNumber.stdout.contains("1.2.1 CIRT  absent → present  [established, expanded]"))
    #expect(byNumber.stdout.contains("Belize [-does not have-]{+has+} an officially"))
    // Dates name the revision in effect on that day.
    let byDate = try run(["diff", "BLZ", "2015-06-30", "2015-12-31"])
    #expect(byDate.stdout == byNumber.stdout)
    let fromOnly = try run(["diff", "BLZ", "1"])
    #expect(fromOnly.stdout.hasPrefix("Belize (BLZ): revision 1 (2015-03-02) → revision 3"))
  }

  @Test func diffExitCodeLikeGitDiff() throws {
    #expect(try run(["diff", "BLZ", "1", "2", "--exit-code"]).status == 1)
    #expect(try run(["diff", "BLZ", "2", "2", "--exit-code"]).status == 0)
    let same = try run(["diff", "BLZ", "2", "2"])
    #expect(same.status == 0)
    #expect(same.stdout.hasSuffix("no differences\n"))
  }

  /// With --exit-code, as diff(1): 0 the same, 1 they differ, 2 they could not be compared,
  /// whatever the error. Without it, an error is 1 (64 for a usage error).
  @Test func diffExitCodeTellsAnErrorFromADifference() throws {
    let korea = SourceTree.root()
      .appendingPathComponent("Tests/ProfileParsingTests/Fixtures/itu-name-korea.txt").path
    #expect(try run(["ingest", korea]).status == 0)
    let single = try run(["diff", "KOR", "--exit-code"])
    #expect(single.status == 2)
    #expect(single.stderr.contains("KOR: only 1 revision in effect"), "\(single.stderr)")
    #expect(try run(["diff", "KOR"]).status == 1)
    for arguments in [
      ["ABW"], ["BLZ", "1", "9"], ["Belise"], ["BLZ", "2015-02-30"], ["BLZ", "--colour"],
    ] {
      let failed = try run(["diff"] + arguments + ["--exit-code"])
      #expect(failed.status == 2, "\(arguments)")
      #expect(failed.stderr.hasPrefix("Error: "), "\(arguments): \(failed.stderr)")
    }
    #expect(try run(["diff", "BLZ", "1", "9"]).status == 64)
    let differ = try run(["diff", "BLZ", "1", "2", "--exit-code"])
    #expect(differ.status == 1)
    #expect(differ.stderr == "")
  }

  /// On a terminal, colour, with the word diff's markers coloured; none where TERM is dumb or
  /// NO_COLOR is set.
  @Test func diffOnATerminalIsInColourUnlessTheTerminalIsDumb() throws {
    let colour = try profiles.run(
      ["diff", "BLZ", "1", "2"], terminal: .standardOutput, in: directory,
      environment: ["TERM": "xterm-256color", "NO_COLOR": ""])
    #expect(colour.status == 0)
    #expect(
      colour.stdout.contains(
        "Belize \u{1B}[31m[-does not have-]\u{1B}[0m\u{1B}[32m{+has+}\u{1B}[0m an officially"),
      "\(colour.stdout)")
    for environment in [
      ["TERM": "dumb", "NO_COLOR": ""], ["TERM": "xterm-256color", "NO_COLOR": "1"],
    ] {
      let plain = try profiles.run(
        ["diff", "BLZ", "1", "2"], terminal: .standardOutput, in: directory,
        environment: environment)
      #expect(plain.status == 0)
      #expect(!plain.stdout.contains("\u{1B}["), "\(environment)")
      #expect(plain.stdout.contains("Belize [-does not have-]{+has+} an officially"))
    }
  }

  @Test func diffFormats() throws {
    let markdown = try run(["diff", "BLZ", "1", "2", "--format", "markdown"])
    #expect(markdown.stdout.contains("- **1.2.1 CIRT**: absent → present (established, expanded)"))
    let json = try run(["diff", "BLZ", "1", "2", "--format", "json"])
    #expect(json.status == 0)
    let object = try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any]
    #expect(object?["country"] as? String == "BLZ")
    #expect((object?["diff"] as? [String: Any])?["indicators"] as? [Any] != nil)
    // Not a terminal: markers, never colour codes, whatever NO_COLOR says.
    let plain = try run(["diff", "BLZ", "1", "2"], environment: ["NO_COLOR": "1"])
    #expect(!plain.stdout.contains("\u{1B}["))
  }

  @Test func diffUsageErrors() throws {
    let unknown = try run(["diff", "Belise"])
    #expect(unknown.status == 64)
    #expect(unknown.stderr.contains("unknown country 'Belise'; nearest: Belize (BLZ)"))
    let badDate = try run(["diff", "BLZ", "2015-02-30"])
    #expect(badDate.status == 64)
    #expect(
      badDate.stderr.contains("FROM '2015-02-30' is not a valid date: February 2015 has 28 days"))
    let notADate = try run(["diff", "BLZ", "March"])
    #expect(notADate.status == 64)
    #expect(
      notADate.stderr.contains("FROM 'March' is neither a date (yyyy-mm-dd) nor a revision number"))
    let reversed = try run(["diff", "BLZ", "3", "1"])
    #expect(reversed.status == 64)
    #expect(reversed.stderr.contains("FROM '3' is after TO '1'"))
    let mixed = try run(["diff", "BLZ", "2016-01-01", "1"])
    #expect(mixed.status == 64)
    #expect(mixed.stderr.contains("is after TO (revision 1, 2015-03-02)"))
    let range = try run(["diff", "BLZ", "1", "9"])
    #expect(range.status == 64)
    #expect(
      range.stderr.contains("TO: revision 9 is out of range: BLZ has 3 revisions in effect (1–3)"))
    // A usage error found while the command runs comes with that command's usage.
    #expect(range.stderr.contains("\nUsage: profiles diff <country> [<from>] [<to>]"))
    #expect(range.stderr.contains("See 'profiles diff --help' for more information."))
    let early = try run(["diff", "BLZ", "2014-01-01"])
    #expect(early.status == 1)
    #expect(early.stderr.contains("no revision in effect on 2014-01-01"))
  }

  @Test func blameNamesTheRevisionThatIntroducedEachReading() throws {
    let blame = try run(["blame", "BLZ"])
    #expect(blame.status == 0)
    #expect(blame.stdout.hasPrefix("Belize (BLZ): revision 3 of 3 in effect (2016-01-20"))
    #expect(blame.stdout.contains("2015-09-14    2     #2      2  1.2.1 CIRT"))
    #expect(blame.stdout.contains("2015-03-02    1     #1      3  1.1.1 CRIMINAL LEGISLATION"))
    let asOf = try run(["blame", "BLZ", "--as-of", "2015-06-30"])
    #expect(asOf.stdout.contains("2015-03-02    1     #1      1  1.2.1 CIRT"))
    #expect(try run(["blame", "BLZ", "--as-of", "June 2015"]).status == 64)
    #expect(try run(["blame", "BLZ", "--as-of", "2014-01-01"]).status == 1)
    let json = try run(["blame", "BLZ", "--format", "json"])
    #expect(json.status == 0)
    #expect(json.stdout.contains(#""introducedBy""#))
  }

  @Test func changelogInEveryFormat() throws {
    let markdown = try run(["changelog"])
    #expect(markdown.status == 0)
    #expect(markdown.stdout.hasPrefix("# Changelog\n"))
    #expect(markdown.stdout.contains("### [2] - 2015-09-14"))
    for format in ["json", "csv", "atom"] {
      let outcome = try run(["changelog", "--format", format, "--country", "belize"])
      #expect(outcome.status == 0, "\(format): \(outcome.stderr)")
      #expect(outcome.stdout.contains("1.2.1"), "\(format)")
    }
    let range = try run(["changelog", "--since", "2015-06-01", "--until", "2015-12-31"])
    #expect(range.stdout.contains("### [2] - 2015-09-14"))
    #expect(!range.stdout.contains("### [3]"))
    let reversed = try run(["changelog", "--since", "2016-01-01", "--until", "2015-01-01"])
    #expect(reversed.status == 64)
    #expect(reversed.stderr.contains("--since 2016-01-01 is after --until 2015-01-01"))
    #expect(try run(["changelog", "--since", "2015/01/01"]).status == 64)
    #expect(try run(["changelog", "--country", "Atlantis"]).status == 64)
    #expect(try run(["changelog", "--format", "rss"]).status == 64)
  }
}
