import Foundation
import ProfileTestSupport
import Testing

/// `profiles parse --format document`, run as a user runs it: the reading written back as a
/// clean document, which `profiles parse` reads again to the same reading.
@Suite struct ParseDocumentCommandTests {
  let profiles = CommandRunner()
  let root = SourceTree.root()
  let golden = SourceTree.directory().appendingPathComponent("Golden")

  @Test func printsTheSeedAsACleanDocument() throws {
    let outcome = try profiles.run(
      ["parse", "--format", "document", "Snapshots/belize/2015-03-02.txt"], in: root)
    #expect(outcome.status == 0)
    #expect(outcome.stderr == "")
    let expected = try Golden.expected(
      outcome.stdout, file: golden.appendingPathComponent("parse-belize-document.txt"))
    #expect(outcome.stdout == expected, "output differs from Golden/parse-belize-document.txt")
  }

  /// The seed, fixtures with lists of every kind, and a layout-preserving conversion.
  @Test(arguments: [
    "Snapshots/belize/2015-03-02.txt",
    "Tests/ProfileParsingTests/Fixtures/items-not-in-force.txt",
    "Tests/ProfileParsingTests/Fixtures/items-numbered.txt",
    "Tests/ProfileParsingTests/Fixtures/items-years-numbers.txt",
    "Tests/ProfileParsingTests/Fixtures/page-furniture.txt",
    "Tests/Fuzz/Seeds/layout-items-parentheses.txt",
  ])
  func theDocumentReadsAgainToTheSameReading(path: String) throws {
    let reading = try profiles.run(["parse", path], in: root)
    #expect(reading.status == 0)
    let document = try profiles.run(["parse", "--format", "document", path], in: root)
    #expect(document.status == 0)
    #expect(document.stdout.hasPrefix("CYBERWELLNESS PROFILE\n\n"))
    #expect(!document.stdout.contains("\r"))

    // Read again from a file, as a user keeps it, and from standard input.
    let directory = try temporaryDirectory("parse-document")
    defer { try? FileManager.default.removeItem(at: directory) }
    let copy = directory.appendingPathComponent("normalised.txt")
    try Data(document.stdout.utf8).write(to: copy)
    let again = try profiles.run(["parse", copy.path], in: root)
    #expect(again.status == 0)
    #expect(!again.stderr.contains(": error: "))
    #expect(again.stdout == reading.stdout, "\(path) reads differently once written back")
    let piped = try profiles.run(
      ["parse", "--format", "document", "-"], stdin: Data(document.stdout.utf8), in: root)
    #expect(piped.stdout == document.stdout, "the written document is not a fixed point")
  }

  @Test func aDocumentThatDoesNotReadPrintsNothing() throws {
    let outcome = try profiles.run(
      ["parse", "--format", "document", "Tests/ProfileParsingTests/Fixtures/error-no-date.txt"],
      in: root)
    #expect(outcome.status == 1)
    #expect(outcome.stdout == "")
    #expect(outcome.stderr.contains("error: no 'Last updated on <date>' line"))
  }
}
