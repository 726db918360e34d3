import Crypto
import Foundation
import GRDB
import LedgerModel
import ProfileModel
import ProfileParsing
import ProfileTestSupport
import StoreTestSupport
import Synchronization
import Testing

@testable import EventStore

/// The writer appends from what it remembers of the store; these tests hold it to what the
/// store says, whatever the order of documents, other writers and failures.
@Suite struct WriterStateTests {
  func documents(countries: Int, revisions: Int, seed: UInt64 = 11) throws -> [(
    source: [UInt8], profile: Profile
  )] {
    try SyntheticCorpus(countries: countries, revisions: revisions, seed: seed).all().map {
      let bytes = Array($0.text.utf8)
      return (bytes, try #require(ProfileParser.standard.parse(bytes: bytes).profile))
    }
  }

  func temporaryPath() -> String {
    FileManager.default.temporaryDirectory.appendingPathComponent(
      "writer-state-\(UUID().uuidString).sqlite"
    ).path
  }

  /// The projections keyed by country and date rather than by sequence number, so that
  /// stores filled in different orders compare.
  func projections(_ ledger: Ledger) throws -> [String] {
    try ledger.read { db in
      let revisions = try Row.fetchAll(
        db,
        sql: """
          SELECT country, effective_date, content_hash, present, partial, absent, unknown,
            missing, changed
          FROM revisions WHERE superseded_by IS NULL ORDER BY country, effective_date
          """
      ).map { "revision \($0)" }
      let changes = try Row.fetchAll(
        db,
        sql: """
          SELECT c.country, a.effective_date, b.effective_date, c.indicator, c.from_status,
            c.to_status
          FROM indicator_changes c JOIN revisions a ON a.seq = c.from_seq
            JOIN revisions b ON b.seq = c.to_seq
          ORDER BY 1, 3, 4
          """
      ).map { "change \($0)" }
      let readings = try Row.fetchAll(
        db,
        sql: """
          SELECT r.country, r.effective_date, i.indicator, i.status, i.items, i.text
          FROM indicator_readings i JOIN revisions r ON r.seq = i.seq
          ORDER BY 1, 2, 3
          """
      ).map { "reading \($0)" }
      return revisions + changes + readings
    }
  }

  @Test(arguments: StoreEngine.allCases)
  func projectionsDoNotDependOnTheOrderDocumentsArrive(engine: StoreEngine) throws {
    let documents = try documents(countries: 4, revisions: 12)
    let inOrder = try engine.makeLedger()
    _ = try inOrder.recordBatch(documents, parserVersion: ProfileParser.version)
    // Shuffled: most documents are backfills, recorded by the general path.
    var rng = SeededRandom(seed: 3)
    let shuffled = try engine.makeLedger()
    for document in documents.shuffled(using: &rng) {
      _ = try shuffled.record(
        source: document.source, profile: document.profile, parserVersion: ProfileParser.version)
    }
    let expected = try projections(inOrder)
    #expect(expected.filter { $0.hasPrefix("change ") }.count > 20)
    #expect(try projections(shuffled) == expected)
    // Both equal a replay of their own events.
    #expect(try inOrder.verify().isIntact)
    #expect(try shuffled.verify().isIntact)
    let first = documents[0].profile.country.code
    #expect(try inOrder.history(country: first).compactMap(\.changed).count == 11)
  }

  @Test func anotherWriterBetweenTransactionsIsNoticed() throws {
    let documents = try documents(countries: 1, revisions: 6)
    let path = temporaryPath()
    defer { try? FileManager.default.removeItem(atPath: path) }
    let a = try Ledger(path: path)
    let b = try Ledger(path: path)
    for (index, document) in documents.enumerated() {
      let writer = index % 3 == 1 ? b : a
      let result = try writer.record(
        source: document.source, profile: document.profile, parserVersion: ProfileParser.version)
      #expect(result.outcome == .recorded)
      #expect(result.event?.streamVersion == index + 1)
    }
    let events = try a.events()
    #expect(events.map(\.seq) == Array(1...6))
    for (previous, event) in zip(events, events.dropFirst()) {
      #expect(event.prevHash == previous.hash)
    }
    #expect(events.allSatisfy { $0.hash == $0.computedHash })
    // Both see the same projections: each appended to what the other had written.
    let country = documents[0].profile.country.code
    #expect(try b.history(country: country).compactMap(\.changed).count == 5)
    // And a document the other writer recorded is known to both.
    let again = try a.record(
      source: documents[1].source, profile: documents[1].profile,
      parserVersion: ProfileParser.version)
    #expect(again.outcome == .unchanged)
  }

  @Test func aDocumentRolledBackInABatchLeavesNoTrace() throws {
    let documents = try documents(countries: 2, revisions: 3)
    let ledger = try Ledger()
    // A guard that fails the second country's first revision midway through its writes,
    // after its event row was inserted.
    let failing = documents[3].profile
    try ledger.writer.write { db in
      try db.execute(
        sql: """
          CREATE TEMP TRIGGER refuse BEFORE INSERT ON indicator_values
          WHEN (SELECT country FROM events WHERE seq = NEW.seq) = '\(failing.country.code)'
          BEGIN SELECT RAISE(ABORT, 'refused for the test'); END
          """)
    }
    let results = try ledger.recordBatch(
      Array(documents[0..<5]), parserVersion: ProfileParser.version)
    #expect(
      results.map { (try? $0.get())?.outcome } == [.recorded, .recorded, .recorded, nil, nil])
    try ledger.writer.write { db in try db.execute(sql: "DROP TRIGGER refuse") }
    let retried = try ledger.recordBatch(
      Array(documents[3...]), parserVersion: ProfileParser.version)
    #expect(retried.map { (try? $0.get())?.outcome } == [.recorded, .recorded, .recorded])
    let events = try ledger.events()
    #expect(events.map(\.seq) == Array(1...6))
    for (previous, event) in zip(events, events.dropFirst()) {
      #expect(event.prevHash == previous.hash)
    }
    #expect(events.map(\.streamVersion) == [1, 2, 3, 1, 2, 3])
  }
}

