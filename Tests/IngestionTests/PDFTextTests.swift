import Foundation
import Ingestion
import ProfileModel
import ProfileParsing
import ProfileTestSupport
import Testing

/// PDF documents, read through poppler's pdftotext: the same reading as their text, and a
/// clear error for every PDF that gives none. The fixtures are made by
/// `Scripts/make-fixture-pdfs.py`.
@Suite struct PDFTextTests {
  let fixtures = SourceTree.directory().appendingPathComponent("Fixtures")

  func bytes(_ name: String) throws -> [UInt8] {
    Array(try Data(contentsOf: fixtures.appendingPathComponent(name)))
  }

  @Test func aPDFIsKnownByItsBytesNotItsName() throws {
    #expect(PDFText.isPDF(try bytes("malta.pdf")))
    #expect(!PDFText.isPDF(try bytes("malta.txt")))
    // Copied under a text name, it is still read as a PDF.
    let directory = try temporaryDirectory("pdf")
    let disguised = directory.appendingPathComponent("malta.txt").path
    try Data(try bytes("malta.pdf")).write(to: URL(fileURLWithPath: disguised))
    let text = try DocumentFiles.text(disguised)
    #expect(String(decoding: text, as: UTF8.self).contains("CYBERWELLNESS PROFILE"))
  }

  /// Three pages laid out as published (title and country centred, the figures side by
  /// side): the reading is the text version's, byte for byte in canonical form.
  @Test(arguments: ["malta", "malta-2015", "uruguay", "namibia"])
  func aPDFReadsAsItsTextVersion(name: String) throws {
    let text = try PDFText.extract(try bytes("\(name).pdf"), path: "\(name).pdf")
    let fromPDF = try #require(ProfileParser.standard.parse(bytes: text).profile)
    let fromText = try #require(
      ProfileParser.standard.parse(bytes: try bytes("\(name).txt")).profile)
    #expect(fromPDF == fromText)
    #expect(fromPDF.contentHash == fromText.contentHash)
    #expect(fromPDF.figures.count == 2)
    #expect(String(decoding: text, as: UTF8.self).contains("\u{0C}"), "pages end with form feeds")
  }

  @Test func theExtractorIsNamedWithItsVersionAndArguments() throws {
    let extracted = try PDFText.extractText(try bytes("malta.pdf"), path: "malta.pdf")
    #expect(extracted.extractor.hasPrefix("pdftotext "))
    #expect(extracted.extractor.hasSuffix(" -layout -enc UTF-8"))
    let version = extracted.extractor.split(separator: " ")[1]
    #expect(version.first?.isNumber == true, "\(extracted.extractor)")
    #expect(extracted.bytes == (try PDFText.extract(try bytes("malta.pdf"), path: "malta.pdf")))
    // A stand-in that gives its version on standard error, as poppler does.
    let directory = try temporaryDirectory("pdf-version")
    let fake = directory.appendingPathComponent("pdftotext")
    try "#!/bin/sh\necho 'pdftotext version 99.1.0' >&2\n".write(
      to: fake, atomically: true, encoding: .utf8)
    try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: fake.path)
    #expect(
      PDFText.extractor(environment: ["PATH": directory.path])
        == "pdftotext 99.1.0 -layout -enc UTF-8")
  }

  @Test(arguments: [
    ("scan.pdf", "the PDF has no text layer (a scan?); it needs OCR first"),
    ("encrypted.pdf", "the PDF is encrypted; decrypt it first"),
    ("damaged.pdf", "the PDF is damaged ("),
  ])
  func aPDFThatGivesNoTextSaysWhy(name: String, reason: String) throws {
    do {
      _ = try PDFText.extract(try bytes(name), path: name)
      Issue.record("\(name) gave text")
    } catch let error as PDFTextError {
      #expect(error.reason.hasPrefix(reason), "\(error)")
      #expect(error.description.hasPrefix("cannot read \(name): "))
    }
  }

  @Test func aMissingExtractorIsNamedWithItsPackage() throws {
    #expect(throws: PDFTextError.noExtractor(path: "malta.pdf")) {
      try PDFText.extract(
        try bytes("malta.pdf"), path: "malta.pdf", environment: ["PATH": "/nonexistent"])
    }
    #expect(PDFTextError.noExtractor(path: "x").reason.contains("apt-get install poppler-utils"))
  }

  @Test func anExtractorThatHangsIsStopped() throws {
    // A stand-in for pdftotext that never answers.
    let directory = try temporaryDirectory("pdf-hang")
    let fake = directory.appendingPathComponent("pdftotext")
    try "#!/bin/sh\nsleep 30\n".write(to: fake, atomically: true, encoding: .utf8)
    try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: fake.path)
    let start = Date()
    #expect(throws: PDFTextError.timedOut(path: "malta.pdf", seconds: 1)) {
      try PDFText.extract(
        try bytes("malta.pdf"), path: "malta.pdf", timeout: 1,
        environment: ["PATH": directory.path])
    }
    #expect(Date().timeIntervalSince(start) < 10)
  }
}
