import EventStore
import Foundation
import LedgerModel
import ProfileModel
import ProfileTestSupport
import Reports

/// `reports [countries] [revisions] [rounds]`: the whole store's changelog and blame
/// latency, in-process on a generated store, against `history` on the same store.
func reportsBenchmark(_ arguments: [String]) {
  let (store, directory, countries, revisions, rounds) = generatedStore(arguments, rounds: 7)
  defer { try? FileManager.default.removeItem(at: directory) }

  // The whole store's changelog: query, classify and word-diff, render; median of rounds.
  var query: [Duration] = []
  var build: [Duration] = []
  var json: [Duration] = []
  var markdown: [Duration] = []
  var bytes = 0
  var summary: Changelog.Summary?
  for _ in 0..<rounds {
    let t0 = ContinuousClock.now
    let changes = try! store.changes()
    let t1 = ContinuousClock.now
    let changelog = Changelog(changes)
    let t2 = ContinuousClock.now
    let text = changelog.jsonBytes()
    let t3 = ContinuousClock.now
    _ = changelog.markdown()
    let t4 = ContinuousClock.now
    query.append(t1 - t0)
    build.append(t2 - t1)
    json.append(t3 - t2)
    markdown.append(t4 - t3)
    bytes = text.count
    summary = changelog.summary
  }
  let total = zip(zip(query, build), json).map { $0.0 + $0.1 + $1 }

  // Blame against history, on the same random countries and dates.
  var rng = SeededRandom(seed: 7)
  let codes = try! store.countries().map(\.code)
  var historyTimes: [Duration] = []
  var blameTimes: [Duration] = []
  var blameAsOfTimes: [Duration] = []
  for _ in 0..<2_000 {
    let code = codes.randomElement(using: &rng)!
    let t0 = ContinuousClock.now
    let history = try! store.history(country: code)
    let t1 = ContinuousClock.now
    _ = Blame(history: try! store.readingHistory(country: code)!)
    let t2 = ContinuousClock.now
    _ = Blame(
      history: try! store.readingHistory(
        country: code, asOf: history.randomElement(using: &rng)!.effectiveDate)!)
    let t3 = ContinuousClock.now
    historyTimes.append(t1 - t0)
    blameTimes.append(t2 - t1)
    blameAsOfTimes.append(t3 - t2)
  }

  let s = summary!
  print(
    "store: \(countries) countries × \(revisions) revisions; changelog: \(s.revisions) revisions, "
      + "\(s.indicatorChanges) indicator changes, \(s.figureChanges) figure changes, "
      + "\(s.dateOnly) date-only; JSON \(bytes) bytes; median of \(rounds) rounds")
  print(pad("measurement", 36, left: true) + pad("value", 18))
  for (name, samples) in [
    ("changelog: query (projections)", query), ("changelog: classify + word diffs", build),
    ("changelog: render JSON", json), ("changelog --format json, total", total),
    ("changelog: render Markdown", markdown),
  ] {
    print(pad(name, 36, left: true) + pad(medianMilliseconds(samples), 18))
  }
  let micros = { (samples: [Duration]) in
    String(
      format: "%.0f / %.0f µs", seconds(percentile(samples, 50)) * 1e6,
      seconds(percentile(samples, 99)) * 1e6)
  }
  for (name, samples) in [
    ("baseline: history p50 / p99", historyTimes), ("blame p50 / p99", blameTimes),
    ("blame --as-of p50 / p99", blameAsOfTimes),
  ] {
    print(pad(name, 36, left: true) + pad(micros(samples), 18))
  }
  print(
    String(
      format: "ratio blame / history: %.1f× (p50)",
      seconds(percentile(blameTimes, 50)) / seconds(percentile(historyTimes, 50))))
}