extension WriterStateTests {
  /// `indicator_texts.digest` is documented as the SHA-256 prefix of the reading's canonical
  /// JSON; the store takes it from the canonical reading's bytes, which must agree.
  @Test(arguments: StoreEngine.allCases) func indicatorDigestsAreThoseOfEachReadingsCanonicalJSON(
    engine: StoreEngine
  ) throws {
    let ledger = try engine.makeLedger()
    let document = try documents(countries: 1, revisions: 1)[0]
    _ = try ledger.recordBatch([document], parserVersion: ProfileParser.version)
    let stored = try ledger.read { db in
      try Row.fetchAll(db, sql: "SELECT indicator, digest, items FROM indicator_texts")
        .map { ($0[0] as String, $0[1] as Data, $0[2] as String) }
    }
    #expect(stored.count == document.profile.indicators.count)
    for (id, digest, items) in stored {
      let reading = try #require(document.profile.normalized().indicator(id))
      var whole = CanonicalWriter()
      reading.writeCanonical(into: &whole)
      #expect(digest == Data(SHA256.hash(data: whole.bytes).prefix(16)), "\(id)")
      var list = CanonicalWriter()
      list.array(reading.items) { w, item in w.string(item) }
      #expect(items == String(decoding: list.bytes, as: UTF8.self), "\(id)")
    }
  }
}

extension WriterStateTests {
  @Test(arguments: StoreEngine.allCases)
  func threadsSharingOneLedgerRecordEverything(engine: StoreEngine) throws {
    let documents = try documents(countries: 4, revisions: 10)
    let path = temporaryPath()
    defer { try? FileManager.default.removeItem(atPath: path) }
    let ledger = try engine.makeLedger(path: path)
    // Each thread records one country's revisions one by one, interleaved with the others'.
    DispatchQueue.concurrentPerform(iterations: 4) { thread in
      for document in documents[thread * 10..<(thread + 1) * 10] {
        _ = try? ledger.record(
          source: document.source, profile: document.profile,
          parserVersion: ProfileParser.version)
      }
    }
    #expect(try ledger.eventCount() == 40)
    #expect(try ledger.verify().isIntact)
  }
}

