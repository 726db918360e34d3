import Foundation
import ProfileTestSupport
import Testing

/// PDF documents through the commands: read by `check`, `parse` and `ingest`, kept byte for
/// byte beside the text read from them, given back by `source`, carried by `export` and
/// `import`, and extracted again by `rebuild --reextract`.
@Suite struct PDFCommandTests {
  let profiles = CommandRunner()
  let directory: URL
  let fixtures = SourceTree.root().appendingPathComponent("Tests/IngestionTests/Fixtures").path

  init() throws {
    directory = try temporaryDirectory("profiles-pdf")
  }

  func run(_ arguments: [String], environment: [String: String] = [:]) throws
    -> CommandRunner.Outcome
  {
    try profiles.run(arguments, in: directory, environment: environment)
  }

  func fixture(_ name: String) throws -> Data {
    try Data(contentsOf: URL(fileURLWithPath: "\(fixtures)/\(name)"))
  }

  /// A stand-in for pdftotext, first on the PATH: it names itself `version` and runs the
  /// real one, its text passed through `filter` (a sed script).
  func extractor(version: String, filter: String) throws -> [String: String] {
    let bin = directory.appendingPathComponent("bin-\(version)")
    try FileManager.default.createDirectory(at: bin, withIntermediateDirectories: true)
    let real = try #require(
      ["/usr/bin/pdftotext", "/usr/local/bin/pdftotext"].first {
        FileManager.default.isExecutableFile(atPath: $0)
      })
    let script = """
      #!/bin/sh
      if [ "$1" = "-v" ]; then echo "pdftotext version \(version)" >&2; exit 0; fi
      \(real) "$@" | sed '\(filter)'
      """
    let fake = bin.appendingPathComponent("pdftotext")
    try script.write(to: fake, atomically: true, encoding: .utf8)
    try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: fake.path)
    return ["PATH": bin.path + ":" + (ProcessInfo.processInfo.environment["PATH"] ?? "")]
  }

  /// Malta's 1.3.1 (policy) status, as `show` gives it.
  func policy() throws -> String? {
    let line = try run(["show", "MLT"]).stdout.split(separator: "\n").first {
      $0.hasPrefix("1.3.1 ")
    }
    return line?.split(separator: " ").last.map(String.init)
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
    #expect(check.stderr.contains("\(fixtures)/minutes.pdf:1: error: not a profile document"))
    #expect(check.stdout.hasSuffix("12 documents: 8 ok, 4 failed\n"))
  }

  /// The PDF is the document of record; its text conversion, ingested after it, reads the
  /// same and records nothing more.
  @Test func aPDFThenItsTextRecordOneRevision() throws {
    let pdf = try run(["ingest", "\(fixtures)/malta.pdf"])
    #expect(pdf.status == 0, "\(pdf.stderr)")
    #expect(pdf.stdout.hasPrefix("recorded    MLT 2014-08-12  \(fixtures)/malta.pdf"))
    let show = try run(["show", "MLT"]).stdout
    #expect(show.contains("\nread from a PDF: its text extracted by pdftotext "), "\(show)")
    #expect(try run(["history", "MLT"]).stdout.contains("read from a PDF"))
    let text = try run(["ingest", "\(fixtures)/malta.txt"])
    #expect(text.stdout.hasPrefix("unchanged   MLT 2014-08-12  \(fixtures)/malta.txt"))
    #expect(text.stdout.contains("1 event in"))
    // The same PDF again is known by its bytes: not extracted, not read.
    let again = try run(["ingest", "\(fixtures)/malta.pdf"], environment: ["PATH": "/nonexistent"])
    #expect(again.status == 0, "\(again.stderr)")
    #expect(again.stdout.hasPrefix("unchanged   MLT 2014-08-12"))
  }

  /// The other way round, the PDF is the document as published: it becomes the document of
  /// record of the revision its text conversion made, in a correction that changes no reading.
  @Test func aTextThenItsPDFMakeThePDFTheDocumentOfRecord() throws {
    _ = try run(["ingest", "\(fixtures)/malta.txt"])
    let pdf = try run(["ingest", "\(fixtures)/malta.pdf"])
    #expect(
      pdf.stdout.hasPrefix("corrected   MLT 2014-08-12  \(fixtures)/malta.pdf"), "\(pdf.stdout)")
    #expect(try run(["source", "MLT", "2014-08-12"]).stdoutBytes == (try fixture("malta.pdf")))
    let history = try run(["history", "MLT"]).stdout
    #expect(history.contains("1 revision in effect, 2 recorded"), "\(history)")
    // Either again: nothing more.
    let again = try run(["ingest", "\(fixtures)/malta.txt", "\(fixtures)/malta.pdf"])
    #expect(again.stdout.contains("0 recorded, 2 unchanged, 0 corrected"), "\(again.stdout)")
  }

  @Test func twoPDFsMakeAHistoryAndADiff() throws {
    let ingest = try run(["ingest", "\(fixtures)/malta-2015.pdf", "\(fixtures)/malta.pdf"])
    #expect(ingest.status == 0, "\(ingest.stderr)")
    #expect(ingest.stdout.contains("backfilled  MLT 2014-08-12"))
    let diff = try run(["diff", "MLT", "2014-08-12", "2015-03-02"])
    #expect(diff.stdout.contains("1.3.1"), "\(diff.stdout)")
    #expect(diff.stdout.contains("partial → present"), "\(diff.stdout)")
  }

  @Test func sourceGivesThePDFBackByteForByteAndItsTextOnRequest() throws {
    _ = try run(["ingest", "\(fixtures)/malta.pdf"])
    let piped = try run(["source", "MLT", "2014-08-12"])
    #expect(piped.status == 0)
    #expect(piped.stdoutBytes == (try fixture("malta.pdf")))
    let dash = try run(["source", "MLT", "2014-08-12", "-o", "-"])
    #expect(dash.stdoutBytes == (try fixture("malta.pdf")))
    let file = directory.appendingPathComponent("copy.pdf")
    let written = try run(["source", "MLT", "2014-08-12", "--output", file.path])
    #expect(written.status == 0 && written.stdout.isEmpty)
    #expect(try Data(contentsOf: file) == (try fixture("malta.pdf")))
    let text = try run(["source", "MLT", "2014-08-12", "--text"])
    #expect(text.stdout.contains("CYBERWELLNESS PROFILE"))
    #expect(text.stdout.contains("\u{0C}"), "the text as pdftotext gave it, pages and all")
  }

  /// On a terminal, a PDF is not printed: the command says how to have it.
  @Test func sourceRefusesToPrintAPDFToATerminal() throws {
    _ = try run(["ingest", "\(fixtures)/malta.pdf"])
    let script = URL(fileURLWithPath: "/usr/bin/script")
    try #require(
      FileManager.default.isExecutableFile(atPath: script.path),
      "script(1) from util-linux runs the command on a terminal")
    let command = [profiles.executable.path, "source", "MLT", "2014-08-12"].joined(separator: " ")
    let terminal = try CommandRunner(executable: script).run(
      ["-qec", command, "/dev/null"], in: directory)
    #expect(terminal.status == 64)
    #expect(terminal.stdout.contains("is a PDF (5296 bytes): not written to a terminal"))
    #expect(terminal.stdout.contains("--output FILE, or give -o -"))
    #expect(!terminal.stdout.contains("%PDF-"))
  }

  @Test(arguments: [
    ("scan.pdf", ": error: the PDF has no text layer (a scan?); it needs OCR first"),
    ("encrypted.pdf", ": error: the PDF is encrypted; decrypt it first"),
    ("damaged.pdf", ": error: the PDF is damaged ("),
    ("minutes.pdf", ":1: error: not a profile document"),
  ])
  func aPDFThatGivesNoReadingIsRejectedAndNothingRecorded(name: String, message: String) throws {
    _ = try run(["ingest", "\(fixtures)/uruguay.pdf"])
    let before = try run(["export"]).stdout
    let ingest = try run(["ingest", "\(fixtures)/\(name)"])
    #expect(ingest.status == 1)
    #expect(ingest.stdout.hasPrefix("rejected    -"))
    #expect(ingest.stderr.contains("\(fixtures)/\(name)\(message)"), "\(ingest.stderr)")
    #expect(try run(["export"]).stdout == before)
  }

  @Test func withoutPdftotextAPDFIsRejectedNamingThePackage() throws {
    let ingest = try run(
      ["ingest", "\(fixtures)/malta.pdf"], environment: ["PATH": "/nonexistent"])
    #expect(ingest.status == 1)
    #expect(ingest.stderr.contains("apt-get install poppler-utils"), "\(ingest.stderr)")
    let verify = try run(["verify"])
    #expect(verify.status != 0 || verify.stdout.hasPrefix("0 events"), "nothing recorded")
  }

  /// The PDF and its text travel in the log file and come back hash for hash.
  @Test func exportAndImportCarryThePDFAndItsText() throws {
    _ = try run(["ingest", "\(fixtures)/malta.pdf", "\(fixtures)/namibia.txt"])
    let log = directory.appendingPathComponent("log.jsonl")
    #expect(try run(["export", "--output", log.path]).status == 0)
    let lines = try String(contentsOf: log, encoding: .utf8).split(separator: "\n")
    #expect(lines[0].contains(#""version":3"#))
    #expect(lines[1].contains(#""extractor":"pdftotext "#) && lines[1].contains(#""text":{"#))
    #expect(!lines[2].contains("extractor"))
    let imported = try run(["import", log.path, "--db", "copy.db"])
    #expect(imported.status == 0, "\(imported.stderr)")
    let verify = try run(["verify", "--db", "copy.db"])
    #expect(verify.status == 0)
    #expect(verify.stdout == (try run(["verify"])).stdout, "the same events, the same head")
    let copy = try run(["source", "MLT", "2014-08-12", "--db", "copy.db"])
    #expect(copy.stdoutBytes == (try fixture("malta.pdf")))
  }

  /// `Scripts/check-log.py` checks a log with SHA-256 and base64 alone: PDFs and their texts,
  /// supplied values, corrections; and finds what was altered.
  @Test(.enabled(if: FileManager.default.isExecutableFile(atPath: "/usr/bin/python3")))
  func theLogCheckerInPythonAgrees() throws {
    let undated = SourceTree.root().appendingPathComponent(
      "Tests/ProfileParsingTests/Fixtures/error-undated-cut-off.txt"
    ).path
    _ = try run(["ingest", "\(fixtures)/namibia.txt", "\(fixtures)/malta.pdf"])
    _ = try run(["ingest", "--date", "2015-03-02", undated])
    _ = try run(["ingest", "\(fixtures)/uruguay.txt", "\(fixtures)/uruguay.pdf"])
    let log = directory.appendingPathComponent("log.jsonl")
    _ = try run(["export", "--output", log.path])
    let head = try #require(try run(["verify"]).stdout.split(separator: " ").last)
    let script = SourceTree.root().appendingPathComponent("Scripts/check-log.py").path
    let python = CommandRunner(executable: URL(fileURLWithPath: "/usr/bin/python3"))
    let checked = try python.run([script, log.path])
    #expect(checked.status == 0, "\(checked.stderr)")
    #expect(checked.stdout == "5 events and 7 documents intact; head \(head)")
    let tampered = directory.appendingPathComponent("tampered.jsonl")
    try String(contentsOf: log, encoding: .utf8).replacingOccurrences(
      of: #""extractor":"pdftotext "#, with: #""extractor":"pdftotext 0"#
    ).write(to: tampered, atomically: true, encoding: .utf8)
    let refused = try python.run([script, tampered.path])
    #expect(refused.status == 1)
    #expect(refused.stderr == "\(tampered.path): line 3: the event was altered\n")
  }

  @Test func reextractRecordsEachNewTextAsACorrectionOnce() throws {
    _ = try run([
      "ingest", "\(fixtures)/malta.pdf", "\(fixtures)/uruguay.pdf", "\(fixtures)/namibia.txt",
    ])
    // A newer extractor that reads Malta's strategy as adopted, and spaces out the rest.
    let newer = try extractor(
      version: "99.1.0",
      filter: "/^A national cybersecurity strategy/{N;N;s/.*/Malta has an officially "
        + "recognized National Cyber Security Strategy, adopted by the Cabinet in 2015./;}; "
        + "s/^$/ /")
    let reextract = try run(["rebuild", "--reextract"], environment: newer)
    #expect(reextract.status == 0, "\(reextract.stderr)")
    #expect(reextract.stdout.contains("corrected   MLT 2014-08-12"), "\(reextract.stdout)")
    #expect(
      reextract.stdout.contains("corrected   URY")
        && reextract.stdout.contains("(new text, same reading)"), "\(reextract.stdout)")
    #expect(
      reextract.stdout.contains("2 PDFs extracted again: 2 corrected, 0 unchanged, 0 rejected"))
    #expect(!reextract.stdout.contains("NAM"), "a text document is not extracted")
    // The correction carries the new text; the first reading stays, superseded.
    #expect(
      try run(["source", "MLT", "2014-08-12", "--text"]).stdout.contains(
        "officially recognized National Cyber Security Strategy"))
    #expect(try policy() == "present")
    #expect(try run(["verify"]).status == 0)
    // Run again with the same extractor, nothing more to do.
    let again = try run(["rebuild", "--reextract"], environment: newer)
    #expect(again.stdout.contains("0 PDFs extracted again"))
    #expect(again.stdout.contains("2 extracted by pdftotext 99.1.0 -layout -enc UTF-8 already"))
    // Back to the extractor of the first reading: the first text again, and the first
    // reading again, in a correction of its own.
    let back = try run(["rebuild", "--reextract"])
    #expect(back.stdout.contains("2 PDFs extracted again: 2 corrected"), "\(back.stdout)")
    #expect(try policy() == "partial")
    #expect(try run(["verify"]).status == 0)
  }
}
