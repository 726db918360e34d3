import Foundation
import GRDB
import LedgerModel
import ParallelMap
import ProfileModel

/// What an import did.
public struct ImportSummary: Hashable, Sendable {
  /// Events in the file.
  public var events: Int
  /// Events of the file the store already held, identical.
  public var present: Int
  /// Events appended to the store.
  public var appended: Int
  /// Source documents added to the store.
  public var sources: Int
  /// The log's head after the import: the file's.
  public var head: String
}

extension Ledger {
  /// Reads a log in the ``LogFile`` format, line by line from `next` (each line without its
  /// `\n`; nil at the end), and appends to the store the events it does not hold yet, with
  /// their sources, verbatim: same seq, recorded time and hashes. The projections are then
  /// replayed from the new events, as ``rebuildProjections()`` would.
  ///
  /// Every line is checked — well-formed JSON, required fields, the hash recomputed from the
  /// fields, the link to the line before, the reading and source against their hashes, a
  /// source for every source hash — and the file must extend the store's log: each event the
  /// store holds must be in the file at the same seq with the same hash. All of it runs in
  /// one transaction, which only inserts into the events and sources (the projections are
  /// rebuilt as usual), so any problem leaves the store exactly as it was.
  ///
  /// - Throws: ``LogFileError`` naming the first line at fault; `LedgerError` from SQLite.
  public func importLog(lines next: () throws -> [UInt8]?) throws -> ImportSummary {
    guard let first = try next() else {
      throw LogFileError.invalidLine(line: 1, message: "the file is empty: no header line")
    }
    let header = try LogFile.header(first)
    return try write { db in
      var importer = try LogImport(db: db, header: header)
      var lineNumber = 1
      var batch: [(line: Int, bytes: [UInt8])] = []
      var atEnd = false
      while !atEnd {
        // Lines are parsed and checked on every core, a batch at a time; the chain and the
        // store are checked and written in order.
        batch.removeAll(keepingCapacity: true)
        while batch.count < 64 {
          guard let bytes = try next() else {
            atEnd = true
            break
          }
          lineNumber += 1
          batch.append((lineNumber, bytes))
        }
        let known = importer.storeEvents
        let parsed = batch.concurrentMap { line in
          Result {
            try LogFile.event(line.bytes, line: line.line, known: known, version: header.version)
          }
        }
        for result in parsed { try importer.add(try result.get()) }
      }
      let summary = try importer.finish(lastLine: lineNumber)
      // What the writer remembered of the store no longer holds.
      state.reset()
      return summary
    }
  }
}

/// One import in progress, inside its transaction.
private struct LogImport {
  let db: Database
  let header: LogFile.Header
  /// The store's events before the import, and its head.
  let storeEvents: Int
  let storeHead: String
  var previousHash = LedgerEvent.genesisHash
  var count = 0
  var versions: [String: Int] = [:]
  /// Hashes of documents (sources and extracted texts) given earlier in the file or found in
  /// the store.
  var sourcesKnown: Set<String> = []
  var appended = 0
  var sourcesAdded = 0

  init(db: Database, header: LogFile.Header) throws {
    self.db = db
    self.header = header
    storeEvents = try Int.fetchOne(db, sql: "SELECT count(*) FROM events") ?? 0
    storeHead =
      try Row.fetchOne(db, sql: "SELECT hash FROM events ORDER BY seq DESC LIMIT 1")?.hex(0)
      ?? LedgerEvent.genesisHash
  }

