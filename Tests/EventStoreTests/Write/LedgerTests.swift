import Foundation
import GRDB
import LedgerModel
import ProfileModel
import ProfileParsing
import ProfileTestSupport
import StoreTestSupport
import Testing

@testable import EventStore

/// The ledger's append rules, both time axes, and the database's own guard on history.
@Suite struct LedgerTests {
  /// The Belize document, optionally re-dated and with section 1.2.1 rewritten.
  func document(date: String = "2 March 2015", cirt: String? = nil) throws -> (
    source: [UInt8], profile: Profile
  ) {
    var text =
      try cirt.map { try Documents.belize(replacing: "1.2.1", with: $0) } ?? Documents.belize()
    text = text.replacingOccurrences(
      of: "Last updated on 2 March 2015", with: "Last updated on \(date)")
    let bytes = Array(text.utf8)
    let profile = try #require(ProfileParser.standard.parse(bytes).profile)
    return (bytes, profile)
  }

  func record(_ ledger: Ledger, _ doc: (source: [UInt8], profile: Profile), at seconds: Double = 0)
    throws -> IngestResult
  {
    try ledger.record(
      source: doc.source, profile: doc.profile, parserVersion: ProfileParser.version,
      recordedAt: Date(timeIntervalSince1970: 1_700_000_000 + seconds))
  }

  @Test(arguments: StoreEngine.allCases) func recordingTheSameReadingTwiceIsANoOp(
    engine: StoreEngine
  ) throws {
    let ledger = try engine.makeLedger()
    let doc = try document()
    #expect(try record(ledger, doc).outcome == .recorded)
    #expect(try record(ledger, doc, at: 86_400 * 365).outcome == .unchanged)
    #expect(try ledger.eventCount() == 1)
    #expect(try ledger.history(country: "BLZ").count == 1)
  }

  @Test(arguments: StoreEngine.allCases) func aDifferentReadingForTheSameDateIsACorrection(
    engine: StoreEngine
  ) throws {
    let ledger = try engine.makeLedger()
    let first = try record(ledger, try document())
    let second = try record(
      ledger,
      try document(cirt: "Belize has an officially recognized national CIRT known as BZ-CIRT."),
      at: 10)
    #expect(second.outcome == .corrected)
    #expect(second.event?.kind == .corrected)
    #expect(second.event?.supersedes == first.event?.seq)
    let history = try ledger.history(country: "BLZ")
    #expect(history.map(\.outcome) == [.recorded, .corrected])
    #expect(history[0].supersededBy == second.event?.seq)
    #expect(history[1].supersededBy == nil)
    #expect(try ledger.profile(country: "BLZ")?.profile.indicator("1.2.1")?.items == ["BZ-CIRT"])
    // Re-ingesting the first reading changes nothing: it was recorded once already.
    #expect(try record(ledger, try document(), at: 20).outcome == .unchanged)
    #expect(try ledger.countries().map(\.revisions) == [1])
  }

  @Test(arguments: StoreEngine.allCases) func anOlderDocumentIsBackfilledInDateOrder(
    engine: StoreEngine
  ) throws {
    let ledger = try engine.makeLedger()
    #expect(try record(ledger, try document()).outcome == .recorded)
    let older = try document(
      date: "12 August 2014", cirt: "Belize will be establishing a national CIRT by end of 2014.")
    #expect(try record(ledger, older, at: 5).outcome == .backfilled)
    let history = try ledger.history(country: "BLZ")
    #expect(history.map(\.effectiveDate.iso) == ["2014-08-12", "2015-03-02"])
    #expect(history.map(\.changed) == [nil, 1])
    let summary = try #require(try ledger.countries().first)
    #expect(summary.code == "BLZ" && summary.revisions == 2)
    #expect(summary.firstDate.iso == "2014-08-12" && summary.latestDate.iso == "2015-03-02")
  }

