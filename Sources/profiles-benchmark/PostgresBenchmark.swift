import EventStore
import Foundation
import Ingestion
import LedgerModel
import Logging
import PostgresStore
import ProfileParsing
import ProfileTestSupport

// The store on PostgreSQL beside the store on SQLite, on one corpus directory (as `corpus`
// writes it), in the same run:
//
//   profiles-benchmark postgres ADDRESS CORPUS_DIR [samples] [rounds] [PROFILES]
//
// ADDRESS is a postgres:// address of a server whose database may be used: each round makes
// its stores there, in a new schema (in process) or a new database (for `profiles`), and
// drops them afterwards. PROFILES is the `profiles` binary the writers run, by default the
// one beside this program. Each round measures both engines, the first of them alternating:
//   ingest      the corpus into a new store, as the suite ingests it (on PostgreSQL a new
//               replica of a new schema: every batch takes the log's lock and commits there)
//   queries     history, show --as-of and diff p50/p99 as the suite times them, on a store
//               once open (on PostgreSQL, answered by the replica alone); then as each
//               command pays for them, opening the store every time (on PostgreSQL,
//               connecting and syncing the up-to-date replica), and that opening alone
//   first sync  on PostgreSQL, an empty replica fetching the whole log: a new machine
//   writers     `profiles ingest --db … --quiet` of the whole corpus by one process, then by
//               four at once, each given half the corpus (two neighbouring quarters of its
//               countries) and a replica of its own (as on four machines), then the four
//               sharing one replica (as on one machine); afterwards the store must hold
//               each of the corpus's revisions exactly once
// Each figure is the median over rounds: throughputs of one run each, latencies p50 and p99
// of `samples` queries.

/// `postgres ADDRESS CORPUS_DIR [samples] [rounds] [PROFILES]`: prints a table.
func postgresBenchmark(_ arguments: [String]) {
  guard arguments.count >= 2 else {
    print("usage: profiles-benchmark postgres ADDRESS CORPUS_DIR [samples] [rounds] [PROFILES]")
    exit(64)
  }
  let samples = arguments.dropFirst(2).first.flatMap(Int.init) ?? 1_000
  let rounds = arguments.dropFirst(3).first.flatMap(Int.init) ?? 5
  let binary =
    arguments.dropFirst(4).first
    ?? Bundle.main.executableURL!.deletingLastPathComponent().appendingPathComponent("profiles")
    .path
  guard FileManager.default.isExecutableFile(atPath: binary) else {
    fail("no profiles binary at \(binary): swift build -c release --product profiles")
  }
  let bench = EngineBench(
    server: arguments[0], corpus: arguments[1], samples: samples, binary: binary)
  defer { try? FileManager.default.removeItem(at: bench.scratch) }
  print(
    "corpus: \(bench.documents.count) documents, \(bench.countries.count) countries, "
      + "\(bench.documents.reduce(0) { $0 + $1.count }) bytes; server \(bench.server); "
      + "\(samples) samples, median of \(rounds) rounds")

  var figures: [Engine: [Figures]] = [:]
  for round in 0..<rounds {
    for engine in round % 2 == 0 ? [Engine.sqlite, .postgres] : [.postgres, .sqlite] {
      FileHandle.standardError.write(Data("round \(round + 1)/\(rounds): \(engine)\n".utf8))
      figures[engine, default: []].append(bench.measure(engine, round: round))
    }
  }
  EngineBench.printTable(sqlite: figures[.sqlite]!, postgres: figures[.postgres]!)
  print(
    "after each run of profiles ingest the store held the corpus's \(bench.documents.count) "
      + "revisions, each once")
}

/// The two engines measured.
private enum Engine: String, CustomStringConvertible {
  case sqlite = "SQLite"
  case postgres = "PostgreSQL"

  var description: String { rawValue }
}

/// One round's figures of one engine, by name: rates, and latencies in µs.
private typealias Figures = [String: Double]

