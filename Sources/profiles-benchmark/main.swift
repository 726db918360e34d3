// Release-mode measurements. Run with `swift run -c release profiles-benchmark MODE …`:
//
//   parse [rounds] [documents per round]   the reader against read + SHA-256 of the same bytes
//   store [countries] [revisions]          ingest, store size, history and as-of latencies
//                                          on a generated corpus (default 200 × 50)

let arguments = Array(CommandLine.arguments.dropFirst())
switch arguments.first {
case "parse":
  parseBenchmark(Array(arguments.dropFirst()))
case "store":
  storeBenchmark(Array(arguments.dropFirst()))
default:
  print("usage: profiles-benchmark parse [rounds] [documents per round]")
  print("       profiles-benchmark store [countries] [revisions]")
}
