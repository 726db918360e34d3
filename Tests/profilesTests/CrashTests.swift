import Foundation
import GRDB
import ProfileModel
import ProfileTestSupport
import Testing

/// The crash harness: `profiles ingest` killed with SIGKILL at seeded random moments, after
/// which the store must verify, hold every revision wholly or not at all, and take the same
/// ingest again to completion.
///
/// Every failure names its seed and trial. `PROFILES_CRASH_SEED=S` replays a run's choices
/// (corpora, orders, batch sizes, moments), `PROFILES_CRASH_TRIAL=N` runs trial N alone and
/// `PROFILES_CRASH_TRIALS=N` runs N trials; where each kill lands still depends on the
/// machine's speed.
@Suite struct CrashTests {
  let profiles = CommandRunner()

  /// Where the kill landed in a trial's ingest.
  enum Landing: String, CaseIterable, Sendable {
    case beforeFirstCommit = "before its first commit"
    case midWrite = "mid-write"
    case afterLastCommit = "after its last commit"
  }

  /// One trial's choices, all drawn from the run's seed and the trial's number.
  struct Trial: CustomStringConvertible, Sendable {
    var seed: UInt64
    var number: Int
    var countries: Int
    var revisions: Int
    var batch: Int
    var atomic: Bool
    var shuffled: Bool
    /// Documents recorded by an earlier, complete ingest.
    var preloaded: Int
    /// When to kill: after this fraction of the documents is recorded (0: at once), and a
    /// further delay in seconds.
    var progress: Double
    var delay: Double
    /// For the corpus's seed and the documents' order.
    var rng: SeededRandom

    var documents: Int { countries * revisions }

    init(seed: UInt64, number: Int) {
      self.seed = seed
      self.number = number
      rng = SeededRandom(seed: seed &+ UInt64(number) &* 0x9E37_79B9_7F4A_7C15)
      countries = Int.random(in: 3...4, using: &rng)
      revisions = Int.random(in: 30...40, using: &rng)
      batch = [8, 16, 32].randomElement(using: &rng)!
      atomic = Int.random(in: 0..<8, using: &rng) == 0
      shuffled = Bool.random(using: &rng)
      preloaded = number % 4 == 0 ? Int.random(in: 1..<countries * revisions / 2, using: &rng) : 0
      // Before the first commit, mid-way (just after a commit, during the next batch), or
      // near the end.
      switch number % 3 {
      case 0:
        progress = 0
        delay = Double.random(in: 0...0.25, using: &rng)
      case 1:
        progress = Double.random(in: 0.05...0.8, using: &rng)
        delay = Double.random(in: 0...0.03, using: &rng)
      default:
        progress = Double.random(in: 0.75...0.97, using: &rng)
        delay = Double.random(in: 0...0.03, using: &rng)
      }
    }

    var description: String {
      "seed \(seed) trial \(number) (PROFILES_CRASH_SEED=\(seed) PROFILES_CRASH_TRIAL=\(number)): "
        + "\(countries)×\(revisions) documents, --batch \(batch)" + (atomic ? " --atomic" : "")
        + (shuffled ? ", shuffled" : ", in path order") + ", \(preloaded) preloaded, "
        + "killed \(String(format: "%.3f", delay)) s after \(Int(progress * 100))% recorded"
    }
  }

