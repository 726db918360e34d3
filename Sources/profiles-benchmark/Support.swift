import EventStore
import Foundation
import ProfileTestSupport

/// A duration in seconds.
func seconds(_ d: Duration) -> Double {
  Double(d.components.seconds) + Double(d.components.attoseconds) / 1e18
}

/// `text` padded with spaces to `width`, on the left unless `left` (pad on the right).
func pad(_ text: String, _ width: Int, left: Bool = false) -> String {
  let fill = String(repeating: " ", count: max(0, width - text.count))
  return left ? text + fill : fill + text
}

/// The `p`-th percentile (0–100) of `samples`, nearest rank.
func percentile(_ samples: [Duration], _ p: Double) -> Duration {
  let sorted = samples.sorted()
  let rank = Int((p / 100 * Double(sorted.count)).rounded(.up)) - 1
  return sorted[min(max(rank, 0), sorted.count - 1)]
}

/// The package whose documents are measured: this one, or the one named by
/// `PROFILES_BENCHMARK_ROOT`, so that two versions of the reader can be timed on the same
/// documents.
let packageRoot =
  ProcessInfo.processInfo.environment["PROFILES_BENCHMARK_ROOT"].map {
    URL(fileURLWithPath: $0)
  }
  ?? SourceTree.root()

/// A new directory under the system's temporary one; the caller removes it.
func temporaryDirectory() -> URL {
  let directory = FileManager.default.temporaryDirectory
    .appendingPathComponent("profiles-benchmark-\(UUID().uuidString)")
  try! FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
  return directory
}

/// The documents of the generated corpus (`countries` × `revisions`, seed 2015), as bytes.
func corpusDocuments(countries: Int, revisions: Int) -> [[UInt8]] {
  SyntheticCorpus(countries: countries, revisions: revisions, seed: 2015).all()
    .map { Array($0.text.utf8) }
}

/// A store of the generated corpus in a new temporary directory, for the query benchmarks:
/// `arguments` are `[countries] [revisions] [rounds]` (200, 50 and `rounds` by default).
/// The caller removes `directory`.
func generatedStore(_ arguments: [String], rounds defaultRounds: Int) -> (
  store: Ledger, directory: URL, countries: Int, revisions: Int, rounds: Int
) {
  let countries = arguments.first.flatMap(Int.init) ?? 200
  let revisions = arguments.dropFirst().first.flatMap(Int.init) ?? 50
  let rounds = arguments.dropFirst(2).first.flatMap(Int.init) ?? defaultRounds
  let directory = temporaryDirectory()
  let path = directory.appendingPathComponent("bench.sqlite").path
  _ = ingestCorpus(corpusDocuments(countries: countries, revisions: revisions), into: path)
  return (try! Ledger(path: path), directory, countries, revisions, rounds)
}

/// The median of `samples`, as `12.3 ms`.
func medianMilliseconds(_ samples: [Duration]) -> String {
  String(format: "%.1f ms", seconds(percentile(samples, 50)) * 1e3)
}

/// CPU time of the whole process, every thread: less disturbed than the wall clock by
/// other work on a shared machine.
func processCPUTime() -> Duration {
  var now = timespec()
  clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &now)
  return .seconds(now.tv_sec) + .nanoseconds(now.tv_nsec)
}