/// The corpus, the server, and how each engine's stores are made, opened and measured.
private struct EngineBench {
  let server: PostgresAddress
  /// The server's address as given.
  let serverText: String
  let password: String?
  let corpus: String
  let samples: Int
  let binary: String
  let documents: [[UInt8]]
  /// The corpus's revisions, as `country date`.
  let revisions: Set<String>
  /// The corpus's country folders, in order.
  let countries: [String]
  /// Where replicas, SQLite stores and the writers' output go; removed at the end.
  let scratch = temporaryDirectory()

  init(server: String, corpus: String, samples: Int, binary: String) {
    do {
      self.server = try PostgresAddress(server)
    } catch {
      fail("\(server): \(error)")
    }
    serverText = server
    password = self.server.password()
    self.corpus = corpus
    self.samples = samples
    self.binary = binary
    let files = corpusFiles(corpus)
    guard !files.isEmpty else { fail("no .txt documents under \(corpus)") }
    documents = files.map { Array(try! Data(contentsOf: URL(fileURLWithPath: $0))) }
    let profiles = IngestBatch.parse(documents, with: .standard).map(\.profile!)
    revisions = Set(profiles.map { "\($0.country.code) \($0.lastUpdated.iso)" })
    guard revisions.count == documents.count else {
      fail("\(corpus) holds a revision twice: \(documents.count) documents")
    }
    countries = Array(Set(files.map { ($0 as NSString).deletingLastPathComponent })).sorted()
    guard countries.count >= 4 else { fail("four writers need four countries or more") }
  }

  // MARK: A round

  func measure(_ engine: Engine, round: Int) -> Figures {
    var figures: Figures = [:]
    let name = "bench_\(round)_\(UUID().uuidString.prefix(8).lowercased())"

    // Ingest, in process, into a new store.
    let path = scratch.appendingPathComponent("\(name)-\(engine).sqlite").path
    let writer: Ledger
    switch engine {
    case .sqlite: writer = try! Ledger(path: path)
    case .postgres:
      writer = try! Ledger(path: path, shared: connect(server, namespace: name, creating: true))
    }
    figures["ingest"] = Double(documents.count) / seconds(ingestCorpus(documents, into: writer))
    defer { if engine == .postgres { execute("DROP SCHEMA \(name) CASCADE", on: server) } }

    /// The store as a reading command opens it: on PostgreSQL, connecting and syncing.
    func open() -> Ledger {
      switch engine {
      case .sqlite: return try! Ledger(path: path, options: .init(readOnly: true))
      case .postgres:
        let store = try! Ledger(path: path, shared: connect(server, namespace: name))
        try! store.sync()
        return store
      }
    }

    // Queries: on the store once open, then opening it for each.
    let store = open()
    let queries = SuiteQueries(store)
    var rng = SeededRandom(seed: 11)
    var opens: [Duration] = []
    let kinds = [
      ("history", queries.history), ("show", queries.showAsOf), ("diff", queries.diff),
    ]
    for (key, query) in kinds {
      let warm = timedQueries(samples: samples, countries: queries.codes, rng: &rng) {
        query(store, $0, &$1)
      }
      let command = timedQueries(samples: samples, countries: queries.codes, rng: &rng) {
        code, rng in
        let start = ContinuousClock.now
        let opened = open()
        opens.append(ContinuousClock.now - start)
        return query(opened, code, &rng)
      }
      record(warm, as: key, in: &figures)
      record(command, as: key + " command", in: &figures)
    }
    record(opens, as: "open", in: &figures)

    // A new machine's first sync.
    if engine == .postgres {
      let replica = try! Ledger(
        path: scratch.appendingPathComponent("\(name)-first.sqlite").path,
        shared: connect(server, namespace: name))
      let start = ContinuousClock.now
      let fetched = try! replica.sync()
      let elapsed = ContinuousClock.now - start
      guard fetched == documents.count else {
        fail("the first sync fetched \(fetched) events of \(documents.count)")
      }
      figures["first sync"] = Double(fetched) / seconds(elapsed)
    }

    // `profiles ingest`: one writer, then four.
    let whole = [[corpus]]
    let quarters = (0..<4).map { q in
      Array(countries[q * countries.count / 4..<(q + 1) * countries.count / 4])
    }
    let halves = (0..<4).map { quarters[$0] + quarters[($0 + 1) % 4] }
    for (key, shares, oneReplica) in [
      ("1 writer", whole, true), ("4 writers", halves, false),
      ("4 writers, one replica", halves, true),
    ] {
      figures[key] =
        Double(documents.count)
        / seconds(ingestWithProfiles(shares, engine, key, oneReplica: oneReplica))
    }
    return figures
  }

