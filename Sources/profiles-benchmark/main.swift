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
//   changelog STORE [rounds]               the changelog phases alone, on an existing store
//   progress [countries] [revisions] [rounds]
//                                          the whole store's progress ranking and one
//                                          trajectory, against history on every country
//   suite DIR [samples] [rounds]           on a corpus directory: floor, parse, ingest,
//                                          bytes per revision, query latencies, as JSON
//   export DIR OUT                         each document's reading as a JSON line

import Foundation
import ProfileTestSupport

let arguments = Array(CommandLine.arguments.dropFirst())
switch arguments.first {
case "parse":
  parseBenchmark(Array(arguments.dropFirst()))
case "store":
  storeBenchmark(Array(arguments.dropFirst()))
case "stages":
  stagesBenchmark(Array(arguments.dropFirst()))
case "diff":
  diffBenchmark(Array(arguments.dropFirst()))
case "reports":
  reportsBenchmark(Array(arguments.dropFirst()))
case "changelog":
  changelogBenchmark(Array(arguments.dropFirst()))
case "progress":
  progressBenchmark(Array(arguments.dropFirst()))
case "suite":
  suiteBenchmark(Array(arguments.dropFirst()))
case "export":
  exportBenchmark(Array(arguments.dropFirst()))
case "corpus" where arguments.count >= 2:
  let countries = arguments.dropFirst(2).first.flatMap(Int.init) ?? 200
  let revisions = arguments.dropFirst(3).first.flatMap(Int.init) ?? 50
  let bytes = try SyntheticCorpus(countries: countries, revisions: revisions)
    .write(to: URL(fileURLWithPath: arguments[1]))
  print("wrote \(countries * revisions) documents, \(bytes) bytes, under \(arguments[1])")
default:
  print("usage: profiles-benchmark parse [rounds] [documents per round]")
  print("       profiles-benchmark store [countries] [revisions]")
  print("       profiles-benchmark stages [countries] [revisions]")
  print("       profiles-benchmark corpus DIR [countries] [revisions]")
  print("       profiles-benchmark diff [countries] [revisions] [rounds]")
  print("       profiles-benchmark reports [countries] [revisions] [rounds]")
  print("       profiles-benchmark changelog STORE [rounds]")
  print("       profiles-benchmark progress [countries] [revisions] [rounds]")
  print("       profiles-benchmark suite DIR [samples] [rounds]")
  print("       profiles-benchmark export DIR OUT")
}
