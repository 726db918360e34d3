import Foundation
import ProfileTestSupport
import Testing

/// PDF documents through the commands: `check` and `parse` read them, `ingest` names them.
@Suite struct PDFCommandTests {
  let profiles = CommandRunner()
  let directory: URL
  let fixtures = SourceTree.root().appendingPathComponent("Tests/IngestionTests/Fixtures").path

  init() throws {
    directory = try temporaryDirectory("profiles-pdf")
  }

  func run(_ arguments: [String]) throws -> CommandRunner.Outcome {
    try profiles.run(arguments, in: directory)
  }

  @Test func parseReadsAPDFAsItsText() throws {
    let pdf = try run(["parse", "\(fixtures)/malta.pdf"])
    #expect(pdf.status == 0, "\(pdf.stderr)")
    #expect(pdf.stdout == (try run(["parse", "\(fixtures)/malta.txt"])).stdout)
  }

  @Test func checkSearchesDirectoriesForPDFsAndSaysWhyOneGivesNoText() throws {
    let check = try run(["check", fixtures])
    #expect(check.status == 1)
    #expect(
      check.stdout.contains("\(fixtures)/malta.pdf: ok: MALTA (MLT), last updated 2014-08-12"))
    #expect(check.stdout.contains("\(fixtures)/malta.txt: ok: MALTA (MLT)"))
    #expect(check.stderr.contains("\(fixtures)/scan.pdf: error: the PDF has no text layer"))
    #expect(check.stderr.contains("\(fixtures)/encrypted.pdf: error: the PDF is encrypted"))
    #expect(check.stderr.contains("\(fixtures)/damaged.pdf: error: the PDF is damaged"))
    #expect(check.stdout.hasSuffix("5 documents: 2 ok, 3 failed\n"))
  }

  @Test func ingestNamesAPDFAndRecordsNothing() throws {
    let ingest = try run(["ingest", "\(fixtures)/malta.pdf"])
    #expect(ingest.status == 1)
    #expect(ingest.stderr.contains("it is a PDF, which profiles ingest does not record yet"))
    #expect(!ingest.stderr.contains("Windows-1252"))
  }
}