/// What the writer remembers is bounded, whatever the size of the store: its memory must not
/// grow with the log.
extension WriterStateTests {
  @Test func theTextIDsRememberedAreBounded() {
    let state = WriterState()
    func digest(_ n: Int) -> Data {
      var bytes = [UInt8](repeating: 0xA5, count: 16)
      for shift in 0..<8 { bytes[15 - shift] = UInt8(truncatingIfNeeded: n >> (shift * 8)) }
      return Data(bytes)
    }
    for n in 0..<(3 * state.maximumTextIDs + 5) {
      state.remember(digest(n), Int64(n))
      #expect(state.rememberedTextIDs <= state.maximumTextIDs)
    }
    // The last ones are remembered, the first ones forgotten.
    let last = 3 * state.maximumTextIDs + 4
    #expect(state.knownTextID(digest(last)) == Int64(last))
    #expect(state.knownTextID(digest(0)) == nil)
    // A digest of another length is simply not remembered.
    state.remember(Data([1, 2, 3]), 7)
    #expect(state.knownTextID(Data([1, 2, 3])) == nil)
  }

  @Test func theStreamsCachedAreBoundedByTheReadingsTheyHold() throws {
    let state = WriterState()
    state.maximumCachedReadings = 1_000
    func stream(readings: Int) -> WriterState.Stream {
      WriterState.Stream(
        version: readings,
        recorded: Set(
          (0..<readings).map {
            WriterState.Stream.key(
              date: "2015-01-01", contentHash: SHA256Hash(of: [UInt8]("\($0)".utf8)))
          }),
        inEffect: [:], latestDate: nil, latestSeq: nil, latestValues: [:])
    }
    for country in 0..<50 {
      state.setStream(stream(readings: 90), for: "C\(country)")
      #expect(state.cachedReadings <= state.maximumCachedReadings)
    }
    #expect(state.cachedStreams == 11)
    // The stream just set is kept, even alone past the bound.
    state.setStream(stream(readings: 1_500), for: "BIG")
    #expect(state.cachedStreams == 1 && state.cachedReadings == 1_500)
    state.forget(country: "BIG")
    #expect(state.cachedStreams == 0 && state.cachedReadings == 0)
  }

  /// Documents a date at a time for every country, with room for the streams of only a few
  /// countries: each stream is read again when it was forgotten, and the store is the same
  /// as one recorded with every stream remembered.
  @Test func streamsForgottenForRoomAreReadAgain() throws {
    let documents = try documents(countries: 6, revisions: 8)
    let byDate = documents.enumerated().sorted {
      ($0.element.profile.lastUpdated, $0.offset) < ($1.element.profile.lastUpdated, $1.offset)
    }.map(\.element)
    let remembering = try Ledger()
    _ = try remembering.recordBatch(byDate, parserVersion: ProfileParser.version)
    let forgetting = try Ledger()
    forgetting.state.maximumCachedReadings = 10
    forgetting.state.maximumTextIDs = 8
    for batch in stride(from: 0, to: byDate.count, by: 5) {
      let results = try forgetting.recordBatch(
        Array(byDate[batch..<min(batch + 5, byDate.count)]), parserVersion: ProfileParser.version)
      #expect(results.allSatisfy { (try? $0.get())?.outcome == .recorded })
      #expect(forgetting.state.cachedReadings <= 10)
      #expect(forgetting.state.rememberedTextIDs <= 8)
    }
    #expect(try projections(forgetting) == projections(remembering))
    #expect(try forgetting.verify().isIntact)
    // Recorded again: every one is known, whichever streams were forgotten.
    let again = try forgetting.recordBatch(byDate, parserVersion: ProfileParser.version)
    #expect(again.allSatisfy { (try? $0.get())?.outcome == .unchanged })
  }
}