  @Test func aKilledIngestLeavesEveryRevisionWholeOrAbsent() throws {
    let environment = ProcessInfo.processInfo.environment
    let seed = environment["PROFILES_CRASH_SEED"].flatMap(UInt64.init) ?? 20_150_302
    let count = environment["PROFILES_CRASH_TRIALS"].flatMap(Int.init) ?? 21
    let only = environment["PROFILES_CRASH_TRIAL"].flatMap(Int.init)
    let trials = (1...count).filter { only == nil || $0 == only }.map {
      Trial(seed: seed, number: $0)
    }
    let root = try temporaryDirectory("profiles-crash")
    defer { try? FileManager.default.removeItem(at: root) }

    // Two trials at a time.
    let workers = 2
    let landings = Landings()
    DispatchQueue.concurrentPerform(iterations: workers) { worker in
      for trial in trials where trial.number % workers == worker {
        do {
          landings.add(
            try run(trial, in: root.appendingPathComponent("\(trial.number)")))
        } catch {
          Issue.record("\(trial): \(error)")
        }
      }
    }
    let counts = landings.counts
    let summary = Landing.allCases.map { "\(counts[$0, default: 0]) \($0.rawValue)" }
    print(
      "crash harness, seed \(seed): \(trials.count) trials, each killed with SIGKILL; the kill "
        + "landed \(summary.joined(separator: ", "))")
    // The harness is worth its time only if kills land between commits.
    if only == nil {
      #expect(
        counts[.midWrite, default: 0] >= trials.count / 5,
        "seed \(seed): too few kills landed mid-write: \(summary)")
    }
  }

  /// Runs one trial: ingest, kill, check, ingest again, check. Returns where the kill landed.
  func run(_ trial: Trial, in directory: URL) throws -> Landing {
    var rng = trial.rng
    let corpusDirectory = directory.appendingPathComponent("corpus")
    let corpus = SyntheticCorpus(
      countries: trial.countries, revisions: trial.revisions, seed: rng.next())
    try corpus.write(to: corpusDirectory)
    let store = directory.appendingPathComponent("profiles.sqlite").path
    var files = try FileManager.default.subpathsOfDirectory(atPath: corpusDirectory.path)
      .filter { $0.hasSuffix(".txt") }.sorted()
      .map { corpusDirectory.appendingPathComponent($0).path }
    let expected = Set(corpus.all().map { "\($0.country) \($0.date.iso)" })
    #expect(files.count == expected.count)
    if trial.shuffled { files.shuffle(using: &rng) }

    if trial.preloaded > 0 {
      let preload = try profiles.run(
        ["ingest", "--db", store] + Array(files.shuffled(using: &rng).prefix(trial.preloaded)))
      #expect(preload.status == 0, "\(trial): \(preload.stderr)")
    }
    let before = try revisions(in: store)

    // The ingest, killed.
    var arguments = ["ingest", "--db", store, "--batch", String(trial.batch)]
    if trial.atomic { arguments.append("--atomic") }
    let process = Process()
    process.executableURL = profiles.executable
    process.arguments = arguments + files
    process.standardOutput = FileHandle.nullDevice
    process.standardError = FileHandle.nullDevice
    try process.run()
    let target = before.count + Int(trial.progress * Double(expected.count - before.count))
    if target > before.count { wait(until: target, in: store, while: process) }
    usleep(useconds_t(trial.delay * 1_000_000))
    kill(process.processIdentifier, SIGKILL)
    process.waitUntilExit()

    // The store as the crash left it.
    let verify = try profiles.run(["verify", "--db", store])
    let survived = try revisions(in: store)
    // Killed before it even created the store: there is nothing to verify.
    let created = FileManager.default.fileExists(atPath: store)
    let landing: Landing =
      survived.count == before.count
      ? .beforeFirstCommit : survived.count == expected.count ? .afterLastCommit : .midWrite
    if created {
      #expect(verify.status == 0, "\(trial): verify after the kill: \(verify.stderr)")
      #expect(verify.stdout.hasPrefix("\(survived.count) event"), "\(trial): \(verify.stdout)")
    } else {
      #expect(verify.stderr.hasPrefix("Error: no store at \(store)"), "\(trial): \(verify.stderr)")
    }
    #expect(survived.isSubset(of: expected), "\(trial): revisions not in the corpus")
    #expect(before.isSubset(of: survived), "\(trial): the kill lost revisions recorded before")
    if trial.atomic {
      #expect(landing != .midWrite, "\(trial): an atomic ingest was half recorded")
    }
    try expectWhole(store, trial: trial)

    // The same ingest again completes the set, each document once.
    let again = try profiles.run(arguments + ["--format", "json"] + files)
    #expect(again.status == 0, "\(trial): the ingest after the kill: \(again.stderr)")
    let summary = try JSONDecoder().decode(
      IngestSummary.self, from: Data(again.stdout.utf8)
    ).summary
    #expect(summary["unchanged"] == survived.count, "\(trial): \(summary)")
    #expect(
      summary["recorded", default: 0] + summary["backfilled", default: 0]
        == expected.count - survived.count, "\(trial): \(summary)")
    #expect(summary["corrected"] == 0, "\(trial): \(summary)")
    #expect(try revisions(in: store) == expected, "\(trial): the set is not complete")
    try expectWhole(store, trial: trial)
    let final = try profiles.run(["verify", "--db", store])
    #expect(
      final.status == 0 && final.stdout.hasPrefix("\(expected.count) events verified"),
      "\(trial): verify after completing: \(final.stdout)\(final.stderr)")
    return landing
  }

  /// Returns once the store holds `events` events or `process` has ended.
  func wait(until events: Int, in store: String, while process: Process) {
    var reader: DatabaseQueue?
    while process.isRunning {
      if reader == nil, FileManager.default.fileExists(atPath: store) {
        reader = try? DatabaseQueue(path: store, configuration: readOnly)
      }
      // An error (no table yet, a connection opened too early) reads as no progress.
      let count = try? reader?.read { db in
        try Int.fetchOne(db, sql: "SELECT max(seq) FROM events")
      }
      if let count, count >= events { return }
      usleep(2_000)
    }
  }

  struct IngestSummary: Decodable {
    var summary: [String: Int]
  }

  /// Reads by the harness change nothing in the store.
  var readOnly: Configuration {
    var configuration = Configuration()
    configuration.readonly = true
    return configuration
  }

  /// The revisions recorded, as `CODE yyyy-mm-dd`; each must be there once.
  func revisions(in store: String) throws -> Set<String> {
    guard FileManager.default.fileExists(atPath: store) else { return [] }
    return try DatabaseQueue(path: store, configuration: readOnly).read { db in
      guard try db.tableExists("revisions") else { return [] }
      let rows = try String.fetchAll(
        db, sql: "SELECT country || ' ' || effective_date FROM revisions")
      #expect(Set(rows).count == rows.count, "a revision is recorded twice")
      return Set(rows)
    }
  }

  /// Every event has its source, its reading and all its projection rows.
  func expectWhole(_ store: String, trial: Trial) throws {
    guard FileManager.default.fileExists(atPath: store) else { return }
    let indicators = IndicatorCatalog.cyberwellness2015.indicators.count
    try DatabaseQueue(path: store, configuration: readOnly).read { db in
      guard try db.tableExists("events") else { return }
      let count = { (sql: String) in try Int.fetchOne(db, sql: sql) ?? -1 }
      let events = try count("SELECT count(*) FROM events")
      #expect(try count("SELECT count(*) FROM revisions") == events, "\(trial): revisions")
      #expect(
        try count("SELECT count(*) FROM events WHERE reading_zlib IS NULL") == 0,
        "\(trial): readings")
      #expect(
        try count(
          "SELECT count(*) FROM events WHERE source_hash NOT IN (SELECT hash FROM sources)")
          == 0, "\(trial): sources")
      #expect(
        try count("SELECT count(*) FROM indicator_values") == events * indicators,
        "\(trial): indicator values")
      #expect(
        try count("SELECT count(*) FROM figure_values") == events * 2, "\(trial): figures")
      #expect(
        try count(
          """
          SELECT count(*) FROM revisions
          WHERE present + partial + absent + unknown + missing != \(indicators)
          """) == 0, "\(trial): status counts")
      #expect(
        try count(
          """
          SELECT count(*) FROM indicator_changes
          WHERE to_seq NOT IN (SELECT seq FROM revisions)
            OR from_seq NOT IN (SELECT seq FROM revisions)
          """) == 0, "\(trial): indicator changes")
    }
  }
}

/// Where the kills landed, from both workers.
private final class Landings: @unchecked Sendable {
  private let lock = NSLock()
  private var landings: [CrashTests.Landing: Int] = [:]

  func add(_ landing: CrashTests.Landing) { lock.withLock { landings[landing, default: 0] += 1 } }
  var counts: [CrashTests.Landing: Int] { lock.withLock { landings } }

}
