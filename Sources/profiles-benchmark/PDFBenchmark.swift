// Release-mode measurement of reading PDF documents against reading their text.
//
//   swift run -c release profiles-benchmark pdf [rounds] [documents per round]
//
// Reads Tests/IngestionTests/Fixtures/malta.pdf and malta.txt (the same document) and times,
// in the same run: the text read (parse), the PDF read (pdftotext, then parse), and
// pdftotext alone. The extractor's share is what the PDF read costs beyond the parse. Each measurement runs `rounds` times (default 5);
// the median round is reported, single threaded.

import Foundation
import Ingestion
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
}