  /// Runs one `profiles ingest` per share of the corpus, all at once, into a new store, and
  /// checks that the store then holds each of the corpus's revisions once; returns the wall
  /// time from the first start to the last exit. On PostgreSQL, the writers share one
  /// replica with `oneReplica` (as processes of one user on one machine do by default), else
  /// each has its own (as on several machines).
  func ingestWithProfiles(
    _ shares: [[String]], _ engine: Engine, _ what: String, oneReplica: Bool
  ) -> Duration {
    let name = "bench_\(UUID().uuidString.prefix(8).lowercased())"
    let db: String
    var address = server
    switch engine {
    case .sqlite:
      db = scratch.appendingPathComponent("\(name).sqlite").path
      _ = try! Ledger(path: db)
    case .postgres:
      address.database = name
      execute("CREATE DATABASE \(name)", on: server)
      _ = connect(address, creating: true)
      // The address given, naming the new database.
      var text = URLComponents(string: serverText)!
      text.path = "/" + name
      db = text.string!
    }
    defer {
      if engine == .postgres { execute("DROP DATABASE \(name) WITH (FORCE)", on: server) }
    }

    let writers = shares.enumerated().map { index, paths in
      let process = Process()
      process.executableURL = URL(fileURLWithPath: binary)
      process.arguments = ["ingest", "--db", db, "--quiet"] + paths
      var environment = ProcessInfo.processInfo.environment
      environment["PROFILES_REPLICA"] =
        scratch.appendingPathComponent("\(name)-replica-\(oneReplica ? 0 : index).sqlite").path
      process.environment = environment
      let output = scratch.appendingPathComponent("\(name)-\(index).out").path
      FileManager.default.createFile(atPath: output, contents: nil)
      process.standardOutput = FileHandle(forWritingAtPath: output)!
      process.standardError = process.standardOutput
      return (process, output)
    }
    let start = ContinuousClock.now
    for (process, _) in writers { try! process.run() }
    for (process, _) in writers { process.waitUntilExit() }
    let elapsed = ContinuousClock.now - start
    for (process, output) in writers where process.terminationStatus != 0 {
      let text = (try? String(contentsOfFile: output, encoding: .utf8)) ?? ""
      fail(
        "\(engine), \(what): profiles ingest exited with \(process.terminationStatus):\n"
          + text.split(separator: "\n").suffix(5).joined(separator: "\n"))
    }

    // What the store holds: each revision once.
    let (events, held): (Int, [String])
    switch engine {
    case .sqlite:
      let store = try! Ledger(path: db, options: .init(readOnly: true))
      events = try! store.eventCount()
      held = try! store.countries().flatMap { country in
        try! store.revisionsInEffect(country: country.code).map {
          "\(country.code) \($0.effectiveDate.iso)"
        }
      }
    case .postgres:
      let log = connect(address)
      var records: [LogRecord] = []
      while true {
        let page = try! log.records(after: records.last?.event.seq ?? 0, limit: 1_000)
        if page.isEmpty { break }
        records += page
      }
      events = records.count
      held = records.map { "\($0.event.country) \($0.event.effectiveDate.iso)" }
    }
    guard events == documents.count, held.count == events, Set(held) == revisions else {
      fail(
        "\(engine), \(what): the store holds \(events) events, \(Set(held).count) distinct "
          + "revisions, where the corpus has \(documents.count) revisions")
    }
    return elapsed
  }

  /// Connects to the log at `address`, in the PostgreSQL schema `namespace` if given.
  func connect(_ address: PostgresAddress, namespace: String? = nil, creating: Bool = false)
    -> PostgresSharedLog
  {
    do {
      return try PostgresSharedLog.open(
        address, password: password, creating: creating, namespace: namespace)
    } catch {
      fail("\(address): \(error)")
    }
  }

