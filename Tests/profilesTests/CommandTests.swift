import Foundation
import ProfileTestSupport
import Testing

/// The `profiles` command, run as a process from the package root or elsewhere.
@Suite struct CommandTests {
  let profiles = CommandRunner()
  let root = SourceTree.root()
  let golden = SourceTree.directory().appendingPathComponent("Golden")
  let seed = "Snapshots/belize/2015-03-02.txt"
  let fixtures = "Tests/ProfileParsingTests/Fixtures"

  func expectGolden(_ actual: String, _ name: String) throws {
    let expected = try Golden.expected(actual, file: golden.appendingPathComponent(name))
    #expect(actual == expected, "output differs from Golden/\(name)")
  }

  @Test func checkReportsAGoodDocument() throws {
    let outcome = try profiles.run(["check", seed], in: root)
    #expect(outcome.status == 0)
    #expect(
      outcome.stdout == "\(seed): ok: BELIZE (BLZ), last updated 2015-03-02, 21 of 21 sections\n")
    #expect(outcome.stderr == "")
  }

  @Test func checkPrintsDiagnosticsWithPathAndLineAndFails() throws {
    let truncated = "\(fixtures)/error-truncated.txt"
    let repeated = "\(fixtures)/error-repeated-section.txt"
    let outcome = try profiles.run(["check", seed, truncated, repeated], in: root)
    #expect(outcome.status == 1)
    #expect(outcome.stderr.contains("\(truncated):60: error: the document ends in section 1.3.2"))
    #expect(outcome.stderr.contains("\(repeated):49: error: section 1.2.1 CIRT appears twice"))
    #expect(outcome.stdout.hasSuffix("3 documents: 1 ok, 2 failed\n"))
  }

  @Test func checkSearchesDirectoriesAndStrictFailsOnWarnings() throws {
    let all = try profiles.run(["check", "--quiet", fixtures], in: root)
    #expect(all.status == 1)
    #expect(all.stdout == "")
    let errorLines = all.stderr.split(separator: "\n").filter { $0.contains(": error: ") }
    #expect(errorLines.count == 11)
    let strict = try profiles.run(["check", "--strict", "\(fixtures)/mojibake.txt"], in: root)
    #expect(strict.status == 1)
    #expect(strict.stderr.contains("warning: repaired converter mojibake"))
  }

  @Test func parsePrintsTheCanonicalReading() throws {
    let outcome = try profiles.run(["parse", seed], in: root)
    #expect(outcome.status == 0)
    let committed = try String(
      contentsOf: root.appendingPathComponent("Snapshots/belize/2015-03-02.json"), encoding: .utf8)
    #expect(outcome.stdout == committed)
  }

  @Test func parseTextSummary() throws {
    let outcome = try profiles.run(["parse", "--format", "text", seed], in: root)
    #expect(outcome.status == 0)
    try expectGolden(outcome.stdout, "parse-belize.txt")
  }

  @Test func parseExplainsEachStatus() throws {
    let outcome = try profiles.run(["parse", "--explain", seed], in: root)
    #expect(outcome.status == 0)
    try expectGolden(outcome.stdout, "parse-belize-explain.txt")
  }

  @Test func parseExplainShowsWhatIsMarkedForReview() throws {
    let document = try Documents.belize(
      replacing: "1.2.1", with: "The Ministry's website lists contacts for incidents.")
    let outcome = try profiles.run(
      ["parse", "--explain", "-"], stdin: Data(document.utf8), in: root)
    #expect(outcome.status == 0)
    #expect(
      outcome.stdout.contains(
        "1.2.1  CIRT                         unknown   undecided     marked for review: no rule decides"
      ))
    #expect(outcome.stdout.hasSuffix("1 of 21 readings marked for review\n"))
    #expect(outcome.stderr.contains("1.2.1 CIRT: no rule decides"))
  }

  @Test func parseReadsStandardInputAndRunsFromAnyDirectory() throws {
    let bytes = try Data(contentsOf: root.appendingPathComponent(seed))
    let outcome = try profiles.run(
      ["parse", "-"], stdin: bytes, in: FileManager.default.temporaryDirectory)
    #expect(outcome.status == 0)
    #expect(outcome.stdout.contains(#""code" : "BLZ""#))
  }

  @Test func parseOfABadDocumentFailsWithDiagnosticsOnly() throws {
    let outcome = try profiles.run(["parse", "\(fixtures)/error-no-date.txt"], in: root)
    #expect(outcome.status == 1)
    #expect(outcome.stdout == "")
    #expect(
      outcome.stderr.contains("error-no-date.txt:133: error: no 'Last updated on <date>' line"))
  }

  @Test func usageErrorsExit64() throws {
    let outcome = try profiles.run(["parse", "--format", "xml", seed], in: root)
    #expect(outcome.status == 64)
    #expect(outcome.stderr.contains("--format"))
    #expect(try profiles.run(["frobnicate"], in: root).status == 64)
  }

  /// A misspelt command is named, with the commands it is nearest to; a usage error.
  @Test(arguments: [
    (["histroy", "BLZ"], "unknown command 'histroy'; did you mean 'history'?"),
    (["ingets", "documents/"], "unknown command 'ingets'; did you mean 'ingest'?"),
    (["Diff", "BLZ"], "unknown command 'Diff'; did you mean 'diff'?"),
    (["hist", "BLZ"], "unknown command 'hist'; did you mean 'history'?"),
    (["frobnicate"], "unknown command 'frobnicate'\n"),
  ])
  func aMisspeltCommandIsNamedWithTheNearestCommands(arguments: [String], message: String)
    throws
  {
    let outcome = try profiles.run(arguments, in: root)
    #expect(outcome.status == 64)
    #expect(outcome.stderr.hasPrefix("Error: \(message)"), "\(outcome.stderr)")
    #expect(outcome.stderr.contains("See 'profiles --help'"))
    #expect(outcome.stdout == "")
  }

  @Test func unreadableFilesAreRuntimeErrors() throws {
    let outcome = try profiles.run(["check", "no-such-file.txt"], in: root)
    #expect(outcome.status == 1)
    #expect(outcome.stderr == "Error: cannot read no-such-file.txt: no such file\n")
  }

  @Test func helpText() throws {
    let outcome = try profiles.run(["--help"], in: root, environment: ["COLUMNS": "100"])
    #expect(outcome.status == 0)
    try expectGolden(outcome.stdout, "help.txt")
  }
}

/// What `Scripts/install` makes its man pages and completions from: the command's own
/// description of itself, which must name every command.
@Suite struct InstallInputTests {
  let profiles = CommandRunner()
  let commands = [
    "ingest", "countries", "history", "show", "source", "diff", "blame", "changelog", "progress",
    "verify", "rebuild", "export", "import", "review", "check", "parse", "serve",
  ]

  @Test func theHelpDumpNamesEveryCommandForTheManPages() throws {
    let dump = try profiles.run(["--experimental-dump-help"])
    #expect(dump.status == 0)
    let object = try JSONSerialization.jsonObject(with: Data(dump.stdout.utf8)) as? [String: Any]
    let command = try #require(object?["command"] as? [String: Any])
    let names = (command["subcommands"] as? [[String: Any]] ?? []).compactMap {
      $0["commandName"] as? String
    }
    #expect(Set(commands).isSubset(of: Set(names)), "\(names)")
  }

  @Test(arguments: ["bash", "zsh", "fish"])
  func theCompletionsNameEveryCommand(shell: String) throws {
    let script = try profiles.run(["--generate-completion-script", shell])
    #expect(script.status == 0)
    for name in commands {
      #expect(script.stdout.contains(name), "\(shell) completion lacks \(name)")
    }
  }
}
