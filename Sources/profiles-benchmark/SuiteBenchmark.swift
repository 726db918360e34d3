import Crypto
import DiffEngine
import EventStore
import Foundation
import LedgerModel
import ParallelMap
import ProfileModel
import ProfileParsing
import ProfileTestSupport
import Reports

// The suite `Scripts/benchmarks` runs against the peers: one corpus directory (as `corpus`
// writes it) in, one JSON object out.
//
//   profiles-benchmark suite DIR [samples] [rounds]
//   profiles-benchmark export DIR OUT
//
// `suite` reads every `<slug>/<date>.txt` under DIR, then measures on those bytes:
//   floor    read each file + SHA-256, one core
//   parse    read each file + parse, one core
//   ingest   a new store, as `profiles ingest` records it (parse, hash and compress on every
//            core while the writer records the previous batch); store bytes per revision
//   queries  through the Ledger and Reports calls the commands make, rendered as the command
//            prints them, on random countries and dates: history, show --as-of, diff,
//            blame, changelog and progress of one country, and the whole store's changelog
//            (JSON) and progress (text)
// Throughputs are the median of `rounds`; latencies p50 and p99 of `samples` queries (the
// whole-store reports: of `rounds`).
//
// `export` writes each document's reading (the canonical JSON `profiles parse` prints, compact)
// as one JSON line {"country", "date", "path", "reading"}, oldest first per country: what
// the peers record.

/// The corpus files under `directory`, by country folder then date.
func corpusFiles(_ directory: String) -> [String] {
  let names = (FileManager.default.enumerator(atPath: directory)?.allObjects as? [String]) ?? []
  return names.filter { $0.hasSuffix(".txt") }.sorted().map { directory + "/" + $0 }
}

/// `suite DIR [samples] [rounds]`: prints one JSON object.
func suiteBenchmark(_ arguments: [String]) {
  guard let directory = arguments.first else {
    print("usage: profiles-benchmark suite DIR [samples] [rounds]")
    exit(64)
  }
  let samples = arguments.dropFirst().first.flatMap(Int.init) ?? 1_000
  let rounds = arguments.dropFirst(2).first.flatMap(Int.init) ?? 3
  let files = corpusFiles(directory)
  precondition(!files.isEmpty, "no .txt documents under \(directory)")
  let documents = files.map { Array(try! Data(contentsOf: URL(fileURLWithPath: $0))) }
  let rawBytes = documents.reduce(0) { $0 + $1.count }
  let parser = ProfileParser.standard

  func median(_ body: () -> Int) -> Duration {
    var sink = 0
    let times = (0..<rounds).map { _ in
      let start = ContinuousClock.now
      sink &+= body()
      return ContinuousClock.now - start
    }
    if sink == 42 { FileHandle.standardError.write(Data("\n".utf8)) }  // keeps the work
    return percentile(times, 50)
  }

  let floor = median {
    files.reduce(0) { n, file in
      let data = try! Data(contentsOf: URL(fileURLWithPath: file))
      return n &+ SHA256.hash(data: data).withUnsafeBytes { Int($0[0]) }
    }
  }
  let parse = median {
    files.reduce(0) { n, file in
      let data = try! Data(contentsOf: URL(fileURLWithPath: file))
      return n &+ (parser.parse(data).profile?.indicators.count ?? 0)
    }
  }

  // Ingest: each round a new store; the last one is kept for the queries.
  let directoryURL = temporaryDirectory()
  defer { try? FileManager.default.removeItem(at: directoryURL) }
  var ingestTimes: [Duration] = []
  var path = ""
  for round in 0..<rounds {
    if !path.isEmpty { removeStore(path) }
    path = directoryURL.appendingPathComponent("suite-\(round).sqlite").path
    ingestTimes.append(ingestCorpus(documents, into: path))
  }
  let storeBytes = storeSize(path)

  let store = try! Ledger(path: path)
  let queries = SuiteQueries(store)
  let codes = queries.codes
  var rng = SeededRandom(seed: 11)

  /// p50 and p99 of `samples` runs of `body` on a random country.
  func latency(_ body: (String, inout SeededRandom) -> Int) -> [String: Double] {
    micros(timedQueries(samples: samples, countries: codes, rng: &rng, body))
  }

  let history = latency { code, rng in queries.history(store, code, &rng) }
  let show = latency { code, rng in queries.showAsOf(store, code, &rng) }
  let diff = latency { code, rng in queries.diff(store, code, &rng) }
  let blame = latency { code, _ in
    BlameReport(Blame(history: try! store.readingHistory(country: code)!)).text().utf8.count
  }
  let changelog = latency { code, _ in
    var bytes = 0
    Changelog(try! store.changes(countries: [code])).writeJSON { bytes += $0.count }
    return bytes
  }
  let progress = latency { code, _ in
    ProgressReport(try! store.statusSeries(countries: [code])).trajectoryText().utf8.count
  }

  /// p50 and p99 of `rounds` runs of a whole-store report.
  func whole(_ body: () -> Int) -> [String: Double] {
    var sink = 0
    let times = (0..<max(rounds, 5)).map { _ in
      let start = ContinuousClock.now
      sink &+= body()
      return ContinuousClock.now - start
    }
    if sink == 42 { FileHandle.standardError.write(Data("\n".utf8)) }
    return micros(times)
  }
  let changelogAll = whole {
    var bytes = 0
    Changelog(try! store.changes()).writeJSON { bytes += $0.count }
    return bytes
  }
  let progressAll = whole { ProgressReport(try! store.statusSeries()).text().utf8.count }

  let count = Double(documents.count)
  let result: [String: Any] = [
    "corpus": [
      "directory": directory, "documents": documents.count, "countries": codes.count,
      "bytes": rawBytes,
    ],
    "rounds": rounds, "samples": samples,
    "floor_read_sha256_docs_per_s": count / seconds(floor),
    "parse_docs_per_s": count / seconds(parse),
    "parse_mb_per_s": Double(rawBytes) / seconds(parse) / 1e6,
    "ingest_in_process_rev_per_s": count / seconds(percentile(ingestTimes, 50)),
    "store_bytes": storeBytes,
    "store_bytes_per_revision": Double(storeBytes) / count,
    "latency_us": [
      "history": history, "show_as_of": show, "diff": diff, "blame": blame,
      "changelog_country": changelog, "progress_country": progress,
      "changelog_all": changelogAll, "progress_all": progressAll,
    ],
  ]
  let json = try! JSONSerialization.data(withJSONObject: result, options: [.sortedKeys])
  FileHandle.standardOutput.write(json + Data("\n".utf8))
}

