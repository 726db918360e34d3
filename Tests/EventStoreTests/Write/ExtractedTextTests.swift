import Foundation
import GRDB
import LedgerModel
import ProfileModel
import ProfileParsing
import ProfileTestSupport
import StoreTestSupport
import Testing

@testable import EventStore

/// Documents read from an extracted text (a PDF's): the document kept byte for byte, the
/// text beside it, both covered by the event's hash, verified, exported and imported, and
/// read again from the stored text.
@Suite struct ExtractedTextTests {
  let parser = ProfileParser.standard

  /// Belize dated `date`, as a stand-in PDF (bytes that start `%PDF-` and name the text) and
  /// the text "extracted" from it by `extractor`.
  func pdf(date: String = "2 March 2015", extractor: String = "pdftotext 22.12.0 -layout")
    throws -> PreparedRevision
  {
    let text = Array(
      try Documents.belize().replacingOccurrences(
        of: "Last updated on 2 March 2015", with: "Last updated on \(date)"
      ).utf8)
    let source = Array("%PDF-1.4 Belize \(date) \(CanonicalJSON.sha256Hex(text))\n".utf8)
    return PreparedRevision(
      source: source, profile: try #require(parser.parse(bytes: text).profile),
      extraction: ExtractedText(bytes: text, extractor: extractor))
  }

  func record(_ ledger: Ledger, _ revisions: [PreparedRevision]) throws -> [LedgerEvent] {
    try ledger.recordAll(prepared: revisions, parserVersion: ProfileParser.version).compactMap(
      \.event)
  }

  @Test(arguments: StoreEngine.allCases)
  func theTextAndItsExtractorAreKeptBesideTheDocumentAndCoveredByTheHash(engine: StoreEngine) throws
  {
    let ledger = try engine.makeLedger()
    let prepared = try pdf()
    let event = try #require(try record(ledger, [prepared]).first)
    let text = try #require(prepared.extraction)
    #expect(event.textHash == text.hash)
    #expect(event.extractor == "pdftotext 22.12.0 -layout")
    #expect(try ledger.events() == [event])
    #expect(event.computedHash == event.hash)
    for altered in [
      { (event: inout LedgerEvent) in event.extractor = "pdftotext 24.02.0 -layout" },
      { (event: inout LedgerEvent) in event.textHash = String(repeating: "0", count: 64) },
    ] {
      var copy = event
      altered(&copy)
      #expect(copy.computedHash != event.hash)
    }
    let stored = try #require(try ledger.source(country: "BLZ", date: event.effectiveDate))
    #expect(stored.bytes == prepared.source)
    #expect(stored.isPDF)
    #expect(stored.extraction == text)
    #expect(stored.text == text.bytes)
    #expect(try ledger.source(seq: event.seq) == stored)
    #expect(try ledger.verify().isIntact)
  }