  /// Runs `sql`, a statement of set-up, on the server at `address`, and waits for it.
  func execute(_ sql: String, on address: PostgresAddress) {
    final class Outcome: @unchecked Sendable { var error: (any Error)? }
    let outcome = Outcome()
    let done = DispatchSemaphore(value: 0)
    let password = password
    Task.detached {
      do {
        // Errors only: the pool may say it was asked for a connection before it ran.
        var logger = Logger(label: "profiles-benchmark")
        logger.logLevel = .error
        try await PostgresLog.withLog(at: address, password: password, logger: logger) { log in
          try await log.execute(sql)
        }
      } catch {
        outcome.error = error
      }
      done.signal()
    }
    done.wait()
    if let error = outcome.error { fail("\(sql): \(error)") }
  }

  /// Records p50 and p99 of `times`, in µs, as `key p50` and `key p99`.
  func record(_ times: [Duration], as key: String, in figures: inout Figures) {
    for (name, value) in micros(times) { figures["\(key) \(name)"] = value }
  }

  // MARK: The table

  /// Each engine's median over rounds, and the ratio PostgreSQL / SQLite.
  static func printTable(sqlite: [Figures], postgres: [Figures]) {
    func median(_ rounds: [Figures], _ key: String) -> Double? {
      let values = rounds.compactMap { $0[key] }.sorted()
      guard !values.isEmpty else { return nil }
      return (values[(values.count - 1) / 2] + values[values.count / 2]) / 2
    }
    let rates = [
      ("ingest, in process (rev/s)", "ingest"),
      ("first sync of an empty replica (events/s)", "first sync"),
      ("profiles ingest, 1 writer (rev/s)", "1 writer"),
      ("profiles ingest, 4 writers (rev/s)", "4 writers"),
      ("… the 4 sharing one replica (rev/s)", "4 writers, one replica"),
    ]
    let latencies = [
      ("history p50 / p99 (µs)", "history"),
      ("show --as-of p50 / p99 (µs)", "show"),
      ("diff p50 / p99 (µs)", "diff"),
      ("open (+ connect, sync) p50 / p99 (µs)", "open"),
      ("history, opening the store", "history command"),
      ("show --as-of, opening the store", "show command"),
      ("diff, opening the store", "diff command"),
    ]
    let widths = (name: 42, value: 14, ratio: 18)
    print(
      pad("measurement", widths.name, left: true) + pad("SQLite", widths.value)
        + pad("PostgreSQL", widths.value) + pad("PG / SQLite", widths.ratio))
    func row(_ label: String, _ sqlite: [Double?], _ postgres: [Double?]) {
      func text(_ values: [Double?]) -> String {
        values.contains(nil)
          ? "-" : values.map { String(format: "%.0f", $0!) }.joined(separator: " / ")
      }
      let ratios = zip(sqlite, postgres).map { a, b in
        a.flatMap { a in b.map { String(format: "%.2f×", $0 / a) } } ?? "-"
      }
      print(
        pad(label, widths.name, left: true) + pad(text(sqlite), widths.value)
          + pad(text(postgres), widths.value)
          + pad(ratios.contains("-") ? "-" : ratios.joined(separator: " / "), widths.ratio))
    }
    for (label, key) in rates.prefix(1) {
      row(label, [median(sqlite, key)], [median(postgres, key)])
    }
    for (label, key) in latencies {
      row(
        label, [median(sqlite, key + " p50"), median(sqlite, key + " p99")],
        [median(postgres, key + " p50"), median(postgres, key + " p99")])
    }
    for (label, key) in rates.dropFirst() {
      row(label, [median(sqlite, key)], [median(postgres, key)])
    }
  }
}

/// Says what went wrong on standard error, and exits with status 1.
private func fail(_ message: String) -> Never {
  FileHandle.standardError.write(Data("profiles-benchmark postgres: \(message)\n".utf8))
  exit(1)
}