/// The reading commands the suite times, as each makes its output, on any store of one
/// corpus: each returns the size of that output, which keeps the work.
struct SuiteQueries {
  /// The store's countries, in its order, which random draws pick from.
  let codes: [String]
  /// Each country's revisions in effect, where `show --as-of` draws its dates.
  let histories: [String: [RevisionRef]]

  init(_ store: Ledger) {
    codes = try! store.countries().map(\.code)
    histories = Dictionary(
      uniqueKeysWithValues: codes.map { ($0, try! store.revisionsInEffect(country: $0)) })
  }

  /// `profiles history COUNTRY`.
  func history(_ store: Ledger, _ code: String, _ rng: inout SeededRandom) -> Int {
    try! store.history(country: code).count
  }

  /// `profiles show COUNTRY --as-of DATE`, three days after a random revision.
  func showAsOf(_ store: Ledger, _ code: String, _ rng: inout SeededRandom) -> Int {
    let date = histories[code]!.randomElement(using: &rng)!.effectiveDate.adding(days: 3)
    let stored = try! store.profile(country: code, asOf: date)!
    return ProfileSummary().render(stored.profile).utf8.count
  }

  /// `profiles diff COUNTRY FROM TO` with two random revision numbers, found as the command
  /// finds them.
  func diff(_ store: Ledger, _ code: String, _ rng: inout SeededRandom) -> Int {
    let count = try! store.revisionsInEffectSpan(country: code)!.latest.number
    let a = Int.random(in: 1...count, using: &rng)
    let b = Int.random(in: 1...count, using: &rng)
    let older = try! store.revisionInEffect(country: code, number: min(a, b))!
    let newer = try! store.revisionInEffect(country: code, number: max(a, b))!
    let from = try! store.profile(seq: older.seq)!
    let to = try! store.profile(seq: newer.seq)!
    let report = DiffReport(
      country: code, from: older, to: newer, diff: ProfileDiff(from: from.profile, to: to.profile))
    return report.text().utf8.count
  }
}

/// The time of each of `samples` runs of `body`, each on a country of `countries` drawn by
/// `rng`.
func timedQueries(
  samples: Int, countries: [String], rng: inout SeededRandom,
  _ body: (String, inout SeededRandom) -> Int
) -> [Duration] {
  var sink = 0
  var times: [Duration] = []
  times.reserveCapacity(samples)
  for _ in 0..<samples {
    let code = countries.randomElement(using: &rng)!
    let start = ContinuousClock.now
    sink &+= body(code, &rng)
    times.append(ContinuousClock.now - start)
  }
  if sink == 42 { FileHandle.standardError.write(Data("\n".utf8)) }
  return times
}

/// p50 and p99 of `times`, in µs.
func micros(_ times: [Duration]) -> [String: Double] {
  ["p50": seconds(percentile(times, 50)) * 1e6, "p99": seconds(percentile(times, 99)) * 1e6]
}

/// The bytes of a store and the files SQLite keeps beside it.
func storeSize(_ path: String) -> Int {
  ["", "-wal", "-shm", "-journal"].reduce(0) { total, suffix in
    let attributes = try? FileManager.default.attributesOfItem(atPath: path + suffix)
    return total + ((attributes?[.size] as? Int) ?? 0)
  }
}

private func removeStore(_ path: String) {
  for suffix in ["", "-wal", "-shm", "-journal"] {
    try? FileManager.default.removeItem(atPath: path + suffix)
  }
}

/// `export DIR OUT`: each document's reading as a JSON line, for the peers.
func exportBenchmark(_ arguments: [String]) {
  guard arguments.count >= 2 else {
    print("usage: profiles-benchmark export DIR OUT")
    exit(64)
  }
  let directory = arguments[0]
  let files = corpusFiles(directory)
  let lines = files.concurrentMap { file -> Data in
    let data = try! Data(contentsOf: URL(fileURLWithPath: file))
    guard let profile = ProfileParser.standard.parse(data).profile else {
      fatalError("\(file): does not read")
    }
    let head: [String: String] = [
      "country": profile.country.code, "date": profile.lastUpdated.iso,
      "path": String(file.dropFirst(directory.count + 1)),
    ]
    var line = try! JSONSerialization.data(withJSONObject: head, options: [.sortedKeys])
    line.removeLast()  // the closing brace: the reading follows
    line += Data(#","reading":"#.utf8)
    line += try! CanonicalJSON.encode(profile.normalized())
    line += Data("}\n".utf8)
    return line
  }
  var out = Data()
  for line in lines { out += line }
  try! out.write(to: URL(fileURLWithPath: arguments[1]))
  print("wrote \(lines.count) readings to \(arguments[1])")
}
