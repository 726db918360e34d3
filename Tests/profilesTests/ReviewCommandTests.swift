import Foundation
import ProfileTestSupport
import Testing

/// `profiles review`, run as a reviewer runs it: a reading settled in one command, shown as
/// reviewed everywhere, the machine's reading still on record.
@Suite struct ReviewCommandTests {
  let profiles = CommandRunner()
  let directory: URL
  let seed = SourceTree.root().appendingPathComponent("Snapshots/belize/2015-03-02.txt").path

  init() throws {
    directory = try temporaryDirectory("profiles-review")
  }

  func run(_ arguments: [String], environment: [String: String] = [:]) throws
    -> CommandRunner.Outcome
  {
    try profiles.run(arguments, in: directory, environment: environment)
  }

  @Test func aReviewIsRecordedShownAndVerified() throws {
    #expect(try run(["ingest", seed]).status == 0)
    let machineJSON = try run(["show", "BLZ", "--format", "json"]).stdout
    let review = try run(
      ["review", "belize", "2015-03-02", "1.2.2", "--status", "partial", "--note", "drafting"],
      environment: ["PROFILES_REVIEWER": "alice"])
    #expect(review.status == 0, "\(review.stderr)")
    #expect(review.stdout.hasPrefix("BLZ 2015-03-02 1.2.2: absent reviewed as partial by alice"))

    let show = try run(["show", "BLZ"])
    #expect(
      show.stdout.contains(
        "1.2.2  STANDARDS                    partial   (reviewed; read as absent)\n"))
    #expect(show.stdout.contains("reviewed by alice at "))
    #expect(show.stdout.contains(": drafting\n"))
    #expect(show.stdout.contains("; 1 reviewed\n"))
    let history = try run(["history", "BLZ"])
    #expect(history.stdout.contains("  1 reviewed\n"))
    let json = try run(["show", "BLZ", "--format", "json"]).stdout
    #expect(
      json.contains(#""reviewer" : "alice""#) && json.contains(#""machineStatus" : "absent""#))
    #expect(try run(["show", "BLZ", "--format", "json", "--known-at", "1"]).stdout == machineJSON)
    #expect(!machineJSON.contains("review\""))
    let blame = try run(["blame", "BLZ"])
    #expect(blame.stdout.contains("partial   (reviewed by alice, event #2; read as absent)\n"))
    let blameJSON = try run(["blame", "BLZ", "--format", "json"])
    #expect(blameJSON.stdout.contains(#""reviewer" : "alice""#))
    #expect(try run(["verify"]).status == 0)

    // Just after event 1, before the review: the machine's reading, unmarked.
    let before = try run(["show", "BLZ", "--known-at", "1"])
    #expect(before.stdout.contains("1.2.2  STANDARDS                    absent\n"))
    #expect(!(try run(["history", "BLZ", "--known-at", "1"])).stdout.contains("reviewed"))
    #expect(
      try run(["show", "BLZ", "--known-at", "2"]).stdout.contains("(reviewed; read as absent)"))
    let bad = try run(["show", "BLZ", "--known-at", "yesterday"])
    #expect(bad.status == 64)
    #expect(
      bad.stderr.contains(
        "--known-at 'yesterday' is not a UTC time (e.g. 2026-01-31T12:00:00Z), a date or an "
          + "event number (e.g. 42)"))
    // A number written with a sign is not an event number; event 0 is none either.
    let signed = try run(["show", "BLZ", "--known-at", "+3"])
    #expect(signed.status == 64)
    #expect(signed.stderr.contains("--known-at '+3' is not a UTC time"))
    #expect(
      try run(["show", "BLZ", "--known-at", "0"]).stderr.contains("events are numbered from 1"))
  }

  @Test func theQueueListsMarkedReadingsUntilOneIsSettled() throws {
    let fixture = SourceTree.root().appendingPathComponent(
      "Tests/ProfileParsingTests/Fixtures/date-ordinal-th.txt")
    #expect(try run(["ingest", fixture.path]).status == 0)
    let queue = try run(["review", "--pending"])
    #expect(queue.status == 0)
    #expect(
      queue.stdout.contains("SGP  2014-08-12  #1  2.2    partial  marked: statements disagree"))
    let json = try run(["review", "--pending", "--format", "json", "--country", "SGP"])
    #expect(json.stdout.contains(#""indicator": "2.2""#))
    let settle = try run([
      "review", "SGP", "2014-08-12", "2.2", "--confirm", "--note", "acceded to one only", "--by",
      "bob",
    ])
    #expect(settle.status == 0, "\(settle.stderr)")
    #expect(!(try run(["review", "--pending"])).stdout.contains("SGP  2014-08-12  #1  2.2 "))
  }

  @Test func badReviewsAreRefusedWithTheirReason() throws {
    #expect(try run(["ingest", seed]).status == 0)
    let noNote = try run(["review", "BLZ", "2015-03-02", "1.2.2", "--confirm"])
    #expect(noNote.status == 64)
    #expect(noNote.stderr.contains("--note is missing or empty"))
    let twoModes = try run(
      ["review", "BLZ", "2015-03-02", "1.2.2", "--confirm", "--clear", "--note", "x"])
    #expect(twoModes.status == 64)
    #expect(
      twoModes.stderr.contains("give exactly one of --status (--value), --confirm and --clear"))
    let nothing = try run(["review", "BLZ", "2015-03-02", "1.2.2", "--clear", "--note", "x"])
    #expect(nothing.status == 1)
    #expect(
      nothing.stderr.contains("no review of 1.2.2 stands on the revision of BLZ dated 2015-03-02"))
    let undated = try run(["review", "BLZ", "2016-01-01", "1.2.2", "--confirm", "--note", "x"])
    #expect(undated.status == 1)
    #expect(undated.stderr.contains("BLZ has no revision in effect dated 2016-01-01"))
    #expect(try run(["history", "BLZ"]).stdout.contains("1 revision in effect, 1 recorded"))
  }

  @Test func theQueueListsTheReadersWarningsWhenAsked() throws {
    let mojibake = SourceTree.root().appendingPathComponent(
      "Tests/ProfileParsingTests/Fixtures/mojibake.txt")
    let ingest = try run(["ingest", mojibake.path])
    #expect(ingest.status == 0)
    let warned = ingest.stderr.split(separator: "\n").filter { $0.contains(": warning: ") }
    #expect(!warned.isEmpty)
    let plain = try run(["review", "--pending"])
    #expect(!plain.stdout.contains("warning"))
    let queue = try run(["review", "--pending", "--warnings"])
    #expect(queue.status == 0)
    let warnings = queue.stdout.split(separator: "\n").filter {
      $0.contains("  -      -        warning")
    }
    // Every warning ingest printed, read again from the stored source.
    #expect(warnings.count == warned.count, "\(queue.stdout)")
    #expect(queue.stdout.contains("\(warned.count) warnings; settle one with"))
    let usage = try run([
      "review", "BLZ", "2015-03-02", "1.2.2", "--confirm", "--note", "x", "--warnings",
    ])
    #expect(usage.status == 64)
  }

  @Test func aFiguresValueIsReviewedWithValue() throws {
    #expect(try run(["ingest", seed]).status == 0)
    let review = try run([
      "review", "BLZ", "2015-03-02", "population", "--value", "330000", "--note", "UN table",
      "--by", "alice",
    ])
    #expect(review.status == 0, "\(review.stderr)")
    #expect(
      review.stdout.hasPrefix("BLZ 2015-03-02 population: 324000 reviewed as 330000 by alice"))
    let show = try run(["show", "BLZ"])
    #expect(show.stdout.contains("Total Population                          330 000"))
    #expect(show.stdout.contains("(reviewed; read as 324 000) reviewed by alice at "))
    let json = try run(["show", "BLZ", "--format", "json"]).stdout
    #expect(json.contains(#""machineValue" : "324000""#) && json.contains(#""value" : "330000""#))
    let status = try run([
      "review", "BLZ", "2015-03-02", "population", "--status", "present", "--note", "x",
    ])
    #expect(status.status == 64)
    #expect(status.stderr.contains("population is a figure: give its right value with --value"))
    let unknown = try run(["review", "BLZ", "2015-03-02", "area", "--confirm", "--note", "x"])
    #expect(unknown.status == 64)
    #expect(unknown.stderr.contains("'area' is neither an indicator (e.g. 1.2.1) nor a figure"))
    #expect(try run(["verify"]).status == 0)
  }
}
