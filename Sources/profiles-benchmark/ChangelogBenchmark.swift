import EventStore
import Foundation
import LedgerModel
import ProfileModel
import Reports

/// `changelog STORE [rounds] [SINCE UNTIL]`: the changelog of an existing store, whole or of
/// a date range, phase by phase (query, classify, JSON), median of rounds; a profiler can
/// watch these phases alone.
func changelogBenchmark(_ arguments: [String]) {
  guard let path = arguments.first, FileManager.default.fileExists(atPath: path) else {
    print("usage: profiles-benchmark changelog STORE [rounds] [SINCE UNTIL]")
    exit(64)
  }
  let rounds = arguments.dropFirst().first.flatMap(Int.init) ?? 7
  let since = arguments.dropFirst(2).first.flatMap(ProfileDate.init(iso:))
  let until = arguments.dropFirst(3).first.flatMap(ProfileDate.init(iso:))
  let store = try! Ledger(path: path)
  var query: [Duration] = []
  var build: [Duration] = []
  var json: [Duration] = []
  var cpu: [[Duration]] = [[], [], []]
  var bytes = 0
  for _ in 0..<rounds {
    let c0 = processCPUTime()
    let t0 = ContinuousClock.now
    let changes = try! store.changes(since: since, until: until)
    let t1 = ContinuousClock.now
    let c1 = processCPUTime()
    let changelog = Changelog(changes, since: since, until: until)
    let t2 = ContinuousClock.now
    let c2 = processCPUTime()
    bytes = 0
    changelog.writeJSON { bytes += $0.count }
    let t3 = ContinuousClock.now
    let c3 = processCPUTime()
    query.append(t1 - t0)
    build.append(t2 - t1)
    json.append(t3 - t2)
    cpu[0].append(c1 - c0)
    cpu[1].append(c2 - c1)
    cpu[2].append(c3 - c2)
  }
  let total = zip(zip(query, build), json).map { $0.0 + $0.1 + $1 }
  let cpuTotal = zip(zip(cpu[0], cpu[1]), cpu[2]).map { $0.0 + $0.1 + $1 }
  let range = since.map { "\($0.iso)…\(until?.iso ?? "")" } ?? "whole"
  print("\(path): changelog (\(range)) JSON \(bytes) bytes; median of \(rounds) rounds")
  print(pad("phase", 24, left: true) + pad("wall", 14) + pad("CPU, all cores", 16))
  for (name, samples, cpuSamples) in [
    ("query (projections)", query, cpu[0]), ("classify + word diffs", build, cpu[1]),
    ("render JSON (streamed)", json, cpu[2]), ("total", total, cpuTotal),
  ] {
    print(
      pad(name, 24, left: true) + pad(medianMilliseconds(samples), 14)
        + pad(medianMilliseconds(cpuSamples), 16))
  }
}
