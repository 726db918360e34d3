import Foundation
import GRDB
import LedgerModel
import ProfileModel
import ProfileParsing
import ProfileTestSupport
import StoreTestSupport
import Testing

@testable import EventStore

/// Documents and readings compressed against an earlier keyframe of their country (schema
/// v8): every read gives the bytes recorded, chains are one deep, and a base the store does
/// not hold is never named.
@Suite struct DeltaCompressionTests {
  /// The documents of a synthetic history, read: `countries` × `revisions`.
  func documents(countries: Int = 2, revisions: Int = 6, seed: UInt64 = 7) throws -> [(
    source: [UInt8], profile: Profile
  )] {
    try SyntheticCorpus(countries: countries, revisions: revisions, seed: seed).all().map {
      let bytes = Array($0.text.utf8)
      return (bytes, try #require(ProfileParser.standard.parse(bytes: bytes).profile))
    }
  }

  static let recordedAt = Date(timeIntervalSince1970: 1_500_000_000)

  /// How many documents and readings are stored as deltas, and how many bases are deltas.
  func deltas(_ ledger: Ledger) throws -> (
    sources: Int, readings: Int, deepSources: Int, deepReadings: Int
  ) {
    try ledger.read { db in
      (
        try Int.fetchOne(db, sql: "SELECT count(*) FROM sources WHERE base IS NOT NULL") ?? 0,
        try Int.fetchOne(db, sql: "SELECT count(*) FROM events WHERE reading_base IS NOT NULL")
          ?? 0,
        try Int.fetchOne(
          db,
          sql: """
            SELECT count(*) FROM sources s JOIN sources b ON b.hash = s.base
            WHERE b.base IS NOT NULL
            """) ?? 0,
        try Int.fetchOne(
          db,
          sql: """
            SELECT count(*) FROM events e JOIN events b ON b.seq = e.reading_base
            WHERE b.reading_base IS NOT NULL OR b.country != e.country OR b.seq >= e.seq
            """) ?? 0
      )
    }
  }

  @Test(arguments: StoreEngine.allCases)
  func deltaRowsReadBackAsRecorded(engine: StoreEngine) throws {
    let ledger = try engine.makeLedger()
    let documents = try documents()
    let results = try ledger.recordBatch(documents, parserVersion: ProfileParser.version)
    let events = try results.map { try #require(try $0.get().event) }
    let counts = try deltas(ledger)
    // The first revision of each country is a keyframe, and one that drifted from it; the
    // others are deltas.
    #expect(counts.sources >= documents.count / 2)
    #expect(counts.readings == counts.sources)
    #expect(counts.deepSources == 0 && counts.deepReadings == 0)
    for reader in [ledger, try engine.replica(of: ledger)] {
      for (event, document) in zip(events, documents) {
        #expect(try reader.source(seq: event.seq)?.bytes == document.source)
        #expect(try reader.profile(seq: event.seq)?.profile == document.profile.normalized())
      }
      #expect(try reader.verify().isIntact)
      #expect(try reader.verifySharedLog().isIntact)
    }
    if let shared = ledger.shared {
      let records = try shared.records(after: 0, limit: 100)
      #expect(records.filter { $0.readingBase != nil }.count == counts.readings)
      let stored = try shared.documents(records.compactMap(\.event.sourceHash))
      #expect(stored.filter { $0.base != nil }.count == counts.sources)
    }
  }

  @Test func aDeltaIsSmallerThanItsDocumentAlone() throws {
    let documents = try documents(countries: 1, revisions: 2)
    let delta = Deflate.compress(documents[1].source, base: documents[0].source)
    #expect(delta.count * 3 < Deflate.compress(documents[1].source).count)
    #expect(
      try Deflate.decompress(delta, size: documents[1].source.count, base: documents[0].source)
        == documents[1].source)
    // Without its base, or with another, a delta does not read.
    #expect(throws: Deflate.Failure.self) {
      try Deflate.decompress(delta, size: documents[1].source.count)
    }
    #expect(throws: Deflate.Failure.self) {
      try Deflate.decompress(delta, size: documents[1].source.count, base: documents[1].source)
    }
  }

  @Test func aDocumentLargerThanTheWindowStillReadsBack() throws {
    let base = Array(String(repeating: "1.1.1 CRIMINAL LEGISLATION ", count: 3_000).utf8)
    var bytes = base
    bytes.replaceSubrange(100..<110, with: Array("changed!!!".utf8))
    let delta = Deflate.compress(bytes, base: base)
    #expect(try Deflate.decompress(delta, size: bytes.count, base: base) == bytes)
  }

  @Test func aBaseRolledBackWithItsSavepointIsNotNamed() throws {
    let ledger = try Ledger()
    let documents = try documents(countries: 1, revisions: 3)
    let prepared = ledger.prepare(documents)
    #expect(prepared[1].storedParts.sourceBase == prepared[0].sourceHash)
    try ledger.write { db in
      // The keyframe is recorded, then rolled back as a failing document of a batch is.
      try db.execute(sql: "SAVEPOINT revision")
      _ = try Ledger.record(
        in: db, [prepared[0]], state: ledger.state, parserVersion: ProfileParser.version,
        recordedAt: "2017-01-01T00:00:00.000000Z")
      try db.execute(sql: "ROLLBACK TO SAVEPOINT revision")
      try db.execute(sql: "RELEASE SAVEPOINT revision")
      ledger.state.reset()
      for revision in prepared[1...] {
        _ = try Ledger.record(
          in: db, [revision], state: ledger.state, parserVersion: ProfileParser.version,
          recordedAt: "2017-01-01T00:00:00.000000Z")
      }
    }
    let counts = try deltas(ledger)
    #expect(counts.sources == 0 && counts.readings == 0)
    #expect(try ledger.verify().isIntact)
    #expect(
      try ledger.source(
        country: documents[2].profile.country.code, date: documents[2].profile.lastUpdated)?.bytes
        == documents[2].source)
    // The keyframe forgotten, the next batch finds one the store holds.
    let more = try self.documents(countries: 1, revisions: 5)
    _ = try ledger.recordBatch(Array(more[3...]), parserVersion: ProfileParser.version)
    #expect(try deltas(ledger).sources == 2)
    #expect(try ledger.verify().isIntact)
  }

  @Test func aNewStoresFirstBatchIsCompressedAgainstItsFirstDocuments() throws {
    let ledger = try Ledger()
    let documents = try documents(countries: 2, revisions: 3)
    // Prepared before the store is open, as an ingest that creates it does.
    _ = try ledger.recordBatch(
      prepared: PreparedRevision.prepare(documents), parserVersion: ProfileParser.version)
    #expect(try deltas(ledger).sources == 4)
    #expect(try ledger.verify().isIntact)
  }

  @Test func aDocumentPreparedButNotRecordedIsNotNamed() throws {
    let ledger = try Ledger()
    let documents = try documents(countries: 1, revisions: 3)
    let prepared = ledger.prepare(documents)
    let results = try ledger.recordBatch(
      prepared: Array(prepared[1...]), parserVersion: ProfileParser.version)
    #expect(results.allSatisfy { (try? $0.get().outcome) == .recorded })
    #expect(try deltas(ledger).sources == 0)
    #expect(try ledger.verify().isIntact)
  }

  @Test func exportIsTheSameWhateverTheCompression() throws {
    let documents = try documents(countries: 3, revisions: 5)
    let deltas = try Ledger()
    _ = try deltas.recordBatch(
      prepared: deltas.prepare(documents), parserVersion: ProfileParser.version,
      recordedAt: Self.recordedAt)
    let standalone = try Ledger()
    _ = try standalone.recordBatch(
      prepared: documents.map { PreparedRevision(source: $0.source, profile: $0.profile) },
      parserVersion: ProfileParser.version,
      recordedAt: Self.recordedAt)
    #expect(try self.deltas(deltas).sources > 0)
    #expect(try self.deltas(standalone).sources == 0)
    let exported = try export(deltas)
    #expect(exported == (try export(standalone)))

    // Imported, then recorded into: the log round-trips, and later revisions are deltas.
    let imported = try Ledger()
    var lines = exported.split(separator: UInt8(ascii: "\n")).map { Array($0) }.makeIterator()
    _ = try imported.importLog { lines.next() }
    #expect(try export(imported) == exported)
    let later = try self.documents(countries: 3, revisions: 7).filter { later in
      !documents.contains { $0.source == later.source }
    }
    _ = try imported.recordBatch(later, parserVersion: ProfileParser.version)
    #expect(try self.deltas(imported).sources == later.count)
    #expect(try imported.verify().isIntact)
  }

  func export(_ ledger: Ledger) throws -> [UInt8] {
    var bytes: [UInt8] = []
    _ = try ledger.exportLog { bytes += $0 }
    return bytes
  }

  @Test func aVersion7StoreMigratesAndLaterRevisionsAreDeltas() throws {
    let directory = FileManager.default.temporaryDirectory.appendingPathComponent(UUID().uuidString)
    try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: directory) }
    let documents = try documents(countries: 2, revisions: 6)
    let old = documents.indices.filter { $0 % 6 < 3 }.map { documents[$0] }
    let new = documents.indices.filter { $0 % 6 >= 3 }.map { documents[$0] }

    // A version 7 store with the rows a version 7 program writes: made by the version 7
    // migrations, filled from a store recorded without bases.
    let written = directory.appendingPathComponent("current.sqlite").path
    let standalone = try Ledger(path: written)
    _ = try standalone.recordBatch(
      prepared: old.map { PreparedRevision(source: $0.source, profile: $0.profile) },
      parserVersion: ProfileParser.version)
    let events = try standalone.events()
    let path = directory.appendingPathComponent("v7.sqlite").path
    try OlderStore.make(at: path, version: 7, from: written)
    let ledger = try Ledger(path: path)
    #expect(try ledger.events() == events)
    #expect(try ledger.events().allSatisfy { $0.computedHash == $0.hash })
    #expect(try ledger.verify().isIntact)
    _ = try ledger.recordBatch(new, parserVersion: ProfileParser.version)
    let counts = try deltas(ledger)
    #expect(counts.sources == new.count && counts.readings == new.count)
    #expect(counts.deepSources == 0 && counts.deepReadings == 0)
    #expect(try ledger.verify().isIntact)
    for document in documents {
      let country = document.profile.country.code
      #expect(
        try ledger.source(country: country, date: document.profile.lastUpdated)?.bytes
          == document.source)
    }
  }

  /// A store on disk with deltas, for tampering.
  func store() throws -> (ledger: Ledger, path: String) {
    let path = FileManager.default.temporaryDirectory
      .appendingPathComponent("delta-\(UUID().uuidString).sqlite").path
    let ledger = try Ledger(path: path)
    _ = try ledger.recordBatch(
      try documents(countries: 2, revisions: 3), parserVersion: ProfileParser.version)
    return (ledger, path)
  }

  func tamper(_ path: String, _ sql: String) throws {
    var configuration = Configuration()
    configuration.foreignKeysEnabled = false
    try DatabaseQueue(path: path, configuration: configuration).write { db in
      for trigger in [
        "events_refuse_update", "events_refuse_delete", "sources_refuse_update",
        "sources_refuse_delete",
      ] {
        try db.execute(sql: "DROP TRIGGER IF EXISTS \(trigger)")
      }
      try db.execute(sql: sql)
    }
  }

  static let tamperings = [
    // A delta's document named against the other country's keyframe.
    """
    UPDATE sources SET base = (SELECT source_hash FROM events WHERE seq = 4)
    WHERE hash = (SELECT source_hash FROM events WHERE seq = 2)
    """,
    // A delta's reading named against the other country's keyframe.
    "UPDATE events SET reading_base = 4 WHERE seq = 2",
    // A delta's reading named against another delta of its country.
    "UPDATE events SET reading_base = 2 WHERE seq = 3",
    // A delta's reading replaced by another delta's.
    "UPDATE events SET reading_zlib = (SELECT reading_zlib FROM events WHERE seq = 3) WHERE seq = 2",
    // A keyframe's document replaced by the other keyframe's: its deltas no longer read.
    """
    UPDATE sources SET zlib = (SELECT zlib FROM sources WHERE hash =
      (SELECT source_hash FROM events WHERE seq = 4))
    WHERE hash = (SELECT source_hash FROM events WHERE seq = 1)
    """,
    // A delta's document made a keyframe: it no longer reads.
    "UPDATE sources SET base = NULL WHERE hash = (SELECT source_hash FROM events WHERE seq = 3)",
  ]

  @Test(arguments: tamperings)
  func verifyFindsATamperedDeltaOrBase(sql: String) throws {
    let (ledger, path) = try store()
    defer { try? FileManager.default.removeItem(atPath: path) }
    #expect(try deltas(ledger).sources == 4)
    #expect(try ledger.verify().isIntact)
    try tamper(path, sql)
    let verification = try Ledger(path: path).verify()
    #expect(!verification.isIntact)
    #expect(verification.problem?.seq.map { $0 <= 3 } == true)
  }
}
