// Release-mode measurements. Run with `swift run -c release profiles-benchmark MODE …`:
//
//   parse [rounds] [documents per round]   the reader against read + SHA-256 of the same bytes
//   store [countries] [revisions]          ingest, store size, history and as-of latencies
//                                          on a generated corpus (default 200 × 50)
//   stages [countries] [revisions]         parse, prepare and write alone, one thread each
//   corpus DIR [countries] [revisions]     write that corpus as files, <slug>/<date>.txt
//   diff [countries] [revisions] [rounds]  diff latency per consecutive revision pair on
//                                          that corpus, against `==` and canonical JSON
//   reports [countries] [revisions] [rounds]
//                                          the whole store's changelog (query, classify,
//                                          JSON) and blame latency, against history
//   changelog STORE [rounds] [SINCE UNTIL] the changelog phases alone, on an existing store
//   progress [countries] [revisions] [rounds]
//                                          the whole store's progress ranking and one
//                                          trajectory, against history on every country
//   suite DIR [samples] [rounds]           on a corpus directory: floor, parse, ingest,
//                                          bytes per revision, query latencies, as JSON
//   export DIR OUT                         each document's reading as a JSON line
//   postgres ADDRESS CORPUS_DIR [samples] [rounds] [PROFILES]
//                                          the store on a PostgreSQL server beside SQLite,
//                                          on a corpus directory: ingest, queries (warm and
//                                          opening the store), first sync, 1 and 4 writers
//   queries STORE [samples] [QUERY…]      history, show --as-of and diff latencies on an
//                                          existing store, as `suite` times them
//   pages STORE [rounds] [ROUTE…]          every page and API route of `profiles serve`
//                                          (or those given), rendered uncached, through
//                                          the router

import Foundation
import ProfileTestSupport

let arguments = Array(CommandLine.arguments.dropFirst())
/// Each benchmark, by the name that runs it, with its arguments' usage.
let benchmarks: [(name: String, usage: String, run: ([String]) -> Void)] = [
  ("parse", "[rounds] [documents per round]", parseBenchmark),
  ("store", "[countries] [revisions]", storeBenchmark),
  ("stages", "[countries] [revisions]", stagesBenchmark),
  ("corpus", "DIR [countries] [revisions]", corpus),
  ("diff", "[countries] [revisions] [rounds]", diffBenchmark),
  ("reports", "[countries] [revisions] [rounds]", reportsBenchmark),
  ("changelog", "STORE [rounds] [SINCE UNTIL]", changelogBenchmark),
  ("progress", "[countries] [revisions] [rounds]", progressBenchmark),
  ("suite", "DIR [samples] [rounds]", suiteBenchmark),
  ("export", "DIR OUT", exportBenchmark),
  ("pdf", "[rounds] [documents per round]", pdfBenchmark),
  ("postgres", "ADDRESS CORPUS_DIR [samples] [rounds] [PROFILES]", postgresBenchmark),
  ("queries", "STORE [samples] [QUERY…]", queriesBenchmark),
  ("pages", "STORE [rounds] [ROUTE…]", pagesBenchmark),
]

/// Writes a synthetic corpus: `corpus DIR [countries] [revisions]`.
func corpus(_ arguments: [String]) {
  guard let directory = arguments.first else {
    return print("usage: profiles-benchmark corpus DIR [countries] [revisions]")
  }
  let countries = arguments.dropFirst().first.flatMap(Int.init) ?? 200
  let revisions = arguments.dropFirst(2).first.flatMap(Int.init) ?? 50
  let bytes = try! SyntheticCorpus(countries: countries, revisions: revisions)
    .write(to: URL(fileURLWithPath: directory))
  print("wrote \(countries * revisions) documents, \(bytes) bytes, under \(directory)")
}

if let benchmark = benchmarks.first(where: { $0.name == arguments.first }) {
  benchmark.run(Array(arguments.dropFirst()))
} else {
  for (index, benchmark) in benchmarks.enumerated() {
    print(
      "\(index == 0 ? "usage:" : "      ") profiles-benchmark \(benchmark.name) \(benchmark.usage)")
  }
}
