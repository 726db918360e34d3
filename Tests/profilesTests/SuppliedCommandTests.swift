import Foundation
import GRDB
import ProfileModel
import ProfileTestSupport
import Testing

/// `--date` and `--country` on ingest, check and parse, run as a user runs them: what they
/// supply is recorded as supplied and shown so; where the document says otherwise, nothing
/// is recorded.
@Suite struct SuppliedCommandTests {
  let profiles = CommandRunner()
  let directory: URL
  let fixtures = SourceTree.root().appendingPathComponent("Tests/ProfileParsingTests/Fixtures").path

  init() throws {
    directory = try temporaryDirectory("profiles")
  }

  var undated: String { "\(fixtures)/error-undated-cut-off.txt" }
  var korea: String { "\(fixtures)/itu-name-korea.txt" }

  func run(_ arguments: [String]) throws -> CommandRunner.Outcome {
    try profiles.run(arguments, in: directory)
  }

  /// Every row of every table: the store's logical content.
  func storeDigest() throws -> String {
    let dump = try StoreContent.rows(of: directory.appendingPathComponent("profiles.sqlite").path)
    #expect(dump.contains("LCA") || dump.contains("KOR"))
    return CanonicalJSON.sha256Hex(Data(dump.utf8))
  }

  @Test func anUndatedDocumentIngestedWithADateIsRecordedAndShownAsSupplied() throws {
    let rejected = try run(["ingest", undated])
    #expect(rejected.status == 1)
    #expect(
      rejected.stderr.contains("the revision date is required (give it with --date YYYY-MM-DD)"))

    let ingest = try run(["ingest", "--date", "2015-03-02", undated])
    #expect(ingest.status == 0, "\(ingest.stderr)")
    #expect(
      ingest.stdout.contains(
        "recorded    LCA 2015-03-02  \(undated)  (date supplied with --date, not read)"))
    #expect(
      ingest.stderr.contains(
        "warning: no 'Last updated on <date>' line: the date 2015-03-02 is supplied, not read"))

    let history = try run(["history", "LCA"])
    #expect(history.status == 0)
    #expect(history.stdout.contains("2015-03-02"))
    #expect(history.stdout.contains("date supplied with --date, not read"))
    let json = try run(["history", "LCA", "--format", "json"])
    #expect(json.stdout.contains(#""supplied" : ["#))

    let show = try run(["show", "LCA"])
    #expect(show.stdout.contains("date supplied with --date, not read\n"))
    #expect(try run(["verify"]).status == 0)

    // Ingested again as it was: unchanged, without reading.
    let again = try run(["ingest", "--date", "2015-03-02", undated])
    #expect(again.status == 0)
    #expect(again.stdout.hasPrefix("unchanged   LCA 2015-03-02"))
  }

  @Test func aSuppliedDateTheDocumentContradictsRecordsNothing() throws {
    #expect(try run(["ingest", "--date", "2015-03-02", undated]).status == 0)
    let before = try storeDigest()
    let outcome = try run(["ingest", "--date", "2015-03-02", korea])
    #expect(outcome.status == 1)
    #expect(outcome.stdout.contains("rejected    -"))
    #expect(
      outcome.stderr.contains(
        "itu-name-korea.txt:131: error: the document is dated 2015-01-06 ('6 January 2015'), but the supplied date is 2015-03-02"
      ), "\(outcome.stderr)")
    #expect(try storeDigest() == before)
  }

  /// A document recorded before, byte for byte, is not let through by the shortcut that
  /// spares reading it again when the value supplied now differs.
  @Test func aDocumentAlreadyRecordedIsCheckedAgainstTheValueSuppliedNow() throws {
    #expect(try run(["ingest", korea]).status == 0)
    #expect(try run(["ingest", "--date", "2015-03-02", undated]).status == 0)
    let before = try storeDigest()

    let dated = try run(["ingest", "--date", "2015-03-02", korea])
    #expect(dated.status == 1)
    #expect(dated.stderr.contains("the document is dated 2015-01-06"))
    let country = try run(["ingest", "--country", "PRK", korea])
    #expect(country.status == 1)
    #expect(country.stderr.contains("(PRK)") && country.stderr.contains("(KOR)"))

    let redated = try run(["ingest", "--date", "2015-04-01", undated])
    #expect(redated.status == 1)
    #expect(
      redated.stderr.contains(
        "error: this document is recorded as LCA 2015-03-02; the supplied date 2015-04-01 differs: nothing recorded"
      ), "\(redated.stderr)")
    #expect(try storeDigest() == before)

    // The same values, or none, are the document already recorded.
    #expect(try run(["ingest", "--date", "2015-01-06", korea]).stdout.hasPrefix("unchanged"))
    #expect(try run(["ingest", undated]).stdout.hasPrefix("unchanged   LCA 2015-03-02"))
    #expect(try storeDigest() == before)
  }

  @Test func anUnknownNameIsIngestedWithASuppliedCountry() throws {
    let unknown = "\(fixtures)/error-country-unknown-name.txt"
    let outcome = try run(["ingest", "--country", "nru", unknown])
    #expect(outcome.status == 0, "\(outcome.stderr)")
    #expect(outcome.stdout.contains("recorded    NRU 2015-05-14"))
    #expect(outcome.stdout.contains("(country supplied with --country, not read)"))
    #expect(
      try run(["history", "NRU"]).stdout.contains("country supplied with --country, not read"))
  }

  @Test(arguments: [
    (
      ["--date", "2015-02-30"], "--date '2015-02-30' is not a valid date: February 2015 has 28 days"
    ),
    (["--date", "2 March 2015"], "--date '2 March 2015' is not a date (expected yyyy-mm-dd)"),
    (["--country", "XYZ"], "--country 'XYZ' is not a known country"),
  ])
  func badValuesAreUsageErrors(arguments: [String], message: String) throws {
    for command in ["ingest", "check", "parse"] {
      let outcome = try run([command] + arguments + [korea])
      #expect(outcome.status == 64, "\(command) \(arguments)")
      #expect(outcome.stderr.contains(message), "\(command): \(outcome.stderr)")
    }
    #expect(
      !FileManager.default.fileExists(
        atPath: directory.appendingPathComponent("profiles.sqlite").path))
  }

  @Test func aDateForSeveralDocumentsIsAUsageError() throws {
    let outcome = try run(["ingest", "--date", "2015-03-02", undated, korea])
    #expect(outcome.status == 64)
    #expect(outcome.stderr.contains("--date gives one document's date, and 2 documents are named"))
    #expect(try run(["check", "--date", "2015-03-02", fixtures]).status == 64)
    // A country for several is fine.
    #expect(try run(["check", "--country", "KOR", korea, korea]).status == 0)
  }

  @Test func checkAndParseSayWhatWasSupplied() throws {
    let check = try run(["check", "--date", "2015-03-02", undated])
    #expect(check.status == 0)
    #expect(check.stdout.contains("ok: SAINT LUCIA (LCA), last updated 2015-03-02"))
    #expect(check.stdout.contains("; date supplied with --date, not read"))
    let parse = try run(["parse", "--date", "2015-03-02", "--format", "text", undated])
    #expect(parse.status == 0)
    #expect(parse.stderr.contains("the date 2015-03-02 is supplied, not read"))
    let mismatch = try run(["parse", "--country", "PRK", korea])
    #expect(mismatch.status == 1)
    #expect(mismatch.stdout.isEmpty)
  }
}