  /// Checks `parsed` against the lines before it and the store, and writes it if new.
  mutating func add(_ parsed: LogFile.ParsedEvent) throws {
    let event = parsed.event
    let line = parsed.line
    func invalid(_ message: String) -> LogFileError { .invalidLine(line: line, message: message) }
    guard event.seq == count + 1 else {
      throw invalid("event \(event.seq) where event \(count + 1) was due: events are missing")
    }
    guard event.prevHash == previousHash else {
      throw invalid(
        "event \(event.seq)'s prev_hash is not the hash of event \(count): the chain is broken")
    }
    let version = versions[event.country, default: 0] + 1
    guard event.streamVersion == version else {
      throw invalid(
        "event \(event.seq): stream \(event.country) version \(event.streamVersion) where \(version) was due"
      )
    }
    if let superseded = event.supersedes, !(1..<event.seq).contains(superseded) {
      throw invalid("event \(event.seq) supersedes event \(superseded), which is not before it")
    }
    for (hash, given, what) in [
      (event.sourceHash, parsed.source != nil, "source document"),
      (event.textHash, parsed.text != nil, "extracted text"),
    ] {
      guard let hash else { continue }
      if !given, !sourcesKnown.contains(hash) {
        let stored =
          try Bool.fetchOne(
            db.cachedStatement(sql: "SELECT EXISTS (SELECT 1 FROM sources WHERE hash = ?)"),
            arguments: [SHA256Hash(hex: hash)]) ?? false
        guard stored else {
          throw invalid(
            "event \(event.seq)'s \(what) \(hash) is neither given earlier in the file nor in the store"
          )
        }
      }
      sourcesKnown.insert(hash)
    }

    if event.seq <= storeEvents {
      let stored = try Row.fetchOne(
        db.cachedStatement(sql: "SELECT hash FROM events WHERE seq = ?"), arguments: [event.seq]
      )?.hex(0)
      guard stored == event.hash else {
        throw LogFileError.diverges(
          line: line, seq: event.seq,
          message:
            "the logs diverge at event \(event.seq): its hash is \(event.hash) here, \(stored ?? "none") in the store"
        )
      }
    } else {
      try insert(parsed)
      appended += 1
    }
    versions[event.country] = version
    previousHash = event.hash
    count += 1
  }

  /// Inserts the event and its source verbatim: inserts only, as the triggers demand.
  private mutating func insert(_ parsed: LogFile.ParsedEvent) throws {
    let event = parsed.event
    do {
      for (hash, bytes, zlib) in [
        (event.sourceHash, parsed.source, parsed.sourceZlib),
        (event.textHash, parsed.text, parsed.textZlib),
      ] {
        guard let bytes, let zlib else { continue }
        try FastInsert.run(
          db.cachedStatement(
            sql: "INSERT OR IGNORE INTO sources (hash, size, zlib) VALUES (?, ?, ?)"), in: db
        ) {
          $0.hash(hex: hash)
          $0.int(bytes.count)
          $0.blob(zlib)
        }
        sourcesAdded += db.changesCount
      }
      try FastInsert.insertEvent(
        event, readingSize: parsed.reading?.count, readingZlib: parsed.readingZlib, in: db)
    } catch let error as DatabaseError {
      throw LogFileError.invalidLine(
        line: parsed.line,
        message: "event \(event.seq): the store refused it: \(error.message ?? "\(error)")")
    }
  }

  /// Checks the file against its header and the store's head, then projects the new events.
  mutating func finish(lastLine: Int) throws -> ImportSummary {
    guard count >= storeEvents else {
      throw LogFileError.diverges(
        line: lastLine, seq: count + 1,
        message:
          "the file ends at event \(count) but the store holds \(storeEvents) events: the store's head \(storeHead) is not in the file"
      )
    }
    guard count == header.events, previousHash == header.head else {
      throw LogFileError.invalidLine(
        line: 1,
        message:
          "the header announces \(header.events) events and head \(header.head), but the file holds \(count) events ending in \(previousHash): it was truncated or altered"
      )
    }
    if appended > 0 { _ = try Ledger.replay(from: db, into: db, after: storeEvents) }
    return ImportSummary(
      events: count, present: count - appended, appended: appended, sources: sourcesAdded,
      head: previousHash)
  }
}

extension LogFile {
  /// The header line's content.
  struct Header {
    var version: Int
    var events: Int
    var head: String
  }

  /// One event line, read and checked by itself.
  struct ParsedEvent: Sendable {
    var line: Int
    var event: LedgerEvent
    var reading: [UInt8]?
    var source: [UInt8]?
    /// The text extracted from the source, when the file gives it with this event.
    var text: [UInt8]?
    /// The compressed forms, made only for events the store does not hold.
    var readingZlib: [UInt8]?
    var sourceZlib: [UInt8]?
    var textZlib: [UInt8]?
  }

  private struct HeaderLine: Decodable {
    var format: String?
    var version: Int?
    var events: Int?
    var head: String?
  }

  private struct EventLine: Decodable {
    struct Source: Decodable {
      var size: Int
      var base64: String
    }

    var seq: Int
    var kind: String
    var country: String
    var streamVersion: Int
    var effectiveDate: String
    var recordedAt: String
    var parserVersion: Int
    var catalog: String
    var sourceHash: String?
    var contentHash: String?
    var supersedes: Int?
    var prevHash: String
    var hash: String
    var supplied: [String]?
    var textHash: String?
    var extractor: String?
    var reading: String?
    var review: String?
    var source: Source?
    var text: Source?

