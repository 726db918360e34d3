// Release-mode measurements of the reader against the machine's floor.
//
//   swift run -c release profiles-benchmark parse [rounds] [documents per round]
//
// Reads every document under Snapshots/ and the reader's test fixtures (the error fixtures
// excluded), then times, over the same bytes and in the same run:
//   floor   read each file from disk + SHA-256 of its bytes
//   parse   read each file from disk + parse it into a Profile
//   parse (in memory), and canonical JSON + SHA-256 of the readings (the ingest's hashing).
// Each measurement runs `rounds` times (default 7); the median round is reported, single
// threaded, so ratios are comparable even on a busy machine.

import Crypto
import Foundation
import ProfileModel
import ProfileParsing

/// The reader against read + SHA-256.
func parseBenchmark(_ arguments: [String]) {
  let rounds = arguments.first.flatMap(Int.init) ?? 7
  let root = packageRoot

  func documents(under directory: String) -> [URL] {
    let base = root.appendingPathComponent(directory)
    let names = FileManager.default.enumerator(atPath: base.path)?.allObjects as? [String] ?? []
    return names.filter { $0.hasSuffix(".txt") && !$0.contains("error-") }.sorted()
      .map { base.appendingPathComponent($0) }
  }

  let files = documents(under: "Snapshots") + documents(under: "Tests/ProfileParsingTests/Fixtures")
  let corpus = files.map { try! Data(contentsOf: $0) }
  let corpusBytes = corpus.reduce(0) { $0 + $1.count }
  // Enough passes over the corpus that one round takes a measurable time.
  let target = arguments.dropFirst().first.flatMap(Int.init) ?? 20_000
  let passes = max(1, target / corpus.count)
  let documentsPerRound = passes * corpus.count
  let parser = ProfileParser.standard
  precondition(
    corpus.allSatisfy { parser.parse($0).profile != nil }, "a benchmark document does not read")

  func measure(_ body: () -> Int) -> Duration {
    var times: [Duration] = []
    var sink = 0
    for _ in 0..<rounds {
      let start = ContinuousClock.now
      sink &+= body()
      times.append(ContinuousClock.now - start)
    }
    if sink == 42 { print("") }  // keeps the work observable
    return times.sorted()[times.count / 2]
  }

  let floor = measure {
    var n = 0
    for _ in 0..<passes {
      for file in files {
        let data = try! Data(contentsOf: file)
        n &+= SHA256.hash(data: data).withUnsafeBytes { Int($0[0]) }
      }
    }
    return n
  }

  let readAndParse = measure {
    var n = 0
    for _ in 0..<passes {
      for file in files {
        let data = try! Data(contentsOf: file)
        n &+= parser.parse(data).profile?.indicators.count ?? 0
      }
    }
    return n
  }

  let parseInMemory = measure {
    var n = 0
    for _ in 0..<passes {
      for data in corpus { n &+= parser.parse(data).profile?.indicators.count ?? 0 }
    }
    return n
  }

  let profiles = corpus.map { parser.parse($0).profile! }
  let hashing = measure {
    var n = 0
    for _ in 0..<max(1, passes / 4) {
      for profile in profiles { n &+= profile.contentHash.utf8.count }
    }
    return n
  }
  let hashedPerRound = max(1, passes / 4) * profiles.count

  func row(_ name: String, _ time: Duration, documents: Int, bytes: Int?) -> String {
    let s = seconds(time)
    let perSecond = String(format: "%.0f", Double(documents) / s)
    let micro = String(format: "%.2f", s / Double(documents) * 1e6)
    let mb = bytes.map { String(format: "%.1f", Double($0) / s / 1e6) } ?? "-"
    return pad(name, 28, left: true) + pad(perSecond, 10) + pad(micro, 10) + pad(mb, 8)
  }

  print(
    "corpus: \(corpus.count) documents, \(corpusBytes) bytes; \(documentsPerRound) documents per round, "
      + "median of \(rounds) rounds")
  print(pad("measurement", 28, left: true) + pad("docs/s", 10) + pad("µs/doc", 10) + pad("MB/s", 8))
  print(
    row("floor: read + SHA-256", floor, documents: documentsPerRound, bytes: passes * corpusBytes))
  print(
    row("read + parse", readAndParse, documents: documentsPerRound, bytes: passes * corpusBytes))
  print(
    row(
      "parse (in memory)", parseInMemory, documents: documentsPerRound, bytes: passes * corpusBytes)
  )
  print(row("canonical JSON + SHA-256", hashing, documents: hashedPerRound, bytes: nil))
  print(String(format: "ratio read + parse / floor: %.1f×", seconds(readAndParse) / seconds(floor)))
}
