import Foundation
import GRDB
import LedgerModel
import ProfileModel
import ProfileParsing
import ProfileTestSupport
import StoreTestSupport
import Testing

@testable import EventStore

/// `exportLog` and `importLog`: the log as a portable file, and back, hash for hash.
@Suite struct LogFileTests {
  /// The Belize document, optionally re-dated and with section 1.2.1 rewritten.
  static func belize(date: String = "2 March 2015", cirt: String? = nil) throws -> (
    source: [UInt8], profile: Profile
  ) {
    var text =
      try cirt.map { try Documents.belize(replacing: "1.2.1", with: $0) } ?? Documents.belize()
    text = text.replacingOccurrences(
      of: "Last updated on 2 March 2015", with: "Last updated on \(date)")
    let bytes = Array(text.utf8)
    return (bytes, try #require(ProfileParser.standard.parse(bytes).profile))
  }

  /// The steps of a history with every kind of append: three synthetic countries, then
  /// Belize recorded, backfilled, corrected, and read again from the same document by a
  /// newer parser (a second event sharing a source document).
  static func steps() throws -> [(source: [UInt8], profile: Profile, parserVersion: Int)] {
    let version = ProfileParser.version
    var steps = try SyntheticCorpus(countries: 3, revisions: 3, seed: 11).all().map {
      let bytes = Array($0.text.utf8)
      return (bytes, try #require(ProfileParser.standard.parse(bytes).profile), version)
    }
    let current = try belize()
    steps.append((current.source, current.profile, version))
    let older = try belize(
      date: "12 August 2014", cirt: "Belize will be establishing a national CIRT by end of 2014.")
    steps.append((older.source, older.profile, version))
    let corrected = try belize(
      cirt: "Belize has an officially recognized national CIRT known as BZ-CIRT.")
    steps.append((corrected.source, corrected.profile, version))
    var reread = corrected.profile
    reread.indicators[0].text += " (read again)"
    steps.append((corrected.source, reread, version + 1))
    return steps
  }

  /// A store holding the first `count` steps (all by default), each at its own time.
  func store(_ count: Int? = nil, on engine: StoreEngine = .sqlite) throws -> Ledger {
    let ledger = try engine.makeLedger()
    for (index, step) in try LogFileTests.steps().prefix(count ?? .max).enumerated() {
      _ = try ledger.record(
        source: step.source, profile: step.profile, parserVersion: step.parserVersion,
        recordedAt: Date(timeIntervalSince1970: 1_700_000_000 + Double(index) * 60))
    }
    return ledger
  }

  func export(_ ledger: Ledger) throws -> [UInt8] {
    var bytes: [UInt8] = []
    _ = try ledger.exportLog { bytes += $0 }
    return bytes
  }

  func lines(_ bytes: [UInt8]) -> [[UInt8]] {
    var lines = bytes.split(separator: 0x0A, omittingEmptySubsequences: false).map(Array.init)
    if lines.last == [] { lines.removeLast() }
    return lines
  }

  func importing(_ lines: [[UInt8]], into ledger: Ledger) throws -> ImportSummary {
    var iterator = lines.makeIterator()
    return try ledger.importLog { iterator.next() }
  }

  /// Every row of the events and sources, and every projection row by content.
  /// The store's rows, each document and reading as its bytes: however they are compressed
  /// (a delta against a keyframe, or alone), the same content compares equal.
  func content(_ ledger: Ledger) throws -> [[String]] {
    try ledger.read { db in
      try
        ([
          """
          SELECT seq, kind, country, stream_version, effective_date, recorded_at,
            parser_version, catalog, source_hash, content_hash, reading_size, supersedes,
            prev_hash, hash, supplied, text_hash, extractor
          FROM events ORDER BY seq
          """,
          "SELECT hash, size FROM sources ORDER BY hash",
        ] + Ledger.projectionContentQueries).map { sql in
          try Row.fetchAll(db, sql: sql).map(\.description)
        }
        + [
          "SELECT \(StoredBytes.reading("e")) FROM events e ORDER BY seq",
          "SELECT \(StoredBytes.document("s")) FROM sources s ORDER BY hash",
        ].map { sql in
          try Row.fetchAll(db, sql: sql).map {
            try StoredBytes.decompress($0, at: 0).map { Data($0).base64EncodedString() } ?? "-"
          }
        }
    }
  }

  @Test(arguments: StoreEngine.allCases)
  func aRoundTripRecreatesTheLogExactly(engine: StoreEngine) throws {
    let original = try store(on: engine)
    #expect(
      try original.history(country: "BLZ").map(\.outcome) == [
        .backfilled, .recorded, .corrected, .corrected,
      ])
    let file = try export(original)
    let lines = lines(file)
    #expect(lines.count == 1 + 13)
    let header = try #require(
      try JSONSerialization.jsonObject(with: Data(lines[0])) as? [String: Any])
    #expect(header["format"] as? String == "profileledger-log")
    #expect(header["version"] as? Int == 3)
    #expect(header["events"] as? Int == 13)
    #expect(header["head"] as? String == (try original.headHash()))
    // The last event shares its source document with the one before: given once.
    #expect(String(decoding: lines[12], as: UTF8.self).contains(#""source":{"size":"#))
    #expect(String(decoding: lines[13], as: UTF8.self).hasSuffix(#","source":null}"#))

    let copy = try engine.makeLedger()
    let summary = try importing(lines, into: copy)
    #expect(summary.events == 13 && summary.present == 0 && summary.appended == 13)
    #expect(summary.sources == 12)
    #expect(summary.head == (try original.headHash()))
    #expect(try copy.verify(head: original.headHash()).isIntact)
    #expect(try content(copy) == content(original))
    #expect(try copy.history(country: "BLZ") == original.history(country: "BLZ"))
    #expect(try copy.profile(country: "BLZ") == original.profile(country: "BLZ"))
    // Export → import → export gives the same bytes.
    #expect(try export(copy) == file)
  }

