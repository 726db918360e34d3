// The suite's per-country queries on an existing store, alone: for profiling them, and for
// comparing two builds on the same store without ingesting a corpus first.
//
//   swift run -c release profiles-benchmark queries STORE [samples] [QUERY…]
//
// QUERY is history, show or diff (all three by default), each timed as `suite` times it.

import EventStore
import Foundation
import ProfileTestSupport

/// p50 and p99 of `samples` runs of each query, on random countries of the store.
func queriesBenchmark(_ arguments: [String]) {
  guard let path = arguments.first else {
    return print("usage: profiles-benchmark queries STORE [samples] [history|show|diff…]")
  }
  let samples = arguments.dropFirst().first.flatMap(Int.init) ?? 1_000
  let asked = Array(arguments.dropFirst(2))
  let store = try! Ledger(path: path, options: .init(readOnly: true))
  let queries = SuiteQueries(store)
  let all: [(String, (Ledger, String, inout SeededRandom) -> Int)] = [
    ("history", queries.history), ("show", queries.showAsOf), ("diff", queries.diff),
  ]
  print("\(path): \(queries.codes.count) countries; \(samples) samples per query")
  print("query        p50 µs    p99 µs")
  for (name, query) in all where asked.isEmpty || asked.contains(name) {
    var rng = SeededRandom(seed: 11)
    let times = micros(
      timedQueries(samples: samples, countries: queries.codes, rng: &rng) { code, rng in
        query(store, code, &rng)
      })
    print(
      name.padding(toLength: 10, withPad: " ", startingAt: 0)
        + String(format: "%9.0f %9.0f", times["p50"]!, times["p99"]!))
  }
}