    enum CodingKeys: String, CodingKey {
      case seq, kind, country, catalog, supersedes, hash, supplied, reading, review, source
      case extractor, text
      case textHash = "text_hash"
      case streamVersion = "stream_version"
      case effectiveDate = "effective_date"
      case recordedAt = "recorded_at"
      case parserVersion = "parser_version"
      case sourceHash = "source_hash"
      case contentHash = "content_hash"
      case prevHash = "prev_hash"
    }
  }

  /// Reads and checks the header line.
  static func header(_ bytes: [UInt8]) throws -> Header {
    let line = try decode(HeaderLine.self, bytes, line: 1)
    func invalid(_ message: String) -> LogFileError { .invalidLine(line: 1, message: message) }
    guard line.format == format else {
      throw invalid(
        "not a ProfileLedger log: the header's format is \(line.format.map { "'\($0)'" } ?? "missing"), expected '\(format)'"
      )
    }
    guard let found = line.version else { throw invalid("the header has no version") }
    guard readableVersions.contains(found) else {
      throw invalid(
        "format version \(found) is not supported: this profiles reads versions "
          + "\(readableVersions.lowerBound) to \(readableVersions.upperBound)")
    }
    guard let events = line.events, events >= 0 else {
      throw invalid("the header's events is missing or negative")
    }
    guard let head = line.head, isHash(head) else {
      throw invalid("the header's head is not a SHA-256 hash (64 lower-case hex digits)")
    }
    return Header(version: found, events: events, head: head)
  }

  /// Reads one event line and checks everything it can prove alone: its fields, its hash,
  /// its reading and source against their hashes. `known` events (those the store holds)
  /// are not compressed.
  static func event(_ bytes: [UInt8], line: Int, known: Int, version: Int = LogFile.version)
    throws -> ParsedEvent
  {
    func invalid(_ message: String) -> LogFileError { .invalidLine(line: line, message: message) }
    let fields = try decode(EventLine.self, bytes, line: line)
    let seq = fields.seq
    guard let kind = EventKind(rawValue: fields.kind), kind != .reviewed || version >= 2 else {
      throw invalid(
        "event \(seq): kind '\(fields.kind)' is not recorded, corrected, withdrawn"
          + (version >= 2 ? " or reviewed" : " (nor reviewed, which needs format version 2)"))
    }
    guard let date = ProfileDate(iso: fields.effectiveDate), date.iso == fields.effectiveDate
    else {
      throw invalid(
        "event \(seq): effective_date '\(fields.effectiveDate)' is not a yyyy-mm-dd date")
    }
    for (name, value) in [
      ("prev_hash", fields.prevHash), ("hash", fields.hash), ("source_hash", fields.sourceHash),
      ("content_hash", fields.contentHash), ("text_hash", fields.textHash),
    ] {
      if let value, !isHash(value) {
        throw invalid("event \(seq): \(name) is not a SHA-256 hash (64 lower-case hex digits)")
      }
    }
    var supplied: [SuppliedField] = []
    for name in fields.supplied ?? [] {
      guard let field = SuppliedField(rawValue: name), !supplied.contains(field) else {
        throw invalid("event \(seq): supplied '\(name)' is not country or date, or is repeated")
      }
      supplied.append(field)
    }
    if fields.textHash != nil || fields.extractor != nil || fields.text != nil {
      guard version >= 3 else {
        throw invalid(
          "event \(seq): text_hash, extractor and text need format version 3 (the header says \(version))"
        )
      }
      guard fields.textHash != nil, let extractor = fields.extractor, fields.sourceHash != nil,
        kind.recordsAReading
      else {
        throw invalid(
          "event \(seq): an extracted text needs text_hash, extractor and source_hash, on a recorded or corrected event"
        )
      }
      guard !extractor.isEmpty, !extractor.unicodeScalars.contains(where: { $0.value < 0x20 })
      else { throw invalid("event \(seq): extractor is empty or holds a control character") }
    }
    let event = LedgerEvent(
      seq: seq, kind: kind, country: fields.country, streamVersion: fields.streamVersion,
      effectiveDate: date, recordedAt: fields.recordedAt, parserVersion: fields.parserVersion,
      catalog: fields.catalog, sourceHash: fields.sourceHash, contentHash: fields.contentHash,
      supersedes: fields.supersedes, prevHash: fields.prevHash, hash: fields.hash,
      supplied: supplied.sorted(), textHash: fields.textHash, extractor: fields.extractor)
    let computed = event.computedHash
    guard computed == event.hash else {
      throw invalid(
        "event \(seq): its hash does not match its fields (they hash to \(computed)): the event was altered"
      )
    }

    var parsed = ParsedEvent(line: line, event: event)
    let payloadName = kind == .reviewed ? "review" : "reading"
    if kind == .reviewed ? fields.reading != nil : fields.review != nil {
      throw invalid(
        "event \(seq) of kind \(kind.rawValue) has a \(kind == .reviewed ? "reading" : "review")")
    }
    switch (event.contentHash, kind == .reviewed ? fields.review : fields.reading) {
    case (nil, nil): break
    case (nil, .some): throw invalid("event \(seq) has a \(payloadName) but no content_hash")
    case (.some, nil): throw invalid("event \(seq) has a content_hash but no \(payloadName)")
    case (.some(let contentHash), .some(let text)):
      let reading = Array(text.utf8)
      guard CanonicalJSON.sha256Hex(reading) == contentHash else {
        throw invalid(
          "event \(seq): its \(payloadName) does not hash to its content_hash: the \(payloadName) was altered"
        )
      }
      if kind == .reviewed {
        guard
          let review = Review(
            payload: reading, seq: seq, country: event.country, effectiveDate: date,
            recordedAt: event.recordedAt)
        else { throw invalid("event \(seq): its review is not a review") }
        guard (1..<seq).contains(review.revision) else {
          throw invalid(
            "event \(seq) reviews event \(review.revision), which is not before it")
        }
      } else if kind != .withdrawn {
        guard let profile = try? Profile.decode(json: reading) else {
          throw invalid("event \(seq): its reading is not a profile reading")
        }
        guard profile.country.code == event.country, profile.lastUpdated == date else {
          throw invalid(
            "event \(seq): its reading is of \(profile.country.code) \(profile.lastUpdated.iso), not \(event.country) \(date.iso)"
          )
        }
      }
      parsed.reading = reading
    }
    func document(_ given: EventLine.Source?, hash: String?, field: String, what: String) throws
      -> [UInt8]?
    {
      guard let given else { return nil }
      guard let hash else { throw invalid("event \(seq) has a \(what) but no \(field)") }
      guard let data = Data(base64Encoded: given.base64) else {
        throw invalid("event \(seq): its \(what) is not valid base64")
      }
      guard data.count == given.size else {
        throw invalid(
          "event \(seq): its \(what) is \(data.count) bytes, not the \(given.size) its size says")
      }
      let bytes = Array(data)
      guard CanonicalJSON.sha256Hex(bytes) == hash else {
        throw invalid("event \(seq): its \(what) does not hash to its \(field): it was altered")
      }
      return bytes
    }
    parsed.source = try document(
      fields.source, hash: event.sourceHash, field: "source_hash", what: "source document")
    parsed.text = try document(
      fields.text, hash: event.textHash, field: "text_hash", what: "extracted text")
    if seq > known {
      parsed.readingZlib = parsed.reading.map(Deflate.compress)
      parsed.sourceZlib = parsed.source.map(Deflate.compress)
      parsed.textZlib = parsed.text.map(Deflate.compress)
    }
    return parsed
  }

