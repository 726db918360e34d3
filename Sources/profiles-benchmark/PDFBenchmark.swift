// Release-mode measurement of reading and ingesting PDF documents against their text.
//
//   swift run -c release profiles-benchmark pdf [rounds] [documents per round]
//
// Reading: Tests/IngestionTests/Fixtures/malta.pdf and malta.txt (the same document), timed
// in the same run: the text read (parse), the PDF read (pdftotext, then parse), and
// pdftotext alone, single threaded. The extractor's share is what the PDF read costs beyond
// the parse.
//
// Ingesting: `documents` documents of the generated corpus, as text files and as PDFs of the
// same lines (`plainPDF`), each set ingested through `Ingestion` (as `profiles ingest` does,
// on every core) into a new store, and pdftotext alone on the PDFs, on every core. Each
// measurement runs `rounds` times (default 5); the median round is reported.

import EventStore
import Foundation
import Ingestion
import ParallelMap
import ProfileParsing

/// PDF reading against text reading of the same document.
func pdfBenchmark(_ arguments: [String]) {
  let rounds = arguments.first.flatMap(Int.init) ?? 5
  let documents = arguments.dropFirst().first.flatMap(Int.init) ?? 50
  let fixtures = packageRoot.appendingPathComponent("Tests/IngestionTests/Fixtures")
  let pdf = Array(try! Data(contentsOf: fixtures.appendingPathComponent("malta.pdf")))
  let text = Array(try! Data(contentsOf: fixtures.appendingPathComponent("malta.txt")))
  let parser = ProfileParser.standard

  func measure(_ body: () -> Void) -> Duration {
    var times: [Duration] = []
    for _ in 0..<rounds {
      let start = ContinuousClock.now
      for _ in 0..<documents { body() }
      times.append(ContinuousClock.now - start)
    }
    return times.sorted()[times.count / 2]
  }

  let textRead = measure { precondition(parser.parse(bytes: text).profile != nil) }
  let extraction = measure { _ = try! PDFText.extract(pdf, path: "malta.pdf") }
  let pdfRead = measure {
    let extracted = try! PDFText.extract(pdf, path: "malta.pdf")
    precondition(parser.parse(bytes: extracted).profile != nil)
  }
  func rate(_ d: Duration) -> String { String(format: "%9.1f", Double(documents) / seconds(d)) }
  print("pdf benchmark: \(documents) documents a round, median of \(rounds) rounds")
  print("                              docs/s")
  print("text: parse                \(rate(textRead))")
  print("pdf: pdftotext + parse     \(rate(pdfRead))")
  print("pdf: pdftotext alone       \(rate(extraction))")
  print(
    String(
      format: "pdf read / text read: %.3f; pdftotext's share of the pdf read: %.1f%%",
      seconds(textRead) / seconds(pdfRead), 100 * (1 - seconds(textRead) / seconds(pdfRead))))
  pdfIngestBenchmark(rounds: rounds, documents: documents)
}

/// Ingest of the same generated documents as text files and as PDFs.
func pdfIngestBenchmark(rounds: Int, documents: Int) {
  let directory = temporaryDirectory()
  defer { try? FileManager.default.removeItem(at: directory) }
  let texts = corpusDocuments(countries: max(1, documents / 5), revisions: 5).prefix(documents)
  var textFiles: [String] = []
  var pdfFiles: [String] = []
  var pdfs: [[UInt8]] = []
  for (index, text) in texts.enumerated() {
    let pdf = plainPDF(String(decoding: text, as: UTF8.self))
    let base = directory.appendingPathComponent(String(format: "%05d", index)).path
    FileManager.default.createFile(atPath: base + ".txt", contents: Data(text))
    FileManager.default.createFile(atPath: base + ".pdf", contents: Data(pdf))
    textFiles.append(base + ".txt")
    pdfFiles.append(base + ".pdf")
    pdfs.append(pdf)
  }
  // The same documents: each PDF reads as its text.
  let parser = ProfileParser.standard
  let same = Array(zip(texts, pdfs)).concurrentMap { text, pdf in
    parser.parse(bytes: text).profile?.contentHash
      == parser.parse(bytes: try! PDFText.extract(pdf, path: "pdf")).profile?.contentHash
  }.filter { $0 }.count

  func ingest(_ files: [String]) -> Duration {
    var times: [Duration] = []
    for round in 0..<rounds {
      let path = directory.appendingPathComponent("store-\(round)-\(UUID().uuidString).sqlite").path
      let ledger = try! Ledger(path: path)
      let start = ContinuousClock.now
      let report = try! Ingestion(ledger: ledger).run(files: files)
      times.append(ContinuousClock.now - start)
      precondition(report.rejected == 0 && report.failed == 0)
    }
    return times.sorted()[times.count / 2]
  }
  let textIngest = ingest(textFiles)
  let pdfIngest = ingest(pdfFiles)
  var extractions: [Duration] = []
  for _ in 0..<rounds {
    let start = ContinuousClock.now
    _ = pdfs.concurrentMap { try! PDFText.extract($0, path: "pdf") }
    extractions.append(ContinuousClock.now - start)
  }
  let extraction = extractions.sorted()[extractions.count / 2]
  func rate(_ d: Duration) -> String {
    String(format: "%9.1f", Double(texts.count) / seconds(d))
  }
  print(
    "\npdf ingest: \(texts.count) generated documents (\(same) of them read the same from "
      + "their PDF), into a new store, on every core; median of \(rounds) rounds")
  print("                              docs/s")
  print("ingest text files          \(rate(textIngest))")
  print("ingest PDFs                \(rate(pdfIngest))")
  print("pdftotext alone            \(rate(extraction))")
  print(
    String(
      format: "pdf ingest / text ingest: %.3f; pdftotext's share of the pdf ingest: %.1f%%",
      seconds(textIngest) / seconds(pdfIngest), 100 * seconds(extraction) / seconds(pdfIngest)))
}
