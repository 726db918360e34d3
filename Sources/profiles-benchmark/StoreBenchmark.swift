import EventStore
import Foundation
import Ingestion
import LedgerModel
import ProfileModel
import ProfileParsing
import ProfileTestSupport

/// Ingest throughput, store size and query latencies on a generated corpus.
func storeBenchmark(_ arguments: [String]) {
  let countries = arguments.first.flatMap(Int.init) ?? 200
  let revisions = arguments.dropFirst().first.flatMap(Int.init) ?? 50
  let documents = corpusDocuments(countries: countries, revisions: revisions)
  let rawBytes = documents.reduce(0) { $0 + $1.count }
  print(
    "corpus: \(countries) countries × \(revisions) revisions = \(documents.count) documents, "
      + "\(rawBytes) bytes")

  let directory = temporaryDirectory()
  defer { try? FileManager.default.removeItem(at: directory) }
  let path = directory.appendingPathComponent("bench.sqlite").path

  // Ingest as `profiles ingest` does: the next batch is parsed, hashed and compressed on
  // the other cores while the store writes the current one.
  let ingest = ingestCorpus(documents, into: path)

  let files = (try? FileManager.default.contentsOfDirectory(atPath: directory.path)) ?? []
  let storeBytes = files.reduce(0) { total, name in
    let attributes = try? FileManager.default.attributesOfItem(
      atPath: directory.appendingPathComponent(name).path)
    return total + ((attributes?[.size] as? Int) ?? 0)
  }

  // Queries, in-process, on the reopened store.
  let store = try! Ledger(path: path)
  var rng = SeededRandom(seed: 7)
  let codes = try! store.countries().map(\.code)
  var historyTimes: [Duration] = []
  var asOfTimes: [Duration] = []
  for _ in 0..<2_000 {
    let code = codes.randomElement(using: &rng)!
    let t0 = ContinuousClock.now
    let history = try! store.history(country: code)
    historyTimes.append(ContinuousClock.now - t0)
    let date = history.randomElement(using: &rng)!.effectiveDate.adding(days: 3)
    let t1 = ContinuousClock.now
    _ = try! store.profile(country: code, asOf: date)!
    asOfTimes.append(ContinuousClock.now - t1)
  }

  let stages = stageCosts(documents, in: directory)

  let perSecond = Double(documents.count) / seconds(ingest)
  print(pad("measurement", 34, left: true) + pad("value", 14))
  print(
    pad("ingest (parse + record)", 34, left: true)
      + pad(String(format: "%.0f rev/s", perSecond), 14))
  print(
    pad("store size / raw documents", 34, left: true)
      + pad(String(format: "%.2f×", Double(storeBytes) / Double(rawBytes)), 14)
      + "  (\(storeBytes) / \(rawBytes) bytes)")
  for (name, cost) in stages {
    print(
      pad("  \(name), one thread", 34, left: true)
        + pad(String(format: "%.0f µs/rev", cost), 14))
  }
  for (name, times) in [("history", historyTimes), ("show --as-of", asOfTimes)] {
    print(
      pad("\(name) p50 / p99", 34, left: true)
        + pad(
          String(
            format: "%.0f / %.0f µs", seconds(percentile(times, 50)) * 1e6,
            seconds(percentile(times, 99)) * 1e6), 14))
  }
}

/// Ingests `documents` into a new store at `path` and closes it; returns the time taken.
func ingestCorpus(_ documents: [[UInt8]], into path: String) -> Duration {
  ingestCorpus(documents, into: try! Ledger(path: path))
}

/// Ingests `documents` into `writer`, a new store; returns the time taken.
func ingestCorpus(_ documents: [[UInt8]], into writer: Ledger) -> Duration {
  let start = ContinuousClock.now
  let size = IngestBatch.size
  pipelined(
    batches: (documents.count + size - 1) / size,
    produce: { batch in
      let slice = Array(documents[batch * size..<min((batch + 1) * size, documents.count)])
      let parsed = IngestBatch.parse(slice, with: ProfileParser.standard)
      return writer.prepare(zip(slice, parsed).map { ($0, $1.profile!) })
    },
    consume: { _, prepared in
      let results = try! writer.recordBatch(
        prepared: prepared, parserVersion: ProfileParser.version)
      precondition(results.allSatisfy { (try? $0.get()) != nil })
    })
  let elapsed = ContinuousClock.now - start
  let events = try! writer.eventCount()
  precondition(events == documents.count, "expected \(documents.count) events, found \(events)")
  return elapsed
}

/// `stages [countries] [revisions]`: only the per-stage costs, for profilers.
func stagesBenchmark(_ arguments: [String]) {
  let countries = arguments.first.flatMap(Int.init) ?? 200
  let revisions = arguments.dropFirst().first.flatMap(Int.init) ?? 50
  let documents = corpusDocuments(countries: countries, revisions: revisions)
  let directory = temporaryDirectory()
  defer { try? FileManager.default.removeItem(at: directory) }
  for (name, cost) in stageCosts(documents, in: directory) {
    print(pad(name + ", one thread", 34, left: true) + pad(String(format: "%.0f µs/rev", cost), 14))
  }
}

/// Each ingest stage alone on one thread, in µs per document: where the time goes.
private func stageCosts(_ documents: [[UInt8]], in directory: URL) -> [(String, Double)] {
  let path = directory.appendingPathComponent("stages.sqlite").path
  let store = try! Ledger(path: path)
  let parser = ProfileParser.standard
  let t0 = ContinuousClock.now
  let profiles = documents.map { parser.parse(bytes: $0).profile! }
  let t1 = ContinuousClock.now
  let prepared = zip(documents, profiles).map { PreparedRevision(source: $0, profile: $1) }
  let t2 = ContinuousClock.now
  for start in stride(from: 0, to: prepared.count, by: IngestBatch.size) {
    let batch = Array(prepared[start..<min(start + IngestBatch.size, prepared.count)])
    _ = try! store.recordBatch(prepared: batch, parserVersion: ProfileParser.version)
  }
  let t3 = ContinuousClock.now
  let perDocument = { (d: Duration) in seconds(d) * 1e6 / Double(documents.count) }
  return [
    ("parse", perDocument(t1 - t0)), ("prepare (hash, compress)", perDocument(t2 - t1)),
    ("write", perDocument(t3 - t2)),
  ]
}