  /// 64 lower-case hex digits.
  static func isHash(_ text: String) -> Bool {
    text.utf8.count == 64
      && text.utf8.allSatisfy { (0x30...0x39).contains($0) || (0x61...0x66).contains($0) }
  }

  /// Decodes a line, naming what is wrong: not JSON, a field missing or of the wrong type.
  private static func decode<T: Decodable>(_ type: T.Type, _ bytes: [UInt8], line: Int) throws
    -> T
  {
    func invalid(_ message: String) -> LogFileError { .invalidLine(line: line, message: message) }
    guard !bytes.isEmpty else { throw invalid("empty line") }
    do {
      return try JSONDecoder().decode(T.self, from: Data(bytes))
    } catch DecodingError.keyNotFound(let key, let context) {
      throw invalid("missing field '\(fieldPath(context.codingPath + [key]))'")
    } catch DecodingError.valueNotFound(_, let context) {
      throw invalid("field '\(fieldPath(context.codingPath))' is null")
    } catch DecodingError.typeMismatch(let expected, let context) {
      throw invalid("field '\(fieldPath(context.codingPath))' is not \(kind(of: expected))")
    } catch DecodingError.dataCorrupted(let context) where !context.codingPath.isEmpty {
      throw invalid("field '\(fieldPath(context.codingPath))' is not valid")
    } catch {
      throw invalid("not valid JSON")
    }
  }

  private static func fieldPath(_ path: [any CodingKey]) -> String {
    path.map(\.stringValue).joined(separator: ".")
  }

  private static func kind(of type: Any.Type) -> String {
    if type == Int.self { return "an integer" }
    if type == String.self { return "a string" }
    return "an object"
  }
}
