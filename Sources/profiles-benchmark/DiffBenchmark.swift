import DiffEngine
import Foundation
import ParallelMap
import ProfileModel
import ProfileParsing
import ProfileTestSupport

// Release-mode measurements of the diff engine.
//
//   swift run -c release profiles-benchmark diff [countries] [revisions] [rounds]
//
// Parses a synthetic corpus (default 200 × 50) on every core, then times on one core, over
// every pair of consecutive revisions and in the same run:
//   baseline   comparing every reading of the two profiles (`==` on each indicator and
//              figure): the least any diff must do
//   baseline   canonical JSON of both profiles (what comparing by content hash costs)
//   diff       ProfileDiff(from: a, to: b)
// Each pair is timed on its own; the per-pair figures are the median round's p50 and p99.

/// Diff latency per revision pair against comparison baselines.
func diffBenchmark(_ arguments: [String]) {
  let countries = arguments.first.flatMap(Int.init) ?? 200
  let revisions = arguments.dropFirst().first.flatMap(Int.init) ?? 50
  let rounds = arguments.dropFirst(2).first.flatMap(Int.init) ?? 5
  let corpus = SyntheticCorpus(countries: countries, revisions: revisions, seed: 2015)
  let series = Array(0..<countries).concurrentMap { index in
    corpus.series(index).map { ProfileParser.standard.parse(text: $0.text).profile! }
  }
  let pairs = series.flatMap { profiles in zip(profiles, profiles.dropFirst()).map { ($0, $1) } }
  print(
    "corpus: \(countries) countries × \(revisions) revisions; \(pairs.count) consecutive pairs, "
      + "median of \(rounds) rounds")

  /// Per-pair times of the median round (by total).
  func measure(_ body: (Profile, Profile) -> Int) -> (times: [Duration], total: Duration) {
    var results: [(times: [Duration], total: Duration)] = []
    var sink = 0
    for _ in 0..<rounds {
      var times: [Duration] = []
      times.reserveCapacity(pairs.count)
      let start = ContinuousClock.now
      for (a, b) in pairs {
        let t0 = ContinuousClock.now
        sink &+= body(a, b)
        times.append(ContinuousClock.now - t0)
      }
      results.append((times, ContinuousClock.now - start))
    }
    if sink == 42 { print("") }  // keeps the work observable
    return results.sorted { $0.total < $1.total }[results.count / 2]
  }

  let equality = measure { a, b in
    zip(a.indicators, b.indicators).reduce(0) { $0 + ($1.0 == $1.1 ? 0 : 1) }
      &+ zip(a.figures, b.figures).reduce(0) { $0 + ($1.0 == $1.1 ? 0 : 1) }
  }
  let canonical = measure { a, b in a.canonicalJSON().count &+ b.canonicalJSON().count }
  let diff = measure { a, b in
    let diff = ProfileDiff(from: a, to: b)
    return diff.indicators.count &+ diff.figures.count
  }

  let changes = pairs.reduce(into: (indicators: 0, dateOnly: 0)) { counts, pair in
    let diff = ProfileDiff(from: pair.0, to: pair.1)
    counts.indicators += diff.indicators.count
    counts.dateOnly += diff.isDateOnly ? 1 : 0
  }
  print(
    "changes: \(changes.indicators) indicator changes, \(changes.dateOnly) date-only revisions")

  func micro(_ d: Duration) -> String { String(format: "%.2f", seconds(d) * 1e6) }
  print(
    pad("measurement", 30, left: true) + pad("p50 µs", 10) + pad("p99 µs", 10)
      + pad("total ms", 10))
  for (name, result) in [
    ("baseline: readings ==", equality), ("baseline: canonical JSON × 2", canonical),
    ("diff", diff),
  ] {
    print(
      pad(name, 30, left: true) + pad(micro(percentile(result.times, 50)), 10)
        + pad(micro(percentile(result.times, 99)), 10)
        + pad(String(format: "%.1f", seconds(result.total) * 1e3), 10))
  }
  print(
    String(
      format:
        "ratio diff / readings ==: %.1f× (p50), %.1f× (total); diff / canonical JSON: %.2f× (total)",
      seconds(percentile(diff.times, 50)) / seconds(percentile(equality.times, 50)),
      seconds(diff.total) / seconds(equality.total), seconds(diff.total) / seconds(canonical.total))
  )
}