  @Test(arguments: StoreEngine.allCases) func changesAreRelinkedAroundBackfillsAndCorrections(
    engine: StoreEngine
  ) throws {
    let ledger = try engine.makeLedger()
    let absent = "Belize does not have an officially recognized national CIRT."
    let partial = "Belize is presently working on establishing a national CIRT."
    let present = "Belize has an officially recognized national CIRT known as BZ-CIRT."
    _ = try record(ledger, try document(date: "1 January 2014", cirt: absent), at: 0)
    _ = try record(ledger, try document(date: "1 January 2016", cirt: present), at: 1)
    func changes() throws -> [[String]] {
      try ledger.read { db in
        try Row.fetchAll(
          db,
          sql: """
            SELECT f.effective_date, t.effective_date, c.indicator, c.from_status, c.to_status
            FROM indicator_changes c JOIN revisions f ON f.seq = c.from_seq
              JOIN revisions t ON t.seq = c.to_seq
            ORDER BY t.effective_date, c.indicator
            """
        ).map { row in (0..<5).map { row[$0] as String } }
      }
    }
    #expect(try changes() == [["2014-01-01", "2016-01-01", "1.2.1", "absent", "present"]])
    // A backfill between them splits the change in two.
    _ = try record(ledger, try document(date: "1 January 2015", cirt: partial), at: 2)
    #expect(
      try changes() == [
        ["2014-01-01", "2015-01-01", "1.2.1", "absent", "partial"],
        ["2015-01-01", "2016-01-01", "1.2.1", "partial", "present"],
      ])
    // Correcting the middle revision to say what the first said removes the first change.
    _ = try record(ledger, try document(date: "1 January 2015", cirt: absent), at: 3)
    #expect(try changes() == [["2015-01-01", "2016-01-01", "1.2.1", "absent", "present"]])
    let history = try ledger.history(country: "BLZ").filter { $0.supersededBy == nil }
    #expect(history.map(\.changed) == [nil, 0, 1])
    // Replaying the events, backfill and correction included, gives the same projections.
    #expect(try ledger.verify().isIntact)
  }

  @Test(arguments: StoreEngine.allCases) func asOfWorksOnBothTimeAxes(engine: StoreEngine) throws {
    let ledger = try engine.makeLedger()
    _ = try record(ledger, try document(date: "1 January 2014"), at: 0)
    _ = try record(
      ledger,
      try document(
        date: "2 March 2015", cirt: "Belize is presently working on establishing a national CIRT."),
      at: 100)
    _ = try record(
      ledger,
      try document(
        date: "2 March 2015",
        cirt: "Belize has an officially recognized national CIRT known as BZ-CIRT."), at: 200)
    func cirt(asOf: String? = nil, knownAt seconds: Double? = nil) throws -> IndicatorStatus? {
      let knownAt = seconds.map {
        Ledger.timestamp(Date(timeIntervalSince1970: 1_700_000_000 + $0))
      }
      return try ledger.profile(
        country: "BLZ", asOf: asOf.flatMap { ProfileDate(iso: $0) }, knownAt: knownAt)?
        .profile.indicator("1.2.1")?.status
    }
    #expect(try cirt() == .present)
    #expect(try cirt(asOf: "2014-06-01") == .absent)
    #expect(try cirt(knownAt: 150) == .partial)
    #expect(try cirt(knownAt: 50) == .absent)
    #expect(try cirt(asOf: "2013-12-31") == nil)
    #expect(try ledger.profile(country: "BLZ", knownAt: "2000-01-01T00:00:00.000000Z") == nil)
  }

  @Test(arguments: StoreEngine.allCases) func theSourceIsKeptByteForByteAndStoredOnce(
    engine: StoreEngine
  ) throws {
    let ledger = try engine.makeLedger()
    let doc = try document()
    let correction = try document(cirt: "There is no CIRT in Belize.")
    _ = try record(ledger, doc)
    _ = try record(ledger, correction, at: 1)
    _ = try record(ledger, doc, at: 2)  // unchanged: stores nothing
    // The revision in effect is the correction; its source comes back exactly.
    #expect(
      try ledger.source(country: "BLZ", date: doc.profile.lastUpdated)?.bytes == correction.source)
    let stored = try ledger.read { db in
      try Row.fetchOne(
        db, sql: "SELECT size, zlib FROM sources WHERE hash = ?",
        arguments: [SHA256Hash(of: doc.source)])
    }
    let row = try #require(stored)
    let compressed: Data = row["zlib"]
    #expect(compressed.count < doc.source.count / 2)
    #expect(try Deflate.decompress(Array(compressed), size: row["size"]) == doc.source)
    let count = try ledger.read { db in try Int.fetchOne(db, sql: "SELECT count(*) FROM sources") }
    #expect(count == 2)
  }

  @Test(arguments: StoreEngine.allCases) func theDatabaseRefusesToRewriteHistory(
    engine: StoreEngine
  ) throws {
    let ledger = try engine.makeLedger()
    _ = try record(ledger, try document())
    for sql in [
      "UPDATE events SET country = 'XXX'", "DELETE FROM events",
      "UPDATE sources SET size = 0", "DELETE FROM sources",
    ] {
      #expect(throws: DatabaseError.self, "\(sql) was allowed") {
        try ledger.writer.write { db in try db.execute(sql: sql) }
      }
    }
    #expect(try ledger.eventCount() == 1)
    let message = try? ledger.writer.write { db in try db.execute(sql: "DELETE FROM events") }
    #expect(message == nil)
  }

  @Test(arguments: StoreEngine.allCases) func eventsChainByHash(engine: StoreEngine) throws {
    let ledger = try engine.makeLedger()
    _ = try record(ledger, try document())
    _ = try record(ledger, try document(date: "1 January 2016"), at: 1)
    let events = try ledger.events()
    #expect(events.count == 2)
    #expect(events[0].prevHash == LedgerEvent.genesisHash)
    #expect(events[1].prevHash == events[0].hash)
    #expect(events.allSatisfy { $0.hash == $0.computedHash })
    #expect(try ledger.headHash() == events[1].hash)
  }

  @Test(arguments: StoreEngine.allCases) func recordedTimesStrictlyIncreaseAlongTheLog(
    engine: StoreEngine
  ) throws {
    let ledger = try engine.makeLedger()
    let later = try #require(try record(ledger, try document(), at: 1_000).event)
    // A clock set back: the event is stamped a microsecond after the one before it.
    let earlier = try #require(
      try record(ledger, try document(date: "1 January 2016"), at: 0).event)
    #expect(later.recordedAt == "2023-11-14T22:30:00.000000Z")
    #expect(earlier.recordedAt == "2023-11-14T22:30:00.000001Z")
    #expect(earlier.hash == earlier.computedHash)
    // The events of one batch share the clock's time: each gets one of its own.
    _ = try ledger.recordAll(
      [
        try document(date: "1 February 2016"), try document(date: "1 March 2016"),
        try document(date: "1 April 2016"),
      ].map { ($0.source, $0.profile) }, parserVersion: 2,
      recordedAt: Date(timeIntervalSince1970: 0))
    let times = try ledger.events().map(\.recordedAt)
    #expect(times.count == 5)
    #expect(zip(times, times.dropFirst()).allSatisfy { $0 < $1 }, "\(times)")
    #expect(times.last == "2023-11-14T22:30:00.000004Z")
  }

  @Test func aStampAfterAnotherIsAMicrosecondLaterAcrossEveryCarry() {
    #expect(
      Ledger.stamp("2015-12-31T23:59:59.999999Z", after: "2015-12-31T23:59:59.999999Z")
        == "2016-01-01T00:00:00.000000Z")
    #expect(
      Ledger.stamp("2016-01-01T00:00:00.000000Z", after: "2015-12-31T23:59:59.999999Z")
        == "2016-01-01T00:00:00.000000Z")
    #expect(
      Ledger.stamp("2016-02-28T10:00:00.000000Z", after: nil) == "2016-02-28T10:00:00.000000Z")
    #expect(Ledger.micros("2016-02-29T00:00:00.000001Z") == 1_456_704_000_000_001)
    #expect(Ledger.micros("not a time") == nil)
  }

  @Test(arguments: StoreEngine.allCases) func batchesRecordEachDocumentAndSkipWorkForKnownReadings(
    engine: StoreEngine
  ) throws {
    let ledger = try engine.makeLedger()
    let documents = [
      try document(), try document(date: "1 January 2016"),
      try document(cirt: "Belize has an officially recognized national CIRT known as BZ-CIRT."),
    ]
    let first = try ledger.recordBatch(
      prepared: ledger.prepare(documents.map { ($0.source, $0.profile) }),
      parserVersion: ProfileParser.version)
    #expect(first.map { try? $0.get().outcome } == [.recorded, .recorded, .corrected])
    // Prepared again, the known readings are not compressed, and record as unchanged.
    let again = ledger.prepare(documents.map { ($0.source, $0.profile) })
    #expect(again.allSatisfy { $0.parts == nil })
    let second = try ledger.recordBatch(prepared: again, parserVersion: ProfileParser.version)
    #expect(second.map { try? $0.get().outcome } == [.unchanged, .unchanged, .unchanged])
    #expect(try ledger.eventCount() == 3)
  }

  @Test(arguments: StoreEngine.allCases) func aStreamThatMovedOnIsAVersionConflict(
    engine: StoreEngine
  ) throws {
    let ledger = try engine.makeLedger()
    let doc = try document()
    let first = try #require(try record(ledger, doc).event)
    var stale = first
    stale.seq = 99
    stale.hash = "stale"
    let prepared = PreparedRevision(source: doc.source, profile: doc.profile)
    #expect(throws: LedgerError.versionConflict(country: "BLZ", expected: 0)) {
      try ledger.writer.write { db in
        try Ledger.append(
          stale, prepared: prepared, parts: prepared.storedParts, in: db, expectedVersion: 0)
      }
    }
  }

  @Test func theMigratedSchemaIsTheSchemaFiles() throws {
    // Every migration's file, in order: together they are the schema.
    let file = try Ledger.migrations.map {
      try String(
        contentsOf: SourceTree.root().appendingPathComponent("Schema/\($0.1)"), encoding: .utf8)
    }.joined(separator: "\n")
    let statements = try Ledger().schemaStatements()
    // What the files create, less what they drop, under the names they rename it to, in
    // file order: a table made anew is dropped, and its indexes and triggers with it, then
    // made again.
    var names = Set<String>()
    // Each table under the name it was last made as (a table made anew more than once, as
    // `events` in v5 and v9, is the last one's).
    var renames: [(from: String, to: String)] = []
    for statement in file.matches(
      of:
        /\n(CREATE|DROP) (?:TABLE|INDEX|TRIGGER|VIEW) (?:IF EXISTS )?(\w+)|\nALTER TABLE (\w+) RENAME TO (\w+);/
    ) {
      if let from = statement.3, let to = statement.4 {
        renames.append((String(from), String(to)))
        names.remove(String(from))
        names.insert(String(to))
      } else if let name = statement.2 {
        if statement.1 == "CREATE" {
          names.insert(String(name))
        } else {
          names.remove(String(name))
        }
      }
    }
    #expect(statements.count == names.count)
    // A column a later migration adds (ALTER TABLE … ADD COLUMN) shows in its table's CREATE
    // statement, right after the last column: taken out again, the statement is the file's.
    // A table made anew and renamed is stored under its new name, quoted.
    let added = file.matches(of: /\nALTER TABLE \w+ ADD COLUMN ([^;]+);/).map { String($0.1) }
    #expect(added.contains { $0.hasPrefix("supplied TEXT") })
    #expect(added.contains { $0.hasPrefix("text_hash TEXT") })
    #expect(added.contains { $0.hasPrefix("extractor TEXT CHECK") })
    for statement in statements {
      var original = statement
      for rename in renames.reversed()
      where original.hasPrefix("CREATE TABLE \"\(rename.to)\" (") {
        original = original.replacingOccurrences(
          of: "CREATE TABLE \"\(rename.to)\" (", with: "CREATE TABLE \(rename.from) (")
        break
      }
      if !file.contains(original + ";") {
        for column in added {
          original = original.replacingOccurrences(of: ", " + column, with: "")
        }
      }
      #expect(file.contains(original + ";"), "not in Schema/ledger*.sql: \(statement)")
    }
    #expect(statements.contains { $0.hasPrefix("CREATE TABLE figure_values") })
    #expect(statements.contains { $0.hasPrefix("CREATE TABLE reviews") })
    #expect(
      statements.contains {
        $0.hasPrefix("CREATE TABLE \"events\"") && $0.contains("supplied TEXT")
          && $0.contains("'reviewed'")
      })
  }

  @Test func migrationV4KeepsEveryEventAndItsHash() throws {
    let directory = FileManager.default.temporaryDirectory.appendingPathComponent(UUID().uuidString)
    try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: directory) }
    let path = directory.appendingPathComponent("v3.sqlite").path
    // A version 3 store, made by the version 3 migrations alone.
    try DatabaseQueue(path: path).write { db in
      for (_, file) in Ledger.migrations(before: "v4") {
        try db.execute(sql: try #require(StoreResources.file(file)))
      }
      try db.execute(sql: "CREATE TABLE grdb_migrations (identifier TEXT NOT NULL PRIMARY KEY)")
      try db.execute(sql: "INSERT INTO grdb_migrations VALUES ('v1'), ('v2'), ('v3')")
    }
    let doc = try document()
    let event = try DatabaseQueue(path: path).write { db -> LedgerEvent in
      var event = LedgerEvent(
        seq: 1, kind: .recorded, country: "BLZ", streamVersion: 1,
        effectiveDate: doc.profile.lastUpdated, recordedAt: "2015-03-03T00:00:00.000000Z",
        parserVersion: 2, catalog: doc.profile.catalog, sourceHash: nil, contentHash: nil,
        supersedes: nil, prevHash: LedgerEvent.genesisHash, hash: "")
      event.hash = event.computedHash
      try db.execute(
        sql: """
          INSERT INTO events (seq, kind, country, stream_version, effective_date, recorded_at,
            parser_version, catalog, prev_hash, hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
          """,
        arguments: [
          event.seq, event.kind.rawValue, event.country, event.streamVersion,
          event.effectiveDate.iso, event.recordedAt, event.parserVersion, event.catalog,
          event.prevHash, event.hash,
        ])
      return event
    }
    let ledger = try Ledger(path: path)
    let events = try ledger.events()
    #expect(events == [event])
    #expect(events.first?.supplied == [])
    #expect(events.first?.computedHash == event.hash)
    #expect(events.first?.textHash == nil && events.first?.extractor == nil)
    #expect(try ledger.verify().isIntact)
  }

  @Test(arguments: StoreEngine.allCases)
  func suppliedFieldsAreStoredWithTheEventAndCoveredByItsHash(engine: StoreEngine) throws {
    let ledger = try engine.makeLedger()
    let doc = try document()
    var prepared = PreparedRevision(source: doc.source, profile: doc.profile)
    prepared.supplied = [.date]
    let result = try ledger.recordAll(prepared: [prepared], parserVersion: 2)
    let event = try #require(result.first?.event)
    #expect(event.supplied == [.date])
    #expect(try ledger.events() == [event])
    #expect(try ledger.history(country: "BLZ").first?.supplied == [.date])
    #expect(try ledger.profile(country: "BLZ")?.supplied == [.date])
    var unsupplied = event
    unsupplied.supplied = []
    #expect(unsupplied.computedHash != event.hash)
    #expect(event.computedHash == event.hash)
  }

  @Test func migrationV3FillsTheFigureProjectionOfAVersion2Store() throws {
    let directory = FileManager.default.temporaryDirectory.appendingPathComponent(UUID().uuidString)
    try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: directory) }
    let path = directory.appendingPathComponent("v2.sqlite").path
    do {
      let ledger = try Ledger(path: path)
      _ = try record(ledger, try document())
      _ = try record(ledger, try document(date: "1 June 2015"), at: 10)
    }
    // Back to version 2: the projection and the record of migration v3 gone.
    try DatabaseQueue(path: path).write { db in
      try db.execute(sql: "DROP TABLE figure_values")
      try db.execute(sql: "DELETE FROM grdb_migrations WHERE identifier = 'v3'")
    }
    let ledger = try Ledger(path: path)
    let rows = try ledger.read { db in
      try Row.fetchAll(
        db, sql: "SELECT seq, figure, position, value, source_name FROM figure_values ORDER BY 1, 3"
      )
    }
    #expect(rows.count == 4)
    #expect(
      rows.map { $0["figure"] as String } == [
        "population", "internet-users", "population", "internet-users",
      ])
    #expect(rows[0]["value"] as String == "324000")
    #expect(rows[1]["source_name"] as String == "ITU Statistics")
  }

  /// Stores written with migration v1 and the preset dictionary exist: neither file may
  /// change in place. A new schema is a new migration; a new dictionary is a new file.
  @Test func theFirstSchemaAndTheDictionaryAreFrozen() throws {
    let schema = SourceTree.root().appendingPathComponent("Schema")
    let ledger = try Data(contentsOf: schema.appendingPathComponent("ledger.sql"))
    let dictionary = try Data(contentsOf: schema.appendingPathComponent("zlib-dictionary.txt"))
    #expect(
      CanonicalJSON.sha256Hex(ledger)
        == "2e398c20abf839b41a4cb7371af348c3a63094efc6a1c745430387caf0f57d03",
      "Schema/ledger.sql is migration v1: add a migration instead of editing it")
    #expect(
      CanonicalJSON.sha256Hex(dictionary)
        == "076f83acd795e5843ebf4e751dd625faf6b8dd711cd8d68c6c96357e65fce041",
      "Schema/zlib-dictionary.txt decodes stored data: add a new dictionary instead")
  }

  @Test func filesThatAreNotLedgersAreRefusedWithoutHarm() throws {
    let directory = FileManager.default.temporaryDirectory.appendingPathComponent(UUID().uuidString)
    try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: directory) }
    let text = directory.appendingPathComponent("notes.sqlite")
    try Data(String(repeating: "not a database\n", count: 500).utf8).write(to: text)
    #expect {
      _ = try Ledger(path: text.path)
    } throws: { error in
      "\(error)".hasPrefix("\(text.path) is not a ProfileLedger store")
    }
    #expect(
      try Data(contentsOf: text) == Data(String(repeating: "not a database\n", count: 500).utf8))

    let other = directory.appendingPathComponent("other.sqlite")
    try DatabaseQueue(path: other.path).write { db in try db.execute(sql: "CREATE TABLE t (x)") }
    #expect {
      _ = try Ledger(path: other.path)
    } throws: { error in
      "\(error)".contains("is not a ProfileLedger store: it holds other tables (t)")
    }

    let newer = directory.appendingPathComponent("newer.sqlite")
    _ = try Ledger(path: newer.path)
    try DatabaseQueue(path: newer.path).write { db in
      try db.execute(sql: "INSERT INTO grdb_migrations (identifier) VALUES ('v99')")
    }
    #expect(throws: LedgerError.newerSchema(path: newer.path, found: "v99")) {
      _ = try Ledger(path: newer.path)
    }
  }

  @Test func aVersionOneStoreIsMigratedWithItsHistoryIntact() throws {
    let path = FileManager.default.temporaryDirectory
      .appendingPathComponent("v1-\(UUID().uuidString).sqlite").path
    defer { try? FileManager.default.removeItem(atPath: path) }
    // A store as version 1 left it, with one revision in it.
    let doc = try document()
    let event = try #require(try record(try Ledger(), doc).event)
    try DatabaseQueue(path: path).write { db in
      try db.execute(sql: try #require(StoreResources.file("ledger.sql")))
      try db.execute(sql: "CREATE TABLE grdb_migrations (identifier TEXT NOT NULL PRIMARY KEY)")
      try db.execute(sql: "INSERT INTO grdb_migrations VALUES ('v1')")
    }
    _ = try record(try Ledger(path: path), doc)
    let before = try Ledger(path: path).events()
    let ledger = try Ledger(path: path)
    #expect(try ledger.events() == before)
    #expect(before.map(\.contentHash) == [event.contentHash])
    let indexes = try ledger.read { db in
      try String.fetchAll(db, sql: "SELECT name FROM sqlite_master WHERE type = 'index'")
    }
    #expect(indexes.contains("events_by_source"))
  }

  @Test(arguments: StoreEngine.allCases) func documentsReadBeforeAreKnownByTheirBytes(
    engine: StoreEngine
  ) throws {
    let ledger = try engine.makeLedger()
    let first = try document()
    let second = try document(date: "1 January 2016")
    _ = try record(ledger, first)
    _ = try ledger.record(
      source: second.source, profile: second.profile, parserVersion: ProfileParser.version + 1)
    let hashes = [first, second].map { SHA256Hash(of: $0.source) }
    let catalog = first.profile.catalog
    let known = try ledger.recordedDocuments(
      sourceHashes: hashes + [.zero], parserVersion: ProfileParser.version, catalog: catalog)
    // Only the first was read by this parser version.
    #expect(
      known == [
        hashes[0]: RecordedDocument(country: "BLZ", effectiveDate: first.profile.lastUpdated)
      ])
    #expect(
      try ledger.recordedDocuments(
        sourceHashes: hashes, parserVersion: ProfileParser.version, catalog: "another-catalog"
      )
      .isEmpty)
  }
}
