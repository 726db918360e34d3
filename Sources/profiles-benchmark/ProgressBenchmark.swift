import EventStore
import Foundation
import LedgerModel
import ProfileModel
import ProfileTestSupport
import Reports

/// `progress [countries] [revisions] [rounds]`: `profiles progress` over the whole store
/// (statuses and transitions from the projections, scores, ranking, text and JSON) and one
/// country's trajectory, in-process on a generated store, against `history` on every
/// country and the changelog's query on the same store.
func progressBenchmark(_ arguments: [String]) {
  let (store, directory, countries, revisions, rounds) = generatedStore(arguments, rounds: 9)
  defer { try? FileManager.default.removeItem(at: directory) }
  let codes = try! store.countries().map(\.code)

  var query: [Duration] = []
  var build: [Duration] = []
  var text: [Duration] = []
  var json: [Duration] = []
  var trajectory: [Duration] = []
  var historyAll: [Duration] = []
  var changelogQuery: [Duration] = []
  var report: ProgressReport?
  var textBytes = 0
  var rng = SeededRandom(seed: 5)
  for _ in 0..<rounds {
    let t0 = ContinuousClock.now
    let series = try! store.statusSeries()
    let t1 = ContinuousClock.now
    let progress = ProgressReport(series)
    let t2 = ContinuousClock.now
    let rendered = progress.text()
    let t3 = ContinuousClock.now
    _ = progress.json()
    let t4 = ContinuousClock.now
    let code = codes.randomElement(using: &rng)!
    _ = ProgressReport(try! store.statusSeries(countries: [code])).trajectoryText()
    let t5 = ContinuousClock.now
    for code in codes { _ = try! store.history(country: code) }
    let t6 = ContinuousClock.now
    _ = try! store.changes()
    let t7 = ContinuousClock.now
    query.append(t1 - t0)
    build.append(t2 - t1)
    text.append(t3 - t2)
    json.append(t4 - t3)
    trajectory.append(t5 - t4)
    historyAll.append(t6 - t5)
    changelogQuery.append(t7 - t6)
    report = progress
    textBytes = rendered.utf8.count
  }
  let total = zip(zip(query, build), text).map { $0.0 + $0.1 + $1 }

  let r = report!
  let transitions = r.countries.reduce(0) { $0 + $1.transitions.count }
  let scored = r.countries.reduce(0) { $0 + $1.trajectory.count }
  print(
    "store: \(countries) countries × \(revisions) revisions; progress: \(r.ranked.count) "
      + "countries ranked, \(scored) revisions scored, \(transitions) transitions, "
      + "\(r.regressions.count) regressions; text \(textBytes) bytes; median of \(rounds) rounds")
  print(pad("measurement", 40, left: true) + pad("value", 12))
  for (name, samples) in [
    ("progress: query (projections)", query), ("progress: scores + ranking", build),
    ("progress: render text", text), ("progress, total", total),
    ("progress: render JSON", json), ("progress COUNTRY (trajectory)", trajectory),
    ("baseline: history × \(codes.count) countries", historyAll),
    ("baseline: changelog query", changelogQuery),
  ] {
    print(pad(name, 40, left: true) + pad(medianMilliseconds(samples), 12))
  }
  print(
    String(
      format: "ratio progress total / history on every country: %.2f×; / changelog query: %.2f×",
      seconds(percentile(total, 50)) / seconds(percentile(historyAll, 50)),
      seconds(percentile(total, 50)) / seconds(percentile(changelogQuery, 50))))
}