  /// A supplied value travels with its event: exported, hashed, imported and verified.
  @Test func suppliedValuesMakeTheRoundTrip() throws {
    let original = try store(3)
    let doc = try LogFileTests.belize()
    var prepared = PreparedRevision(source: doc.source, profile: doc.profile)
    prepared.supplied = [.date]
    let event = try #require(
      try original.recordAll(prepared: [prepared], parserVersion: 2).first?.event)
    let file = try export(original)
    let last = String(decoding: try #require(lines(file).last), as: UTF8.self)
    #expect(last.contains(#""hash":"\#(event.hash)","supplied":["date"],"reading":"#))
    // Lines of events with nothing supplied have no such key.
    #expect(
      lines(file).dropLast().allSatisfy {
        !String(decoding: $0, as: UTF8.self).contains("supplied")
      })

    let copy = try Ledger()
    _ = try importing(lines(file), into: copy)
    #expect(try copy.events() == original.events())
    #expect(try copy.events().last?.supplied == [.date])
    #expect(try copy.verify(head: original.headHash()).isIntact)
    #expect(try export(copy) == file)

    // Taking the key away breaks the event's hash: the import refuses it.
    let stripped = lines(file).map {
      Array(
        String(decoding: $0, as: UTF8.self).replacingOccurrences(
          of: #","supplied":["date"]"#, with: ""
        ).utf8)
    }
    #expect(throws: LogFileError.self) { _ = try importing(stripped, into: try Ledger()) }
  }

  @Test func everyLineCanBeCheckedWithSHA256Alone() throws {
    for line in lines(try export(try store())).dropFirst() {
      let object = try #require(
        try JSONSerialization.jsonObject(with: Data(line)) as? [String: Any])
      let fields: [String] = [
        object["prev_hash"] as! String, "\(object["seq"] as! Int)", object["kind"] as! String,
        object["country"] as! String, "\(object["stream_version"] as! Int)",
        object["effective_date"] as! String, object["recorded_at"] as! String,
        "\(object["parser_version"] as! Int)", object["catalog"] as! String,
        object["source_hash"] as? String ?? "", object["content_hash"] as? String ?? "",
        (object["supersedes"] as? Int).map { "\($0)" } ?? "",
      ]
      let joined = Array(fields.joined(separator: "\u{1F}").utf8)
      #expect(CanonicalJSON.sha256Hex(joined) == object["hash"] as? String)
      let reading = Array((object["reading"] as! String).utf8)
      #expect(CanonicalJSON.sha256Hex(reading) == object["content_hash"] as? String)
      if let source = object["source"] as? [String: Any] {
        let bytes = try #require(Data(base64Encoded: source["base64"] as! String))
        #expect(bytes.count == source["size"] as? Int)
        #expect(CanonicalJSON.sha256Hex(bytes) == object["source_hash"] as? String)
      }
    }
  }

  @Test(arguments: StoreEngine.allCases)
  func aStoreHoldingAPrefixGetsOnlyTheMissingEvents(engine: StoreEngine) throws {
    let prefix = try export(try store(5))
    let full = try store()
    let file = try export(full)
    let copy = try engine.makeLedger()
    #expect(try importing(lines(prefix), into: copy).appended == 5)
    let summary = try importing(lines(file), into: copy)
    #expect(summary.present == 5 && summary.appended == 8)
    #expect(try copy.verify().isIntact)
    #expect(try content(copy) == content(full))
    // Once more: everything is present, nothing is appended.
    let again = try importing(lines(file), into: copy)
    #expect(again.present == 13 && again.appended == 0 && again.sources == 0)
  }

  @Test(arguments: StoreEngine.allCases)
  func aLogThatDivergesIsRefusedAndTheStoreIsUnchanged(engine: StoreEngine) throws {
    let file = lines(try export(try store()))
    // The same first five events, then another document at event 6.
    let forked = try store(5, on: engine)
    let other = try LogFileTests.belize(date: "1 May 2016")
    _ = try forked.record(
      source: other.source, profile: other.profile, parserVersion: ProfileParser.version)
    let before = try content(forked)
    do {
      _ = try importing(file, into: forked)
      Issue.record("a diverging log was imported")
    } catch let error as LogFileError {
      guard case .diverges(let line, let seq, let message) = error else {
        Issue.record("unexpected \(error)")
        return
      }
      #expect(line == 7 && seq == 6)
      #expect(message.hasPrefix("the logs diverge at event 6"))
    }
    #expect(try content(forked) == before)

    // A store ahead of the file: its head is not in the file.
    let full = try store()
    let fullBefore = try content(full)
    let prefix = lines(try export(try store(5)))
    #expect(
      throws: LogFileError.diverges(
        line: 6, seq: 6,
        message:
          "the file ends at event 5 but the store holds 13 events: the store's head \(try full.headHash()) is not in the file"
      )
    ) { try importing(prefix, into: full) }
    #expect(try content(full) == fullBefore)
  }

  /// Ways to damage an exported file, the line at fault, and what the import must say.
  static let damages: [(name: String, line: Int, message: String)] = [
    ("bad JSON", 3, "not valid JSON"),
    ("tampered reading", 3, "its reading does not hash to its content_hash"),
    ("tampered hash", 4, "its hash does not match its fields"),
    ("tampered source", 2, "its source document does not hash to its source_hash"),
    ("missing source", 4, "is neither given earlier in the file nor in the store"),
    ("broken chain", 5, "prev_hash is not the hash of event 3: the chain is broken"),
    ("missing field", 6, "missing field 'country'"),
    ("wrong type", 6, "field 'seq' is not an integer"),
    ("wrong version", 1, "format version 4 is not supported: this profiles reads versions 1 to 3"),
    ("not a log", 1, "not a ProfileLedger log"),
    ("truncated", 1, "the header announces 13 events"),
    ("empty line", 8, "empty line"),
  ]

  /// `lines` damaged as `name` says.
  static func damage(_ name: String, _ lines: [[UInt8]]) throws -> [[UInt8]] {
    var lines = lines
    func edit(_ index: Int, _ change: (inout [String: Any]) -> Void) throws {
      var object = try JSONSerialization.jsonObject(with: Data(lines[index])) as! [String: Any]
      change(&object)
      lines[index] = Array(try JSONSerialization.data(withJSONObject: object, options: .sortedKeys))
    }
    switch name {
    case "bad JSON": lines[2] = Array(lines[2].prefix(40))
    case "tampered reading":
      try edit(2) {
        $0["reading"] = ($0["reading"] as! String).replacingOccurrences(
          of: "\"absent\"", with: "\"present\"")
      }
    case "tampered hash": try edit(3) { $0["hash"] = String(repeating: "a", count: 64) }
    case "tampered source":
      try edit(1) {
        var source = $0["source"] as! [String: Any]
        var bytes = Data(base64Encoded: source["base64"] as! String)!
        bytes[100] ^= 1
        source["base64"] = bytes.base64EncodedString()
        $0["source"] = source
      }
    case "missing source": try edit(3) { $0["source"] = NSNull() }
    case "broken chain":
      // A forger who recomputes the event's own hash still cannot link it to the one before.
      try edit(4) { object in
        let prevHash = String(repeating: "b", count: 64)
        object["prev_hash"] = prevHash
        object["hash"] = LedgerEvent.chainHash(
          prevHash: prevHash, seq: object["seq"] as! Int,
          kind: EventKind(rawValue: object["kind"] as! String)!,
          country: object["country"] as! String, streamVersion: object["stream_version"] as! Int,
          effectiveDate: ProfileDate(iso: object["effective_date"] as! String)!,
          recordedAt: object["recorded_at"] as! String,
          parserVersion: object["parser_version"] as! Int, catalog: object["catalog"] as! String,
          sourceHash: object["source_hash"] as? String,
          contentHash: object["content_hash"] as? String, supersedes: object["supersedes"] as? Int)
      }
    case "missing field": try edit(5) { $0["country"] = nil }
    case "wrong type": try edit(5) { $0["seq"] = "5" }
    case "wrong version": try edit(0) { $0["version"] = 4 }
    case "not a log": try edit(0) { $0["format"] = "something-else" }
    case "truncated": lines.removeLast()
    case "empty line": lines.insert([], at: 7)
    default: preconditionFailure("no damage \(name)")
    }
    return lines
  }

  @Test(arguments: damages)
  func aDamagedFileIsRefusedWithItsLineAndNothingChanges(
    damage: (name: String, line: Int, message: String)
  ) throws {
    let file = lines(try export(try store()))
    let damaged = try LogFileTests.damage(damage.name, file)
    #expect(damaged != file)
    // Into an empty store, and into one that holds the first event.
    for held in [0, 1] {
      let target = try store(held)
      let before = try content(target)
      do {
        _ = try importing(damaged, into: target)
        Issue.record("\(damage.name): imported")
      } catch let error as LogFileError {
        #expect(error.line == damage.line, "\(damage.name): \(error)")
        #expect(error.message.contains(damage.message), "\(damage.name): \(error)")
      }
      #expect(try content(target) == before, "\(damage.name): the store changed")
    }
  }

  @Test func aDamagedStoreIsNotExported() throws {
    let path = FileManager.default.temporaryDirectory
      .appendingPathComponent("export-\(UUID().uuidString).sqlite").path
    defer { try? FileManager.default.removeItem(atPath: path) }
    let ledger = try Ledger(path: path)
    let steps = try LogFileTests.steps()
    for step in steps.prefix(3) {
      _ = try ledger.record(
        source: step.source, profile: step.profile, parserVersion: step.parserVersion)
    }
    try DatabaseQueue(path: path).write { db in
      try db.execute(sql: "DROP TRIGGER events_refuse_update")
      try db.execute(sql: "UPDATE events SET country = 'XXX' WHERE seq = 2")
    }
    #expect(
      throws: LogFileError.damagedStore(
        path: path, seq: 2, message: "its hash does not match its fields")
    ) { try export(ledger) }
  }
}