  /// An event without an extracted text hashes as it always did: logs written before stay
  /// valid.
  @Test func anEventWithoutATextHashesAsBefore() throws {
    let event = LedgerEvent(
      seq: 1, kind: .recorded, country: "BLZ", streamVersion: 1,
      effectiveDate: ProfileDate(iso: "2015-03-02")!, recordedAt: "2015-03-03T00:00:00.000000Z",
      parserVersion: 2, catalog: "c", sourceHash: nil, contentHash: nil, prevHash: "p", hash: "",
      supplied: [.date])
    let fields = [
      "p", "1", "recorded", "BLZ", "1", "2015-03-02", "2015-03-03T00:00:00.000000Z", "2", "c",
      "", "", "", "date",
    ]
    #expect(
      event.computedHash == CanonicalJSON.sha256Hex(Array(fields.joined(separator: "\u{1F}").utf8)))
    var extracted = event
    extracted.textHash = "t"
    extracted.extractor = "x"
    #expect(
      extracted.computedHash
        == CanonicalJSON.sha256Hex(Array((fields + ["t", "x"]).joined(separator: "\u{1F}").utf8)))
  }

  @Test func verifyFindsAnAlteredOrMissingText() throws {
    let path = FileManager.default.temporaryDirectory
      .appendingPathComponent("\(UUID().uuidString).sqlite").path
    defer { try? FileManager.default.removeItem(atPath: path) }
    let event = try #require(try record(try Ledger(path: path), [try pdf()]).first)
    let textHash = try #require(event.textHash)
    func tamper(_ sql: String) throws {
      var configuration = Configuration()
      configuration.foreignKeysEnabled = false
      try DatabaseQueue(path: path, configuration: configuration).write { db in
        try db.execute(sql: "DROP TRIGGER IF EXISTS sources_refuse_update")
        try db.execute(sql: "DROP TRIGGER IF EXISTS sources_refuse_delete")
        try db.execute(sql: sql)
      }
    }
    let compressed = Deflate.compress(Array("Belize, altered".utf8))
    try tamper(
      "UPDATE sources SET size = 15, zlib = x'\(compressed.map { String(format: "%02x", $0) }.joined())' WHERE hash = x'\(textHash)'"
    )
    let altered = try Ledger(path: path).verify().problem
    #expect(altered?.seq == 1)
    #expect(altered?.message == "its extracted text no longer hashes to \(textHash)")
    try tamper("DELETE FROM sources WHERE hash = x'\(textHash)'")
    #expect(
      try Ledger(path: path).verify().problem?.message
        == "its extracted text \(textHash) is missing")
  }

  /// Reading again reads the stored text, never the document's bytes, and the correction
  /// keeps the text and its extractor.
  @Test(arguments: StoreEngine.allCases) func reparseReadsTheStoredText(engine: StoreEngine) throws
  {
    let ledger = try engine.makeLedger()
    let prepared = try pdf()
    let first = try #require(
      try ledger.recordAll(prepared: [prepared], parserVersion: ProfileParser.version - 1)
        .first?.event)
    var given: [[UInt8]] = []
    let report = try ledger.reparse(parserVersion: ProfileParser.version, catalog: "other") {
      (source: [UInt8]) -> Result<Profile, ParseFailure> in
      given.append(source)
      var profile = prepared.profile
      profile.catalog = "other"
      return .success(profile)
    }
    #expect(given == [try #require(prepared.extraction).bytes])
    guard case .corrected(let correction) = report.results.first?.outcome else {
      Issue.record("not corrected: \(report.results)")
      return
    }
    #expect(correction.sourceHash == first.sourceHash)
    #expect(correction.textHash == first.textHash)
    #expect(correction.extractor == first.extractor)
    #expect(try ledger.verify().isIntact)
  }

  /// A new extractor's text is recorded as a correction, once; a text document is left alone.
  @Test(arguments: StoreEngine.allCases)
  func reextractRecordsANewTextOnceAndLeavesTextDocumentsAlone(engine: StoreEngine) throws {
    let ledger = try engine.makeLedger()
    let text = Array(Documents.dated(try Documents.belize(), "1 June 2016").utf8)
    _ = try record(ledger, [try pdf()])
    _ = try ledger.record(
      source: text, profile: try #require(parser.parse(bytes: text).profile),
      parserVersion: ProfileParser.version)
    var extracted: [[UInt8]] = []
    func reextract(_ extractor: String) throws -> ReparseReport<ParseFailure> {
      try ledger.reextract(extractor: extractor, parserVersion: ProfileParser.version) {
        document, _ in
        extracted.append(document)
        // The same text, spaced out: it reads the same.
        let bytes = try! pdf().extraction!.bytes + Array("\n\n".utf8)
        return .success(
          (
            ExtractedText(bytes: bytes, extractor: extractor), parser.parse(bytes: bytes).profile!,
            []
          ))
      }
    }
    let report = try reextract("pdftotext 24.02.0 -layout")
    #expect(extracted == [try pdf().source], "the stored PDF, not the text document")
    #expect(report.results.count == 1)
    #expect(report.results.first?.newText == true && report.results.first?.sameReading == true)
    guard case .corrected(let correction) = report.results.first?.outcome else {
      Issue.record("not corrected: \(report.results)")
      return
    }
    #expect(correction.extractor == "pdftotext 24.02.0 -layout")
    #expect(correction.supersedes == 1)
    #expect(
      try ledger.source(country: "BLZ", date: correction.effectiveDate)?.extraction?.extractor
        == "pdftotext 24.02.0 -layout")
    let again = try reextract("pdftotext 24.02.0 -layout")
    #expect(again.results.isEmpty && again.skipped == 1)
    #expect(try ledger.verify().isIntact)
  }

  /// Each stored document is written once, with the first event that names it, whether as
  /// its source or as its text; the import recreates the log hash for hash.
  @Test(arguments: StoreEngine.allCases) func theLogCarriesEachDocumentOnceAndComesBackHashForHash(
    engine: StoreEngine
  ) throws {
    let ledger = try engine.makeLedger()
    // A PDF read by an earlier reader, then its text conversion, which the current reader
    // reads differently: a correction whose source is the PDF's text, given with event 1.
    let pdf = try pdf()
    let text = try #require(pdf.extraction).bytes
    var older = pdf.profile
    older.catalog = "older"
    _ = try ledger.recordAll(
      prepared: [PreparedRevision(source: pdf.source, profile: older, extraction: pdf.extraction)],
      parserVersion: ProfileParser.version - 1)
    _ = try ledger.record(
      source: text, profile: try #require(parser.parse(bytes: text).profile),
      parserVersion: ProfileParser.version)
    _ = try record(ledger, [try self.pdf(date: "1 June 2016")])
    var bytes: [UInt8] = []
    let summary = try ledger.exportLog { bytes += $0 }
    #expect(summary.sources == 4, "two PDFs and their texts, one text given twice")
    let lines = String(decoding: bytes, as: UTF8.self).split(separator: "\n").map(String.init)
    #expect(lines.count == 4)
    #expect(lines[1].contains(#""text":{"size":"#))
    #expect(lines[2].contains(#""source":null"#), "its source was given as event 1's text")
    #expect(!lines[2].contains("extractor"))
    #expect(lines[3].contains(#""text":{"size":"#))

    let copy = try Ledger()
    var remaining = lines.map { Array($0.utf8) }[...]
    let imported = try copy.importLog { remaining.popFirst() }
    #expect(imported.head == summary.head)
    #expect(try copy.events() == (try ledger.events()))
    #expect(try copy.source(seq: 3) == (try ledger.source(seq: 3)))
    #expect(try copy.verify().isIntact)
  }

  @Test(arguments: StoreEngine.allCases) func anImportRefusesATextThatIsMissingOrAltered(
    engine: StoreEngine
  ) throws {
    let ledger = try engine.makeLedger()
    _ = try record(ledger, [try pdf()])
    var bytes: [UInt8] = []
    _ = try ledger.exportLog { bytes += $0 }
    let lines = String(decoding: bytes, as: UTF8.self).split(separator: "\n").map(String.init)
    func importing(_ edited: String, header: String? = nil) throws -> LogFileError? {
      var remaining = [header ?? lines[0], edited].map { Array($0.utf8) }[...]
      do {
        _ = try Ledger().importLog { remaining.popFirst() }
        return nil
      } catch let error as LogFileError {
        return error
      }
    }
    let withoutText = try #require(
      lines[1].replacing(/"text":\{[^}]*\}/, with: #""text":null"#) as String?)
    #expect(
      "\(try #require(try importing(withoutText)))".contains(
        "extracted text \(try #require(try ledger.events().first?.textHash)) is neither given earlier in the file nor in the store"
      ))
    let altered = lines[1].replacingOccurrences(
      of: #""extractor":"pdftotext 22.12.0 -layout""#, with: #""extractor":"pdftotext 1 -layout""#)
    #expect(
      "\(try #require(try importing(altered)))".contains("its hash does not match its fields"))
    let olderFormat = lines[0].replacingOccurrences(of: #""version":3"#, with: #""version":2"#)
    #expect(
      "\(try #require(try importing(lines[1], header: olderFormat)))".contains(
        "text_hash, extractor and text need format version 3"))
  }
}

/// A reading that failed, for the stand-in readers above (which never fail).
struct ParseFailure: Error {}