/// The batch writer (`AppendBatch`): a batch's revisions at the end of their streams are
/// written with a few multi-row statements, and give the store that recording them one at
/// a time gives.
extension WriterStateTests {
  /// Interleaves, within each batch, revisions at the end of their streams (staged) with
  /// backfills, repeats and corrections (recorded alone, after the staged rows are written):
  /// the projections are those of the same documents recorded one per transaction.
  @Test(arguments: StoreEngine.allCases)
  func aBatchMixingStagedAndOtherRevisionsGivesTheSameStore(engine: StoreEngine) throws {
    let documents = try documents(countries: 3, revisions: 10)
    // Each country's revisions in order, but every fourth held back to come later, as a
    // backfill; a repeat of an earlier document; all in batches of 7.
    var order = documents.indices.filter { $0 % 4 != 3 }
    order.insert(contentsOf: documents.indices.filter { $0 % 4 == 3 }, at: order.count / 2)
    order.insert(order[2], at: 9)
    let arriving = order.map { documents[$0] }
    let batched = try engine.makeLedger()
    var outcomes: [IngestOutcome] = []
    for start in stride(from: 0, to: arriving.count, by: 7) {
      let results = try batched.recordBatch(
        Array(arriving[start..<min(start + 7, arriving.count)]),
        parserVersion: ProfileParser.version)
      outcomes += try results.map { try $0.get().outcome }
    }
    #expect(outcomes.contains(.backfilled) && outcomes.contains(.unchanged))
    #expect(outcomes.filter { $0 == .recorded }.count > 15)
    let alone = try engine.makeLedger()
    for document in arriving {
      _ = try alone.record(
        source: document.source, profile: document.profile, parserVersion: ProfileParser.version)
    }
    #expect(try projections(batched) == projections(alone))
    #expect(try batched.verify().isIntact)
  }

  /// A batch of revisions at the end of their streams takes fewer statements than documents,
  /// and one savepoint for them all.
  @Test func aBatchAtTheEndOfItsStreamsTakesAFewStatements() throws {
    let documents = try documents(countries: 2, revisions: 40)
    let ledger = try Ledger()
    let statements = Mutex<[String]>([])
    try ledger.traceStatements { sql in statements.withLock { $0.append(sql) } }
    let results = try ledger.recordBatch(documents, parserVersion: ProfileParser.version)
    #expect(results.allSatisfy { (try? $0.get())?.outcome == .recorded })
    let run = statements.withLock { $0 }
    let inserts = run.filter { $0.hasPrefix("INSERT") }
    #expect(inserts.count < documents.count / 2, "\(inserts.count) inserts")
    #expect(run.filter { $0.hasPrefix("SAVEPOINT") }.count == 1)
    // Every table the revisions fill was written to.
    for table in [
      "sources", "events", "revisions", "indicator_texts", "indicator_values",
      "indicator_changes",
    ] {
      #expect(inserts.contains { $0.contains("INTO \(table) ") }, "\(table)")
    }
    #expect(try ledger.verify().isIntact)
  }

  /// The rows staged are written in statements of at most 128, then 64, 32 … 1 rows: a
  /// bounded set of statements, whatever the batch.
  @Test func bulkStatementsComeInABoundedSetOfSizes() {
    #expect(BulkInsert.chunks(0) == [])
    #expect(BulkInsert.chunks(1) == [1])
    #expect(BulkInsert.chunks(128) == [128])
    #expect(BulkInsert.chunks(400) == [128, 128, 128, 16])
    #expect(BulkInsert.chunks(255) == [128, 64, 32, 16, 8, 4, 2, 1])
    for count in 0..<600 {
      let chunks = BulkInsert.chunks(count)
      #expect(chunks.reduce(0, +) == count)
      #expect(chunks.allSatisfy { [1, 2, 4, 8, 16, 32, 64, 128].contains($0) })
    }
  }
}
